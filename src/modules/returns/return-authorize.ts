import { actorOf } from '../../auth/principal';
import { nextDocumentNumber } from '../../db/ids';
import { query, queryOne } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { optionalText } from '../../shared/validate';
import { ShipmentStatus } from '../fulfillment/fulfillment.entity';
import { lineCount, parseSerialNumbers } from '../inventory/stock-input';
import { ReturnStatus } from './return.entity';
import { type ReturnRow, assertStatus, lineQuantity, publishReturn } from './return-rows';
import { ReturnErrorCode } from './returns-errors';

export interface ReturnAuthorizeInput {
  orderId: string;
  reason?: string | null;
  lines: { shipmentLineId: string; quantity: string; serialNumbers?: string[] | null; reason?: string | null }[];
  idempotencyKey?: string | null;
}

/** Shipments whose lines may be returned: they left the warehouse. */
const LEFT = [ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED, ShipmentStatus.EXCEPTION, ShipmentStatus.RETURNED_TO_SENDER];

interface ShipmentLineRow {
  id: string;
  order_id: string;
  shipment_status: ShipmentStatus;
  warehouse_id: string;
  order_line_id: string;
  item_id: string;
  sku: string;
  tracking_mode: string;
  unit_decimals: number;
  lot_id: string | null;
  quantity: string;
  quantity_returned: string;
  serial_numbers: string[] | null;
  /** Serial numbers of this line on returns that are not cancelled. */
  serials_returned: string[];
}

/** The shipment lines named, locked in id order (two returns of one line queue here). */
const LOCK_SHIPMENT_LINES = `
select sl.id::text as id, s.order_id::text as order_id, s.status as shipment_status, s.warehouse_id::text as warehouse_id, sl.order_line_id::text as order_line_id,
       sl.item_id::text as item_id, i.sku, i.tracking_mode, u.decimals as unit_decimals, sl.lot_id::text as lot_id, sl.quantity::text as quantity,
       sl.quantity_returned::text as quantity_returned, sl.serial_numbers,
       (select coalesce(jsonb_agg(e.s), '[]') from return_lines rl join returns r on r.id = rl.return_id, jsonb_array_elements_text(coalesce(rl.serial_numbers, '[]'::jsonb)) as e(s)
        where rl.shipment_line_id = sl.id and r.status <> '${ReturnStatus.CANCELLED}') as serials_returned
from shipment_lines sl join shipments s on s.id = sl.shipment_id join items i on i.id = sl.item_id join units u on u.id = i.unit_id
where sl.id = any(?::bigint[]) order by sl.id for update of sl`;

interface Wanted {
  line: ShipmentLineRow;
  quantity: Decimal;
  serials: string[];
  reason: string | null;
}

/**
 * Authorizes a return of shipped units of one order: per shipment line, no more than
 * shipped less what other returns authorized (shipment_lines.quantity_returned, raised
 * here), its lot as shipped, a serial item's serials among those shipped on the line and
 * on no other return. Nothing moves yet.
 */
export async function authorizeReturn(tx: TxContext, input: ReturnAuthorizeInput): Promise<{ returnId: string }> {
  lineCount(input.lines);
  const reason = optionalText(input.reason, ['input', 'reason'], { code: ReturnErrorCode, max: 1000 });
  const order = /^\d{1,18}$/.test(input.orderId)
    ? await queryOne<{ id: string; customer_id: string; partner_id: string | null }>(tx.em, 'select id::text as id, customer_id::text as customer_id, partner_id::text as partner_id from sales_orders where id = ?', [input.orderId])
    : undefined;
  if (!order) throw new DomainError(ReturnErrorCode.NOT_FOUND, 'No sales order has this id.', { field: ['input', 'orderId'] });
  const ids = input.lines.map((l) => (/^\d{1,18}$/.test(l.shipmentLineId) ? l.shipmentLineId : '0'));
  const rows = new Map((await query<ShipmentLineRow>(tx.em, LOCK_SHIPMENT_LINES, [ids])).map((r) => [r.id, r]));

  // One return line per shipment line: the input's lines for one are added up.
  const wanted = new Map<string, Wanted>();
  for (const [i, l] of input.lines.entries()) {
    const field = ['input', 'lines', String(i)];
    const line = rows.get(l.shipmentLineId);
    if (!line || line.order_id !== order.id || !LEFT.includes(line.shipment_status)) {
      throw new DomainError(ReturnErrorCode.NOT_SHIPPED, 'This is not a line of a shipped shipment of the order.', { field: [...field, 'shipmentLineId'] });
    }
    const quantity = lineQuantity(l.quantity, line, [...field, 'quantity']);
    const serials = parseSerialNumbers(l.serialNumbers, [...field, 'serialNumbers']);
    const w = wanted.get(line.id) ?? { line, quantity: ZERO, serials: [], reason: null };
    w.quantity = w.quantity.plus(quantity);
    w.reason = optionalText(l.reason, [...field, 'reason'], { code: ReturnErrorCode, max: 1000 }) ?? w.reason;
    const room = dec(line.quantity).minus(line.quantity_returned);
    if (w.quantity.gt(room)) {
      throw new DomainError(ReturnErrorCode.EXCEEDS_SHIPPED, `${toText(line.quantity)} of ${line.sku} shipped on this line, ${toText(line.quantity_returned)} on returns already: at most ${toText(room)} can be returned.`, {
        field: [...field, 'quantity'],
        details: { shipped: toText(line.quantity), returned: toText(line.quantity_returned) },
      });
    }
    checkSerials(line, quantity, serials, w.serials, field);
    w.serials.push(...serials);
    wanted.set(line.id, w);
  }
  const lines = [...wanted.values()];
  const warehouseId = (lines[0] as Wanted).line.warehouse_id;
  if (lines.some((w) => w.line.warehouse_id !== warehouseId)) {
    throw new DomainError(ReturnErrorCode.WAREHOUSE_MISMATCH, 'These lines were shipped from different warehouses: authorize one return per warehouse.', { field: ['input', 'lines'] });
  }

  const number = await nextDocumentNumber(tx.em, 'RMA');
  const now = tx.tx.now;
  const created = await queryOne<{ id: string }>(
    tx.em,
    `with r as (
       insert into returns (number, customer_id, order_id, warehouse_id, status, reason, actor, created_at, updated_at)
       values (?, ?, ?, ?, '${ReturnStatus.AUTHORIZED}', ?, ?, ?, ?) returning id),
     l as (
       insert into return_lines (return_id, line_no, shipment_line_id, order_line_id, item_id, lot_id, serial_numbers, quantity, reason, created_at, updated_at)
       select (select id from r), v.no, v.sl, v.ol, v.item, v.lot, v.serials::jsonb, v.q, v.reason, ?, ?
       from unnest(?::int[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::numeric[], ?::text[]) as v(no, sl, ol, item, lot, serials, q, reason)
       returning 1),
     s as (
       update shipment_lines x set quantity_returned = x.quantity_returned + v.q, updated_at = ?
       from unnest(?::bigint[], ?::numeric[]) as v(id, q) where x.id = v.id
       returning 1)
     select id::text as id from r`,
    [
      number, order.customer_id, order.id, warehouseId, reason, actorOf(tx.principal), now, now,
      now, now,
      lines.map((_, i) => i + 1), lines.map((w) => w.line.id), lines.map((w) => w.line.order_line_id), lines.map((w) => w.line.item_id), lines.map((w) => w.line.lot_id),
      lines.map((w) => (w.serials.length ? JSON.stringify(w.serials) : null)), lines.map((w) => toText(w.quantity)), lines.map((w) => w.reason),
      now, lines.map((w) => w.line.id), lines.map((w) => toText(w.quantity)),
    ],
  );
  const returnId = (created as { id: string }).id;
  publishReturn(tx, { id: returnId, number, order_id: order.id, customer_id: order.customer_id, partner_id: order.partner_id }, ReturnStatus.AUTHORIZED, 1);
  return { returnId };
}

function checkSerials(line: ShipmentLineRow, quantity: Decimal, serials: string[], earlier: string[], field: string[]): void {
  if (line.tracking_mode !== 'SERIAL') {
    if (serials.length) throw new DomainError(ReturnErrorCode.SERIALS_NOT_TRACKED, `${line.sku} is not serial-tracked: give no serial numbers.`, { field: [...field, 'serialNumbers'] });
    return;
  }
  if (!quantity.eq(serials.length)) {
    throw new DomainError(ReturnErrorCode.SERIAL_COUNT_MISMATCH, `${serials.length} serial numbers given for a quantity of ${toText(quantity)}.`, { field: [...field, 'serialNumbers'] });
  }
  const shipped = new Set(line.serial_numbers ?? []);
  const returned = new Set([...line.serials_returned, ...earlier]);
  for (const [j, s] of serials.entries()) {
    if (!shipped.has(s)) throw new DomainError(ReturnErrorCode.SERIAL_NOT_SHIPPED, `Serial ${s} of ${line.sku} was not shipped on this line.`, { field: [...field, 'serialNumbers', String(j)] });
    if (returned.has(s)) throw new DomainError(ReturnErrorCode.SERIAL_ALREADY_RETURNED, `Serial ${s} of ${line.sku} is on a return already.`, { field: [...field, 'serialNumbers', String(j)] });
  }
}

/** Cancels a return nothing of which was received: what it authorized can be returned again. */
export async function cancelReturn(tx: TxContext, r: ReturnRow): Promise<{ returnId: string }> {
  assertStatus(r, [ReturnStatus.AUTHORIZED], 'cancelled');
  if (r.lines.some((l) => dec(l.quantity_received).gt(0))) {
    throw new DomainError(ReturnErrorCode.ILLEGAL_TRANSITION, `Goods of return ${r.number} were received: it cannot be cancelled; restock or scrap them.`, { field: ['input', 'returnId'] });
  }
  const now = tx.tx.now;
  await query(
    tx.em,
    `with s as (
       update shipment_lines x set quantity_returned = x.quantity_returned - v.q, updated_at = ?
       from unnest(?::bigint[], ?::numeric[]) as v(id, q) where x.id = v.id returning 1)
     update returns set status = '${ReturnStatus.CANCELLED}', closed_at = ?, version = version + 1, updated_at = ? where id = ?`,
    [now, r.lines.map((l) => l.shipment_line_id), r.lines.map((l) => l.quantity), now, now, r.id],
  );
  publishReturn(tx, r, ReturnStatus.CANCELLED, r.version + 1);
  return { returnId: r.id };
}
