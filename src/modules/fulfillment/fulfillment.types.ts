import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { payloadType } from '../../graphql/payload';
import { Node } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { SalesOrderType } from '../sales/sales-order.types';
import { FulfillmentErrorCode } from './fulfillment-errors';
import { AllocationStatus, CartonStatus, PickListStatus, PickTaskStatus, ShipmentStatus, WaveStatus, WaveStrategy } from './fulfillment.entity';

registerEnumType(FulfillmentErrorCode, { name: 'FulfillmentErrorCode', description: 'Why a confirmation, wave, scan, pack or shipment was refused.' });
registerEnumType(AllocationStatus, { name: 'AllocationStatus', description: 'OPEN: reserved in its location. PICKED: moved to packing. SHIPPED, RELEASED: final.' });
registerEnumType(WaveStrategy, { name: 'WaveStrategy', description: 'How a wave cuts its pick lists.' });
registerEnumType(WaveStatus, { name: 'WaveStatus' });
registerEnumType(PickListStatus, { name: 'PickListStatus' });
registerEnumType(PickTaskStatus, { name: 'PickTaskStatus' });
registerEnumType(ShipmentStatus, { name: 'ShipmentStatus', description: 'CREATED -> PICKED -> PACKED -> SHIPPED -> IN_TRANSIT -> DELIVERED, or EXCEPTION, RETURNED_TO_SENDER.' });
registerEnumType(CartonStatus, { name: 'CartonStatus' });

@ObjectType('FulfillmentUserError', { implements: UserError })
export class FulfillmentUserError extends UserError {
  @Field(() => FulfillmentErrorCode)
  code!: FulfillmentErrorCode;
}

@ObjectType('StockAllocation', { description: 'Stock reserved for an order line in one location and lot.' })
export class StockAllocationType {
  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => DecimalScalar)
  quantityPicked!: string;

  @Field(() => DecimalScalar)
  quantityShipped!: string;

  @Field(() => AllocationStatus)
  status!: AllocationStatus;
}

@ObjectType('Wave', { implements: Node })
export class WaveType extends Node {
  @Field(() => String)
  number!: string;

  @Field(() => WaveStrategy)
  strategy!: WaveStrategy;

  @Field(() => WaveStatus)
  status!: WaveStatus;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('PickList', { implements: Node, description: 'One walk of one picker; tasks in location pick sequence.' })
export class PickListType extends Node {
  @Field(() => String)
  number!: string;

  @Field(() => PickListStatus)
  status!: PickListStatus;

  @Field(() => String, { nullable: true })
  picker!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('PickTask', { implements: Node })
export class PickTaskType extends Node {
  @Field(() => Int, { description: 'Walking order within the list.' })
  sequence!: number;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => DecimalScalar)
  quantityPicked!: string;

  @Field(() => DecimalScalar)
  quantityShort!: string;

  @Field(() => String, { nullable: true, description: 'CLUSTER lists: the tote of this task\'s order.' })
  tote!: string | null;

  @Field(() => [String], { description: 'Serial numbers scanned at pick.' })
  serialNumbers!: string[];

  @Field(() => PickTaskStatus)
  status!: PickTaskStatus;
}

@ObjectType('Carton', { implements: Node })
export class CartonType extends Node {
  @Field(() => String, { description: 'The carton label\'s SSCC (GS1 AI 00, 18 digits).' })
  sscc!: string;

  @Field(() => String)
  cartonType!: string;

  @Field(() => DecimalScalar, { nullable: true })
  weightKg!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  lengthCm!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  widthCm!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  heightCm!: string | null;

  @Field(() => String, { nullable: true })
  trackingNumber!: string | null;

  @Field(() => CartonStatus)
  status!: CartonStatus;
}

@ObjectType('CartonLine')
export class CartonLineType {
  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => [String])
  serialNumbers!: string[];
}

@ObjectType('ShipmentLine', { implements: Node, description: 'What a confirmed shipment shipped per order line and lot (a return names the line it returns).' })
export class ShipmentLineType extends Node {
  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => DecimalScalar, { description: 'Units of this line authorized for return (never above quantity).' })
  quantityReturned!: string;

  @Field(() => [String])
  serialNumbers!: string[];
}

@ObjectType('ShipmentStatusTime')
export class ShipmentStatusTimeType {
  @Field(() => ShipmentStatus)
  status!: ShipmentStatus;

  @Field(() => DateTimeScalar)
  at!: Date;
}

@ObjectType('Shipment', { implements: Node })
export class ShipmentType extends Node {
  @Field(() => String)
  number!: string;

  @Field(() => ShipmentStatus)
  status!: ShipmentStatus;

  @Field(() => String, { nullable: true })
  carrier!: string | null;

  @Field(() => String, { nullable: true })
  carrierService!: string | null;

  @Field(() => Int)
  version!: number;
}

@InputType('SalesOrderConfirmInput')
export class SalesOrderConfirmInputType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Backorder what cannot be reserved now (default true); false refuses the confirmation instead (INSUFFICIENT_STOCK).' })
  backorder?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'A checkout hold to consume: its quantities count for this order.' })
  holdId?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('SalesOrderApproveCreditInput')
export class SalesOrderApproveCreditInputType {
  @Field(() => ID, { description: 'An order on CREDIT_HOLD.' })
  orderId!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('WaveReleaseInput')
export class WaveReleaseInputType {
  @Field(() => ID)
  warehouseId!: string;

  @Field(() => WaveStrategy)
  strategy!: WaveStrategy;

  @Field(() => [ID], { nullable: true, description: 'These orders; otherwise every order of the warehouse matching the filter below.' })
  orderIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: orders requested to ship by then (an order with no date counts as today).' })
  shipByDate?: string | null;

  @Field(() => String, { nullable: true })
  carrier?: string | null;

  @Field(() => Int, { nullable: true })
  minPriority?: number | null;

  @Field(() => ID, { nullable: true })
  channelId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Most orders in the wave (default 50, at most 500).' })
  maxOrders?: number | null;

  @Field(() => Int, { nullable: true, description: 'BATCH and CLUSTER: most orders per pick list (default 10).' })
  ordersPerList?: number | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('PickScanInput')
export class PickScanInputType {
  @Field(() => ID)
  pickListId!: string;

  @Field(() => String, { description: 'The scanner\'s raw string: a location label, an item barcode, a lot or serial number, or a GS1 element string (with symbology prefix, FNC1 as GS, or parentheses).' })
  raw!: string;

  @Field(() => String, { nullable: true, description: 'CLUSTER lists: the tote the units go into.' })
  toteId?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Units picked with this scan when the label does not carry a count (default 1, or the pack barcode\'s units).' })
  quantity?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('PickListAssignInput')
export class PickListAssignInputType {
  @Field(() => ID)
  pickListId!: string;

  @Field(() => String, { description: 'Who walks it: a name or badge id.' })
  picker!: string;
}

@InputType('PickShortInput')
export class PickShortInputType {
  @Field(() => ID)
  pickTaskId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Units not found (default: all the task still asks for).' })
  quantityMissing?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('CartonPackLineInput')
export class CartonPackLineInput {
  @Field(() => ID)
  orderLineId!: string;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => String, { nullable: true, description: 'Needed when units of several lots were picked for the line.' })
  lotNumber?: string | null;

  @Field(() => [String], { nullable: true, description: 'Serial items: the serial numbers packed.' })
  serialNumbers?: string[] | null;
}

@InputType('CartonPackInput')
export class CartonPackInput {
  @Field(() => String)
  cartonType!: string;

  @Field(() => DecimalScalar, { nullable: true })
  weightKg?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  lengthCm?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  widthCm?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  heightCm?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Close the carton now (default); an open carton is closed by scanning its label (cartonClose).' })
  close?: boolean | null;

  @Field(() => [CartonPackLineInput])
  lines!: CartonPackLineInput[];
}

@InputType('ShipmentPackInput')
export class ShipmentPackInputType {
  @Field(() => ID)
  orderId!: string;

  @Field(() => String, { nullable: true })
  carrier?: string | null;

  @Field(() => String, { nullable: true })
  carrierService?: string | null;

  @Field(() => [CartonPackInput])
  cartons!: CartonPackInput[];

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('CartonCloseInput')
export class CartonCloseInputType {
  @Field(() => String, { description: 'The scanned carton label: its SSCC as a GS1 element string (AI 00) or the 18 digits.' })
  raw!: string;

  @Field(() => DecimalScalar, { nullable: true })
  weightKg?: string | null;
}

@InputType('CartonTrackingInput')
export class CartonTrackingInput {
  @Field(() => ID)
  cartonId!: string;

  @Field(() => String)
  trackingNumber!: string;
}

@InputType('ShipmentConfirmInput')
export class ShipmentConfirmInputType {
  @Field(() => ID)
  shipmentId!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => [CartonTrackingInput], { nullable: true })
  trackingNumbers?: CartonTrackingInput[] | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('ShipmentTrackInput')
export class ShipmentTrackInputType {
  @Field(() => ID)
  shipmentId!: string;

  @Field(() => ShipmentStatus, { description: 'IN_TRANSIT, DELIVERED, EXCEPTION or RETURNED_TO_SENDER.' })
  status!: ShipmentStatus;

  @Field(() => String, { description: 'The carrier\'s event id: recording it again changes nothing.' })
  eventId!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  detail?: string | null;
}

@ObjectType('PickScanResult')
export class PickScanResultType {
  @Field(() => String, { description: 'LOCATION: the picker is now at the scanned location. PICK: units were picked.' })
  kind!: string;

  @Field(() => DecimalScalar, { nullable: true })
  quantity!: string | null;
}

export const SalesOrderConfirmPayload = payloadType('SalesOrderConfirmPayload', { salesOrder: () => SalesOrderType }, FulfillmentUserError);
export const SalesOrderApproveCreditPayload = payloadType('SalesOrderApproveCreditPayload', { salesOrder: () => SalesOrderType }, FulfillmentUserError);
export const WaveReleasePayload = payloadType('WaveReleasePayload', { wave: () => WaveType }, FulfillmentUserError);
export const PickScanPayload = payloadType('PickScanPayload', { pickList: () => PickListType, result: () => PickScanResultType, tasks: () => [PickTaskType] }, FulfillmentUserError);
@ObjectType('PickShortResult')
export class PickShortResultType {
  @Field(() => DecimalScalar, { description: 'Units reserved again in other locations (new tasks at the end of the list).' })
  reallocated!: string;

  @Field(() => DecimalScalar, { description: 'Units backordered: no other stock could be reserved.' })
  backordered!: string;

  @Field(() => ID, { nullable: true, description: 'The open cycle count the short location was put on.' })
  countId!: string | null;
}

export const PickListAssignPayload = payloadType('PickListAssignPayload', { pickList: () => PickListType }, FulfillmentUserError);
export const PickShortPayload = payloadType('PickShortPayload', { pickList: () => PickListType, result: () => PickShortResultType }, FulfillmentUserError);
export const ShipmentPayload = payloadType('ShipmentPayload', { shipment: () => ShipmentType }, FulfillmentUserError);
export const CartonClosePayload = payloadType('CartonClosePayload', { carton: () => CartonType, shipment: () => ShipmentType }, FulfillmentUserError);

