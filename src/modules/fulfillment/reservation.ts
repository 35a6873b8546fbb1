import { query, statement, withConnection } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { type DomainEvent, publish } from '../events/outbox';
import { liveHeldSql } from '../inventory/held';
import { stockChangedEvent } from '../inventory/stock-engine';
import { type Candidate, type Demand, type Pick, planAllocation } from './allocation-plan';
import { AllocationStatus } from './fulfillment.entity';

/** A line's demand in one warehouse, for the reservation. */
export interface LineDemand {
  orderId: string;
  lineId: string;
  itemId: string;
  quantity: Decimal;
}

export interface Reserved {
  orderId: string;
  lineId: string;
  quantity: Decimal;
  /** The allocation rows written for the line. */
  allocations: { id: string; locationId: string; lotId: string | null; quantity: string }[];
}

/** Changes to summary figures a command makes outside the stock engine, per item, in one warehouse. */
export class SummaryDeltas {
  private readonly byItem = new Map<string, { allocated: Decimal; backordered: Decimal }>();
  private readonly touched = new Set<string>();
  constructor(readonly warehouseId: string) {}

  add(itemId: string, allocated: Decimal, backordered: Decimal): void {
    const d = this.byItem.get(itemId) ?? { allocated: ZERO, backordered: ZERO };
    this.byItem.set(itemId, { allocated: d.allocated.plus(allocated), backordered: d.backordered.plus(backordered) });
  }

  /** Bumps the summary's version and publishes its figures though nothing here changes them (a consumed hold changed `held`). */
  touch(itemId: string): void {
    this.touched.add(itemId);
  }

  /** What this command has added to `allocated` for the item and not written yet (reservations read the row, then add this). */
  pendingAllocated(itemId: string): Decimal {
    return this.byItem.get(itemId)?.allocated ?? ZERO;
  }

  get empty(): boolean {
    return [...this.byItem.values()].every((d) => d.allocated.isZero() && d.backordered.isZero());
  }

  /**
   * The deltas as the arrays of one set-based update (summary ids, allocated and backordered
   * deltas), and the stock.changed event of each row as it will be after that update, made
   * from `figures`, the rows as read under the stock locks the caller still holds. Clears
   * the deltas: the caller writes them.
   */
  prepare(figures: ReadonlyMap<string, SummaryFigures>): { ids: string[]; allocated: string[]; backordered: string[]; events: DomainEvent[] } {
    for (const itemId of this.touched) if (!this.byItem.has(itemId)) this.byItem.set(itemId, { allocated: ZERO, backordered: ZERO });
    const entries = [...this.byItem]
      .filter(([itemId, d]) => !d.allocated.isZero() || !d.backordered.isZero() || this.touched.has(itemId))
      .sort(([a], [b]) => Number(a) - Number(b));
    const out = { ids: [] as string[], allocated: [] as string[], backordered: [] as string[], events: [] as DomainEvent[] };
    for (const [itemId, d] of entries) {
      const f = figures.get(itemId);
      if (!f) throw new Error(`no stock summary read for item ${itemId} in warehouse ${this.warehouseId}`);
      out.ids.push(f.id);
      out.allocated.push(toText(d.allocated));
      out.backordered.push(toText(d.backordered));
      out.events.push(this.event({ ...f, version: f.version + 1, allocated: toText(dec(f.allocated).plus(d.allocated)) }));
    }
    this.byItem.clear();
    this.touched.clear();
    return out;
  }

  /** The stock.changed event of a summary of this warehouse with these figures. */
  private event(s: Omit<SummaryFigures, 'held_elsewhere'>): DomainEvent {
    return stockChangedEvent({
      summaryId: s.id,
      version: s.version,
      itemId: s.item_id,
      sku: s.sku,
      warehouseId: this.warehouseId,
      warehouseCode: s.code,
      onHand: s.on_hand,
      sellableOnHand: s.sellable_on_hand,
      allocated: s.allocated,
      inTransit: s.in_transit,
      held: s.held,
    });
  }

  /**
   * Writes the deltas (one statement) and publishes each summary's stock.changed with its
   * new figures. The caller holds the stock locks of these rows.
   */
  async write(tx: TxContext): Promise<void> {
    for (const itemId of this.touched) if (!this.byItem.has(itemId)) this.byItem.set(itemId, { allocated: ZERO, backordered: ZERO });
    const entries = [...this.byItem].filter(([itemId, d]) => !d.allocated.isZero() || !d.backordered.isZero() || this.touched.has(itemId));
    if (!entries.length) return;
    const rows = await query<{ id: string; item_id: string; version: number; sku: string; code: string; on_hand: string; sellable_on_hand: string; allocated: string; in_transit: string; held: string }>(
      tx.em,
      `update stock_summaries s set allocated = s.allocated + v.allocated, backordered = greatest(s.backordered + v.backordered, 0), version = s.version + 1, updated_at = ?
       from unnest(?::bigint[], ?::numeric[], ?::numeric[]) as v(item, allocated, backordered), items i, warehouses w
       where s.item_id = v.item and s.warehouse_id = ? and i.id = s.item_id and w.id = s.warehouse_id
       returning s.id::text as id, s.item_id::text as item_id, s.version, i.sku, w.code, s.on_hand::text as on_hand, s.sellable_on_hand::text as sellable_on_hand,
                 s.allocated::text as allocated, s.in_transit::text as in_transit, ${liveHeldSql('s.item_id', 's.warehouse_id')}::text as held`,
      [tx.tx.now, entries.map(([k]) => k), entries.map(([, d]) => toText(d.allocated)), entries.map(([, d]) => toText(d.backordered)), this.warehouseId],
    );
    for (const s of rows.sort((a, b) => Number(a.item_id) - Number(b.item_id))) publish(tx, this.event(s));
    this.byItem.clear();
    this.touched.clear();
  }
}

/** A stock summary as a reservation reads it under the stock locks: its figures, and the live checkout holds on it. */
export interface SummaryFigures {
  id: string;
  item_id: string;
  version: number;
  sku: string;
  code: string;
  on_hand: string;
  sellable_on_hand: string;
  allocated: string;
  in_transit: string;
  /** Every live hold. */
  held: string;
  /** Live holds other than the one the command consumes. */
  held_elsewhere: string;
}

interface CandidateRow {
  item_id: string;
  location_id: string;
  lot_id: string | null;
  expiry_date: string | null;
  first_in: string;
  pick_sequence: number | null;
  code: string;
  free: string;
}

/**
 * What a reservation reads, in one statement, under the stock locks the caller holds:
 * the summaries ($2: items, in warehouse $1) with their live holds (all, and other than
 * hold $5), and the stock that can be allocated ($3: items) in sellable, active locations
 * other than $4: on hand minus the open allocations there, with what FEFO / FIFO orders by.
 */
const RESERVATION_READ = statement(`
select (select coalesce(json_agg(json_build_object(
          'id', s.id::text, 'item_id', s.item_id::text, 'version', s.version, 'sku', i.sku, 'code', w.code, 'on_hand', s.on_hand::text,
          'sellable_on_hand', s.sellable_on_hand::text, 'allocated', s.allocated::text, 'in_transit', s.in_transit::text,
          'held', ${liveHeldSql('s.item_id', 's.warehouse_id')}::text, 'held_elsewhere', ${liveHeldSql('s.item_id', 's.warehouse_id', '$5::bigint')}::text)), '[]')
        from stock_summaries s join items i on i.id = s.item_id join warehouses w on w.id = s.warehouse_id
        where s.warehouse_id = $1::bigint and s.item_id = any($2::bigint[])) as summaries,
       (select coalesce(json_agg(c), '[]') from (
          select b.item_id::text as item_id, b.location_id::text as location_id, b.lot_id::text as lot_id, to_char(lot.expiry_date, 'YYYY-MM-DD') as expiry_date,
                 to_char(coalesce(lot.created_at, b.created_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as first_in, loc.pick_sequence, loc.code,
                 (b.on_hand - coalesce((select sum(a.quantity - a.quantity_picked) from stock_allocations a
                                        where a.status = '${AllocationStatus.OPEN}' and a.item_id = b.item_id and a.warehouse_id = b.warehouse_id and a.location_id = b.location_id
                                          and coalesce(a.lot_id, 0) = coalesce(b.lot_id, 0)), 0))::text as free
          from stock_balances b join locations loc on loc.id = b.location_id left join lots lot on lot.id = b.lot_id
          where b.warehouse_id = $1::bigint and b.item_id = any($3::bigint[]) and b.on_hand > 0 and loc.sellable and loc.active and not (b.location_id = any($4::bigint[]))) c) as candidates`);

export interface ReservationOptions {
  minExpiry: string | null;
  /** The hold the command consumes: its lines do not count against the demand. */
  exceptHoldId?: string | null;
  excludeLocationIds?: readonly string[];
  deltas: SummaryDeltas;
  /** More items whose summaries the command publishes (a consumed hold's): read with the demand's. */
  alsoRead?: readonly string[];
}

export interface ReservationPlan {
  /** Per demand, in the order given: what it gets. */
  reserved: { orderId: string; lineId: string; quantity: Decimal }[];
  /** Where from: the allocation rows to write. */
  picks: Pick[];
  /** The summaries as read under the locks, by item. */
  figures: Map<string, SummaryFigures>;
}

/**
 * Plans the reservation of demands (in the order given) in one warehouse, under the stock
 * locks the caller holds for every (item, warehouse): at most what is available after
 * other carts' live holds, from sellable, active locations, by FEFO then FIFO
 * (allocation-plan.ts), never a lot expiring before `minExpiry`. One statement; adds the
 * allocated quantities to `deltas`. The caller writes the allocation rows (or `reserve` does).
 */
export async function planReservation(tx: TxContext, warehouseId: string, demands: readonly LineDemand[], options: ReservationOptions): Promise<ReservationPlan> {
  const want = demands.filter((d) => d.quantity.gt(0));
  const itemIds = [...new Set(want.map((d) => d.itemId))];
  const readItems = [...new Set([...itemIds, ...(options.alsoRead ?? [])])];
  if (!readItems.length) return { reserved: [], picks: [], figures: new Map() };
  const [row] = await withConnection(tx.em, (c) =>
    c.rows<{ summaries: SummaryFigures[]; candidates: CandidateRow[] }>(RESERVATION_READ, [warehouseId, readItems, itemIds, options.excludeLocationIds ?? [], options.exceptHoldId ?? '0']),
  );
  const figures = new Map((row?.summaries ?? []).map((s) => [s.item_id, s]));
  const cap = new Map<string, Decimal>();
  for (const s of figures.values()) {
    // The row's allocated plus what this command reserved or released and has not written yet (a backorder fill over several orders, a short pick).
    const allocated = dec(s.allocated).plus(options.deltas.pendingAllocated(s.item_id));
    cap.set(s.item_id, Decimal.max(ZERO, dec(s.sellable_on_hand).minus(allocated).minus(s.held_elsewhere)));
  }
  const candidates: Candidate[] = (row?.candidates ?? []).map((r) => ({
    itemId: r.item_id,
    locationId: r.location_id,
    lotId: r.lot_id,
    expiryDate: r.expiry_date,
    firstIn: r.first_in,
    pickSequence: r.pick_sequence,
    locationCode: r.code,
    free: dec(r.free),
  }));
  const demandList: Demand[] = want.map((d) => ({ key: d.lineId, itemId: d.itemId, quantity: d.quantity }));
  const picks = planAllocation(demandList, candidates, cap, options.minExpiry);
  const byLine = new Map<string, Decimal>();
  for (const p of picks) {
    byLine.set(p.key, (byLine.get(p.key) ?? ZERO).plus(p.quantity));
    options.deltas.add(p.candidate.itemId, p.quantity, ZERO);
  }
  return { reserved: want.map((d) => ({ orderId: d.orderId, lineId: d.lineId, quantity: byLine.get(d.lineId) ?? ZERO })), picks, figures };
}

/** Plans a reservation (planReservation) and writes its allocation rows. */
export async function reserve(tx: TxContext, warehouseId: string, demands: readonly LineDemand[], options: ReservationOptions): Promise<Reserved[]> {
  const plan = await planReservation(tx, warehouseId, demands, options);
  if (!plan.reserved.length) return [];
  const written = await insertAllocations(tx, warehouseId, plan.picks, new Map(demands.map((d) => [d.lineId, d])));
  return plan.reserved.map((r) => ({
    ...r,
    allocations: written.filter((w) => w.line_id === r.lineId).map((w) => ({ id: w.id, locationId: w.location_id, lotId: w.lot_id, quantity: w.quantity })),
  }));
}

async function insertAllocations(
  tx: TxContext,
  warehouseId: string,
  picks: readonly Pick[],
  demands: ReadonlyMap<string, LineDemand>,
): Promise<{ id: string; line_id: string; location_id: string; lot_id: string | null; quantity: string }[]> {
  if (!picks.length) return [];
  return query(
    tx.em,
    `insert into stock_allocations (order_id, order_line_id, item_id, warehouse_id, location_id, lot_id, quantity, status, created_at, updated_at)
     select v.order_id, v.line_id, v.item_id, ?, v.location_id, v.lot_id, v.quantity, '${AllocationStatus.OPEN}', ?, ?
     from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::numeric[]) as v(order_id, line_id, item_id, location_id, lot_id, quantity)
     returning id::text as id, order_line_id::text as line_id, location_id::text as location_id, lot_id::text as lot_id, quantity::text as quantity`,
    [
      warehouseId,
      tx.tx.now,
      tx.tx.now,
      picks.map((p) => (demands.get(p.key) as LineDemand).orderId),
      picks.map((p) => p.key),
      picks.map((p) => p.candidate.itemId),
      picks.map((p) => p.candidate.locationId),
      picks.map((p) => p.candidate.lotId),
      picks.map((p) => toText(p.quantity)),
    ],
  );
}

/** The earliest expiry a lot may have to be allocated: ship date plus the customer's minimum shelf life. */
export function minExpiryFor(requestedShipDate: string | null, today: Date, minShelfLifeDays: number): string {
  const base = requestedShipDate && requestedShipDate > today.toISOString().slice(0, 10) ? new Date(`${requestedShipDate}T00:00:00Z`) : new Date(today.toISOString().slice(0, 10) + 'T00:00:00Z');
  base.setUTCDate(base.getUTCDate() + Math.max(0, minShelfLifeDays));
  return base.toISOString().slice(0, 10);
}
