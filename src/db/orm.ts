import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { PGliteDriver } from 'mikro-orm-pglite';
import pg from 'pg';
import type { Logger } from 'pino';
import { migrationsList } from '../../migrations';
import { entities } from './entities';
import { acquireDirLock, type DirLock } from './dir-lock';
import { type Leadership, type LeaderSession, type LeadershipOptions, pgLeadership } from './leader';
import { type ListenHandlers, PgNotifications, type Unlisten } from './notifications';
import { registerPGlite } from './sql';
import { countStatements } from './stats';
import { abortCommands } from './transaction';
import { markUnavailable } from './unavailable';

export type DatabaseKind = 'postgresql' | 'pglite';

export interface DatabaseTarget {
  /** PostgreSQL connection string; when absent an embedded PGlite database in dataDir is used. */
  databaseUrl?: string;
  dataDir?: string;
  /** Use an existing PGlite instance (tests load a pre-migrated snapshot into one). */
  pglite?: PGlite;
  poolSize?: number;
  /** Log every statement (MikroORM's query logger) at debug level. */
  logSql?: boolean;
  /**
   * PostgreSQL ends a pooled session that sits this long inside a transaction
   * (`idle_in_transaction_session_timeout`), so a leaked transaction cannot hold the event
   * horizon (and its locks) for ever. 0 or absent leaves the server's setting.
   */
  idleInTransactionTimeoutMs?: number;
  /** How long to wait for a new PostgreSQL connection before failing (an unreachable host then fails fast, not never). */
  connectTimeoutMs?: number;
}

export type { Leadership, LeaderSession, LeadershipOptions, ListenHandlers, Unlisten };

/** The connection pool as it is now (knex's tarn pool under MikroORM), for /metrics. */
export interface PoolStats {
  /** Connections lent out: running a statement or holding a transaction. */
  inUse: number;
  /** Connections open and free. */
  idle: number;
  /** Callers waiting for a connection (all are lent out, or one is being opened). */
  waiting: number;
  /** The most the pool opens (PGlite: its one session). */
  max: number;
}

export interface Database {
  readonly kind: DatabaseKind;
  readonly orm: MikroORM;
  /** The pool's state now; reads counters only, no I/O. */
  poolStats(): PoolStats;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` after the notifying transaction commits.
   * On PostgreSQL a lost LISTEN session is re-established with backoff, and then
   * `onReconnect` runs: whatever was notified in between must be caught up from the tables.
   */
  listen(channel: string, onNotify: (payload: string) => void, onReconnect?: () => void): Promise<Unlisten>;
  /**
   * Competes for a cluster-wide role held by one node at a time (db/leader.ts). On PGlite
   * the one process always holds it.
   */
  leadership(lockKey: number, options: LeadershipOptions): Promise<Leadership>;
  /** Runs `work` while holding a cluster-wide lock (several API nodes starting together migrate one at a time). */
  exclusive<T>(lockKey: number, work: () => Promise<T>): Promise<T>;
  /**
   * The end of a shutdown's grace: no command starts, commits or retries any more
   * (db/transaction.ts), and on PostgreSQL the sessions still inside a transaction are
   * terminated, so that what they wrote rolls back now, their row locks are released, and
   * the pool can close. A session already sending COMMIT is left to finish it.
   */
  abortCommands(): Promise<void>;
  close(): Promise<void>;
}

interface PooledClient {
  processID?: number | null;
  connection?: { stream?: { destroy(): void } };
}

/** The driver connections the pool has lent out right now (tarn's `used` list). */
function busyConnections(orm: MikroORM): PooledClient[] {
  const pool = (orm.em.getConnection().getKnex().client as { pool?: { used?: Array<{ resource: PooledClient }> } }).pool;
  return (pool?.used ?? []).map((u) => u.resource);
}

const TERMINATE_UNLESS_COMMITTING = `select pid, pg_terminate_backend(pid) as terminated from pg_stat_activity
  where pid = any($1::int[]) and not (state = 'active' and query ~* '^\\s*(commit|end)\\M')`;

/**
 * Errors of MikroORM's own queries pass through its exception converter: an outage among
 * them is marked there (db/unavailable.ts), as db/sql.ts marks those of the SQL it runs.
 */
function markOutages(orm: MikroORM): void {
  const converter = orm.em.getDriver().getPlatform().getExceptionConverter();
  const convert = converter.convertException.bind(converter);
  converter.convertException = (exception) => markUnavailable(convert(exception));
}

/** Options shared by the application and the MikroORM CLI. */
export function baseOrmOptions(): Options {
  return {
    entities,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      path: path.join(__dirname, '../../migrations'),
      pathTs: path.join(__dirname, '../../migrations'),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    schemaGenerator: { createForeignKeyConstraints: true },
  };
}

interface TarnPoolLike {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

function poolStatsOf(orm: MikroORM, max: number): PoolStats {
  const knex = orm.em.getDriver().getConnection().getKnex() as unknown as { client: { pool?: TarnPoolLike } };
  const pool = knex.client.pool;
  if (!pool) return { inUse: 0, idle: 0, waiting: 0, max };
  return { inUse: pool.numUsed(), idle: pool.numFree(), waiting: pool.numPendingAcquires(), max };
}

export async function openDatabase(target: DatabaseTarget, log: Logger): Promise<Database> {
  const ormLogger = (message: string) => log.debug({ sql: message }, 'sql');
  if (target.databaseUrl) {
    const idleMs = target.idleInTransactionTimeoutMs ?? 0;
    const poolMax = target.poolSize ?? 10;
    const orm = await MikroORM.init({
      ...baseOrmOptions(),
      driver: PostgreSqlDriver,
      clientUrl: target.databaseUrl,
      pool: {
        min: 0,
        max: poolMax,
        // Every statement on every pooled connection is counted (db/stats.ts).
        afterCreate: (conn: { query: (...args: never[]) => unknown }, done: (err: Error | null, conn: unknown) => void) => done(null, countStatements(conn)),
      } as Options['pool'],
      // Session settings travel in the startup packet: no extra round trip per connection.
      // Named statements (the hot paths, db/sql.ts statement()) keep one generic plan per
      // connection: their lists are arrays, so the plan does not depend on the values, and
      // re-planning a custom plan at every execution cost more than running it. Unnamed
      // statements are planned per execution whatever this says.
      driverOptions: {
        connection: {
          application_name: 'ledgerhouse',
          connectionTimeoutMillis: target.connectTimeoutMs ?? 5000,
          options: ['-c plan_cache_mode=force_generic_plan', ...(idleMs > 0 ? [`-c idle_in_transaction_session_timeout=${idleMs}`] : [])].join(' '),
        },
      },
      logger: ormLogger,
      debug: target.logSql ? ['query', 'query-params'] : false,
    });
    markOutages(orm);
    const url = target.databaseUrl;
    const notifications = new PgNotifications(url, log);
    const leaders = new Set<Leadership>();
    return {
      kind: 'postgresql',
      orm,
      poolStats: () => poolStatsOf(orm, poolMax),
      listen: (channel, onNotify, onReconnect) => notifications.listen(channel, { onNotify, onReconnect }),
      async leadership(lockKey, options) {
        const leadership = await pgLeadership(url, lockKey, log, options);
        leaders.add(leadership);
        return {
          get isLeader() {
            return leadership.isLeader;
          },
          get session() {
            return leadership.session;
          },
          async stop() {
            leaders.delete(leadership);
            await leadership.stop();
          },
        };
      },
      async exclusive(lockKey, work) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query('select pg_advisory_lock($1)', [lockKey]);
          return await work();
        } finally {
          await client.end().catch(() => undefined);
        }
      },
      async abortCommands() {
        abortCommands(orm);
        const busy = busyConnections(orm);
        const pids = busy.map((c) => c.processID).filter((pid): pid is number => typeof pid === 'number');
        if (pids.length === 0) return;
        const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000, application_name: 'ledgerhouse-shutdown' });
        try {
          await admin.connect();
          const { rows } = await admin.query<{ pid: number }>(TERMINATE_UNLESS_COMMITTING, [pids]);
          log.warn({ terminated: rows.map((r) => r.pid), busy: pids.length }, 'shutdown: terminated the database sessions of unfinished commands');
        } catch (err) {
          // The database cannot be reached to end them: drop the sockets, so that none of
          // them can send COMMIT (the server rolls each back when it notices).
          log.warn({ err }, 'shutdown: could not terminate database sessions; closing their sockets');
          for (const c of busy) c.connection?.stream?.destroy();
        } finally {
          await admin.end().catch(() => undefined);
        }
      },
      async close() {
        for (const l of [...leaders]) await l.stop();
        await notifications.close();
        await orm.close(true);
      },
    };
  }

  let lock: DirLock | undefined;
  let pglite = target.pglite;
  const owned = pglite === undefined;
  if (pglite === undefined) {
    const dir = target.dataDir ?? path.resolve('data');
    fs.mkdirSync(dir, { recursive: true });
    lock = await acquireDirLock(dir);
    pglite = new PGlite(path.join(dir, 'pgdata'));
  }
  const instance = countStatements(pglite);
  registerPGlite(instance);
  const orm = await MikroORM.init({
    ...baseOrmOptions(),
    driver: PGliteDriver as unknown as typeof PostgreSqlDriver,
    // A dbName that looks like a folder silently gives an in-memory database.
    dbName: 'postgres',
    driverOptions: { connection: { pglite: () => instance } },
    // PGlite is one session: with more than one "connection" they share it and updates are lost.
    pool: { min: 1, max: 1 },
    logger: ormLogger,
    debug: target.logSql ? ['query', 'query-params'] : false,
  });
  return {
    kind: 'pglite',
    orm,
    // The pool of one: in use while a statement or a transaction holds the session, and
    // everything else queues behind it (waiting).
    poolStats: () => poolStatsOf(orm, 1),
    // One in-process session: LISTEN cannot be lost.
    async listen(channel, onNotify) {
      return instance.listen(channel, onNotify);
    },
    // One process owns the folder, so it is always the one holder.
    async leadership(_lockKey, options) {
      options.onChange(true);
      return { isLeader: true, session: undefined, stop: async () => undefined };
    },
    // One process owns the folder (dir-lock.ts), so there is nobody to exclude.
    exclusive: (_lockKey, work) => work(),
    // One in-process session: a statement that runs cannot be interrupted, but no command
    // commits after this (db/transaction.ts).
    async abortCommands() {
      abortCommands(orm);
    },
    async close() {
      await orm.close(true);
      if (owned) await instance.close();
      lock?.release();
    },
  };
}
