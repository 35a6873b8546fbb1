import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { dbId } from '../../graphql/node.resolver';
import { LocalDateScalar, DateTimeScalar } from '../../graphql/scalars';
import { type Decimal, toText } from '../../shared/decimal';
import { toGlobalId } from '../../shared/ids';
import type { FulfillmentPerformance, Share } from './fulfillment-performance.service';
import { GrossMarginGroupBy, type GrossMarginFigures, type GrossMarginKey } from './gross-margin.service';
import {
  FulfillmentPerformanceFilterInput,
  FulfillmentPerformanceObject,
  GrossMarginFilterInput,
  GrossMarginReportObject,
  type FulfillmentRateObject,
  type GrossMarginRowObject,
} from './reporting.types';

@Resolver()
export class ReportingResolver {
  @Authorized(Scope.COSTS_READ)
  @Query(() => GrossMarginReportObject, {
    description:
      'Gross margin from the postings (not list prices), over journal entries whose posting date lies in [from, to]: revenue is credits minus debits on REVENUE accounts (sales returns 4100 included), COGS debits minus credits on the accounts mapped to COGS. Each entry is tied to its sales order through its source document (an invoice or credit note, a shipment, a return), and through the order to its customer and channel; the item is the journal line\'s. Needs costs:read.',
  })
  async grossMargin(
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('groupBy', () => GrossMarginGroupBy) groupBy: GrossMarginGroupBy,
    @Arg('filter', () => GrossMarginFilterInput, { nullable: true }) filter: GrossMarginFilterInput | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrossMarginReportObject> {
    const f = filter ?? {};
    const report = await ctx.services.grossMargin.report(ctx, {
      from,
      to,
      groupBy,
      filter: { customerId: dbId(f.customerId, 'Customer'), channelId: dbId(f.channelId, 'SalesChannel'), itemId: dbId(f.itemId, 'Item'), warehouseId: dbId(f.warehouseId, 'Warehouse') },
    });
    return { from: report.from, to: report.to, groupBy: report.groupBy, rows: report.rows.map((r) => marginRow(r.key, r)), total: marginRow(null, report.total) };
  }

  @Authorized(Scope.SALES_READ, Scope.INVENTORY_READ)
  @Query(() => FulfillmentPerformanceObject, {
    description:
      'Fulfilment performance over the sales orders created in [from, to] (UTC days): time to the first shipment, on-time shipping, fill rate of the first shipment, pick accuracy, and the backorder backlog as of asOf (default now). No cost figure: sales:read or inventory:read.',
  })
  async fulfillmentPerformance(
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('filter', () => FulfillmentPerformanceFilterInput, { nullable: true }) filter: FulfillmentPerformanceFilterInput | null,
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: 'The instant the backlog is aged to (default now).' }) asOf: Date | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FulfillmentPerformanceObject> {
    const f = filter ?? {};
    const r = await ctx.services.fulfillmentPerformance.report(ctx, {
      from,
      to,
      asOf,
      filter: { warehouseId: dbId(f.warehouseId, 'Warehouse'), channelId: dbId(f.channelId, 'SalesChannel'), customerId: dbId(f.customerId, 'Customer') },
    });
    return performanceView(r);
  }
}

function text(value: Decimal | null): string | null {
  return value === null ? null : toText(value);
}

function marginRow(key: GrossMarginKey | null, f: GrossMarginFigures): GrossMarginRowObject {
  return {
    key: key ? { id: toGlobalId(key.type, key.id), label: key.label, name: key.name } : null,
    revenue: toText(f.revenue),
    cogs: toText(f.cogs),
    margin: toText(f.margin),
    marginPercent: text(f.marginPercent),
  };
}

function rateView(s: Share): FulfillmentRateObject {
  return { rate: text(s.rate), count: toText(s.count), of: toText(s.of) };
}

function performanceView(r: FulfillmentPerformance): FulfillmentPerformanceObject {
  return {
    from: r.from,
    to: r.to,
    orders: r.orders,
    orderToShip: { ordersShipped: r.orderToShip.ordersShipped, p50Hours: text(r.orderToShip.p50Hours), p90Hours: text(r.orderToShip.p90Hours) },
    onTimeShipRate: rateView(r.onTimeShip),
    fillRate: { lines: rateView(r.fillRate.lines), units: rateView(r.fillRate.units) },
    pickAccuracy: {
      ...r.pickAccuracy,
      shortPicksPerThousand: text(r.pickAccuracy.shortPicksPerThousand),
      wrongScansPerThousand: text(r.pickAccuracy.wrongScansPerThousand),
    },
    backorderAge: { ...r.backorderAge, units: toText(r.backorderAge.units), p50Days: text(r.backorderAge.p50Days), maxDays: text(r.backorderAge.maxDays) },
  };
}
