import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { payloadType } from '../../graphql/payload';
import { Connection, Node } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { ReturnDisposition, ReturnStatus } from './return.entity';
import { ReturnErrorCode } from './returns-errors';

registerEnumType(ReturnErrorCode, { name: 'ReturnErrorCode', description: 'Why a return command was refused.' });
registerEnumType(ReturnStatus, { name: 'ReturnStatus', description: 'AUTHORIZED -> RECEIVED (in quarantine, every authorized unit) -> CLOSED (every received unit restocked or scrapped); CANCELLED before anything is received.' });
registerEnumType(ReturnDisposition, { name: 'ReturnDisposition', description: 'RESTOCK: back to a sellable location (no posting). SCRAP: written off (Dr Scrap, Cr Inventory).' });

@ObjectType('ReturnUserError', { implements: UserError })
export class ReturnUserError extends UserError {
  @Field(() => ReturnErrorCode)
  code!: ReturnErrorCode;
}

@ObjectType('ReturnAuthorization', { implements: Node, description: 'A customer return (RMA) of shipped units of one order.' })
export class ReturnAuthorizationType extends Node {
  @Field(() => String, { description: 'RMA-<six digits>.' })
  number!: string;

  @Field(() => ReturnStatus)
  status!: ReturnStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the first goods were received.' })
  receivedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it closed or was cancelled.' })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Rises with every change; events carry it.' })
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType('ReturnLine', { implements: Node, description: 'A returned shipment line (and its lot): authorized, received, restocked and scrapped, in the item\'s unit.' })
export class ReturnLineType extends Node {
  @Field(() => Int)
  lineNo!: number;

  @Field(() => DecimalScalar, { description: 'Authorized.' })
  quantity!: string;

  @Field(() => DecimalScalar)
  quantityReceived!: string;

  @Field(() => DecimalScalar)
  quantityRestocked!: string;

  @Field(() => DecimalScalar)
  quantityScrapped!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

export const ReturnAuthorizationConnection = Connection(ReturnAuthorizationType, 'ReturnAuthorization');

@InputType('ReturnFilter')
export class ReturnFilterInput {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => [ReturnStatus], { nullable: true })
  status?: ReturnStatus[] | null;
}

@InputType('ReturnAuthorizeLineInput')
export class ReturnAuthorizeLineInput {
  @Field(() => ID, { description: 'The shipment line returned (Shipment.lines).' })
  shipmentLineId!: string;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => [String], { nullable: true, description: 'Serial items: the serials coming back, among those shipped on the line.' })
  serialNumbers?: string[] | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType('ReturnAuthorizeInput')
export class ReturnAuthorizeInputType {
  @Field(() => ID)
  orderId!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => [ReturnAuthorizeLineInput])
  lines!: ReturnAuthorizeLineInput[];

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('ReturnReceiveLineInput')
export class ReturnReceiveLineInput {
  @Field(() => ID)
  returnLineId!: string;

  @Field(() => DecimalScalar)
  quantity!: string;
}

@InputType('ReturnReceiveInput')
export class ReturnReceiveInputType {
  @Field(() => ID)
  returnId!: string;

  @Field(() => ID, { description: 'A QUARANTINE location of the return\'s warehouse (every receipt of a return goes to the same one).' })
  locationId!: string;

  @Field(() => [ReturnReceiveLineInput], { nullable: true, description: 'Default: every authorized unit not received yet.' })
  lines?: ReturnReceiveLineInput[] | null;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('ReturnInspectLineInput')
export class ReturnInspectLineInput {
  @Field(() => ID)
  returnLineId!: string;

  @Field(() => ReturnDisposition)
  disposition!: ReturnDisposition;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => ID, { nullable: true, description: 'RESTOCK: the sellable location of the warehouse the goods go to.' })
  locationId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Serial items: which of the line\'s serials in quarantine (default: the first ones).' })
  serialNumbers?: string[] | null;
}

@InputType('ReturnInspectInput')
export class ReturnInspectInputType {
  @Field(() => ID)
  returnId!: string;

  @Field(() => [ReturnInspectLineInput])
  lines!: ReturnInspectLineInput[];

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('ReturnCancelInput')
export class ReturnCancelInputType {
  @Field(() => ID)
  returnId!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

export const ReturnPayload = payloadType('ReturnPayload', { return: () => ReturnAuthorizationType }, ReturnUserError);
