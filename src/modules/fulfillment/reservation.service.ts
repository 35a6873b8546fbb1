import { runCommand } from '../../db/command';
import { query, queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError, DomainErrors } from '../../shared/errors';
import { lockStock } from '../inventory/stock-state';
import type { StockPlan } from '../inventory/stock-engine';
import type { StockState } from '../inventory/stock-state';
import { RAW_EAGER_KEY } from '../inventory/stock-posting';
import { SalesOrderStatus } from '../sales/order-status';
import { FulfillmentErrorCode } from './fulfillment-errors';
import { OrderChange, type OrderRow, allocationStatus, lockOrder, lockOrders, readOrder, saveOrders } from './order-rows';
import { type HeldElsewhere, SummaryDeltas, minExpiryFor, noHolds, reserve } from './reservation';

export interface SalesOrderConfirmInput {
  id: string;
  expectedVersion?: number | null;
  /** What cannot be reserved now is backordered (default); false refuses the confirmation instead. */
  backorder?: boolean | null;
  /** A checkout hold to consume: its quantities count for this order. */
  holdId?: string | null;
  idempotencyKey?: string | null;
}

/** Consumes a checkout hold for an order (the holds module supplies it). */
export type ConsumeHold = (tx: TxContext, holdId: string, orderId: string) => Promise<{ warehouseId: string; lines: { itemId: string; quantity: Decimal }[] }>;

/** Statuses in which an order's backordered lines wait for stock (a receipt fills them). */
const WAITING: readonly SalesOrderStatus[] = [
  SalesOrderStatus.BACKORDERED,
  SalesOrderStatus.PARTIALLY_ALLOCATED,
  SalesOrderStatus.PICKING,
  SalesOrderStatus.PACKED,
  SalesOrderStatus.PARTIALLY_SHIPPED,
];

/**
 * Confirmation reserves stock: under the stock locks of every (item, warehouse) of the
 * order, demand is summed per item, set against what is available (sellable on hand minus
 * allocated minus other carts' live holds), and allocated to locations and lots (FEFO,
 * then FIFO). What cannot be reserved is backordered, and filled automatically (oldest
 * order first, then the most urgent) by the receipt, transfer or adjustment that brings
 * stock, in that document's transaction.
 */
export class ReservationService {
  constructor(
    private readonly held: HeldElsewhere = noHolds,
    private readonly consumeHold: ConsumeHold | null = null,
  ) {}

  async confirm(ctx: ServiceContext, input: SalesOrderConfirmInput): Promise<{ salesOrderId: string }> {
    const outcome = await runCommand(ctx, { command: 'salesOrder.confirm', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const seen = await readOrder(tx, input.id);
      if (seen.status !== SalesOrderStatus.DRAFT) new OrderChange(seen).moveTo(SalesOrderStatus.CONFIRMED); // names both states
      const holdWarehouse = input.holdId ? await holdWarehouseOf(tx, input.holdId) : null;
      const warehouseId = seen.ship_from_warehouse_id ?? holdWarehouse ?? (await chooseWarehouse(tx, seen));
      if (holdWarehouse && holdWarehouse !== warehouseId) {
        throw new DomainError(FulfillmentErrorCode.WAREHOUSE_MISMATCH, 'The hold is for another warehouse than the order ships from.', { field: ['input', 'holdId'] });
      }
      const holdItems = input.holdId
        ? (await query<{ item_id: string }>(tx.em, 'select distinct item_id::text as item_id from stock_hold_lines where hold_id = ?', [input.holdId])).map((r) => r.item_id)
        : [];
      await lockStock(tx, itemPairs(seen, warehouseId, holdItems));
      const order = await lockOrder(tx, input.id, input.expectedVersion);
      const change = new OrderChange(order);
      change.moveTo(SalesOrderStatus.CONFIRMED);
      await checkItemsActive(tx, order);
      if (input.holdId) {
        if (!this.consumeHold) throw new DomainError(FulfillmentErrorCode.NOT_FOUND, 'No hold has this id.', { field: ['input', 'holdId'] });
      }
      const deltas = new SummaryDeltas(warehouseId);
      if (input.holdId && this.consumeHold) {
        // Consumed first: its quantities stop counting as held, so the reservation below can take them.
        const consumed = await this.consumeHold(tx, input.holdId, order.id);
        for (const l of consumed.lines) deltas.touch(l.itemId);
      }
      const today = tx.tx.now;
      const reserved = await reserve(
        tx,
        warehouseId,
        order.lines.map((l) => ({ orderId: order.id, lineId: l.id, itemId: l.item_id, quantity: dec(l.quantity_ordered).minus(l.quantity_cancelled) })),
        { minExpiry: minExpiryFor(order.requested_ship_date, today, order.min_shelf_life_days), held: this.held, exceptHoldId: input.holdId ?? null, deltas },
      );
      const short = reserved.filter((r) => r.quantity.lt(dec(change.line(r.lineId).quantity_ordered).minus(change.line(r.lineId).quantity_cancelled)));
      if (short.length && input.backorder === false) {
        throw new DomainErrors(
          short.map((r) => {
            const l = change.line(r.lineId);
            return new DomainError(FulfillmentErrorCode.INSUFFICIENT_STOCK, `Line ${l.line_no} (${l.sku}): ${toText(l.quantity_ordered)} ordered, ${toText(r.quantity)} can be reserved.`, {
              field: ['input', 'id'],
              details: { lineNo: l.line_no, sku: l.sku, requested: toText(l.quantity_ordered), available: toText(r.quantity) },
            });
          }),
        );
      }
      for (const r of reserved) {
        const l = change.line(r.lineId);
        const waiting = dec(l.quantity_ordered).minus(l.quantity_cancelled).minus(r.quantity);
        change.add(r.lineId, 'quantity_allocated', r.quantity);
        change.add(r.lineId, 'quantity_backordered', waiting);
        deltas.add(l.item_id, ZERO, waiting);
      }
      if (!order.ship_from_warehouse_id) {
        await query(tx.em, 'update sales_orders set ship_from_warehouse_id = ? where id = ?', [warehouseId, order.id]);
        order.ship_from_warehouse_id = warehouseId;
      }
      change.moveTo(allocationStatus(order));
      await saveOrders(tx, [change]);
      await deltas.write(tx);
      return { salesOrderId: order.id };
    }, RAW_EAGER_KEY);
    return outcome.result;
  }

  /**
   * The stock engine's after-write hook: stock came in where orders wait for it. Fills
   * the waiting lines of each item, oldest order first (then the most urgent), in the
   * document's transaction and under its stock locks.
   */
  readonly fillBackorders = async (tx: TxContext, _state: StockState, plan: StockPlan): Promise<void> => {
    for (const s of plan.summaries) {
      // Only where sellable stock is now above what is reserved can anything be filled.
      if (!dec(s.row.backordered).gt(0) || !s.sellableOnHand.minus(s.allocated).gt(0)) continue;
      await this.fillItem(tx, s.row.item_id, s.row.warehouse_id);
    }
  };

  private async fillItem(tx: TxContext, itemId: string, warehouseId: string): Promise<void> {
    const waiting = await query<{ order_id: string }>(
      tx.em,
      `select o.id::text as order_id from sales_orders o
       where o.ship_from_warehouse_id = ? and o.status = any(?::text[])
         and exists (select 1 from sales_order_lines l where l.order_id = o.id and l.item_id = ? and l.quantity_backordered > 0)
       order by o.created_at, o.priority desc, o.id limit 200`,
      [warehouseId, WAITING, itemId],
    );
    if (!waiting.length) return;
    const orders = await lockOrders(tx, waiting.map((w) => w.order_id));
    const ordered = waiting.map((w) => orders.get(w.order_id)).filter((o): o is OrderRow => o !== undefined && WAITING.includes(o.status));
    const deltas = new SummaryDeltas(warehouseId);
    const changes: OrderChange[] = [];
    for (const order of ordered) {
      const lines = order.lines.filter((l) => l.item_id === itemId && dec(l.quantity_backordered).gt(0));
      if (!lines.length) continue;
      const reserved = await reserve(
        tx,
        warehouseId,
        lines.map((l) => ({ orderId: order.id, lineId: l.id, itemId, quantity: dec(l.quantity_backordered) })),
        { minExpiry: minExpiryFor(order.requested_ship_date, tx.tx.now, order.min_shelf_life_days), held: this.held, deltas },
      );
      const got = reserved.reduce((sum, r) => sum.plus(r.quantity), ZERO);
      if (got.isZero()) break; // nothing left for the next order either (same item, same stock)
      const change = new OrderChange(order);
      for (const r of reserved) {
        change.add(r.lineId, 'quantity_allocated', r.quantity);
        change.add(r.lineId, 'quantity_backordered', r.quantity.neg());
        deltas.add(itemId, ZERO, r.quantity.neg());
      }
      if (order.status === SalesOrderStatus.BACKORDERED || order.status === SalesOrderStatus.PARTIALLY_ALLOCATED) change.moveTo(allocationStatus(order));
      changes.push(change);
    }
    await saveOrders(tx, changes);
    await deltas.write(tx);
  }
}

function itemPairs(order: OrderRow, warehouseId: string, more: readonly string[] = []): { itemId: string; warehouseId: string }[] {
  return [...new Set([...order.lines.map((l) => l.item_id), ...more])].map((itemId) => ({ itemId, warehouseId }));
}

async function holdWarehouseOf(tx: TxContext, holdId: string): Promise<string> {
  const row = await queryOne<{ warehouse_id: string }>(tx.em, 'select warehouse_id::text as warehouse_id from stock_holds where id = ?', [holdId]).catch(() => undefined);
  if (!row) throw new DomainError(FulfillmentErrorCode.NOT_FOUND, 'No hold has this id.', { field: ['input', 'holdId'] });
  return row.warehouse_id;
}

async function checkItemsActive(tx: TxContext, order: OrderRow): Promise<void> {
  const rows = await query<{ sku: string }>(tx.em, 'select sku from items where id = any(?::bigint[]) and not active order by sku', [order.lines.map((l) => l.item_id)]);
  if (rows.length) {
    throw new DomainError(FulfillmentErrorCode.ITEM_INACTIVE, `Item ${rows.map((r) => r.sku).join(', ')} is inactive: edit the order before confirming it.`, { field: ['input', 'id'] });
  }
}

/**
 * The ship-from warehouse of an order that names none: the active warehouse that can ship
 * every line from what is available, else the one that can ship the most units (lowest id
 * on a tie). Read without locks: the reservation then runs under them.
 */
async function chooseWarehouse(tx: TxContext, order: OrderRow): Promise<string> {
  const [best] = await query<{ id: string }>(
    tx.em,
    `with demand as (select item_id, sum(quantity_ordered - quantity_cancelled) as q from sales_order_lines where order_id = ? group by item_id),
     cover as (
       select w.id, sum(least(d.q, greatest(coalesce(s.sellable_on_hand - s.allocated, 0), 0))) as covered, bool_and(coalesce(s.sellable_on_hand - s.allocated, 0) >= d.q) as whole
       from warehouses w cross join demand d left join stock_summaries s on s.item_id = d.item_id and s.warehouse_id = w.id
       where w.active group by w.id)
     select id::text as id from cover order by whole desc, covered desc, id limit 1`,
    [order.id],
  );
  if (!best) throw new DomainError(FulfillmentErrorCode.NO_WAREHOUSE, 'No active warehouse can ship this order.', { field: ['input', 'id'] });
  return best.id;
}
