import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity, VersionedEntity } from '../../db/base.entity';
import { Item } from '../catalog/item.entity';
import { Lot } from '../inventory/lot.entity';
import { Account } from '../ledger/account.entity';
import { ShipmentLine, Shipment } from '../fulfillment/fulfillment.entity';
import { Customer } from '../sales/customer.entity';
import { SalesOrder, SalesOrderLine } from '../sales/sales-order.entity';

export enum InvoiceKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}

/**
 * An invoice: OPEN -> PARTIALLY_PAID -> PAID as payments apply (back again when one is
 * reversed); CANCELLED when credit notes cover it in full and no payment was applied.
 * A credit note: OPEN while part of its credit is unapplied, APPLIED when all of it is.
 */
export enum InvoiceStatus {
  OPEN = 'OPEN',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
  APPLIED = 'APPLIED',
}

/**
 * A customer invoice or credit note. Numbers (INV-2026-000001, CN-2026-000001) run
 * without gaps per kind and year in commit order: a deferred trigger takes the next at
 * COMMIT, so no command holds the counter while it runs. Amounts are exact to the
 * currency's minor unit: each line is rounded, the totals are the sums of the lines.
 */
@Entity({ tableName: 'invoices' })
@Unique({ properties: ['kind', 'year', 'number'] })
@Check({ name: 'invoices_credit_note_has_invoice', expression: "kind = 'INVOICE' or credit_of_id is not null" })
export class Invoice extends VersionedEntity {
  @Enum({ items: () => InvoiceKind, type: 'text' })
  kind!: InvoiceKind;

  @Property({ type: 'smallint' })
  year!: number;

  /** Null until COMMIT (the numbering trigger). */
  @Property({ type: 'integer', nullable: true })
  number?: number | null;

  @ManyToOne(() => Customer, { ref: true })
  @Index()
  customer!: Ref<Customer>;

  @ManyToOne(() => SalesOrder, { nullable: true, ref: true })
  @Index()
  order?: Ref<SalesOrder> | null;

  /** The shipment an invoice bills (one invoice per shipment when invoiced at confirmation). */
  @ManyToOne(() => Shipment, { nullable: true, ref: true })
  @Index()
  shipment?: Ref<Shipment> | null;

  /** A credit note's invoice. */
  @ManyToOne(() => Invoice, { nullable: true, ref: true })
  @Index()
  creditOf?: Ref<Invoice> | null;

  /** A credit note for returned goods: the return (returns/return.entity.ts). */
  @Property({ type: 'bigint', nullable: true })
  returnId?: string | null;

  @Enum({ items: () => InvoiceStatus, type: 'text' })
  @Index()
  status!: InvoiceStatus;

  @Property({ type: 'date' })
  issueDate!: string;

  /** Invoices: issue date plus the customer's payment terms. */
  @Property({ type: 'date', nullable: true })
  dueDate?: string | null;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  netTotal!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  taxTotal!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  total!: string;

  /** Invoices: what payments and credit notes cover now. Credit notes: what of the credit is applied now. */
  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  amountApplied: Opt<string> = '0';

  @Property({ type: 'bigint', nullable: true })
  journalEntryId?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'text', nullable: true })
  memo?: string | null;

  @Property({ type: 'text' })
  actor!: string;
}

/** A line of an invoice or credit note: rounded amounts (net = quantity x price x (1 - discount %), tax = net x rate %). */
@Entity({ tableName: 'invoice_lines' })
@Unique({ properties: ['invoice', 'lineNo'] })
export class InvoiceLine extends BaseEntity {
  @ManyToOne(() => Invoice, { ref: true })
  invoice!: Ref<Invoice>;

  @Property({ type: 'smallint' })
  lineNo!: number;

  @ManyToOne(() => SalesOrderLine, { nullable: true, ref: true })
  @Index()
  orderLine?: Ref<SalesOrderLine> | null;

  @ManyToOne(() => ShipmentLine, { nullable: true, ref: true })
  @Index()
  shipmentLine?: Ref<ShipmentLine> | null;

  /** A credit note line: the invoice line it credits. */
  @ManyToOne(() => InvoiceLine, { nullable: true, ref: true })
  @Index()
  creditOfLine?: Ref<InvoiceLine> | null;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  lot?: Ref<Lot> | null;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantity!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  unitPrice!: string;

  @Property({ type: 'decimal', precision: 9, scale: 6 })
  discountPercent!: string;

  @Property({ type: 'decimal', precision: 9, scale: 6 })
  taxRate!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  netAmount!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  taxAmount!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  totalAmount!: string;

  /** Invoice lines: units credited by credit notes so far. */
  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityCredited: Opt<string> = '0';

  /** The revenue (or, on a return's credit note, sales returns) account the line posted to. */
  @ManyToOne(() => Account, { ref: true })
  revenueAccount!: Ref<Account>;
}

/** Gap-free invoice and credit note numbers: one counter per kind and year, taken at COMMIT. */
@Entity({ tableName: 'invoice_sequences' })
export class InvoiceSequence {
  @PrimaryKey({ type: 'text' })
  kind!: string;

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  next!: number;
}

export enum PaymentKind {
  /** Money in from the customer: Dr Cash (or clearing), Cr AR. */
  RECEIPT = 'RECEIPT',
  /** Money back to the customer out of its credit: Dr AR, Cr Cash. */
  REFUND = 'REFUND',
}

export enum PaymentStatus {
  POSTED = 'POSTED',
  /** Bounced or voided: a reversal entry, and its applications undone from that date. */
  REVERSED = 'REVERSED',
}

export enum PaymentMethod {
  BANK_TRANSFER = 'BANK_TRANSFER',
  CARD = 'CARD',
  CASH = 'CASH',
  CHECK = 'CHECK',
  OTHER = 'OTHER',
}

/** A customer payment received, or a refund paid out of the customer's credit. */
@Entity({ tableName: 'payments' })
export class Payment extends VersionedEntity {
  @Property({ type: 'text', unique: true })
  number!: string;

  @Enum({ items: () => PaymentKind, type: 'text' })
  kind!: PaymentKind;

  @ManyToOne(() => Customer, { ref: true })
  @Index()
  customer!: Ref<Customer>;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  amount!: string;

  /** The payment's date: its posting date and the date its applications count from. */
  @Property({ type: 'date' })
  paymentDate!: string;

  @Enum({ items: () => PaymentMethod, type: 'text' })
  method!: PaymentMethod;

  @Property({ type: 'text', nullable: true })
  reference?: string | null;

  /** Where the money is: Cash by default, or a clearing account (card settlements). */
  @ManyToOne(() => Account, { ref: true })
  account!: Ref<Account>;

  @Enum({ items: () => PaymentStatus, type: 'text' })
  status!: PaymentStatus;

  /** Receipts: what of the amount is applied to invoices or refunds now (the rest is the customer's credit). */
  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  amountApplied: Opt<string> = '0';

  @Property({ type: 'date', nullable: true })
  reversedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  reversalReason?: string | null;

  @Property({ type: 'bigint', nullable: true })
  journalEntryId?: string | null;

  @Property({ type: 'bigint', nullable: true })
  reversalEntryId?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'text', nullable: true })
  memo?: string | null;

  @Property({ type: 'text' })
  actor!: string;
}

/**
 * Credit applied to a debit, dated: a receipt or a credit note (the source) against an
 * invoice or a refund (the target). An application stops counting on `reversedOn` (its
 * payment bounced), so receivables can be read as of any date.
 */
@Entity({ tableName: 'ar_applications' })
@Check({ name: 'ar_applications_one_source', expression: '(payment_id is null) <> (credit_note_id is null)' })
@Check({ name: 'ar_applications_one_target', expression: '(invoice_id is null) <> (refund_id is null)' })
@Check({ name: 'ar_applications_positive', expression: 'amount > 0' })
export class ArApplication extends BaseEntity {
  @ManyToOne(() => Customer, { ref: true })
  @Index()
  customer!: Ref<Customer>;

  @ManyToOne(() => Payment, { nullable: true, ref: true })
  @Index()
  payment?: Ref<Payment> | null;

  @ManyToOne(() => Invoice, { nullable: true, ref: true })
  @Index()
  creditNote?: Ref<Invoice> | null;

  @ManyToOne(() => Invoice, { nullable: true, ref: true })
  @Index()
  invoice?: Ref<Invoice> | null;

  @ManyToOne(() => Payment, { nullable: true, ref: true })
  @Index()
  refund?: Ref<Payment> | null;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  amount!: string;

  @Property({ type: 'date' })
  appliedOn!: string;

  @Property({ type: 'date', nullable: true })
  reversedOn?: string | null;

  @Property({ type: 'text' })
  actor!: string;
}
