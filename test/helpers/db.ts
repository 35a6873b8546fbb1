import crypto from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface TestDatabase {
  kind: 'postgresql' | 'pglite';
  databaseUrl?: string;
  pglite?: PGlite;
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

/** A fresh, migrated database for one test file (see global-setup.ts). */
export async function freshDatabase(): Promise<TestDatabase> {
  const runId = process.env.LH_TEST_RUN_ID as string;
  if (process.env.DATABASE_URL) {
    const name = `lh_t_${runId}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${process.env.LH_TEST_TEMPLATE_DB as string}`);
    } finally {
      await admin.end();
    }
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return { kind: 'postgresql', databaseUrl: url.toString() };
  }
  const dump = fs.readFileSync(process.env.LH_TEST_PGLITE_DUMP as string);
  const pglite = new PGlite({ loadDataDir: new Blob([dump]) });
  await pglite.waitReady;
  return { kind: 'pglite', pglite };
}
