import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { payloadType } from '../graphql/payload';
import { Connection, Node } from '../graphql/relay';
import { DateTimeScalar } from '../graphql/scalars';
import { UserError } from '../graphql/user-error';
import { AuthErrorCode } from './api-key.service';
import { Role, Scope } from './roles';

registerEnumType(Role, { name: 'Role', description: 'What an access key may do; see README for the scopes of each role.' });
registerEnumType(AuthErrorCode, { name: 'AuthErrorCode' });

@ObjectType('AuthUserError', { implements: UserError })
export class AuthUserError extends UserError {
  @Field(() => AuthErrorCode)
  code!: AuthErrorCode;
}

@ObjectType('ApiKey', { implements: Node, description: 'An access key. The secret is shown once, at creation; only its hash is kept.' })
export class ApiKeyType extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The first characters of the secret, to tell keys apart.' })
  prefix!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => String)
  createdBy!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: Date | null;
}

export const ApiKeyConnection = Connection(ApiKeyType, 'ApiKey');

@ObjectType('Viewer', { simpleResolvers: true, description: 'The access key making this request.' })
export class ViewerType {
  @Field(() => ID)
  keyId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => [String], { description: `Scopes granted by the role: ${Object.values(Scope).join(', ')}.` })
  scopes!: string[];

  /** The database id of the key's sales channel (resolved by ViewerResolver.channel). */
  channelId!: string | null;
}

@InputType('ApiKeyCreateInput')
export class ApiKeyCreateInput {
  @Field(() => String, { description: 'What the key is for, e.g. "web storefront".' })
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for PARTNER keys: the only partner whose documents the key will see.' })
  partnerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for STOREFRONT keys, refused for any other role: the only sales channel whose orders the key will place and see.',
  })
  channelId?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('ApiKeyRevokeInput')
export class ApiKeyRevokeInput {
  @Field(() => ID)
  id!: string;
}

@InputType('ApiKeyFilter')
export class ApiKeyFilterInput {
  @Field(() => Boolean, { nullable: true })
  includeRevoked?: boolean | null;
}

@ObjectType('ApiKeyCreatePayload')
export class ApiKeyCreatePayload {
  @Field(() => ApiKeyType, { nullable: true })
  apiKey?: unknown;

  @Field(() => String, { nullable: true, description: 'The secret: shown this once, store it now. Empty on an idempotent replay.' })
  secret?: string | null;

  @Field(() => [AuthUserError])
  userErrors!: AuthUserError[];
}

export const ApiKeyRevokePayload = payloadType('ApiKeyRevokePayload', { apiKey: () => ApiKeyType }, AuthUserError);
