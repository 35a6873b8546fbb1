import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { PartnerKind } from '../../src/modules/partners/partner.entity';
import { toGlobalId } from '../../src/shared/ids';
import { EventFeedDocument, type EventFeedQuery, EventsLiveDocument, type EventsLiveSubscription } from '../generated/graphql';
import { LiveSubscription } from '../helpers/live';
import { type TestApp, dataOf, startTestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { type WarehouseFixture, itemFixture, warehouseFixture } from '../helpers/fixtures';
import { shipOneOrder } from '../helpers/fulfillment';
import { sql } from '../helpers/sql';

type FeedNode = EventFeedQuery['events']['edges'][number]['node'];

let t: TestApp;
let wh: WarehouseFixture;
let partnerOrder: string;
let shopOrder: string;
let partnerKey: string;
let shopKey: string;

/** Every event the key may read, paging `first` at a time from the start, until the feed is exhausted. */
async function readAll(key?: string, first = 7, types?: string[]): Promise<FeedNode[]> {
  const out: FeedNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < 500; page++) {
    const res = key === undefined ? await t.gql(EventFeedDocument, { after, first, types: types as never }) : await t.gql(EventFeedDocument, { after, first, types: types as never }, key);
    const r: EventFeedQuery['events'] = dataOf(res).events;
    out.push(...r.edges.map((e) => e.node));
    if (!r.pageInfo.hasNextPage && r.edges.length === 0) break;
    if (r.pageInfo.endCursor === after && r.edges.length === 0) break;
    after = r.pageInfo.endCursor;
  }
  return out;
}

/** The sequencer numbers committed events shortly after COMMIT: wait until every outbox row has its seq. */
async function numbered(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [row] = await sql<{ n: number }>(t, 'select count(*)::int as n from outbox_events where seq is null');
    if (row!.n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('events were not numbered');
}

beforeAll(async () => {
  t = await startTestApp();
  wh = await warehouseFixture(t, 'FEED');
  const ctx = systemContext(t);
  const { partnerId } = await t.app.services.partners.create(ctx, { code: 'FEED-MKT', name: 'Feed marketplace', kinds: [PartnerKind.MARKETPLACE] });
  partnerOrder = (await shipOneOrder(t, wh, await itemFixture(t, 'FEED-A'), { tag: 'FEEDP', partnerId })).orderId;
  shopOrder = (await shipOneOrder(t, wh, await itemFixture(t, 'FEED-B'), { tag: 'FEEDS' })).orderId;
  partnerKey = await t.keyFor(Role.PARTNER, toGlobalId('Partner', partnerId));
  const [channel] = await sql<{ id: string }>(t, "select id::text as id from sales_channels where code = 'CH-FEEDS'");
  shopKey = await t.keyFor(Role.STOREFRONT, toGlobalId('SalesChannel', channel!.id));
  await numbered();
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('events feed', () => {
  it('gives an ADMIN key every event in seq order, once, whatever the page size, with typed payloads', async () => {
    const all = await readAll(undefined, 500);
    const seqs = all.map((e) => Number(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(await readAll(undefined, 3)).toEqual(all);
    const types = new Set(all.map((e) => e.type));
    for (const type of ['STOCK_LEVEL_CHANGED', 'ORDER_STATUS_CHANGED', 'SHIPMENT_UPDATED', 'JOURNAL_ENTRY_POSTED']) expect(types, type).toContain(type);
    const shipped = all.filter((e) => e.payload.__typename === 'OrderStatusChangedPayload' && e.payload.orderId === partnerOrder).map((e) => e.payload.__typename === 'OrderStatusChangedPayload' && e.payload.status);
    expect(shipped).toEqual(['DRAFT', 'CONFIRMED', 'ALLOCATED', 'PICKING', 'PACKED', 'SHIPPED', 'INVOICED']);
    const journal = all.find((e) => e.payload.__typename === 'JournalEntryPostedPayload');
    expect(journal?.payload).toMatchObject({ number: expect.stringMatching(/^JE-\d{4}-\d{6}$/) });
    // The feed is the outbox: as many events as numbered rows of these types.
    const [count] = await sql<{ n: number }>(t, "select count(*)::int as n from outbox_events where seq is not null and topic in ('stock.changed', 'sales.order.status.changed', 'sales.shipment.updated', 'return.updated', 'journal.posted')");
    expect(all).toHaveLength(count!.n);
  });

  it('filters by type and resumes after a cursor without a gap', async () => {
    const orders = await readAll(undefined, 4, ['ORDER_STATUS_CHANGED']);
    expect(orders.every((e) => e.type === 'ORDER_STATUS_CHANGED')).toBe(true);
    const middle = orders[5]!.seq;
    const rest = dataOf(await t.gql(EventFeedDocument, { after: middle, first: 500, types: ['ORDER_STATUS_CHANGED'] as never })).events.edges.map((e) => e.node);
    expect(rest).toEqual(orders.slice(6));
  });

  it('a PARTNER key reads its own partner\'s order and shipment events only, and never a journal entry', async () => {
    const mine = await readAll(partnerKey, 5);
    const orderIds = new Set(mine.flatMap((e) => (e.payload.__typename === 'OrderStatusChangedPayload' || e.payload.__typename === 'ShipmentUpdatedPayload' ? [e.payload.orderId] : [])));
    expect([...orderIds]).toEqual([partnerOrder]);
    // ...all of them: the same events an ADMIN key reads for that order.
    const ofOrder = (list: FeedNode[]) => list.filter((e) => (e.payload.__typename === 'OrderStatusChangedPayload' || e.payload.__typename === 'ShipmentUpdatedPayload') && e.payload.orderId === partnerOrder);
    expect(ofOrder(mine)).toEqual(ofOrder(await readAll(undefined, 500)));
    expect(ofOrder(mine).length).toBeGreaterThan(5);
    expect(mine.some((e) => e.type === 'JOURNAL_ENTRY_POSTED')).toBe(false);
    const refused = await t.gql(EventFeedDocument, { types: ['JOURNAL_ENTRY_POSTED'] as never }, partnerKey);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a STOREFRONT key reads its own channel\'s orders and stock levels, no journal entry and no return', async () => {
    const mine = await readAll(shopKey, 50);
    const orderIds = new Set(mine.flatMap((e) => (e.payload.__typename === 'OrderStatusChangedPayload' || e.payload.__typename === 'ShipmentUpdatedPayload' ? [e.payload.orderId] : [])));
    expect([...orderIds]).toEqual([shopOrder]);
    expect(new Set(mine.map((e) => e.type))).toEqual(new Set(['STOCK_LEVEL_CHANGED', 'ORDER_STATUS_CHANGED', 'SHIPMENT_UPDATED']));
  });

  it('the subscription gives a PARTNER key the same rows as the query, in the same order, then new ones live', async () => {
    const pulled = await readAll(partnerKey, 50, ['ORDER_STATUS_CHANGED', 'SHIPMENT_UPDATED']);
    const live = new LiveSubscription<EventsLiveSubscription>(t, partnerKey, EventsLiveDocument as never, { after: '0', types: ['ORDER_STATUS_CHANGED', 'SHIPMENT_UPDATED'] });
    try {
      const got = await live.until((d) => d.length >= pulled.length, 'the replay');
      expect(got.map((d) => d.events.seq)).toEqual(pulled.map((e) => e.seq));
      // A new order of the partner's arrives live, another partner's does not.
      const { partnerId } = await t.app.services.partners.create(systemContext(t), { code: 'FEED-OTHER', name: 'Other marketplace', kinds: [PartnerKind.MARKETPLACE] });
      await shipOneOrder(t, wh, await itemFixture(t, 'FEED-C'), { tag: 'FEEDO', partnerId });
      const [own] = await sql<{ id: string }>(t, "select id::text as id from partners where code = 'FEED-MKT'");
      const again = await shipOneOrder(t, wh, await itemFixture(t, 'FEED-D'), { tag: 'FEEDP2', partnerId: own!.id });
      const more = await live.until((d) => d.some((x) => x.events.payload.__typename === 'OrderStatusChangedPayload' && x.events.payload.orderId === again.orderId && x.events.payload.status === 'INVOICED'), 'the new order');
      const orders = new Set(more.flatMap((x) => (x.events.payload.__typename === 'OrderStatusChangedPayload' || x.events.payload.__typename === 'ShipmentUpdatedPayload' ? [x.events.payload.orderId] : [])));
      expect([...orders].sort()).toEqual([partnerOrder, again.orderId].sort());
    } finally {
      await live.close();
    }
    const journal = new LiveSubscription<EventsLiveSubscription>(t, partnerKey, EventsLiveDocument as never, { after: '0', types: ['JOURNAL_ENTRY_POSTED'] });
    try {
      // Refused at subscribe time: one result with the FORBIDDEN error, then the stream ends; no event.
      const refused = await journal.until((d) => d.length > 0, 'a journal event').then(() => 'delivered', (e: Error) => e.message);
      expect(refused).toMatch(/subscription ended/);
      expect(journal.data).toEqual([]);
      expect(JSON.stringify(journal.results)).toMatch(/FORBIDDEN|may not read/);
    } finally {
      await journal.close();
    }
  });

  it('refuses a bad page size or cursor, and a key with no readable type', async () => {
    for (const variables of [{ first: 0 }, { first: 501 }, { after: 'x1' }]) {
      expect((await t.gql(EventFeedDocument, variables as never)).errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    expect((await t.gql(EventFeedDocument, {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
