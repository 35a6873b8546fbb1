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
import { registerPGlite } from './sql';
import { countStatements } from './stats';

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
}

export type Unlisten = () => Promise<void>;

export interface Database {
  readonly kind: DatabaseKind;
  readonly orm: MikroORM;
  /** Calls `onNotify` for every NOTIFY on `channel` after the notifying transaction commits. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<Unlisten>;
  /** Runs `work` while holding a cluster-wide lock (several API nodes starting together migrate one at a time). */
  exclusive<T>(lockKey: number, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
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

export async function openDatabase(target: DatabaseTarget, log: Logger): Promise<Database> {
  const ormLogger = (message: string) => log.debug({ sql: message }, 'sql');
  if (target.databaseUrl) {
    const orm = await MikroORM.init({
      ...baseOrmOptions(),
      driver: PostgreSqlDriver,
      clientUrl: target.databaseUrl,
      pool: {
        min: 0,
        max: target.poolSize ?? 10,
        // Every statement on every pooled connection is counted (db/stats.ts).
        afterCreate: (conn: { query: (...args: never[]) => unknown }, done: (err: Error | null, conn: unknown) => void) => done(null, countStatements(conn)),
      } as Options['pool'],
      // Named statements (the hot paths, db/sql.ts statement()) keep one generic plan per
      // connection: their lists are arrays, so the plan does not depend on the values, and
      // re-planning a custom plan at every execution cost more than running it. Unnamed
      // statements are planned per execution whatever this says.
      driverOptions: { connection: { options: '-c plan_cache_mode=force_generic_plan' } },
      logger: ormLogger,
      debug: target.logSql ? ['query', 'query-params'] : false,
    });
    const url = target.databaseUrl;
    return {
      kind: 'postgresql',
      orm,
      async listen(channel, onNotify) {
        // LISTEN needs a session of its own: pooled connections come and go.
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        client.on('notification', (msg) => {
          if (msg.channel === channel) onNotify(msg.payload ?? '');
        });
        client.on('error', (err) => log.error({ err }, 'LISTEN connection failed'));
        await client.query(`LISTEN ${quoteIdent(channel)}`);
        return async () => {
          await client.end().catch(() => undefined);
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
      async close() {
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
    lock = acquireDirLock(dir);
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
    async listen(channel, onNotify) {
      return instance.listen(channel, onNotify);
    },
    // One process owns the folder (dir-lock.ts), so there is nobody to exclude.
    exclusive: (_lockKey, work) => work(),
    async close() {
      await orm.close(true);
      if (owned) await instance.close();
      lock?.release();
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
