import { hashInput } from '../../db/command';
import { QUANTITY_SCALE, UNIT_COST_SCALE, dec, toText } from '../../shared/decimal';
import { DomainError, DomainErrors } from '../../shared/errors';
import { type FieldPath, optionalText, requireDecimal } from '../../shared/validate';
import { type AddressInput, parseAddress } from '../warehouse/warehouse.service';
import type { Address } from '../warehouse/warehouse.entity';
import { parsePercent } from './customer.service';
import { SalesErrorCode } from './sales-errors';

/** Most lines one order may carry. */
export const MAX_LINES = 500;

export interface SalesOrderLineInput {
  itemId: string;
  quantity: string;
  unitPrice: string;
  discountPercent?: string | null;
  /** Percent; the customer's default rate when left out. */
  taxRate?: string | null;
}

/** A line checked for everything that does not need the database (the unit's precision does). */
export interface ParsedLine {
  itemId: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string | null;
}

export interface SalesOrderHeaderInput {
  requestedShipDate?: string | null;
  priority?: number | null;
  shipFromWarehouseId?: string | null;
  shippingAddress?: AddressInput | null;
  carrier?: string | null;
  carrierService?: string | null;
}

export interface ParsedHeader {
  requestedShipDate?: string | null;
  priority?: number;
  shipFromWarehouseId?: string | null;
  shippingAddress?: Address | null;
  carrier?: string | null;
  carrierService?: string | null;
}

const TEXT = { code: SalesErrorCode, max: 64 } as const;

/** The header fields present in the input, checked; absent fields stay absent (an update leaves them). */
export function parseHeader(input: SalesOrderHeaderInput): ParsedHeader {
  const out: ParsedHeader = {};
  if (input.requestedShipDate !== undefined) out.requestedShipDate = parseDate(input.requestedShipDate, ['input', 'requestedShipDate']);
  if (input.priority != null) {
    if (!Number.isInteger(input.priority) || input.priority < 0 || input.priority > 100) {
      throw new DomainError(SalesErrorCode.INVALID, `priority must be a whole number from 0 to 100 (higher is more urgent), got ${input.priority}.`, { field: ['input', 'priority'] });
    }
    out.priority = input.priority;
  }
  if (input.shipFromWarehouseId !== undefined) out.shipFromWarehouseId = input.shipFromWarehouseId;
  if (input.shippingAddress !== undefined) out.shippingAddress = input.shippingAddress === null ? null : parseAddress(input.shippingAddress, ['input', 'shippingAddress']);
  if (input.carrier !== undefined) out.carrier = optionalText(input.carrier, ['input', 'carrier'], TEXT);
  if (input.carrierService !== undefined) out.carrierService = optionalText(input.carrierService, ['input', 'carrierService'], TEXT);
  return out;
}

export function parseDate(value: string | null, field: FieldPath): string | null {
  if (value === null || value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new DomainError(SalesErrorCode.INVALID, `${value} is not a date (YYYY-MM-DD).`, { field });
  }
  return value;
}

/** Every line checked; all bad lines are reported together, each at its own field path. */
export function parseLines(lines: readonly SalesOrderLineInput[] | null | undefined): ParsedLine[] {
  if (!lines || lines.length === 0) throw new DomainError(SalesErrorCode.NO_LINES, 'A sales order needs at least one line.', { field: ['input', 'lines'] });
  if (lines.length > MAX_LINES) throw new DomainError(SalesErrorCode.TOO_MANY_LINES, `A sales order has at most ${MAX_LINES} lines; this one has ${lines.length}.`, { field: ['input', 'lines'] });
  const errors: DomainError[] = [];
  const parsed: ParsedLine[] = [];
  lines.forEach((line, i) => {
    const field = ['input', 'lines', String(i)];
    try {
      const quantity = requireDecimal(line.quantity, [...field, 'quantity'], {
        code: { ...SalesErrorCode, INVALID: SalesErrorCode.INVALID_QUANTITY, NOT_POSITIVE: SalesErrorCode.INVALID_QUANTITY },
        scale: QUANTITY_SCALE,
        positive: true,
      });
      const price = requireDecimal(line.unitPrice, [...field, 'unitPrice'], { code: { ...SalesErrorCode, NOT_POSITIVE: SalesErrorCode.NEGATIVE_PRICE }, scale: UNIT_COST_SCALE, nonNegative: true });
      parsed.push({
        itemId: line.itemId,
        quantity: toText(quantity),
        unitPrice: toText(price),
        discountPercent: parsePercent(line.discountPercent ?? '0', [...field, 'discountPercent'], SalesErrorCode.DISCOUNT_OUT_OF_RANGE),
        taxRate: line.taxRate == null ? null : parsePercent(line.taxRate, [...field, 'taxRate'], SalesErrorCode.TAX_RATE_OUT_OF_RANGE),
      });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      errors.push(err);
    }
  });
  if (errors.length === 1) throw errors[0] as DomainError;
  if (errors.length > 1) throw new DomainErrors(errors);
  return parsed;
}

/** The item facts a line is checked against. */
export interface LineItem {
  id: string;
  sku: string;
  active: boolean;
  unitCode: string;
  unitDecimals: number;
  serial: boolean;
}

/**
 * Checks the lines against their items: known, active, quantity no finer than the unit
 * allows. `action` names what an inactive item cannot be (order lines: ordered; holds: held).
 */
export function checkLineItems(lines: readonly Pick<ParsedLine, 'itemId' | 'quantity'>[], items: ReadonlyMap<string, LineItem>, action = 'ordered'): void {
  const errors: DomainError[] = [];
  lines.forEach((line, i) => {
    const field = ['input', 'lines', String(i)];
    const item = items.get(line.itemId);
    if (!item) {
      errors.push(new DomainError(SalesErrorCode.UNKNOWN_ITEM, 'No item has this id.', { field: [...field, 'itemId'] }));
      return;
    }
    if (!item.active) {
      errors.push(new DomainError(SalesErrorCode.ITEM_INACTIVE, `Item ${item.sku} is inactive and cannot be ${action}.`, { field: [...field, 'itemId'] }));
      return;
    }
    const places = Math.min(item.unitDecimals, QUANTITY_SCALE);
    const q = dec(line.quantity);
    if (q.decimalPlaces() > places || (item.serial && !q.isInteger())) {
      const rule = item.serial && places > 0 ? 'serial-tracked items are counted in whole units' : `${item.unitCode} allows ${places} decimal places`;
      errors.push(new DomainError(SalesErrorCode.INVALID_QUANTITY, `Quantity ${line.quantity} of ${item.sku} is finer than its unit allows (${rule}).`, { field: [...field, 'quantity'] }));
    }
  });
  if (errors.length === 1) throw errors[0] as DomainError;
  if (errors.length > 1) throw new DomainErrors(errors);
}

/**
 * What makes two creations "the same order" for an external reference: the decoded,
 * normalized input (1.0 and 1 are the same quantity), without the idempotency key.
 */
export function creationHash(input: {
  customerId: string;
  channelId: string;
  partnerId: string | null;
  header: ParsedHeader;
  lines: readonly ParsedLine[];
}): string {
  return hashInput('salesOrder.create', {
    customerId: input.customerId,
    channelId: input.channelId,
    partnerId: input.partnerId,
    // Left out and null are the same request: both take the default.
    header: {
      requestedShipDate: input.header.requestedShipDate ?? null,
      priority: input.header.priority ?? 0,
      shipFromWarehouseId: input.header.shipFromWarehouseId ?? null,
      shippingAddress: input.header.shippingAddress ? { ...input.header.shippingAddress } : null,
      carrier: input.header.carrier ?? null,
      carrierService: input.header.carrierService ?? null,
    },
    lines: input.lines,
  });
}
