import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import { keysetPage } from '../../db/pagination';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { PageArgs, toConnection } from '../../graphql/relay';
import { LocalDateScalar, DecimalScalar } from '../../graphql/scalars';
import { dateText, postingDateOf } from '../../shared/dates';
import { type Decimal, dec, toText } from '../../shared/decimal';
import { toGlobalId } from '../../shared/ids';
import { ItemType } from '../catalog/catalog.types';
import { itemsById } from '../catalog/catalog.loaders';
import type { Item } from '../catalog/item.entity';
import { lotsById } from '../inventory/inventory.loaders';
import { LotType } from '../inventory/inventory.types';
import type { Lot } from '../inventory/lot.entity';
import type { Customer } from '../sales/customer.entity';
import { customersById, salesOrdersById } from '../sales/sales.loaders';
import type { SalesOrder } from '../sales/sales-order.entity';
import { SalesOrderType } from '../sales/sales-order.types';
import { CustomerType } from '../sales/sales.types';
import { type ArApplication, Invoice, InvoiceKind, type InvoiceLine, Payment } from './billing.entity';
import { applicationsByInvoiceId, applicationsByPaymentId, invoiceLinesByInvoiceId, invoicesById, paymentsById } from './billing.loaders';
import {
  ArAgingRowType,
  ArAgingType,
  ArApplicationType,
  CreditApplyInput,
  CreditApplyPayload,
  CreditNoteCreateInput,
  CustomerStatementType,
  InvoiceConnection,
  InvoiceCreateInput,
  InvoiceFilterInput,
  InvoiceLineType,
  InvoicePayload,
  InvoiceType,
  PaymentConnection,
  PaymentFilterInput,
  PaymentPayload,
  PaymentReceiveInput,
  PaymentReverseInput,
  PaymentType,
  ReceivablesReconciliationRowType,
  ReceivablesReconciliationType,
  RefundIssueInput,
} from './billing.types';
import type { AgingRow } from './receivables.service';

registerNodeType('Invoice', { entity: Invoice, scopes: [Scope.BILLING_READ] });
registerNodeType('Payment', { entity: Payment, scopes: [Scope.BILLING_READ] });

export function invoiceNumber(i: Pick<Invoice, 'kind' | 'year' | 'number'>): string | null {
  return i.number == null ? null : `${i.kind === InvoiceKind.INVOICE ? 'INV' : 'CN'}-${i.year}-${String(i.number).padStart(6, '0')}`;
}

async function invoiceOf(ctx: GraphQLContext, id: string) {
  return { invoice: await ctx.em.findOne(Invoice, { id }) };
}

async function paymentOf(ctx: GraphQLContext, id: string) {
  return { payment: await ctx.em.findOne(Payment, { id }) };
}

const today = () => postingDateOf(new Date());

function agingRow(r: AgingRow) {
  return {
    customerId: r.customerId,
    current: toText(r.current),
    days1to30: toText(r.days1to30),
    days31to60: toText(r.days31to60),
    days61to90: toText(r.days61to90),
    over90: toText(r.over90),
    unappliedCredit: toText(r.unappliedCredit),
    total: toText(r.total),
  };
}

/** Invoices, credit notes, payments and receivables. Reads need billing:read (FINANCE, SALES); commands billing:write (FINANCE). */
@Resolver(() => InvoiceType)
export class InvoiceResolver {
  @Authorized(Scope.BILLING_READ)
  @Query(() => InvoiceType, { nullable: true, description: 'An invoice or credit note by id.' })
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Invoice | null> {
    return ctx.loaders.get(invoicesById).load(dbId(id, 'Invoice') as string);
  }

  @Authorized(Scope.BILLING_READ)
  @Query(() => InvoiceConnection, { description: 'Invoices and credit notes, oldest first.' })
  async invoices(@Arg('filter', () => InvoiceFilterInput, { nullable: true }) filter: InvoiceFilterInput | null, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    const f = filter ?? {};
    const where: Record<string, unknown> = {};
    if (f.customerId) where.customer = dbId(f.customerId, 'Customer');
    if (f.orderId) where.order = dbId(f.orderId, 'SalesOrder');
    if (f.kind) where.kind = f.kind;
    if (f.status) where.status = f.status;
    return toConnection(await keysetPage<Invoice>(ctx.em, Invoice, where, page));
  }

  @Authorized(Scope.BILLING_WRITE)
  @Mutation(() => InvoicePayload, { description: 'Invoices shipped units not yet invoiced (all of an order\'s, or the shipment lines given): Dr AR, Cr Revenue, Cr Tax payable, one transaction.' })
  invoiceCreate(@Arg('input', () => InvoiceCreateInput) input: InvoiceCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.invoices.create(ctx, { ...input, orderId: dbId(input.orderId, 'SalesOrder') as string, lines: input.lines?.map((l) => ({ ...l, shipmentLineId: dbId(l.shipmentLineId, 'ShipmentLine') as string })) ?? null }),
      (r) => invoiceOf(ctx, r.invoiceId),
    );
  }

  @Authorized(Scope.BILLING_WRITE)
  @Mutation(() => InvoicePayload, { description: 'A credit note against an invoice, by line and quantity or in full: reverses revenue and tax, and applies to the invoice\'s open amount (the rest is customer credit).' })
  creditNoteCreate(@Arg('input', () => CreditNoteCreateInput) input: CreditNoteCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.invoices.creditNote(ctx, { ...input, invoiceId: dbId(input.invoiceId, 'Invoice') as string, lines: input.lines?.map((l) => ({ ...l, invoiceLineId: dbId(l.invoiceLineId, 'InvoiceLine') as string })) ?? null }),
      (r) => invoiceOf(ctx, r.creditNoteId),
    );
  }

  @FieldResolver(() => String, { nullable: true, description: 'INV-<year>-<six digits> or CN-<year>-<six digits>, gap-free per kind and year.' })
  number(@Root() i: Invoice): string | null {
    return invoiceNumber(i);
  }

  @FieldResolver(() => LocalDateScalar)
  issueDate(@Root() i: Invoice): string {
    return dateText(i.issueDate);
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true })
  dueDate(@Root() i: Invoice): string | null {
    return i.dueDate ? dateText(i.dueDate) : null;
  }

  @FieldResolver(() => DecimalScalar, { description: 'Invoices: what is still owed. Credit notes: credit not yet applied.' })
  amountOpen(@Root() i: Invoice): string {
    return i.status === 'CANCELLED' ? '0' : toText(dec(i.total).minus(i.amountApplied));
  }

  @FieldResolver(() => CustomerType)
  async customer(@Root() i: Invoice, @Ctx() ctx: GraphQLContext): Promise<Customer> {
    return (await ctx.loaders.get(customersById).load(i.customer.id)) as Customer;
  }

  @FieldResolver(() => SalesOrderType, { nullable: true })
  order(@Root() i: Invoice, @Ctx() ctx: GraphQLContext): Promise<SalesOrder | null> | null {
    return i.order ? ctx.loaders.get(salesOrdersById).load(i.order.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The shipment this invoice bills, when it bills one.' })
  shipmentId(@Root() i: Invoice): string | null {
    return i.shipment ? toGlobalId('Shipment', i.shipment.id) : null;
  }

  @FieldResolver(() => InvoiceType, { nullable: true, description: 'A credit note\'s invoice.' })
  creditOf(@Root() i: Invoice, @Ctx() ctx: GraphQLContext): Promise<Invoice | null> | null {
    return i.creditOf ? ctx.loaders.get(invoicesById).load(i.creditOf.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'A credit note for returned goods: the return.' })
  returnId(@Root() i: Invoice): string | null {
    return i.returnId ? toGlobalId('ReturnAuthorization', i.returnId) : null;
  }

  @FieldResolver(() => [InvoiceLineType])
  lines(@Root() i: Invoice, @Ctx() ctx: GraphQLContext): Promise<InvoiceLine[]> {
    return ctx.loaders.get(invoiceLinesByInvoiceId).load(i.id);
  }

  @FieldResolver(() => [ArApplicationType], { description: 'Payments and credit applied to this invoice, or (a credit note) where its credit went.' })
  applications(@Root() i: Invoice, @Ctx() ctx: GraphQLContext): Promise<ArApplication[]> {
    return ctx.loaders.get(applicationsByInvoiceId).load(i.id);
  }

  @Authorized(Scope.LEDGER_READ)
  @FieldResolver(() => ID, { nullable: true, description: 'The journal entry (none for a zero-value document).' })
  journalEntryId(@Root() i: Invoice): string | null {
    return i.journalEntryId ? toGlobalId('JournalEntry', i.journalEntryId) : null;
  }
}

@Resolver(() => InvoiceLineType)
export class InvoiceLineResolver {
  @FieldResolver(() => ID)
  id(@Root() l: InvoiceLine): string {
    return toGlobalId('InvoiceLine', l.id);
  }

  @FieldResolver(() => ItemType)
  async item(@Root() l: InvoiceLine, @Ctx() ctx: GraphQLContext): Promise<Item> {
    return (await ctx.loaders.get(itemsById).load(l.item.id)) as Item;
  }

  @FieldResolver(() => LotType, { nullable: true })
  lot(@Root() l: InvoiceLine, @Ctx() ctx: GraphQLContext): Promise<Lot | null> | null {
    return l.lot ? ctx.loaders.get(lotsById).load(l.lot.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The shipment line billed (invoices) or the one whose billing is credited.' })
  shipmentLineId(@Root() l: InvoiceLine): string | null {
    return l.shipmentLine ? toGlobalId('ShipmentLine', l.shipmentLine.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  orderLineId(@Root() l: InvoiceLine): string | null {
    return l.orderLine ? toGlobalId('SalesOrderLine', l.orderLine.id) : null;
  }
}

@Resolver(() => ArApplicationType)
export class ArApplicationResolver {
  @FieldResolver(() => LocalDateScalar)
  appliedOn(@Root() a: ArApplication): string {
    return dateText(a.appliedOn);
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true })
  reversedOn(@Root() a: ArApplication): string | null {
    return a.reversedOn ? dateText(a.reversedOn) : null;
  }

  @FieldResolver(() => InvoiceType, { nullable: true, description: 'The invoice paid or credited.' })
  invoice(@Root() a: ArApplication, @Ctx() ctx: GraphQLContext): Promise<Invoice | null> | null {
    return a.invoice ? ctx.loaders.get(invoicesById).load(a.invoice.id) : null;
  }

  @FieldResolver(() => InvoiceType, { nullable: true, description: 'The credit note the credit came from.' })
  creditNote(@Root() a: ArApplication, @Ctx() ctx: GraphQLContext): Promise<Invoice | null> | null {
    return a.creditNote ? ctx.loaders.get(invoicesById).load(a.creditNote.id) : null;
  }

  @FieldResolver(() => PaymentType, { nullable: true, description: 'The receipt the money came from.' })
  payment(@Root() a: ArApplication, @Ctx() ctx: GraphQLContext): Promise<Payment | null> | null {
    return a.payment ? ctx.loaders.get(paymentsById).load(a.payment.id) : null;
  }

  @FieldResolver(() => PaymentType, { nullable: true, description: 'The refund the credit paid for.' })
  refund(@Root() a: ArApplication, @Ctx() ctx: GraphQLContext): Promise<Payment | null> | null {
    return a.refund ? ctx.loaders.get(paymentsById).load(a.refund.id) : null;
  }
}

@Resolver(() => PaymentType)
export class PaymentResolver {
  @Authorized(Scope.BILLING_READ)
  @Query(() => PaymentType, { nullable: true })
  payment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Payment | null> {
    return ctx.loaders.get(paymentsById).load(dbId(id, 'Payment') as string);
  }

  @Authorized(Scope.BILLING_READ)
  @Query(() => PaymentConnection, { description: 'Receipts and refunds, oldest first.' })
  async payments(@Arg('filter', () => PaymentFilterInput, { nullable: true }) filter: PaymentFilterInput | null, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    const f = filter ?? {};
    const where: Record<string, unknown> = {};
    if (f.customerId) where.customer = dbId(f.customerId, 'Customer');
    if (f.kind) where.kind = f.kind;
    if (f.status) where.status = f.status;
    return toConnection(await keysetPage<Payment>(ctx.em, Payment, where, page));
  }

  @Authorized(Scope.BILLING_WRITE)
  @Mutation(() => PaymentPayload, { description: 'Records a customer payment (Dr Cash or the account given, Cr AR) and applies it to invoices; a remainder stays as credit only with unappliedAsCredit: true.' })
  paymentReceive(@Arg('input', () => PaymentReceiveInput) input: PaymentReceiveInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.payments.receive(ctx, {
          ...input,
          customerId: dbId(input.customerId, 'Customer') as string,
          accountId: dbId(input.accountId, 'Account'),
          applications: input.applications?.map((a) => ({ ...a, invoiceId: dbId(a.invoiceId, 'Invoice') as string })) ?? null,
        }),
      (r) => paymentOf(ctx, r.paymentId),
    );
  }

  @Authorized(Scope.BILLING_WRITE)
  @Mutation(() => CreditApplyPayload, { description: 'Applies a receipt\'s unapplied money or a credit note\'s unapplied credit to open invoices of the same customer.' })
  creditApply(@Arg('input', () => CreditApplyInput) input: CreditApplyInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.payments.apply(ctx, {
          ...input,
          paymentId: dbId(input.paymentId, 'Payment'),
          creditNoteId: dbId(input.creditNoteId, 'Invoice'),
          applications: input.applications.map((a) => ({ ...a, invoiceId: dbId(a.invoiceId, 'Invoice') as string })),
        }),
      async (r) => ({
        payment: r.paymentId ? await ctx.em.findOne(Payment, { id: r.paymentId }) : null,
        creditNote: r.creditNoteId ? await ctx.em.findOne(Invoice, { id: r.creditNoteId }) : null,
      }),
    );
  }

  @Authorized(Scope.BILLING_WRITE)
  @Mutation(() => PaymentPayload, { description: 'Pays money back out of the customer\'s unapplied credit, oldest first (Dr AR, Cr Cash).' })
  refundIssue(@Arg('input', () => RefundIssueInput) input: RefundIssueInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.payments.refund(ctx, { ...input, customerId: dbId(input.customerId, 'Customer') as string, accountId: dbId(input.accountId, 'Account') }),
      (r) => paymentOf(ctx, r.paymentId),
    );
  }

  @Authorized(Scope.BILLING_WRITE)
  @Mutation(() => PaymentPayload, { description: 'Reverses a receipt (bounced): the reverse entry on the date given, its applications end that day, the invoices reopen.' })
  paymentReverse(@Arg('input', () => PaymentReverseInput) input: PaymentReverseInput, @Ctx() ctx: GraphQLContext) {
    return mutate(ctx, () => ctx.services.payments.reverse(ctx, { ...input, paymentId: dbId(input.paymentId, 'Payment') as string }), (r) => paymentOf(ctx, r.paymentId));
  }

  @FieldResolver(() => LocalDateScalar)
  paymentDate(@Root() p: Payment): string {
    return dateText(p.paymentDate);
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true })
  reversedOn(@Root() p: Payment): string | null {
    return p.reversedOn ? dateText(p.reversedOn) : null;
  }

  @FieldResolver(() => DecimalScalar, { description: 'Receipts: the customer\'s credit left from this payment.' })
  amountUnapplied(@Root() p: Payment): string {
    return p.kind === 'RECEIPT' && p.status === 'POSTED' ? toText(dec(p.amount).minus(p.amountApplied)) : '0';
  }

  @FieldResolver(() => CustomerType)
  async customer(@Root() p: Payment, @Ctx() ctx: GraphQLContext): Promise<Customer> {
    return (await ctx.loaders.get(customersById).load(p.customer.id)) as Customer;
  }

  @FieldResolver(() => [ArApplicationType])
  applications(@Root() p: Payment, @Ctx() ctx: GraphQLContext): Promise<ArApplication[]> {
    return ctx.loaders.get(applicationsByPaymentId).load(p.id);
  }
}

@Resolver(() => ArAgingRowType)
export class ReceivablesResolver {
  @Authorized(Scope.BILLING_READ)
  @Query(() => ArAgingType, { description: 'Receivables aged by days past due as of a date (default today), per customer and in total; the total equals the AR account\'s balance at that date.' })
  async arAging(
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Arg('customerId', () => ID, { nullable: true }) customerId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const report = await ctx.services.receivables.aging(ctx.em, asOf ?? today(), dbId(customerId, 'Customer'));
    return { asOf: report.asOf, rows: report.rows.map(agingRow), total: agingRow(report.total) };
  }

  @Authorized(Scope.BILLING_READ)
  @Query(() => ReceivablesReconciliationType, { description: 'AR per customer from the journal against the billing documents at a date: the auditor\'s check (every variance 0).' })
  async receivablesReconciliation(@Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null, @Ctx() ctx: GraphQLContext) {
    const r = await ctx.services.receivables.reconciliation(ctx.em, asOf ?? today());
    const text = (d: Decimal) => toText(d);
    return { asOf: r.asOf, balanced: r.balanced, rows: r.rows.map((x) => ({ customerId: x.customerId, glBalance: text(x.glBalance), subLedger: text(x.subLedger), variance: text(x.variance) })) };
  }

  @Authorized(Scope.BILLING_READ)
  @Query(() => CustomerStatementType, { description: 'A customer\'s statement over a period (default: this year to today): opening balance, invoices, credit notes, payments and refunds, running balance.' })
  async customerStatement(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('from', () => LocalDateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => LocalDateScalar, { nullable: true }) to: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const end = to ?? today();
    const start = from ?? `${end.slice(0, 4)}-01-01`;
    const s = await ctx.services.receivables.statement(ctx.em, dbId(customerId, 'Customer') as string, start, end);
    return {
      from: start,
      to: end,
      openingBalance: toText(s.opening),
      closingBalance: toText(s.closing),
      lines: s.lines.map((l) => ({ ...l, debit: toText(l.debit), credit: toText(l.credit), balance: toText(l.balance) })),
    };
  }

  @FieldResolver(() => CustomerType, { nullable: true })
  customer(@Root() r: { customerId: string | null }, @Ctx() ctx: GraphQLContext): Promise<Customer | null> | null {
    return r.customerId ? ctx.loaders.get(customersById).load(r.customerId) : null;
  }
}

@Resolver(() => ReceivablesReconciliationRowType)
export class ReceivablesReconciliationRowResolver {
  @FieldResolver(() => CustomerType, { nullable: true })
  customer(@Root() r: { customerId: string | null }, @Ctx() ctx: GraphQLContext): Promise<Customer | null> | null {
    return r.customerId ? ctx.loaders.get(customersById).load(r.customerId) : null;
  }
}
