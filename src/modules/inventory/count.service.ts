import { runCommand } from '../../db/command';
import { nextDocumentNumber, reserveId } from '../../db/ids';
import { query, queryOne, statement, withConnection } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { optionalText } from '../../shared/validate';
import { actorOf } from '../../auth/principal';
import { barcodeLookupKey } from '../catalog/gs1';
import { Item, TrackingMode } from '../catalog/item.entity';
import { publish } from '../events/outbox';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import { InventoryCount, InventoryCountLine, CountStatus } from './inventory-count.entity';
import { InventoryErrorCode } from './inventory-errors';
import { Serial, SerialStatus } from './lot.entity';
import type { MoveRequest } from './stock-engine';
import { MoveReason } from './stock-move.entity';
import { StockInput, lineCount, parseExpiryDate, parseLotNumber, parseSerialNumbers } from './stock-input';
import { AdjustmentReason } from './stock-document.service';
import { checkDocumentDate, postStock, type StockPostingDeps } from './stock-posting';
import { type ItemRow, loadStock, readBalancesIn, readMore, writeLearnedExpiries } from './stock-state';
import type { DocumentPart } from './stock-write';

const SCANS = statement('select lookup_key, item_id::text as item_id, quantity::text as quantity from item_barcodes where lookup_key = any($1::text[])');

/** The count marked approved, with each line's on-hand at approval, written with the count's moves. */
const APPROVE_PART: DocumentPart = {
  name: 'inventory_counts.approve',
  returnsDoc: false,
  ctes: (p) => `
count_approved as (
  update inventory_counts set status = '${CountStatus.APPROVED}', approved_at = ${p(1)}::timestamptz, approved_by = ${p(2)}, journal_entry_id = ${p(3)}::bigint,
         version = version + 1, updated_at = ${p(4)}::timestamptz
  where id = ${p(0)}::bigint
  returning 1),
count_lines_expected as (
  update inventory_count_lines l set expected_quantity = v.quantity, updated_at = ${p(4)}::timestamptz
  from unnest(${p(5)}::bigint[], ${p(6)}::numeric[]) as v(id, quantity) where l.id = v.id
  returning 1)`,
};

export const COUNT_SOURCE = 'InventoryCount';
export const COUNT_CHANGED = 'inventory.count.changed';

export interface CountEntryInput {
  locationId: string;
  /** Entry: the item and the quantity counted (replaces what was recorded). */
  itemId?: string | null;
  quantity?: string | null;
  /** Scan: an item barcode; each scan adds the barcode's pack quantity. */
  barcode?: string | null;
  lotNumber?: string | null;
  /** The expiry of a lot the system does not know yet (required when the item needs one). */
  expiryDate?: string | null;
  /** Serial-tracked items: serial numbers found (added to those recorded). */
  serialNumbers?: string[] | null;
}

export interface CountVariance {
  locationId: string;
  itemId: string;
  lotId: string | null;
  counted: Decimal;
  onHand: Decimal;
  variance: Decimal;
  /** Serial-tracked: in stock here but not found, and found but not in stock here. */
  missingSerials: string[];
  foundSerials: string[];
}

/**
 * Cycle counts. Open a count for some locations and/or items; record counted
 * quantities by scan or entry; read variances (counted minus on hand, now); approve to
 * post them as one adjustment document, once. In every location where something was
 * counted, in-scope stock that was not counted is taken as counted zero.
 */
export class CountService {
  constructor(private readonly deps: StockPostingDeps) {}

  async open(ctx: ServiceContext, input: { warehouseId: string; locationIds?: string[] | null; itemIds?: string[] | null; memo?: string | null; idempotencyKey?: string | null }): Promise<{ countId: string }> {
    const outcome = await runCommand(ctx, { command: 'count.open', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const locationIds = [...new Set(input.locationIds ?? [])];
      const itemIds = [...new Set(input.itemIds ?? [])];
      const memo = optionalText(input.memo, ['input', 'memo'], { code: InventoryErrorCode, max: 1000 });
      const state = await loadStock(tx, { warehouseIds: [input.warehouseId], locationIds, itemIds, stock: [], balances: [] });
      const io = new StockInput(state);
      const warehouse = io.warehouse(input.warehouseId, ['input', 'warehouseId']);
      for (const [i, id] of locationIds.entries()) io.location(id, warehouse, ['input', 'locationIds', String(i)]);
      for (const [i, id] of itemIds.entries()) io.item(id, ['input', 'itemIds', String(i)]);
      const count = tx.em.create(InventoryCount, {
        id: await reserveId(tx.em, 'inventory_counts'),
        number: await nextDocumentNumber(tx.em, 'CC'),
        warehouse: warehouse.id,
        locationIds,
        itemIds,
        memo,
        openedBy: actorOf(tx.principal),
      });
      await tx.em.flush();
      this.publishChanged(tx, count);
      return { countId: count.id };
    });
    return outcome.result;
  }

  async record(ctx: ServiceContext, input: { countId: string; entries: CountEntryInput[]; idempotencyKey?: string | null }): Promise<{ countId: string }> {
    const outcome = await runCommand(ctx, { command: 'count.record', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const count = await this.lockOpen(tx, input.countId);
      lineCount(input.entries, ['input', 'entries']);
      const entries = input.entries.map((entry, i) => {
        const field = ['input', 'entries', String(i)];
        return {
          entry,
          field,
          lotNumber: parseLotNumber(entry.lotNumber, [...field, 'lotNumber']),
          expiryDate: parseExpiryDate(entry.expiryDate, [...field, 'expiryDate']),
        };
      });
      const scans = await this.scans(tx, entries.map((e) => e.entry.barcode).filter((b): b is string => Boolean(b)));
      const itemIdOf = (entry: CountEntryInput) => (entry.barcode ? scans.get(barcodeLookupKey(entry.barcode))?.itemId : entry.itemId) ?? null;
      const state = await loadStock(tx, {
        warehouseIds: [count.warehouse.id],
        locationIds: entries.map((e) => e.entry.locationId),
        itemIds: entries.map((e) => itemIdOf(e.entry)).filter((id): id is string => id !== null),
        stock: [],
        balances: [],
        arrivingLots: entries.flatMap((e) => {
          const itemId = itemIdOf(e.entry);
          return itemId && e.lotNumber ? [{ itemId, lotNumber: e.lotNumber, expiryDate: e.expiryDate, originType: COUNT_SOURCE, originId: count.id }] : [];
        }),
      });
      const io = new StockInput(state);
      const warehouse = io.warehouse(count.warehouse.id, ['input', 'countId']);
      for (const { entry, field, lotNumber, expiryDate } of entries) {
        const location = io.location(entry.locationId, warehouse, [...field, 'locationId']);
        if (count.locationIds.length && !count.locationIds.includes(location.id)) {
          throw new DomainError(InventoryErrorCode.OUT_OF_COUNT_SCOPE, `Location ${location.code} is not part of count ${count.number}.`, { field: [...field, 'locationId'] });
        }
        const { item, scanQuantity } = this.itemOf(io, scans, entry, field);
        if (count.itemIds.length && !count.itemIds.includes(item.id)) {
          throw new DomainError(InventoryErrorCode.OUT_OF_COUNT_SCOPE, `${item.sku} is not part of count ${count.number}.`, { field: [...field, entry.barcode ? 'barcode' : 'itemId'] });
        }
        // A lot found by the count is registered as a receipt would register it (same expiry rules), with the count as its origin.
        const lot = io.receivedLot(item, lotNumber, expiryDate, field);
        const line =
          (await tx.em.findOne(InventoryCountLine, { count: count.id, location: location.id, item: item.id, lot: lot?.id ?? null })) ??
          tx.em.create(InventoryCountLine, { count, location: location.id, item: item.id, lot: lot?.id ?? null, countedQuantity: '0', countedBy: actorOf(tx.principal) });
        line.countedBy = actorOf(tx.principal);
        if (item.tracking_mode === TrackingMode.SERIAL) {
          const numbers = parseSerialNumbers(entry.serialNumbers, [...field, 'serialNumbers']);
          if (numbers.length === 0) throw new DomainError(InventoryErrorCode.SERIALS_REQUIRED, `${item.sku} is serial-tracked: scan its serial numbers.`, { field: [...field, 'serialNumbers'] });
          const all = [...new Set([...(line.serialNumbers ?? []), ...numbers])].sort();
          line.serialNumbers = all;
          line.countedQuantity = String(all.length);
        } else if (entry.barcode) {
          line.countedQuantity = toText(dec(line.countedQuantity).plus(scanQuantity as Decimal));
        } else {
          line.countedQuantity = toText(io.quantity(item, entry.quantity, [...field, 'quantity'], { allowZero: true }));
        }
      }
      await writeLearnedExpiries(tx, state);
      count.updatedAt = tx.tx.now;
      await tx.em.flush();
      this.publishChanged(tx, count);
      return { countId: count.id };
    });
    return outcome.result;
  }

  async cancel(ctx: ServiceContext, input: { countId: string }): Promise<{ countId: string }> {
    const outcome = await runCommand(ctx, { command: 'count.cancel', input }, async (tx) => {
      const count = await this.lockOpen(tx, input.countId);
      count.status = CountStatus.CANCELLED;
      await tx.em.flush();
      this.publishChanged(tx, count);
      return { countId: count.id };
    });
    return outcome.result;
  }

  /** Variances as of now (read-only). */
  async variances(ctx: ServiceContext, countId: string): Promise<CountVariance[]> {
    const count = await ctx.em.findOne(InventoryCount, { id: countId });
    if (!count) return [];
    return this.computeVariances(ctx.em as never, count);
  }

  async approve(ctx: ServiceContext, input: { countId: string; occurredAt?: Date | null; expectedVersion?: number | null; idempotencyKey?: string | null }): Promise<{ countId: string }> {
    const outcome = await runCommand(ctx, { command: 'count.approve', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const occurredAt = input.occurredAt ?? tx.tx.now;
      await checkDocumentDate(tx, this.deps.posting, occurredAt);
      const count = await this.lockOpen(tx, input.countId);
      if (input.expectedVersion != null && input.expectedVersion !== count.version) {
        throw new DomainError(InventoryErrorCode.VERSION_CONFLICT, `The count changed since you read it (version ${count.version}).`, { field: ['input', 'expectedVersion'] });
      }
      const lines = await tx.em.find(InventoryCountLine, { count: count.id });
      const warehouseId = count.warehouse.id;
      // Lock the counted locations and the stock of every item counted or held in them, then read on-hand under the locks.
      const locationIds = [...new Set(lines.map((l) => l.location.id))];
      const itemIds = await this.itemsInPlay(tx, count, lines);
      const state = await loadStock(tx, {
        warehouseIds: [warehouseId],
        locationIds,
        itemIds,
        stock: itemIds.map((itemId) => ({ itemId, warehouseId })),
        balances: [],
        lotIds: lines.filter((l) => l.lot).map((l) => (l.lot as { id: string }).id),
      });
      await readBalancesIn(tx, state, locationIds, itemIds);
      const variances = await this.computeVariances(tx.em, count, lines);
      // Serials a count changes are locked (and found ones registered) once the variances name them.
      await readMore(tx, state, {
        warehouseIds: [],
        locationIds: [],
        itemIds: [],
        balances: [],
        lotIds: variances.filter((v) => v.lotId !== null).map((v) => v.lotId as string),
        serials: variances.flatMap((v) => [
          ...(v.missingSerials.length ? [{ itemId: v.itemId, numbers: v.missingSerials, create: false }] : []),
          ...(v.foundSerials.length ? [{ itemId: v.itemId, numbers: v.foundSerials, create: true }] : []),
        ]),
      });
      const io = new StockInput(state);
      const requests: MoveRequest[] = [];
      const field = ['input', 'countId'];
      for (const v of variances) {
        if (v.variance.isZero() && v.missingSerials.length === 0 && v.foundSerials.length === 0) continue;
        const item = io.item(v.itemId, field);
        const location = io.anyLocation(v.locationId, field);
        const lot = v.lotId ? (state.lotsById.get(v.lotId) ?? null) : null;
        const base = { item, lot, reason: MoveReason.ADJUSTMENT, reasonCode: AdjustmentReason.COUNT_CORRECTION, counter: AccountPurpose.SHRINKAGE, field };
        if (item.tracking_mode === TrackingMode.SERIAL) {
          if (v.missingSerials.length) {
            const serials = io.serials(item, v.missingSerials, field);
            requests.push({ ...base, quantity: dec(serials.length), from: location, to: null, serials });
          }
          if (v.foundSerials.length) {
            const serials = io.serials(item, v.foundSerials, field);
            const elsewhere = serials.find((s) => s.status !== SerialStatus.GONE);
            if (elsewhere) {
              throw new DomainError(InventoryErrorCode.SERIAL_NOT_AVAILABLE, `Serial ${elsewhere.serial_number} of ${item.sku} is in stock in another location: move it there rather than count it here.`, { field });
            }
            requests.push({ ...base, quantity: dec(serials.length), from: null, to: location, serials, unitCost: null });
          }
        } else if (v.variance.gt(0)) {
          requests.push({ ...base, quantity: v.variance, from: null, to: location, serials: [], unitCost: null });
        } else {
          requests.push({ ...base, quantity: v.variance.neg(), from: location, to: null, serials: [] });
        }
      }
      const expected = lines.map((line) => {
        const v = variances.find((x) => x.locationId === line.location.id && x.itemId === line.item.id && x.lotId === (line.lot?.id ?? null));
        return { id: line.id, quantity: toText(v?.onHand ?? ZERO) };
      });
      this.publishChanged(tx, count, CountStatus.APPROVED, count.version + 1);
      await postStock(tx, this.deps, state, { type: COUNT_SOURCE, id: count.id, occurredAt }, requests, `Count ${count.number} approved`, (entryId) => ({
        part: APPROVE_PART,
        values: [count.id, occurredAt, actorOf(tx.principal), entryId, tx.tx.now, expected.map((e) => e.id), expected.map((e) => e.quantity)],
      }));
      return { countId: count.id };
    });
    return outcome.result;
  }

  private async lockOpen(tx: TxContext, countId: string): Promise<InventoryCount> {
    const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from inventory_counts where id = ? for update', [countId]);
    if (!row) throw new DomainError(InventoryErrorCode.NOT_FOUND, 'No count has this id.', { field: ['input', 'countId'] });
    const count = await tx.em.findOneOrFail(InventoryCount, { id: row.id }, { populate: ['warehouse'] });
    if (count.status !== CountStatus.OPEN) {
      throw new DomainError(InventoryErrorCode.COUNT_NOT_OPEN, `Count ${count.number} is ${count.status.toLowerCase()}; it cannot change.`, { field: ['input', 'countId'] });
    }
    return count;
  }

  /** Every scanned barcode's item and pack quantity, in one statement. */
  private async scans(tx: TxContext, barcodes: readonly string[]): Promise<Map<string, { itemId: string; quantity: Decimal }>> {
    if (barcodes.length === 0) return new Map();
    const keys = [...new Set(barcodes.map(barcodeLookupKey))];
    const rows = await withConnection(tx.em, (c) => c.rows<{ lookup_key: string; item_id: string; quantity: string }>(SCANS, [keys]));
    return new Map(rows.map((r) => [r.lookup_key, { itemId: r.item_id, quantity: dec(r.quantity) }]));
  }

  private itemOf(io: StockInput, scans: Map<string, { itemId: string; quantity: Decimal }>, entry: CountEntryInput, field: string[]): { item: ItemRow; scanQuantity: Decimal | null } {
    if (entry.barcode) {
      const scan = scans.get(barcodeLookupKey(entry.barcode));
      if (!scan) throw new DomainError(InventoryErrorCode.UNKNOWN_BARCODE, `No item has barcode ${entry.barcode}.`, { field: [...field, 'barcode'] });
      return { item: io.item(scan.itemId, [...field, 'barcode']), scanQuantity: scan.quantity };
    }
    if (!entry.itemId) throw new DomainError(InventoryErrorCode.REQUIRED, 'Give a barcode (scan) or an itemId and quantity (entry).', { field: [...field, 'itemId'] });
    const item = io.item(entry.itemId, [...field, 'itemId']);
    if (item.tracking_mode !== TrackingMode.SERIAL && (entry.quantity === null || entry.quantity === undefined)) {
      throw new DomainError(InventoryErrorCode.REQUIRED, 'Give the quantity counted.', { field: [...field, 'quantity'] });
    }
    return { item, scanQuantity: null };
  }

  private async itemsInPlay(tx: TxContext, count: InventoryCount, lines: InventoryCountLine[]): Promise<string[]> {
    const locationIds = [...new Set(lines.map((l) => l.location.id))];
    const ids = new Set(lines.map((l) => l.item.id));
    if (locationIds.length) {
      const rows = await query<{ item_id: string }>(
        tx.em,
        `select distinct item_id::text as item_id from stock_balances where location_id in (${locationIds.map(() => '?').join(', ')}) and on_hand <> 0`,
        locationIds,
      );
      for (const r of rows) if (!count.itemIds.length || count.itemIds.includes(r.item_id)) ids.add(r.item_id);
    }
    return [...ids];
  }

  private async computeVariances(em: TxContext['em'], count: InventoryCount, known?: InventoryCountLine[]): Promise<CountVariance[]> {
    const lines = known ?? (await em.find(InventoryCountLine, { count: count.id }));
    const locationIds = [...new Set(lines.map((l) => l.location.id))];
    if (locationIds.length === 0) return [];
    const balances = await query<{ location_id: string; item_id: string; lot_id: string | null; on_hand: string }>(
      em,
      `select location_id::text as location_id, item_id::text as item_id, lot_id::text as lot_id, on_hand from stock_balances
       where location_id in (${locationIds.map(() => '?').join(', ')}) and on_hand <> 0`,
      locationIds,
    );
    const inScope = (itemId: string) => !count.itemIds.length || count.itemIds.includes(itemId);
    const key = (loc: string, item: string, lot: string | null) => `${loc}|${item}|${lot ?? ''}`;
    const result = new Map<string, CountVariance>();
    for (const b of balances) {
      if (!inScope(b.item_id)) continue;
      result.set(key(b.location_id, b.item_id, b.lot_id), {
        locationId: b.location_id,
        itemId: b.item_id,
        lotId: b.lot_id,
        counted: ZERO,
        onHand: dec(b.on_hand),
        variance: dec(b.on_hand).neg(),
        missingSerials: [],
        foundSerials: [],
      });
    }
    for (const l of lines) {
      const k = key(l.location.id, l.item.id, l.lot?.id ?? null);
      const existing = result.get(k);
      const onHand = existing?.onHand ?? ZERO;
      result.set(k, { locationId: l.location.id, itemId: l.item.id, lotId: l.lot?.id ?? null, counted: dec(l.countedQuantity), onHand, variance: dec(l.countedQuantity).minus(onHand), missingSerials: [], foundSerials: [] });
    }
    const serialItems = await em.find(Item, { id: { $in: [...new Set([...result.values()].map((v) => v.itemId))] }, trackingMode: TrackingMode.SERIAL });
    for (const item of serialItems) {
      for (const v of result.values()) {
        if (v.itemId !== item.id) continue;
        const line = lines.find((l) => l.location.id === v.locationId && l.item.id === v.itemId && (l.lot?.id ?? null) === v.lotId);
        const found = new Set(line?.serialNumbers ?? []);
        const here = await em.find(Serial, { item: item.id, location: v.locationId, status: SerialStatus.IN_STOCK }, { orderBy: { serialNumber: 'asc' } });
        const hereNumbers = new Set(here.map((s) => s.serialNumber));
        v.missingSerials = [...hereNumbers].filter((s) => !found.has(s));
        v.foundSerials = [...found].filter((s) => !hereNumbers.has(s)).sort();
      }
    }
    return [...result.values()].sort((a, b) => a.locationId.localeCompare(b.locationId) || a.itemId.localeCompare(b.itemId));
  }

  private publishChanged(tx: TxContext, count: InventoryCount, status = count.status, version = count.version): void {
    publish(tx, { topic: COUNT_CHANGED, aggregateType: 'InventoryCount', aggregateId: count.id, aggregateVersion: version, payload: { number: count.number, status } });
  }
}

