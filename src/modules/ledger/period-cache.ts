import type { EntityManager } from '@mikro-orm/postgresql';
import { statement, withConnection } from '../../db/sql';
import { monthBounds, yearMonthOf } from '../../shared/dates';
import { DomainError } from '../../shared/errors';
import { PeriodStatus } from './fiscal-period.entity';
import { LedgerErrorCode } from './ledger-errors';

/** Advisory lock: every posting holds it shared from its first statement to COMMIT; a period close or reopen takes it exclusively. */
export const PERIODS_LOCK = '7240002';
/** NOTIFY channel for reference data read by every command (periods, account mappings): the payload names what changed. */
export const REFERENCE_CHANNEL = 'ledgerhouse_reference';

interface PeriodRow {
  id: string;
  year: number;
  month: number;
  status: PeriodStatus;
}

const ALL = statement('select id::text as id, year, month, status from fiscal_periods');
const CREATE = statement('insert into fiscal_periods (year, month, start_date, end_date) values ($1, $2, $3, $4) on conflict (year, month) do nothing');

/**
 * The fiscal periods, cached per process and reloaded after a close or reopen anywhere
 * (NOTIFY on REFERENCE_CHANNEL) or when a posting needs a month it has not seen. The
 * cache answers the early question ("is this date open?") so a refused document does no
 * work; the database answers it for good: the journal entry insert trigger refuses any
 * date in or before a closed period, reading the periods as they are at that instant,
 * and the periods lock keeps a close from committing while a posting is in flight. A
 * stale cache can therefore only delay a refusal to the entry insert, never let a
 * posting into a closed period.
 */
export class PeriodCache {
  private periods: Map<string, PeriodRow> | null = null;
  private loadedAt = 0;
  private generation = 0;

  /** @param ttlMs how long a loaded copy is trusted even without a notification (a safety net for a missed NOTIFY). */
  constructor(private readonly ttlMs = 60_000) {}

  invalidate(): void {
    this.generation++;
    this.periods = null;
  }

  /** The id of the open period of a posting date (created on first use); PERIOD_CLOSED when it or a later period is closed. */
  async openPeriodFor(em: EntityManager, postingDate: string): Promise<string> {
    const { year, month } = yearMonthOf(postingDate);
    let periods = await this.load(em);
    let period = periods.get(`${year}-${month}`);
    if (!period) {
      // First posting of a month: create it in this transaction. What this transaction
      // reads now includes a row that may still roll back, so it is not cached; the next
      // command reloads the committed periods.
      const { startDate, endDate } = monthBounds(year, month);
      await withConnection(em, (c) => c.rows(CREATE, [year, month, startDate, endDate]));
      periods = await this.read(em);
      this.invalidate();
      period = periods.get(`${year}-${month}`);
      if (!period) throw new Error(`fiscal period ${year}-${month} vanished`);
    }
    if (period.status === PeriodStatus.CLOSED) {
      throw new DomainError(LedgerErrorCode.PERIOD_CLOSED, `The period ${label(year, month)} is closed; date the document in an open period.`, {
        field: ['input', 'occurredAt'],
        details: { postingDate },
      });
    }
    let later: PeriodRow | undefined;
    for (const p of periods.values()) {
      if (p.status !== PeriodStatus.CLOSED || !after(p, year, month)) continue;
      if (!later || after(p, later.year, later.month)) later = p;
    }
    if (later) {
      throw new DomainError(
        LedgerErrorCode.PERIOD_CLOSED,
        `The period ${label(later.year, later.month)} is closed, and periods close in order: ${postingDate} is closed too. Date the document after it.`,
        { field: ['input', 'occurredAt'], details: { postingDate } },
      );
    }
    return period.id;
  }

  /** The cached periods, or the committed ones read now (commands read before they change any period). */
  private async load(em: EntityManager): Promise<Map<string, PeriodRow>> {
    if (this.periods && Date.now() - this.loadedAt < this.ttlMs) return this.periods;
    const generation = this.generation;
    const map = await this.read(em);
    // An invalidation while reading means the copy may predate the change: do not keep it.
    if (generation === this.generation) {
      this.periods = map;
      this.loadedAt = Date.now();
    }
    return map;
  }

  private async read(em: EntityManager): Promise<Map<string, PeriodRow>> {
    const rows = await withConnection(em, (c) => c.rows<PeriodRow>(ALL));
    return new Map(rows.map((r) => [`${r.year}-${r.month}`, r]));
  }
}

function after(p: { year: number; month: number }, year: number, month: number): boolean {
  return p.year > year || (p.year === year && p.month > month);
}

/** The trigger's refusal (SQLSTATE LHP01) as the API's error. */
export function periodClosedError(err: unknown): DomainError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code !== 'LHP01') return null;
  return new DomainError(LedgerErrorCode.PERIOD_CLOSED, 'The posting date is in a closed period (or before one); date the document in an open period.', { field: ['input', 'occurredAt'] });
}

function label(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
