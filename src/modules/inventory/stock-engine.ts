import { faultPoint } from '../../db/faults';
import { queryOne } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { actorOf } from '../../auth/principal';
import { type Item, TrackingMode, ValuationMethod } from '../catalog/item.entity';
import { publish } from '../events/outbox';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import type { AccountResolver } from '../ledger/account-mapping.service';
import type { JournalEntry } from '../ledger/journal-entry.entity';
import type { ValueDelta } from '../ledger/posting-rules';
import { type Location, LocationType } from '../warehouse/location.entity';
import type { Warehouse } from '../warehouse/warehouse.entity';
import { averageCost, consumeLayers, receiptValue, takeValue, unitCostOf } from './costing';
import { InventoryErrorCode } from './inventory-errors';
import { lockPlaces, lockStock } from './locks';
import { type Lot, type Serial, SerialStatus } from './lot.entity';
import { StockBalance, StockSummary } from './stock-balance.entity';
import { LayerKind, MoveReason, MoveValuation, StockLayer, StockMove, StockMoveSerial } from './stock-move.entity';

export const STOCK_CHANGED = 'stock.changed';

export interface StockFigures {
  summaryId: string;
  version: number;
  itemId: string;
  sku: string;
  warehouseId: string;
  warehouseCode: string;
  onHand: string;
  sellableOnHand: string;
  allocated: string;
  inTransit: string;
}

/** The `stock.changed` event of an item in a warehouse: its figures after the change, under the stock lock. */
export function publishStockChanged(tx: TxContext, s: StockFigures): void {
  publish(tx, {
    topic: STOCK_CHANGED,
    aggregateType: 'StockSummary',
    aggregateId: s.summaryId,
    aggregateVersion: s.version,
    payload: {
      itemId: s.itemId,
      sku: s.sku,
      warehouseId: s.warehouseId,
      warehouseCode: s.warehouseCode,
      onHand: toText(s.onHand),
      sellableOnHand: toText(s.sellableOnHand),
      allocated: toText(s.allocated),
      available: toText(dec(s.sellableOnHand).minus(s.allocated)),
      inTransit: toText(s.inTransit),
    },
  });
}

/** One intended movement of stock, resolved to entities by the calling service. */
export interface MoveRequest {
  item: Item;
  quantity: Decimal;
  from: Location | null;
  to: Location | null;
  lot: Lot | null;
  serials: Serial[];
  reason: MoveReason;
  reasonCode?: string | null;
  /** Stock appearing from nowhere (receipt, gain): cost per unit; for a gain, null means "current cost". */
  unitCost?: Decimal | null;
  /** Transfers: the transfer whose in-transit layers the stock enters or leaves. */
  transferId?: string | null;
  /** Where value goes when it leaves inventory, or comes from when it enters (GRNI, SHRINKAGE). */
  counter?: AccountPurpose | null;
  /** Path of the input line, for error fields. */
  field: readonly string[];
}

export interface DocumentRef {
  type: string;
  id: string;
  occurredAt: Date;
}

interface ValuationDraft {
  layer: StockLayer;
  quantity: Decimal;
  value: Decimal;
}

interface MoveDraft {
  request: MoveRequest;
  quantity: Decimal;
  value: Decimal;
  valuations: ValuationDraft[];
  reason: MoveReason;
}

export interface StockPlan {
  doc: DocumentRef;
  moves: MoveDraft[];
  deltas: ValueDelta[];
}

interface Pool {
  key: string;
  item: Item;
  warehouse: Warehouse;
  kind: LayerKind;
  transferId: string | null;
  /** Non-empty layers in id order (FIFO order), plus any created in this command. */
  layers: StockLayer[];
}

/**
 * The one path by which stock changes. For a list of moves it locks the stock of every
 * item and warehouse involved (in id order), checks the rules (no negative stock unless
 * the warehouse allows it, lots and serials as the item's tracking says), updates the
 * maintained balances and summaries, and takes cost from or adds cost to layers. It
 * returns the sub-ledger deltas, from which the posting rules make the journal entry;
 * `record` then writes the moves, linked to that entry. Both halves run in the caller's
 * transaction, so stock and ledger commit together or not at all.
 */
export class StockEngine {
  async plan(tx: TxContext, doc: DocumentRef, requests: readonly MoveRequest[], accounts: AccountResolver): Promise<StockPlan> {
    const pairs = requests.flatMap((r) => [
      ...(r.from ? [{ itemId: r.item.id, warehouseId: r.from.warehouse.id }] : []),
      ...(r.to ? [{ itemId: r.item.id, warehouseId: r.to.warehouse.id }] : []),
    ]);
    await lockPlaces(tx, requests.flatMap((r) => [r.from, r.to]).filter((l): l is Location => l !== null));
    for (const r of requests) {
      if (r.to && !r.to.active) throw new DomainError(InventoryErrorCode.INACTIVE_LOCATION, `Location ${r.to.code} is inactive.`, { field: r.field });
    }
    await lockStock(tx, pairs);
    const run = new PlanRun(tx, doc, accounts);
    for (const request of requests) await run.apply(request);
    await run.finish();
    return run.result();
  }

  /** Writes the planned moves, their serials and valuations, linked to the command's journal entry. */
  async record(tx: TxContext, plan: StockPlan, entry: JournalEntry | null): Promise<StockMove[]> {
    const actor = actorOf(tx.principal);
    const moves: StockMove[] = [];
    for (const m of plan.moves) {
      const r = m.request;
      const move = tx.em.create(StockMove, {
        item: r.item,
        lot: r.lot,
        quantity: toText(m.quantity),
        fromLocation: r.from,
        toLocation: r.to,
        fromWarehouse: r.from ? r.from.warehouse.id : null,
        toWarehouse: r.to ? r.to.warehouse.id : null,
        unitCost: toText(unitCostOf(m.value.abs(), m.quantity)),
        value: toText(m.value),
        reason: m.reason,
        reasonCode: r.reasonCode ?? null,
        documentType: plan.doc.type,
        documentId: plan.doc.id,
        journalEntry: entry,
        actor,
        occurredAt: plan.doc.occurredAt,
        recordedAt: tx.tx.now,
      });
      if (m.reason !== MoveReason.REVALUATION) {
        for (const serial of r.serials) tx.em.create(StockMoveSerial, { move, serial });
      }
      for (const v of m.valuations) {
        tx.em.create(MoveValuation, { move, layer: v.layer, account: v.layer.account.id, quantity: toText(v.quantity), value: toText(v.value) });
      }
      moves.push(move);
    }
    await tx.em.flush();
    faultPoint('inventory.after-stock-write');
    return moves;
  }
}

class PlanRun {
  private readonly moves: MoveDraft[] = [];
  private readonly deltas: ValueDelta[] = [];
  private readonly pools = new Map<string, Pool>();
  private readonly balances = new Map<string, StockBalance>();
  private readonly summaries = new Map<string, StockSummary>();
  private readonly minor: number;

  constructor(
    private readonly tx: TxContext,
    private readonly doc: DocumentRef,
    private readonly accounts: AccountResolver,
  ) {
    this.minor = tx.config.currencyMinorUnit;
  }

  result(): StockPlan {
    return { doc: this.doc, moves: this.moves, deltas: this.deltas };
  }

  async apply(r: MoveRequest): Promise<void> {
    this.validateTracking(r);
    if (r.from) await this.takeOut(r, r.from);
    if (r.to) await this.putIn(r, r.to);
    this.moveSerials(r);

    const fromPool = r.from ? await this.pool(r.item, r.from.warehouse.getEntity(), kindOf(r.from), r.from.type === LocationType.TRANSIT ? r.transferId ?? null : null) : null;
    const toPool = r.to ? await this.pool(r.item, r.to.warehouse.getEntity(), kindOf(r.to), r.to.type === LocationType.TRANSIT ? r.transferId ?? null : null) : null;
    const draft: MoveDraft = { request: r, quantity: r.quantity, value: ZERO, valuations: [], reason: r.reason };
    this.moves.push(draft);
    if (fromPool && toPool && fromPool.key === toPool.key) return; // same cost pool: no value moves

    let inbound: { quantity: Decimal; value: Decimal }[];
    if (fromPool) {
      // Value leaving the pool goes to the destination pool, or (an issue, a loss) to the counter account.
      const counter = toPool ? null : this.counterAccount(r, fromPool);
      const taken = await this.consume(fromPool, r, draft, counter);
      draft.value = taken.reduce((s, t) => s.plus(t.value), ZERO);
      inbound = taken;
    } else {
      const unitCost = r.unitCost ?? (await this.currentCost(r, toPool as Pool));
      draft.value = inRange(receiptValue(r.quantity, unitCost, this.minor), MAX_VALUE, [...r.field, 'unitCost']);
      inbound = [{ quantity: r.quantity, value: draft.value }];
    }
    if (toPool) {
      for (const chunk of inbound) await this.add(toPool, chunk.quantity, chunk.value, r, draft, fromPool === null);
    }
  }

  /** Locks were taken before: publish the new stock figures of every touched summary. */
  async finish(): Promise<void> {
    for (const summary of this.summaries.values()) {
      summary.version += 1;
      const item = summary.item.getEntity();
      const warehouse = summary.warehouse.getEntity();
      publishStockChanged(this.tx, {
        summaryId: summary.id,
        version: summary.version,
        itemId: item.id,
        sku: item.sku,
        warehouseId: warehouse.id,
        warehouseCode: warehouse.code,
        onHand: summary.onHand,
        sellableOnHand: summary.sellableOnHand,
        allocated: summary.allocated,
        inTransit: summary.inTransit,
      });
    }
    await this.tx.em.flush();
  }

  private validateTracking(r: MoveRequest): void {
    const item = r.item;
    const f = (name: string) => [...r.field, name];
    if (!r.quantity.gt(0)) throw new DomainError(InventoryErrorCode.NOT_POSITIVE, `Quantity must be greater than zero, got ${toText(r.quantity)}.`, { field: f('quantity') });
    if (item.trackingMode === TrackingMode.LOT && !r.lot) throw new DomainError(InventoryErrorCode.LOT_REQUIRED, `${item.sku} is lot-tracked: give a lot number.`, { field: f('lotNumber') });
    if (item.trackingMode !== TrackingMode.LOT && r.lot) throw new DomainError(InventoryErrorCode.LOT_NOT_TRACKED, `${item.sku} is not lot-tracked: give no lot number.`, { field: f('lotNumber') });
    if (item.trackingMode === TrackingMode.SERIAL) {
      if (r.serials.length === 0) throw new DomainError(InventoryErrorCode.SERIALS_REQUIRED, `${item.sku} is serial-tracked: give its serial numbers.`, { field: f('serialNumbers') });
      if (!r.quantity.eq(r.serials.length)) {
        throw new DomainError(InventoryErrorCode.SERIAL_COUNT_MISMATCH, `${r.serials.length} serial numbers given for a quantity of ${toText(r.quantity)}.`, { field: f('serialNumbers') });
      }
    } else if (r.serials.length > 0) {
      throw new DomainError(InventoryErrorCode.SERIALS_NOT_TRACKED, `${item.sku} is not serial-tracked: give no serial numbers.`, { field: f('serialNumbers') });
    }
  }

  private async takeOut(r: MoveRequest, from: Location): Promise<void> {
    const balance = await this.balance(r.item, from, r.lot);
    const after = dec(balance.onHand).minus(r.quantity);
    if (after.lt(0)) {
      const warehouse = from.warehouse.getEntity();
      const mayGoNegative = warehouse.allowNegativeStock && r.item.trackingMode !== TrackingMode.SERIAL && from.type !== LocationType.TRANSIT;
      if (!mayGoNegative) {
        throw new DomainError(
          InventoryErrorCode.INSUFFICIENT_STOCK,
          `Only ${toText(balance.onHand)} of ${r.item.sku}${r.lot ? ` lot ${r.lot.lotNumber}` : ''} on hand in ${warehouse.code}/${from.code}; ${toText(r.quantity)} requested.`,
          { field: [...r.field, 'quantity'], details: { onHand: toText(balance.onHand), requested: toText(r.quantity) } },
        );
      }
    }
    balance.onHand = toText(after);
    const summary = await this.summary(r.item, from.warehouse.getEntity());
    if (from.type === LocationType.TRANSIT) summary.inTransit = toText(dec(summary.inTransit).minus(r.quantity));
    else summary.onHand = toText(dec(summary.onHand).minus(r.quantity));
    if (from.sellable) summary.sellableOnHand = toText(dec(summary.sellableOnHand).minus(r.quantity));
  }

  private async putIn(r: MoveRequest, to: Location): Promise<void> {
    const field = [...r.field, 'quantity'];
    const add = (current: string) => toText(inRange(dec(current).plus(r.quantity), MAX_QUANTITY, field));
    const balance = await this.balance(r.item, to, r.lot);
    balance.onHand = add(balance.onHand);
    const summary = await this.summary(r.item, to.warehouse.getEntity());
    if (to.type === LocationType.TRANSIT) summary.inTransit = add(summary.inTransit);
    else summary.onHand = add(summary.onHand);
    if (to.sellable) summary.sellableOnHand = add(summary.sellableOnHand);
  }

  private moveSerials(r: MoveRequest): void {
    const seen = new Set<string>();
    for (const serial of r.serials) {
      if (seen.has(serial.serialNumber)) {
        throw new DomainError(InventoryErrorCode.DUPLICATE_SERIAL, `Serial ${serial.serialNumber} is listed twice.`, { field: [...r.field, 'serialNumbers'] });
      }
      seen.add(serial.serialNumber);
      if (r.from) {
        if (serial.status === SerialStatus.GONE || serial.location?.id !== r.from.id) {
          throw new DomainError(InventoryErrorCode.SERIAL_NOT_AVAILABLE, `Serial ${serial.serialNumber} of ${r.item.sku} is not in ${r.from.code}.`, {
            field: [...r.field, 'serialNumbers'],
          });
        }
      } else if (serial.status !== SerialStatus.GONE) {
        throw new DomainError(InventoryErrorCode.SERIAL_IN_STOCK, `Serial ${serial.serialNumber} of ${r.item.sku} is already in stock.`, { field: [...r.field, 'serialNumbers'] });
      }
      if (r.to) {
        serial.status = r.to.type === LocationType.TRANSIT ? SerialStatus.IN_TRANSIT : SerialStatus.IN_STOCK;
        serial.location = r.to as never;
        serial.warehouse = r.to.warehouse as never;
        serial.lot = (r.lot ?? null) as never;
      } else {
        serial.status = SerialStatus.GONE;
        serial.location = null;
        serial.warehouse = null;
      }
      serial.version += 1;
    }
  }

  /** Takes the move's quantity from a pool's layers (FIFO order); a shortfall goes below zero at the last known cost. */
  private async consume(pool: Pool, r: MoveRequest, draft: MoveDraft, counter: string | null): Promise<{ quantity: Decimal; value: Decimal }[]> {
    const views = pool.layers.map((l, i) => ({ id: String(i), quantity: dec(l.quantityRemaining), value: dec(l.valueRemaining), layer: l }));
    const { takes, shortfall } = consumeLayers(views, r.quantity, this.minor);
    const out: { quantity: Decimal; value: Decimal }[] = [];
    for (const t of takes) {
      const layer = (views[Number(t.layerId)] as (typeof views)[number]).layer;
      this.changeLayer(layer, t.quantity.neg(), t.value.neg(), draft);
      this.pushDelta(layer, t.value.neg(), counter);
      out.push({ quantity: t.quantity, value: t.value });
    }
    if (shortfall.gt(0)) {
      const last = takes[takes.length - 1];
      const cost = last ? unitCostOf(last.value, last.quantity) : await this.fallbackCost(pool);
      const value = receiptValue(shortfall, cost, this.minor);
      const deficit = pool.layers.find((l) => dec(l.quantityRemaining).lt(0)) ?? this.newLayer(pool, this.inventoryAccount(pool));
      this.changeLayer(deficit, shortfall.neg(), value.neg(), draft);
      this.pushDelta(deficit, value.neg(), counter);
      out.push({ quantity: shortfall, value });
    }
    return out;
  }

  /**
   * Puts quantity and value into a pool. FIFO: a new layer, after first settling any
   * stock issued below zero. Moving average: merged into the pool's layer. A layer left
   * with no quantity but some value (the cost difference of stock issued below zero)
   * is written off to COGS by a revaluation.
   */
  private async add(pool: Pool, quantity: Decimal, value: Decimal, r: MoveRequest, draft: MoveDraft, fromOutside: boolean): Promise<void> {
    const counter = fromOutside ? this.counterAccount(r, pool) : null;
    const account = this.inventoryAccount(pool);
    let q = quantity;
    let v = value;
    // Stock issued below zero is settled first, at the incoming cost; the difference from
    // the cost it was issued at goes to COGS (writeOffResidual). Both valuation methods.
    for (const deficit of pool.layers.filter((l) => dec(l.quantityRemaining).lt(0))) {
      if (q.lte(0)) break;
      const owed = dec(deficit.quantityRemaining).neg();
      const settle = owed.lte(q) ? owed : q;
      const settleValue = takeValue({ quantity: q, value: v }, settle, this.minor);
      this.changeLayer(deficit, settle, settleValue, draft);
      this.pushDelta(deficit, settleValue, counter);
      q = q.minus(settle);
      v = v.minus(settleValue);
      this.writeOffResidual(pool, deficit, r);
    }
    if (q.lte(0)) return;
    const movingAverage = pool.item.valuationMethod === ValuationMethod.MOVING_AVERAGE && pool.kind === LayerKind.STOCK;
    const layer = movingAverage
      ? ([...pool.layers].reverse().find((l) => l.account.id === account && dec(l.quantityRemaining).gte(0)) ?? this.newLayer(pool, account))
      : this.newLayer(pool, account);
    this.changeLayer(layer, q, v, draft);
    this.pushDelta(layer, v, counter);
  }

  private writeOffResidual(pool: Pool, layer: StockLayer, r: MoveRequest): void {
    const residual = dec(layer.valueRemaining);
    if (!dec(layer.quantityRemaining).isZero() || residual.isZero()) return;
    const draft: MoveDraft = { request: { ...r, serials: [] }, quantity: ZERO, value: residual.neg(), valuations: [], reason: MoveReason.REVALUATION };
    this.changeLayer(layer, ZERO, residual.neg(), draft);
    this.pushDelta(layer, residual.neg(), this.accounts.account(AccountPurpose.COGS, this.scope(pool)));
    this.moves.push(draft);
  }

  private changeLayer(layer: StockLayer, quantity: Decimal, value: Decimal, draft: MoveDraft): void {
    const field = [...draft.request.field, 'quantity'];
    layer.quantityRemaining = toText(inRange(dec(layer.quantityRemaining).plus(quantity), MAX_QUANTITY, field));
    layer.valueRemaining = toText(inRange(dec(layer.valueRemaining).plus(value), MAX_VALUE, field));
    if (quantity.gt(0) || (quantity.isZero() && value.gt(0))) {
      layer.quantityIn = toText(inRange(dec(layer.quantityIn).plus(quantity), MAX_QUANTITY, field));
      layer.valueIn = toText(inRange(dec(layer.valueIn).plus(value), MAX_VALUE, field));
    }
    const existing = draft.valuations.find((d) => d.layer === layer);
    if (existing) {
      existing.quantity = existing.quantity.plus(quantity);
      existing.value = existing.value.plus(value);
    } else {
      draft.valuations.push({ layer, quantity, value });
    }
  }

  private pushDelta(layer: StockLayer, value: Decimal, counterAccountId: string | null): void {
    if (value.isZero()) return;
    this.deltas.push({ accountId: layer.account.id, value, itemId: layer.item.id, warehouseId: layer.warehouse.id, counterAccountId });
  }

  private newLayer(pool: Pool, accountId: string): StockLayer {
    const layer = this.tx.em.create(StockLayer, {
      item: pool.item,
      warehouse: pool.warehouse,
      kind: pool.kind,
      transferId: pool.transferId,
      account: accountId,
      quantityIn: '0',
      valueIn: '0',
      quantityRemaining: '0',
      valueRemaining: '0',
      createdAt: this.tx.tx.now,
    });
    pool.layers.push(layer);
    return layer;
  }

  private scope(pool: Pool): { warehouseId: string; categoryId: string | null } {
    return { warehouseId: pool.warehouse.id, categoryId: pool.item.category?.id ?? null };
  }

  private inventoryAccount(pool: Pool): string {
    return this.accounts.account(pool.kind === LayerKind.TRANSIT ? AccountPurpose.IN_TRANSIT : AccountPurpose.INVENTORY, this.scope(pool));
  }

  private counterAccount(r: MoveRequest, pool: Pool): string {
    if (!r.counter) throw new Error(`a ${r.reason} move that enters or leaves inventory needs a counter account`);
    return this.accounts.account(r.counter, this.scope(pool));
  }

  /** Cost of stock that appears with no cost given (a gain): the pool's average, else its latest cost, else the item's standard cost. */
  private async currentCost(r: MoveRequest, pool: Pool): Promise<Decimal> {
    const average = averageCost(pool.layers.map((l) => ({ id: l.id, quantity: dec(l.quantityRemaining), value: dec(l.valueRemaining) })));
    if (average !== null) return average;
    const latest = await this.latestCost(pool);
    if (latest !== null) return latest;
    if (r.item.standardCost != null) return dec(r.item.standardCost);
    throw new DomainError(
      InventoryErrorCode.COST_REQUIRED,
      `No cost is known for ${r.item.sku} in this warehouse: give unitCost, or set the item's standard cost.`,
      { field: [...r.field, 'unitCost'] },
    );
  }

  /** Cost for stock issued below zero when nothing is left to take it from: the deficit's cost, the latest layer's, the standard cost, or zero. */
  private async fallbackCost(pool: Pool): Promise<Decimal> {
    const negative = pool.layers.find((l) => dec(l.quantityRemaining).lt(0));
    if (negative) return unitCostOf(dec(negative.valueRemaining), dec(negative.quantityRemaining));
    return (await this.latestCost(pool)) ?? (pool.item.standardCost != null ? dec(pool.item.standardCost) : ZERO);
  }

  private async latestCost(pool: Pool): Promise<Decimal | null> {
    const row = await queryOne<{ value_in: string; quantity_in: string }>(
      this.tx.em,
      `select value_in, quantity_in from stock_layers where item_id = ? and warehouse_id = ? and quantity_in > 0 order by id desc limit 1`,
      [pool.item.id, pool.warehouse.id],
    );
    return row ? unitCostOf(dec(row.value_in), dec(row.quantity_in)) : null;
  }

  private async pool(item: Item, warehouse: Warehouse, kind: LayerKind, transferId: string | null): Promise<Pool> {
    const key = `${item.id}|${warehouse.id}|${kind}|${transferId ?? ''}`;
    let pool = this.pools.get(key);
    if (!pool) {
      const layers = await this.tx.em.find(
        StockLayer,
        { item: item.id, warehouse: warehouse.id, kind, transferId, $or: [{ quantityRemaining: { $ne: '0' } }, { valueRemaining: { $ne: '0' } }] },
        { orderBy: { id: 'asc' } },
      );
      pool = { key, item, warehouse, kind, transferId, layers };
      this.pools.set(key, pool);
    }
    return pool;
  }

  private async balance(item: Item, location: Location, lot: Lot | null): Promise<StockBalance> {
    const key = `${item.id}|${location.id}|${lot?.id ?? ''}`;
    let balance = this.balances.get(key);
    if (!balance) {
      balance =
        (await this.tx.em.findOne(StockBalance, { item: item.id, location: location.id, lot: lot ? lot.id : null })) ??
        this.tx.em.create(StockBalance, { item, location, warehouse: location.warehouse.id, lot, onHand: '0' });
      this.balances.set(key, balance);
    }
    return balance;
  }

  private async summary(item: Item, warehouse: Warehouse): Promise<StockSummary> {
    const key = `${item.id}|${warehouse.id}`;
    let summary = this.summaries.get(key);
    if (!summary) {
      summary = await this.tx.em.findOneOrFail(StockSummary, { item: item.id, warehouse: warehouse.id }, { populate: ['item', 'warehouse'] });
      this.summaries.set(key, summary);
    }
    return summary;
  }
}

/** What the columns hold: quantities NUMERIC(24,6), values NUMERIC(24,4). */
const MAX_QUANTITY = new Decimal('1e18');
const MAX_VALUE = new Decimal('1e20');

function inRange(value: Decimal, limit: Decimal, field: readonly string[]): Decimal {
  if (value.abs().gte(limit)) {
    throw new DomainError(InventoryErrorCode.OUT_OF_RANGE, `The result (${toText(value)}) is too large to record: quantities stay below 10^18 and values below 10^20.`, { field });
  }
  return value;
}

function kindOf(location: Location): LayerKind {
  return location.type === LocationType.TRANSIT ? LayerKind.TRANSIT : LayerKind.STOCK;
}
