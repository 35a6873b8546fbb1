import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrackingMode, ValuationMethod } from '../../src/modules/catalog/item.entity';
import {
  AvailabilityDocument,
  InventoryValuationDocument,
  ItemStockDocument,
  StockAdjustDocument,
  StockLevelsDocument,
  StockMoveDocument,
  StockMovesDocument,
  StockReceiveDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { type ItemFixture, itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { countRows, sql } from '../helpers/sql';

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

async function receive(item: ItemFixture, quantity: string, unitCost: string, location = main.loc.A1, warehouse = main.gid) {
  const res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: warehouse, lines: [{ itemId: item.gid, locationId: location, quantity, unitCost }] } })).stockReceive;
  expect(res.userErrors).toEqual([]);
  return res.document!;
}

async function issue(item: ItemFixture, quantity: string, location = main.loc.A1, warehouse = main.gid) {
  const res = dataOf(
    await t.gql(StockAdjustDocument, { input: { warehouseId: warehouse, reasonCode: 'DAMAGED', lines: [{ itemId: item.gid, locationId: location, quantity: `-${quantity}` }] } }),
  ).stockAdjust;
  return res;
}

function linesOf(doc: { journalEntry: { lines: { account: { code: string }; debit: string; credit: string }[] } | null }) {
  return (doc.journalEntry?.lines ?? []).map((l) => [l.account.code, l.debit, l.credit]);
}

describe('direct receipts', () => {
  it('receives stock at a unit cost: a move, a balance, and Dr Inventory / Cr GRNI in the same entry', async () => {
    const item = await itemFixture(t, 'RCV-1');
    const doc = await receive(item, '10', '4.25');
    expect(doc).toMatchObject({ type: 'RECEIPT', number: expect.stringMatching(/^RC-\d{6}$/), warehouse: { code: 'MAIN' }, version: 1 });
    expect(doc.moves).toHaveLength(1);
    expect(doc.moves[0]).toMatchObject({ reason: 'RECEIPT', quantity: '10', unitCost: '4.25', value: '42.5', toLocation: { code: 'A1' }, fromLocation: null });
    expect(doc.journalEntry?.number).toMatch(/^JE-\d{4}-\d{6}$/);
    expect(linesOf(doc)).toEqual([
      ['1300', '42.5', '0'],
      ['2100', '0', '42.5'],
    ]);
    const stock = dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock;
    expect(stock).toEqual([{ onHand: '10', sellableOnHand: '10', allocated: '0', available: '10', inTransit: '0', version: 2, value: '42.5', warehouse: { code: 'MAIN' } }]);
  });

  it('values a receipt once (quantity x unit cost, rounded to the cent) and loses no cent across many issues', async () => {
    const item = await itemFixture(t, 'CENT-1');
    await receive(item, '3', '3.333333');
    const values: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await issue(item, '1');
      expect(res.userErrors).toEqual([]);
      values.push(res.document!.moves[0]!.value);
    }
    // 3 x 3.333333 = 9.999999 -> 10.00 in; out: 3.33 + 3.34 + 3.33 = 10.00.
    expect(values).toEqual(['3.33', '3.34', '3.33']);
    const valuation = dataOf(await t.gql(InventoryValuationDocument, { itemId: item.gid })).inventoryValuation;
    expect(valuation.lines).toEqual([]);
  });

  it('refuses bad lines and writes nothing', async () => {
    const item = await itemFixture(t, 'BAD-1');
    const before = { moves: await countRows(t, 'stock_moves'), entries: await countRows(t, 'journal_entries'), docs: await countRows(t, 'stock_documents') };
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ quantity: '0', unitCost: '1' }, 'NOT_POSITIVE', ['input', 'lines', '1', 'quantity']],
      [{ quantity: '-2', unitCost: '1' }, 'NOT_POSITIVE', ['input', 'lines', '1', 'quantity']],
      [{ quantity: '1.5', unitCost: '1' }, 'INVALID_QUANTITY', ['input', 'lines', '1', 'quantity']],
      [{ quantity: '1', unitCost: '-1' }, 'NOT_POSITIVE', ['input', 'lines', '1', 'unitCost']],
      [{ quantity: '1', unitCost: '1.1234567' }, 'INVALID', ['input', 'lines', '1', 'unitCost']],
      [{ quantity: '1', unitCost: '1', lotNumber: 'L1' }, 'LOT_NOT_TRACKED', ['input', 'lines', '1', 'lotNumber']],
      [{ quantity: '1', unitCost: '1', serialNumbers: ['S1'] }, 'SERIALS_NOT_TRACKED', ['input', 'lines', '1', 'serialNumbers']],
      [{ quantity: '1', unitCost: '1', locationId: east.loc.A1 }, 'LOCATION_IN_OTHER_WAREHOUSE', ['input', 'lines', '1', 'locationId']],
    ];
    for (const [line, code, field] of cases) {
      const res = dataOf(
        await t.gql(StockReceiveDocument, {
          input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '5', unitCost: '1' }, { itemId: item.gid, locationId: main.loc.A1, ...line } as never] },
        }),
      ).stockReceive;
      expect(res.document, code).toBeNull();
      expect(res.userErrors, code).toMatchObject([{ code, field }]);
    }
    expect({ moves: await countRows(t, 'stock_moves'), entries: await countRows(t, 'journal_entries'), docs: await countRows(t, 'stock_documents') }).toEqual(before);
    expect(dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock).toEqual([]);
  });

  it('refuses a decimal with 30 places before it reaches the service', async () => {
    const item = await itemFixture(t, 'BAD-2');
    const res = await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: `1.${'0'.repeat(29)}1`, unitCost: '1' }] } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/30 decimal places/);
  });
});

describe('FIFO and moving average, worked by hand', () => {
  it('FIFO: a sale between two purchases takes the oldest layer first', async () => {
    const item = await itemFixture(t, 'FIFO-1', { valuation: ValuationMethod.FIFO });
    await receive(item, '10', '4.00'); // layer 1: 10 @ 4.00 = 40.00
    const first = await issue(item, '4'); // 4 @ 4.00 = 16.00
    expect(first.document!.moves[0]!.value).toBe('16');
    await receive(item, '10', '5.00'); // layer 2: 10 @ 5.00 = 50.00
    const second = await issue(item, '10'); // 6 @ 4.00 + 4 @ 5.00 = 44.00
    expect(second.document!.moves[0]).toMatchObject({ value: '44', unitCost: '4.4' });
    expect(linesOf(second.document!)).toEqual([
      ['1300', '0', '44'],
      ['5100', '44', '0'],
    ]);
    const v = dataOf(await t.gql(InventoryValuationDocument, { itemId: item.gid })).inventoryValuation;
    expect(v.lines).toEqual([{ inTransit: false, quantity: '6', value: '30', unitCost: '5', item: { sku: 'FIFO-1' }, warehouse: { code: 'MAIN' } }]);
  });

  it('moving average: receipts re-average, issues take the average', async () => {
    const item = await itemFixture(t, 'MA-1', { valuation: ValuationMethod.MOVING_AVERAGE });
    await receive(item, '10', '4.00'); // 10 @ 4 = 40
    expect((await issue(item, '4')).document!.moves[0]!.value).toBe('16'); // 6 left, 24.00
    await receive(item, '10', '5.00'); // 16 units, 74.00 (4.625 each)
    const second = await issue(item, '10'); // 74 x 10/16 = 46.25
    expect(second.document!.moves[0]).toMatchObject({ value: '46.25', unitCost: '4.625' });
    const v = dataOf(await t.gql(InventoryValuationDocument, { itemId: item.gid })).inventoryValuation;
    expect(v.lines).toEqual([{ inTransit: false, quantity: '6', value: '27.75', unitCost: '4.625', item: { sku: 'MA-1' }, warehouse: { code: 'MAIN' } }]);
  });
});

describe('no cent drift on a large layer', () => {
  for (const valuation of [ValuationMethod.FIFO, ValuationMethod.MOVING_AVERAGE]) {
    it(`${valuation}: 100,003 received at 4.9524, issued 1 then 100,002, leaves exactly 0.00 in the layer and in the GL`, async () => {
      const item = await itemFixture(t, `DRIFT-${valuation}`, { valuation });
      const receipt = await receive(item, '100003', '4.9524'); // 495,254.8572 -> 495,254.86
      expect(receipt.moves[0]!.value).toBe('495254.86');
      const one = await issue(item, '1');
      expect(one.userErrors).toEqual([]);
      expect(one.document!.moves[0]!.value).toBe('4.95'); // 495,254.86 x 1 / 100,003 = 4.9524...
      const rest = await issue(item, '100002');
      expect(rest.userErrors).toEqual([]);
      // The last issue takes exactly what the layer holds: 495,254.86 - 4.95, not 100,002 x a rounded unit cost (495,249.90).
      expect(rest.document!.moves[0]!.value).toBe('495249.91');
      expect(linesOf(rest.document!)).toEqual([
        ['1300', '0', '495249.91'],
        ['5100', '495249.91', '0'],
      ]);

      const layers = await sql<{ q: string; v: string }>(t, 'select quantity_remaining::text as q, value_remaining::text as v from stock_layers where item_id = ?', [item.id]);
      expect(layers.map((l) => [Number(l.q), Number(l.v)])).toEqual([[0, 0]]);
      const [gl] = await sql<{ balance: string }>(
        t,
        `select coalesce(sum(l.debit - l.credit), 0)::text as balance from journal_lines l join accounts a on a.id = l.account_id where a.code = '1300' and l.item_id = ?`,
        [item.id],
      );
      expect(Number(gl!.balance)).toBe(0);
      expect(dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock).toMatchObject([{ onHand: '0', value: '0' }]);
      expect(dataOf(await t.gql(InventoryValuationDocument, { itemId: item.gid })).inventoryValuation).toMatchObject({ lines: [], totalValue: '0' });
    });
  }
});

describe('moves, negative stock and availability', () => {
  it('moves stock between locations of a warehouse with no ledger effect, and sellable locations decide availability', async () => {
    const item = await itemFixture(t, 'MOVE-1');
    await receive(item, '12', '2.00', main.loc.RCV);
    let avail = dataOf(await t.gql(AvailabilityDocument, { skus: ['move-1'] })).availability;
    expect(avail).toEqual([{ sku: 'MOVE-1', found: true, available: '0', warehouses: [{ warehouseCode: 'MAIN', available: '0', onHand: '0', allocated: '0', inTransit: '0' }] }]);
    const res = dataOf(
      await t.gql(StockMoveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, fromLocationId: main.loc.RCV, toLocationId: main.loc.A1, quantity: '8' }] } }),
    ).stockMove;
    expect(res.userErrors).toEqual([]);
    expect(res.document).toMatchObject({ type: 'LOCATION_MOVE', journalEntry: null });
    expect(res.document!.moves[0]).toMatchObject({ reason: 'PUTAWAY', quantity: '8', fromLocation: { code: 'RCV' }, toLocation: { code: 'A1' } });
    avail = dataOf(await t.gql(AvailabilityDocument, { skus: ['MOVE-1', 'NOPE-404'] })).availability;
    expect(avail[0]).toMatchObject({ sku: 'MOVE-1', found: true, available: '8' });
    expect(avail[1]).toEqual({ sku: 'NOPE-404', found: false, available: '0', warehouses: [] });
    const levels = dataOf(await t.gql(StockLevelsDocument, { filter: { itemIds: [item.gid] } })).stockLevels;
    expect(levels.edges.map((e) => [e.node.location.code, e.node.onHand])).toEqual([
      ['RCV', '4'],
      ['A1', '8'],
    ]);
    const first = dataOf(await t.gql(StockLevelsDocument, { filter: { itemIds: [item.gid] }, first: 1 })).stockLevels;
    const second = dataOf(await t.gql(StockLevelsDocument, { filter: { itemIds: [item.gid] }, first: 1, after: first.pageInfo.endCursor })).stockLevels;
    expect([first.totalCount, second.totalCount, second.pageInfo.hasNextPage]).toEqual([2, 2, false]);
    expect(second.edges.map((e) => e.node.location.code)).toEqual(['A1']);
  });

  it('refuses to take stock below zero, naming what is on hand, and writes nothing', async () => {
    const item = await itemFixture(t, 'NEG-1');
    await receive(item, '2', '1.00');
    const moves = await countRows(t, 'stock_moves');
    const res = await issue(item, '3');
    expect(res.document).toBeNull();
    expect(res.userErrors).toEqual([{ code: 'INSUFFICIENT_STOCK', field: ['input', 'lines', '0', 'quantity'], message: 'Only 2 of NEG-1 on hand in MAIN/A1; 3 requested.' }]);
    expect(await countRows(t, 'stock_moves')).toBe(moves);
  });

  it('where a warehouse allows negative stock, settles the deficit at the next receipt and writes the cost difference to COGS', async () => {
    const loose = await warehouseFixture(t, 'LOOSE', { allowNegativeStock: true });
    const item = await itemFixture(t, 'NEG-2');
    await receive(item, '2', '10.00', loose.loc.A1, loose.gid);
    const out = await issue(item, '5', loose.loc.A1, loose.gid); // 2 @ 10 + 3 below zero @ 10 = 50
    expect(out.userErrors).toEqual([]);
    expect(out.document!.moves[0]!.value).toBe('50');
    const back = await receive(item, '4', '12.00', loose.loc.A1, loose.gid); // 3 settle the deficit (36 vs 30 taken), 1 left @ 12
    expect(back.moves.map((m) => [m.reason, m.quantity, m.value])).toEqual([
      ['RECEIPT', '4', '48'],
      ['REVALUATION', '0', '-6'],
    ]);
    expect(linesOf(back)).toEqual([
      ['1300', '42', '0'],
      ['2100', '0', '48'],
      ['5000', '6', '0'],
    ]);
    const v = dataOf(await t.gql(InventoryValuationDocument, { itemId: item.gid })).inventoryValuation;
    expect(v.lines).toEqual([{ inTransit: false, quantity: '1', value: '12', unitCost: '12', item: { sku: 'NEG-2' }, warehouse: { code: 'LOOSE' } }]);
  });
});

describe('history and time travel', () => {
  it('answers stock levels and valuation as they stood at an earlier instant, and lists the move history', async () => {
    const item = await itemFixture(t, 'TT-1');
    await receive(item, '10', '1.00');
    await new Promise((r) => setTimeout(r, 20));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await receive(item, '5', '2.00');
    await issue(item, '12');
    const then = dataOf(await t.gql(StockLevelsDocument, { filter: { itemIds: [item.gid], asOf: between } })).stockLevels;
    expect(then.edges.map((e) => e.node.onHand)).toEqual(['10']);
    const now = dataOf(await t.gql(StockLevelsDocument, { filter: { itemIds: [item.gid] } })).stockLevels;
    expect(now.edges.map((e) => e.node.onHand)).toEqual(['3']);
    const valuationThen = dataOf(await t.gql(InventoryValuationDocument, { itemId: item.gid, asOf: between })).inventoryValuation;
    expect(valuationThen.lines.map((l) => [l.quantity, l.value])).toEqual([['10', '10']]);
    const history = dataOf(await t.gql(StockMovesDocument, { filter: { itemId: item.gid }, first: 2 })).stockMoves;
    expect(history.totalCount).toBe(3);
    expect(history.edges.map((e) => [e.node.reason, e.node.quantity])).toEqual([
      ['RECEIPT', '10'],
      ['RECEIPT', '5'],
    ]);
    const rest = dataOf(await t.gql(StockMovesDocument, { filter: { itemId: item.gid }, first: 2, after: history.pageInfo.endCursor })).stockMoves;
    expect(rest.edges.map((e) => [e.node.reason, e.node.quantity, e.node.value])).toEqual([['ADJUSTMENT', '12', '14']]);
  });

  it('keeps the valuation report equal to the GL, in total', async () => {
    const v = dataOf(await t.gql(InventoryValuationDocument, {})).inventoryValuation;
    expect(v.totalValue).toBe(v.glBalance);
    expect(Number(v.totalValue)).toBeGreaterThan(0);
  });
});

describe('tracking', () => {
  it('lots: expiry required, expired lots kept out of sellable locations unless allowed', async () => {
    const item = await itemFixture(t, 'LOT-1', { tracking: TrackingMode.LOT, lotExpiryRequired: true });
    const line = { itemId: item.gid, locationId: main.loc.A1, quantity: '5', unitCost: '2' };
    let res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [line] } })).stockReceive;
    expect(res.userErrors.map((e) => e.code)).toEqual(['LOT_REQUIRED']);
    res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ ...line, lotNumber: 'L-100' }] } })).stockReceive;
    expect(res.userErrors.map((e) => e.code)).toEqual(['LOT_EXPIRY_REQUIRED']);
    res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ ...line, lotNumber: 'L-OLD', expiryDate: '2020-01-31' }] } })).stockReceive;
    expect(res.userErrors.map((e) => e.code)).toEqual(['LOT_EXPIRED']);
    res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ ...line, locationId: main.loc.QA, lotNumber: 'L-OLD', expiryDate: '2020-01-31' }] } })).stockReceive;
    expect(res.userErrors).toEqual([]);
    res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, allowExpired: true, lines: [{ ...line, lotNumber: 'L-OLD' }] } })).stockReceive;
    expect(res.userErrors).toEqual([]);
    res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ ...line, lotNumber: 'L-OLD', expiryDate: '2021-01-31' }] } })).stockReceive;
    expect(res.userErrors.map((e) => e.code)).toEqual(['LOT_EXPIRY_MISMATCH']);
    const out = dataOf(
      await t.gql(StockAdjustDocument, { input: { warehouseId: main.gid, reasonCode: 'EXPIRED', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '-1', lotNumber: 'L-NONE' }] } }),
    ).stockAdjust;
    expect(out.userErrors).toMatchObject([{ code: 'UNKNOWN_LOT', field: ['input', 'lines', '0', 'lotNumber'] }]);
  });

  it('serials: the count must match the quantity, a serial is received once and shipped once', async () => {
    const item = await itemFixture(t, 'SER-1', { tracking: TrackingMode.SERIAL });
    const line = { itemId: item.gid, locationId: main.loc.A1, quantity: '2', unitCost: '100' };
    let res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ ...line, serialNumbers: ['SN-1'] }] } })).stockReceive;
    expect(res.userErrors.map((e) => e.code)).toEqual(['SERIAL_COUNT_MISMATCH']);
    res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ ...line, serialNumbers: ['SN-1', 'SN-1'] }] } })).stockReceive;
    expect(res.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_SERIAL']);
    res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ ...line, serialNumbers: ['SN-1', 'SN-2'] }] } })).stockReceive;
    expect(res.userErrors).toEqual([]);
    expect(res.document!.moves[0]!.serialNumbers).toEqual(['SN-1', 'SN-2']);
    res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ ...line, quantity: '1', serialNumbers: ['SN-2'] }] } })).stockReceive;
    expect(res.userErrors.map((e) => e.code)).toEqual(['SERIAL_IN_STOCK']);
    const lost = dataOf(
      await t.gql(StockAdjustDocument, { input: { warehouseId: main.gid, reasonCode: 'THEFT', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '-1', serialNumbers: ['SN-1'] }] } }),
    ).stockAdjust;
    expect(lost.userErrors).toEqual([]);
    const again = dataOf(
      await t.gql(StockAdjustDocument, { input: { warehouseId: main.gid, reasonCode: 'THEFT', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '-1', serialNumbers: ['SN-1'] }] } }),
    ).stockAdjust;
    expect(again.userErrors.map((e) => e.code)).toEqual(['SERIAL_NOT_AVAILABLE']);
  });
});

describe('idempotency', () => {
  it('replays a receipt with the same key without posting again, and refuses the key for another input', async () => {
    const item = await itemFixture(t, 'IDEM-1');
    const input = { warehouseId: main.gid, idempotencyKey: 'receipt-42', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '3', unitCost: '1.5' }] };
    const first = dataOf(await t.gql(StockReceiveDocument, { input })).stockReceive;
    const entries = await countRows(t, 'journal_entries');
    const second = dataOf(await t.gql(StockReceiveDocument, { input })).stockReceive;
    expect(second.userErrors).toEqual([]);
    expect(second.document!.id).toBe(first.document!.id);
    expect(await countRows(t, 'journal_entries')).toBe(entries);
    expect(dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock[0]!.onHand).toBe('3');
    const other = dataOf(await t.gql(StockReceiveDocument, { input: { ...input, lines: [{ ...input.lines[0]!, quantity: '4' }] } })).stockReceive;
    expect(other.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });
});
