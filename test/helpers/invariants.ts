import type { EntityManager } from '@mikro-orm/postgresql';
import { expect } from 'vitest';
import type { TestApp } from './app';
import { sql } from './sql';

/** What live holds keep of a summary row's item in its warehouse, written independently of src/modules/inventory/held.ts. */
function liveHeldLateral(s: string): string {
  return `(select coalesce(sum(l.quantity), 0) as held from stock_hold_lines l join stock_holds hh on hh.id = l.hold_id
    where l.item_id = ${s}.item_id and l.warehouse_id = ${s}.warehouse_id and hh.status = 'ACTIVE' and hh.expires_at > now())`;
}

/**
 * The product's promises (DESIGN.md section 2), checked against the database. Each
 * query lists the rows that break a promise; every list must be empty.
 */
export async function checkInvariants(t: TestApp): Promise<void> {
  const broken: Record<string, unknown[]> = {};
  const check = async (name: string, text: string) => {
    const rows = await sql(t, text);
    if (rows.length) broken[name] = rows.slice(0, 5);
  };

  await check(
    'every journal entry balances and has two lines or more',
    `select e.id, coalesce(sum(l.debit), 0) as debit, coalesce(sum(l.credit), 0) as credit, count(l.id) as lines
     from journal_entries e left join journal_lines l on l.entry_id = e.id group by e.id
     having coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) or count(l.id) < 2`,
  );
  await check('the trial balance balances', `select sum(debit) as d, sum(credit) as c from journal_lines having sum(debit) <> sum(credit)`);
  await check(
    'each cost layer holds exactly what its valuations put in and took out',
    `select l.id, l.quantity_remaining, l.value_remaining, x.q, x.v from stock_layers l
     left join (select layer_id, sum(quantity) as q, sum(value) as v from move_valuations group by layer_id) x on x.layer_id = l.id
     where l.quantity_remaining <> coalesce(x.q, 0) or l.value_remaining <> coalesce(x.v, 0)`,
  );
  await check(
    'the inventory sub-ledger equals the GL, account by account (variance exactly 0)',
    `with accounts as (select account_id from account_mappings where purpose in ('INVENTORY', 'IN_TRANSIT') union select account_id from stock_layers),
          gl as (select account_id, sum(debit - credit) as amount from journal_lines group by account_id),
          sub as (select account_id, sum(value_remaining) as amount from stock_layers group by account_id)
     select a.account_id, coalesce(gl.amount, 0) as gl, coalesce(sub.amount, 0) as sub from accounts a
     left join gl on gl.account_id = a.account_id left join sub on sub.account_id = a.account_id
     where coalesce(gl.amount, 0) <> coalesce(sub.amount, 0)`,
  );
  // Invariant 8: numbered events form one contiguous run from 1, and per aggregate seq order is version order.
  await check(
    'event seqs are contiguous from 1, with no gap and no duplicate',
    `select count(seq) as numbered, min(seq) as first, max(seq) as last from outbox_events
     having count(seq) > 0 and (min(seq) <> 1 or max(seq) <> count(seq) or count(distinct seq) <> count(seq))`,
  );
  await check(
    'per aggregate, events are numbered in version order',
    `select id, seq, aggregate_type, aggregate_id, aggregate_version, before from (
       select id, seq, aggregate_type, aggregate_id, aggregate_version,
              lag(aggregate_version) over (partition by aggregate_type, aggregate_id order by seq) as before
       from outbox_events where seq is not null and aggregate_version is not null) x
     where before > aggregate_version`,
  );
  await check(
    'no negative on-hand unless the warehouse allows it',
    `select b.id, b.on_hand from stock_balances b join warehouses w on w.id = b.warehouse_id where b.on_hand < 0 and not w.allow_negative_stock`,
  );
  await check('allocated never exceeds on hand', `select id, allocated, on_hand from stock_summaries where allocated > on_hand`);
  // Reservations (issue 8): the summary's allocated is the open allocations, and what is reserved is there.
  await check(
    'allocated equals the open allocations (reserved, not yet picked), per item and warehouse',
    `select s.id, s.allocated, coalesce(a.q, 0) as open from stock_summaries s
     left join (select item_id, warehouse_id, sum(quantity - quantity_picked) as q from stock_allocations where status = 'OPEN' group by item_id, warehouse_id) a
       on a.item_id = s.item_id and a.warehouse_id = s.warehouse_id
     where s.allocated <> coalesce(a.q, 0)`,
  );
  await check('allocated never exceeds sellable on hand', `select id, allocated, sellable_on_hand from stock_summaries where allocated > sellable_on_hand`);
  await check(
    'open allocations in a location never exceed what is on hand there',
    `select a.item_id, a.location_id, a.lot_id, sum(a.quantity - a.quantity_picked) as reserved, coalesce(max(b.on_hand), 0) as on_hand
     from stock_allocations a left join stock_balances b on b.item_id = a.item_id and b.location_id = a.location_id and coalesce(b.lot_id, 0) = coalesce(a.lot_id, 0)
     where a.status = 'OPEN' group by a.item_id, a.location_id, a.lot_id having sum(a.quantity - a.quantity_picked) > coalesce(max(b.on_hand), 0)`,
  );
  await check(
    'the summary backordered equals the order lines waiting in that warehouse',
    `select s.id, s.backordered, coalesce(w.q, 0) as waiting from stock_summaries s
     left join (select l.item_id, o.ship_from_warehouse_id as warehouse_id, sum(l.quantity_backordered) as q from sales_order_lines l join sales_orders o on o.id = l.order_id
                group by l.item_id, o.ship_from_warehouse_id) w on w.item_id = s.item_id and w.warehouse_id = s.warehouse_id
     where s.backordered <> coalesce(w.q, 0)`,
  );
  await check(
    'an order line accounts for every unit: ordered = cancelled + backordered + allocated + picked (confirmed orders; a DRAFT or CREDIT_HOLD order reserves nothing)',
    `select l.id, l.quantity_ordered, l.quantity_cancelled, l.quantity_backordered, l.quantity_allocated, l.quantity_picked from sales_order_lines l join sales_orders o on o.id = l.order_id
     where o.status not in ('DRAFT', 'CREDIT_HOLD') and l.quantity_ordered <> l.quantity_cancelled + l.quantity_backordered + l.quantity_allocated + l.quantity_picked
       and not (o.status = 'CANCELLED' and l.quantity_ordered = l.quantity_cancelled + l.quantity_shipped)`,
  );
  await check(
    'allocated on a line equals its open allocations',
    `select l.id, l.quantity_allocated, coalesce(a.q, 0) from sales_order_lines l
     left join (select order_line_id, sum(quantity - quantity_picked) as q from stock_allocations where status = 'OPEN' group by order_line_id) a on a.order_line_id = l.id
     where l.quantity_allocated <> coalesce(a.q, 0)`,
  );
  await check(
    'every shipped shipment has its COGS: one entry, equal to the cost of its lines, and its lines ship what the order lines say',
    `select s.id, sum(sl.cost) as cost, (select sum(debit) from journal_lines jl where jl.entry_id = s.journal_entry_id) as posted
     from shipments s join shipment_lines sl on sl.shipment_id = s.id
     where s.status in ('SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'EXCEPTION', 'RETURNED_TO_SENDER')
     group by s.id having sum(sl.cost) <> coalesce((select sum(debit) from journal_lines jl where jl.entry_id = s.journal_entry_id), 0)`,
  );
  await check(
    'shipped quantity of each order line equals its shipment lines',
    `select l.id, l.quantity_shipped, coalesce(x.q, 0) from sales_order_lines l left join (select order_line_id, sum(quantity) as q from shipment_lines group by order_line_id) x on x.order_line_id = l.id
     where l.quantity_shipped <> coalesce(x.q, 0)`,
  );
  // Checkout holds (sales/stock-hold.*): never more held and allocated than can be sold. Holds are never backordered.
  await check(
    'live holds plus allocated never exceed sellable on hand',
    `select s.id, s.sellable_on_hand, s.allocated, h.held from stock_summaries s
     cross join lateral ${liveHeldLateral('s')} h
     where s.allocated + h.held > greatest(s.sellable_on_hand, 0)`,
  );
  await check(
    'a hold line is open exactly while its hold is ACTIVE, and carries its hold\'s warehouse and expiry',
    `select l.id, l.open, h.status from stock_hold_lines l join stock_holds h on h.id = l.hold_id
     where l.open <> (h.status = 'ACTIVE') or l.warehouse_id <> h.warehouse_id or l.expires_at <> h.expires_at`,
  );
  await check(
    'a consumed hold names its order, and only a consumed one does',
    `select id, status, consumed_by_order_id from stock_holds where (status = 'CONSUMED') <> (consumed_by_order_id is not null)`,
  );
  await check(
    'every balance equals the sum of its moves',
    `with m as (
       select item_id, to_location_id as location_id, coalesce(lot_id, 0) as lot, quantity as q from stock_moves where to_location_id is not null
       union all select item_id, from_location_id, coalesce(lot_id, 0), -quantity from stock_moves where from_location_id is not null),
     s as (select item_id, location_id, lot, sum(q) as q from m group by 1, 2, 3)
     select coalesce(b.item_id, s.item_id) as item_id, coalesce(b.location_id, s.location_id) as location_id, b.on_hand, s.q
     from stock_balances b full join s on s.item_id = b.item_id and s.location_id = b.location_id and s.lot = coalesce(b.lot_id, 0)
     where coalesce(b.on_hand, 0) <> coalesce(s.q, 0)`,
  );
  await check(
    'every warehouse summary equals the sum of its balances',
    `with b as (
       select b.item_id, b.warehouse_id,
              sum(case when l.type <> 'TRANSIT' then b.on_hand else 0 end) as on_hand,
              sum(case when l.sellable then b.on_hand else 0 end) as sellable,
              sum(case when l.type = 'TRANSIT' then b.on_hand else 0 end) as in_transit
       from stock_balances b join locations l on l.id = b.location_id group by 1, 2)
     select s.id from stock_summaries s left join b on b.item_id = s.item_id and b.warehouse_id = s.warehouse_id
     where s.on_hand <> coalesce(b.on_hand, 0) or s.sellable_on_hand <> coalesce(b.sellable, 0) or s.in_transit <> coalesce(b.in_transit, 0)`,
  );
  await check(
    'layer quantities match stock: in the warehouse and in transit',
    `with q as (select item_id, warehouse_id, sum(case when kind = 'STOCK' then quantity_remaining else 0 end) as stock,
                       sum(case when kind = 'TRANSIT' then quantity_remaining else 0 end) as transit
                from stock_layers group by 1, 2)
     select s.id from stock_summaries s left join q on q.item_id = s.item_id and q.warehouse_id = s.warehouse_id
     where s.on_hand <> coalesce(q.stock, 0) or s.in_transit <> coalesce(q.transit, 0)`,
  );
  await check(
    'a serial-tracked item\'s on-hand is the number of its serials in the location',
    `with c as (select item_id, location_id, count(*) as n from serials where status <> 'GONE' group by 1, 2)
     select b.id from stock_balances b join items i on i.id = b.item_id and i.tracking_mode = 'SERIAL'
     left join c on c.item_id = b.item_id and c.location_id = b.location_id where b.on_hand <> coalesce(c.n, 0)
     union all
     select c.item_id from c left join stock_balances b on b.item_id = c.item_id and b.location_id = c.location_id where coalesce(b.on_hand, 0) <> c.n`,
  );
  // Billing (issue 9), written independently of src/modules/billing: receivables, documents and what they bill.
  await check(
    'AR per customer in the journal equals invoices - credit notes - receipts (not reversed) + refunds',
    `with gl as (select customer_id, sum(debit - credit) as b from journal_lines where account_id in (select account_id from account_mappings where purpose = 'AR') group by customer_id),
          docs as (select customer_id, sum(case when kind = 'INVOICE' then total else -total end) as b from invoices group by customer_id
                   union all
                   select customer_id, sum(case when kind = 'REFUND' then amount when status = 'POSTED' then -amount else 0 end) from payments group by customer_id),
          sub as (select customer_id, sum(b) as b from docs group by customer_id)
     select coalesce(gl.customer_id, sub.customer_id) as customer_id, gl.b as gl, sub.b as documents from gl full join sub on sub.customer_id = gl.customer_id
     where coalesce(gl.b, 0) <> coalesce(sub.b, 0)`,
  );
  await check(
    'an invoice or credit note totals its lines, and each line is net + tax',
    `select i.id, i.total, i.net_total, i.tax_total, x.net, x.tax, x.total from invoices i
     left join (select invoice_id, sum(net_amount) as net, sum(tax_amount) as tax, sum(total_amount) as total, bool_and(total_amount = net_amount + tax_amount) as ok from invoice_lines group by invoice_id) x on x.invoice_id = i.id
     where i.net_total <> coalesce(x.net, 0) or i.tax_total <> coalesce(x.tax, 0) or i.total <> coalesce(x.total, 0) or i.total <> i.net_total + i.tax_total or not coalesce(x.ok, true)`,
  );
  await check(
    'what is applied to and from each document is its live applications, never more than the document',
    `select 'invoice' as doc, i.id, i.amount_applied, coalesce(sum(a.amount), 0) as live from invoices i
       left join ar_applications a on a.reversed_on is null and (a.invoice_id = i.id or a.credit_note_id = i.id)
       group by i.id having i.amount_applied <> coalesce(sum(a.amount), 0) or i.amount_applied > i.total
     union all
     select 'payment', p.id, p.amount_applied, coalesce(sum(a.amount), 0) from payments p
       left join ar_applications a on a.reversed_on is null and (a.payment_id = p.id or a.refund_id = p.id)
       group by p.id having p.amount_applied <> coalesce(sum(a.amount), 0) or p.amount_applied > p.amount`,
  );
  await check(
    'never invoiced above shipped, never credited above invoiced; the order line and the shipment line agree with the invoice lines',
    `select 'shipment line' as what, sl.id, sl.quantity, sl.quantity_invoiced, coalesce(x.q, 0) as lines from shipment_lines sl
       left join (select l.shipment_line_id, sum(l.quantity) as q from invoice_lines l join invoices i on i.id = l.invoice_id where i.kind = 'INVOICE' group by 1) x on x.shipment_line_id = sl.id
       where sl.quantity_invoiced > sl.quantity or sl.quantity_invoiced <> coalesce(x.q, 0)
     union all
     select 'order line', ol.id, ol.quantity_shipped, ol.quantity_invoiced, coalesce(x.q, 0) from sales_order_lines ol
       left join (select l.order_line_id, sum(l.quantity) as q from invoice_lines l join invoices i on i.id = l.invoice_id where i.kind = 'INVOICE' group by 1) x on x.order_line_id = ol.id
       where ol.quantity_invoiced > ol.quantity_shipped or ol.quantity_invoiced <> coalesce(x.q, 0)
     union all
     select 'invoice line', il.id, il.quantity, il.quantity_credited, coalesce(x.q, 0) from invoice_lines il
       left join (select credit_of_line_id, sum(quantity) as q from invoice_lines where credit_of_line_id is not null group by 1) x on x.credit_of_line_id = il.id
       where il.quantity_credited > il.quantity or il.quantity_credited <> coalesce(x.q, 0)`,
  );
  await check(
    'each invoice or credit note with a total posted its total to AR, once',
    `select i.id, i.kind, i.total, x.ar from invoices i
     left join (select l.entry_id, sum(l.debit - l.credit) as ar from journal_lines l where l.account_id in (select account_id from account_mappings where purpose = 'AR') group by 1) x on x.entry_id = i.journal_entry_id
     where i.total <> 0 and coalesce(x.ar, 0) <> case when i.kind = 'INVOICE' then i.total else -i.total end`,
  );
  const ar = await t.app.services.receivables.reconciliation(t.app.db.orm.em.fork() as EntityManager, new Date().toISOString().slice(0, 10));
  if (!ar.balanced) broken['receivablesReconciliation reports a variance'] = ar.rows.filter((r) => !r.variance.isZero()).map((r) => ({ customer: r.customerCode, gl: r.glBalance.toString(), documents: r.subLedger.toString() }));
  const rec = await t.app.services.reconciliation.reconcile(t.app.db.orm.em.fork() as EntityManager, new Date());
  if (!rec.reconciled) {
    broken['inventoryReconciliation reports a variance'] = [{
      accounts: rec.rows.map((r) => ({ account: r.accountCode, variance: r.variance.toString(), layers: r.layerVariance.toString(), moves: r.moveValueVariance.toString() })),
      moves: rec.moves.map((m) => ({ move: m.moveId, value: m.value.toString(), carried: m.valueByValuations.toString() })),
      layers: rec.rows.flatMap((r) => r.layers.map((l) => l.layerId)),
    }];
  }
  expect(broken).toEqual({});
}
