import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { PageArgs, toConnection } from '../../graphql/relay';
import { DecimalScalar } from '../../graphql/scalars';
import type { Partner } from '../partners/partner.entity';
import { partnersById } from '../partners/partner.loaders';
import { PartnerType } from '../partners/partner.types';
import { CreditLimitAction, Customer, ReturnCreditPolicy, SalesChannel } from './customer.entity';
import { customersById, salesChannelsById } from './sales.loaders';
import {
  CustomerConnection,
  CustomerCreateInput,
  CustomerCreatePayload,
  CustomerDeactivateInput,
  CustomerDeactivatePayload,
  CustomerFilterInput,
  CustomerType,
  CustomerUpdateInput,
  CustomerUpdatePayload,
  SalesChannelConnection,
  SalesChannelCreateInput,
  SalesChannelCreatePayload,
  SalesChannelFilterInput,
  SalesChannelType,
  SalesChannelUpdateInput,
  SalesChannelUpdatePayload,
} from './sales.types';

registerNodeType('Customer', { entity: Customer, scopes: [Scope.SALES_READ] });
registerNodeType('SalesChannel', { entity: SalesChannel, scopes: [Scope.SALES_READ] });

@Resolver(() => CustomerType)
export class CustomerResolver {
  @Authorized(Scope.SALES_READ)
  @Query(() => CustomerType, { nullable: true })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Customer | null> {
    return ctx.loaders.get(customersById).load(dbId(id, 'Customer'));
  }

  @Authorized(Scope.SALES_READ)
  @Query(() => CustomerType, { nullable: true, description: 'A customer by code (case-insensitive).' })
  customerByCode(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<Customer | null> {
    return ctx.services.customers.findByCode(ctx.em, code);
  }

  @Authorized(Scope.SALES_READ)
  @Query(() => CustomerConnection, { description: 'Customers ordered by code.' })
  async customers(
    @Arg('filter', () => CustomerFilterInput, { nullable: true }) filter: CustomerFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toConnection(await ctx.services.customers.findPage(ctx, filter ?? {}, page));
  }

  @Authorized(Scope.SALES_READ)
  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Needs sales:read (a partner seeing its order\'s customer does not see it).' })
  creditLimit(@Root() customer: Customer): string | null {
    return customer.creditLimit ?? null;
  }

  @Authorized(Scope.SALES_READ)
  @FieldResolver(() => CreditLimitAction, {
    description: 'Over the credit limit (open receivables plus open orders plus the order), a confirmation is REFUSEd (CREDIT_LIMIT_EXCEEDED) or the order is put on HOLD (CREDIT_HOLD). Needs sales:read.',
  })
  creditLimitAction(@Root() customer: Customer): CreditLimitAction {
    return customer.creditLimitAction;
  }

  @Authorized(Scope.SALES_READ)
  @FieldResolver(() => Boolean, { description: 'Invoice each shipment when it is confirmed (default); false: invoice on demand. Needs sales:read.' })
  autoInvoice(@Root() customer: Customer): boolean {
    return customer.autoInvoice;
  }

  @Authorized(Scope.SALES_READ)
  @FieldResolver(() => ReturnCreditPolicy, { description: 'What follows a received return. Needs sales:read.' })
  returnCreditPolicy(@Root() customer: Customer): ReturnCreditPolicy {
    return customer.returnCreditPolicy;
  }

  @Authorized(Scope.SALES_WRITE)
  @Mutation(() => CustomerCreatePayload)
  customerCreate(@Arg('input', () => CustomerCreateInput) input: CustomerCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.customers.create(ctx, input),
      async (r) => ({ customer: await ctx.em.findOne(Customer, { id: r.customerId }) }),
    );
  }

  @Authorized(Scope.SALES_WRITE)
  @Mutation(() => CustomerUpdatePayload)
  customerUpdate(@Arg('input', () => CustomerUpdateInput) input: CustomerUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.customers.update(ctx, { ...input, id: dbId(input.id, 'Customer') }),
      async (r) => ({ customer: await ctx.em.findOne(Customer, { id: r.customerId }) }),
    );
  }

  @Authorized(Scope.SALES_WRITE)
  @Mutation(() => CustomerDeactivatePayload, { description: 'Stops new orders for the customer; reactivate with customerUpdate(active: true).' })
  customerDeactivate(@Arg('input', () => CustomerDeactivateInput) input: CustomerDeactivateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.customers.update(ctx, { id: dbId(input.id, 'Customer'), expectedVersion: input.expectedVersion, active: false }),
      async (r) => ({ customer: await ctx.em.findOne(Customer, { id: r.customerId }) }),
    );
  }
}

@Resolver(() => SalesChannelType)
export class SalesChannelResolver {
  @Authorized(Scope.SALES_READ)
  @Query(() => SalesChannelType, { nullable: true })
  salesChannel(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<SalesChannel | null> {
    return ctx.loaders.get(salesChannelsById).load(dbId(id, 'SalesChannel'));
  }

  @Authorized(Scope.SALES_READ)
  @Query(() => SalesChannelConnection, { description: 'Sales channels ordered by code.' })
  async salesChannels(
    @Arg('filter', () => SalesChannelFilterInput, { nullable: true }) filter: SalesChannelFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toConnection(await ctx.services.salesChannels.findPage(ctx, filter ?? {}, page));
  }

  @FieldResolver(() => PartnerType, { nullable: true, description: 'The partner owning the channel and its orders.' })
  partner(@Root() channel: SalesChannel, @Ctx() ctx: GraphQLContext): Promise<Partner | null> | null {
    return channel.partner ? ctx.loaders.get(partnersById).load(channel.partner.id) : null;
  }

  @Authorized(Scope.SALES_WRITE)
  @Mutation(() => SalesChannelCreatePayload)
  salesChannelCreate(@Arg('input', () => SalesChannelCreateInput) input: SalesChannelCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.salesChannels.create(ctx, { ...input, partnerId: dbId(input.partnerId, 'Partner') }),
      async (r) => ({ salesChannel: await ctx.em.findOne(SalesChannel, { id: r.salesChannelId }) }),
    );
  }

  @Authorized(Scope.SALES_WRITE)
  @Mutation(() => SalesChannelUpdatePayload)
  salesChannelUpdate(@Arg('input', () => SalesChannelUpdateInput) input: SalesChannelUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.salesChannels.update(ctx, { ...input, id: dbId(input.id, 'SalesChannel'), partnerId: dbId(input.partnerId, 'Partner') }),
      async (r) => ({ salesChannel: await ctx.em.findOne(SalesChannel, { id: r.salesChannelId }) }),
    );
  }
}
