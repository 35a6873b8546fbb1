import { actorOf } from '../../auth/principal';
import { runCommand } from '../../db/command';
import { nextDocumentNumber } from '../../db/ids';
import { query, queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { DomainError } from '../../shared/errors';
import { publish } from '../events/outbox';
import { RAW_EAGER_KEY } from '../inventory/stock-posting';
import { LocationType } from '../warehouse/location.entity';
import { SalesOrderStatus } from '../sales/order-status';
import { FulfillmentErrorCode } from './fulfillment-errors';
import { AllocationStatus, PickListStatus, PickTaskStatus, WaveStatus, WaveStrategy } from './fulfillment.entity';
import { OrderChange, lockOrders, saveOrders } from './order-rows';

export const WAVE_RELEASED = 'fulfillment.wave.released';

export interface WaveReleaseInput {
  warehouseId: string;
  strategy: WaveStrategy;
  /** Explicit orders; otherwise every order of the warehouse matching the filter. */
  orderIds?: string[] | null;
  shipByDate?: string | null;
  carrier?: string | null;
  minPriority?: number | null;
  channelId?: string | null;
  /** Most orders in the wave (default 50, at most 500). */
  maxOrders?: number | null;
  /** BATCH and CLUSTER: most orders per pick list (default 10). */
  ordersPerList?: number | null;
  idempotencyKey?: string | null;
}

/** Orders in these statuses can have reserved stock released to the floor. */
const RELEASABLE: readonly SalesOrderStatus[] = [
  SalesOrderStatus.ALLOCATED,
  SalesOrderStatus.PARTIALLY_ALLOCATED,
  SalesOrderStatus.PICKING,
  SalesOrderStatus.PACKED,
  SalesOrderStatus.PARTIALLY_SHIPPED,
];

interface OpenAllocation {
  id: string;
  order_id: string;
  order_line_id: string;
  item_id: string;
  location_id: string;
  lot_id: string | null;
  quantity: string;
  zone_id: string | null;
  pick_sequence: number | null;
  code: string;
}

/** Cuts pick lists from allocations by strategy: pure, so each strategy's cut is easy to test. */
export function cutPickLists(strategy: WaveStrategy, allocations: readonly OpenAllocation[], orderIds: readonly string[], ordersPerList: number): { zoneId: string | null; orders: string[]; allocations: OpenAllocation[] }[] {
  const byOrder = (ids: readonly string[]) => allocations.filter((a) => ids.includes(a.order_id));
  switch (strategy) {
    case WaveStrategy.DISCRETE:
      return orderIds.map((id) => ({ zoneId: null, orders: [id], allocations: byOrder([id]) }));
    case WaveStrategy.BATCH:
    case WaveStrategy.CLUSTER: {
      const lists = [];
      for (let i = 0; i < orderIds.length; i += ordersPerList) {
        const ids = orderIds.slice(i, i + ordersPerList);
        lists.push({ zoneId: null, orders: ids, allocations: byOrder(ids) });
      }
      return lists;
    }
    case WaveStrategy.ZONE: {
      const zones = [...new Set(allocations.map((a) => a.zone_id))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
      return zones.map((z) => {
        const mine = allocations.filter((a) => a.zone_id === z);
        return { zoneId: z, orders: [...new Set(mine.map((a) => a.order_id))], allocations: mine };
      });
    }
  }
}

/** Walking order: location pick sequence, then code; one order's tasks stay together within a location. */
function walkOrder(a: OpenAllocation, b: OpenAllocation): number {
  const sa = a.pick_sequence ?? Number.MAX_SAFE_INTEGER;
  const sb = b.pick_sequence ?? Number.MAX_SAFE_INTEGER;
  if (sa !== sb) return sa - sb;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return Number(a.order_id) - Number(b.order_id) || Number(a.id) - Number(b.id);
}

/**
 * Releases orders to the floor as a wave: every OPEN allocation of the chosen orders not
 * yet on a pick list becomes a pick task, cut into pick lists by the strategy and
 * sequenced by location pick sequence; the orders go to PICKING.
 */
export class WaveService {
  async release(ctx: ServiceContext, input: WaveReleaseInput): Promise<{ waveId: string }> {
    const outcome = await runCommand(ctx, { command: 'wave.release', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      if (!Object.values(WaveStrategy).includes(input.strategy)) throw new DomainError(FulfillmentErrorCode.INVALID, 'Unknown strategy.', { field: ['input', 'strategy'] });
      const maxOrders = bounded(input.maxOrders, 50, 500, 'maxOrders');
      const perList = bounded(input.ordersPerList, 10, 100, 'ordersPerList');
      const warehouse = await queryOne<{ id: string; active: boolean }>(tx.em, 'select id::text as id, active from warehouses where id = ?', [input.warehouseId]);
      if (!warehouse) throw new DomainError(FulfillmentErrorCode.NOT_FOUND, 'No warehouse has this id.', { field: ['input', 'warehouseId'] });
      const destination = await packingLocation(tx, warehouse.id);
      const candidates = await query<{ id: string }>(
        tx.em,
        `select o.id::text as id from sales_orders o
         where o.ship_from_warehouse_id = ? and o.status = any(?::text[])
           and (?::bigint[] is null or o.id = any(?::bigint[]))
           and (?::date is null or coalesce(o.requested_ship_date, current_date) <= ?::date)
           and (?::text is null or o.carrier = ?) and (?::int is null or o.priority >= ?) and (?::bigint is null or o.channel_id = ?)
           and exists (select 1 from stock_allocations a where a.order_id = o.id and a.status = '${AllocationStatus.OPEN}' and a.quantity > a.quantity_picked
                       and not exists (select 1 from pick_tasks t where t.allocation_id = a.id and t.status = '${PickTaskStatus.OPEN}'))
         order by o.priority desc, o.requested_ship_date nulls last, o.created_at, o.id limit ?`,
        [
          warehouse.id, RELEASABLE,
          input.orderIds ?? null, input.orderIds ?? null,
          input.shipByDate ?? null, input.shipByDate ?? null,
          input.carrier ?? null, input.carrier ?? null, input.minPriority ?? null, input.minPriority ?? null, input.channelId ?? null, input.channelId ?? null,
          maxOrders,
        ],
      );
      if (!candidates.length) throw new DomainError(FulfillmentErrorCode.NOTHING_TO_RELEASE, 'No order matching this wave has reserved stock waiting to be picked.', { field: ['input'] });
      const orders = await lockOrders(tx, candidates.map((c) => c.id));
      const orderIds = candidates.map((c) => c.id).filter((id) => RELEASABLE.includes((orders.get(id) as { status: SalesOrderStatus }).status));
      const allocations = (
        await query<OpenAllocation>(
          tx.em,
          `select a.id::text as id, a.order_id::text as order_id, a.order_line_id::text as order_line_id, a.item_id::text as item_id, a.location_id::text as location_id,
                  a.lot_id::text as lot_id, (a.quantity - a.quantity_picked)::text as quantity, l.zone_id::text as zone_id, l.pick_sequence, l.code
           from stock_allocations a join locations l on l.id = a.location_id
           where a.order_id = any(?::bigint[]) and a.status = '${AllocationStatus.OPEN}' and a.quantity > a.quantity_picked
             and not exists (select 1 from pick_tasks t where t.allocation_id = a.id and t.status = '${PickTaskStatus.OPEN}')`,
          [orderIds],
        )
      ).sort(walkOrder);
      const waveNumber = await nextDocumentNumber(tx.em, 'WV');
      const wave = await queryOne<{ id: string }>(
        tx.em,
        `insert into waves (number, warehouse_id, strategy, status, actor, created_at, updated_at) values (?, ?, ?, '${WaveStatus.RELEASED}', ?, ?, ?) returning id::text as id`,
        [waveNumber, warehouse.id, input.strategy, actorOf(tx.principal), tx.tx.now, tx.tx.now],
      );
      const waveId = (wave as { id: string }).id;
      for (const list of cutPickLists(input.strategy, allocations, orderIds, perList)) {
        if (!list.allocations.length) continue;
        const number = await nextDocumentNumber(tx.em, 'PL');
        const row = await queryOne<{ id: string }>(
          tx.em,
          `insert into pick_lists (number, wave_id, warehouse_id, zone_id, destination_id, status, created_at, updated_at) values (?, ?, ?, ?, ?, '${PickListStatus.OPEN}', ?, ?) returning id::text as id`,
          [number, waveId, warehouse.id, list.zoneId, destination, tx.tx.now, tx.tx.now],
        );
        const tote = (orderId: string) => (input.strategy === WaveStrategy.CLUSTER ? `T${list.orders.indexOf(orderId) + 1}` : null);
        const tasks = [...list.allocations].sort(walkOrder);
        await query(
          tx.em,
          `insert into pick_tasks (pick_list_id, allocation_id, order_id, order_line_id, item_id, location_id, lot_id, sequence, quantity, tote, status, created_at, updated_at)
           select ?, v.allocation, v.order_id, v.line, v.item, v.location, v.lot, v.seq, v.quantity, v.tote, '${PickTaskStatus.OPEN}', ?, ?
           from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::int[], ?::numeric[], ?::text[])
                as v(allocation, order_id, line, item, location, lot, seq, quantity, tote)`,
          [
            (row as { id: string }).id, tx.tx.now, tx.tx.now,
            tasks.map((t) => t.id), tasks.map((t) => t.order_id), tasks.map((t) => t.order_line_id), tasks.map((t) => t.item_id), tasks.map((t) => t.location_id),
            tasks.map((t) => t.lot_id), tasks.map((_, i) => (i + 1) * 10), tasks.map((t) => t.quantity), tasks.map((t) => tote(t.order_id)),
          ],
        );
      }
      const changes = orderIds.map((id) => new OrderChange(orders.get(id) as NonNullable<ReturnType<typeof orders.get>>));
      for (const c of changes) if (c.status === SalesOrderStatus.ALLOCATED || c.status === SalesOrderStatus.PARTIALLY_ALLOCATED) c.moveTo(SalesOrderStatus.PICKING);
      await saveOrders(tx, changes);
      publish(tx, { topic: WAVE_RELEASED, aggregateType: 'Wave', aggregateId: waveId, aggregateVersion: 1, payload: { number: waveNumber, strategy: input.strategy, orderIds } });
      return { waveId };
    }, RAW_EAGER_KEY);
    return outcome.result;
  }
}

/** Where a warehouse's picks go: its first active PACKING location by code, else its first STAGING one. */
/** The id (text) of the warehouse's location picked goods go to: its first active PACKING location, else STAGING; null when none. */
export const PACKING_LOCATION_SQL = (warehouseId: string): string => `(select l.id::text from locations l where l.warehouse_id = ${warehouseId} and l.active
    and l.type in ('${LocationType.PACKING}', '${LocationType.STAGING}') order by case l.type when '${LocationType.PACKING}' then 0 else 1 end, l.code limit 1)`;

export async function packingLocation(tx: TxContext, warehouseId: string): Promise<string> {
  const row = await queryOne<{ id: string }>(tx.em, `select ${PACKING_LOCATION_SQL('?')} as id`, [warehouseId]);
  if (!row?.id) throw new DomainError(FulfillmentErrorCode.NO_PACKING_LOCATION, 'The warehouse has no active PACKING or STAGING location for picked goods.', { field: ['input', 'warehouseId'] });
  return row.id;
}

function bounded(value: number | null | undefined, fallback: number, max: number, name: string): number {
  if (value == null) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw new DomainError(FulfillmentErrorCode.INVALID, `${name} is a whole number from 1 to ${max}.`, { field: ['input', name] });
  return value;
}
