import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onStatement } from '../../src/db/stats';
import { TrackingMode } from '../../src/modules/catalog/item.entity';
import { fromGlobalId, toGlobalId } from '../../src/shared/ids';
import { systemContext } from '../helpers/context';
import { AvailabilityDocument, SalesOrderConfirmDocument, SalesOrderCreateDocument, ShipmentConfirmDocument, StockAdjustDocument, StockReceiveDocument, StockTransferShipDocument } from '../generated/graphql';
import { packOneOrder } from '../helpers/fulfillment';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { sql } from '../helpers/sql';
import { type ItemFixture, itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';

/**
 * Round trips per command (issue: engine speed). Every statement a command sends, from its
 * BEGIN to its COMMIT, is counted at the driver connection (src/db/stats.ts), whoever
 * sends it. A stock command's statements must not grow with its lines: multi-row inserts
 * and set-based updates, one state read, one write.
 */
let t: TestApp;
let w: WarehouseFixture;
let to: WarehouseFixture;
const plain: ItemFixture[] = [];
const lotted: ItemFixture[] = [];

/** The statements of the one command `work` runs: BEGIN..COMMIT on the connection that began it. */
async function commandStatements(work: () => Promise<unknown>, marker = 'with places as materialized'): Promise<string[]> {
  const seen: { text: string; conn: number }[] = [];
  const off = onStatement((text, conn) => seen.push({ text: text.trim(), conn }));
  try {
    await work();
  } finally {
    off();
  }
  // The command's connection is the one that took its stock locks (background work, such as the
  // event sequencer, runs transactions of its own on other connections).
  const loads = seen.filter((s) => s.text.startsWith(marker));
  expect(loads, `one stock command expected, saw:\n${seen.map((s) => s.text.slice(0, 60)).join('\n')}`).toHaveLength(1);
  const conn = (loads[0] as { conn: number }).conn;
  const mine = seen.filter((s) => s.conn === conn);
  const load = mine.indexOf(loads[0] as { text: string; conn: number });
  let start = load;
  while (start >= 0 && !/^begin\b/i.test((mine[start] as { text: string }).text)) start--;
  expect(start, 'the command began a transaction').toBeGreaterThanOrEqual(0);
  const end = mine.findIndex((s, i) => i > start && /^(commit|rollback)\b/i.test(s.text));
  expect(end, 'the command committed').toBeGreaterThan(start);
  expect(mine[end]?.text.toLowerCase()).toBe('commit');
  return mine.slice(start, end + 1).map((s) => s.text.replace(/\s+/g, ' ').slice(0, 80));
}

const receipt = (items: readonly ItemFixture[], extra: Record<string, unknown> = {}, lot?: (i: number) => string) =>
  t.gql(StockReceiveDocument, {
    input: { warehouseId: w.gid, lines: items.map((item, i) => ({ itemId: item.gid, locationId: w.loc.A1, quantity: '5', unitCost: '1.25', ...(lot ? { lotNumber: lot(i) } : {}) })), ...extra },
  });

beforeAll(async () => {
  t = await startTestApp();
  w = await warehouseFixture(t, 'ST');
  to = await warehouseFixture(t, 'ST2');
  for (let i = 0; i < 20; i++) plain.push(await itemFixture(t, `ST-P${i}`));
  for (let i = 0; i < 20; i++) lotted.push(await itemFixture(t, `ST-L${i}`, { tracking: TrackingMode.LOT }));
  // Every item stocked once in both warehouses: the summary rows exist (first receipts are measured separately).
  expect(dataOf(await receipt(plain)).stockReceive.userErrors).toEqual([]);
  expect(dataOf(await receipt(plain)).stockReceive.userErrors).toEqual([]);
  expect(dataOf(await receipt(lotted, {}, (i) => `L0-${i}`)).stockReceive.userErrors).toEqual([]);
  const ship = await t.gql(StockTransferShipDocument, { input: { fromWarehouseId: w.gid, toWarehouseId: to.gid, lines: plain.map((p) => ({ itemId: p.gid, fromLocationId: w.loc.A1, quantity: '1' })) } });
  expect(dataOf(ship).stockTransferShip.userErrors).toEqual([]);
});
afterAll(async () => {
  await t.stop();
});

describe('round trips per stock command', () => {
  it('a receipt of 1 line and of 20 lines send the same statements, at most 12', async () => {
    const one = await commandStatements(async () => expect(dataOf(await receipt(plain.slice(0, 1))).stockReceive.userErrors).toEqual([]));
    const twenty = await commandStatements(async () => expect(dataOf(await receipt(plain)).stockReceive.userErrors).toEqual([]));
    expect(twenty, `20 lines sent:\n${twenty.join('\n')}`).toEqual(one);
    expect(one.length, `1 line sent:\n${one.join('\n')}`).toBeLessThanOrEqual(12);
    // BEGIN, the locks with the state, the write, COMMIT.
    expect(one).toHaveLength(4);
  });

  it('an idempotent receipt costs no round trip more: the state read claims the key, the write stores the result', async () => {
    const plainOne = await commandStatements(async () => expect(dataOf(await receipt(plain.slice(0, 1))).stockReceive.userErrors).toEqual([]));
    const one = await commandStatements(async () => expect(dataOf(await receipt(plain.slice(0, 1), { idempotencyKey: 'st-key-1' })).stockReceive.userErrors).toEqual([]));
    const twenty = await commandStatements(async () => expect(dataOf(await receipt(plain, { idempotencyKey: 'st-key-20' })).stockReceive.userErrors).toEqual([]));
    expect(twenty.length).toBe(one.length);
    expect(one.length).toBe(plainOne.length);
    const [key] = await sql<{ result: unknown }>(t, "select result from idempotency_keys where key = 'st-key-1'");
    expect(key?.result).toMatchObject({ documentId: expect.any(String) });
  });

  it('a first receipt (no stock row yet) and a receipt of lots stay constant in the number of lines', async () => {
    const fresh = async (n: number, prefix: string) => {
      const items: ItemFixture[] = [];
      for (let i = 0; i < n; i++) items.push(await itemFixture(t, `${prefix}${i}`));
      return items;
    };
    const [a, b] = [await fresh(1, 'ST-F1-'), await fresh(20, 'ST-F20-')];
    const firstOne = await commandStatements(async () => expect(dataOf(await receipt(a)).stockReceive.userErrors).toEqual([]));
    const firstTwenty = await commandStatements(async () => expect(dataOf(await receipt(b)).stockReceive.userErrors).toEqual([]));
    expect(firstTwenty).toEqual(firstOne);
    const lotsOne = await commandStatements(async () => expect(dataOf(await receipt(lotted.slice(0, 1), {}, (i) => `L1-${i}`)).stockReceive.userErrors).toEqual([]));
    const lotsTwenty = await commandStatements(async () => expect(dataOf(await receipt(lotted, {}, (i) => `L2-${i}`)).stockReceive.userErrors).toEqual([]));
    expect(lotsTwenty).toEqual(lotsOne);
    expect(Math.max(firstOne.length, lotsOne.length)).toBeLessThanOrEqual(12);
  });

  it('an issue from FIFO layers and a transfer shipment do not grow with their lines either', async () => {
    const adjust = (items: readonly ItemFixture[]) =>
      t.gql(StockAdjustDocument, { input: { warehouseId: w.gid, reasonCode: 'DAMAGED', lines: items.map((item) => ({ itemId: item.gid, locationId: w.loc.A1, quantity: '-2' })) } });
    const issueOne = await commandStatements(async () => expect(dataOf(await adjust(plain.slice(0, 1))).stockAdjust.userErrors).toEqual([]));
    const issueTwenty = await commandStatements(async () => expect(dataOf(await adjust(plain)).stockAdjust.userErrors).toEqual([]));
    expect(issueTwenty).toEqual(issueOne);
    const ship = (items: readonly ItemFixture[]) =>
      t.gql(StockTransferShipDocument, { input: { fromWarehouseId: w.gid, toWarehouseId: to.gid, lines: items.map((item) => ({ itemId: item.gid, fromLocationId: w.loc.A1, quantity: '1' })) } });
    const shipOne = await commandStatements(async () => expect(dataOf(await ship(plain.slice(0, 1))).stockTransferShip.userErrors).toEqual([]));
    const shipTwenty = await commandStatements(async () => expect(dataOf(await ship(plain)).stockTransferShip.userErrors).toEqual([]));
    expect(shipTwenty).toEqual(shipOne);
    expect(Math.max(issueOne.length, shipOne.length)).toBeLessThanOrEqual(12);
  });
});

describe('round trips of the fulfilment commands', () => {
  it('a shipment confirmation is BEGIN, one read, the stock locks, the order locks, one write, COMMIT, for 1 line as for 3', async () => {
    const fresh = async (prefix: string, n: number) => {
      const items: ItemFixture[] = [];
      for (let i = 0; i < n; i++) items.push(await itemFixture(t, `${prefix}${i}`));
      return items;
    };
    const one = await packOneOrder(t, w, await fresh('ST-SH1-', 1), { tag: 'STSH1' });
    const three = await packOneOrder(t, w, await fresh('ST-SH3-', 3), { tag: 'STSH3' });
    // The shipment alone: these customers are invoiced on demand (auto-invoicing is measured below).
    await sql(t, "update customers set auto_invoice = false where code in ('CUST-STSH1', 'CUST-STSH3')");
    const confirm = async (shipmentId: string) => {
      const r = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId } })).shipmentConfirm;
      expect(r.userErrors).toEqual([]);
      expect(r.shipment).toMatchObject({ id: shipmentId, status: 'SHIPPED' });
    };
    const sentOne = await commandStatements(() => confirm(one.shipmentId));
    const sentThree = await commandStatements(() => confirm(three.shipmentId));
    expect(sentThree).toEqual(sentOne);
    expect(sentOne, sentOne.join('\n')).toHaveLength(6);
    // What it wrote: three issue moves, one COGS entry, the shipment's lines and the order shipped.
    const [order] = await sql<{ status: string; moves: number; lines: number; entries: number }>(
      t,
      `select o.status, (select count(*)::int from stock_moves m where m.document_type = 'Shipment' and m.document_id = s.id::text) as moves,
              (select count(*)::int from shipment_lines l where l.shipment_id = s.id) as lines,
              (select count(*)::int from journal_entries e where e.source_type = 'Shipment' and e.source_id = s.id::text) as entries
       from shipments s join sales_orders o on o.id = s.order_id where s.id = ?`,
      [fromGlobalId(three.shipmentId)!.id],
    );
    expect(order).toEqual({ status: 'SHIPPED', moves: 3, lines: 3, entries: 1 });
  });

  it('auto-invoicing adds three round trips to a confirmation, for 1 line as for 3: the invoice read, its write (invoice, lines, entry), the order\'s INVOICED event', async () => {
    const one = await packOneOrder(t, w, [await itemFixture(t, 'ST-SI1-0')], { tag: 'STSI1' });
    const three = await packOneOrder(t, w, [await itemFixture(t, 'ST-SI3-0'), await itemFixture(t, 'ST-SI3-1'), await itemFixture(t, 'ST-SI3-2')], { tag: 'STSI3' });
    const confirm = async (shipmentId: string) => expect(dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId } })).shipmentConfirm.userErrors).toEqual([]);
    const sentOne = await commandStatements(() => confirm(one.shipmentId));
    const sentThree = await commandStatements(() => confirm(three.shipmentId));
    expect(sentThree).toEqual(sentOne);
    expect(sentOne, sentOne.join('\n')).toHaveLength(9);
    const [invoice] = await sql<{ lines: number; status: string }>(
      t,
      `select (select count(*)::int from invoice_lines l where l.invoice_id = i.id) as lines, o.status from invoices i join sales_orders o on o.id = i.order_id where i.shipment_id = ?`,
      [fromGlobalId(three.shipmentId)!.id],
    );
    expect(invoice).toEqual({ lines: 3, status: 'INVOICED' });
  });

  it('an order confirmation is BEGIN, one read, the stock locks, the order lock, the reservation read, one write, COMMIT, for 1 line as for 4', async () => {
    const ctx = systemContext(t);
    const { customerId } = await t.app.services.customers.create(ctx, { code: 'ST-CUST', name: 'Statements' });
    const { salesChannelId } = await t.app.services.salesChannels.create(ctx, { code: 'ST-CH', name: 'Statements', kind: 'STOREFRONT' as never, partnerId: null });
    const orderOf = async (items: readonly ItemFixture[], quantity = (_: number) => '2') => {
      const r = dataOf(
        await t.gql(SalesOrderCreateDocument, {
          input: { customerId: toGlobalId('Customer', customerId), channelId: toGlobalId('SalesChannel', salesChannelId), shipFromWarehouseId: w.gid, lines: items.map((i, n) => ({ itemId: i.gid, quantity: quantity(n), unitPrice: '3' })) },
        }),
      ).salesOrderCreate;
      expect(r.userErrors).toEqual([]);
      return r.salesOrder!.id;
    };
    const confirm = async (id: string, status: string) => {
      const r = dataOf(await t.gql(SalesOrderConfirmDocument, { input: { id } })).salesOrderConfirm;
      expect(r.userErrors).toEqual([]);
      expect(r.salesOrder?.status).toBe(status);
    };
    const one = await orderOf(plain.slice(0, 1));
    // Four lines, one of them more than there is (backordered): still the same statements.
    const short = plain[4]!;
    const four = await orderOf(plain.slice(1, 5), (n) => (n === 3 ? '100000' : '2'));
    const marker = 'select o.id::text as id, o.status';
    const sentOne = await commandStatements(() => confirm(one, 'ALLOCATED'), marker);
    const sentFour = await commandStatements(() => confirm(four, 'PARTIALLY_ALLOCATED'), marker);
    expect(sentFour).toEqual(sentOne);
    expect(sentOne, sentOne.join('\n')).toHaveLength(7);
    const [row] = await sql<{ allocations: number; backordered: string }>(
      t,
      `select (select count(*)::int from stock_allocations where order_id = ?) as allocations, trim_scale(backordered)::text as backordered from stock_summaries where item_id = ? and warehouse_id = ?`,
      [fromGlobalId(four)!.id, short.id, w.id],
    );
    // Three lines reserved in full, the fourth as far as its stock goes (one allocation row each), the rest backordered.
    expect(row?.allocations).toBe(4);
    expect(Number(row?.backordered)).toBeGreaterThan(99_000);

    // A customer with a credit limit: the credit lock rides on the first read, the figures on the order lock; no round trip more.
    const limited = await t.app.services.customers.create(ctx, { code: 'ST-CREDIT', name: 'Statements with a limit', creditLimit: '1000000' });
    const r = dataOf(
      await t.gql(SalesOrderCreateDocument, {
        input: { customerId: toGlobalId('Customer', limited.customerId), channelId: toGlobalId('SalesChannel', salesChannelId), shipFromWarehouseId: w.gid, lines: [{ itemId: plain[0]!.gid, quantity: '1', unitPrice: '3' }] },
      }),
    ).salesOrderCreate;
    const sentLimited = await commandStatements(() => confirm(r.salesOrder!.id, 'ALLOCATED'), marker);
    expect(sentLimited, sentLimited.join('\n')).toHaveLength(7);
  });
});

describe('the storefront read', () => {
  /** Every statement sent while `work` runs that reads availability. */
  async function availabilityStatements(work: () => Promise<unknown>): Promise<string[]> {
    const seen: string[] = [];
    const off = onStatement((text) => seen.push(text.replace(/\s+/g, ' ').trim()));
    try {
      await work();
    } finally {
      off();
    }
    return seen.filter((s) => s.includes('stock_summaries'));
  }

  it('answers 1 SKU and 60 SKUs (duplicates, any case, padded, unknown) with the same single statement', async () => {
    const item = await itemFixture(t, 'ST-AV1');
    expect(dataOf(await receipt([item])).stockReceive.userErrors).toEqual([]);
    let one: unknown[] = [];
    const single = await availabilityStatements(async () => (one = dataOf(await t.gql(AvailabilityDocument, { skus: [item.sku] })).availability));
    expect(one).toEqual([{ sku: 'ST-AV1', found: true, available: '5', warehouses: [{ warehouseCode: 'ST', available: '5', onHand: '5', allocated: '0', inTransit: '0' }] }]);
    const asked = [...plain.map((p) => p.sku.toLowerCase()), ...plain.map((p) => ` ${p.sku} `), ...lotted.map((p) => p.sku)];
    asked[20] = ' st-av1';
    asked[59] = 'NOPE-404';
    let many: { sku: string; found: boolean; available: string }[] = [];
    const sixty = await availabilityStatements(async () => (many = dataOf(await t.gql(AvailabilityDocument, { skus: asked })).availability));
    expect(single).toHaveLength(1);
    expect(sixty).toEqual(single);
    expect(many).toHaveLength(60);
    expect(many.slice(0, 2).map((a) => [a.sku, a.found])).toEqual([
      [plain[0]!.sku, true],
      [plain[1]!.sku, true],
    ]);
    expect(many[20]).toEqual(one[0]);
    expect(many[21]).toMatchObject({ sku: plain[1]!.sku, found: true });
    expect(many[59]).toEqual({ sku: 'NOPE-404', found: false, available: '0', warehouses: [] });
  });
});
