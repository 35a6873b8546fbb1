import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../../src/auth/roles';
import { TrackingMode } from '../../src/modules/catalog/item.entity';
import { LocationType } from '../../src/modules/warehouse/location.entity';
import { ScanParseCatalogDocument, ScanParseDocument, ScanParseItemCostDocument, ScanParseLocationDocument, ScanParseLotsDocument } from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { type ItemFixture, itemFixture, warehouseFixture, type WarehouseFixture } from '../helpers/fixtures';

const GS = '\u001d';
const PAINT_GTIN = '09506000134352';
const PAINT_CASE_GTIN = '19506000134359'; // a case of 12
const DRILL_GTIN = '03453120000011';

let t: TestApp;
let wh: WarehouseFixture;
let paint: ItemFixture;
let drill: ItemFixture;
let storefront: string;
let warehouseKey: string;

beforeAll(async () => {
  t = await startTestApp();
  const s = t.app.services;
  const ctx = () => systemContext(t);
  wh = await warehouseFixture(t, 'SCN');
  await s.locations.create(ctx(), { warehouseId: wh.id, code: 'B1-01', type: LocationType.PICK, barcode: 'SCN-B1-01' });
  paint = await itemFixture(t, 'PAINT-T', { tracking: TrackingMode.LOT, lotExpiryRequired: true, standardCost: '12.00' });
  drill = await itemFixture(t, 'DRILL-T', { tracking: TrackingMode.SERIAL });
  await s.items.barcodeAdd(ctx(), { itemId: paint.id, code: PAINT_GTIN });
  await s.items.barcodeAdd(ctx(), { itemId: paint.id, code: PAINT_CASE_GTIN, quantity: '12' });
  await s.items.barcodeAdd(ctx(), { itemId: drill.id, code: DRILL_GTIN });
  await s.stockDocuments.receive(ctx(), {
    warehouseId: wh.id,
    reference: 'scan fixtures',
    lines: [
      { itemId: paint.id, locationId: wh.locDb.A1, quantity: '24', unitCost: '12.00', lotNumber: 'ABC123', expiryDate: '2027-12-25' },
      { itemId: drill.id, locationId: wh.locDb.A1, quantity: '2', unitCost: '99.00', serialNumbers: ['SN0001234567', 'SN0001234568'] },
    ],
  });
  storefront = await t.keyFor(Role.STOREFRONT);
  warehouseKey = await t.keyFor(Role.WAREHOUSE);
});
afterAll(async () => {
  await t.stop();
});

const scan = async (raw: string, key?: string) => dataOf(await (key === undefined ? t.gql(ScanParseDocument, { raw }) : t.gql(ScanParseDocument, { raw }, key))).scanParse;

describe('scanParse', () => {
  it('reads a GS1-128 label with GTIN, expiry and lot, and resolves the item and the lot', async () => {
    const raw = `]C101${PAINT_GTIN}17271225${'10ABC123'}`;
    const r = await scan(raw, warehouseKey);
    expect(r).toMatchObject({ raw, gs1: true, symbology: 'GS1_128', symbologyId: ']C1', kind: 'ITEM', error: null, quantity: '1', sscc: null });
    expect(r.elements.map((e) => [e.ai, e.title, e.raw, e.position])).toEqual([
      ['01', 'GTIN', PAINT_GTIN, 3],
      ['17', 'USE BY or EXPIRY', '271225', 19],
      ['10', 'BATCH/LOT', 'ABC123', 27],
    ]);
    expect(r.elements[0]?.gtin).toBe(PAINT_GTIN);
    expect(r.elements[1]?.date).toBe('2027-12-25');
    expect(r.item).toMatchObject({ id: paint.gid, sku: 'PAINT-T', trackingMode: 'LOT' });
    expect(r.barcode).toEqual({ code: PAINT_GTIN, kind: 'GTIN_14', quantity: '1' });
    expect(r.lots).toEqual([{ id: expect.any(String), lotNumber: 'ABC123', expiryDate: '2027-12-25', item: { sku: 'PAINT-T' } }]);
    expect(r.serials).toEqual([]);
    expect(r.location).toBeNull();
  });

  it('reads the parenthesised form the same way, and a lot number in another case', async () => {
    const r = await scan(`(01)${PAINT_GTIN}(17)271225(10)abc123`);
    expect(r).toMatchObject({ gs1: true, symbology: 'NONE', kind: 'ITEM', item: { sku: 'PAINT-T' } });
    expect(r.lots?.map((l) => l.lotNumber)).toEqual(['ABC123']);
  });

  it('reads a GS1 DataMatrix with a serial number, and resolves the serial of that item', async () => {
    const r = await scan(`]d201${DRILL_GTIN}21SN0001234567${GS}`);
    expect(r).toMatchObject({ symbology: 'GS1_DATAMATRIX', kind: 'ITEM', quantity: '1', item: { sku: 'DRILL-T' } });
    expect(r.serials).toEqual([{ id: expect.any(String), serialNumber: 'SN0001234567', status: 'IN_STOCK', item: { sku: 'DRILL-T' }, location: { code: 'A1' } }]);
    expect(r.lots).toEqual([]);
  });

  it('resolves a location label', async () => {
    const r = await scan('SCN-B1-01');
    expect(r).toMatchObject({ gs1: false, symbology: 'NONE', kind: 'LOCATION', elements: [], error: null, item: null, location: { code: 'B1-01', barcode: 'SCN-B1-01' } });
  });

  it('counts a pack GTIN as its pack quantity, times the count of AI 37', async () => {
    let r = await scan(`(01)${PAINT_CASE_GTIN}(10)ABC123`);
    expect(r).toMatchObject({ kind: 'ITEM', quantity: '12', item: { sku: 'PAINT-T' }, barcode: { code: PAINT_CASE_GTIN, quantity: '12' } });
    r = await scan(`]C102${PAINT_CASE_GTIN}37${'3'}`);
    expect(r).toMatchObject({ kind: 'ITEM', quantity: '36', item: { sku: 'PAINT-T' } });
    expect(r.elements.map((e) => [e.ai, e.quantity])).toEqual([['02', null], ['37', '3']]);
  });

  it('finds an item by any spelling of its GTIN, plain or with the EAN symbology identifier', async () => {
    for (const raw of ['9506000134352', '09506000134352', ']E09506000134352']) {
      const r = await scan(raw);
      expect(r, raw).toMatchObject({ gs1: false, kind: 'ITEM', quantity: '1', item: { sku: 'PAINT-T' } });
    }
  });

  it('resolves a bare serial number and a bare lot number to their item', async () => {
    const serial = await scan('SN0001234568');
    expect(serial).toMatchObject({ kind: 'SERIAL', quantity: '1', item: { sku: 'DRILL-T' } });
    expect(serial.serials?.map((s) => s.serialNumber)).toEqual(['SN0001234568']);
    const lot = await scan('abc123');
    expect(lot).toMatchObject({ kind: 'LOT', quantity: null, item: { sku: 'PAINT-T' } });
    expect(lot.lots?.map((l) => l.lotNumber)).toEqual(['ABC123']);
  });

  it('reports an unknown GTIN as an item scan that resolves to nothing, and does not guess its lot', async () => {
    const r = await scan(`]C10104006381333931${'10ABC123'}`);
    expect(r).toMatchObject({ kind: 'ITEM', error: null, item: null, barcode: null, quantity: null, lots: [], serials: [] });
    expect(r.elements.map((e) => e.ai)).toEqual(['01', '10']);
    const plain = await scan('NOTHING-HERE');
    expect(plain).toMatchObject({ kind: 'UNKNOWN', error: null, item: null, location: null, lots: [], serials: [] });
  });

  it('reports an SSCC as a carton, with the content GTIN resolved', async () => {
    const r = await scan(`]C100106141412345678908${'02'}${PAINT_GTIN}37${'24'}${GS}10ABC123`);
    expect(r).toMatchObject({ kind: 'CARTON', sscc: '106141412345678908', quantity: '24', item: { sku: 'PAINT-T' } });
    expect(r.lots?.map((l) => l.lotNumber)).toEqual(['ABC123']);
  });

  it.each([
    ['a month 13 expiry', `]C101${PAINT_GTIN}17271325${'10ABC123'}`, 'INVALID_DATE', 23, '17', 1],
    ['a bad check digit', `]C101${PAINT_GTIN.slice(0, -1)}3`, 'INVALID_CHECK_DIGIT', 18, '01', 0],
    ['a lot of 21 characters', `(01)${PAINT_GTIN}(10)${'L'.repeat(21)}`, 'TOO_LONG', 42, '10', 1],
    ['an AI not read here', `]C101${PAINT_GTIN}7003${'2601011200'}`, 'UNKNOWN_AI', 19, '7003', 1],
    ['a character outside set 82', `]d201${PAINT_GTIN}10AB C`, 'INVALID_CHARACTER', 23, '10', 1],
    ['a plain GTIN with a bad check digit', '9506000134353', 'INVALID_CHECK_DIGIT', 12, null, 0],
    ['an empty scan', '', 'EMPTY', 0, null, 0],
  ])('refuses %s with its code and position, and resolves nothing', async (_label, raw, code, position, ai, elementsRead) => {
    const r = await scan(raw);
    expect(r.kind).toBe('INVALID');
    expect(r.error).toMatchObject({ code, position, ai });
    expect(r.error?.message).toBeTruthy();
    expect(r.elements).toHaveLength(elementsRead);
    expect(r).toMatchObject({ item: null, barcode: null, quantity: null, lots: [], serials: [], location: null });
  });

  it('accepts the group separator in the scan, and still refuses other control characters', async () => {
    const ok = await t.gql(ScanParseDocument, { raw: `]C101${PAINT_GTIN}${'10ABC123'}${GS}17271225` });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.scanParse.lots?.map((l) => l.lotNumber)).toEqual(['ABC123']);
    const bad = await t.gql(ScanParseDocument, { raw: `]C101${PAINT_GTIN}10ABC\u0007` });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('scanParse access', () => {
  it('lets a STOREFRONT key read what a scan names in the catalog', async () => {
    const r = dataOf(await t.gql(ScanParseCatalogDocument, { raw: `(01)${PAINT_CASE_GTIN}(17)271225(10)ABC123` }, storefront)).scanParse;
    expect(r).toMatchObject({ kind: 'ITEM', gs1: true, quantity: '12', item: { sku: 'PAINT-T' }, barcode: { code: PAINT_CASE_GTIN, quantity: '12' }, error: null });
    expect(r.elements.map((e) => [e.ai, e.raw, e.date])).toEqual([
      ['01', PAINT_CASE_GTIN, null],
      ['17', '271225', '2027-12-25'],
      ['10', 'ABC123', null],
    ]);
  });

  it('refuses a STOREFRONT key the lots and locations (inventory:read, warehouse:read), and does not look them up', async () => {
    const lots = await t.gql(ScanParseLotsDocument, { raw: 'ABC123' }, storefront);
    expect(lots.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['FORBIDDEN', 'scanParse.lots']]);
    expect(lots.data?.scanParse).toMatchObject({ kind: 'UNKNOWN', item: null, lots: null });

    const location = await t.gql(ScanParseLocationDocument, { raw: 'SCN-B1-01' }, storefront);
    expect(location.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['FORBIDDEN', 'scanParse.location']]);
    // The label is not even recognised as a location: a storefront learns nothing about the floor.
    expect(location.data?.scanParse).toMatchObject({ kind: 'UNKNOWN', location: null });
  });

  it('never shows a cost without costs:read', async () => {
    const res = await t.gql(ScanParseItemCostDocument, { raw: PAINT_GTIN }, warehouseKey);
    expect(res.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['FORBIDDEN', 'scanParse.item.standardCost']]);
    expect(res.data?.scanParse.item).toEqual({ sku: 'PAINT-T', standardCost: null });
  });

  it('needs an access key', async () => {
    const res = await t.gql(ScanParseDocument, { raw: PAINT_GTIN }, null);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('scanParse statements', () => {
  /** The SQL statements one request sends (the dispatcher's outbox reads and key lookups left out). */
  async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
    const spy = vi.spyOn(t.app.db.orm.config.getLogger(), 'logQuery');
    try {
      await work();
      return spy.mock.calls.map(([context]) => context.query ?? '').filter((q) => !/\bfrom outbox_events\b|\bsecret_hash\b|\bapi_keys\b/.test(q));
    } finally {
      spy.mockRestore();
    }
  }

  it('runs a fixed handful of statements, whatever the scan resolves to', async () => {
    await scan('warm-up');
    for (const raw of [`]C101${PAINT_GTIN}17271225${'10ABC123'}`, `]d201${DRILL_GTIN}21SN0001234567`, 'SCN-B1-01', 'SN0001234568', 'abc123', 'NOTHING-HERE']) {
      const statements = await statementsOf(() => scan(raw));
      // barcode (with its item), location, lots, serials; then one loader per relation asked (items, locations).
      expect(statements.length, `${raw}: ${statements.join('\n')}`).toBeLessThanOrEqual(6);
    }
  });
});
