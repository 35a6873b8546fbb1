import 'reflect-metadata';
import type { PGlite } from '@electric-sql/pglite';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { AUTH_CHANNEL } from './auth/api-key.service';
import type { Config } from './config/config';
import { migrate, pendingMigrations } from './db/migrations';
import { type Database, openDatabase, type Unlisten } from './db/orm';
import { createSchema } from './graphql/schema';
import { EventDispatcher } from './modules/events/event-dispatcher';
import { Sequencer, type SequencerOptions } from './modules/events/sequencer';
import { REFERENCE_CHANNEL } from './modules/ledger/period-cache';
import { type RunningServer, startHttpServer } from './server/http';
import { createServices, type Services } from './services';

export interface App {
  readonly config: Config;
  readonly db: Database;
  readonly services: Services;
  readonly dispatcher: EventDispatcher;
  readonly sequencer: Sequencer;
  readonly server: RunningServer;
  readonly url: string;
  /** Set on the first start against an empty database: the bootstrap ADMIN key's secret. */
  readonly bootstrapSecret: string | null;
  stop(): Promise<void>;
}

export interface AppOptions {
  log: Logger;
  /** A ready PGlite instance (tests); otherwise DATABASE_URL or DATA_DIR decide. */
  pglite?: PGlite;
  /** Called after migrations, before serving (the demo loader). */
  seed?: (em: EntityManager, services: Services) => Promise<void>;
  /** Event path timings (tests stretch the safety-net poll to prove NOTIFY alone delivers). */
  events?: SequencerOptions;
}

/** Opens the database, migrates it, and serves GraphQL over HTTP and WebSocket on one port. */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const { log } = options;
  const db = await openDatabase(
    {
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      pglite: options.pglite,
      poolSize: config.dbPoolSize,
      logSql: config.logSql,
      idleInTransactionTimeoutMs: config.dbIdleInTransactionTimeoutMs,
      connectTimeoutMs: config.dbConnectTimeoutMs,
    },
    log,
  );
  const cleanups: Array<() => Promise<void>> = [() => db.close()];
  try {
    await migrate(db, log);
    const rootEm = db.orm.em.fork() as EntityManager;
    const services = createServices(db.orm.em as EntityManager, config);
    const bootstrapSecret = await services.apiKeys.bootstrapAdmin(rootEm, config.bootstrapAdminKey);
    if (options.seed) await options.seed(db.orm.em.fork() as EntityManager, services);

    const schema = await createSchema();
    const sequencer = new Sequencer(db, log, options.events);
    await sequencer.start();
    cleanups.unshift(() => sequencer.stop());
    const dispatcher = new EventDispatcher(db, log, sequencer, options.events?.pollMs);
    await dispatcher.start();
    cleanups.unshift(() => dispatcher.stop());
    const server = await startHttpServer({
      config,
      log,
      db,
      schema,
      services,
      dispatcher,
      migrationsCurrent: async () => (await pendingMigrations(db)).length === 0,
    });
    // A revocation on any node: forget cached keys and close the revoked key's sockets here.
    // After a lost LISTEN session a revocation may have been missed: forget every cached key
    // and close the sockets of any key revoked meanwhile.
    const unlistenAuth: Unlisten = await db.listen(
      AUTH_CHANNEL,
      (keyId) => {
        services.apiKeys.invalidateCache();
        if (keyId) server.closeSocketsOfKey(keyId);
      },
      () => {
        services.apiKeys.invalidateCache();
        services.apiKeys
          .revokedAmong(db.orm.em.fork() as EntityManager, server.openSocketKeyIds())
          .then((revoked) => revoked.forEach((keyId) => server.closeSocketsOfKey(keyId)))
          .catch((err: unknown) => log.error({ err }, 'could not check open sockets for revoked keys'));
      },
    );
    cleanups.unshift(unlistenAuth);
    // Reference data every command reads (periods, account mappings) changed on some node; after a
    // lost LISTEN session a change may have been missed, so the caches are dropped then too.
    const dropReference = () => {
      services.posting.periods.invalidate();
      services.accountMappings.invalidate();
    };
    const unlistenReference: Unlisten = await db.listen(REFERENCE_CHANNEL, dropReference, dropReference);
    cleanups.unshift(unlistenReference);
    let stopped: Promise<void> | undefined;
    return {
      config,
      db,
      services,
      dispatcher,
      sequencer,
      server,
      url: server.url,
      bootstrapSecret,
      stop() {
        stopped ??= (async () => {
          await server.stop();
          for (const cleanup of cleanups) await cleanup();
        })();
        return stopped;
      },
    };
  } catch (err) {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    throw err;
  }
}
