import { Field, ID, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { PageInfo } from '../../graphql/relay';
import { FeedEventType } from './event-feed.service';

registerEnumType(FeedEventType, { name: 'EventType', description: 'The kinds of event the feed carries (each with its own payload type and its own readers).' });

@ObjectType('EventAggregate', { description: 'The record an event is about, at the version the event announces (drop an event older than one you have seen).' })
export class EventAggregateObject {
  @Field(() => String)
  type!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version!: number | null;
}

@ObjectType('StockLevelChangedPayload')
export class StockLevelChangedPayload {
  @Field(() => ID) itemId!: string;
  @Field(() => String) sku!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => String) warehouseCode!: string;
  @Field(() => DecimalScalar) onHand!: string;
  @Field(() => DecimalScalar) sellableOnHand!: string;
  @Field(() => DecimalScalar) allocated!: string;
  @Field(() => DecimalScalar) held!: string;
  @Field(() => DecimalScalar) available!: string;
  @Field(() => DecimalScalar) inTransit!: string;
}

@ObjectType('OrderStatusChangedPayload')
export class OrderStatusChangedPayload {
  @Field(() => ID) orderId!: string;
  @Field(() => String) status!: string;
  @Field(() => String, { nullable: true }) previousStatus!: string | null;
  @Field(() => ID) customerId!: string;
  @Field(() => ID) channelId!: string;
}

@ObjectType('ShipmentUpdatedPayload')
export class ShipmentUpdatedPayload {
  @Field(() => ID) shipmentId!: string;
  @Field(() => ID) orderId!: string;
  @Field(() => String) status!: string;
  @Field(() => String, { nullable: true }) previousStatus!: string | null;
  @Field(() => String, { nullable: true }) carrier!: string | null;
  @Field(() => [String]) trackingNumbers!: string[];
}

@ObjectType('ReturnUpdatedPayload')
export class ReturnUpdatedPayload {
  @Field(() => ID) returnId!: string;
  @Field(() => String) number!: string;
  @Field(() => ID) orderId!: string;
  @Field(() => String) status!: string;
}

@ObjectType('JournalEntryPostedPayload', { description: 'Finance only (ledger:read). No amount: read the entry (journalEntry(id)) for its lines.' })
export class JournalEntryPostedPayload {
  @Field(() => ID) entryId!: string;
  @Field(() => String) number!: string;
  @Field(() => String) sourceType!: string;
  @Field(() => String) sourceId!: string;
  @Field(() => String) postingDate!: string;
}

export const EventPayloadUnion = createUnionType({
  name: 'EventPayload',
  types: () => [StockLevelChangedPayload, OrderStatusChangedPayload, ShipmentUpdatedPayload, ReturnUpdatedPayload, JournalEntryPostedPayload] as const,
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

@ObjectType('Event', { description: 'A committed change, in the one event order (`seq`): the same rows the subscriptions stream.' })
export class FeedEventObject {
  @Field(() => String, { description: 'Position in the event order; pass as `after` to continue.' })
  seq!: string;

  @Field(() => FeedEventType)
  type!: FeedEventType;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => EventAggregateObject)
  aggregate!: EventAggregateObject;

  @Field(() => EventPayloadUnion)
  payload!: typeof EventPayloadUnion;
}

@ObjectType('EventEdge')
export class FeedEventEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => FeedEventObject)
  node!: FeedEventObject;
}

@ObjectType('EventConnection')
export class FeedEventConnection {
  @Field(() => [FeedEventEdge])
  edges!: FeedEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
