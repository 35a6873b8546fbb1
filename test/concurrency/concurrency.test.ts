import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValuationMethod } from '../../src/modules/catalog/item.entity';
import { commandStats } from '../../src/db/stats';
import { ItemStockDocument, StockAdjustDocument, StockMoveDocument, StockReceiveDocument, StockTransferReceiveDocument, StockTransferShipDocument } from '../generated/graphql';
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

  it('multi-line commands over the same items in opposite orders (A..F against F..A) never deadlock: stock rows are locked in id order', async () => {
    const items = await Promise.all(Array.from({ length: 6 }, (_, i) => itemFixture(t, `ORDER-${i}`, { valuation: i % 2 ? ValuationMethod.MOVING_AVERAGE : ValuationMethod.FIFO })));
    for (const item of items) {
      expect((await receive(item, '1000', '1.25')).userErrors).toEqual([]);
      expect((await receive(item, '1000', '1.50', east)).userErrors).toEqual([]);
    }
    const forward = items;
    const backward = [...items].reverse();
    const adjust = (order: ItemFixture[]) =>
      t.gql(StockAdjustDocument, { input: { warehouseId: main.gid, reasonCode: 'DAMAGED', lines: order.map((i) => ({ itemId: i.gid, locationId: main.loc.A1, quantity: '-1' })) } }).then((r) => dataOf(r).stockAdjust);
    const move = (order: ItemFixture[], from: 'A1' | 'A2', to: 'A1' | 'A2') =>
      t.gql(StockMoveDocument, { input: { warehouseId: main.gid, lines: order.map((i) => ({ itemId: i.gid, fromLocationId: main.loc[from], toLocationId: main.loc[to], quantity: '2' })) } }).then((r) => dataOf(r).stockMove);
    const ship = (order: ItemFixture[], from: WarehouseFixture, to: WarehouseFixture) =>
      t.gql(StockTransferShipDocument, { input: { fromWarehouseId: from.gid, toWarehouseId: to.gid, lines: order.map((i) => ({ itemId: i.gid, fromLocationId: from.loc.A1, quantity: '1' })) } }).then((r) => dataOf(r).stockTransferShip);
    // Production-sized stock: with a few dozen stock rows the planner scans the table and locks in its physical order
    // whatever the statement says; with thousands it drives the lock from the command's lines, so the SQL's order decides.
    await sql(t, `insert into items (sku, name, unit_id) select 'ORDER-BULK-' || g, 'bulk', (select id from units where code = 'EA') from generate_series(1, 20000) g`);
    await sql(t, `insert into stock_summaries (item_id, warehouse_id) select id, ? from items where sku like 'ORDER-BULK-%'`, [main.id]);
    await sql(t, 'analyze stock_summaries');
    // Every stock row the rounds touch exists before they start.
    expect((await move(forward, 'A1', 'A2')).userErrors).toEqual([]);
    expect((await ship(forward, main, east)).userErrors).toEqual([]);
    expect((await ship(forward, east, main)).userErrors).toEqual([]);

    const deadlocks = async () => (await sql<{ n: string }>(t, 'select deadlocks::text as n from pg_stat_database where datname = current_database()'))[0]!.n;
    const deadlocksBefore = await deadlocks();
    const retriesBefore = commandStats.retries;

    // Rounds with a third party holding the middle item's stock row: each command locks what it can and waits there,
    // so if the two took their locks in line order (A..C against F..D), releasing the row would deadlock them for sure.
    const waiting = async () => (await sql<{ n: number }>(t, "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"))[0]!.n;
    const middle = items[3]!;
    const heldRounds: [string, (order: ItemFixture[]) => Promise<{ userErrors: unknown[] }>][] = [
      ['stockAdjust', (order) => adjust(order)],
      ['stockMove', (order) => move(order, 'A1', 'A2')],
      ['stockTransferShip', (order) => ship(order, main, east)],
    ];
    for (const [name, run] of heldRounds) {
      const holder = new pg.Client({ connectionString: t.db.databaseUrl });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query('select id from stock_summaries where item_id = $1 and warehouse_id = $2 for update', [middle.id, main.id]);
        const both = Promise.all([run(forward), run(backward)]);
        for (let i = 0; i < 200 && (await waiting()) < 2; i++) await new Promise((r) => setTimeout(r, 10));
        expect(await waiting(), `${name}: both commands wait for the held row`).toBeGreaterThanOrEqual(2);
        await holder.query('commit');
        for (const r of await both) expect(r.userErrors, name).toEqual([]);
      } finally {
        await holder.end();
      }
    }
    expect(commandStats.retries - retriesBefore, 'retried after a deadlock').toBe(0);

    // And free-running rounds of four at once, both orders, every kind of command.
    for (let round = 0; round < 9; round++) {
      const results = await Promise.all(
        [forward, backward, forward, backward].map((order, k) => {
          switch (round % 3) {
            case 0:
              return adjust(order);
            case 1:
              return k < 2 ? move(order, 'A1', 'A2') : move(order, 'A2', 'A1');
            default:
              return k % 2 ? ship(order, main, east) : ship(order, east, main);
          }
        }),
      );
      for (const r of results) expect(r.userErrors, `round ${round}`).toEqual([]);
    }
    // The retry counter is the command runner's (db/transaction.ts): a deadlock is retried and never surfaces, so it is the witness.
    expect(commandStats.retries - retriesBefore, 'retried after a deadlock').toBe(0);
    // pg_stat_database shows a deadlock once the backend that detected it reports its statistics (within a second).
    await new Promise((r) => setTimeout(r, 1200));
    expect(await deadlocks()).toBe(deadlocksBefore);
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
