import { QUANTITY_SCALE, toText } from '../../shared/decimal';
import { DomainError, DomainErrors } from '../../shared/errors';
import { requireDecimal } from '../../shared/validate';
import { MAX_LINES } from './order-input';
import { SalesErrorCode } from './sales-errors';

/** A hold lives 15 minutes unless it asks otherwise, and a day at most. */
export const DEFAULT_HOLD_TTL_SECONDS = 900;
export const MAX_HOLD_TTL_SECONDS = 86_400;

export interface StockHoldLineInput {
  itemId: string;
  quantity: string;
}

/** A hold line checked for everything that needs no database (the unit's precision does: checkLineItems). */
export interface ParsedHoldLine {
  itemId: string;
  quantity: string;
}

export function parseTtl(value: number | null | undefined): number {
  if (value === null || value === undefined) return DEFAULT_HOLD_TTL_SECONDS;
  if (!Number.isInteger(value) || value < 1 || value > MAX_HOLD_TTL_SECONDS) {
    throw new DomainError(SalesErrorCode.TTL_OUT_OF_RANGE, `ttlSeconds must be a whole number of seconds from 1 to ${MAX_HOLD_TTL_SECONDS} (a day), got ${value}.`, {
      field: ['input', 'ttlSeconds'],
    });
  }
  return value;
}

/** Every line checked; all bad lines are reported together, each at its own field path. */
export function parseHoldLines(lines: readonly StockHoldLineInput[] | null | undefined): ParsedHoldLine[] {
  if (!lines || lines.length === 0) throw new DomainError(SalesErrorCode.NO_LINES, 'A hold needs at least one line.', { field: ['input', 'lines'] });
  if (lines.length > MAX_LINES) throw new DomainError(SalesErrorCode.TOO_MANY_LINES, `A hold has at most ${MAX_LINES} lines; this one has ${lines.length}.`, { field: ['input', 'lines'] });
  const errors: DomainError[] = [];
  const parsed: ParsedHoldLine[] = [];
  lines.forEach((line, i) => {
    try {
      const quantity = requireDecimal(line.quantity, ['input', 'lines', String(i), 'quantity'], {
        code: { ...SalesErrorCode, INVALID: SalesErrorCode.INVALID_QUANTITY, NOT_POSITIVE: SalesErrorCode.INVALID_QUANTITY },
        scale: QUANTITY_SCALE,
        positive: true,
      });
      parsed.push({ itemId: line.itemId, quantity: toText(quantity) });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      errors.push(err);
    }
  });
  throwAll(errors);
  return parsed;
}

/** Throws what was found: nothing, one error, or all of them together. */
export function throwAll(errors: readonly DomainError[]): void {
  if (errors.length === 1) throw errors[0] as DomainError;
  if (errors.length > 1) throw new DomainErrors(errors);
}
