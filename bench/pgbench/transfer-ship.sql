-- stockTransferShip as hand-written SQL: one line, :qty units of a random untracked FIFO item
-- from WH1 A-01 into the in-transit location of WH2. The cost leaves WH1's FIFO layers
-- (oldest first) and enters one TRANSIT layer per take in WH2, tagged with the transfer
-- (Dr 1310 In transit for WH2, Cr 1300 Inventory for WH1).
-- The same rows as the engine (transfer.service.ts ship -> stock-posting.ts postStock ->
-- stock-engine.ts takeOut/putIn/consume/add, posting.service.ts, outbox.ts) in 6 statements.
-- Missing stock aborts the client (\gset gets no row); the data set is sized so it never happens.
--
-- Variables (-D, from bench/write.ts): items, qty, wh, loc, wh_to, transit, acc_inv, acc_transit, actor.
\set item random(1, :items)
BEGIN;
-- (1) The engine's LOAD (stock-state.ts): the periods lock and the place locks (shared advisory
--     locks on the warehouses and locations, place-locks.ts: namespace << 40 | id), the open
--     period (the engine asks its period cache; here a read), the places' flags and the
--     items; the document id and number from their sequences.
WITH periods_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(7240002), pg_advisory_xact_lock_shared((1::bigint << 40) | least(:wh::bigint, :wh_to::bigint)), pg_advisory_xact_lock_shared((1::bigint << 40) | greatest(:wh::bigint, :wh_to::bigint)), pg_advisory_xact_lock_shared((2::bigint << 40) | :loc::bigint))
SELECT p.id AS period_id, l.sellable AS sellable, w.code AS from_code, w2.code AS to_code,
       nextval('stock_transfers_id_seq') AS transfer_id,
       'TR-' || lpad(nextval('document_number_tr')::text, 6, '0') AS transfer_no
FROM periods_lock, fiscal_periods p, warehouses w, warehouses w2, locations l, locations t, items i
WHERE p.year = extract(year FROM now() AT TIME ZONE 'UTC')::int AND p.month = extract(month FROM now() AT TIME ZONE 'UTC')::int
  AND p.status = 'OPEN'
  AND NOT EXISTS (SELECT 1 FROM fiscal_periods c WHERE c.status = 'CLOSED' AND (c.year, c.month) > (p.year, p.month))
  AND w.id = :wh AND w.active AND w2.id = :wh_to AND w2.active AND w2.id <> w.id
  AND l.id = :loc AND l.warehouse_id = w.id AND l.active AND l.type <> 'TRANSIT'
  AND t.id = :transit AND t.warehouse_id = w2.id AND t.type = 'TRANSIT'
  AND i.id = :item AND i.active AND i.tracking_mode = 'NONE'
\gset
-- (2) locks.ts lockStock for (item, WH1) and (item, WH2), in (item, warehouse) order, and the
--     flush's update of both summaries (WH1: on hand and sellable down; WH2: in transit up;
--     both versions up): one upsert in that order, which takes the same locks in the same order.
INSERT INTO stock_summaries AS s (item_id, warehouse_id, on_hand, sellable_on_hand, in_transit, version)
SELECT * FROM (VALUES (:item::bigint, :wh::bigint, -(:qty::numeric), CASE WHEN :sellable::boolean THEN -(:qty::numeric) ELSE 0 END, 0::numeric, 2),
                      (:item::bigint, :wh_to::bigint, 0::numeric, 0::numeric, :qty::numeric, 2)) v(item_id, warehouse_id, on_hand, sellable_on_hand, in_transit, version)
ORDER BY item_id, warehouse_id
ON CONFLICT (item_id, warehouse_id) DO UPDATE
SET on_hand = s.on_hand + excluded.on_hand, sellable_on_hand = s.sellable_on_hand + excluded.sellable_on_hand,
    in_transit = s.in_transit + excluded.in_transit, version = s.version + 1, updated_at = now();
-- (3) Under the stock locks: takeOut (the source balance, refused below zero: no row, the
--     client aborts), putIn (the in-transit balance: upsert), consume (WH1's layers oldest
--     first, rounded as in adjust-issue.sql), add (one TRANSIT layer in WH2 per take, FIFO).
WITH b AS (
  UPDATE stock_balances SET on_hand = on_hand - :qty, updated_at = now()
  WHERE item_id = :item AND location_id = :loc AND lot_id IS NULL AND on_hand >= :qty
  RETURNING on_hand),
bt AS (
  INSERT INTO stock_balances AS b (item_id, location_id, warehouse_id, lot_id, on_hand)
  VALUES (:item, :transit, :wh_to, NULL, :qty)
  ON CONFLICT (item_id, location_id, (coalesce(lot_id, 0))) DO UPDATE SET on_hand = b.on_hand + excluded.on_hand, updated_at = now()),
l AS (
  SELECT id, quantity_remaining AS q, value_remaining AS v,
         coalesce(sum(quantity_remaining) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
  FROM stock_layers
  WHERE item_id = :item AND warehouse_id = :wh AND kind = 'STOCK' AND transfer_id IS NULL AND quantity_remaining > 0),
t AS (
  SELECT id, tq, CASE WHEN tq = q THEN v ELSE round(v * tq / q, 2) END AS tv
  FROM (SELECT id, q, v, least(q, :qty - before) AS tq FROM l WHERE before < :qty) a),
u AS (
  UPDATE stock_layers s SET quantity_remaining = s.quantity_remaining - t.tq, value_remaining = s.value_remaining - t.tv
  FROM t WHERE s.id = t.id
  RETURNING s.id, t.tq, t.tv),
nl AS (
  INSERT INTO stock_layers (item_id, warehouse_id, kind, transfer_id, account_id, quantity_in, value_in, quantity_remaining, value_remaining, created_at)
  SELECT :item, :wh_to, 'TRANSIT', :transfer_id::bigint, :acc_transit, tq, tv, tq, tv, now() FROM t ORDER BY id
  RETURNING id, quantity_in, value_in)
SELECT (SELECT array_agg(id ORDER BY id) FROM u) AS out_ids, (SELECT array_agg(tq ORDER BY id) FROM u) AS out_qs,
       (SELECT array_agg(tv ORDER BY id) FROM u) AS out_vs,
       (SELECT array_agg(id ORDER BY id) FROM nl) AS in_ids, (SELECT array_agg(quantity_in ORDER BY id) FROM nl) AS in_qs,
       (SELECT array_agg(value_in ORDER BY id) FROM nl) AS in_vs,
       (SELECT sum(tv) FROM u) AS value
WHERE EXISTS (SELECT 1 FROM b) AND (SELECT sum(tq) FROM u) = :qty
\gset
-- (4) The engine's WRITE (stock-write.ts). The entry is inserted without a number: the deferred
--     trigger ledgerhouse_number_entry numbers it at COMMIT and records journal.posted, as for
--     the engine. posting.service.ts post (journal_sequences upsert last, the entry, Dr in transit
--     (item, WH2) / Cr inventory (item, WH1)), the transfer and its line, stock-engine.ts
--     record (the TRANSFER_OUT move, a valuation per layer: out of WH1 negative, into
--     transit positive), outbox.ts writeOutbox (stock.changed for both summaries,
--     journal.posted, stock.transfer.changed; pg_notify). No outbox advisory lock (see receipt.sql).
WITH e AS (
  INSERT INTO journal_entries (year, number, posting_date, occurred_at, recorded_at, period_id, source_type, source_id, memo, actor)
  SELECT extract(year FROM now() AT TIME ZONE 'UTC')::int, NULL::int, (now() AT TIME ZONE 'UTC')::date, now(), now(), :period_id, 'StockTransfer', :transfer_id::text,
         'Transfer ' || :transfer_no::text || ' shipped ' || :from_code::text || ' -> ' || :to_code::text, :actor
 
  RETURNING id),
jl AS (
  INSERT INTO journal_lines (entry_id, account_id, debit, credit, item_id, warehouse_id, partner_id, memo)
  SELECT e.id, a.account_id, a.debit, a.credit, :item, a.warehouse_id, NULL, NULL
  FROM e, (VALUES (:acc_inv::bigint, 0::numeric, :value::numeric, :wh::bigint), (:acc_transit::bigint, :value::numeric, 0::numeric, :wh_to::bigint)) a(account_id, debit, credit, warehouse_id)
  ORDER BY a.account_id),
tr AS (
  INSERT INTO stock_transfers (id, number, from_warehouse_id, to_warehouse_id, status, reference, shipped_at, ship_entry_id, shipped_by)
  SELECT :transfer_id::bigint, :transfer_no::text, :wh, :wh_to, 'SHIPPED', NULL, now(), e.id, :actor FROM e
  RETURNING id, version),
tl AS (
  INSERT INTO stock_transfer_lines (transfer_id, line_no, item_id, lot_id, from_location_id, serial_numbers, quantity_shipped)
  SELECT tr.id, 1, :item, NULL, :loc, NULL, :qty FROM tr),
m AS (
  INSERT INTO stock_moves (item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id, unit_cost, value,
                           reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
  SELECT :item, NULL, :qty, :loc, :transit, :wh, :wh_to, round(:value::numeric / :qty, 6), :value::numeric,
         'TRANSFER_OUT', NULL, 'StockTransfer', :transfer_id::text, e.id, :actor, now(), now()
  FROM e
  RETURNING id),
mv AS (
  INSERT INTO move_valuations (move_id, layer_id, account_id, quantity, value)
  SELECT m.id, x.layer_id, x.account_id, x.q, x.v FROM m, (
    SELECT layer_id, :acc_inv::bigint AS account_id, -q AS q, -v AS v FROM unnest(:out_ids::bigint[], :out_qs::numeric[], :out_vs::numeric[]) AS o(layer_id, q, v)
    UNION ALL
    SELECT layer_id, :acc_transit::bigint, q, v FROM unnest(:in_ids::bigint[], :in_qs::numeric[], :in_vs::numeric[]) AS i(layer_id, q, v)) x
  ORDER BY x.layer_id),
o AS (
  INSERT INTO outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, partner_id, payload, occurred_at)
  SELECT * FROM (
    SELECT 'stock.changed', 'StockSummary', s.id::text, s.version, NULL::bigint,
           jsonb_build_object('itemId', s.item_id::text, 'sku', i.sku, 'warehouseId', s.warehouse_id::text, 'warehouseCode', w.code,
                              'onHand', trim_scale(s.on_hand)::text, 'sellableOnHand', trim_scale(s.sellable_on_hand)::text, 'allocated', trim_scale(s.allocated)::text,
                              'held', trim_scale(h.held)::text, 'available', trim_scale(s.sellable_on_hand - s.allocated - h.held)::text, 'inTransit', trim_scale(s.in_transit)::text),
           now()
    FROM stock_summaries s JOIN items i ON i.id = s.item_id JOIN warehouses w ON w.id = s.warehouse_id
         CROSS JOIN LATERAL (SELECT coalesce(sum(hl.quantity), 0) AS held FROM stock_hold_lines hl
                             WHERE hl.item_id = s.item_id AND hl.warehouse_id = s.warehouse_id AND hl.open AND hl.expires_at > now()) h
    WHERE s.item_id = :item AND s.warehouse_id IN (:wh, :wh_to)
    UNION ALL
    SELECT 'stock.transfer.changed', 'StockTransfer', tr.id::text, tr.version, NULL,
           jsonb_build_object('number', :transfer_no::text, 'status', 'SHIPPED'), now()
    FROM tr) ev)
SELECT pg_notify('ledgerhouse_outbox', '');
COMMIT;
