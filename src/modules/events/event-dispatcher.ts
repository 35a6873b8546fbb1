import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Database, Unlisten } from '../../db/orm';
import { queryOne, type SqlConnection, statement, withConnection } from '../../db/sql';
import { CommonErrorCode, DomainError } from '../../shared/errors';
import { AsyncQueue } from './async-queue';
import { eventColumns, type OutboxRow, type PublishedEvent, toPublished } from './published-event';
import { SEQUENCED_CHANNEL } from './sequencer';

export type { PublishedEvent } from './published-event';

/** What the dispatcher uses of this node's sequencer (sequencer.ts). */
export interface SequencerFeed {
  readonly isLeader: boolean;
  /** The round running now: it resolves after its events were handed over. */
  readonly roundInFlight: Promise<unknown> | undefined;
  onSequenced(listener: (events: readonly PublishedEvent[]) => void): () => void;
  onLeadership(listener: (leader: boolean) => void): () => void;
  runNow(): Promise<unknown>;
}

type Listener = (event: PublishedEvent) => void;

const BATCH = 500;
const POLL_MS = 2000;

const COLUMNS = eventColumns('o');
const READ_AFTER = statement(`select ${COLUMNS} from outbox_events o where o.seq > $1::bigint order by o.seq limit $2`);
const READ_TOPICS_BETWEEN = statement(
  `select ${COLUMNS} from outbox_events o where o.seq > $1::bigint and o.seq <= $2::bigint and o.topic = any($3::text[]) order by o.seq limit $4`,
);

// Committed events this node has not handed to its subscribers yet: still without a seq, or
// numbered past the cursor. Two index ranges (the partial index of unnumbered rows, the seq
// index), so a scrape costs little even with a backlog.
const BACKLOG = statement(
  `select count(*)::int as events,
     coalesce(extract(epoch from clock_timestamp() - min(b.occurred_at)), 0)::float8 as oldest_age_seconds
   from (select o.occurred_at from outbox_events o where o.seq is null
         union all
         select o.occurred_at from outbox_events o where o.seq > $1::bigint) b`,
);

export interface EventBacklog {
  /** Committed events not yet handed to this node's subscribers (unnumbered, or numbered past its cursor). */
  events: number;
  /** Seconds since the oldest of them occurred; 0 when there is none. */
  oldestAgeSeconds: number;
}

/**
 * Hands numbered events to this node's subscribers in `seq` order, each exactly once.
 *
 * On the sequencer's node the events of a round come straight from the round
 * (`Sequencer.onSequenced`): no read, and no LISTEN for the round's own NOTIFY. Should a
 * hand-off not follow the cursor (events numbered elsewhere in between, by a former
 * sequencer), the gap is read. Every other node LISTENs for the rounds' NOTIFY, whose
 * payload is the round's last seq, and reads by seq from its cursor (so an event committed
 * on any node reaches subscribers on every node); a NOTIFY for events it has already costs
 * no read. When the role moves, the LISTEN follows it and the cursor is caught up by a read.
 * A slow poll is the safety net for a dropped notification; after a lost LISTEN session
 * it catches up from its cursor.
 *
 * Both ways in go through `deliver`, which is synchronous and emits an event only when its
 * seq is the cursor's next: a read and a hand-off that overlap cannot repeat or skip one.
 */
export class EventDispatcher {
  private cursor = 0n;
  private readonly listeners = new Map<string, Set<Listener>>();
  private unlisten: Unlisten | undefined;
  /** LISTEN and UNLISTEN follow the sequencer role, one change at a time. */
  private following: Promise<void> = Promise.resolve();
  private offSequenced: (() => void) | undefined;
  private offLeadership: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    /** This process's sequencer: the events of its rounds are handed over without a read. */
    private readonly sequencer?: SequencerFeed,
    /** Safety-net read for a lost notification. */
    private readonly pollMs = POLL_MS,
  ) {}

  private em(): EntityManager {
    return this.db.orm.em.fork() as EntityManager;
  }

  async start(): Promise<void> {
    const row = await queryOne<{ max: string }>(this.em(), 'select coalesce(max(seq), 0)::text as max from outbox_events');
    this.cursor = BigInt(row?.max ?? '0');
    this.offSequenced = this.sequencer?.onSequenced((events) => this.handOff(events));
    this.offLeadership = this.sequencer?.onLeadership(() => this.follow());
    // Not the sequencer: LISTEN now, and fail loudly if it cannot.
    if (!this.sequencer?.isLeader) this.unlisten = await this.listen();
    this.timer = setInterval(() => {
      if (this.wantsListen() !== (this.unlisten !== undefined)) this.follow(); // a change that failed earlier
      this.wake();
    }, this.pollMs);
    this.timer.unref();
    // Whatever was numbered between the cursor's read and now.
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.offSequenced?.();
    this.offLeadership?.();
    this.follow();
    await this.following;
    await this.draining?.catch(() => undefined);
  }

  private listen(): Promise<Unlisten> {
    return this.db.listen(SEQUENCED_CHANNEL, (payload) => this.notified(payload), () => this.wake());
  }

  private wantsListen(): boolean {
    return !this.stopped && !(this.sequencer?.isLeader ?? false);
  }

  /** LISTEN while this node is not the sequencer, then read what was numbered meanwhile. */
  private follow(): void {
    this.following = this.following
      .then(async () => {
        const want = this.wantsListen();
        if (want && !this.unlisten) {
          this.unlisten = await this.listen();
          this.wake();
        } else if (!want && this.unlisten) {
          const off = this.unlisten;
          this.unlisten = undefined;
          await off();
          this.wake();
        }
      })
      .catch((err: unknown) => this.log.warn({ err }, 'dispatcher LISTEN change failed; retried at the next poll'));
  }

  /** What this node still has to deliver (one statement; for /metrics, read at scrape time). */
  async backlog(): Promise<EventBacklog> {
    const rows = await withConnection(this.em(), (c) => c.rows<{ events: number; oldest_age_seconds: number }>(BACKLOG, [this.cursor.toString()]));
    const row = rows[0];
    return { events: Number(row?.events ?? 0), oldestAgeSeconds: Number(row?.oldest_age_seconds ?? 0) };
  }

  /** The seq of the last event handed to listeners. */
  get position(): bigint {
    return this.cursor;
  }

  /**
   * Resolves once every event committed before the call has been numbered and handed to
   * listeners (runs a sequencer round when this node is the sequencer). Fails after
   * `timeoutMs` if an open transaction keeps holding them back.
   */
  async flush(timeoutMs = 10_000): Promise<void> {
    const em = this.em();
    const target = (await queryOne<{ max: string }>(em, 'select coalesce(max(id), 0)::text as max from outbox_events'))?.max ?? '0';
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.sequencer?.runNow();
      const row = await queryOne<{ unnumbered: number; last: string }>(
        em,
        'select count(*) filter (where seq is null)::int as unnumbered, coalesce(max(seq), 0)::text as last from outbox_events where id <= ?',
        [target],
      );
      if (row && row.unnumbered === 0) {
        this.wake();
        while (this.draining) await this.draining;
        if (this.cursor >= BigInt(row.last)) return;
      }
      if (Date.now() > deadline) throw new Error('flush timed out: committed events are still waiting for their sequence number');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((err: unknown) => this.log.error({ err }, 'event dispatch failed; will retry'))
      .finally(() => {
        this.draining = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /**
   * A round's NOTIFY (payload: its last seq). Nothing to read when the events are here
   * already; when this node's sequencer has a round in flight (its own NOTIFY can arrive
   * before the round's result), its hand-off is awaited first.
   */
  private notified(payload: string): void {
    const last = /^\d{1,19}$/.test(payload) ? BigInt(payload) : undefined;
    if (last === undefined) return this.wake();
    if (last <= this.cursor) return;
    const round = this.sequencer?.roundInFlight;
    if (!round) return this.wake();
    void round.then(() => {
      if (last > this.cursor) this.wake();
    });
  }

  /** The events a round of this node's sequencer just numbered, in seq order. */
  private handOff(events: readonly PublishedEvent[]): void {
    if (this.stopped || events.length === 0) return;
    // Events numbered elsewhere in between (a former sequencer's last round): read them, these included.
    if (BigInt((events[0] as PublishedEvent).seq) > this.cursor + 1n) return this.wake();
    this.deliver(events);
  }

  /** Emits, in order, the events that follow the cursor; those at or below it were emitted already. */
  private deliver(events: readonly PublishedEvent[]): void {
    for (const event of events) {
      const seq = BigInt(event.seq);
      if (seq <= this.cursor) continue;
      this.cursor = seq;
      this.emit(event);
    }
  }

  private async drain(): Promise<void> {
    for (;;) {
      const rows = await this.read((c) => c.rows<OutboxRow>(READ_AFTER, [this.cursor.toString(), BATCH]));
      this.deliver(rows);
      if (rows.length < BATCH) return;
    }
  }

  /** Events of `topics` with after < seq <= upTo, in seq order. */
  private readBetween(after: bigint, upTo: bigint, topics: readonly string[]): Promise<PublishedEvent[]> {
    return this.read((c) => c.rows<OutboxRow>(READ_TOPICS_BETWEEN, [after.toString(), upTo.toString(), [...topics], BATCH]));
  }

  private async read(run: (c: SqlConnection) => Promise<OutboxRow[]>): Promise<PublishedEvent[]> {
    return (await withConnection(this.em(), run)).map(toPublished);
  }

  private emit(event: PublishedEvent): void {
    const set = this.listeners.get(event.topic);
    if (!set) return;
    for (const listener of set) {
      try {
        listener(event);
      } catch (err) {
        this.log.error({ err, topic: event.topic }, 'event listener failed');
      }
    }
  }

  private on(topics: readonly string[], listener: Listener): () => void {
    for (const t of topics) {
      let set = this.listeners.get(t);
      if (!set) this.listeners.set(t, (set = new Set()));
      set.add(listener);
    }
    return () => {
      for (const t of topics) this.listeners.get(t)?.delete(listener);
    };
  }

  /**
   * A subscriber's stream: every matching event after `after` (a cursor from an earlier
   * event), then every new one, each exactly once and in seq order. The live
   * listener is attached first and the dispatcher's position read in the same tick, so
   * events up to that position come from the table and later ones from the listener:
   * nothing falls between the two.
   */
  stream(topics: readonly string[], accept: (e: PublishedEvent) => boolean, after?: string | null): AsyncIterableIterator<PublishedEvent> {
    const live = new AsyncQueue<PublishedEvent>();
    const off = this.on(topics, (e) => {
      if (accept(e)) live.push(e);
    });
    const boundary = this.cursor;
    const start = after === undefined || after === null ? boundary : parseCursor(after);
    const readAfter = (from: bigint) => this.readBetween(from, boundary, topics);
    let finished = false;
    async function* generate(): AsyncGenerator<PublishedEvent> {
      try {
        let last = start;
        while (last < boundary) {
          const batch = await readAfter(last);
          if (batch.length === 0) break;
          for (const e of batch) {
            last = BigInt(e.seq);
            if (accept(e)) yield e;
          }
        }
        for await (const e of live) {
          if (BigInt(e.seq) <= last) continue;
          last = BigInt(e.seq);
          yield e;
        }
      } finally {
        finished = true;
        off();
        live.close();
      }
    }
    const gen = generate();
    return {
      next: () => gen.next(),
      return: async () => {
        if (!finished) {
          off();
          live.close();
        }
        return gen.return(undefined);
      },
      throw: (err: unknown) => gen.throw(err),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

export function parseCursor(after: string): bigint {
  if (!/^\d{1,19}$/.test(after)) {
    throw new DomainError(CommonErrorCode.INVALID, 'after must be the cursor of an event received earlier.', { field: ['after'] });
  }
  return BigInt(after);
}
