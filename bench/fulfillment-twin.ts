/**
 * Proof that the fulfilment benchmark's bulk SQL (fulfillment-data.ts) leaves orders in
 * exactly the state the API does: twin orders in WH5, one taken through the real HTTP API
 * and one made by the bulk SQL, on items with the same stock, cost layers and costs (items
 * i and i + 500 of the write data set: on hand and unit costs depend on i mod 500 and i mod
 * 50); every row that belongs to either (the order, its lines, allocations, wave, pick list
 * and tasks, shipment, cartons and their lines, stock documents, moves and valuations,
 * balances, summaries, layers, journal entry and lines, outbox events) read back and
 * compared with ids, times and numbers replaced by what they stand for. Then the measured
 * command (shipmentConfirm, salesOrderConfirm) runs through the API on both twins, and the
 * rows are compared again. A third twin (items i + 1000), made by the bulk SQL, is confirmed
 * by the pgbench script instead (bench/pgbench/*.sql, one transaction): its rows must be the
 * API's too, so the raw SQL the benchmark compares with writes exactly what the engine
 * writes. Any difference stops the benchmark.
 */
import type pg from 'pg';
import { gtinCheckDigit } from '../src/modules/catalog/gs1';
import { type Api, addBarcode, confirmOrder, confirmShipment, createOrder, moveStock, pickAndPack } from './fulfillment-api';
import { CONFIRM_QTY, type FulfilRefs, PRICES, SHIP_QTY, insertConfirmPool, insertShipPool, poolSequence, savePool } from './fulfillment-data';

type Row = Record<string, unknown>;

export interface World {
  orderId: string;
  warehouseId: string;
  items: [string, string];
}

/** Table -> the rows of one twin's world. */
async function rowsOf(c: pg.Client, w: World): Promise<Record<string, Row[]>> {
  const q = async (sql: string, params: unknown[]) => (await c.query<Row>(sql, params)).rows;
  const items = w.items;
  const out: Record<string, Row[]> = {};
  out.sales_orders = await q('select * from sales_orders where id = $1', [w.orderId]);
  out.sales_order_lines = await q('select * from sales_order_lines where order_id = $1', [w.orderId]);
  out.stock_allocations = await q('select * from stock_allocations where order_id = $1', [w.orderId]);
  out.pick_tasks = await q('select * from pick_tasks where order_id = $1', [w.orderId]);
  out.pick_lists = await q('select * from pick_lists where id in (select pick_list_id from pick_tasks where order_id = $1)', [w.orderId]);
  out.waves = await q('select * from waves where id in (select wave_id from pick_lists where id in (select pick_list_id from pick_tasks where order_id = $1))', [w.orderId]);
  out.shipments = await q('select * from shipments where order_id = $1', [w.orderId]);
  out.cartons = await q('select * from cartons where shipment_id in (select id from shipments where order_id = $1)', [w.orderId]);
  out.carton_lines = await q('select * from carton_lines where carton_id in (select c.id from cartons c join shipments s on s.id = c.shipment_id where s.order_id = $1)', [w.orderId]);
  out.shipment_lines = await q('select * from shipment_lines where shipment_id in (select id from shipments where order_id = $1)', [w.orderId]);
  out.stock_moves = await q('select * from stock_moves where item_id = any($1::bigint[]) and $2::bigint in (from_warehouse_id, to_warehouse_id)', [items, w.warehouseId]);
  out.move_valuations = await q('select * from move_valuations where move_id in (select id from stock_moves where item_id = any($1::bigint[]) and $2::bigint in (from_warehouse_id, to_warehouse_id))', [items, w.warehouseId]);
  out.stock_documents = await q(
    `select * from stock_documents where id in (select document_id::bigint from stock_moves where document_type = 'StockDocument' and item_id = any($1::bigint[]) and $2::bigint in (from_warehouse_id, to_warehouse_id))`,
    [items, w.warehouseId],
  );
  out.stock_balances = await q('select * from stock_balances where item_id = any($1::bigint[]) and warehouse_id = $2', [items, w.warehouseId]);
  out.stock_summaries = await q('select * from stock_summaries where item_id = any($1::bigint[]) and warehouse_id = $2', [items, w.warehouseId]);
  out.stock_layers = await q('select * from stock_layers where item_id = any($1::bigint[]) and warehouse_id = $2', [items, w.warehouseId]);
  out.journal_entries = await q(
    `select * from journal_entries where id in (select journal_entry_id from shipments where order_id = $1)`,
    [w.orderId],
  );
  out.journal_lines = await q('select * from journal_lines where entry_id in (select journal_entry_id from shipments where order_id = $1)', [w.orderId]);
  const aggregates: [string, string[]][] = [
    ['SalesOrder', [w.orderId]],
    ['Shipment', out.shipments.map((r) => String(r.id))],
    ['Wave', out.waves.map((r) => String(r.id))],
    ['StockSummary', out.stock_summaries.map((r) => String(r.id))],
    ['StockDocument', out.stock_documents.map((r) => String(r.id))],
    ['JournalEntry', out.journal_entries.map((r) => String(r.id))],
  ];
  out.outbox_events = [];
  for (const [type, ids] of aggregates) {
    out.outbox_events.push(...(await q('select * from outbox_events where aggregate_type = $1 and aggregate_id = any($2::text[]) order by id', [type, ids])));
  }
  return out;
}

/** Which table a column's id points to. */
const REFERENCES: Record<string, string> = {
  order_id: 'sales_orders',
  order_line_id: 'sales_order_lines',
  allocation_id: 'stock_allocations',
  pick_list_id: 'pick_lists',
  wave_id: 'waves',
  shipment_id: 'shipments',
  carton_id: 'cartons',
  journal_entry_id: 'journal_entries',
  entry_id: 'journal_entries',
  move_id: 'stock_moves',
  layer_id: 'stock_layers',
};
const BY_TYPE: Record<string, string> = {
  SalesOrder: 'sales_orders',
  Shipment: 'shipments',
  Wave: 'waves',
  StockSummary: 'stock_summaries',
  StockDocument: 'stock_documents',
  JournalEntry: 'journal_entries',
  PickList: 'pick_lists',
};
const TIMES = new Set(['created_at', 'updated_at', 'occurred_at', 'recorded_at', 'cancelled_at', 'received_at', 'occurredAt']);

/**
 * The world's rows with every id replaced by what it names (`sales_orders#1`: the first row
 * of that table in the world, by id; `item#A`), times by `<t>`, numbers by their shape,
 * each table's rows sorted, as text.
 */
function normalize(world: Record<string, Row[]>, items: readonly string[], skus: ReadonlyMap<string, string>): Record<string, string[]> {
  const symbol = new Map<string, string>();
  for (const [table, rows] of Object.entries(world)) {
    const ids = [...new Set(rows.map((r) => String(r.id)))].sort((a, b) => Number(a) - Number(b));
    ids.forEach((id, i) => symbol.set(`${table}:${id}`, `${table}#${i + 1}`));
  }
  const itemSymbol = (v: unknown) => {
    const i = items.indexOf(String(v));
    return i < 0 ? `item?${String(v)}` : `item#${'AB'[i]}`;
  };
  const ref = (table: string | undefined, v: unknown) => {
    if (v === null || v === undefined) return null;
    if (!table) return v;
    return symbol.get(`${table}:${String(v)}`) ?? `${table}?${String(v)}`;
  };
  const digits = (v: unknown) => (typeof v === 'string' ? v.replace(/\d+/g, '#') : v);
  const value = (key: string, v: unknown, row: Row): unknown => {
    if (v === null || v === undefined) return null;
    if (TIMES.has(key)) return '<t>';
    if (key === 'item_id' || key === 'itemId') return itemSymbol(v);
    if (key === 'sku') return skus.get(String(v)) ?? `sku?${String(v)}`;
    if (REFERENCES[key]) return ref(REFERENCES[key], v);
    if (key === 'document_id') return ref(BY_TYPE[String(row.document_type)], v);
    if (key === 'source_id' || key === 'sourceId') return ref(BY_TYPE[String(row.source_type ?? row.sourceType)], v);
    if (key === 'aggregate_id') return ref(BY_TYPE[String(row.aggregate_type)], v);
    if (key === 'orderId') return ref('sales_orders', v);
    if (key === 'shipmentId') return ref('shipments', v);
    if (key === 'orderIds' && Array.isArray(v)) return v.map((x) => ref('sales_orders', x));
    if (key === 'number' || key === 'memo') return typeof v === 'number' ? '<n>' : digits(v);
    if (key === 'sscc') return /^\d{18}$/.test(String(v)) && String(gtinCheckDigit(String(v).slice(0, 17))) === String(v).slice(17) ? '<sscc>' : `bad sscc ${String(v)}`;
    if (key === 'xid' || key === 'seq') return '<set>';
    if (key === 'status_times' && typeof v === 'object') return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, '<t>']));
    if (key === 'payload' && typeof v === 'object') return Object.fromEntries(Object.entries(v as Row).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, value(k, x, v as Row)]));
    if (v instanceof Date) return '<t>';
    return v;
  };
  const out: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(world)) {
    out[table] = rows
      .map((r) => {
        const n: Row = {};
        // A valuation's id is referenced by nothing: the order in which a command inserts a move's valuations is not compared.
        for (const k of Object.keys(r).sort()) n[k] = k === 'id' ? (table === 'move_valuations' ? '<id>' : ref(table, r[k])) : value(k, r[k], r);
        return JSON.stringify(n);
      })
      .sort();
  }
  return out;
}

function differences(a: Record<string, string[]>, b: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const table of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[table] ?? [];
    const y = b[table] ?? [];
    const onlyA = x.filter((r) => !y.includes(r));
    const onlyB = y.filter((r) => !x.includes(r));
    if (x.length !== y.length || onlyA.length || onlyB.length) {
      out.push(`${table}: API ${x.length} rows, other ${y.length}${onlyA.length ? `\n    only through the API: ${onlyA.slice(0, 3).join('\n                          ')}` : ''}${onlyB.length ? `\n    only in the other:    ${onlyB.slice(0, 3).join('\n                          ')}` : ''}`);
    }
  }
  return out;
}

async function skusOf(c: pg.Client, items: readonly string[]): Promise<Map<string, string>> {
  const r = await c.query<{ id: string; sku: string }>('select id::text as id, sku from items where id = any($1::bigint[])', [items]);
  return new Map(r.rows.map((x) => [x.sku, `sku#${'AB'[items.indexOf(x.id)]}`]));
}

/** One twin's rows as compared (for a look by hand when the check fails). */
export async function snapshot(c: pg.Client, w: World): Promise<Record<string, string[]>> {
  return normalize(await rowsOf(c, w), w.items, await skusOf(c, w.items));
}

async function compare(c: pg.Client, label: string, api: World, other: World): Promise<string[]> {
  return differences(await snapshot(c, api), await snapshot(c, other)).map((d) => `${label}: ${d}`);
}

export interface TwinResult {
  checked: string[];
  differences: string[];
}

/**
 * Makes the twins (the first unused items of WH5, found from `base`) and compares them
 * before and after the measured commands. `settle` waits until the server's sequencer
 * has numbered every outbox row (the bulk SQL numbers its own after them).
 */
export async function twinCheck(
  c: pg.Client,
  api: Api,
  refs: FulfilRefs,
  base: number,
  settle: () => Promise<void>,
  /** Runs one transaction of a pgbench script with these variables. */
  pgbenchOnce: (script: string, vars: Record<string, string>) => Promise<void>,
): Promise<TwinResult> {
  const w = refs.places.get('WH5');
  if (!w) throw new Error('twin check: no WH5');
  const ids = (k: number) => [String(base + k), String(base + k + 1)] as [string, string];
  const twin = (k: number) => ids(k + 500);
  const third = (k: number) => ids(k + 1000);
  const onHand = async (item: string) => (await c.query<{ q: string }>('select trim_scale(on_hand)::text as q from stock_balances where item_id = $1 and location_id = $2', [item, w.a01])).rows[0]!.q;

  // Shipment twins: the API's (items base, base + 1) taken the whole way to a packed shipment, the bulk SQL's (base + 500, base + 501).
  const gtins = [await addBarcode(api, ids(0)[0]), await addBarcode(api, ids(0)[1])];
  const shipOrder = await createOrder(api, {
    customerId: refs.customerId,
    channelId: refs.channelId,
    warehouseId: w.warehouseId,
    lines: ids(0).map((itemId, i) => ({ itemId, quantity: String(SHIP_QTY), unitPrice: PRICES[i]! })),
  });
  await confirmOrder(api, shipOrder.orderId);
  const apiShipment = await pickAndPack(api, { ...shipOrder, warehouseId: w.warehouseId, locationBarcode: w.a01Barcode, lines: gtins.map((gtin) => ({ gtin, quantity: String(SHIP_QTY) })) });
  // Confirmation twins: stock spread by one LOCATION_MOVE document, then a DRAFT order (items base + 2, base + 3; base + 502, base + 503).
  const [ca, cb] = ids(2);
  const [qa, qb] = [await onHand(ca), await onHand(cb)];
  await moveStock(api, w.warehouseId, [
    { itemId: ca, from: w.a01, to: w.b01, quantity: '2' },
    { itemId: cb, from: w.a01, to: w.b01, quantity: '2' },
    { itemId: ca, from: w.a01, to: w.c01, quantity: String(Number(qa) - 4) },
    { itemId: cb, from: w.a01, to: w.c01, quantity: String(Number(qb) - 4) },
  ]);
  const confirmOrderApi = await createOrder(api, {
    customerId: refs.customerId,
    channelId: refs.channelId,
    warehouseId: w.warehouseId,
    lines: ids(2).map((itemId, i) => ({ itemId, quantity: String(CONFIRM_QTY), unitPrice: PRICES[i]! })),
  });
  await settle();
  const [bulkShipment] = await insertShipPool(c, refs, w, [{ itemA: Number(twin(0)[0]), itemB: Number(twin(0)[1]) }]);
  const [bulkOrder] = await insertConfirmPool(c, refs, w, [{ itemA: Number(twin(2)[0]), itemB: Number(twin(2)[1]) }]);
  const [sqlShipment] = await insertShipPool(c, refs, w, [{ itemA: Number(third(0)[0]), itemB: Number(third(0)[1]) }]);
  const [sqlOrder] = await insertConfirmPool(c, refs, w, [{ itemA: Number(third(2)[0]), itemB: Number(third(2)[1]) }]);
  const orderOf = async (shipment: string) => (await c.query<{ id: string }>('select order_id::text as id from shipments where id = $1', [shipment])).rows[0]!.id;
  const bulkShipOrder = await orderOf(bulkShipment!);
  const worlds = {
    ship: { api: { orderId: shipOrder.orderId, warehouseId: w.warehouseId, items: ids(0) }, bulk: { orderId: bulkShipOrder, warehouseId: w.warehouseId, items: twin(0) } },
    confirm: { api: { orderId: confirmOrderApi.orderId, warehouseId: w.warehouseId, items: ids(2) }, bulk: { orderId: bulkOrder!, warehouseId: w.warehouseId, items: twin(2) } },
  };
  const diffs = [
    ...(await compare(c, 'packed order, before shipmentConfirm', worlds.ship.api, worlds.ship.bulk)),
    ...(await compare(c, 'draft order, before salesOrderConfirm', worlds.confirm.api, worlds.confirm.bulk)),
  ];
  // The measured commands on both twins, through the API.
  await confirmShipment(api, apiShipment);
  await confirmShipment(api, bulkShipment!);
  await confirmOrder(api, confirmOrderApi.orderId);
  await confirmOrder(api, bulkOrder!);
  await settle();
  diffs.push(
    ...(await compare(c, 'after shipmentConfirm', worlds.ship.api, worlds.ship.bulk)),
    ...(await compare(c, 'after salesOrderConfirm', worlds.confirm.api, worlds.confirm.bulk)),
  );
  // The same commands as raw SQL, on the third twins.
  await savePool(c, 'twin-ship', [sqlShipment!]);
  await savePool(c, 'twin-confirm', [sqlOrder!]);
  await pgbenchOnce('shipment-confirm.sql', { pool: 'twin-ship', seq: poolSequence('twin-ship'), acc_inv: refs.accounts.INVENTORY, acc_cogs: refs.accounts.COGS, actor: refs.actor });
  await pgbenchOnce('order-confirm.sql', { pool: 'twin-confirm', seq: poolSequence('twin-confirm') });
  await settle();
  const rawShip = { orderId: await orderOf(sqlShipment!), warehouseId: w.warehouseId, items: third(0) };
  const rawConfirm = { orderId: sqlOrder!, warehouseId: w.warehouseId, items: third(2) };
  diffs.push(
    ...(await compare(c, 'shipmentConfirm: pgbench script vs API', worlds.ship.api, rawShip)),
    ...(await compare(c, 'salesOrderConfirm: pgbench script vs API', worlds.confirm.api, rawConfirm)),
  );
  return {
    checked: [
      `shipment ${apiShipment} (API) vs ${bulkShipment} (bulk SQL), items ${ids(0).join(', ')} vs ${twin(0).join(', ')}`,
      `order ${confirmOrderApi.orderId} (API) vs ${bulkOrder} (bulk SQL), items ${ids(2).join(', ')} vs ${twin(2).join(', ')}`,
      `shipment ${sqlShipment} and order ${sqlOrder} (bulk SQL, confirmed by the pgbench scripts), items ${third(0).join(', ')} and ${third(2).join(', ')}`,
    ],
    differences: diffs,
  };
}
