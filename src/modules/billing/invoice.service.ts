import { runCommand } from '../../db/command';
import { query, statement, withConnection } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { postingDateOf } from '../../shared/dates';
import { Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError, DomainErrors } from '../../shared/errors';
import { optionalText, requireDecimal } from '../../shared/validate';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import type { AccountMappingService } from '../ledger/account-mapping.service';
import { type LineDraft, signedLine } from '../ledger/posting-rules';
import { type PostingService, lockPeriods } from '../ledger/posting.service';
import { SalesOrderStatus, assertTransition } from '../sales/order-status';
import { publishOrderStatus } from '../fulfillment/order-rows';
import { InvoiceKind, InvoiceStatus } from './billing.entity';
import { BillingErrorCode } from './billing-errors';
import { type BillingDocument, type DocumentLine, writeBillingDocument } from './billing-write';
import { type LineAmounts, dueDate, invoiceStatus, lineAmounts, shareOf, sumAmounts } from './invoice-math';

export const INVOICE_SOURCE = 'Invoice';
export const CREDIT_NOTE_SOURCE = 'CreditNote';

export interface InvoiceCreateInput {
  orderId: string;
  /** Shipment lines and quantities to bill; omitted: everything shipped on the order and not yet invoiced. */
  lines?: { shipmentLineId: string; quantity: string }[] | null;
  occurredAt?: Date | null;
  memo?: string | null;
  idempotencyKey?: string | null;
}

export interface CreditNoteCreateInput {
  invoiceId: string;
  /** Invoice lines and quantities to credit; omitted: everything not yet credited (a full credit, which cancels an unpaid invoice). */
  lines?: { invoiceLineId: string; quantity: string }[] | null;
  reason?: string | null;
  occurredAt?: Date | null;
  idempotencyKey?: string | null;
}

/** Billable shipment lines of an order, read under the order's lock (so two invoices never bill the same units). */
interface BillableRow {
  id: string;
  shipment_id: string;
  warehouse_id: string;
  order_line_id: string;
  item_id: string;
  category_id: string | null;
  lot_id: string | null;
  quantity: string;
  quantity_invoiced: string;
  quantity_returned: string;
  unit_price: string;
  discount_percent: string;
  tax_rate: string;
  unit_decimals: number;
}

interface OrderForBilling {
  id: string;
  status: SalesOrderStatus;
  version: number;
  customer_id: string;
  partner_id: string | null;
  channel_id: string;
  payment_terms_days: number;
  auto_invoice: boolean;
  lines: { id: string; quantity_ordered: string; quantity_cancelled: string; quantity_shipped: string; quantity_invoiced: string }[];
  billable: BillableRow[];
}

const READ_ORDER_FOR_BILLING = statement(`
with o as materialized (select id, status, version, customer_id, partner_id, channel_id from sales_orders where id = $1::bigint for update)
select o.id::text as id, o.status, o.version, o.customer_id::text as customer_id, o.partner_id::text as partner_id, o.channel_id::text as channel_id, c.payment_terms_days, c.auto_invoice,
  (select coalesce(json_agg(json_build_object('id', l.id::text, 'quantity_ordered', l.quantity_ordered::text, 'quantity_cancelled', l.quantity_cancelled::text,
          'quantity_shipped', l.quantity_shipped::text, 'quantity_invoiced', l.quantity_invoiced::text)), '[]') from sales_order_lines l where l.order_id = o.id) as lines,
  (select coalesce(json_agg(json_build_object('id', sl.id::text, 'shipment_id', sl.shipment_id::text, 'warehouse_id', s.warehouse_id::text, 'order_line_id', sl.order_line_id::text,
          'item_id', sl.item_id::text, 'category_id', i.category_id::text, 'lot_id', sl.lot_id::text, 'quantity', sl.quantity::text, 'quantity_invoiced', sl.quantity_invoiced::text,
          'quantity_returned', sl.quantity_returned::text, 'unit_price', l.unit_price::text, 'discount_percent', l.discount_percent::text, 'tax_rate', l.tax_rate::text,
          'unit_decimals', u.decimals) order by sl.id), '[]')
   from shipment_lines sl join shipments s on s.id = sl.shipment_id join sales_order_lines l on l.id = sl.order_line_id
   join items i on i.id = sl.item_id join units u on u.id = i.unit_id
   where l.order_id = o.id and ($2::bigint is null or sl.shipment_id = $2::bigint)) as billable
from o join customers c on c.id = o.customer_id`);

interface InvoiceForCredit {
  id: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  customer_id: string;
  order_id: string | null;
  total: string;
  amount_applied: string;
  paid_by_payment: boolean;
  lines: {
    id: string;
    line_no: number;
    order_line_id: string | null;
    shipment_line_id: string | null;
    item_id: string;
    category_id: string | null;
    warehouse_id: string | null;
    lot_id: string | null;
    quantity: string;
    quantity_credited: string;
    unit_price: string;
    discount_percent: string;
    tax_rate: string;
    net_amount: string;
    tax_amount: string;
    total_amount: string;
    unit_decimals: number;
  }[];
}

/**
 * An invoice is settled by others when a live application on it comes from a payment or
 * from another invoice's credit note: fully covered, it is PAID; covered by its own credit
 * notes alone, CANCELLED.
 */
export const SETTLED_BY_OTHERS = (i: string) => `select 1 from ar_applications a left join invoices cn on cn.id = a.credit_note_id
  where a.invoice_id = ${i}.id and a.reversed_on is null and (a.payment_id is not null or cn.credit_of_id <> ${i}.id)`;

const READ_INVOICE_FOR_CREDIT = statement(`
with i as materialized (select * from invoices where id = $1::bigint for update)
select i.id::text as id, i.kind, i.status, i.customer_id::text as customer_id, i.order_id::text as order_id, i.total::text as total, i.amount_applied::text as amount_applied,
  exists (${SETTLED_BY_OTHERS('i')}) as paid_by_payment,
  (select coalesce(json_agg(json_build_object('id', l.id::text, 'line_no', l.line_no, 'order_line_id', l.order_line_id::text, 'shipment_line_id', l.shipment_line_id::text,
          'item_id', l.item_id::text, 'category_id', it.category_id::text, 'warehouse_id', s.warehouse_id::text, 'lot_id', l.lot_id::text, 'quantity', l.quantity::text,
          'quantity_credited', l.quantity_credited::text, 'unit_price', l.unit_price::text, 'discount_percent', l.discount_percent::text, 'tax_rate', l.tax_rate::text,
          'net_amount', l.net_amount::text, 'tax_amount', l.tax_amount::text, 'total_amount', l.total_amount::text, 'unit_decimals', u.decimals) order by l.line_no), '[]')
   from invoice_lines l join items it on it.id = l.item_id join units u on u.id = it.unit_id
   left join shipment_lines sl on sl.id = l.shipment_line_id left join shipments s on s.id = sl.shipment_id
   where l.invoice_id = i.id) as lines
from i`);

/**
 * Invoices and credit notes. An invoice bills shipped units only (shipment lines, at the
 * order line's price, discount and tax rate), never more than shipped and not yet
 * invoiced; it posts Dr AR, Cr Revenue (per item category mapping), Cr Tax payable, with
 * the customer on every line. A credit note credits invoice lines (never more than was
 * invoiced and not yet credited), posts the reverse (to Sales returns when it is a return's)
 * and applies its credit to its invoice's open amount; what is left is customer credit.
 */
export class InvoiceService {
  constructor(
    private readonly posting: PostingService,
    private readonly mappings: AccountMappingService,
  ) {}

  /** Shipment confirmation's hook (same transaction, periods lock held): invoices the shipment when the customer's setting says so. */
  readonly invoiceShipment = async (tx: TxContext, shipment: { id: string; orderId: string; occurredAt: Date }): Promise<string | null> => {
    const order = await this.readOrder(tx, shipment.orderId, shipment.id);
    if (!order.auto_invoice) return null;
    const lines = order.billable.map((b) => ({ row: b, quantity: billableQuantity(b) })).filter((l) => l.quantity.gt(0));
    if (!lines.length) return null;
    return this.writeInvoice(tx, order, lines, shipment.occurredAt, null, shipment.id);
  };

  /** An invoice on demand for shipped lines not yet invoiced (all of them, or the lines and quantities given). */
  async create(ctx: ServiceContext, input: InvoiceCreateInput): Promise<{ invoiceId: string }> {
    const memo = optionalText(input.memo, ['input', 'memo'], { code: BillingErrorCode, max: 500 });
    const outcome = await runCommand(ctx, { command: 'invoice.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const occurredAt = input.occurredAt ?? tx.tx.now;
      this.posting.assertNotFuture(tx, occurredAt);
      await lockPeriods(tx);
      // The lock first, the read after it: a statement reads what committed before it began, so a read in the
      // locking statement could miss units a concurrent invoice billed while this one waited for the lock.
      await query(tx.em, 'select id from sales_orders where id = ? for update', [input.orderId]);
      const order = await this.readOrder(tx, input.orderId, null);
      const errors: DomainError[] = [];
      let lines: { row: BillableRow; quantity: Decimal }[];
      if (input.lines?.length) {
        const seen = new Set<string>();
        lines = input.lines.flatMap((l, i) => {
          const field = ['input', 'lines', String(i)];
          const row = order.billable.find((b) => b.id === l.shipmentLineId);
          if (!row || seen.has(row.id)) {
            errors.push(new DomainError(row ? BillingErrorCode.INVALID : BillingErrorCode.NOT_SHIPPED, row ? 'This shipment line is given twice.' : 'No shipment line of this order has this id: only shipped units are invoiced.', { field: [...field, 'shipmentLineId'] }));
            return [];
          }
          seen.add(row.id);
          try {
            const quantity = requireDecimal(l.quantity, [...field, 'quantity'], { code: BillingErrorCode, scale: row.unit_decimals, positive: true });
            const open = billableQuantity(row);
            if (quantity.gt(open)) {
              throw new DomainError(BillingErrorCode.NOT_SHIPPED, `${toText(open)} of this shipment line are shipped and not yet invoiced; ${toText(quantity)} given.`, { field: [...field, 'quantity'], details: { open: toText(open) } });
            }
            return [{ row, quantity }];
          } catch (err) {
            if (!(err instanceof DomainError)) throw err;
            errors.push(err);
            return [];
          }
        });
      } else {
        lines = order.billable.map((b) => ({ row: b, quantity: billableQuantity(b) })).filter((l) => l.quantity.gt(0));
        if (!lines.length) errors.push(new DomainError(BillingErrorCode.NOT_SHIPPED, 'Nothing of this order is shipped and not yet invoiced.', { field: ['input', 'orderId'] }));
      }
      if (errors.length) throw new DomainErrors(errors);
      const shipments = new Set(lines.map((l) => l.row.shipment_id));
      return { invoiceId: await this.writeInvoice(tx, order, lines, occurredAt, memo, shipments.size === 1 ? [...shipments][0] : null) };
    }, { raw: true });
    return outcome.result;
  }

  /** A credit note against an invoice: by line and quantity, or in full. */
  async creditNote(ctx: ServiceContext, input: CreditNoteCreateInput): Promise<{ creditNoteId: string }> {
    const memo = optionalText(input.reason, ['input', 'reason'], { code: BillingErrorCode, max: 500 });
    const outcome = await runCommand(ctx, { command: 'creditNote.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const occurredAt = input.occurredAt ?? tx.tx.now;
      this.posting.assertNotFuture(tx, occurredAt);
      await lockPeriods(tx);
      const invoice = await readInvoice(tx, input.invoiceId);
      let picks: { line: InvoiceForCredit['lines'][number]; quantity: Decimal }[];
      if (input.lines?.length) {
        const errors: DomainError[] = [];
        picks = input.lines.flatMap((l, i) => {
          const field = ['input', 'lines', String(i)];
          const line = invoice.lines.find((x) => x.id === l.invoiceLineId);
          if (!line) {
            errors.push(new DomainError(BillingErrorCode.NOT_FOUND, 'This invoice has no such line.', { field: [...field, 'invoiceLineId'] }));
            return [];
          }
          try {
            const quantity = requireDecimal(l.quantity, [...field, 'quantity'], { code: BillingErrorCode, scale: line.unit_decimals, positive: true });
            const open = dec(line.quantity).minus(line.quantity_credited);
            if (quantity.gt(open)) throw new DomainError(BillingErrorCode.OVER_CREDIT, `Line ${line.line_no}: ${toText(open)} invoiced and not yet credited; ${toText(quantity)} given.`, { field: [...field, 'quantity'] });
            return [{ line, quantity }];
          } catch (err) {
            if (!(err instanceof DomainError)) throw err;
            errors.push(err);
            return [];
          }
        });
        if (errors.length) throw new DomainErrors(errors);
      } else {
        picks = invoice.lines.map((line) => ({ line, quantity: dec(line.quantity).minus(line.quantity_credited) })).filter((p) => p.quantity.gt(0));
        if (!picks.length) throw new DomainError(BillingErrorCode.OVER_CREDIT, 'Every line of this invoice is credited already.', { field: ['input', 'invoiceId'] });
      }
      return { creditNoteId: await this.writeCreditNote(tx, invoice, picks, occurredAt, memo, null) };
    }, { raw: true });
    return outcome.result;
  }

  /**
   * A received return's credit (returns module's hook, in its transaction): a credit note to
   * Sales returns for the returned units that were invoiced (per invoice, oldest first).
   * Returns the credit notes written.
   */
  readonly creditReturn = async (tx: TxContext, r: { returnId: string; occurredAt: Date; lines: { shipmentLineId: string; quantity: Decimal }[] }): Promise<string[]> => {
    await lockPeriods(tx);
    const rows = await withConnection(tx.em, (c) =>
      c.rows<{ invoice_id: string; line_id: string; shipment_line_id: string; open: string }>(INVOICED_SHIPMENT_LINES, [r.lines.map((l) => l.shipmentLineId)]),
    );
    const byInvoice = new Map<string, Map<string, Decimal>>();
    for (const l of r.lines) {
      let left = l.quantity;
      for (const row of rows.filter((x) => x.shipment_line_id === l.shipmentLineId)) {
        if (!left.gt(0)) break;
        const take = Decimal.min(left, dec(row.open));
        if (!take.gt(0)) continue;
        const lines = byInvoice.get(row.invoice_id) ?? new Map<string, Decimal>();
        lines.set(row.line_id, (lines.get(row.line_id) ?? ZERO).plus(take));
        byInvoice.set(row.invoice_id, lines);
        row.open = toText(dec(row.open).minus(take));
        left = left.minus(take);
      }
    }
    const notes: string[] = [];
    for (const [invoiceId, lines] of [...byInvoice].sort((a, b) => Number(a[0]) - Number(b[0]))) {
      const invoice = await readInvoice(tx, invoiceId);
      const picks = [...lines].map(([id, quantity]) => ({ line: invoice.lines.find((x) => x.id === id) as InvoiceForCredit['lines'][number], quantity }));
      notes.push(await this.writeCreditNote(tx, invoice, picks, r.occurredAt, 'Returned goods', r.returnId));
    }
    return notes;
  };

  private async readOrder(tx: TxContext, orderId: string, shipmentId: string | null): Promise<OrderForBilling> {
    const [order] = await withConnection(tx.em, (c) => c.rows<OrderForBilling>(READ_ORDER_FOR_BILLING, [orderId, shipmentId]));
    if (!order) throw new DomainError(BillingErrorCode.NOT_FOUND, 'No sales order has this id.', { field: ['input', 'orderId'] });
    return order;
  }

  private async writeInvoice(tx: TxContext, order: OrderForBilling, picks: { row: BillableRow; quantity: Decimal }[], occurredAt: Date, memo: string | null, shipmentId: string | null): Promise<string> {
    const minor = tx.config.currencyMinorUnit;
    const accounts = await this.mappings.resolver(tx.em);
    const lines: DocumentLine[] = picks.map(({ row, quantity }) => {
      const amounts = lineAmounts({ quantity, unitPrice: dec(row.unit_price), discountPercent: dec(row.discount_percent), taxRate: dec(row.tax_rate) }, minor);
      return {
        orderLineId: row.order_line_id,
        shipmentLineId: row.id,
        creditOfLineId: null,
        itemId: row.item_id,
        lotId: row.lot_id,
        quantity,
        unitPrice: row.unit_price,
        discountPercent: row.discount_percent,
        taxRate: row.tax_rate,
        ...amounts,
        revenueAccountId: accounts.account(AccountPurpose.REVENUE, { warehouseId: row.warehouse_id, categoryId: row.category_id }),
        warehouseId: row.warehouse_id,
      };
    });
    const totals = sumAmounts(lines);
    const issueDate = postingDateOf(occurredAt);
    // The order is INVOICED once everything it will ship is shipped and billed.
    const billed = new Map<string, Decimal>();
    for (const p of picks) billed.set(p.row.order_line_id, (billed.get(p.row.order_line_id) ?? ZERO).plus(p.quantity));
    const complete = order.lines.every((l) => dec(l.quantity_invoiced).plus(billed.get(l.id) ?? ZERO).plus(l.quantity_cancelled).gte(l.quantity_ordered));
    let orderStatus: SalesOrderStatus | null = null;
    if (complete && order.status === SalesOrderStatus.SHIPPED) {
      assertTransition(order.status, SalesOrderStatus.INVOICED);
      orderStatus = SalesOrderStatus.INVOICED;
    }
    const doc: BillingDocument = {
      kind: InvoiceKind.INVOICE,
      customerId: order.customer_id,
      orderId: order.id,
      shipmentId,
      creditOfId: null,
      returnId: null,
      status: totals.total.isZero() ? InvoiceStatus.PAID : InvoiceStatus.OPEN,
      issueDate,
      dueDate: dueDate(issueDate, order.payment_terms_days),
      net: totals.net,
      tax: totals.tax,
      total: totals.total,
      occurredAt,
      memo,
      lines,
      orderStatus,
      applyToInvoice: null,
    };
    const entry = await this.posting.prepare(tx, { occurredAt, sourceType: INVOICE_SOURCE, sourceId: '', memo: `Invoice for order ${order.id}`, lines: entryLines(accounts.account(AccountPurpose.AR), accounts.account(AccountPurpose.TAX_PAYABLE), order.customer_id, lines, totals, 1) });
    const written = await writeBillingDocument(tx, doc, entry);
    if (orderStatus) publishInvoiced(tx, order);
    return written.id;
  }

  private async writeCreditNote(tx: TxContext, invoice: InvoiceForCredit, picks: { line: InvoiceForCredit['lines'][number]; quantity: Decimal }[], occurredAt: Date, memo: string | null, returnId: string | null): Promise<string> {
    if (invoice.kind !== InvoiceKind.INVOICE) throw new DomainError(BillingErrorCode.INVALID, 'A credit note is made against an invoice.', { field: ['input', 'invoiceId'] });
    if (invoice.status === InvoiceStatus.CANCELLED) throw new DomainError(BillingErrorCode.ILLEGAL_STATE, 'This invoice is cancelled: nothing is left to credit.', { field: ['input', 'invoiceId'] });
    const minor = tx.config.currencyMinorUnit;
    const accounts = await this.mappings.resolver(tx.em);
    const lines: DocumentLine[] = picks.map(({ line, quantity }) => {
      const whole: LineAmounts = { net: dec(line.net_amount), tax: dec(line.tax_amount), total: dec(line.total_amount) };
      const amounts = shareOf(whole, dec(line.quantity), dec(line.quantity_credited), quantity, minor);
      return {
        orderLineId: line.order_line_id,
        shipmentLineId: line.shipment_line_id,
        creditOfLineId: line.id,
        itemId: line.item_id,
        lotId: line.lot_id,
        quantity,
        unitPrice: line.unit_price,
        discountPercent: line.discount_percent,
        taxRate: line.tax_rate,
        ...amounts,
        revenueAccountId: accounts.account(returnId ? AccountPurpose.SALES_RETURNS : AccountPurpose.REVENUE, { warehouseId: line.warehouse_id, categoryId: line.category_id }),
        warehouseId: line.warehouse_id,
      };
    });
    const totals = sumAmounts(lines);
    const open = dec(invoice.total).minus(invoice.amount_applied);
    const apply = Decimal.min(open, totals.total);
    const issueDate = postingDateOf(occurredAt);
    const doc: BillingDocument = {
      kind: InvoiceKind.CREDIT_NOTE,
      customerId: invoice.customer_id,
      orderId: invoice.order_id,
      shipmentId: null,
      creditOfId: invoice.id,
      returnId,
      status: apply.gte(totals.total) ? InvoiceStatus.APPLIED : InvoiceStatus.OPEN,
      issueDate,
      dueDate: null,
      net: totals.net,
      tax: totals.tax,
      total: totals.total,
      occurredAt,
      memo,
      lines,
      orderStatus: null,
      applyToInvoice: apply.gt(0) ? { amount: apply, status: invoiceStatus(dec(invoice.total), dec(invoice.amount_applied).plus(apply), invoice.paid_by_payment) as InvoiceStatus } : null,
    };
    const entry = await this.posting.prepare(tx, { occurredAt, sourceType: CREDIT_NOTE_SOURCE, sourceId: '', memo: memo ?? `Credit note for invoice ${invoice.id}`, lines: entryLines(accounts.account(AccountPurpose.AR), accounts.account(AccountPurpose.TAX_PAYABLE), invoice.customer_id, lines, totals, -1) });
    return (await writeBillingDocument(tx, doc, entry)).id;
  }
}

const INVOICED_SHIPMENT_LINES = statement(`
select l.invoice_id::text as invoice_id, l.id::text as line_id, l.shipment_line_id::text as shipment_line_id, (l.quantity - l.quantity_credited)::text as open
from invoice_lines l join invoices i on i.id = l.invoice_id
where l.shipment_line_id = any($1::bigint[]) and i.kind = 'INVOICE' and i.status <> 'CANCELLED' and l.quantity > l.quantity_credited
order by l.invoice_id, l.id`);

/** The invoice locked, then read (in a statement of its own, so it sees every credit and payment committed before the lock was granted). */
async function readInvoice(tx: TxContext, id: string): Promise<InvoiceForCredit> {
  await query(tx.em, 'select id from invoices where id = ? for update', [id]);
  const [row] = await withConnection(tx.em, (c) => c.rows<InvoiceForCredit>(READ_INVOICE_FOR_CREDIT, [id]));
  if (!row) throw new DomainError(BillingErrorCode.NOT_FOUND, 'No invoice has this id.', { field: ['input', 'invoiceId'] });
  return row;
}

/** Shipped, not invoiced, not returned before it was invoiced (returned units are never billed). */
function billableQuantity(b: BillableRow): Decimal {
  const open = dec(b.quantity).minus(b.quantity_invoiced).minus(b.quantity_returned);
  return open.gt(0) ? open : ZERO;
}

/**
 * The entry of an invoice (sign 1): Dr AR the total, Cr each line's revenue account its net
 * (with the item and warehouse), Cr tax payable the tax; a credit note (sign -1) the reverse.
 * Every line carries the customer.
 */
function entryLines(ar: string, taxAccount: string, customerId: string, lines: readonly DocumentLine[], totals: LineAmounts, sign: 1 | -1): LineDraft[] {
  return [
    signedLine(ar, totals.total.mul(sign), { customerId }),
    ...lines.map((l) => signedLine(l.revenueAccountId, l.net.neg().mul(sign), { itemId: l.itemId, warehouseId: l.warehouseId, customerId })),
    signedLine(taxAccount, totals.tax.neg().mul(sign), { customerId }),
  ];
}

/** OrderStatusChanged SHIPPED -> INVOICED, with the version the write gave the order (it is locked). */
function publishInvoiced(tx: TxContext, order: OrderForBilling): void {
  publishOrderStatus(tx, order, order.status, SalesOrderStatus.INVOICED, order.version + 1);
}
