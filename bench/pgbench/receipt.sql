-- stockReceive as hand-written SQL: :lines lines (1 or 20) of untracked FIFO items into one
-- location (WH1 A-01), each line a distinct item, quantity 1 + item % 5 at unit cost
-- (1 + item % 50) + 0.75 (the bodies bench/write.ts sends Ledgerhouse use the same rule).
-- The same rows as the engine (stock-document.service.ts receive -> stock-posting.ts
-- postStock -> stock-engine.ts, posting.service.ts, outbox.ts), in 6 statements whatever
-- the number of lines: BEGIN, 4 set-based statements, COMMIT.
--
-- Variables (-D, from bench/write.ts): items, stride, lines, wh, loc, acc_inv, acc_grni, actor.
-- Lines: item_k = 1 + (i0 - 1 + k * stride) % items, k = 0..lines-1 (distinct while lines * stride < items).
\set i0 random(1, :items)
BEGIN;
-- (1) The engine's LOAD (stock-state.ts): the periods lock and the place locks (shared advisory
--     locks on the warehouses and locations, place-locks.ts: namespace << 40 | id), the open
--     period (the engine asks its period cache; here a read), the places' flags and the
--     items; the document id and number from their sequences.
WITH periods_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(7240002), pg_advisory_xact_lock_shared((1::bigint << 40) | :wh), pg_advisory_xact_lock_shared((2::bigint << 40) | :loc))
SELECT p.id AS period_id, l.sellable AS sellable,
       nextval('stock_documents_id_seq') AS doc_id,
       'RC-' || lpad(nextval('document_number_rc')::text, 6, '0') AS doc_no
FROM periods_lock, fiscal_periods p, warehouses w, locations l
WHERE p.year = extract(year FROM now() AT TIME ZONE 'UTC')::int AND p.month = extract(month FROM now() AT TIME ZONE 'UTC')::int
  AND p.status = 'OPEN'
  AND NOT EXISTS (SELECT 1 FROM fiscal_periods c WHERE c.status = 'CLOSED' AND (c.year, c.month) > (p.year, p.month))
  AND w.id = :wh AND w.active AND l.id = :loc AND l.warehouse_id = w.id AND l.active AND l.type <> 'TRANSIT'
  AND (SELECT count(*) FROM items i
       WHERE i.id IN (SELECT 1 + (:i0 - 1 + k * :stride) % :items FROM generate_series(0, :lines - 1) k)
         AND i.active AND i.tracking_mode = 'NONE') = :lines
\gset
-- (2) locks.ts lockStock (insert ... on conflict do nothing, then select ... for update, in
--     item order) and the flush's update of the summaries (on_hand, sellable_on_hand, version):
--     one upsert in item order, which takes the same row locks in the same order.
INSERT INTO stock_summaries AS s (item_id, warehouse_id, on_hand, sellable_on_hand, version)
SELECT x.item_id, :wh, x.q, CASE WHEN :sellable::boolean THEN x.q ELSE 0 END, 2
FROM (SELECT 1 + (:i0 - 1 + k * :stride) % :items AS item_id, 1 + (1 + (:i0 - 1 + k * :stride) % :items) % 5 AS q
      FROM generate_series(0, :lines - 1) k) x
ORDER BY x.item_id
ON CONFLICT (item_id, warehouse_id) DO UPDATE
SET on_hand = s.on_hand + excluded.on_hand, sellable_on_hand = s.sellable_on_hand + excluded.sellable_on_hand,
    version = s.version + 1, updated_at = now();
-- (3) Under the stock locks: the balance of each line (the engine's findOne + update, or
--     insert when new: here an upsert) and one new FIFO layer per line (stock-engine.ts add
--     -> newLayer), value = round(quantity x unit cost, 2). Returns what step 4 needs.
WITH x AS (
  SELECT item_id, q, round(q * ((1 + item_id % 50) + 0.75), 2) AS v
  FROM (SELECT 1 + (:i0 - 1 + k * :stride) % :items AS item_id, 1 + (1 + (:i0 - 1 + k * :stride) % :items) % 5 AS q
        FROM generate_series(0, :lines - 1) k) g),
b AS (
  INSERT INTO stock_balances AS b (item_id, location_id, warehouse_id, lot_id, on_hand)
  SELECT item_id, :loc, :wh, NULL, q FROM x ORDER BY item_id
  ON CONFLICT (item_id, location_id, (coalesce(lot_id, 0))) DO UPDATE SET on_hand = b.on_hand + excluded.on_hand, updated_at = now()),
ly AS (
  INSERT INTO stock_layers (item_id, warehouse_id, kind, transfer_id, account_id, quantity_in, value_in, quantity_remaining, value_remaining, created_at)
  SELECT item_id, :wh, 'STOCK', NULL, :acc_inv, q, v, q, v, now() FROM x ORDER BY item_id
  RETURNING id, item_id, quantity_in, value_in)
SELECT array_agg(id ORDER BY item_id) AS layer_ids, array_agg(item_id ORDER BY item_id) AS item_ids,
       array_agg(quantity_in ORDER BY item_id) AS qs, array_agg(value_in ORDER BY item_id) AS vs, sum(value_in) AS total
FROM ly
\gset
-- (4) The engine's WRITE (stock-write.ts). The entry is inserted without a number: the deferred
--     trigger ledgerhouse_number_entry numbers it at COMMIT and records journal.posted, as for
--     the engine. The rest in one statement, the gap-free number taken last (DESIGN 5): posting.service.ts
--     post (journal_sequences upsert, the entry, its lines summed by account + item +
--     warehouse: Dr inventory, Cr GRNI per line), stock-engine.ts record (one move per line,
--     one valuation per move into its layer), the stock document, outbox.ts writeOutbox
--     (stock.changed per summary, journal.posted, stock.document.posted; then pg_notify).
--     The engine's outbox advisory lock is left out: DESIGN invariant 8 orders events without
--     a global lock (xid8 + sequencer), which is what the rewrite is heading for.
WITH x AS (
  SELECT * FROM unnest(:layer_ids::bigint[], :item_ids::bigint[], :qs::numeric[], :vs::numeric[]) AS x(layer_id, item_id, q, v)),
e AS (
  INSERT INTO journal_entries (year, number, posting_date, occurred_at, recorded_at, period_id, source_type, source_id, memo, actor)
  SELECT extract(year FROM now() AT TIME ZONE 'UTC')::int, NULL::int, (now() AT TIME ZONE 'UTC')::date, now(), now(), :period_id, 'StockDocument', :doc_id::text, 'Receipt ' || :doc_no::text, :actor
  RETURNING id),
jl AS (
  INSERT INTO journal_lines (entry_id, account_id, debit, credit, item_id, warehouse_id, partner_id, memo)
  SELECT e.id, a.account_id, a.debit, a.credit, x.item_id, :wh, NULL, NULL
  FROM e, x, LATERAL (VALUES (:acc_inv::bigint, x.v, 0::numeric), (:acc_grni::bigint, 0::numeric, x.v)) a(account_id, debit, credit)
  ORDER BY a.account_id, x.item_id),
m AS (
  INSERT INTO stock_moves (item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id, unit_cost, value,
                           reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
  SELECT x.item_id, NULL, x.q, NULL, :loc, NULL, :wh, round(x.v / x.q, 6), x.v, 'RECEIPT', NULL, 'StockDocument', :doc_id::text, e.id, :actor, now(), now()
  FROM e, x ORDER BY x.item_id
  RETURNING id, item_id),
mv AS (
  INSERT INTO move_valuations (move_id, layer_id, account_id, quantity, value)
  SELECT m.id, x.layer_id, :acc_inv, x.q, x.v FROM m JOIN x USING (item_id)),
d AS (
  INSERT INTO stock_documents (id, type, number, warehouse_id, reference, reason_code, memo, occurred_at, journal_entry_id, actor, status)
  SELECT :doc_id::bigint, 'RECEIPT', :doc_no::text, :wh, NULL, NULL, NULL, now(), e.id, :actor, 'POSTED' FROM e),
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
    WHERE s.warehouse_id = :wh AND s.item_id IN (SELECT item_id FROM x)
    UNION ALL
    SELECT 'stock.document.posted', 'StockDocument', :doc_id::text, 1, NULL,
           jsonb_build_object('number', :doc_no::text, 'type', 'RECEIPT', 'warehouseId', :wh::text), now()) ev)
SELECT pg_notify('ledgerhouse_outbox', '');
COMMIT;
