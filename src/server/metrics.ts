import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/orm';
import { commandStats, dbStats, eventStats, statementsSent } from '../db/stats';
import type { GraphQLContext } from '../graphql/context';
import type { EventBacklog } from '../modules/events/event-dispatcher';

/**
 * Prometheus metrics (prom-client): the process (CPU, memory, event loop), GraphQL requests
 * (count by operation and outcome, latency), the database pool and statements, commands,
 * the event path (outbox backlog, sequencer) and WebSocket subscriptions.
 *
 * Per request only counters move (one plugin hook whose promise is made once, not per
 * request); everything else is read when Prometheus scrapes, including the one SQL
 * statement for the outbox backlog, so the request path never waits for metrics.
 */

/** An operation name /metrics does not keep apart: not resolved (parse or validation failed, refused before parsing). */
export const UNKNOWN_OPERATION = 'unknown';
/** An operation without a name (`{ viewer { role } }`). */
export const ANONYMOUS_OPERATION = 'anonymous';
/** Names beyond METRICS_MAX_OPERATIONS distinct ones, and over-long names. */
export const OTHER_OPERATION = 'other';

/** The `outcome` label: ok, user_error (a mutation answered with userErrors), or the first error's code. */
const ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_LIMIT_EXCEEDED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'INTERNAL_SERVER_ERROR',
]);
const OTHER_ERROR = 'OTHER_ERROR';
const MAX_NAME_LENGTH = 64;

/** Request latencies run from well under a millisecond (a cached storefront read) to seconds (a large posting). */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The outbox query runs on a pooled connection; a scrape never waits longer than this for it. */
const BACKLOG_TIMEOUT_MS = 3000;

function errorOutcome(code: unknown): string {
  return typeof code === 'string' && ERROR_CODES.has(code) ? code : OTHER_ERROR;
}

function codeOf(error: unknown): unknown {
  return (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
}

export interface MetricsSources {
  db: Database;
  /** This node's undelivered events (EventDispatcher.backlog). */
  eventBacklog(): Promise<EventBacklog>;
  /** Open WebSocket connections and the subscriptions streaming on them. */
  sockets(): { connections: number; subscriptions: number };
  log: Logger;
  maxOperations: number;
}

/** Counts GraphQL requests by operation name, type and outcome, with bounded labels. */
export class GraphQLRequestMetrics {
  private readonly names = new Set<string>();
  private readonly requests: Counter<'operation' | 'operation_type' | 'outcome'>;
  private readonly duration: Histogram<'operation' | 'operation_type'>;

  constructor(
    registry: Registry,
    private readonly maxOperations: number,
  ) {
    this.requests = new Counter({
      name: 'ledgerhouse_graphql_requests_total',
      help: `GraphQL requests over HTTP by operation name, type and outcome (ok, user_error: a mutation answered with userErrors, or the first error's code). Unnamed operations are "${ANONYMOUS_OPERATION}", unresolved ones (refused before or while parsing and validating) "${UNKNOWN_OPERATION}", names past the first ${maxOperations} "${OTHER_OPERATION}".`,
      labelNames: ['operation', 'operation_type', 'outcome'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'ledgerhouse_graphql_request_duration_seconds',
      help: 'GraphQL request latency over HTTP, from arrival at /graphql to the response, by operation name and type (the same labels as ledgerhouse_graphql_requests_total).',
      labelNames: ['operation', 'operation_type'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
  }

  /** The `operation` label for a resolved operation's name (null: anonymous). */
  operationLabel(name: string | null | undefined): string {
    if (!name) return ANONYMOUS_OPERATION;
    if (this.names.has(name)) return name;
    if (name.length > MAX_NAME_LENGTH || this.names.size >= this.maxOperations) return OTHER_OPERATION;
    this.names.add(name);
    return name;
  }

  record(operationType: string, operation: string, outcome: string, seconds: number | undefined): void {
    this.requests.inc({ operation, operation_type: operationType, outcome });
    if (seconds !== undefined) this.duration.observe({ operation, operation_type: operationType }, seconds);
  }

  /** A request refused before Apollo saw an operation (a body that is not JSON, too large, no valid key). */
  refused(code: unknown, began: number | undefined): void {
    this.record(UNKNOWN_OPERATION, UNKNOWN_OPERATION, errorOutcome(code), began === undefined ? undefined : (performance.now() - began) / 1000);
  }

  /** What Apollo is about to send for one request. */
  response(rc: GraphQLRequestContextWillSendResponse<GraphQLContext>): void {
    const operation = rc.operation;
    const body = rc.response.body;
    const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
    const observed = rc.contextValue.observed;
    let outcome = 'ok';
    if (errors && errors.length > 0) outcome = errorOutcome(codeOf(errors[0]));
    else if (observed?.userErrors) outcome = 'user_error';
    this.record(
      operation?.operation ?? UNKNOWN_OPERATION,
      operation ? this.operationLabel(rc.operationName) : UNKNOWN_OPERATION,
      outcome,
      observed ? (performance.now() - observed.began) / 1000 : undefined,
    );
  }
}

const DONE: Promise<void> = Promise.resolve();

/**
 * The one Apollo plugin metrics need. Its per-request hooks return promises made once, so a
 * request costs two function calls, a counter increment and a histogram observation; the
 * failure hook runs only for a request Apollo refuses before its pipeline.
 */
export function requestMetricsPlugin(metrics: GraphQLRequestMetrics): ApolloServerPlugin<GraphQLContext> {
  const listener: GraphQLRequestListener<GraphQLContext> = {
    willSendResponse(rc) {
      metrics.response(rc);
      return DONE;
    },
  };
  const started = Promise.resolve(listener);
  return {
    requestDidStart: () => started,
    // A request Apollo refuses before its pipeline (not a GraphQL request at all). One refused
    // while making the context (no valid key) is counted there, with its latency (http.ts).
    invalidRequestWasReceived({ error }) {
      metrics.refused(codeOf(error), undefined);
      return DONE;
    },
  };
}

export interface ServerMetrics {
  readonly registry: Registry;
  readonly requests: GraphQLRequestMetrics;
}

export function createMetrics(sources: MetricsSources): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ledgerhouse_' });
  const counter = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });

  counter('ledgerhouse_db_statements_total', 'Statements sent to the database by this process (every round trip, BEGIN and COMMIT included).', statementsSent);
  counter('ledgerhouse_transactions_committed_total', 'Command transactions committed.', () => commandStats.committed);
  counter('ledgerhouse_transactions_rolled_back_total', 'Command transactions rolled back (refused commands included).', () => commandStats.rolledBack);
  counter('ledgerhouse_transaction_statements_total', 'Statements sent by committed command transactions, BEGIN and COMMIT included.', () => commandStats.statements);
  counter('ledgerhouse_transaction_retries_total', 'Command attempts retried after a deadlock or serialization failure.', () => commandStats.retries);
  counter('ledgerhouse_db_listen_reconnects_total', 'Times the LISTEN session was lost and re-established.', () => dbStats.listenReconnects);

  gauge('ledgerhouse_db_pool_connections_in_use', 'Pooled database connections lent out (running a statement or holding a transaction). PGlite: its one session.', () => sources.db.poolStats().inUse);
  gauge('ledgerhouse_db_pool_connections_idle', 'Pooled database connections open and free.', () => sources.db.poolStats().idle);
  gauge('ledgerhouse_db_pool_waiting', 'Callers waiting for a pooled database connection.', () => sources.db.poolStats().waiting);
  gauge('ledgerhouse_db_pool_connections_max', 'Size limit of the database pool (DB_POOL_SIZE; 1 on PGlite).', () => sources.db.poolStats().max);

  // The outbox backlog: one statement per scrape, shared by both gauges (prom-client collects
  // them concurrently), never run on the request path.
  let backlog: Promise<EventBacklog | null> | undefined;
  const readBacklog = () =>
    (backlog ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      try {
        return await Promise.race([
          sources.eventBacklog(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${BACKLOG_TIMEOUT_MS} ms`)), BACKLOG_TIMEOUT_MS);
          }),
        ]);
      } catch (err) {
        sources.log.warn({ err }, 'metrics: could not read the outbox backlog');
        return null;
      } finally {
        clearTimeout(timer);
        backlog = undefined;
      }
    })());
  new Gauge({
    name: 'ledgerhouse_outbox_undispatched_events',
    help: "Committed events not yet handed to this node's subscribers: still without a seq, or numbered past the dispatcher's cursor. NaN when the database did not answer.",
    registers: [registry],
    async collect() {
      this.set((await readBacklog())?.events ?? Number.NaN);
    },
  });
  new Gauge({
    name: 'ledgerhouse_outbox_oldest_undispatched_age_seconds',
    help: 'Age of the oldest of those events (0 when there is none). NaN when the database did not answer.',
    registers: [registry],
    async collect() {
      this.set((await readBacklog())?.oldestAgeSeconds ?? Number.NaN);
    },
  });

  gauge('ledgerhouse_event_sequencer_leader', "1 while this node is the cluster's event sequencer, else 0.", () => eventStats.sequencerLeader);
  gauge(
    'ledgerhouse_events_unnumbered',
    'Committed events still without a seq after the last sequencer round (measured on the sequencer node only; alert on the maximum across nodes).',
    () => eventStats.unnumbered,
  );
  gauge(
    'ledgerhouse_events_oldest_unnumbered_age_seconds',
    'Age of the oldest committed event still without a seq after the last sequencer round (sequencer node only).',
    () => eventStats.oldestUnnumberedMs / 1000,
  );
  counter('ledgerhouse_events_sequenced_total', 'Events numbered by this node.', () => eventStats.sequenced);
  counter('ledgerhouse_event_sequencer_rounds_total', 'Sequencer rounds run by this node.', () => eventStats.rounds);

  gauge('ledgerhouse_websocket_connections', 'Open WebSocket connections on /graphql (graphql-ws).', () => sources.sockets().connections);
  gauge('ledgerhouse_websocket_subscriptions', 'Subscriptions streaming events on those connections.', () => sources.sockets().subscriptions);

  return { registry, requests: new GraphQLRequestMetrics(registry, sources.maxOperations) };
}

/** GET /metrics: the registry's text, for `Authorization: Bearer <token>` when a token is set. */
export function metricsHandler(registry: Registry, token: string | undefined) {
  const expected = token ? crypto.createHash('sha256').update(`Bearer ${token}`).digest() : null;
  return async (req: Request, res: Response): Promise<void> => {
    if (expected) {
      const given = crypto.createHash('sha256').update(req.get('authorization') ?? '').digest();
      if (!crypto.timingSafeEqual(given, expected)) {
        res.status(401).json({ error: 'send Authorization: Bearer <METRICS_TOKEN>' });
        return;
      }
    }
    res.setHeader('content-type', registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.send(await registry.metrics());
  };
}

/** GET /metrics where metrics are not served: off, or on their own port. */
export function metricsElsewhere(metricsPort: number | undefined) {
  return (_req: Request, res: Response): void => {
    res.status(404).json({ error: metricsPort === undefined ? 'metrics are off: set METRICS_TOKEN (or METRICS_PORT)' : 'metrics are served on the metrics port (METRICS_PORT)' });
  };
}
