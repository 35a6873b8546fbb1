import { statement, withConnection } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { type CreditCheck, OPEN_LINE_VALUE_SQL, OPEN_ORDER_STATUSES, checkCredit } from '../sales/credit-limit';
import type { CreditLimitAction } from '../sales/customer.entity';
import type { OrderRow } from './order-rows';

/**
 * The credit limit at confirmation, folded into two statements the confirmation sends
 * anyway, so it costs no round trip:
 *
 * 1. The confirmation's first read (CONFIRM_CREDIT_COLUMNS in CONFIRM_READ) takes the
 *    customer's credit lock when the customer has a limit: an exclusive transaction-level
 *    advisory lock keyed by the customer id. Two confirmations of one customer's orders
 *    therefore run one after the other from their first statement on; customers without
 *    a limit take no lock and are not serialized at all.
 * 2. The order lock (LOCK_ORDER_WITH_CREDIT, in place of lockOrderAt) reads the figures:
 *    the customer's AR balance, its other open orders and this order. Under READ COMMITTED
 *    each statement sees what was committed before it began, and this one begins after the
 *    credit lock was granted, so it sees every confirmation of the customer that held the
 *    lock before: the second of two concurrent confirmations counts the first. (The lock
 *    and the figures cannot share one statement: a statement's snapshot is taken before it
 *    waits for a lock.)
 *
 * Why an advisory lock and not FOR UPDATE on the customer row: a row lock would also
 * block every insert referencing the customer (foreign key checks take FOR KEY SHARE on
 * it: orders, invoices, journal lines) and every command that locks customers in another
 * order; the advisory key is taken by confirmations and credit approvals only, always
 * first, before any stock or order lock, so it cannot take part in a deadlock.
 * What lowers exposure (a payment, a cancellation) needs no lock: a confirmation that
 * misses it errs on the safe side. An invoice moves value from open orders to receivables
 * (quantity_invoiced and the AR line in one transaction), which leaves exposure unchanged.
 *
 * Key: namespace 3 << 40 | customer id, beside the place locks' namespaces 1 and 2
 * (warehouse/place-locks.ts).
 */
const CUSTOMER_CREDIT_NS = 3;

/** Columns for a query over `customers c` (CONFIRM_READ): the customer's code, and its credit lock, taken when it has a limit. */
export const CONFIRM_CREDIT_COLUMNS = `c.code as customer_code,
  case when c.credit_limit is not null then (select count(*)::int from (select pg_advisory_xact_lock((${CUSTOMER_CREDIT_NS}::bigint << 40) | c.id)) k) end as credit_locked`;

/** What CONFIRM_CREDIT_COLUMNS read. */
export interface CreditColumns {
  customer_code: string;
  /** Not null when the customer had a limit and the lock was taken. */
  credit_locked: number | null;
}

/**
 * The order lock of lockOrderAt (the command starts over if the order's version is no
 * longer the one read) with the customer's credit figures, read after the credit lock.
 */
const LOCK_ORDER_WITH_CREDIT = statement(`
select (select ledgerhouse_changed('the sales order') from (select version from sales_orders where id = $1::bigint for update) o where o.version <> $2::int) as checked,
       c.credit_limit::text as credit_limit, c.credit_limit_action,
       (select coalesce(sum(j.debit - j.credit), 0)::text from journal_lines j
        where j.customer_id = c.id and j.account_id in (select m.account_id from account_mappings m where m.purpose = 'AR')) as receivables,
       (select coalesce(sum(${OPEN_LINE_VALUE_SQL}), 0)::text from sales_orders so join sales_order_lines l on l.order_id = so.id
        where so.customer_id = c.id and so.status = any($3::text[]) and so.id <> $1::bigint) as open_orders,
       (select coalesce(sum(${OPEN_LINE_VALUE_SQL}), 0)::text from sales_order_lines l where l.order_id = $1::bigint) as this_order
from customers c where c.id = $4::bigint`);

export interface CreditOutcome {
  action: CreditLimitAction;
  check: CreditCheck;
}

/**
 * Locks the order (as lockOrderAt) and checks the customer's credit: null when the
 * customer has no limit (now), else the check and the customer's policy.
 */
export async function lockOrderCheckingCredit(tx: TxContext, order: Pick<OrderRow, 'id' | 'version' | 'customer_id'>): Promise<CreditOutcome | null> {
  const [row] = await withConnection(tx.em, (c) =>
    c.rows<{ credit_limit: string | null; credit_limit_action: CreditLimitAction; receivables: string; open_orders: string; this_order: string }>(LOCK_ORDER_WITH_CREDIT, [
      order.id,
      order.version,
      OPEN_ORDER_STATUSES,
      order.customer_id,
    ]),
  );
  if (!row || row.credit_limit === null) return null;
  const check = checkCredit({ limit: row.credit_limit, receivables: row.receivables, openOrders: row.open_orders, thisOrder: row.this_order }, tx.config.currencyMinorUnit);
  return { action: row.credit_limit_action, check };
}
