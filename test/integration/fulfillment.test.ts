import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { TrackingMode } from '../../src/modules/catalog/item.entity';
import { gtinCheckDigit } from '../../src/modules/catalog/gs1';
import { LocationType } from '../../src/modules/warehouse/location.entity';
import { fromGlobalId, toGlobalId } from '../../src/shared/ids';
import {
  CartonCloseDocument,
  CustomerCreateDocument,
  OrderFulfillmentDocument,
  OrderStatusChangedDocument,
  type OrderStatusChangedSubscription,
  ShipmentUpdatedDocument,
  type ShipmentUpdatedSubscription,
  PartnerCreateDocument,
  PickListAssignDocument,
  PickScanDocument,
  PickShortDocument,
  SalesChannelCreateDocument,
  SalesOrderCancelDocument,
  SalesOrderConfirmDocument,
  SalesOrderCreateDocument,
  type SalesOrderCreateInput,
  ShipmentByIdDocument,
  StockHoldByIdDocument,
  StockHoldCreateDocument,
  StockHoldReleaseDocument,
  ShipmentConfirmDocument,
  ShipmentPackDocument,
  ShipmentTrackDocument,
  WaveReleaseDocument,
  type WaveStrategy,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { latestCursor, LiveSubscription } from '../helpers/live';
import { systemContext } from '../helpers/context';
import { itemFixture, warehouseFixture, type ItemFixture, type WarehouseFixture } from '../helpers/fixtures';
import { countRows, sql } from '../helpers/sql';
import { packOneOrder } from '../helpers/fulfillment';

/**
 * Order to shipment through the API only: confirm (reserve, FEFO), wave (each strategy),
 * scan picks (GS1, pack barcodes, serials), pack into cartons, ship (COGS), track. The
 * invariant checker runs after every test (setup.ts), with the reservation invariants.
 */
let t: TestApp;
let wh: WarehouseFixture;
let plain: ItemFixture;
let lotItem: ItemFixture;
let serialItem: ItemFixture;
let customerId: string;
let channelId: string;
const loc: Record<string, { id: string; gid: string; barcode: string }> = {};
const GTIN = (body: string) => `${body}${gtinCheckDigit(body)}`;
const PLAIN_GTIN = GTIN('0400638133393'.slice(0, 13));
const PLAIN_CASE_GTIN = GTIN('1400638133393'.slice(0, 13));
const LOT_GTIN = GTIN('0401234500001'.slice(0, 13));
const SERIAL_GTIN = GTIN('0401234500002'.slice(0, 13));
const GS = '\x1d';

async function receive(itemId: string, locationKey: string, quantity: string, unitCost: string, extra: { lotNumber?: string; expiryDate?: string; serialNumbers?: string[]; allowExpired?: boolean } = {}) {
  await t.app.services.stockDocuments.receive(systemContext(t), {
    warehouseId: wh.id,
    allowExpired: extra.allowExpired ?? false,
    lines: [{ itemId, locationId: (loc[locationKey] as { id: string }).id, quantity, unitCost, lotNumber: extra.lotNumber, expiryDate: extra.expiryDate, serialNumbers: extra.serialNumbers }],
  });
}

async function createOrder(lines: SalesOrderCreateInput['lines'], extra: Partial<SalesOrderCreateInput> = {}): Promise<string> {
  const res = dataOf(await t.gql(SalesOrderCreateDocument, { input: { customerId, channelId, shipFromWarehouseId: wh.gid, lines, ...extra } })).salesOrderCreate;
  expect(res.userErrors).toEqual([]);
  return res.salesOrder!.id;
}

async function confirm(id: string, backorder?: boolean) {
  return dataOf(await t.gql(SalesOrderConfirmDocument, { input: { id, backorder } })).salesOrderConfirm;
}

async function wave(orderIds: string[], strategy: WaveStrategy) {
  const res = dataOf(await t.gql(WaveReleaseDocument, { input: { warehouseId: wh.gid, strategy, orderIds } })).waveRelease;
  expect(res.userErrors).toEqual([]);
  return res.wave!;
}

async function scan(pickListId: string, raw: string, extra: { quantity?: string; toteId?: string } = {}) {
  return dataOf(await t.gql(PickScanDocument, { input: { pickListId, raw, ...extra } })).pickScan;
}

async function order(id: string) {
  return dataOf(await t.gql(OrderFulfillmentDocument, { id })).salesOrder!;
}

async function available(itemId: string): Promise<{ onHand: string; allocated: string; sellable: string; backordered: string }> {
  const [row] = await sql<{ onHand: string; allocated: string; sellable: string; backordered: string }>(
    t,
    'select trim_scale(on_hand)::text as "onHand", trim_scale(allocated)::text as allocated, trim_scale(sellable_on_hand)::text as sellable, trim_scale(backordered)::text as backordered from stock_summaries where item_id = $1 and warehouse_id = $2',
    [itemId, wh.id],
  );
  return row!;
}

beforeAll(async () => {
  t = await startTestApp();
  const s = t.app.services;
  const ctx = systemContext(t);
  wh = await warehouseFixture(t, 'FF-WH');
  const z1 = (await s.zones.create(ctx, { warehouseId: wh.id, code: 'Z1', name: 'Zone one' })).zoneId;
  const z2 = (await s.zones.create(ctx, { warehouseId: wh.id, code: 'Z2', name: 'Zone two' })).zoneId;
  const make = async (code: string, type: LocationType, zoneId: string | null, pickSequence: number | null) => {
    const barcode = `FF-${code}`;
    const { locationId } = await s.locations.create(ctx, { warehouseId: wh.id, code, type, zoneId, pickSequence, barcode });
    loc[code] = { id: locationId, gid: toGlobalId('Location', locationId), barcode };
  };
  await make('P-01', LocationType.PICK, z1, 10);
  await make('P-02', LocationType.PICK, z2, 20);
  await make('P-03', LocationType.PICK, z2, 30);
  await make('PACK', LocationType.PACKING, null, null);
  plain = await itemFixture(t, 'FF-PLAIN');
  lotItem = await itemFixture(t, 'FF-LOT', { tracking: TrackingMode.LOT, lotExpiryRequired: true });
  serialItem = await itemFixture(t, 'FF-SER', { tracking: TrackingMode.SERIAL });
  await s.items.barcodeAdd(ctx, { itemId: plain.id, code: PLAIN_GTIN });
  await s.items.barcodeAdd(ctx, { itemId: plain.id, code: PLAIN_CASE_GTIN, quantity: '6' });
  await s.items.barcodeAdd(ctx, { itemId: lotItem.id, code: LOT_GTIN });
  await s.items.barcodeAdd(ctx, { itemId: serialItem.id, code: SERIAL_GTIN });

  await receive(plain.id, 'P-01', '20', '2.50');
  await receive(plain.id, 'P-02', '20', '3.00');
  await receive(lotItem.id, 'P-02', '5', '10', { lotNumber: 'L-LATE', expiryDate: '2031-09-01' });
  await receive(lotItem.id, 'P-01', '5', '12', { lotNumber: 'L-EARLY', expiryDate: '2031-03-01' });
  await receive(lotItem.id, 'P-03', '5', '8', { lotNumber: 'L-OLD', expiryDate: '2026-01-01', allowExpired: true });
  await receive(serialItem.id, 'P-03', '3', '100', { serialNumbers: ['SN-1', 'SN-2', 'SN-3'] });

  const customer = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'FF-CUST', name: 'Fulfilment customer', billingAddress: { city: 'Berlin', country: 'DE' } } })).customerCreate;
  customerId = customer.customer!.id;
  channelId = dataOf(await t.gql(SalesChannelCreateDocument, { input: { code: 'FF-WEB', name: 'Webshop', kind: 'STOREFRONT' } })).salesChannelCreate.salesChannel!.id;
});

afterAll(async () => {
  await t.stop();
});

describe('confirmation reserves stock', () => {
  it('allocates a lot item FEFO, never from an expired lot, and backorders what it cannot reserve', async () => {
    const id = await createOrder([{ itemId: lotItem.gid, quantity: '12', unitPrice: '30' }]);
    const before = await available(lotItem.id);
    const res = await confirm(id);
    expect(res.userErrors).toEqual([]);
    expect(res.salesOrder!.status).toBe('PARTIALLY_ALLOCATED');
    const line = res.salesOrder!.lines[0]!;
    expect(line.allocations.map((a) => [a.lot?.lotNumber, a.location.code, a.quantity])).toEqual([
      ['L-EARLY', 'P-01', '5'],
      ['L-LATE', 'P-02', '5'],
    ]);
    expect([line.quantityAllocated, line.quantityBackordered]).toEqual(['10', '2']);
    const after = await available(lotItem.id);
    expect(Number(after.allocated) - Number(before.allocated)).toBe(10);
    expect(after.backordered).toBe('2');
    // Cancel gives it all back: nothing reserved, nothing waiting.
    const cancelled = dataOf(await t.gql(SalesOrderCancelDocument, { input: { id } })).salesOrderCancel;
    expect(cancelled.userErrors).toEqual([]);
    expect(await available(lotItem.id)).toMatchObject({ allocated: before.allocated, backordered: '0' });
  });

  it('never allocates a lot expiring before the customer\'s minimum shelf life', async () => {
    // Between the days L-EARLY (2031-03-01) and L-LATE (2031-09-01) have left from today: only L-LATE qualifies.
    const minShelfLifeDays = Math.floor((Date.parse('2031-09-01') - Date.now()) / 86_400_000) - 30;
    const picky = dataOf(await t.gql(CustomerCreateDocument, { input: { code: 'FF-PICKY', name: 'Long shelf life', minShelfLifeDays } })).customerCreate;
    expect(picky.userErrors).toEqual([]);
    const id = await createOrder([{ itemId: lotItem.gid, quantity: '2', unitPrice: '30' }], { customerId: picky.customer!.id });
    const res = await confirm(id);
    expect(res.salesOrder!.lines[0]!.allocations.map((a) => a.lot?.lotNumber)).toEqual(['L-LATE']);
    expect(dataOf(await t.gql(SalesOrderCancelDocument, { input: { id } })).salesOrderCancel.userErrors).toEqual([]);
  });

  it('with backorder: false refuses what cannot be reserved, naming the line, and writes nothing', async () => {
    const id = await createOrder([{ itemId: plain.gid, quantity: '1000', unitPrice: '1' }]);
    const rows = await countRows(t, 'stock_allocations');
    const res = await confirm(id, false);
    expect(res.userErrors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
    expect(res.userErrors[0]!.message).toContain('FF-PLAIN');
    expect(await countRows(t, 'stock_allocations')).toBe(rows);
    expect((await order(id)).status).toBe('DRAFT');
  });

  it('an idempotency key makes a confirmation and a wave release safe to retry', async () => {
    const id = await createOrder([{ itemId: plain.gid, quantity: '1', unitPrice: '4' }]);
    const input = { id, idempotencyKey: `confirm-${id}` };
    const first = dataOf(await t.gql(SalesOrderConfirmDocument, { input })).salesOrderConfirm;
    const again = dataOf(await t.gql(SalesOrderConfirmDocument, { input })).salesOrderConfirm;
    expect(first.userErrors).toEqual([]);
    expect(again.userErrors).toEqual([]);
    expect(again.salesOrder!.version).toBe(first.salesOrder!.version);
    const waveInput = { warehouseId: wh.gid, strategy: 'DISCRETE' as const, orderIds: [id], idempotencyKey: `wave-${id}` };
    const w1 = dataOf(await t.gql(WaveReleaseDocument, { input: waveInput })).waveRelease;
    const w2 = dataOf(await t.gql(WaveReleaseDocument, { input: waveInput })).waveRelease;
    expect(w1.userErrors).toEqual([]);
    expect(w2.wave!.id).toBe(w1.wave!.id);
    dataOf(await t.gql(SalesOrderCancelDocument, { input: { id } }));
  });

  it('refuses to confirm a cancelled order, naming both states', async () => {
    const id = await createOrder([{ itemId: plain.gid, quantity: '1', unitPrice: '1' }]);
    dataOf(await t.gql(SalesOrderCancelDocument, { input: { id } }));
    const res = await confirm(id);
    expect(res.userErrors.map((e) => e.code)).toEqual(['ILLEGAL_TRANSITION']);
    expect(res.userErrors[0]!.message).toMatch(/CANCELLED.*CONFIRMED/);
  });

  it('a checkout hold counts for the order that consumes it, and for no other', async () => {
    const item = await itemFixture(t, 'FF-HOLD');
    await receive(item.id, 'P-01', '3', '1');
    const hold = dataOf(await t.gql(StockHoldCreateDocument, { input: { warehouseId: wh.gid, ttlSeconds: 600, lines: [{ itemId: item.gid, quantity: '2' }] } })).stockHold;
    expect(hold.userErrors).toEqual([]);
    const other = await createOrder([{ itemId: item.gid, quantity: '2', unitPrice: '5' }]);
    const mine = await createOrder([{ itemId: item.gid, quantity: '2', unitPrice: '5' }]);
    // Another order finds only the unheld unit.
    const o = await confirm(other);
    expect(o.salesOrder!.lines[0]).toMatchObject({ quantityAllocated: '1', quantityBackordered: '1' });
    const m = dataOf(await t.gql(SalesOrderConfirmDocument, { input: { id: mine, holdId: hold.hold!.id } })).salesOrderConfirm;
    expect(m.userErrors).toEqual([]);
    expect(m.salesOrder).toMatchObject({ status: 'ALLOCATED' });
    expect(dataOf(await t.gql(StockHoldByIdDocument, { id: hold.hold!.id })).stockHold!.status).toBe('CONSUMED');
    // A consumed hold cannot be used again.
    const again = await createOrder([{ itemId: item.gid, quantity: '1', unitPrice: '5' }]);
    expect(dataOf(await t.gql(SalesOrderConfirmDocument, { input: { id: again, holdId: hold.hold!.id } })).salesOrderConfirm.userErrors.map((e) => e.code)).toEqual(['HOLD_NOT_ACTIVE']);
    expect(await available(item.id)).toMatchObject({ allocated: '3', backordered: '1' });
  });

  it('a receipt that fills several backorders leaves carts\' holds alone', async () => {
    const item = await itemFixture(t, 'FF-FILL-HELD');
    await receive(item.id, 'P-01', '5', '1');
    const hold = dataOf(await t.gql(StockHoldCreateDocument, { input: { warehouseId: wh.gid, ttlSeconds: 600, lines: [{ itemId: item.gid, quantity: '5' }] } })).stockHold;
    expect(hold.userErrors).toEqual([]);
    const a = await createOrder([{ itemId: item.gid, quantity: '5', unitPrice: '5' }]);
    const b = await createOrder([{ itemId: item.gid, quantity: '5', unitPrice: '5' }]);
    expect((await confirm(a)).salesOrder!.status).toBe('BACKORDERED');
    expect((await confirm(b)).salesOrder!.status).toBe('BACKORDERED');
    await receive(item.id, 'P-02', '5', '1');
    // 10 sellable, 5 held: the oldest order gets the 5 that are free, the next one none.
    expect((await order(a)).status).toBe('ALLOCATED');
    expect((await order(b)).lines[0]).toMatchObject({ quantityAllocated: '0', quantityBackordered: '5' });
    expect(await available(item.id)).toMatchObject({ sellable: '10', allocated: '5', backordered: '5' });
  });

  it('a receipt fills a backorder in its own transaction, oldest order first', async () => {
    const item = await itemFixture(t, 'FF-BO');
    const first = await createOrder([{ itemId: item.gid, quantity: '3', unitPrice: '5' }]);
    const second = await createOrder([{ itemId: item.gid, quantity: '2', unitPrice: '5' }]);
    expect((await confirm(first)).salesOrder!.status).toBe('BACKORDERED');
    expect((await confirm(second)).salesOrder!.status).toBe('BACKORDERED');
    await receive(item.id, 'P-01', '4', '1');
    const a = await order(first);
    const b = await order(second);
    expect([a.status, a.lines[0]!.quantityAllocated, a.lines[0]!.quantityBackordered]).toEqual(['ALLOCATED', '3', '0']);
    expect([b.status, b.lines[0]!.quantityAllocated, b.lines[0]!.quantityBackordered]).toEqual(['PARTIALLY_ALLOCATED', '1', '1']);
    expect(await available(item.id)).toMatchObject({ onHand: '4', allocated: '4', backordered: '1' });
  });
});

describe('bad input writes nothing', () => {
  it('refuses an unknown or malformed scan, a quantity finer than the unit, reserved stock taken by an adjustment, an inactive item at confirmation', async () => {
    const id = await createOrder([{ itemId: plain.gid, quantity: '2', unitPrice: '4' }]);
    await confirm(id);
    const list = (await wave([id], 'DISCRETE')).pickLists[0]!;
    await scan(list.id, list.tasks[0]!.location.barcode!);
    const moves = await countRows(t, 'stock_moves');
    expect((await scan(list.id, 'NO-SUCH-CODE')).userErrors.map((e) => e.code)).toEqual(['SCAN_UNKNOWN']);
    const badGtin = `400638133393${(gtinCheckDigit('400638133393') + 1) % 10}`;
    expect((await scan(list.id, badGtin)).userErrors.map((e) => e.code)).toEqual(['SCAN_MALFORMED']);
    expect((await scan(list.id, PLAIN_GTIN, { quantity: '1.5' })).userErrors.map((e) => e.code)).toEqual(['INVALID_QUANTITY']);
    expect(await countRows(t, 'stock_moves')).toBe(moves);
    // The reserved units cannot leave by an adjustment: every unit of the location is either reserved or free, and only the free ones go.
    const [bal] = await sql<{ on_hand: string; reserved: string }>(
      t,
      `select trim_scale(b.on_hand)::text as on_hand, trim_scale(sum(a.quantity - a.quantity_picked))::text as reserved from stock_balances b join stock_allocations a on a.item_id = b.item_id and a.location_id = b.location_id
       where a.status = 'OPEN' and b.item_id = $1 and b.location_id = $2 group by b.on_hand`,
      [plain.id, list.tasks[0]!.location.barcode === loc['P-01']!.barcode ? loc['P-01']!.id : loc['P-02']!.id],
    );
    const take = String(Number(bal!.on_hand) - Number(bal!.reserved) + 1);
    const adjust = await t.app.services.stockDocuments
      .adjust(systemContext(t), { warehouseId: wh.id, reasonCode: 'DAMAGED' as never, lines: [{ itemId: plain.id, locationId: list.tasks[0]!.location.barcode === loc['P-01']!.barcode ? loc['P-01']!.id : loc['P-02']!.id, quantity: `-${take}` }] })
      .catch((err: { code?: string }) => err.code);
    expect(adjust).toBe('INSUFFICIENT_STOCK');
    expect(await countRows(t, 'stock_moves')).toBe(moves);

    const item = await itemFixture(t, 'FF-RETIRED');
    await receive(item.id, 'P-01', '1', '1');
    const retired = await createOrder([{ itemId: item.gid, quantity: '1', unitPrice: '1' }]);
    await t.app.services.items.setActive(systemContext(t), { id: item.id, active: false });
    expect((await confirm(retired)).userErrors.map((e) => e.code)).toEqual(['ITEM_INACTIVE']);
    expect((await order(retired)).status).toBe('DRAFT');
  });

  it('chooses the ship-from warehouse that can ship the whole order when the order names none', async () => {
    const other = await warehouseFixture(t, 'FF-WH2');
    const item = await itemFixture(t, 'FF-TWO');
    await t.app.services.stockDocuments.receive(systemContext(t), { warehouseId: other.id, lines: [{ itemId: item.id, locationId: other.locDb.A1, quantity: '5', unitCost: '1' }] });
    await receive(item.id, 'P-01', '2', '1');
    const res = dataOf(await t.gql(SalesOrderCreateDocument, { input: { customerId, channelId, lines: [{ itemId: item.gid, quantity: '4', unitPrice: '2' }] } })).salesOrderCreate;
    const confirmed = await confirm(res.salesOrder!.id);
    expect(confirmed.userErrors).toEqual([]);
    expect(confirmed.salesOrder).toMatchObject({ status: 'ALLOCATED', shipFromWarehouse: { code: 'FF-WH2' } });
  });

  it('an adjustment that finds stock fills a waiting backorder', async () => {
    const item = await itemFixture(t, 'FF-FOUND');
    const id = await createOrder([{ itemId: item.gid, quantity: '1', unitPrice: '2' }]);
    expect((await confirm(id)).salesOrder!.status).toBe('BACKORDERED');
    await t.app.services.stockDocuments.adjust(systemContext(t), { warehouseId: wh.id, reasonCode: 'FOUND' as never, lines: [{ itemId: item.id, locationId: loc['P-01']!.id, quantity: '1', unitCost: '1' }] });
    expect((await order(id)).status).toBe('ALLOCATED');
  });
});

describe('order to shipment', () => {
  it('DISCRETE: a lot item picked by GS1 scan, packed, shipped with COGS at FIFO cost of the lots, then tracked', async () => {
    const id = await createOrder([{ itemId: lotItem.gid, quantity: '6', unitPrice: '30' }], { carrier: 'DHL' });
    expect((await confirm(id)).salesOrder!.status).toBe('ALLOCATED');
    const w = await wave([id], 'DISCRETE');
    expect(w.pickLists).toHaveLength(1);
    const list = w.pickLists[0]!;
    expect(list.tasks.map((x) => [x.location.code, x.lot?.lotNumber, x.quantity])).toEqual([
      ['P-01', 'L-EARLY', '5'],
      ['P-02', 'L-LATE', '1'],
    ]);
    expect((await order(id)).status).toBe('PICKING');

    // An item before a location is refused; so is the wrong lot at the right place.
    expect((await scan(list.id, `]d201${LOT_GTIN}10L-EARLY`)).userErrors.map((e) => e.code)).toEqual(['WRONG_LOCATION']);
    expect((await scan(list.id, loc['P-01']!.barcode)).result?.kind).toBe('LOCATION');
    expect((await scan(list.id, `]d201${LOT_GTIN}10L-LATE`)).userErrors.map((e) => e.code)).toEqual(['WRONG_LOT']);
    expect((await scan(list.id, `]d201${LOT_GTIN}10L-OLD`)).userErrors.map((e) => e.code)).toEqual(['EXPIRED_LOT']);
    expect((await scan(list.id, `]d201${PLAIN_GTIN}`)).userErrors.map((e) => e.code)).toEqual(['WRONG_ITEM']);
    expect((await scan(list.id, `]d201${LOT_GTIN}17310301${GS}10L-EARLY${GS}376`)).userErrors.map((e) => e.code)).toEqual(['OVERPICK']);
    expect((await scan(list.id, `]d201${LOT_GTIN}1731030`)).userErrors.map((e) => e.code)).toEqual(['SCAN_MALFORMED']);
    const picked = await scan(list.id, `]d201${LOT_GTIN}17310301${GS}10L-EARLY${GS}375`);
    expect(picked.userErrors).toEqual([]);
    expect(picked.result).toEqual({ kind: 'PICK', quantity: '5' });
    expect(await available(lotItem.id)).toMatchObject({ sellable: '10', allocated: '1' });
    await scan(list.id, loc['P-02']!.barcode);
    const last = await scan(list.id, `(01)${LOT_GTIN}(10)L-LATE`);
    expect(last.userErrors).toEqual([]);
    expect(last.pickList!.status).toBe('DONE');

    const o = await order(id);
    const lineId = o.lines[0]!.id;
    const packed = dataOf(
      await t.gql(ShipmentPackDocument, {
        input: {
          orderId: id,
          cartons: [
            { cartonType: 'BOX-S', weightKg: '2.5', lines: [{ orderLineId: lineId, quantity: '5', lotNumber: 'L-EARLY' }] },
            { cartonType: 'BOX-S', close: false, lines: [{ orderLineId: lineId, quantity: '1', lotNumber: 'L-LATE' }] },
          ],
        },
      }),
    ).shipmentPack;
    expect(packed.userErrors).toEqual([]);
    const shipment = packed.shipment!;
    expect(shipment.status).toBe('PACKED');
    expect(shipment.cartons.map((c) => c.sscc)).toEqual([expect.stringMatching(/^\d{18}$/), expect.stringMatching(/^\d{18}$/)]);
    expect((await order(id)).status).toBe('PACKED');
    const refused = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: shipment.id } })).shipmentConfirm;
    expect(refused.userErrors.map((e) => e.code)).toEqual(['CARTON_OPEN']);
    const open = shipment.cartons.find((c) => c.status === 'OPEN')!;
    expect(dataOf(await t.gql(CartonCloseDocument, { input: { raw: `]C100${open.sscc}` } })).cartonClose.userErrors).toEqual([]);

    const entries = await countRows(t, 'journal_entries');
    const shipped = dataOf(
      await t.gql(ShipmentConfirmDocument, { input: { shipmentId: shipment.id, trackingNumbers: shipment.cartons.map((c, i) => ({ cartonId: c.id, trackingNumber: `TRK-${i}` })) } }),
    ).shipmentConfirm;
    expect(shipped.userErrors).toEqual([]);
    expect(shipped.shipment!.status).toBe('SHIPPED');
    expect(shipped.shipment!.trackingNumbers).toEqual(['TRK-0', 'TRK-1']);
    // COGS: 5 x 12 (L-EARLY's layer is the later receipt but FIFO takes the oldest layer first: 5 x 10, then 1 x 12).
    const cost = shipped.shipment!.lines.reduce((sum, l) => sum + Number(l.cost), 0);
    expect(cost).toBe(62);
    // Two entries: the shipment's COGS and its invoice (the customer is invoiced on confirmation).
    expect(await countRows(t, 'journal_entries')).toBe(entries + 2);
    const [cogs] = await sql<{ debit: string }>(t, `select trim_scale(sum(l.debit))::text as debit from journal_lines l join accounts a on a.id = l.account_id join account_mappings m on m.account_id = a.id and m.purpose = 'COGS' where l.entry_id = (select journal_entry_id from shipments where id = $1)`, [
      shipped.shipment!.id.length > 0 ? (await sql<{ id: string }>(t, 'select id::text as id from shipments order by id desc limit 1'))[0]!.id : '0',
    ]);
    expect(cogs!.debit).toBe('62');
    const after = await order(id);
    expect(after.status).toBe('INVOICED');
    expect(after.lines[0]).toMatchObject({ quantityShipped: '6', quantityAllocated: '0', quantityPicked: '6', quantityPacked: '6' });
    expect(after.lines[0]!.allocations.every((a) => a.status === 'SHIPPED')).toBe(true);
    expect(await available(lotItem.id)).toMatchObject({ onHand: '9', allocated: '0' });

    // Tracking, idempotent per event id.
    const track = (eventId: string, status: 'IN_TRANSIT' | 'DELIVERED') => t.gql(ShipmentTrackDocument, { input: { shipmentId: shipment.id, eventId, status } });
    expect(dataOf(await track('E1', 'IN_TRANSIT')).shipmentTrack.shipment!.status).toBe('IN_TRANSIT');
    const again = dataOf(await track('E1', 'IN_TRANSIT')).shipmentTrack;
    expect(again.userErrors).toEqual([]);
    expect(dataOf(await track('E2', 'DELIVERED')).shipmentTrack.shipment!.statusTimes.map((s) => s.status)).toEqual(['CREATED', 'PICKED', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED'].filter((s) => s !== 'PICKED'));
    expect(await countRows(t, 'shipment_tracking_events', `shipment_id = ${Number((await sql<{ id: string }>(t, 'select max(id)::text as id from shipments'))[0]!.id)}`)).toBe(2);
  });

  it('BATCH: two orders in one walk, a case barcode counting 6, then sorted to orders at packing', async () => {
    const a = await createOrder([{ itemId: plain.gid, quantity: '6', unitPrice: '4' }]);
    const b = await createOrder([{ itemId: plain.gid, quantity: '2', unitPrice: '4' }]);
    await confirm(a);
    await confirm(b);
    const w = await wave([a, b], 'BATCH');
    expect(w.pickLists).toHaveLength(1);
    const list = w.pickLists[0]!;
    expect(dataOf(await t.gql(PickListAssignDocument, { input: { pickListId: list.id, picker: 'Ana (badge 17)' } })).pickListAssign.pickList).toMatchObject({ picker: 'Ana (badge 17)' });
    expect(new Set(list.tasks.map((x) => x.order.id))).toEqual(new Set([a, b]));
    await scan(list.id, loc['P-01']!.barcode);
    const caseScan = await scan(list.id, PLAIN_CASE_GTIN);
    expect(caseScan.userErrors).toEqual([]);
    expect(caseScan.result!.quantity).toBe('6');
    const eaches = await scan(list.id, PLAIN_GTIN, { quantity: '2' });
    expect(eaches.userErrors).toEqual([]);
    expect(eaches.pickList!.status).toBe('DONE');
    for (const [id, q] of [[a, '6'], [b, '2']] as const) {
      const lineId = (await order(id)).lines[0]!.id;
      const pack = dataOf(await t.gql(ShipmentPackDocument, { input: { orderId: id, cartons: [{ cartonType: 'BOX', lines: [{ orderLineId: lineId, quantity: q }] }] } })).shipmentPack;
      expect(pack.userErrors).toEqual([]);
      const over = dataOf(await t.gql(ShipmentPackDocument, { input: { orderId: id, cartons: [{ cartonType: 'BOX', lines: [{ orderLineId: lineId, quantity: '1' }] }] } })).shipmentPack;
      expect(over.userErrors.map((e) => e.code)).toEqual(['OVERPACK']);
      expect(dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: pack.shipment!.id } })).shipmentConfirm.shipment!.status).toBe('SHIPPED');
    }
  });

  it('ZONE: one list per zone, merged at packing; CLUSTER: one list, one tote per order', async () => {
    const z = await createOrder([
      { itemId: plain.gid, quantity: '21', unitPrice: '4' },
      { itemId: lotItem.gid, quantity: '1', unitPrice: '30' },
    ]);
    await confirm(z);
    const zw = await wave([z], 'ZONE');
    expect(zw.pickLists.map((l) => l.zone?.code).sort()).toEqual(['Z1', 'Z2']);
    const c1 = await createOrder([{ itemId: plain.gid, quantity: '1', unitPrice: '4' }]);
    const c2 = await createOrder([{ itemId: plain.gid, quantity: '1', unitPrice: '4' }]);
    await confirm(c1);
    await confirm(c2);
    const cw = await wave([c1, c2], 'CLUSTER');
    expect(cw.pickLists).toHaveLength(1);
    const totes = cw.pickLists[0]!.tasks.map((x) => [x.order.id, x.tote]);
    expect(new Set(totes.map(([, tote]) => tote))).toEqual(new Set(['T1', 'T2']));
    const list = cw.pickLists[0]!;
    await scan(list.id, list.tasks[0]!.location.barcode!);
    expect((await scan(list.id, PLAIN_GTIN, { toteId: 'T9' })).userErrors.map((e) => e.code)).toEqual(['WRONG_ITEM']);
    expect((await scan(list.id, PLAIN_GTIN, { toteId: 'T2' })).userErrors).toEqual([]);
  });

  it('a serial item: the serial is captured at pick, packed and shipped, and gone from stock', async () => {
    const id = await createOrder([{ itemId: serialItem.gid, quantity: '2', unitPrice: '250' }]);
    await confirm(id);
    const list = (await wave([id], 'DISCRETE')).pickLists[0]!;
    await scan(list.id, loc['P-03']!.barcode);
    expect((await scan(list.id, `]d201${SERIAL_GTIN}21SN-9`)).userErrors.map((e) => e.code)).toEqual(['SERIAL_UNKNOWN']);
    expect((await scan(list.id, `]d201${SERIAL_GTIN}21SN-2`)).userErrors).toEqual([]);
    const second = await scan(list.id, 'SN-3');
    expect(second.userErrors).toEqual([]);
    const lineId = (await order(id)).lines[0]!.id;
    const wrong = dataOf(await t.gql(ShipmentPackDocument, { input: { orderId: id, cartons: [{ cartonType: 'BOX', lines: [{ orderLineId: lineId, quantity: '2', serialNumbers: ['SN-1', 'SN-2'] }] }] } })).shipmentPack;
    expect(wrong.userErrors.map((e) => e.code)).toEqual(['SERIAL_UNKNOWN']);
    const pack = dataOf(await t.gql(ShipmentPackDocument, { input: { orderId: id, cartons: [{ cartonType: 'BOX', lines: [{ orderLineId: lineId, quantity: '2', serialNumbers: ['SN-3', 'SN-2'] }] }] } })).shipmentPack;
    expect(pack.userErrors).toEqual([]);
    const shipped = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: pack.shipment!.id } })).shipmentConfirm;
    expect(shipped.userErrors).toEqual([]);
    expect(shipped.shipment!.lines[0]!.serialNumbers.sort()).toEqual(['SN-2', 'SN-3']);
    const serials = await sql<{ serial_number: string; status: string }>(t, 'select serial_number, status from serials where item_id = $1 order by serial_number', [serialItem.id]);
    expect(serials.map((s) => [s.serial_number, s.status])).toEqual([
      ['SN-1', 'IN_STOCK'],
      ['SN-2', 'GONE'],
      ['SN-3', 'GONE'],
    ]);
  });

  it('a short pick re-allocates from another location, else backorders, and opens a cycle count', async () => {
    const item = await itemFixture(t, 'FF-SHORT');
    await receive(item.id, 'P-01', '3', '1');
    await receive(item.id, 'P-02', '1', '1');
    const id = await createOrder([{ itemId: item.gid, quantity: '4', unitPrice: '2' }]);
    await confirm(id);
    const list = (await wave([id], 'DISCRETE')).pickLists[0]!;
    const first = list.tasks.find((x) => x.location.code === 'P-01')!;
    const short = dataOf(await t.gql(PickShortDocument, { input: { pickTaskId: first.id, quantityMissing: '2' } })).pickShort;
    expect(short.userErrors).toEqual([]);
    // P-02's one unit is allocated already to this order: nothing else to take, so both missing units wait.
    expect(short.result).toMatchObject({ reallocated: '0', backordered: '2' });
    expect(short.result!.countId).toBeTruthy();
    const o = await order(id);
    expect(o.lines[0]).toMatchObject({ quantityAllocated: '2', quantityBackordered: '2' });
    // Stock found elsewhere later fills it.
    await receive(item.id, 'P-03', '5', '1');
    expect((await order(id)).lines[0]).toMatchObject({ quantityAllocated: '4', quantityBackordered: '0' });
  });

  it('cancelling an order with picked units moves them back to stock and releases the rest', async () => {
    const id = await createOrder([{ itemId: plain.gid, quantity: '3', unitPrice: '4' }]);
    await confirm(id);
    const list = (await wave([id], 'DISCRETE')).pickLists[0]!;
    const before = await available(plain.id);
    await scan(list.id, list.tasks[0]!.location.barcode!);
    expect((await scan(list.id, PLAIN_GTIN, { quantity: '1' })).userErrors).toEqual([]);
    const cancelled = dataOf(await t.gql(SalesOrderCancelDocument, { input: { id } })).salesOrderCancel;
    expect(cancelled.userErrors).toEqual([]);
    const after = await available(plain.id);
    expect(Number(after.allocated)).toBe(Number(before.allocated) - 3);
    expect(after.sellable).toBe(before.sellable);
    expect((await order(id)).lines[0]).toMatchObject({ quantityCancelled: '3', quantityPicked: '0', quantityAllocated: '0' });
  });

  it('live: orderStatusChanged and shipmentUpdated arrive after each commit, in order, with versions; a reconnect with after replays them once', async () => {
    const after = await latestCursor(t);
    const id = await createOrder([{ itemId: plain.gid, quantity: '1', unitPrice: '4' }], { carrier: 'UPS' });
    const orders = new LiveSubscription<OrderStatusChangedSubscription>(t, t.adminKey, OrderStatusChangedDocument as never, { after, filter: { orderIds: [id] } });
    const shipments = new LiveSubscription<ShipmentUpdatedSubscription>(t, t.adminKey, ShipmentUpdatedDocument as never, { after, filter: { orderIds: [id] } });
    try {
      await confirm(id);
      const list = (await wave([id], 'DISCRETE')).pickLists[0]!;
      await scan(list.id, list.tasks[0]!.location.barcode!);
      await scan(list.id, PLAIN_GTIN);
      const lineId = (await order(id)).lines[0]!.id;
      const pack = dataOf(await t.gql(ShipmentPackDocument, { input: { orderId: id, cartons: [{ cartonType: 'BOX', lines: [{ orderLineId: lineId, quantity: '1' }] }] } })).shipmentPack;
      expect(dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: pack.shipment!.id } })).shipmentConfirm.userErrors).toEqual([]);
      const seen = await orders.until((d) => d.some((e) => e.orderStatusChanged.status === 'INVOICED'), 'INVOICED');
      // Invoiced in the shipment's own transaction (the customer's autoInvoice): SHIPPED, then INVOICED.
      expect(seen.map((e) => e.orderStatusChanged.status)).toEqual(['DRAFT', 'CONFIRMED', 'ALLOCATED', 'PICKING', 'PACKED', 'SHIPPED', 'INVOICED']);
      const versions = seen.map((e) => e.orderStatusChanged.version);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      const ship = await shipments.until((d) => d.some((e) => e.shipmentUpdated.status === 'SHIPPED'), 'shipment SHIPPED');
      expect(ship.map((e) => e.shipmentUpdated.status)).toEqual(['PACKED', 'SHIPPED']);
      // A reconnect from the first event's cursor gets the rest once.
      const replay = new LiveSubscription<OrderStatusChangedSubscription>(t, t.adminKey, OrderStatusChangedDocument as never, { after: seen[0]!.orderStatusChanged.cursor, filter: { orderIds: [id] } });
      try {
        const again = await replay.until((d) => d.length >= 6, 'the replay');
        expect(again.map((e) => e.orderStatusChanged.status)).toEqual(['CONFIRMED', 'ALLOCATED', 'PICKING', 'PACKED', 'SHIPPED', 'INVOICED']);
      } finally {
        await replay.close();
      }
    } finally {
      await orders.close();
      await shipments.close();
    }
  });

  it('a carrier\'s PARTNER key records tracking for its own shipments only', async () => {
    const carrier = dataOf(await t.gql(PartnerCreateDocument, { input: { code: 'FF-CARRIER', name: 'Carrier', kinds: ['CARRIER'] } })).partnerCreate.partner!;
    const rival = dataOf(await t.gql(PartnerCreateDocument, { input: { code: 'FF-RIVAL', name: 'Rival carrier', kinds: ['CARRIER'] } })).partnerCreate.partner!;
    const id = await createOrder([{ itemId: plain.gid, quantity: '1', unitPrice: '4' }], { carrier: 'FF-CARRIER' });
    await confirm(id);
    const list = (await wave([id], 'DISCRETE')).pickLists[0]!;
    await scan(list.id, list.tasks[0]!.location.barcode!);
    await scan(list.id, PLAIN_GTIN);
    const lineId = (await order(id)).lines[0]!.id;
    const pack = dataOf(await t.gql(ShipmentPackDocument, { input: { orderId: id, cartons: [{ cartonType: 'BOX', lines: [{ orderLineId: lineId, quantity: '1' }] }] } })).shipmentPack;
    const shipmentId = pack.shipment!.id;
    expect(pack.shipment!.carrier).toBe('FF-CARRIER');
    dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId } }));
    const own = await t.keyFor(Role.PARTNER, carrier.id);
    const other = await t.keyFor(Role.PARTNER, rival.id);
    const refused = dataOf(await t.gql(ShipmentTrackDocument, { input: { shipmentId, eventId: 'R-1', status: 'IN_TRANSIT' } }, other)).shipmentTrack;
    expect(refused.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    const events = await countRows(t, 'shipment_tracking_events');
    const ok = dataOf(await t.gql(ShipmentTrackDocument, { input: { shipmentId, eventId: 'C-1', status: 'EXCEPTION', detail: 'Address not found' } }, own)).shipmentTrack;
    expect(ok.userErrors).toEqual([]);
    expect(await countRows(t, 'shipment_tracking_events')).toBe(events + 1);
    expect((await sql<{ status: string }>(t, 'select status from shipments where id = $1', [fromGlobalId(shipmentId)!.id]))[0]!.status).toBe('EXCEPTION');
  });

  it('a PARTNER key never sees another partner\'s shipment', async () => {
    const shipments = await sql<{ id: string }>(t, 'select id::text as id from shipments order by id limit 1');
    const partner = dataOf(await t.gql(PartnerCreateDocument, { input: { code: 'FF-OTHER', name: 'Another marketplace', kinds: ['MARKETPLACE'] } })).partnerCreate.partner!;
    const key = await t.keyFor(Role.PARTNER, partner.id);
    const res = await t.gql(ShipmentByIdDocument, { id: toGlobalId('Shipment', shipments[0]!.id) }, key);
    expect(dataOf(res).shipment).toBeNull();
  });
});

/**
 * Found by the fulfilment model test (test/model/fulfillment-model.test.ts): each case is
 * the shrunk shape of a sequence where the system and the reference model disagreed and
 * the system was wrong. The invariant checker runs after each (setup.ts).
 */
describe('regressions found by the fulfilment model test', () => {
  let gtins = 0;
  /** An item with its own GTIN, for picking by scan. */
  async function scannable(sku: string): Promise<{ item: ItemFixture; gtin: string }> {
    const item = await itemFixture(t, sku);
    const gtin = GTIN(`04012345009${String(++gtins).padStart(2, '0')}`);
    await t.app.services.items.barcodeAdd(systemContext(t), { itemId: item.id, code: gtin });
    return { item, gtin };
  }
  async function hold(item: ItemFixture, quantity: string): Promise<string> {
    const res = dataOf(await t.gql(StockHoldCreateDocument, { input: { warehouseId: wh.gid, ttlSeconds: 600, lines: [{ itemId: item.gid, quantity }] } })).stockHold;
    expect(res.userErrors).toEqual([]);
    return res.hold!.id;
  }
  async function release(holdId: string): Promise<void> {
    expect(dataOf(await t.gql(StockHoldReleaseDocument, { input: { id: holdId } })).stockHoldRelease.userErrors).toEqual([]);
  }
  /** Picks all of a one-line order's only task (location, then item) into packing. */
  async function pickAll(orderId: string, gtin: string, quantity: string): Promise<void> {
    const list = (await wave([orderId], 'DISCRETE')).pickLists[0]!;
    expect((await scan(list.id, list.tasks[0]!.location.barcode!)).userErrors).toEqual([]);
    expect((await scan(list.id, gtin, { quantity })).userErrors).toEqual([]);
  }
  const line = async (id: string) => {
    const o = await order(id);
    const l = o.lines[0]!;
    return { status: o.status, allocated: l.quantityAllocated, backordered: l.quantityBackordered, picked: l.quantityPicked, shipped: l.quantityShipped };
  };

  it('a cancelled order\'s reservation and a released hold go to the order waiting for the stock, in the same transaction', async () => {
    const { item } = await scannable('FF-FREED');
    await receive(item.id, 'P-01', '2', '1');
    const first = await createOrder([{ itemId: item.gid, quantity: '2', unitPrice: '5' }]);
    expect((await confirm(first)).salesOrder!.status).toBe('ALLOCATED');
    const waiting = await createOrder([{ itemId: item.gid, quantity: '2', unitPrice: '5' }]);
    expect((await confirm(waiting)).salesOrder!.status).toBe('BACKORDERED');
    expect(dataOf(await t.gql(SalesOrderCancelDocument, { input: { id: first } })).salesOrderCancel.userErrors).toEqual([]);
    expect(await line(waiting)).toMatchObject({ status: 'ALLOCATED', allocated: '2', backordered: '0' });
    // A hold kept the stock a third order waits for; its release hands it over.
    await receive(item.id, 'P-01', '1', '1');
    const holdId = await hold(item, '1');
    const third = await createOrder([{ itemId: item.gid, quantity: '1', unitPrice: '5' }]);
    expect((await confirm(third)).salesOrder!.status).toBe('BACKORDERED');
    await release(holdId);
    expect(await line(third)).toMatchObject({ status: 'ALLOCATED', allocated: '1', backordered: '0' });
    expect(await available(item.id)).toMatchObject({ onHand: '3', allocated: '3', backordered: '0' });
    for (const id of [waiting, third]) expect(dataOf(await t.gql(SalesOrderCancelDocument, { input: { id } })).salesOrderCancel.userErrors).toEqual([]);
  });

  it('shipmentConfirm keeps the backorder fill its stock write makes on the same order (it wrote the lines it had read over it)', async () => {
    const { item, gtin } = await scannable('FF-SHIP-FILL');
    await receive(item.id, 'P-01', '3', '1');
    const holdId = await hold(item, '2');
    const id = await createOrder([{ itemId: item.gid, quantity: '3', unitPrice: '5' }]);
    expect((await confirm(id)).salesOrder!.status).toBe('PARTIALLY_ALLOCATED');
    await pickAll(id, gtin, '1');
    const lineId = (await order(id)).lines[0]!.id;
    const pack = dataOf(await t.gql(ShipmentPackDocument, { input: { orderId: id, cartons: [{ cartonType: 'BOX', lines: [{ orderLineId: lineId, quantity: '1' }] }] } })).shipmentPack;
    expect(pack.userErrors).toEqual([]);
    await release(holdId);
    expect(dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: pack.shipment!.id } })).shipmentConfirm.userErrors).toEqual([]);
    expect(await line(id)).toMatchObject({ status: 'PARTIALLY_SHIPPED', allocated: '2', backordered: '0', picked: '1', shipped: '1' });
    expect(await available(item.id)).toMatchObject({ onHand: '2', sellable: '2', allocated: '2', backordered: '0' });
  });
});

describe('shipment confirmation: retries and races', () => {
  const cogsEntries = (shipmentId: string) => countRows(t, 'journal_entries', "source_type = 'Shipment' and source_id = ?", [fromGlobalId(shipmentId)!.id]);

  it('the same idempotency key twice ships once and answers the same shipment', async () => {
    const packed = await packOneOrder(t, wh, await itemFixture(t, 'FF-SHIP-KEY'), { tag: 'FFKEY' });
    const input = { shipmentId: packed.shipmentId, idempotencyKey: `ship-${packed.shipmentId}` };
    const first = dataOf(await t.gql(ShipmentConfirmDocument, { input })).shipmentConfirm;
    const again = dataOf(await t.gql(ShipmentConfirmDocument, { input })).shipmentConfirm;
    expect(first.userErrors).toEqual([]);
    expect(again.userErrors).toEqual([]);
    expect(again.shipment).toMatchObject({ id: packed.shipmentId, status: 'SHIPPED', version: first.shipment!.version });
    expect(await cogsEntries(packed.shipmentId)).toBe(1);
    // Without the key the second confirmation is refused, naming both states.
    const third = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: packed.shipmentId } })).shipmentConfirm;
    expect(third.userErrors.map((e) => e.code)).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('two confirmations of one shipment at once: one ships, the other is refused, one COGS entry', async () => {
    const packed = await packOneOrder(t, wh, [await itemFixture(t, 'FF-SHIP-RACE-A'), await itemFixture(t, 'FF-SHIP-RACE-B')], { tag: 'FFRACE' });
    const results = await Promise.all([0, 1, 2].map(() => t.gql(ShipmentConfirmDocument, { input: { shipmentId: packed.shipmentId } })));
    const outcomes = results.map((r) => dataOf(r).shipmentConfirm.userErrors.map((e) => e.code).join(',') || 'SHIPPED').sort();
    expect(outcomes).toEqual(['ILLEGAL_TRANSITION', 'ILLEGAL_TRANSITION', 'SHIPPED']);
    expect(await cogsEntries(packed.shipmentId)).toBe(1);
    expect((await order(packed.orderId)).status).toBe('INVOICED');
    expect(await countRows(t, 'invoices', 'shipment_id = ?', [fromGlobalId(packed.shipmentId)!.id])).toBe(1);
  });

  it('a tracking number for a carton of another shipment is refused and nothing ships', async () => {
    const mine = await packOneOrder(t, wh, await itemFixture(t, 'FF-SHIP-TN-A'), { tag: 'FFTNA' });
    const other = await packOneOrder(t, wh, await itemFixture(t, 'FF-SHIP-TN-B'), { tag: 'FFTNB' });
    const [otherCarton] = await sql<{ id: string }>(t, 'select id::text as id from cartons where shipment_id = ?', [fromGlobalId(other.shipmentId)!.id]);
    const cartonId = toGlobalId('Carton', otherCarton!.id);
    const res = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: mine.shipmentId, trackingNumbers: [{ cartonId, trackingNumber: '1Z999' }] } })).shipmentConfirm;
    expect(res.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(await cogsEntries(mine.shipmentId)).toBe(0);
    const ok = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: mine.shipmentId, trackingNumbers: [] } })).shipmentConfirm;
    expect(ok.shipment?.status).toBe('SHIPPED');
  });
});
