import type { Shipment, ShipmentStatus } from '../fulfillment/fulfillment.entity';
import { shipmentsById } from '../fulfillment/fulfillment.loaders';
import { ShipmentType } from '../fulfillment/fulfillment.types';
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { dbId } from '../../graphql/node.resolver';
import { toDate } from '../../db/sql';
import { fromGlobalId, toGlobalId } from '../../shared/ids';
import type { PublishedEvent } from '../events/event-dispatcher';
import { eventStream, freshForEvent } from '../events/subscription';
import type { SalesOrderStatus } from './order-status';
import { salesOrdersById } from './sales.loaders';
import type { SalesOrder } from './sales-order.entity';
import { SalesOrderType } from './sales-order.types';
import { SALES_ORDER_STATUS_CHANGED, canSeeOrder, canSeeOrderEvent } from './sales-order.service';
import { OrderStatusChangedEvent, OrderStatusChangedFilterInput, ShipmentUpdatedEvent, ShipmentUpdatedFilterInput } from './sales-events.types';
import { SALES_SHIPMENT_UPDATED, SHIPMENT_AGGREGATE } from './shipment-events';

/**
 * The scopes that may follow orders and shipments. Each event is checked against the key
 * (canSeeOrderEvent, the rule every order read goes through): sales:read sees every event;
 * a PARTNER key (partner:self) those of its own partner's orders; a STOREFRONT key
 * (sales:place) those of its own channel's orders.
 */
const FOLLOWERS = [Scope.SALES_READ, Scope.PARTNER_SELF, Scope.SALES_ORDER_PLACE];

const WHO = 'A sales:read key receives every event; a PARTNER key (partner:self) only those of its own partner\'s orders; a STOREFRONT key (sales:place) only those of its own channel\'s orders, and never a cost.';
const AFTER = 'Cursor of the last event received: replays everything after it first.';

/** The scope the key follows events with (the first of FOLLOWERS it holds); eventStream refuses a key with none. */
function followerScope(ctx: GraphQLContext): Scope {
  return FOLLOWERS.find((s) => ctx.principal?.scopes.has(s)) ?? Scope.SALES_READ;
}

/** A set of database ids from global ids of one type (null: no such criterion). A malformed id matches nothing. */
function idSet(globalIds: readonly string[] | null | undefined, type: string): Set<string> | null {
  return globalIds ? new Set(globalIds.map((id) => dbId(id, type))) : null;
}

/** The order an event is about, when the key may see it (it always may: the stream has checked; checked again as it is read). */
async function visibleOrder(ctx: GraphQLContext, orderDbId: string): Promise<SalesOrder | null> {
  const order = await ctx.loaders.get(salesOrdersById).load(orderDbId);
  return order && canSeeOrder(ctx, order) ? order : null;
}

@Resolver(() => OrderStatusChangedEvent)
export class OrderEventsResolver {
  @Authorized(...FOLLOWERS)
  @Subscription(() => OrderStatusChangedEvent, {
    description: `Every status change of sales orders (creation as DRAFT included), in commit order. Filter by orders, customer or channel; resume with \`after\`. ${WHO}`,
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const f = (args.filter ?? {}) as OrderStatusChangedFilterInput;
      const orders = idSet(f.orderIds, 'SalesOrder');
      const customerId = f.customerId == null ? null : dbId(f.customerId, 'Customer');
      const channelId = f.channelId == null ? null : dbId(f.channelId, 'SalesChannel');
      return eventStream(
        ctx,
        followerScope(ctx),
        [SALES_ORDER_STATUS_CHANGED],
        (e) =>
          canSeeOrderEvent(ctx, e) &&
          (orders === null || orders.has(e.aggregateId)) &&
          (customerId === null || String(e.payload.customerId) === customerId) &&
          (channelId === null || String(e.payload.channelId) === channelId),
        args.after as string | null,
      );
    },
  })
  orderStatusChanged(
    @Root() event: PublishedEvent,
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => OrderStatusChangedFilterInput, { nullable: true }) _filter: OrderStatusChangedFilterInput | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null,
  ): OrderStatusChangedEvent {
    freshForEvent(ctx);
    const p = event.payload;
    return {
      cursor: event.seq,
      occurredAt: event.occurredAt,
      orderId: toGlobalId('SalesOrder', event.aggregateId),
      status: p.status as SalesOrderStatus,
      previousStatus: (p.previousStatus ?? null) as SalesOrderStatus | null,
      version: event.aggregateVersion ?? 0,
      orderDbId: event.aggregateId,
    };
  }

  @FieldResolver(() => SalesOrderType, { nullable: true, description: 'The order as it is now (may be newer than `version`).' })
  order(@Root() event: OrderStatusChangedEvent, @Ctx() ctx: GraphQLContext): Promise<SalesOrder | null> {
    return visibleOrder(ctx, event.orderDbId);
  }
}

@Resolver(() => ShipmentUpdatedEvent)
export class ShipmentEventsResolver {
  @Authorized(...FOLLOWERS)
  @Subscription(() => ShipmentUpdatedEvent, {
    description: `Every change of shipments (status, carrier, tracking numbers), in commit order. Filter by sales orders or shipments; resume with \`after\`. ${WHO}`,
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const f = (args.filter ?? {}) as ShipmentUpdatedFilterInput;
      const orders = idSet(f.orderIds, 'SalesOrder');
      const shipments = idSet(f.shipmentIds, SHIPMENT_AGGREGATE);
      return eventStream(
        ctx,
        followerScope(ctx),
        [SALES_SHIPMENT_UPDATED],
        (e) => canSeeOrderEvent(ctx, e) && (orders === null || orders.has(String(e.payload.orderId))) && (shipments === null || shipments.has(e.aggregateId)),
        args.after as string | null,
      );
    },
  })
  shipmentUpdated(
    @Root() event: PublishedEvent,
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ShipmentUpdatedFilterInput, { nullable: true }) _filter: ShipmentUpdatedFilterInput | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null,
  ): ShipmentUpdatedEvent {
    freshForEvent(ctx);
    const p = event.payload;
    const orderDbId = String(p.orderId);
    return {
      cursor: event.seq,
      occurredAt: p.occurredAt ? (toDate(p.occurredAt as string) as Date) : event.occurredAt,
      shipmentId: toGlobalId(SHIPMENT_AGGREGATE, event.aggregateId),
      orderId: toGlobalId('SalesOrder', orderDbId),
      status: p.status as ShipmentStatus,
      previousStatus: p.previousStatus == null ? null : (p.previousStatus as ShipmentStatus),
      carrier: p.carrier == null ? null : String(p.carrier),
      trackingNumbers: Array.isArray(p.trackingNumbers) ? p.trackingNumbers.map(String) : [],
      version: event.aggregateVersion ?? 0,
      orderDbId,
    };
  }

  @FieldResolver(() => ShipmentType, { nullable: true, description: 'The shipment as it is now (null for a key that may not see its order).' })
  async shipment(@Root() event: ShipmentUpdatedEvent, @Ctx() ctx: GraphQLContext): Promise<Shipment | null> {
    return (await visibleOrder(ctx, event.orderDbId)) ? ctx.loaders.get(shipmentsById).load(fromGlobalId(event.shipmentId)!.id) : null;
  }

  @FieldResolver(() => SalesOrderType, { nullable: true, description: 'The shipment\'s sales order as it is now.' })
  order(@Root() event: ShipmentUpdatedEvent, @Ctx() ctx: GraphQLContext): Promise<SalesOrder | null> {
    return visibleOrder(ctx, event.orderDbId);
  }
}
