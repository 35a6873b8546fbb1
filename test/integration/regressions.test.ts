/**
 * Regression tests from a review of the inventory and ledger code: each one failed on
 * the code as first written and guards its fix (negative moving-average settlement,
 * closed-period holes, control accounts, range checks, lot expiry rules, a race on the
 * sellable flag). Tests that would break an invariant if the fix regressed run on their
 * own test app, stopped before the invariant checker of test/helpers/setup.ts runs.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrackingMode, ValuationMethod } from '../../src/modules/catalog/item.entity';
import {
  AccountByCodeDocument,
  AccountCreateDocument,
  AccountMappingSetDocument,
  FiscalPeriodCloseDocument,
  InventoryCountApproveDocument,
  InventoryCountOpenDocument,
  InventoryCountRecordDocument,
  InventoryReconciliationDocument,
  InventoryValuationDocument,
  ItemStockDocument,
  JournalEntryCreateDocument,
  LocationUpdateDocument,
  LotByNumberDocument,
  StockAdjustDocument,
  StockMoveDocument,
  StockReceiveDocument,
  TrialBalanceDocument,
  WarehouseUpdateDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { onPostgres } from '../helpers/db';
import { type ItemFixture, itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { countRows, sql } from '../helpers/sql';
import { locationLockKey } from '../../src/modules/warehouse/place-locks';

let t: TestApp;
let main: WarehouseFixture;
let neg: WarehouseFixture;

beforeAll(async () => {
  t = await startTestApp();
  main = await warehouseFixture(t, 'MAIN');
  neg = await warehouseFixture(t, 'NEG', { allowNegativeStock: true });
});
afterAll(async () => {
  await t.stop();
});

/** A test app of its own for a test that leaves the books or stock broken; stopped (and so never invariant-checked) at the end. */
async function withOwnApp(body: (app: TestApp) => Promise<void>, env: Record<string, string> = {}): Promise<void> {
  const app = await startTestApp(env);
  try {
    await body(app);
  } finally {
    await app.stop();
  }
}

async function receive(app: TestApp, w: WarehouseFixture, item: ItemFixture, quantity: string, unitCost: string, extra: Record<string, unknown> = {}, location = w.loc.A1) {
  return dataOf(await app.gql(StockReceiveDocument, { input: { warehouseId: w.gid, ...extra, lines: [{ itemId: item.gid, locationId: location, quantity, unitCost }] } })).stockReceive;
}

async function adjust(app: TestApp, w: WarehouseFixture, item: ItemFixture, quantity: string, line: Record<string, unknown> = {}, reasonCode = 'DAMAGED') {
  return dataOf(await app.gql(StockAdjustDocument, { input: { warehouseId: w.gid, reasonCode: reasonCode as never, lines: [{ itemId: item.gid, locationId: w.loc.A1, quantity, ...line }] } })).stockAdjust;
}

const entryLines = (e: { lines: { account: { code: string }; debit: string; credit: string }[] } | null | undefined) => (e?.lines ?? []).map((l) => [l.account.code, l.debit, l.credit]);

describe('costing below zero', () => {
  it('FIFO (for contrast, sound): a receipt settles stock issued below zero and posts the cost difference to COGS', async () => {
    const item = await itemFixture(t, 'FIFO-NEG');
    expect((await receive(t, neg, item, '1', '100')).userErrors).toEqual([]);
    expect((await adjust(t, neg, item, '-6')).userErrors).toEqual([]); // 1 @ 100 + 5 below zero @ 100
    const back = await receive(t, neg, item, '6', '1'); // settles the 5 at 1 each: 495 back from COGS; 1 left at 1
    expect(entryLines(back.document?.journalEntry)).toEqual([
      ['1300', '501', '0'],
      ['2100', '0', '6'],
      ['5000', '0', '495'],
    ]);
    expect(dataOf(await t.gql(InventoryValuationDocument, { itemId: item.gid })).inventoryValuation.lines).toMatchObject([{ quantity: '1', value: '1' }]);
  });

  it('moving average: a receipt after stock went below zero settles the deficit and posts the cost difference to COGS', async () => {
    const item = await itemFixture(t, 'MA-NEG', { valuation: ValuationMethod.MOVING_AVERAGE });
    expect((await receive(t, neg, item, '1', '100')).userErrors).toEqual([]);
    expect((await adjust(t, neg, item, '-6')).userErrors).toEqual([]);
    const back = await receive(t, neg, item, '6', '1');
    expect(back.userErrors).toEqual([]);
    // Actual: [{ quantity: '1', value: '-494', unitCost: '-494' }] and the entry is only Dr 1300 6 / Cr 2100 6.
    expect(dataOf(await t.gql(InventoryValuationDocument, { itemId: item.gid })).inventoryValuation.lines).toMatchObject([{ quantity: '1', value: '1' }]);
    expect(entryLines(back.document?.journalEntry)).toContainEqual(['5000', '0', '495']);
  });
});

describe('inputs that end in INTERNAL_SERVER_ERROR instead of a userError', () => {
  it('a receipt whose value exceeds what can be recorded is refused with OUT_OF_RANGE', async () => {
    const item = await itemFixture(t, 'BIG-VALUE');
    const res = await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '999999999999999999', unitCost: '1000' }] } });
    expect(res.errors).toBeUndefined(); // was: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }]
    expect(res.data?.stockReceive.userErrors.length).toBeGreaterThan(0);
  });

  it('a receipt that takes on-hand past what can be recorded is refused with OUT_OF_RANGE', async () => {
    const item = await itemFixture(t, 'BIG-QTY');
    expect((await receive(t, main, item, '600000000000000000', '0.01')).userErrors).toEqual([]);
    const res = await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '600000000000000000', unitCost: '0.01' }] } });
    expect(res.errors).toBeUndefined(); // was: INTERNAL_SERVER_ERROR
    expect(res.data?.stockReceive.userErrors.length).toBeGreaterThan(0);
  });

  it('a manual journal line naming an unknown partner is refused with NOT_FOUND on its field', async () => {
    const cash = dataOf(await t.gql(AccountByCodeDocument, { code: '1000' })).accountByCode!.id;
    const expense = dataOf(await t.gql(AccountByCodeDocument, { code: '6000' })).accountByCode!.id;
    const res = await t.gql(JournalEntryCreateDocument, {
      input: { lines: [{ accountId: expense, debit: '1', partnerId: Buffer.from('Partner:999999').toString('base64url') }, { accountId: cash, credit: '1' }] },
    });
    expect(res.errors).toBeUndefined(); // was: INTERNAL_SERVER_ERROR
    expect(res.data?.journalEntryCreate.userErrors).toMatchObject([{ field: ['input', 'lines', '0', 'partnerId'] }]);
  });

  it('a document dated in the year 99 is refused as a userError', async () => {
    const item = await itemFixture(t, 'YEAR-99');
    const tables = ['stock_documents', 'stock_moves', 'stock_layers', 'journal_entries', 'fiscal_periods', 'outbox_events'];
    const before = await Promise.all(tables.map((tb) => countRows(t, tb)));
    const res = await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, occurredAt: '0099-01-15T00:00:00Z', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '1', unitCost: '1' }] } });
    expect(res.errors).toBeUndefined(); // was: INTERNAL_SERVER_ERROR
    expect(res.data?.stockReceive).toEqual({
      document: null,
      userErrors: [{ code: 'INVALID', message: 'A posting cannot be dated before 1900.', field: ['input', 'occurredAt'] }],
    });
    expect(await Promise.all(tables.map((tb) => countRows(t, tb)))).toEqual(before);
    expect(dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock).toEqual([]);
  });
});

describe('period close', () => {
  it('a posting into an earlier, empty month is refused once a later month is closed', async () => {
    await withOwnApp(async (app) => {
      const w = await warehouseFixture(app, 'P');
      const item = await itemFixture(app, 'P-1');
      expect((await receive(app, w, item, '1', '10', { occurredAt: '2026-09-15T10:00:00Z' })).userErrors).toEqual([]);
      const before = dataOf(await app.gql(TrialBalanceDocument, { asOf: '2026-09-30T23:59:59Z' })).trialBalance;
      expect(dataOf(await app.gql(FiscalPeriodCloseDocument, { input: { year: 2026, month: 9 } })).fiscalPeriodClose.userErrors).toEqual([]);
      await receive(app, w, item, '5', '10', { occurredAt: '2026-08-10T10:00:00Z' }); // was: accepted, no userErrors
      const after = dataOf(await app.gql(TrialBalanceDocument, { asOf: '2026-09-30T23:59:59Z' })).trialBalance;
      expect(after.totalDebit).toBe(before.totalDebit); // was: 10 before the close, 60 after
    });
  });

  it('a period closed behind the cache (another node, missed notification) still refuses the posting, with nothing written', async () => {
    await withOwnApp(async (app) => {
      const w = await warehouseFixture(app, 'PC');
      const item = await itemFixture(app, 'PC-1');
      expect((await receive(app, w, item, '1', '10', { occurredAt: '2026-07-15T10:00:00Z' })).userErrors).toEqual([]); // July is cached as open
      await sql(app, "update fiscal_periods set status = 'CLOSED' where year = 2026 and month = 7"); // as another node would, without our NOTIFY
      const moves = await sql<{ n: number }>(app, 'select count(*)::int as n from stock_moves');
      const refused = await receive(app, w, item, '5', '10', { occurredAt: '2026-07-20T10:00:00Z' });
      expect(refused.userErrors.map((e) => e.code)).toEqual(['PERIOD_CLOSED']);
      expect(await sql<{ n: number }>(app, 'select count(*)::int as n from stock_moves')).toEqual(moves);
      // An earlier month is closed too (periods close in order), whatever the cache says.
      expect((await receive(app, w, item, '5', '10', { occurredAt: '2026-06-20T10:00:00Z' })).userErrors.map((e) => e.code)).toEqual(['PERIOD_CLOSED']);
    });
  });

  it('a keyed receipt replayed after its period closed returns its first result, not PERIOD_CLOSED', async () => {
    await withOwnApp(async (app) => {
      const w = await warehouseFixture(app, 'PK');
      const item = await itemFixture(app, 'PK-1');
      const input = { occurredAt: '2026-05-15T10:00:00Z', idempotencyKey: 'pk-may-receipt' };
      const first = await receive(app, w, item, '3', '10', input);
      expect(first.userErrors).toEqual([]);
      expect(dataOf(await app.gql(FiscalPeriodCloseDocument, { input: { year: 2026, month: 5 } })).fiscalPeriodClose.userErrors).toEqual([]);
      const again = await receive(app, w, item, '3', '10', input);
      expect(again.userErrors).toEqual([]);
      expect(again.document?.id).toBe(first.document?.id);
      // A new key for the same input is a new command, and May is closed now.
      expect((await receive(app, w, item, '3', '10', { ...input, idempotencyKey: 'pk-may-receipt-2' })).userErrors.map((e) => e.code)).toEqual(['PERIOD_CLOSED']);
    });
  });

  it('a document dated before 1900 is refused, so it cannot block period closes', async () => {
    await withOwnApp(async (app) => {
      const w = await warehouseFixture(app, 'U');
      const item = await itemFixture(app, 'U-1');
      expect((await receive(app, w, item, '1', '1', { occurredAt: '2026-10-15T10:00:00Z' })).userErrors).toEqual([]);
      await receive(app, w, item, '1', '1', { occurredAt: '1899-12-15T10:00:00Z' }); // was: accepted
      const close = dataOf(await app.gql(FiscalPeriodCloseDocument, { input: { year: 2026, month: 10 } })).fiscalPeriodClose;
      expect(close.userErrors).toEqual([]); // was: EARLIER_PERIOD_OPEN "Close 1899-12 first"; closing 1899-12 is INVALID
    });
  });
});

describe('control accounts', () => {
  it('inventory cannot be mapped to a non-control account (which a manual entry could touch)', async () => {
    await withOwnApp(async (app) => {
      const w = await warehouseFixture(app, 'M');
      const item = await itemFixture(app, 'M-1');
      const account = dataOf(await app.gql(AccountCreateDocument, { input: { code: '1350', name: 'Inventory M', type: 'ASSET' } })).accountCreate.account!;
      await app.gql(AccountMappingSetDocument, { input: { purpose: 'INVENTORY', accountId: account.id, warehouseId: w.gid } }); // was: accepted
      expect((await receive(app, w, item, '1', '10')).userErrors).toEqual([]);
      const cash = dataOf(await app.gql(AccountByCodeDocument, { code: '1000' })).accountByCode!.id;
      await app.gql(JournalEntryCreateDocument, { input: { lines: [{ accountId: account.id, credit: '10' }, { accountId: cash, debit: '10' }] } }); // was: accepted
      const rec = dataOf(await app.gql(InventoryReconciliationDocument, {})).inventoryReconciliation;
      expect(rec.reconciled).toBe(true); // was: false, totalVariance 10
    });
  });

  it('the control flag stays on an account that holds a sub-ledger', async () => {
    await withOwnApp(async (app) => {
      const w = await warehouseFixture(app, 'C');
      const item = await itemFixture(app, 'C-1');
      expect((await receive(app, w, item, '1', '10')).userErrors).toEqual([]);
      const [inventory] = await sql<{ id: string }>(app, "select id::text as id from accounts where code = '1300'");
      await app.app.services.accounts.update(systemContext(app), { id: inventory!.id, control: false }).catch(() => undefined); // was: accepted
      const inv = dataOf(await app.gql(AccountByCodeDocument, { code: '1300' })).accountByCode!.id;
      const cash = dataOf(await app.gql(AccountByCodeDocument, { code: '1000' })).accountByCode!.id;
      await app.gql(JournalEntryCreateDocument, { input: { lines: [{ accountId: inv, credit: '10' }, { accountId: cash, debit: '10' }] } }); // was: accepted
      expect(dataOf(await app.gql(InventoryReconciliationDocument, {})).inventoryReconciliation.reconciled).toBe(true); // was: false
    });
  });
});

describe('negative stock where it is not allowed', () => {
  it('negative stock cannot be disallowed while some stock is below zero', async () => {
    await withOwnApp(async (app) => {
      const w = await warehouseFixture(app, 'T', { allowNegativeStock: true });
      const item = await itemFixture(app, 'T-1', { standardCost: '1' });
      expect((await adjust(app, w, item, '-3')).userErrors).toEqual([]);
      await app.gql(WarehouseUpdateDocument, { input: { id: w.gid, allowNegativeStock: false } }); // was: accepted
      const broken = await sql(app, 'select b.id from stock_balances b join warehouses w on w.id = b.warehouse_id where b.on_hand < 0 and not w.allow_negative_stock');
      expect(broken).toEqual([]); // was: one row, on_hand -3
    });
  });
});

describe('lots', () => {
  it('a count cannot register a lot without expiry for an item that requires one', async () => {
    const item = await itemFixture(t, 'CNT-LOT-EXP', { tracking: TrackingMode.LOT, lotExpiryRequired: true, standardCost: '2' });
    const count = dataOf(await t.gql(InventoryCountOpenDocument, { input: { warehouseId: main.gid, locationIds: [main.loc.A2], itemIds: [item.gid] } })).inventoryCountOpen.count!;
    await t.gql(InventoryCountRecordDocument, { input: { countId: count.id, entries: [{ locationId: main.loc.A2, itemId: item.gid, lotNumber: 'FOUND-1', quantity: '3' }] } });
    await t.gql(InventoryCountApproveDocument, { input: { countId: count.id } }); // was: approved, 3 units into lot FOUND-1
    const noExpiry = await sql(t, 'select b.id from stock_balances b join lots l on l.id = b.lot_id join items i on i.id = b.item_id where i.id = ? and b.on_hand <> 0 and i.lot_expiry_required and l.expiry_date is null', [item.id]);
    expect(noExpiry).toEqual([]);
  });

  it('a lot found by a count names the count as its origin', async () => {
    const item = await itemFixture(t, 'CNT-LOT-ORIGIN', { tracking: TrackingMode.LOT, standardCost: '2' });
    const count = dataOf(await t.gql(InventoryCountOpenDocument, { input: { warehouseId: main.gid, locationIds: [main.loc.A2], itemIds: [item.gid] } })).inventoryCountOpen.count!;
    await t.gql(InventoryCountRecordDocument, { input: { countId: count.id, entries: [{ locationId: main.loc.A2, itemId: item.gid, lotNumber: 'FOUND-2', quantity: '1' }] } });
    expect(dataOf(await t.gql(InventoryCountApproveDocument, { input: { countId: count.id } })).inventoryCountApprove.userErrors).toEqual([]);
    const lot = dataOf(await t.gql(LotByNumberDocument, { itemId: item.gid, lotNumber: 'FOUND-2' })).lotByNumber;
    expect(lot?.origin).toEqual({ documentType: 'InventoryCount', number: count.number }); // was: number null (origin id 'count')
  });

  it('an expiry given for an existing lot without one is recorded, and the expired-lot rule applies', async () => {
    const item = await itemFixture(t, 'LOT-EXP-DROP', { tracking: TrackingMode.LOT });
    const first = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.QA, quantity: '1', unitCost: '1', lotNumber: 'E1' }] } })).stockReceive;
    expect(first.userErrors).toEqual([]);
    const second = dataOf(
      await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '1', unitCost: '1', lotNumber: 'E1', expiryDate: '2020-01-31' }] } }),
    ).stockReceive;
    expect(second.userErrors.map((e) => e.code)).toEqual(['LOT_EXPIRED']); // was: [] and lot E1 still has expiryDate null
  });

  it('stockMove refuses to put an expired lot into a sellable location without allowExpired', async () => {
    const item = await itemFixture(t, 'LOT-EXP-MOVE', { tracking: TrackingMode.LOT });
    const received = dataOf(
      await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.QA, quantity: '4', unitCost: '1', lotNumber: 'OLD', expiryDate: '2020-01-31' }] } }),
    ).stockReceive;
    expect(received.userErrors).toEqual([]);
    const moved = dataOf(await t.gql(StockMoveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, fromLocationId: main.loc.QA, toLocationId: main.loc.A1, quantity: '4', lotNumber: 'OLD' }] } })).stockMove;
    expect(moved.userErrors.map((e) => e.code)).toEqual(['LOT_EXPIRED']); // was: [] and 4 expired units are available
  });

  it('a FOUND adjustment refuses to put an expired lot into a sellable location without allowExpired', async () => {
    const item = await itemFixture(t, 'LOT-EXP-GAIN', { tracking: TrackingMode.LOT });
    const received = dataOf(
      await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.QA, quantity: '1', unitCost: '1', lotNumber: 'OLD', expiryDate: '2020-01-31' }] } }),
    ).stockReceive;
    expect(received.userErrors).toEqual([]);
    const gained = await adjust(t, main, item, '2', { lotNumber: 'OLD' }, 'FOUND');
    expect(gained.userErrors.map((e) => e.code)).toEqual(['LOT_EXPIRED']); // was: []
  });
});

describe('quantity strings (checked, sound)', () => {
  it('signed adjustment quantities are parsed strictly by the Decimal scalar and the unit', async () => {
    const item = await itemFixture(t, 'QTY-STR', { standardCost: '1' });
    expect((await receive(t, main, item, '10', '1')).userErrors).toEqual([]);
    const outcome = async (q: string) => {
      const r = await t.gql(StockAdjustDocument, { input: { warehouseId: main.gid, reasonCode: 'DAMAGED', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: q }] } });
      if (r.errors?.length) return r.errors.map((e) => e.extensions?.code).join();
      const a = r.data!.stockAdjust;
      if (a.userErrors.length) return a.userErrors.map((e) => e.code).join();
      const m = a.document!.moves[0]!;
      return `${m.fromLocation ? '-' : '+'}${m.quantity}`;
    };
    const results: Record<string, string> = {};
    for (const q of ['-0', '5', '-1', '+5', '--1', ' -1', '0.000001', '1e-6', '-1E1', '0x10', 'NaN', '1e400']) results[q] = await outcome(q);
    // Exactly what the scalar documents: an optional minus, digits, an optional point and digits.
    expect(results).toEqual({
      '-0': 'NOT_POSITIVE',
      '5': '+5',
      '-1': '-1',
      '+5': 'BAD_USER_INPUT',
      '--1': 'BAD_USER_INPUT',
      ' -1': 'BAD_USER_INPUT',
      '0.000001': 'INVALID_QUANTITY',
      '1e-6': 'BAD_USER_INPUT',
      '-1E1': 'BAD_USER_INPUT',
      '0x10': 'BAD_USER_INPUT',
      NaN: 'BAD_USER_INPUT',
      '1e400': 'BAD_USER_INPUT',
    });
  });
});

// PGlite is one session: the race needs PostgreSQL (DATABASE_URL).
describe.skipIf(!onPostgres)('races on PostgreSQL', () => {
  it('a count approval racing receipts into the counted location (checked, sound: serialized on the stock lock)', async () => {
    const w = await warehouseFixture(t, 'CR');
    const item = await itemFixture(t, 'CR-1');
    expect((await receive(t, w, item, '10', '1', {}, w.loc.A2)).userErrors).toEqual([]);
    const count = dataOf(await t.gql(InventoryCountOpenDocument, { input: { warehouseId: w.gid, locationIds: [w.loc.A2] } })).inventoryCountOpen.count!;
    await t.gql(InventoryCountRecordDocument, { input: { countId: count.id, entries: [{ locationId: w.loc.A2, itemId: item.gid, quantity: '7' }] } });
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => receive(t, w, item, '1', '1', {}, w.loc.A2)),
      t.gql(InventoryCountApproveDocument, { input: { countId: count.id } }).then((r) => dataOf(r).inventoryCountApprove),
      ...Array.from({ length: 4 }, () => receive(t, w, item, '1', '1', {}, w.loc.A2)),
    ]);
    expect(results.flatMap((r) => r.userErrors)).toEqual([]);
    // Whatever the order, the approval set A2 to 7 at its instant and each receipt added 1 before or after it.
    const onHand = Number(dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock[0]!.onHand);
    expect(onHand).toBeGreaterThanOrEqual(7);
    expect(onHand).toBeLessThanOrEqual(15);
    // The invariant checker (setup.ts) then checks balances = moves, summaries = balances, layers = stock, sub-ledger = GL.
  });

  it('a receipt racing a location turned non-sellable: the flag change waits, and the stock ends up non-sellable', async () => {
    await withOwnApp(
      async (app) => {
        const w = await warehouseFixture(app, 'R');
        const item = await itemFixture(app, 'R-1');
        expect((await receive(app, w, item, '1', '1')).userErrors).toEqual([]); // 1 sellable in A1; the summary row exists
        const blocker = new pg.Client({ connectionString: app.db.databaseUrl });
        await blocker.connect();
        const startReceipt = () =>
          app.gql(StockReceiveDocument, { input: { warehouseId: w.gid, lines: [{ itemId: item.gid, locationId: w.loc.A2, quantity: '5', unitCost: '1' }] } });
        let pending: ReturnType<typeof startReceipt> | undefined;
        const startUpdate = () => app.gql(LocationUpdateDocument, { input: { id: w.loc.A2, sellable: false } });
        let updating: ReturnType<typeof startUpdate> | undefined;
        try {
          await blocker.query('begin');
          await blocker.query('select id from stock_summaries where item_id = $1 and warehouse_id = $2 for update', [item.id, w.id]);
          // The receipt into A2 (sellable) loads its location, then waits for the stock lock.
          pending = startReceipt();
          let waiting = false;
          for (let i = 0; i < 400 && !waiting; i++) {
            const r = await blocker.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
            waiting = (r.rows[0]?.n ?? 0) > 0;
            if (!waiting) await new Promise((resolve) => setTimeout(resolve, 25));
          }
          expect(waiting).toBe(true);
          // The receipt holds A2 (FOR SHARE) while it waits, so the flag change waits for the receipt.
          updating = startUpdate();
          await new Promise((resolve) => setTimeout(resolve, 300));
        } finally {
          await blocker.query('rollback').catch(() => undefined);
          await blocker.end().catch(() => undefined);
        }
        expect(dataOf(await (pending as ReturnType<typeof startReceipt>)).stockReceive.userErrors).toEqual([]);
        expect(dataOf(await (updating as ReturnType<typeof startUpdate>)).locationUpdate.userErrors).toEqual([]);
        const stock = dataOf(await app.gql(ItemStockDocument, { id: item.gid })).item!.stock;
        expect(stock[0]).toMatchObject({ onHand: '6', sellableOnHand: '1', available: '1' }); // was: sellableOnHand 6, available 6
      },
      { DB_POOL_SIZE: '8' },
    );
  });

  it('a receipt that waited for a location flag change plans again with the new flag (the write refuses a stale place)', async () => {
    const w = await warehouseFixture(t, 'RF');
    const item = await itemFixture(t, 'RF-1');
    expect((await receive(t, w, item, '1', '1')).userErrors).toEqual([]); // 1 sellable in A1; nothing in A2 yet
    const flagChange = new pg.Client({ connectionString: t.db.databaseUrl });
    await flagChange.connect();
    let pending: Promise<Awaited<ReturnType<typeof receive>>> | undefined;
    try {
      // A flag change in flight, as LocationService.update makes it: the place lock, then the row (its version rises).
      await flagChange.query('begin');
      await flagChange.query('select pg_advisory_xact_lock($1::bigint)', [locationLockKey(w.locDb.A2)]);
      await flagChange.query('update locations set sellable = false, version = version + 1 where id = $1', [w.locDb.A2]);
      // The receipt into A2 takes its snapshot, then waits for the place lock.
      pending = receive(t, w, item, '5', '1', {}, w.loc.A2);
      let waiting = false;
      for (let i = 0; i < 400 && !waiting; i++) {
        const r = await flagChange.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'");
        waiting = (r.rows[0]?.n ?? 0) > 0;
        if (!waiting) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(waiting).toBe(true);
      await flagChange.query('commit');
    } finally {
      await flagChange.query('rollback').catch(() => undefined);
      await flagChange.end().catch(() => undefined);
    }
    expect((await (pending as ReturnType<typeof receive>)).userErrors).toEqual([]);
    const stock = dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock;
    // Had the receipt used the flag its snapshot saw, A2's 5 would count as sellable (the invariant checker would see it too).
    expect(stock[0]).toMatchObject({ onHand: '6', sellableOnHand: '1', available: '1' });
  });
});
