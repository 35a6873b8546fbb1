import pg from 'pg';
import type { Logger } from 'pino';
import { dbStats } from './stats';

export type Unlisten = () => Promise<void>;

export interface ListenHandlers {
  /** Every NOTIFY on the channel, after the notifying transaction commits. */
  onNotify: (payload: string) => void;
  /**
   * After the LISTEN connection was lost and is back. Notifications sent in between are
   * gone: catch up from durable state (a cursor, a table), never from memory.
   */
  onReconnect?: () => void;
}

export interface ReconnectPolicy {
  /** First retry after this long, doubling up to maxMs (each with up to 25% jitter). */
  minMs: number;
  maxMs: number;
}

const DEFAULT_POLICY: ReconnectPolicy = { minMs: 100, maxMs: 5000 };

/**
 * Every LISTEN of one process on one dedicated PostgreSQL session (pooled connections come
 * and go, and a LISTEN lives only as long as its session). A pg client does not come back
 * by itself when its connection dies (a restart, a failover, pg_terminate_backend): this
 * one reconnects with backoff, LISTENs every channel again, and then tells each listener,
 * which catches up by its cursor.
 */
export class PgNotifications {
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private failures = 0;
  private started = false;
  private closed = false;
  private readonly channels = new Map<string, Set<ListenHandlers>>();

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
    private readonly policy: ReconnectPolicy = DEFAULT_POLICY,
  ) {}

  async listen(channel: string, handlers: ListenHandlers): Promise<Unlisten> {
    if (this.closed) throw new Error('notifications are closed');
    let set = this.channels.get(channel);
    if (!set) this.channels.set(channel, (set = new Set()));
    set.add(handlers);
    if (!this.started) {
      // The first LISTEN of the process connects, and fails loudly if it cannot.
      this.started = true;
      try {
        await (this.connecting ??= this.connect());
      } catch (err) {
        this.started = false;
        this.remove(channel, handlers);
        throw err;
      }
    } else if (this.client && !this.connecting) {
      await this.client.query(`LISTEN ${quoteIdent(channel)}`).catch((err: unknown) => {
        // The connection died under us: the reconnect LISTENs every channel again.
        this.log.warn({ err, channel }, 'LISTEN failed; it is retried on reconnect');
      });
    }
    // Otherwise a (re)connect is in flight or due, and it LISTENs every channel, this one included.
    return async () => {
      this.remove(channel, handlers);
      const client = this.client;
      if (this.channels.size === 0) {
        // Nobody listens any more: let the session go (the next listen() connects again).
        if (this.retry) clearTimeout(this.retry);
        this.retry = undefined;
        this.started = false;
        this.client = undefined;
        await client?.end().catch(() => undefined);
      } else if (client && !this.channels.has(channel)) {
        await client.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => undefined);
      }
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = undefined;
    const client = this.client;
    this.client = undefined;
    await this.connecting?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private remove(channel: string, handlers: ListenHandlers): void {
    const set = this.channels.get(channel);
    set?.delete(handlers);
    if (set?.size === 0) this.channels.delete(channel);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'ledgerhouse listen', keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
    client.on('notification', (msg) => {
      if (client !== this.client) return;
      for (const h of [...(this.channels.get(msg.channel) ?? [])]) {
        try {
          h.onNotify(msg.payload ?? '');
        } catch (err) {
          this.log.error({ err, channel: msg.channel }, 'notification handler failed');
        }
      }
    });
    client.on('error', (err) => this.log.warn({ err }, 'LISTEN connection lost; reconnecting'));
    client.on('end', () => {
      if (client !== this.client) return;
      this.client = undefined;
      this.scheduleReconnect();
    });
    try {
      await client.connect();
      // Until no channel is missing: one may be added while a LISTEN is in flight.
      const listened = new Set<string>();
      for (let missing = [...this.channels.keys()]; missing.length > 0; missing = [...this.channels.keys()].filter((c) => !listened.has(c))) {
        for (const channel of missing) {
          await client.query(`LISTEN ${quoteIdent(channel)}`);
          listened.add(channel);
        }
      }
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    } finally {
      this.connecting = undefined;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retry || this.channels.size === 0) return;
    const base = Math.min(this.policy.maxMs, this.policy.minMs * 2 ** this.failures);
    const delay = Math.round(base * (1 + Math.random() * 0.25));
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.reconnect();
    }, delay);
    this.retry.unref();
  }

  private async reconnect(): Promise<void> {
    if (this.closed || this.channels.size === 0) return;
    try {
      await (this.connecting ??= this.connect());
    } catch (err) {
      this.failures++;
      this.log.warn({ err, attempt: this.failures }, 'LISTEN reconnect failed; retrying');
      this.scheduleReconnect();
      return;
    }
    if (!this.client) return;
    this.failures = 0;
    dbStats.listenReconnects++;
    this.log.info({ channels: [...this.channels.keys()] }, 'LISTEN connection re-established');
    for (const set of [...this.channels.values()]) {
      for (const h of [...set]) {
        try {
          h.onReconnect?.();
        } catch (err) {
          this.log.error({ err }, 'reconnect handler failed');
        }
      }
    }
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
