-- salesOrderConfirm as hand-written SQL: the next DRAFT order of the pool (2 lines of 5
-- units of 2 untracked items, whose stock lies in three sellable locations) is confirmed:
-- its demand, per item, is reserved under the stock locks from what is available (sellable
-- on hand minus allocated minus live checkout holds), location by location (FEFO, then FIFO by when the stock came
-- in, then pick sequence, then code: allocation-plan.ts), each line in line order; what
-- cannot be reserved is backordered. The same rows as the engine (reservation.service.ts
-- confirm -> reservation.ts reserve, order-rows.ts saveOrders, SummaryDeltas.write,
-- outbox.ts), in 5 statements whatever the number of lines: BEGIN, 3, COMMIT.
--
-- Each transaction takes its own order: n = nextval(:seq) names row n of the pool
-- (bench_pool, made by bench/fulfillment.ts). A pool run dry or an order not DRAFT aborts
-- the client (\gset gets no row): nothing is written then.
--
-- Variables (-D, from bench/fulfillment.ts): pool, seq.
BEGIN;
-- (1) readOrder (no lock): the order and its items, to learn which stock rows to lock. Orders
--     of the pool name their ship-from warehouse (chooseWarehouse is not needed).
WITH t AS MATERIALIZED (
  SELECT p.target_id AS id FROM bench_pool p WHERE p.pool = :pool AND p.n = (SELECT nextval(:seq::regclass)))
SELECT o.id AS order_id, o.ship_from_warehouse_id AS wh,
       (SELECT array_agg(DISTINCT l.item_id ORDER BY l.item_id) FROM sales_order_lines l WHERE l.order_id = o.id) AS items
FROM t JOIN sales_orders o ON o.id = t.id
WHERE o.status = 'DRAFT' AND o.ship_from_warehouse_id IS NOT NULL
\gset
-- (2) lockStock (the summaries of every (item, warehouse) FOR UPDATE, in item order), then the
--     order FOR UPDATE, still DRAFT; checkItemsActive.
WITH s AS MATERIALIZED (
  SELECT id FROM stock_summaries WHERE warehouse_id = :wh::bigint AND item_id = ANY (:items::bigint[]) ORDER BY item_id FOR UPDATE),
o AS (
  SELECT id, status FROM sales_orders WHERE id = :order_id::bigint AND (SELECT count(*) FROM s) >= 0 FOR UPDATE)
SELECT o.id AS locked_order FROM o
WHERE o.status = 'DRAFT' AND NOT EXISTS (SELECT 1 FROM items i WHERE i.id = ANY (:items::bigint[]) AND NOT i.active)
\gset
-- (3) Under the locks (this statement's snapshot is taken after them): reserve and write.
--     Demand per line (ordered minus cancelled), in line order within each item; the cap per
--     item (sellable on hand minus allocated); the candidates (balances on hand in sellable,
--     active locations, minus their open allocations; never a lot expiring before the ship
--     date plus the customer's minimum shelf life), in allocation order. A line takes the part
--     of its item's candidate stream that its place in the demand covers, up to the cap: the
--     greedy plan of planAllocation, as interval overlaps. Then the allocations, the lines
--     (allocated, backordered), the order (CONFIRMED, then ALLOCATED / PARTIALLY_ALLOCATED /
--     BACKORDERED: version up by 2), the summaries (allocated, backordered, version up) and the
--     outbox (both status changes, stock.changed per summary; pg_notify).
WITH o0 AS (
  SELECT o.id, o.requested_ship_date, c.min_shelf_life_days FROM sales_orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = :order_id::bigint),
d AS (
  SELECT l.id AS line_id, l.line_no, l.item_id, l.quantity_ordered - l.quantity_cancelled AS q FROM sales_order_lines l WHERE l.order_id = :order_id::bigint),
dem AS (
  SELECT d.*, coalesce(sum(d.q) OVER (PARTITION BY d.item_id ORDER BY d.line_no ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
  FROM d WHERE d.q > 0),
cap AS (
  SELECT s.item_id, greatest(0, s.sellable_on_hand - s.allocated - h.held) AS cap FROM stock_summaries s
    CROSS JOIN LATERAL (SELECT coalesce(sum(hl.quantity), 0) AS held FROM stock_hold_lines hl
                        WHERE hl.item_id = s.item_id AND hl.warehouse_id = s.warehouse_id AND hl.open AND hl.expires_at > now()) h
  WHERE s.warehouse_id = :wh::bigint AND s.item_id = ANY (:items::bigint[])),
cand AS (
  SELECT b.item_id, b.location_id, b.lot_id, lot.expiry_date, coalesce(lot.created_at, b.created_at) AS first_in, loc.pick_sequence, loc.code,
         b.on_hand - coalesce((SELECT sum(a.quantity - a.quantity_picked) FROM stock_allocations a
                               WHERE a.status = 'OPEN' AND a.item_id = b.item_id AND a.warehouse_id = b.warehouse_id AND a.location_id = b.location_id
                                 AND coalesce(a.lot_id, 0) = coalesce(b.lot_id, 0)), 0) AS free
  FROM stock_balances b JOIN locations loc ON loc.id = b.location_id LEFT JOIN lots lot ON lot.id = b.lot_id, o0
  WHERE b.warehouse_id = :wh::bigint AND b.item_id = ANY (:items::bigint[]) AND b.on_hand > 0 AND loc.sellable AND loc.active
    AND (lot.expiry_date IS NULL OR lot.expiry_date >= greatest(coalesce(o0.requested_ship_date, (now() AT TIME ZONE 'UTC')::date), (now() AT TIME ZONE 'UTC')::date) + greatest(o0.min_shelf_life_days, 0))),
ord AS (
  SELECT c.*, coalesce(sum(c.free) OVER (PARTITION BY c.item_id ORDER BY c.expiry_date NULLS LAST, c.first_in, c.pick_sequence NULLS LAST, c.code COLLATE "C"
                                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before,
         row_number() OVER (PARTITION BY c.item_id ORDER BY c.expiry_date NULLS LAST, c.first_in, c.pick_sequence NULLS LAST, c.code COLLATE "C") AS rank
  FROM cand c WHERE c.free > 0),
picks AS (
  SELECT dem.line_id, dem.line_no, dem.item_id, ord.location_id, ord.lot_id, ord.rank,
         least(dem.before + dem.q, ord.before + ord.free, cap.cap) - greatest(dem.before, ord.before) AS qty
  FROM dem JOIN ord ON ord.item_id = dem.item_id JOIN cap ON cap.item_id = dem.item_id
  WHERE least(dem.before + dem.q, ord.before + ord.free, cap.cap) > greatest(dem.before, ord.before)),
al AS (
  INSERT INTO stock_allocations (order_id, order_line_id, item_id, warehouse_id, location_id, lot_id, quantity, status, created_at, updated_at)
  SELECT :order_id::bigint, p.line_id, p.item_id, :wh::bigint, p.location_id, p.lot_id, p.qty, 'OPEN', now(), now() FROM picks p ORDER BY p.line_no, p.rank),
got AS (
  SELECT d.line_id, d.item_id, d.q, coalesce((SELECT sum(p.qty) FROM picks p WHERE p.line_id = d.line_id), 0) AS allocated FROM d WHERE d.q > 0),
ol AS (
  UPDATE sales_order_lines l SET quantity_allocated = l.quantity_allocated + g.allocated, quantity_backordered = l.quantity_backordered + (g.q - g.allocated), updated_at = now()
  FROM got g WHERE l.id = g.line_id),
st AS (
  SELECT CASE WHEN sum(l.quantity_backordered + coalesce(g.q - g.allocated, 0)) = 0 THEN 'ALLOCATED'
              WHEN sum(l.quantity_allocated + coalesce(g.allocated, 0)) > 0 OR sum(l.quantity_picked - l.quantity_shipped) > 0 THEN 'PARTIALLY_ALLOCATED'
              ELSE 'BACKORDERED' END AS status
  FROM sales_order_lines l LEFT JOIN got g ON g.line_id = l.id WHERE l.order_id = :order_id::bigint),
o AS (
  UPDATE sales_orders so SET status = st.status, version = so.version + 2, updated_at = now() FROM st WHERE so.id = :order_id::bigint
  RETURNING so.id, so.version, so.status, so.customer_id, so.channel_id, so.partner_id),
sd AS (
  SELECT item_id, sum(allocated) AS a, sum(q - allocated) AS b FROM got GROUP BY item_id HAVING sum(allocated) <> 0 OR sum(q - allocated) <> 0),
s AS (
  UPDATE stock_summaries s SET allocated = s.allocated + sd.a, backordered = greatest(s.backordered + sd.b, 0), version = s.version + 1, updated_at = now()
  FROM sd WHERE s.item_id = sd.item_id AND s.warehouse_id = :wh::bigint
  RETURNING s.id, s.item_id, s.warehouse_id, s.version, s.on_hand, s.sellable_on_hand, s.allocated, s.in_transit),
ev AS (
  INSERT INTO outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, partner_id, payload, occurred_at)
  SELECT topic, aggregate_type, aggregate_id, version, partner_id, payload, now() FROM (
    SELECT 1 AS k, 0::bigint AS sub, 'sales.order.status.changed' AS topic, 'SalesOrder' AS aggregate_type, o.id::text AS aggregate_id, o.version - 1 AS version, o.partner_id,
           jsonb_build_object('status', 'CONFIRMED', 'previousStatus', 'DRAFT', 'customerId', o.customer_id::text, 'channelId', o.channel_id::text) AS payload
    FROM o
    UNION ALL
    SELECT 2, 0, 'sales.order.status.changed', 'SalesOrder', o.id::text, o.version, o.partner_id,
           jsonb_build_object('status', o.status, 'previousStatus', 'CONFIRMED', 'customerId', o.customer_id::text, 'channelId', o.channel_id::text)
    FROM o
    UNION ALL
    SELECT 3, s.item_id, 'stock.changed', 'StockSummary', s.id::text, s.version, NULL,
           jsonb_build_object('itemId', s.item_id::text, 'sku', i.sku, 'warehouseId', s.warehouse_id::text, 'warehouseCode', w.code,
                              'onHand', trim_scale(s.on_hand)::text, 'sellableOnHand', trim_scale(s.sellable_on_hand)::text, 'allocated', trim_scale(s.allocated)::text,
                              'held', trim_scale(h.held)::text, 'available', trim_scale(s.sellable_on_hand - s.allocated - h.held)::text, 'inTransit', trim_scale(s.in_transit)::text)
    FROM s JOIN items i ON i.id = s.item_id JOIN warehouses w ON w.id = s.warehouse_id
         CROSS JOIN LATERAL (SELECT coalesce(sum(hl.quantity), 0) AS held FROM stock_hold_lines hl
                             WHERE hl.item_id = s.item_id AND hl.warehouse_id = s.warehouse_id AND hl.open AND hl.expires_at > now()) h) ev
  ORDER BY k, sub)
SELECT pg_notify('ledgerhouse_outbox', '');
COMMIT;
