/**
 * STOREFRONT keys are bound to one sales channel (as PARTNER keys are to their partner):
 * with sales:place they create DRAFT orders on that channel and read that channel's orders,
 * never another's through any entry point (salesOrder, node, nodes, salesOrders), never a
 * cost, and they write nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { SalesChannelKind } from '../../src/modules/sales/customer.entity';
import { fromGlobalId } from '../../src/shared/ids';
import {
  CustomerCreateDocument,
  CustomersDocument,
  PartnerCreateDocument,
  SalesChannelsDocument,
  SalesChannelUpdateDocument,
  SalesOrderByIdDocument,
  SalesOrderCancelDocument,
  SalesOrderCreateDocument,
  type SalesOrderCreateInput,
  SalesOrderCustomerCreditDocument,
  SalesOrderLineCostsDocument,
  SalesOrderNodeDocument,
  SalesOrderNodesDocument,
  SalesOrdersByChannelDocument,
  SalesOrderUpdateDocument,
  ViewerChannelDocument,
} from '../generated/graphql';
import { dataOf, type GraphQLResponse, startTestApp, type TestApp } from '../helpers/app';
import { type ChannelFixture, channelFixture, itemFixture, type ItemFixture } from '../helpers/fixtures';
import { countRows, sql } from '../helpers/sql';

const COST = '4.321';

let t: TestApp;
let item: ItemFixture;
let customerId: string;
let shopX: ChannelFixture;
let shopY: ChannelFixture;
let market: ChannelFixture;
/** The marketplace's owner (global id). */
let marketPartner: string;
let keyX: string;
let keyY: string;
/** Orders placed by the back office (an ADMIN key) on Y and on the marketplace: never X's to see. */
let othersOrders: string[];

function order(overrides: Partial<SalesOrderCreateInput> = {}): SalesOrderCreateInput {
  return { customerId, channelId: shopX.gid, lines: [{ itemId: item.gid, quantity: '1', unitPrice: '25' }], ...overrides };
}

async function place(input: SalesOrderCreateInput, key: string) {
  const res = dataOf(await t.gql(SalesOrderCreateDocument, { input }, key)).salesOrderCreate;
  expect(res.userErrors).toEqual([]);
  return res.salesOrder!;
}

/** Every table an order creation writes to. */
async function footprint(): Promise<number[]> {
  return Promise.all([
    countRows(t, 'sales_orders'),
    countRows(t, 'sales_order_lines'),
    countRows(t, 'outbox_events', "topic like 'sales.%'"),
    countRows(t, 'idempotency_keys'),
  ]);
}

function expectForbidden(res: GraphQLResponse<unknown>, path: (string | number)[]): void {
  expect(res.errors?.map((e) => e.extensions?.code), JSON.stringify(res)).toEqual(['FORBIDDEN']);
  expect(res.errors![0]!.path).toEqual(path);
}

beforeAll(async () => {
  t = await startTestApp();
  item = await itemFixture(t, 'SF-ITEM', { standardCost: COST });
  const customer = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'SF-CUST', name: 'Storefront customer', billingAddress: { city: 'Oslo', country: 'NO' }, creditLimit: '900' } })).customerCreate;
  customerId = customer.customer!.id;
  shopX = await channelFixture(t, 'SHOP-X');
  shopY = await channelFixture(t, 'SHOP-Y');
  const partner = dataOf(await t.gql(PartnerCreateDocument, { input: { code: 'SF-MKT', name: 'Marketplace', kinds: ['MARKETPLACE'] } })).partnerCreate.partner!;
  marketPartner = partner.id;
  market = await channelFixture(t, 'SF-MARKET', { kind: SalesChannelKind.MARKETPLACE, partnerId: fromGlobalId(partner.id)!.id });
  keyX = await t.keyFor(Role.STOREFRONT, shopX.gid);
  keyY = await t.keyFor(Role.STOREFRONT, shopY.gid);
  othersOrders = [];
  for (const channel of [shopY, market, shopY]) othersOrders.push((await place(order({ channelId: channel.gid }), t.adminKey)).id);
});
afterAll(async () => {
  await t.stop();
});

describe('a STOREFRONT key bound to its channel', () => {
  it('knows its channel from viewer', async () => {
    expect(dataOf(await t.gql(ViewerChannelDocument, {}, keyX)).viewer).toEqual({ role: 'STOREFRONT', channel: { id: shopX.gid, code: 'SHOP-X' } });
  });

  it('places a DRAFT order on its own channel, and a retry under the same external reference gets the same order', async () => {
    const input = order({ externalRef: 'X-1001', lines: [{ itemId: item.gid, quantity: '2', unitPrice: '19.90' }] });
    const so = await place(input, keyX);
    expect(so).toMatchObject({ status: 'DRAFT', version: 1, channel: { code: 'SHOP-X' }, partner: null, externalRef: 'X-1001', lines: [{ item: { sku: 'SF-ITEM' }, quantityOrdered: '2', unitPrice: '19.9' }] });
    const before = await footprint();
    expect((await place(input, keyX)).id).toBe(so.id);
    expect(await footprint()).toEqual(before);
  });

  it('is FORBIDDEN to place an order on another channel (a storefront, a marketplace, an unknown one) or for a partner of its choosing, and nothing is written', async () => {
    const before = await footprint();
    for (const input of [
      order({ channelId: shopY.gid }),
      order({ channelId: market.gid }),
      order({ channelId: 'U2FsZXNDaGFubmVsOjk5OTk5' }),
      order({ channelId: shopY.gid, externalRef: 'X-ELSEWHERE', idempotencyKey: 'sf-elsewhere-1' }),
      order({ partnerId: marketPartner }),
    ]) {
      const res = await t.gql(SalesOrderCreateDocument, { input }, keyX);
      expectForbidden(res, ['salesOrderCreate']);
      expect(res.data ?? null).toBeNull();
      expect(res.errors![0]!.message).toMatch(/own sales channel|owning partner/);
    }
    expect(await footprint()).toEqual(before);
  });

  it('reads its own channel\'s orders by id, as nodes and in the connection, and never another channel\'s', async () => {
    const own = [(await place(order({ externalRef: 'X-READ-1' }), keyX)).id, (await place(order({ externalRef: 'X-READ-2' }), keyX)).id];
    for (const id of own) {
      expect(dataOf(await t.gql(SalesOrderByIdDocument, { id }, keyX)).salesOrder).toMatchObject({ id, channel: { code: 'SHOP-X' } });
      expect(dataOf(await t.gql(SalesOrderNodeDocument, { id }, keyX)).node).toMatchObject({ id, __typename: 'SalesOrder' });
    }
    for (const id of othersOrders) {
      const byId = await t.gql(SalesOrderByIdDocument, { id }, keyX);
      expect(byId.errors).toBeUndefined();
      expect(byId.data?.salesOrder).toBeNull();
      expect(dataOf(await t.gql(SalesOrderNodeDocument, { id }, keyX)).node).toBeNull();
    }
    const nodes = dataOf(await t.gql(SalesOrderNodesDocument, { ids: [own[0]!, ...othersOrders, own[1]!] }, keyX)).nodes;
    expect(nodes.map((n) => n?.id ?? null)).toEqual([own[0], null, null, null, own[1]]);

    // The connection, page by page: X's orders only, counted as X's.
    const mine = dataOf(await t.gql(SalesOrdersByChannelDocument, { first: 250 }, keyX)).salesOrders;
    const ownCount = mine.totalCount;
    expect(mine.edges.every((e) => e.node.channel.code === 'SHOP-X')).toBe(true);
    expect(mine.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(own));
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const page = dataOf(await t.gql(SalesOrdersByChannelDocument, { first: 1, after }, keyX)).salesOrders;
      expect(page.totalCount).toBe(ownCount);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(mine.edges.map((e) => e.node.id));
    // Asking for another channel or partner does not widen it.
    for (const filter of [{ channelId: shopY.gid }, { channelId: market.gid }]) {
      expect(dataOf(await t.gql(SalesOrdersByChannelDocument, { first: 50, filter }, keyX)).salesOrders).toMatchObject({ totalCount: 0, edges: [] });
    }
    const byPartner = dataOf(await t.gql(SalesOrdersByChannelDocument, { first: 250, filter: { partnerId: 'UGFydG5lcjox' } }, keyX)).salesOrders;
    expect(byPartner.edges.map((e) => e.node.id)).toEqual(mine.edges.map((e) => e.node.id));
    // Y's key sees Y's orders (the admin placed two there) and none of X's.
    const ys = dataOf(await t.gql(SalesOrdersByChannelDocument, { first: 50 }, keyY)).salesOrders;
    expect(ys.edges.map((e) => e.node.id)).toEqual([othersOrders[0], othersOrders[2]]);
    expect(dataOf(await t.gql(SalesOrderByIdDocument, { id: own[0]! }, keyY)).salesOrder).toBeNull();
  });

  it('never reads a cost or a credit limit on its own orders', async () => {
    const so = await place(order({ externalRef: 'X-COST' }), keyX);
    const cost = await t.gql(SalesOrderLineCostsDocument, { id: so.id }, keyX);
    expectForbidden(cost, ['salesOrder', 'lines', 0, 'item', 'standardCost']);
    expect(cost.data?.salesOrder?.lines[0]?.item).toEqual({ sku: 'SF-ITEM', standardCost: null });
    expect(JSON.stringify(cost)).not.toContain(COST);
    const credit = await t.gql(SalesOrderCustomerCreditDocument, { id: so.id }, keyX);
    expectForbidden(credit, ['salesOrder', 'customer', 'creditLimit']);
    expect(JSON.stringify(credit)).not.toContain('900');
    // The admin does read it: the field is there, the storefront just may not see it.
    expect(dataOf(await t.gql(SalesOrderLineCostsDocument, { id: so.id })).salesOrder?.lines[0]?.item.standardCost).toBe(COST);
  });

  it('may not edit or cancel orders, nor read customers or channels, and writes nothing', async () => {
    const so = await place(order({ externalRef: 'X-EDIT' }), keyX);
    const before = await footprint();
    expectForbidden(await t.gql(SalesOrderUpdateDocument, { input: { id: so.id, priority: 9 } }, keyX), ['salesOrderUpdate']);
    expectForbidden(await t.gql(SalesOrderCancelDocument, { input: { id: so.id } }, keyX), ['salesOrderCancel']);
    expectForbidden(await t.gql(CustomersDocument, { first: 5 }, keyX), ['customers']);
    expectForbidden(await t.gql(SalesChannelsDocument, {}, keyX), ['salesChannels']);
    expect(await footprint()).toEqual(before);
    expect(dataOf(await t.gql(SalesOrderByIdDocument, { id: so.id }, keyX)).salesOrder).toMatchObject({ status: 'DRAFT', priority: 0, version: 1 });
  });

  it('gets CHANNEL_INACTIVE once its channel is deactivated, writing nothing', async () => {
    const closing = await channelFixture(t, 'SHOP-CLOSING');
    const key = await t.keyFor(Role.STOREFRONT, closing.gid);
    dataOf(await t.gql(SalesChannelUpdateDocument, { input: { id: closing.gid, active: false } }));
    const before = await footprint();
    const res = dataOf(await t.gql(SalesOrderCreateDocument, { input: order({ channelId: closing.gid }) }, key)).salesOrderCreate;
    expect(res).toMatchObject({ salesOrder: null, userErrors: [{ code: 'CHANNEL_INACTIVE', field: ['input', 'channelId'] }] });
    expect(await footprint()).toEqual(before);
  });

  it('a STOREFRONT key with no channel (made before keys were bound) sees no order and places none', async () => {
    const key = await t.keyFor(Role.STOREFRONT, shopX.gid);
    await sql(t, "update api_keys set channel_id = null where id = (select max(id) from api_keys where role = 'STOREFRONT')");
    t.app.services.apiKeys.invalidateCache();
    expect(dataOf(await t.gql(ViewerChannelDocument, {}, key)).viewer.channel).toBeNull();
    expect(dataOf(await t.gql(SalesOrdersByChannelDocument, { first: 50 }, key)).salesOrders).toMatchObject({ totalCount: 0, edges: [] });
    const before = await footprint();
    const res = await t.gql(SalesOrderCreateDocument, { input: order() }, key);
    expectForbidden(res, ['salesOrderCreate']);
    expect(res.errors![0]!.message).toMatch(/bound to no sales channel/);
    expect(await footprint()).toEqual(before);
  });
});
