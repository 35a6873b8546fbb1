/**
 * The one place that tells "the database cannot be reached" (an outage: retry later) from
 * every other failure (a bug: INTERNAL_SERVER_ERROR). The GraphQL layer turns an outage
 * into SERVICE_UNAVAILABLE with HTTP 503 and Retry-After (graphql/errors.ts), and a
 * subscriber's connection into a retryable close (server/http.ts).
 */

export type UnavailableReason = 'DATABASE_UNAVAILABLE' | 'SHUTTING_DOWN';

/** Seconds a client should wait before retrying, per reason (the Retry-After header). */
export const RETRY_AFTER_SECONDS: Record<UnavailableReason, number> = {
  // The database may take a while to come back.
  DATABASE_UNAVAILABLE: 5,
  // This node is going away; another one (or this one restarted) can take the request now.
  SHUTTING_DOWN: 1,
};

/**
 * What an API layer reads off an error that means "retry later": a GraphQL error takes the
 * `extensions` of the error it wraps, and Apollo takes the HTTP status and headers from
 * their `http` entry. Put on the error where it arises, so that answering 503 costs a
 * request nothing until something fails.
 */
export interface UnavailableExtensions {
  code: 'SERVICE_UNAVAILABLE';
  reason: UnavailableReason;
  retryAfterSeconds: number;
  http: { status: 503; headers: Map<string, string> };
}

export function unavailableExtensions(reason: UnavailableReason): UnavailableExtensions {
  const retryAfterSeconds = RETRY_AFTER_SECONDS[reason];
  return { code: 'SERVICE_UNAVAILABLE', reason, retryAfterSeconds, http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } };
}

/** Thrown where the code itself knows the request cannot be served now (shutdown cancelled it, the connection was lost). */
export class ServiceUnavailableError extends Error {
  readonly extensions: UnavailableExtensions;

  constructor(
    readonly reason: UnavailableReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ServiceUnavailableError';
    this.extensions = unavailableExtensions(reason);
  }
}

/** Socket-level failures: refused, reset, unreachable, timed out, name not resolved. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'EHOSTDOWN', 'ENETUNREACH', 'ENETDOWN', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is going away or cannot take the session: class 08
 * (connection exception), admin_shutdown / crash_shutdown / cannot_connect_now (57P01-03),
 * too_many_connections (53300).
 */
function isUnavailableSqlState(state: string): boolean {
  return state.startsWith('08') || state === '57P01' || state === '57P02' || state === '57P03' || state === '53300';
}

/** Messages of pg and knex that carry no code. */
const MESSAGES = [
  /^Connection terminated/, // pg: the server or the network closed the socket; also "... due to connection timeout"
  /^timeout expired$/, // pg: connectionTimeoutMillis passed while connecting
  /not queryable$/, // pg: a client that lost its connection
  /^Connection ended unexpectedly$/, // knex: a pooled connection that had ended
  /^Knex: Timeout acquiring a connection/, // knex: no pool connection within acquireConnectionTimeout
];

/**
 * Why `err` (or what caused it) means the request cannot be served now and may succeed
 * later, or null when it is any other failure.
 */
export function unavailableReason(err: unknown): UnavailableReason | null {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = causeOf(e), depth++) {
    if (e instanceof ServiceUnavailableError) return e.reason;
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && isUnavailableSqlState(code)))) return 'DATABASE_UNAVAILABLE';
    if (name === 'KnexTimeoutError') return 'DATABASE_UNAVAILABLE';
    if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return 'DATABASE_UNAVAILABLE';
    // Several connection attempts (one per address) that all failed.
    if (name === 'AggregateError' && Array.isArray((e as { errors?: unknown }).errors)) {
      const inner = (e as { errors: unknown[] }).errors;
      if (inner.length > 0 && inner.every((x) => unavailableReason(x) !== null)) return 'DATABASE_UNAVAILABLE';
    }
  }
  return null;
}

/** What an error wraps: `cause`, or a GraphQLError's `originalError`. */
function causeOf(e: object): unknown {
  const { cause, originalError } = e as { cause?: unknown; originalError?: unknown };
  return cause ?? originalError;
}

/**
 * Gives an outage error its `extensions` (above), and returns it; any other error is
 * returned as it is. Called where database errors surface: db/sql.ts and MikroORM's
 * exception converter (db/orm.ts).
 */
export function markUnavailable<E>(err: E): E {
  if (!err || typeof err !== 'object' || 'extensions' in err) return err;
  const reason = unavailableReason(err);
  if (reason) Object.defineProperty(err, 'extensions', { value: unavailableExtensions(reason), configurable: true, writable: true });
  return err;
}

export function isDatabaseUnavailable(err: unknown): boolean {
  return unavailableReason(err) !== null;
}
