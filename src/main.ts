import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config/config';
import { loadDemoData } from './demo/demo-data';
import { createLogger } from './server/logger';

/** How long after the shutdown grace the process may take to close everything before it exits regardless. */
const SHUTDOWN_BACKSTOP_MS = 5000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const app = await createApp(config, {
    log,
    seed: config.demo ? (em, services) => loadDemoData(em, services, log, config) : undefined,
  });
  if (app.bootstrapSecret && config.bootstrapAdminKey) log.info('first start: the ADMIN access key from BOOTSTRAP_ADMIN_KEY was registered');
  log.info({ url: app.url, database: app.db.kind, dataDir: app.db.kind === 'pglite' ? config.dataDir : undefined, demo: config.demo }, 'ledgerhouse listening');

  if (app.bootstrapSecret && !config.bootstrapAdminKey) {
    // Shown once, on the console and never in the JSON log: only the hash is stored.
    process.stdout.write(
      [
        '',
        '==================================================================',
        ' First start: an ADMIN access key was created. It is shown only',
        ' now; store it somewhere safe.',
        '',
        `   ${app.bootstrapSecret}`,
        '',
        ' Try it:',
        `   curl -s ${app.url} -H 'content-type: application/json' \\`,
        `     -H 'authorization: Bearer ${app.bootstrapSecret}' \\`,
        `     -d '{"query":"{ viewer { role } warehouses(first: 5) { edges { node { code name } } } }"}'`,
        '==================================================================',
        '',
      ].join('\n'),
    );
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: draining requests and sockets');
    // The grace bounds the drain (server/http.ts cancels what still runs then); this bounds
    // everything after it too (event loops, the database's close), whatever hangs.
    const backstop = setTimeout(() => {
      log.error({ afterMs: config.shutdownGraceMs + SHUTDOWN_BACKSTOP_MS }, 'shutdown did not finish in time: exiting anyway');
      process.exit(1);
    }, config.shutdownGraceMs + SHUTDOWN_BACKSTOP_MS);
    backstop.unref();
    app
      .stop()
      .then(() => {
        log.info('stopped');
        process.exit(0);
      })
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`ledgerhouse failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
