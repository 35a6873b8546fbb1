import { actorOf } from '../../auth/principal';
import { faultPoint } from '../../db/faults';
import { statement, withConnection } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { type Decimal, toText } from '../../shared/decimal';
import { JOURNAL_ENTRY_INSERT, JOURNAL_LINES_INSERT, type PreparedEntry, entryColumns, lineColumns } from '../ledger/posting.service';
import { periodClosedError } from '../ledger/period-cache';
import type { InvoiceKind, InvoiceStatus } from './billing.entity';

/** An invoice or credit note line, priced and rounded. */
export interface DocumentLine {
  orderLineId: string | null;
  shipmentLineId: string | null;
  creditOfLineId: string | null;
  itemId: string;
  lotId: string | null;
  quantity: Decimal;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  net: Decimal;
  tax: Decimal;
  total: Decimal;
  revenueAccountId: string;
  /** The shipping warehouse: a dimension of the revenue line. */
  warehouseId: string | null;
}

export interface BillingDocument {
  kind: InvoiceKind;
  customerId: string;
  orderId: string | null;
  shipmentId: string | null;
  creditOfId: string | null;
  returnId: string | null;
  status: InvoiceStatus;
  issueDate: string;
  dueDate: string | null;
  net: Decimal;
  tax: Decimal;
  total: Decimal;
  occurredAt: Date;
  memo: string | null;
  lines: DocumentLine[];
  /** The order's status after this document, when it changes (SHIPPED -> INVOICED). */
  orderStatus: string | null;
  /** A credit note applied to its invoice at once: the amount, and the invoice's status after it. */
  applyToInvoice: { amount: Decimal; status: InvoiceStatus } | null;
}

/**
 * One statement writes an invoice or credit note whole: its id and its entry's id taken
 * from their sequences, the document and its lines, what it bills (shipment and order
 * lines invoiced) or credits (invoice lines credited, the credit applied to its invoice),
 * the order's status, and the journal entry with its lines (numbered at COMMIT, like the
 * document). `$1` says whether there is an entry; the entry's own values follow the rest.
 */
const WRITE_DOCUMENT = statement(`
with ids as materialized (
  select nextval(pg_get_serial_sequence('invoices', 'id')) as inv,
         case when $1::boolean then nextval(pg_get_serial_sequence('journal_entries', 'id')) end as je),
doc as (
  insert into invoices (id, kind, year, customer_id, order_id, shipment_id, credit_of_id, return_id, status, issue_date, due_date, net_total, tax_total, total,
                        amount_applied, journal_entry_id, occurred_at, memo, actor, created_at, updated_at)
  select ids.inv, $2, $3::smallint, $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::bigint, $9, $10::date, $11::date, $12::numeric, $13::numeric, $14::numeric,
         $15::numeric, ids.je, $16::timestamptz, $17, $18, $19::timestamptz, $19::timestamptz
  from ids
  returning id),
doc_lines as (
  insert into invoice_lines (invoice_id, line_no, order_line_id, shipment_line_id, credit_of_line_id, item_id, lot_id, quantity, unit_price, discount_percent, tax_rate,
                             net_amount, tax_amount, total_amount, revenue_account_id, created_at, updated_at)
  select (select inv from ids), v.ord, v.order_line, v.shipment_line, v.credit_of_line, v.item, v.lot, v.q, v.price, v.disc, v.rate, v.net, v.tax, v.total, v.account, $19::timestamptz, $19::timestamptz
  from unnest($20::bigint[], $21::bigint[], $22::bigint[], $23::bigint[], $24::bigint[], $25::numeric[], $26::numeric[], $27::numeric[], $28::numeric[], $29::numeric[], $30::numeric[], $31::numeric[], $32::bigint[])
       with ordinality as v(order_line, shipment_line, credit_of_line, item, lot, q, price, disc, rate, net, tax, total, account, ord)
  returning 1),
billed_shipment_lines as (
  update shipment_lines s set quantity_invoiced = s.quantity_invoiced + v.q, updated_at = $19::timestamptz
  from (select id, sum(q) as q from unnest($21::bigint[], $25::numeric[]) as x(id, q) where $2 = 'INVOICE' and id is not null group by id) v
  where s.id = v.id
  returning 1),
billed_order_lines as (
  update sales_order_lines l set quantity_invoiced = l.quantity_invoiced + v.q, updated_at = $19::timestamptz
  from (select id, sum(q) as q from unnest($20::bigint[], $25::numeric[]) as x(id, q) where $2 = 'INVOICE' and id is not null group by id) v
  where l.id = v.id
  returning 1),
credited_lines as (
  update invoice_lines il set quantity_credited = il.quantity_credited + v.q, updated_at = $19::timestamptz
  from (select id, sum(q) as q from unnest($22::bigint[], $25::numeric[]) as x(id, q) where id is not null group by id) v
  where il.id = v.id
  returning 1),
order_status as (
  update sales_orders o set status = $33, version = o.version + 1, updated_at = $19::timestamptz
  where o.id = $5::bigint and $33::text is not null
  returning 1),
applied as (
  insert into ar_applications (customer_id, credit_note_id, invoice_id, amount, applied_on, actor, created_at, updated_at)
  select $4::bigint, ids.inv, $7::bigint, $34::numeric, $10::date, $18, $19::timestamptz, $19::timestamptz from ids where $34::numeric > 0
  returning 1),
applied_invoice as (
  update invoices i set amount_applied = i.amount_applied + $34::numeric, status = $35, version = i.version + 1, updated_at = $19::timestamptz
  where i.id = $7::bigint and $34::numeric > 0
  returning 1),
entry_lines as (${JOURNAL_LINES_INSERT((n) => (n === 0 ? '(select je from ids)' : `$${n + 35}`))}
  returning 1),
entry as (${JOURNAL_ENTRY_INSERT((n) => (n === 0 ? '(select je from ids)' : n === 7 ? 'coalesce($50::text, (select inv::text from ids))' : `$${n + 43}`))}
  returning 1)
select (select inv::text from ids) as id, (select je::text from ids) as entry_id`);

/** Writes an invoice or credit note and its entry (null: nothing to post) in one statement; returns its id. */
export async function writeBillingDocument(tx: TxContext, doc: BillingDocument, entry: PreparedEntry | null): Promise<{ id: string; entryId: string | null }> {
  const l = doc.lines;
  const values = [
    entry !== null,
    doc.kind,
    Number(doc.issueDate.slice(0, 4)),
    doc.customerId,
    doc.orderId,
    doc.shipmentId,
    doc.creditOfId,
    doc.returnId,
    doc.status,
    doc.issueDate,
    doc.dueDate,
    toText(doc.net),
    toText(doc.tax),
    toText(doc.total),
    // A credit note applied to its invoice at once has that much of its credit applied.
    doc.applyToInvoice ? toText(doc.applyToInvoice.amount) : '0',
    doc.occurredAt,
    doc.memo,
    actorOf(tx.principal),
    tx.tx.now,
    l.map((x) => x.orderLineId),
    l.map((x) => x.shipmentLineId),
    l.map((x) => x.creditOfLineId),
    l.map((x) => x.itemId),
    l.map((x) => x.lotId),
    l.map((x) => toText(x.quantity)),
    l.map((x) => x.unitPrice),
    l.map((x) => x.discountPercent),
    l.map((x) => x.taxRate),
    l.map((x) => toText(x.net)),
    l.map((x) => toText(x.tax)),
    l.map((x) => toText(x.total)),
    l.map((x) => x.revenueAccountId),
    doc.orderStatus,
    doc.applyToInvoice ? toText(doc.applyToInvoice.amount) : '0',
    doc.applyToInvoice?.status ?? null,
    ...(entry ? lineColumns(entry) : [[], [], [], [], [], [], [], []]),
    // The entry's source is the document, whose id the statement takes: sourceId goes in as null.
    ...entryColumns(tx, entry).map((v, i) => (i === 6 ? null : v)),
  ];
  try {
    const [row] = await withConnection(tx.em, (c) => c.rows<{ id: string; entry_id: string | null }>(WRITE_DOCUMENT, values));
    // The document, what it bills or credits, and its entry are written: a failure from here on must leave no trace of any.
    faultPoint('billing.after-document-write');
    return { id: (row as { id: string }).id, entryId: row?.entry_id ?? null };
  } catch (err) {
    throw periodClosedError(err) ?? err;
  }
}
