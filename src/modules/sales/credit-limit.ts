import { type Decimal, type DecimalInput, dec, roundTo, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { SalesOrderStatus } from './order-status';
import { SalesErrorCode } from './sales-errors';

/**
 * The credit limit rule. A customer's exposure is what it owes (its balance on the AR
 * accounts) plus what it has ordered and not yet been invoiced for (its open orders); an
 * order confirms only while exposure plus the order stays within the limit. A customer
 * without a limit (null) is not checked.
 */

/**
 * Orders whose value counts as open: confirmed and not yet wholly invoiced. DRAFT orders
 * are not commitments yet, CREDIT_HOLD orders wait for finance (counted once approved),
 * INVOICED, CLOSED and CANCELLED ones owe through their invoices or not at all.
 */
export const OPEN_ORDER_STATUSES: readonly SalesOrderStatus[] = [
  SalesOrderStatus.CONFIRMED,
  SalesOrderStatus.ALLOCATED,
  SalesOrderStatus.PARTIALLY_ALLOCATED,
  SalesOrderStatus.BACKORDERED,
  SalesOrderStatus.PICKING,
  SalesOrderStatus.PACKED,
  SalesOrderStatus.PARTIALLY_SHIPPED,
  SalesOrderStatus.SHIPPED,
];

/**
 * The value of order lines not yet invoiced, tax included, as SQL over `sales_order_lines l`:
 * (ordered - cancelled - invoiced) x price x (1 - discount %) x (1 + tax %), exact (NUMERIC).
 */
export const OPEN_LINE_VALUE_SQL = `greatest(l.quantity_ordered - l.quantity_cancelled - l.quantity_invoiced, 0) * l.unit_price * (1 - l.discount_percent / 100) * (1 + l.tax_rate / 100)`;

export interface CreditFigures {
  /** The customer's credit limit. */
  limit: DecimalInput;
  /** Open receivables: the customer's balance on the AR accounts (debit - credit). */
  receivables: DecimalInput;
  /** What the customer's other open orders are worth, not yet invoiced. */
  openOrders: DecimalInput;
  /** What the order being confirmed is worth. */
  thisOrder: DecimalInput;
}

export interface CreditCheck {
  limit: Decimal;
  receivables: Decimal;
  openOrders: Decimal;
  /** Receivables plus open orders, before this order. */
  exposure: Decimal;
  thisOrder: Decimal;
  /** Exposure plus this order. */
  total: Decimal;
  exceeded: boolean;
}

/**
 * Sets exposure plus this order against the limit, each figure rounded half-up to the
 * currency's minor unit first (amounts are owed in whole minor units: an order worth
 * 100.004 fits a limit of 100.00). Equal to the limit is within it.
 */
export function checkCredit(figures: CreditFigures, minorUnit: number): CreditCheck {
  const money = (v: DecimalInput) => roundTo(dec(v), minorUnit);
  const limit = money(figures.limit);
  const receivables = money(figures.receivables);
  const openOrders = money(figures.openOrders);
  const exposure = receivables.plus(openOrders);
  const thisOrder = money(figures.thisOrder);
  const total = exposure.plus(thisOrder);
  return { limit, receivables, openOrders, exposure, thisOrder, total, exceeded: total.gt(limit) };
}

/** CREDIT_LIMIT_EXCEEDED for a check that failed, naming the limit, the exposure and the order; the figures in details. */
export function creditLimitExceeded(customerCode: string, check: CreditCheck, field: readonly string[] = ['input', 'id']): DomainError {
  const limit = toText(check.limit);
  const exposure = toText(check.exposure);
  const thisOrder = toText(check.thisOrder);
  const over = toText(check.total.minus(check.limit));
  return new DomainError(
    SalesErrorCode.CREDIT_LIMIT_EXCEEDED,
    `Customer ${customerCode} has a credit limit of ${limit}; its exposure is ${exposure} (open receivables ${toText(check.receivables)}, open orders ${toText(check.openOrders)}), and this order (${thisOrder}) would take it to ${toText(check.total)}, ${over} over the limit.`,
    { field, details: { limit, receivables: toText(check.receivables), openOrders: toText(check.openOrders), exposure, thisOrder, total: toText(check.total), over } },
  );
}
