import { Arg, Authorized, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { toGlobalId } from '../../shared/ids';
import type { PublishedEvent } from '../events/published-event';
import { EventFeedService, FeedEventType, feedFilter, feedTypeOf } from './event-feed.service';
import { FeedEventConnection, FeedEventObject } from './feed.types';
import { freshForEvent } from '../events/subscription';

/** Every scope that reads some type of event (the feed then gives each key the types it may read). */
const READERS = [Scope.AVAILABILITY_READ, Scope.INVENTORY_READ, Scope.SALES_READ, Scope.PARTNER_SELF, Scope.SALES_ORDER_PLACE, Scope.LEDGER_READ];

const text = (v: unknown) => (v == null ? null : String(v));

/** The typed payload of an event, with global ids (the __typename picks the union member). */
function payloadOf(type: FeedEventType, e: PublishedEvent): Record<string, unknown> {
  const p = e.payload;
  switch (type) {
    case FeedEventType.STOCK_LEVEL_CHANGED:
      return { __typename: 'StockLevelChangedPayload', ...p, itemId: toGlobalId('Item', String(p.itemId)), warehouseId: toGlobalId('Warehouse', String(p.warehouseId)), held: p.held ?? '0' };
    case FeedEventType.ORDER_STATUS_CHANGED:
      return { __typename: 'OrderStatusChangedPayload', orderId: toGlobalId('SalesOrder', e.aggregateId), status: p.status, previousStatus: text(p.previousStatus), customerId: toGlobalId('Customer', String(p.customerId)), channelId: toGlobalId('SalesChannel', String(p.channelId)) };
    case FeedEventType.SHIPMENT_UPDATED:
      return {
        __typename: 'ShipmentUpdatedPayload',
        shipmentId: toGlobalId('Shipment', e.aggregateId),
        orderId: toGlobalId('SalesOrder', String(p.orderId)),
        status: p.status,
        previousStatus: text(p.previousStatus),
        carrier: text(p.carrier),
        trackingNumbers: Array.isArray(p.trackingNumbers) ? p.trackingNumbers.map(String) : [],
      };
    case FeedEventType.RETURN_UPDATED:
      return { __typename: 'ReturnUpdatedPayload', returnId: toGlobalId('ReturnAuthorization', e.aggregateId), number: p.number, orderId: toGlobalId('SalesOrder', String(p.orderId)), status: p.status };
    case FeedEventType.JOURNAL_ENTRY_POSTED:
      return { __typename: 'JournalEntryPostedPayload', entryId: toGlobalId('JournalEntry', e.aggregateId), number: p.number, sourceType: p.sourceType, sourceId: text(p.sourceId), postingDate: p.postingDate };
  }
}

function nodeOf(e: PublishedEvent): FeedEventObject {
  const type = feedTypeOf(e.topic);
  return {
    seq: e.seq,
    type,
    occurredAt: e.occurredAt,
    aggregate: { type: e.aggregateType, id: toGlobalId(e.aggregateType, e.aggregateId), version: e.aggregateVersion },
    payload: payloadOf(type, e) as never,
  };
}

@Resolver()
export class EventFeedResolver {
  private readonly feed = new EventFeedService();

  @Authorized(...READERS)
  @Query(() => FeedEventConnection, {
    description:
      'Committed events after a cursor, in `seq` order: the rows the subscriptions stream, for partners and tools that pull. Each key gets the types it may read: stock levels with availability:read or inventory:read; order, shipment events with sales:read, or a PARTNER key its own partner\'s, a STOREFRONT key its own channel\'s; returns with sales:read or inventory:read; journal entries with ledger:read only. Naming a type the key may not read is FORBIDDEN. Keep `pageInfo.endCursor` and pass it as `after`: it moves past events the key may not see, so a page can hold fewer than `first`.',
  })
  async events(
    @Ctx() ctx: GraphQLContext,
    @Arg('after', () => String, { nullable: true, description: 'The seq of the last event seen (default: from the start).' }) after: string | null,
    @Arg('first', () => Int, { nullable: true, description: '1 to 500 (default 50).' }) first: number | null,
    @Arg('types', () => [FeedEventType], { nullable: true, description: 'Only these types (default: every type the key may read).' }) types: FeedEventType[] | null,
  ) {
    const page = await this.feed.page(ctx, { after, first, types });
    const edges = page.events.map((e) => ({ cursor: e.seq, node: nodeOf(e) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: page.endCursor } };
  }

  @Authorized(...READERS)
  @Subscription(() => FeedEventObject, {
    name: 'events',
    description: 'The events feed, live: the same rows in the same order with the same authorization as the `events` query; replays everything after `after` first, then streams committed events as they are numbered.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { topics, accept } = feedFilter(ctx, (args.types ?? null) as FeedEventType[] | null);
      return ctx.dispatcher.stream(topics, accept, (args.after ?? null) as string | null);
    },
  })
  eventsLive(
    @Root() event: PublishedEvent,
    @Ctx() ctx: GraphQLContext,
    @Arg('after', () => String, { nullable: true, description: 'The seq of the last event seen.' }) _after: string | null,
    @Arg('types', () => [FeedEventType], { nullable: true }) _types: FeedEventType[] | null,
  ): FeedEventObject {
    freshForEvent(ctx);
    return nodeOf(event);
  }
}
