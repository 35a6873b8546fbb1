import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CategoryCreateDocument,
  CategoryUpdateDocument,
  ItemBarcodeAddDocument,
  ItemBarcodeRemoveDocument,
  ItemByBarcodeDocument,
  ItemByIdDocument,
  ItemBySkuDocument,
  ItemCreateDocument,
  ItemDeactivateDocument,
  ItemsDocument,
  ItemUpdateDocument,
  UnitsDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { countRows } from '../helpers/sql';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('items', () => {
  it('creates an item with barcodes, a unit and a category, and reads it back by id, SKU and barcode', async () => {
    const cat = dataOf(await t.gql(CategoryCreateDocument, { input: { code: 'TOOLS', name: 'Tools' } })).categoryCreate;
    expect(cat.userErrors).toEqual([]);
    const res = dataOf(
      await t.gql(ItemCreateDocument, {
        input: {
          sku: 'HAM-001',
          name: 'Claw hammer',
          unitCode: 'ea',
          categoryId: cat.category?.id,
          weightKg: '0.650',
          lengthCm: '33',
          barcodes: [{ code: '4006381333931' }, { code: '14006381333938', quantity: '12' }],
        },
      }),
    ).itemCreate;
    expect(res.userErrors).toEqual([]);
    const item = res.item!;
    expect(item).toMatchObject({
      sku: 'HAM-001',
      active: true,
      trackingMode: 'NONE',
      valuationMethod: 'FIFO',
      weightKg: '0.65',
      version: 1,
      unit: { code: 'EA', decimals: 0 },
      category: { code: 'TOOLS' },
    });
    expect(item.barcodes.map((b) => [b.code, b.kind, b.quantity])).toEqual([
      ['4006381333931', 'GTIN_13', '1'],
      ['14006381333938', 'GTIN_14', '12'],
    ]);

    expect(dataOf(await t.gql(ItemByIdDocument, { id: item.id })).item?.sku).toBe('HAM-001');
    expect(dataOf(await t.gql(ItemBySkuDocument, { sku: 'ham-001' })).itemBySku?.id).toBe(item.id);
    const scan = dataOf(await t.gql(ItemByBarcodeDocument, { code: '14006381333938' })).itemByBarcode;
    expect(scan).toEqual({ quantity: '12', item: { sku: 'HAM-001' }, barcode: { code: '14006381333938', kind: 'GTIN_14' } });
    // The same GTIN-13 scanned as a 14-digit code finds the same item.
    expect(dataOf(await t.gql(ItemByBarcodeDocument, { code: '04006381333931' })).itemByBarcode?.item.sku).toBe('HAM-001');
    expect(dataOf(await t.gql(ItemByBarcodeDocument, { code: '4006381333948' })).itemByBarcode).toBeNull();
  });

  it('refuses a duplicate SKU regardless of case, and writes nothing', async () => {
    const before = await countRows(t, 'items');
    const res = dataOf(await t.gql(ItemCreateDocument, { input: { sku: 'ham-001', name: 'Another hammer' } })).itemCreate;
    expect(res.item).toBeNull();
    expect(res.userErrors).toEqual([{ code: 'DUPLICATE_SKU', field: ['input', 'sku'], message: expect.stringContaining('already exists') }]);
    expect(await countRows(t, 'items')).toBe(before);
  });

  it('refuses a bad GTIN check digit and writes neither the item nor its other barcodes', async () => {
    const items = await countRows(t, 'items');
    const barcodes = await countRows(t, 'item_barcodes');
    const res = dataOf(
      await t.gql(ItemCreateDocument, { input: { sku: 'SAW-001', name: 'Saw', barcodes: [{ code: 'SAW-LABEL' }, { code: '4006381333932' }] } }),
    ).itemCreate;
    expect(res.userErrors).toEqual([{ code: 'INVALID_GTIN', field: ['input', 'barcodes', '1', 'code'], message: expect.stringContaining('check digit should be 1') }]);
    expect(await countRows(t, 'items')).toBe(items);
    expect(await countRows(t, 'item_barcodes')).toBe(barcodes);
  });

  it('refuses a barcode another item already has (in any GTIN spelling)', async () => {
    const res = dataOf(await t.gql(ItemCreateDocument, { input: { sku: 'HAM-002', name: 'Hammer 2', barcodes: [{ code: '04006381333931' }] } })).itemCreate;
    expect(res.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_BARCODE']);
    expect(dataOf(await t.gql(ItemBySkuDocument, { sku: 'HAM-002' })).itemBySku).toBeNull();
  });

  it.each([
    [{ sku: '', name: 'x' }, 'REQUIRED', ['input', 'sku']],
    [{ sku: '  ', name: 'x' }, 'REQUIRED', ['input', 'sku']],
    [{ sku: 'has space', name: 'x' }, 'INVALID', ['input', 'sku']],
    [{ sku: 'OK-1', name: '' }, 'REQUIRED', ['input', 'name']],
    [{ sku: 'OK-1', name: 'x'.repeat(201) }, 'TOO_LONG', ['input', 'name']],
    [{ sku: 'OK-1', name: 'x', unitCode: 'FURLONG' }, 'UNKNOWN_UNIT', ['input', 'unitCode']],
    [{ sku: 'OK-1', name: 'x', lotExpiryRequired: true }, 'EXPIRY_REQUIRES_LOT', ['input', 'lotExpiryRequired']],
    [{ sku: 'OK-1', name: 'x', weightKg: '-1' }, 'INVALID', ['input', 'weightKg']],
    [{ sku: 'OK-1', name: 'x', categoryId: 'Q2F0ZWdvcnk6OTk5OQ' }, 'UNKNOWN_CATEGORY', ['input', 'categoryId']],
    [{ sku: 'OK-1', name: 'x', barcodes: [{ code: 'BOX-1', quantity: '0.5' }] }, 'INVALID_QUANTITY', ['input', 'barcodes', '0', 'quantity']],
  ])('refuses %j with %s', async (input, code, field) => {
    const before = await countRows(t, 'items');
    const res = dataOf(await t.gql(ItemCreateDocument, { input })).itemCreate;
    expect(res.item).toBeNull();
    expect(res.userErrors).toHaveLength(1);
    expect(res.userErrors[0]).toMatchObject({ code, field });
    expect(await countRows(t, 'items')).toBe(before);
  });

  it('updates an item, raising its version, and refuses a stale expectedVersion', async () => {
    const created = dataOf(await t.gql(ItemCreateDocument, { input: { sku: 'GLUE-1', name: 'Glue', unitCode: 'L', trackingMode: 'LOT' } })).itemCreate.item!;
    const updated = dataOf(await t.gql(ItemUpdateDocument, { input: { id: created.id, name: 'Wood glue', lotExpiryRequired: true, expectedVersion: 1 } })).itemUpdate;
    expect(updated.userErrors).toEqual([]);
    expect(updated.item).toMatchObject({ name: 'Wood glue', lotExpiryRequired: true, version: 2, unit: { code: 'L' } });

    const stale = dataOf(await t.gql(ItemUpdateDocument, { input: { id: created.id, name: 'Old glue', expectedVersion: 1 } })).itemUpdate;
    expect(stale.userErrors.map((e) => e.code)).toEqual(['VERSION_CONFLICT']);
    expect(dataOf(await t.gql(ItemByIdDocument, { id: created.id })).item?.name).toBe('Wood glue');
  });

  it('adds and removes barcodes, each raising the item version', async () => {
    const item = dataOf(await t.gql(ItemBySkuDocument, { sku: 'GLUE-1' })).itemBySku!;
    const added = dataOf(await t.gql(ItemBarcodeAddDocument, { input: { itemId: item.id, code: 'GLUE-CASE', quantity: '6' } })).itemBarcodeAdd;
    expect(added.userErrors).toEqual([]);
    expect(added.item?.version).toBe(item.version + 1);
    expect(added.barcode).toMatchObject({ code: 'GLUE-CASE', kind: 'OTHER', quantity: '6' });
    const removed = dataOf(await t.gql(ItemBarcodeRemoveDocument, { input: { barcodeId: added.barcode!.id } })).itemBarcodeRemove;
    expect(removed.userErrors).toEqual([]);
    expect(removed.item?.barcodes).toEqual([]);
    expect(removed.item?.version).toBe(item.version + 2);
  });

  it('deactivates an item and filters on the active flag', async () => {
    const item = dataOf(await t.gql(ItemBySkuDocument, { sku: 'GLUE-1' })).itemBySku!;
    const res = dataOf(await t.gql(ItemDeactivateDocument, { input: { id: item.id } })).itemDeactivate;
    expect(res.item).toMatchObject({ active: false });
    const active = dataOf(await t.gql(ItemsDocument, { filter: { active: true } })).items;
    expect(active.edges.map((e) => e.node.sku)).not.toContain('GLUE-1');
    const inactive = dataOf(await t.gql(ItemsDocument, { filter: { active: false } })).items;
    expect(inactive.edges.map((e) => e.node.sku)).toEqual(['GLUE-1']);
  });

  it('reports NOT_FOUND for an unknown or malformed id', async () => {
    const res = dataOf(await t.gql(ItemUpdateDocument, { input: { id: 'bm9wZQ', name: 'x' } })).itemUpdate;
    expect(res.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
  });
});

describe('item lists', () => {
  beforeAll(async () => {
    for (let i = 1; i <= 23; i++) {
      const sku = `PAGE-${String(i).padStart(3, '0')}`;
      const res = dataOf(await t.gql(ItemCreateDocument, { input: { sku, name: `Paged item ${i}` } })).itemCreate;
      expect(res.userErrors).toEqual([]);
    }
  });

  it('pages by keyset in SKU order without repeats or gaps, and counts the total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = dataOf(await t.gql(ItemsDocument, { filter: { search: 'page-' }, first: 10, after })).items;
      expect(page.totalCount).toBe(23);
      seen.push(...page.edges.map((e: any) => e.node.sku));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `PAGE-${String(i + 1).padStart(3, '0')}`));
  });

  it('refuses a page size over the limit and a forged cursor with BAD_USER_INPUT', async () => {
    const big = await t.gql(ItemsDocument, { first: 1000 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await t.gql(ItemsDocument, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(forged.errors?.[0]?.message).toMatch(/cursor/);
  });

  it('lists the units of measure with their precision', async () => {
    const units = dataOf(await t.gql(UnitsDocument)).units;
    expect(units).toContainEqual({ code: 'EA', decimals: 0 });
    expect(units).toContainEqual({ code: 'KG', decimals: 3 });
  });
});

describe('categories', () => {
  it('nests categories and refuses a cycle', async () => {
    const a = dataOf(await t.gql(CategoryCreateDocument, { input: { code: 'A', name: 'A' } })).categoryCreate.category!;
    const b = dataOf(await t.gql(CategoryCreateDocument, { input: { code: 'B', name: 'B', parentId: a.id } })).categoryCreate.category!;
    const cycle = dataOf(await t.gql(CategoryUpdateDocument, { input: { id: a.id, parentId: b.id } })).categoryUpdate;
    expect(cycle.userErrors.map((e) => e.code)).toEqual(['CATEGORY_CYCLE']);
    const self = dataOf(await t.gql(CategoryUpdateDocument, { input: { id: a.id, parentId: a.id } })).categoryUpdate;
    expect(self.userErrors.map((e) => e.code)).toEqual(['CATEGORY_CYCLE']);
    const dup = dataOf(await t.gql(CategoryCreateDocument, { input: { code: 'a', name: 'dup' } })).categoryCreate;
    expect(dup.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_CODE']);
  });
});
