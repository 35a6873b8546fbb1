import { type Decimal, ZERO, dec, roundTo } from '../../shared/decimal';

/**
 * Invoice arithmetic, pure. The rounding rule (README "Billing"): each line is rounded
 * half up to the currency's minor unit, net first, then its tax from the rounded net;
 * an invoice's totals are the sums of its rounded lines (never a rounded sum).
 *
 *   net   = round(quantity x unit price x (1 - discount % / 100))
 *   tax   = round(net x tax rate % / 100)
 *   total = net + tax
 */
export interface LineAmounts {
  net: Decimal;
  tax: Decimal;
  total: Decimal;
}

export interface PricedLine {
  quantity: Decimal;
  unitPrice: Decimal;
  discountPercent: Decimal;
  taxRate: Decimal;
}

export function lineAmounts(line: PricedLine, minor: number): LineAmounts {
  const net = roundTo(line.quantity.mul(line.unitPrice).mul(dec(100).minus(line.discountPercent)).div(100), minor);
  const tax = roundTo(net.mul(line.taxRate).div(100), minor);
  return { net, tax, total: net.plus(tax) };
}

/**
 * The amounts of `quantity` more units of an invoice line that has `done` of its
 * `lineQuantity` units credited (or returned) already: the share of the cumulative
 * quantity minus the share already taken, each rounded. So the parts of a line always
 * add up to the line exactly, however it is split.
 */
export function shareOf(whole: LineAmounts, lineQuantity: Decimal, done: Decimal, quantity: Decimal, minor: number): LineAmounts {
  const upTo = (q: Decimal): LineAmounts => {
    if (q.gte(lineQuantity)) return whole;
    const f = (v: Decimal) => roundTo(v.mul(q).div(lineQuantity), minor);
    const net = f(whole.net);
    const tax = f(whole.tax);
    return { net, tax, total: net.plus(tax) };
  };
  const after = upTo(done.plus(quantity));
  const before = done.isZero() ? { net: ZERO, tax: ZERO, total: ZERO } : upTo(done);
  return { net: after.net.minus(before.net), tax: after.tax.minus(before.tax), total: after.total.minus(before.total) };
}

export function sumAmounts(lines: readonly LineAmounts[]): LineAmounts {
  return lines.reduce((a, l) => ({ net: a.net.plus(l.net), tax: a.tax.plus(l.tax), total: a.total.plus(l.total) }), { net: ZERO, tax: ZERO, total: ZERO });
}

/** Due date: the issue date plus the payment terms in days (calendar days, UTC). */
export function dueDate(issueDate: string, termsDays: number): string {
  const d = new Date(`${issueDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + termsDays);
  return d.toISOString().slice(0, 10);
}

export enum AgingBucket {
  CURRENT = 'CURRENT',
  DAYS_1_30 = 'DAYS_1_30',
  DAYS_31_60 = 'DAYS_31_60',
  DAYS_61_90 = 'DAYS_61_90',
  OVER_90 = 'OVER_90',
}

/** Days past due as of a date -> its aging bucket (not yet due or due that day: CURRENT). */
export function agingBucket(due: string, asOf: string): AgingBucket {
  const days = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000);
  if (days <= 0) return AgingBucket.CURRENT;
  if (days <= 30) return AgingBucket.DAYS_1_30;
  if (days <= 60) return AgingBucket.DAYS_31_60;
  if (days <= 90) return AgingBucket.DAYS_61_90;
  return AgingBucket.OVER_90;
}

/** What an invoice's applications make of it (credit notes: OPEN while credit is left, APPLIED after). */
export function invoiceStatus(total: Decimal, applied: Decimal, paidByPayment: boolean): 'OPEN' | 'PARTIALLY_PAID' | 'PAID' | 'CANCELLED' {
  if (applied.gte(total)) return paidByPayment || total.isZero() ? 'PAID' : 'CANCELLED';
  return paidByPayment ? 'PARTIALLY_PAID' : 'OPEN';
}
