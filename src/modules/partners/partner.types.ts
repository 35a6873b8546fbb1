import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { payloadType } from '../../graphql/payload';
import { Connection, Node } from '../../graphql/relay';
import { UserError } from '../../graphql/user-error';
import { PartnerKind } from './partner.entity';
import { PartnerErrorCode } from './partner.service';

registerEnumType(PartnerKind, { name: 'PartnerKind' });
registerEnumType(PartnerErrorCode, { name: 'PartnerErrorCode' });

@ObjectType('PartnerUserError', { implements: UserError })
export class PartnerUserError extends UserError {
  @Field(() => PartnerErrorCode)
  code!: PartnerErrorCode;
}

@ObjectType('Partner', { implements: Node, description: 'A customer, vendor, carrier, marketplace or 3PL (one record may be several).' })
export class PartnerType extends Node {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [PartnerKind])
  kinds!: PartnerKind[];

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

export const PartnerConnection = Connection(PartnerType, 'Partner');

@InputType('PartnerFilter')
export class PartnerFilterInput {
  @Field(() => PartnerKind, { nullable: true })
  kind?: PartnerKind | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType('PartnerCreateInput')
export class PartnerCreateInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [PartnerKind], { nullable: true })
  kinds?: PartnerKind[] | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('PartnerUpdateInput')
export class PartnerUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [PartnerKind], { nullable: true })
  kinds?: PartnerKind[] | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

export const PartnerCreatePayload = payloadType('PartnerCreatePayload', { partner: () => PartnerType }, PartnerUserError);
export const PartnerUpdatePayload = payloadType('PartnerUpdatePayload', { partner: () => PartnerType }, PartnerUserError);
