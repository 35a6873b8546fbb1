-- shipmentConfirm as hand-written SQL: the next packed shipment of the pool (2 order lines,
-- 2 untracked FIFO items, every unit picked into the packing location and packed into
-- closed cartons) leaves the warehouse. The same rows as the engine (shipment.service.ts
-- confirm -> stock-posting.ts postStock -> stock-engine.ts takeOut/consume, posting.service.ts,
-- order-rows.ts saveOrders, setShipmentStatus, outbox.ts), in 6 statements whatever the
-- number of lines: BEGIN, 4 set-based statements, COMMIT.
--
-- Each transaction takes its own shipment: n = nextval(:seq) names row n of the pool
-- (bench_pool, made by bench/fulfillment.ts), so no two clients ever meet on one. A pool
-- run dry, a shipment not PACKED, stock the packing location does not hold or layers
-- that do not cover it abort the client (\gset gets no row): nothing is written then.
--
-- Variables (-D, from bench/fulfillment.ts): pool, seq, acc_inv, acc_cogs, actor.
BEGIN;
-- (1) The engine's reads before its locks (readShipment, the cartons' contents, packingLocation,
--     readOrder) and its LOAD's place locks (the periods lock and the warehouse and packing
--     location locks, shared, place-locks.ts: namespace << 40 | id); the open period (the engine
--     asks its period cache; here a read). Contents per order line, items in id order (the lock
--     order); the lines' items are distinct and untracked (the data set's; checked).
WITH t AS MATERIALIZED (
  SELECT p.target_id AS id FROM bench_pool p WHERE p.pool = :pool AND p.n = (SELECT nextval(:seq::regclass))),
s AS MATERIALIZED (
  SELECT sh.id, sh.number, sh.order_id, sh.warehouse_id, sh.status FROM shipments sh JOIN t ON t.id = sh.id),
pack AS MATERIALIZED (
  SELECT l.id, l.sellable FROM locations l JOIN s ON l.warehouse_id = s.warehouse_id
  WHERE l.active AND l.type IN ('PACKING', 'STAGING') ORDER BY CASE l.type WHEN 'PACKING' THEN 0 ELSE 1 END, l.code LIMIT 1),
locks AS MATERIALIZED (
  SELECT pg_advisory_xact_lock_shared(7240002), pg_advisory_xact_lock_shared((1::bigint << 40) | s.warehouse_id), pg_advisory_xact_lock_shared((2::bigint << 40) | pack.id)
  FROM s, pack),
c AS MATERIALIZED (
  SELECT cl.order_line_id, cl.item_id, sum(cl.quantity) AS q, bool_and(cl.lot_id IS NULL) AS untracked, bool_or(ct.status = 'OPEN') AS open
  FROM s JOIN cartons ct ON ct.shipment_id = s.id JOIN carton_lines cl ON cl.carton_id = ct.id
  GROUP BY cl.order_line_id, cl.item_id)
SELECT s.id AS shipment_id, s.number AS shipment_no, s.order_id, s.warehouse_id AS wh, pack.id AS pack, pack.sellable, p.id AS period_id,
       (SELECT array_agg(c.item_id ORDER BY c.item_id) FROM c) AS items, (SELECT array_agg(c.q ORDER BY c.item_id) FROM c) AS qs,
       (SELECT array_agg(c.order_line_id ORDER BY c.item_id) FROM c) AS lines
FROM s, pack, locks, fiscal_periods p, warehouses w
WHERE s.status = 'PACKED'
  AND w.id = s.warehouse_id AND w.active
  AND p.year = extract(year FROM now() AT TIME ZONE 'UTC')::int AND p.month = extract(month FROM now() AT TIME ZONE 'UTC')::int AND p.status = 'OPEN'
  AND NOT EXISTS (SELECT 1 FROM fiscal_periods x WHERE x.status = 'CLOSED' AND (x.year, x.month) > (p.year, p.month))
  AND (SELECT count(*) FROM c) > 0 AND (SELECT count(DISTINCT item_id) FROM c) = (SELECT count(*) FROM c)
  AND NOT EXISTS (SELECT 1 FROM c WHERE c.open OR NOT c.untracked)
  AND NOT EXISTS (SELECT 1 FROM items i JOIN c ON c.item_id = i.id WHERE i.tracking_mode <> 'NONE' OR i.valuation_method <> 'FIFO')
\gset
-- (2) locks.ts lockStock for every (item, warehouse) in item order and the flush's update of
--     the summaries (on hand down; sellable down only if the packing location is sellable;
--     version up): one upsert in that order, which takes the same row locks in the same order.
--     Then, as the engine does after its LOAD, the order and the shipment FOR UPDATE (the
--     shipment still PACKED).
WITH sm AS (
  INSERT INTO stock_summaries AS s (item_id, warehouse_id, on_hand, sellable_on_hand, version)
  SELECT c.item_id, :wh::bigint, -c.q, CASE WHEN :sellable::boolean THEN -c.q ELSE 0 END, 2
  FROM unnest(:items::bigint[], :qs::numeric[]) AS c(item_id, q)
  ORDER BY c.item_id
  ON CONFLICT (item_id, warehouse_id) DO UPDATE
  SET on_hand = s.on_hand + excluded.on_hand, sellable_on_hand = s.sellable_on_hand + excluded.sellable_on_hand, version = s.version + 1, updated_at = now()
  RETURNING s.id),
o AS (
  SELECT id, status FROM sales_orders WHERE id = :order_id::bigint AND (SELECT count(*) FROM sm) > 0 FOR UPDATE),
sh AS (
  SELECT id, status FROM shipments WHERE id = :shipment_id::bigint AND (SELECT count(*) FROM o) > 0 FOR UPDATE)
SELECT o.status AS order_status FROM o, sh WHERE sh.status = 'PACKED'
\gset
-- (3) Under the stock locks: takeOut (the packing location's balances, refused below zero: no
--     row, the client aborts), consume (each item's live layers oldest first; a layer emptied
--     gives its whole remaining value, a part of one round(value x part / remaining, 2), as
--     costing.ts), the layers' update, and postStock's reservation check (no document takes
--     sellable stock below what is allocated). Returns the takes and each line's value.
WITH c AS (
  SELECT * FROM unnest(:items::bigint[], :qs::numeric[]) AS c(item_id, q)),
b AS (
  UPDATE stock_balances sb SET on_hand = sb.on_hand - c.q, updated_at = now()
  FROM c WHERE sb.item_id = c.item_id AND sb.location_id = :pack::bigint AND sb.lot_id IS NULL AND sb.on_hand >= c.q
  RETURNING sb.item_id),
l AS (
  SELECT sl.id, sl.item_id, sl.account_id, c.q AS want, sl.quantity_remaining AS rq, sl.value_remaining AS rv,
         coalesce(sum(sl.quantity_remaining) OVER (PARTITION BY sl.item_id ORDER BY sl.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
  FROM c JOIN stock_layers sl ON sl.item_id = c.item_id AND sl.warehouse_id = :wh::bigint
  WHERE (sl.quantity_remaining <> 0 OR sl.value_remaining <> 0) AND sl.kind = 'STOCK' AND sl.quantity_remaining > 0),
t AS (
  SELECT id, item_id, account_id, tq, CASE WHEN tq = rq THEN rv ELSE round(rv * tq / rq, 2) END AS tv
  FROM (SELECT l.*, least(l.rq, l.want - l.before) AS tq FROM l WHERE l.before < l.want) a),
u AS (
  UPDATE stock_layers s SET quantity_remaining = s.quantity_remaining - t.tq, value_remaining = s.value_remaining - t.tv
  FROM t WHERE s.id = t.id
  RETURNING s.id, t.item_id, t.account_id, t.tq, t.tv),
per_item AS (
  SELECT c.item_id, c.q, coalesce(sum(u.tq), 0) AS got, coalesce(sum(u.tv), 0) AS value FROM c LEFT JOIN u ON u.item_id = c.item_id GROUP BY c.item_id, c.q)
SELECT array_agg(u.id ORDER BY u.item_id, u.id) AS layer_ids, array_agg(u.item_id ORDER BY u.item_id, u.id) AS layer_items,
       array_agg(u.account_id ORDER BY u.item_id, u.id) AS layer_accounts, array_agg(u.tq ORDER BY u.item_id, u.id) AS layer_qs,
       array_agg(u.tv ORDER BY u.item_id, u.id) AS layer_vs,
       (SELECT array_agg(value ORDER BY item_id) FROM per_item) AS line_values
FROM u
HAVING (SELECT count(*) FROM b) = cardinality(:items::bigint[])
   AND (SELECT bool_and(got = q) FROM per_item)
   AND (SELECT bool_and(s.allocated <= s.sellable_on_hand) FROM stock_summaries s WHERE s.warehouse_id = :wh::bigint AND s.item_id = ANY (:items::bigint[]))
\gset
-- (4) The engine's WRITE (stock-write.ts) and what confirm writes after it. The entry is
--     inserted without a number: the deferred trigger ledgerhouse_number_entry numbers it at
--     COMMIT and records journal.posted, as for the engine. posting.service.ts post (Dr COGS /
--     Cr inventory per item, with item and warehouse, lines by account then item),
--     stock-engine.ts record (an ISSUE move per line out of the packing location, a valuation per
--     layer taken: negative quantity and value), the shipment lines (what shipped at what cost),
--     the allocations fulfilled (picked, unshipped units of each line's allocations, oldest
--     first), the order lines' shipped quantities, the order (SHIPPED when every line is
--     shipped or cancelled, else PARTIALLY_SHIPPED; version up), the shipment (SHIPPED, its
--     time, version up, its entry), outbox.ts writeOutbox (stock.changed per summary,
--     sales.shipment.updated, sales.order.status.changed; pg_notify). Times as the engine's
--     toISOString() (pgbench would take a colon in a format string for a variable).
WITH x AS (
  SELECT * FROM unnest(:layer_ids::bigint[], :layer_items::bigint[], :layer_accounts::bigint[], :layer_qs::numeric[], :layer_vs::numeric[])
    AS x(layer_id, item_id, account_id, q, v)),
c AS (
  SELECT * FROM unnest(:items::bigint[], :qs::numeric[], :lines::bigint[], :line_values::numeric[]) AS c(item_id, q, line_id, value)),
e AS (
  INSERT INTO journal_entries (year, number, posting_date, occurred_at, recorded_at, period_id, source_type, source_id, memo, actor)
  SELECT extract(year FROM now() AT TIME ZONE 'UTC')::int, NULL::int, (now() AT TIME ZONE 'UTC')::date, now(), now(), :period_id::bigint, 'Shipment', :shipment_id::text,
         'Shipment ' || :shipment_no::text || ' (order ' || :order_id::text || ')', :actor::text
  RETURNING id),
jl AS (
  INSERT INTO journal_lines (entry_id, account_id, debit, credit, item_id, warehouse_id, partner_id, memo)
  SELECT e.id, a.account_id, a.debit, a.credit, c.item_id, :wh::bigint, NULL, NULL
  FROM e, c, LATERAL (VALUES (:acc_inv::bigint, 0::numeric, c.value), (:acc_cogs::bigint, c.value, 0::numeric)) a(account_id, debit, credit)
  ORDER BY a.account_id, c.item_id),
m AS (
  INSERT INTO stock_moves (item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id, unit_cost, value,
                           reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
  SELECT c.item_id, NULL, c.q, :pack::bigint, NULL, :wh::bigint, NULL, round(c.value / c.q, 6), c.value, 'ISSUE', NULL, 'Shipment', :shipment_id::text, e.id, :actor::text, now(), now()
  FROM e, c ORDER BY c.line_id
  RETURNING id, item_id),
mv AS (
  INSERT INTO move_valuations (move_id, layer_id, account_id, quantity, value)
  SELECT m.id, x.layer_id, x.account_id, -x.q, -x.v FROM m JOIN x ON x.item_id = m.item_id ORDER BY m.id, x.layer_id),
sl AS (
  INSERT INTO shipment_lines (shipment_id, order_line_id, item_id, lot_id, quantity, cost, serial_numbers, created_at, updated_at)
  SELECT :shipment_id::bigint, c.line_id, c.item_id, NULL, c.q, c.value, NULL, now(), now() FROM c ORDER BY c.line_id),
ranked AS (
  SELECT a.id, c.q, a.quantity_picked - a.quantity_shipped AS room,
         coalesce(sum(a.quantity_picked - a.quantity_shipped) OVER (PARTITION BY a.order_line_id ORDER BY a.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
  FROM stock_allocations a JOIN c ON c.line_id = a.order_line_id AND a.lot_id IS NULL
  WHERE a.quantity_picked > a.quantity_shipped),
al AS (
  UPDATE stock_allocations a SET quantity_shipped = a.quantity_shipped + least(r.room, greatest(r.q - r.before, 0)),
         status = CASE WHEN a.quantity_shipped + least(r.room, greatest(r.q - r.before, 0)) >= a.quantity AND a.status = 'PICKED' THEN 'SHIPPED' ELSE a.status END,
         updated_at = now()
  FROM ranked r WHERE a.id = r.id AND r.q > r.before),
ol AS (
  UPDATE sales_order_lines l SET quantity_shipped = l.quantity_shipped + c.q, updated_at = now() FROM c WHERE l.id = c.line_id),
os AS (
  SELECT CASE WHEN bool_and(l.quantity_shipped + coalesce(c.q, 0) + l.quantity_cancelled >= l.quantity_ordered) THEN 'SHIPPED' ELSE 'PARTIALLY_SHIPPED' END AS status
  FROM sales_order_lines l LEFT JOIN c ON c.line_id = l.id WHERE l.order_id = :order_id::bigint),
o AS (
  UPDATE sales_orders so SET status = os.status, version = so.version + 1, updated_at = now() FROM os WHERE so.id = :order_id::bigint
  RETURNING so.id, so.version, so.status, so.customer_id, so.channel_id, so.partner_id),
sh AS (
  UPDATE shipments s SET status = 'SHIPPED', status_times = s.status_times || jsonb_build_object('SHIPPED', translate(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24.MI.SS,MS"Z"'), '.,', ':.')),
         version = s.version + 1, journal_entry_id = e.id, updated_at = now()
  FROM e WHERE s.id = :shipment_id::bigint
  RETURNING s.id, s.version, s.carrier),
ev AS (
  INSERT INTO outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, partner_id, payload, occurred_at)
  SELECT topic, aggregate_type, aggregate_id, version, partner_id, payload, now() FROM (
    SELECT 1 AS k, s.item_id AS sub, 'stock.changed' AS topic, 'StockSummary' AS aggregate_type, s.id::text AS aggregate_id, s.version, NULL::bigint AS partner_id,
           jsonb_build_object('itemId', s.item_id::text, 'sku', i.sku, 'warehouseId', s.warehouse_id::text, 'warehouseCode', w.code,
                              'onHand', trim_scale(s.on_hand)::text, 'sellableOnHand', trim_scale(s.sellable_on_hand)::text, 'allocated', trim_scale(s.allocated)::text,
                              'held', trim_scale(h.held)::text, 'available', trim_scale(s.sellable_on_hand - s.allocated - h.held)::text, 'inTransit', trim_scale(s.in_transit)::text) AS payload
    FROM stock_summaries s JOIN items i ON i.id = s.item_id JOIN warehouses w ON w.id = s.warehouse_id
         CROSS JOIN LATERAL (SELECT coalesce(sum(hl.quantity), 0) AS held FROM stock_hold_lines hl
                             WHERE hl.item_id = s.item_id AND hl.warehouse_id = s.warehouse_id AND hl.open AND hl.expires_at > now()) h
    WHERE s.warehouse_id = :wh::bigint AND s.item_id = ANY (:items::bigint[])
    UNION ALL
    SELECT 2, 0, 'sales.shipment.updated', 'Shipment', sh.id::text, sh.version, o.partner_id,
           jsonb_build_object('shipmentId', sh.id::text, 'orderId', o.id::text, 'channelId', o.channel_id::text, 'status', 'SHIPPED', 'previousStatus', 'PACKED',
                              'carrier', sh.carrier, 'occurredAt', translate(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24.MI.SS,MS"Z"'), '.,', ':.'),
                              'trackingNumbers', (SELECT coalesce(jsonb_agg(ct.tracking_number ORDER BY ct.id) FILTER (WHERE ct.tracking_number IS NOT NULL), '[]') FROM cartons ct WHERE ct.shipment_id = sh.id))
    FROM sh, o
    UNION ALL
    SELECT 3, 0, 'sales.order.status.changed', 'SalesOrder', o.id::text, o.version, o.partner_id,
           jsonb_build_object('status', o.status, 'previousStatus', :order_status::text, 'customerId', o.customer_id::text, 'channelId', o.channel_id::text)
    FROM o) ev
  ORDER BY k, sub)
SELECT pg_notify('ledgerhouse_outbox', '');
COMMIT;
