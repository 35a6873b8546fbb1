import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { gtinCheckDigit } from '../../src/modules/catalog/gs1';
import { LocationType } from '../../src/modules/warehouse/location.entity';
import { fromGlobalId, toGlobalId } from '../../src/shared/ids';
import {
  CustomerCreateDocument,
  FulfillmentPerformanceDocument,
  type FulfillmentPerformanceQueryVariables,
  GrossMarginDocument,
  InvoiceCreateDocument,
  type GrossMarginQueryVariables,
  OrderFulfillmentDocument,
  PickScanDocument,
  PickShortDocument,
  ReturnAuthorizeDocument,
  ReturnReceiveDocument,
  SalesChannelCreateDocument,
  SalesOrderConfirmDocument,
  SalesOrderCreateDocument,
  ShipmentConfirmDocument,
  ShipmentPackDocument,
  StockAdjustDocument,
  WaveReleaseDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { itemFixture, type ItemFixture, warehouseFixture, type WarehouseFixture } from '../helpers/fixtures';
import { countRows, sql } from '../helpers/sql';

/**
 * The reports through the API, on figures a person can check by hand.
 *
 * Three orders, all shipped from one pick location:
 *   O1  customer C1, channel WEB: 2 A (cost 3 each) + 1 B (cost 5); requested in 3 days (on time)
 *   O2  customer C2, channel WEB: 3 A; requested yesterday, shipped today (late); an item scanned before the location label
 *   O3  customer C1, channel B2B: 4 C (cost 2.50 each): one unit found short and backordered,
 *       3 shipped; a wrong-item scan refused on its pick list
 * COGS from the shipments; revenue from billing: O2 (C2, invoiced on shipment) is invoiced at
 * confirmation; C1 is invoiced on demand: O1 now (10% tax), O3 dated 40 days ago, outside the
 * period. One A of O2 comes back: the return's receipt credits COGS with the 3 it shipped at, and
 * its credit note debits sales returns (4100) with the 10 it was sold for.
 */
let t: TestApp;
let wh: WarehouseFixture;
const items = {} as Record<'A' | 'B' | 'C', ItemFixture & { gtin: string }>;
const customers = {} as Record<'C1' | 'C2', string>;
const channels = {} as Record<'WEB' | 'B2B', string>;
const orders = {} as Record<'O1' | 'O2' | 'O3', { id: string; dbId: string; number: string; lineIds: string[] }>;
const PICK_BARCODE = 'RP-PICK-1';
let pickLocationId: string;
let l2Id: string;
let wrongScan: { listId: string; versionBefore: number; versionAfter: number; countsBefore: Record<string, number>; countsAfter: Record<string, number> };

const day = (offset: number) => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
const FROM = day(-5);
const TO = day(0);

async function margin(vars: Partial<GrossMarginQueryVariables> & Pick<GrossMarginQueryVariables, 'groupBy'>, key?: string) {
  const res = await t.gql(GrossMarginDocument, { from: FROM, to: TO, ...vars }, ...(key === undefined ? [] : [key]));
  return res;
}

async function performance(vars: Partial<FulfillmentPerformanceQueryVariables> = {}, key?: string) {
  return t.gql(FulfillmentPerformanceDocument, { from: FROM, to: TO, ...vars }, ...(key === undefined ? [] : [key]));
}

/** Rows as [label, revenue, cogs, margin, marginPercent]: what a person reads off the report. */
function table(report: { rows: { key: { label: string } | null; revenue: string; cogs: string; margin: string; marginPercent: string | null }[] }) {
  return report.rows.map((r) => [r.key?.label ?? null, r.revenue, r.cogs, r.margin, r.marginPercent]);
}

async function createOrder(customer: string, channel: string, lines: { item: ItemFixture; quantity: string; unitPrice: string; taxRate?: string }[], requestedShipDate: string | null) {
  const res = dataOf(
    await t.gql(SalesOrderCreateDocument, {
      input: { customerId: customer, channelId: channel, shipFromWarehouseId: wh.gid, requestedShipDate, lines: lines.map((l) => ({ itemId: l.item.gid, quantity: l.quantity, unitPrice: l.unitPrice, taxRate: l.taxRate })) },
    }),
  ).salesOrderCreate;
  expect(res.userErrors).toEqual([]);
  const id = res.salesOrder!.id;
  expect(dataOf(await t.gql(SalesOrderConfirmDocument, { input: { id } })).salesOrderConfirm.userErrors).toEqual([]);
  const o = dataOf(await t.gql(OrderFulfillmentDocument, { id })).salesOrder!;
  const dbId = fromGlobalId(id)!.id;
  const [row] = await sql<{ number: number; year: number }>(t, 'select number, year from sales_orders where id = ?', [dbId]);
  return { id, dbId, number: `SO-${row!.year}-${String(row!.number).padStart(6, '0')}`, lineIds: o.lines.map((l) => l.id) };
}

async function release(orderId: string) {
  const wave = dataOf(await t.gql(WaveReleaseDocument, { input: { warehouseId: wh.gid, strategy: 'DISCRETE', orderIds: [orderId] } })).waveRelease;
  expect(wave.userErrors).toEqual([]);
  return wave.wave!.pickLists[0]!;
}

async function scan(pickListId: string, raw: string, quantity?: string) {
  return dataOf(await t.gql(PickScanDocument, { input: { pickListId, raw, quantity } })).pickScan;
}

/** Packs what was picked of each line (one carton) and confirms the shipment. */
async function packAndShip(orderId: string, quantities: string[]) {
  const lines = dataOf(await t.gql(OrderFulfillmentDocument, { id: orderId })).salesOrder!.lines;
  const pack = dataOf(await t.gql(ShipmentPackDocument, { input: { orderId, cartons: [{ cartonType: 'BOX', lines: lines.map((l, i) => ({ orderLineId: l.id, quantity: quantities[i]! })) }] } })).shipmentPack;
  expect(pack.userErrors).toEqual([]);
  const shipped = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: pack.shipment!.id } })).shipmentConfirm;
  expect(shipped.userErrors).toEqual([]);
  return fromGlobalId(shipped.shipment!.id)!.id;
}

/** Order created `hours` before its first shipment shipped (the API stamps both "now"; the report reads the gap). */
async function createdHoursBeforeShipping(orderDbId: string, hours: number) {
  await sql(
    t,
    `update sales_orders o set created_at = (s.status_times->>'SHIPPED')::timestamptz - make_interval(hours => ?::int)
     from shipments s where s.order_id = o.id and o.id = ?`,
    [hours, orderDbId],
  );
}

/** Rows per table: what a refused command must leave as it was. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>(t, "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1");
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = await countRows(t, `"${name}"`);
  return counts;
}

beforeAll(async () => {
  t = await startTestApp();
  const s = t.app.services;
  const ctx = systemContext(t);
  wh = await warehouseFixture(t, 'RP-WH');
  pickLocationId = (await s.locations.create(ctx, { warehouseId: wh.id, code: 'RP-P1', type: LocationType.PICK, barcode: PICK_BARCODE })).locationId;
  await s.locations.create(ctx, { warehouseId: wh.id, code: 'RP-PACK', type: LocationType.PACKING });
  const bodies = { A: '0400000000011', B: '0400000000028', C: '0400000000035' } as const;
  for (const [k, body] of Object.entries(bodies) as ['A' | 'B' | 'C', string][]) {
    const item = await itemFixture(t, `RP-${k}`);
    const gtin = `${body}${gtinCheckDigit(body)}`;
    await s.items.barcodeAdd(ctx, { itemId: item.id, code: gtin });
    items[k] = { ...item, gtin };
  }
  await s.stockDocuments.receive(ctx, {
    warehouseId: wh.id,
    lines: [
      { itemId: items.A.id, locationId: pickLocationId, quantity: '5', unitCost: '3' },
      { itemId: items.B.id, locationId: pickLocationId, quantity: '1', unitCost: '5' },
      { itemId: items.C.id, locationId: pickLocationId, quantity: '4', unitCost: '2.50' },
    ],
  });
  for (const code of ['C1', 'C2'] as const) {
    customers[code] = dataOf(await t.gql(CustomerCreateDocument, { input: { code: `RP-${code}`, name: `Customer ${code}` } })).customerCreate.customer!.id;
  }
  await sql(t, 'update customers set auto_invoice = false where id = ?', [fromGlobalId(customers.C1)!.id]);
  for (const code of ['WEB', 'B2B'] as const) {
    channels[code] = dataOf(await t.gql(SalesChannelCreateDocument, { input: { code: `RP-${code}`, name: `${code} channel`, kind: code === 'WEB' ? 'STOREFRONT' : 'DIRECT' } })).salesChannelCreate.salesChannel!.id;
  }

  // O1: on time, complete.
  orders.O1 = await createOrder(customers.C1, channels.WEB, [{ item: items.A, quantity: '2', unitPrice: '10', taxRate: '10' }, { item: items.B, quantity: '1', unitPrice: '20', taxRate: '10' }], day(3));
  const l1 = await release(orders.O1.id);
  expect((await scan(l1.id, PICK_BARCODE)).userErrors).toEqual([]);
  expect((await scan(l1.id, items.A.gtin, '2')).userErrors).toEqual([]);
  expect((await scan(l1.id, items.B.gtin, '1')).userErrors).toEqual([]);
  await packAndShip(orders.O1.id, ['2', '1']);
  await createdHoursBeforeShipping(orders.O1.dbId, 10);

  // O2: requested yesterday, shipped today: late.
  orders.O2 = await createOrder(customers.C2, channels.WEB, [{ item: items.A, quantity: '3', unitPrice: '10' }], day(-1));
  const l2 = await release(orders.O2.id);
  // The item before the location label: a wrong scan (WRONG_LOCATION); an unknown barcode is refused but is no wrong pick.
  expect((await scan(l2.id, items.A.gtin, '3')).userErrors.map((e) => e.code)).toEqual(['WRONG_LOCATION']);
  expect((await scan(l2.id, 'RP-NOTHING-KNOWN')).userErrors.map((e) => e.code)).toEqual(['SCAN_UNKNOWN']);
  expect((await scan(l2.id, PICK_BARCODE)).userErrors).toEqual([]);
  expect((await scan(l2.id, items.A.gtin, '3')).userErrors).toEqual([]);
  await packAndShip(orders.O2.id, ['3']);
  await createdHoursBeforeShipping(orders.O2.dbId, 30);

  // O3: a wrong-item scan, one unit short (nothing elsewhere: backordered; the count writes it off), three shipped.
  orders.O3 = await createOrder(customers.C1, channels.B2B, [{ item: items.C, quantity: '4', unitPrice: '4' }], null);
  const l3 = await release(orders.O3.id);
  expect((await scan(l3.id, PICK_BARCODE)).userErrors).toEqual([]);
  l2Id = fromGlobalId(l2.id)!.id;
  const listId = fromGlobalId(l3.id)!.id;
  const version = async () => (await sql<{ version: number }>(t, 'select version from pick_lists where id = ?', [listId]))[0]!.version;
  const versionBefore = await version();
  const countsBefore = await rowCounts();
  const wrong = await scan(l3.id, items.A.gtin, '1');
  expect(wrong.userErrors.map((e) => e.code)).toEqual(['WRONG_ITEM']);
  wrongScan = { listId, versionBefore, versionAfter: await version(), countsBefore, countsAfter: await rowCounts() };
  const short = dataOf(await t.gql(PickShortDocument, { input: { pickTaskId: l3.tasks[0]!.id, quantityMissing: '1' } })).pickShort;
  expect(short.userErrors).toEqual([]);
  expect(short.result).toMatchObject({ reallocated: '0', backordered: '1' });
  // The count confirms the unit is gone (else the pick's stock move would fill the backorder from the same shelf).
  const adjusted = dataOf(await t.gql(StockAdjustDocument, { input: { warehouseId: wh.gid, reasonCode: 'LOST', lines: [{ itemId: items.C.gid, locationId: toGlobalId('Location', pickLocationId), quantity: '-1' }] } })).stockAdjust;
  expect(adjusted.userErrors).toEqual([]);
  expect((await scan(l3.id, PICK_BARCODE)).userErrors).toEqual([]);
  expect((await scan(l3.id, items.C.gtin, '3')).userErrors).toEqual([]);
  await packAndShip(orders.O3.id, ['3']);
  await createdHoursBeforeShipping(orders.O3.dbId, 4);

  // O2 was invoiced on shipment (C2's default). One A comes back: received, COGS and revenue credited.
  const [o2Line] = await sql<{ id: string }>(t, 'select sl.id::text as id from shipment_lines sl join shipments s on s.id = sl.shipment_id where s.order_id = ?', [orders.O2.dbId]);
  const authorized = dataOf(await t.gql(ReturnAuthorizeDocument, { input: { orderId: orders.O2.id, lines: [{ shipmentLineId: toGlobalId('ShipmentLine', o2Line!.id), quantity: '1' }] } })).returnAuthorize;
  expect(authorized.userErrors).toEqual([]);
  const received = dataOf(await t.gql(ReturnReceiveDocument, { input: { returnId: authorized.return!.id, locationId: wh.loc.QA } })).returnReceive;
  expect(received.userErrors).toEqual([]);
  expect(received.return!.creditNoteId).toBeTruthy();
  // C1 is invoiced on demand: O1 now, O3 dated 40 days ago (outside the period).
  const o1 = dataOf(await t.gql(InvoiceCreateDocument, { input: { orderId: orders.O1.id } })).invoiceCreate;
  expect(o1.userErrors).toEqual([]);
  expect(o1.invoice).toMatchObject({ netTotal: '40', taxTotal: '4', total: '44' });
  const o3 = dataOf(await t.gql(InvoiceCreateDocument, { input: { orderId: orders.O3.id, occurredAt: `${day(-40)}T12:00:00Z` } })).invoiceCreate;
  expect(o3.userErrors).toEqual([]);
  expect(o3.invoice).toMatchObject({ netTotal: '12', issueDate: day(-40) });
});

afterAll(async () => {
  await t.stop();
});

describe('grossMargin: from the postings', () => {
  it('by order: invoiced revenue (tax left out, the return\'s credit note deducted) against the shipments\' COGS (the return\'s receipt credited back)', async () => {
    const r = dataOf(await margin({ groupBy: 'ORDER' })).grossMargin;
    expect(r).toMatchObject({ from: FROM, to: TO, groupBy: 'ORDER' });
    expect(table(r)).toEqual([
      [orders.O1.number, '40', '11', '29', '72.5'],
      [orders.O2.number, '20', '6', '14', '70'],
      // Shipped in the period, invoiced before it: COGS without revenue, no percentage.
      [orders.O3.number, '0', '7.5', '-7.5', null],
    ]);
    expect(r.rows.map((x) => x.key!.id)).toEqual([orders.O1.id, orders.O2.id, orders.O3.id]);
    expect(r.total).toEqual({ key: null, revenue: '60', cogs: '24.5', margin: '35.5', marginPercent: '59.17' });
  });

  it('by item, customer and channel: the same postings, grouped', async () => {
    const byItem = dataOf(await margin({ groupBy: 'ITEM' })).grossMargin;
    expect(table(byItem)).toEqual([
      ['RP-A', '40', '12', '28', '70'],
      ['RP-B', '20', '5', '15', '75'],
      ['RP-C', '0', '7.5', '-7.5', null],
    ]);
    expect(byItem.rows[0]!.key).toEqual({ id: items.A.gid, label: 'RP-A', name: 'Item RP-A' });
    const byCustomer = dataOf(await margin({ groupBy: 'CUSTOMER' })).grossMargin;
    expect(table(byCustomer)).toEqual([
      ['RP-C1', '40', '18.5', '21.5', '53.75'],
      ['RP-C2', '20', '6', '14', '70'],
    ]);
    expect(byCustomer.rows.map((x) => x.key!.id)).toEqual([customers.C1, customers.C2]);
    const byChannel = dataOf(await margin({ groupBy: 'CHANNEL' })).grossMargin;
    expect(table(byChannel)).toEqual([
      ['RP-B2B', '0', '7.5', '-7.5', null],
      ['RP-WEB', '60', '17', '43', '71.67'],
    ]);
    for (const r of [byItem, byCustomer, byChannel]) expect(r.total).toMatchObject({ revenue: '60', cogs: '24.5', margin: '35.5' });
  });

  it('filters narrow the postings: a channel by item, an item by customer, a warehouse', async () => {
    expect(table(dataOf(await margin({ groupBy: 'ITEM', filter: { channelId: channels.WEB } })).grossMargin)).toEqual([
      ['RP-A', '40', '12', '28', '70'],
      ['RP-B', '20', '5', '15', '75'],
    ]);
    const itemA = dataOf(await margin({ groupBy: 'CUSTOMER', filter: { itemId: items.A.gid } })).grossMargin;
    expect(table(itemA)).toEqual([
      ['RP-C1', '20', '6', '14', '70'],
      ['RP-C2', '20', '6', '14', '70'],
    ]);
    expect(dataOf(await margin({ groupBy: 'ORDER', filter: { customerId: customers.C2 } })).grossMargin.total).toMatchObject({ revenue: '20', cogs: '6' });
    expect(dataOf(await margin({ groupBy: 'ORDER', filter: { warehouseId: wh.gid } })).grossMargin.total).toMatchObject({ revenue: '60', cogs: '24.5' });
    const other = await warehouseFixture(t, 'RP-OTHER');
    expect(dataOf(await margin({ groupBy: 'ORDER', filter: { warehouseId: other.gid } })).grossMargin).toMatchObject({ rows: [], total: { revenue: '0', cogs: '0', margin: '0', marginPercent: null } });
  });

  it('the period decides by posting date: O3\'s invoice dated 40 days ago is counted in its own period only', async () => {
    const then = dataOf(await margin({ groupBy: 'ORDER', from: day(-41), to: day(-39) })).grossMargin;
    expect(table(then)).toEqual([[orders.O3.number, '12', '0', '12', '100']]);
    const both = dataOf(await margin({ groupBy: 'ORDER', from: day(-41), to: TO })).grossMargin;
    expect(table(both)[2]).toEqual([orders.O3.number, '12', '7.5', '4.5', '37.5']);
    expect(both.total).toMatchObject({ revenue: '72', cogs: '24.5', margin: '47.5', marginPercent: '65.97' });
    const none = dataOf(await margin({ groupBy: 'ITEM', from: day(-30), to: day(-20) })).grossMargin;
    expect(none).toMatchObject({ rows: [], total: { revenue: '0', cogs: '0', margin: '0', marginPercent: null } });
  });

  it('refuses a period that ends before it starts, and a date that is not one', async () => {
    const backwards = await margin({ groupBy: 'ORDER', from: TO, to: FROM });
    expect(backwards.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['BAD_USER_INPUT', 'INVALID']]);
    const notADate = await margin({ groupBy: 'ORDER', from: '2026-02-30' });
    expect(notADate.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('fulfillmentPerformance', () => {
  it('over the period\'s orders: time to ship, on time, fill rate, pick accuracy, the backlog', async () => {
    const [o3] = await sql<{ created_at: Date | string }>(t, 'select created_at from sales_orders where id = ?', [orders.O3.dbId]);
    const asOf = new Date(new Date(o3!.created_at).getTime() + 36 * 3600 * 1000).toISOString();
    const r = dataOf(await performance({ asOf })).fulfillmentPerformance;
    expect(r).toEqual({
      from: FROM,
      to: TO,
      orders: 3,
      // 4, 10 and 30 hours: the median 10; the 90th percentile interpolated, 10 + 0.8 x 20.
      orderToShip: { ordersShipped: 3, p50Hours: '10', p90Hours: '26' },
      // O1 on time, O2 late, O3 has no requested date.
      onTimeShipRate: { rate: '0.5', count: '1', of: '2' },
      // Lines A2, B1, A3 complete; C 3 of 4. Units 9 of 10.
      fillRate: { lines: { rate: '0.75', count: '3', of: '4' }, units: { rate: '0.9', count: '9', of: '10' } },
      // Four tasks worked, one short; two wrong scans (O2's, O3's).
      pickAccuracy: { picks: 4, shortPicks: 1, wrongScans: 2, shortPicksPerThousand: '250', wrongScansPerThousand: '500' },
      backorderAge: { asOf, lines: 1, units: '1', p50Days: '1.5', maxDays: '1.5' },
    });
  });

  it('filters by channel, customer and warehouse; a period without orders has no rates', async () => {
    const b2b = dataOf(await performance({ filter: { channelId: channels.B2B } })).fulfillmentPerformance;
    expect(b2b).toMatchObject({
      orders: 1,
      orderToShip: { ordersShipped: 1, p50Hours: '4', p90Hours: '4' },
      onTimeShipRate: { rate: null, count: '0', of: '0' },
      fillRate: { lines: { rate: '0', count: '0', of: '1' }, units: { rate: '0.75', count: '3', of: '4' } },
      pickAccuracy: { picks: 1, shortPicks: 1, wrongScans: 1, shortPicksPerThousand: '1000' },
      backorderAge: { lines: 1, units: '1' },
    });
    const c2 = dataOf(await performance({ filter: { customerId: customers.C2 } })).fulfillmentPerformance;
    expect(c2).toMatchObject({ orders: 1, onTimeShipRate: { rate: '0', count: '0', of: '1' }, pickAccuracy: { picks: 1, shortPicks: 0, wrongScans: 1, wrongScansPerThousand: '1000' }, backorderAge: { lines: 0, p50Days: null } });
    expect(dataOf(await performance({ filter: { warehouseId: wh.gid } })).fulfillmentPerformance.orders).toBe(3);
    const empty = dataOf(await performance({ from: day(-30), to: day(-20) })).fulfillmentPerformance;
    expect(empty).toMatchObject({
      orders: 0,
      orderToShip: { ordersShipped: 0, p50Hours: null, p90Hours: null },
      onTimeShipRate: { rate: null },
      fillRate: { lines: { rate: null }, units: { rate: null } },
      pickAccuracy: { picks: 0, shortPicksPerThousand: null, wrongScansPerThousand: null },
      // The backlog is now's, whatever the period.
      backorderAge: { lines: 1 },
    });
  });

  it('wrong scans are recorded, in their own transaction, and the refused scan itself wrote nothing', async () => {
    const rows = await sql<{ pick_list_id: string; code: string; raw: string; actor: string }>(t, 'select pick_list_id::text as pick_list_id, code, raw, actor from pick_scan_errors order by id');
    // The unknown barcode (SCAN_UNKNOWN) is not among them.
    expect(rows).toEqual([
      { pick_list_id: l2Id, code: 'WRONG_LOCATION', raw: items.A.gtin, actor: expect.stringMatching(/^key:/) },
      { pick_list_id: wrongScan.listId, code: 'WRONG_ITEM', raw: items.A.gtin, actor: expect.stringMatching(/^key:/) },
    ]);
    // One row more in pick_scan_errors, nothing else: no stock move, no task or list change.
    expect(wrongScan.countsAfter).toEqual({ ...wrongScan.countsBefore, pick_scan_errors: (wrongScan.countsBefore.pick_scan_errors ?? 0) + 1 });
    expect(wrongScan.versionAfter).toBe(wrongScan.versionBefore);
  });
});

describe('who may read the reports', () => {
  it('a SALES key reads performance but not margin; FINANCE reads margin; a STOREFRONT key reads neither', async () => {
    const sales = await t.keyFor(Role.SALES);
    const finance = await t.keyFor(Role.FINANCE);
    const storefront = await t.keyFor(Role.STOREFRONT);
    const warehouse = await t.keyFor(Role.WAREHOUSE);
    expect(dataOf(await performance({}, sales)).fulfillmentPerformance.orders).toBe(3);
    expect(dataOf(await performance({}, warehouse)).fulfillmentPerformance.orders).toBe(3);
    const refused = await margin({ groupBy: 'ORDER' }, sales);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(refused.data?.grossMargin ?? null).toBeNull();
    expect((await margin({ groupBy: 'ORDER' }, warehouse)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(dataOf(await margin({ groupBy: 'ORDER' }, finance)).grossMargin.total.margin).toBe('35.5');
    expect((await performance({}, storefront)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await margin({ groupBy: 'ORDER' }, storefront)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

