import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import pino from 'pino';
import { createApp } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { loadConfig } from '../../src/config/config';
import {
  AvailabilityDocument,
  ItemUpdateDocument,
  LocationUpdateDocument,
  StockAdjustDocument,
  StockLevelChangedDocument,
  type StockLevelChangedSubscription,
  StockReceiveDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { onPostgres } from '../helpers/db';
import { itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';

type Event = StockLevelChangedSubscription['stockLevelChanged'];

let t: TestApp;
let main: WarehouseFixture;

beforeAll(async () => {
  t = await startTestApp();
  main = await warehouseFixture(t, 'MAIN');
});
afterAll(async () => {
  await t.stop();
});

/** Subscribes to stockLevelChanged and collects events until `done` says so (or 10 s pass). */
async function collect(key: string, variables: Record<string, unknown>, act: () => Promise<void>, done: (e: Event[]) => boolean): Promise<Event[]> {
  const events: Event[] = [];
  const errors: unknown[] = [];
  // Earlier commands' events are published first, so "from now on" starts after them.
  await t.app.dispatcher.flush();
  const client = createClient({ url: t.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
  const stop = client.subscribe<StockLevelChangedSubscription>(
    { query: print(StockLevelChangedDocument), variables },
    { next: (m) => (m.data ? events.push(m.data.stockLevelChanged) : errors.push(m.errors)), error: (e) => errors.push(e), complete: () => undefined },
  );
  await new Promise((r) => setTimeout(r, 250));
  await act();
  const deadline = Date.now() + 10_000;
  while (!done(events) && errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  stop();
  await client.dispose();
  expect(errors).toEqual([]);
  return events;
}

describe('live stock levels', () => {
  it('a storefront key sees every committed change of its SKUs, in order, with rising versions, and nothing for a refused command', async () => {
    const item = await itemFixture(t, 'LIVE-1');
    const other = await itemFixture(t, 'LIVE-2');
    const storefront = await t.keyFor(Role.STOREFRONT);
    const events = await collect(
      storefront,
      { skus: ['live-1'] },
      async () => {
        await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '5', unitCost: '1' }] } });
        await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: other.gid, locationId: main.loc.A1, quantity: '9', unitCost: '1' }] } });
        const refused = dataOf(
          await t.gql(StockAdjustDocument, { input: { warehouseId: main.gid, reasonCode: 'LOST', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '-6' }] } }),
        ).stockAdjust;
        expect(refused.userErrors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
        await t.gql(StockAdjustDocument, { input: { warehouseId: main.gid, reasonCode: 'LOST', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '-2' }] } });
      },
      (e) => e.length >= 2,
    );
    expect(events.map((e) => [e.sku, e.warehouseCode, e.onHand, e.available])).toEqual([
      ['LIVE-1', 'MAIN', '5', '5'],
      ['LIVE-1', 'MAIN', '3', '3'],
    ]);
    expect(events[1]!.version).toBeGreaterThan(events[0]!.version);
    expect(Number(events[1]!.cursor)).toBeGreaterThan(Number(events[0]!.cursor));
  });

  it('a location that stops being sellable takes its stock out of availability at once', async () => {
    const item = await itemFixture(t, 'SELL-1');
    await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A2, quantity: '4', unitCost: '1' }] } });
    const events = await collect(
      t.adminKey,
      { skus: ['SELL-1'], warehouseCodes: ['MAIN'] },
      async () => {
        const res = dataOf(await t.gql(LocationUpdateDocument, { input: { id: main.loc.A2, sellable: false } })).locationUpdate;
        expect(res.userErrors).toEqual([]);
      },
      (e) => e.length >= 1,
    );
    expect(events.map((e) => [e.onHand, e.available])).toEqual([['4', '0']]);
    const avail = dataOf(await t.gql(AvailabilityDocument, { skus: ['SELL-1'] })).availability;
    expect(avail[0]!.available).toBe('0');
    await t.gql(LocationUpdateDocument, { input: { id: main.loc.A2, sellable: true } });
    expect(dataOf(await t.gql(AvailabilityDocument, { skus: ['SELL-1'] })).availability[0]!.available).toBe('4');
  });
});

describe.skipIf(!onPostgres)('two API nodes on one database', () => {
  it('a change committed on node A reaches a subscriber on node B', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'test', DATABASE_URL: t.db.databaseUrl as string, DB_POOL_SIZE: '4' });
    const nodeB = await createApp(config, { log: pino({ level: 'silent' }) });
    try {
      const item = await itemFixture(t, 'NODES-1');
      const events: Event[] = [];
      const client = createClient({ url: nodeB.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${t.adminKey}` }, retryAttempts: 0 });
      const stop = client.subscribe<StockLevelChangedSubscription>(
        { query: print(StockLevelChangedDocument), variables: { skus: ['NODES-1'] } },
        { next: (m) => m.data && events.push(m.data.stockLevelChanged), error: () => undefined, complete: () => undefined },
      );
      await new Promise((r) => setTimeout(r, 250));
      await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '3', unitCost: '1' }] } });
      const deadline = Date.now() + 10_000;
      while (events.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      stop();
      await client.dispose();
      expect(events.map((e) => [e.sku, e.onHand])).toEqual([['NODES-1', '3']]);
    } finally {
      await nodeB.stop();
    }
  });
});

describe('item rules once stock exists', () => {
  it('refuses to change tracking, valuation or unit of an item with stock history', async () => {
    const item = await itemFixture(t, 'HIST-1');
    const before = dataOf(await t.gql(ItemUpdateDocument, { input: { id: item.gid, valuationMethod: 'MOVING_AVERAGE' } })).itemUpdate;
    expect(before.userErrors).toEqual([]);
    await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '1', unitCost: '1' }] } });
    for (const change of [{ trackingMode: 'LOT' as const }, { valuationMethod: 'FIFO' as const }, { unitCode: 'KG' }]) {
      const res = dataOf(await t.gql(ItemUpdateDocument, { input: { id: item.gid, ...change } })).itemUpdate;
      expect(res.userErrors.map((e) => e.code)).toEqual(['ITEM_HAS_STOCK_HISTORY']);
    }
    const rename = dataOf(await t.gql(ItemUpdateDocument, { input: { id: item.gid, name: 'Renamed' } })).itemUpdate;
    expect(rename.userErrors).toEqual([]);
  });

  it('refuses to deactivate a location that holds stock', async () => {
    const item = await itemFixture(t, 'HOLD-1');
    await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.RCV, quantity: '1', unitCost: '1' }] } });
    const res = dataOf(await t.gql(LocationUpdateDocument, { input: { id: main.loc.RCV, active: false } })).locationUpdate;
    expect(res.userErrors.map((e) => e.code)).toEqual(['LOCATION_HAS_STOCK']);
  });
});
