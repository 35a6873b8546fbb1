import { queryOne } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { type Decimal, QUANTITY_SCALE, roundTo } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import type { FieldPath } from '../../shared/validate';
import { requireDecimal } from '../../shared/validate';
import { publish } from '../events/outbox';
import { ReturnStatus } from './return.entity';
import { ReturnErrorCode } from './returns-errors';

export const RETURN_SOURCE = 'Return';
export const RETURN_SCRAP_SOURCE = 'ReturnScrap';
/** An inspection that only restocks posts nothing (the value stays in the warehouse's inventory); its moves carry this type. */
export const RETURN_RESTOCK_SOURCE = 'ReturnRestock';
export const RETURN_UPDATED = 'return.updated';
export const RETURN_AGGREGATE = 'ReturnAuthorization';

export interface ReturnLineRow {
  id: string;
  line_no: number;
  shipment_line_id: string;
  order_line_id: string;
  item_id: string;
  tracking_mode: string;
  unit_decimals: number;
  lot_id: string | null;
  lot_number: string | null;
  serial_numbers: string[] | null;
  quantity: string;
  quantity_received: string;
  quantity_restocked: string;
  quantity_scrapped: string;
  /** The shipment line: what shipped and the COGS it left with. */
  shipped: string;
  shipped_cost: string;
  /** Units of the shipment line received back so far, on every return. */
  shipment_received: string;
}

export interface ReturnRow {
  id: string;
  number: string;
  customer_id: string;
  order_id: string;
  warehouse_id: string;
  status: ReturnStatus;
  version: number;
  partner_id: string | null;
  credit_policy: 'CREDIT_NOTE' | 'REFUND' | 'NONE';
  /** Where its goods were received (the location of its first receipt), null before any. */
  quarantine_id: string | null;
  lines: ReturnLineRow[];
}

/**
 * The return, locked, with its lines and their shipment lines (locked too, in id order,
 * after the return: a second return of the same shipment line waits here, so the value of
 * "received so far" a receipt prices from cannot change under it).
 */
const LOCK_RETURN = `
with r as materialized (select * from returns where id = ? for update),
sl as materialized (
  select s.id, s.quantity, s.cost from shipment_lines s where s.id in (select shipment_line_id from return_lines where return_id = (select id from r)) order by s.id for update)
select r.id::text as id, r.number, r.customer_id::text as customer_id, r.order_id::text as order_id, r.warehouse_id::text as warehouse_id, r.status, r.version,
       o.partner_id::text as partner_id, c.return_credit_policy as credit_policy,
       (select m.to_location_id::text from stock_moves m where m.document_type = '${RETURN_SOURCE}' and m.document_id = r.id::text order by m.id limit 1) as quarantine_id,
       (select coalesce(json_agg(json_build_object(
          'id', l.id::text, 'line_no', l.line_no, 'shipment_line_id', l.shipment_line_id::text, 'order_line_id', l.order_line_id::text, 'item_id', l.item_id::text,
          'tracking_mode', i.tracking_mode, 'unit_decimals', u.decimals, 'lot_id', l.lot_id::text, 'lot_number', lot.lot_number, 'serial_numbers', l.serial_numbers,
          'quantity', l.quantity::text, 'quantity_received', l.quantity_received::text, 'quantity_restocked', l.quantity_restocked::text,
          'quantity_scrapped', l.quantity_scrapped::text, 'shipped', sl.quantity::text, 'shipped_cost', sl.cost::text,
          'shipment_received', (select coalesce(sum(x.quantity_received), 0)::text from return_lines x where x.shipment_line_id = l.shipment_line_id)
        ) order by l.line_no), '[]')
        from return_lines l join sl on sl.id = l.shipment_line_id join items i on i.id = l.item_id join units u on u.id = i.unit_id left join lots lot on lot.id = l.lot_id
        where l.return_id = r.id) as lines
from r join sales_orders o on o.id = r.order_id join customers c on c.id = r.customer_id`;

export async function lockReturn(tx: TxContext, returnId: string): Promise<ReturnRow> {
  const row = /^\d{1,18}$/.test(returnId) ? await queryOne<ReturnRow>(tx.em, LOCK_RETURN, [returnId]) : undefined;
  if (!row) throw new DomainError(ReturnErrorCode.NOT_FOUND, 'No return has this id.', { field: ['input', 'returnId'] });
  return row;
}

/** A quantity of a return line's item: positive, in the item's unit, whole for serial items. */
export function lineQuantity(value: string | null | undefined, line: { unit_decimals: number; tracking_mode: string }, field: FieldPath): Decimal {
  const q = requireDecimal(value, field, {
    code: { ...ReturnErrorCode, INVALID: ReturnErrorCode.INVALID_QUANTITY },
    scale: Math.min(line.unit_decimals, QUANTITY_SCALE),
    positive: true,
    scaleHint: `the item's unit allows ${line.unit_decimals} decimal places`,
  });
  if (line.tracking_mode === 'SERIAL' && !q.isInteger()) throw new DomainError(ReturnErrorCode.INVALID_QUANTITY, 'Serial-tracked quantities are whole numbers.', { field });
  return q;
}

/**
 * The value `quantity` more units of a shipment line come back at: the share of its COGS
 * for the units received back so far plus these, less the share for those so far, each
 * rounded to the minor unit. The values of every receipt of a line therefore add up to
 * exactly its COGS once every unit is back, whatever the order or size of the receipts.
 */
export function returnValue(shipped: Decimal, cost: Decimal, receivedSoFar: Decimal, quantity: Decimal, minorUnit: number): Decimal {
  const share = (q: Decimal) => (q.eq(shipped) ? cost : roundTo(cost.times(q).div(shipped), minorUnit));
  return share(receivedSoFar.plus(quantity)).minus(share(receivedSoFar));
}

/** Publishes `return.updated` with the status and version the command's write gives the return. */
export function publishReturn(tx: TxContext, r: { id: string; number: string; order_id: string; customer_id: string; partner_id: string | null }, status: ReturnStatus, version: number): void {
  publish(tx, {
    topic: RETURN_UPDATED,
    aggregateType: RETURN_AGGREGATE,
    aggregateId: r.id,
    aggregateVersion: version,
    partnerId: r.partner_id,
    payload: { returnId: r.id, number: r.number, orderId: r.order_id, customerId: r.customer_id, status, version },
  });
}

export function assertStatus(r: ReturnRow, allowed: readonly ReturnStatus[], action: string): void {
  if (!allowed.includes(r.status)) {
    throw new DomainError(ReturnErrorCode.ILLEGAL_TRANSITION, `Return ${r.number} is ${r.status}: it cannot be ${action}.`, { field: ['input', 'returnId'], details: { status: r.status } });
  }
}

