import { DomainError } from '../../shared/errors';
import { FIRST_POSTING_YEAR, LAST_POSTING_YEAR } from '../../shared/dates';
import { type Decimal, ZERO, dec, roundTo } from '../../shared/decimal';
import { ReportingErrorCode } from './reporting-errors';

/** A report's period: calendar dates, both included, as UTC days. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The period checked, and the instants that bound it: [start of `from`, start of the day after `to`). */
export function periodBounds(period: ReportPeriod): { from: string; to: string; startsAt: Date; endsBefore: Date } {
  const { from, to } = period;
  if (from > to) throw new DomainError(ReportingErrorCode.INVALID, `The period starts (${from}) after it ends (${to}).`, { field: ['from'] });
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    const year = Number(value.slice(0, 4));
    if (year < FIRST_POSTING_YEAR || year > LAST_POSTING_YEAR) {
      throw new DomainError(ReportingErrorCode.INVALID, `${name} must lie in the years ${FIRST_POSTING_YEAR} to ${LAST_POSTING_YEAR}.`, { field: [name] });
    }
  }
  const startsAt = new Date(`${from}T00:00:00Z`);
  const endsBefore = new Date(`${to}T00:00:00Z`);
  endsBefore.setUTCDate(endsBefore.getUTCDate() + 1);
  return { from, to, startsAt, endsBefore };
}

/** Margin as a percentage of revenue, to 2 places (half up); null when there is no revenue to divide by. */
export function marginPercent(revenue: Decimal, margin: Decimal): Decimal | null {
  if (revenue.isZero()) return null;
  return roundTo(margin.div(revenue).times(100), 2);
}

/** `count` out of `of` as a fraction between 0 and 1, to 4 places (half up); null when `of` is zero. */
export function share(count: Decimal, of: Decimal): Decimal | null {
  if (of.lte(ZERO)) return null;
  return roundTo(count.div(of), 4);
}

/** Events per 1,000 of a base (short picks per 1,000 picks), to 2 places; null when the base is zero. */
export function perThousand(count: Decimal, base: Decimal): Decimal | null {
  if (base.lte(ZERO)) return null;
  return roundTo(count.times(1000).div(base), 2);
}

export function decOrNull(value: string | null | undefined): Decimal | null {
  return value === null || value === undefined ? null : dec(value);
}
