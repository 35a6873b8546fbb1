import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Database, Unlisten } from '../../db/orm';
import { queryOne, type SqlConnection, statement, toDate, withConnection } from '../../db/sql';
import { CommonErrorCode, DomainError } from '../../shared/errors';
import { AsyncQueue } from './async-queue';
import { SEQUENCED_CHANNEL, type Sequencer } from './sequencer';

export interface PublishedEvent {
  /** Position in the one event order (outbox_events.seq): the public resume cursor. */
  seq: string;
  topic: string;
  aggregateType: string;
  aggregateId: string;
  aggregateVersion: number | null;
  partnerId: string | null;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

type Listener = (event: PublishedEvent) => void;

interface OutboxRow {
  cursor: string;
  topic: string;
  aggregate_type: string;
  aggregate_id: string;
  aggregate_version: number | null;
  partner_id: string | null;
  payload: Record<string, unknown> | string;
  occurred_at: Date | string;
}

const BATCH = 500;
const POLL_MS = 2000;

// `seq` is selected as text under another name and sorted as the number: ordering by a
// text alias puts 1000 before 999, and events are then lost, repeated and reordered.
const COLUMNS = `o.seq::text as cursor, o.topic, o.aggregate_type, o.aggregate_id, o.aggregate_version, o.partner_id::text as partner_id, o.payload, o.occurred_at`;
const READ_AFTER = statement(`select ${COLUMNS} from outbox_events o where o.seq > $1::bigint order by o.seq limit $2`);
const READ_TOPICS_BETWEEN = statement(
  `select ${COLUMNS} from outbox_events o where o.seq > $1::bigint and o.seq <= $2::bigint and o.topic = any($3::text[]) order by o.seq limit $4`,
);

/**
 * Reads numbered outbox rows in `seq` order and hands each to this node's subscribers.
 * Woken by the sequencer's NOTIFY (so an event committed on any node reaches subscribers
 * on every node), with a slow poll as a safety net for a dropped notification; after a
 * lost LISTEN session it catches up from its cursor.
 */
export class EventDispatcher {
  private cursor = 0n;
  private readonly listeners = new Map<string, Set<Listener>>();
  private unlisten: Unlisten | undefined;
  private offSequenced: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    /** This process's sequencer: a round it runs wakes the dispatcher without a NOTIFY round trip. */
    private readonly sequencer?: Sequencer,
    /** Safety-net read for a lost notification. */
    private readonly pollMs = POLL_MS,
  ) {}

  private em(): EntityManager {
    return this.db.orm.em.fork() as EntityManager;
  }

  async start(): Promise<void> {
    const row = await queryOne<{ max: string }>(this.em(), 'select coalesce(max(seq), 0)::text as max from outbox_events');
    this.cursor = BigInt(row?.max ?? '0');
    this.unlisten = await this.db.listen(SEQUENCED_CHANNEL, () => this.wake(), () => this.wake());
    this.offSequenced = this.sequencer?.onSequenced(() => this.wake());
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.offSequenced?.();
    await this.unlisten?.();
    await this.draining?.catch(() => undefined);
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

  private async drain(): Promise<void> {
    for (;;) {
      const rows = await this.read((c) => c.rows<OutboxRow>(READ_AFTER, [this.cursor.toString(), BATCH]));
      for (const event of rows) {
        this.cursor = BigInt(event.seq);
        this.emit(event);
      }
      if (rows.length < BATCH) return;
    }
  }

  /** Events of `topics` with after < seq <= upTo, in seq order. */
  private readBetween(after: bigint, upTo: bigint, topics: readonly string[]): Promise<PublishedEvent[]> {
    return this.read((c) => c.rows<OutboxRow>(READ_TOPICS_BETWEEN, [after.toString(), upTo.toString(), [...topics], BATCH]));
  }

  private async read(run: (c: SqlConnection) => Promise<OutboxRow[]>): Promise<PublishedEvent[]> {
    const rows = await withConnection(this.em(), run);
    return rows.map((r) => ({
      seq: r.cursor,
      topic: r.topic,
      aggregateType: r.aggregate_type,
      aggregateId: r.aggregate_id,
      aggregateVersion: r.aggregate_version,
      partnerId: r.partner_id,
      payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as Record<string, unknown>) : r.payload,
      occurredAt: toDate(r.occurred_at) as Date,
    }));
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
