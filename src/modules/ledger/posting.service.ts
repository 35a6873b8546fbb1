import { runCommand } from '../../db/command';
import { reserveId } from '../../db/ids';
import { query, queryOne, statement, withConnection } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { FIRST_POSTING_YEAR, dateText, postingDateOf, yearMonthOf } from '../../shared/dates';
import { Decimal, MAX_ABS, ZERO, dec, roundTo, toText } from '../../shared/decimal';
import { DomainError, DomainErrors } from '../../shared/errors';
import { optionalText, requireDecimal } from '../../shared/validate';
import { actorOf } from '../../auth/principal';
import { PeriodStatus } from './fiscal-period.entity';
import { LedgerErrorCode } from './ledger-errors';
import { PERIODS_LOCK, PeriodCache, periodClosedError } from './period-cache';
import { type LineDraft, reverseLines, summarizeLines, totals } from './posting-rules';

export interface PostingDraft {
  occurredAt: Date;
  sourceType: string;
  sourceId: string;
  memo?: string | null;
  lines: LineDraft[];
  reversalOfId?: string | null;
}

/** An entry ready to write: lines summed, rounded and balanced, its period known. */
export interface PreparedEntry {
  lines: LineDraft[];
  total: Decimal;
  year: number;
  postingDate: string;
  periodId: string;
  occurredAt: Date;
  sourceType: string;
  sourceId: string;
  memo: string | null;
  reversalOfId: string | null;
}

export const MANUAL_SOURCE = 'JournalEntry';
export const JOURNAL_POSTED = 'journal.posted';
/** How far in the future a document may be dated (clock skew between clients and server). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export interface ManualLineInput {
  accountId: string;
  debit?: string | null;
  credit?: string | null;
  partnerId?: string | null;
  memo?: string | null;
}

/** The journal lines of an entry, as arrays for one multi-row insert (`unnest`). */
export function lineColumns(entry: PreparedEntry): unknown[][] {
  const l = entry.lines;
  return [
    l.map((x) => x.accountId),
    l.map((x) => toText(x.debit)),
    l.map((x) => toText(x.credit)),
    l.map((x) => x.itemId),
    l.map((x) => x.warehouseId),
    l.map((x) => x.partnerId),
    l.map((x) => x.customerId ?? null),
    l.map((x) => x.memo ?? null),
  ];
}

/** The insert of an entry's lines (`$1` the entry id, then lineColumns): part of a bigger statement, or on its own. */
export const JOURNAL_LINES_INSERT = (p: (n: number) => string): string => `
  insert into journal_lines (entry_id, account_id, debit, credit, item_id, warehouse_id, partner_id, customer_id, memo)
  select ${p(0)}::bigint, l.account, l.debit, l.credit, l.item, l.warehouse, l.partner, l.customer, l.memo
  from unnest(${p(1)}::bigint[], ${p(2)}::numeric[], ${p(3)}::numeric[], ${p(4)}::bigint[], ${p(5)}::bigint[], ${p(6)}::bigint[], ${p(7)}::bigint[], ${p(8)}::text[])
       as l(account, debit, credit, item, warehouse, partner, customer, memo)`;

/**
 * The insert of the entry itself (`p(0)` its id, then entryColumns), without a number: the
 * deferred trigger ledgerhouse_number_entry gives it the year's next number at COMMIT and
 * records its journal.posted event. So the year's counter row is held only while the
 * transaction commits, numbers follow commit order, and a rollback leaves no gap.
 */
export const JOURNAL_ENTRY_INSERT = (p: (n: number) => string): string => `
  insert into journal_entries (id, year, number, posting_date, occurred_at, recorded_at, period_id, source_type, source_id, memo, actor, reversal_of_id)
  select ${p(0)}::bigint, ${p(1)}::smallint, null, ${p(2)}::date, ${p(3)}::timestamptz, ${p(4)}::timestamptz, ${p(5)}::bigint, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}::bigint
  where ${p(0)}::bigint is not null`;

/** The values of JOURNAL_ENTRY_INSERT after the id (null when no entry is posted: the insert then writes nothing). */
export function entryColumns(tx: TxContext, entry: PreparedEntry | null): unknown[] {
  if (!entry) return [null, null, null, null, null, null, null, null, null, null];
  return [entry.year, entry.postingDate, entry.occurredAt, tx.tx.now, entry.periodId, entry.sourceType, entry.sourceId, entry.memo, actorOf(tx.principal), entry.reversalOfId];
}

const LOCK_PERIODS = statement('select pg_advisory_xact_lock_shared($1::bigint)');

/** The periods lock (shared) a command takes before it writes an entry of its own, so a period close waits for it. */
export async function lockPeriods(tx: TxContext): Promise<void> {
  await withConnection(tx.em, (c) => c.rows(LOCK_PERIODS, [PERIODS_LOCK]));
}
const POST = statement(`with lines as (${JOURNAL_LINES_INSERT((n) => `$${n + 1}`)} returning 1)
${JOURNAL_ENTRY_INSERT((n) => (n === 0 ? '$1' : `$${n + 9}`))}`);

/**
 * The only way anything reaches the general ledger. `prepare` refuses anything that does
 * not balance and anything dated in a closed period; the entry and its lines are then
 * written in the command's transaction (`post` for a standalone entry; the stock engine
 * writes them in its one write statement), and the entry is numbered at COMMIT. The
 * database backs each rule: a deferred trigger refuses an unbalanced entry at COMMIT,
 * another any date in or before a closed period.
 */
export class PostingService {
  readonly periods = new PeriodCache();

  /** Summed, rounded, balanced lines and the open period; null when there is nothing to post (every line nets to zero). */
  async prepare(tx: TxContext, draft: PostingDraft): Promise<PreparedEntry | null> {
    const minor = tx.config.currencyMinorUnit;
    const lines = summarizeLines(draft.lines.map((l) => ({ ...l, debit: roundTo(l.debit, minor), credit: roundTo(l.credit, minor) })));
    if (lines.length === 0) return null;
    const sums = totals(lines);
    if (!sums.debit.eq(sums.credit)) {
      throw new DomainError(LedgerErrorCode.UNBALANCED, `The entry does not balance: debits ${toText(sums.debit)}, credits ${toText(sums.credit)}.`, { field: ['input', 'lines'] });
    }
    this.assertNotFuture(tx, draft.occurredAt);
    const postingDate = postingDateOf(draft.occurredAt);
    const periodId = await this.openPeriodFor(tx, postingDate);
    return {
      lines,
      total: sums.debit,
      year: yearMonthOf(postingDate).year,
      postingDate,
      periodId,
      occurredAt: draft.occurredAt,
      sourceType: draft.sourceType,
      sourceId: draft.sourceId,
      memo: draft.memo ?? null,
      reversalOfId: draft.reversalOfId ?? null,
    };
  }

  /** A standalone entry (manual entries, reversals): the periods lock, then the lines and the entry; numbered at COMMIT. */
  async post(tx: TxContext, draft: PostingDraft): Promise<{ id: string } | null> {
    const entry = await this.prepare(tx, draft);
    if (!entry) return null;
    const id = await reserveId(tx.em, 'journal_entries');
    try {
      await withConnection(tx.em, async (c) => {
        await c.rows(LOCK_PERIODS, [PERIODS_LOCK]);
        await c.rows(POST, [id, ...lineColumns(entry), ...entryColumns(tx, entry)]);
      });
    } catch (err) {
      throw periodClosedError(err) ?? err;
    }
    return { id };
  }

  /**
   * The open period of a posting date (created, OPEN, if this is its first posting), from
   * the period cache; periods close in order, so a date before a closed period is closed
   * too, even in a month that was never posted to. The database refuses the entry again
   * if the cache was stale (see PeriodCache).
   */
  async openPeriodFor(tx: TxContext, postingDate: string): Promise<string> {
    return this.periods.openPeriodFor(tx.em, postingDate);
  }

  /** A posting is dated no later than now (with a little clock skew) and no earlier than the first year periods exist for. */
  assertNotFuture(tx: TxContext, occurredAt: Date): void {
    if (occurredAt.getTime() > tx.tx.now.getTime() + FUTURE_TOLERANCE_MS) {
      throw new DomainError(LedgerErrorCode.FUTURE_DATE, 'A posting cannot be dated in the future.', { field: ['input', 'occurredAt'] });
    }
    if (occurredAt.getUTCFullYear() < FIRST_POSTING_YEAR) {
      throw new DomainError(LedgerErrorCode.INVALID, `A posting cannot be dated before ${FIRST_POSTING_YEAR}.`, { field: ['input', 'occurredAt'] });
    }
  }

  /** A manual journal entry for finance. Control accounts are refused: their balances come from documents. */
  async createManual(
    ctx: ServiceContext,
    input: { occurredAt?: Date | null; memo?: string | null; lines: ManualLineInput[]; idempotencyKey?: string | null },
  ): Promise<{ entryId: string }> {
    const memo = optionalText(input.memo, ['input', 'memo'], { code: LedgerErrorCode, max: 500 });
    const minor = ctx.config.currencyMinorUnit;
    if (!input.lines || input.lines.length < 2) {
      throw new DomainError(LedgerErrorCode.INVALID, 'A journal entry needs at least two lines.', { field: ['input', 'lines'] });
    }
    if (input.lines.length > 500) throw new DomainError(LedgerErrorCode.INVALID, 'At most 500 lines per entry.', { field: ['input', 'lines'] });
    const errors: DomainError[] = [];
    const drafts: LineDraft[] = input.lines.map((l, i) => {
      const field = ['input', 'lines', String(i)];
      try {
        const debit = l.debit ? requireDecimal(l.debit, [...field, 'debit'], { code: LedgerErrorCode, scale: minor, nonNegative: true }) : ZERO;
        const credit = l.credit ? requireDecimal(l.credit, [...field, 'credit'], { code: LedgerErrorCode, scale: minor, nonNegative: true }) : ZERO;
        if (debit.isZero() === credit.isZero()) {
          throw new DomainError(LedgerErrorCode.INVALID, 'Each line has either a debit or a credit, greater than zero.', { field });
        }
        return { accountId: l.accountId, debit, credit, itemId: null, warehouseId: null, partnerId: l.partnerId ?? null, memo: optionalText(l.memo, [...field, 'memo'], { code: LedgerErrorCode, max: 500 }) };
      } catch (err) {
        if (err instanceof DomainError) errors.push(err);
        else throw err;
        return { accountId: l.accountId, debit: ZERO, credit: ZERO, itemId: null, warehouseId: null, partnerId: null };
      }
    });
    if (errors.length) throw new DomainErrors(errors);
    const sums = totals(drafts);
    if (sums.debit.gte(MAX_ABS) || sums.credit.gte(MAX_ABS)) {
      throw new DomainError(LedgerErrorCode.INVALID, `The entry totals ${toText(Decimal.max(sums.debit, sums.credit))}: an entry's total must stay below 10^18.`, { field: ['input', 'lines'] });
    }
    if (!sums.debit.eq(sums.credit)) {
      throw new DomainError(LedgerErrorCode.UNBALANCED, `The entry does not balance: debits ${toText(sums.debit)}, credits ${toText(sums.credit)}.`, { field: ['input', 'lines'] });
    }
    const outcome = await runCommand(ctx, { command: 'journalEntry.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const accountIds = [...new Set(drafts.map((d) => d.accountId))];
      const accounts = await query<{ id: string; code: string; control: boolean; active: boolean }>(
        tx.em,
        `select id::text as id, code, control, active from accounts where id in (${accountIds.map(() => '?').join(', ')})`,
        accountIds,
      );
      const byId = new Map(accounts.map((a) => [a.id, a]));
      drafts.forEach((d, i) => {
        const account = byId.get(d.accountId);
        const field = ['input', 'lines', String(i), 'accountId'];
        if (!account) errors.push(new DomainError(LedgerErrorCode.NOT_FOUND, 'No account has this id.', { field }));
        else if (account.control) {
          errors.push(new DomainError(LedgerErrorCode.CONTROL_ACCOUNT, `Account ${account.code} is a control account: it takes postings from documents only.`, { field }));
        } else if (!account.active) errors.push(new DomainError(LedgerErrorCode.INACTIVE_ACCOUNT, `Account ${account.code} is inactive.`, { field }));
      });
      const partnerIds = [...new Set(drafts.map((d) => d.partnerId).filter((id): id is string => id !== null))];
      const partners = partnerIds.length
        ? await query<{ id: string }>(tx.em, `select id::text as id from partners where id in (${partnerIds.map(() => '?').join(', ')})`, partnerIds)
        : [];
      const knownPartners = new Set(partners.map((p) => p.id));
      drafts.forEach((d, i) => {
        if (d.partnerId !== null && !knownPartners.has(d.partnerId)) {
          errors.push(new DomainError(LedgerErrorCode.NOT_FOUND, 'No partner has this id.', { field: ['input', 'lines', String(i), 'partnerId'] }));
        }
      });
      if (errors.length) throw new DomainErrors(errors);
      const entry = await this.post(tx, { occurredAt: input.occurredAt ?? tx.tx.now, sourceType: MANUAL_SOURCE, sourceId: 'manual', memo, lines: drafts });
      if (!entry) throw new DomainError(LedgerErrorCode.INVALID, 'Every line nets to zero: there is nothing to post.', { field: ['input', 'lines'] });
      return { entryId: entry.id };
    });
    return outcome.result;
  }

  /**
   * Reverses an entry: a new entry with every line's sides swapped, linked to the
   * original (each entry can be reversed once). Dated in an open period: the given date,
   * else the original's date if its period is open, else now. Entries posted by stock
   * documents are refused: reversing their GL side alone would part the ledger from the
   * stock sub-ledger; a counter-document (adjustment, return) corrects them.
   */
  async reverse(ctx: ServiceContext, input: { entryId: string; occurredAt?: Date | null; memo?: string | null; idempotencyKey?: string | null }): Promise<{ entryId: string }> {
    const memo = optionalText(input.memo, ['input', 'memo'], { code: LedgerErrorCode, max: 500 });
    const outcome = await runCommand(ctx, { command: 'journalEntry.reverse', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const original = await queryOne<{ id: string; source_type: string; occurred_at: Date | string; posting_date: string | Date; year: number; number: number; status: PeriodStatus; reversal_of_id: string | null }>(
        tx.em,
        `select e.id::text as id, e.source_type, e.occurred_at, e.posting_date, e.year, e.number, p.status, e.reversal_of_id::text as reversal_of_id
         from journal_entries e join fiscal_periods p on p.id = e.period_id where e.id = ? for update of e`,
        [input.entryId],
      );
      if (!original) throw new DomainError(LedgerErrorCode.NOT_FOUND, 'No journal entry has this id.', { field: ['input', 'entryId'] });
      if (original.source_type !== MANUAL_SOURCE) {
        throw new DomainError(LedgerErrorCode.DOCUMENT_ENTRY, `This entry was posted by a ${original.source_type}; correct the document (an adjustment or return) instead of reversing its entry.`, {
          field: ['input', 'entryId'],
        });
      }
      const already = await queryOne<{ id: string }>(tx.em, 'select id::text as id from journal_entries where reversal_of_id = ?', [original.id]);
      if (already) throw new DomainError(LedgerErrorCode.ALREADY_REVERSED, 'This entry has already been reversed.', { field: ['input', 'entryId'] });
      const rows = await query<{ account_id: string; debit: string; credit: string; item_id: string | null; warehouse_id: string | null; partner_id: string | null; memo: string | null }>(
        tx.em,
        'select account_id::text as account_id, debit, credit, item_id::text as item_id, warehouse_id::text as warehouse_id, partner_id::text as partner_id, memo from journal_lines where entry_id = ? order by id',
        [original.id],
      );
      const lines: LineDraft[] = rows.map((r) => ({ accountId: r.account_id, debit: dec(r.debit), credit: dec(r.credit), itemId: r.item_id, warehouseId: r.warehouse_id, partnerId: r.partner_id, memo: r.memo }));
      const originalAt = original.occurred_at instanceof Date ? original.occurred_at : new Date(original.occurred_at);
      const occurredAt = input.occurredAt ?? (original.status === PeriodStatus.OPEN ? originalAt : tx.tx.now);
      const entry = await this.post(tx, {
        occurredAt,
        sourceType: MANUAL_SOURCE,
        sourceId: original.id,
        memo: memo ?? `Reversal of JE-${original.year}-${String(original.number).padStart(6, '0')} (${dateText(original.posting_date)})`,
        lines: reverseLines(lines),
        reversalOfId: original.id,
      });
      return { entryId: (entry as { id: string }).id };
    });
    return outcome.result;
  }
}

export function entryNumber(entry: { year: number; number: number }): string {
  return `JE-${entry.year}-${String(entry.number).padStart(6, '0')}`;
}

export function money(value: Decimal, minor: number): string {
  return toText(roundTo(value, minor));
}
