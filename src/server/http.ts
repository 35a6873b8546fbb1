import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type DocumentNode, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import type { Context as SocketContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { type WebSocket, WebSocketServer } from 'ws';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { Config } from '../config/config';
import type { Database } from '../db/orm';
import { RETRY_AFTER_SECONDS, unavailableReason } from '../db/unavailable';
import type { GraphQLContext, RequestObservation } from '../graphql/context';
import { formatError, SERVICE_UNAVAILABLE, serviceUnavailable } from '../graphql/errors';
import { type OperationGate, operationGate } from '../graphql/operation-gate';
import { queryLimitRules, tokenLimitError } from '../graphql/query-limits';
import { Loaders } from '../graphql/loaders';
import type { EventDispatcher } from '../modules/events/event-dispatcher';
import type { Services } from '../services';
import { serveExplorer } from './explorer';
import { createMetrics, metricsElsewhere, metricsHandler, requestMetricsPlugin, type ServerMetrics } from './metrics';
import { createLimiter, type Limiter, type RateLimitBucket } from './rate-limit';

export interface HttpServerDeps {
  config: Config;
  log: Logger;
  db: Database;
  schema: GraphQLSchema;
  services: Services;
  dispatcher: EventDispatcher;
  /** Whether every migration has run (for /readyz). */
  migrationsCurrent: () => Promise<boolean>;
}

export interface RunningServer {
  httpServer: http.Server;
  url: string;
  /** Where Prometheus scrapes: the main port's /metrics, the metrics port's, or undefined when metrics are off. */
  metricsUrl: string | undefined;
  /** Closes every subscription socket opened with this access key (it was revoked). */
  closeSocketsOfKey(keyId: string): void;
  /** The access keys that have subscription sockets open on this node. */
  openSocketKeyIds(): string[];
  /**
   * Drains and stops: from the first moment every response says Connection: close and a
   * request that arrives is answered 503 SHUTTING_DOWN without running; subscriptions
   * close with 1001; idle keep-alive connections stay open for SHUTDOWN_LINGER_MS to
   * answer what is already on its way, then close; requests in flight get until
   * SHUTDOWN_GRACE_MS, after which the commands still running are cancelled (rolled back,
   * answered SERVICE_UNAVAILABLE) and every socket is closed.
   */
  stop(): Promise<void>;
}

const GATE_PASSED = Promise.resolve();

/** After the grace, how long cancelled requests get to send their answers before their sockets are cut. */
const ABORT_FLUSH_MS = 1000;

const SHUTTING_DOWN_BODY = JSON.stringify({
  errors: [
    {
      message: 'The server is shutting down; the request was not run. Retry it.',
      extensions: { code: SERVICE_UNAVAILABLE, reason: 'SHUTTING_DOWN', retryAfterSeconds: RETRY_AFTER_SECONDS.SHUTTING_DOWN },
    },
  ],
});

/**
 * The answer to a request that arrives while the server stops: 503, not run. The body is
 * read to its end first, so that closing the connection does not reset it while the client
 * still sends (a reset can destroy the answer before the client reads it).
 */
function refuseWhileStopping(req: http.IncomingMessage, res: http.ServerResponse): void {
  const answer = () => {
    if (res.headersSent) return;
    res.writeHead(503, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(SHUTTING_DOWN_BODY),
      'retry-after': String(RETRY_AFTER_SECONDS.SHUTTING_DOWN),
      'cache-control': 'no-store',
      connection: 'close',
    });
    res.end(SHUTTING_DOWN_BODY);
  };
  if (req.complete) return answer();
  req.once('end', answer);
  req.once('error', () => res.destroy());
  req.resume();
}

/** True if `promise` settles within `ms`. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, ms))));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** An address a client on this host can connect to, for a listener bound to `host`. */
function reachable(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Reads `Authorization: Bearer <key>`; an unknown, revoked or malformed key is an error, no key is anonymous. */
async function principalFrom(services: Services, header: unknown): Promise<Principal | null> {
  if (header === undefined || header === null || header === '') return null;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  let principal: Principal | null = null;
  try {
    principal = match ? await services.apiKeys.authenticate(match[1] as string) : null;
  } catch (err) {
    // The key could not be checked because the database is down: an outage, not a bad key.
    const reason = unavailableReason(err);
    if (reason) throw serviceUnavailable(reason, err);
    throw err;
  }
  if (!principal) {
    throw new GraphQLError('The access key is not valid (unknown, revoked or malformed). Send Authorization: Bearer <key>.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return principal;
}

/** A request over its key's rate limit: HTTP 429 with Retry-After; over WebSocket the same code in the operation's error. */
function rateLimited(retryAfterSeconds: number, bucket: RateLimitBucket): GraphQLError {
  return new GraphQLError(`Too many requests for this ${bucket === 'ANONYMOUS' ? 'client address' : 'access key'}: retry in ${retryAfterSeconds} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** Takes one request from the caller's bucket (its key's, or its address's when anonymous); throws RATE_LIMITED when empty. */
async function admit(limiter: Limiter, principal: Principal | null, address: string | undefined): Promise<void> {
  const bucket: RateLimitBucket = principal ? principal.role : 'ANONYMOUS';
  const wait = await limiter.take(bucket, principal ? principal.keyId : (address ?? 'unknown'));
  if (wait !== null) throw rateLimited(wait, bucket);
}

export async function startHttpServer(deps: HttpServerDeps): Promise<RunningServer> {
  const { config, log, db, schema, services, dispatcher } = deps;

  /**
   * One request's (or one subscription's) context. The EntityManager fork, the loaders and
   * the child logger are made on first use: a storefront read that needs none of them (or
   * only a connection) does not pay for them. A spread copy (a command's context) reads
   * them, so it gets them at that point.
   */
  const requestContext = (requestId: string, principal: Principal | null, observed?: RequestObservation): GraphQLContext => {
    let em: EntityManager | undefined;
    let loaders: Loaders | undefined;
    let requestLog: Logger | undefined;
    const fork = () => (em ??= db.orm.em.fork() as unknown as EntityManager);
    return {
      requestId,
      principal,
      config,
      services,
      dispatcher,
      written: new Map(),
      observed,
      get em() {
        return fork();
      },
      get loaders() {
        return (loaders ??= new Loaders(fork()));
      },
      set loaders(value: Loaders) {
        loaders = value;
      },
      get log() {
        return (requestLog ??= log.child({ requestId }));
      },
    };
  };
  const app = express();
  app.disable('x-powered-by');
  // Once the server is stopping, every response asks the client to close the connection, so
  // that no client sends another request on a socket that is about to close. Node builds the
  // head in writeHead (res.end calls it too), so this is the one place; until then it costs a
  // flag check per response.
  let stopping = false;
  const writeHead = http.ServerResponse.prototype.writeHead;
  (app.response as unknown as http.ServerResponse).writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    if (stopping) this.setHeader('connection', 'close');
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof writeHead;
  const httpServer = http.createServer((req, res) => (stopping ? refuseWhileStopping(req, res) : app(req, res)));
  // Open connections, so the linger ends as soon as the last one has closed.
  let openConnections = 0;
  let lastClosed: (() => void) | null = null;
  httpServer.on('connection', (socket) => {
    openConnections++;
    socket.once('close', () => {
      if (--openConnections === 0) lastClosed?.();
    });
  });

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.maxBodyBytes });
  // Open sockets by access key, so a revoked key loses its subscriptions at once.
  const socketsByKey = new Map<string, Set<WebSocket>>();
  // Accepted connections, whose `subscriptions` graphql-ws keeps up to date (read by /metrics).
  const connections = new Set<SocketContext<Record<string, unknown>, unknown>>();
  const shape = formatError(log, config.devMode);
  const limits = queryLimitRules(config);
  const gate: OperationGate = operationGate(config, schema);
  const limiter = createLimiter(config.rateLimits, config.rateLimitStore === 'postgres' && config.databaseUrl ? { kind: 'postgres', databaseUrl: config.databaseUrl } : { kind: 'memory' }, log);
  const parseOptions = { maxTokens: config.maxQueryTokens };
  const wsCleanup = useServer<Record<string, unknown>, { principal?: Principal | null; connectionId?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const raw = params.authorization ?? params.Authorization ?? (params.accessKey ? `Bearer ${String(params.accessKey)}` : undefined);
        try {
          ctx.extra.principal = await principalFrom(services, raw);
        } catch (err) {
          // The key could not be checked (the database is down, or the server stopping): the
          // client may try again later, with the same key. 1013 "Try Again Later" is a
          // close code the graphql-ws client retries; 4403 would tell it the key is bad.
          if (err instanceof GraphQLError && err.extensions.code === SERVICE_UNAVAILABLE) {
            ctx.extra.socket.close(1013, err.extensions.reason === 'SHUTTING_DOWN' ? 'Try Again Later: the server is shutting down' : 'Try Again Later: the database is unreachable');
            return false;
          }
          return false; // closes with 4403 Forbidden
        }
        if (!ctx.extra.principal) return false;
        ctx.extra.connectionId = crypto.randomUUID();
        const keyId = ctx.extra.principal.keyId;
        let sockets = socketsByKey.get(keyId);
        if (!sockets) socketsByKey.set(keyId, (sockets = new Set()));
        sockets.add(ctx.extra.socket);
        connections.add(ctx);
        return true;
      },
      // Every operation over the socket is parsed, validated and gated here exactly as over
      // HTTP (token, depth, alias and cost limits, introspection, the key's rate limit); the
      // arguments returned are executed as they are.
      onSubscribe: async (ctx, _id, payload) => {
        const principal = ctx.extra.principal ?? null;
        try {
          await admit(limiter, principal, ctx.extra.request.socket.remoteAddress);
        } catch (err) {
          return [err as GraphQLError];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, parseOptions);
        } catch (err) {
          if (!(err instanceof GraphQLError)) throw err;
          const tokens = tokenLimitError(err.message, payload.query);
          return [tokens ? new GraphQLError(tokens.message, { extensions: tokens.extensions }) : err];
        }
        const invalid = validate(schema, document, [...specifiedRules, ...limits]);
        if (invalid.length > 0) return invalid;
        const refused = gate(principal, document, payload.variables ?? undefined, payload.operationName);
        if (refused) return [refused];
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
      },
      onClose: (ctx) => {
        connections.delete(ctx);
        const keyId = ctx.extra.principal?.keyId;
        if (keyId) socketsByKey.get(keyId)?.delete(ctx.extra.socket);
      },
      context: (ctx): GraphQLContext => requestContext(ctx.extra.connectionId ?? crypto.randomUUID(), ctx.extra.principal ?? null),
      // Errors over WebSocket are shaped exactly as over HTTP: a code, and nothing internal.
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors?.length ? { ...result, errors: result.errors.map((e) => shape(e.toJSON(), e)) } : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => shape(e.toJSON(), e)),
    },
    wsServer,
  );

  const metricsOn = config.metricsToken !== undefined || config.metricsPort !== undefined;
  const metrics: ServerMetrics | undefined = metricsOn
    ? createMetrics({
        db,
        eventBacklog: () => dispatcher.backlog(),
        sockets: () => {
          let subscriptions = 0;
          for (const ctx of connections) {
            // An entry is null while its operation starts, and a query's stays null: only streams count.
            for (const id in ctx.subscriptions) if (ctx.subscriptions[id]) subscriptions++;
          }
          return { connections: wsServer.clients.size, subscriptions };
        },
        log,
        maxOperations: config.metricsMaxOperations,
      })
    : undefined;

  const operationLog: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart(start) {
      const began = process.hrtime.bigint();
      return {
        async willSendResponse(rc) {
          const ms = Number(process.hrtime.bigint() - began) / 1e6;
          rc.contextValue.log.info(
            { operation: rc.operationName ?? null, type: rc.operation?.operation ?? null, ms: Math.round(ms * 10) / 10, errors: rc.errors?.length ?? 0, role: start.contextValue.principal?.role ?? null },
            'graphql',
          );
        },
      };
    },
  };

  // Introspection and cost, once the operation and its variables are known (operation-gate.ts).
  // The hooks hand back promises made once: the check itself is synchronous, and a refusal
  // thrown from it is answered by Apollo like a rejected hook.
  const gateListener: GraphQLRequestListener<GraphQLContext> = {
    didResolveOperation(rc) {
      const refused = gate(rc.contextValue.principal, rc.document, rc.request.variables, rc.operationName);
      if (refused) throw refused;
      return GATE_PASSED;
    },
  };
  const gateStarted = Promise.resolve(gateListener);
  const operationGatePlugin: ApolloServerPlugin<GraphQLContext> = { requestDidStart: () => gateStarted };

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    // No "Did you mean ...?" in validation errors: they would spell out the schema to clients
    // that may not introspect it.
    hideSchemaDetailsFromClientErrors: true,
    validationRules: limits,
    parseOptions,
    formatError: formatError(log, config.devMode),
    includeStacktraceInErrorResponses: config.devMode,
    introspection: true,
    // main.ts owns the signals and stops the whole app in order (HTTP, sockets, dispatcher, database).
    stopOnTerminationSignals: false,
    plugins: [
      // No cache hints are used: without this, Apollo wraps every field resolver to compute a
      // policy that always comes out "no-store" (now set by the request-id middleware).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing pages load their code from a CDN; browsers get the explorer (explorer.ts).
      ApolloServerPluginLandingPageDisabled(),
      // (The HTTP server and its sockets are drained by stop() below, not by Apollo's drain plugin.)
      operationGatePlugin,
      // One log line per operation at info; below that level the plugin is left out entirely
      // (its hooks would cost every request a few promises for nothing).
      ...(log.isLevelEnabled('info') ? [operationLog] : []),
      ...(metrics ? [requestMetricsPlugin(metrics.requests)] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', metrics && config.metricsPort === undefined ? metricsHandler(metrics.registry, config.metricsToken) : metricsElsewhere(config.metricsPort));
  app.get('/readyz', async (_req, res) => {
    try {
      await db.orm.em.fork().getConnection().execute('select 1');
      const current = await deps.migrationsCurrent();
      res.status(current ? 200 : 503).json({ status: current ? 'ready' : 'migrations pending', database: db.kind });
    } catch (err) {
      log.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable', database: db.kind });
    }
  });

  // Browsers asking for /graphql get the explorer (GraphiQL served from here); everything else goes on to Apollo.
  if (config.explorer) serveExplorer(app, log);

  app.use(
    '/graphql',
    (req: Request, res: Response, next: NextFunction) => {
      const given = req.get('x-request-id');
      const id = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
      res.locals.requestId = id;
      res.setHeader('x-request-id', id);
      // What Apollo's cache-control plugin (disabled below) sent on every response.
      res.setHeader('cache-control', 'no-store');
      if (metrics) res.locals.observed = { began: performance.now(), userErrors: false } satisfies RequestObservation;
      next();
    },
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => {
        const observed = res.locals.observed as RequestObservation | undefined;
        let principal: Principal | null;
        try {
          principal = await principalFrom(services, req.headers.authorization);
          await admit(limiter, principal, req.socket.remoteAddress);
        } catch (err) {
          metrics?.requests.refused((err as GraphQLError).extensions?.code, observed?.began);
          throw err;
        }
        return requestContext(res.locals.requestId as string, principal, observed);
      },
    }),
  );

  // Body-parser failures (too large, not JSON) as GraphQL-shaped errors, never an HTML page.
  app.use((err: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    metrics?.requests.refused(err.type === 'entity.too.large' || err.type === 'entity.parse.failed' ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR', (res.locals.observed as RequestObservation | undefined)?.began);
    if (err.type === 'entity.too.large') {
      res.status(413).json({ errors: [{ message: `The request body is larger than ${config.maxBodyBytes} bytes.`, extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    if (err.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    log.error({ err }, 'http error');
    res.status(err.status ?? 500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const url = `http://${reachable(config.host)}:${address.port}/graphql`;

  // Metrics on their own listener (METRICS_PORT): nothing else is served there, and by
  // default it listens on loopback only.
  let metricsServer: http.Server | undefined;
  let metricsUrl = metrics ? `http://${reachable(config.host)}:${address.port}/metrics` : undefined;
  if (metrics && config.metricsPort !== undefined) {
    const metricsApp = express();
    metricsApp.disable('x-powered-by');
    metricsApp.get('/metrics', metricsHandler(metrics.registry, config.metricsToken));
    metricsApp.use((_req: Request, res: Response) => {
      res.status(404).json({ error: 'only GET /metrics is served on this port' });
    });
    const server = http.createServer(metricsApp);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.metricsPort, config.metricsHost, () => resolve());
      });
    } catch (err) {
      // Nothing was served yet: close the main listener, its sockets and the limiter, and fail the start.
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
      await apollo.stop();
      wsServer.close();
      await limiter.close();
      throw err;
    }
    metricsServer = server;
    metricsUrl = `http://${reachable(config.metricsHost)}:${(server.address() as AddressInfo).port}/metrics`;
    if (!config.metricsToken && !isLoopback(config.metricsHost)) {
      log.warn({ metricsHost: config.metricsHost }, 'metrics are served without a token on a non-loopback address: set METRICS_TOKEN or METRICS_HOST=127.0.0.1');
    }
  }

  let stopped: Promise<void> | undefined;
  const drain = async () => {
    stopping = true;
    const graceEnds = Date.now() + config.shutdownGraceMs;
    // Subscriptions have nothing to finish: they close now with 1001 (the client reconnects
    // elsewhere and resumes from its cursor), and upgrades are no longer taken.
    const subscriptionsClosed = wsCleanup.dispose();
    // Idle keep-alive connections stay open a moment: a request already on its way gets a
    // clean 503 rather than a reset connection that leaves the client guessing.
    const linger = Math.min(config.shutdownLingerMs, config.shutdownGraceMs);
    if (linger > 0 && openConnections > 0) {
      await within(new Promise<void>((resolve) => (lastClosed = resolve)), linger);
    }
    // Stop listening and close the idle connections; the busy ones close after their response.
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    if (!(await within(closed, graceEnds - Date.now()))) {
      log.warn({ graceMs: config.shutdownGraceMs, connections: openConnections }, 'shutdown grace over: cancelling the requests still running');
      await db.abortCommands().catch((err: unknown) => log.error({ err }, 'shutdown: could not cancel the running commands'));
      // The cancelled requests answer SERVICE_UNAVAILABLE; give them a moment to get it out.
      if (!(await within(closed, ABORT_FLUSH_MS))) {
        httpServer.closeAllConnections();
        for (const client of wsServer.clients) client.terminate();
      }
      await closed;
    }
    await subscriptionsClosed;
    await apollo.stop();
    await limiter.close();
    if (metricsServer) {
      const closing = new Promise((resolve) => metricsServer!.close(resolve));
      metricsServer.closeAllConnections();
      await closing;
    }
  };

  return {
    httpServer,
    url,
    metricsUrl,
    closeSocketsOfKey(keyId: string) {
      for (const socket of socketsByKey.get(keyId) ?? []) socket.close(4403, 'Forbidden: the access key was revoked');
      socketsByKey.delete(keyId);
    },
    openSocketKeyIds() {
      return [...socketsByKey].filter(([, sockets]) => sockets.size > 0).map(([keyId]) => keyId);
    },
    stop() {
      return (stopped ??= drain());
    },
  };
}
