import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentRefType } from '../../graphql/document-ref';
import { payloadType } from '../../graphql/payload';
import { Connection, Node } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { CountStatus } from './inventory-count.entity';
import { InventoryErrorCode } from './inventory-errors';
import { SerialStatus } from './lot.entity';
import { AdjustmentReason } from './stock-document.service';
import { StockDocumentType } from './stock-document.entity';
import { MoveReason } from './stock-move.entity';
import { TransferStatus } from './transfer.entity';

registerEnumType(InventoryErrorCode, { name: 'InventoryErrorCode' });
registerEnumType(MoveReason, { name: 'MoveReason' });
registerEnumType(SerialStatus, { name: 'SerialStatus' });
registerEnumType(StockDocumentType, { name: 'StockDocumentType' });
registerEnumType(TransferStatus, { name: 'TransferStatus' });
registerEnumType(CountStatus, { name: 'CountStatus' });
registerEnumType(AdjustmentReason, { name: 'AdjustmentReason' });

@ObjectType('InventoryUserError', { implements: UserError })
export class InventoryUserError extends UserError {
  @Field(() => InventoryErrorCode)
  code!: InventoryErrorCode;
}

@ObjectType('Lot', { implements: Node })
export class LotType extends Node {
  @Field(() => String)
  lotNumber!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  expiryDate!: string | null;

  @Field(() => DateTimeScalar)
  receivedAt!: Date;
}

@ObjectType('Serial', { implements: Node, description: 'A serial number: in exactly one place, or gone.' })
export class SerialType extends Node {
  @Field(() => String)
  serialNumber!: string;

  @Field(() => SerialStatus)
  status!: SerialStatus;

  @Field(() => Int)
  version!: number;
}

@ObjectType('StockLevel', { description: 'On hand of an item in a location (and lot).' })
export class StockLevelType {
  @Field(() => DecimalScalar)
  onHand!: string;
}

@ObjectType('StockSummary', { description: 'An item in a warehouse: on hand, what of it is sellable, allocated, held by checkout holds, available and in transit to it.' })
export class StockSummaryType {
  @Field(() => DecimalScalar, { description: 'In the warehouse\'s locations (not in transit).' })
  onHand!: string;

  @Field(() => DecimalScalar, { description: 'On hand in sellable locations.' })
  sellableOnHand!: string;

  @Field(() => DecimalScalar)
  allocated!: string;

  @Field(() => DecimalScalar, { description: 'Shipped to this warehouse by transfers and not yet received.' })
  inTransit!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('StockMove', { implements: Node, description: 'One movement of stock; append-only.' })
export class StockMoveType extends Node {
  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => MoveReason)
  reason!: MoveReason;

  @Field(() => String, { nullable: true })
  reasonCode!: string | null;

  @Field(() => String)
  actor!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened (the document date).' })
  occurredAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  recordedAt!: Date;
}

@ObjectType('StockDocument', { implements: Node, description: 'A posted receipt, move between locations or adjustment.' })
export class StockDocumentObject extends Node {
  @Field(() => StockDocumentType)
  type!: StockDocumentType;

  @Field(() => String)
  number!: string;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => String, { nullable: true })
  reasonCode!: string | null;

  @Field(() => String, { nullable: true })
  memo!: string | null;

  @Field(() => String)
  status!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => String)
  actor!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('StockTransferLine')
export class StockTransferLineType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  lineNo!: number;

  @Field(() => [String], { nullable: true })
  serialNumbers!: string[] | null;

  @Field(() => DecimalScalar)
  quantityShipped!: string;

  @Field(() => DecimalScalar)
  quantityReceived!: string;

  @Field(() => DecimalScalar, { description: 'Shipped and not received: posted as a loss at receipt.' })
  quantityLost!: string;
}

@ObjectType('StockTransfer', { implements: Node })
export class StockTransferObject extends Node {
  @Field(() => String)
  number!: string;

  @Field(() => TransferStatus)
  status!: TransferStatus;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => DateTimeScalar)
  shippedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  receivedAt!: Date | null;

  @Field(() => String)
  shippedBy!: string;

  @Field(() => String, { nullable: true })
  receivedBy!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('InventoryCountLine')
export class InventoryCountLineType {
  @Field(() => DecimalScalar)
  countedQuantity!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'On hand when the count was approved.' })
  expectedQuantity!: string | null;

  @Field(() => [String], { nullable: true })
  serialNumbers!: string[] | null;

  @Field(() => String)
  countedBy!: string;
}

@ObjectType('CountVariance', { description: 'Counted minus on hand, as of now (or as posted, once approved).' })
export class CountVarianceType {
  @Field(() => DecimalScalar)
  counted!: string;

  @Field(() => DecimalScalar)
  onHand!: string;

  @Field(() => DecimalScalar)
  variance!: string;

  @Field(() => [String])
  missingSerials!: string[];

  @Field(() => [String])
  foundSerials!: string[];
}

@ObjectType('InventoryCount', { implements: Node })
export class InventoryCountObject extends Node {
  @Field(() => String)
  number!: string;

  @Field(() => CountStatus)
  status!: CountStatus;

  @Field(() => String, { nullable: true })
  memo!: string | null;

  @Field(() => String)
  openedBy!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  approvedBy!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('WarehouseAvailability', { simpleResolvers: true })
export class WarehouseAvailabilityType {
  @Field(() => String)
  warehouseCode!: string;

  @Field(() => String)
  warehouseName!: string;

  @Field(() => DecimalScalar, { description: 'Sellable on hand minus allocated minus held.' })
  available!: string;

  @Field(() => DecimalScalar, { description: 'On hand in sellable locations.' })
  onHand!: string;

  @Field(() => DecimalScalar)
  allocated!: string;

  @Field(() => DecimalScalar, { description: 'Kept by live checkout holds (stockHold); an expired hold no longer counts.' })
  held!: string;

  @Field(() => DecimalScalar, { description: 'On its way to this warehouse by transfer.' })
  inTransit!: string;
}

@ObjectType('SkuAvailability', { simpleResolvers: true, description: 'What a storefront may sell of one SKU. Never carries a cost.' })
export class SkuAvailabilityType {
  @Field(() => String, { description: 'The item\'s SKU (as the catalog spells it), or the SKU as asked when not found. Answers follow the order asked.' })
  sku!: string;

  @Field(() => Boolean, { description: 'False when no active item has this SKU.' })
  found!: boolean;

  @Field(() => DecimalScalar, { description: 'Available across the warehouses listed.' })
  available!: string;

  @Field(() => [WarehouseAvailabilityType])
  warehouses!: WarehouseAvailabilityType[];
}

@ObjectType('InventoryValuationLine')
export class InventoryValuationLineType {
  @Field(() => Boolean, { description: 'Stock in transit to the warehouse (in-transit account), not yet in it.' })
  inTransit!: boolean;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => DecimalScalar)
  value!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'value / quantity (6 places); null when nothing is on hand.' })
  unitCost!: string | null;
}

@ObjectType('InventoryValuation', { description: 'Quantity, value and unit cost by item and warehouse. totalValue equals glBalance, the GL inventory and in-transit accounts.' })
export class InventoryValuationType {
  @Field(() => DateTimeScalar)
  asOf!: Date;

  @Field(() => [InventoryValuationLineType])
  lines!: unknown[];

  @Field(() => DecimalScalar)
  totalValue!: string;

  @Field(() => DecimalScalar, { description: 'Balance of the GL accounts holding inventory value at the same instant.' })
  glBalance!: string;
}

@ObjectType('LotTrace', { description: 'Where a lot came from and everywhere it went.' })
export class LotTraceType {
  @Field(() => LotType)
  lot!: unknown;

  @Field(() => DocumentRefType, { description: 'The document that first brought the lot in.' })
  origin!: unknown;

  @Field(() => [StockMoveType], { description: 'Every move of the lot, oldest first.' })
  moves!: unknown[];

  @Field(() => [DocumentRefType], { description: 'Every document the lot passed through, in order of first touch.' })
  documents!: unknown[];

  @Field(() => [StockLevelType], { description: 'Where the lot is now.' })
  stockLevels!: unknown[];
}

export const StockLevelConnection = Connection(StockLevelType, 'StockLevel');
export const StockMoveConnection = Connection(StockMoveType, 'StockMove');
export const StockDocumentConnection = Connection(StockDocumentObject, 'StockDocument');
export const StockTransferConnection = Connection(StockTransferObject, 'StockTransfer');
export const InventoryCountConnection = Connection(InventoryCountObject, 'InventoryCount');

@ObjectType('StockLevelChangedEvent', { simpleResolvers: true })
export class StockLevelChangedEvent {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to resume without a gap.' })
  cursor!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => String)
  sku!: string;

  @Field(() => String)
  warehouseCode!: string;

  @Field(() => DecimalScalar)
  onHand!: string;

  @Field(() => DecimalScalar)
  sellableOnHand!: string;

  @Field(() => DecimalScalar)
  allocated!: string;

  @Field(() => DecimalScalar, { description: 'Kept by live checkout holds at the change. A hold that expires sends no event: the figure falls at the next change.' })
  held!: string;

  @Field(() => DecimalScalar, { description: 'Sellable on hand minus allocated minus held.' })
  available!: string;

  @Field(() => DecimalScalar)
  inTransit!: string;

  @Field(() => Int, { description: 'Rises with every change of this item in this warehouse: drop an event older than one you have.' })
  version!: number;
}

// ---------- inputs ----------

@InputType('StockLevelFilter')
export class StockLevelFilterInput {
  @Field(() => [ID], { nullable: true })
  itemIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  warehouseId?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => ID, { nullable: true })
  lotId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include rows at zero (current levels only).' })
  includeZero?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Levels as they stood at this instant.' })
  asOf?: Date | null;
}

@InputType('StockMoveFilter')
export class StockMoveFilterInput {
  @Field(() => ID, { nullable: true })
  itemId?: string | null;

  @Field(() => ID, { nullable: true })
  lotId?: string | null;

  @Field(() => String, { nullable: true })
  serialNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves from or to this location.' })
  locationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves from or to this warehouse.' })
  warehouseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of a StockDocument, StockTransfer or InventoryCount.' })
  documentId?: string | null;

  @Field(() => MoveReason, { nullable: true })
  reason?: MoveReason | null;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredTo?: Date | null;
}

@InputType('StockReceiveLineInput')
export class StockReceiveLineInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => DecimalScalar, { description: 'Cost per base unit, up to 6 decimal places.' })
  unitCost!: string;

  @Field(() => String, { nullable: true })
  lotNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required for new lots of items that need one.' })
  expiryDate?: string | null;

  @Field(() => [String], { nullable: true })
  serialNumbers?: string[] | null;
}

@InputType('StockReceiveInput')
export class StockReceiveInput {
  @Field(() => ID)
  warehouseId!: string;

  @Field(() => [StockReceiveLineInput])
  lines!: StockReceiveLineInput[];

  @Field(() => String, { nullable: true, description: 'The supplier\'s delivery note or similar.' })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Document date (default now); must fall in an open period and not in the future.' })
  occurredAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Let an expired lot into a sellable location.' })
  allowExpired?: boolean | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('StockMoveLineInput')
export class StockMoveLineInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID)
  fromLocationId!: string;

  @Field(() => ID)
  toLocationId!: string;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => String, { nullable: true })
  lotNumber?: string | null;

  @Field(() => [String], { nullable: true })
  serialNumbers?: string[] | null;
}

@InputType('StockMoveInput')
export class StockMoveInput {
  @Field(() => ID)
  warehouseId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Let an expired lot into a sellable location.' })
  allowExpired?: boolean | null;

  @Field(() => [StockMoveLineInput])
  lines!: StockMoveLineInput[];

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('StockAdjustLineInput')
export class StockAdjustLineInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => DecimalScalar, { description: 'Negative takes stock out (a loss); positive adds it (a gain).' })
  quantity!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Gains only: cost per unit (default: the current cost of the item in the warehouse).' })
  unitCost?: string | null;

  @Field(() => String, { nullable: true })
  lotNumber?: string | null;

  @Field(() => String, { nullable: true })
  expiryDate?: string | null;

  @Field(() => [String], { nullable: true })
  serialNumbers?: string[] | null;
}

@InputType('StockAdjustInput')
export class StockAdjustInput {
  @Field(() => ID)
  warehouseId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Let an expired lot (found stock) into a sellable location.' })
  allowExpired?: boolean | null;

  @Field(() => AdjustmentReason)
  reasonCode!: AdjustmentReason;

  @Field(() => [StockAdjustLineInput])
  lines!: StockAdjustLineInput[];

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('StockTransferShipLineInput')
export class StockTransferShipLineInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID)
  fromLocationId!: string;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => String, { nullable: true })
  lotNumber?: string | null;

  @Field(() => [String], { nullable: true })
  serialNumbers?: string[] | null;
}

@InputType('StockTransferShipInput')
export class StockTransferShipInput {
  @Field(() => ID)
  fromWarehouseId!: string;

  @Field(() => ID)
  toWarehouseId!: string;

  @Field(() => [StockTransferShipLineInput])
  lines!: StockTransferShipLineInput[];

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('StockTransferReceiveLineInput')
export class StockTransferReceiveLineInput {
  @Field(() => ID)
  transferLineId!: string;

  @Field(() => ID)
  toLocationId!: string;

  @Field(() => DecimalScalar, { description: 'What arrived; 0 records the line lost.' })
  quantity!: string;

  @Field(() => [String], { nullable: true })
  serialNumbers?: string[] | null;
}

@InputType('StockTransferReceiveInput')
export class StockTransferReceiveInput {
  @Field(() => ID)
  transferId!: string;

  @Field(() => [StockTransferReceiveLineInput], { description: 'Every transfer line at least once; a line may be split over locations.' })
  lines!: StockTransferReceiveLineInput[];

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => Boolean, { nullable: true })
  allowExpired?: boolean | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('InventoryCountOpenInput')
export class InventoryCountOpenInput {
  @Field(() => ID)
  warehouseId!: string;

  @Field(() => [ID], { nullable: true, description: 'Locations to count (default: any).' })
  locationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Items to count (default: any).' })
  itemIds?: string[] | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('InventoryCountEntryInput', { description: 'Scan (barcode: each scan adds its pack quantity) or entry (itemId + quantity: replaces the count). Serial items: serialNumbers.' })
export class InventoryCountEntryInput {
  @Field(() => ID)
  locationId!: string;

  @Field(() => String, { nullable: true })
  barcode?: string | null;

  @Field(() => ID, { nullable: true })
  itemId?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  quantity?: string | null;

  @Field(() => String, { nullable: true })
  lotNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the expiry of a lot the system does not know yet (required when the item needs one).' })
  expiryDate?: string | null;

  @Field(() => [String], { nullable: true })
  serialNumbers?: string[] | null;
}

@InputType('InventoryCountRecordInput')
export class InventoryCountRecordInput {
  @Field(() => ID)
  countId!: string;

  @Field(() => [InventoryCountEntryInput])
  entries!: InventoryCountEntryInput[];

  @Field(() => String, { nullable: true, description: 'Scans are not idempotent by nature: a key makes a retried scan count once.' })
  idempotencyKey?: string | null;
}

@InputType('InventoryCountApproveInput')
export class InventoryCountApproveInput {
  @Field(() => ID)
  countId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('InventoryCountCancelInput')
export class InventoryCountCancelInput {
  @Field(() => ID)
  countId!: string;
}

export const StockReceivePayload = payloadType('StockReceivePayload', { document: () => StockDocumentObject }, InventoryUserError);
export const StockMovePayload = payloadType('StockMovePayload', { document: () => StockDocumentObject }, InventoryUserError);
export const StockAdjustPayload = payloadType('StockAdjustPayload', { document: () => StockDocumentObject }, InventoryUserError);
export const StockTransferShipPayload = payloadType('StockTransferShipPayload', { transfer: () => StockTransferObject }, InventoryUserError);
export const StockTransferReceivePayload = payloadType('StockTransferReceivePayload', { transfer: () => StockTransferObject }, InventoryUserError);
export const InventoryCountOpenPayload = payloadType('InventoryCountOpenPayload', { count: () => InventoryCountObject }, InventoryUserError);
export const InventoryCountRecordPayload = payloadType('InventoryCountRecordPayload', { count: () => InventoryCountObject }, InventoryUserError);
export const InventoryCountApprovePayload = payloadType('InventoryCountApprovePayload', { count: () => InventoryCountObject }, InventoryUserError);
export const InventoryCountCancelPayload = payloadType('InventoryCountCancelPayload', { count: () => InventoryCountObject }, InventoryUserError);
