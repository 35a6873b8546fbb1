/**
 * Live order and shipment updates over graphql-ws (the real client, the real server): the
 * events of the outbox, delivered after commit, never for a rollback, resumable with `after`,
 * and only to keys that may see the order: a PARTNER key its own partner's, a STOREFRONT key
 * its own channel's (never a cost), a sales:read key every one.
 *
 * Shipments do not exist yet (they are being built in parallel): the shipmentUpdated tests
 * publish the events the shipment commands will publish (src/modules/sales/shipment-events.ts)
 * in committed transactions through the service layer's `publish`. End-to-end shipment tests
 * (pack, confirm, tracking updates through the API) follow with the shipment commands.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { runCommand } from '../../src/db/command';
import { armFault, disarmFaults } from '../../src/db/faults';
import { inTransaction } from '../../src/db/transaction';
import { publish } from '../../src/modules/events/outbox';
import { SalesChannelKind } from '../../src/modules/sales/customer.entity';
import { lockOrder } from '../../src/modules/sales/sales-order.service';
import { SALES_SHIPMENT_UPDATED, type ShipmentUpdatedPayload } from '../../src/modules/sales/shipment-events';
import { DomainError } from '../../src/shared/errors';
import { fromGlobalId, toGlobalId } from '../../src/shared/ids';
import {
  CustomerCreateDocument,
  OrderStatusChangedDocument,
  type OrderStatusChangedSubscription,
  OrderStatusChangedWithCostDocument,
  type OrderStatusChangedWithCostSubscription,
  PartnerCreateDocument,
  SalesOrderByIdDocument,
  SalesOrderCancelDocument,
  SalesOrderCreateDocument,
  type SalesOrderCreateInput,
  ShipmentUpdatedDocument,
  type ShipmentUpdatedSubscription,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { type ChannelFixture, channelFixture, itemFixture, type ItemFixture } from '../helpers/fixtures';
import { latestCursor, LiveSubscription } from '../helpers/live';
import { countRows } from '../helpers/sql';

type OrderEvent = OrderStatusChangedSubscription['orderStatusChanged'];
type ShipmentEvent = ShipmentUpdatedSubscription['shipmentUpdated'];

const COST = '7.654';

let t: TestApp;
let item: ItemFixture;
let customerId: string;
let otherCustomerId: string;
let shopX: ChannelFixture;
let shopY: ChannelFixture;
let mktA: ChannelFixture;
let mktB: ChannelFixture;
let partnerA: string;
let partnerB: string;
const key = {} as Record<'salesRead' | 'partnerA' | 'partnerB' | 'storefrontX' | 'storefrontY', string>;
const subscriptions: LiveSubscription<unknown>[] = [];
let refs = 0;

function subscribe<TData>(secret: string, doc: ConstructorParameters<typeof LiveSubscription<TData>>[2], variables: Record<string, unknown>): LiveSubscription<TData> {
  const sub = new LiveSubscription<TData>(t, secret, doc, variables);
  subscriptions.push(sub as LiveSubscription<unknown>);
  return sub;
}

function orderEvents(secret: string, variables: Record<string, unknown>): LiveSubscription<OrderStatusChangedSubscription> {
  return subscribe<OrderStatusChangedSubscription>(secret, OrderStatusChangedDocument, variables);
}

/** Places a DRAFT order (the admin's key unless given) and returns its global id and external reference. */
async function place(channel: ChannelFixture, secret: string = t.adminKey, overrides: Partial<SalesOrderCreateInput> = {}): Promise<{ id: string; ref: string }> {
  const ref = `LIVE-${++refs}`;
  const input = { customerId, channelId: channel.gid, externalRef: ref, lines: [{ itemId: item.gid, quantity: '1', unitPrice: '10' }], ...overrides };
  const res = dataOf(await t.gql(SalesOrderCreateDocument, { input }, secret)).salesOrderCreate;
  expect(res.userErrors).toEqual([]);
  return { id: res.salesOrder!.id, ref };
}

async function cancel(orderId: string): Promise<void> {
  expect(dataOf(await t.gql(SalesOrderCancelDocument, { input: { id: orderId } })).salesOrderCancel.userErrors).toEqual([]);
}

/** The events a subscription received before the one about `sentinel` (an order's or a shipment's global id), waiting for it. */
async function eventsBefore<E extends { orderId: string; shipmentId?: string }>(sub: LiveSubscription<unknown>, pick: (d: unknown) => E, sentinel: string): Promise<E[]> {
  const is = (e: E) => e.orderId === sentinel || e.shipmentId === sentinel;
  const all = (await sub.until((ds) => ds.map(pick).some(is), `the event of ${sentinel}`)).map(pick);
  return all.slice(0, all.findIndex(is));
}

const orderEvent = (d: unknown): OrderEvent => (d as OrderStatusChangedSubscription).orderStatusChanged;
const shipmentEvent = (d: unknown): ShipmentEvent => (d as ShipmentUpdatedSubscription).shipmentUpdated;
const dbIdOf = (gid: string) => fromGlobalId(gid)!.id;

beforeAll(async () => {
  t = await startTestApp();
  item = await itemFixture(t, 'LIVE-ITEM', { standardCost: COST });
  const customer = async (code: string) => dataOf(await t.gql(CustomerCreateDocument, { input: { code, name: code, billingAddress: { city: 'Lyon', country: 'FR' } } })).customerCreate.customer!.id;
  customerId = await customer('LIVE-CUST');
  otherCustomerId = await customer('LIVE-OTHER');
  const partner = async (code: string) => dataOf(await t.gql(PartnerCreateDocument, { input: { code, name: code, kinds: ['MARKETPLACE'] } })).partnerCreate.partner!.id;
  partnerA = await partner('LIVE-PA');
  partnerB = await partner('LIVE-PB');
  shopX = await channelFixture(t, 'LIVE-X');
  shopY = await channelFixture(t, 'LIVE-Y');
  mktA = await channelFixture(t, 'LIVE-MKT-A', { kind: SalesChannelKind.MARKETPLACE, partnerId: dbIdOf(partnerA) });
  mktB = await channelFixture(t, 'LIVE-MKT-B', { kind: SalesChannelKind.MARKETPLACE, partnerId: dbIdOf(partnerB) });
  key.salesRead = await t.keyFor(Role.WAREHOUSE); // sales:read, and no sales:write
  key.partnerA = await t.keyFor(Role.PARTNER, partnerA);
  key.partnerB = await t.keyFor(Role.PARTNER, partnerB);
  key.storefrontX = await t.keyFor(Role.STOREFRONT, shopX.gid);
  key.storefrontY = await t.keyFor(Role.STOREFRONT, shopY.gid);
});
afterEach(async () => {
  disarmFaults();
  for (const s of subscriptions.splice(0)) await s.close();
});
afterAll(async () => {
  await t.stop();
});

describe('orderStatusChanged', () => {
  it('delivers each status change after its commit: the status, the previous one, the version, a cursor and the order as it is', async () => {
    const sub = orderEvents(key.salesRead, { after: await latestCursor(t), filter: { channelId: shopX.gid } });
    const so = await place(shopX, key.storefrontX);
    const [created] = await sub.until((ds) => ds.length >= 1, 'the creation');
    expect(orderEvent(created)).toMatchObject({
      cursor: expect.stringMatching(/^\d+$/),
      occurredAt: expect.any(String),
      orderId: so.id,
      status: 'DRAFT',
      previousStatus: null,
      version: 1,
      order: { id: so.id, number: expect.stringMatching(/^SO-\d{4}-\d{6}$/), status: 'DRAFT', version: 1, externalRef: so.ref, channel: { code: 'LIVE-X' }, partner: null },
    });
    await cancel(so.id);
    const events = (await sub.until((ds) => ds.length >= 2, 'the cancellation')).map(orderEvent);
    expect(events[1]).toMatchObject({ orderId: so.id, status: 'CANCELLED', previousStatus: 'DRAFT', version: 2, order: { status: 'CANCELLED', version: 2 } });
    expect(BigInt(events[1]!.cursor)).toBeGreaterThan(BigInt(events[0]!.cursor));
  });

  it('holds an event back while its transaction is open, and delivers it once it commits', async () => {
    const so = await place(shopX);
    const sub = orderEvents(t.adminKey, { after: await latestCursor(t), filter: { orderIds: [so.id] } });
    await new Promise((r) => setTimeout(r, 300)); // attached
    await inTransaction(systemContext(t), async (tx) => {
      const order = await lockOrder(tx, dbIdOf(so.id), 1);
      await t.app.services.salesOrders.cancelLocked(tx, order, 'held open by the test');
      await new Promise((r) => setTimeout(r, 500));
      expect(sub.results).toEqual([]); // written, not committed: nothing yet
    });
    const [event] = await sub.until((ds) => ds.length >= 1, 'the committed cancellation');
    expect(orderEvent(event)).toMatchObject({ orderId: so.id, status: 'CANCELLED', previousStatus: 'DRAFT', version: 2 });
  });

  it('never delivers an event for a change that rolled back: a fault after the status was published, a refused command, a failed transaction', async () => {
    const so = await place(shopX);
    const sub = orderEvents(t.adminKey, { after: await latestCursor(t) });
    const events = () => countRows(t, 'outbox_events', "topic = 'sales.order.status.changed'");
    const before = await events();

    // The cancellation is written and its event published in the transaction; then the command fails.
    armFault('sales.after-status-published');
    const faulted = await t.gql(SalesOrderCancelDocument, { input: { id: so.id } });
    expect(faulted.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(dataOf(await t.gql(SalesOrderByIdDocument, { id: so.id })).salesOrder).toMatchObject({ status: 'DRAFT', version: 1 });

    // A refused creation (unknown customer) and a refused cancellation (already cancelled).
    const refused = dataOf(await t.gql(SalesOrderCreateDocument, { input: { customerId: 'nope', channelId: shopX.gid, lines: [{ itemId: item.gid, quantity: '1', unitPrice: '1' }] } })).salesOrderCreate;
    expect(refused.userErrors.map((e) => e.code)).toEqual(['UNKNOWN_CUSTOMER']);
    const gone = await place(shopX);
    await cancel(gone.id);
    const again = dataOf(await t.gql(SalesOrderCancelDocument, { input: { id: gone.id } })).salesOrderCancel;
    expect(again.userErrors.map((e) => e.code)).toEqual(['ILLEGAL_TRANSITION']);

    // A transaction that changes the status, then fails.
    await expect(
      inTransaction(systemContext(t), async (tx) => {
        await t.app.services.salesOrders.cancelLocked(tx, await lockOrder(tx, dbIdOf(so.id), null), null);
        throw new Error('fails after the status change');
      }),
    ).rejects.toThrow(/fails after/);
    expect(await events()).toBe(before + 2); // gone's creation and cancellation, nothing else

    const sentinel = await place(shopX);
    const seen = await eventsBefore(sub, orderEvent, sentinel.id);
    expect(seen.map((e) => [e.orderId, e.status])).toEqual([
      [gone.id, 'DRAFT'],
      [gone.id, 'CANCELLED'],
    ]);
  });

  it('resumes after a cursor with every event missed while disconnected, in order, each exactly once', async () => {
    const first = orderEvents(key.salesRead, { after: await latestCursor(t) });
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push((await place(shopY)).id);
    const seen = (await first.until((ds) => ds.length >= 3, 'three creations')).map(orderEvent);
    expect(seen.map((e) => e.orderId)).toEqual(made);
    await first.close();

    // Nobody listens while these happen.
    await cancel(made[0]!);
    const missed = (await place(mktA)).id;
    await cancel(made[2]!);

    const resumed = orderEvents(key.salesRead, { after: seen[1]!.cursor });
    const sentinel = await place(shopY);
    const events = await eventsBefore(resumed, orderEvent, sentinel.id);
    expect(events.map((e) => [e.orderId, e.status])).toEqual([
      [made[2], 'DRAFT'],
      [made[0], 'CANCELLED'],
      [missed, 'DRAFT'],
      [made[2], 'CANCELLED'],
    ]);
    expect(events[0]!.cursor).toBe(seen[2]!.cursor);
    const cursors = events.map((e) => BigInt(e.cursor));
    expect(cursors.every((c, i) => i === 0 || c > cursors[i - 1]!)).toBe(true);
  });

  it('gives a PARTNER key its own partner\'s orders only, never another partner\'s, whatever it filters by', async () => {
    const after = await latestCursor(t);
    const a = orderEvents(key.partnerA, { after });
    const b = orderEvents(key.partnerB, { after });
    const aAsksForB = orderEvents(key.partnerA, { after, filter: { channelId: mktB.gid } });
    const ownA = await place(mktA);
    const ownB = await place(mktB);
    const nobodys = await place(shopX);
    await cancel(ownB.id);
    await cancel(ownA.id);
    const aAsksForBsOrder = orderEvents(key.partnerA, { after, filter: { orderIds: [ownB.id, nobodys.id] } });
    const sentinelA = await place(mktA);
    const sentinelB = await place(mktB);
    const sentinelBoth = await place(mktB);

    expect((await eventsBefore(a, orderEvent, sentinelA.id)).map((e) => [e.orderId, e.status])).toEqual([
      [ownA.id, 'DRAFT'],
      [ownA.id, 'CANCELLED'],
    ]);
    expect((await eventsBefore(b, orderEvent, sentinelB.id)).map((e) => [e.orderId, e.status])).toEqual([
      [ownB.id, 'DRAFT'],
      [ownB.id, 'CANCELLED'],
    ]);
    await b.until((ds) => ds.map(orderEvent).some((e) => e.orderId === sentinelBoth.id), 'the last event');
    const everything = (sub: LiveSubscription<unknown>) => sub.data.map(orderEvent);
    expect(everything(a).every((e) => e.order?.partner?.code === 'LIVE-PA')).toBe(true);
    expect(everything(b).every((e) => e.order?.partner?.code === 'LIVE-PB')).toBe(true);
    // A's filters cannot reach B's events: nothing arrived (A's own sentinel shows A's stream ran past them).
    await new Promise((r) => setTimeout(r, 300));
    expect(aAsksForB.results).toEqual([]);
    expect(aAsksForBsOrder.results).toEqual([]);
    expect(JSON.stringify([a.results, aAsksForB.results, aAsksForBsOrder.results])).not.toContain(ownB.id);
  });

  it('gives a STOREFRONT key bound to channel X the events of X\'s orders only, never Y\'s, and never a cost', async () => {
    const after = await latestCursor(t);
    const x = orderEvents(key.storefrontX, { after });
    const y = orderEvents(key.storefrontY, { after });
    const xAsksForY = orderEvents(key.storefrontX, { after, filter: { channelId: shopY.gid } });
    const costs = subscribe<OrderStatusChangedWithCostSubscription>(key.storefrontX, OrderStatusChangedWithCostDocument, { after });
    const onX = await place(shopX, key.storefrontX);
    const onY = await place(shopY, key.storefrontY);
    const onMarket = await place(mktA);
    await cancel(onY.id);
    await cancel(onX.id);
    const sentinelX = await place(shopX, key.storefrontX);
    const sentinelY = await place(shopY, key.storefrontY);

    expect((await eventsBefore(x, orderEvent, sentinelX.id)).map((e) => [e.orderId, e.status, e.order?.channel.code])).toEqual([
      [onX.id, 'DRAFT', 'LIVE-X'],
      [onX.id, 'CANCELLED', 'LIVE-X'],
    ]);
    expect((await eventsBefore(y, orderEvent, sentinelY.id)).map((e) => [e.orderId, e.status])).toEqual([
      [onY.id, 'DRAFT'],
      [onY.id, 'CANCELLED'],
    ]);
    await x.until((ds) => ds.length >= 3, 'X\'s sentinel');
    expect(JSON.stringify(x.results)).not.toMatch(new RegExp(`${onY.id}|${onMarket.id}|${sentinelY.id}`));
    await new Promise((r) => setTimeout(r, 300));
    expect(xAsksForY.results).toEqual([]);

    // The cost of an item on its own order: FORBIDDEN at the field in every event, the rest delivered.
    await costs.until((ds) => ds.length >= 3, 'three events with a cost asked for');
    expect(costs.results.map((r) => r.data?.orderStatusChanged.orderId)).toEqual([onX.id, onX.id, sentinelX.id]);
    for (const r of costs.results) {
      expect(r.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['orderStatusChanged', 'order', 'lines', 0, 'item', 'standardCost']]]);
      expect(r.data?.orderStatusChanged.order?.lines[0]?.item).toEqual({ sku: 'LIVE-ITEM', standardCost: null });
    }
    expect(JSON.stringify(costs.results)).not.toContain(COST);
  });

  it('filters by orders, customer and channel, every criterion at once', async () => {
    const after = await latestCursor(t);
    const one = await place(shopX);
    const two = await place(shopY);
    const others = await place(shopX, t.adminKey, { customerId: otherCustomerId });
    const byOrders = orderEvents(t.adminKey, { after, filter: { orderIds: [two.id, others.id] } });
    const byCustomer = orderEvents(t.adminKey, { after, filter: { customerId: otherCustomerId } });
    const byBoth = orderEvents(t.adminKey, { after, filter: { customerId, channelId: shopX.gid } });
    const malformed = orderEvents(t.adminKey, { after, filter: { orderIds: ['not-an-id'] } });
    const sentinel = await place(shopX, t.adminKey, { customerId: otherCustomerId });
    await cancel(two.id);
    const last = await place(shopX);
    await byOrders.until((ds) => ds.length >= 3, 'the chosen orders');
    expect(byOrders.data.map(orderEvent).map((e) => [e.orderId, e.status])).toEqual([
      [two.id, 'DRAFT'],
      [others.id, 'DRAFT'],
      [two.id, 'CANCELLED'],
    ]);
    expect((await eventsBefore(byCustomer, orderEvent, sentinel.id)).map((e) => e.orderId)).toEqual([others.id]);
    expect((await eventsBefore(byBoth, orderEvent, last.id)).map((e) => e.orderId)).toEqual([one.id]);
    expect(malformed.results).toEqual([]);
  });
});

describe('shipmentUpdated (events published as the shipment commands will publish them)', () => {
  let shipments = 9000;

  /** Publishes one shipment event in a committed transaction, through the service layer's publish. */
  async function publishShipment(order: { id: string }, channel: ChannelFixture, partnerId: string | null, change: Partial<ShipmentUpdatedPayload> & { shipmentId?: string; version?: number } = {}, fail = false) {
    const shipmentId = change.shipmentId ?? String(++shipments);
    const payload: ShipmentUpdatedPayload = {
      shipmentId,
      orderId: dbIdOf(order.id),
      channelId: channel.id,
      status: 'CREATED',
      previousStatus: null,
      carrier: 'FASTSHIP',
      trackingNumbers: [],
      occurredAt: '2026-12-01T10:00:00.000Z',
      ...change,
    };
    await runCommand(systemContext(t), { command: 'test.shipment', input: payload }, async (tx) => {
      publish(tx, { topic: SALES_SHIPMENT_UPDATED, aggregateType: 'Shipment', aggregateId: shipmentId, aggregateVersion: change.version ?? 1, partnerId: partnerId ? dbIdOf(partnerId) : null, payload: { ...payload } });
      if (fail) throw new DomainError('TEST', 'the shipment command fails after publishing');
    });
    return toGlobalId('Shipment', shipmentId);
  }

  function shipmentEvents(secret: string, variables: Record<string, unknown>): LiveSubscription<ShipmentUpdatedSubscription> {
    return subscribe<ShipmentUpdatedSubscription>(secret, ShipmentUpdatedDocument, variables);
  }

  it('delivers a committed shipment change with its cursor, version, tracking numbers and order, and nothing for a rolled-back one', async () => {
    const so = await place(shopX);
    const sub = shipmentEvents(key.salesRead, { after: await latestCursor(t) });
    const shipment = await publishShipment(so, shopX, null);
    await expect(publishShipment(so, shopX, null, { shipmentId: dbIdOf(shipment), status: 'SHIPPED', previousStatus: 'CREATED', version: 2 }, true)).rejects.toThrow(/fails after publishing/);
    await publishShipment(so, shopX, null, {
      shipmentId: dbIdOf(shipment),
      status: 'IN_TRANSIT',
      previousStatus: 'CREATED',
      trackingNumbers: ['1Z999AA10123456784', '1Z999AA10123456785'],
      occurredAt: '2026-12-02T08:30:00.000Z',
      version: 2,
    });
    const events = (await sub.until((ds) => ds.length >= 2, 'two shipment events')).map(shipmentEvent);
    expect(events).toEqual([
      {
        cursor: expect.stringMatching(/^\d+$/),
        occurredAt: '2026-12-01T10:00:00.000Z',
        shipmentId: shipment,
        orderId: so.id,
        status: 'CREATED',
        previousStatus: null,
        carrier: 'FASTSHIP',
        trackingNumbers: [],
        version: 1,
        order: { id: so.id, number: expect.stringMatching(/^SO-/) },
      },
      expect.objectContaining({ shipmentId: shipment, status: 'IN_TRANSIT', previousStatus: 'CREATED', trackingNumbers: ['1Z999AA10123456784', '1Z999AA10123456785'], version: 2, occurredAt: '2026-12-02T08:30:00.000Z' }),
    ]);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.results).toHaveLength(2); // the rolled-back SHIPPED never arrives
  });

  it('resumes after a cursor with every missed shipment event exactly once', async () => {
    const so = await place(shopY);
    const first = shipmentEvents(key.salesRead, { after: await latestCursor(t) });
    const s1 = await publishShipment(so, shopY, null);
    const s2 = await publishShipment(so, shopY, null);
    const seen = (await first.until((ds) => ds.length >= 2, 'two shipments')).map(shipmentEvent);
    await first.close();
    const s3 = await publishShipment(so, shopY, null);
    await publishShipment(so, shopY, null, { shipmentId: dbIdOf(s1), status: 'PACKED', previousStatus: 'CREATED', version: 2 });

    const resumed = shipmentEvents(key.salesRead, { after: seen[0]!.cursor });
    const sentinel = await publishShipment(so, shopY, null);
    const events = await eventsBefore(resumed, shipmentEvent, sentinel);
    expect(events.map((e) => [e.shipmentId, e.status, e.version])).toEqual([
      [s2, 'CREATED', 1],
      [s3, 'CREATED', 1],
      [s1, 'PACKED', 2],
    ]);
  });

  it('gives a PARTNER key its own partner\'s shipments and a STOREFRONT key its own channel\'s, never another\'s; filters by order and shipment', async () => {
    const orderA = await place(mktA);
    const orderB = await place(mktB);
    const orderX = await place(shopX, key.storefrontX);
    const orderY = await place(shopY, key.storefrontY);
    const after = await latestCursor(t);
    const a = shipmentEvents(key.partnerA, { after });
    const x = shipmentEvents(key.storefrontX, { after });
    const xAsksForY = shipmentEvents(key.storefrontX, { after, filter: { orderIds: [orderY.id] } });
    const all = shipmentEvents(key.salesRead, { after });
    const onA = await publishShipment(orderA, mktA, partnerA);
    const onB = await publishShipment(orderB, mktB, partnerB);
    const onX = await publishShipment(orderX, shopX, null);
    const onY = await publishShipment(orderY, shopY, null);
    const endA = await publishShipment(orderA, mktA, partnerA);
    const endX = await publishShipment(orderX, shopX, null);

    expect((await eventsBefore(all, shipmentEvent, endX)).map((e) => e.shipmentId)).toEqual([onA, onB, onX, onY, endA]);
    expect((await eventsBefore(a, shipmentEvent, endA)).map((e) => e.shipmentId)).toEqual([onA]);
    expect((await eventsBefore(x, shipmentEvent, endX)).map((e) => e.shipmentId)).toEqual([onX]);
    // Replayed from `after`, so every filter sees the same committed events.
    const byShipment = shipmentEvents(key.salesRead, { after, filter: { shipmentIds: [onB, onY] } });
    const byOrder = shipmentEvents(key.salesRead, { after, filter: { orderIds: [orderX.id], shipmentIds: [onX, onY] } });
    await byShipment.until((ds) => ds.length >= 2, 'the chosen shipments');
    await byOrder.until((ds) => ds.length >= 1, 'the chosen order\'s shipment');
    await new Promise((r) => setTimeout(r, 300));
    expect(a.data.map(shipmentEvent).map((e) => e.shipmentId)).toEqual([onA, endA]);
    expect(x.data.map(shipmentEvent).map((e) => e.shipmentId)).toEqual([onX, endX]);
    expect(xAsksForY.results).toEqual([]);
    expect(byShipment.data.map(shipmentEvent).map((e) => e.shipmentId)).toEqual([onB, onY]);
    expect(byOrder.data.map(shipmentEvent).map((e) => e.shipmentId)).toEqual([onX]);
  });
});
