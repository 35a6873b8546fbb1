import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type App, createApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { execute } from '../../src/db/sql';
import { eventStats } from '../../src/db/stats';
import { SEQUENCER_LEADER_LOCK } from '../../src/modules/events/sequencer';
import { fromGlobalId } from '../../src/shared/ids';
import {
  ApiKeyCreateDocument,
  ApiKeyRevokeDocument,
  ItemChangedDocument,
  type ItemChangedSubscription,
  ItemCreateDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { onPostgres } from '../helpers/db';
import { channelFixture } from '../helpers/fixtures';
import { sql } from '../helpers/sql';

/**
 * The event path (DESIGN.md invariant 8): the sequencer numbers committed outbox rows
 * below the snapshot horizon, per aggregate in version order; subscribers read and resume
 * by that `seq`; LISTEN sessions come back after a lost connection.
 *
 * The safety-net poll is stretched to a minute in this file, so an event that arrives
 * within the tests' waits arrived by NOTIFY (or by an explicit sequencer round).
 */
const EVENTS = { pollMs: 60_000 };
/** What the main app logs at warn and above, one parsed line each. */
const warnings: Array<Record<string, unknown>> = [];
const WAIT_MS = 10_000;

type ItemEvent = ItemChangedSubscription['itemChanged'];

let t: TestApp;
const clients: Client[] = [];
const nodes: App[] = [];
const rawClients: pg.Client[] = [];

beforeAll(async () => {
  const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line) as Record<string, unknown>) });
  t = await startTestApp({}, { events: { ...EVENTS, lagWarnMs: 250 }, log });
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  for (const c of rawClients) await c.end().catch(() => undefined);
  for (const n of nodes) await n.stop();
  await t.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, ms = WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

class Subscription {
  readonly events: ItemEvent[] = [];
  readonly errors: unknown[] = [];
  closed = false;

  constructor(url: string, key: string, variables: Record<string, unknown>) {
    const client = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0, lazy: true });
    clients.push(client);
    client.subscribe<ItemChangedSubscription>(
      { query: print(ItemChangedDocument as TypedDocumentNode), variables },
      {
        next: (r) => (r.data ? this.events.push(r.data.itemChanged) : this.errors.push(r.errors)),
        error: (err) => {
          this.errors.push(err);
          this.closed = true;
        },
        complete: () => {
          this.closed = true;
        },
      },
    );
  }

  async receive(n: number): Promise<ItemEvent[]> {
    await until(`${n} events (have ${JSON.stringify(this.events)})`, () => {
      if (this.errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(this.errors)}`);
      return this.events.length >= n;
    });
    return this.events;
  }

  async ended(ms = WAIT_MS): Promise<void> {
    await until('the socket to close', () => this.closed, ms);
  }
}

async function latestCursor(): Promise<string> {
  await t.app.dispatcher.flush();
  const [row] = await sql<{ max: string }>(t, 'select coalesce(max(seq), 0)::text as max from outbox_events');
  return row!.max;
}

async function createItem(sku: string): Promise<string> {
  const res = dataOf(await t.gql(ItemCreateDocument, { input: { sku, name: `Item ${sku}` } })).itemCreate;
  expect(res.userErrors).toEqual([]);
  return fromGlobalId(res.item!.id)!.id;
}

/** Item events in the table after `after`, in seq order: what a subscriber must have received. */
async function itemEventsAfter(after: string): Promise<Array<{ seq: string; sku: string; id: string }>> {
  await t.app.dispatcher.flush();
  // Ordered by the column, not by the text alias (which would put 1000 before 999).
  return sql(t, `select o.seq::text as seq, o.payload->>'sku' as sku, o.id::text as id from outbox_events o where o.topic = 'item.changed' and o.seq > ?::bigint order by o.seq`, [after]);
}

describe('resume cursors across powers of ten', () => {
  /**
   * Numbered filler events up to `lastSeq`, written while nothing waits for a number (a
   * concurrent round would collide on the unique seq and retry), and the id sequence moved
   * so that ids cross a power of ten too. They reach the dispatcher by a read, not from a round.
   */
  async function fillTo(lastSeq: number, nextId: number): Promise<void> {
    await t.app.dispatcher.flush();
    await (t.app.db.orm.em.fork() as EntityManager).transactional(async (em) => {
      await execute(
        em as EntityManager,
        `insert into outbox_events (topic, aggregate_type, aggregate_id, payload, seq)
         select 'test.filler', 'Filler', g::text, '{}'::jsonb, g from generate_series((select coalesce(max(seq), 0) + 1 from outbox_events), ?::bigint) g`,
        [lastSeq],
      );
      await execute(em as EntityManager, "select setval('outbox_events_id_seq', ?::bigint, false)", [nextId]);
    });
    await t.app.dispatcher.flush();
  }

  it.each([
    [1000, 10_000],
    [10_000, 100_000],
  ])('seq %i and id %i: live delivery and resume with after lose, repeat and reorder nothing', async (seqBoundary, idBoundary) => {
    await fillTo(seqBoundary - 4, idBoundary - 3);
    const start = await latestCursor();
    expect(start).toBe(String(seqBoundary - 4));
    const skus = Array.from({ length: 8 }, (_, i) => `P10-${seqBoundary}-${i + 1}`);
    const live = new Subscription(t.url, t.adminKey, { after: start, skus });
    for (const sku of skus) await createItem(sku);

    const stored = await itemEventsAfter(start);
    expect(stored.map((r) => r.sku)).toEqual(skus);
    // The boundaries really are crossed, by seq and by id.
    expect(Number(stored[0]!.seq)).toBeLessThan(seqBoundary);
    expect(Number(stored[7]!.seq)).toBeGreaterThanOrEqual(seqBoundary);
    expect(Number(stored[0]!.id)).toBeLessThan(idBoundary);
    expect(Number(stored[7]!.id)).toBeGreaterThanOrEqual(idBoundary);

    const received = await live.receive(8);
    expect(received.map((e) => [e.sku, e.cursor])).toEqual(stored.map((r) => [r.sku, r.seq]));

    // Resume from a cursor below the boundary, and from one at it.
    for (const from of [stored[1]!, stored.find((r) => Number(r.seq) === seqBoundary) ?? stored[4]!]) {
      const resumed = new Subscription(t.url, t.adminKey, { after: from.seq, skus });
      const expected = stored.filter((r) => BigInt(r.seq) > BigInt(from.seq));
      const got = await resumed.receive(expected.length);
      await sleep(200);
      expect(got.map((e) => [e.sku, e.cursor])).toEqual(expected.map((r) => [r.sku, r.seq]));
    }
    await sleep(200);
    expect(live.events).toHaveLength(8);
    expect(t.app.dispatcher.position).toBe(BigInt(stored[7]!.seq));
  });
});

describe.skipIf(!onPostgres)('the sequencer and open transactions (PostgreSQL)', () => {
  async function raw(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: t.db.databaseUrl });
    await c.connect();
    rawClients.push(c);
    return c;
  }

  async function begin(c: pg.Client): Promise<bigint> {
    await c.query('begin');
    const res = await c.query<{ xid: string }>('select pg_current_xact_id()::text as xid');
    return BigInt(res.rows[0]!.xid);
  }

  /** What a command does to an item: bump its version under the row lock, and write the event. */
  async function bumpItem(c: pg.Client, itemId: string): Promise<number> {
    const res = await c.query<{ version: number }>('update items set version = version + 1 where id = $1 returning version', [itemId]);
    return res.rows[0]!.version;
  }

  async function insertEvent(c: pg.Client, itemId: string, sku: string, version: number | null): Promise<void> {
    await c.query(
      `insert into outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, payload) values ('item.changed', 'Item', $1, $2, jsonb_build_object('sku', $3::text, 'active', true))`,
      [itemId, version, sku],
    );
  }

  async function seqsOf(itemId: string): Promise<Array<{ seq: string | null; version: number; xid: string }>> {
    return sql(t, `select seq::text as seq, aggregate_version as version, xid::text as xid from outbox_events where aggregate_type = 'Item' and aggregate_id = ? order by id`, [itemId]);
  }

  it('an open transaction holds back later commits; once it commits both are numbered, contiguous, in xid order', async () => {
    const itemA = await createItem('HZ-A');
    const before = await latestCursor();
    const sub = new Subscription(t.url, t.adminKey, { after: before, skus: ['HZ-A', 'HZ-B'] });

    const a = await raw();
    const xidA = await begin(a);
    const itemB = await createItem('HZ-B'); // commits while A is open, with a larger xid
    await t.app.sequencer.runNow();
    await sleep(300);
    await t.app.sequencer.runNow();
    const [rowB] = await sql<{ seq: string | null; xid: string }>(t, "select seq::text as seq, xid::text as xid from outbox_events where aggregate_type = 'Item' and aggregate_id = ?", [itemB]);
    expect(BigInt(rowB!.xid)).toBeGreaterThan(xidA);
    expect(rowB!.seq).toBeNull();
    // Nothing was numbered past the open transaction's position, and a flush cannot finish.
    await expect(t.app.dispatcher.flush(300)).rejects.toThrow(/waiting for their sequence number/);
    const numberedAfterA = await sql(t, 'select id from outbox_events where seq > ?::bigint', [before]);
    expect(numberedAfterA).toEqual([]);
    expect(sub.events).toEqual([]);
    // The backlog is measured for /metrics, and past the threshold the log names the open transaction.
    expect(eventStats.unnumbered).toBeGreaterThanOrEqual(1);
    expect(eventStats.oldestUnnumberedMs).toBeGreaterThanOrEqual(250);
    const warning = warnings.find((w) => String(w.msg).startsWith('committed events are waiting'));
    const pidA = (await a.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    expect(warning).toMatchObject({ waiting: 1, oldestTransaction: { pid: pidA } });

    const version = await bumpItem(a, itemA);
    await insertEvent(a, itemA, 'HZ-A', version);
    await a.query('commit');
    await t.app.dispatcher.flush();

    const rows = await sql<{ seq: string; sku: string }>(t, "select seq::text as seq, payload->>'sku' as sku from outbox_events where seq > ?::bigint order by seq", [before]);
    expect(rows).toEqual([
      { seq: String(BigInt(before) + 1n), sku: 'HZ-A' },
      { seq: String(BigInt(before) + 2n), sku: 'HZ-B' },
    ]);
    const got = await sub.receive(2);
    await sleep(200);
    expect(got.map((e) => [e.sku, e.cursor])).toEqual(rows.map((r) => [r.sku, r.seq]));
    expect(eventStats.unnumbered).toBe(0);
    expect(eventStats.oldestUnnumberedMs).toBe(0);
  });

  it('two commands on one aggregate, the smaller xid committing second: seq follows the version', async () => {
    const item = await createItem('HZ-V');
    const before = await latestCursor();
    const sub = new Subscription(t.url, t.adminKey, { after: before, skus: ['HZ-V'] });
    const t1 = await raw();
    const t2 = await raw();
    const xid1 = await begin(t1);
    const xid2 = await begin(t2);
    expect(xid1).toBeLessThan(xid2);

    const v2 = await bumpItem(t2, item);
    const t1Bump = bumpItem(t1, item); // waits on t2's row lock
    await until('T1 to wait on the row lock', async () => (await sql(t, "select 1 from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")).length > 0);
    await insertEvent(t2, item, 'HZ-V', v2);
    await t2.query('commit');
    await t.app.sequencer.runNow();
    const v3 = await t1Bump;
    await insertEvent(t1, item, 'HZ-V', v3);
    await t1.query('commit');
    await t.app.dispatcher.flush();

    const rows = (await seqsOf(item)).slice(1);
    // In (xid, id) order T1's row, the later version, comes first.
    const byXid = [...rows].sort((x, y) => (BigInt(x.xid) < BigInt(y.xid) ? -1 : 1));
    expect(byXid.map((r) => [BigInt(r.xid), r.version])).toEqual([
      [xid1, v3],
      [xid2, v2],
    ]);
    const byseq = [...rows].sort((x, y) => Number(x.seq) - Number(y.seq));
    expect(byseq.map((r) => r.version)).toEqual([v2, v3]);
    expect((await sub.receive(2)).map((e) => e.version)).toEqual([v2, v3]);
  });

  it('a lower version above the horizon holds back the higher one below it (a third, unrelated transaction open in between)', async () => {
    const item = await createItem('HZ-W');
    const before = await latestCursor();
    const sub = new Subscription(t.url, t.adminKey, { after: before, skus: ['HZ-W'] });
    const t1 = await raw();
    const t4 = await raw();
    const t3 = await raw();
    const xid1 = await begin(t1);
    const xid4 = await begin(t4);
    const xid3 = await begin(t3);
    expect(xid1 < xid4 && xid4 < xid3).toBe(true);

    const v1 = await bumpItem(t3, item);
    const t1Bump = bumpItem(t1, item);
    await until('T1 to wait on the row lock', async () => (await sql(t, "select 1 from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")).length > 0);
    await insertEvent(t3, item, 'HZ-W', v1);
    await t3.query('commit');
    const v2 = await t1Bump;
    await insertEvent(t1, item, 'HZ-W', v2);
    await t1.query('commit');

    // T4 is open: the horizon is at most xid4. T1's row (v2) is below it, T3's (v1) above it.
    await t.app.sequencer.runNow();
    await t.app.sequencer.runNow();
    const waiting = (await seqsOf(item)).slice(1);
    expect(waiting.map((r) => [r.seq, r.version, BigInt(r.xid)])).toEqual([
      [null, v1, xid3],
      [null, v2, xid1],
    ]);
    expect(sub.events).toEqual([]);

    await t4.query('commit');
    await t.app.dispatcher.flush();
    const rows = (await seqsOf(item)).slice(1);
    expect(rows.every((r) => r.seq !== null)).toBe(true);
    expect([...rows].sort((x, y) => Number(x.seq) - Number(y.seq)).map((r) => r.version)).toEqual([v1, v2]);
    expect(rows.map((r) => BigInt(r.seq!)).sort()).toEqual([BigInt(before) + 1n, BigInt(before) + 2n]);
    expect((await sub.receive(2)).map((e) => e.version)).toEqual([v1, v2]);
  });

  it('PostgreSQL ends an app session left idle in a transaction after DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, releasing the events it held back', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'test', DATABASE_URL: t.db.databaseUrl as string, DB_POOL_SIZE: '2', DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1000' });
    const node = await createApp(config, { log: pino({ level: 'silent' }), events: EVENTS });
    try {
      await idleNodeCase(node);
    } finally {
      await node.stop();
    }
  });

  async function idleNodeCase(node: App): Promise<void> {
    const before = await latestCursor();
    const started = Date.now();
    // A leaked transaction: it takes an xid, then its code forgets it for 4 s.
    const leaked = (node.db.orm.em.fork() as EntityManager).transactional(async (em) => {
      await execute(em as EntityManager, 'select pg_current_xact_id()');
      await sleep(4000);
      await execute(em as EntityManager, 'select 1');
    });
    const settled = leaked.then(
      () => 'committed',
      () => 'failed',
    );
    await sleep(100);
    const itemId = await createItem('HZ-IDLE');
    const numberedAt = await until(
      'the event to be numbered',
      async () => {
        await t.app.sequencer.runNow();
        const [row] = await sql<{ seq: string | null }>(t, "select seq::text as seq from outbox_events where aggregate_type = 'Item' and aggregate_id = ?", [itemId]);
        return row?.seq ? Date.now() : null;
      },
      3500,
    );
    // Numbered once the server ended the session (about 1 s), long before the code would have.
    expect(numberedAt - started).toBeLessThan(3500);
    expect(BigInt((await itemEventsAfter(before))[0]!.seq)).toBe(BigInt(before) + 1n);
    expect(await settled).toBe('failed');
  }
});

describe.skipIf(!onPostgres)('LISTEN sessions after a lost connection (PostgreSQL)', () => {
  let admin: pg.Client;
  /** On the server's maintenance database: a database cannot close its own doors. */
  let gate: pg.Client;
  let nodeB: App;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: t.db.databaseUrl });
    await admin.connect();
    rawClients.push(admin);
    gate = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await gate.connect();
    rawClients.push(gate);
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'test', DATABASE_URL: t.db.databaseUrl as string, DB_POOL_SIZE: '4' });
    nodeB = await createApp(config, { log: pino({ level: 'silent' }), events: EVENTS });
    nodes.push(nodeB);
  });

  async function listenPids(): Promise<number[]> {
    const res = await admin.query<{ pid: number }>("select pid from pg_stat_activity where datname = current_database() and query like 'LISTEN%' and pid <> pg_backend_pid()");
    return res.rows.map((r) => r.pid);
  }

  async function terminateListeners(): Promise<number[]> {
    const pids = await listenPids();
    expect(pids.length).toBeGreaterThanOrEqual(2); // node A's and node B's
    await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [pids]);
    return pids;
  }

  async function listenersBack(old: number[]): Promise<void> {
    await until('both LISTEN sessions to come back', async () => (await listenPids()).filter((p) => !old.includes(p)).length >= 2);
  }

  let feeds = 0;
  async function storefrontKey(): Promise<{ id: string; secret: string }> {
    const created = dataOf(await t.gql(ApiKeyCreateDocument, { input: { name: 'reconnect feed', role: 'STOREFRONT', channelId: (await channelFixture(t, `FEED-${++feeds}`)).gid } })).apiKeyCreate;
    return { id: created.apiKey!.id, secret: created.secret! };
  }

  it('after the LISTEN sessions are terminated, a change on node A reaches a subscriber on node B at once, and a revoked key loses its socket', async () => {
    const key = await storefrontKey();
    const sub = new Subscription(nodeB.url, t.adminKey, { after: await latestCursor(), skus: ['RC-1', 'RC-2'] });
    const keyed = new Subscription(nodeB.url, key.secret, { after: await latestCursor(), skus: ['RC-1'] });
    await createItem('RC-1');
    await sub.receive(1);
    await keyed.receive(1);

    await listenersBack(await terminateListeners());
    const sent = Date.now();
    await createItem('RC-2');
    await sub.receive(2);
    // The safety-net poll is a minute here (2 s by default): this came by NOTIFY.
    expect(Date.now() - sent).toBeLessThan(1500);
    expect(sub.events.map((e) => e.sku)).toEqual(['RC-1', 'RC-2']);

    expect(keyed.closed).toBe(false);
    expect(dataOf(await t.gql(ApiKeyRevokeDocument, { input: { id: key.id } })).apiKeyRevoke.userErrors).toEqual([]);
    await keyed.ended(3000);
  });

  it('what was notified while the LISTEN sessions were down is caught up when they return: the event arrives, the revoked key loses its socket', async () => {
    const key = await storefrontKey();
    const keyDbId = fromGlobalId(key.id)!.id;
    const itemId = await createItem('RC-GAP');
    const start = await latestCursor();
    const sub = new Subscription(nodeB.url, t.adminKey, { after: start, skus: ['RC-GAP'] });
    const keyed = new Subscription(nodeB.url, key.secret, { after: start, skus: ['RC-GAP'] });
    await sleep(300); // both subscriptions attached

    const db = (await admin.query<{ db: string }>('select current_database() as db')).rows[0]!.db;
    await gate.query(`alter database "${db}" allow_connections false`);
    let old: number[];
    try {
      old = await terminateListeners();
      // Nobody listens now: both notifications are lost.
      await admin.query(
        `with e as (insert into outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, payload)
           values ('item.changed', 'Item', $1, null, jsonb_build_object('sku', 'RC-GAP', 'active', true)) returning id)
         select pg_notify('ledgerhouse_outbox', '') from e`,
        [itemId],
      );
      await admin.query("with k as (update api_keys set revoked_at = now() where id = $1 returning id) select pg_notify('ledgerhouse_auth', id::text) from k", [keyDbId]);
      await sleep(500); // reconnect attempts fail meanwhile
      expect(sub.events).toEqual([]);
    } finally {
      await gate.query(`alter database "${db}" allow_connections true`);
    }
    await listenersBack(old);
    const [event] = await sub.receive(1);
    expect(event!.sku).toBe('RC-GAP');
    await keyed.ended(3000);
    expect(keyed.events).toEqual([]);
  });

  it('when the sequencer session dies, one node takes over and events keep flowing', async () => {
    const holder = async () =>
      (await admin.query<{ pid: number }>("select pid from pg_locks where locktype = 'advisory' and objid = $1 and granted and database = (select oid from pg_database where datname = current_database())", [SEQUENCER_LEADER_LOCK])).rows.map((r) => r.pid);
    const [first] = await holder();
    expect(first).toBeDefined();
    expect([t.app.sequencer.isLeader, nodeB.sequencer.isLeader]).toEqual([true, false]);
    const sub = new Subscription(nodeB.url, t.adminKey, { after: await latestCursor(), skus: ['RC-TAKEOVER'] });
    await sleep(200);

    await admin.query('select pg_terminate_backend($1)', [first]);
    await until('a new sequencer', async () => {
      const pids = await holder();
      return pids.length === 1 && pids[0] !== first;
    });
    await until('exactly one node to know it is the sequencer', () => [t.app.sequencer.isLeader, nodeB.sequencer.isLeader].filter(Boolean).length === 1);
    await createItem('RC-TAKEOVER');
    expect((await sub.receive(1)).map((e) => e.sku)).toEqual(['RC-TAKEOVER']);
  });
});
