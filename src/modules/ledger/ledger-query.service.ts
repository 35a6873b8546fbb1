import { keysetPage, pageSize, type Page, type PageRequest } from '../../db/pagination';
import { query, queryOne, toDate } from '../../db/sql';
import type { ServiceContext } from '../../shared/context';
import { type Decimal, ZERO, dec } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { Account, AccountType } from './account.entity';
import { JournalEntry } from './journal-entry.entity';
import { LedgerErrorCode } from './ledger-errors';

export interface TrialBalanceRow {
  accountId: string;
  code: string;
  name: string;
  type: AccountType;
  debit: Decimal;
  credit: Decimal;
  /** Debits minus credits. */
  balance: Decimal;
}

export interface TrialBalance {
  asOf: Date;
  rows: TrialBalanceRow[];
  totalDebit: Decimal;
  totalCredit: Decimal;
}

export interface AccountLedgerLine {
  lineId: string;
  entryId: string;
  occurredAt: Date;
  postingDate: string;
  debit: Decimal;
  credit: Decimal;
  /** Debits minus credits on the account up to and including this line (from the opening balance). */
  runningBalance: Decimal;
  memo: string | null;
}

export interface AccountLedgerPage extends Page<AccountLedgerLine> {
  openingBalance: Decimal;
}

/** Reads of the general ledger. All "as of" figures use the entries' occurredAt, the same instant the stock reports use. */
export class LedgerQueryService {
  async trialBalance(ctx: ServiceContext, asOf: Date | null): Promise<TrialBalance> {
    const at = asOf ?? new Date();
    const rows = await query<{ id: string; code: string; name: string; type: AccountType; debit: string; credit: string }>(
      ctx.em,
      `select a.id::text as id, a.code, a.name, a.type, sum(l.debit)::text as debit, sum(l.credit)::text as credit
       from journal_lines l join journal_entries e on e.id = l.entry_id join accounts a on a.id = l.account_id
       where e.occurred_at <= ? group by a.id, a.code, a.name, a.type order by a.code`,
      [at],
    );
    let totalDebit = ZERO;
    let totalCredit = ZERO;
    const out = rows.map((r) => {
      const debit = dec(r.debit);
      const credit = dec(r.credit);
      totalDebit = totalDebit.plus(debit);
      totalCredit = totalCredit.plus(credit);
      return { accountId: r.id, code: r.code, name: r.name, type: r.type, debit, credit, balance: debit.minus(credit) };
    });
    return { asOf: at, rows: out, totalDebit, totalCredit };
  }

  /**
   * An account's lines in time order with a running balance. The page's first running
   * balance continues from everything before it, so paging never restarts the sum.
   */
  async accountLedger(ctx: ServiceContext, accountId: string, range: { from?: Date | null; to?: Date | null }, page: PageRequest): Promise<AccountLedgerPage> {
    const account = await ctx.em.findOne(Account, { id: accountId });
    if (!account) throw new DomainError(LedgerErrorCode.NOT_FOUND, 'No account has this id.', { field: ['accountId'] });
    const limit = pageSize(page.first);
    const from = range.from ?? new Date(0);
    const to = range.to ?? new Date('9999-12-31T23:59:59Z');
    const opening = await queryOne<{ amount: string | null }>(
      ctx.em,
      'select sum(l.debit - l.credit)::text as amount from journal_lines l join journal_entries e on e.id = l.entry_id where l.account_id = ? and e.occurred_at < ?',
      [account.id, from],
    );
    const openingBalance = dec(opening?.amount ?? '0');
    const position = page.after ? decodeLedgerCursor(page.after) : null;
    const afterSql = position ? 'and (e.occurred_at, e.id, l.id) > (?, ?, ?)' : '';
    const afterParams = position ? [position.at, position.entryId, position.lineId] : [];
    let base = openingBalance;
    if (position) {
      const before = await queryOne<{ amount: string | null }>(
        ctx.em,
        `select sum(l.debit - l.credit)::text as amount from journal_lines l join journal_entries e on e.id = l.entry_id
         where l.account_id = ? and e.occurred_at >= ? and (e.occurred_at, e.id, l.id) <= (?, ?, ?)`,
        [account.id, from, position.at, position.entryId, position.lineId],
      );
      base = base.plus(dec(before?.amount ?? '0'));
    }
    const rows = await query<{ line_id: string; entry_id: string; occurred_at: Date | string; posting_date: Date | string; debit: string; credit: string; running: string; memo: string | null }>(
      ctx.em,
      `select l.id::text as line_id, e.id::text as entry_id, e.occurred_at, e.posting_date, l.debit::text as debit, l.credit::text as credit, coalesce(l.memo, e.memo) as memo,
              sum(l.debit - l.credit) over (order by e.occurred_at, e.id, l.id)::text as running
       from journal_lines l join journal_entries e on e.id = l.entry_id
       where l.account_id = ? and e.occurred_at >= ? and e.occurred_at <= ? ${afterSql}
       order by e.occurred_at, e.id, l.id limit ?`,
      [account.id, from, to, ...afterParams, limit + 1],
    );
    const hasNextPage = rows.length > limit;
    const nodes = rows.slice(0, limit).map((r) => ({
      lineId: r.line_id,
      entryId: r.entry_id,
      occurredAt: toDate(r.occurred_at) as Date,
      postingDate: r.posting_date instanceof Date ? r.posting_date.toISOString().slice(0, 10) : String(r.posting_date).slice(0, 10),
      debit: dec(r.debit),
      credit: dec(r.credit),
      runningBalance: base.plus(dec(r.running)),
      memo: r.memo,
    }));
    return {
      nodes,
      cursors: nodes.map((n) => Buffer.from(JSON.stringify([n.occurredAt.toISOString(), n.entryId, n.lineId])).toString('base64url')),
      hasNextPage,
      hasPreviousPage: Boolean(page.after),
      openingBalance,
      totalCount: async () =>
        (
          await query<{ n: number }>(
            ctx.em,
            'select count(*)::int as n from journal_lines l join journal_entries e on e.id = l.entry_id where l.account_id = ? and e.occurred_at >= ? and e.occurred_at <= ?',
            [account.id, from, to],
          )
        )[0]?.n ?? 0,
    };
  }

  async entries(
    ctx: ServiceContext,
    filter: { sourceType?: string | null; sourceId?: string | null; accountId?: string | null; from?: Date | null; to?: Date | null },
    page: PageRequest,
  ): Promise<Page<JournalEntry>> {
    const where: Record<string, unknown>[] = [];
    if (filter.sourceType) where.push({ sourceType: filter.sourceType });
    if (filter.sourceId) where.push({ sourceId: filter.sourceId });
    if (filter.from) where.push({ occurredAt: { $gte: filter.from } });
    if (filter.to) where.push({ occurredAt: { $lte: filter.to } });
    if (filter.accountId) {
      const ids = await query<{ id: string }>(ctx.em, 'select distinct entry_id::text as id from journal_lines where account_id = ?', [filter.accountId]);
      where.push({ id: { $in: ids.map((r) => r.id) } });
    }
    return keysetPage<JournalEntry>(ctx.em, JournalEntry, where.length ? { $and: where } : {}, page);
  }
}

function decodeLedgerCursor(cursor: string): { at: Date; entryId: string; lineId: string } {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string' && typeof v[2] === 'string' && !Number.isNaN(Date.parse(v[0])) && /^\d+$/.test(v[1]) && /^\d+$/.test(v[2])) {
      return { at: new Date(v[0]), entryId: v[1], lineId: v[2] };
    }
  } catch {
    // fall through
  }
  throw new DomainError(LedgerErrorCode.INVALID, 'after is not a cursor returned by this list.', { field: ['after'] });
}
