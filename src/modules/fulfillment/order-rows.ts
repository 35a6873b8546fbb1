import { query, queryOne, statement, withConnection } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import type { FieldPath } from '../../shared/validate';
import { publish } from '../events/outbox';
import { SalesOrderStatus, assertTransition } from '../sales/order-status';
import { SalesErrorCode } from '../sales/sales-errors';
import { SALES_ORDER_STATUS_CHANGED } from '../sales/sales-order.service';

/**
 * Sales orders as the fulfilment commands see them: raw rows, read and written through
 * db/sql.ts (these commands run without MikroORM's unit of work, like the stock engine's).
 * Lock order, everywhere: stock rows first (lockStock), then orders in id order; a
 * command that needs an order's items reads them unlocked first (they cannot change
 * after DRAFT), takes the stock locks, then locks the order and checks its version.
 * Before all of them, a confirmation of a customer with a credit limit takes that
 * customer's credit lock (credit-check.ts), which nothing else takes.
 */
export interface OrderLineRow {
  id: string;
  line_no: number;
  item_id: string;
  sku: string;
  unit_decimals: number;
  tracking_mode: string;
  quantity_ordered: string;
  quantity_allocated: string;
  quantity_picked: string;
  quantity_packed: string;
  quantity_shipped: string;
  quantity_backordered: string;
  quantity_cancelled: string;
}

export interface OrderRow {
  id: string;
  status: SalesOrderStatus;
  version: number;
  year: number;
  number: number | null;
  customer_id: string;
  channel_id: string;
  partner_id: string | null;
  ship_from_warehouse_id: string | null;
  requested_ship_date: string | null;
  priority: number;
  carrier: string | null;
  carrier_service: string | null;
  created_at: string;
  min_shelf_life_days: number;
  /** The customer's setting: invoice each shipment when it is confirmed. */
  auto_invoice: boolean;
  lines: OrderLineRow[];
}

/** An order being changed by a command: its row, the status path it takes, and the line figures it changes. */
export class OrderChange {
  readonly path: SalesOrderStatus[] = [];
  readonly changedLines = new Set<string>();
  /** What this command added to each line's quantity columns: what saveOrders writes. */
  readonly deltas = new Map<string, Partial<Record<QuantityColumn, Decimal>>>();
  constructor(readonly row: OrderRow) {}

  get status(): SalesOrderStatus {
    return this.path.at(-1) ?? this.row.status;
  }

  line(id: string): OrderLineRow {
    const l = this.row.lines.find((x) => x.id === id);
    if (!l) throw new Error(`order ${this.row.id} has no line ${id}`);
    return l;
  }

  /** Adds to a line's quantity column (e.g. 'quantity_allocated'). */
  add(lineId: string, column: QuantityColumn, delta: Decimal): void {
    if (delta.isZero()) return;
    const l = this.line(lineId);
    l[column] = toText(dec(l[column]).plus(delta));
    this.changedLines.add(lineId);
    const d = this.deltas.get(lineId) ?? {};
    d[column] = (d[column] ?? ZERO).plus(delta);
    this.deltas.set(lineId, d);
  }

  /** Moves the order to `to` (checked against the status machine), unless it is there already. */
  moveTo(to: SalesOrderStatus, field?: FieldPath): void {
    if (this.status === to) return;
    assertTransition(this.status, to, field);
    this.path.push(to);
  }
}

export type QuantityColumn =
  | 'quantity_allocated'
  | 'quantity_picked'
  | 'quantity_packed'
  | 'quantity_shipped'
  | 'quantity_backordered'
  | 'quantity_cancelled';

/** An order with its lines, as OrderRow: `select ${ORDER_COLUMNS} from sales_orders o join customers c on c.id = o.customer_id`. */
export const ORDER_COLUMNS = `o.id::text as id, o.status, o.version, o.year, o.number, o.customer_id::text as customer_id, o.channel_id::text as channel_id,
  o.partner_id::text as partner_id, o.ship_from_warehouse_id::text as ship_from_warehouse_id, to_char(o.requested_ship_date, 'YYYY-MM-DD') as requested_ship_date,
  o.priority, o.carrier, o.carrier_service, o.created_at::text as created_at, c.min_shelf_life_days, c.auto_invoice,
  (select coalesce(json_agg(json_build_object(
      'id', l.id::text, 'line_no', l.line_no, 'item_id', l.item_id::text, 'sku', i.sku, 'unit_decimals', u.decimals, 'tracking_mode', i.tracking_mode,
      'quantity_ordered', l.quantity_ordered::text, 'quantity_allocated', l.quantity_allocated::text, 'quantity_picked', l.quantity_picked::text,
      'quantity_packed', l.quantity_packed::text, 'quantity_shipped', l.quantity_shipped::text, 'quantity_backordered', l.quantity_backordered::text,
      'quantity_cancelled', l.quantity_cancelled::text) order by l.line_no), '[]')
   from sales_order_lines l join items i on i.id = l.item_id join units u on u.id = i.unit_id where l.order_id = o.id) as lines`;

/** Reads an order without a lock (to learn the stock it will lock). */
export async function readOrder(tx: TxContext, id: string, field: FieldPath = ['input', 'id']): Promise<OrderRow> {
  const row = await queryOne<OrderRow>(tx.em, `select ${ORDER_COLUMNS} from sales_orders o join customers c on c.id = o.customer_id where o.id = ?`, [id]);
  if (!row) throw new DomainError(SalesErrorCode.NOT_FOUND, 'No sales order has this id.', { field });
  return row;
}

/** Locks orders (FOR UPDATE, id order) and reads them as they are now. Call after the stock locks. */
export async function lockOrders(tx: TxContext, ids: readonly string[]): Promise<Map<string, OrderRow>> {
  const sorted = [...new Set(ids)].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  if (sorted.length === 0) return new Map();
  await query(tx.em, 'select id from sales_orders where id = any(?::bigint[]) order by id for update', [sorted]);
  const rows = await query<OrderRow>(tx.em, `select ${ORDER_COLUMNS} from sales_orders o join customers c on c.id = o.customer_id where o.id = any(?::bigint[])`, [sorted]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Locks one order after the stock locks, and checks the version the client read. */
export async function lockOrder(tx: TxContext, id: string, expectedVersion: number | null | undefined, field: FieldPath = ['input', 'id']): Promise<OrderRow> {
  const row = (await lockOrders(tx, [id])).get(id);
  if (!row) throw new DomainError(SalesErrorCode.NOT_FOUND, 'No sales order has this id.', { field });
  if (expectedVersion != null && expectedVersion !== row.version) {
    throw new DomainError(SalesErrorCode.VERSION_CONFLICT, `The sales order changed since you read it (version ${row.version}).`, { field: ['input', 'expectedVersion'] });
  }
  return row;
}

const LOCK_ORDER_AT = statement(`
select (select ledgerhouse_changed('the sales order') from (select version from sales_orders where id = $1::bigint for update) o where o.version <> $2::int) as checked`);

/**
 * Locks an order read earlier (unlocked, before the stock locks), in one statement: if its
 * version is no longer the one read, the command starts over (a serialization failure,
 * retried by db/transaction.ts), so the row read is the row locked.
 */
export async function lockOrderAt(tx: TxContext, order: Pick<OrderRow, 'id' | 'version'>): Promise<void> {
  await withConnection(tx.em, (c) => c.rows(LOCK_ORDER_AT, [order.id, order.version]));
}

/**
 * Writes what commands changed on orders (line quantities, status) in two statements
 * whatever the number of orders and lines, and publishes one OrderStatusChanged per step
 * of each order's status path, with the version after it. Line quantities are written as
 * what this command added to them, never as the figures it read: a stock write inside the
 * command may have changed the same lines meanwhile (the backorder fill, run by the stock
 * engine's hook in the same transaction), and its change must stay. Likewise the versions
 * published are the ones the database gives the rows.
 */
export async function saveOrders(tx: TxContext, changes: readonly OrderChange[]): Promise<void> {
  const lines = orderLineDeltas(changes);
  if (lines[0].length) {
    await query(tx.em, `update sales_order_lines l ${ORDER_LINES_SET('?')} from ${ORDER_LINES_FROM(['?', '?', '?', '?', '?', '?', '?'])} where l.id = v.id`, [tx.tx.now, ...lines]);
  }
  const touched = changes.filter((c) => c.path.length || c.changedLines.size);
  if (!touched.length) return;
  const written = await query<{ id: string; version: number }>(
    tx.em,
    `update sales_orders o set status = v.status, version = o.version + v.steps, updated_at = ?
     from unnest(?::bigint[], ?::text[], ?::int[]) as v(id, status, steps) where o.id = v.id
     returning o.id::text as id, o.version`,
    [tx.tx.now, touched.map((c) => c.row.id), touched.map((c) => c.status), touched.map(versionSteps)],
  );
  const versions = new Map(written.map((w) => [w.id, w.version]));
  for (const c of touched) publishOrderSteps(tx, c, versions.get(c.row.id) ?? c.row.version + versionSteps(c));
}

/** The order lines' update: `set` (the time as parameter `now`) and `from` (id and the six deltas per line, as arrays). */
export const ORDER_LINES_SET = (now: string) => `set quantity_allocated = l.quantity_allocated + v.a, quantity_picked = l.quantity_picked + v.p, quantity_packed = l.quantity_packed + v.k,
       quantity_shipped = l.quantity_shipped + v.s, quantity_backordered = l.quantity_backordered + v.b, quantity_cancelled = l.quantity_cancelled + v.c, updated_at = ${now}::timestamptz`;
export const ORDER_LINES_FROM = (arrays: readonly string[]) =>
  `unnest(${arrays[0]}::bigint[], ${arrays[1]}::numeric[], ${arrays[2]}::numeric[], ${arrays[3]}::numeric[], ${arrays[4]}::numeric[], ${arrays[5]}::numeric[], ${arrays[6]}::numeric[]) as v(id, a, p, k, s, b, c)`;

/** What the changes add to their lines, as the seven arrays ORDER_LINES_FROM takes, in its order: ids, then the deltas of each column. */
export function orderLineDeltas(changes: readonly OrderChange[]): [string[], ...string[][]] {
  const lines = changes.flatMap((c) => [...c.changedLines].map((id) => ({ id, d: c.deltas.get(id) ?? {} })));
  const col = (column: QuantityColumn) => lines.map((l) => toText(l.d[column] ?? ZERO));
  return [lines.map((l) => l.id), ...LINE_COLUMNS.map(col)];
}

const LINE_COLUMNS: readonly QuantityColumn[] = ['quantity_allocated', 'quantity_picked', 'quantity_packed', 'quantity_shipped', 'quantity_backordered', 'quantity_cancelled'];

/** How much a change raises its order's version: one per status step, and one for line changes alone. */
export function versionSteps(c: OrderChange): number {
  return Math.max(1, c.path.length);
}

/**
 * Publishes one OrderStatusChanged per step of a change's status path, with the version
 * after each step (`after`: the version the write gave the row), and resets the change.
 */
export function publishOrderSteps(tx: TxContext, c: OrderChange, after: number): void {
  let from = c.row.status;
  let version = after - c.path.length;
  for (const to of c.path) {
    version += 1;
    publishOrderStatus(tx, c.row, from, to, version);
    from = to;
  }
  c.row.status = c.status;
  c.row.version = after;
  c.path.length = 0;
  c.changedLines.clear();
  c.deltas.clear();
}

/** One OrderStatusChanged: `from` -> `to`, at the version the order has after it. */
export function publishOrderStatus(
  tx: TxContext,
  order: Pick<OrderRow, 'id' | 'partner_id' | 'customer_id' | 'channel_id'>,
  from: SalesOrderStatus,
  to: SalesOrderStatus,
  version: number,
): void {
  publish(tx, {
    topic: SALES_ORDER_STATUS_CHANGED,
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    aggregateVersion: version,
    partnerId: order.partner_id,
    payload: { status: to, previousStatus: from, customerId: order.customer_id, channelId: order.channel_id },
  });
}

/** Totals over an order's lines. */
export function lineTotals(row: OrderRow): { open: Decimal; allocated: Decimal; picked: Decimal; packed: Decimal; shipped: Decimal; backordered: Decimal } {
  const t = { open: ZERO, allocated: ZERO, picked: ZERO, packed: ZERO, shipped: ZERO, backordered: ZERO };
  for (const l of row.lines) {
    t.open = t.open.plus(dec(l.quantity_ordered).minus(l.quantity_cancelled).minus(l.quantity_shipped));
    t.allocated = t.allocated.plus(l.quantity_allocated);
    t.picked = t.picked.plus(l.quantity_picked);
    t.packed = t.packed.plus(l.quantity_packed);
    t.shipped = t.shipped.plus(l.quantity_shipped);
    t.backordered = t.backordered.plus(l.quantity_backordered);
  }
  return t;
}

/**
 * Where an order stands on allocation alone (after a confirmation, a backorder fill or
 * a short pick that left nothing on the floor): everything reserved, part of it, or none.
 */
export function allocationStatus(row: OrderRow): SalesOrderStatus {
  const t = lineTotals(row);
  if (t.backordered.isZero()) return SalesOrderStatus.ALLOCATED;
  if (t.allocated.gt(0) || t.picked.minus(t.shipped).gt(0)) return SalesOrderStatus.PARTIALLY_ALLOCATED;
  return SalesOrderStatus.BACKORDERED;
}
