import { runCommand } from '../../db/command';
import { query, queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { FIRST_POSTING_YEAR, dateText, monthBounds, postingDateOf, yearMonthOf } from '../../shared/dates';
import { type Decimal, ZERO, dec, roundTo, toText } from '../../shared/decimal';
import { DomainError, DomainErrors } from '../../shared/errors';
import { optionalText, requireDecimal } from '../../shared/validate';
import { actorOf } from '../../auth/principal';
import { publish } from '../events/outbox';
import { PeriodStatus } from './fiscal-period.entity';
import { JournalEntry, JournalLine } from './journal-entry.entity';
import { LedgerErrorCode } from './ledger-errors';
import { type LineDraft, reverseLines, summarizeLines, totals } from './posting-rules';

export interface PostingDraft {
  occurredAt: Date;
  sourceType: string;
  sourceId: string;
  memo?: string | null;
  lines: LineDraft[];
  reversalOfId?: string | null;
}

export const MANUAL_SOURCE = 'JournalEntry';
export const JOURNAL_POSTED = 'journal.posted';
/** Advisory lock: every posting holds it shared, a period close or reopen exclusive. */
export const PERIODS_LOCK = 7_240_002;
/** How far in the future a document may be dated (clock skew between clients and server). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export interface ManualLineInput {
  accountId: string;
  debit?: string | null;
  credit?: string | null;
  partnerId?: string | null;
  memo?: string | null;
}

/**
 * The only way anything reaches the general ledger. `post` refuses anything that does
 * not balance, anything dated in a closed period, and writes the entry with the next
 * number of its year. Callers are document services (inside their own command's
 * transaction) and the manual-entry and reversal commands below.
 */
export class PostingService {
  /** Writes a balanced entry; returns null when there is nothing to post (every line nets to zero). */
  async post(tx: TxContext, draft: PostingDraft): Promise<JournalEntry | null> {
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
    const { year } = yearMonthOf(postingDate);
    const seq = await queryOne<{ number: number }>(
      tx.em,
      `insert into journal_sequences (year, next) values (?, 2)
       on conflict (year) do update set next = journal_sequences.next + 1
       returning next - 1 as number`,
      [year],
    );
    const entry = tx.em.create(JournalEntry, {
      year,
      number: (seq as { number: number }).number,
      postingDate,
      occurredAt: draft.occurredAt,
      recordedAt: tx.tx.now,
      period: periodId,
      sourceType: draft.sourceType,
      sourceId: draft.sourceId,
      memo: draft.memo ?? null,
      actor: actorOf(tx.principal),
      reversalOf: draft.reversalOfId ?? null,
    });
    for (const l of lines) {
      tx.em.create(JournalLine, {
        entry,
        account: l.accountId,
        debit: toText(l.debit),
        credit: toText(l.credit),
        item: l.itemId,
        warehouse: l.warehouseId,
        partner: l.partnerId,
        memo: l.memo ?? null,
      });
    }
    await tx.em.flush();
    publish(tx, {
      topic: JOURNAL_POSTED,
      aggregateType: 'JournalEntry',
      aggregateId: entry.id,
      aggregateVersion: 1,
      payload: { number: entryNumber(entry), sourceType: entry.sourceType, sourceId: entry.sourceId, postingDate, total: toText(sums.debit) },
    });
    return entry;
  }

  /**
   * The open period of a posting date (created, OPEN, if this is its first posting).
   * Postings hold the periods lock shared and closes take it exclusive, so no posting is
   * in flight while a period closes. Periods close in order, so a date before a closed
   * period is closed too, even in a month that was never posted to.
   */
  async openPeriodFor(tx: TxContext, postingDate: string): Promise<string> {
    const { year, month } = yearMonthOf(postingDate);
    const { startDate, endDate } = monthBounds(year, month);
    await queryOne(tx.em, 'select pg_advisory_xact_lock_shared(?)', [PERIODS_LOCK]);
    await queryOne(tx.em, 'insert into fiscal_periods (year, month, start_date, end_date) values (?, ?, ?, ?) on conflict (year, month) do nothing', [
      year,
      month,
      startDate,
      endDate,
    ]);
    const period = await queryOne<{ id: string; status: PeriodStatus }>(
      tx.em,
      'select id::text as id, status from fiscal_periods where year = ? and month = ? for share',
      [year, month],
    );
    if (!period) throw new Error(`fiscal period ${year}-${month} vanished`);
    if (period.status === PeriodStatus.CLOSED) {
      throw new DomainError(LedgerErrorCode.PERIOD_CLOSED, `The period ${year}-${String(month).padStart(2, '0')} is closed; date the document in an open period.`, {
        field: ['input', 'occurredAt'],
        details: { postingDate },
      });
    }
    const later = await queryOne<{ year: number; month: number }>(
      tx.em,
      `select year, month from fiscal_periods where status = 'CLOSED' and (year, month) > (?, ?) order by year desc, month desc limit 1`,
      [year, month],
    );
    if (later) {
      throw new DomainError(
        LedgerErrorCode.PERIOD_CLOSED,
        `The period ${later.year}-${String(later.month).padStart(2, '0')} is closed, and periods close in order: ${postingDate} is closed too. Date the document after it.`,
        { field: ['input', 'occurredAt'], details: { postingDate } },
      );
    }
    return period.id;
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
      return { entryId: (entry as JournalEntry).id };
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
