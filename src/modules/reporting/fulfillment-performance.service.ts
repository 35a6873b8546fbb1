import { queryOne } from '../../db/sql';
import type { ServiceContext } from '../../shared/context';
import { type Decimal, dec } from '../../shared/decimal';
import { type ReportPeriod, decOrNull, perThousand, periodBounds, share } from './report-period';

export interface FulfillmentPerformanceFilter {
  warehouseId?: string | null;
  channelId?: string | null;
  customerId?: string | null;
}

/** `count` out of `of`, and their share (null when `of` is zero). */
export interface Share {
  count: Decimal;
  of: Decimal;
  rate: Decimal | null;
}

export interface FulfillmentPerformance extends ReportPeriod {
  orders: number;
  orderToShip: { ordersShipped: number; p50Hours: Decimal | null; p90Hours: Decimal | null };
  onTimeShip: Share;
  fillRate: { lines: Share; units: Share };
  pickAccuracy: { picks: number; shortPicks: number; wrongScans: number; shortPicksPerThousand: Decimal | null; wrongScansPerThousand: Decimal | null };
  backorderAge: { asOf: Date; lines: number; units: Decimal; p50Days: Decimal | null; maxDays: Decimal | null };
}

interface Figures {
  orders: number;
  orders_shipped: number;
  p50_hours: string | null;
  p90_hours: string | null;
  dated: number;
  on_time: number;
  lines: number;
  lines_complete: number;
  units: string;
  units_shipped: string;
  picks: number;
  short_picks: number;
  wrong_scans: number;
  backordered_lines: number;
  backordered_units: string;
  backorder_p50_days: string | null;
  backorder_max_days: string | null;
}

/**
 * One statement, so every figure comes from one snapshot. Parameters: $1 and $2 the period's
 * bounds [start, end), $3 warehouse, $4 channel, $5 customer (null: any), $6 the backlog's asOf.
 * An order's first shipment is the one that reached SHIPPED first (shipments.status_times).
 */
const FIGURES = `
with orders as (
  select o.id, o.created_at, o.requested_ship_date
  from sales_orders o
  where o.created_at >= $1::timestamptz and o.created_at < $2::timestamptz
    and ($3::bigint is null or o.ship_from_warehouse_id = $3::bigint)
    and ($4::bigint is null or o.channel_id = $4::bigint)
    and ($5::bigint is null or o.customer_id = $5::bigint)
),
first_shipments as (
  select distinct on (s.order_id) s.order_id, s.id as shipment_id, (s.status_times->>'SHIPPED')::timestamptz as shipped_at
  from shipments s join orders o on o.id = s.order_id
  where s.status_times->>'SHIPPED' is not null
  order by s.order_id, (s.status_times->>'SHIPPED')::timestamptz, s.id
),
shipped as (
  select o.id, o.created_at, o.requested_ship_date, f.shipment_id, f.shipped_at
  from orders o join first_shipments f on f.order_id = o.id
),
fill as (
  select l.quantity_ordered - l.quantity_cancelled as needed,
         coalesce((select sum(sl.quantity) from shipment_lines sl where sl.shipment_id = s.shipment_id and sl.order_line_id = l.id), 0) as first_quantity
  from shipped s join sales_order_lines l on l.order_id = s.id
  where l.quantity_ordered - l.quantity_cancelled > 0
),
tasks as (
  select t.pick_list_id, t.status, t.quantity_short from pick_tasks t join orders o on o.id = t.order_id
),
backlog as (
  select l.quantity_backordered, $6::timestamptz - o.created_at as age
  from sales_order_lines l join sales_orders o on o.id = l.order_id
  where l.quantity_backordered > 0 and o.status <> 'CANCELLED' and o.created_at <= $6::timestamptz
    and ($3::bigint is null or o.ship_from_warehouse_id = $3::bigint)
    and ($4::bigint is null or o.channel_id = $4::bigint)
    and ($5::bigint is null or o.customer_id = $5::bigint)
)
select
  (select count(*)::int from orders) as orders,
  (select count(*)::int from shipped) as orders_shipped,
  (select round(extract(epoch from percentile_cont(0.5) within group (order by shipped_at - created_at)) / 3600, 2)::text from shipped) as p50_hours,
  (select round(extract(epoch from percentile_cont(0.9) within group (order by shipped_at - created_at)) / 3600, 2)::text from shipped) as p90_hours,
  (select count(*)::int from shipped where requested_ship_date is not null) as dated,
  (select count(*)::int from shipped where requested_ship_date is not null and (shipped_at at time zone 'UTC')::date <= requested_ship_date) as on_time,
  (select count(*)::int from fill) as lines,
  (select count(*)::int from fill where first_quantity >= needed) as lines_complete,
  (select coalesce(sum(needed), 0)::text from fill) as units,
  (select coalesce(sum(least(first_quantity, needed)), 0)::text from fill) as units_shipped,
  (select count(*)::int from tasks where status in ('DONE', 'SHORT')) as picks,
  (select count(*)::int from tasks where status in ('DONE', 'SHORT') and quantity_short > 0) as short_picks,
  (select count(*)::int from pick_scan_errors e where e.pick_list_id in (select pick_list_id from tasks)) as wrong_scans,
  (select count(*)::int from backlog) as backordered_lines,
  (select coalesce(sum(quantity_backordered), 0)::text from backlog) as backordered_units,
  (select round(extract(epoch from percentile_cont(0.5) within group (order by age)) / 86400, 2)::text from backlog) as backorder_p50_days,
  (select round(extract(epoch from max(age)) / 86400, 2)::text from backlog) as backorder_max_days`;

/**
 * How well orders are fulfilled: over the orders created in the period (UTC days), time to
 * the first shipment, on-time shipping against the requested date, fill rate of the first
 * shipment, and pick accuracy; plus the backlog of backordered lines as of an instant.
 */
export class FulfillmentPerformanceService {
  async report(ctx: ServiceContext, input: ReportPeriod & { asOf?: Date | null; filter?: FulfillmentPerformanceFilter | null }): Promise<FulfillmentPerformance> {
    const period = periodBounds(input);
    const f = input.filter ?? {};
    const asOf = input.asOf ?? new Date();
    const r = (await queryOne<Figures>(ctx.em, FIGURES, [period.startsAt, period.endsBefore, f.warehouseId ?? null, f.channelId ?? null, f.customerId ?? null, asOf])) as Figures;
    const picks = dec(r.picks);
    return {
      from: period.from,
      to: period.to,
      orders: r.orders,
      orderToShip: { ordersShipped: r.orders_shipped, p50Hours: decOrNull(r.p50_hours), p90Hours: decOrNull(r.p90_hours) },
      onTimeShip: shareOf(dec(r.on_time), dec(r.dated)),
      fillRate: { lines: shareOf(dec(r.lines_complete), dec(r.lines)), units: shareOf(dec(r.units_shipped), dec(r.units)) },
      pickAccuracy: {
        picks: r.picks,
        shortPicks: r.short_picks,
        wrongScans: r.wrong_scans,
        shortPicksPerThousand: perThousand(dec(r.short_picks), picks),
        wrongScansPerThousand: perThousand(dec(r.wrong_scans), picks),
      },
      backorderAge: { asOf, lines: r.backordered_lines, units: dec(r.backordered_units), p50Days: decOrNull(r.backorder_p50_days), maxDays: decOrNull(r.backorder_max_days) },
    };
  }
}

function shareOf(count: Decimal, of: Decimal): Share {
  return { count, of, rate: share(count, of) };
}
