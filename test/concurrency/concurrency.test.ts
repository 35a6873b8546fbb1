import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValuationMethod } from '../../src/modules/catalog/item.entity';
import { ItemStockDocument, StockAdjustDocument, StockReceiveDocument, StockTransferReceiveDocument, StockTransferShipDocument } from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { onPostgres } from '../helpers/db';
import { type ItemFixture, itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { checkInvariants } from '../helpers/invariants';
import { countRows, sql } from '../helpers/sql';

// PGlite is a single session: commands there never overlap, so these run on PostgreSQL (CI sets DATABASE_URL).
describe.skipIf(!onPostgres)('concurrent commands on PostgreSQL', () => {
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

  const receive = async (item: ItemFixture, quantity: string, cost: string, w = main) =>
    dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: w.gid, lines: [{ itemId: item.gid, locationId: w.loc.A1, quantity, unitCost: cost }] } })).stockReceive;

  it('ten buyers of the last unit: one wins, nine get INSUFFICIENT_STOCK, nothing goes below zero', async () => {
    const item = await itemFixture(t, 'LAST-1');
    expect((await receive(item, '1', '9.99')).userErrors).toEqual([]);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.gql(StockAdjustDocument, { input: { warehouseId: main.gid, reasonCode: 'SAMPLE', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '-1' }] } }),
      ),
    );
    const codes = results.map((r) => dataOf(r).stockAdjust.userErrors.map((e) => e.code).join() || 'OK').sort();
    expect(codes).toEqual(['INSUFFICIENT_STOCK', 'INSUFFICIENT_STOCK', 'INSUFFICIENT_STOCK', 'INSUFFICIENT_STOCK', 'INSUFFICIENT_STOCK', 'INSUFFICIENT_STOCK', 'INSUFFICIENT_STOCK', 'INSUFFICIENT_STOCK', 'INSUFFICIENT_STOCK', 'OK']);
    expect(dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock[0]).toMatchObject({ onHand: '0', value: '0' });
    await checkInvariants(t);
  });

  it('one idempotency key sent five times at once creates one receipt', async () => {
    const item = await itemFixture(t, 'IDEM-PAR');
    const input = { warehouseId: main.gid, idempotencyKey: 'parallel-1', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '2', unitCost: '1' }] };
    const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(StockReceiveDocument, { input })));
    const ids = new Set(results.map((r) => dataOf(r).stockReceive.document?.id));
    expect(ids.size).toBe(1);
    expect(await countRows(t, 'stock_moves', 'item_id = ?', [item.id])).toBe(1);
    await checkInvariants(t);
  });

  it('a storm of receipts, transfers both ways and issues on shared items keeps every invariant (deadlocks retried, none surfacing)', async () => {
    const items = [await itemFixture(t, 'STORM-A'), await itemFixture(t, 'STORM-B', { valuation: ValuationMethod.MOVING_AVERAGE })];
    for (const item of items) {
      await receive(item, '100', '2.50');
      await receive(item, '100', '3.10', east);
    }
    const ops: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      const item = items[i % 2] as ItemFixture;
      const [from, to] = i % 4 < 2 ? [main, east] : [east, main];
      switch (i % 5) {
        case 0:
          ops.push(receive(item, String(1 + (i % 7)), `${1 + (i % 3)}.${i % 10}5`, from));
          break;
        case 1:
        case 2:
          ops.push(
            t.gql(StockTransferShipDocument, { input: { fromWarehouseId: from.gid, toWarehouseId: to.gid, lines: [{ itemId: items[0]!.gid, fromLocationId: from.loc.A1, quantity: '2' }, { itemId: items[1]!.gid, fromLocationId: from.loc.A1, quantity: '1' }] } }).then(async (r) => {
              const transfer = dataOf(r).stockTransferShip.transfer;
              if (!transfer) return;
              await t.gql(StockTransferReceiveDocument, { input: { transferId: transfer.id, lines: transfer.lines.map((l) => ({ transferLineId: l.id, toLocationId: to.loc.A2, quantity: l.quantityShipped })) } });
            }),
          );
          break;
        default:
          ops.push(t.gql(StockAdjustDocument, { input: { warehouseId: from.gid, reasonCode: 'DAMAGED', lines: [{ itemId: item.gid, locationId: from.loc.A1, quantity: '-1' }] } }));
      }
    }
    const results = await Promise.all(ops);
    for (const r of results) {
      const errors = (r as { errors?: unknown[] } | undefined)?.errors;
      expect(errors ?? []).toEqual([]);
    }
    await checkInvariants(t);
  });

  it('sixteen writers on distinct items for three seconds: every invariant, every journal number and every outbox seq used once with no gap, no deadlock', async () => {
    const writers = await Promise.all(Array.from({ length: 16 }, (_, i) => itemFixture(t, `W16-${i}`, { valuation: i % 2 ? ValuationMethod.MOVING_AVERAGE : ValuationMethod.FIFO })));
    for (const item of writers) expect((await receive(item, '50', '2.00')).userErrors).toEqual([]);
    const [before] = await sql<{ deadlocks: string }>(t, 'select deadlocks::text as deadlocks from pg_stat_database where datname = current_database()');
    const until = Date.now() + 3000;
    const done: number[] = [];
    await Promise.all(
      writers.map(async (item, w) => {
        let n = 0;
        while (Date.now() < until) {
          const step = n % 3;
          const res =
            step === 0
              ? dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '3', unitCost: `${2 + (n % 7) / 10}` }] } })).stockReceive
              : step === 1
                ? dataOf(await t.gql(StockAdjustDocument, { input: { warehouseId: main.gid, reasonCode: 'DAMAGED', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '-2' }] } })).stockAdjust
                : dataOf(await t.gql(StockTransferShipDocument, { input: { fromWarehouseId: main.gid, toWarehouseId: east.gid, lines: [{ itemId: item.gid, fromLocationId: main.loc.A1, quantity: '1' }] } })).stockTransferShip;
          expect(res.userErrors, `writer ${w}, command ${n}`).toEqual([]);
          n++;
        }
        done.push(n);
      }),
    );
    expect(done.reduce((a, b) => a + b, 0)).toBeGreaterThan(16 * 3);
    const numbers = await sql<{ year: number; n: number; lo: number; hi: number; distinct_n: number; unnumbered: number }>(
      t,
      'select year, count(*)::int as n, min(number) as lo, max(number) as hi, count(distinct number)::int as distinct_n, count(*) filter (where number is null)::int as unnumbered from journal_entries group by year',
    );
    for (const y of numbers) expect(y).toMatchObject({ lo: 1, hi: y.n, distinct_n: y.n, unnumbered: 0 });
    const [after] = await sql<{ deadlocks: string }>(t, 'select deadlocks::text as deadlocks from pg_stat_database where datname = current_database()');
    expect(after?.deadlocks).toBe(before?.deadlocks);
    // Every outbox row numbered exactly once, seq contiguous from 1.
    await t.app.dispatcher.flush();
    const [seq] = await sql<{ n: number; numbered: number; lo: string; hi: string; distinct_n: number }>(
      t,
      'select count(*)::int as n, count(seq)::int as numbered, min(seq)::text as lo, max(seq)::text as hi, count(distinct seq)::int as distinct_n from outbox_events',
    );
    expect(seq).toMatchObject({ numbered: seq!.n, lo: '1', hi: String(seq!.n), distinct_n: seq!.n });
    await checkInvariants(t);
  });
});
