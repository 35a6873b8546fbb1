import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { payloadType } from '../../graphql/payload';
import { Connection, Node } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { AddressInput, AddressType } from '../warehouse/warehouse.types';
import { SalesOrderStatus } from './order-status';
import { SalesUserError } from './sales.types';

registerEnumType(SalesOrderStatus, {
  name: 'SalesOrderStatus',
  description:
    'DRAFT -> CONFIRMED -> ALLOCATED / PARTIALLY_ALLOCATED / BACKORDERED -> PICKING -> PACKED -> PARTIALLY_SHIPPED / SHIPPED -> INVOICED -> CLOSED; DRAFT -> CREDIT_HOLD (over the credit limit, customer policy HOLD) -> CONFIRMED (salesOrderApproveCredit); CANCELLED from any state before the first shipment.',
});

@ObjectType('SalesOrderLine', { implements: Node, description: 'Quantities are in the item\'s unit; rates are percents. picked, packed and shipped count up; allocated is what is reserved and not yet picked: ordered = cancelled + backordered + allocated + picked.' })
export class SalesOrderLineType extends Node {
  @Field(() => Int)
  lineNo!: number;

  @Field(() => DecimalScalar)
  quantityOrdered!: string;

  @Field(() => DecimalScalar)
  quantityAllocated!: string;

  @Field(() => DecimalScalar)
  quantityPicked!: string;

  @Field(() => DecimalScalar)
  quantityPacked!: string;

  @Field(() => DecimalScalar)
  quantityShipped!: string;

  @Field(() => DecimalScalar)
  quantityBackordered!: string;

  @Field(() => DecimalScalar)
  quantityCancelled!: string;

  @Field(() => DecimalScalar)
  unitPrice!: string;

  @Field(() => DecimalScalar)
  discountPercent!: string;

  @Field(() => DecimalScalar)
  taxRate!: string;
}

@ObjectType('SalesOrder', { implements: Node })
export class SalesOrderType extends Node {
  @Field(() => SalesOrderStatus)
  status!: SalesOrderStatus;

  @Field(() => String, { nullable: true, description: 'The channel\'s own order id, unique per channel.' })
  externalRef!: string | null;

  @Field(() => Int, { description: '0 to 100, higher is more urgent.' })
  priority!: number;

  @Field(() => AddressType)
  shippingAddress!: AddressType;

  @Field(() => String, { nullable: true })
  carrier!: string | null;

  @Field(() => String, { nullable: true })
  carrierService!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => Int, { description: 'Rises with every change; events carry it too.' })
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

export const SalesOrderConnection = Connection(SalesOrderType, 'SalesOrder');

@InputType('SalesOrderFilter')
export class SalesOrderFilterInput {
  @Field(() => [SalesOrderStatus], { nullable: true })
  status?: SalesOrderStatus[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  channelId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ignored for a PARTNER key (its own partner\'s orders only) and a STOREFRONT key (its own channel\'s).' })
  partnerId?: string | null;

  @Field(() => String, { nullable: true })
  externalRef?: string | null;
}

@InputType('SalesOrderLineInput')
export class SalesOrderLineInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => DecimalScalar, { description: 'In the item\'s unit, no finer than the unit allows.' })
  quantity!: string;

  @Field(() => DecimalScalar, { description: 'Price per unit before discount; not negative.' })
  unitPrice!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent, 0 to 100 (default 0).' })
  discountPercent?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent, 0 to 100; default: the customer\'s default tax rate.' })
  taxRate?: string | null;
}

@InputType('SalesOrderCreateInput')
export class SalesOrderCreateInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  channelId!: string;

  @Field(() => ID, { nullable: true, description: 'The owning partner; default: the channel\'s owner.' })
  partnerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The channel\'s own order id. Sending it again with the same input returns the same order; with other input it is refused (EXTERNAL_REF_CONFLICT).',
  })
  externalRef?: string | null;

  @Field(() => [SalesOrderLineInput])
  lines!: SalesOrderLineInput[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  requestedShipDate?: string | null;

  @Field(() => Int, { nullable: true, description: '0 to 100, higher is more urgent (default 0).' })
  priority?: number | null;

  @Field(() => ID, { nullable: true })
  shipFromWarehouseId?: string | null;

  @Field(() => AddressInput, { nullable: true, description: 'Default: the customer\'s shipping address.' })
  shippingAddress?: AddressInput | null;

  @Field(() => String, { nullable: true })
  carrier?: string | null;

  @Field(() => String, { nullable: true })
  carrierService?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('SalesOrderUpdateInput', { description: 'Only DRAFT orders can be edited. Fields left out stay; lines, when given, replace all lines.' })
export class SalesOrderUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => [SalesOrderLineInput], { nullable: true })
  lines?: SalesOrderLineInput[] | null;

  @Field(() => String, { nullable: true })
  requestedShipDate?: string | null;

  @Field(() => Int, { nullable: true })
  priority?: number | null;

  @Field(() => ID, { nullable: true })
  shipFromWarehouseId?: string | null;

  @Field(() => AddressInput, { nullable: true, description: 'null: back to the customer\'s shipping address.' })
  shippingAddress?: AddressInput | null;

  @Field(() => String, { nullable: true })
  carrier?: string | null;

  @Field(() => String, { nullable: true })
  carrierService?: string | null;
}

@InputType('SalesOrderCancelInput')
export class SalesOrderCancelInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

export const SalesOrderCreatePayload = payloadType('SalesOrderCreatePayload', { salesOrder: () => SalesOrderType }, SalesUserError);
export const SalesOrderUpdatePayload = payloadType('SalesOrderUpdatePayload', { salesOrder: () => SalesOrderType }, SalesUserError);
export const SalesOrderCancelPayload = payloadType('SalesOrderCancelPayload', { salesOrder: () => SalesOrderType }, SalesUserError);
