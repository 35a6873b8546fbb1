import type { EntityManager } from '@mikro-orm/postgresql';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/orm';
import { execute, query } from '../../src/db/sql';

const log = pino({ level: 'silent' });
const cleanups: Array<() => Promise<void>> = [];

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** An empty database (not the migrated template): PostgreSQL when DATABASE_URL is set, else PGlite. */
async function emptyDatabase(): Promise<Database> {
  if (!process.env.DATABASE_URL) {
    const pglite = new PGlite();
    const db = await openDatabase({ pglite }, log);
    cleanups.push(async () => {
      await db.close();
      await pglite.close();
    });
    return db;
  }
  const name = `lh_t_${process.env.LH_TEST_RUN_ID as string}_migration`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 }, log);
  cleanups.push(() => db.close());
  return db;
}

describe('the outbox sequence migration', () => {
  it('numbers the events written before it contiguously in id order, and later rows wait for the sequencer', async () => {
    const db = await emptyDatabase();
    const migrator = db.orm.getMigrator();
    await migrator.up({ to: 'Migration20261127095229InventoryLedger' });
    const em = db.orm.em.fork() as EntityManager;
    // Ids with gaps (rolled-back inserts consume ids), as a real outbox has them.
    for (const id of [3, 7, 8, 20, 1000, 999]) {
      await execute(em, "insert into outbox_events (id, topic, aggregate_type, aggregate_id, payload) values (?, 'item.changed', 'Item', ?, '{}'::jsonb)", [id, String(id)]);
    }
    await migrator.up();

    const rows = await query<{ id: string; seq: string; has_xid: boolean }>(em, 'select id::text as id, seq::text as seq, xid is not null as has_xid from outbox_events o order by o.id');
    expect(rows).toEqual(
      ['3', '7', '8', '20', '999', '1000'].map((id, i) => ({ id, seq: String(i + 1), has_xid: true })),
    );
    await execute(em, "insert into outbox_events (topic, aggregate_type, aggregate_id, payload) values ('item.changed', 'Item', 'new', '{}'::jsonb)");
    const [fresh] = await query<{ seq: string | null; has_xid: boolean }>(em, "select seq::text as seq, xid is not null as has_xid from outbox_events where aggregate_id = 'new'");
    expect(fresh).toEqual({ seq: null, has_xid: true });
    // seq is unique: a number cannot be handed out twice.
    await expect(execute(em, 'update outbox_events set seq = 1 where aggregate_id = ?', ['new'])).rejects.toThrow();
  });
});
