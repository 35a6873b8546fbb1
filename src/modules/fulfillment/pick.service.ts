import { runCommand } from '../../db/command';
import { inTransaction } from '../../db/transaction';
import { query, queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { requireText } from '../../shared/validate';
import { actorOf } from '../../auth/principal';
import { dateText } from '../../shared/dates';
import { MoveReason } from '../inventory/stock-move.entity';
import { StockInput } from '../inventory/stock-input';
import { RAW_EAGER_KEY, postStock, type StockPostingDeps } from '../inventory/stock-posting';
import { loadStock, lockStock } from '../inventory/stock-state';
import { SerialStatus } from '../inventory/lot.entity';
import { type ScanResolution, ScanKind } from '../scanning/scan.service';
import { SalesOrderStatus } from '../sales/order-status';
import { FulfillmentErrorCode } from './fulfillment-errors';
import { AllocationStatus, PickListStatus, PickTaskStatus } from './fulfillment.entity';
import { OrderChange, allocationStatus, lockOrder, saveOrders } from './order-rows';
import { SummaryDeltas, minExpiryFor, reserve } from './reservation';

export const PICK_SOURCE = 'PickList';

export interface PickScanInput {
  pickListId: string;
  raw: string;
  /** CLUSTER lists: the tote the picker puts the units in (its order's tote). */
  toteId?: string | null;
  /** Units picked with this scan, when the label does not say (default: the label's count, else 1). */
  quantity?: string | null;
  idempotencyKey?: string | null;
}

export interface PickShortInput {
  pickTaskId: string;
  /** Units not found; default: everything the task still asks for. */
  quantityMissing?: string | null;
  idempotencyKey?: string | null;
}

export interface PickScanResult {
  pickListId: string;
  /** What the scan was taken as. */
  kind: 'LOCATION' | 'PICK';
  /** The tasks the scan picked for (or the next task at a scanned location). */
  taskIds: string[];
  quantity: string | null;
}

interface ListRow {
  id: string;
  number: string;
  status: PickListStatus;
  warehouse_id: string;
  destination_id: string;
  scanned_location_id: string | null;
}

interface TaskRow {
  id: string;
  order_id: string;
  order_line_id: string;
  allocation_id: string;
  item_id: string;
  sku: string;
  tracking_mode: string;
  location_id: string;
  location_code: string;
  lot_id: string | null;
  lot_number: string | null;
  expiry_date: string | null;
  sequence: number;
  remaining: string;
  tote: string | null;
  status: PickTaskStatus;
}

const TASKS = `select t.id::text as id, t.order_id::text as order_id, t.order_line_id::text as order_line_id, t.allocation_id::text as allocation_id,
  t.item_id::text as item_id, i.sku, i.tracking_mode, t.location_id::text as location_id, loc.code as location_code, t.lot_id::text as lot_id, lot.lot_number,
  to_char(lot.expiry_date, 'YYYY-MM-DD') as expiry_date, t.sequence, (t.quantity - t.quantity_picked - t.quantity_short)::text as remaining, t.tote, t.status
  from pick_tasks t join items i on i.id = t.item_id join locations loc on loc.id = t.location_id left join lots lot on lot.id = t.lot_id`;

/**
 * The floor: one scan mutation walks a pick list. A location label says where the picker
 * stands; an item barcode (a pack barcode counts its units), a lot or serial number, or a
 * GS1 element string (GTIN with lot, expiry, serial, count) picks from there for the next
 * matching task. Each confirmed pick moves the units to the list's packing location at once
 * (a stock move, no ledger effect) and consumes that much of the allocation.
 */
export class PickService {
  constructor(private readonly deps: StockPostingDeps) {}

  async scan(ctx: ServiceContext, input: PickScanInput, scan: ScanResolution): Promise<PickScanResult> {
    try {
      return await this.scanOnce(ctx, input, scan);
    } catch (err) {
      if (err instanceof DomainError && WRONG_SCAN_CODES.has(err.code)) await recordWrongScan(ctx, input, err.code);
      throw err;
    }
  }

  private async scanOnce(ctx: ServiceContext, input: PickScanInput, scan: ScanResolution): Promise<PickScanResult> {
    const outcome = await runCommand(ctx, { command: 'pick.scan', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const list = await readList(tx, input.pickListId);
      if (scan.kind === ScanKind.INVALID) {
        const e = scan.error;
        throw new DomainError(FulfillmentErrorCode.SCAN_MALFORMED, e ? `${e.message} (position ${e.position})` : 'The scan is malformed.', { field: ['input', 'raw'], details: e ? { position: e.position, ai: e.ai, gs1Code: e.code } : {} });
      }
      if (scan.kind === ScanKind.LOCATION && scan.location) return this.atLocation(tx, list, scan.location.id);
      if (scan.kind === ScanKind.UNKNOWN || scan.kind === ScanKind.CARTON || !scan.itemId) {
        throw new DomainError(FulfillmentErrorCode.SCAN_UNKNOWN, 'This scan is not a location, item, lot or serial known here.', { field: ['input', 'raw'] });
      }
      if (!list.scanned_location_id) throw new DomainError(FulfillmentErrorCode.WRONG_LOCATION, 'Scan the location label first.', { field: ['input', 'raw'] });
      const open = await query<TaskRow>(tx.em, `${TASKS} where t.pick_list_id = ? and t.status = '${PickTaskStatus.OPEN}' order by t.sequence, t.id`, [list.id]);
      const here = open.filter((t) => t.location_id === list.scanned_location_id);
      if (!here.length) throw new DomainError(FulfillmentErrorCode.WRONG_LOCATION, `Nothing is left to pick at this location; next: ${open[0]?.location_code ?? 'none'}.`, { field: ['input', 'raw'] });
      let tasks = here.filter((t) => t.item_id === scan.itemId);
      if (!tasks.length) throw new DomainError(FulfillmentErrorCode.WRONG_ITEM, `Wrong item: pick ${[...new Set(here.map((t) => t.sku))].join(', ')} here.`, { field: ['input', 'raw'] });
      if (input.toteId) {
        tasks = tasks.filter((t) => t.tote === input.toteId);
        if (!tasks.length) throw new DomainError(FulfillmentErrorCode.WRONG_ITEM, `Tote ${input.toteId} needs nothing of this item here.`, { field: ['input', 'toteId'] });
      }
      const lotNumber = lotOf(scan);
      const lotTasks = tasks.filter((t) => t.lot_id !== null);
      if (lotTasks.length) {
        if (!lotNumber) throw new DomainError(FulfillmentErrorCode.WRONG_LOT, `Scan the lot: ${[...new Set(lotTasks.map((t) => t.lot_number))].join(', ')}.`, { field: ['input', 'raw'] });
        const match = tasks.filter((t) => t.lot_number?.toLowerCase() === lotNumber.toLowerCase());
        if (!match.length) {
          const scanned = scan.lots.find((l) => l.lotNumber.toLowerCase() === lotNumber.toLowerCase());
          const expiry = scanned?.expiryDate ? dateText(scanned.expiryDate as string | Date) : (scan.elements.find((e) => e.ai === '17')?.date ?? null);
          if (expiry && expiry < tx.tx.now.toISOString().slice(0, 10)) {
            throw new DomainError(FulfillmentErrorCode.EXPIRED_LOT, `Lot ${lotNumber} expired on ${expiry}: do not pick it.`, { field: ['input', 'raw'] });
          }
          throw new DomainError(FulfillmentErrorCode.WRONG_LOT, `Wrong lot: pick lot ${[...new Set(tasks.map((t) => t.lot_number))].join(', ')}.`, { field: ['input', 'raw'] });
        }
        tasks = match;
      }
      const serial = tasks[0]?.tracking_mode === 'SERIAL' ? serialOf(scan) : null;
      if (tasks[0]?.tracking_mode === 'SERIAL') {
        const row = serial
          ? await queryOne<{ status: string; location_id: string | null }>(tx.em, 'select status, location_id::text as location_id from serials where item_id = ? and serial_number = ?', [scan.itemId, serial])
          : undefined;
        if (!row || row.status !== SerialStatus.IN_STOCK || row.location_id !== list.scanned_location_id) {
          throw new DomainError(FulfillmentErrorCode.SERIAL_UNKNOWN, serial ? `Serial ${serial} is not in stock at this location.` : 'Scan the serial number.', { field: ['input', 'raw'] });
        }
      }
      const quantityText = serial ? '1' : (input.quantity ?? scan.quantity ?? '1');
      const first = tasks[0] as TaskRow;
      const state = await loadStock(tx, {
        warehouseIds: [list.warehouse_id],
        locationIds: [first.location_id, list.destination_id],
        itemIds: [first.item_id],
        stock: [{ itemId: first.item_id, warehouseId: list.warehouse_id }],
        lotIds: first.lot_id ? [first.lot_id] : [],
        serials: serial ? [{ itemId: first.item_id, numbers: [serial], create: false }] : [],
        balances: [
          { itemId: first.item_id, locationId: first.location_id, lotNumber: first.lot_number },
          { itemId: first.item_id, locationId: list.destination_id, lotNumber: first.lot_number },
        ],
      });
      // Under the stock lock now: the tasks as they are (another scan of the same list may have committed).
      const fresh = await query<TaskRow>(tx.em, `${TASKS} where t.id = any(?::bigint[]) and t.status = '${PickTaskStatus.OPEN}' order by t.sequence, t.id`, [tasks.map((t) => t.id)]);
      const io = new StockInput(state);
      const warehouse = io.warehouse(list.warehouse_id, ['input', 'pickListId']);
      const item = io.item(first.item_id, ['input', 'raw']);
      const quantity = io.quantity(item, quantityText, ['input', 'quantity']);
      const room = fresh.reduce((sum, t) => sum.plus(t.remaining), ZERO);
      if (quantity.gt(room)) throw new DomainError(FulfillmentErrorCode.OVERPICK, `Only ${toText(room)} ${item.unit_code} of ${item.sku} are to be picked here; ${toText(quantity)} scanned.`, { field: ['input', 'raw'] });
      const shares: { task: TaskRow; quantity: Decimal }[] = [];
      let left = quantity;
      for (const t of fresh) {
        if (left.lte(0)) break;
        const take = Decimal_min(left, dec(t.remaining));
        shares.push({ task: t, quantity: take });
        left = left.minus(take);
      }
      const from = io.location(first.location_id, warehouse, ['input', 'raw']);
      const to = io.location(list.destination_id, warehouse, ['input', 'pickListId']);
      const lot = first.lot_id ? (state.lotsById.get(first.lot_id) ?? null) : null;
      const serials = serial ? io.serials(item, [serial], ['input', 'raw']) : [];
      // The tasks, allocations and order lines take the pick before the stock moves: the move fills waiting
      // backorders (the stock engine's hook), which must find these units picked, not still reserved where they were.
      await recordPicks(tx, shares, serial);
      await postStock(
        tx,
        this.deps,
        state,
        { type: PICK_SOURCE, id: list.id, occurredAt: tx.tx.now },
        [{ item, quantity, from, to, lot, serials, reason: MoveReason.PICK, field: ['input', 'raw'] }],
        `Pick list ${list.number}`,
        null,
        undefined,
        {
          consumesReservations: true,
          amend: (plan) => {
            const s = plan.summaries.find((x) => x.row.item_id === item.id && x.row.warehouse_id === warehouse.id);
            if (s) s.allocated = s.allocated.minus(quantity); // the picked units leave the sellable location and their reservation with them
          },
        },
      );
      await finishListIfDone(tx, list.id);
      return { pickListId: list.id, kind: 'PICK' as const, taskIds: shares.map((s) => s.task.id), quantity: toText(quantity) };
    }, RAW_EAGER_KEY);
    return outcome.result;
  }

  /** Assigns a pick list to a picker (a name or badge id); a list in progress may be handed over. */
  async assign(ctx: ServiceContext, input: { pickListId: string; picker: string }): Promise<{ pickListId: string }> {
    const picker = requireText(input.picker, ['input', 'picker'], { code: FulfillmentErrorCode, max: 100 });
    const outcome = await runCommand(ctx, { command: 'pickList.assign', input }, async (tx) => {
      const list = await readList(tx, input.pickListId);
      await query(tx.em, 'update pick_lists set picker = ?, version = version + 1, updated_at = ? where id = ?', [picker, tx.tx.now, list.id]);
      return { pickListId: list.id };
    }, RAW_EAGER_KEY);
    return outcome.result;
  }

  private async atLocation(tx: TxContext, list: ListRow, locationId: string): Promise<PickScanResult> {
    const open = await query<TaskRow>(tx.em, `${TASKS} where t.pick_list_id = ? and t.status = '${PickTaskStatus.OPEN}' order by t.sequence, t.id`, [list.id]);
    const here = open.filter((t) => t.location_id === locationId);
    if (!here.length) {
      throw new DomainError(FulfillmentErrorCode.WRONG_LOCATION, `Nothing to pick at this location; next: ${open[0]?.location_code ?? 'none (the list is done)'}.`, { field: ['input', 'raw'] });
    }
    await query(tx.em, `update pick_lists set scanned_location_id = ?, status = '${PickListStatus.IN_PROGRESS}', picker = coalesce(picker, ?), version = version + 1, updated_at = ? where id = ?`, [
      locationId,
      actorOf(tx.principal),
      tx.tx.now,
      list.id,
    ]);
    return { pickListId: list.id, kind: 'LOCATION', taskIds: here.map((t) => t.id), quantity: null };
  }

  /**
   * The picker found less than the task asks: the missing units' reservation is released
   * there, re-allocated from another location when there is stock (new tasks at the end of
   * the same list), else backordered; the location is flagged with an open cycle count.
   */
  async short(ctx: ServiceContext, input: PickShortInput): Promise<{ pickListId: string; reallocated: string; backordered: string; countId: string | null }> {
    const outcome = await runCommand(ctx, { command: 'pick.short', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const seen = await queryOne<TaskRow & { pick_list_id: string; warehouse_id: string }>(
        tx.em,
        `${TASKS.replace('select t.id::text as id', 'select t.pick_list_id::text as pick_list_id, pl.warehouse_id::text as warehouse_id, t.id::text as id')} join pick_lists pl on pl.id = t.pick_list_id where t.id = ?`,
        [input.pickTaskId],
      );
      if (!seen) throw new DomainError(FulfillmentErrorCode.NOT_FOUND, 'No pick task has this id.', { field: ['input', 'pickTaskId'] });
      await lockStock(tx, [{ itemId: seen.item_id, warehouseId: seen.warehouse_id }]);
      const order = await lockOrder(tx, seen.order_id, null, ['input', 'pickTaskId']);
      const task = await queryOne<TaskRow>(tx.em, `${TASKS} where t.id = ? for update of t`, [seen.id]);
      if (!task || task.status !== PickTaskStatus.OPEN) throw new DomainError(FulfillmentErrorCode.PICK_LIST_DONE, 'This task is finished already.', { field: ['input', 'pickTaskId'] });
      const remaining = dec(task.remaining);
      const missing = input.quantityMissing == null ? remaining : dec(input.quantityMissing);
      if (!missing.gt(0) || missing.gt(remaining) || missing.decimalPlaces() > 6) {
        throw new DomainError(FulfillmentErrorCode.INVALID, `The missing quantity is above zero and at most ${toText(remaining)}.`, { field: ['input', 'quantityMissing'] });
      }
      const deltas = new SummaryDeltas(seen.warehouse_id);
      const change = new OrderChange(order);
      // Release the missing units' reservation at the location.
      await query(
        tx.em,
        `update stock_allocations set quantity = quantity - ?, status = case when quantity - ? <= quantity_picked then (case when quantity_picked > 0 then '${AllocationStatus.PICKED}' else '${AllocationStatus.RELEASED}' end) else status end, updated_at = ? where id = ?`,
        [toText(missing), toText(missing), tx.tx.now, task.allocation_id],
      );
      await query(tx.em, `update pick_tasks set quantity_short = quantity_short + ?, status = case when quantity - quantity_picked - quantity_short - ? <= 0 then '${PickTaskStatus.SHORT}' else status end, updated_at = ? where id = ?`, [
        toText(missing),
        toText(missing),
        tx.tx.now,
        task.id,
      ]);
      deltas.add(task.item_id, missing.neg(), ZERO);
      change.add(task.order_line_id, 'quantity_allocated', missing.neg());
      // Re-allocate elsewhere (not from the location just found short).
      const [again] = await reserve(tx, seen.warehouse_id, [{ orderId: order.id, lineId: task.order_line_id, itemId: task.item_id, quantity: missing }], {
        minExpiry: minExpiryFor(order.requested_ship_date, tx.tx.now, order.min_shelf_life_days),
        excludeLocationIds: [task.location_id],
        deltas,
      });
      const reallocated = again?.quantity ?? ZERO;
      change.add(task.order_line_id, 'quantity_allocated', reallocated);
      if (again?.allocations.length) {
        await query(
          tx.em,
          `insert into pick_tasks (pick_list_id, allocation_id, order_id, order_line_id, item_id, location_id, lot_id, sequence, quantity, tote, status, created_at, updated_at)
           select ?, v.allocation, ?, ?, ?, v.location, v.lot, (select coalesce(max(sequence), 0) from pick_tasks where pick_list_id = ?) + v.ord * 10, v.quantity, ?, '${PickTaskStatus.OPEN}', ?, ?
           from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::numeric[]) with ordinality as v(allocation, location, lot, quantity, ord)`,
          [
            seen.pick_list_id, order.id, task.order_line_id, task.item_id, seen.pick_list_id, task.tote, tx.tx.now, tx.tx.now,
            again.allocations.map((a) => a.id), again.allocations.map((a) => a.locationId), again.allocations.map((a) => a.lotId), again.allocations.map((a) => a.quantity),
          ],
        );
      }
      const rest = missing.minus(reallocated);
      change.add(task.order_line_id, 'quantity_backordered', rest);
      deltas.add(task.item_id, ZERO, rest);
      const countId = await flagForCount(tx, seen.warehouse_id, task.location_id, task.item_id);
      const openTasks = await queryOne<{ n: number }>(tx.em, `select count(*)::int as n from pick_tasks where order_id = ? and status = '${PickTaskStatus.OPEN}'`, [order.id]);
      if (order.status === SalesOrderStatus.PICKING && (openTasks?.n ?? 0) === 0 && order.lines.every((l) => dec(l.quantity_picked).lte(l.quantity_shipped))) {
        change.moveTo(allocationStatus(order)); // nothing on the floor for it any more
      }
      await saveOrders(tx, [change]);
      await deltas.write(tx);
      await finishListIfDone(tx, seen.pick_list_id);
      return { pickListId: seen.pick_list_id, reallocated: toText(reallocated), backordered: toText(rest), countId };
    }, RAW_EAGER_KEY);
    return outcome.result;
  }
}

/** Refusals that count as a wrong scan in the pick accuracy report. */
const WRONG_SCAN_CODES: ReadonlySet<string> = new Set([FulfillmentErrorCode.WRONG_ITEM, FulfillmentErrorCode.WRONG_LOT, FulfillmentErrorCode.WRONG_LOCATION]);

/**
 * Records a refused scan after its command rolled back, in a short transaction of its own
 * (the refusal itself wrote nothing). Losing this row must not change the answer the picker
 * gets, so a failure here is logged, not thrown.
 */
async function recordWrongScan(ctx: ServiceContext, input: PickScanInput, code: string): Promise<void> {
  try {
    await inTransaction(
      ctx,
      (tx) => query(tx.em, 'insert into pick_scan_errors (pick_list_id, code, raw, actor, created_at) values (?, ?, ?, ?, ?)', [input.pickListId, code, input.raw.slice(0, 500), actorOf(tx.principal), tx.tx.now]),
      { raw: true },
    );
  } catch (err) {
    ctx.log.warn({ err, pickListId: input.pickListId, code }, 'a refused pick scan was not recorded');
  }
}

function Decimal_min(a: Decimal, b: Decimal): Decimal {
  return a.lt(b) ? a : b;
}

async function readList(tx: TxContext, id: string): Promise<ListRow> {
  const list = await queryOne<ListRow>(
    tx.em,
    'select id::text as id, number, status, warehouse_id::text as warehouse_id, destination_id::text as destination_id, scanned_location_id::text as scanned_location_id from pick_lists where id = ?',
    [id],
  );
  if (!list) throw new DomainError(FulfillmentErrorCode.NOT_FOUND, 'No pick list has this id.', { field: ['input', 'pickListId'] });
  if (list.status === PickListStatus.DONE) throw new DomainError(FulfillmentErrorCode.PICK_LIST_DONE, `Pick list ${list.number} is done.`, { field: ['input', 'pickListId'] });
  return list;
}

function lotOf(scan: ScanResolution): string | null {
  const ai10 = scan.elements.find((e) => e.ai === '10');
  if (ai10) return ai10.raw;
  if (scan.kind === ScanKind.LOT && scan.lots.length) return scan.lots[0]?.lotNumber ?? null;
  return null;
}

function serialOf(scan: ScanResolution): string | null {
  const ai21 = scan.elements.find((e) => e.ai === '21');
  if (ai21) return ai21.raw;
  if (scan.kind === ScanKind.SERIAL && scan.serials.length) return scan.serials[0]?.serialNumber ?? null;
  return null;
}

/** Picked units: tasks, their allocations and the order lines (picked up, allocated down), in three statements. */
async function recordPicks(tx: TxContext, shares: readonly { task: TaskRow; quantity: Decimal }[], serial: string | null): Promise<void> {
  const ids = shares.map((s) => s.task.id);
  const qs = shares.map((s) => toText(s.quantity));
  await query(
    tx.em,
    `update pick_tasks t set quantity_picked = t.quantity_picked + v.q,
            serial_numbers = case when ?::text is null then t.serial_numbers else coalesce(t.serial_numbers, '[]'::jsonb) || to_jsonb(?::text) end,
            status = case when t.quantity - t.quantity_picked - v.q - t.quantity_short <= 0 then '${PickTaskStatus.DONE}' else t.status end, updated_at = ?
     from unnest(?::bigint[], ?::numeric[]) as v(id, q) where t.id = v.id`,
    [serial, serial, tx.tx.now, ids, qs],
  );
  await query(
    tx.em,
    `update stock_allocations a set quantity_picked = a.quantity_picked + v.q,
            status = case when a.quantity_picked + v.q >= a.quantity then '${AllocationStatus.PICKED}' else a.status end, updated_at = ?
     from (select t.allocation_id as id, sum(x.q) as q from unnest(?::bigint[], ?::numeric[]) as x(id, q) join pick_tasks t on t.id = x.id group by t.allocation_id) v
     where a.id = v.id`,
    [tx.tx.now, ids, qs],
  );
  await query(
    tx.em,
    `update sales_order_lines l set quantity_picked = l.quantity_picked + v.q, quantity_allocated = l.quantity_allocated - v.q, updated_at = ?
     from (select t.order_line_id as id, sum(x.q) as q from unnest(?::bigint[], ?::numeric[]) as x(id, q) join pick_tasks t on t.id = x.id group by t.order_line_id) v
     where l.id = v.id`,
    [tx.tx.now, ids, qs],
  );
}

async function finishListIfDone(tx: TxContext, listId: string): Promise<void> {
  await query(
    tx.em,
    `update pick_lists set status = '${PickListStatus.DONE}', version = version + 1, updated_at = ?
     where id = ? and status <> '${PickListStatus.DONE}' and not exists (select 1 from pick_tasks where pick_list_id = ? and status = '${PickTaskStatus.OPEN}')`,
    [tx.tx.now, listId, listId],
  );
}

/** An open cycle count for a location found short (one per location: an open count already covering it is reused). */
async function flagForCount(tx: TxContext, warehouseId: string, locationId: string, itemId: string): Promise<string | null> {
  const existing = await queryOne<{ id: string }>(tx.em, `select id::text as id from inventory_counts where status = 'OPEN' and warehouse_id = ? and location_ids @> to_jsonb(array[?::text])`, [warehouseId, locationId]);
  if (existing) return existing.id;
  const row = await queryOne<{ id: string }>(
    tx.em,
    `insert into inventory_counts (number, warehouse_id, status, location_ids, item_ids, memo, opened_by, created_at, updated_at)
     values ('CC-' || lpad(nextval('document_number_cc')::text, 6, '0'), ?, 'OPEN', to_jsonb(array[?::text]), to_jsonb(array[?::text]), 'Short pick', ?, ?, ?) returning id::text as id`,
    [warehouseId, locationId, itemId, actorOf(tx.principal), tx.tx.now, tx.tx.now],
  );
  return row?.id ?? null;
}

