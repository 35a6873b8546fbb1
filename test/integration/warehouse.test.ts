import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LocationByBarcodeDocument,
  LocationCreateDocument,
  LocationDeactivateDocument,
  LocationUpdateDocument,
  WarehouseByCodeDocument,
  WarehouseCreateDocument,
  WarehouseDeactivateDocument,
  WarehouseLocationsDocument,
  WarehousesDocument,
  WarehouseUpdateDocument,
  WhLocationByCodeDocument,
  WhLocationDocument,
  WhWarehouseDocument,
  ZoneCreateDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { countRows } from '../helpers/sql';

let t: TestApp;
let main: { id: string; code: string };
let second: { id: string; code: string };

async function createWarehouse(code: string, extra: Record<string, unknown> = {}) {
  const res = dataOf(await t.gql(WarehouseCreateDocument, { input: { code, name: `Warehouse ${code}`, ...extra } })).warehouseCreate;
  expect(res.userErrors).toEqual([]);
  return res.warehouse!;
}

async function transitLocationOf(warehouseId: string) {
  const res = dataOf(await t.gql(WarehouseLocationsDocument, { id: warehouseId, filter: { type: 'TRANSIT' } })).warehouse!;
  expect(res.locations.edges).toHaveLength(1);
  return res.locations.edges[0]!.node;
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('warehouses', () => {
  it('creates a warehouse with an address, upper-casing the country, at version 1', async () => {
    const wh = await createWarehouse('MAIN', {
      name: 'Main distribution centre',
      address: { line1: ' 1 Dock Road ', city: 'Hamburg', postalCode: '20457', country: 'de' },
    });
    expect(wh).toMatchObject({
      code: 'MAIN',
      name: 'Main distribution centre',
      active: true,
      allowNegativeStock: false,
      version: 1,
      address: { line1: '1 Dock Road', city: 'Hamburg', postalCode: '20457', country: 'DE' },
    });
    main = wh;
    second = await createWarehouse('SECOND');
    const read = dataOf(await t.gql(WhWarehouseDocument, { id: main.id })).warehouse;
    expect(read?.address).toEqual({ line1: '1 Dock Road', line2: null, city: 'Hamburg', region: null, postalCode: '20457', country: 'DE' });
  });

  it('refuses a country that is not an ISO alpha-2 code', async () => {
    const res = dataOf(await t.gql(WarehouseCreateDocument, { input: { code: 'BADC', name: 'x', address: { country: 'Germany' } } })).warehouseCreate;
    expect(res.warehouse).toBeNull();
    expect(res.userErrors).toMatchObject([{ code: 'TOO_LONG', field: ['input', 'address', 'country'] }]);
    const res2 = dataOf(await t.gql(WarehouseCreateDocument, { input: { code: 'BADC', name: 'x', address: { country: 'D1' } } })).warehouseCreate;
    expect(res2.userErrors).toMatchObject([{ code: 'INVALID', field: ['input', 'address', 'country'] }]);
    expect(await countRows(t, 'warehouses', 'code = ?', ['BADC'])).toBe(0);
  });

  it('refuses an empty code (REQUIRED) and a duplicate code in any case (DUPLICATE_CODE)', async () => {
    const before = await countRows(t, 'warehouses');
    const empty = dataOf(await t.gql(WarehouseCreateDocument, { input: { code: '  ', name: 'Nameless' } })).warehouseCreate;
    expect(empty.userErrors).toMatchObject([{ code: 'REQUIRED', field: ['input', 'code'] }]);
    const dup = dataOf(await t.gql(WarehouseCreateDocument, { input: { code: 'main', name: 'Again' } })).warehouseCreate;
    expect(dup.userErrors).toMatchObject([{ code: 'DUPLICATE_CODE', field: ['input', 'code'] }]);
    expect(await countRows(t, 'warehouses')).toBe(before);
  });

  it('finds a warehouse by code regardless of case', async () => {
    const found = dataOf(await t.gql(WarehouseByCodeDocument, { code: ' main ' })).warehouseByCode;
    expect(found).toMatchObject({ id: main.id, code: 'MAIN' });
    expect(dataOf(await t.gql(WarehouseByCodeDocument, { code: 'NOPE' })).warehouseByCode).toBeNull();
  });

  it('raises the version on every update and refuses a stale expectedVersion', async () => {
    const v2 = dataOf(await t.gql(WarehouseUpdateDocument, { input: { id: second.id, name: 'Second site', expectedVersion: 1 } })).warehouseUpdate;
    expect(v2.userErrors).toEqual([]);
    expect(v2.warehouse).toMatchObject({ name: 'Second site', version: 2 });
    const v3 = dataOf(await t.gql(WarehouseUpdateDocument, { input: { id: second.id, allowNegativeStock: true } })).warehouseUpdate;
    expect(v3.warehouse).toMatchObject({ allowNegativeStock: true, version: 3 });

    const stale = dataOf(await t.gql(WarehouseUpdateDocument, { input: { id: second.id, name: 'Lost update', expectedVersion: 2 } })).warehouseUpdate;
    expect(stale.warehouse).toBeNull();
    expect(stale.userErrors).toMatchObject([{ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] }]);
    expect(dataOf(await t.gql(WhWarehouseDocument, { id: second.id })).warehouse).toMatchObject({ name: 'Second site', version: 3 });
  });

  it('reports UNKNOWN_WAREHOUSE with the field path for an id that names no warehouse', async () => {
    const missing = Buffer.from('Warehouse:999999', 'utf8').toString('base64url');
    const upd = dataOf(await t.gql(WarehouseUpdateDocument, { input: { id: missing, name: 'x' } })).warehouseUpdate;
    expect(upd.userErrors).toMatchObject([{ code: 'UNKNOWN_WAREHOUSE', field: ['input', 'id'] }]);
    const before = await countRows(t, 'locations');
    const loc = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: missing, code: 'X-1', type: 'STORAGE' } })).locationCreate;
    expect(loc).toMatchObject({ location: null, userErrors: [{ code: 'UNKNOWN_WAREHOUSE', field: ['input', 'warehouseId'] }] });
    // An id of another type is no warehouse either.
    const zone = dataOf(await t.gql(ZoneCreateDocument, { input: { warehouseId: Buffer.from('Item:1').toString('base64url'), code: 'Z', name: 'Z' } })).zoneCreate;
    expect(zone.userErrors).toMatchObject([{ code: 'UNKNOWN_WAREHOUSE', field: ['input', 'warehouseId'] }]);
    expect(await countRows(t, 'locations')).toBe(before);
  });

  it('pages through warehouses in code order and filters by active; deactivation raises the version', async () => {
    for (const code of ['PG-3', 'PG-1', 'PG-5', 'PG-2', 'PG-4']) await createWarehouse(code);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { code: string } }[] } = dataOf(
        await t.gql(WarehousesDocument, { filter: { search: 'pg-' }, first: 2, after }),
      ).warehouses;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.code));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['PG-1', 'PG-2', 'PG-3', 'PG-4', 'PG-5']);

    const pg3 = dataOf(await t.gql(WarehouseByCodeDocument, { code: 'PG-3' })).warehouseByCode!;
    const off = dataOf(await t.gql(WarehouseDeactivateDocument, { input: { id: pg3.id, expectedVersion: 1 } })).warehouseDeactivate;
    expect(off.userErrors).toEqual([]);
    expect(off.warehouse).toEqual({ id: pg3.id, active: false, version: 2 });

    const inactive = dataOf(await t.gql(WarehousesDocument, { filter: { active: false } })).warehouses;
    expect(inactive.edges.map((e) => e.node.code)).toEqual(['PG-3']);
    const active = dataOf(await t.gql(WarehousesDocument, { filter: { active: true, search: 'PG-' } })).warehouses;
    expect(active.edges.map((e) => e.node.code)).toEqual(['PG-1', 'PG-2', 'PG-4', 'PG-5']);
    expect(active.totalCount).toBe(4);
  });
});

describe('the system IN-TRANSIT location', () => {
  it('exists on every new warehouse, not sellable', async () => {
    for (const wh of [main, second]) {
      const transit = await transitLocationOf(wh.id);
      expect(transit).toMatchObject({ code: 'IN-TRANSIT', type: 'TRANSIT', sellable: false, zone: null, warehouse: { code: wh.code } });
    }
    const byCode = dataOf(await t.gql(WarehouseByCodeDocument, { code: 'MAIN' })).warehouseByCode!;
    expect(byCode.locationByCode).toEqual({ code: 'IN-TRANSIT', type: 'TRANSIT', sellable: false });
    expect(await countRows(t, 'locations', "type = 'TRANSIT'")).toBe(await countRows(t, 'warehouses'));
  });

  it('cannot be edited or deactivated by users (SYSTEM_LOCATION)', async () => {
    const transit = await transitLocationOf(main.id);
    const rename = dataOf(await t.gql(LocationUpdateDocument, { input: { id: transit.id, code: 'TRANSIT-2' } })).locationUpdate;
    expect(rename).toMatchObject({ location: null, userErrors: [{ code: 'SYSTEM_LOCATION', field: ['input', 'id'] }] });
    const sell = dataOf(await t.gql(LocationUpdateDocument, { input: { id: transit.id, sellable: true } })).locationUpdate;
    expect(sell.userErrors).toMatchObject([{ code: 'SYSTEM_LOCATION' }]);
    const off = dataOf(await t.gql(LocationDeactivateDocument, { input: { id: transit.id } })).locationDeactivate;
    expect(off.userErrors).toMatchObject([{ code: 'SYSTEM_LOCATION' }]);
    expect(dataOf(await t.gql(WhLocationDocument, { id: transit.id })).location).toMatchObject({ code: 'IN-TRANSIT', sellable: false, active: true, version: 1 });
  });

  it('cannot be created by users, by code (any case) or by type (SYSTEM_LOCATION)', async () => {
    const before = await countRows(t, 'locations');
    const byCode = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: main.id, code: 'in-transit', type: 'STAGING' } })).locationCreate;
    expect(byCode.userErrors).toMatchObject([{ code: 'SYSTEM_LOCATION', field: ['input', 'code'] }]);
    const byType = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: main.id, code: 'T-2', type: 'TRANSIT' } })).locationCreate;
    expect(byType.userErrors).toMatchObject([{ code: 'SYSTEM_LOCATION', field: ['input', 'type'] }]);
    expect(await countRows(t, 'locations')).toBe(before);
  });
});

describe('zones and locations', () => {
  let zoneA: string;
  let zoneOther: string;

  it('creates zones; a zone code is unique per warehouse', async () => {
    const z = dataOf(await t.gql(ZoneCreateDocument, { input: { warehouseId: main.id, code: 'FROZEN', name: 'Frozen' } })).zoneCreate;
    expect(z.userErrors).toEqual([]);
    zoneA = z.zone!.id;
    const dup = dataOf(await t.gql(ZoneCreateDocument, { input: { warehouseId: main.id, code: 'frozen', name: 'Again' } })).zoneCreate;
    expect(dup.userErrors).toMatchObject([{ code: 'DUPLICATE_CODE', field: ['input', 'code'] }]);
    const elsewhere = dataOf(await t.gql(ZoneCreateDocument, { input: { warehouseId: second.id, code: 'FROZEN', name: 'Frozen 2' } })).zoneCreate;
    expect(elsewhere.userErrors).toEqual([]);
    zoneOther = elsewhere.zone!.id;
    const zones = dataOf(await t.gql(WarehouseByCodeDocument, { code: 'MAIN' })).warehouseByCode!.zones;
    expect(zones).toEqual([{ code: 'FROZEN' }]);
  });

  it('defaults sellable by type: STORAGE and PICK yes, RECEIVING no; an explicit value wins', async () => {
    const make = async (code: string, type: 'STORAGE' | 'PICK' | 'RECEIVING', sellable?: boolean) =>
      dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: main.id, code, type, sellable } })).locationCreate;
    expect((await make('S-01', 'STORAGE')).location).toMatchObject({ code: 'S-01', type: 'STORAGE', sellable: true, warehouse: { code: 'MAIN' } });
    expect((await make('P-01', 'PICK')).location).toMatchObject({ type: 'PICK', sellable: true });
    expect((await make('RCV-1', 'RECEIVING')).location).toMatchObject({ type: 'RECEIVING', sellable: false });
    expect((await make('S-HOLD', 'STORAGE', false)).location).toMatchObject({ type: 'STORAGE', sellable: false });
  });

  it('keeps location codes unique per warehouse regardless of case, but allows the same code elsewhere', async () => {
    const before = await countRows(t, 'locations');
    const dup = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: main.id, code: 's-01', type: 'PICK' } })).locationCreate;
    expect(dup).toMatchObject({ location: null, userErrors: [{ code: 'DUPLICATE_CODE', field: ['input', 'code'] }] });
    expect(await countRows(t, 'locations')).toBe(before);
    const other = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: second.id, code: 'S-01', type: 'STORAGE' } })).locationCreate;
    expect(other.userErrors).toEqual([]);
    expect(other.location).toMatchObject({ code: 'S-01', warehouse: { code: 'SECOND' } });
  });

  it('keeps location barcodes unique across all warehouses (DUPLICATE_BARCODE) and finds a location by barcode', async () => {
    const first = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: main.id, code: 'S-02', type: 'STORAGE', barcode: 'LOC-000123' } })).locationCreate;
    expect(first.userErrors).toEqual([]);
    const clash = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: second.id, code: 'S-02', type: 'STORAGE', barcode: 'LOC-000123' } })).locationCreate;
    expect(clash).toMatchObject({ location: null, userErrors: [{ code: 'DUPLICATE_BARCODE', field: ['input', 'barcode'] }] });
    expect(await countRows(t, 'locations', 'code = ?', ['S-02'])).toBe(1);

    const s01 = dataOf(await t.gql(WhLocationByCodeDocument, { warehouseCode: 'MAIN', code: 'S-01' })).warehouseByCode!.locationByCode!;
    const byUpdate = dataOf(await t.gql(LocationUpdateDocument, { input: { id: s01.id, barcode: 'LOC-000123' } })).locationUpdate;
    expect(byUpdate.userErrors).toMatchObject([{ code: 'DUPLICATE_BARCODE', field: ['input', 'barcode'] }]);

    expect(dataOf(await t.gql(LocationByBarcodeDocument, { barcode: 'LOC-000123' })).locationByBarcode).toEqual({ code: 'S-02', warehouse: { code: 'MAIN' } });
    expect(dataOf(await t.gql(LocationByBarcodeDocument, { barcode: 'LOC-999999' })).locationByBarcode).toBeNull();
  });

  it('finds a location of a warehouse by code regardless of case', async () => {
    const found = dataOf(await t.gql(WhLocationByCodeDocument, { warehouseCode: 'MAIN', code: 'p-01' })).warehouseByCode!.locationByCode;
    expect(found).toMatchObject({ code: 'P-01', type: 'PICK' });
    expect(dataOf(await t.gql(WhLocationByCodeDocument, { warehouseCode: 'SECOND', code: 'P-01' })).warehouseByCode!.locationByCode).toBeNull();
  });

  it('puts a location in a zone of its own warehouse and refuses a zone of another (ZONE_IN_OTHER_WAREHOUSE)', async () => {
    const ok = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: main.id, code: 'F-01', type: 'STORAGE', zoneId: zoneA } })).locationCreate;
    expect(ok.userErrors).toEqual([]);
    expect(ok.location?.zone).toEqual({ code: 'FROZEN' });

    const before = await countRows(t, 'locations');
    const wrong = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: main.id, code: 'F-02', type: 'STORAGE', zoneId: zoneOther } })).locationCreate;
    expect(wrong).toMatchObject({ location: null, userErrors: [{ code: 'ZONE_IN_OTHER_WAREHOUSE', field: ['input', 'zoneId'] }] });
    expect(await countRows(t, 'locations')).toBe(before);

    const moved = dataOf(await t.gql(LocationUpdateDocument, { input: { id: ok.location!.id, zoneId: zoneOther } })).locationUpdate;
    expect(moved.userErrors).toMatchObject([{ code: 'ZONE_IN_OTHER_WAREHOUSE', field: ['input', 'zoneId'] }]);
    expect(dataOf(await t.gql(WhLocationDocument, { id: ok.location!.id })).location?.zone).toEqual({ code: 'FROZEN' });
  });

  it('refuses an empty location code (REQUIRED)', async () => {
    const res = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId: main.id, code: '', type: 'STORAGE' } })).locationCreate;
    expect(res).toMatchObject({ location: null, userErrors: [{ code: 'REQUIRED', field: ['input', 'code'] }] });
  });

  it('refuses to turn a location into the system type or name', async () => {
    const s01 = dataOf(await t.gql(WhLocationByCodeDocument, { warehouseCode: 'MAIN', code: 'S-01' })).warehouseByCode!.locationByCode!;
    const toTransit = dataOf(await t.gql(LocationUpdateDocument, { input: { id: s01.id, type: 'TRANSIT' } })).locationUpdate;
    expect(toTransit.userErrors).toMatchObject([{ code: 'SYSTEM_LOCATION', field: ['input', 'type'] }]);
    const toTransitName = dataOf(await t.gql(LocationUpdateDocument, { input: { id: s01.id, code: 'In-Transit' } })).locationUpdate;
    expect(toTransitName.location).toBeNull();
    expect(['SYSTEM_LOCATION', 'DUPLICATE_CODE']).toContain(toTransitName.userErrors[0]?.code);
    expect(dataOf(await t.gql(WhLocationDocument, { id: s01.id })).location).toMatchObject({ code: 'S-01', type: 'STORAGE', version: s01.version });
  });

  it('raises a location version on update, refuses a stale expectedVersion, and deactivates', async () => {
    const s01 = dataOf(await t.gql(WhLocationByCodeDocument, { warehouseCode: 'MAIN', code: 'S-01' })).warehouseByCode!.locationByCode!;
    const upd = dataOf(await t.gql(LocationUpdateDocument, { input: { id: s01.id, sellable: false, expectedVersion: s01.version } })).locationUpdate;
    expect(upd.userErrors).toEqual([]);
    expect(upd.location).toMatchObject({ sellable: false, version: s01.version + 1 });
    const stale = dataOf(await t.gql(LocationUpdateDocument, { input: { id: s01.id, sellable: true, expectedVersion: s01.version } })).locationUpdate;
    expect(stale.userErrors).toMatchObject([{ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] }]);
    const off = dataOf(await t.gql(LocationDeactivateDocument, { input: { id: s01.id } })).locationDeactivate;
    expect(off).toEqual({ location: { id: s01.id, active: false }, userErrors: [] });
    const inactive = dataOf(await t.gql(WarehouseLocationsDocument, { id: main.id, filter: { active: false } })).warehouse!.locations;
    expect(inactive.edges.map((e) => e.node.code)).toEqual(['S-01']);
    expect(dataOf(await t.gql(WhLocationDocument, { id: s01.id })).location).toMatchObject({ active: false, sellable: false, version: s01.version + 2 });
  });
});
