import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Database, Leadership, Unlisten } from '../../db/orm';
import { SqlConnection, statement, toDate, withConnection } from '../../db/sql';
import { eventStats } from '../../db/stats';
import { OUTBOX_CHANNEL } from './outbox';
import { eventColumns, type OutboxRow, type PublishedEvent, toPublished } from './published-event';
import { PLAN_CTES } from './sequence-plan';

/** NOTIFY after each round that numbered events (payload: the last seq): wakes every node's dispatcher. */
export const SEQUENCED_CHANNEL = 'ledgerhouse_outbox_seq';

/** Session lock held by the one sequencer of the cluster (db/leader.ts). Advisory keys in use: 7_240_000 migrations, 7_240_002 fiscal periods. */
export const SEQUENCER_LEADER_LOCK = 7_240_010;

export interface SequencerOptions {
  /** Safety-net round every this many ms (a lost NOTIFY, a horizon moved by a transaction without events). */
  pollMs?: number;
  /** Warn when a committed event has waited this long for its number. */
  lagWarnMs?: number;
  /** A node that is not the sequencer tries to become it this often. */
  takeoverMs?: number;
  /**
   * A round asked for within this many ms of the end of the last one waits until then, so
   * that the commits of a busy moment share a round (0: no wait). Under a steady stream of
   * commits this caps rounds near one per (round time + coalesceMs); an event waits at most
   * this much longer. Commits further apart than this never wait. Default 2: with 4 to 16
   * writers it takes rounds (each a commit of its own) from about 0.8 and 0.5 per command
   * to 0.5 and 0.35, for about 1-2 ms more latency.
   */
  coalesceMs?: number;
}

export interface RoundResult {
  numbered: number;
  /** Committed rows still without a number (their xid is not yet below the horizon, or held back). */
  waiting: number;
  /** The horizon of the round. */
  horizon: string | null;
}

/** One row per numbered event (in seq order), each with the round's backlog; one row with null event columns when none was numbered. */
type RoundRow = { [K in keyof OutboxRow]: OutboxRow[K] | null } & {
  waiting: number;
  held_back: number;
  oldest_waiting: Date | string | null;
  horizon: string;
  scan_from: string;
};

const FOLLOW_UP_MIN_MS = 5;
/** A round reads every unnumbered row, whatever `scanFrom` says, at least this often (and first as leader). */
const FULL_SCAN_MS = 60_000;

/**
 * A whole round in one statement, so in one snapshot: the horizon
 * (`pg_snapshot_xmin(pg_current_snapshot())`, the oldest transaction still running) and the
 * visible unnumbered rows are read together (a row whose xid is below the horizon and which
 * is not visible here rolled back, and can never appear); the plan (sequence-plan.ts) picks
 * and orders the rows to number; they are numbered contiguously after max(seq), read in the
 * same snapshot; the NOTIFY carries the last seq; the numbered rows come back with their
 * payloads, for this node's dispatcher.
 *
 * The unnumbered rows are read from xid $2 on (`scan_from` of the round before): every
 * numbered row leaves a dead entry in the partial index on unnumbered rows until a vacuum
 * (PGlite never vacuums), and a scan from the start would visit all of them in the heap on
 * every round. Nothing below that xid can be missed: every transaction below a round's
 * horizon had ended when the round read, so each of its rows was either invisible (rolled
 * back, never to appear) or in that round's pending rows; those the round left unnumbered
 * below its horizon (held back) lower `scan_from` to their xid. Rows numbered by the round
 * all lie below it, so the next scan starts past their dead entries.
 *
 * The update finds its rows by primary key from `assigned` (`coalesce(seq, 0) = 0` rather
 * than `seq is null`, so that the planner cannot drive it from the index of unnumbered rows
 * and rescan `assigned` for each of them: with a backlog that nested loop is quadratic).
 *
 * Without an explicit transaction the statement is its own: all or nothing. Only rows still
 * unnumbered are updated (a row numbered meanwhile by someone else is re-checked and
 * skipped), and the unique index on seq refuses a number handed out twice, so even a
 * concurrent writer of numbers can cause a failed round (retried), never a gap or a
 * duplicate.
 */
const ROUND = statement(`with horizon as materialized (select pg_snapshot_xmin(pg_current_snapshot()) as xmin),
  pending as materialized (
    select o.id, o.xid, o.aggregate_type, o.aggregate_id, o.aggregate_version, o.occurred_at, o.xid < h.xmin as below
    from outbox_events o cross join horizon h where o.seq is null and o.xid >= $2::xid8 order by o.xid, o.id),
  ${PLAN_CTES},
  last as (select coalesce(max(e.seq), 0) as seq from outbox_events e),
  numbered as (
    update outbox_events o set seq = last.seq + a.slot from assigned a cross join last
    where o.id = a.id and coalesce(o.seq, 0) = 0
    returning o.*),
  notified as (select pg_notify($1, max(n.seq)::text) as sent from numbered n having count(*) > 0),
  backlog as (
    select count(*)::int as waiting, (count(*) filter (where c.below))::int as held_back, min(c.occurred_at) as oldest_waiting,
      min(c.xid) filter (where c.below) as held_back_from
    from classified c where not c.is_ready)
  select ${eventColumns('n')}, b.waiting, b.held_back, b.oldest_waiting, h.xmin::text as horizon, least(h.xmin, b.held_back_from)::text as scan_from,
    x.sent is not null as notified
  from backlog b cross join horizon h left join numbered n on true left join notified x on true
  order by n.seq`);

const OLDEST_TRANSACTION = statement(`select pid, datname, application_name, state, xact_start, wait_event_type
  from pg_stat_activity where backend_xid is not null order by xact_start limit 1`);

/**
 * Gives committed outbox rows their `seq`, the one event order every node's dispatcher
 * reads (DESIGN.md invariant 8). Exactly one sequencer runs per cluster: the node holding
 * a session advisory lock; any node takes over when the holder dies. On PGlite the one
 * process is the sequencer.
 *
 * A round is one statement (ROUND above). On PostgreSQL it runs on the very session that
 * holds the leader lock (db/leader.ts): it cannot run once that session is gone, and a
 * successor gets the lock only after it is, so two sequencers never overlap; nor does a
 * round wait for a pooled connection behind the commands. Only the sequencer LISTENs for
 * the commands' NOTIFY; the events a round numbers go straight to this node's dispatcher
 * (`onSequenced`), and every other node reads them by seq after the round's NOTIFY.
 * Commits arriving within `coalesceMs` of a round share the next one.
 *
 * A long open transaction anywhere on the cluster holds the horizon, and so every later
 * event: the app's connections set idle_in_transaction_session_timeout, and the age of
 * the oldest waiting event is logged past `lagWarnMs` and kept in eventStats for /metrics.
 */
export class Sequencer {
  private leadership: Leadership | undefined;
  private leader = false;
  private unlisten: Unlisten | undefined;
  /** LISTEN and UNLISTEN follow leadership, one change at a time. */
  private following: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private followUp: NodeJS.Timeout | undefined;
  private followUpMs = 0;
  private lastHorizon: string | null = null;
  private running: Promise<RoundResult> | undefined;
  private again = false;
  private lastRoundEnd = 0;
  /** The next round reads unnumbered rows from this xid on (ROUND); '0': all of them. */
  private scanFrom = '0';
  private lastFullScanAt = Number.NEGATIVE_INFINITY;
  private coalescing: NodeJS.Timeout | undefined;
  private stopped = false;
  private lastWarnAt = 0;
  private readonly sequencedListeners = new Set<(events: readonly PublishedEvent[]) => void>();
  private readonly leadershipListeners = new Set<(leader: boolean) => void>();
  private readonly pollMs: number;
  private readonly lagWarnMs: number;
  private readonly takeoverMs: number;
  private readonly coalesceMs: number;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    options: SequencerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 2000;
    this.lagWarnMs = options.lagWarnMs ?? 10_000;
    this.takeoverMs = options.takeoverMs ?? 1000;
    this.coalesceMs = options.coalesceMs ?? 2;
  }

  async start(): Promise<void> {
    this.leadership = await this.db.leadership(SEQUENCER_LEADER_LOCK, {
      name: 'sequencer',
      retryMs: this.takeoverMs,
      onChange: (leader) => {
        this.leader = leader;
        this.lastFullScanAt = Number.NEGATIVE_INFINITY;
        eventStats.sequencerLeader = leader ? 1 : 0;
        if (!leader) eventStats.oldestUnnumberedMs = 0;
        this.follow();
        for (const listener of this.leadershipListeners) listener(leader);
      },
    });
    await this.following;
    this.timer = setInterval(() => {
      if (this.leader !== (this.unlisten !== undefined)) this.follow(); // a LISTEN that failed earlier
      this.wake();
    }, this.pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.followUp) clearTimeout(this.followUp);
    if (this.coalescing) clearTimeout(this.coalescing);
    this.follow();
    await this.following;
    await this.running?.catch(() => undefined);
    await this.leadership?.stop();
    eventStats.sequencerLeader = 0;
  }

  get isLeader(): boolean {
    return this.leadership?.isLeader ?? false;
  }

  /** The round running now, if any: it resolves after its events were handed to `onSequenced` listeners. */
  get roundInFlight(): Promise<unknown> | undefined {
    return this.running;
  }

  /**
   * Called (in this process) with the events of every round that numbered some, in seq
   * order, right after their numbers committed.
   */
  onSequenced(listener: (events: readonly PublishedEvent[]) => void): () => void {
    this.sequencedListeners.add(listener);
    return () => this.sequencedListeners.delete(listener);
  }

  /** Called (in this process) each time this node becomes, or stops being, the sequencer. */
  onLeadership(listener: (leader: boolean) => void): () => void {
    this.leadershipListeners.add(listener);
    return () => this.leadershipListeners.delete(listener);
  }

  /** Runs a round soon, if this node is the sequencer. */
  wake(): void {
    if (this.stopped || !this.isLeader) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.coalescing) return;
    const wait = this.lastRoundEnd + this.coalesceMs - performance.now();
    if (wait >= 1) {
      this.coalescing = setTimeout(() => {
        this.coalescing = undefined;
        this.wake();
      }, wait);
      this.coalescing.unref();
      return;
    }
    void this.startRound();
  }

  /**
   * LISTEN for the commands' NOTIFY while this node is the sequencer, and only then: other
   * nodes are not woken by every command of the cluster. Once listening, a round catches up
   * with whatever committed before.
   */
  private follow(): void {
    this.following = this.following
      .then(async () => {
        const want = this.leader && !this.stopped;
        if (want && !this.unlisten) {
          this.unlisten = await this.db.listen(OUTBOX_CHANNEL, () => this.wake(), () => this.wake());
          this.wake();
        } else if (!want && this.unlisten) {
          const off = this.unlisten;
          this.unlisten = undefined;
          await off();
        }
      })
      .catch((err: unknown) => this.log.warn({ err }, 'sequencer LISTEN change failed; retried at the next poll'));
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
        this.lastRoundEnd = performance.now();
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
    return this.startRound();
  }

  /** The connection a round runs on: the leader session on PostgreSQL, the pool's one session on PGlite. */
  private onConnection<T>(work: (c: SqlConnection) => Promise<T>): Promise<T> {
    if (this.db.kind === 'pglite') return withConnection(this.db.orm.em.fork() as EntityManager, work);
    const session = this.leadership?.session;
    if (!session) throw new Error('the sequencer lock session is gone');
    return work(new SqlConnection(session));
  }

  private async round(): Promise<RoundResult> {
    const now = performance.now();
    const full = now - this.lastFullScanAt >= FULL_SCAN_MS;
    const rows = await this.onConnection((c) => c.rows<RoundRow>(ROUND, [SEQUENCED_CHANNEL, full ? '0' : this.scanFrom]));
    const backlog = rows[0] as RoundRow;
    if (full) this.lastFullScanAt = now;
    this.scanFrom = backlog.scan_from;
    eventStats.rounds++;
    const events = rows.filter((r): r is RoundRow & OutboxRow => r.cursor !== null).map(toPublished);
    if (events.length > 0) {
      eventStats.sequenced += events.length;
      for (const listener of this.sequencedListeners) {
        try {
          listener(events);
        } catch (err) {
          this.log.error({ err }, 'sequenced-events listener failed');
        }
      }
    }
    await this.measureBacklog(backlog);
    if (backlog.waiting > 0) this.scheduleFollowUp(backlog.horizon);
    else this.followUpMs = 0;
    return { numbered: events.length, waiting: backlog.waiting, horizon: backlog.horizon };
  }

  /** The age of the oldest committed event left waiting, for eventStats and a warning. */
  private async measureBacklog(backlog: RoundRow): Promise<void> {
    const now = Date.now();
    const oldest = toDate(backlog.oldest_waiting);
    const age = oldest === null ? 0 : Math.max(0, now - oldest.getTime());
    eventStats.unnumbered = backlog.waiting;
    eventStats.oldestUnnumberedMs = age;
    if (age < this.lagWarnMs || now - this.lastWarnAt < this.lagWarnMs) return;
    this.lastWarnAt = now;
    // Whoever holds the horizon: the oldest transaction with an xid, in any database of the cluster.
    const holder = this.db.kind === 'postgresql' ? (await this.onConnection((c) => c.rows(OLDEST_TRANSACTION)))[0] : undefined;
    this.log.warn(
      { waiting: backlog.waiting, heldBack: backlog.held_back, oldestWaitingMs: age, oldestTransaction: holder ?? null },
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
      this.wake();
    }, this.followUpMs);
    this.followUp.unref();
  }
}
