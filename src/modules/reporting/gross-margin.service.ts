import { query } from '../../db/sql';
import type { ServiceContext } from '../../shared/context';
import { type Decimal, ZERO, dec } from '../../shared/decimal';
import { salesOrderNumber } from '../sales/sales-order.entity';
import { type ReportPeriod, marginPercent, periodBounds } from './report-period';

export enum GrossMarginGroupBy {
  ORDER = 'ORDER',
  ITEM = 'ITEM',
  CUSTOMER = 'CUSTOMER',
  CHANNEL = 'CHANNEL',
}

export interface GrossMarginFilter {
  customerId?: string | null;
  channelId?: string | null;
  itemId?: string | null;
  warehouseId?: string | null;
}

/** What a row is grouped by: a sales order, item, customer or sales channel (database id), with a label a person reads. */
export interface GrossMarginKey {
  type: 'SalesOrder' | 'Item' | 'Customer' | 'SalesChannel';
  id: string;
  /** Order number, SKU, customer code or channel code. */
  label: string;
  name: string | null;
}

export interface GrossMarginFigures {
  revenue: Decimal;
  cogs: Decimal;
  margin: Decimal;
  marginPercent: Decimal | null;
}

export interface GrossMarginRow extends GrossMarginFigures {
  /** Null: postings tied to no order (or, by item, carrying no item). */
  key: GrossMarginKey | null;
}

export interface GrossMarginReport extends ReportPeriod {
  groupBy: GrossMarginGroupBy;
  rows: GrossMarginRow[];
  total: GrossMarginFigures;
}

const KEY_TYPE: Record<GrossMarginGroupBy, GrossMarginKey['type']> = {
  [GrossMarginGroupBy.ORDER]: 'SalesOrder',
  [GrossMarginGroupBy.ITEM]: 'Item',
  [GrossMarginGroupBy.CUSTOMER]: 'Customer',
  [GrossMarginGroupBy.CHANNEL]: 'SalesChannel',
};

/** The grouping column of each choice (its text never varies with the data). */
const KEY_COLUMN: Record<GrossMarginGroupBy, string> = {
  [GrossMarginGroupBy.ORDER]: 'p.order_id',
  [GrossMarginGroupBy.ITEM]: 'p.item_id',
  [GrossMarginGroupBy.CUSTOMER]: 'o.customer_id',
  [GrossMarginGroupBy.CHANNEL]: 'o.channel_id',
};

/**
 * Revenue and COGS lines posted in the period, each with the order its entry's source
 * document belongs to and the warehouse it concerns: an invoice or credit note names its order,
 * a shipment its order, a return (its receipt, and its inspection's restock or scrap) its order. A source id that is not a database id
 * (a manual entry's 'manual') ties the line to nothing.
 */
const POSTINGS = `
with cogs_accounts as (select distinct account_id from account_mappings where purpose = 'COGS'),
lines as (
  select l.item_id, l.warehouse_id, e.source_type,
         case when e.source_id ~ '^[0-9]{1,18}$' then e.source_id::bigint end as source_id,
         case when a.type = 'REVENUE' then l.credit - l.debit else 0 end as revenue,
         case when l.account_id in (select account_id from cogs_accounts) then l.debit - l.credit else 0 end as cogs
  from journal_lines l
  join journal_entries e on e.id = l.entry_id
  join accounts a on a.id = l.account_id
  where e.posting_date between ?::date and ?::date
    and (a.type = 'REVENUE' or l.account_id in (select account_id from cogs_accounts))
),
postings as (
  select x.item_id, x.revenue, x.cogs,
         coalesce(inv.order_id, sh.order_id, rt.order_id) as order_id,
         coalesce(x.warehouse_id, sh.warehouse_id, ish.warehouse_id, rt.warehouse_id) as warehouse_id
  from lines x
  left join invoices inv on x.source_type in ('Invoice', 'CreditNote') and inv.id = x.source_id
  left join shipments ish on ish.id = inv.shipment_id
  left join shipments sh on x.source_type = 'Shipment' and sh.id = x.source_id
  left join returns rt on x.source_type in ('Return', 'ReturnScrap', 'ReturnRestock') and rt.id = x.source_id
)`;

/**
 * Gross margin from the general ledger: what was posted, not list prices. Revenue is
 * credits minus debits on REVENUE accounts (sales returns, 4100, is one, so returns lower
 * it); COGS is debits minus credits on every account mapped to COGS (return receipts
 * credit it back). Each entry is tied to its sales order through its source document.
 */
export class GrossMarginService {
  async report(ctx: ServiceContext, input: ReportPeriod & { groupBy: GrossMarginGroupBy; filter?: GrossMarginFilter | null }): Promise<GrossMarginReport> {
    const { from, to } = periodBounds(input);
    const f = input.filter ?? {};
    const key = KEY_COLUMN[input.groupBy];
    const rows = await query<{ key_id: string | null; revenue: string; cogs: string }>(
      ctx.em,
      `${POSTINGS}
       select ${key}::text as key_id, sum(p.revenue)::text as revenue, sum(p.cogs)::text as cogs
       from postings p left join sales_orders o on o.id = p.order_id
       where (?::bigint is null or o.customer_id = ?::bigint)
         and (?::bigint is null or o.channel_id = ?::bigint)
         and (?::bigint is null or p.item_id = ?::bigint)
         and (?::bigint is null or coalesce(p.warehouse_id, o.ship_from_warehouse_id) = ?::bigint)
       group by ${key}`,
      [from, to, f.customerId ?? null, f.customerId ?? null, f.channelId ?? null, f.channelId ?? null, f.itemId ?? null, f.itemId ?? null, f.warehouseId ?? null, f.warehouseId ?? null],
    );
    const keys = await this.keys(ctx, input.groupBy, rows.flatMap((r) => (r.key_id ? [r.key_id] : [])));
    const out: GrossMarginRow[] = rows
      .map((r) => ({ key: r.key_id ? (keys.get(r.key_id) ?? null) : null, ...figures(dec(r.revenue), dec(r.cogs)) }))
      .filter((r) => !(r.revenue.isZero() && r.cogs.isZero()))
      .sort(byLabel);
    const revenue = out.reduce((s, r) => s.plus(r.revenue), ZERO);
    const cogs = out.reduce((s, r) => s.plus(r.cogs), ZERO);
    return { from, to, groupBy: input.groupBy, rows: out, total: figures(revenue, cogs) };
  }

  private async keys(ctx: ServiceContext, groupBy: GrossMarginGroupBy, ids: string[]): Promise<Map<string, GrossMarginKey>> {
    const type = KEY_TYPE[groupBy];
    const sql: Record<GrossMarginGroupBy, string> = {
      [GrossMarginGroupBy.ORDER]: 'select id::text as id, year, number, null as label, null as name from sales_orders where id = any(?::bigint[])',
      [GrossMarginGroupBy.ITEM]: 'select id::text as id, null::int as year, null::int as number, sku as label, name from items where id = any(?::bigint[])',
      [GrossMarginGroupBy.CUSTOMER]: 'select id::text as id, null::int as year, null::int as number, code as label, name from customers where id = any(?::bigint[])',
      [GrossMarginGroupBy.CHANNEL]: 'select id::text as id, null::int as year, null::int as number, code as label, name from sales_channels where id = any(?::bigint[])',
    };
    if (!ids.length) return new Map();
    const rows = await query<{ id: string; year: number | null; number: number | null; label: string | null; name: string | null }>(ctx.em, sql[groupBy], [ids]);
    return new Map(
      rows.map((r) => [
        r.id,
        { type, id: r.id, label: groupBy === GrossMarginGroupBy.ORDER ? salesOrderNumber({ year: Number(r.year), number: r.number, id: r.id }) : (r.label ?? r.id), name: r.name },
      ]),
    );
  }
}

function figures(revenue: Decimal, cogs: Decimal): GrossMarginFigures {
  const margin = revenue.minus(cogs);
  return { revenue, cogs, margin, marginPercent: marginPercent(revenue, margin) };
}

/** By label; the row of postings tied to nothing comes last. */
function byLabel(a: GrossMarginRow, b: GrossMarginRow): number {
  if (!a.key || !b.key) return a.key ? -1 : b.key ? 1 : 0;
  return a.key.label < b.key.label ? -1 : a.key.label > b.key.label ? 1 : Number(a.key.id) - Number(b.key.id);
}
