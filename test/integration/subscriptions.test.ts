import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ApiKeyCreateDocument,
  ApiKeyRevokeDocument,
  ItemChangedDocument,
  type ItemChangedSubscription,
  type ItemChangedSubscriptionVariables,
  ItemCreateDocument,
  ItemUpdateDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { sql } from '../helpers/sql';
import { channelFixture } from '../helpers/fixtures';

type ItemEvent = ItemChangedSubscription['itemChanged'];

const WAIT_MS = 10_000;
let t: TestApp;
const clients: Client[] = [];

function connect(key: string | null): Client {
  const client = createClient({
    url: t.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: key === null ? {} : { authorization: `Bearer ${key}` },
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  return client;
}

/** One subscription: collects what arrives, and waits for a given event or the socket's end. */
class Subscription<TData> {
  readonly results: TData[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  readonly stop: () => void;

  constructor(client: Client, doc: TypedDocumentNode<TData, Record<string, unknown>>, variables: Record<string, unknown>) {
    this.stop = client.subscribe<TData>(
      { query: print(doc), variables },
      {
        next: (r) => {
          if (r.errors) this.errors.push(r.errors);
          if (r.data) this.results.push(r.data as TData);
        },
        error: (err) => this.errors.push(err),
        complete: () => {
          this.completed = true;
        },
      },
    );
  }

  async until(done: (results: TData[]) => boolean, what: string): Promise<TData[]> {
    const deadline = Date.now() + WAIT_MS;
    while (!done(this.results)) {
      if (this.errors.length > 0 || this.completed) throw new Error(`subscription ended while waiting for ${what}: ${JSON.stringify(this.errors)}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; received ${JSON.stringify(this.results)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.results;
  }

  async ended(): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    while (this.errors.length === 0 && !this.completed) {
      if (Date.now() > deadline) throw new Error(`the subscription is still open; received ${JSON.stringify(this.results)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

function itemChanged(client: Client, variables: ItemChangedSubscriptionVariables): Subscription<ItemChangedSubscription> {
  return new Subscription(client, ItemChangedDocument as TypedDocumentNode<ItemChangedSubscription, Record<string, unknown>>, variables);
}

/** Events up to (not including) the one announcing `sentinelSku`, waiting until it arrives. */
async function eventsBefore(sub: Subscription<ItemChangedSubscription>, sentinelSku: string): Promise<ItemEvent[]> {
  const all = await sub.until((rs) => rs.some((r) => r.itemChanged.sku === sentinelSku), `the ${sentinelSku} event`);
  const events = all.map((r) => r.itemChanged);
  return events.slice(0, events.findIndex((e) => e.sku === sentinelSku));
}

/**
 * The cursor (seq) of the newest committed event. A subscription started `after` it receives
 * every later event however long the server takes to attach the subscription, so the
 * tests never race the subscribe message against the mutation that follows it.
 */
async function latestCursor(): Promise<string> {
  // Events of earlier commands are numbered after their commit: wait for them first.
  await t.app.dispatcher.flush();
  const [row] = await sql<{ max: string }>(t, 'select coalesce(max(seq), 0)::text as max from outbox_events');
  return row!.max;
}

async function createItem(sku: string, key: string = t.adminKey) {
  const res = dataOf(await t.gql(ItemCreateDocument, { input: { sku, name: `Item ${sku}` } }, key)).itemCreate;
  expect(res.userErrors).toEqual([]);
  return res.item!;
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await t.stop();
});

describe('itemChanged over WebSocket', () => {
  it('refuses a connection with an unknown key or with no key', async () => {
    for (const key of ['lh_not-a-real-key-000000000000000000000000', null]) {
      const sub = itemChanged(connect(key), {});
      await sub.ended();
      expect(sub.results).toEqual([]);
      expect(sub.errors).toHaveLength(1);
      expect((sub.errors[0] as { code?: number }).code).toBe(4403);
    }
  });

  it('delivers an event for an item created over HTTP, carrying its SKU and version, then one per update', async () => {
    const sub = itemChanged(connect(t.adminKey), { after: await latestCursor() });
    const item = await createItem('SUB-FIRST');
    const [created] = await sub.until((rs) => rs.length >= 1, 'the create event');
    expect(created!.itemChanged).toEqual({ cursor: expect.stringMatching(/^\d+$/), sku: 'SUB-FIRST', version: 1, item: { name: 'Item SUB-FIRST', version: 1 } });

    const upd = dataOf(await t.gql(ItemUpdateDocument, { input: { id: item.id, name: 'Renamed' } })).itemUpdate;
    expect(upd.item?.version).toBe(2);
    const events = (await sub.until((rs) => rs.length >= 2, 'the update event')).map((r) => r.itemChanged);
    expect(events[1]).toMatchObject({ sku: 'SUB-FIRST', version: 2, item: { name: 'Renamed', version: 2 } });
    expect(BigInt(events[1]!.cursor)).toBeGreaterThan(BigInt(events[0]!.cursor));
    sub.stop();
  });

  it('delivers only the SKUs asked for (case-insensitively)', async () => {
    const sub = itemChanged(connect(t.adminKey), { after: await latestCursor(), skus: ['sub-wanted', 'SUB-END-1'] });
    await createItem('SUB-OTHER-1');
    await createItem('SUB-WANTED');
    await createItem('SUB-OTHER-2');
    await createItem('SUB-END-1');
    const events = await eventsBefore(sub, 'SUB-END-1');
    expect(events.map((e) => [e.sku, e.version])).toEqual([['SUB-WANTED', 1]]);
    sub.stop();
  });

  it('never delivers an event for a change that rolled back, nor for an idempotent replay', async () => {
    const sub = itemChanged(connect(t.adminKey), { after: await latestCursor() });
    const input = { sku: 'SUB-ONCE', name: 'Created once', idempotencyKey: 'sub-once-1' };
    expect(dataOf(await t.gql(ItemCreateDocument, { input })).itemCreate.userErrors).toEqual([]);
    // A replay of the same command, and a duplicate SKU that fails and rolls back.
    expect(dataOf(await t.gql(ItemCreateDocument, { input })).itemCreate.userErrors).toEqual([]);
    const dup = dataOf(await t.gql(ItemCreateDocument, { input: { sku: 'sub-once', name: 'Duplicate' } })).itemCreate;
    expect(dup.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_SKU']);
    await createItem('SUB-END-2');
    const events = await eventsBefore(sub, 'SUB-END-2');
    expect(events.map((e) => [e.sku, e.version, e.item?.name])).toEqual([['SUB-ONCE', 1, 'Created once']]);
    sub.stop();
  });

  it('resumes after a cursor with every later event in order, exactly once', async () => {
    const first = itemChanged(connect(t.adminKey), { after: await latestCursor() });
    for (let i = 1; i <= 5; i++) await createItem(`SUB-R${i}`);
    const seen = (await first.until((rs) => rs.length >= 5, 'five events')).map((r) => r.itemChanged);
    expect(seen.map((e) => e.sku)).toEqual(['SUB-R1', 'SUB-R2', 'SUB-R3', 'SUB-R4', 'SUB-R5']);
    first.stop();

    // Disconnected: these happen while nobody listens.
    for (let i = 6; i <= 8; i++) await createItem(`SUB-R${i}`);

    const resumed = itemChanged(connect(t.adminKey), { after: seen[2]!.cursor });
    await createItem('SUB-R9');
    await createItem('SUB-END-3');
    const events = await eventsBefore(resumed, 'SUB-END-3');
    expect(events.map((e) => e.sku)).toEqual(['SUB-R4', 'SUB-R5', 'SUB-R6', 'SUB-R7', 'SUB-R8', 'SUB-R9']);
    expect(events.slice(0, 2).map((e) => e.cursor)).toEqual([seen[3]!.cursor, seen[4]!.cursor]);
    const cursors = events.map((e) => BigInt(e.cursor));
    expect(cursors.every((c, i) => i === 0 || c > cursors[i - 1]!)).toBe(true);
    resumed.stop();
  });

  it('refuses a malformed resume cursor', async () => {
    const sub = itemChanged(connect(t.adminKey), { after: 'not-a-cursor' });
    await sub.ended();
    expect(sub.results).toEqual([]);
    expect(JSON.stringify(sub.errors)).toMatch(/cursor/);
  });

  it('gives each of two clients each event once', async () => {
    const after = await latestCursor();
    const a = itemChanged(connect(t.adminKey), { after });
    const b = itemChanged(connect(t.adminKey), { after });
    const skus = ['SUB-TWO-1', 'SUB-TWO-2', 'SUB-TWO-3', 'SUB-TWO-4'];
    await Promise.all(skus.map((s) => createItem(s)));
    await createItem('SUB-END-4');
    const seenA = await eventsBefore(a, 'SUB-END-4');
    const seenB = await eventsBefore(b, 'SUB-END-4');
    expect(seenA.map((e) => e.sku).sort()).toEqual(skus);
    expect(seenB.map((e) => e.cursor)).toEqual(seenA.map((e) => e.cursor));
    a.stop();
    b.stop();
  });

  it('shapes subscription errors like HTTP ones: a code, and no SQL on an internal error', async () => {
    const badCursor = itemChanged(connect(t.adminKey), { after: 'not-a-cursor' });
    await badCursor.ended();
    expect(JSON.stringify(badCursor.errors)).toContain('"code":"BAD_USER_INPUT"');

    await createItem('SUB-BROKEN');
    const cursor = BigInt(await latestCursor()) - 1n;
    await sql(t, 'alter table items rename to items_moved_away');
    let broken: Subscription<ItemChangedSubscription>;
    try {
      broken = itemChanged(connect(t.adminKey), { after: cursor.toString() });
      await broken.until(() => broken.errors.length > 0, 'an error');
    } finally {
      await sql(t, 'alter table items_moved_away rename to items');
    }
    const text = JSON.stringify(broken.errors);
    expect(text).toContain('"code":"INTERNAL_SERVER_ERROR"');
    expect(text).not.toMatch(/select|items_moved_away|relation|does not exist/);
  });

  it('stops delivering events to a key once it is revoked', async () => {
    const created = dataOf(await t.gql(ApiKeyCreateDocument, { input: { name: 'partner feed', role: 'STOREFRONT', channelId: (await channelFixture(t, 'FEED')).gid } })).apiKeyCreate;
    const sub = itemChanged(connect(created.secret!), { after: await latestCursor(), skus: ['SUB-BEFORE-REVOKE', 'SUB-AFTER-REVOKE', 'SUB-END-5'] });
    await createItem('SUB-BEFORE-REVOKE');
    await sub.until((rs) => rs.length >= 1, 'the event before revocation');
    expect(dataOf(await t.gql(ApiKeyRevokeDocument, { input: { id: created.apiKey!.id } })).apiKeyRevoke.userErrors).toEqual([]);

    await createItem('SUB-AFTER-REVOKE');
    await createItem('SUB-END-5');
    // Wait until the socket is closed, or the last event arrives, or five quiet seconds pass.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !sub.completed && sub.errors.length === 0 && !sub.results.some((r) => r.itemChanged.sku === 'SUB-END-5')) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(sub.results.map((r) => r.itemChanged.sku)).toEqual(['SUB-BEFORE-REVOKE']);
  });
});

describe('limits over WebSocket', () => {
  it('refuses an operation over the depth limit before it runs, with the same code as over HTTP', async () => {
    let nested = 'sku';
    for (let i = 0; i < 10; i++) nested = `stock { item { ${nested} } }`;
    const client = connect(t.adminKey);
    const outcome = await new Promise<{ errors?: readonly { message: string; extensions?: Record<string, unknown> }[]; data?: unknown }>((resolve) => {
      client.subscribe(
        { query: `{ itemBySku(sku: "NONE") { ${nested} } }` },
        { next: (r) => resolve(r as never), error: (e) => resolve({ errors: e as never }), complete: () => undefined },
      );
    });
    expect(outcome.data).toBeUndefined();
    expect(outcome.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth', max: 12 });
  });
});
