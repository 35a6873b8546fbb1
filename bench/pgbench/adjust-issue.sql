-- stockAdjust as hand-written SQL: one line taking :qty units of a random untracked FIFO
-- item out of one location (WH1 A-01), reason DAMAGED (a loss: Dr 5100 Shrinkage, Cr 1300
-- Inventory). The cost comes from the item's FIFO layers, oldest first; the seed's first
-- layer holds 1 unit, so the first issue of an item takes from two layers.
-- The same rows as the engine (stock-document.service.ts adjust -> stock-posting.ts postStock
-- -> stock-engine.ts takeOut/consume, posting.service.ts, outbox.ts) in 6 statements.
-- Stock the data set does not have aborts the client (\gset gets no row): the data set is
-- sized so that it never happens, and a negative balance can never be written.
--
-- Variables (-D, from bench/write.ts): items, qty, wh, loc, acc_inv, acc_shrink, actor.
\set item random(1, :items)
BEGIN;
-- (1) The engine's LOAD (stock-state.ts): the periods lock and the place locks (shared advisory
--     locks on the warehouses and locations, place-locks.ts: namespace << 40 | id), the open
--     period (the engine asks its period cache; here a read), the places' flags and the
--     items; the document id and number from their sequences.
WITH periods_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(7240002), pg_advisory_xact_lock_shared((1::bigint << 40) | :wh), pg_advisory_xact_lock_shared((2::bigint << 40) | :loc))
SELECT p.id AS period_id, l.sellable AS sellable,
       nextval('stock_documents_id_seq') AS doc_id,
       'AJ-' || lpad(nextval('document_number_aj')::text, 6, '0') AS doc_no
FROM periods_lock, fiscal_periods p, warehouses w, locations l, items i
WHERE p.year = extract(year FROM now() AT TIME ZONE 'UTC')::int AND p.month = extract(month FROM now() AT TIME ZONE 'UTC')::int
  AND p.status = 'OPEN'
  AND NOT EXISTS (SELECT 1 FROM fiscal_periods c WHERE c.status = 'CLOSED' AND (c.year, c.month) > (p.year, p.month))
  AND w.id = :wh AND w.active AND l.id = :loc AND l.warehouse_id = w.id AND l.active AND l.type <> 'TRANSIT'
  AND i.id = :item AND i.tracking_mode = 'NONE'
\gset
-- (2) locks.ts lockStock (select ... for update of the summary) and the flush's update of it
--     (on_hand, sellable_on_hand, version): one UPDATE, which takes the same lock.
UPDATE stock_summaries
SET on_hand = on_hand - :qty, sellable_on_hand = sellable_on_hand - CASE WHEN :sellable::boolean THEN :qty ELSE 0 END,
    version = version + 1, updated_at = now()
WHERE item_id = :item AND warehouse_id = :wh
RETURNING id AS summary_id
\gset
-- (3) Under the stock lock: takeOut (the balance, refused below zero: no row, the client
--     aborts), consume (the pool's layers oldest first; a layer emptied gives its whole
--     remaining value, a part of one round(value x part / remaining, 2)) and the layers'
--     update. Returns the takes for the valuations and the move's value.
WITH b AS (
  UPDATE stock_balances SET on_hand = on_hand - :qty, updated_at = now()
  WHERE item_id = :item AND location_id = :loc AND lot_id IS NULL AND on_hand >= :qty
  RETURNING on_hand),
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
  RETURNING s.id, t.tq, t.tv)
SELECT array_agg(u.id ORDER BY u.id) AS layer_ids, array_agg(u.tq ORDER BY u.id) AS layer_qs, array_agg(u.tv ORDER BY u.id) AS layer_vs,
       sum(u.tv) AS value
FROM u
WHERE EXISTS (SELECT 1 FROM b)
HAVING sum(u.tq) = :qty
\gset
-- (4) The engine's WRITE (stock-write.ts). The entry is inserted without a number: the deferred
--     trigger ledgerhouse_number_entry numbers it at COMMIT and records journal.posted, as for
--     the engine. posting.service.ts post (journal_sequences upsert last, the entry, Dr shrinkage / Cr
--     inventory with item and warehouse), stock-engine.ts record (the move, one valuation per
--     layer taken: negative quantity and value), the stock document, outbox.ts writeOutbox
--     (stock.changed, journal.posted, stock.document.posted; pg_notify). No outbox advisory
--     lock (see receipt.sql).
WITH x AS (
  SELECT * FROM unnest(:layer_ids::bigint[], :layer_qs::numeric[], :layer_vs::numeric[]) AS x(layer_id, q, v)),
e AS (
  INSERT INTO journal_entries (year, number, posting_date, occurred_at, recorded_at, period_id, source_type, source_id, memo, actor)
  SELECT extract(year FROM now() AT TIME ZONE 'UTC')::int, NULL::int, (now() AT TIME ZONE 'UTC')::date, now(), now(), :period_id, 'StockDocument', :doc_id::text, 'Adjustment ' || :doc_no::text || ' (DAMAGED)', :actor
  RETURNING id),
jl AS (
  INSERT INTO journal_lines (entry_id, account_id, debit, credit, item_id, warehouse_id, partner_id, memo)
  SELECT e.id, a.account_id, a.debit, a.credit, :item, :wh, NULL, NULL
  FROM e, (VALUES (:acc_inv::bigint, 0::numeric, :value::numeric), (:acc_shrink::bigint, :value::numeric, 0::numeric)) a(account_id, debit, credit)
  ORDER BY a.account_id),
m AS (
  INSERT INTO stock_moves (item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id, unit_cost, value,
                           reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
  SELECT :item, NULL, :qty, :loc, NULL, :wh, NULL, round(:value::numeric / :qty, 6), :value::numeric,
         'ADJUSTMENT', 'DAMAGED', 'StockDocument', :doc_id::text, e.id, :actor, now(), now()
  FROM e
  RETURNING id),
mv AS (
  INSERT INTO move_valuations (move_id, layer_id, account_id, quantity, value)
  SELECT m.id, x.layer_id, :acc_inv, -x.q, -x.v FROM m, x ORDER BY x.layer_id),
d AS (
  INSERT INTO stock_documents (id, type, number, warehouse_id, reference, reason_code, memo, occurred_at, journal_entry_id, actor, status)
  SELECT :doc_id::bigint, 'ADJUSTMENT', :doc_no::text, :wh, NULL, 'DAMAGED', NULL, now(), e.id, :actor, 'POSTED' FROM e),
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
    WHERE s.id = :summary_id
    UNION ALL
    SELECT 'stock.document.posted', 'StockDocument', :doc_id::text, 1, NULL,
           jsonb_build_object('number', :doc_no::text, 'type', 'ADJUSTMENT', 'warehouseId', :wh::text), now()) ev)
SELECT pg_notify('ledgerhouse_outbox', '');
COMMIT;
