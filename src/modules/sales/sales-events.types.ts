import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars';
import { ShipmentStatus } from '../fulfillment/fulfillment.entity';
import { SalesOrderStatus } from './order-status';

@InputType('OrderStatusChangedFilter', { description: 'Every given criterion must hold; none given: every order the key may see.' })
export class OrderStatusChangedFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Only these orders.' })
  orderIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this customer\'s orders.' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only orders placed on this sales channel.' })
  channelId?: string | null;
}

@ObjectType('OrderStatusChangedEvent', { description: 'A sales order changed status (its creation as DRAFT included).' })
export class OrderStatusChangedEvent {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to resume without a gap.' })
  cursor!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => ID)
  orderId!: string;

  @Field(() => SalesOrderStatus)
  status!: SalesOrderStatus;

  @Field(() => SalesOrderStatus, { nullable: true, description: 'null when the order was created.' })
  previousStatus!: SalesOrderStatus | null;

  @Field(() => Int, { description: 'The order version this event announces; drop it if you have seen a higher one.' })
  version!: number;

  /** The order's database id, for the `order` field (OrderEventsResolver / ShipmentEventsResolver). */
  orderDbId!: string;
}

@InputType('ShipmentUpdatedFilter', { description: 'Every given criterion must hold; none given: every shipment the key may see.' })
export class ShipmentUpdatedFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Only the shipments of these sales orders.' })
  orderIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these shipments.' })
  shipmentIds?: string[] | null;
}

@ObjectType('ShipmentUpdatedEvent', { description: 'A shipment changed: its status, carrier or tracking numbers.' })
export class ShipmentUpdatedEvent {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to resume without a gap.' })
  cursor!: string;

  @Field(() => DateTimeScalar, { description: 'When the change happened (a carrier\'s scan time for a tracking update).' })
  occurredAt!: Date;

  @Field(() => ID)
  shipmentId!: string;

  @Field(() => ID)
  orderId!: string;

  @Field(() => ShipmentStatus)
  status!: ShipmentStatus;

  @Field(() => ShipmentStatus, { nullable: true, description: 'null when the shipment was created.' })
  previousStatus!: ShipmentStatus | null;

  @Field(() => String, { nullable: true })
  carrier!: string | null;

  @Field(() => [String], { description: 'One per carton.' })
  trackingNumbers!: string[];

  @Field(() => Int, { description: 'The shipment version this event announces; drop it if you have seen a higher one.' })
  version!: number;

  /** The order's database id, for the `order` field (OrderEventsResolver / ShipmentEventsResolver). */
  orderDbId!: string;
}
