import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { payloadType } from '../../graphql/payload';
import { Connection, Node } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { CustomerType } from '../sales/sales.types';
import { InvoiceKind, InvoiceStatus, PaymentKind, PaymentMethod, PaymentStatus } from './billing.entity';
import { BillingErrorCode } from './billing-errors';

registerEnumType(BillingErrorCode, { name: 'BillingErrorCode', description: 'Why an invoice, credit note, payment, refund or application was refused.' });
registerEnumType(InvoiceKind, { name: 'InvoiceKind' });
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'Invoices: OPEN -> PARTIALLY_PAID -> PAID (back when a payment is reversed); CANCELLED when credit notes cover it with no payment. Credit notes: OPEN while credit is unapplied, then APPLIED.',
});
registerEnumType(PaymentKind, { name: 'PaymentKind', description: 'RECEIPT: money in (Dr Cash, Cr AR). REFUND: money back out of the customer\'s credit (Dr AR, Cr Cash).' });
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });

@ObjectType('BillingUserError', { implements: UserError })
export class BillingUserError extends UserError {
  @Field(() => BillingErrorCode)
  code!: BillingErrorCode;
}

@ObjectType('InvoiceLine', { description: 'Amounts rounded per line to the currency\'s minor unit: net = quantity x price x (1 - discount %), tax = net x rate %.' })
export class InvoiceLineType {
  @Field(() => Int)
  lineNo!: number;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => DecimalScalar)
  unitPrice!: string;

  @Field(() => DecimalScalar, { description: 'Percent.' })
  discountPercent!: string;

  @Field(() => DecimalScalar, { description: 'Percent.' })
  taxRate!: string;

  @Field(() => DecimalScalar)
  netAmount!: string;

  @Field(() => DecimalScalar)
  taxAmount!: string;

  @Field(() => DecimalScalar)
  totalAmount!: string;

  @Field(() => DecimalScalar, { description: 'Invoice lines: units credited by credit notes so far.' })
  quantityCredited!: string;
}

@ObjectType('Invoice', { implements: Node, description: 'A customer invoice or credit note. Numbers run without gaps per kind and year (INV-2026-000001, CN-2026-000001).' })
export class InvoiceType extends Node {
  @Field(() => InvoiceKind)
  kind!: InvoiceKind;

  @Field(() => InvoiceStatus)
  status!: InvoiceStatus;

  @Field(() => LocalDateScalar)
  issueDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Invoices: the issue date plus the customer\'s payment terms.' })
  dueDate!: string | null;

  @Field(() => DecimalScalar)
  netTotal!: string;

  @Field(() => DecimalScalar)
  taxTotal!: string;

  @Field(() => DecimalScalar)
  total!: string;

  @Field(() => DecimalScalar, { description: 'Invoices: paid or credited so far. Credit notes: credit applied so far.' })
  amountApplied!: string;

  @Field(() => String, { nullable: true })
  memo!: string | null;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType('ArApplication', { description: 'Credit (a receipt or a credit note) applied to an invoice or a refund, dated; a reversed payment\'s applications end on its reversal date.' })
export class ArApplicationType {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => LocalDateScalar)
  appliedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  reversedOn!: string | null;
}

@ObjectType('Payment', { implements: Node, description: 'A customer receipt, or a refund out of the customer\'s credit.' })
export class PaymentType extends Node {
  @Field(() => String)
  number!: string;

  @Field(() => PaymentKind)
  kind!: PaymentKind;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DecimalScalar, { description: 'Receipts: applied to invoices or refunds so far (the rest is the customer\'s credit).' })
  amountApplied!: string;

  @Field(() => LocalDateScalar)
  paymentDate!: string;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  reversedOn!: string | null;

  @Field(() => String, { nullable: true })
  reversalReason!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('ArAgingRow', { description: 'Open amounts by days past due at asOf; unappliedCredit is negative; total = the buckets + unappliedCredit.' })
export class ArAgingRowType {
  @Field(() => CustomerType, { nullable: true, description: 'Null on the total row.' })
  customer!: unknown;

  @Field(() => DecimalScalar)
  current!: string;

  @Field(() => DecimalScalar)
  days1to30!: string;

  @Field(() => DecimalScalar)
  days31to60!: string;

  @Field(() => DecimalScalar)
  days61to90!: string;

  @Field(() => DecimalScalar)
  over90!: string;

  @Field(() => DecimalScalar)
  unappliedCredit!: string;

  @Field(() => DecimalScalar)
  total!: string;
}

@ObjectType('ArAging')
export class ArAgingType {
  @Field(() => LocalDateScalar)
  asOf!: string;

  @Field(() => [ArAgingRowType])
  rows!: ArAgingRowType[];

  @Field(() => ArAgingRowType)
  total!: ArAgingRowType;
}

@ObjectType('ReceivablesReconciliationRow')
export class ReceivablesReconciliationRowType {
  @Field(() => CustomerType, { nullable: true, description: 'Null for postings to an AR account without a customer (there should be none).' })
  customer!: unknown;

  @Field(() => DecimalScalar, { description: 'The customer\'s balance on the AR account(s), from the journal.' })
  glBalance!: string;

  @Field(() => DecimalScalar, { description: 'The aging total, from the invoices, credit notes, payments and applications.' })
  subLedger!: string;

  @Field(() => DecimalScalar)
  variance!: string;
}

@ObjectType('ReceivablesReconciliation', { description: 'AR in the general ledger against AR from the billing documents, per customer; balanced when every variance is zero.' })
export class ReceivablesReconciliationType {
  @Field(() => LocalDateScalar)
  asOf!: string;

  @Field(() => Boolean)
  balanced!: boolean;

  @Field(() => [ReceivablesReconciliationRowType])
  rows!: ReceivablesReconciliationRowType[];
}

@ObjectType('CustomerStatementLine')
export class CustomerStatementLineType {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => String, { description: 'Invoice, CreditNote, Payment or Refund.' })
  documentType!: string;

  @Field(() => String, { nullable: true })
  documentNumber!: string | null;

  @Field(() => String, { nullable: true })
  memo!: string | null;

  @Field(() => DecimalScalar)
  debit!: string;

  @Field(() => DecimalScalar)
  credit!: string;

  @Field(() => DecimalScalar, { description: 'Running balance after this line.' })
  balance!: string;
}

@ObjectType('CustomerStatement')
export class CustomerStatementType {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar)
  to!: string;

  @Field(() => DecimalScalar)
  openingBalance!: string;

  @Field(() => [CustomerStatementLineType])
  lines!: CustomerStatementLineType[];

  @Field(() => DecimalScalar)
  closingBalance!: string;
}

export const InvoiceConnection = Connection(InvoiceType, 'Invoice');
export const PaymentConnection = Connection(PaymentType, 'Payment');

@InputType()
export class InvoiceFilterInput {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => InvoiceKind, { nullable: true })
  kind?: InvoiceKind | null;

  @Field(() => InvoiceStatus, { nullable: true })
  status?: InvoiceStatus | null;
}

@InputType()
export class PaymentFilterInput {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => PaymentKind, { nullable: true })
  kind?: PaymentKind | null;

  @Field(() => PaymentStatus, { nullable: true })
  status?: PaymentStatus | null;
}

@InputType()
export class InvoiceLineSelection {
  @Field(() => ID)
  shipmentLineId!: string;

  @Field(() => DecimalScalar)
  quantity!: string;
}

@InputType()
export class InvoiceCreateInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => [InvoiceLineSelection], { nullable: true, description: 'Shipment lines and quantities; omitted: everything shipped and not yet invoiced.' })
  lines?: InvoiceLineSelection[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The invoice date (default now): its posting date and the start of its payment terms.' })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class CreditLineSelection {
  @Field(() => ID)
  invoiceLineId!: string;

  @Field(() => DecimalScalar)
  quantity!: string;
}

@InputType()
export class CreditNoteCreateInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => [CreditLineSelection], { nullable: true, description: 'Invoice lines and quantities; omitted: everything not yet credited.' })
  lines?: CreditLineSelection[] | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class ApplicationInputType {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => DecimalScalar)
  amount!: string;
}

@InputType()
export class PaymentReceiveInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the money came in (default now): the posting date.' })
  occurredAt?: Date | null;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => ID, { nullable: true, description: 'An active, non-control asset account (bank, card clearing); default: the CASH mapping.' })
  accountId?: string | null;

  @Field(() => [ApplicationInputType], { nullable: true, description: 'Omitted: the customer\'s open invoices, oldest due first.' })
  applications?: ApplicationInputType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Keep what is not applied as the customer\'s credit (else a payment above what it pays is refused: OVERPAYMENT).' })
  unappliedAsCredit?: boolean | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class CreditApplyInput {
  @Field(() => ID, { nullable: true, description: 'A receipt with unapplied money.' })
  paymentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A credit note with unapplied credit.' })
  creditNoteId?: string | null;

  @Field(() => [ApplicationInputType])
  applications!: ApplicationInputType[];

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class RefundIssueInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => ID, { nullable: true })
  accountId?: string | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class PaymentReverseInput {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The reversal date (default now): on or after the payment and its applications.' })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

export const InvoicePayload = payloadType('InvoicePayload', { invoice: () => InvoiceType }, BillingUserError);
export const PaymentPayload = payloadType('PaymentPayload', { payment: () => PaymentType }, BillingUserError);
export const CreditApplyPayload = payloadType('CreditApplyPayload', { payment: () => PaymentType, creditNote: () => InvoiceType }, BillingUserError);
