import { actorOf } from '../../auth/principal';
import { runCommand } from '../../db/command';
import { faultPoint } from '../../db/faults';
import { query, queryOne, statement, withConnection } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError, DomainErrors } from '../../shared/errors';
import type { FieldPath } from '../../shared/validate';
import { lockStock } from '../inventory/stock-state';
import type { StockPlan } from '../inventory/stock-engine';
import type { StockState } from '../inventory/stock-state';
import { RAW_EAGER_KEY } from '../inventory/stock-posting';
import { SalesOrderStatus } from '../sales/order-status';
import { FulfillmentErrorCode } from './fulfillment-errors';
import { AllocationStatus } from './fulfillment.entity';
import { ORDER_COLUMNS, ORDER_LINES_FROM, ORDER_LINES_SET, OrderChange, type OrderRow, allocationStatus, lockOrderAt, lockOrders, orderLineDeltas, publishOrderSteps, saveOrders, versionSteps } from './order-rows';
import { type ReservationPlan, SummaryDeltas, minExpiryFor, planReservation, reserve } from './reservation';
import { OUTBOX_CHANNEL, OUTBOX_INSERT_SQL, outboxInsert, publish, takePending } from '../events/outbox';
import { SalesErrorCode } from '../sales/sales-errors';
import { creditLimitExceeded } from '../sales/credit-limit';
import { CreditLimitAction } from '../sales/customer.entity';
import { CONFIRM_CREDIT_COLUMNS, type CreditColumns, type CreditOutcome, lockOrderCheckingCredit } from './credit-check';

export interface SalesOrderApproveCreditInput {
  orderId: string;
  idempotencyKey?: string | null;
}

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

/** Fills backorders of these (item, warehouse) pairs from what is available now; the caller holds their stock locks. */
export type FillFreed = (tx: TxContext, pairs: readonly { itemId: string; warehouseId: string }[]) => Promise<void>;

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
  constructor(private readonly consumeHold: ConsumeHold | null = null) {}

  /**
   * Five round trips and COMMIT for an order without a hold, whatever its lines: BEGIN; the
   * order with its lines and inactive items (and the customer's credit lock when it has a
   * limit); the stock locks; the order lock (its version still the one read, else the
   * command starts over; with the credit figures when the customer has a limit); the
   * reservation's read (summaries, live holds, allocatable stock); one write (allocations,
   * lines, order, summaries, events).
   *
   * Over the customer's credit limit (credit-check.ts) the order is refused
   * (CREDIT_LIMIT_EXCEEDED, nothing written) or, under the customer's HOLD policy, goes to
   * CREDIT_HOLD without reserving anything, for finance to approve (approveCredit).
   */
  async confirm(ctx: ServiceContext, input: SalesOrderConfirmInput): Promise<{ salesOrderId: string }> {
    return this.confirmOrder(ctx, 'salesOrder.confirm', input, null);
  }

  /**
   * Releases an order from CREDIT_HOLD: confirms it as salesOrderConfirm would (reserves
   * its stock, backorders the rest) without the credit check, and records who approved it.
   */
  async approveCredit(ctx: ServiceContext, input: SalesOrderApproveCreditInput): Promise<{ salesOrderId: string }> {
    return this.confirmOrder(ctx, 'salesOrder.approveCredit', { id: input.orderId, idempotencyKey: input.idempotencyKey }, actorOf(ctx.principal));
  }

  private async confirmOrder(ctx: ServiceContext, command: string, input: SalesOrderConfirmInput, approvedBy: string | null): Promise<{ salesOrderId: string }> {
    const idField: FieldPath = approvedBy === null ? ['input', 'id'] : ['input', 'orderId'];
    const outcome = await runCommand(ctx, { command, idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const { order, inactive, credit } = await readForConfirm(tx, input.id, idField);
      if (approvedBy === null && order.status === SalesOrderStatus.CREDIT_HOLD) {
        throw new DomainError(SalesErrorCode.ORDER_ON_CREDIT_HOLD, 'The order is on CREDIT_HOLD (over the customer\'s credit limit): finance confirms it with salesOrderApproveCredit, or it is cancelled.', {
          field: idField,
        });
      }
      if (approvedBy !== null && order.status !== SalesOrderStatus.CREDIT_HOLD) {
        throw new DomainError(SalesErrorCode.ILLEGAL_TRANSITION, `Only an order on CREDIT_HOLD can be approved; this one is ${order.status}.`, {
          field: idField,
          details: { from: order.status, to: SalesOrderStatus.CONFIRMED },
        });
      }
      const change = new OrderChange(order);
      change.moveTo(SalesOrderStatus.CONFIRMED, idField); // from DRAFT (or CREDIT_HOLD when approving) only: names both states
      if (input.expectedVersion != null && input.expectedVersion !== order.version) {
        throw new DomainError(SalesErrorCode.VERSION_CONFLICT, `The sales order changed since you read it (version ${order.version}).`, { field: ['input', 'expectedVersion'] });
      }
      if (inactive.length) throw new DomainError(FulfillmentErrorCode.ITEM_INACTIVE, `Item ${inactive.join(', ')} is inactive: edit the order before confirming it.`, { field: idField });
      if (input.holdId && !this.consumeHold) throw new DomainError(FulfillmentErrorCode.NOT_FOUND, 'No hold has this id.', { field: ['input', 'holdId'] });
      const holdWarehouse = input.holdId ? await holdWarehouseOf(tx, input.holdId) : null;
      const warehouseId = order.ship_from_warehouse_id ?? holdWarehouse ?? (await chooseWarehouse(tx, order));
      if (holdWarehouse && holdWarehouse !== warehouseId) {
        throw new DomainError(FulfillmentErrorCode.WAREHOUSE_MISMATCH, 'The hold is for another warehouse than the order ships from.', { field: ['input', 'holdId'] });
      }
      const holdItems = input.holdId
        ? (await query<{ item_id: string }>(tx.em, 'select distinct item_id::text as item_id from stock_hold_lines where hold_id = ?', [input.holdId])).map((r) => r.item_id)
        : [];
      await lockStock(tx, itemPairs(order, warehouseId, holdItems));
      // An approval skips the check; it took the credit lock all the same (CONFIRM_READ), so
      // a confirmation running beside it counts the approved order.
      let creditCheck: CreditOutcome | null = null;
      if (credit.credit_locked !== null && approvedBy === null) creditCheck = await lockOrderCheckingCredit(tx, order);
      else await lockOrderAt(tx, order);
      if (creditCheck?.check.exceeded) {
        if (creditCheck.action !== CreditLimitAction.HOLD) throw creditLimitExceeded(credit.customer_code, creditCheck.check, idField);
        // HOLD: the order waits for finance, reserving nothing (the stock locks are released at COMMIT).
        const held = new OrderChange(order);
        held.moveTo(SalesOrderStatus.CREDIT_HOLD);
        await saveOrders(tx, [held]);
        return { salesOrderId: order.id };
      }
      const deltas = new SummaryDeltas(warehouseId);
      const consumed: string[] = [];
      if (input.holdId && this.consumeHold) {
        // Consumed first: its quantities stop counting as held, so the reservation below can take them.
        for (const l of (await this.consumeHold(tx, input.holdId, order.id)).lines) {
          deltas.touch(l.itemId);
          consumed.push(l.itemId);
        }
      }
      const demands = order.lines.map((l) => ({ orderId: order.id, lineId: l.id, itemId: l.item_id, quantity: dec(l.quantity_ordered).minus(l.quantity_cancelled) }));
      const plan = await planReservation(tx, warehouseId, demands, {
        minExpiry: minExpiryFor(order.requested_ship_date, tx.tx.now, order.min_shelf_life_days),
        exceptHoldId: input.holdId ?? null,
        deltas,
        alsoRead: consumed,
      });
      const short = plan.reserved.filter((r) => r.quantity.lt(dec(change.line(r.lineId).quantity_ordered).minus(change.line(r.lineId).quantity_cancelled)));
      if (short.length && input.backorder === false) {
        throw new DomainErrors(
          short.map((r) => {
            const l = change.line(r.lineId);
            return new DomainError(FulfillmentErrorCode.INSUFFICIENT_STOCK, `Line ${l.line_no} (${l.sku}): ${toText(l.quantity_ordered)} ordered, ${toText(r.quantity)} can be reserved.`, {
              field: idField,
              details: { lineNo: l.line_no, sku: l.sku, requested: toText(l.quantity_ordered), available: toText(r.quantity) },
            });
          }),
        );
      }
      for (const r of plan.reserved) {
        const l = change.line(r.lineId);
        const waiting = dec(l.quantity_ordered).minus(l.quantity_cancelled).minus(r.quantity);
        change.add(r.lineId, 'quantity_allocated', r.quantity);
        change.add(r.lineId, 'quantity_backordered', waiting);
        deltas.add(l.item_id, ZERO, waiting);
      }
      order.ship_from_warehouse_id = warehouseId;
      change.moveTo(allocationStatus(order));
      await writeConfirmation(tx, warehouseId, change, plan, deltas, approvedBy);
      faultPoint('fulfillment.after-confirm-write');
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

  /**
   * Stock freed without a stock write (a cancelled order's reservations, a released
   * checkout hold) goes to orders waiting for it, as a receipt's would: same order, same
   * transaction, under the stock locks the caller holds.
   */
  readonly fillFreed: FillFreed = async (tx, pairs) => {
    for (const p of pairs) await this.fillItem(tx, p.itemId, p.warehouseId);
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
        { minExpiry: minExpiryFor(order.requested_ship_date, tx.tx.now, order.min_shelf_life_days), deltas },
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

/**
 * The order to confirm, with its lines, the SKUs of its items that are inactive, and its
 * customer's credit limit: one statement, no row lock; the customer's credit lock when
 * it has a limit (credit-check.ts).
 */
const CONFIRM_READ = statement(`
select ${ORDER_COLUMNS},
       (select coalesce(json_agg(i.sku order by i.sku), '[]') from items i where not i.active and i.id in (select item_id from sales_order_lines where order_id = o.id)) as inactive,
       ${CONFIRM_CREDIT_COLUMNS}
from sales_orders o join customers c on c.id = o.customer_id where o.id = $1::bigint`);

async function readForConfirm(tx: TxContext, id: string, field: FieldPath): Promise<{ order: OrderRow; inactive: string[]; credit: CreditColumns }> {
  const [row] = await withConnection(tx.em, (c) => c.rows<OrderRow & { inactive: string[] } & CreditColumns>(CONFIRM_READ, [id]));
  if (!row) throw new DomainError(SalesErrorCode.NOT_FOUND, 'No sales order has this id.', { field });
  const { inactive, customer_code, credit_locked, ...order } = row;
  return { order, inactive, credit: { customer_code, credit_locked } };
}

/**
 * Everything a confirmation writes, in one statement, under its locks: the events it
 * publishes (OrderStatusChanged per step, stock.changed per summary, with the versions the
 * rows get here: $1..$7, and the wake-up $8), the allocation rows, the lines' quantities,
 * the order (status, version, ship-from warehouse) and the summaries (allocated, backordered).
 */
const CONFIRM_WRITE = statement(`
with events_written as (${OUTBOX_INSERT_SQL} returning 1),
allocations_written as (
  insert into stock_allocations (order_id, order_line_id, item_id, warehouse_id, location_id, lot_id, quantity, status, created_at, updated_at)
  select $9::bigint, v.line_id, v.item_id, $10::bigint, v.location_id, v.lot_id, v.quantity, '${AllocationStatus.OPEN}', $7::timestamptz, $7::timestamptz
  from unnest($11::bigint[], $12::bigint[], $13::bigint[], $14::bigint[], $15::numeric[]) as v(line_id, item_id, location_id, lot_id, quantity)
  returning 1),
lines_written as (
  update sales_order_lines l ${ORDER_LINES_SET('$7')}
  from ${ORDER_LINES_FROM(['$16', '$17', '$18', '$19', '$20', '$21', '$22'])} where l.id = v.id
  returning 1),
order_written as (
  update sales_orders o set status = $23::text, version = o.version + $24::int, ship_from_warehouse_id = $10::bigint, credit_approved_by = coalesce($28::text, o.credit_approved_by), updated_at = $7::timestamptz
  where o.id = $9::bigint
  returning 1),
summaries_written as (
  update stock_summaries s set allocated = s.allocated + v.allocated, backordered = greatest(s.backordered + v.backordered, 0), version = s.version + 1, updated_at = $7::timestamptz
  from unnest($25::bigint[], $26::numeric[], $27::numeric[]) as v(id, allocated, backordered) where s.id = v.id
  returning 1)
select pg_notify($8, '') as notified`);

async function writeConfirmation(tx: TxContext, warehouseId: string, change: OrderChange, plan: ReservationPlan, deltas: SummaryDeltas, approvedBy: string | null): Promise<void> {
  const orderId = change.row.id;
  const status = change.status;
  const steps = versionSteps(change);
  const lines = orderLineDeltas([change]);
  publishOrderSteps(tx, change, change.row.version + steps);
  const summaries = deltas.prepare(plan.figures);
  for (const e of summaries.events) publish(tx, e);
  const outbox = outboxInsert(takePending(tx), tx.tx.now);
  const picks = plan.picks;
  await withConnection(tx.em, (c) =>
    c.rows(CONFIRM_WRITE, [
      ...outbox.values,
      OUTBOX_CHANNEL,
      orderId,
      warehouseId,
      picks.map((p) => p.key),
      picks.map((p) => p.candidate.itemId),
      picks.map((p) => p.candidate.locationId),
      picks.map((p) => p.candidate.lotId),
      picks.map((p) => toText(p.quantity)),
      ...lines,
      status,
      steps,
      summaries.ids,
      summaries.allocated,
      summaries.backordered,
      approvedBy,
    ]),
  );
}
