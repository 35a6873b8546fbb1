import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandStats } from '../../src/db/stats';
import { HeldStockDocument, StockHoldCreateDocument, StockHoldReleaseDocument, StockReceiveDocument } from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { onPostgres } from '../helpers/db';
import { itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { checkInvariants } from '../helpers/invariants';
import { countRows, sql } from '../helpers/sql';

// PGlite is a single session: commands there never overlap, so these run on PostgreSQL (CI sets DATABASE_URL).
describe.skipIf(!onPostgres)('concurrent checkout holds on PostgreSQL', () => {
  let t: TestApp;
  let main: WarehouseFixture;
  let east: WarehouseFixture;

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '16' });
    main = await warehouseFixture(t, 'MAIN');
    east = await warehouseFixture(t, 'EAST');
  });
  afterAll(async () => {
    await t.stop();
  });

  const deadlocks = async () => (await sql<{ n: string }>(t, 'select deadlocks::text as n from pg_stat_database where datname = current_database()'))[0]!.n;

  it('50 concurrent holds of 1 for 10 units, 20 times: exactly 10 held, 40 refused with INSUFFICIENT_STOCK, no error reaches a client, invariants clean', async () => {
    const deadlocksBefore = await deadlocks();
    for (let round = 1; round <= 20; round++) {
      const item = await itemFixture(t, `HOLD50-${round}`);
      const receipt = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '10', unitCost: '1.00' }] } })).stockReceive;
      expect(receipt.userErrors).toEqual([]);
      // Half name the warehouse, half let the hold choose it (EAST has none of the item, so MAIN is the only candidate).
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => t.gql(StockHoldCreateDocument, { input: { warehouseId: i % 2 ? main.gid : null, ttlSeconds: 600, lines: [{ itemId: item.gid, quantity: '1' }] } })),
      );
      for (const r of results) expect(r.errors, `round ${round}`).toBeUndefined();
      const outcome = results.map((r) => dataOf(r).stockHold.userErrors.map((e) => e.code).join() || 'HELD');
      expect(outcome.filter((o) => o === 'HELD'), `round ${round}`).toHaveLength(10);
      expect(outcome.filter((o) => o === 'INSUFFICIENT_STOCK'), `round ${round}`).toHaveLength(40);
      expect(results.filter((r) => dataOf(r).stockHold.hold?.warehouse.code === 'MAIN')).toHaveLength(10);

      const d = dataOf(await t.gql(HeldStockDocument, { id: item.gid, skus: [item.sku] }));
      expect(d.item!.stock).toMatchObject([{ warehouse: { code: 'MAIN' }, sellableOnHand: '10', held: '10', available: '0' }]);
      expect(d.availability[0]).toMatchObject({ available: '0', warehouses: [{ warehouseCode: 'MAIN', held: '10', available: '0' }] });
      expect(await countRows(t, 'stock_hold_lines', 'item_id = ? and open', [item.id])).toBe(10);
      // One stock.changed per hold, in version order, each with one more held.
      const events = await sql<{ version: number; held: string }>(
        t,
        `select e.aggregate_version as version, e.payload->>'held' as held from outbox_events e join stock_summaries s on s.id::text = e.aggregate_id
         where e.topic = 'stock.changed' and s.item_id = ? and e.payload->>'held' <> '0' order by e.aggregate_version`,
        [item.id],
      );
      expect(events.map((e) => e.held)).toEqual(Array.from({ length: 10 }, (_, i) => String(i + 1)));
      expect(new Set(events.map((e) => e.version)).size).toBe(10);
      await checkInvariants(t);
    }
    // The runner retries a deadlock or serialization failure without the client seeing it; none should even happen here.
    await new Promise((r) => setTimeout(r, 1200));
    expect(await deadlocks()).toBe(deadlocksBefore);
  });

  it('holds and releases racing over two items in two warehouses never hold more than is there', async () => {
    const a = await itemFixture(t, 'HOLD-RACE-A');
    const b = await itemFixture(t, 'HOLD-RACE-B');
    for (const w of [main, east]) {
      const r = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: w.gid, lines: [{ itemId: a.gid, locationId: w.loc.A1, quantity: '5', unitCost: '1' }, { itemId: b.gid, locationId: w.loc.A1, quantity: '5', unitCost: '1' }] } })).stockReceive;
      expect(r.userErrors).toEqual([]);
    }
    const retriesBefore = commandStats.retries;
    const seen = { held: 0, refused: 0 };
    const worker = async (k: number) => {
      for (let n = 0; n < 8; n++) {
        // Lines in both orders: the stock rows are locked in id order whatever the order of the lines.
        const lines = k % 2 ? [{ itemId: a.gid, quantity: '1' }, { itemId: b.gid, quantity: '2' }] : [{ itemId: b.gid, quantity: '1' }, { itemId: a.gid, quantity: '2' }];
        const res = await t.gql(StockHoldCreateDocument, { input: { warehouseId: k % 3 ? null : main.gid, lines } });
        expect(res.errors).toBeUndefined();
        const hold = dataOf(res).stockHold.hold;
        if (hold) seen.held++;
        else {
          // One error per short line.
          expect(new Set(dataOf(res).stockHold.userErrors.map((e) => e.code))).toEqual(new Set(['INSUFFICIENT_STOCK']));
          seen.refused++;
        }
        if (hold && n % 2) {
          const rel = await t.gql(StockHoldReleaseDocument, { input: { id: hold.id } });
          expect(rel.errors).toBeUndefined();
          expect(dataOf(rel).stockHoldRelease.userErrors).toEqual([]);
        }
      }
    };
    await Promise.all(Array.from({ length: 12 }, (_, k) => worker(k)));
    expect(seen.held).toBeGreaterThan(0);
    expect(seen.refused, 'the stock ran out at some point').toBeGreaterThan(0);
    await checkInvariants(t);
    expect(commandStats.retries - retriesBefore, 'retried after a deadlock').toBe(0);
  });
});
