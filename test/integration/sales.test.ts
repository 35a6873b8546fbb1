import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { inTransaction } from '../../src/db/transaction';
import { TrackingMode } from '../../src/modules/catalog/item.entity';
import { SalesOrderStatus } from '../../src/modules/sales/order-status';
import { lockOrder } from '../../src/modules/sales/sales-order.service';
import { fromGlobalId } from '../../src/shared/ids';
import {
  CustomerByCodeDocument,
  CustomerByIdDocument,
  CustomerCreateDocument,
  CustomerDeactivateDocument,
  CustomersDocument,
  CustomerUpdateDocument,
  ItemDeactivateDocument,
  PartnerCreateDocument,
  SalesChannelCreateDocument,
  SalesChannelsDocument,
  SalesChannelUpdateDocument,
  SalesOrderByIdDocument,
  SalesOrderCancelDocument,
  SalesOrderCreateDocument,
  type SalesOrderCreateInput,
  SalesOrderCustomerCreditDocument,
  SalesOrderNodeDocument,
  SalesOrderNodesDocument,
  SalesOrdersDocument,
  SalesOrderUpdateDocument,
} from '../generated/graphql';
import { dataOf, type GraphQLResponse, startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { itemFixture, warehouseFixture, type ItemFixture, type WarehouseFixture } from '../helpers/fixtures';
import { countRows, sql } from '../helpers/sql';

let t: TestApp;
let wh: WarehouseFixture;
let ea: ItemFixture;
let kg: ItemFixture;
let serial: ItemFixture;
let inactive: ItemFixture;
let customerId: string;
let partnerA: string;
let partnerB: string;
let web: string;
let mktA: string;
let mktB: string;

const dbIdOf = (gid: string) => fromGlobalId(gid)!.id;

/** Rows every order command writes to: a refused command must leave all of them as they were. */
async function footprint(): Promise<Record<string, number>> {
  return {
    orders: await countRows(t, 'sales_orders'),
    lines: await countRows(t, 'sales_order_lines'),
    events: await countRows(t, 'outbox_events', "topic like 'sales.%'"),
    numbers: (await sql<{ n: number }>(t, 'select coalesce(sum(next), 0)::int as n from sales_order_sequences'))[0]!.n,
  };
}

function order(overrides: Partial<SalesOrderCreateInput> = {}): SalesOrderCreateInput {
  return { customerId, channelId: web, lines: [{ itemId: ea.gid, quantity: '2', unitPrice: '9.99' }], ...overrides };
}

async function create(input: SalesOrderCreateInput, key?: string) {
  return dataOf(await (key === undefined ? t.gql(SalesOrderCreateDocument, { input }) : t.gql(SalesOrderCreateDocument, { input }, key))).salesOrderCreate;
}

function expectCode(res: GraphQLResponse<unknown>, code: string): void {
  expect(res.errors?.map((e) => e.extensions?.code), JSON.stringify(res)).toEqual([code]);
}

beforeAll(async () => {
  t = await startTestApp();
  wh = await warehouseFixture(t, 'SO-WH');
  ea = await itemFixture(t, 'SO-EA');
  kg = await itemFixture(t, 'SO-KG', { unitCode: 'KG' });
  serial = await itemFixture(t, 'SO-SER', { tracking: TrackingMode.SERIAL });
  inactive = await itemFixture(t, 'SO-OLD');
  expect(dataOf(await t.gql(ItemDeactivateDocument, { input: { id: inactive.gid } })).itemDeactivate.userErrors).toEqual([]);

  const customer = dataOf(
    await t.gql(CustomerCreateDocument, {
      input: {
        code: 'HARDWARE-HUB',
        name: 'Hardware Hub GmbH',
        email: 'orders@hardware-hub.example',
        billingAddress: { line1: 'Hauptstr. 1', city: 'Berlin', country: 'de' },
        shippingAddress: { line1: 'Lagerweg 7', city: 'Potsdam', country: 'DE' },
        paymentTermsDays: 14,
        defaultTaxRate: '19',
        creditLimit: '5000.00',
      },
    }),
  ).customerCreate;
  expect(customer.userErrors).toEqual([]);
  customerId = customer.customer!.id;

  const partner = async (code: string) => dataOf(await t.gql(PartnerCreateDocument, { input: { code, name: `${code} marketplace`, kinds: ['MARKETPLACE'] } })).partnerCreate.partner!.id;
  partnerA = await partner('MKT-A');
  partnerB = await partner('MKT-B');
  const channel = async (code: string, kind: 'STOREFRONT' | 'MARKETPLACE', partnerId?: string) => {
    const res = dataOf(await t.gql(SalesChannelCreateDocument, { input: { code, name: `${code} channel`, kind, partnerId } })).salesChannelCreate;
    expect(res.userErrors).toEqual([]);
    return res.salesChannel!.id;
  };
  web = await channel('WEB', 'STOREFRONT');
  mktA = await channel('CH-A', 'MARKETPLACE', partnerA);
  mktB = await channel('CH-B', 'MARKETPLACE', partnerB);
});
afterAll(async () => {
  await t.stop();
});

describe('customers', () => {
  it('creates a customer with addresses, terms, tax rate and credit limit, readable by id, by code in any case and as a node', async () => {
    const byId = dataOf(await t.gql(CustomerByIdDocument, { id: customerId })).customer;
    expect(byId).toMatchObject({
      code: 'HARDWARE-HUB',
      paymentTermsDays: 14,
      defaultTaxRate: '19',
      creditLimit: '5000',
      active: true,
      version: 1,
      billingAddress: { line1: 'Hauptstr. 1', city: 'Berlin', country: 'DE' },
      shippingAddress: { line1: 'Lagerweg 7', city: 'Potsdam', country: 'DE' },
    });
    expect(dataOf(await t.gql(CustomerByCodeDocument, { code: 'hardware-hub' })).customerByCode?.id).toBe(customerId);
    const node = await t.gql<{ node: { __typename: string } | null }, { id: string }>('query($id: ID!) { node(id: $id) { __typename } }', { id: customerId });
    expect(dataOf(node).node?.__typename).toBe('Customer');
  });

  it('defaults terms to net 30, tax to 0, no credit limit and the shipping address to the billing address', async () => {
    const res = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'PLAIN', name: 'Plain customer', billingAddress: { city: 'Lyon', country: 'FR' } } })).customerCreate;
    expect(res.userErrors).toEqual([]);
    expect(res.customer).toMatchObject({ paymentTermsDays: 30, defaultTaxRate: '0', creditLimit: null, shippingAddress: { city: 'Lyon', country: 'FR' } });
  });

  it('refuses a duplicate code regardless of case, a tax rate above 100 and negative credit, writing nothing', async () => {
    const before = await countRows(t, 'customers');
    const dup = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'hardware-HUB', name: 'Copy' } })).customerCreate;
    expect(dup).toMatchObject({ customer: null, userErrors: [{ code: 'DUPLICATE_CODE', field: ['input', 'code'] }] });
    const tax = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'TAXY', name: 'Taxy', defaultTaxRate: '100.5' } })).customerCreate;
    expect(tax.userErrors).toMatchObject([{ code: 'TAX_RATE_OUT_OF_RANGE', field: ['input', 'defaultTaxRate'] }]);
    const credit = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'NEG', name: 'Negative', creditLimit: '-1' } })).customerCreate;
    expect(credit.userErrors).toMatchObject([{ field: ['input', 'creditLimit'] }]);
    const terms = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'TERMS', name: 'Terms', paymentTermsDays: 400 } })).customerCreate;
    expect(terms.userErrors).toMatchObject([{ code: 'INVALID', field: ['input', 'paymentTermsDays'] }]);
    expect(await countRows(t, 'customers')).toBe(before);
  });

  it('updates with expectedVersion, refuses a stale version, and deactivates', async () => {
    const created = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'UPD', name: 'To update' } })).customerCreate.customer!;
    const updated = dataOf(await t.gql(CustomerUpdateDocument, { input: { id: created.id, expectedVersion: 1, name: 'Updated', creditLimit: '250' } })).customerUpdate;
    expect(updated.userErrors).toEqual([]);
    expect(updated.customer).toMatchObject({ name: 'Updated', creditLimit: '250', version: 2 });
    const stale = dataOf(await t.gql(CustomerUpdateDocument, { input: { id: created.id, expectedVersion: 1, name: 'Lost update' } })).customerUpdate;
    expect(stale.userErrors).toMatchObject([{ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] }]);
    const removed = dataOf(await t.gql(CustomerUpdateDocument, { input: { id: created.id, creditLimit: null } })).customerUpdate;
    expect(removed.customer?.creditLimit).toBeNull();
    const off = dataOf(await t.gql(CustomerDeactivateDocument, { input: { id: created.id } })).customerDeactivate;
    expect(off.customer).toMatchObject({ active: false, version: 4 });
    const unknown = dataOf(await t.gql(CustomerUpdateDocument, { input: { id: 'nonsense', name: 'x' } })).customerUpdate;
    expect(unknown.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
  });

  it('lists customers by code as a connection, with filters and cursors', async () => {
    const all = dataOf(await t.gql(CustomersDocument, { first: 250 })).customers;
    const codes = all.edges.map((e) => e.node.code);
    expect(codes).toEqual([...codes].sort());
    expect(all.totalCount).toBe(codes.length);
    const first = dataOf(await t.gql(CustomersDocument, { first: 1 })).customers;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await t.gql(CustomersDocument, { first: 1, after: first.pageInfo.endCursor })).customers;
    expect(second.edges[0]!.node.code).toBe(codes[1]);
    const active = dataOf(await t.gql(CustomersDocument, { first: 250, filter: { active: false } })).customers.edges.map((e) => e.node.code);
    expect(active).toEqual(['UPD']);
    const search = dataOf(await t.gql(CustomersDocument, { first: 250, filter: { search: 'hub' } })).customers.edges.map((e) => e.node.code);
    expect(search).toEqual(['HARDWARE-HUB']);
  });
});

describe('sales channels', () => {
  it('lists channels with their kind and refuses a duplicate code or an unknown partner', async () => {
    const list = dataOf(await t.gql(SalesChannelsDocument)).salesChannels.edges.map((e) => e.node);
    expect(list).toEqual(expect.arrayContaining([{ code: 'WEB', kind: 'STOREFRONT' }, { code: 'CH-A', kind: 'MARKETPLACE' }]));
    const dup = dataOf(await t.gql(SalesChannelCreateDocument, { input: { code: 'web', name: 'again', kind: 'STOREFRONT' } })).salesChannelCreate;
    expect(dup.userErrors).toMatchObject([{ code: 'DUPLICATE_CODE' }]);
    const noPartner = dataOf(await t.gql(SalesChannelCreateDocument, { input: { code: 'GHOST', name: 'ghost', kind: 'MARKETPLACE', partnerId: 'nope' } })).salesChannelCreate;
    expect(noPartner.userErrors).toMatchObject([{ code: 'UNKNOWN_PARTNER', field: ['input', 'partnerId'] }]);
  });
});

describe('sales orders', () => {
  it('creates a DRAFT order numbered SO-<year>-nnnnnn, with defaults from the customer and channel, and writes OrderStatusChanged', async () => {
    const before = await footprint();
    const res = await create(
      order({
        channelId: mktA,
        requestedShipDate: '2026-12-24',
        priority: 7,
        shipFromWarehouseId: wh.gid,
        carrier: 'DHL',
        carrierService: 'EXPRESS',
        lines: [
          { itemId: ea.gid, quantity: '3', unitPrice: '12.50', discountPercent: '10' },
          { itemId: kg.gid, quantity: '1.255', unitPrice: '4', taxRate: '7' },
        ],
      }),
    );
    expect(res.userErrors).toEqual([]);
    const so = res.salesOrder!;
    const year = new Date().getUTCFullYear();
    expect(so.number).toMatch(new RegExp(`^SO-${year}-\\d{6}$`));
    expect(so).toMatchObject({
      status: 'DRAFT',
      version: 1,
      requestedShipDate: '2026-12-24',
      priority: 7,
      carrier: 'DHL',
      carrierService: 'EXPRESS',
      customer: { code: 'HARDWARE-HUB' },
      channel: { code: 'CH-A' },
      partner: { code: 'MKT-A' },
      shipFromWarehouse: { code: 'SO-WH' },
      shippingAddress: { line1: 'Lagerweg 7', city: 'Potsdam', country: 'DE' },
    });
    const zeros = { quantityAllocated: '0', quantityPicked: '0', quantityPacked: '0', quantityShipped: '0', quantityBackordered: '0', quantityCancelled: '0' };
    expect(so.lines).toEqual([
      { lineNo: 1, item: { sku: 'SO-EA' }, quantityOrdered: '3', unitPrice: '12.5', discountPercent: '10', taxRate: '19', ...zeros },
      { lineNo: 2, item: { sku: 'SO-KG' }, quantityOrdered: '1.255', unitPrice: '4', discountPercent: '0', taxRate: '7', ...zeros },
    ]);
    const after = await footprint();
    expect(after).toMatchObject({ orders: before.orders + 1, lines: before.lines + 2, events: before.events + 1 });

    const events = await sql<{ topic: string; aggregate_type: string; aggregate_version: number; partner_id: string | null; payload: unknown }>(
      t,
      "select topic, aggregate_type, aggregate_version, partner_id::text as partner_id, payload from outbox_events where aggregate_type = 'SalesOrder' and aggregate_id = ?",
      [dbIdOf(so.id)],
    );
    expect(events).toHaveLength(1);
    const payload = typeof events[0]!.payload === 'string' ? JSON.parse(events[0]!.payload) : events[0]!.payload;
    expect(events[0]).toMatchObject({ topic: 'sales.order.status.changed', aggregate_version: 1, partner_id: dbIdOf(partnerA) });
    expect(payload).toMatchObject({ status: 'DRAFT', previousStatus: null });

    const next = (await create(order())).salesOrder!;
    const n = (s: string) => Number(s.slice(-6));
    expect(n(next.number)).toBe(n(so.number) + 1);
    expect(next).toMatchObject({ partner: null, priority: 0, shipFromWarehouse: null, requestedShipDate: null });
  });

  it('returns the same order when a storefront retries a creation with the same externalRef and input, and refuses other input under it', async () => {
    const input = order({ externalRef: 'WEB-10001', lines: [{ itemId: ea.gid, quantity: '1', unitPrice: '5' }] });
    const first = await create(input);
    expect(first.userErrors).toEqual([]);
    const before = await footprint();

    // The same order, even written differently (1.0 is 1), and without an idempotency key.
    const retry = await create({ ...input, lines: [{ itemId: ea.gid, quantity: '1.0', unitPrice: '5.00' }] });
    expect(retry.userErrors).toEqual([]);
    expect(retry.salesOrder?.id).toBe(first.salesOrder!.id);
    expect(retry.salesOrder?.number).toBe(first.salesOrder!.number);
    expect(await footprint()).toEqual(before);

    const other = await create({ ...input, lines: [{ itemId: ea.gid, quantity: '2', unitPrice: '5' }] });
    expect(other).toMatchObject({ salesOrder: null, userErrors: [{ code: 'EXTERNAL_REF_CONFLICT', field: ['input', 'externalRef'] }] });
    expect(other.userErrors[0]!.message).toContain('WEB-10001');
    expect(await footprint()).toEqual(before);

    // The reference is unique per channel: another channel may use it.
    const elsewhere = await create({ ...input, channelId: mktB });
    expect(elsewhere.userErrors).toEqual([]);
    expect(elsewhere.salesOrder?.id).not.toBe(first.salesOrder!.id);
  });

  it('gives concurrent retries of one creation one order, refuses rival input under the same reference, and numbers parallel orders without a gap', async () => {
    const input = order({ externalRef: 'WEB-RACE', lines: [{ itemId: ea.gid, quantity: '4', unitPrice: '2' }] });
    const before = await footprint();
    const retries = await Promise.all(Array.from({ length: 10 }, () => create(input)));
    expect(retries.flatMap((r) => r.userErrors)).toEqual([]);
    expect(new Set(retries.map((r) => r.salesOrder!.id)).size).toBe(1);
    expect(await footprint()).toMatchObject({ orders: before.orders + 1, lines: before.lines + 1, events: before.events + 1 });

    const rivals = await Promise.all([1, 2, 3, 4, 5].map((q) => create({ ...input, externalRef: 'WEB-RIVAL', lines: [{ itemId: ea.gid, quantity: String(q), unitPrice: '2' }] })));
    expect(rivals.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(rivals.filter((r) => r.userErrors.length > 0).map((r) => r.userErrors[0]!.code)).toEqual(Array(4).fill('EXTERNAL_REF_CONFLICT'));

    const parallel = await Promise.all(Array.from({ length: 12 }, (_, i) => create(order({ externalRef: `WEB-PAR-${i}` }))));
    const numbers = parallel.map((r) => Number(r.salesOrder!.number.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => numbers[0]! + i));
  });

  it('replays an idempotency key and refuses the key with other input', async () => {
    const input = order({ idempotencyKey: 'so-key-1' });
    const first = await create(input);
    const before = await footprint();
    const replay = await create(input);
    expect(replay.salesOrder?.id).toBe(first.salesOrder!.id);
    expect(await footprint()).toEqual(before);
    const reused = await create({ ...input, priority: 3 });
    expect(reused.userErrors).toMatchObject([{ code: 'IDEMPOTENCY_KEY_REUSED' }]);
  });

  it('edits a DRAFT: header fields, lines replaced, version up, a change event; a stale version is refused', async () => {
    const so = (await create(order())).salesOrder!;
    const res = dataOf(
      await t.gql(SalesOrderUpdateDocument, {
        input: {
          id: so.id,
          expectedVersion: 1,
          priority: 50,
          shippingAddress: { line1: 'Dock 4', city: 'Hamburg', country: 'DE' },
          lines: [
            { itemId: kg.gid, quantity: '0.5', unitPrice: '3' },
            { itemId: ea.gid, quantity: '4', unitPrice: '1', discountPercent: '100' },
            { itemId: ea.gid, quantity: '1', unitPrice: '0' },
          ],
        },
      }),
    ).salesOrderUpdate;
    expect(res.userErrors).toEqual([]);
    expect(res.salesOrder).toMatchObject({ status: 'DRAFT', version: 2, priority: 50, shippingAddress: { line1: 'Dock 4', city: 'Hamburg' } });
    expect(res.salesOrder!.lines.map((l) => [l.lineNo, l.item.sku, l.quantityOrdered, l.discountPercent])).toEqual([
      [1, 'SO-KG', '0.5', '0'],
      [2, 'SO-EA', '4', '100'],
      [3, 'SO-EA', '1', '0'],
    ]);
    const lineOnly = dataOf(await t.gql(SalesOrderUpdateDocument, { input: { id: so.id, lines: [{ itemId: ea.gid, quantity: '9', unitPrice: '2' }] } })).salesOrderUpdate;
    expect(lineOnly.salesOrder).toMatchObject({ version: 3, lines: [{ lineNo: 1, quantityOrdered: '9' }] });
    const back = dataOf(await t.gql(SalesOrderUpdateDocument, { input: { id: so.id, shippingAddress: null } })).salesOrderUpdate;
    expect(back.salesOrder?.shippingAddress).toEqual({ line1: 'Lagerweg 7', city: 'Potsdam', country: 'DE' });

    const before = await footprint();
    const stale = dataOf(await t.gql(SalesOrderUpdateDocument, { input: { id: so.id, expectedVersion: 1, priority: 1 } })).salesOrderUpdate;
    expect(stale.userErrors).toMatchObject([{ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] }]);
    expect(await footprint()).toEqual(before);
    const versions = await sql<{ topic: string; v: number }>(
      t,
      "select topic, aggregate_version as v from outbox_events where aggregate_type = 'SalesOrder' and aggregate_id = ? order by id",
      [dbIdOf(so.id)],
    );
    expect(versions).toEqual([
      { topic: 'sales.order.status.changed', v: 1 },
      { topic: 'sales.order.changed', v: 2 },
      { topic: 'sales.order.changed', v: 3 },
      { topic: 'sales.order.changed', v: 4 },
    ]);
  });

  it('cancels a DRAFT: every line cancelled, an event with the new version; then refuses to cancel or edit it again', async () => {
    const so = (await create(order({ lines: [{ itemId: ea.gid, quantity: '5', unitPrice: '1' }, { itemId: kg.gid, quantity: '2.5', unitPrice: '1' }] }))).salesOrder!;
    const res = dataOf(await t.gql(SalesOrderCancelDocument, { input: { id: so.id, expectedVersion: 1, reason: 'customer changed their mind' } })).salesOrderCancel;
    expect(res.userErrors).toEqual([]);
    expect(res.salesOrder).toMatchObject({ status: 'CANCELLED', version: 2, cancelReason: 'customer changed their mind', cancelledAt: expect.any(String) });
    expect(res.salesOrder!.lines.map((l) => [l.quantityOrdered, l.quantityCancelled])).toEqual([
      ['5', '5'],
      ['2.5', '2.5'],
    ]);
    const events = await sql<{ v: number; payload: unknown }>(
      t,
      "select aggregate_version as v, payload from outbox_events where topic = 'sales.order.status.changed' and aggregate_id = ? order by id",
      [dbIdOf(so.id)],
    );
    expect(events.map((e) => [e.v, (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload) as object])).toEqual([
      [1, expect.objectContaining({ status: 'DRAFT', previousStatus: null })],
      [2, expect.objectContaining({ status: 'CANCELLED', previousStatus: 'DRAFT' })],
    ]);

    const before = await footprint();
    const again = dataOf(await t.gql(SalesOrderCancelDocument, { input: { id: so.id } })).salesOrderCancel;
    expect(again.userErrors).toMatchObject([{ code: 'ILLEGAL_TRANSITION', field: ['input', 'id'] }]);
    expect(again.userErrors[0]!.message).toBe('A sales order cannot go from CANCELLED to CANCELLED (an order can be cancelled only before its first shipment).');
    const edit = dataOf(await t.gql(SalesOrderUpdateDocument, { input: { id: so.id, priority: 1 } })).salesOrderUpdate;
    expect(edit.userErrors).toMatchObject([{ code: 'ORDER_NOT_EDITABLE' }]);
    expect(edit.userErrors[0]!.message).toContain('CANCELLED');
    expect(await footprint()).toEqual(before);
  });

  it('changes status only through the status machine: the seam other modules call refuses an illegal change naming both states', async () => {
    const so = (await create(order())).salesOrder!;
    const orders = t.app.services.salesOrders;
    await inTransaction(systemContext(t), async (tx) => {
      const locked = await lockOrder(tx, dbIdOf(so.id), 1);
      await orders.changeStatus(tx, locked, SalesOrderStatus.CONFIRMED);
    });
    const before = await footprint();
    const refused = await inTransaction(systemContext(t), async (tx) => {
      const locked = await lockOrder(tx, dbIdOf(so.id), null);
      await orders.changeStatus(tx, locked, SalesOrderStatus.SHIPPED);
    }).then(
      () => null,
      (err: unknown) => err as { code?: string; message?: string },
    );
    expect(refused?.code).toBe('ILLEGAL_TRANSITION');
    expect(refused?.message).toBe('A sales order cannot go from CONFIRMED to SHIPPED.');
    expect(await footprint()).toEqual(before);
    const confirmed = dataOf(await t.gql(SalesOrderByIdDocument, { id: so.id })).salesOrder!;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', version: 2 });
    const edit = dataOf(await t.gql(SalesOrderUpdateDocument, { input: { id: so.id, priority: 1 } })).salesOrderUpdate;
    expect(edit.userErrors).toMatchObject([{ code: 'ORDER_NOT_EDITABLE' }]);
    const cancelled = dataOf(await t.gql(SalesOrderCancelDocument, { input: { id: so.id } })).salesOrderCancel;
    expect(cancelled.salesOrder).toMatchObject({ status: 'CANCELLED', version: 3 });
  });
});

describe('sales order validation: a clear userError and nothing written', () => {
  const cases: Array<[string, () => SalesOrderCreateInput, { code: string; field: string[] }[]]> = [
    ['an unknown customer', () => order({ customerId: 'bogus' }), [{ code: 'UNKNOWN_CUSTOMER', field: ['input', 'customerId'] }]],
    ['an unknown channel', () => order({ channelId: customerId }), [{ code: 'UNKNOWN_CHANNEL', field: ['input', 'channelId'] }]],
    ['an inactive item', () => order({ lines: [{ itemId: inactive.gid, quantity: '1', unitPrice: '1' }] }), [{ code: 'ITEM_INACTIVE', field: ['input', 'lines', '0', 'itemId'] }]],
    ['an unknown item', () => order({ lines: [{ itemId: wh.gid, quantity: '1', unitPrice: '1' }] }), [{ code: 'UNKNOWN_ITEM', field: ['input', 'lines', '0', 'itemId'] }]],
    ['1.5 of an item counted in EA', () => order({ lines: [{ itemId: ea.gid, quantity: '1.5', unitPrice: '1' }] }), [{ code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] }]],
    ['0.0005 KG (KG takes three places)', () => order({ lines: [{ itemId: kg.gid, quantity: '0.0005', unitPrice: '1' }] }), [{ code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] }]],
    ['half a serial-tracked unit', () => order({ lines: [{ itemId: serial.gid, quantity: '0.5', unitPrice: '1' }] }), [{ code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] }]],
    ['a zero quantity', () => order({ lines: [{ itemId: ea.gid, quantity: '0', unitPrice: '1' }] }), [{ code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] }]],
    ['a negative price', () => order({ lines: [{ itemId: ea.gid, quantity: '1', unitPrice: '-0.01' }] }), [{ code: 'NEGATIVE_PRICE', field: ['input', 'lines', '0', 'unitPrice'] }]],
    ['a discount above 100 %', () => order({ lines: [{ itemId: ea.gid, quantity: '1', unitPrice: '1', discountPercent: '100.01' }] }), [{ code: 'DISCOUNT_OUT_OF_RANGE', field: ['input', 'lines', '0', 'discountPercent'] }]],
    ['a negative discount', () => order({ lines: [{ itemId: ea.gid, quantity: '1', unitPrice: '1', discountPercent: '-5' }] }), [{ code: 'DISCOUNT_OUT_OF_RANGE', field: ['input', 'lines', '0', 'discountPercent'] }]],
    ['a tax rate above 100 %', () => order({ lines: [{ itemId: ea.gid, quantity: '1', unitPrice: '1', taxRate: '120' }] }), [{ code: 'TAX_RATE_OUT_OF_RANGE', field: ['input', 'lines', '0', 'taxRate'] }]],
    ['no lines', () => order({ lines: [] }), [{ code: 'NO_LINES', field: ['input', 'lines'] }]],
    ['an impossible ship date', () => order({ requestedShipDate: '2026-02-30' }), [{ code: 'INVALID', field: ['input', 'requestedShipDate'] }]],
    ['a priority above 100', () => order({ priority: 101 }), [{ code: 'INVALID', field: ['input', 'priority'] }]],
    ['an unknown ship-from warehouse', () => order({ shipFromWarehouseId: ea.gid }), [{ code: 'UNKNOWN_WAREHOUSE', field: ['input', 'shipFromWarehouseId'] }]],
    ['another partner than the channel\'s owner', () => order({ channelId: mktA, partnerId: partnerB }), [{ code: 'PARTNER_MISMATCH', field: ['input', 'partnerId'] }]],
    [
      'several bad lines, each reported at its own path',
      () =>
        order({
          lines: [
            { itemId: ea.gid, quantity: '1', unitPrice: '1' },
            { itemId: ea.gid, quantity: '0', unitPrice: '1' },
            { itemId: ea.gid, quantity: '1', unitPrice: '-1' },
          ],
        }),
      [
        { code: 'INVALID_QUANTITY', field: ['input', 'lines', '1', 'quantity'] },
        { code: 'NEGATIVE_PRICE', field: ['input', 'lines', '2', 'unitPrice'] },
      ],
    ],
    [
      'an unknown customer and an inactive item together',
      () => order({ customerId: 'bogus', lines: [{ itemId: inactive.gid, quantity: '1', unitPrice: '1' }] }),
      [
        { code: 'UNKNOWN_CUSTOMER', field: ['input', 'customerId'] },
        { code: 'ITEM_INACTIVE', field: ['input', 'lines', '0', 'itemId'] },
      ],
    ],
  ];

  it.each(cases)('refuses %s', async (_name, input, expected) => {
    const before = await footprint();
    const res = await create(input());
    expect(res.salesOrder).toBeNull();
    expect(res.userErrors.map((e) => ({ code: e.code, field: e.field }))).toEqual(expected);
    for (const e of res.userErrors) expect(e.message.length).toBeGreaterThan(10);
    expect(await footprint()).toEqual(before);
  });

  it('refuses an order for an inactive customer, and a control character in any text (a GraphQL error), writing nothing', async () => {
    const other = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'GONE', name: 'Gone customer' } })).customerCreate.customer!;
    dataOf(await t.gql(CustomerDeactivateDocument, { input: { id: other.id } }));
    const before = await footprint();
    const res = await create(order({ customerId: other.id }));
    expect(res.userErrors).toMatchObject([{ code: 'CUSTOMER_INACTIVE', field: ['input', 'customerId'] }]);
    const control = await t.gql(SalesOrderCreateDocument, { input: order({ carrier: 'DHL\u0000' }) });
    expectCode(control, 'BAD_USER_INPUT');
    const ref = await t.gql(SalesOrderCreateDocument, { input: order({ externalRef: 'A\u001bB' }) });
    expectCode(ref, 'BAD_USER_INPUT');
    expect(await footprint()).toEqual(before);
  });

  it('refuses an order on a deactivated channel', async () => {
    const ch = dataOf(await t.gql(SalesChannelCreateDocument, { input: { code: 'OLD-CH', name: 'Old shop', kind: 'STOREFRONT' } })).salesChannelCreate.salesChannel!;
    const off = dataOf(await t.gql(SalesChannelUpdateDocument, { input: { id: ch.id, expectedVersion: 1, active: false } })).salesChannelUpdate;
    expect(off.salesChannel).toMatchObject({ active: false, version: 2 });
    const before = await footprint();
    const res = await create(order({ channelId: ch.id }));
    expect(res.userErrors).toMatchObject([{ code: 'CHANNEL_INACTIVE', field: ['input', 'channelId'] }]);
    expect(await footprint()).toEqual(before);
  });

  it('refuses an edit with a bad line and leaves the order as it was', async () => {
    const so = (await create(order())).salesOrder!;
    const before = await footprint();
    const res = dataOf(await t.gql(SalesOrderUpdateDocument, { input: { id: so.id, lines: [{ itemId: inactive.gid, quantity: '1', unitPrice: '1' }] } })).salesOrderUpdate;
    expect(res.userErrors).toMatchObject([{ code: 'ITEM_INACTIVE', field: ['input', 'lines', '0', 'itemId'] }]);
    const empty = dataOf(await t.gql(SalesOrderUpdateDocument, { input: { id: so.id, lines: [] } })).salesOrderUpdate;
    expect(empty.userErrors).toMatchObject([{ code: 'NO_LINES' }]);
    expect(await footprint()).toEqual(before);
    expect(dataOf(await t.gql(SalesOrderByIdDocument, { id: so.id })).salesOrder).toMatchObject({ version: 1, lines: [{ quantityOrdered: '2' }] });
  });
});

describe('partner isolation', () => {
  let isoA: string;
  let isoB: string;
  let chanA: string;
  let keyA: string;
  let ordersA: string[];
  let ordersB: string[];

  beforeAll(async () => {
    const partner = async (code: string) => dataOf(await t.gql(PartnerCreateDocument, { input: { code, name: code, kinds: ['MARKETPLACE'] } })).partnerCreate.partner!.id;
    isoA = await partner('ISO-A');
    isoB = await partner('ISO-B');
    const channel = async (code: string, partnerId: string) =>
      dataOf(await t.gql(SalesChannelCreateDocument, { input: { code, name: code, kind: 'MARKETPLACE', partnerId } })).salesChannelCreate.salesChannel!.id;
    chanA = await channel('ISO-CH-A', isoA);
    const chanB = await channel('ISO-CH-B', isoB);
    keyA = await t.keyFor(Role.PARTNER, isoA);
    ordersA = [];
    ordersB = [];
    for (let i = 0; i < 3; i++) {
      ordersA.push((await create(order({ channelId: chanA, externalRef: `A-${i}` }))).salesOrder!.id);
      ordersB.push((await create(order({ channelId: chanB, externalRef: `B-${i}` }))).salesOrder!.id);
    }
  });

  it('a PARTNER key reads its own partner\'s orders by id and as nodes', async () => {
    const own = dataOf(await t.gql(SalesOrderByIdDocument, { id: ordersA[0]! }, keyA)).salesOrder;
    expect(own).toMatchObject({ partner: { code: 'ISO-A' }, customer: { code: 'HARDWARE-HUB' } });
    const node = dataOf(await t.gql(SalesOrderNodeDocument, { id: ordersA[1]! }, keyA)).node;
    expect(node).toMatchObject({ __typename: 'SalesOrder', status: 'DRAFT' });
  });

  it('gets null for another partner\'s order through salesOrder(id), node(id) and nodes(ids), and for an order of no partner', async () => {
    for (const id of ordersB) {
      expect(dataOf(await t.gql(SalesOrderByIdDocument, { id }, keyA)).salesOrder).toBeNull();
      expect(dataOf(await t.gql(SalesOrderNodeDocument, { id }, keyA)).node).toBeNull();
    }
    const webOrder = (await create(order())).salesOrder!.id;
    expect(dataOf(await t.gql(SalesOrderByIdDocument, { id: webOrder }, keyA)).salesOrder).toBeNull();
    const nodes = dataOf(await t.gql(SalesOrderNodesDocument, { ids: [ordersA[0]!, ordersB[0]!, webOrder, ordersA[2]!] }, keyA)).nodes;
    expect(nodes.map((n) => n?.id ?? null)).toEqual([ordersA[0], null, null, ordersA[2]]);
  });

  it('lists only its own orders, whatever the filter asks for, with a count of its own', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const page = dataOf(await t.gql(SalesOrdersDocument, { first: 2, after }, keyA)).salesOrders;
      expect(page.totalCount).toBe(ordersA.length);
      seen.push(...page.edges.map((e) => e.node.id));
      for (const e of page.edges) expect(e.node.partner?.code).toBe('ISO-A');
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(ordersA);
    const asked = dataOf(await t.gql(SalesOrdersDocument, { first: 50, filter: { partnerId: isoB } }, keyA)).salesOrders;
    expect(asked.edges.map((e) => e.node.id)).toEqual(ordersA);
    const byChannel = dataOf(await t.gql(SalesOrdersDocument, { first: 50, filter: { channelId: mktB } }, keyA)).salesOrders;
    expect(byChannel.edges).toEqual([]);
    // The admin sees both partners' orders and can filter by partner.
    const admin = dataOf(await t.gql(SalesOrdersDocument, { first: 50, filter: { partnerId: isoB } })).salesOrders;
    expect(admin.edges.map((e) => e.node.id)).toEqual(ordersB);
    expect(admin.edges.every((e) => e.node.partner?.code === 'ISO-B')).toBe(true);
  });

  it('a PARTNER key cannot write orders, read customers or channels, or see a customer\'s credit limit', async () => {
    const before = await footprint();
    const write = await t.gql(SalesOrderCreateDocument, { input: order({ channelId: chanA }) }, keyA);
    expectCode(write, 'FORBIDDEN');
    expect(write.data ?? null).toBeNull();
    const cancel = await t.gql(SalesOrderCancelDocument, { input: { id: ordersA[0]! } }, keyA);
    expectCode(cancel, 'FORBIDDEN');
    expect(await footprint()).toEqual(before);
    expectCode(await t.gql(CustomerByIdDocument, { id: customerId }, keyA), 'FORBIDDEN');
    expectCode(await t.gql(CustomersDocument, { first: 5 }, keyA), 'FORBIDDEN');
    expectCode(await t.gql(SalesChannelsDocument, {}, keyA), 'FORBIDDEN');
    expectCode(await t.gql(SalesChannelUpdateDocument, { input: { id: chanA, name: 'mine' } }, keyA), 'FORBIDDEN');
    const node = await t.gql<{ node: unknown }, { id: string }>('query($id: ID!) { node(id: $id) { id } }', { id: customerId }, keyA);
    expectCode(node, 'FORBIDDEN');
    const credit = await t.gql(SalesOrderCustomerCreditDocument, { id: ordersA[0]! }, keyA);
    expectCode(credit, 'FORBIDDEN');
    expect(credit.errors![0]!.path).toEqual(['salesOrder', 'customer', 'creditLimit']);
  });

  it('a PARTNER key bound to another partner sees that partner\'s orders only; a STOREFRONT key of another channel sees none of them', async () => {
    const keyB = await t.keyFor(Role.PARTNER, isoB);
    const list = dataOf(await t.gql(SalesOrdersDocument, { first: 50 }, keyB)).salesOrders.edges.map((e) => e.node.id);
    expect(list).toEqual(ordersB);
    expect(dataOf(await t.gql(SalesOrderByIdDocument, { id: ordersA[0]! }, keyB)).salesOrder).toBeNull();
    // Bound to a channel of its own (storefront-orders.test.ts covers its own channel's orders).
    const storefront = await t.keyFor(Role.STOREFRONT);
    const seen = dataOf(await t.gql(SalesOrdersDocument, { first: 50 }, storefront)).salesOrders;
    expect(seen).toMatchObject({ totalCount: 0, edges: [] });
    expect(dataOf(await t.gql(SalesOrderNodeDocument, { id: ordersA[0]! }, storefront)).node).toBeNull();
    expect(dataOf(await t.gql(SalesOrderByIdDocument, { id: ordersB[0]! }, storefront)).salesOrder).toBeNull();
  });

  it('a SALES key writes and reads orders; a WAREHOUSE key reads them but cannot write', async () => {
    const sales = await t.keyFor(Role.SALES);
    const made = await create(order({ channelId: chanA }), sales);
    expect(made.userErrors).toEqual([]);
    expect(dataOf(await t.gql(SalesOrderByIdDocument, { id: made.salesOrder!.id }, sales)).salesOrder?.id).toBe(made.salesOrder!.id);
    const warehouse = await t.keyFor(Role.WAREHOUSE);
    expect(dataOf(await t.gql(SalesOrderByIdDocument, { id: made.salesOrder!.id }, warehouse)).salesOrder?.id).toBe(made.salesOrder!.id);
    expectCode(await t.gql(SalesOrderCancelDocument, { input: { id: made.salesOrder!.id } }, warehouse), 'FORBIDDEN');
  });
});
