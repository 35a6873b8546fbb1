import { LockMode } from '@mikro-orm/core';
import { queryOne } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { postingDateOf } from '../../shared/dates';
import { type Decimal, QUANTITY_SCALE, UNIT_COST_SCALE } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { type FieldPath, optionalText, requireDecimal, requireText } from '../../shared/validate';
import { Item, TrackingMode } from '../catalog/item.entity';
import { Unit } from '../catalog/unit.entity';
import { Location, LocationType } from '../warehouse/location.entity';
import { Warehouse } from '../warehouse/warehouse.entity';
import { InventoryErrorCode } from './inventory-errors';
import { Lot, Serial, SerialStatus, lotExpiredOn, lotExpiry } from './lot.entity';

/** Most lines one stock document may carry. */
export const MAX_LINES = 1000;

/**
 * Turns a command's input into entities and checks what does not need stock: known
 * and active objects, quantities in the unit's precision, lots and serial numbers.
 * Shared by every stock document so each rule is written once.
 */
export class StockInput {
  private readonly items = new Map<string, Item>();
  private readonly units = new Map<string, Unit>();
  private readonly locations = new Map<string, Location>();

  constructor(private readonly tx: TxContext) {}

  lineCount(lines: readonly unknown[] | null | undefined, field: FieldPath = ['input', 'lines']): void {
    if (!lines || lines.length === 0) throw new DomainError(InventoryErrorCode.REQUIRED, 'Give at least one line.', { field });
    if (lines.length > MAX_LINES) throw new DomainError(InventoryErrorCode.TOO_MANY_LINES, `At most ${MAX_LINES} lines per document.`, { field });
  }

  async warehouse(id: string, field: FieldPath): Promise<Warehouse> {
    const warehouse = await this.tx.em.findOne(Warehouse, { id });
    if (!warehouse) throw new DomainError(InventoryErrorCode.UNKNOWN_WAREHOUSE, 'No warehouse has this id.', { field });
    if (!warehouse.active) throw new DomainError(InventoryErrorCode.INACTIVE_WAREHOUSE, `Warehouse ${warehouse.code} is inactive.`, { field });
    return warehouse;
  }

  async item(id: string, field: FieldPath, opts: { mustBeActive?: boolean } = {}): Promise<Item> {
    let item = this.items.get(id);
    if (!item) {
      item = (await this.tx.em.findOne(Item, { id })) ?? undefined;
      if (!item) throw new DomainError(InventoryErrorCode.UNKNOWN_ITEM, 'No item has this id.', { field });
      this.items.set(id, item);
    }
    if (opts.mustBeActive && !item.active) throw new DomainError(InventoryErrorCode.INACTIVE_ITEM, `Item ${item.sku} is inactive.`, { field });
    return item;
  }

  /** A user-chosen location of the warehouse: known, active, and not the system in-transit location. */
  async location(id: string, warehouse: Warehouse, field: FieldPath): Promise<Location> {
    const location = await this.anyLocation(id, field);
    if (location.warehouse.id !== warehouse.id) {
      throw new DomainError(InventoryErrorCode.LOCATION_IN_OTHER_WAREHOUSE, `Location ${location.code} is not in warehouse ${warehouse.code}.`, { field });
    }
    if (location.type === LocationType.TRANSIT) {
      throw new DomainError(InventoryErrorCode.TRANSIT_LOCATION, 'The in-transit location changes only through transfers.', { field });
    }
    if (!location.active) throw new DomainError(InventoryErrorCode.INACTIVE_LOCATION, `Location ${location.code} is inactive.`, { field });
    return location;
  }

  async anyLocation(id: string, field: FieldPath): Promise<Location> {
    let location = this.locations.get(id);
    if (!location) {
      location = (await this.tx.em.findOne(Location, { id }, { populate: ['warehouse'] })) ?? undefined;
      if (!location) throw new DomainError(InventoryErrorCode.UNKNOWN_LOCATION, 'No location has this id.', { field });
      this.locations.set(id, location);
    }
    return location;
  }

  async transitLocation(warehouse: Warehouse): Promise<Location> {
    const location = await this.tx.em.findOne(Location, { warehouse: warehouse.id, type: LocationType.TRANSIT }, { populate: ['warehouse'] });
    if (!location) throw new Error(`warehouse ${warehouse.code} has no in-transit location`);
    this.locations.set(location.id, location);
    return location;
  }

  /** A quantity in the item's unit: positive, with no more decimals than the unit allows. */
  async quantity(item: Item, value: string | null | undefined, field: FieldPath, opts: { allowZero?: boolean } = {}): Promise<Decimal> {
    const unit = await this.unit(item);
    const scale = Math.min(unit.decimals, QUANTITY_SCALE);
    const q = requireDecimal(value, field, {
      code: { ...InventoryErrorCode, INVALID: InventoryErrorCode.INVALID_QUANTITY },
      scale,
      positive: !opts.allowZero,
      nonNegative: opts.allowZero,
      scaleHint: `${unit.code} allows ${unit.decimals} decimal places`,
    });
    if (item.trackingMode === TrackingMode.SERIAL && !q.isInteger()) {
      throw new DomainError(InventoryErrorCode.INVALID_QUANTITY, 'Serial-tracked quantities are whole numbers.', { field });
    }
    return q;
  }

  unitCost(value: string | null | undefined, field: FieldPath): Decimal {
    return requireDecimal(value, field, { code: InventoryErrorCode, scale: UNIT_COST_SCALE, nonNegative: true, scaleHint: `unit costs take up to ${UNIT_COST_SCALE} places` });
  }

  private async unit(item: Item): Promise<Unit> {
    let unit = this.units.get(item.unit.id);
    if (!unit) {
      unit = await this.tx.em.findOneOrFail(Unit, { id: item.unit.id });
      this.units.set(unit.id, unit);
    }
    return unit;
  }

  lotNumber(value: string | null | undefined, field: FieldPath): string | null {
    return optionalText(value, field, { code: InventoryErrorCode, max: 64, pattern: /^[\x21-\x7e][\x20-\x7e]*$/, patternHint: 'printable ASCII' });
  }

  /** An existing lot of the item (UNKNOWN_LOT otherwise). */
  async existingLot(item: Item, lotNumber: string | null, field: FieldPath): Promise<Lot | null> {
    if (lotNumber === null) return null;
    const row = await queryOne<{ id: string }>(this.tx.em, 'select id::text as id from lots where item_id = ? and lower(lot_number) = lower(?)', [item.id, lotNumber]);
    if (!row) throw new DomainError(InventoryErrorCode.UNKNOWN_LOT, `${item.sku} has no lot ${lotNumber}.`, { field });
    return this.tx.em.findOneOrFail(Lot, { id: row.id });
  }

  /**
   * The lot a receipt brings stock into: created on first receipt (recording its expiry
   * and origin), reused afterwards; a different expiry for an existing lot is refused.
   */
  async receivedLot(item: Item, lotNumber: string | null, expiryDate: string | null, origin: { type: string; id: string }, field: FieldPath): Promise<Lot | null> {
    if (item.trackingMode !== TrackingMode.LOT) {
      if (lotNumber !== null) throw new DomainError(InventoryErrorCode.LOT_NOT_TRACKED, `${item.sku} is not lot-tracked: give no lot number.`, { field: [...field, 'lotNumber'] });
      return null;
    }
    if (lotNumber === null) throw new DomainError(InventoryErrorCode.LOT_REQUIRED, `${item.sku} is lot-tracked: give a lot number.`, { field: [...field, 'lotNumber'] });
    await queryOne(
      this.tx.em,
      `insert into lots (item_id, lot_number, expiry_date, received_at, origin_type, origin_id) values (?, ?, ?, ?, ?, ?)
       on conflict (item_id, lower(lot_number)) do nothing`,
      [item.id, lotNumber, expiryDate, this.tx.tx.now, origin.type, origin.id],
    );
    const row = await queryOne<{ id: string }>(this.tx.em, 'select id::text as id from lots where item_id = ? and lower(lot_number) = lower(?)', [item.id, lotNumber]);
    const lot = await this.tx.em.findOneOrFail(Lot, { id: (row as { id: string }).id });
    if (item.lotExpiryRequired && !lot.expiryDate && !expiryDate) {
      throw new DomainError(InventoryErrorCode.LOT_EXPIRY_REQUIRED, `Lots of ${item.sku} need an expiry date.`, { field: [...field, 'expiryDate'] });
    }
    if (expiryDate && lotExpiry(lot) === null) {
      // A lot first received without an expiry learns it from the first document that gives one.
      await queryOne(this.tx.em, 'update lots set expiry_date = ?, updated_at = ? where id = ?', [expiryDate, this.tx.tx.now, lot.id]);
      await this.tx.em.refresh(lot);
    }
    if (expiryDate && lotExpiry(lot) !== expiryDate) {
      throw new DomainError(InventoryErrorCode.LOT_EXPIRY_MISMATCH, `Lot ${lot.lotNumber} of ${item.sku} expires on ${lotExpiry(lot)}, not ${expiryDate}.`, {
        field: [...field, 'expiryDate'],
      });
    }
    return lot;
  }

  /** An expired lot goes into a sellable location only when the command says allowExpired. */
  assertLotSellable(item: Item, lot: Lot | null, location: Location, occurredAt: Date, allowExpired: boolean, field: FieldPath): void {
    if (lot && location.sellable && !allowExpired && lotExpiredOn(lot, postingDateOf(occurredAt))) {
      throw new DomainError(
        InventoryErrorCode.LOT_EXPIRED,
        `Lot ${lot.lotNumber} of ${item.sku} expired on ${lotExpiry(lot)}: put it into a non-sellable location (quarantine) or set allowExpired.`,
        { field },
      );
    }
  }

  expiryDate(value: string | null | undefined, field: FieldPath): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
      throw new DomainError(InventoryErrorCode.INVALID, `${value} is not a date (YYYY-MM-DD).`, { field });
    }
    return value;
  }

  serialNumbers(values: readonly string[] | null | undefined, field: FieldPath): string[] {
    const list = (values ?? []).map((v, i) => requireText(v, [...field, String(i)], { code: InventoryErrorCode, max: 64, pattern: /^[\x21-\x7e]+$/, patternHint: 'printable ASCII without spaces' }));
    const seen = new Set<string>();
    for (const [i, s] of list.entries()) {
      if (seen.has(s)) throw new DomainError(InventoryErrorCode.DUPLICATE_SERIAL, `Serial ${s} is listed twice.`, { field: [...field, String(i)] });
      seen.add(s);
    }
    return list;
  }

  /**
   * Serial rows for numbers, locked for update in id order. With `create`, unknown
   * numbers become new serials (not yet in stock; the receipt puts them there).
   */
  async serials(item: Item, numbers: readonly string[], field: FieldPath, opts: { create: boolean }): Promise<Serial[]> {
    if (numbers.length === 0) return [];
    if (item.trackingMode !== TrackingMode.SERIAL) {
      throw new DomainError(InventoryErrorCode.SERIALS_NOT_TRACKED, `${item.sku} is not serial-tracked: give no serial numbers.`, { field });
    }
    if (opts.create) {
      const values = numbers.map(() => `(?, ?, '${SerialStatus.GONE}')`).join(', ');
      await queryOne(
        this.tx.em,
        `insert into serials (item_id, serial_number, status) values ${values} on conflict (item_id, serial_number) do nothing`,
        numbers.flatMap((n) => [item.id, n]),
      );
    }
    const found = await this.tx.em.find(Serial, { item: item.id, serialNumber: { $in: [...numbers] } }, { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
    const byNumber = new Map(found.map((s) => [s.serialNumber, s]));
    return numbers.map((n, i) => {
      const serial = byNumber.get(n);
      if (!serial) throw new DomainError(InventoryErrorCode.UNKNOWN_SERIAL, `${item.sku} has no serial ${n}.`, { field: [...field, String(i)] });
      return serial;
    });
  }

  reference(value: string | null | undefined): string | null {
    return optionalText(value, ['input', 'reference'], { code: InventoryErrorCode, max: 100 });
  }

  memo(value: string | null | undefined): string | null {
    return optionalText(value, ['input', 'memo'], { code: InventoryErrorCode, max: 1000 });
  }
}

