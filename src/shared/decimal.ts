import DecimalJs from 'decimal.js';

/**
 * An isolated decimal.js constructor for money and quantities: 40 significant digits
 * (NUMERIC(24, x) never needs more), half-up rounding unless a call says otherwise,
 * and plain notation in toString so a value never comes out as "1e-7".
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalInput = Decimal | string | number;

export const ZERO = new Decimal(0);

export function dec(value: DecimalInput): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

/** Largest absolute value any amount or quantity may take (NUMERIC(24, 6) leaves 18 integer digits). */
export const MAX_ABS = new Decimal('1e18');
/** Most decimal places the API accepts in any Decimal; each field may allow fewer. */
export const MAX_SCALE = 12;

/** Quantities are stored with 6 decimal places; a unit of measure may allow fewer. */
export const QUANTITY_SCALE = 6;
/** Unit costs are stored with 6 decimal places; amounts with the currency's minor unit. */
export const UNIT_COST_SCALE = 6;

export function roundTo(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

export function sum(values: Iterable<DecimalInput>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(dec(v));
  return total;
}

/** Canonical text for NUMERIC columns and GraphQL output: plain notation, no trailing zeros. */
export function toText(value: DecimalInput): string {
  const d = dec(value);
  return d.isZero() ? '0' : d.toFixed();
}
