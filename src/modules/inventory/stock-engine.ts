import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { TrackingMode, ValuationMethod } from '../catalog/item.entity';
import type { DomainEvent } from '../events/outbox';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import type { AccountResolver } from '../ledger/account-mapping.service';
import type { ValueDelta } from '../ledger/posting-rules';
import { LocationType } from '../warehouse/location.entity';
import { averageCost, consumeLayers, receiptValue, takeValue, unitCostOf } from './costing';
import { InventoryErrorCode } from './inventory-errors';
import { SerialStatus } from './lot.entity';
import { LayerKind, MoveReason } from './stock-move.entity';
import { type ItemRow, type LocationRow, type LotRow, type SerialRow, type StockState, type SummaryRow, balanceKey, itemWarehouseKey } from './stock-state';

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
  /** Live checkout holds (held.ts). */
  held: string;
  inTransit: string;
}

/**
 * The `stock.changed` event of an item in a warehouse: its figures after the change, under
 * the stock lock; `available` is sellable on hand minus allocated minus held. A hold that
 * expires publishes nothing (nothing runs then): a subscriber that shows `held` sees it
 * fall at the next change, or reads availability.
 */
export function stockChangedEvent(s: StockFigures): DomainEvent {
  return {
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
      held: toText(s.held),
      available: toText(dec(s.sellableOnHand).minus(s.allocated).minus(s.held)),
      inTransit: toText(s.inTransit),
    },
  };
}

/** One intended movement of stock, resolved against the command's StockState. */
export interface MoveRequest {
  item: ItemRow;
  quantity: Decimal;
  from: LocationRow | null;
  to: LocationRow | null;
  lot: LotRow | null;
  serials: SerialRow[];
  reason: MoveReason;
  reasonCode?: string | null;
  /** Stock appearing from nowhere (receipt, gain): cost per unit; for a gain, null means "current cost". */
  unitCost?: Decimal | null;
  /**
   * Stock appearing from nowhere at an exact value (a customer return comes back at the COGS
   * it left with): used as is, not rounded from a unit cost; overrides unitCost.
   */
  value?: Decimal | null;
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

/** A cost layer as the plan leaves it: an existing row (id) or a new one (ord, its place among the new ones). */
export interface PlannedLayer {
  id: string | null;
  ord: number | null;
  itemId: string;
  warehouseId: string;
  kind: LayerKind;
  transferId: string | null;
  accountId: string;
  quantityIn: Decimal;
  valueIn: Decimal;
  quantityRemaining: Decimal;
  valueRemaining: Decimal;
  changed: boolean;
}

export interface PlannedValuation {
  layer: PlannedLayer;
  quantity: Decimal;
  value: Decimal;
}

export interface PlannedMove {
  request: MoveRequest;
  quantity: Decimal;
  value: Decimal;
  valuations: PlannedValuation[];
  reason: MoveReason;
}

export interface PlannedBalance {
  itemId: string;
  locationId: string;
  warehouseId: string;
  lotId: string | null;
  onHand: Decimal;
}

export interface PlannedSummary {
  row: SummaryRow;
  sku: string;
  warehouseCode: string;
  onHand: Decimal;
  sellableOnHand: Decimal;
  inTransit: Decimal;
  /** Reserved for orders and not picked yet: the row's figure unless the document changes it (a pick consumes its allocation). */
  allocated: Decimal;
  version: number;
}

export interface PlannedSerial {
  row: SerialRow;
  status: SerialStatus;
  locationId: string | null;
  warehouseId: string | null;
  lotId: string | null;
  version: number;
}

/** What a stock command will write: computed in memory from its locked state, written in one statement. */
export interface StockPlan {
  doc: DocumentRef;
  moves: PlannedMove[];
  deltas: ValueDelta[];
  balances: PlannedBalance[];
  summaries: PlannedSummary[];
  layers: PlannedLayer[];
  serials: PlannedSerial[];
}

interface Pool {
  key: string;
  item: ItemRow;
  warehouseId: string;
  kind: LayerKind;
  transferId: string | null;
  /** Non-empty layers in id order (FIFO order), plus any created in this command. */
  layers: PlannedLayer[];
}

/**
 * The one path by which stock changes. Given the command's state (read under its locks,
 * stock-state.ts) and a list of moves, it checks the rules (no negative stock unless the
 * warehouse allows it, lots and serials as the item's tracking says, active locations),
 * computes the new balances and summaries, and takes cost from or adds cost to layers;
 * it returns the plan and the sub-ledger deltas from which the posting rules make the
 * journal entry. Nothing is written here: stock-write.ts writes the whole plan in one
 * statement of the caller's transaction, so stock and ledger commit together or not at all.
 */
export class StockEngine {
  plan(state: StockState, doc: DocumentRef, requests: readonly MoveRequest[], accounts: AccountResolver, minorUnit: number): StockPlan {
    for (const r of requests) {
      if (r.to && !r.to.active) throw new DomainError(InventoryErrorCode.INACTIVE_LOCATION, `Location ${r.to.code} is inactive.`, { field: r.field });
    }
    const run = new PlanRun(state, doc, accounts, minorUnit);
    for (const request of requests) run.apply(request);
    return run.result();
  }
}

class PlanRun {
  private readonly moves: PlannedMove[] = [];
  private readonly deltas: ValueDelta[] = [];
  private readonly pools = new Map<string, Pool>();
  private readonly balances = new Map<string, PlannedBalance>();
  private readonly summaries = new Map<string, PlannedSummary>();
  private readonly serials = new Map<string, PlannedSerial>();
  private newLayers = 0;

  constructor(
    private readonly state: StockState,
    private readonly doc: DocumentRef,
    private readonly accounts: AccountResolver,
    private readonly minor: number,
  ) {}

  result(): StockPlan {
    const layers: PlannedLayer[] = [];
    for (const pool of this.pools.values()) for (const l of pool.layers) if (l.changed) layers.push(l);
    const summaries = [...this.summaries.values()];
    for (const s of summaries) s.version = s.row.version + 1;
    return { doc: this.doc, moves: this.moves, deltas: this.deltas, balances: [...this.balances.values()], summaries, layers, serials: [...this.serials.values()] };
  }

  apply(r: MoveRequest): void {
    this.validateTracking(r);
    if (r.from) this.takeOut(r, r.from);
    if (r.to) this.putIn(r, r.to);
    this.moveSerials(r);

    const fromPool = r.from ? this.pool(r.item, r.from.warehouse_id, kindOf(r.from), r.from.type === LocationType.TRANSIT ? (r.transferId ?? null) : null) : null;
    const toPool = r.to ? this.pool(r.item, r.to.warehouse_id, kindOf(r.to), r.to.type === LocationType.TRANSIT ? (r.transferId ?? null) : null) : null;
    const draft: PlannedMove = { request: r, quantity: r.quantity, value: ZERO, valuations: [], reason: r.reason };
    this.moves.push(draft);
    if (fromPool && toPool && fromPool.key === toPool.key) return; // same cost pool: no value moves

    let inbound: { quantity: Decimal; value: Decimal }[];
    if (fromPool) {
      // Value leaving the pool goes to the destination pool, or (an issue, a loss) to the counter account.
      const counter = toPool ? null : this.counterAccount(r, fromPool);
      const taken = this.consume(fromPool, r, draft, counter);
      draft.value = taken.reduce((s, t) => s.plus(t.value), ZERO);
      inbound = taken;
    } else if (r.value != null) {
      if (r.value.lt(0)) throw new Error(`an incoming ${r.reason} move cannot carry a negative value`);
      draft.value = inRange(r.value, MAX_VALUE, [...r.field, 'quantity']);
      inbound = [{ quantity: r.quantity, value: draft.value }];
    } else {
      const unitCost = r.unitCost ?? this.currentCost(r, toPool as Pool);
      draft.value = inRange(receiptValue(r.quantity, unitCost, this.minor), MAX_VALUE, [...r.field, 'unitCost']);
      inbound = [{ quantity: r.quantity, value: draft.value }];
    }
    if (toPool) {
      for (const chunk of inbound) this.add(toPool, chunk.quantity, chunk.value, r, draft, fromPool === null);
    }
  }

  private validateTracking(r: MoveRequest): void {
    const item = r.item;
    const f = (name: string) => [...r.field, name];
    if (!r.quantity.gt(0)) throw new DomainError(InventoryErrorCode.NOT_POSITIVE, `Quantity must be greater than zero, got ${toText(r.quantity)}.`, { field: f('quantity') });
    if (item.tracking_mode === TrackingMode.LOT && !r.lot) throw new DomainError(InventoryErrorCode.LOT_REQUIRED, `${item.sku} is lot-tracked: give a lot number.`, { field: f('lotNumber') });
    if (item.tracking_mode !== TrackingMode.LOT && r.lot) throw new DomainError(InventoryErrorCode.LOT_NOT_TRACKED, `${item.sku} is not lot-tracked: give no lot number.`, { field: f('lotNumber') });
    if (item.tracking_mode === TrackingMode.SERIAL) {
      if (r.serials.length === 0) throw new DomainError(InventoryErrorCode.SERIALS_REQUIRED, `${item.sku} is serial-tracked: give its serial numbers.`, { field: f('serialNumbers') });
      if (!r.quantity.eq(r.serials.length)) {
        throw new DomainError(InventoryErrorCode.SERIAL_COUNT_MISMATCH, `${r.serials.length} serial numbers given for a quantity of ${toText(r.quantity)}.`, { field: f('serialNumbers') });
      }
    } else if (r.serials.length > 0) {
      throw new DomainError(InventoryErrorCode.SERIALS_NOT_TRACKED, `${item.sku} is not serial-tracked: give no serial numbers.`, { field: f('serialNumbers') });
    }
  }

  private takeOut(r: MoveRequest, from: LocationRow): void {
    const balance = this.balance(r.item, from, r.lot);
    const after = balance.onHand.minus(r.quantity);
    if (after.lt(0)) {
      const warehouse = this.warehouse(from.warehouse_id);
      const mayGoNegative = warehouse.allow_negative_stock && r.item.tracking_mode !== TrackingMode.SERIAL && from.type !== LocationType.TRANSIT;
      if (!mayGoNegative) {
        throw new DomainError(
          InventoryErrorCode.INSUFFICIENT_STOCK,
          `Only ${toText(balance.onHand)} of ${r.item.sku}${r.lot ? ` lot ${r.lot.lot_number}` : ''} on hand in ${warehouse.code}/${from.code}; ${toText(r.quantity)} requested.`,
          { field: [...r.field, 'quantity'], details: { onHand: toText(balance.onHand), requested: toText(r.quantity) } },
        );
      }
    }
    balance.onHand = after;
    const summary = this.summary(r.item, from.warehouse_id);
    if (from.type === LocationType.TRANSIT) summary.inTransit = summary.inTransit.minus(r.quantity);
    else summary.onHand = summary.onHand.minus(r.quantity);
    if (from.sellable) summary.sellableOnHand = summary.sellableOnHand.minus(r.quantity);
  }

  private putIn(r: MoveRequest, to: LocationRow): void {
    const field = [...r.field, 'quantity'];
    const add = (current: Decimal) => inRange(current.plus(r.quantity), MAX_QUANTITY, field);
    const balance = this.balance(r.item, to, r.lot);
    balance.onHand = add(balance.onHand);
    const summary = this.summary(r.item, to.warehouse_id);
    if (to.type === LocationType.TRANSIT) summary.inTransit = add(summary.inTransit);
    else summary.onHand = add(summary.onHand);
    if (to.sellable) summary.sellableOnHand = add(summary.sellableOnHand);
  }

  private moveSerials(r: MoveRequest): void {
    const seen = new Set<string>();
    for (const row of r.serials) {
      if (seen.has(row.serial_number)) {
        throw new DomainError(InventoryErrorCode.DUPLICATE_SERIAL, `Serial ${row.serial_number} is listed twice.`, { field: [...r.field, 'serialNumbers'] });
      }
      seen.add(row.serial_number);
      const serial = this.serial(row);
      if (r.from) {
        if (serial.status === SerialStatus.GONE || serial.locationId !== r.from.id) {
          throw new DomainError(InventoryErrorCode.SERIAL_NOT_AVAILABLE, `Serial ${row.serial_number} of ${r.item.sku} is not in ${r.from.code}.`, {
            field: [...r.field, 'serialNumbers'],
          });
        }
      } else if (serial.status !== SerialStatus.GONE) {
        throw new DomainError(InventoryErrorCode.SERIAL_IN_STOCK, `Serial ${row.serial_number} of ${r.item.sku} is already in stock.`, { field: [...r.field, 'serialNumbers'] });
      }
      if (r.to) {
        serial.status = r.to.type === LocationType.TRANSIT ? SerialStatus.IN_TRANSIT : SerialStatus.IN_STOCK;
        serial.locationId = r.to.id;
        serial.warehouseId = r.to.warehouse_id;
        serial.lotId = r.lot?.id ?? null;
      } else {
        serial.status = SerialStatus.GONE;
        serial.locationId = null;
        serial.warehouseId = null;
      }
      serial.version += 1;
    }
  }

  /** Takes the move's quantity from a pool's layers (FIFO order); a shortfall goes below zero at the last known cost. */
  private consume(pool: Pool, r: MoveRequest, draft: PlannedMove, counter: string | null): { quantity: Decimal; value: Decimal }[] {
    const views = pool.layers.map((l, i) => ({ id: String(i), quantity: l.quantityRemaining, value: l.valueRemaining }));
    const { takes, shortfall } = consumeLayers(views, r.quantity, this.minor);
    const out: { quantity: Decimal; value: Decimal }[] = [];
    for (const t of takes) {
      const layer = pool.layers[Number(t.layerId)] as PlannedLayer;
      this.changeLayer(layer, t.quantity.neg(), t.value.neg(), draft);
      this.pushDelta(layer, t.value.neg(), counter);
      out.push({ quantity: t.quantity, value: t.value });
    }
    if (shortfall.gt(0)) {
      const last = takes[takes.length - 1];
      const cost = last ? unitCostOf(last.value, last.quantity) : this.fallbackCost(pool);
      const value = receiptValue(shortfall, cost, this.minor);
      const deficit = pool.layers.find((l) => l.quantityRemaining.lt(0)) ?? this.newLayer(pool, this.inventoryAccount(pool));
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
  private add(pool: Pool, quantity: Decimal, value: Decimal, r: MoveRequest, draft: PlannedMove, fromOutside: boolean): void {
    const counter = fromOutside ? this.counterAccount(r, pool) : null;
    const account = this.inventoryAccount(pool);
    let q = quantity;
    let v = value;
    // Stock issued below zero is settled first, at the incoming cost; the difference from
    // the cost it was issued at goes to COGS (writeOffResidual). Both valuation methods.
    for (const deficit of pool.layers.filter((l) => l.quantityRemaining.lt(0))) {
      if (q.lte(0)) break;
      const owed = deficit.quantityRemaining.neg();
      const settle = owed.lte(q) ? owed : q;
      const settleValue = takeValue({ quantity: q, value: v }, settle, this.minor);
      this.changeLayer(deficit, settle, settleValue, draft);
      this.pushDelta(deficit, settleValue, counter);
      q = q.minus(settle);
      v = v.minus(settleValue);
      this.writeOffResidual(pool, deficit, r);
    }
    if (q.lte(0)) return;
    const movingAverage = pool.item.valuation_method === ValuationMethod.MOVING_AVERAGE && pool.kind === LayerKind.STOCK;
    const layer = movingAverage
      ? ([...pool.layers].reverse().find((l) => l.accountId === account && l.quantityRemaining.gte(0)) ?? this.newLayer(pool, account))
      : this.newLayer(pool, account);
    this.changeLayer(layer, q, v, draft);
    this.pushDelta(layer, v, counter);
  }

  private writeOffResidual(pool: Pool, layer: PlannedLayer, r: MoveRequest): void {
    const residual = layer.valueRemaining;
    if (!layer.quantityRemaining.isZero() || residual.isZero()) return;
    const draft: PlannedMove = { request: { ...r, serials: [] }, quantity: ZERO, value: residual.neg(), valuations: [], reason: MoveReason.REVALUATION };
    this.changeLayer(layer, ZERO, residual.neg(), draft);
    this.pushDelta(layer, residual.neg(), this.accounts.account(AccountPurpose.COGS, this.scope(pool)));
    this.moves.push(draft);
  }

  private changeLayer(layer: PlannedLayer, quantity: Decimal, value: Decimal, draft: PlannedMove): void {
    const field = [...draft.request.field, 'quantity'];
    layer.quantityRemaining = inRange(layer.quantityRemaining.plus(quantity), MAX_QUANTITY, field);
    layer.valueRemaining = inRange(layer.valueRemaining.plus(value), MAX_VALUE, field);
    if (quantity.gt(0) || (quantity.isZero() && value.gt(0))) {
      layer.quantityIn = inRange(layer.quantityIn.plus(quantity), MAX_QUANTITY, field);
      layer.valueIn = inRange(layer.valueIn.plus(value), MAX_VALUE, field);
    }
    layer.changed = true;
    const existing = draft.valuations.find((d) => d.layer === layer);
    if (existing) {
      existing.quantity = existing.quantity.plus(quantity);
      existing.value = existing.value.plus(value);
    } else {
      draft.valuations.push({ layer, quantity, value });
    }
  }

  private pushDelta(layer: PlannedLayer, value: Decimal, counterAccountId: string | null): void {
    if (value.isZero()) return;
    this.deltas.push({ accountId: layer.accountId, value, itemId: layer.itemId, warehouseId: layer.warehouseId, counterAccountId });
  }

  private newLayer(pool: Pool, accountId: string): PlannedLayer {
    const layer: PlannedLayer = {
      id: null,
      ord: ++this.newLayers,
      itemId: pool.item.id,
      warehouseId: pool.warehouseId,
      kind: pool.kind,
      transferId: pool.transferId,
      accountId,
      quantityIn: ZERO,
      valueIn: ZERO,
      quantityRemaining: ZERO,
      valueRemaining: ZERO,
      changed: true,
    };
    pool.layers.push(layer);
    return layer;
  }

  private scope(pool: Pool): { warehouseId: string; categoryId: string | null } {
    return { warehouseId: pool.warehouseId, categoryId: pool.item.category_id };
  }

  private inventoryAccount(pool: Pool): string {
    return this.accounts.account(pool.kind === LayerKind.TRANSIT ? AccountPurpose.IN_TRANSIT : AccountPurpose.INVENTORY, this.scope(pool));
  }

  private counterAccount(r: MoveRequest, pool: Pool): string {
    if (!r.counter) throw new Error(`a ${r.reason} move that enters or leaves inventory needs a counter account`);
    return this.accounts.account(r.counter, this.scope(pool));
  }

  /** Cost of stock that appears with no cost given (a gain): the pool's average, else its latest cost, else the item's standard cost. */
  private currentCost(r: MoveRequest, pool: Pool): Decimal {
    const average = averageCost(pool.layers.map((l, i) => ({ id: String(i), quantity: l.quantityRemaining, value: l.valueRemaining })));
    if (average !== null) return average;
    const latest = this.latestCost(pool);
    if (latest !== null) return latest;
    if (r.item.standard_cost != null) return dec(r.item.standard_cost);
    throw new DomainError(
      InventoryErrorCode.COST_REQUIRED,
      `No cost is known for ${r.item.sku} in this warehouse: give unitCost, or set the item's standard cost.`,
      { field: [...r.field, 'unitCost'] },
    );
  }

  /** Cost for stock issued below zero when nothing is left to take it from: the deficit's cost, the latest layer's, the standard cost, or zero. */
  private fallbackCost(pool: Pool): Decimal {
    const negative = pool.layers.find((l) => l.quantityRemaining.lt(0));
    if (negative) return unitCostOf(negative.valueRemaining, negative.quantityRemaining);
    return this.latestCost(pool) ?? (pool.item.standard_cost != null ? dec(pool.item.standard_cost) : ZERO);
  }

  /** The unit cost of the newest layer that ever took stock in, in the item's warehouse (as recorded before this command). */
  private latestCost(pool: Pool): Decimal | null {
    const row = this.state.latestCost.get(itemWarehouseKey(pool.item.id, pool.warehouseId));
    return row ? unitCostOf(dec(row.value_in), dec(row.quantity_in)) : null;
  }

  private pool(item: ItemRow, warehouseId: string, kind: LayerKind, transferId: string | null): Pool {
    const key = `${item.id}|${warehouseId}|${kind}|${transferId ?? ''}`;
    let pool = this.pools.get(key);
    if (!pool) {
      const layers = (this.state.layers.get(itemWarehouseKey(item.id, warehouseId)) ?? [])
        .filter((l) => l.kind === kind && (l.transfer_id ?? null) === transferId)
        .map<PlannedLayer>((l) => ({
          id: l.id,
          ord: null,
          itemId: l.item_id,
          warehouseId: l.warehouse_id,
          kind: l.kind as LayerKind,
          transferId: l.transfer_id,
          accountId: l.account_id,
          quantityIn: dec(l.quantity_in),
          valueIn: dec(l.value_in),
          quantityRemaining: dec(l.quantity_remaining),
          valueRemaining: dec(l.value_remaining),
          changed: false,
        }));
      pool = { key, item, warehouseId, kind, transferId, layers };
      this.pools.set(key, pool);
    }
    return pool;
  }

  private balance(item: ItemRow, location: LocationRow, lot: LotRow | null): PlannedBalance {
    const key = balanceKey(item.id, location.id, lot?.id ?? null);
    let balance = this.balances.get(key);
    if (!balance) {
      const row = this.state.balances.get(key);
      balance = { itemId: item.id, locationId: location.id, warehouseId: location.warehouse_id, lotId: lot?.id ?? null, onHand: row ? dec(row.on_hand) : ZERO };
      this.balances.set(key, balance);
    }
    return balance;
  }

  private summary(item: ItemRow, warehouseId: string): PlannedSummary {
    const key = itemWarehouseKey(item.id, warehouseId);
    let summary = this.summaries.get(key);
    if (!summary) {
      const row = this.state.summaries.get(key);
      if (!row) throw new Error(`stock of item ${item.id} in warehouse ${warehouseId} was not locked`);
      summary = {
        row,
        sku: item.sku,
        warehouseCode: this.warehouse(warehouseId).code,
        onHand: dec(row.on_hand),
        sellableOnHand: dec(row.sellable_on_hand),
        inTransit: dec(row.in_transit),
        allocated: dec(row.allocated),
        version: row.version,
      };
      this.summaries.set(key, summary);
    }
    return summary;
  }

  private serial(row: SerialRow): PlannedSerial {
    let serial = this.serials.get(row.id);
    if (!serial) {
      serial = { row, status: row.status as SerialStatus, locationId: row.location_id, warehouseId: row.warehouse_id, lotId: row.lot_id, version: row.version };
      this.serials.set(row.id, serial);
    }
    return serial;
  }

  private warehouse(id: string): { code: string; allow_negative_stock: boolean } {
    const w = this.state.warehouses.get(id);
    if (!w) throw new Error(`warehouse ${id} was not read`);
    return w;
  }
}

/** What the columns hold: quantities NUMERIC(24,6), values NUMERIC(24,4). */
const MAX_QUANTITY = dec('1e18');
const MAX_VALUE = dec('1e20');

function inRange(value: Decimal, limit: Decimal, field: readonly string[]): Decimal {
  if (value.abs().gte(limit)) {
    throw new DomainError(InventoryErrorCode.OUT_OF_RANGE, `The result (${toText(value)}) is too large to record: quantities stay below 10^18 and values below 10^20.`, { field });
  }
  return value;
}

function kindOf(location: LocationRow): LayerKind {
  return location.type === LocationType.TRANSIT ? LayerKind.TRANSIT : LayerKind.STOCK;
}
