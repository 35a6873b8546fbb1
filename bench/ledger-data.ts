/**
 * The ledger side of the write-benchmark data set, loaded with set-based SQL after the
 * stock of seed.ts, so that every invariant of DESIGN.md section 2 holds (checked by
 * invariants.ts after loading):
 *
 * - opening stock: per warehouse one RECEIPT stock document and its journal entry
 *   (Dr 1300 Inventory / Cr 2100 GRNI, one line per account with the warehouse as
 *   dimension, numbered gap-free from journal_sequences, in the OPEN fiscal period of the
 *   day); per stocked balance one RECEIPT move whose move valuations open three FIFO cost
 *   layers (1 unit, then about half, then the rest, each at its own unit cost with six
 *   decimals), so an issue of 2 units takes from two layers the first time;
 * - history (`addLedgerHistory`): N stock moves and N journal lines dated in the year
 *   before the opening stock, when every balance was still empty: receipt-and-issue cycles
 *   (a layer filled and emptied: Dr 1300 / Cr 2100, then Dr 5000 COGS / Cr 1300), location
 *   moves inside a cycle (A-01 -> RCV-01 -> A-01, no value), and balanced manual entries on
 *   non-inventory accounts (Dr 1100 / Cr 4000) for the journal lines left over.
 *
 * Foreign-key and other triggers are skipped while loading (session_replication_role =
 * replica, superuser; the rows are built from joins); the invariant check proves the result.
 */
import type pg from 'pg';

type Log = (message: string) => void;

/** Which accounts the company-wide account mapping names for each purpose. */
async function mappedAccounts(c: pg.Client): Promise<Record<string, string>> {
  const r = await c.query<{ purpose: string; account_id: string }>(
    'select purpose, account_id::text as account_id from account_mappings where warehouse_id is null and category_id is null',
  );
  return Object.fromEntries(r.rows.map((row) => [row.purpose, row.account_id]));
}

async function replicaRole(c: pg.Client): Promise<void> {
  const su = await c.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
  if (su.rows[0]?.rolsuper) await c.query('set local session_replication_role = replica');
}

/** Open fiscal periods for every month from `from` to `to` (inclusive); existing ones are kept. */
async function ensurePeriods(c: pg.Client, from: Date, to: Date): Promise<void> {
  await c.query(
    `insert into fiscal_periods (year, month, start_date, end_date)
     select extract(year from m)::int, extract(month from m)::int, m::date, (m + interval '1 month' - interval '1 day')::date
     from generate_series(date_trunc('month', $1::timestamptz at time zone 'UTC'), date_trunc('month', $2::timestamptz at time zone 'UTC'), interval '1 month') m
     on conflict (year, month) do nothing`,
    [from, to],
  );
}

/** Reserves `n` consecutive ids of a table's id sequence; returns the first. */
async function reserveIds(c: pg.Client, table: string, n: number): Promise<number> {
  if (n === 0) return 0;
  const r = await c.query<{ first: string }>(
    `with x as (select nextval(pg_get_serial_sequence($1, 'id')) as first)
     select first::text as first from x, lateral (select setval(pg_get_serial_sequence($1, 'id'), x.first + $2::bigint - 1)) s`,
    [table, n],
  );
  return Number(r.rows[0]!.first);
}

/** Opening stock for every balance outside transit: documents, entries, layers, moves, valuations (see the file comment). */
export async function loadOpeningLedger(c: pg.Client, openedAt: Date): Promise<{ layers: number; moves: number; entries: number }> {
  await c.query('set synchronous_commit = off');
  await c.query("set work_mem = '256MB'");
  await c.query('begin');
  await replicaRole(c);
  const acc = await mappedAccounts(c);
  if (!acc.INVENTORY || !acc.GRNI) throw new Error('account mappings INVENTORY and GRNI missing: did the migrations run?');
  await ensurePeriods(c, openedAt, openedAt);
  await c.query(
    `insert into stock_documents (type, number, warehouse_id, reference, memo, occurred_at, actor, created_at, updated_at)
     select 'RECEIPT', 'RC-' || lpad(nextval('document_number_rc')::text, 6, '0'), w.id, 'opening stock', 'Opening stock (bench seed)', $1, 'bench', $1, $1
     from warehouses w where exists (select 1 from stock_balances b where b.warehouse_id = w.id) order by w.id`,
    [openedAt],
  );
  // Gap-free numbers continuing the year's journal sequence.
  await c.query(
    `with d as (select d.id, d.number, extract(year from $1::timestamptz at time zone 'UTC')::int as year, ($1::timestamptz at time zone 'UTC')::date as day
                from stock_documents d where d.reference = 'opening stock' and d.journal_entry_id is null)
     insert into journal_entries (year, number, posting_date, occurred_at, recorded_at, period_id, source_type, source_id, memo, actor)
     select d.year, coalesce(s.next, 1) + row_number() over (order by d.id) - 1, d.day, $1, $1, p.id, 'StockDocument', d.id::text, 'Receipt ' || d.number || ' (opening stock)', 'bench'
     from d join fiscal_periods p on p.year = d.year and p.month = extract(month from d.day)::int
     left join journal_sequences s on s.year = d.year
     order by d.id`,
    [openedAt],
  );
  await c.query(
    `insert into journal_sequences (year, next) select year, max(number) + 1 from journal_entries group by year
     on conflict (year) do update set next = excluded.next`,
  );
  await c.query(
    `update stock_documents d set journal_entry_id = e.id from journal_entries e
     where d.reference = 'opening stock' and d.journal_entry_id is null and e.source_type = 'StockDocument' and e.source_id = d.id::text`,
  );
  // Three FIFO layers per balance, oldest (smallest id) first: 1 unit, about half, the rest.
  const layers = await c.query(
    `insert into stock_layers (item_id, warehouse_id, kind, transfer_id, account_id, quantity_in, value_in, quantity_remaining, value_remaining, created_at)
     select b.item_id, b.warehouse_id, 'STOCK', null, $1::bigint, q.q, round(q.q * q.u, 2), q.q, round(q.q * q.u, 2), $2
     from stock_balances b
     join locations l on l.id = b.location_id and l.type <> 'TRANSIT'
     cross join lateral (values
       (1, 1::numeric, (1 + b.item_id % 50) + 0.25 + b.warehouse_id * 0.01),
       (2, floor((b.on_hand - 1) / 2), (1 + b.item_id % 50) + 0.373457 + b.warehouse_id * 0.01),
       (3, b.on_hand - 1 - floor((b.on_hand - 1) / 2), (1 + b.item_id % 50) + 0.484568 + b.warehouse_id * 0.01)) q(k, q, u)
     where b.lot_id is null and b.on_hand > 0 and q.q > 0
     order by b.item_id, b.warehouse_id, q.k`,
    [acc.INVENTORY, openedAt],
  );
  const moves = await c.query(
    `insert into stock_moves (item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id, unit_cost, value,
                              reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
     select b.item_id, null, b.on_hand, null, b.location_id, null, b.warehouse_id, round(v.value / b.on_hand, 6), v.value,
            'RECEIPT', null, 'StockDocument', d.id::text, d.journal_entry_id, 'bench', $1, $1
     from stock_balances b
     join locations l on l.id = b.location_id and l.type <> 'TRANSIT'
     join (select item_id, warehouse_id, sum(value_in) as value from stock_layers where created_at = $1 group by 1, 2) v
       on v.item_id = b.item_id and v.warehouse_id = b.warehouse_id
     join stock_documents d on d.warehouse_id = b.warehouse_id and d.reference = 'opening stock'
     where b.lot_id is null and b.on_hand > 0
     order by b.item_id, b.warehouse_id`,
    [openedAt],
  );
  await c.query(
    `insert into move_valuations (move_id, layer_id, account_id, quantity, value)
     select m.id, l.id, l.account_id, l.quantity_in, l.value_in
     from stock_layers l join stock_moves m
       on m.item_id = l.item_id and m.to_warehouse_id = l.warehouse_id and m.occurred_at = $1 and m.document_type = 'StockDocument'
     where l.created_at = $1
     order by l.id`,
    [openedAt],
  );
  const entries = await c.query(
    `insert into journal_lines (entry_id, account_id, debit, credit, item_id, warehouse_id)
     select d.journal_entry_id, a.account_id, a.debit, a.credit, null, d.warehouse_id
     from stock_documents d
     join (select warehouse_id, sum(value_in) as value from stock_layers where created_at = $3 group by 1) v on v.warehouse_id = d.warehouse_id
     cross join lateral (values ($1::bigint, v.value, 0::numeric), ($2::bigint, 0::numeric, v.value)) a(account_id, debit, credit)
     where d.reference = 'opening stock'
     order by d.id, a.account_id`,
    [acc.INVENTORY, acc.GRNI, openedAt],
  );
  await c.query('commit');
  return { layers: layers.rowCount ?? 0, moves: moves.rowCount ?? 0, entries: (entries.rowCount ?? 0) / 2 };
}

export interface HistoryResult {
  moves: number;
  journalLines: number;
  cycles: number;
  locationMoves: number;
  manualEntries: number;
}

/**
 * Appends about `moves` stock moves and `journalLines` journal lines of history, dated in
 * the year before the earliest stock move (see the file comment). Cycles = min(moves / 2,
 * lines / 4); the remaining moves are location-move pairs inside the cycles, the remaining
 * lines manual entries. Run it while no server writes (ids are reserved in blocks).
 */
export async function addLedgerHistory(c: pg.Client, moves: number, journalLines: number, log: Log): Promise<HistoryResult> {
  const cycles = Math.min(Math.floor(moves / 2), Math.floor(journalLines / 4));
  const locationPairs = Math.floor((moves - 2 * cycles) / 2);
  const manualEntries = Math.floor((journalLines - 4 * cycles) / 2);
  if (locationPairs > 0 && cycles === 0) throw new Error('history: location moves need receipt-and-issue cycles to happen in (give --journal-lines >= 2 x --moves)');
  const perCycle = cycles ? Math.ceil(locationPairs / cycles) : 0;
  if (perCycle > 300) throw new Error(`history: ${perCycle} location-move pairs per cycle is too many (give more journal lines)`);

  await c.query('set synchronous_commit = off');
  await c.query("set work_mem = '256MB'");
  await c.query("set maintenance_work_mem = '256MB'");
  await c.query('begin');
  await replicaRole(c);
  const acc = await mappedAccounts(c);
  for (const p of ['INVENTORY', 'GRNI', 'COGS', 'AR', 'REVENUE']) if (!acc[p]) throw new Error(`account mapping ${p} missing`);
  const end = new Date((await c.query<{ t: Date | null }>('select min(occurred_at) as t from stock_moves')).rows[0]?.t ?? Date.now());
  const start = new Date(end.getTime() - 365 * 86_400_000);
  await ensurePeriods(c, start, end);

  // The balances history runs through (stocked ones outside transit), numbered 0..B-1, with a second location of their warehouse.
  await c.query(
    `create temp table hb on commit drop as
     select (row_number() over (order by b.id) - 1)::bigint as rn, b.item_id, b.location_id, b.warehouse_id,
            (select o.id from locations o where o.warehouse_id = b.warehouse_id and o.id <> b.location_id and o.type not in ('TRANSIT') order by o.id limit 1) as other_location_id
     from stock_balances b join locations l on l.id = b.location_id and l.type <> 'TRANSIT'
     where b.lot_id is null and b.on_hand > 0`,
  );
  const balances = Number((await c.query<{ n: string }>('select count(*)::text as n from hb')).rows[0]!.n);
  if (balances === 0 && cycles > 0) throw new Error('history: no stocked balances');

  const layer0 = await reserveIds(c, 'stock_layers', cycles);
  const move0 = await reserveIds(c, 'stock_moves', 2 * cycles + 2 * locationPairs);
  const entry0 = await reserveIds(c, 'journal_entries', 2 * cycles + manualEntries);
  // Cycle g: balance g mod B, received at tr, issued 12 hours later; the window is 364 days, cycles evenly spread.
  await c.query(
    `create temp table hc on commit drop as
     select g, hb.item_id, hb.location_id, hb.warehouse_id, hb.other_location_id, q, u, round(q * u, 2) as v,
            $2::timestamptz + (g::float8 / $1::float8) * interval '364 days' as tr
     from generate_series(0::bigint, $1::bigint - 1) g
     join hb on hb.rn = g % $3::bigint
     cross join lateral (select (1 + g % 20)::numeric as q, (1 + hb.item_id % 50) + 0.25 as u) x`,
    [cycles, start, Math.max(balances, 1)],
  );
  await c.query('create index on hc (g)');
  await c.query('analyze hc');
  // Entries: receipt (2g), issue (2g + 1) of each cycle, then the manual ones; gap-free numbers per year in date order.
  await c.query(
    `with e as (
       select $1::bigint + 2 * g as id, tr as at, 'History receipt BENCH-H' || g as memo, 'BENCH-H' || g as source_id from hc
       union all select $1::bigint + 2 * g + 1, tr + interval '12 hours', 'History issue BENCH-H' || g, 'BENCH-H' || g from hc
       union all select $1::bigint + 2 * $2::bigint + j, $4::timestamptz + (j::float8 / greatest($3::float8, 1)) * interval '364 days', 'History entry BENCH-J' || j, 'BENCH-J' || j
       from generate_series(0::bigint, $3::bigint - 1) j),
     y as (select e.*, extract(year from at at time zone 'UTC')::int as year, (at at time zone 'UTC')::date as day from e)
     insert into journal_entries (id, year, number, posting_date, occurred_at, recorded_at, period_id, source_type, source_id, memo, actor)
     select y.id, y.year, coalesce(s.next, 1) + row_number() over (partition by y.year order by y.at, y.id) - 1, y.day, y.at, y.at, p.id, 'Bench', y.source_id, y.memo, 'bench'
     from y join fiscal_periods p on p.year = y.year and p.month = extract(month from y.day)::int
     left join journal_sequences s on s.year = y.year
     order by y.id`,
    [entry0, cycles, manualEntries, start],
  );
  await c.query(
    `insert into journal_sequences (year, next) select year, max(number) + 1 from journal_entries group by year
     on conflict (year) do update set next = excluded.next`,
  );
  const lines = await c.query(
    `insert into journal_lines (entry_id, account_id, debit, credit, item_id, warehouse_id)
     select x.entry_id, x.account_id, x.debit, x.credit, x.item_id, x.warehouse_id from (
       select $1::bigint + 2 * g as entry_id, $2::bigint as account_id, v as debit, 0::numeric as credit, item_id, warehouse_id from hc
       union all select $1::bigint + 2 * g, $3::bigint, 0, v, item_id, warehouse_id from hc
       union all select $1::bigint + 2 * g + 1, $4::bigint, v, 0, item_id, warehouse_id from hc
       union all select $1::bigint + 2 * g + 1, $2::bigint, 0, v, item_id, warehouse_id from hc
       union all select $1::bigint + 2 * $5::bigint + j, $6::bigint, a, 0, null, null from generate_series(0::bigint, $7::bigint - 1) j, lateral (select (10 + j % 990)::numeric + 0.5 as a) m
       union all select $1::bigint + 2 * $5::bigint + j, $8::bigint, 0, a, null, null from generate_series(0::bigint, $7::bigint - 1) j, lateral (select (10 + j % 990)::numeric + 0.5 as a) m
     ) x order by x.entry_id, x.account_id`,
    [entry0, acc.INVENTORY, acc.GRNI, acc.COGS, cycles, acc.AR, manualEntries, acc.REVENUE],
  );
  await c.query(
    `insert into stock_layers (id, item_id, warehouse_id, kind, transfer_id, account_id, quantity_in, value_in, quantity_remaining, value_remaining, created_at)
     select $1::bigint + g, item_id, warehouse_id, 'STOCK', null, $2::bigint, q, v, 0, 0, tr from hc order by g`,
    [layer0, acc.INVENTORY],
  );
  // Moves: receipt (2g) and issue (2g + 1) of each cycle, then location-move pairs k = j / cycles of cycle j mod cycles, minutes after the receipt.
  const moveRows = await c.query(
    `insert into stock_moves (id, item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id, unit_cost, value,
                              reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
     select x.id, x.item_id, null, x.q, x.from_location_id, x.to_location_id, x.from_warehouse_id, x.to_warehouse_id, x.unit_cost, x.value,
            x.reason, null, 'Bench', x.document_id, x.entry_id, 'bench', x.at, x.at
     from (
       select $1::bigint + 2 * g as id, item_id, q, null::bigint as from_location_id, location_id as to_location_id, null::bigint as from_warehouse_id, warehouse_id as to_warehouse_id,
              u as unit_cost, v as value, 'RECEIPT' as reason, 'BENCH-H' || g as document_id, $2::bigint + 2 * g as entry_id, tr as at from hc
       union all
       select $1::bigint + 2 * g + 1, item_id, q, location_id, null, warehouse_id, null, round(v / q, 6), v, 'ISSUE', 'BENCH-H' || g, $2::bigint + 2 * g + 1, tr + interval '12 hours' from hc
       union all
       select $1::bigint + 2 * $3::bigint + 2 * j + s.k, hc.item_id, hc.q,
              case s.k when 0 then hc.location_id else hc.other_location_id end, case s.k when 0 then hc.other_location_id else hc.location_id end,
              hc.warehouse_id, hc.warehouse_id, 0, 0, 'PUTAWAY', 'BENCH-H' || hc.g, null, hc.tr + ((2 * (j / $3::bigint) + 1 + s.k) * interval '1 minute')
       from generate_series(0::bigint, $4::bigint - 1) j
       join hc on hc.g = j % greatest($3::bigint, 1)
       cross join (values (0), (1)) s(k)
     ) x order by x.id`,
    [move0, entry0, cycles, locationPairs],
  );
  await c.query(
    `insert into move_valuations (move_id, layer_id, account_id, quantity, value)
     select x.move_id, x.layer_id, $3::bigint, x.q, x.v from (
       select $1::bigint + 2 * g as move_id, $2::bigint + g as layer_id, q, v from hc
       union all select $1::bigint + 2 * g + 1, $2::bigint + g, -q, -v from hc) x
     order by x.move_id`,
    [move0, layer0, acc.INVENTORY],
  );
  await c.query('commit');
  log(`history: ${cycles} receipt-and-issue cycles, ${2 * locationPairs} location moves, ${manualEntries} manual entries`);
  return { moves: moveRows.rowCount ?? 0, journalLines: lines.rowCount ?? 0, cycles, locationMoves: 2 * locationPairs, manualEntries };
}
