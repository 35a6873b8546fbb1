/** Accounting dates are UTC calendar dates of the business event's time. */
export function postingDateOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function yearMonthOf(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

export function monthBounds(year: number, month: number): { startDate: string; endDate: string } {
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0..99 as 1900..1999.
  const start = new Date(0);
  start.setUTCFullYear(year, month - 1, 1);
  const end = new Date(0);
  end.setUTCFullYear(year, month, 0);
  return { startDate: start.toISOString().slice(0, 10), endDate: end.toISOString().slice(0, 10) };
}

/** The first and last dates the ledger accepts (the years a period can be opened and closed in). */
export const FIRST_POSTING_YEAR = 1900;
export const LAST_POSTING_YEAR = 2999;

/** Dates from pg arrive as strings, from PGlite as Date objects (midnight UTC). */
export function dateText(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);
}
