import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Database, Unlisten } from '../../db/orm';
import { query, queryOne, toDate } from '../../db/sql';
import { CommonErrorCode, DomainError } from '../../shared/errors';
import { AsyncQueue } from './async-queue';
import { OUTBOX_CHANNEL } from './outbox';

export interface PublishedEvent {
  /** Outbox id: the resume cursor. */
  id: string;
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
  id: string;
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

/**
 * Reads committed outbox rows in id order and hands each to this node's subscribers.
 * Woken by LISTEN/NOTIFY (so an event committed on any node reaches subscribers on
 * every node), with a slow poll as a safety net for a dropped notification.
 */
export class EventDispatcher {
  private cursor = 0n;
  private readonly listeners = new Map<string, Set<Listener>>();
  private unlisten: Unlisten | undefined;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
  ) {}

  private em(): EntityManager {
    return this.db.orm.em.fork() as EntityManager;
  }

  async start(): Promise<void> {
    const row = await queryOne<{ max: string }>(this.em(), 'select coalesce(max(id), 0)::text as max from outbox_events');
    this.cursor = BigInt(row?.max ?? '0');
    this.unlisten = await this.db.listen(OUTBOX_CHANNEL, () => this.wake());
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.unlisten?.();
    await this.draining?.catch(() => undefined);
  }

  /** The id of the last event handed to listeners. */
  get position(): bigint {
    return this.cursor;
  }

  /** Resolves once every event committed before the call has been handed to listeners. */
  async flush(): Promise<void> {
    this.wake();
    while (this.draining) await this.draining;
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
      const rows = await this.readAfter(this.cursor, BATCH);
      for (const event of rows) {
        this.cursor = BigInt(event.id);
        this.emit(event);
      }
      if (rows.length < BATCH) return;
    }
  }

  private async readAfter(after: bigint, limit: number, topics?: readonly string[], upTo?: bigint): Promise<PublishedEvent[]> {
    const params: unknown[] = [after.toString()];
    let sql = `select id::text as id, topic, aggregate_type, aggregate_id, aggregate_version, partner_id::text as partner_id, payload, occurred_at
               from outbox_events where id > ?`;
    if (upTo !== undefined) {
      sql += ' and id <= ?';
      params.push(upTo.toString());
    }
    if (topics) {
      sql += ` and topic in (${topics.map(() => '?').join(', ')})`;
      params.push(...topics);
    }
    sql += ' order by id limit ?';
    params.push(limit);
    const rows = await query<OutboxRow>(this.em(), sql, params);
    return rows.map((r) => ({
      id: r.id,
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
   * event), then every new one, each exactly once and in commit order. The live
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
    const readAfter = (from: bigint) => this.readAfter(from, BATCH, topics, boundary);
    let finished = false;
    async function* generate(): AsyncGenerator<PublishedEvent> {
      try {
        let last = start;
        while (last < boundary) {
          const batch = await readAfter(last);
          if (batch.length === 0) break;
          for (const e of batch) {
            last = BigInt(e.id);
            if (accept(e)) yield e;
          }
        }
        for await (const e of live) {
          if (BigInt(e.id) <= last) continue;
          last = BigInt(e.id);
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
