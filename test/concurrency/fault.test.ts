import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { armFault, disarmFaults } from '../../src/db/faults';
import { ItemStockDocument, StockLevelChangedDocument, StockReceiveDocument, StockTransferShipDocument } from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { checkInvariants } from '../helpers/invariants';
import { sql } from '../helpers/sql';
import { print } from 'graphql';

let t: TestApp;
let main: WarehouseFixture;
let east: WarehouseFixture;

beforeAll(async () => {
  t = await startTestApp();
  main = await warehouseFixture(t, 'MAIN');
  east = await warehouseFixture(t, 'EAST');
});
afterAll(async () => {
  disarmFaults();
  await t.stop();
});

/** Everything a stock command writes, counted. */
async function footprint() {
  const [row] = await sql<Record<string, string>>(
    t,
    `select (select count(*) from stock_moves)::text as moves, (select count(*) from move_valuations)::text as valuations,
            (select count(*) from journal_entries)::text as entries, (select count(*) from journal_lines)::text as lines,
            (select coalesce(sum(on_hand), 0) from stock_balances)::text as on_hand, (select coalesce(sum(on_hand), 0) from stock_summaries)::text as summary,
            (select coalesce(sum(value_remaining), 0) from stock_layers)::text as layers, (select count(*) from outbox_events)::text as events,
            (select count(*) from stock_documents)::text as documents, (select count(*) from stock_transfers)::text as transfers,
            (select coalesce(max(next), 0) from journal_sequences)::text as next_number`,
  );
  return row;
}

describe('a failure part-way through a command leaves no trace', () => {
  it.each([['inventory.after-ledger-write'], ['inventory.after-stock-write']])('fault at %s: no move, no balance change, no journal line, no event', async (point) => {
    const item = await itemFixture(t, `FAULT-${point.length}-${point.slice(-5)}`);
    const ok = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '5', unitCost: '2' }] } })).stockReceive;
    expect(ok.userErrors).toEqual([]);

    const events: string[] = [];
    // The receipt's event is published before the subscription starts "from now".
    await t.app.dispatcher.flush();
    const client = createClient({ url: t.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${t.adminKey}` } });
    const stop = client.subscribe({ query: print(StockLevelChangedDocument), variables: { skus: [item.sku] } }, { next: (m) => events.push(JSON.stringify(m.data)), error: () => undefined, complete: () => undefined });
    await new Promise((r) => setTimeout(r, 300));

    const before = await footprint();
    armFault(point);
    const failed = await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '7', unitCost: '3' }] } });
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(failed.errors?.[0]?.message).toBe('Internal server error');
    expect(JSON.stringify(failed.errors)).not.toMatch(/injected|stack|at /);
    expect(await footprint()).toEqual(before);

    armFault(point);
    const shipFailed = await t.gql(StockTransferShipDocument, { input: { fromWarehouseId: main.gid, toWarehouseId: east.gid, lines: [{ itemId: item.gid, fromLocationId: main.loc.A1, quantity: '2' }] } });
    expect(shipFailed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await footprint()).toEqual(before);
    expect(dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock[0]).toMatchObject({ onHand: '5', value: '10' });

    // The next command works, takes the next journal number (no gap) and is the only event delivered.
    const next = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '1', unitCost: '1' }] } })).stockReceive;
    expect(next.userErrors).toEqual([]);
    expect(Number(next.document!.journalEntry!.number.slice(-6))).toBe(Number(before!.next_number));
    await t.app.dispatcher.flush();
    await new Promise((r) => setTimeout(r, 300));
    stop();
    await client.dispose();
    expect(events.map((e) => JSON.parse(e).stockLevelChanged.onHand)).toEqual(['6']);
    await checkInvariants(t);
  });
});
