import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../../src/auth/roles';
import { inTransaction } from '../../src/db/transaction';
import { SalesChannelKind } from '../../src/modules/sales/customer.entity';
import { LocationType } from '../../src/modules/warehouse/location.entity';
import type { TxContext } from '../../src/shared/context';
import { toGlobalId } from '../../src/shared/ids';
import {
  QueryCountApiKeysDocument,
  QueryCountItemsDocument,
  QueryCountLocationsDocument,
  QueryCountNodesDocument,
  QueryCountSalesOrdersDocument,
  QueryCountStockLevelsDocument,
  QueryCountStockMovesDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';

/**
 * Proves that relations are batched by the request's DataLoaders: a page of 100 rows with
 * their relations runs the same, small number of SQL statements as a page of 10.
 *
 * Statements are counted where MikroORM logs every statement it sends (its logger's
 * logQuery, called for each query, raw or built, whether or not query logging is on).
 * Two background readers share the connection and are left out: the event dispatcher
 * (reads outbox_events) and the access-key lookup (by secret_hash, cached between requests).
 */
let t: TestApp;
let warehouseId: string;
const itemIds: string[] = [];
const locationIds: string[] = [];
let salesChannelId: string;

/**
 * Seeds through the services, all in one transaction (each command joins it), emptying the
 * identity map after every command so each flush looks at that command's rows only.
 */
async function seed(body: (run: <R>(command: (tx: TxContext) => Promise<R>) => Promise<R>) => Promise<void>): Promise<void> {
  await inTransaction(systemContext(t), (tx) =>
    body(async (command) => {
      const result = await command(tx);
      tx.em.clear();
      return result;
    }),
  );
}

/** Runs `work` and returns the SQL statements the request itself sent. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const logger = t.app.db.orm.config.getLogger();
  const spy = vi.spyOn(logger, 'logQuery');
  try {
    await work();
    return spy.mock.calls.map(([context]) => context.query ?? '').filter((q) => !/\bfrom outbox_events\b|\bsecret_hash\b/.test(q));
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  // A page of 100 orders with their lines, allocations, shipments and cartons prices above the default cost limit (25,000); this test counts statements, not cost.
  t = await startTestApp({ MAX_QUERY_COST: '100000' });
  const { items, categories, warehouses, zones, locations, partners, apiKeys } = t.app.services;
  await seed(async (run) => {
    const parents: string[] = [];
    for (let p = 0; p < 3; p++) {
      parents.push((await run((tx) => categories.create(tx, { code: `QC-PARENT-${p}`, name: `Parent ${p}` }))).categoryId);
    }
    const children: string[] = [];
    for (let c = 0; c < 10; c++) {
      children.push((await run((tx) => categories.create(tx, { code: `QC-CHILD-${c}`, name: `Child ${c}`, parentId: parents[c % 3] }))).categoryId);
    }
    for (let i = 0; i < 100; i++) {
      const input = {
        sku: `QC-${String(i).padStart(3, '0')}`,
        name: `Counted item ${i}`,
        unitCode: i % 2 === 0 ? 'EA' : 'KG',
        categoryId: children[i % 10],
        barcodes: [{ code: `QC-${i}-UNIT` }, { code: `QC-${i}-CASE`, quantity: '6' }],
      };
      itemIds.push((await run((tx) => items.create(tx, input))).itemId);
    }
    for (let p = 0; p < 20; p++) {
      const { partnerId } = await run((tx) => partners.create(tx, { code: `QC-P${p}`, name: `Partner ${p}` }));
      await run((tx) => apiKeys.create(tx, { name: `QC partner key ${String(p).padStart(2, '0')}`, role: Role.PARTNER, partnerId }));
    }
    warehouseId = (await run((tx) => warehouses.create(tx, { code: 'QC-WH', name: 'Counted warehouse' }))).warehouseId;
    const zoneIds: string[] = [];
    for (let z = 0; z < 4; z++) zoneIds.push((await run((tx) => zones.create(tx, { warehouseId, code: `Z${z}`, name: `Zone ${z}` }))).zoneId);
    for (let i = 0; i < 200; i++) {
      locationIds.push((await run((tx) => locations.create(tx, { warehouseId, code: `L-${String(i).padStart(3, '0')}`, type: LocationType.STORAGE, zoneId: zoneIds[i % 4] }))).locationId);
    }
    // One receipt of all 100 items, each into its own location: 100 moves, one document, one entry.
    await run((tx) =>
      t.app.services.stockDocuments.receive(tx, {
        warehouseId,
        lines: itemIds.map((itemId, i) => ({ itemId, locationId: locationIds[i] as string, quantity: String(i + 1), unitCost: '1.5' })),
      }),
    );
    // 100 sales orders of 3 lines each, over 5 customers, confirmed (stock reserved in the items' locations).
    const { customers, salesChannels, salesOrders } = t.app.services;
    const customerIds: string[] = [];
    for (let c = 0; c < 5; c++) customerIds.push((await run((tx) => customers.create(tx, { code: `QC-C${c}`, name: `Customer ${c}`, defaultTaxRate: '20' }))).customerId);
    const marketplace = (await run((tx) => partners.create(tx, { code: 'QC-MKT', name: 'Counted marketplace' }))).partnerId;
    salesChannelId = (await run((tx) => salesChannels.create(tx, { code: 'QC-SHOP', name: 'Counted shop', kind: SalesChannelKind.MARKETPLACE, partnerId: marketplace }))).salesChannelId;
    for (let o = 0; o < 100; o++) {
      const { salesOrderId } = await run((tx) =>
        salesOrders.create(tx, {
          customerId: customerIds[o % 5] as string,
          channelId: salesChannelId,
          externalRef: `QC-ORDER-${o}`,
          shipFromWarehouseId: warehouseId,
          lines: [0, 1, 2].map((l) => ({ itemId: itemIds[(o * 3 + l) % 100] as string, quantity: '2', unitPrice: '3.5' })),
        }),
      );
      await run((tx) => t.app.services.reservations.confirm(tx, { id: salesOrderId }));
    }
  });
});
afterAll(async () => {
  await t.stop();
});

describe('DataLoaders batch relations', () => {
  it('reads a page of items with unit, category, category parent and barcodes in 5 statements, for 10 rows or 100', async () => {
    await t.gql(QueryCountItemsDocument, { first: 1 }); // warm the access-key cache

    let small: { sku: string }[] = [];
    const smallSql = await statementsOf(async () => {
      small = dataOf(await t.gql(QueryCountItemsDocument, { first: 10 })).items.edges.map((e) => e.node);
    });
    let page = dataOf(await t.gql(QueryCountItemsDocument, { first: 1 })).items.edges.map((e) => e.node);
    const bigSql = await statementsOf(async () => {
      page = dataOf(await t.gql(QueryCountItemsDocument, { first: 100 })).items.edges.map((e) => e.node);
    });

    expect(small).toHaveLength(10);
    expect(page).toHaveLength(100);
    expect(page[37]).toEqual({
      sku: 'QC-037',
      unit: { code: 'KG' },
      category: { code: 'QC-CHILD-7', parent: { code: 'QC-PARENT-1' } },
      barcodes: [
        { code: 'QC-37-UNIT', quantity: '1' },
        { code: 'QC-37-CASE', quantity: '6' },
      ],
    });
    expect(page.every((n) => n.barcodes.length === 2 && n.category?.parent !== null)).toBe(true);

    expect(bigSql.length, `page of 100 ran:\n${bigSql.join('\n')}`).toBe(smallSql.length);
    // items, units, categories, parent categories, barcodes
    expect(bigSql.length, `page of 100 ran:\n${bigSql.join('\n')}`).toBe(5);
  });

  it('reads 200 locations with zone and warehouse in 3 statements, the same as for 20', async () => {
    const id = toGlobalId('Warehouse', warehouseId);
    await t.gql(QueryCountLocationsDocument, { id, first: 1 });

    let small: unknown[] = [];
    const smallSql = await statementsOf(async () => {
      small = dataOf(await t.gql(QueryCountLocationsDocument, { id, first: 20 })).warehouse!.locations.edges;
    });
    let big: { node: { code: string; zone: { code: string } | null; warehouse: { code: string } } }[] = [];
    const bigSql = await statementsOf(async () => {
      big = dataOf(await t.gql(QueryCountLocationsDocument, { id, first: 200 })).warehouse!.locations.edges;
    });

    expect(small).toHaveLength(20);
    // IN-TRANSIT first (created with the warehouse), then 199 of the 200 seeded locations.
    expect(big).toHaveLength(200);
    expect(big[0]!.node).toEqual({ code: 'IN-TRANSIT', zone: null, warehouse: { code: 'QC-WH' } });
    for (const { node } of big.slice(1)) {
      const n = Number(/^L-(\d{3})$/.exec(node.code)![1]);
      expect(node).toEqual({ code: node.code, zone: { code: `Z${n % 4}` }, warehouse: { code: 'QC-WH' } });
    }
    expect(new Set(big.map((e) => e.node.zone?.code ?? null))).toEqual(new Set([null, 'Z0', 'Z1', 'Z2', 'Z3']));

    expect(bigSql.length, `first: 200 ran:\n${bigSql.join('\n')}`).toBe(smallSql.length);
    // warehouse, locations page, zones (the locations' warehouse comes from the loader's cache)
    expect(bigSql.length, `first: 200 ran:\n${bigSql.join('\n')}`).toBe(3);
  });

  it('reads nodes(ids:) for 100 items in as many statements as for 10', async () => {
    const ids = itemIds.map((id) => toGlobalId('Item', id));
    await t.gql(QueryCountNodesDocument, { ids: ids.slice(0, 1) });
    let small: unknown[] = [];
    const smallSql = await statementsOf(async () => {
      small = dataOf(await t.gql(QueryCountNodesDocument, { ids: ids.slice(0, 10) })).nodes;
    });
    let skus: (string | null)[] = [];
    const bigSql = await statementsOf(async () => {
      skus = dataOf(await t.gql(QueryCountNodesDocument, { ids })).nodes.map((n) => (n && 'sku' in n ? n.sku : null));
    });
    expect(small).toHaveLength(10);
    expect(skus).toEqual(Array.from({ length: 100 }, (_, i) => `QC-${String(i).padStart(3, '0')}`));
    expect(bigSql.length, `100 ids ran ${bigSql.length} statements`).toBe(smallSql.length);
    expect(bigSql.length).toBe(1);
  });

  it('lists access keys with their partner in as many statements for 20 keys as for 5', async () => {
    await t.gql(QueryCountApiKeysDocument, { first: 1 });
    const smallSql = await statementsOf(() => t.gql(QueryCountApiKeysDocument, { first: 6 }));
    let big: { name: string; partner: { code: string } | null }[] = [];
    const bigSql = await statementsOf(async () => {
      big = dataOf(await t.gql(QueryCountApiKeysDocument, { first: 21 })).apiKeys.edges.map((e) => e.node);
    });
    expect(big.filter((k) => k.partner !== null)).toHaveLength(20);
    expect(bigSql.length, `21 keys ran:\n${bigSql.join('\n')}`).toBe(smallSql.length);
  });

  it('reads a page of stock moves with item, lot, location, warehouse, serials, document and journal entry in as many statements for 100 as for 10', async () => {
    const id = toGlobalId('Warehouse', warehouseId);
    await t.gql(QueryCountStockMovesDocument, { first: 1, warehouseId: id });
    const smallSql = await statementsOf(() => t.gql(QueryCountStockMovesDocument, { first: 10, warehouseId: id }));
    let big: { quantity: string; item: { sku: string }; document: { number: string | null }; journalEntry: { number: string } | null }[] = [];
    const bigSql = await statementsOf(async () => {
      big = dataOf(await t.gql(QueryCountStockMovesDocument, { first: 100, warehouseId: id })).stockMoves.edges.map((e) => e.node);
    });
    expect(big).toHaveLength(100);
    expect(big[41]).toMatchObject({ quantity: '42', item: { sku: 'QC-041' }, document: { number: expect.stringMatching(/^RC-/) } });
    expect(new Set(big.map((m) => m.journalEntry?.number)).size).toBe(1);
    expect(bigSql.length, `100 moves ran:\n${bigSql.join('\n')}`).toBe(smallSql.length);
  });

  it('reads a page of stock levels with item, item stock, location and warehouse in as many statements for 100 as for 10', async () => {
    const id = toGlobalId('Warehouse', warehouseId);
    await t.gql(QueryCountStockLevelsDocument, { first: 1, warehouseId: id });
    const smallSql = await statementsOf(() => t.gql(QueryCountStockLevelsDocument, { first: 10, warehouseId: id }));
    let big: { onHand: string; item: { sku: string; stock: { available: string; allocated: string }[] } }[] = [];
    const bigSql = await statementsOf(async () => {
      big = dataOf(await t.gql(QueryCountStockLevelsDocument, { first: 100, warehouseId: id })).stockLevels.edges.map((e) => e.node);
    });
    expect(big).toHaveLength(100);
    // One location per item here: what is available is what is on hand less what the confirmed orders reserved.
    expect(big.every((l) => Number(l.item.stock[0]?.available) === Number(l.onHand) - Number(l.item.stock[0]?.allocated))).toBe(true);
    expect(big.some((l) => Number(l.item.stock[0]?.allocated) > 0)).toBe(true);
    expect(bigSql.length, `100 levels ran:\n${bigSql.join('\n')}`).toBe(smallSql.length);
  });

  it('reads a page of sales orders with customer, channel, partner, lines, items, units, allocations (location, lot), shipments and cartons in as many statements for 100 as for 10', async () => {
    const channelId = toGlobalId('SalesChannel', salesChannelId);
    await t.gql(QueryCountSalesOrdersDocument, { first: 1, channelId });
    let small: unknown[] = [];
    const smallSql = await statementsOf(async () => {
      small = dataOf(await t.gql(QueryCountSalesOrdersDocument, { first: 10, channelId })).salesOrders.edges;
    });
    let big: { number: string; status: string; customer: { code: string }; partner: { code: string } | null; lines: { item: { sku: string; unit: { code: string } }; allocations: { location: { code: string } }[] }[] }[] = [];
    const bigSql = await statementsOf(async () => {
      big = dataOf(await t.gql(QueryCountSalesOrdersDocument, { first: 100, channelId })).salesOrders.edges.map((e) => e.node);
    });
    expect(small).toHaveLength(10);
    expect(big).toHaveLength(100);
    expect(new Set(big.map((o) => o.number)).size).toBe(100);
    expect(big.filter((o) => o.lines.some((l) => l.allocations.length > 0)).length).toBeGreaterThan(50);
    expect(big[7]).toMatchObject({ customer: { code: 'QC-C2' }, partner: { code: 'QC-MKT' } });
    expect(big[7]!.lines.map((l) => l.item.sku)).toEqual(['QC-021', 'QC-022', 'QC-023']);
    expect(big.every((o) => o.lines.length === 3 && o.lines.every((l) => l.item.unit.code !== ''))).toBe(true);
    expect(bigSql.length, `100 orders ran:\n${bigSql.join('\n')}`).toBe(smallSql.length);
    // orders page, lines, items, units, customers, channels, partners, allocations, locations, lots, shipments, cartons
    expect(bigSql.length, `100 orders ran:\n${bigSql.join('\n')}`).toBeLessThanOrEqual(12);
  });
});
