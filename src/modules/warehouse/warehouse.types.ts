import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { payloadType } from '../../graphql/payload';
import { Connection, Node } from '../../graphql/relay';
import { DateTimeScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { LocationType } from './location.entity';
import { WarehouseErrorCode } from './warehouse-errors';

registerEnumType(LocationType, {
  name: 'LocationType',
  description: 'What a location is for. TRANSIT is the system location holding stock shipped to the warehouse by a transfer and not yet received.',
});
registerEnumType(WarehouseErrorCode, { name: 'WarehouseErrorCode' });

@ObjectType('WarehouseUserError', { implements: UserError })
export class WarehouseUserError extends UserError {
  @Field(() => WarehouseErrorCode)
  code!: WarehouseErrorCode;
}

@ObjectType('Address', { simpleResolvers: true })
export class AddressType {
  @Field(() => String, { nullable: true })
  line1!: string | null;

  @Field(() => String, { nullable: true })
  line2!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  country!: string | null;
}

@ObjectType('Warehouse', { implements: Node })
export class WarehouseType extends Node {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AddressType)
  address!: AddressType;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Boolean, { description: 'Issues may take on-hand below zero here.' })
  allowNegativeStock!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType('Zone', { implements: Node })
export class ZoneType extends Node {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('Location', { implements: Node })
export class LocationObjectType extends Node {
  @Field(() => String)
  code!: string;

  @Field(() => LocationType)
  type!: LocationType;

  @Field(() => Int, { nullable: true, description: 'Walking order for picking: lower first.' })
  pickSequence!: number | null;

  @Field(() => String, { nullable: true })
  barcode!: string | null;

  @Field(() => Boolean, { description: 'Stock here counts toward availability.' })
  sellable!: boolean;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

export const WarehouseConnection = Connection(WarehouseType, 'Warehouse');
export const LocationConnection = Connection(LocationObjectType, 'Location');

@InputType('AddressInput')
export class AddressInput {
  @Field(() => String, { nullable: true })
  line1?: string | null;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;
}

@InputType('WarehouseFilter')
export class WarehouseFilterInput {
  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of code or name.' })
  search?: string | null;
}

@InputType('LocationFilter')
export class LocationFilterInput {
  @Field(() => LocationType, { nullable: true })
  type?: LocationType | null;

  @Field(() => ID, { nullable: true })
  zoneId?: string | null;

  @Field(() => Boolean, { nullable: true })
  sellable?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType('WarehouseCreateInput')
export class WarehouseCreateInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AddressInput, { nullable: true })
  address?: AddressInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Allow issues below zero on hand (default false).' })
  allowNegativeStock?: boolean | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('WarehouseUpdateInput')
export class WarehouseUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => AddressInput, { nullable: true })
  address?: AddressInput | null;

  @Field(() => Boolean, { nullable: true })
  allowNegativeStock?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType('WarehouseDeactivateInput')
export class WarehouseDeactivateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType('ZoneCreateInput')
export class ZoneCreateInput {
  @Field(() => ID)
  warehouseId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('ZoneUpdateInput')
export class ZoneUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType('LocationCreateInput')
export class LocationCreateInput {
  @Field(() => ID)
  warehouseId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => LocationType)
  type!: LocationType;

  @Field(() => ID, { nullable: true })
  zoneId?: string | null;

  @Field(() => Int, { nullable: true })
  pickSequence?: number | null;

  @Field(() => String, { nullable: true })
  barcode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default: true for STORAGE and PICK, false otherwise.' })
  sellable?: boolean | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('LocationUpdateInput')
export class LocationUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => LocationType, { nullable: true })
  type?: LocationType | null;

  @Field(() => ID, { nullable: true })
  zoneId?: string | null;

  @Field(() => Int, { nullable: true })
  pickSequence?: number | null;

  @Field(() => String, { nullable: true })
  barcode?: string | null;

  @Field(() => Boolean, { nullable: true })
  sellable?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType('LocationDeactivateInput')
export class LocationDeactivateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

export const WarehouseCreatePayload = payloadType('WarehouseCreatePayload', { warehouse: () => WarehouseType }, WarehouseUserError);
export const WarehouseUpdatePayload = payloadType('WarehouseUpdatePayload', { warehouse: () => WarehouseType }, WarehouseUserError);
export const WarehouseDeactivatePayload = payloadType('WarehouseDeactivatePayload', { warehouse: () => WarehouseType }, WarehouseUserError);
export const ZoneCreatePayload = payloadType('ZoneCreatePayload', { zone: () => ZoneType }, WarehouseUserError);
export const ZoneUpdatePayload = payloadType('ZoneUpdatePayload', { zone: () => ZoneType }, WarehouseUserError);
export const LocationCreatePayload = payloadType('LocationCreatePayload', { location: () => LocationObjectType }, WarehouseUserError);
export const LocationUpdatePayload = payloadType('LocationUpdatePayload', { location: () => LocationObjectType }, WarehouseUserError);
export const LocationDeactivatePayload = payloadType('LocationDeactivatePayload', { location: () => LocationObjectType }, WarehouseUserError);
