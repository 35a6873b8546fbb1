import { postingDateOf } from '../../shared/dates';
import { type Decimal, QUANTITY_SCALE, UNIT_COST_SCALE } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { type FieldPath, optionalText, requireDecimal, requireText } from '../../shared/validate';
import { TrackingMode } from '../catalog/item.entity';
import { LocationType } from '../warehouse/location.entity';
import { InventoryErrorCode } from './inventory-errors';
import { type ItemRow, type LocationRow, type LotRow, type SerialRow, type StockState, type WarehouseRow, lotKey, serialKey } from './stock-state';

/** Most lines one stock document may carry. */
export const MAX_LINES = 1000;

/*
 * A command's input in two steps. First the checks that need nothing from the database
 * (run before any statement: counts, formats, lengths), so bad input costs no round trip.
 * Then, once the command's state is read (stock-state.ts), StockInput turns ids into rows
 * and checks what needs them: known and active objects, quantities in the unit's
 * precision, lots and serial numbers. Each rule is written once, for every document.
 */

export function lineCount(lines: readonly unknown[] | null | undefined, field: FieldPath = ['input', 'lines']): void {
  if (!lines || lines.length === 0) throw new DomainError(InventoryErrorCode.REQUIRED, 'Give at least one line.', { field });
  if (lines.length > MAX_LINES) throw new DomainError(InventoryErrorCode.TOO_MANY_LINES, `At most ${MAX_LINES} lines per document.`, { field });
}

export function parseUnitCost(value: string | null | undefined, field: FieldPath): Decimal {
  return requireDecimal(value, field, { code: InventoryErrorCode, scale: UNIT_COST_SCALE, nonNegative: true, scaleHint: `unit costs take up to ${UNIT_COST_SCALE} places` });
}

export function parseLotNumber(value: string | null | undefined, field: FieldPath): string | null {
  return optionalText(value, field, { code: InventoryErrorCode, max: 64, pattern: /^[\x21-\x7e][\x20-\x7e]*$/, patternHint: 'printable ASCII' });
}

export function parseExpiryDate(value: string | null | undefined, field: FieldPath): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new DomainError(InventoryErrorCode.INVALID, `${value} is not a date (YYYY-MM-DD).`, { field });
  }
  return value;
}

export function parseSerialNumbers(values: readonly string[] | null | undefined, field: FieldPath): string[] {
  const list = (values ?? []).map((v, i) => requireText(v, [...field, String(i)], { code: InventoryErrorCode, max: 64, pattern: /^[\x21-\x7e]+$/, patternHint: 'printable ASCII without spaces' }));
  const seen = new Set<string>();
  for (const [i, s] of list.entries()) {
    if (seen.has(s)) throw new DomainError(InventoryErrorCode.DUPLICATE_SERIAL, `Serial ${s} is listed twice.`, { field: [...field, String(i)] });
    seen.add(s);
  }
  return list;
}

export function parseReference(value: string | null | undefined): string | null {
  return optionalText(value, ['input', 'reference'], { code: InventoryErrorCode, max: 100 });
}

export function parseMemo(value: string | null | undefined): string | null {
  return optionalText(value, ['input', 'memo'], { code: InventoryErrorCode, max: 1000 });
}

/** The text of a quantity, checked for form only (its precision depends on the item's unit, checked by StockInput.quantity). */
export function quantityText(value: string | null | undefined, field: FieldPath): string {
  return requireText(value, field, { code: InventoryErrorCode, max: 64 });
}

/** Resolves a command's ids against the rows it read under its locks. */
export class StockInput {
  constructor(private readonly state: StockState) {}

  warehouse(id: string, field: FieldPath): WarehouseRow {
    const warehouse = this.state.warehouses.get(id);
    if (!warehouse) throw new DomainError(InventoryErrorCode.UNKNOWN_WAREHOUSE, 'No warehouse has this id.', { field });
    if (!warehouse.active) throw new DomainError(InventoryErrorCode.INACTIVE_WAREHOUSE, `Warehouse ${warehouse.code} is inactive.`, { field });
    return warehouse;
  }

  item(id: string, field: FieldPath, opts: { mustBeActive?: boolean } = {}): ItemRow {
    const item = this.state.items.get(id);
    if (!item) throw new DomainError(InventoryErrorCode.UNKNOWN_ITEM, 'No item has this id.', { field });
    if (opts.mustBeActive && !item.active) throw new DomainError(InventoryErrorCode.INACTIVE_ITEM, `Item ${item.sku} is inactive.`, { field });
    return item;
  }

  /** A user-chosen location of the warehouse: known, active, and not the system in-transit location. */
  location(id: string, warehouse: WarehouseRow, field: FieldPath): LocationRow {
    const location = this.anyLocation(id, field);
    if (location.warehouse_id !== warehouse.id) {
      throw new DomainError(InventoryErrorCode.LOCATION_IN_OTHER_WAREHOUSE, `Location ${location.code} is not in warehouse ${warehouse.code}.`, { field });
    }
    if (location.type === LocationType.TRANSIT) {
      throw new DomainError(InventoryErrorCode.TRANSIT_LOCATION, 'The in-transit location changes only through transfers.', { field });
    }
    if (!location.active) throw new DomainError(InventoryErrorCode.INACTIVE_LOCATION, `Location ${location.code} is inactive.`, { field });
    return location;
  }

  anyLocation(id: string, field: FieldPath): LocationRow {
    const location = this.state.locations.get(id);
    if (!location) throw new DomainError(InventoryErrorCode.UNKNOWN_LOCATION, 'No location has this id.', { field });
    return location;
  }

  transitLocation(warehouse: WarehouseRow): LocationRow {
    const location = this.state.transitLocation(warehouse.id);
    if (!location) throw new Error(`warehouse ${warehouse.code} has no in-transit location`);
    return location;
  }

  /** A quantity in the item's unit: positive, with no more decimals than the unit allows. */
  quantity(item: ItemRow, value: string | null | undefined, field: FieldPath, opts: { allowZero?: boolean } = {}): Decimal {
    const scale = Math.min(item.unit_decimals, QUANTITY_SCALE);
    const q = requireDecimal(value, field, {
      code: { ...InventoryErrorCode, INVALID: InventoryErrorCode.INVALID_QUANTITY },
      scale,
      positive: !opts.allowZero,
      nonNegative: opts.allowZero,
      scaleHint: `${item.unit_code} allows ${item.unit_decimals} decimal places`,
    });
    if (item.tracking_mode === TrackingMode.SERIAL && !q.isInteger()) {
      throw new DomainError(InventoryErrorCode.INVALID_QUANTITY, 'Serial-tracked quantities are whole numbers.', { field });
    }
    return q;
  }

  /** An existing lot of the item (UNKNOWN_LOT otherwise). */
  existingLot(item: ItemRow, lotNumber: string | null, field: FieldPath): LotRow | null {
    if (lotNumber === null) return null;
    const lot = this.state.lots.get(lotKey(item.id, lotNumber));
    if (!lot) throw new DomainError(InventoryErrorCode.UNKNOWN_LOT, `${item.sku} has no lot ${lotNumber}.`, { field });
    return lot;
  }

  /**
   * The lot a receipt brings stock into: created on first receipt (with its expiry and
   * origin, by the command's LOTS statement), reused afterwards; a different expiry for an
   * existing lot is refused, a lot without one learns it.
   */
  receivedLot(item: ItemRow, lotNumber: string | null, expiryDate: string | null, field: FieldPath): LotRow | null {
    if (item.tracking_mode !== TrackingMode.LOT) {
      if (lotNumber !== null) throw new DomainError(InventoryErrorCode.LOT_NOT_TRACKED, `${item.sku} is not lot-tracked: give no lot number.`, { field: [...field, 'lotNumber'] });
      return null;
    }
    if (lotNumber === null) throw new DomainError(InventoryErrorCode.LOT_REQUIRED, `${item.sku} is lot-tracked: give a lot number.`, { field: [...field, 'lotNumber'] });
    const lot = this.state.lots.get(lotKey(item.id, lotNumber));
    if (!lot) throw new Error(`lot ${lotNumber} of item ${item.id} was not brought in`);
    if (item.lot_expiry_required && !lot.expiry_date && !expiryDate) {
      throw new DomainError(InventoryErrorCode.LOT_EXPIRY_REQUIRED, `Lots of ${item.sku} need an expiry date.`, { field: [...field, 'expiryDate'] });
    }
    if (expiryDate && lot.expiry_date === null) {
      // A lot first received without an expiry learns it from the first document that gives one.
      lot.expiry_date = expiryDate;
      lot.learned_expiry = expiryDate;
    }
    if (expiryDate && lot.expiry_date !== expiryDate) {
      throw new DomainError(InventoryErrorCode.LOT_EXPIRY_MISMATCH, `Lot ${lot.lot_number} of ${item.sku} expires on ${lot.expiry_date}, not ${expiryDate}.`, {
        field: [...field, 'expiryDate'],
      });
    }
    return lot;
  }

  /** An expired lot goes into a sellable location only when the command says allowExpired. */
  assertLotSellable(item: ItemRow, lot: LotRow | null, location: LocationRow, occurredAt: Date, allowExpired: boolean, field: FieldPath): void {
    if (lot && location.sellable && !allowExpired && lot.expiry_date !== null && lot.expiry_date < postingDateOf(occurredAt)) {
      throw new DomainError(
        InventoryErrorCode.LOT_EXPIRED,
        `Lot ${lot.lot_number} of ${item.sku} expired on ${lot.expiry_date}: put it into a non-sellable location (quarantine) or set allowExpired.`,
        { field },
      );
    }
  }

  /** Serial rows for numbers (locked by the command's READ; created there for receipts and gains). */
  serials(item: ItemRow, numbers: readonly string[], field: FieldPath): SerialRow[] {
    if (numbers.length === 0) return [];
    if (item.tracking_mode !== TrackingMode.SERIAL) {
      throw new DomainError(InventoryErrorCode.SERIALS_NOT_TRACKED, `${item.sku} is not serial-tracked: give no serial numbers.`, { field });
    }
    return numbers.map((n, i) => {
      const serial = this.state.serials.get(serialKey(item.id, n));
      if (!serial) throw new DomainError(InventoryErrorCode.UNKNOWN_SERIAL, `${item.sku} has no serial ${n}.`, { field: [...field, String(i)] });
      return serial;
    });
  }
}
