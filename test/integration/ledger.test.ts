import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import {
  AccountByCodeDocument,
  AccountCreateDocument,
  AccountLedgerDocument,
  AccountMappingSetDocument,
  FiscalPeriodCloseDocument,
  FiscalPeriodReopenDocument,
  InventoryReconciliationDocument,
  JournalEntriesDocument,
  JournalEntryCreateDocument,
  JournalEntryReverseDocument,
  StockAdjustDocument,
  StockReceiveDocument,
  TrialBalanceDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { countRows, sql } from '../helpers/sql';

let t: TestApp;
let main: WarehouseFixture;
const accounts: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  main = await warehouseFixture(t, 'MAIN');
  for (const code of ['1000', '1300', '2100', '3000', '5100', '6000']) {
    accounts[code] = dataOf(await t.gql(AccountByCodeDocument, { code })).accountByCode!.id;
  }
});
afterAll(async () => {
  await t.stop();
});

async function receive(sku: string, quantity: string, unitCost: string, occurredAt?: string) {
  const item = await itemFixture(t, sku);
  const res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, occurredAt, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity, unitCost }] } })).stockReceive;
  return { item, res };
}

/** An entry in the open period and its lines (account id, debit, credit), inserted by hand in one transaction, as a superuser could. */
async function insertEntryDirectly(lines: [string, string, string][]): Promise<void> {
  const [period] = await sql<{ id: string }>(t, "select id::text as id from fiscal_periods where status = 'OPEN' order by id desc limit 1");
  await t.app.db.orm.em.fork().transactional(async (tem) => {
    const conn = tem.getConnection();
    const ctx = tem.getTransactionContext();
    const [row] = await conn.execute<{ id: string }[]>(
      `insert into journal_entries (year, number, posting_date, occurred_at, period_id, source_type, source_id, actor)
       select extract(year from start_date), null, start_date, start_date, id, 'Test', '1', 'test' from fiscal_periods where id = ? returning id::text as id`,
      [period!.id],
      'all',
      ctx,
    );
    for (const [account, debit, credit] of lines) {
      await conn.execute('insert into journal_lines (entry_id, account_id, debit, credit) values (?, ?, ?, ?)', [row!.id, account, debit, credit], 'run', ctx);
    }
  });
}

/** Runs `edit` as a superuser would (triggers off where the table has them), checks, and always puts the row back. */
async function tampered(table: string, edit: string, undo: string, params: unknown[], check: () => Promise<void>): Promise<void> {
  const toggle = async (on: boolean) => {
    if (table !== 'stock_layers') await sql(t, `alter table ${table} ${on ? 'enable' : 'disable'} trigger ${table}_append_only`);
  };
  await toggle(false);
  try {
    await sql(t, edit, params);
  } finally {
    await toggle(true);
  }
  try {
    await check();
  } finally {
    await toggle(false);
    try {
      await sql(t, undo, params);
    } finally {
      await toggle(true);
    }
  }
  expect(dataOf(await t.gql(InventoryReconciliationDocument, {})).inventoryReconciliation.reconciled).toBe(true);
}

const closeNow = async () => {
  const now = new Date();
  return dataOf(await t.gql(FiscalPeriodCloseDocument, { input: { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 } })).fiscalPeriodClose;
};

describe('manual journal entries', () => {
  it('posts a balanced entry with a gap-free number and shows it in the trial balance', async () => {
    const res = dataOf(
      await t.gql(JournalEntryCreateDocument, {
        input: { memo: 'Owner investment', lines: [{ accountId: accounts['1000']!, debit: '1000.00' }, { accountId: accounts['3000']!, credit: '1000.00' }] },
      }),
    ).journalEntryCreate;
    expect(res.userErrors).toEqual([]);
    expect(res.entry).toMatchObject({ memo: 'Owner investment', total: '1000', document: { documentType: 'JournalEntry' } });
    const number = Number(res.entry!.number.split('-')[2]);
    const next = dataOf(
      await t.gql(JournalEntryCreateDocument, { input: { lines: [{ accountId: accounts['6000']!, debit: '40' }, { accountId: accounts['1000']!, credit: '40' }] } }),
    ).journalEntryCreate;
    expect(Number(next.entry!.number.split('-')[2])).toBe(number + 1);
    const tb = dataOf(await t.gql(TrialBalanceDocument, {})).trialBalance;
    expect(tb.balanced).toBe(true);
    expect(tb.totalDebit).toBe(tb.totalCredit);
    expect(tb.lines.find((l) => l.account.code === '1000')).toMatchObject({ debit: '1000', credit: '40', balance: '960' });
  });

  it('refuses an unbalanced entry, a control account, and a one-sided line, writing nothing', async () => {
    const before = await countRows(t, 'journal_entries');
    const unbalanced = dataOf(
      await t.gql(JournalEntryCreateDocument, { input: { lines: [{ accountId: accounts['1000']!, debit: '10' }, { accountId: accounts['3000']!, credit: '9.99' }] } }),
    ).journalEntryCreate;
    expect(unbalanced.userErrors).toMatchObject([{ code: 'UNBALANCED', message: 'The entry does not balance: debits 10, credits 9.99.' }]);
    const control = dataOf(
      await t.gql(JournalEntryCreateDocument, { input: { lines: [{ accountId: accounts['1300']!, debit: '10' }, { accountId: accounts['3000']!, credit: '10' }] } }),
    ).journalEntryCreate;
    expect(control.userErrors).toMatchObject([{ code: 'CONTROL_ACCOUNT', field: ['input', 'lines', '0', 'accountId'] }]);
    const both = dataOf(
      await t.gql(JournalEntryCreateDocument, { input: { lines: [{ accountId: accounts['1000']!, debit: '10', credit: '10' }, { accountId: accounts['3000']!, credit: '10' }] } }),
    ).journalEntryCreate;
    expect(both.userErrors).toMatchObject([{ code: 'INVALID', field: ['input', 'lines', '0'] }]);
    const cents = dataOf(
      await t.gql(JournalEntryCreateDocument, { input: { lines: [{ accountId: accounts['1000']!, debit: '10.001' }, { accountId: accounts['3000']!, credit: '10.001' }] } }),
    ).journalEntryCreate;
    expect(cents.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID', ['input', 'lines', '0', 'debit']],
      ['INVALID', ['input', 'lines', '1', 'credit']],
    ]);
    expect(await countRows(t, 'journal_entries')).toBe(before);
  });

  it('reverses an entry once, linked both ways; a stock document\'s entry is not reversed this way', async () => {
    const created = dataOf(
      await t.gql(JournalEntryCreateDocument, { input: { lines: [{ accountId: accounts['6000']!, debit: '25' }, { accountId: accounts['1000']!, credit: '25' }] } }),
    ).journalEntryCreate.entry!;
    const reversed = dataOf(await t.gql(JournalEntryReverseDocument, { input: { entryId: created.id } })).journalEntryReverse;
    expect(reversed.userErrors).toEqual([]);
    expect(reversed.entry!.reversalOf).toEqual({ id: created.id, number: created.number });
    expect(reversed.reversed!.reversedBy).toEqual({ id: reversed.entry!.id, number: reversed.entry!.number });
    expect(reversed.entry!.lines.map((l) => [l.account.code, l.debit, l.credit]).sort()).toEqual([
      ['1000', '25', '0'],
      ['6000', '0', '25'],
    ]);
    const twice = dataOf(await t.gql(JournalEntryReverseDocument, { input: { entryId: created.id } })).journalEntryReverse;
    expect(twice.userErrors.map((e) => e.code)).toEqual(['ALREADY_REVERSED']);

    const { res } = await receive('REV-1', '1', '5');
    const docEntry = res.document!.journalEntry!;
    const refused = dataOf(await t.gql(JournalEntryReverseDocument, { input: { entryId: docEntry.id } })).journalEntryReverse;
    expect(refused.userErrors.map((e) => e.code)).toEqual(['DOCUMENT_ENTRY']);
    const byDoc = dataOf(await t.gql(JournalEntriesDocument, { filter: { documentId: res.document!.id } })).journalEntries;
    expect(byDoc.edges.map((e) => e.node.number)).toEqual([docEntry.number]);
    expect(byDoc.edges[0]!.node.lines.map((l) => [l.item?.sku, l.warehouse?.code, l.document.documentType, l.document.number])).toEqual([
      ['REV-1', 'MAIN', 'StockDocument', res.document!.number],
      ['REV-1', 'MAIN', 'StockDocument', res.document!.number],
    ]);
  });
});

describe('account ledger', () => {
  it('runs a balance across pages', async () => {
    const cash = accounts['1000']!;
    for (const amount of ['5', '7', '11']) {
      await t.gql(JournalEntryCreateDocument, { input: { lines: [{ accountId: cash, debit: amount }, { accountId: accounts['3000']!, credit: amount }] } });
    }
    const all = dataOf(await t.gql(AccountLedgerDocument, { accountId: cash, first: 100 })).accountLedger;
    const page1 = dataOf(await t.gql(AccountLedgerDocument, { accountId: cash, first: 2 })).accountLedger;
    const page2 = dataOf(await t.gql(AccountLedgerDocument, { accountId: cash, first: 100, after: page1.pageInfo.endCursor })).accountLedger;
    const running = (p: typeof all) => p.edges.map((e) => e.node.runningBalance);
    expect([...running(page1), ...running(page2)]).toEqual(running(all));
    const last = all.edges[all.edges.length - 1]!.node.runningBalance;
    expect(last).toBe(dataOf(await t.gql(AccountByCodeDocument, { code: '1000' })).accountByCode!.balance);
    expect(all.totalCount).toBe(all.edges.length);
  });
});

describe('fiscal periods', () => {
  it('closes a period, refuses postings dated in it, and records a reopen', async () => {
    const { res: early } = await receive('PER-1', '2', '3', '2025-01-15T10:00:00Z');
    expect(early.userErrors).toEqual([]);
    const finance = await t.keyFor(Role.FINANCE);
    const closed = dataOf(await t.gql(FiscalPeriodCloseDocument, { input: { year: 2025, month: 1, reason: 'January closed' } }, finance)).fiscalPeriodClose;
    expect(closed.userErrors).toEqual([]);
    expect(closed.period).toMatchObject({ status: 'CLOSED', events: [{ action: 'CLOSE', reason: 'January closed' }] });

    const entries = await countRows(t, 'journal_entries');
    const moves = await countRows(t, 'stock_moves');
    const { res: late } = await receive('PER-2', '1', '1', '2025-01-20T10:00:00Z');
    expect(late.userErrors).toMatchObject([{ code: 'PERIOD_CLOSED', field: ['input', 'occurredAt'] }]);
    const manual = dataOf(
      await t.gql(JournalEntryCreateDocument, { input: { occurredAt: '2025-01-31T12:00:00Z', lines: [{ accountId: accounts['6000']!, debit: '1' }, { accountId: accounts['1000']!, credit: '1' }] } }),
    ).journalEntryCreate;
    expect(manual.userErrors.map((e) => e.code)).toEqual(['PERIOD_CLOSED']);
    expect([await countRows(t, 'journal_entries'), await countRows(t, 'stock_moves')]).toEqual([entries, moves]);

    const again = dataOf(await t.gql(FiscalPeriodCloseDocument, { input: { year: 2025, month: 1 } }, finance)).fiscalPeriodClose;
    expect(again.userErrors.map((e) => e.code)).toEqual(['PERIOD_ALREADY_CLOSED']);
    const notAdmin = await t.gql(FiscalPeriodReopenDocument, { input: { year: 2025, month: 1, reason: 'fix' } }, finance);
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reopened = dataOf(await t.gql(FiscalPeriodReopenDocument, { input: { year: 2025, month: 1, reason: 'Late supplier invoice' } })).fiscalPeriodReopen;
    expect(reopened.period).toMatchObject({ status: 'OPEN', events: [{ action: 'CLOSE' }, { action: 'REOPEN', reason: 'Late supplier invoice' }] });
    const { res: now } = await receive('PER-3', '1', '1', '2025-01-20T10:00:00Z');
    expect(now.userErrors).toEqual([]);
  });

  it('the database refuses an entry in a closed period even if the code were to try', async () => {
    await t.gql(FiscalPeriodCloseDocument, { input: { year: 2025, month: 1 } });
    const period = await sql<{ id: string }>(t, "select id::text as id from fiscal_periods where year = 2025 and month = 1 and status = 'CLOSED'");
    await expect(
      sql(t, `insert into journal_entries (year, number, posting_date, occurred_at, period_id, source_type, source_id, actor) values (2025, null, '2025-01-10', '2025-01-10T00:00:00Z', ?, 'Test', '1', 'test')`, [
        period[0]!.id,
      ]),
    ).rejects.toThrow(/closed/);
  });

  it('refuses to close November while October, which has postings, is open (EARLIER_PERIOD_OPEN), changing nothing; in order both close', async () => {
    expect((await receive('ORD-OCT', '2', '3', '2025-10-15T10:00:00Z')).res.userErrors).toEqual([]);
    expect((await receive('ORD-NOV', '1', '4', '2025-11-10T10:00:00Z')).res.userErrors).toEqual([]);
    const finance = await t.keyFor(Role.FINANCE);
    const periods = () =>
      sql<{ year: number; month: number; status: string; version: number; closed_at: unknown }>(
        t,
        'select year, month, status, version, closed_at from fiscal_periods where year = 2025 and month in (10, 11) order by month',
      );
    const before = await periods();
    expect(before.map((p) => [p.month, p.status])).toEqual([
      [10, 'OPEN'],
      [11, 'OPEN'],
    ]);
    const events = await countRows(t, 'fiscal_period_events');

    const refused = dataOf(await t.gql(FiscalPeriodCloseDocument, { input: { year: 2025, month: 11, reason: 'out of order' } }, finance)).fiscalPeriodClose;
    expect(refused.period).toBeNull();
    expect(refused.userErrors).toEqual([{ code: 'EARLIER_PERIOD_OPEN', message: 'Close 2025-10 first: periods close in order.', field: ['input'] }]);
    expect(await periods()).toEqual(before);
    expect(await countRows(t, 'fiscal_period_events')).toBe(events);
    // November still takes postings: the refused close left it open.
    expect((await receive('ORD-NOV2', '1', '4', '2025-11-20T10:00:00Z')).res.userErrors).toEqual([]);

    // In order, both close (and leave no earlier open period behind for the tests that follow).
    expect(dataOf(await t.gql(FiscalPeriodCloseDocument, { input: { year: 2025, month: 10 } }, finance)).fiscalPeriodClose.userErrors).toEqual([]);
    const november = dataOf(await t.gql(FiscalPeriodCloseDocument, { input: { year: 2025, month: 11 } }, finance)).fiscalPeriodClose;
    expect(november.userErrors).toEqual([]);
    expect(november.period).toMatchObject({ year: 2025, month: 11, status: 'CLOSED', events: [{ action: 'CLOSE' }] });
  });
});

describe('database guarantees', () => {
  it('rejects UPDATE and DELETE of journal lines and stock moves', async () => {
    await receive('TRIG-1', '1', '1');
    await expect(sql(t, 'update journal_lines set debit = debit + 1 where id = (select max(id) from journal_lines)')).rejects.toThrow(/append-only/);
    await expect(sql(t, 'delete from journal_lines where id = (select max(id) from journal_lines)')).rejects.toThrow(/append-only/);
    await expect(sql(t, 'update stock_moves set quantity = 0 where id = (select max(id) from stock_moves)')).rejects.toThrow(/append-only/);
    await expect(sql(t, 'delete from journal_entries where id = (select max(id) from journal_entries)')).rejects.toThrow(/append-only/);
  });

  it('refuses an entry inserted with a number of its own: numbers come from the counter, at commit', async () => {
    const period = await sql<{ id: string; y: number; d: string }>(t, "select id::text as id, year as y, start_date::text as d from fiscal_periods where status = 'OPEN' order by id desc limit 1");
    const cash = await codeId('1000');
    const equity = await codeId('3000');
    const em = t.app.db.orm.em.fork();
    await expect(
      em.transactional(async (tem) => {
        const conn = tem.getConnection();
        const ctx = tem.getTransactionContext();
        const [row] = await conn.execute<{ id: string }[]>(
          `insert into journal_entries (year, number, posting_date, occurred_at, period_id, source_type, source_id, actor) values (?, 424242, ?, ?, ?, 'Test', '1', 'test') returning id::text as id`,
          [period[0]!.y, period[0]!.d, period[0]!.d, period[0]!.id],
          'all',
          ctx,
        );
        await conn.execute('insert into journal_lines (entry_id, account_id, debit, credit) values (?, ?, 5, 0), (?, ?, 0, 5)', [row!.id, cash, row!.id, equity], 'run', ctx);
      }),
    ).rejects.toThrow(/numbered at COMMIT/);
  });

  it('a posted entry gains no lines, not even a balanced pair', async () => {
    await receive('TRIG-3', '2', '3');
    const [last] = await sql<{ id: string }>(t, 'select id::text as id from journal_entries order by id desc limit 1');
    const cash = await codeId('1000');
    const equity = await codeId('3000');
    await expect(sql(t, 'insert into journal_lines (entry_id, account_id, debit, credit) values (?, ?, 7, 0), (?, ?, 0, 7)', [last!.id, cash, last!.id, equity])).rejects.toThrow(
      /a posted entry gains no lines/,
    );
    const [lines] = await sql<{ n: number }>(t, 'select count(*)::int as n from journal_lines where entry_id = ?', [last!.id]);
    expect(lines?.n).toBe(2);
  });

  it('numbers an entry once, at commit; its number can never change, not even through the numbering flag', async () => {
    await receive('TRIG-2', '1', '1');
    const [last] = await sql<{ id: string; number: number | null }>(t, 'select id::text as id, number from journal_entries order by id desc limit 1');
    expect(last?.number).toBeGreaterThan(0);
    await expect(sql(t, 'update journal_entries set number = number + 1000 where id = ?', [last!.id])).rejects.toThrow(/append-only/);
    const em = t.app.db.orm.em.fork();
    await expect(
      em.transactional(async (tem) => {
        const conn = tem.getConnection();
        const ctx = tem.getTransactionContext();
        await conn.execute(`select set_config('ledgerhouse.numbering', ?, true)`, [last!.id], 'all', ctx);
        await conn.execute('update journal_entries set number = 999999 where id = ?', [last!.id], 'run', ctx);
      }),
    ).rejects.toThrow(/append-only/);
    const [again] = await sql<{ number: number }>(t, 'select number from journal_entries where id = ?', [last!.id]);
    expect(again?.number).toBe(last!.number);
  });

  it('keeps money below 10^18: an entry whose total reaches it is refused by the API and by the database, and nothing is written', async () => {
    const big = '999999999999999999';
    const entries = await countRows(t, 'journal_entries');
    const res = dataOf(
      await t.gql(JournalEntryCreateDocument, {
        input: {
          lines: [
            { accountId: accounts['1000']!, debit: big },
            { accountId: accounts['1000']!, debit: big },
            { accountId: accounts['3000']!, credit: big },
            { accountId: accounts['3000']!, credit: big },
          ],
        },
      }),
    ).journalEntryCreate;
    expect(res.entry).toBeNull();
    expect(res.userErrors).toMatchObject([{ code: 'INVALID', field: ['input', 'lines'], message: expect.stringContaining('below 10^18') }]);
    expect(await countRows(t, 'journal_entries')).toBe(entries);
    const cash = await codeId('1000');
    const equity = await codeId('3000');
    await expect(insertEntryDirectly([[cash, '1000000000000000000', '0'], [equity, '0', '1000000000000000000']])).rejects.toThrow(/below 10\^18/);
    await expect(
      insertEntryDirectly([
        [cash, big, '0'],
        [cash, big, '0'],
        [equity, '0', big],
        [equity, '0', big],
      ]),
    ).rejects.toThrow(/below 10\^18/);
    expect(await countRows(t, 'journal_entries')).toBe(entries);
  });

  it('rejects, at commit, an entry whose lines do not balance', async () => {
    const cash = await codeId('1000');
    const equity = await codeId('3000');
    await expect(
      insertEntryDirectly([
        [cash, '10', '0'],
        [equity, '0', '9'],
      ]),
    ).rejects.toThrow(/does not balance/);
  });

  it('explains a variance made by a hand edit, and refuses to close the period while it lasts', async () => {
    const { res } = await receive('HACK-1', '4', '2.50');
    const entryId = res.document!.journalEntry!.id;
    const [dbEntry] = await sql<{ id: string }>(t, `select e.id::text as id from journal_entries e where e.source_type = 'StockDocument' order by e.id desc limit 1`);
    const inventory = await codeId('1300');
    const grni = await codeId('2100');
    // A hand edit behind the application's back: inventory up by 1.00, GRNI down by 1.00; undone whatever the checks find.
    await tampered(
      'journal_lines',
      `update journal_lines set debit = debit + case when account_id = ? then 1 else 0 end, credit = credit + case when account_id = ? then 1 else 0 end where entry_id = ?`,
      `update journal_lines set debit = debit - case when account_id = ? then 1 else 0 end, credit = credit - case when account_id = ? then 1 else 0 end where entry_id = ?`,
      [inventory, grni, dbEntry!.id],
      async () => {
        const rec = dataOf(await t.gql(InventoryReconciliationDocument, {})).inventoryReconciliation;
        expect(rec.reconciled).toBe(false);
        const line = rec.lines.find((l) => l.account.code === '1300')!;
        expect(line.variance).toBe('1');
        expect(line.documents).toEqual([
          { document: { documentType: 'StockDocument', number: res.document!.number }, glAmount: '11', subLedgerAmount: '10', moveIds: [res.document!.moves[0]!.id], journalEntryIds: [entryId] },
        ]);
        const close = await closeNow();
        expect(close.userErrors).toMatchObject([{ code: 'RECONCILIATION_VARIANCE', message: expect.stringContaining('1300 GL vs sub-ledger 1,') }]);
      },
    );
  });
});

describe('a reconciliation that catches every hand edit', () => {
  it('a layer\'s remaining value raised by hand: the layers disagree with their valuations, valuation with the GL, and the period stays open', async () => {
    const { res } = await receive('HACK-L1', '4', '2.50');
    expect(res.userErrors).toEqual([]);
    const [layer] = await sql<{ id: string }>(t, `select l.id::text as id from stock_layers l join items i on i.id = l.item_id where i.sku = 'HACK-L1'`);
    const before = dataOf(await t.gql(InventoryReconciliationDocument, {})).inventoryReconciliation.lines.find((l) => l.account.code === '1300')!;
    await tampered('stock_layers', 'update stock_layers set value_remaining = value_remaining + 100 where id = ?', 'update stock_layers set value_remaining = value_remaining - 100 where id = ?', [layer!.id], async () => {
      const rec = dataOf(await t.gql(InventoryReconciliationDocument, {})).inventoryReconciliation;
      expect(rec.reconciled).toBe(false);
      const line = rec.lines.find((l) => l.account.code === '1300')!;
      // The GL and the valuation rows still agree; the layers (what valuation reports and the next issue takes) do not.
      expect([line.variance, line.layerVariance]).toEqual(['0', '100']);
      expect(Number(line.layerValue) - Number(before.layerValue)).toBe(100);
      expect(line.layers).toEqual([{ layerId: layer!.id, valueRemaining: '110', valueByValuations: '10', quantityRemaining: '4', quantityByValuations: '4' }]);
      expect(Number(rec.totalVariance)).toBeGreaterThanOrEqual(100);
      const close = await closeNow();
      expect(close.userErrors).toMatchObject([{ code: 'RECONCILIATION_VARIANCE', message: expect.stringContaining('layers 100') }]);
    });
  });

  it('a move\'s value edited by hand (triggers disabled): the move is listed against what its valuations carried, and the period stays open', async () => {
    const { res } = await receive('HACK-M1', '4', '2.50');
    expect(res.userErrors).toEqual([]);
    const moveGid = res.document!.moves[0]!.id;
    const [move] = await sql<{ id: string }>(t, `select m.id::text as id from stock_moves m join items i on i.id = m.item_id where i.sku = 'HACK-M1'`);
    await tampered('stock_moves', 'update stock_moves set value = value + 5 where id = ?', 'update stock_moves set value = value - 5 where id = ?', [move!.id], async () => {
      const rec = dataOf(await t.gql(InventoryReconciliationDocument, {})).inventoryReconciliation;
      expect(rec.reconciled).toBe(false);
      expect(rec.moves).toEqual([{ moveId: moveGid, document: { documentType: 'StockDocument', number: res.document!.number }, value: '15', valueByValuations: '10' }]);
      const line = rec.lines.find((l) => l.account.code === '1300')!;
      expect([line.variance, line.layerVariance, line.moveValueVariance]).toEqual(['0', '0', '5']);
      expect(line.moves.map((m) => m.moveId)).toEqual([moveGid]);
      const close = await closeNow();
      expect(close.userErrors).toMatchObject([{ code: 'RECONCILIATION_VARIANCE', message: expect.stringContaining('moves 5') }]);
    });
  });
});

describe('account mapping', () => {
  it('posts a warehouse with its own inventory account there, and reconciles per account', async () => {
    const acc = dataOf(await t.gql(AccountCreateDocument, { input: { code: '1301', name: 'Inventory - cold store', type: 'ASSET', control: true } })).accountCreate;
    expect(acc.userErrors).toEqual([]);
    const cold = await warehouseFixture(t, 'COLD');
    const set = dataOf(await t.gql(AccountMappingSetDocument, { input: { purpose: 'INVENTORY', accountId: acc.account!.id, warehouseId: cold.gid } })).accountMappingSet;
    expect(set.mapping).toMatchObject({ purpose: 'INVENTORY', account: { code: '1301' }, warehouse: { code: 'COLD' } });
    const item = await itemFixture(t, 'COLD-1');
    const res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: cold.gid, lines: [{ itemId: item.gid, locationId: cold.loc.A1, quantity: '2', unitCost: '7' }] } })).stockReceive;
    expect(res.document!.journalEntry!.lines.map((l) => [l.account.code, l.debit, l.credit]).sort()).toEqual([
      ['1301', '14', '0'],
      ['2100', '0', '14'],
    ]);
    const loss = dataOf(
      await t.gql(StockAdjustDocument, { input: { warehouseId: cold.gid, reasonCode: 'DAMAGED', lines: [{ itemId: item.gid, locationId: cold.loc.A1, quantity: '-1' }] } }),
    ).stockAdjust;
    expect(loss.document!.journalEntry!.lines.map((l) => [l.account.code, l.debit, l.credit]).sort()).toEqual([
      ['1301', '0', '7'],
      ['5100', '7', '0'],
    ]);
    const rec = dataOf(await t.gql(InventoryReconciliationDocument, {})).inventoryReconciliation;
    expect(rec.lines.find((l) => l.account.code === '1301')).toMatchObject({ glBalance: '7', subLedgerValue: '7', variance: '0' });
  });
});

async function codeId(code: string): Promise<string> {
  const rows = await sql<{ id: string }>(t, 'select id::text as id from accounts where code = ?', [code]);
  return rows[0]!.id;
}
