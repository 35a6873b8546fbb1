import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Database, Leadership, Unlisten } from '../../db/orm';
import { type SqlConnection, statement, toDate, withConnection } from '../../db/sql';
import { eventStats } from '../../db/stats';
import { OUTBOX_CHANNEL } from './outbox';
import { type PendingRow, planSequence } from './sequence-plan';

/** NOTIFY after each round that numbered events: wakes every node's dispatcher. */
export const SEQUENCED_CHANNEL = 'ledgerhouse_outbox_seq';

/** Session lock held by the one sequencer of the cluster (db/leader.ts). Advisory keys in use: 7_240_000 migrations, 7_240_002 fiscal periods. */
export const SEQUENCER_LEADER_LOCK = 7_240_010;
/** Transaction lock of one round: two sequencers (a takeover) never interleave. */
export const SEQUENCER_ROUND_LOCK = 7_240_011;

export interface SequencerOptions {
  /** Safety-net round every this many ms (a lost NOTIFY, a horizon moved by a transaction without events). */
  pollMs?: number;
  /** Warn when a committed event has waited this long for its number. */
  lagWarnMs?: number;
  /** A node that is not the sequencer tries to become it this often. */
  takeoverMs?: number;
}

interface PendingDbRow {
  id: string;
  aggregate_type: string;
  aggregate_id: string;
  aggregate_version: number | null;
  below: boolean;
  occurred_at: Date | string;
  last_seq: string;
  horizon: string;
}

export interface RoundResult {
  numbered: number;
  /** Committed rows still without a number (their xid is not yet below the horizon, or held back). */
  waiting: number;
  /** The horizon of the round (null when nothing was waiting). */
  horizon: string | null;
}

const FOLLOW_UP_MIN_MS = 5;

const ROUND_LOCK = statement('select pg_advisory_xact_lock($1)');

// One statement, so the horizon and the rows are read in one snapshot: a row whose xid is
// below the horizon and which is not visible here rolled back, and can never appear.
const PENDING = statement(`select o.id::text as id, o.aggregate_type, o.aggregate_id, o.aggregate_version,
    o.xid < pg_snapshot_xmin(pg_current_snapshot()) as below, o.occurred_at,
    (select coalesce(max(n.seq), 0)::text from outbox_events n) as last_seq, pg_snapshot_xmin(pg_current_snapshot())::text as horizon
  from outbox_events o where o.seq is null order by o.xid, o.id`);

const NUMBER = statement(`with numbered as (
    update outbox_events o set seq = n.seq from unnest($1::bigint[], $2::bigint[]) as n(id, seq) where o.id = n.id returning o.seq)
  select pg_notify($3, max(seq)::text) as notified, count(*)::int as n from numbered`);

// Outside any transaction, on the partial index: is a round worth its transaction?
const ANY_UNNUMBERED = statement('select exists (select 1 from outbox_events where seq is null) as waiting');

const OLDEST_TRANSACTION = statement(`select pid, datname, application_name, state, xact_start, wait_event_type
  from pg_stat_activity where backend_xid is not null order by xact_start limit 1`);

/**
 * Gives committed outbox rows their `seq`, the one event order every node's dispatcher
 * reads (DESIGN.md invariant 8). Exactly one sequencer runs per cluster: the node holding
 * a session advisory lock; any node takes over when the holder dies. On PGlite the one
 * process is the sequencer.
 *
 * Each round is one short transaction: take the round lock, read the horizon
 * (`pg_snapshot_xmin(pg_current_snapshot())`, the oldest transaction still running) and
 * the unnumbered rows, number the committed rows below the horizon contiguously after
 * max(seq) (the ordering rules are in sequence-plan.ts), NOTIFY SEQUENCED_CHANNEL. The
 * unique index on seq refuses any number handed out twice.
 *
 * A long open transaction anywhere on the cluster holds the horizon, and so every later
 * event: the app's connections set idle_in_transaction_session_timeout, and the age of
 * the oldest waiting event is logged past `lagWarnMs` and kept in eventStats for /metrics.
 */
export class Sequencer {
  private leadership: Leadership | undefined;
  private unlisten: Unlisten | undefined;
  private timer: NodeJS.Timeout | undefined;
  private followUp: NodeJS.Timeout | undefined;
  private followUpMs = 0;
  private lastHorizon: string | null = null;
  private running: Promise<RoundResult> | undefined;
  private again = false;
  /** Set by a NOTIFY or a follow-up: rows are known to wait, skip the cheap check. */
  private hinted = false;
  private stopped = false;
  private lastWarnAt = 0;
  private readonly sequencedListeners = new Set<() => void>();
  private readonly pollMs: number;
  private readonly lagWarnMs: number;
  private readonly takeoverMs: number;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    options: SequencerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 2000;
    this.lagWarnMs = options.lagWarnMs ?? 10_000;
    this.takeoverMs = options.takeoverMs ?? 1000;
  }

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(OUTBOX_CHANNEL, () => this.wake(true), () => this.wake());
    this.leadership = await this.db.leadership(SEQUENCER_LEADER_LOCK, {
      name: 'sequencer',
      retryMs: this.takeoverMs,
      onChange: (leader) => {
        eventStats.sequencerLeader = leader ? 1 : 0;
        if (leader) this.wake();
        else eventStats.oldestUnnumberedMs = 0;
      },
    });
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.followUp) clearTimeout(this.followUp);
    await this.unlisten?.();
    await this.running?.catch(() => undefined);
    await this.leadership?.stop();
    eventStats.sequencerLeader = 0;
  }

  get isLeader(): boolean {
    return this.leadership?.isLeader ?? false;
  }

  /** Called (in this process) after every round that numbered events. */
  onSequenced(listener: () => void): () => void {
    this.sequencedListeners.add(listener);
    return () => this.sequencedListeners.delete(listener);
  }

  /** Runs a round soon, if this node is the sequencer (`hinted`: rows are known to be waiting). */
  wake(hinted = false): void {
    if (hinted) this.hinted = true;
    if (this.stopped || !this.isLeader) return;
    if (this.running) {
      this.again = true;
      return;
    }
    void this.startRound();
  }

  private startRound(): Promise<RoundResult> {
    const running = this.round()
      .catch((err: unknown): RoundResult => {
        this.log.error({ err }, 'sequencer round failed; will retry');
        this.scheduleFollowUp(null);
        return { numbered: 0, waiting: 0, horizon: null };
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
    this.running = running;
    return running;
  }

  /**
   * Runs a round now and returns what it did (null when this node is not the sequencer).
   * Waits for a round in flight first, so rows committed before the call are seen.
   */
  async runNow(): Promise<RoundResult | null> {
    while (this.running) await this.running;
    if (!this.isLeader || this.stopped) return null;
    this.hinted = true;
    return this.startRound();
  }

  private async round(): Promise<RoundResult> {
    const em = this.db.orm.em.fork() as EntityManager;
    const hinted = this.hinted;
    this.hinted = false;
    // A poll usually finds nothing: one statement instead of a transaction of four.
    if (!hinted && !(await withConnection(em, async (c) => (await c.rows<{ waiting: boolean }>(ANY_UNNUMBERED))[0]?.waiting))) {
      eventStats.unnumbered = 0;
      eventStats.oldestUnnumberedMs = 0;
      return { numbered: 0, waiting: 0, horizon: null };
    }
    const result = await em.transactional((tem) => withConnection(tem as EntityManager, (c) => this.numberCommitted(c)));
    eventStats.rounds++;
    if (result.numbered > 0) {
      eventStats.sequenced += result.numbered;
      for (const l of this.sequencedListeners) l();
    }
    if (result.waiting > 0) this.scheduleFollowUp(result.horizon);
    else this.followUpMs = 0;
    return result;
  }

  private async numberCommitted(c: SqlConnection): Promise<RoundResult> {
    await c.rows(ROUND_LOCK, [SEQUENCER_ROUND_LOCK]);
    const rows = await c.rows<PendingDbRow>(PENDING);
    if (rows.length === 0) {
      eventStats.unnumbered = 0;
      eventStats.oldestUnnumberedMs = 0;
      return { numbered: 0, waiting: 0, horizon: null };
    }
    const pending: PendingRow[] = rows.map((r) => ({
      id: r.id,
      aggregateType: r.aggregate_type,
      aggregateId: r.aggregate_id,
      aggregateVersion: r.aggregate_version,
      belowHorizon: r.below,
    }));
    const plan = planSequence(pending, BigInt((rows[0] as PendingDbRow).last_seq));
    if (plan.numbered.length > 0) {
      await c.rows(NUMBER, [plan.numbered.map((n) => n.id), plan.numbered.map((n) => n.seq.toString()), SEQUENCED_CHANNEL]);
    }
    await this.measureBacklog(c, rows, new Set(plan.numbered.map((n) => n.id)), plan.heldBack);
    return { numbered: plan.numbered.length, waiting: plan.waiting, horizon: (rows[0] as PendingDbRow).horizon };
  }

  /** The age of the oldest committed event left waiting, for eventStats and a warning. */
  private async measureBacklog(c: SqlConnection, rows: PendingDbRow[], numbered: Set<string>, heldBack: number): Promise<void> {
    let oldest: number | undefined;
    let waiting = 0;
    for (const r of rows) {
      if (numbered.has(r.id)) continue;
      waiting++;
      const at = (toDate(r.occurred_at) as Date).getTime();
      if (oldest === undefined || at < oldest) oldest = at;
    }
    const now = Date.now();
    const age = oldest === undefined ? 0 : Math.max(0, now - oldest);
    eventStats.unnumbered = waiting;
    eventStats.oldestUnnumberedMs = age;
    if (age < this.lagWarnMs || now - this.lastWarnAt < this.lagWarnMs) return;
    this.lastWarnAt = now;
    // Whoever holds the horizon: the oldest transaction with an xid, in any database of the cluster.
    const holder = this.db.kind === 'postgresql' ? (await c.rows(OLDEST_TRANSACTION))[0] : undefined;
    this.log.warn(
      { waiting, heldBack, oldestWaitingMs: age, oldestTransaction: holder ?? null },
      'committed events are waiting for their sequence number: an open transaction holds the horizon',
    );
  }

  /**
   * While rows wait, look again soon: the transaction holding the horizon usually ends
   * within milliseconds, and may end without a NOTIFY (it wrote no event). While the
   * horizon moves the next look is quick; while it stands still the looks back off to
   * the poll interval (a long transaction is holding it).
   */
  private scheduleFollowUp(horizon: string | null): void {
    if (this.stopped || this.followUp) return;
    const moved = horizon !== null && horizon !== this.lastHorizon;
    this.lastHorizon = horizon;
    this.followUpMs = moved ? FOLLOW_UP_MIN_MS : Math.min(this.pollMs, Math.max(FOLLOW_UP_MIN_MS, this.followUpMs * 2));
    this.followUp = setTimeout(() => {
      this.followUp = undefined;
      this.wake(true);
    }, this.followUpMs);
    this.followUp.unref();
  }
}
