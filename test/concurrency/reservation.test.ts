import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CustomerCreateDocument, SalesChannelCreateDocument, SalesOrderConfirmDocument, SalesOrderCreateDocument, StockReceiveDocument } from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { onPostgres } from '../helpers/db';
import { itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { checkInvariants } from '../helpers/invariants';
import { sql } from '../helpers/sql';

/**
 * No oversell: 50 confirmations of one unit each race for 10 available units. Exactly
 * 10 are reserved, the other 40 are backordered (backorder: true) or refused with
 * INSUFFICIENT_STOCK (backorder: false); no deadlock or serialization failure reaches a
 * client; the invariants hold. Each round runs 20 times.
 */
describe.skipIf(!onPostgres)('no oversell on PostgreSQL', () => {
  let t: TestApp;
  let wh: WarehouseFixture;
  let customerId: string;
  let channelId: string;

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '16', RATE_LIMIT_ADMIN: 'off' });
    wh = await warehouseFixture(t, 'NOS-WH');
    customerId = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'NOS-C', name: 'Racing customer' } })).customerCreate.customer!.id;
    channelId = dataOf(await t.gql(SalesChannelCreateDocument, { input: { code: 'NOS-WEB', name: 'Racing shop', kind: 'STOREFRONT' } })).salesChannelCreate.salesChannel!.id;
  });
  afterAll(async () => {
    await t.stop();
  });

  async function round(n: number, backorder: boolean): Promise<void> {
    const item = await itemFixture(t, `NOS-${backorder ? 'B' : 'R'}-${n}`);
    expect(dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: wh.gid, lines: [{ itemId: item.gid, locationId: wh.loc.A1, quantity: '10', unitCost: '1' }] } })).stockReceive.userErrors).toEqual([]);
    const orders = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const res = dataOf(await t.gql(SalesOrderCreateDocument, { input: { customerId, channelId, shipFromWarehouseId: wh.gid, lines: [{ itemId: item.gid, quantity: '1', unitPrice: '5' }] } }));
        return res.salesOrderCreate.salesOrder!.id;
      }),
    );
    const results = await Promise.all(orders.map((id) => t.gql(SalesOrderConfirmDocument, { input: { id, backorder } })));
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const payloads = results.map((r) => dataOf(r).salesOrderConfirm);
    const outcome = payloads.map((p) => p.userErrors.map((e) => e.code).join() || p.salesOrder!.status);
    const count = (s: string) => outcome.filter((o) => o === s).length;
    expect(count('ALLOCATED')).toBe(10);
    expect(count(backorder ? 'BACKORDERED' : 'INSUFFICIENT_STOCK')).toBe(40);
    const [s] = await sql<{ allocated: string; backordered: string }>(t, 'select trim_scale(allocated)::text as allocated, trim_scale(backordered)::text as backordered from stock_summaries where item_id = $1', [item.id]);
    expect(s).toEqual({ allocated: '10', backordered: backorder ? '40' : '0' });
  }

  it('50 concurrent confirmations for 10 units with backorder: exactly 10 allocated and 40 backordered, 20 times', async () => {
    for (let i = 0; i < 20; i++) await round(i, true);
    await checkInvariants(t);
  }, 240_000);

  it('50 concurrent confirmations for 10 units without backorder: exactly 10 allocated and 40 refused, 20 times', async () => {
    for (let i = 0; i < 20; i++) await round(i, false);
    await checkInvariants(t);
  }, 240_000);
});
