/**
 * The product's invariants (DESIGN.md section 2) checked on the bench database with plain
 * SQL: the same queries as test/helpers/invariants.ts (keep the two in step), plus the
 * inventory reconciliation (GL against the sub-ledger of move valuations, per account, as
 * `inventoryReconciliation` computes it) and gap-free journal numbers. Each query lists the
 * rows that break a promise; every list must be empty.
 *
 *   npx tsx bench/invariants.ts            check BENCH_DB (default ledgerhouse_bench_write)
 *   npx tsx bench/invariants.ts --fulfillment   also the reservation, shipment and outbox checks (FULFILLMENT_CHECKS)
 *
 * Whole-table scans with hash aggregates: about 10-20 s on the write data set (500k
 * balances, 1.5M layers and valuations), more with a history.
 */
import pg from 'pg';

export interface InvariantCheck {
  name: string;
  sql: string;
}

export const INVARIANT_CHECKS: readonly InvariantCheck[] = [
  {
    name: 'every journal entry balances and has two lines or more',
    sql: `select e.id, coalesce(sum(l.debit), 0) as debit, coalesce(sum(l.credit), 0) as credit, count(l.id) as lines
          from journal_entries e left join journal_lines l on l.entry_id = e.id group by e.id
          having coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) or count(l.id) < 2`,
  },
  { name: 'the trial balance balances', sql: 'select sum(debit) as d, sum(credit) as c from journal_lines having sum(debit) <> sum(credit)' },
  {
    name: 'each cost layer holds exactly what its valuations put in and took out',
    sql: `select l.id, l.quantity_remaining, l.value_remaining, x.q, x.v from stock_layers l
          left join (select layer_id, sum(quantity) as q, sum(value) as v from move_valuations group by layer_id) x on x.layer_id = l.id
          where l.quantity_remaining <> coalesce(x.q, 0) or l.value_remaining <> coalesce(x.v, 0)`,
  },
  {
    name: 'the inventory sub-ledger equals the GL, account by account (variance exactly 0)',
    sql: `with accounts as (select account_id from account_mappings where purpose in ('INVENTORY', 'IN_TRANSIT') union select account_id from stock_layers),
               gl as (select account_id, sum(debit - credit) as amount from journal_lines group by account_id),
               sub as (select account_id, sum(value_remaining) as amount from stock_layers group by account_id)
          select a.account_id, coalesce(gl.amount, 0) as gl, coalesce(sub.amount, 0) as sub from accounts a
          left join gl on gl.account_id = a.account_id left join sub on sub.account_id = a.account_id
          where coalesce(gl.amount, 0) <> coalesce(sub.amount, 0)`,
  },
  {
    name: 'no negative on-hand unless the warehouse allows it',
    sql: 'select b.id, b.on_hand from stock_balances b join warehouses w on w.id = b.warehouse_id where b.on_hand < 0 and not w.allow_negative_stock',
  },
  { name: 'allocated never exceeds on hand', sql: 'select id, allocated, on_hand from stock_summaries where allocated > on_hand' },
  {
    name: 'every balance equals the sum of its moves',
    sql: `with m as (
            select item_id, to_location_id as location_id, coalesce(lot_id, 0) as lot, quantity as q from stock_moves where to_location_id is not null
            union all select item_id, from_location_id, coalesce(lot_id, 0), -quantity from stock_moves where from_location_id is not null),
          s as (select item_id, location_id, lot, sum(q) as q from m group by 1, 2, 3)
          select coalesce(b.item_id, s.item_id) as item_id, coalesce(b.location_id, s.location_id) as location_id, b.on_hand, s.q
          from stock_balances b full join s on s.item_id = b.item_id and s.location_id = b.location_id and s.lot = coalesce(b.lot_id, 0)
          where coalesce(b.on_hand, 0) <> coalesce(s.q, 0)`,
  },
  {
    name: 'every warehouse summary equals the sum of its balances',
    sql: `with b as (
            select b.item_id, b.warehouse_id,
                   sum(case when l.type <> 'TRANSIT' then b.on_hand else 0 end) as on_hand,
                   sum(case when l.sellable then b.on_hand else 0 end) as sellable,
                   sum(case when l.type = 'TRANSIT' then b.on_hand else 0 end) as in_transit
            from stock_balances b join locations l on l.id = b.location_id group by 1, 2)
          select s.id from stock_summaries s left join b on b.item_id = s.item_id and b.warehouse_id = s.warehouse_id
          where s.on_hand <> coalesce(b.on_hand, 0) or s.sellable_on_hand <> coalesce(b.sellable, 0) or s.in_transit <> coalesce(b.in_transit, 0)`,
  },
  {
    name: 'layer quantities match stock: in the warehouse and in transit',
    sql: `with q as (select item_id, warehouse_id, sum(case when kind = 'STOCK' then quantity_remaining else 0 end) as stock,
                            sum(case when kind = 'TRANSIT' then quantity_remaining else 0 end) as transit
                     from stock_layers group by 1, 2)
          select s.id from stock_summaries s left join q on q.item_id = s.item_id and q.warehouse_id = s.warehouse_id
          where s.on_hand <> coalesce(q.stock, 0) or s.in_transit <> coalesce(q.transit, 0)`,
  },
  {
    name: "a serial-tracked item's on-hand is the number of its serials in the location",
    sql: `with c as (select item_id, location_id, count(*) as n from serials where status <> 'GONE' group by 1, 2)
          select b.id from stock_balances b join items i on i.id = b.item_id and i.tracking_mode = 'SERIAL'
          left join c on c.item_id = b.item_id and c.location_id = b.location_id where b.on_hand <> coalesce(c.n, 0)
          union all
          select c.item_id from c left join stock_balances b on b.item_id = c.item_id and b.location_id = c.location_id where coalesce(b.on_hand, 0) <> c.n`,
  },
  // inventoryReconciliation (reconciliation.service.ts) as of now: GL balance of each inventory account against the sum of its move valuations.
  {
    name: 'inventoryReconciliation: GL equals the move valuations on every inventory account',
    sql: `with accounts as (select account_id from account_mappings where purpose in ('INVENTORY', 'IN_TRANSIT') union select account_id from stock_layers),
               gl as (select l.account_id, sum(l.debit - l.credit) as amount from journal_lines l join journal_entries e on e.id = l.entry_id
                      where e.occurred_at <= now() group by l.account_id),
               sub as (select v.account_id, sum(v.value) as amount from move_valuations v join stock_moves m on m.id = v.move_id
                       where m.occurred_at <= now() group by v.account_id)
          select a.account_id, coalesce(gl.amount, 0) as gl, coalesce(sub.amount, 0) as sub from accounts a
          left join gl on gl.account_id = a.account_id left join sub on sub.account_id = a.account_id
          where coalesce(gl.amount, 0) <> coalesce(sub.amount, 0)`,
  },
  {
    name: 'journal numbers are gap-free per year (1..n) and journal_sequences holds n + 1',
    sql: `with e as (select year, count(*) as n, count(distinct number) as d, min(number) as lo, max(number) as hi from journal_entries group by year)
          select coalesce(e.year, s.year) as year, e.n, e.d, e.lo, e.hi, s.next from e full join journal_sequences s on s.year = e.year
          where e.year is null or s.year is null or e.n <> e.d or e.lo <> 1 or e.hi <> e.n or s.next <> e.n + 1`,
  },
  {
    name: 'every journal entry lies in the period that contains its posting date',
    sql: `select e.id, e.posting_date, p.start_date, p.end_date from journal_entries e join fiscal_periods p on p.id = e.period_id
          where e.posting_date < p.start_date or e.posting_date > p.end_date`,
  },
];

/**
 * The reservation and shipment invariants of test/helpers/invariants.ts (issue 8), checked by
 * the fulfilment benchmark. Not by the write benchmark: its data set's summaries carry
 * synthetic `allocated` figures that no allocation rows explain (the fulfilment data set
 * starts by setting them to 0).
 */
export const FULFILLMENT_CHECKS: readonly InvariantCheck[] = [
  {
    name: 'allocated equals the open allocations (reserved, not yet picked), per item and warehouse',
    sql: `select s.id, s.allocated, coalesce(a.q, 0) as open from stock_summaries s
          left join (select item_id, warehouse_id, sum(quantity - quantity_picked) as q from stock_allocations where status = 'OPEN' group by item_id, warehouse_id) a
            on a.item_id = s.item_id and a.warehouse_id = s.warehouse_id
          where s.allocated <> coalesce(a.q, 0)`,
  },
  { name: 'allocated never exceeds sellable on hand', sql: 'select id, allocated, sellable_on_hand from stock_summaries where allocated > sellable_on_hand' },
  {
    name: 'open allocations in a location never exceed what is on hand there',
    sql: `select a.item_id, a.location_id, a.lot_id, sum(a.quantity - a.quantity_picked) as reserved, coalesce(max(b.on_hand), 0) as on_hand
          from stock_allocations a left join stock_balances b on b.item_id = a.item_id and b.location_id = a.location_id and coalesce(b.lot_id, 0) = coalesce(a.lot_id, 0)
          where a.status = 'OPEN' group by a.item_id, a.location_id, a.lot_id having sum(a.quantity - a.quantity_picked) > coalesce(max(b.on_hand), 0)`,
  },
  {
    name: 'the summary backordered equals the order lines waiting in that warehouse',
    sql: `select s.id, s.backordered, coalesce(w.q, 0) as waiting from stock_summaries s
          left join (select l.item_id, o.ship_from_warehouse_id as warehouse_id, sum(l.quantity_backordered) as q from sales_order_lines l join sales_orders o on o.id = l.order_id
                     group by l.item_id, o.ship_from_warehouse_id) w on w.item_id = s.item_id and w.warehouse_id = s.warehouse_id
          where s.backordered <> coalesce(w.q, 0)`,
  },
  {
    name: 'an order line accounts for every unit: ordered = cancelled + backordered + allocated + picked (confirmed orders)',
    sql: `select l.id, l.quantity_ordered, l.quantity_cancelled, l.quantity_backordered, l.quantity_allocated, l.quantity_picked from sales_order_lines l join sales_orders o on o.id = l.order_id
          where o.status not in ('DRAFT') and l.quantity_ordered <> l.quantity_cancelled + l.quantity_backordered + l.quantity_allocated + l.quantity_picked
            and not (o.status = 'CANCELLED' and l.quantity_ordered = l.quantity_cancelled + l.quantity_shipped)`,
  },
  {
    name: 'allocated on a line equals its open allocations',
    sql: `select l.id, l.quantity_allocated, coalesce(a.q, 0) from sales_order_lines l
          left join (select order_line_id, sum(quantity - quantity_picked) as q from stock_allocations where status = 'OPEN' group by order_line_id) a on a.order_line_id = l.id
          where l.quantity_allocated <> coalesce(a.q, 0)`,
  },
  {
    name: 'every shipped shipment has its COGS: one entry, equal to the cost of its lines, and its lines ship what the order lines say',
    sql: `select s.id, sum(sl.cost) as cost, (select sum(debit) from journal_lines jl where jl.entry_id = s.journal_entry_id) as posted
          from shipments s join shipment_lines sl on sl.shipment_id = s.id
          where s.status in ('SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'EXCEPTION', 'RETURNED_TO_SENDER')
          group by s.id having sum(sl.cost) <> coalesce((select sum(debit) from journal_lines jl where jl.entry_id = s.journal_entry_id), 0)`,
  },
  {
    name: 'shipped quantity of each order line equals its shipment lines',
    sql: `select l.id, l.quantity_shipped, coalesce(x.q, 0) from sales_order_lines l left join (select order_line_id, sum(quantity) as q from shipment_lines group by order_line_id) x on x.order_line_id = l.id
          where l.quantity_shipped <> coalesce(x.q, 0)`,
  },
  {
    name: 'event seqs are contiguous from 1, with no gap and no duplicate',
    sql: `select count(seq) as numbered, min(seq) as first, max(seq) as last from outbox_events
          having count(seq) > 0 and (min(seq) <> 1 or max(seq) <> count(seq) or count(distinct seq) <> count(seq))`,
  },
  {
    name: 'per aggregate, events are numbered in version order',
    sql: `select id, seq, aggregate_type, aggregate_id, aggregate_version, before from (
            select id, seq, aggregate_type, aggregate_id, aggregate_version,
                   lag(aggregate_version) over (partition by aggregate_type, aggregate_id order by seq) as before
            from outbox_events where seq is not null and aggregate_version is not null) x
          where before > aggregate_version`,
  },
];

export interface InvariantReport {
  ok: boolean;
  seconds: number;
  /** Name of each broken invariant and up to 5 of the rows that break it. */
  broken: Record<string, unknown[]>;
}

/** Runs every check in one read-only transaction (one snapshot). */
export async function checkInvariants(url: string, options: { fulfillment?: boolean } = {}): Promise<InvariantReport> {
  const began = performance.now();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const broken: Record<string, unknown[]> = {};
  try {
    await c.query('begin isolation level repeatable read read only');
    await c.query("set local work_mem = '256MB'");
    await c.query('set local max_parallel_workers_per_gather = 2');
    for (const check of [...INVARIANT_CHECKS, ...(options.fulfillment ? FULFILLMENT_CHECKS : [])]) {
      const r = await c.query(`select * from (${check.sql}) broken limit 5`);
      if (r.rows.length) broken[check.name] = r.rows;
    }
    await c.query('commit');
  } finally {
    await c.end().catch(() => undefined);
  }
  return { ok: Object.keys(broken).length === 0, seconds: Math.round((performance.now() - began) / 100) / 10, broken };
}

export function describeBroken(report: InvariantReport): string {
  return Object.entries(report.broken)
    .map(([name, rows]) => `  ${name}: ${JSON.stringify(rows).slice(0, 600)}`)
    .join('\n');
}

if (require.main === module) {
  void (async () => {
    const server = (process.env.BENCH_PG_URL?.trim() || 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
    const db = process.env.BENCH_DB?.trim() || 'ledgerhouse_bench_write';
    const fulfillment = process.argv.includes('--fulfillment');
    const report = await checkInvariants(`${server}/${db}`, { fulfillment });
    if (report.ok) {
      process.stdout.write(`${db}: every invariant holds (${INVARIANT_CHECKS.length + (fulfillment ? FULFILLMENT_CHECKS.length : 0)} checks, ${report.seconds} s)\n`);
    } else {
      process.stdout.write(`${db}: invariants broken (${report.seconds} s):\n${describeBroken(report)}\n`);
      process.exitCode = 1;
    }
  })().catch((err: unknown) => {
    process.stderr.write(`invariant check failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
