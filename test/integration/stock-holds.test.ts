import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { inTransaction } from '../../src/db/transaction';
import { TrackingMode } from '../../src/modules/catalog/item.entity';
import { itemWarehouseKey, lockStock } from '../../src/modules/inventory/stock-state';
import { consumeHold, heldElsewhere } from '../../src/modules/sales/stock-hold.service';
import type { TxContext } from '../../src/shared/context';
import { DomainError } from '../../src/shared/errors';
import { fromGlobalId } from '../../src/shared/ids';
import {
  CustomerCreateDocument,
  HeldStockDocument,
  ItemDeactivateDocument,
  PartnerCreateDocument,
  SalesChannelCreateDocument,
  SalesOrderCreateDocument,
  StockHoldByIdDocument,
  StockHoldCreateDocument,
  type StockHoldInput,
  StockHoldNodeDocument,
  StockHoldReleaseDocument,
  StockReceiveDocument,
  WarehouseDeactivateDocument,
} from '../generated/graphql';
import { dataOf, type GraphQLResponse, startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { type ItemFixture, itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { countRows, sql } from '../helpers/sql';

let t: TestApp;
let main: WarehouseFixture;
let east: WarehouseFixture;
let closed: WarehouseFixture;
let kg: ItemFixture;
let serial: ItemFixture;
let inactive: ItemFixture;
let web: string;
let orderDbId: string;
let counter = 0;

const dbIdOf = (gid: string) => fromGlobalId(gid)!.id;

/** A fresh EA item with `main` units sellable in MAIN (plus 2 in quarantine) and `east` in EAST. */
async function stocked(main_: number, east_ = 0): Promise<ItemFixture> {
  const item = await itemFixture(t, `HOLD-${++counter}`);
  if (main_ > 0) await receive(item, main, String(main_), 'A1');
  await receive(item, main, '2', 'QA');
  if (east_ > 0) await receive(item, east, String(east_), 'A1');
  return item;
}

async function receive(item: ItemFixture, w: WarehouseFixture, quantity: string, loc: 'A1' | 'QA' = 'A1') {
  const r = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: w.gid, lines: [{ itemId: item.gid, locationId: w.loc[loc], quantity, unitCost: '2.00' }] } })).stockReceive;
  expect(r.userErrors).toEqual([]);
}

async function hold(input: StockHoldInput, key?: string) {
  return dataOf(await (key === undefined ? t.gql(StockHoldCreateDocument, { input }) : t.gql(StockHoldCreateDocument, { input }, key))).stockHold;
}

/** Item.stock and availability for an item, per warehouse code. */
async function figures(item: ItemFixture) {
  const d = dataOf(await t.gql(HeldStockDocument, { id: item.gid, skus: [item.sku] }));
  const stock = Object.fromEntries(d.item!.stock.map((s) => [s.warehouse.code, s]));
  const avail = Object.fromEntries(d.availability[0]!.warehouses.map((w) => [w.warehouseCode, w]));
  return { stock, avail, total: d.availability[0]!.available };
}

/** The latest stock.changed event of an item in a warehouse. */
async function lastStockEvent(item: ItemFixture, w: WarehouseFixture) {
  const [row] = await sql<{ payload: unknown; version: number }>(
    t,
    `select e.payload, e.aggregate_version as version from outbox_events e join stock_summaries s on s.id::text = e.aggregate_id
     where e.topic = 'stock.changed' and s.item_id = ? and s.warehouse_id = ? order by e.id desc limit 1`,
    [item.id, w.id],
  );
  const payload = typeof row!.payload === 'string' ? JSON.parse(row!.payload) : row!.payload;
  return { payload: payload as Record<string, string>, version: row!.version };
}

/** Moves a hold's expiry (and its lines') a second into the past, by the database's clock. */
async function expire(holdGid: string): Promise<void> {
  await sql(
    t,
    `with h as (update stock_holds set expires_at = now() - interval '1 second' where id = ? returning id, expires_at)
     update stock_hold_lines l set expires_at = h.expires_at from h where l.hold_id = h.id`,
    [dbIdOf(holdGid)],
  );
}

/** Rows a hold command writes to: a refused one must leave all of them as they were. */
async function footprint(): Promise<Record<string, unknown>> {
  return {
    holds: await countRows(t, 'stock_holds'),
    lines: await countRows(t, 'stock_hold_lines'),
    events: await countRows(t, 'outbox_events'),
    summaries: await countRows(t, 'stock_summaries'),
    versions: (await sql<{ v: string }>(t, 'select coalesce(sum(version), 0)::text as v from stock_summaries'))[0]!.v,
    keys: await countRows(t, 'idempotency_keys'),
  };
}

function codes(r: { userErrors: { code: string }[] }): string[] {
  return r.userErrors.map((e) => e.code);
}

function expectForbidden(res: GraphQLResponse<unknown>): void {
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
}

beforeAll(async () => {
  t = await startTestApp();
  main = await warehouseFixture(t, 'MAIN');
  east = await warehouseFixture(t, 'EAST');
  closed = await warehouseFixture(t, 'GONE');
  expect(dataOf(await t.gql(WarehouseDeactivateDocument, { input: { id: closed.gid } })).warehouseDeactivate.userErrors).toEqual([]);
  kg = await itemFixture(t, 'HOLD-KG', { unitCode: 'KG' });
  await receive(kg, main, '5.5');
  serial = await itemFixture(t, 'HOLD-SER', { tracking: TrackingMode.SERIAL });
  inactive = await itemFixture(t, 'HOLD-OLD');
  expect(dataOf(await t.gql(ItemDeactivateDocument, { input: { id: inactive.gid } })).itemDeactivate.userErrors).toEqual([]);
  web = dataOf(await t.gql(SalesChannelCreateDocument, { input: { code: 'WEB', name: 'Web shop', kind: 'STOREFRONT' } })).salesChannelCreate.salesChannel!.id;
  const customer = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'CART', name: 'Cart customer' } })).customerCreate.customer!.id;
  const order = dataOf(await t.gql(SalesOrderCreateDocument, { input: { customerId: customer, channelId: web, lines: [{ itemId: kg.gid, quantity: '1', unitPrice: '1' }] } })).salesOrderCreate;
  orderDbId = dbIdOf(order.salesOrder!.id);
});
afterAll(async () => {
  await t.stop();
});

describe('stockHold', () => {
  it('holds stock: availability and Item.stock subtract it (held, available, version) and stock.changed carries it; release gives it back', async () => {
    const item = await stocked(10);
    const before = await figures(item);
    expect(before.stock.MAIN).toMatchObject({ sellableOnHand: '10', allocated: '0', held: '0', available: '10' });
    const started = Date.now();
    const r = await hold({ warehouseId: main.gid, channelId: web, ttlSeconds: 600, lines: [{ itemId: item.gid, quantity: '3' }] });
    expect(r.userErrors).toEqual([]);
    expect(r.hold).toMatchObject({ status: 'ACTIVE', version: 1, warehouse: { code: 'MAIN' }, channel: { code: 'WEB' }, lines: [{ item: { sku: item.sku }, quantity: '3' }] });
    const ttl = (Date.parse(r.hold!.expiresAt) - started) / 1000;
    expect(ttl).toBeGreaterThan(590);
    expect(ttl).toBeLessThan(610);

    const held = await figures(item);
    expect(held.stock.MAIN).toMatchObject({ sellableOnHand: '10', held: '3', available: '7', version: before.stock.MAIN!.version + 1 });
    expect(held.avail.MAIN).toMatchObject({ onHand: '10', allocated: '0', held: '3', available: '7' });
    expect(held.total).toBe('7');
    const event = await lastStockEvent(item, main);
    expect(event.version).toBe(held.stock.MAIN!.version);
    expect(event.payload).toMatchObject({ sku: item.sku, sellableOnHand: '10', allocated: '0', held: '3', available: '7' });

    // The stock engine's own events carry the held figure too.
    await receive(item, main, '1');
    expect((await lastStockEvent(item, main)).payload).toMatchObject({ sellableOnHand: '11', held: '3', available: '8' });

    const released = dataOf(await t.gql(StockHoldReleaseDocument, { input: { id: r.hold!.id } })).stockHoldRelease;
    expect(released.userErrors).toEqual([]);
    expect(released.hold).toMatchObject({ status: 'RELEASED', version: 2 });
    const after = await figures(item);
    expect(after.stock.MAIN).toMatchObject({ held: '0', available: '11' });
    expect(after.avail.MAIN).toMatchObject({ held: '0', available: '11' });
    const releaseEvent = await lastStockEvent(item, main);
    expect(releaseEvent).toMatchObject({ version: after.stock.MAIN!.version, payload: { held: '0', available: '11' } });

    // Releasing again changes nothing and publishes nothing.
    const events = await countRows(t, 'outbox_events');
    const again = dataOf(await t.gql(StockHoldReleaseDocument, { input: { id: r.hold!.id } })).stockHoldRelease;
    expect(again).toMatchObject({ userErrors: [], hold: { status: 'RELEASED', version: 2 } });
    expect(await countRows(t, 'outbox_events')).toBe(events);
  });

  it('holds add up: what one hold keeps another cannot have, INSUFFICIENT_STOCK names the line and what is left, and nothing is written', async () => {
    const item = await stocked(10);
    expect((await hold({ warehouseId: main.gid, lines: [{ itemId: item.gid, quantity: '6' }] })).userErrors).toEqual([]);
    const before = await footprint();
    const refused = await hold({ warehouseId: main.gid, lines: [{ itemId: kg.gid, quantity: '1' }, { itemId: item.gid, quantity: '3' }, { itemId: item.gid, quantity: '2' }] });
    expect(refused.hold).toBeNull();
    expect(refused.userErrors).toEqual([{ code: 'INSUFFICIENT_STOCK', message: `Only 4 of ${item.sku} available in MAIN; 5 requested.`, field: ['input', 'lines', '1', 'quantity'] }]);
    expect(await footprint()).toEqual(before);
    // Exactly what is left fits (duplicate lines are summed).
    const rest = await hold({ warehouseId: main.gid, lines: [{ itemId: item.gid, quantity: '3' }, { itemId: item.gid, quantity: '1' }] });
    expect(rest.userErrors).toEqual([]);
    expect((await figures(item)).stock.MAIN).toMatchObject({ held: '10', available: '0' });
    expect(codes(await hold({ warehouseId: main.gid, lines: [{ itemId: item.gid, quantity: '1' }] }))).toEqual(['INSUFFICIENT_STOCK']);
  });

  it('an expired hold stops counting by itself (nothing runs), shows EXPIRED, and releasing it publishes no stock change', async () => {
    const item = await stocked(10);
    const short = await hold({ warehouseId: main.gid, ttlSeconds: 1, lines: [{ itemId: item.gid, quantity: '4' }] });
    const long = await hold({ warehouseId: main.gid, ttlSeconds: 3600, lines: [{ itemId: item.gid, quantity: '5' }] });
    expect([short.userErrors, long.userErrors]).toEqual([[], []]);
    expect((await figures(item)).stock.MAIN).toMatchObject({ held: '9', available: '1' });
    await new Promise((r) => setTimeout(r, 1300));
    const events = await countRows(t, 'outbox_events');
    expect((await figures(item)).stock.MAIN).toMatchObject({ held: '5', available: '5' });
    expect((await figures(item)).avail.MAIN).toMatchObject({ held: '5', available: '5' });
    expect(dataOf(await t.gql(StockHoldByIdDocument, { id: short.hold!.id })).stockHold?.status).toBe('EXPIRED');
    // The other hold expires as far as the database's clock is concerned.
    await expire(long.hold!.id);
    expect((await figures(item)).stock.MAIN).toMatchObject({ held: '0', available: '10' });
    expect(await countRows(t, 'outbox_events')).toBe(events);
    // The freed stock can be held again.
    expect((await hold({ warehouseId: main.gid, lines: [{ itemId: item.gid, quantity: '10' }] })).userErrors).toEqual([]);
    const released = dataOf(await t.gql(StockHoldReleaseDocument, { input: { id: short.hold!.id } })).stockHoldRelease;
    expect(released).toMatchObject({ userErrors: [], hold: { status: 'RELEASED' } });
    expect(await countRows(t, 'outbox_events')).toBe(events + 1); // the new hold's event, none for the release
  });

  it('refuses bad input with stable codes at the right fields, all at once, and writes nothing', async () => {
    const item = await stocked(10);
    const before = await footprint();
    const cases: [StockHoldInput, string[], string[][]][] = [
      [{ lines: [] }, ['NO_LINES'], [['input', 'lines']]],
      [{ lines: [{ itemId: item.gid, quantity: '0' }] }, ['INVALID_QUANTITY'], [['input', 'lines', '0', 'quantity']]],
      [{ lines: [{ itemId: item.gid, quantity: '-1' }] }, ['INVALID_QUANTITY'], [['input', 'lines', '0', 'quantity']]],
      [{ lines: [{ itemId: item.gid, quantity: '1.5' }] }, ['INVALID_QUANTITY'], [['input', 'lines', '0', 'quantity']]],
      [{ lines: [{ itemId: kg.gid, quantity: '1.2345' }] }, ['INVALID_QUANTITY'], [['input', 'lines', '0', 'quantity']]],
      [{ lines: [{ itemId: serial.gid, quantity: '1.5' }] }, ['INVALID_QUANTITY'], [['input', 'lines', '0', 'quantity']]],
      [{ lines: [{ itemId: inactive.gid, quantity: '1' }] }, ['ITEM_INACTIVE'], [['input', 'lines', '0', 'itemId']]],
      [{ lines: [{ itemId: 'SXRlbTo5OTk5OTk', quantity: '1' }] }, ['UNKNOWN_ITEM'], [['input', 'lines', '0', 'itemId']]],
      [{ lines: [{ itemId: main.gid, quantity: '1' }] }, ['UNKNOWN_ITEM'], [['input', 'lines', '0', 'itemId']]],
      [{ warehouseId: item.gid, lines: [{ itemId: item.gid, quantity: '1' }] }, ['UNKNOWN_WAREHOUSE'], [['input', 'warehouseId']]],
      [{ warehouseId: closed.gid, lines: [{ itemId: item.gid, quantity: '1' }] }, ['WAREHOUSE_INACTIVE'], [['input', 'warehouseId']]],
      [{ channelId: 'U2FsZXNDaGFubmVsOjk5OQ', lines: [{ itemId: item.gid, quantity: '1' }] }, ['UNKNOWN_CHANNEL'], [['input', 'channelId']]],
      [{ ttlSeconds: 0, lines: [{ itemId: item.gid, quantity: '1' }] }, ['TTL_OUT_OF_RANGE'], [['input', 'ttlSeconds']]],
      [{ ttlSeconds: 86_401, lines: [{ itemId: item.gid, quantity: '1' }] }, ['TTL_OUT_OF_RANGE'], [['input', 'ttlSeconds']]],
      [
        { warehouseId: closed.gid, channelId: main.gid, lines: [{ itemId: inactive.gid, quantity: '1' }, { itemId: kg.gid, quantity: '0.0001' }, { itemId: item.gid, quantity: '1' }] },
        ['UNKNOWN_CHANNEL', 'WAREHOUSE_INACTIVE', 'ITEM_INACTIVE', 'INVALID_QUANTITY'],
        [['input', 'channelId'], ['input', 'warehouseId'], ['input', 'lines', '0', 'itemId'], ['input', 'lines', '1', 'quantity']],
      ],
    ];
    for (const [input, expected, fields] of cases) {
      const r = await hold(input);
      expect(r.hold, JSON.stringify(input)).toBeNull();
      expect(codes(r), JSON.stringify(input)).toEqual(expected);
      expect(r.userErrors.map((e) => e.field), JSON.stringify(input)).toEqual(fields);
    }
    expect(await footprint()).toEqual(before);
    expect((await figures(item)).stock.MAIN).toMatchObject({ held: '0', available: '10' });
    // A quantity as fine as the unit allows is fine.
    expect((await hold({ lines: [{ itemId: kg.gid, quantity: '1.25' }] })).userErrors).toEqual([]);
  });

  it('with no warehouse given, holds in the active warehouse that can hold every line, and refuses when none can', async () => {
    const a = await stocked(3, 8);
    const b = await stocked(6, 2);
    // Only EAST has 5 of a.
    expect((await hold({ lines: [{ itemId: a.gid, quantity: '5' }] })).hold?.warehouse.code).toBe('EAST');
    // Both can hold 1 of a and 1 of b: the one with more of them available (MAIN: 3 + 6, EAST: 3 + 2).
    expect((await hold({ lines: [{ itemId: a.gid, quantity: '1' }, { itemId: b.gid, quantity: '1' }] })).hold?.warehouse.code).toBe('MAIN');
    // MAIN has 2 of a left and 5 of b, EAST 3 of a and 2 of b: only MAIN can hold 2 of a and 3 of b.
    expect((await hold({ lines: [{ itemId: a.gid, quantity: '2' }, { itemId: b.gid, quantity: '3' }] })).hold?.warehouse.code).toBe('MAIN');
    // Now MAIN: a 0, b 2; EAST: a 3, b 2. Nobody has 2 of a and 3 of b; EAST could hold the most of it.
    const nowhere = await itemFixture(t, `HOLD-NONE-${++counter}`);
    const before = await footprint();
    const refused = await hold({ lines: [{ itemId: a.gid, quantity: '2' }, { itemId: b.gid, quantity: '3' }] });
    expect(refused.hold).toBeNull();
    expect(refused.userErrors).toEqual([
      { code: 'INSUFFICIENT_STOCK', message: `Only 2 of ${b.sku} available in EAST; 3 requested; no active warehouse can hold every line.`, field: ['input', 'lines', '1', 'quantity'] },
    ]);
    expect((await hold({ lines: [{ itemId: nowhere.gid, quantity: '1' }] })).userErrors).toEqual([
      { code: 'INSUFFICIENT_STOCK', message: `Only 0 of ${nowhere.sku} available; 1 requested; no active warehouse can hold every line.`, field: ['input', 'lines', '0', 'quantity'] },
    ]);
    expect(await footprint()).toEqual(before);
  });

  it('an idempotency key returns the first hold and holds nothing again; the same key for other lines is refused', async () => {
    const item = await stocked(10);
    const input = { warehouseId: main.gid, idempotencyKey: 'cart-77', lines: [{ itemId: item.gid, quantity: '4' }] };
    const first = await hold(input);
    const second = await hold(input);
    expect(second.hold?.id).toBe(first.hold?.id);
    expect((await figures(item)).stock.MAIN).toMatchObject({ held: '4' });
    expect(codes(await hold({ ...input, lines: [{ itemId: item.gid, quantity: '5' }] }))).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });

  it('is a Node; storefronts hold and see their own holds only, partners may not hold, readers of sales or inventory see every hold', async () => {
    const item = await stocked(10);
    const shopA = await t.keyFor(Role.STOREFRONT);
    const shopB = await t.keyFor(Role.STOREFRONT);
    const sales = await t.keyFor(Role.SALES);
    const warehouse = await t.keyFor(Role.WAREHOUSE);
    const partnerId = dataOf(await t.gql(PartnerCreateDocument, { input: { code: 'HOLD-MKT', name: 'Marketplace', kinds: ['MARKETPLACE'] } })).partnerCreate.partner!.id;
    const partner = await t.keyFor(Role.PARTNER, partnerId);

    const mine = await hold({ lines: [{ itemId: item.gid, quantity: '2' }] }, shopA);
    expect(mine.userErrors).toEqual([]);
    // A storefront's hold is for the channel its key is bound to; another channel is FORBIDDEN.
    expect(mine.hold!.channel?.code).toBeTruthy();
    expectForbidden(await t.gql(StockHoldCreateDocument, { input: { channelId: web, lines: [{ itemId: item.gid, quantity: '1' }] } }, shopA));
    const id = mine.hold!.id;
    expect(dataOf(await t.gql(StockHoldNodeDocument, { id })).node).toEqual({ __typename: 'StockHold', id, status: 'ACTIVE' });
    expect(dataOf(await t.gql(StockHoldByIdDocument, { id }, shopA)).stockHold?.id).toBe(id);
    expect(dataOf(await t.gql(StockHoldNodeDocument, { id }, shopA)).node?.__typename).toBe('StockHold');
    expect(dataOf(await t.gql(StockHoldByIdDocument, { id }, shopB)).stockHold).toBeNull();
    expect(dataOf(await t.gql(StockHoldNodeDocument, { id }, shopB)).node).toBeNull();
    expect(dataOf(await t.gql(StockHoldByIdDocument, { id }, sales)).stockHold?.id).toBe(id);
    expect(dataOf(await t.gql(StockHoldByIdDocument, { id }, warehouse)).stockHold?.id).toBe(id);
    expect(codes(dataOf(await t.gql(StockHoldReleaseDocument, { input: { id } }, shopB)).stockHoldRelease)).toEqual(['HOLD_NOT_FOUND']);

    const before = await footprint();
    expectForbidden(await t.gql(StockHoldCreateDocument, { input: { lines: [{ itemId: item.gid, quantity: '1' }] } }, partner));
    expectForbidden(await t.gql(StockHoldCreateDocument, { input: { lines: [{ itemId: item.gid, quantity: '1' }] } }, warehouse));
    expectForbidden(await t.gql(StockHoldByIdDocument, { id }, partner));
    expect(await footprint()).toEqual(before);

    expect(dataOf(await t.gql(StockHoldReleaseDocument, { input: { id } }, shopA)).stockHoldRelease).toMatchObject({ userErrors: [], hold: { status: 'RELEASED' } });
    expect(dataOf(await t.gql(StockHoldReleaseDocument, { input: { id: 'U3RvY2tIb2xkOjk5OTk5' } })).stockHoldRelease.userErrors).toMatchObject([{ code: 'HOLD_NOT_FOUND', field: ['input', 'id'] }]);
  });
});

describe('consumeHold and heldElsewhere (the order confirmation\'s calls)', () => {
  const run = <T>(body: (tx: TxContext) => Promise<T>) => inTransaction<T>(systemContext(t), body);
  const refusal = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      if (err instanceof DomainError) return { code: err.code, field: err.field };
      throw err;
    }
    return null;
  };

  it('heldElsewhere counts live holds of other holds; consumeHold takes one over, closes its lines and refuses it afterwards', async () => {
    const item = await stocked(10);
    const other = await stocked(10);
    const a = await hold({ warehouseId: main.gid, lines: [{ itemId: item.gid, quantity: '2' }, { itemId: other.gid, quantity: '1' }, { itemId: item.gid, quantity: '1' }] });
    const b = await hold({ warehouseId: main.gid, lines: [{ itemId: item.gid, quantity: '4' }] });
    const gone = await hold({ warehouseId: main.gid, lines: [{ itemId: item.gid, quantity: '1' }] });
    await expire(gone.hold!.id);
    const aId = dbIdOf(a.hold!.id);
    const pairs = [{ itemId: item.id, warehouseId: main.id }, { itemId: other.id, warehouseId: main.id }, { itemId: item.id, warehouseId: east.id }];
    const k = (i: ItemFixture, w: WarehouseFixture) => itemWarehouseKey(i.id, w.id);

    const consumed = await run(async (tx) => {
      await lockStock(tx, pairs.slice(0, 2));
      const all = await heldElsewhere(tx, pairs, null);
      const others = await heldElsewhere(tx, pairs, aId);
      const result = await consumeHold(tx, aId, orderDbId);
      const afterwards = await heldElsewhere(tx, pairs, null);
      return { all, others, result, afterwards };
    });
    expect(Object.fromEntries([...consumed.all].map(([key, v]) => [key, v.toString()]))).toEqual({ [k(item, main)]: '7', [k(other, main)]: '1', [k(item, east)]: '0' });
    expect(consumed.others.get(k(item, main))?.toString()).toBe('4');
    expect(consumed.others.get(k(other, main))?.toString()).toBe('0');
    expect(consumed.afterwards.get(k(item, main))?.toString()).toBe('4');
    expect(consumed.result.warehouseId).toBe(main.id);
    expect(consumed.result.lines.map((l) => [l.itemId, l.quantity.toString()])).toEqual([
      [item.id, '3'],
      [other.id, '1'],
    ].sort((x, y) => Number(x[0]) - Number(y[0])));
    expect(dataOf(await t.gql(StockHoldByIdDocument, { id: a.hold!.id })).stockHold?.status).toBe('CONSUMED');
    const [row] = await sql<{ consumed_by_order_id: string; open: number }>(
      t,
      'select h.consumed_by_order_id::text as consumed_by_order_id, (select count(*)::int from stock_hold_lines l where l.hold_id = h.id and l.open) as open from stock_holds h where h.id = ?',
      [aId],
    );
    expect(row).toEqual({ consumed_by_order_id: orderDbId, open: 0 });
    expect((await figures(item)).stock.MAIN).toMatchObject({ held: '4', available: '6' });

    // Consumed, released, expired and unknown holds are refused, and the refusal rolls the caller back.
    expect(await refusal(run((tx) => consumeHold(tx, aId, orderDbId)))).toEqual({ code: 'HOLD_NOT_ACTIVE', field: ['input', 'holdId'] });
    expect(dataOf(await t.gql(StockHoldReleaseDocument, { input: { id: a.hold!.id } })).stockHoldRelease.userErrors).toMatchObject([{ code: 'HOLD_NOT_ACTIVE' }]);
    expect(await refusal(run((tx) => consumeHold(tx, dbIdOf(gone.hold!.id), orderDbId)))).toEqual({ code: 'HOLD_EXPIRED', field: ['input', 'holdId'] });
    expect(await refusal(run((tx) => consumeHold(tx, '987654', orderDbId)))).toEqual({ code: 'HOLD_NOT_FOUND', field: ['input', 'holdId'] });
    expect(dataOf(await t.gql(StockHoldReleaseDocument, { input: { id: b.hold!.id } })).stockHoldRelease.userErrors).toEqual([]);
    expect(await refusal(run((tx) => consumeHold(tx, dbIdOf(b.hold!.id), orderDbId)))).toEqual({ code: 'HOLD_NOT_ACTIVE', field: ['input', 'holdId'] });
    expect(dataOf(await t.gql(StockHoldByIdDocument, { id: b.hold!.id })).stockHold?.status).toBe('RELEASED');
  });
});
