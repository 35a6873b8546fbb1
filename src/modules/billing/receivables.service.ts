import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import { dateText } from '../../shared/dates';
import { type Decimal, ZERO, dec } from '../../shared/decimal';

export interface AgingRow {
  customerId: string | null;
  customerCode: string | null;
  customerName: string | null;
  current: Decimal;
  days1to30: Decimal;
  days31to60: Decimal;
  days61to90: Decimal;
  over90: Decimal;
  /** Receipts and credit notes not yet applied, as a negative amount. */
  unappliedCredit: Decimal;
  /** The sum of the buckets and the unapplied credit: what the customer owes (negative: what the company owes it). */
  total: Decimal;
}

export interface AgingReport {
  asOf: string;
  rows: AgingRow[];
  total: AgingRow;
}

export interface ArReconciliationRow {
  customerId: string | null;
  customerCode: string | null;
  /** The customer's balance on the AR account(s) at asOf, from the journal. */
  glBalance: Decimal;
  /** The same from the documents: the aging total. */
  subLedger: Decimal;
  variance: Decimal;
}

export interface StatementLine {
  date: string;
  documentType: string;
  documentId: string;
  documentNumber: string | null;
  memo: string | null;
  debit: Decimal;
  credit: Decimal;
  balance: Decimal;
}

/**
 * Open items as of a date, from the documents: each invoice or refund less the credit
 * applied to it by then (applications count from their date until their payment's
 * reversal), each receipt or credit note less what of it was applied by then. The
 * amounts are in the bucket of the days past due on that date.
 */
const AGING = `
with act as (select * from ar_applications a where a.applied_on <= ?::date and (a.reversed_on is null or a.reversed_on > ?::date)),
to_invoice as (select invoice_id as id, sum(amount) as amount from act where invoice_id is not null group by invoice_id),
to_refund as (select refund_id as id, sum(amount) as amount from act where refund_id is not null group by refund_id),
from_payment as (select payment_id as id, sum(amount) as amount from act where payment_id is not null group by payment_id),
from_note as (select credit_note_id as id, sum(amount) as amount from act where credit_note_id is not null group by credit_note_id),
debits as (
  select i.customer_id, coalesce(i.due_date, i.issue_date) as due, i.total - coalesce(x.amount, 0) as open
  from invoices i left join to_invoice x on x.id = i.id where i.kind = 'INVOICE' and i.issue_date <= ?::date
  union all
  select p.customer_id, p.payment_date, p.amount - coalesce(x.amount, 0)
  from payments p left join to_refund x on x.id = p.id where p.kind = 'REFUND' and p.payment_date <= ?::date),
credits as (
  select p.customer_id, p.amount - coalesce(x.amount, 0) as unapplied
  from payments p left join from_payment x on x.id = p.id where p.kind = 'RECEIPT' and p.payment_date <= ?::date and (p.reversed_on is null or p.reversed_on > ?::date)
  union all
  select i.customer_id, i.total - coalesce(x.amount, 0)
  from invoices i left join from_note x on x.id = i.id where i.kind = 'CREDIT_NOTE' and i.issue_date <= ?::date),
items as (
  select customer_id, ?::date - due as days, open as amount, 0::numeric as credit from debits where open <> 0
  union all
  select customer_id, null, 0, unapplied from credits where unapplied <> 0)
select c.id::text as customer_id, c.code, c.name,
  sum(case when days <= 0 then amount else 0 end)::text as current,
  sum(case when days between 1 and 30 then amount else 0 end)::text as d30,
  sum(case when days between 31 and 60 then amount else 0 end)::text as d60,
  sum(case when days between 61 and 90 then amount else 0 end)::text as d90,
  sum(case when days > 90 then amount else 0 end)::text as over90,
  (-sum(credit))::text as unapplied
from items join customers c on c.id = items.customer_id
where ?::bigint is null or c.id = ?::bigint
group by c.id, c.code, c.name order by c.code`;

/** The customers' balances on the AR account(s) at a date, from the journal. */
const AR_GL = `
select jl.customer_id::text as customer_id, sum(jl.debit - jl.credit)::text as balance
from journal_lines jl join journal_entries je on je.id = jl.entry_id
where je.posting_date <= ?::date and jl.account_id in (select account_id from account_mappings where purpose = 'AR')
  and (?::bigint is null or jl.customer_id = ?::bigint)
group by jl.customer_id`;

/** Receivables read from the billing documents and, for the check, from the journal. */
export class ReceivablesService {
  async aging(em: EntityManager, asOf: string, customerId: string | null = null): Promise<AgingReport> {
    const rows = await query<{ customer_id: string; code: string; name: string; current: string; d30: string; d60: string; d90: string; over90: string; unapplied: string }>(
      em,
      AGING,
      [asOf, asOf, asOf, asOf, asOf, asOf, asOf, asOf, customerId, customerId],
    );
    const out: AgingRow[] = rows.map((r) => {
      const row = { customerId: r.customer_id, customerCode: r.code, customerName: r.name, current: dec(r.current), days1to30: dec(r.d30), days31to60: dec(r.d60), days61to90: dec(r.d90), over90: dec(r.over90), unappliedCredit: dec(r.unapplied), total: ZERO };
      row.total = row.current.plus(row.days1to30).plus(row.days31to60).plus(row.days61to90).plus(row.over90).plus(row.unappliedCredit);
      return row;
    });
    const total: AgingRow = { customerId: null, customerCode: null, customerName: null, current: ZERO, days1to30: ZERO, days31to60: ZERO, days61to90: ZERO, over90: ZERO, unappliedCredit: ZERO, total: ZERO };
    for (const r of out) {
      total.current = total.current.plus(r.current);
      total.days1to30 = total.days1to30.plus(r.days1to30);
      total.days31to60 = total.days31to60.plus(r.days31to60);
      total.days61to90 = total.days61to90.plus(r.days61to90);
      total.over90 = total.over90.plus(r.over90);
      total.unappliedCredit = total.unappliedCredit.plus(r.unappliedCredit);
      total.total = total.total.plus(r.total);
    }
    return { asOf, rows: out.filter((r) => !r.total.isZero() || !r.unappliedCredit.isZero() || !r.current.isZero()), total };
  }

  /**
   * AR from the journal against AR from the documents, per customer, at a date: every
   * variance is zero unless a document or a posting was changed by hand. A posting to an AR
   * account without a customer shows as a row without one.
   */
  async reconciliation(em: EntityManager, asOf: string): Promise<{ asOf: string; rows: ArReconciliationRow[]; balanced: boolean }> {
    const [aging, gl] = [await this.aging(em, asOf), await query<{ customer_id: string | null; balance: string }>(em, AR_GL, [asOf, null, null])];
    const byCustomer = new Map<string, ArReconciliationRow>();
    const rowOf = (id: string | null, code: string | null) => {
      const k = id ?? '';
      let row = byCustomer.get(k);
      if (!row) {
        row = { customerId: id, customerCode: code, glBalance: ZERO, subLedger: ZERO, variance: ZERO };
        byCustomer.set(k, row);
      }
      return row;
    };
    for (const a of aging.rows) rowOf(a.customerId, a.customerCode).subLedger = a.total;
    for (const g of gl) rowOf(g.customer_id, null).glBalance = dec(g.balance);
    const codes = await query<{ id: string; code: string }>(em, 'select id::text as id, code from customers where id = any(?::bigint[])', [[...byCustomer.keys()].filter(Boolean)]);
    const rows = [...byCustomer.values()].map((r) => ({ ...r, customerCode: r.customerCode ?? codes.find((c) => c.id === r.customerId)?.code ?? null, variance: r.glBalance.minus(r.subLedger) }));
    const shown = rows.filter((r) => !r.glBalance.isZero() || !r.subLedger.isZero()).sort((a, b) => (a.customerCode ?? '').localeCompare(b.customerCode ?? ''));
    return { asOf, rows: shown, balanced: shown.every((r) => r.variance.isZero()) };
  }

  /** A customer's statement over a period, from its AR postings: opening balance, each document, running balance. */
  async statement(em: EntityManager, customerId: string, from: string, to: string): Promise<{ opening: Decimal; lines: StatementLine[]; closing: Decimal }> {
    const [opening] = await query<{ balance: string | null }>(
      em,
      `select sum(jl.debit - jl.credit)::text as balance from journal_lines jl join journal_entries je on je.id = jl.entry_id
       where je.posting_date < ?::date and jl.customer_id = ? and jl.account_id in (select account_id from account_mappings where purpose = 'AR')`,
      [from, customerId],
    );
    const rows = await query<{ posting_date: string | Date; source_type: string; source_id: string; memo: string | null; debit: string; credit: string; number: string | null }>(
      em,
      `select je.posting_date, je.source_type, je.source_id, je.memo, sum(jl.debit)::text as debit, sum(jl.credit)::text as credit,
              coalesce((select case when i.kind = 'INVOICE' then 'INV-' else 'CN-' end || i.year || '-' || lpad(i.number::text, 6, '0') from invoices i
                        where je.source_type in ('Invoice', 'CreditNote') and i.id::text = je.source_id),
                       (select p.number from payments p where je.source_type in ('Payment', 'Refund') and p.id::text = je.source_id)) as number
       from journal_lines jl join journal_entries je on je.id = jl.entry_id
       where je.posting_date between ?::date and ?::date and jl.customer_id = ? and jl.account_id in (select account_id from account_mappings where purpose = 'AR')
       group by je.id order by je.posting_date, je.id`,
      [from, to, customerId],
    );
    let balance = dec(opening?.balance ?? '0');
    const start = balance;
    const lines = rows.map((r) => {
      balance = balance.plus(r.debit).minus(r.credit);
      return { date: dateText(r.posting_date), documentType: r.source_type, documentId: r.source_id, documentNumber: r.number, memo: r.memo, debit: dec(r.debit), credit: dec(r.credit), balance };
    });
    return { opening: start, lines, closing: balance };
  }
}

/** The period close's check (ledger/period.service.ts SubLedgerCheck): receivables reconcile with AR at the period's last day. */
export function receivablesCheck(receivables: ReceivablesService) {
  return async (em: EntityManager, asOfDate: string): Promise<string | null> => {
    const r = await receivables.reconciliation(em, asOfDate);
    if (r.balanced) return null;
    const off = r.rows.filter((x) => !x.variance.isZero()).map((x) => `${x.customerCode ?? 'no customer'} GL ${x.glBalance.toString()} vs documents ${x.subLedger.toString()}`);
    return `Receivables do not reconcile with AR as of ${asOfDate}: ${off.join('; ')}. See receivablesReconciliation.`;
  };
}
