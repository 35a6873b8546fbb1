import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrackingMode, ValuationMethod } from '../../src/modules/catalog/item.entity';
import {
  AvailabilityDocument,
  InventoryCountApproveDocument,
  InventoryCountCancelDocument,
  InventoryCountOpenDocument,
  InventoryCountRecordDocument,
  InventoryValuationDocument,
  ItemBarcodeAddDocument,
  ItemStockDocument,
  LotByNumberDocument,
  LotTraceDocument,
  SerialTraceDocument,
  StockLevelsDocument,
  StockReceiveDocument,
  StockTransferReceiveDocument,
  StockTransferShipDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { type ItemFixture, itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { countRows } from '../helpers/sql';

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

async function receive(item: ItemFixture, quantity: string, unitCost: string, extra: Record<string, unknown> = {}, location = main.loc.A1) {
  const res = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: location, quantity, unitCost, ...extra }] } })).stockReceive;
  expect(res.userErrors).toEqual([]);
  return res.document!;
}

const entryLines = (e: { lines: { account: { code: string }; debit: string; credit: string }[] } | null | undefined) => (e?.lines ?? []).map((l) => [l.account.code, l.debit, l.credit]);

describe('transfers between warehouses', () => {
  it('ships into transit (visible in stock and ledger), receives short, and posts the shortfall as a loss', async () => {
    const item = await itemFixture(t, 'TR-1');
    await receive(item, '10', '3.00');
    const shipped = dataOf(
      await t.gql(StockTransferShipDocument, { input: { fromWarehouseId: main.gid, toWarehouseId: east.gid, reference: 'TRUCK-7', lines: [{ itemId: item.gid, fromLocationId: main.loc.A1, quantity: '6' }] } }),
    ).stockTransferShip;
    expect(shipped.userErrors).toEqual([]);
    const transfer = shipped.transfer!;
    expect(transfer).toMatchObject({ status: 'SHIPPED', fromWarehouse: { code: 'MAIN' }, toWarehouse: { code: 'EAST' }, number: expect.stringMatching(/^TR-/) });
    expect(entryLines(transfer.shipEntry)).toEqual([
      ['1300', '0', '18'],
      ['1310', '18', '0'],
    ]);

    const stock = dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock;
    expect(stock.map((s) => [s.warehouse.code, s.onHand, s.inTransit, s.available])).toEqual([
      ['MAIN', '4', '0', '4'],
      ['EAST', '0', '6', '0'],
    ]);
    const levels = dataOf(await t.gql(StockLevelsDocument, { filter: { itemIds: [item.gid], warehouseId: east.gid } })).stockLevels;
    expect(levels.edges.map((e) => [e.node.location.code, e.node.location.type, e.node.onHand])).toEqual([['IN-TRANSIT', 'TRANSIT', '6']]);
    const avail = dataOf(await t.gql(AvailabilityDocument, { skus: ['TR-1'], warehouseCodes: ['east'] })).availability;
    expect(avail[0]!.warehouses).toEqual([{ warehouseCode: 'EAST', available: '0', onHand: '0', allocated: '0', inTransit: '6' }]);

    const line = transfer.lines[0]!;
    const tooMuch = dataOf(
      await t.gql(StockTransferReceiveDocument, { input: { transferId: transfer.id, lines: [{ transferLineId: line.id, toLocationId: east.loc.A1, quantity: '7' }] } }),
    ).stockTransferReceive;
    expect(tooMuch.userErrors.map((e) => e.code)).toEqual(['QUANTITY_EXCEEDS_SHIPPED']);

    const received = dataOf(
      await t.gql(StockTransferReceiveDocument, {
        input: {
          transferId: transfer.id,
          lines: [
            { transferLineId: line.id, toLocationId: east.loc.A1, quantity: '3' },
            { transferLineId: line.id, toLocationId: east.loc.A2, quantity: '2' },
          ],
        },
      }),
    ).stockTransferReceive;
    expect(received.userErrors).toEqual([]);
    expect(received.transfer).toMatchObject({ status: 'RECEIVED', version: 2 });
    expect(received.transfer!.lines[0]).toMatchObject({ quantityShipped: '6', quantityReceived: '5', quantityLost: '1' });
    expect(entryLines(received.transfer!.receiveEntry)).toEqual([
      ['1300', '15', '0'],
      ['1310', '0', '18'],
      ['5100', '3', '0'],
    ]);
    const after = dataOf(await t.gql(ItemStockDocument, { id: item.gid })).item!.stock;
    expect(after.map((s) => [s.warehouse.code, s.onHand, s.inTransit, s.value])).toEqual([
      ['MAIN', '4', '0', '12'],
      ['EAST', '5', '0', '15'],
    ]);

    const again = dataOf(
      await t.gql(StockTransferReceiveDocument, { input: { transferId: transfer.id, lines: [{ transferLineId: line.id, toLocationId: east.loc.A1, quantity: '1' }] } }),
    ).stockTransferReceive;
    expect(again.userErrors.map((e) => e.code)).toEqual(['TRANSFER_NOT_IN_TRANSIT']);
  });

  it('keeps FIFO cost layers through a transfer', async () => {
    const item = await itemFixture(t, 'TR-2', { valuation: ValuationMethod.FIFO });
    await receive(item, '2', '1.00');
    await receive(item, '2', '5.00');
    const shipped = dataOf(
      await t.gql(StockTransferShipDocument, { input: { fromWarehouseId: main.gid, toWarehouseId: east.gid, lines: [{ itemId: item.gid, fromLocationId: main.loc.A1, quantity: '3' }] } }),
    ).stockTransferShip.transfer!;
    const received = dataOf(
      await t.gql(StockTransferReceiveDocument, { input: { transferId: shipped.id, lines: [{ transferLineId: shipped.lines[0]!.id, toLocationId: east.loc.A1, quantity: '3' }] } }),
    ).stockTransferReceive;
    expect(received.userErrors).toEqual([]);
    const v = dataOf(await t.gql(InventoryValuationDocument, { itemId: item.gid })).inventoryValuation;
    expect(v.lines.map((l) => [l.warehouse.code, l.quantity, l.value])).toEqual([
      ['MAIN', '1', '5'],
      ['EAST', '3', '7'],
    ]);
  });

  it('refuses a transfer to the same warehouse, a line lost from the receipt, and writes nothing', async () => {
    const item = await itemFixture(t, 'TR-3');
    await receive(item, '2', '1.00');
    const same = dataOf(
      await t.gql(StockTransferShipDocument, { input: { fromWarehouseId: main.gid, toWarehouseId: main.gid, lines: [{ itemId: item.gid, fromLocationId: main.loc.A1, quantity: '1' }] } }),
    ).stockTransferShip;
    expect(same.userErrors.map((e) => e.code)).toEqual(['SAME_WAREHOUSE']);
    const shipped = dataOf(
      await t.gql(StockTransferShipDocument, {
        input: {
          fromWarehouseId: main.gid,
          toWarehouseId: east.gid,
          lines: [
            { itemId: item.gid, fromLocationId: main.loc.A1, quantity: '1' },
            { itemId: item.gid, fromLocationId: main.loc.A1, quantity: '1' },
          ],
        },
      }),
    ).stockTransferShip.transfer!;
    const moves = await countRows(t, 'stock_moves');
    const partial = dataOf(
      await t.gql(StockTransferReceiveDocument, { input: { transferId: shipped.id, lines: [{ transferLineId: shipped.lines[0]!.id, toLocationId: east.loc.A1, quantity: '1' }] } }),
    ).stockTransferReceive;
    expect(partial.userErrors).toMatchObject([{ code: 'REQUIRED', message: expect.stringContaining('Line 2') }]);
    expect(await countRows(t, 'stock_moves')).toBe(moves);
  });

  it('moves serial numbers through transit; unreceived serials are gone', async () => {
    const item = await itemFixture(t, 'TR-SER', { tracking: TrackingMode.SERIAL });
    await receive(item, '3', '50', { serialNumbers: ['A', 'B', 'C'] });
    const shipped = dataOf(
      await t.gql(StockTransferShipDocument, { input: { fromWarehouseId: main.gid, toWarehouseId: east.gid, lines: [{ itemId: item.gid, fromLocationId: main.loc.A1, quantity: '2', serialNumbers: ['A', 'B'] }] } }),
    ).stockTransferShip.transfer!;
    let serial = dataOf(await t.gql(SerialTraceDocument, { itemId: item.gid, serialNumber: 'A' })).serial;
    expect(serial).toMatchObject({ status: 'IN_TRANSIT', location: { code: 'IN-TRANSIT' }, warehouse: { code: 'EAST' } });
    const wrong = dataOf(
      await t.gql(StockTransferReceiveDocument, { input: { transferId: shipped.id, lines: [{ transferLineId: shipped.lines[0]!.id, toLocationId: east.loc.A1, quantity: '1', serialNumbers: ['C'] }] } }),
    ).stockTransferReceive;
    expect(wrong.userErrors.map((e) => e.code)).toEqual(['SERIAL_NOT_AVAILABLE']);
    const ok = dataOf(
      await t.gql(StockTransferReceiveDocument, { input: { transferId: shipped.id, lines: [{ transferLineId: shipped.lines[0]!.id, toLocationId: east.loc.A1, quantity: '1', serialNumbers: ['A'] }] } }),
    ).stockTransferReceive;
    expect(ok.userErrors).toEqual([]);
    serial = dataOf(await t.gql(SerialTraceDocument, { itemId: item.gid, serialNumber: 'A' })).serial;
    expect(serial).toMatchObject({ status: 'IN_STOCK', location: { code: 'A1' }, warehouse: { code: 'EAST' } });
    expect(serial!.moves.map((m) => [m.reason, m.document.documentType])).toEqual([
      ['RECEIPT', 'StockDocument'],
      ['TRANSFER_OUT', 'StockTransfer'],
      ['TRANSFER_IN', 'StockTransfer'],
    ]);
    const b = dataOf(await t.gql(SerialTraceDocument, { itemId: item.gid, serialNumber: 'B' })).serial;
    expect(b).toMatchObject({ status: 'GONE', location: null });
  });
});

describe('lot traceability', () => {
  it('traces a lot from its receipt through a transfer to where it is now', async () => {
    const item = await itemFixture(t, 'LOT-T', { tracking: TrackingMode.LOT });
    const receipt = await receive(item, '8', '2', { lotNumber: 'B-2026-01', expiryDate: '2099-12-31' });
    const shipped = dataOf(
      await t.gql(StockTransferShipDocument, { input: { fromWarehouseId: main.gid, toWarehouseId: east.gid, lines: [{ itemId: item.gid, fromLocationId: main.loc.A1, quantity: '5', lotNumber: 'b-2026-01' }] } }),
    ).stockTransferShip.transfer!;
    await t.gql(StockTransferReceiveDocument, { input: { transferId: shipped.id, lines: [{ transferLineId: shipped.lines[0]!.id, toLocationId: east.loc.A2, quantity: '5' }] } });
    const lot = dataOf(await t.gql(LotByNumberDocument, { itemId: item.gid, lotNumber: 'B-2026-01' })).lotByNumber!;
    expect(lot).toMatchObject({ expiryDate: '2099-12-31', origin: { documentType: 'StockDocument', number: receipt.number } });
    const trace = dataOf(await t.gql(LotTraceDocument, { lotId: lot.id })).lotTrace!;
    expect(trace.origin.number).toBe(receipt.number);
    expect(trace.documents.map((d) => d.number)).toEqual([receipt.number, shipped.number]);
    expect(trace.moves.map((m) => [m.reason, m.quantity, m.toLocation?.code ?? null])).toEqual([
      ['RECEIPT', '8', 'A1'],
      ['TRANSFER_OUT', '5', 'IN-TRANSIT'],
      ['TRANSFER_IN', '5', 'A2'],
    ]);
    expect(trace.stockLevels.map((l) => [l.warehouse.code, l.location.code, l.onHand])).toEqual([
      ['MAIN', 'A1', '3'],
      ['EAST', 'A2', '5'],
    ]);
  });
});

describe('cycle counts', () => {
  it('records by scan and by entry, shows variances, posts them once on approval', async () => {
    const gain = await itemFixture(t, 'CC-GAIN');
    const loss = await itemFixture(t, 'CC-LOSS', { valuation: ValuationMethod.MOVING_AVERAGE });
    await receive(gain, '10', '2.00', {}, main.loc.A2);
    await receive(loss, '10', '3.00', {}, main.loc.A2);
    await t.gql(ItemBarcodeAddDocument, { input: { itemId: gain.gid, code: 'CC-GAIN-6PK', quantity: '6' } });

    const opened = dataOf(await t.gql(InventoryCountOpenDocument, { input: { warehouseId: main.gid, locationIds: [main.loc.A2] } })).inventoryCountOpen;
    expect(opened.userErrors).toEqual([]);
    const countId = opened.count!.id;
    const outside = dataOf(await t.gql(InventoryCountRecordDocument, { input: { countId, entries: [{ locationId: main.loc.A1, itemId: gain.gid, quantity: '1' }] } })).inventoryCountRecord;
    expect(outside.userErrors.map((e) => e.code)).toEqual(['OUT_OF_COUNT_SCOPE']);

    // Two scans of the six-pack (12) and an entry for the other item (7).
    const recorded = dataOf(
      await t.gql(InventoryCountRecordDocument, {
        input: {
          countId,
          entries: [
            { locationId: main.loc.A2, barcode: 'CC-GAIN-6PK' },
            { locationId: main.loc.A2, barcode: 'CC-GAIN-6PK' },
            { locationId: main.loc.A2, itemId: loss.gid, quantity: '7' },
          ],
        },
      }),
    ).inventoryCountRecord;
    expect(recorded.userErrors).toEqual([]);
    const variances = recorded.count!.variances.map((v) => [v.item.sku, v.counted, v.onHand, v.variance]);
    expect(variances).toEqual(expect.arrayContaining([
      ['CC-GAIN', '12', '10', '2'],
      ['CC-LOSS', '7', '10', '-3'],
    ]));

    const approved = dataOf(await t.gql(InventoryCountApproveDocument, { input: { countId } })).inventoryCountApprove;
    expect(approved.userErrors).toEqual([]);
    expect(approved.count!.status).toBe('APPROVED');
    expect(approved.count!.moves.map((m) => [m.item.sku, m.reason, m.quantity, m.value]).sort()).toEqual([
      ['CC-GAIN', 'ADJUSTMENT', '2', '4'],
      ['CC-LOSS', 'ADJUSTMENT', '3', '9'],
    ]);
    expect(entryLines(approved.count!.journalEntry).sort()).toEqual(
      [
        ['1300', '4', '0'],
        ['1300', '0', '9'],
        ['5100', '0', '4'],
        ['5100', '9', '0'],
      ].sort(),
    );
    expect(approved.count!.lines.map((l) => [l.item.sku, l.countedQuantity, l.expectedQuantity]).sort()).toEqual([
      ['CC-GAIN', '12', '10'],
      ['CC-LOSS', '7', '10'],
    ]);
    const twice = dataOf(await t.gql(InventoryCountApproveDocument, { input: { countId } })).inventoryCountApprove;
    expect(twice.userErrors.map((e) => e.code)).toEqual(['COUNT_NOT_OPEN']);
    const stock = dataOf(await t.gql(ItemStockDocument, { id: gain.gid })).item!.stock;
    expect(stock[0]!.onHand).toBe('12');
  });

  it('takes uncounted stock in a counted location as zero, and finds missing serials', async () => {
    const plain = await itemFixture(t, 'CC-ZERO');
    const ser = await itemFixture(t, 'CC-SER', { tracking: TrackingMode.SERIAL });
    await receive(plain, '4', '1.00', {}, main.loc.QA);
    await receive(ser, '3', '10.00', { serialNumbers: ['S1', 'S2', 'S3'] }, main.loc.QA);
    const countId = dataOf(await t.gql(InventoryCountOpenDocument, { input: { warehouseId: main.gid } })).inventoryCountOpen.count!.id;
    const rec = dataOf(
      await t.gql(InventoryCountRecordDocument, { input: { countId, entries: [{ locationId: main.loc.QA, itemId: ser.gid, serialNumbers: ['S1', 'S3', 'S9'] }] } }),
    ).inventoryCountRecord;
    expect(rec.userErrors).toEqual([]);
    const v = rec.count!.variances;
    expect(v.find((x) => x.item.sku === 'CC-ZERO')).toMatchObject({ counted: '0', onHand: '4', variance: '-4' });
    expect(v.find((x) => x.item.sku === 'CC-SER')).toMatchObject({ counted: '3', onHand: '3', missingSerials: ['S2'], foundSerials: ['S9'] });
    const approved = dataOf(await t.gql(InventoryCountApproveDocument, { input: { countId } })).inventoryCountApprove;
    expect(approved.userErrors).toEqual([]);
    const s2 = dataOf(await t.gql(SerialTraceDocument, { itemId: ser.gid, serialNumber: 'S2' })).serial;
    const s9 = dataOf(await t.gql(SerialTraceDocument, { itemId: ser.gid, serialNumber: 'S9' })).serial;
    expect([s2?.status, s9?.status, s9?.location?.code]).toEqual(['GONE', 'IN_STOCK', 'QA']);
  });

  it('refuses a gain with no known cost, and a cancelled count cannot be approved', async () => {
    const nocost = await itemFixture(t, 'CC-NOCOST');
    const countId = dataOf(await t.gql(InventoryCountOpenDocument, { input: { warehouseId: east.gid, itemIds: [nocost.gid] } })).inventoryCountOpen.count!.id;
    await t.gql(InventoryCountRecordDocument, { input: { countId, entries: [{ locationId: east.loc.A1, itemId: nocost.gid, quantity: '2' }] } });
    const refused = dataOf(await t.gql(InventoryCountApproveDocument, { input: { countId } })).inventoryCountApprove;
    expect(refused.userErrors.map((e) => e.code)).toEqual(['COST_REQUIRED']);
    const cancelled = dataOf(await t.gql(InventoryCountCancelDocument, { input: { countId } })).inventoryCountCancel;
    expect(cancelled.count?.status).toBe('CANCELLED');
    const late = dataOf(await t.gql(InventoryCountApproveDocument, { input: { countId } })).inventoryCountApprove;
    expect(late.userErrors.map((e) => e.code)).toEqual(['COUNT_NOT_OPEN']);
  });
});
