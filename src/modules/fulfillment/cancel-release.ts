import { query } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { ZERO, dec } from '../../shared/decimal';
import type { MoveRequest } from '../inventory/stock-engine';
import { StockInput } from '../inventory/stock-input';
import { MoveReason } from '../inventory/stock-move.entity';
import { postStock, type StockPostingDeps } from '../inventory/stock-posting';
import { loadStock, lockStock } from '../inventory/stock-state';
import type { SalesOrder } from '../sales/sales-order.entity';
import { AllocationStatus, PickTaskStatus, ShipmentStatus } from './fulfillment.entity';
import { readOrder } from './order-rows';
import { SummaryDeltas } from './reservation';
import type { FillFreed } from './reservation.service';
import { type ShipmentRow, setShipmentStatus } from './shipment.service';

export const CANCEL_SOURCE = 'SalesOrderCancel';

/**
 * What cancelling an order gives back, in the cancelling transaction: reservations not
 * picked yet are released (allocated falls, available rises), open pick tasks are
 * cancelled and the order's backorders stop waiting; then picked units waiting in packing
 * go back by a move to the locations they were picked from (a stock write, which fills
 * other orders' backorders from what the cancellation freed), unshipped shipments are
 * cancelled, and the reservations released go to orders waiting for those items.
 */
export class CancelRelease {
  constructor(
    private readonly deps: StockPostingDeps,
    /** Fills backorders from stock a cancellation frees (ReservationService.fillFreed), under the stock locks taken before the order's. */
    private readonly fill: FillFreed | null = null,
  ) {}

  /** The stock locks of the order's items, taken before the order's own lock (the lock order every fulfilment command keeps). */
  readonly beforeLock = async (tx: TxContext, orderId: string): Promise<void> => {
    const order = await readOrder(tx, orderId).catch(() => null);
    if (!order?.ship_from_warehouse_id) return;
    const warehouseId = order.ship_from_warehouse_id;
    await lockStock(tx, [...new Set(order.lines.map((l) => l.item_id))].map((itemId) => ({ itemId, warehouseId })));
  };

  readonly release = async (tx: TxContext, salesOrder: SalesOrder): Promise<void> => {
    const order = await readOrder(tx, salesOrder.id);
    const warehouseId = order.ship_from_warehouse_id;
    if (!warehouseId) return;
    const deltas = new SummaryDeltas(warehouseId);
    const allocations = await query<{ id: string; item_id: string; location_id: string; lot_id: string | null; lot_number: string | null; quantity: string; picked: string; shipped: string; status: string }>(
      tx.em,
      `select a.id::text as id, a.item_id::text as item_id, a.location_id::text as location_id, a.lot_id::text as lot_id, lot.lot_number, a.quantity::text as quantity,
              a.quantity_picked::text as picked, a.quantity_shipped::text as shipped, a.status
       from stock_allocations a left join lots lot on lot.id = a.lot_id where a.order_id = ? and a.status in ('${AllocationStatus.OPEN}', '${AllocationStatus.PICKED}') order by a.id`,
      [order.id],
    );
    for (const a of allocations) if (a.status === AllocationStatus.OPEN) deltas.add(a.item_id, dec(a.picked).minus(a.quantity), ZERO);
    for (const l of order.lines) deltas.add(l.item_id, ZERO, dec(l.quantity_backordered).neg());
    // Everything the order holds is given back before its picked units move: that move fills waiting
    // backorders (the stock engine's hook) and must see this order neither waiting nor holding stock.
    await query(tx.em, `update stock_allocations set status = '${AllocationStatus.RELEASED}', updated_at = ? where order_id = ? and status in ('${AllocationStatus.OPEN}', '${AllocationStatus.PICKED}')`, [tx.tx.now, order.id]);
    await query(tx.em, `update pick_tasks set status = '${PickTaskStatus.CANCELLED}', updated_at = ? where order_id = ? and status = '${PickTaskStatus.OPEN}'`, [tx.tx.now, order.id]);
    await query(tx.em, 'update sales_order_lines set quantity_picked = quantity_shipped, quantity_packed = quantity_shipped, quantity_allocated = 0, quantity_backordered = 0, updated_at = ? where order_id = ?', [
      tx.tx.now,
      order.id,
    ]);
    await deltas.write(tx);
    // Picked units not shipped: back from packing to where they were picked.
    const back = allocations.filter((a) => dec(a.picked).gt(a.shipped));
    if (back.length) {
      const packing = await query<{ location_id: string; allocation_id: string; serials: string[] | null }>(
        tx.em,
        `select pl.destination_id::text as location_id, t.allocation_id::text as allocation_id, jsonb_agg(e.s) filter (where e.s is not null) as serials
         from pick_tasks t join pick_lists pl on pl.id = t.pick_list_id left join lateral jsonb_array_elements_text(coalesce(t.serial_numbers, '[]'::jsonb)) as e(s) on true
         where t.allocation_id = any(?::bigint[]) and t.quantity_picked > 0 group by pl.destination_id, t.allocation_id`,
        [back.map((a) => a.id)],
      );
      const shippedSerials = new Set(
        (await query<{ s: string }>(tx.em, `select e.s from shipment_lines sl join shipments s on s.id = sl.shipment_id, jsonb_array_elements_text(coalesce(sl.serial_numbers, '[]'::jsonb)) as e(s) where s.order_id = ?`, [order.id])).map((r) => r.s),
      );
      const from = new Map(packing.map((p) => [p.allocation_id, p]));
      const state = await loadStock(tx, {
        warehouseIds: [warehouseId],
        locationIds: [...back.map((a) => a.location_id), ...packing.map((p) => p.location_id)],
        itemIds: back.map((a) => a.item_id),
        stock: back.map((a) => ({ itemId: a.item_id, warehouseId })),
        lotIds: back.filter((a) => a.lot_id).map((a) => a.lot_id as string),
        serials: packing.filter((p) => p.serials?.length).map((p) => ({ itemId: (back.find((a) => a.id === p.allocation_id) as { item_id: string }).item_id, numbers: (p.serials as string[]).filter((s) => !shippedSerials.has(s)), create: false })),
        balances: back.flatMap((a) => [
          { itemId: a.item_id, locationId: a.location_id, lotNumber: a.lot_number },
          { itemId: a.item_id, locationId: from.get(a.id)?.location_id ?? a.location_id, lotNumber: a.lot_number },
        ]),
      });
      const io = new StockInput(state);
      const warehouse = io.warehouse(warehouseId, ['input', 'id']);
      const requests: MoveRequest[] = back.flatMap((a) => {
        const src = from.get(a.id);
        if (!src) return [];
        const item = io.item(a.item_id, ['input', 'id']);
        const serials = io.serials(item, (src.serials ?? []).filter((s) => !shippedSerials.has(s)), ['input', 'id']);
        return [{ item, quantity: dec(a.picked).minus(a.shipped), from: io.location(src.location_id, warehouse, ['input', 'id']), to: io.location(a.location_id, warehouse, ['input', 'id']), lot: a.lot_id ? (state.lotsById.get(a.lot_id) ?? null) : null, serials, reason: MoveReason.PUTAWAY, field: ['input', 'id'] }];
      });
      if (requests.length) await postStock(tx, this.deps, state, { type: CANCEL_SOURCE, id: order.id, occurredAt: tx.tx.now }, requests, `Order ${order.id} cancelled: picked units back to stock`, null);
    }
    const open = await query<ShipmentRow>(
      tx.em,
      `select id::text as id, number, order_id::text as order_id, warehouse_id::text as warehouse_id, status, version, carrier, status_times from shipments where order_id = ? and status = any(?::text[]) for update`,
      [order.id, [ShipmentStatus.CREATED, ShipmentStatus.PICKED, ShipmentStatus.PACKED]],
    );
    for (const s of open) await setShipmentStatus(tx, s, ShipmentStatus.CANCELLED, order);
    // What the order gave back goes to orders waiting for it, oldest first, in this transaction (the move back filled its own items already).
    const freed = [...new Set(allocations.filter((a) => a.status === AllocationStatus.OPEN && dec(a.quantity).gt(a.picked)).map((a) => a.item_id))];
    if (freed.length && this.fill) await this.fill(tx, freed.map((itemId) => ({ itemId, warehouseId })));
  };
}
