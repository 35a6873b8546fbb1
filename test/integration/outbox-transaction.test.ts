/**
 * Invariant 5 and 8 at the level of the database: a command's outbox rows are written by
 * the very transaction that writes its document, stock moves and journal entry (never
 * after COMMIT, in a transaction of their own, where a crash in between would lose the
 * event or publish one for a rolled-back document).
 *
 * Two witnesses of the writing transaction: the row's `xmin`, and the outbox row's `xid`
 * (filled by its column default, pg_current_xact_id(), at insert). The sequencer's UPDATE
 * (seq) gives an outbox row a new xmin, so on PostgreSQL a transaction with an xid is held
 * open across the command: it holds the sequencer's horizon, the rows stay unnumbered, and
 * their xmin is still the inserting transaction's. PGlite is one session: there the `xid`
 * column is compared.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InventoryCountOpenDocument, ItemCreateDocument, StockReceiveDocument, StockTransferShipDocument } from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { onPostgres } from '../helpers/db';
import { itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { sql } from '../helpers/sql';

let t: TestApp;
let main: WarehouseFixture;
let east: WarehouseFixture;

beforeAll(async () => {
  t = await startTestApp();
  main = await warehouseFixture(t, 'MAIN');
  east = await warehouseFixture(t, 'EAST');
});
afterAll(async () => {
  await t.stop();
});

interface OutboxRow {
  topic: string;
  aggregate_type: string;
  xid: string;
  xmin: string;
  seq: string | null;
}

/**
 * Runs `command` and returns the outbox rows it wrote (by id, the file's commands run one at
 * a time) and the distinct xmins of its document rows, found by `documentRows` after it.
 */
async function writtenBy(command: () => Promise<void>, documentRows: () => Promise<{ table: string; where: string; params: unknown[] }[]>) {
  const [{ last } = { last: '0' }] = await sql<{ last: string }>(t, 'select coalesce(max(id), 0)::text as last from outbox_events');
  let blocker: pg.Client | null = null;
  if (onPostgres) {
    blocker = new pg.Client({ connectionString: t.db.databaseUrl });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('select pg_current_xact_id()'); // an xid: the sequencer's horizon stays below every later transaction
  }
  try {
    await command();
    const outbox = await sql<OutboxRow>(
      t,
      'select topic, aggregate_type, xid(xid)::text as xid, xmin::text as xmin, seq::text as seq from outbox_events where id > ? order by id',
      [last],
    );
    const documents: Record<string, string[]> = {};
    for (const { table, where, params } of await documentRows()) {
      documents[table] = (await sql<{ xmin: string }>(t, `select distinct xmin::text as xmin from ${table} where ${where}`, params)).map((r) => r.xmin);
    }
    return { outbox, documents };
  } finally {
    if (blocker) {
      await blocker.query('rollback');
      await blocker.end();
    }
  }
}

/** Every document row and every outbox row carries the one transaction id of the command. */
function expectOneTransaction(written: Awaited<ReturnType<typeof writtenBy>>, topics: string[]): void {
  const { outbox, documents } = written;
  for (const [table, xmins] of Object.entries(documents)) expect(xmins, table).toHaveLength(1);
  const xmins = new Set(Object.values(documents).flat());
  expect(xmins.size, JSON.stringify(documents)).toBe(1);
  const [txn] = [...xmins];
  expect([...new Set(outbox.map((o) => o.topic))].sort()).toEqual([...topics].sort());
  for (const o of outbox) {
    expect(o.xid, `${o.topic} outbox row: xid column`).toBe(txn);
    if (onPostgres) {
      expect(o.seq, `${o.topic} outbox row is held back by the open transaction`).toBeNull();
      expect(o.xmin, `${o.topic} outbox row: xmin`).toBe(txn);
    }
  }
}

describe('outbox rows are written in the transaction of their document', () => {
  it('stockReceive: the outbox rows carry the xmin of the stock document, its moves and its journal entry', async () => {
    const item = await itemFixture(t, 'OBX-1');
    const other = await itemFixture(t, 'OBX-2');
    let number = '';
    const written = await writtenBy(
      async () => {
        const res = dataOf(
          await t.gql(StockReceiveDocument, {
            input: {
              warehouseId: main.gid,
              lines: [
                { itemId: item.gid, locationId: main.loc.A1, quantity: '3', unitCost: '2.50' },
                { itemId: other.gid, locationId: main.loc.A2, quantity: '1', unitCost: '7' },
              ],
            },
          }),
        ).stockReceive;
        expect(res.userErrors).toEqual([]);
        number = res.document!.number;
      },
      async () => {
        const [doc] = await sql<{ id: string }>(t, 'select id::text as id from stock_documents where number = ?', [number]);
        return [
          { table: 'stock_documents', where: 'id = ?', params: [doc!.id] },
          { table: 'stock_moves', where: "document_type = 'StockDocument' and document_id = ?", params: [doc!.id] },
          { table: 'journal_entries', where: "source_type = 'StockDocument' and source_id = ?", params: [doc!.id] },
        ];
      },
    );
    expect(written.outbox.length).toBe(4); // the stock of each item changed, the document and its journal entry posted
    expectOneTransaction(written, ['journal.posted', 'stock.changed', 'stock.document.posted']);
  });

  it('stockTransferShip: the outbox rows carry the xmin of the transfer, its moves and its journal entry', async () => {
    const item = await itemFixture(t, 'OBX-3');
    dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '5', unitCost: '1.10' }] } }));
    let number = '';
    const written = await writtenBy(
      async () => {
        const res = dataOf(
          await t.gql(StockTransferShipDocument, { input: { fromWarehouseId: main.gid, toWarehouseId: east.gid, lines: [{ itemId: item.gid, fromLocationId: main.loc.A1, quantity: '2' }] } }),
        ).stockTransferShip;
        expect(res.userErrors).toEqual([]);
        number = res.transfer!.number;
      },
      async () => {
        const [tr] = await sql<{ id: string }>(t, 'select id::text as id from stock_transfers where number = ?', [number]);
        return [
          { table: 'stock_transfers', where: 'id = ?', params: [tr!.id] },
          { table: 'stock_moves', where: "document_type = 'StockTransfer' and document_id = ?", params: [tr!.id] },
          { table: 'journal_entries', where: "source_type = 'StockTransfer' and source_id = ?", params: [tr!.id] },
        ];
      },
    );
    expect(written.outbox.length).toBe(4); // the item's stock in both warehouses, the transfer and its journal entry
    expectOneTransaction(written, ['journal.posted', 'stock.changed', 'stock.transfer.changed']);
  });

  it('itemCreate (events written just before COMMIT): the outbox row carries the xmin of the item row', async () => {
    const written = await writtenBy(
      async () => {
        expect(dataOf(await t.gql(ItemCreateDocument, { input: { sku: 'OBX-NEW', name: 'Outbox item' } })).itemCreate.userErrors).toEqual([]);
      },
      async () => [{ table: 'items', where: 'sku = ?', params: ['OBX-NEW'] }],
    );
    expect(written.outbox.length).toBe(1);
    expectOneTransaction(written, ['item.changed']);
  });

  it('inventoryCountOpen (events written just before COMMIT): the outbox row carries the xmin of the count', async () => {
    let number = '';
    const written = await writtenBy(
      async () => {
        const res = dataOf(await t.gql(InventoryCountOpenDocument, { input: { warehouseId: main.gid, locationIds: [main.loc.A1] } })).inventoryCountOpen;
        expect(res.userErrors).toEqual([]);
        number = res.count!.number;
      },
      async () => [{ table: 'inventory_counts', where: 'number = ?', params: [number] }],
    );
    expect(written.outbox.length).toBe(1);
    expectOneTransaction(written, ['inventory.count.changed']);
  });
});
