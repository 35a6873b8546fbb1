import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrackingMode } from '../../src/modules/catalog/item.entity';
import type { AfterReceive, ReturnReceived } from '../../src/modules/returns/return.service';
import { fromGlobalId, toGlobalId } from '../../src/shared/ids';
import {
  FiscalPeriodCloseDocument,
  OrderFulfillmentDocument,
  ReturnAuthorizeDocument,
  type ReturnAuthorizeInput,
  ReturnByIdDocument,
  ReturnCancelDocument,
  ReturnInspectDocument,
  type ReturnInspectInput,
  ReturnReceiveDocument,
  type ReturnReceiveInput,
  ReturnsDocument,
  SalesOrderConfirmDocument,
  SalesOrderCreateDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { itemFixture, warehouseFixture, type WarehouseFixture } from '../helpers/fixtures';
import { shipOneOrder } from '../helpers/fulfillment';
import { checkInvariants } from '../helpers/invariants';
import { balance, footprint, shipmentLines, shipTracked, stockOf, valuation } from '../helpers/returns';
import { sql } from '../helpers/sql';
import { dec, toText } from '../../src/shared/decimal';

/**
 * Customer returns through the API: authorize against what shipped, receive into
 * quarantine at exactly the COGS the units left with (Dr Inventory, Cr COGS), restock
 * (available rises) or scrap (Dr Scrap 5300, Cr Inventory), lots and serials as shipped,
 * and refusals that write nothing. Invariants are checked after every step.
 */
let t: TestApp;
let wh: WarehouseFixture;
const INVENTORY = '1300';
const COGS = '5000';
const SCRAP = '5300';

const diff = (after: string, before: string) => toText(dec(after).minus(before));

async function authorize(input: ReturnAuthorizeInput) {
  return dataOf(await t.gql(ReturnAuthorizeDocument, { input })).returnAuthorize;
}
async function receive(input: ReturnReceiveInput) {
  return dataOf(await t.gql(ReturnReceiveDocument, { input })).returnReceive;
}
async function inspect(input: ReturnInspectInput) {
  return dataOf(await t.gql(ReturnInspectDocument, { input })).returnInspect;
}
async function ok<T extends { userErrors: unknown[]; return?: unknown }>(p: Promise<T>): Promise<NonNullable<T['return']>> {
  const r = await p;
  expect(r.userErrors).toEqual([]);
  await checkInvariants(t);
  return r.return as NonNullable<T['return']>;
}
async function entryOf(sourceType: string, returnGid: string) {
  return sql<{ code: string; debit: string; credit: string }>(
    t,
    `select a.code, trim_scale(sum(l.debit))::text as debit, trim_scale(sum(l.credit))::text as credit from journal_entries e join journal_lines l on l.entry_id = e.id join accounts a on a.id = l.account_id
     where e.source_type = $1 and e.source_id = $2 group by a.code order by a.code`,
    [sourceType, fromGlobalId(returnGid)!.id],
  );
}

beforeAll(async () => {
  t = await startTestApp();
  wh = await warehouseFixture(t, 'RT');
});

afterAll(async () => {
  await t?.stop();
});

describe('returns (RMA)', () => {
  it('ship -> authorize -> receive into quarantine at the shipped cost (available unchanged) -> restock (available rises)', async () => {
    const item = await itemFixture(t, 'RT-PLAIN');
    const shipped = await shipOneOrder(t, wh, item, { tag: 'RTP', quantity: '2', unitCost: '3.335' });
    const [line] = await shipmentLines(t, shipped.shipmentId);
    expect(line!.cost).toBe('6.67');
    await checkInvariants(t);

    const authorized = await ok(authorize({ orderId: shipped.orderId, reason: 'wrong size', lines: [{ shipmentLineId: line!.id, quantity: '2', reason: 'too small' }] }));
    expect(authorized).toMatchObject({ status: 'AUTHORIZED', version: 1, reason: 'wrong size', order: { id: shipped.orderId } });
    expect(authorized.number).toMatch(/^RMA-\d{6}$/);
    expect(authorized.lines).toMatchObject([{ quantity: '2', quantityReceived: '0', costReceived: '0', item: { sku: 'RT-PLAIN' }, shipmentLine: { id: line!.id, quantityReturned: '2' } }]);

    const before = { inv: await balance(t, INVENTORY), cogs: await balance(t, COGS), value: await valuation(t, item.id), stock: await stockOf(t, item.id, wh.id) };
    const received = await ok(receive({ returnId: authorized.id, locationId: wh.loc.QA }));
    expect(received).toMatchObject({ status: 'RECEIVED', version: 2, lines: [{ quantityReceived: '2', costReceived: '6.67' }] });
    expect(received.receivedAt).not.toBeNull();
    expect(diff(await balance(t, INVENTORY), before.inv)).toBe('6.67');
    expect(diff(await balance(t, COGS), before.cogs)).toBe('-6.67');
    expect(diff(await valuation(t, item.id), before.value)).toBe('6.67');
    const inQuarantine = await stockOf(t, item.id, wh.id);
    expect(diff(inQuarantine.onHand, before.stock.onHand)).toBe('2');
    expect(inQuarantine.available).toBe(before.stock.available);
    expect(await entryOf('Return', authorized.id)).toEqual([
      { code: INVENTORY, debit: '6.67', credit: '0' },
      { code: COGS, debit: '0', credit: '6.67' },
    ]);

    const restocked = await ok(inspect({ returnId: authorized.id, lines: [{ returnLineId: authorized.lines[0]!.id, disposition: 'RESTOCK', quantity: '2', locationId: wh.loc.A1 }] }));
    expect(restocked).toMatchObject({ status: 'CLOSED', version: 3, lines: [{ quantityRestocked: '2', quantityScrapped: '0' }] });
    expect(restocked.closedAt).not.toBeNull();
    expect(diff((await stockOf(t, item.id, wh.id)).available, before.stock.available)).toBe('2');
    expect(await balance(t, INVENTORY)).toBe(dec(before.inv).plus('6.67').toString());

    const events = await sql<{ v: number; status: string }>(t, "select aggregate_version as v, payload->>'status' as status from outbox_events where topic = 'return.updated' and aggregate_id = $1 order by id", [fromGlobalId(authorized.id)!.id]);
    expect(events).toEqual([{ v: 1, status: 'AUTHORIZED' }, { v: 2, status: 'RECEIVED' }, { v: 3, status: 'CLOSED' }]);
    const list = dataOf(await t.gql(ReturnsDocument, { filter: { orderId: shipped.orderId } })).returns;
    expect(list.totalCount).toBe(1);
    expect(list.edges[0]!.node).toMatchObject({ id: authorized.id, status: 'CLOSED' });
    expect(dataOf(await t.gql(ReturnsDocument, { filter: { status: ['CANCELLED'], orderId: shipped.orderId } })).returns.totalCount).toBe(0);
    expect(dataOf(await t.gql(ReturnByIdDocument, { id: authorized.id })).return).toMatchObject({ id: authorized.id, status: 'CLOSED' });
  });

  it('scrap: Dr Scrap 5300, Cr Inventory by exactly the received cost of the scrapped units; restock and scrap in one command, one entry', async () => {
    const item = await itemFixture(t, 'RT-SCRAP');
    const shipped = await shipOneOrder(t, wh, item, { tag: 'RTS', quantity: '3', unitCost: '2.5' });
    const [line] = await shipmentLines(t, shipped.shipmentId);
    const r = await ok(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '3' }] }));
    const received = await ok(receive({ returnId: r.id, locationId: wh.loc.QA }));
    expect(received.lines[0]!.costReceived).toBe('7.5');
    const before = { inv: await balance(t, INVENTORY), scrap: await balance(t, SCRAP), stock: await stockOf(t, item.id, wh.id) };
    const lineId = r.lines[0]!.id;
    const closed = await ok(
      inspect({
        returnId: r.id,
        lines: [
          { returnLineId: lineId, disposition: 'SCRAP', quantity: '2' },
          { returnLineId: lineId, disposition: 'RESTOCK', quantity: '1', locationId: wh.loc.A1 },
        ],
      }),
    );
    expect(closed).toMatchObject({ status: 'CLOSED', lines: [{ quantityRestocked: '1', quantityScrapped: '2' }] });
    expect(diff(await balance(t, SCRAP), before.scrap)).toBe('5');
    expect(diff(await balance(t, INVENTORY), before.inv)).toBe('-5');
    expect(await entryOf('ReturnScrap', r.id)).toEqual([
      { code: INVENTORY, debit: '0', credit: '5' },
      { code: SCRAP, debit: '5', credit: '0' },
    ]);
    const after = await stockOf(t, item.id, wh.id);
    expect(diff(after.onHand, before.stock.onHand)).toBe('-2');
    expect(diff(after.available, before.stock.available)).toBe('1');
  });

  it('a FIFO item shipped from two layers at different costs, returned in three receipts on two returns: the values add up to the shipped COGS exactly', async () => {
    const item = await itemFixture(t, 'RT-FIFO');
    const ctx = systemContext(t);
    // An older, dearer layer (in quarantine, so it is not picked, but FIFO costs by warehouse).
    await t.app.services.stockDocuments.receive(ctx, { warehouseId: wh.id, lines: [{ itemId: item.id, locationId: wh.locDb.QA, quantity: '1', unitCost: '5' }] });
    const shipped = await shipOneOrder(t, wh, item, { tag: 'RTF', quantity: '3', unitCost: '3.333' });
    const [line] = await shipmentLines(t, shipped.shipmentId);
    expect(line!.cost).toBe('11.67'); // 5 + 2 of (3 at 10.00)
    const cogs0 = await balance(t, COGS);
    const value0 = await valuation(t, item.id);

    const first = await ok(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '1' }] }));
    expect((await ok(receive({ returnId: first.id, locationId: wh.loc.QA }))).lines[0]!.costReceived).toBe('3.89');
    const second = await ok(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '2' }] }));
    expect(second.lines[0]!.shipmentLine.quantityReturned).toBe('3');
    const partial = await ok(receive({ returnId: second.id, locationId: wh.loc.QA, lines: [{ returnLineId: second.lines[0]!.id, quantity: '1' }] }));
    expect(partial).toMatchObject({ status: 'AUTHORIZED', lines: [{ quantityReceived: '1', costReceived: '3.89' }] });
    const rest = await ok(receive({ returnId: second.id, locationId: wh.loc.QA }));
    expect(rest).toMatchObject({ status: 'RECEIVED', lines: [{ quantityReceived: '2', costReceived: '7.78' }] });
    expect(diff(await balance(t, COGS), cogs0)).toBe('-11.67');
    expect(diff(await valuation(t, item.id), value0)).toBe('11.67');
    // Nothing more can be authorized on the line.
    const more = await authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '1' }] });
    expect(more.userErrors.map((e) => e.code)).toEqual(['EXCEEDS_SHIPPED']);
  });

  it('a lot item comes back as its lot, with its expiry, into quarantine and then to a sellable location', async () => {
    const item = await itemFixture(t, 'RT-LOT', { tracking: TrackingMode.LOT, lotExpiryRequired: true });
    const shipped = await shipTracked(t, wh, item, { tag: 'RTL', quantity: '2', unitCost: '4', lotNumber: 'L-RT1', expiryDate: '2031-05-01' });
    const line = shipped.lines[0]!;
    expect(line.lot).toMatchObject({ lotNumber: 'L-RT1' });
    const r = await ok(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line.id, quantity: '2' }] }));
    expect(r.lines[0]!.lot).toEqual({ lotNumber: 'L-RT1', expiryDate: '2031-05-01' });
    const received = await ok(receive({ returnId: r.id, locationId: wh.loc.QA }));
    expect(received.lines[0]!.costReceived).toBe('8');
    const inQa = await sql<{ on_hand: string; lot_number: string; expiry: string }>(
      t,
      `select trim_scale(b.on_hand)::text as on_hand, l.lot_number, l.expiry_date::text as expiry from stock_balances b join lots l on l.id = b.lot_id where b.item_id = $1 and b.location_id = $2`,
      [item.id, wh.locDb.QA],
    );
    expect(inQa).toEqual([{ on_hand: '2', lot_number: 'L-RT1', expiry: '2031-05-01' }]);
    expect(await sql(t, 'select count(*)::int as n from lots where item_id = $1', [item.id])).toEqual([{ n: 1 }]);
    await ok(inspect({ returnId: r.id, lines: [{ returnLineId: r.lines[0]!.id, disposition: 'RESTOCK', quantity: '1', locationId: wh.loc.A1 }] }));
    const atA1 = await sql<{ on_hand: string }>(t, 'select trim_scale(b.on_hand)::text as on_hand from stock_balances b join lots l on l.id = b.lot_id where b.item_id = $1 and b.location_id = $2 and l.lot_number = $3', [item.id, wh.locDb.A1, 'L-RT1']);
    expect(atA1).toEqual([{ on_hand: '1' }]);
  });

  it('a serial item: a serial not shipped to that customer (or never shipped) is refused, a shipped one returns IN_STOCK in quarantine', async () => {
    const item = await itemFixture(t, 'RT-SER', { tracking: TrackingMode.SERIAL });
    const mine = await shipTracked(t, wh, item, { tag: 'RTSA', quantity: '2', unitCost: '100', serials: ['SN-RA1', 'SN-RA2'] });
    // In stock, never shipped (in quarantine, so no order can take it).
    await t.app.services.stockDocuments.receive(systemContext(t), { warehouseId: wh.id, lines: [{ itemId: item.id, locationId: wh.locDb.QA, quantity: '1', unitCost: '100', serialNumbers: ['SN-RA3'] }] });
    const theirs = await shipTracked(t, wh, item, { tag: 'RTSB', quantity: '1', unitCost: '120', serials: ['SN-RB1'] });
    expect(theirs.lines[0]!.serialNumbers).toEqual(['SN-RB1']);
    const line = mine.lines[0]!;
    expect([...line.serialNumbers].sort()).toEqual(['SN-RA1', 'SN-RA2']);
    const before = await footprint(t);
    for (const serial of ['SN-RB1', 'SN-RA3']) {
      const refused = await authorize({ orderId: mine.orderId, lines: [{ shipmentLineId: line.id, quantity: '1', serialNumbers: [serial] }] });
      expect(refused.userErrors).toMatchObject([{ code: 'SERIAL_NOT_SHIPPED', field: ['input', 'lines', '0', 'serialNumbers', '0'] }]);
    }
    expect((await authorize({ orderId: mine.orderId, lines: [{ shipmentLineId: line.id, quantity: '1' }] })).userErrors.map((e) => e.code)).toEqual(['SERIAL_COUNT_MISMATCH']);
    expect(await footprint(t)).toEqual(before);

    const r = await ok(authorize({ orderId: mine.orderId, lines: [{ shipmentLineId: line.id, quantity: '1', serialNumbers: ['SN-RA2'] }] }));
    expect(r.lines[0]!.serialNumbers).toEqual(['SN-RA2']);
    const twice = await authorize({ orderId: mine.orderId, lines: [{ shipmentLineId: line.id, quantity: '1', serialNumbers: ['SN-RA2'] }] });
    expect(twice.userErrors.map((e) => e.code)).toEqual(['SERIAL_ALREADY_RETURNED']);
    const received = await ok(receive({ returnId: r.id, locationId: wh.loc.QA }));
    expect(received.lines[0]!.costReceived).toBe('100');
    const serial = async (n: string) => (await sql<{ status: string; location_id: string | null }>(t, 'select status, location_id::text as location_id from serials where item_id = $1 and serial_number = $2', [item.id, n]))[0];
    expect(await serial('SN-RA2')).toEqual({ status: 'IN_STOCK', location_id: wh.locDb.QA });
    expect(await serial('SN-RA1')).toMatchObject({ status: 'GONE' });
    await ok(inspect({ returnId: r.id, lines: [{ returnLineId: r.lines[0]!.id, disposition: 'RESTOCK', quantity: '1', locationId: wh.loc.A1 }] }));
    expect(await serial('SN-RA2')).toEqual({ status: 'IN_STOCK', location_id: wh.locDb.A1 });
  });

  it('a restock fills a waiting backorder, as a receipt does; the quarantine receipt does not', async () => {
    const item = await itemFixture(t, 'RT-BACK');
    const shipped = await shipOneOrder(t, wh, item, { tag: 'RTK', quantity: '2', unitCost: '3' });
    const { customerId } = await t.app.services.customers.create(systemContext(t), { code: 'RCUST-RTK2', name: 'Waiting customer' });
    const { salesChannelId } = await t.app.services.salesChannels.create(systemContext(t), { code: 'RCH-RTK2', name: 'Channel', kind: 'STOREFRONT' as never, partnerId: null });
    const waiting = dataOf(
      await t.gql(SalesOrderCreateDocument, {
        input: { customerId: toGlobalId('Customer', customerId), channelId: toGlobalId('SalesChannel', salesChannelId), shipFromWarehouseId: wh.gid, lines: [{ itemId: item.gid, quantity: '1', unitPrice: '10' }] },
      }),
    ).salesOrderCreate.salesOrder!.id;
    expect(dataOf(await t.gql(SalesOrderConfirmDocument, { input: { id: waiting } })).salesOrderConfirm.userErrors).toEqual([]);
    const lineOf = async () => dataOf(await t.gql(OrderFulfillmentDocument, { id: waiting })).salesOrder!.lines[0]!;
    expect(await lineOf()).toMatchObject({ quantityBackordered: '1', quantityAllocated: '0' });
    const [line] = await shipmentLines(t, shipped.shipmentId);
    const r = await ok(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '2' }] }));
    await ok(receive({ returnId: r.id, locationId: wh.loc.QA }));
    expect(await lineOf()).toMatchObject({ quantityBackordered: '1', quantityAllocated: '0' });
    await ok(inspect({ returnId: r.id, lines: [{ returnLineId: r.lines[0]!.id, disposition: 'RESTOCK', quantity: '2', locationId: wh.loc.A1 }] }));
    expect(await lineOf()).toMatchObject({ quantityBackordered: '0', quantityAllocated: '1' });
    expect((await stockOf(t, item.id, wh.id)).available).toBe('1');
  });

  it('bad input is a userError with a stable code, and writes nothing', async () => {
    const item = await itemFixture(t, 'RT-BAD');
    const shipped = await shipOneOrder(t, wh, item, { tag: 'RTB', quantity: '2', unitCost: '3' });
    const other = await shipOneOrder(t, wh, await itemFixture(t, 'RT-BAD-OTHER'), { tag: 'RTBO', quantity: '1', unitCost: '3' });
    const [line] = await shipmentLines(t, shipped.shipmentId);
    const [otherLine] = await shipmentLines(t, other.shipmentId);
    const refused = async (call: Promise<{ userErrors: { code: string; field?: string[] | null }[] }>, code: string, field?: string[]) => {
      const before = await footprint(t);
      const res = await call;
      expect(res.userErrors).toHaveLength(1);
      expect(res.userErrors[0]).toMatchObject(field ? { code, field } : { code });
      expect(await footprint(t)).toEqual(before);
    };
    await refused(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '3' }] }), 'EXCEEDS_SHIPPED', ['input', 'lines', '0', 'quantity']);
    await refused(
      authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '1' }, { shipmentLineId: line!.id, quantity: '2' }] }),
      'EXCEEDS_SHIPPED',
      ['input', 'lines', '1', 'quantity'],
    );
    await refused(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: otherLine!.id, quantity: '1' }] }), 'NOT_SHIPPED', ['input', 'lines', '0', 'shipmentLineId']);
    await refused(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: toGlobalId('ShipmentLine', '999999'), quantity: '1' }] }), 'NOT_SHIPPED');
    await refused(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '0.5' }] }), 'INVALID_QUANTITY');
    await refused(authorize({ orderId: toGlobalId('SalesOrder', '999999'), lines: [{ shipmentLineId: line!.id, quantity: '1' }] }), 'NOT_FOUND', ['input', 'orderId']);
    await refused(authorize({ orderId: shipped.orderId, lines: [] }), 'REQUIRED');

    const r = await ok(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '2' }] }));
    const lineId = r.lines[0]!.id;
    await refused(receive({ returnId: r.id, locationId: wh.loc.A1 }), 'NOT_QUARANTINE', ['input', 'locationId']);
    await refused(receive({ returnId: r.id, locationId: wh.loc.QA, lines: [{ returnLineId: lineId, quantity: '3' }] }), 'EXCEEDS_AUTHORIZED');
    await refused(inspect({ returnId: r.id, lines: [{ returnLineId: lineId, disposition: 'RESTOCK', quantity: '1', locationId: wh.loc.A1 }] }), 'NOTHING_TO_DO');
    // A date in a closed period (2025-03 holds no entries, so it closes on its own).
    expect(dataOf(await t.gql(FiscalPeriodCloseDocument, { input: { year: 2025, month: 3 } })).fiscalPeriodClose.userErrors).toEqual([]);
    await refused(receive({ returnId: r.id, locationId: wh.loc.QA, occurredAt: '2025-03-15T10:00:00Z' }), 'PERIOD_CLOSED', ['input', 'occurredAt']);

    await ok(receive({ returnId: r.id, locationId: wh.loc.QA, lines: [{ returnLineId: lineId, quantity: '1' }] }));
    await refused(receive({ returnId: r.id, locationId: wh.loc.RCV }), 'NOT_QUARANTINE');
    await refused(inspect({ returnId: r.id, lines: [{ returnLineId: lineId, disposition: 'RESTOCK', quantity: '2', locationId: wh.loc.A1 }] }), 'EXCEEDS_RECEIVED', ['input', 'lines', '0', 'quantity']);
    await refused(
      inspect({ returnId: r.id, lines: [{ returnLineId: lineId, disposition: 'SCRAP', quantity: '1' }, { returnLineId: lineId, disposition: 'RESTOCK', quantity: '1', locationId: wh.loc.A1 }] }),
      'EXCEEDS_RECEIVED',
      ['input', 'lines', '1', 'quantity'],
    );
    await refused(inspect({ returnId: r.id, lines: [{ returnLineId: lineId, disposition: 'RESTOCK', quantity: '1', locationId: wh.loc.QA }] }), 'NOT_SELLABLE');
    await refused(inspect({ returnId: r.id, lines: [{ returnLineId: lineId, disposition: 'RESTOCK', quantity: '1', locationId: wh.loc.A1 }], occurredAt: '2025-03-20T10:00:00Z' }), 'PERIOD_CLOSED');
    await refused(t.gql(ReturnCancelDocument, { input: { returnId: r.id } }).then((res) => dataOf(res).returnCancel), 'ILLEGAL_TRANSITION');
    await refused(receive({ returnId: toGlobalId('ReturnAuthorization', '999999'), locationId: wh.loc.QA }), 'NOT_FOUND', ['input', 'returnId']);
  });

  it('cancel releases what was authorized; a keyed receipt replays without posting twice; billing\'s hook runs in the receipt', async () => {
    const item = await itemFixture(t, 'RT-CANCEL');
    const shipped = await shipOneOrder(t, wh, item, { tag: 'RTC', quantity: '2', unitCost: '3' });
    const [line] = await shipmentLines(t, shipped.shipmentId);
    const r = await ok(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '2' }] }));
    const cancelled = dataOf(await t.gql(ReturnCancelDocument, { input: { returnId: r.id } })).returnCancel;
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.return).toMatchObject({ status: 'CANCELLED', version: 2, lines: [{ shipmentLine: { quantityReturned: '0' } }] });
    expect(dataOf(await t.gql(ReturnCancelDocument, { input: { returnId: r.id } })).returnCancel.userErrors.map((e) => e.code)).toEqual(['ILLEGAL_TRANSITION']);

    const again = await ok(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '2' }], idempotencyKey: 'rt-auth-1' }));
    const replayedAuth = await ok(authorize({ orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '2' }], idempotencyKey: 'rt-auth-1' }));
    expect(replayedAuth.id).toBe(again.id);

    const calls: ReturnReceived[] = [];
    const service = t.app.services.returns as unknown as { afterReceive?: AfterReceive };
    service.afterReceive = async (tx, received) => {
      calls.push(received);
      const [row] = await sql<{ n: number }>(t, 'select count(*)::int as n from stock_moves where document_type = $1 and document_id = $2', ['Return', received.returnId]);
      expect(row!.n).toBe(0); // another connection cannot see the receipt yet: the hook runs inside its transaction
      void tx;
      return { creditNoteId: '987', refundId: null };
    };
    try {
      const entries = await sql<{ n: number }>(t, 'select count(*)::int as n from journal_entries');
      const first = await ok(receive({ returnId: again.id, locationId: wh.loc.QA, idempotencyKey: 'rt-receive-1' }));
      const replay = await ok(receive({ returnId: again.id, locationId: wh.loc.QA, idempotencyKey: 'rt-receive-1' }));
      expect(replay).toMatchObject({ id: first.id, status: 'RECEIVED', version: first.version });
      expect(await sql<{ n: number }>(t, 'select count(*)::int as n from journal_entries')).toEqual([{ n: entries[0]!.n + 1 }]);
      expect(first.creditNoteId).toBe(toGlobalId('Invoice', '987'));
      expect(first.refundId).toBeNull();
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ returnId: fromGlobalId(again.id)!.id, customerId: fromGlobalId(again.customer.id)!.id, orderId: fromGlobalId(shipped.orderId)!.id, policy: 'CREDIT_NOTE' });
      expect(calls[0]!.lines.map((l) => ({ ...l, quantity: toText(l.quantity) }))).toEqual([{ orderLineId: fromGlobalId(again.lines[0]!.orderLine.id)!.id, shipmentLineId: fromGlobalId(line!.id)!.id, quantity: '2' }]);
    } finally {
      service.afterReceive = undefined;
    }
  });
});
