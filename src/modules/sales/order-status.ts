import { DomainError } from '../../shared/errors';
import type { FieldPath } from '../../shared/validate';
import { SalesErrorCode } from './sales-errors';

/** Where a sales order stands. The one place its changes are decided is TRANSITIONS below. */
export enum SalesOrderStatus {
  DRAFT = 'DRAFT',
  /** Confirmation would take the customer over its credit limit (policy HOLD): finance approves (then it confirms) or it is cancelled. */
  CREDIT_HOLD = 'CREDIT_HOLD',
  CONFIRMED = 'CONFIRMED',
  ALLOCATED = 'ALLOCATED',
  PARTIALLY_ALLOCATED = 'PARTIALLY_ALLOCATED',
  BACKORDERED = 'BACKORDERED',
  PICKING = 'PICKING',
  PACKED = 'PACKED',
  PARTIALLY_SHIPPED = 'PARTIALLY_SHIPPED',
  SHIPPED = 'SHIPPED',
  INVOICED = 'INVOICED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

const S = SalesOrderStatus;

/** States before the first shipment: an order in one of them may still be cancelled. */
export const CANCELLABLE: ReadonlySet<SalesOrderStatus> = new Set([S.DRAFT, S.CREDIT_HOLD, S.CONFIRMED, S.ALLOCATED, S.PARTIALLY_ALLOCATED, S.BACKORDERED, S.PICKING, S.PACKED]);

/**
 * Every allowed change, by the state it leaves. The forward path is
 * DRAFT -> CONFIRMED -> ALLOCATED | PARTIALLY_ALLOCATED | BACKORDERED -> PICKING -> PACKED
 * -> PARTIALLY_SHIPPED | SHIPPED -> INVOICED -> CLOSED. Besides it:
 * - allocation moves between ALLOCATED, PARTIALLY_ALLOCATED and BACKORDERED as stock comes
 *   (a receipt fills a backorder) or goes (a short pick backorders the rest);
 * - a partly allocated order may start picking what it holds;
 * - PARTIALLY_SHIPPED stays until the rest ships (later picks of the rest keep it there);
 * - DRAFT -> CREDIT_HOLD when confirmation would pass the credit limit (customer policy HOLD),
 *   then CONFIRMED when finance approves;
 * - CANCELLED from every state before the first shipment (CANCELLABLE).
 * CLOSED and CANCELLED are final.
 */
const FORWARD: Readonly<Record<SalesOrderStatus, readonly SalesOrderStatus[]>> = {
  [S.DRAFT]: [S.CONFIRMED, S.CREDIT_HOLD],
  [S.CREDIT_HOLD]: [S.CONFIRMED],
  [S.CONFIRMED]: [S.ALLOCATED, S.PARTIALLY_ALLOCATED, S.BACKORDERED],
  [S.ALLOCATED]: [S.PARTIALLY_ALLOCATED, S.BACKORDERED, S.PICKING],
  [S.PARTIALLY_ALLOCATED]: [S.ALLOCATED, S.BACKORDERED, S.PICKING],
  [S.BACKORDERED]: [S.ALLOCATED, S.PARTIALLY_ALLOCATED],
  [S.PICKING]: [S.PARTIALLY_ALLOCATED, S.BACKORDERED, S.PACKED],
  [S.PACKED]: [S.PARTIALLY_SHIPPED, S.SHIPPED],
  [S.PARTIALLY_SHIPPED]: [S.SHIPPED],
  [S.SHIPPED]: [S.INVOICED],
  [S.INVOICED]: [S.CLOSED],
  [S.CLOSED]: [],
  [S.CANCELLED]: [],
};

export const TRANSITIONS: Readonly<Record<SalesOrderStatus, readonly SalesOrderStatus[]>> = Object.fromEntries(
  Object.values(S).map((from) => [from, CANCELLABLE.has(from) ? [...FORWARD[from], S.CANCELLED] : [...FORWARD[from]]]),
) as unknown as Record<SalesOrderStatus, readonly SalesOrderStatus[]>;

export function canTransition(from: SalesOrderStatus, to: SalesOrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The states an order in `from` may go to next. */
export function nextStatuses(from: SalesOrderStatus): readonly SalesOrderStatus[] {
  return TRANSITIONS[from];
}

/** Refuses a change the table does not allow, naming both states (ILLEGAL_TRANSITION). */
export function assertTransition(from: SalesOrderStatus, to: SalesOrderStatus, field: FieldPath = ['input', 'id']): void {
  if (canTransition(from, to)) return;
  const why = to === S.CANCELLED ? ' (an order can be cancelled only before its first shipment)' : '';
  throw new DomainError(SalesErrorCode.ILLEGAL_TRANSITION, `A sales order cannot go from ${from} to ${to}${why}.`, { field, details: { from, to } });
}
