import pg from 'pg';
import type { Logger } from 'pino';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { Role } from '../auth/roles';

/**
 * Requests per access key (anonymous requests: per client address), as a token bucket:
 * `perSecond` tokens come back every second and up to `burst` may be spent at once
 * (rate-limiter-flexible's BurstyRateLimiter: a per-second bucket backed by a burst bucket
 * that refills over BURST_WINDOW_SECONDS). A request over the limit is refused before it
 * runs, with how long to wait.
 *
 * With `store: 'postgres'` the buckets live in the `rate_limits` table, so several API nodes
 * on one database share them (one upsert per request; a key over its limit is then
 * answered from memory until its window ends). If that table cannot be reached, each node
 * falls back to its own in-memory buckets rather than refusing or failing requests.
 */
export type RateLimitBucket = Role | 'ANONYMOUS';

export interface RateLimit {
  perSecond: number;
  burst: number;
}

export type RateLimits = Record<RateLimitBucket, RateLimit | null>;

export const BURST_WINDOW_SECONDS = 10;

/** Defaults a storefront or back office never reaches in normal use; a runaway loop does. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  [Role.ADMIN]: { perSecond: 1000, burst: 2000 },
  [Role.FINANCE]: { perSecond: 1000, burst: 2000 },
  [Role.WAREHOUSE]: { perSecond: 1000, burst: 2000 },
  [Role.SALES]: { perSecond: 1000, burst: 2000 },
  [Role.STOREFRONT]: { perSecond: 1000, burst: 2000 },
  [Role.PARTNER]: { perSecond: 100, burst: 200 },
  ANONYMOUS: { perSecond: 20, burst: 50 },
};

/** Parses `RATE_LIMIT_<BUCKET>`: `off`, `<perSecond>` or `<perSecond>/<burst>`. */
export function parseRateLimit(raw: string): RateLimit | null | Error {
  const value = raw.trim().toLowerCase();
  if (value === 'off') return null;
  const match = /^(\d{1,7})(?:\/(\d{1,7}))?$/.exec(value);
  if (!match) return new Error(`must be off, <per second> or <per second>/<burst>, got "${raw}"`);
  const perSecond = Number(match[1]);
  const burst = match[2] === undefined ? perSecond * 2 : Number(match[2]);
  if (perSecond < 1) return new Error('the rate must be at least 1 per second (or off)');
  if (burst < perSecond) return new Error(`the burst (${burst}) must be at least the rate per second (${perSecond})`);
  return { perSecond, burst };
}

export interface Limiter {
  /** Null when the request may go ahead; else the seconds to wait before retrying. */
  take(bucket: RateLimitBucket, key: string): Promise<number | null>;
  close(): Promise<void>;
}

interface Consumer {
  consume(key: string, points?: number): Promise<unknown>;
}

export function createLimiter(limits: RateLimits, store: { kind: 'memory' } | { kind: 'postgres'; databaseUrl: string }, log: Logger): Limiter {
  const pool = store.kind === 'postgres' ? new pg.Pool({ connectionString: store.databaseUrl, max: 4, application_name: 'ledgerhouse-rate-limit' }) : null;
  pool?.on('error', (err) => log.warn({ err }, 'rate limit store connection failed'));
  const consumers = new Map<RateLimitBucket, Consumer>();
  for (const [bucket, limit] of Object.entries(limits) as [RateLimitBucket, RateLimit | null][]) {
    if (!limit) continue;
    const make = (points: number, duration: number, prefix: string) => {
      const memory = new RateLimiterMemory({ points, duration, keyPrefix: prefix });
      if (!pool) return memory;
      return new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        clearExpiredByTimeout: true,
        points,
        duration,
        keyPrefix: prefix,
        inMemoryBlockOnConsumed: points,
        insuranceLimiter: memory,
      });
    };
    const steady = make(limit.perSecond, 1, `rl_${bucket}`);
    consumers.set(
      bucket,
      limit.burst > limit.perSecond ? new BurstyRateLimiter(steady, make(limit.burst - limit.perSecond, BURST_WINDOW_SECONDS, `rl_${bucket}_burst`)) : steady,
    );
  }
  return {
    async take(bucket, key) {
      const consumer = consumers.get(bucket);
      if (!consumer) return null;
      try {
        await consumer.consume(key);
        return null;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        log.warn({ err: rejection }, 'rate limiter failed; the request goes ahead');
        return null;
      }
    },
    async close() {
      await pool?.end();
    },
  };
}
