/**
 * The fulfilment benchmark's data (bench/fulfillment.ts), on top of the write data set
 * (seed.ts --ledger): reference rows made through the API, then pools of orders made with
 * set-based SQL in the exact state the API leaves them in (checked row by row against
 * orders taken through the API: fulfillment-twin.ts), and a history of shipped orders.
 *
 * - `setupReference`: in every warehouse a PACKING location PACK-01 (where picks go) and two
 *   more sellable storage locations B-01 and C-01 (barcoded), a customer and a sales
 *   channel, through the API; the write data set's synthetic `allocated` figures (which no
 *   allocation rows explain) set to 0 first, so the reservation invariants hold.
 * - `insertShipPool`: packed orders, each of 2 lines of its own 2 FIFO items (2 units
 *   each, their first issue takes from two cost layers): created, confirmed (allocated in
 *   A-01), released in a DISCRETE wave, picked by scan into PACK-01 (PICK moves), packed
 *   into one closed carton; status PACKED, shipment PACKED, and every outbox event the API
 *   writes on the way (numbered).
 * - `insertConfirmPool`: DRAFT orders of 2 lines of 5 units of their own 2 items, whose
 *   stock was first moved (one LOCATION_MOVE document per order) so that A-01 holds 2,
 *   B-01 2 and C-01 the rest: confirming reserves from three locations per line (FIFO by
 *   when the stock came in), six allocations per order.
 * - `addOrderHistory`: N shipped 1-line orders of the past year, each shipped by one of
 *   the history's receipt-and-issue cycles (ledger-data.ts): its ISSUE move and COGS entry
 *   are the shipment's, so every shipped line has its COGS. With their lines, allocations,
 *   waves, pick lists and tasks, shipments, cartons, shipment lines and status events.
 *
 * Rows are inserted with session_replication_role = replica (foreign-key and numbering
 * triggers off: ids come from joins, order numbers are given from sales_order_sequences),
 * outbox rows numbered directly (no server runs meanwhile).
 */
import type pg from 'pg';
import type { Api } from './fulfillment-api';
import { createChannel, createCustomer, createLocation } from './fulfillment-api';

export const SHIP_QTY = 2;
export const CONFIRM_QTY = 5;
/** Unit prices of line 1 and line 2 (the API-made twins use the same). */
export const PRICES = ['10', '12.5'] as const;
/** Carton SSCCs: the server's default GS1 company prefix (GS1_COMPANY_PREFIX unset). */
const COMPANY_PREFIX = '0614141';

export interface Places {
  warehouseId: string;
  code: string;
  a01: string;
  a01Barcode: string;
  pack: string;
  b01: string;
  c01: string;
}

export interface FulfilRefs {
  /** The ADMIN key the bench drives the API with; actors are `key:<id>`. */
  actor: string;
  customerId: string;
  channelId: string;
  /** By warehouse code (WH1..WH5). */
  places: Map<string, Places>;
  /** The company-wide accounts shipments post to. */
  accounts: { INVENTORY: string; COGS: string };
}

const CUSTOMER = 'BENCH-C1';
const CHANNEL = 'BENCH-WEB';

async function one<T>(c: pg.Client, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await c.query(sql, params)).rows[0] as T | undefined;
}

/** The reference rows (see the file comment), made through the API when missing. */
export async function setupReference(c: pg.Client, api: Api, actorKeyId: string): Promise<FulfilRefs> {
  const anyAllocation = await one(c, 'select 1 from stock_allocations limit 1');
  if (!anyAllocation) {
    // The write data set's synthetic reservations have no allocation rows: start from none.
    await c.query('update stock_summaries set allocated = 0 where allocated <> 0');
  }
  const warehouses = (await c.query<{ id: string; code: string }>("select id::text as id, code from warehouses where code like 'WH%' order by id")).rows;
  const places = new Map<string, Places>();
  for (const w of warehouses) {
    const loc = async (code: string, type: string, barcode: string | null) =>
      (await one<{ id: string }>(c, 'select id::text as id from locations where warehouse_id = $1 and code = $2', [w.id, code]))?.id ??
      (await createLocation(api, w.id, code, type, barcode));
    const a01 = await one<{ id: string; barcode: string }>(c, "select id::text as id, barcode from locations where warehouse_id = $1 and code = 'A-01'", [w.id]);
    if (!a01) throw new Error(`warehouse ${w.code} has no A-01: not the write data set`);
    places.set(w.code, {
      warehouseId: w.id,
      code: w.code,
      a01: a01.id,
      a01Barcode: a01.barcode,
      pack: await loc('PACK-01', 'PACKING', null),
      b01: await loc('B-01', 'STORAGE', `${w.code}-B-01`),
      c01: await loc('C-01', 'STORAGE', `${w.code}-C-01`),
    });
  }
  const customerId = (await one<{ id: string }>(c, 'select id::text as id from customers where code = $1', [CUSTOMER]))?.id ?? (await createCustomer(api, CUSTOMER));
  // The benchmark compares the shipment's own writes with pgbench's: its customer is invoiced on demand
  // (auto-invoicing adds the invoice's read and write, measured by engine-statements.test.ts, not here).
  await c.query('update customers set auto_invoice = false where id = $1', [customerId]);
  const channelId = (await one<{ id: string }>(c, 'select id::text as id from sales_channels where code = $1', [CHANNEL]))?.id ?? (await createChannel(api, CHANNEL));
  const m = await c.query<{ purpose: string; id: string }>("select purpose, account_id::text as id from account_mappings where warehouse_id is null and category_id is null and purpose in ('INVENTORY', 'COGS')");
  const accounts = Object.fromEntries(m.rows.map((r) => [r.purpose, r.id])) as FulfilRefs['accounts'];
  if (!accounts.INVENTORY || !accounts.COGS) throw new Error('account mappings INVENTORY and COGS missing');
  return { actor: `key:${actorKeyId}`, customerId, channelId, places, accounts };
}

async function replicaRole(c: pg.Client): Promise<void> {
  const su = await c.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
  if (!su.rows[0]?.rolsuper) throw new Error('the fulfilment data is bulk-loaded as a superuser (session_replication_role)');
  await c.query('set local session_replication_role = replica');
}

/** Outbox rows this transaction wrote, numbered after every numbered one (the sequencer's job; no server runs now). */
async function numberOutbox(c: pg.Client): Promise<void> {
  const waiting = await one<{ n: number }>(c, 'select count(*)::int as n from outbox_events where seq is null and xid <> pg_current_xact_id()');
  if (waiting && waiting.n > 0) throw new Error(`${waiting.n} outbox rows of other transactions wait for a seq: let the sequencer number them first`);
  await c.query(
    `update outbox_events o set seq = b.last + n.rn
     from (select id, row_number() over (order by id) as rn from outbox_events where seq is null) n,
          (select coalesce(max(seq), 0) as last from outbox_events) b
     where o.id = n.id`,
  );
}

/** Order numbers per year continue sales_order_sequences (the deferred trigger does it for the API). */
async function bumpOrderSequence(c: pg.Client, year: number): Promise<void> {
  await c.query(
    `insert into sales_order_sequences (year, next) select $1::smallint, coalesce(max(number), 0) + 1 from sales_orders where year = $1
     on conflict (year) do update set next = excluded.next`,
    [year],
  );
}

const STOCK_CHANGED = (s: string, onHand: string, sellable: string, allocated: string) =>
  `jsonb_build_object('itemId', ${s}.item_id::text, 'sku', i.sku, 'warehouseId', ${s}.warehouse_id::text, 'warehouseCode', w.code,
     'onHand', trim_scale(${onHand})::text, 'sellableOnHand', trim_scale(${sellable})::text, 'allocated', trim_scale(${allocated})::text,
     'held', '0', 'available', trim_scale((${sellable}) - (${allocated}))::text, 'inTransit', trim_scale(${s}.in_transit)::text)`; // the data set holds no checkout holds

const ORDER_STATUS = (status: string, previous: string | null) =>
  `jsonb_build_object('status', '${status}', 'previousStatus', ${previous === null ? 'null::text' : `'${previous}'`}, 'customerId', o.customer_id::text, 'channelId', o.channel_id::text)`;

interface PoolOrder {
  itemA: number;
  itemB: number;
}

/**
 * Inserts the orders of `orders` (k = 0, 1, ...) and their rows up to the state named; the
 * caller's transaction. Returns the ids of what the measured command takes (shipments or
 * orders), in k order.
 */
async function insertOrders(c: pg.Client, refs: FulfilRefs, w: Places, orders: readonly PoolOrder[], now: Date, state: 'PACKED' | 'DRAFT'): Promise<string[]> {
  const q = state === 'PACKED' ? SHIP_QTY : CONFIRM_QTY;
  const year = now.getUTCFullYear();
  const iso = now.toISOString();
  await c.query('drop table if exists fo');
  await c.query(
    `create temp table fo on commit drop as
     select k, item_a, item_b,
            nextval('sales_orders_id_seq') as order_id,
            nextval('sales_order_lines_id_seq') as line_a, nextval('sales_order_lines_id_seq') as line_b,
            case when $4 then nextval('stock_allocations_id_seq') end as alloc_a, case when $4 then nextval('stock_allocations_id_seq') end as alloc_b,
            case when $4 then nextval('waves_id_seq') end as wave_id, case when $4 then 'WV-' || lpad(nextval('document_number_wv')::text, 6, '0') end as wave_no,
            case when $4 then nextval('pick_lists_id_seq') end as list_id, case when $4 then 'PL-' || lpad(nextval('document_number_pl')::text, 6, '0') end as list_no,
            case when $4 then nextval('pick_tasks_id_seq') end as task_a, case when $4 then nextval('pick_tasks_id_seq') end as task_b,
            case when $4 then nextval('stock_moves_id_seq') end as pick_a, case when $4 then nextval('stock_moves_id_seq') end as pick_b,
            case when $4 then nextval('shipments_id_seq') end as shipment_id, case when $4 then 'SH-' || lpad(nextval('document_number_sh')::text, 6, '0') end as shipment_no,
            case when $4 then nextval('cartons_id_seq') end as carton_id, case when $4 then nextval('sscc_serial') end as sscc_serial,
            case when $4 then nextval('carton_lines_id_seq') end as cl_a, case when $4 then nextval('carton_lines_id_seq') end as cl_b,
            case when not $4 then nextval('stock_documents_id_seq') end as doc_id, case when not $4 then 'MV-' || lpad(nextval('document_number_mv')::text, 6, '0') end as doc_no,
            case when not $4 then nextval('stock_moves_id_seq') end as mv_ab, case when not $4 then nextval('stock_moves_id_seq') end as mv_bb,
            case when not $4 then nextval('stock_moves_id_seq') end as mv_ac, case when not $4 then nextval('stock_moves_id_seq') end as mv_bc
     from (select * from unnest($1::int[], $2::bigint[], $3::bigint[]) v(k, item_a, item_b) order by k) s`,
    [orders.map((_, k) => k), orders.map((o) => o.itemA), orders.map((o) => o.itemB), state === 'PACKED'],
  );
  await c.query('create index on fo (k)');
  await c.query('analyze fo');
  // Both items of each order, with its summary and A-01 balance as they are now.
  await c.query('drop table if exists fi');
  await c.query(
    `create temp table fi on commit drop as
     select fo.*, x.ln, x.item_id, case x.ln when 1 then fo.line_a else fo.line_b end as line_id,
            case x.ln when 1 then fo.alloc_a else fo.alloc_b end as alloc_id, case x.ln when 1 then fo.task_a else fo.task_b end as task_id,
            case x.ln when 1 then fo.pick_a else fo.pick_b end as pick_id, case x.ln when 1 then fo.cl_a else fo.cl_b end as cl_id,
            s.id as summary_id, s.version as summary_version, s.on_hand, s.sellable_on_hand, s.allocated, b.on_hand as a01_on_hand
     from fo cross join lateral (values (1, fo.item_a), (2, fo.item_b)) x(ln, item_id)
     join stock_summaries s on s.item_id = x.item_id and s.warehouse_id = $1
     join stock_balances b on b.item_id = x.item_id and b.location_id = $2 and b.lot_id is null`,
    [w.warehouseId, w.a01],
  );
  const counts = await one<{ n: number; bad: number }>(
    c,
    `select count(*)::int as n, count(*) filter (where a01_on_hand < $1 + 4 or allocated <> 0 or sellable_on_hand < $1)::int as bad from fi`,
    [q],
  );
  if (counts?.n !== 2 * orders.length) throw new Error(`pool: ${orders.length} orders but ${counts?.n ?? 0} stocked item rows in ${w.code} (items missing, or an item twice)`);
  if (counts.bad > 0) throw new Error(`pool: ${counts.bad} items in ${w.code} were used before (allocated, or A-01 short)`);
  const dup = await one<{ n: number }>(c, 'select count(*)::int as n from (select item_id from fi group by item_id having count(*) > 1) d');
  if (dup && dup.n > 0) throw new Error(`pool: ${dup.n} items appear in two orders of the same pool`);

  const status = state;
  const version = state === 'PACKED' ? 5 : 1;
  await c.query(
    `insert into sales_orders (id, created_at, updated_at, version, year, number, status, customer_id, channel_id, partner_id, external_ref, input_hash,
                               requested_ship_date, priority, ship_from_warehouse_id, ship_to_line1, ship_to_line2, ship_to_city, ship_to_region,
                               ship_to_postal_code, ship_to_country, carrier, carrier_service, cancelled_at, cancel_reason, actor)
     select fo.order_id, $1, $1, $2, $3, seq.next + row_number() over (order by fo.k) - 1, $4, cu.id, ch.id, ch.partner_id, null, null,
            null, 0, $5::bigint, cu.shipping_line1, cu.shipping_line2, cu.shipping_city, cu.shipping_region, cu.shipping_postal_code, cu.shipping_country,
            null, null, null, null, $6
     from fo cross join customers cu cross join sales_channels ch
     cross join (select coalesce((select next from sales_order_sequences where year = $3), 1) as next) seq
     where cu.id = $7 and ch.id = $8
     order by fo.k`,
    [now, version, year, status, w.warehouseId, refs.actor, refs.customerId, refs.channelId],
  );
  await bumpOrderSequence(c, year);
  const packed = state === 'PACKED';
  await c.query(
    `insert into sales_order_lines (id, created_at, updated_at, order_id, line_no, item_id, quantity_ordered, quantity_allocated, quantity_picked, quantity_packed,
                                    quantity_shipped, quantity_backordered, quantity_cancelled, unit_price, discount_percent, tax_rate)
     select fi.line_id, $1, $1, fi.order_id, fi.ln, fi.item_id, $2, 0, $3, $3, 0, 0, 0, case fi.ln when 1 then $4::numeric else $5::numeric end, 0, cu.default_tax_rate
     from fi cross join customers cu where cu.id = $6
     order by fi.line_id`,
    [now, q, packed ? q : 0, PRICES[0], PRICES[1], refs.customerId],
  );
  if (packed) {
    await c.query(
      `insert into stock_allocations (id, created_at, updated_at, order_id, order_line_id, item_id, warehouse_id, location_id, lot_id, quantity, quantity_picked, quantity_shipped, status)
       select fi.alloc_id, $1, $1, fi.order_id, fi.line_id, fi.item_id, $2, $3, null, $4, $4, 0, 'PICKED' from fi order by fi.alloc_id`,
      [now, w.warehouseId, w.a01, q],
    );
    await c.query(
      `insert into waves (id, created_at, updated_at, version, number, warehouse_id, strategy, status, actor)
       select wave_id, $1, $1, 1, wave_no, $2, 'DISCRETE', 'RELEASED', $3 from fo order by wave_id`,
      [now, w.warehouseId, refs.actor],
    );
    await c.query(
      `insert into pick_lists (id, created_at, updated_at, version, number, wave_id, warehouse_id, zone_id, destination_id, status, picker, scanned_location_id)
       select list_id, $1, $1, 3, list_no, wave_id, $2, null, $3, 'DONE', $4, $5 from fo order by list_id`,
      [now, w.warehouseId, w.pack, refs.actor, w.a01],
    );
    await c.query(
      `insert into pick_tasks (id, created_at, updated_at, pick_list_id, allocation_id, order_id, order_line_id, item_id, location_id, lot_id, sequence,
                               quantity, quantity_picked, quantity_short, tote, serial_numbers, status)
       select fi.task_id, $1, $1, fi.list_id, fi.alloc_id, fi.order_id, fi.line_id, fi.item_id, $2, null, fi.ln * 10, $3, $3, 0, null, null, 'DONE' from fi order by fi.task_id`,
      [now, w.a01, q],
    );
    // Each pick: a PICK move A-01 -> PACK-01 (no value), the balances, the summary (sellable down, its version up once by the confirmation and once by the pick).
    await c.query(
      `insert into stock_moves (id, item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id, unit_cost, value,
                                reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
       select fi.pick_id, fi.item_id, null, $1, $2, $3, $4, $4, 0, 0, 'PICK', null, 'PickList', fi.list_id::text, null, $5, $6, $6 from fi order by fi.pick_id`,
      [q, w.a01, w.pack, w.warehouseId, refs.actor, now],
    );
    await c.query('update stock_balances b set on_hand = b.on_hand - $1, updated_at = $3 from fi where b.item_id = fi.item_id and b.location_id = $2 and b.lot_id is null', [q, w.a01, now]);
    await c.query(
      `insert into stock_balances (created_at, updated_at, item_id, location_id, warehouse_id, lot_id, on_hand)
       select $1, $1, fi.item_id, $2, $3, null, $4 from fi order by fi.item_id`,
      [now, w.pack, w.warehouseId, q],
    );
    await c.query('update stock_summaries s set sellable_on_hand = s.sellable_on_hand - $1, version = s.version + 2, updated_at = $2 from fi where s.id = fi.summary_id', [q, now]);
    await c.query(
      `insert into shipments (id, created_at, updated_at, version, number, order_id, warehouse_id, status, carrier, carrier_service, journal_entry_id, status_times, actor)
       select shipment_id, $1, $1, 2, shipment_no, order_id, $2, 'PACKED', null, null, null, jsonb_build_object('CREATED', $3::text, 'PACKED', $3::text), $4 from fo order by shipment_id`,
      [now, w.warehouseId, iso, refs.actor],
    );
    await c.query(
      `insert into cartons (id, created_at, updated_at, version, shipment_id, sscc, carton_type, weight_kg, length_cm, width_cm, height_cm, tracking_number, status)
       select fo.carton_id, $1, $1, 1, fo.shipment_id, x.body || ((10 - (select sum(substr(x.body, p, 1)::int * case when p % 2 = 1 then 3 else 1 end) from generate_series(1, 17) p) % 10) % 10)::text,
              'BOX', null, null, null, null, null, 'CLOSED'
       from fo cross join lateral (select '0' || $2::text || lpad(fo.sscc_serial::text, ${16 - COMPANY_PREFIX.length}, '0') as body) x
       order by fo.carton_id`,
      [now, COMPANY_PREFIX],
    );
    await c.query(
      `insert into carton_lines (id, created_at, updated_at, carton_id, order_line_id, item_id, lot_id, quantity, serial_numbers)
       select fi.cl_id, $1, $1, fi.carton_id, fi.line_id, fi.item_id, null, $2, null from fi order by fi.cl_id`,
      [now, q],
    );
  } else {
    // The stock spread over three locations by one LOCATION_MOVE document: A-01 keeps 2, B-01 gets 2, C-01 the rest.
    await c.query(
      `insert into stock_documents (id, created_at, updated_at, version, type, number, warehouse_id, reference, reason_code, memo, occurred_at, journal_entry_id, actor, status)
       select doc_id, $1, $1, 1, 'LOCATION_MOVE', doc_no, $2, null, null, null, $1, null, $3, 'POSTED' from fo order by doc_id`,
      [now, w.warehouseId, refs.actor],
    );
    await c.query(
      `insert into stock_moves (id, item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id, unit_cost, value,
                                reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
       select m.id, m.item_id, null, m.q, $1, m.to_location, $2, $2, 0, 0, 'PUTAWAY', null, 'StockDocument', m.doc_id::text, null, $3, $4, $4
       from (select fi.mv_ab as id, fi.item_id, 2::numeric as q, $5::bigint as to_location, fi.doc_id from fi where fi.ln = 1
             union all select fi.mv_bb, fi.item_id, 2, $5, fi.doc_id from fi where fi.ln = 2
             union all select fi.mv_ac, fi.item_id, fi.a01_on_hand - 4, $6, fi.doc_id from fi where fi.ln = 1
             union all select fi.mv_bc, fi.item_id, fi.a01_on_hand - 4, $6, fi.doc_id from fi where fi.ln = 2) m
       order by m.id`,
      [w.a01, w.warehouseId, refs.actor, now, w.b01, w.c01],
    );
    await c.query('update stock_balances b set on_hand = 2, updated_at = $2 from fi where b.item_id = fi.item_id and b.location_id = $1 and b.lot_id is null', [w.a01, now]);
    await c.query(
      `insert into stock_balances (created_at, updated_at, item_id, location_id, warehouse_id, lot_id, on_hand)
       select $1, $1, x.item_id, x.location_id, $2, null, x.q from (
         select fi.item_id, $3::bigint as location_id, 2::numeric as q from fi union all select fi.item_id, $4::bigint, fi.a01_on_hand - 4 from fi) x
       order by x.location_id, x.item_id`,
      [now, w.warehouseId, w.b01, w.c01],
    );
    await c.query('update stock_summaries s set version = s.version + 1, updated_at = $1 from fi where s.id = fi.summary_id', [now]);
  }

  // The outbox, event by event in the order the API writes them (aggregate versions rise with each).
  const events: string[] = [];
  const orderEvent = (step: number, status: string, previous: string | null, v: number) =>
    `select fo.k, ${step} as step, 0 as sub, 'sales.order.status.changed' as topic, 'SalesOrder' as aggregate_type, fo.order_id::text as aggregate_id, ${v} as version, ${ORDER_STATUS(status, previous)} as payload
     from fo join sales_orders o on o.id = fo.order_id`;
  const stockEvent = (step: number, dv: number, onHand: string, sellable: string, allocated: string) =>
    `select fi.k, ${step}, fi.ln, 'stock.changed', 'StockSummary', fi.summary_id::text, fi.summary_version + ${dv}, ${STOCK_CHANGED('s', onHand, sellable, allocated)}
     from fi join stock_summaries s on s.id = fi.summary_id join items i on i.id = fi.item_id join warehouses w on w.id = s.warehouse_id`;
  if (packed) {
    events.push(
      orderEvent(1, 'DRAFT', null, 1),
      orderEvent(2, 'CONFIRMED', 'DRAFT', 2),
      orderEvent(3, 'ALLOCATED', 'CONFIRMED', 3),
      stockEvent(4, 1, 'fi.on_hand', 'fi.sellable_on_hand', `fi.allocated + ${q}`),
      orderEvent(5, 'PICKING', 'ALLOCATED', 4),
      `select fo.k, 6, 0, 'fulfillment.wave.released', 'Wave', fo.wave_id::text, 1, jsonb_build_object('number', fo.wave_no, 'strategy', 'DISCRETE', 'orderIds', jsonb_build_array(fo.order_id::text)) from fo`,
      stockEvent(7, 2, 'fi.on_hand', `fi.sellable_on_hand - ${q}`, 'fi.allocated'),
      `select fo.k, 8, 0, 'sales.shipment.updated', 'Shipment', fo.shipment_id::text, 2,
              jsonb_build_object('shipmentId', fo.shipment_id::text, 'orderId', fo.order_id::text, 'channelId', o.channel_id::text, 'status', 'PACKED', 'previousStatus', 'CREATED',
                                 'carrier', null, 'trackingNumbers', '[]'::jsonb, 'occurredAt', '${iso}')
       from fo join sales_orders o on o.id = fo.order_id`,
      orderEvent(9, 'PACKED', 'PICKING', 5),
    );
  } else {
    events.push(
      stockEvent(1, 1, 'fi.on_hand', 'fi.sellable_on_hand', 'fi.allocated'),
      `select fo.k, 2, 0, 'stock.document.posted', 'StockDocument', fo.doc_id::text, 1, jsonb_build_object('number', fo.doc_no, 'type', 'LOCATION_MOVE', 'warehouseId', '${w.warehouseId}') from fo`,
      orderEvent(3, 'DRAFT', null, 1),
    );
  }
  await c.query(
    `insert into outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, partner_id, payload, occurred_at)
     select e.topic, e.aggregate_type, e.aggregate_id, e.version, null, e.payload, $1
     from (${events.join('\n union all ')}) e(k, step, sub, topic, aggregate_type, aggregate_id, version, payload)
     order by e.k, e.step, e.sub`,
    [now],
  );
  const ids = await c.query<{ id: string }>(`select ${packed ? 'shipment_id' : 'order_id'}::text as id from fo order by k`);
  return ids.rows.map((r) => r.id);
}

/** Packed orders ready for shipmentConfirm (see the file comment): returns their shipment ids. */
export async function insertShipPool(c: pg.Client, refs: FulfilRefs, w: Places, orders: readonly PoolOrder[], now = new Date()): Promise<string[]> {
  return inBulk(c, () => insertOrders(c, refs, w, orders, now, 'PACKED'));
}

/** DRAFT orders ready for salesOrderConfirm (see the file comment): returns their ids. */
export async function insertConfirmPool(c: pg.Client, refs: FulfilRefs, w: Places, orders: readonly PoolOrder[], now = new Date()): Promise<string[]> {
  return inBulk(c, () => insertOrders(c, refs, w, orders, now, 'DRAFT'));
}

async function inBulk<T>(c: pg.Client, work: () => Promise<T>): Promise<T> {
  await c.query('set synchronous_commit = off');
  await c.query("set work_mem = '256MB'");
  await c.query('begin');
  try {
    await replicaRole(c);
    const result = await work();
    await numberOutbox(c);
    await c.query('commit');
    return result;
  } catch (err) {
    await c.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await c.query('set synchronous_commit = on');
  }
}

export interface OrderHistoryResult {
  orders: number;
  seconds: number;
}

/**
 * `n` shipped orders of the past (see the file comment), one per history ISSUE move of
 * ledger-data.ts (oldest first); needs at least `n` of them. Run while no server writes.
 */
export async function addOrderHistory(c: pg.Client, refs: FulfilRefs, n: number): Promise<OrderHistoryResult> {
  const began = performance.now();
  await inBulk(c, async () => {
    await c.query(
      `create temp table ho on commit drop as
       select m.id as move_id, m.item_id, m.quantity as q, m.value as v, m.from_location_id as location_id, m.from_warehouse_id as warehouse_id, m.journal_entry_id as entry_id,
              m.occurred_at as shipped_at, m.occurred_at - interval '10 hours' as created_at,
              nextval('sales_orders_id_seq') as order_id, nextval('sales_order_lines_id_seq') as line_id, nextval('stock_allocations_id_seq') as alloc_id,
              nextval('waves_id_seq') as wave_id, 'WV-' || lpad(nextval('document_number_wv')::text, 6, '0') as wave_no,
              nextval('pick_lists_id_seq') as list_id, 'PL-' || lpad(nextval('document_number_pl')::text, 6, '0') as list_no,
              nextval('pick_tasks_id_seq') as task_id, nextval('shipments_id_seq') as shipment_id, 'SH-' || lpad(nextval('document_number_sh')::text, 6, '0') as shipment_no,
              nextval('cartons_id_seq') as carton_id, nextval('sscc_serial') as sscc_serial, nextval('carton_lines_id_seq') as cl_id, nextval('shipment_lines_id_seq') as sl_id
       from (select * from stock_moves where document_type = 'Bench' and reason = 'ISSUE' and from_location_id is not null order by id limit $1) m
       order by m.id`,
      [n],
    );
    const got = await one<{ n: number }>(c, 'select count(*)::int as n from ho');
    if ((got?.n ?? 0) < n) throw new Error(`order history: ${n} orders need ${n} history issues, the database has ${got?.n ?? 0} (add a history of at least ${2 * n} moves)`);
    await c.query('create index on ho (order_id)');
    await c.query('analyze ho');
    const years = (await c.query<{ year: number }>("select distinct extract(year from shipped_at at time zone 'UTC')::int as year from ho")).rows.map((r) => r.year);
    await c.query(
      `insert into sales_orders (id, created_at, updated_at, version, year, number, status, customer_id, channel_id, partner_id, external_ref, input_hash,
                                 requested_ship_date, priority, ship_from_warehouse_id, ship_to_line1, ship_to_line2, ship_to_city, ship_to_region,
                                 ship_to_postal_code, ship_to_country, carrier, carrier_service, cancelled_at, cancel_reason, actor)
       select ho.order_id, ho.created_at, ho.shipped_at, 6, y.year, coalesce(s.next, 1) + row_number() over (partition by y.year order by ho.created_at, ho.order_id) - 1, 'SHIPPED',
              cu.id, ch.id, ch.partner_id, null, null, null, 0, ho.warehouse_id, cu.shipping_line1, cu.shipping_line2, cu.shipping_city, cu.shipping_region,
              cu.shipping_postal_code, cu.shipping_country, null, null, null, null, $1
       from ho cross join lateral (select extract(year from ho.created_at at time zone 'UTC')::smallint as year) y
       cross join customers cu cross join sales_channels ch
       left join sales_order_sequences s on s.year = y.year
       where cu.id = $2 and ch.id = $3
       order by ho.order_id`,
      [refs.actor, refs.customerId, refs.channelId],
    );
    for (const year of new Set([...years, ...years.map((y) => y - 1)])) await bumpOrderSequence(c, year);
    await c.query(
      `insert into sales_order_lines (id, created_at, updated_at, order_id, line_no, item_id, quantity_ordered, quantity_allocated, quantity_picked, quantity_packed,
                                      quantity_shipped, quantity_backordered, quantity_cancelled, unit_price, discount_percent, tax_rate)
       select line_id, created_at, shipped_at, order_id, 1, item_id, q, 0, q, q, q, 0, 0, $1::numeric, 0, 0 from ho order by line_id`,
      [PRICES[0]],
    );
    await c.query(
      `insert into stock_allocations (id, created_at, updated_at, order_id, order_line_id, item_id, warehouse_id, location_id, lot_id, quantity, quantity_picked, quantity_shipped, status)
       select alloc_id, created_at, shipped_at, order_id, line_id, item_id, warehouse_id, location_id, null, q, q, q, 'SHIPPED' from ho order by alloc_id`,
    );
    await c.query(
      `insert into waves (id, created_at, updated_at, version, number, warehouse_id, strategy, status, actor)
       select wave_id, created_at, created_at, 1, wave_no, warehouse_id, 'DISCRETE', 'RELEASED', $1 from ho order by wave_id`,
      [refs.actor],
    );
    await c.query(
      `insert into pick_lists (id, created_at, updated_at, version, number, wave_id, warehouse_id, zone_id, destination_id, status, picker, scanned_location_id)
       select ho.list_id, ho.created_at, ho.created_at, 3, ho.list_no, ho.wave_id, ho.warehouse_id, null, l.id, 'DONE', $1, ho.location_id
       from ho join locations l on l.warehouse_id = ho.warehouse_id and l.code = 'PACK-01' order by ho.list_id`,
      [refs.actor],
    );
    await c.query(
      `insert into pick_tasks (id, created_at, updated_at, pick_list_id, allocation_id, order_id, order_line_id, item_id, location_id, lot_id, sequence,
                               quantity, quantity_picked, quantity_short, tote, serial_numbers, status)
       select task_id, created_at, created_at, list_id, alloc_id, order_id, line_id, item_id, location_id, null, 10, q, q, 0, null, null, 'DONE' from ho order by task_id`,
    );
    await c.query(
      `insert into shipments (id, created_at, updated_at, version, number, order_id, warehouse_id, status, carrier, carrier_service, journal_entry_id, status_times, actor)
       select shipment_id, created_at, shipped_at, 3, shipment_no, order_id, warehouse_id, 'SHIPPED', null, null, entry_id,
              jsonb_build_object('CREATED', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'PACKED', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                 'SHIPPED', to_char(shipped_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), $1
       from ho order by shipment_id`,
      [refs.actor],
    );
    await c.query(
      `insert into cartons (id, created_at, updated_at, version, shipment_id, sscc, carton_type, weight_kg, length_cm, width_cm, height_cm, tracking_number, status)
       select ho.carton_id, ho.created_at, ho.created_at, 1, ho.shipment_id,
              x.body || ((10 - (select sum(substr(x.body, p, 1)::int * case when p % 2 = 1 then 3 else 1 end) from generate_series(1, 17) p) % 10) % 10)::text,
              'BOX', null, null, null, null, null, 'CLOSED'
       from ho cross join lateral (select '0' || $1::text || lpad(ho.sscc_serial::text, ${16 - COMPANY_PREFIX.length}, '0') as body) x
       order by ho.carton_id`,
      [COMPANY_PREFIX],
    );
    await c.query(
      `insert into carton_lines (id, created_at, updated_at, carton_id, order_line_id, item_id, lot_id, quantity, serial_numbers)
       select cl_id, created_at, created_at, carton_id, line_id, item_id, null, q, null from ho order by cl_id`,
    );
    await c.query(
      `insert into shipment_lines (id, created_at, updated_at, shipment_id, order_line_id, item_id, lot_id, quantity, cost, serial_numbers)
       select sl_id, shipped_at, shipped_at, shipment_id, line_id, item_id, null, q, v, null from ho order by sl_id`,
    );
    // Each order's status events (DRAFT .. SHIPPED) and its shipment's (PACKED, SHIPPED); the stock and journal events of the history are not in the outbox.
    await c.query(
      `insert into outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, partner_id, payload, occurred_at)
       select e.topic, e.aggregate_type, e.aggregate_id, e.version, null, e.payload, e.at
       from ho cross join lateral (values
         (1, 'sales.order.status.changed', 'SalesOrder', ho.order_id::text, 1, jsonb_build_object('status', 'DRAFT', 'previousStatus', null::text, 'customerId', $1::text, 'channelId', $2::text), ho.created_at),
         (2, 'sales.order.status.changed', 'SalesOrder', ho.order_id::text, 2, jsonb_build_object('status', 'CONFIRMED', 'previousStatus', 'DRAFT', 'customerId', $1::text, 'channelId', $2::text), ho.created_at),
         (3, 'sales.order.status.changed', 'SalesOrder', ho.order_id::text, 3, jsonb_build_object('status', 'ALLOCATED', 'previousStatus', 'CONFIRMED', 'customerId', $1::text, 'channelId', $2::text), ho.created_at),
         (4, 'sales.order.status.changed', 'SalesOrder', ho.order_id::text, 4, jsonb_build_object('status', 'PICKING', 'previousStatus', 'ALLOCATED', 'customerId', $1::text, 'channelId', $2::text), ho.created_at),
         (5, 'sales.shipment.updated', 'Shipment', ho.shipment_id::text, 2, jsonb_build_object('shipmentId', ho.shipment_id::text, 'orderId', ho.order_id::text, 'channelId', $2::text, 'status', 'PACKED', 'previousStatus', 'CREATED', 'carrier', null, 'trackingNumbers', '[]'::jsonb, 'occurredAt', to_char(ho.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), ho.created_at),
         (6, 'sales.order.status.changed', 'SalesOrder', ho.order_id::text, 5, jsonb_build_object('status', 'PACKED', 'previousStatus', 'PICKING', 'customerId', $1::text, 'channelId', $2::text), ho.created_at),
         (7, 'sales.shipment.updated', 'Shipment', ho.shipment_id::text, 3, jsonb_build_object('shipmentId', ho.shipment_id::text, 'orderId', ho.order_id::text, 'channelId', $2::text, 'status', 'SHIPPED', 'previousStatus', 'PACKED', 'carrier', null, 'trackingNumbers', '[]'::jsonb, 'occurredAt', to_char(ho.shipped_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), ho.shipped_at),
         (8, 'sales.order.status.changed', 'SalesOrder', ho.order_id::text, 6, jsonb_build_object('status', 'SHIPPED', 'previousStatus', 'PACKED', 'customerId', $1::text, 'channelId', $2::text), ho.shipped_at)
       ) e(step, topic, aggregate_type, aggregate_id, version, payload, at)
       order by ho.shipped_at, ho.order_id, e.step`,
      [refs.customerId, refs.channelId],
    );
  });
  return { orders: n, seconds: Math.round((performance.now() - began) / 100) / 10 };
}

/** The sequence pgbench takes a pool's next row with (`n = nextval(seq)`). */
export const poolSequence = (pool: string): string => `bench_seq_${pool.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`;

/**
 * A pool of targets (shipments or orders) the pgbench scripts take one by one: row n of
 * `bench_pool` for the n-th value of the pool's sequence (restarted at 1). A bench table,
 * not part of the application's schema.
 */
export async function savePool(c: pg.Client, pool: string, ids: readonly string[]): Promise<void> {
  await c.query('create table if not exists bench_pool (pool text not null, n int not null, target_id bigint not null, primary key (pool, n))');
  await c.query('delete from bench_pool where pool = $1', [pool]);
  await c.query('insert into bench_pool (pool, n, target_id) select $1, t.n, t.id from unnest($2::bigint[]) with ordinality as t(id, n)', [pool, ids]);
  await c.query(`create sequence if not exists "${poolSequence(pool)}"`);
  await c.query(`select setval('"${poolSequence(pool)}"', 1, false)`);
  await c.query('analyze bench_pool');
}
