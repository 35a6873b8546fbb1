import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { payloadType } from '../../graphql/payload';
import { Connection, Node } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { AddressInput, AddressType } from '../warehouse/warehouse.types';
import { CreditLimitAction, ReturnCreditPolicy, SalesChannelKind } from './customer.entity';
import { SalesErrorCode } from './sales-errors';

registerEnumType(SalesErrorCode, { name: 'SalesErrorCode' });
registerEnumType(CreditLimitAction, { name: 'CreditLimitAction', description: 'What happens to a confirmation that would pass the customer\'s credit limit: REFUSE it (CREDIT_LIMIT_EXCEEDED), or HOLD the order (CREDIT_HOLD) for finance to approve.' });
registerEnumType(ReturnCreditPolicy, { name: 'ReturnCreditPolicy', description: 'What follows a received return: a CREDIT_NOTE, a credit note and a REFUND of it, or NONE (finance decides).' });
registerEnumType(SalesChannelKind, { name: 'SalesChannelKind', description: 'Where a channel\'s orders come from.' });

@ObjectType('SalesUserError', { implements: UserError })
export class SalesUserError extends UserError {
  @Field(() => SalesErrorCode)
  code!: SalesErrorCode;
}

@ObjectType('Customer', { implements: Node, description: 'Someone the company sells to. Rates are percents (19 means 19 %).' })
export class CustomerType extends Node {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => AddressType)
  billingAddress!: AddressType;

  @Field(() => AddressType, { description: 'Where orders ship unless an order names its own address.' })
  shippingAddress!: AddressType;

  @Field(() => Int, { description: 'Payment terms: net days after the invoice.' })
  paymentTermsDays!: number;

  @Field(() => Int, { description: 'Days of shelf life a lot must still have on the ship date to be allocated to this customer.' })
  minShelfLifeDays!: number;

  @Field(() => DecimalScalar, { description: 'Percent; order lines take it unless they name their own.' })
  defaultTaxRate!: string;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('SalesChannel', { implements: Node, description: 'A storefront, marketplace or other source of orders.' })
export class SalesChannelType extends Node {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => SalesChannelKind)
  kind!: SalesChannelKind;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

export const CustomerConnection = Connection(CustomerType, 'Customer');
export const SalesChannelConnection = Connection(SalesChannelType, 'SalesChannel');

@InputType('CustomerFilter')
export class CustomerFilterInput {
  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of code or name.' })
  search?: string | null;
}

@InputType('SalesChannelFilter')
export class SalesChannelFilterInput {
  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => SalesChannelKind, { nullable: true })
  kind?: SalesChannelKind | null;
}

@InputType('CustomerCreateInput')
export class CustomerCreateInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => AddressInput, { nullable: true })
  billingAddress?: AddressInput | null;

  @Field(() => AddressInput, { nullable: true, description: 'Default: the billing address.' })
  shippingAddress?: AddressInput | null;

  @Field(() => Int, { nullable: true, description: 'Net days, 0 to 365 (default 30).' })
  paymentTermsDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days of shelf life a lot must still have when it ships, 0 to 3650 (default 0).' })
  minShelfLifeDays?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent, 0 to 100 (default 0).' })
  defaultTaxRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Open receivables plus open orders may not pass it; default: no limit.' })
  creditLimit?: string | null;

  @Field(() => CreditLimitAction, { nullable: true, description: 'Default REFUSE.' })
  creditLimitAction?: CreditLimitAction | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  autoInvoice?: boolean | null;

  @Field(() => ReturnCreditPolicy, { nullable: true, description: 'Default CREDIT_NOTE.' })
  returnCreditPolicy?: ReturnCreditPolicy | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('CustomerUpdateInput')
export class CustomerUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => AddressInput, { nullable: true })
  billingAddress?: AddressInput | null;

  @Field(() => AddressInput, { nullable: true })
  shippingAddress?: AddressInput | null;

  @Field(() => Int, { nullable: true })
  paymentTermsDays?: number | null;

  @Field(() => Int, { nullable: true })
  minShelfLifeDays?: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  defaultTaxRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'null removes the limit.' })
  creditLimit?: string | null;

  @Field(() => CreditLimitAction, { nullable: true })
  creditLimitAction?: CreditLimitAction | null;

  @Field(() => Boolean, { nullable: true })
  autoInvoice?: boolean | null;

  @Field(() => ReturnCreditPolicy, { nullable: true })
  returnCreditPolicy?: ReturnCreditPolicy | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType('CustomerDeactivateInput')
export class CustomerDeactivateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType('SalesChannelCreateInput')
export class SalesChannelCreateInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => SalesChannelKind)
  kind!: SalesChannelKind;

  @Field(() => ID, { nullable: true, description: 'The partner owning the channel (a marketplace): its orders become that partner\'s.' })
  partnerId?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('SalesChannelUpdateInput')
export class SalesChannelUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => SalesChannelKind, { nullable: true })
  kind?: SalesChannelKind | null;

  @Field(() => ID, { nullable: true, description: 'null removes the owner (for orders placed from now on).' })
  partnerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

export const CustomerCreatePayload = payloadType('CustomerCreatePayload', { customer: () => CustomerType }, SalesUserError);
export const CustomerUpdatePayload = payloadType('CustomerUpdatePayload', { customer: () => CustomerType }, SalesUserError);
export const CustomerDeactivatePayload = payloadType('CustomerDeactivatePayload', { customer: () => CustomerType }, SalesUserError);
export const SalesChannelCreatePayload = payloadType('SalesChannelCreatePayload', { salesChannel: () => SalesChannelType }, SalesUserError);
export const SalesChannelUpdatePayload = payloadType('SalesChannelUpdatePayload', { salesChannel: () => SalesChannelType }, SalesUserError);
