import path from 'node:path';
import { DEFAULT_RATE_LIMITS, type RateLimitBucket, type RateLimits, parseRateLimit } from '../server/rate-limit';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** Listening port for HTTP and WebSocket (same path). */
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Pool size for PostgreSQL (PGlite is always a single session). */
  dbPoolSize: number;
  /**
   * PostgreSQL ends an app session idle this long inside a transaction, so a leaked
   * transaction cannot hold back every event (the sequencer's horizon) or its locks.
   * 0 leaves the server's setting.
   */
  dbIdleInTransactionTimeoutMs: number;
  logLevel: LogLevel;
  /** Development mode puts stack traces in GraphQL errors; never in production. */
  devMode: boolean;
  /** Load the demo data set on first start. */
  demo: boolean;
  /** ISO 4217 code of the company's functional currency, and its minor unit (decimal places). */
  currency: string;
  currencyMinorUnit: number;
  /** Maximum accepted request body, in bytes. */
  maxBodyBytes: number;
  /** How long a verified access key is trusted before it is checked against the database again. */
  authCacheMs: number;
  /**
   * Milliseconds a shutdown waits for in-flight requests. After that the commands still
   * running are cancelled and rolled back (their clients get SERVICE_UNAVAILABLE) and the
   * process exits.
   */
  shutdownGraceMs: number;
  /**
   * Milliseconds after SIGTERM that idle keep-alive connections stay open, answering any
   * request that arrives on them with 503 (not run) and Connection: close instead of cutting
   * it. At most the grace time; the wait ends early once every connection is closed.
   */
  shutdownLingerMs: number;
  /** Milliseconds to wait for a new PostgreSQL connection before the request is answered SERVICE_UNAVAILABLE. */
  dbConnectTimeoutMs: number;
  /** Log every SQL statement with its duration (debug level). */
  logSql: boolean;
  /** Create this access key (ADMIN) on first start instead of a random one. For automation only. */
  bootstrapAdminKey: string | undefined;
  /**
   * Bearer token for GET /metrics (Prometheus). With METRICS_PORT unset it is what turns
   * /metrics on (on the main port); with METRICS_PORT set it is asked for there too.
   */
  metricsToken: string | undefined;
  /**
   * Serve /metrics on its own listener (METRICS_HOST:METRICS_PORT, 0 = any free port) and
   * not on the main port; unset: on the main port, and only with METRICS_TOKEN.
   */
  metricsPort: number | undefined;
  /** Address of the metrics listener; loopback by default, so only this host can scrape it. */
  metricsHost: string;
  /**
   * Distinct GraphQL operation names /metrics keeps apart; later names are counted as
   * `other`, so clients that invent names cannot grow the series without bound.
   */
  metricsMaxOperations: number;
  /** Serve the GraphiQL explorer to browsers at GET /graphql (EXPLORER, on by default). */
  explorer: boolean;
  /** Who may introspect the schema (`__schema`, `__type`): any valid key (default), anyone, or no one. */
  introspection: 'authenticated' | 'all' | 'none';
  /** Deepest selection an operation may have, and most aliases (both refused before execution). */
  maxQueryDepth: number;
  maxQueryAliases: number;
  /** Most an operation may cost (graphql/query-cost.ts: connections multiply by `first`), and most lexical tokens in its text. */
  maxQueryCost: number;
  maxQueryTokens: number;
  /** Requests per access key (anonymous: per client address) by role; null is no limit. */
  rateLimits: RateLimits;
  /** Where the request buckets live: this process (memory) or the shared PostgreSQL table (several nodes). */
  rateLimitStore: 'memory' | 'postgres';
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolEnv(env: Env, name: string): boolean {
  return boolVar(env, name, false);
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/** 0 (the server decides) or 1 s to 1 h: shorter would end commands that merely wait between statements. */
function idleInTransactionTimeout(env: Env): number {
  const name = 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS';
  const value = intVar(env, name, 60_000, 0, 3_600_000);
  if (value !== 0 && value < 1000) throw new ConfigError(name, `must be 0 (use the server's setting) or between 1000 and 3600000, got ${value}`);
  return value;
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and validates the configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env, argv: readonly string[] = []): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(databaseUrl);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid URL (expected postgres://user@host:5432/db)');
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://, got ${url.protocol}//`);
    }
  }

  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }

  const nodeEnv = env.NODE_ENV?.trim() || 'production';
  if (!['production', 'development', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be production, development or test, got "${nodeEnv}"`);
  }

  const currency = (env.CURRENCY?.trim() || 'USD').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw new ConfigError('CURRENCY', `must be an ISO 4217 code like USD, got "${env.CURRENCY}"`);

  const bootstrapAdminKey = env.BOOTSTRAP_ADMIN_KEY?.trim() || undefined;
  if (bootstrapAdminKey !== undefined && !/^lh_[A-Za-z0-9_-]{32,}$/.test(bootstrapAdminKey)) {
    throw new ConfigError('BOOTSTRAP_ADMIN_KEY', 'must look like lh_ followed by at least 32 letters, digits, - or _');
  }

  const metricsToken = env.METRICS_TOKEN?.trim() || undefined;
  if (metricsToken !== undefined && !/^[\x21-\x7e]{16,200}$/.test(metricsToken)) {
    throw new ConfigError('METRICS_TOKEN', 'must be 16 to 200 printable characters without spaces');
  }

  const port = intVar(env, 'PORT', 4000, 0, 65535);
  const metricsPort = env.METRICS_PORT?.trim() ? intVar(env, 'METRICS_PORT', 0, 0, 65535) : undefined;
  if (metricsPort !== undefined && metricsPort !== 0 && metricsPort === port) {
    throw new ConfigError('METRICS_PORT', `must differ from PORT (${port}); leave it unset to serve /metrics on the main port`);
  }

  const introspection = (env.INTROSPECTION?.trim() || 'authenticated') as Config['introspection'];
  if (!['authenticated', 'all', 'none'].includes(introspection)) {
    throw new ConfigError('INTROSPECTION', `must be authenticated, all or none, got "${env.INTROSPECTION}"`);
  }

  const rateLimits = { ...DEFAULT_RATE_LIMITS };
  for (const bucket of Object.keys(DEFAULT_RATE_LIMITS) as RateLimitBucket[]) {
    const raw = env[`RATE_LIMIT_${bucket}`];
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = parseRateLimit(raw);
    if (parsed instanceof Error) throw new ConfigError(`RATE_LIMIT_${bucket}`, parsed.message);
    rateLimits[bucket] = parsed;
  }
  const rateLimitStore = (env.RATE_LIMIT_STORE?.trim() || 'memory') as Config['rateLimitStore'];
  if (!['memory', 'postgres'].includes(rateLimitStore)) {
    throw new ConfigError('RATE_LIMIT_STORE', `must be memory or postgres, got "${env.RATE_LIMIT_STORE}"`);
  }
  if (rateLimitStore === 'postgres' && !databaseUrl) {
    throw new ConfigError('RATE_LIMIT_STORE', 'postgres needs DATABASE_URL (the embedded PGlite database serves one process: use memory)');
  }

  return {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
    dbPoolSize: intVar(env, 'DB_POOL_SIZE', 10, 1, 200),
    dbIdleInTransactionTimeoutMs: idleInTransactionTimeout(env),
    logLevel,
    devMode: nodeEnv === 'development',
    demo: argv.includes('--demo') || boolVar(env, 'DEMO', false),
    currency,
    currencyMinorUnit: intVar(env, 'CURRENCY_MINOR_UNIT', 2, 0, 4),
    maxBodyBytes: intVar(env, 'MAX_BODY_BYTES', 1_048_576, 1024, 104_857_600),
    authCacheMs: intVar(env, 'AUTH_CACHE_MS', 5000, 0, 600_000),
    shutdownGraceMs: intVar(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    shutdownLingerMs: intVar(env, 'SHUTDOWN_LINGER_MS', 1000, 0, 600_000),
    dbConnectTimeoutMs: intVar(env, 'DB_CONNECT_TIMEOUT_MS', 5000, 100, 600_000),
    logSql: boolEnv(env, 'LOG_SQL'),
    bootstrapAdminKey,
    metricsToken,
    metricsPort,
    metricsHost: env.METRICS_HOST?.trim() || '127.0.0.1',
    metricsMaxOperations: intVar(env, 'METRICS_MAX_OPERATIONS', 100, 1, 10_000),
    explorer: boolVar(env, 'EXPLORER', true),
    introspection,
    maxQueryDepth: intVar(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
    maxQueryAliases: intVar(env, 'MAX_QUERY_ALIASES', 30, 0, 1000),
    maxQueryCost: intVar(env, 'MAX_QUERY_COST', 25_000, 10, 10_000_000),
    maxQueryTokens: intVar(env, 'MAX_QUERY_TOKENS', 5000, 100, 1_000_000),
    rateLimits,
    rateLimitStore,
  };
}
