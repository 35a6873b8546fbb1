import { actorOf } from '../../auth/principal';
import { runCommand } from '../../db/command';
import { keysetPage, type Page, type PageRequest } from '../../db/pagination';
import { execute, queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { FIRST_POSTING_YEAR, LAST_POSTING_YEAR, monthBounds } from '../../shared/dates';
import { toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { optionalText } from '../../shared/validate';
import { FiscalPeriod, FiscalPeriodEvent, PeriodAction, PeriodStatus } from './fiscal-period.entity';
import { LedgerErrorCode } from './ledger-errors';
import { PERIODS_LOCK, type PeriodCache, REFERENCE_CHANNEL } from './period-cache';
import { lineIsOff, type ReconciliationService } from './reconciliation.service';

/**
 * A sub-ledger's check at a period's last day (receivables against AR, from billing): null
 * when it reconciles, else what is off, for the refusal's message.
 */
export type SubLedgerCheck = (em: TxContext['em'], asOfDate: string) => Promise<string | null>;

/**
 * Fiscal periods: monthly, created on demand. Closing refuses while an earlier period
 * is open or the inventory reconciliation (or another sub-ledger's, such as receivables)
 * as of the period's last instant shows a variance. Reopening is an admin action; both are
 * recorded with actor and reason.
 */
export class PeriodService {
  constructor(
    private readonly reconciliation: ReconciliationService,
    private readonly cache: PeriodCache,
    private readonly subLedgers: readonly SubLedgerCheck[] = [],
  ) {}

  /** Every node's period cache reloads once the change commits (NOTIFY is delivered at COMMIT). */
  private async announce(tx: TxContext): Promise<void> {
    await execute(tx.em, 'select pg_notify(?, ?)', [REFERENCE_CHANNEL, 'periods']);
    tx.tx.afterCommit.push(() => this.cache.invalidate());
  }

  async close(ctx: ServiceContext, input: { year: number; month: number; reason?: string | null }): Promise<{ periodId: string }> {
    assertYearMonth(input.year, input.month);
    const reason = optionalText(input.reason, ['input', 'reason'], { code: LedgerErrorCode, max: 500 });
    const outcome = await runCommand(ctx, { command: 'period.close', input }, async (tx) => {
      await queryOne(tx.em, 'select pg_advisory_xact_lock(?)', [PERIODS_LOCK]);
      const { startDate, endDate } = monthBounds(input.year, input.month);
      await queryOne(tx.em, 'insert into fiscal_periods (year, month, start_date, end_date) values (?, ?, ?, ?) on conflict (year, month) do nothing', [
        input.year,
        input.month,
        startDate,
        endDate,
      ]);
      const period = await queryOne<{ id: string; status: PeriodStatus }>(tx.em, 'select id::text as id, status from fiscal_periods where year = ? and month = ? for update', [
        input.year,
        input.month,
      ]);
      if (!period) throw new Error('period vanished');
      if (period.status === PeriodStatus.CLOSED) {
        throw new DomainError(LedgerErrorCode.PERIOD_ALREADY_CLOSED, `The period ${label(input.year, input.month)} is already closed.`, { field: ['input'] });
      }
      const earlier = await queryOne<{ year: number; month: number }>(
        tx.em,
        `select year, month from fiscal_periods where status = 'OPEN' and (year, month) < (?, ?)
           and exists (select 1 from journal_entries e where e.period_id = fiscal_periods.id)
         order by year, month limit 1`,
        [input.year, input.month],
      );
      if (earlier) {
        throw new DomainError(LedgerErrorCode.EARLIER_PERIOD_OPEN, `Close ${label(earlier.year, earlier.month)} first: periods close in order.`, { field: ['input'] });
      }
      const asOf = new Date(`${endDate}T23:59:59.999Z`);
      const report = await this.reconciliation.reconcile(tx.em, asOf);
      if (!report.reconciled) {
        const off = report.rows.filter(lineIsOff);
        const what = off.map((r) => `${r.accountCode} GL vs sub-ledger ${toText(r.variance)}, layers ${toText(r.layerVariance)}, moves ${toText(r.moveValueVariance)}`);
        if (report.moves.length > 0) what.push(`${report.moves.length} move(s) whose value differs from their valuations`);
        throw new DomainError(LedgerErrorCode.RECONCILIATION_VARIANCE, `Inventory does not reconcile as of ${endDate}: ${what.join('; ')}. See inventoryReconciliation.`, {
          field: ['input'],
          details: { accounts: off.map((r) => r.accountCode) },
        });
      }
      for (const check of this.subLedgers) {
        const off = await check(tx.em, endDate);
        if (off) throw new DomainError(LedgerErrorCode.RECONCILIATION_VARIANCE, off, { field: ['input'] });
      }
      await queryOne(tx.em, `update fiscal_periods set status = 'CLOSED', closed_at = ?, closed_by = ?, version = version + 1, updated_at = ? where id = ?`, [
        tx.tx.now,
        actorOf(ctx.principal),
        tx.tx.now,
        period.id,
      ]);
      tx.em.create(FiscalPeriodEvent, { period: period.id, action: PeriodAction.CLOSE, actor: actorOf(ctx.principal), reason });
      await tx.em.flush();
      await this.announce(tx);
      return { periodId: period.id };
    });
    return outcome.result;
  }

  async reopen(ctx: ServiceContext, input: { year: number; month: number; reason: string }): Promise<{ periodId: string }> {
    assertYearMonth(input.year, input.month);
    const reason = optionalText(input.reason, ['input', 'reason'], { code: LedgerErrorCode, max: 500 });
    if (!reason) throw new DomainError(LedgerErrorCode.REQUIRED, 'Say why the period is reopened (it is recorded).', { field: ['input', 'reason'] });
    const outcome = await runCommand(ctx, { command: 'period.reopen', input }, async (tx) => {
      await queryOne(tx.em, 'select pg_advisory_xact_lock(?)', [PERIODS_LOCK]);
      const period = await queryOne<{ id: string; status: PeriodStatus }>(tx.em, 'select id::text as id, status from fiscal_periods where year = ? and month = ? for update', [
        input.year,
        input.month,
      ]);
      if (!period || period.status === PeriodStatus.OPEN) {
        throw new DomainError(LedgerErrorCode.PERIOD_ALREADY_OPEN, `The period ${label(input.year, input.month)} is open.`, { field: ['input'] });
      }
      const later = await queryOne<{ year: number; month: number }>(
        tx.em,
        `select year, month from fiscal_periods where status = 'CLOSED' and (year, month) > (?, ?) order by year desc, month desc limit 1`,
        [input.year, input.month],
      );
      if (later) {
        throw new DomainError(LedgerErrorCode.LATER_PERIOD_CLOSED, `Reopen ${label(later.year, later.month)} first: periods reopen in reverse order.`, { field: ['input'] });
      }
      await queryOne(tx.em, `update fiscal_periods set status = 'OPEN', closed_at = null, closed_by = null, version = version + 1, updated_at = ? where id = ?`, [
        tx.tx.now,
        period.id,
      ]);
      tx.em.create(FiscalPeriodEvent, { period: period.id, action: PeriodAction.REOPEN, actor: actorOf(ctx.principal), reason });
      await tx.em.flush();
      await this.announce(tx);
      return { periodId: period.id };
    });
    return outcome.result;
  }

  async findPage(ctx: ServiceContext, filter: { status?: PeriodStatus | null; year?: number | null }, page: PageRequest): Promise<Page<FiscalPeriod>> {
    const where: Record<string, unknown> = {};
    if (filter.status) where.status = filter.status;
    if (filter.year) where.year = filter.year;
    return keysetPage<FiscalPeriod>(ctx.em, FiscalPeriod, where, page, 'startDate');
  }
}

function assertYearMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || year < FIRST_POSTING_YEAR || year > LAST_POSTING_YEAR || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new DomainError(LedgerErrorCode.INVALID, `year must be ${FIRST_POSTING_YEAR}..${LAST_POSTING_YEAR} and month 1..12.`, { field: ['input'] });
  }
}

function label(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
