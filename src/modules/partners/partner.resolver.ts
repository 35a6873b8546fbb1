import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { hasScope } from '../../auth/principal';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { PageArgs, toConnection } from '../../graphql/relay';
import { Partner } from './partner.entity';
import { PartnerConnection, PartnerCreateInput, PartnerCreatePayload, PartnerFilterInput, PartnerType, PartnerUpdateInput, PartnerUpdatePayload } from './partner.types';

/** A key with partners:read sees every partner; a PARTNER key (partner:self) only its own. */
function canSee(ctx: GraphQLContext, partner: { id: string }): boolean {
  return hasScope(ctx.principal, Scope.PARTNERS_READ) || ctx.principal?.partnerId === partner.id;
}

registerNodeType('Partner', { entity: Partner, scopes: [Scope.PARTNERS_READ, Scope.PARTNER_SELF], visible: canSee });

@Resolver(() => PartnerType)
export class PartnerResolver {
  @Authorized(Scope.PARTNERS_READ, Scope.PARTNER_SELF)
  @Query(() => PartnerType, { nullable: true, description: 'A partner by id. A PARTNER key sees only its own partner (null for any other).' })
  async partner(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Partner | null> {
    const partner = await ctx.em.findOne(Partner, { id: dbId(id, 'Partner') });
    return partner && canSee(ctx, partner) ? partner : null;
  }

  @Authorized(Scope.PARTNERS_READ)
  @Query(() => PartnerConnection, { description: 'Partners ordered by code.' })
  async partners(
    @Arg('filter', () => PartnerFilterInput, { nullable: true }) filter: PartnerFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toConnection(await ctx.services.partners.findPage(ctx, filter ?? {}, page));
  }

  @Authorized(Scope.PARTNERS_WRITE)
  @Mutation(() => PartnerCreatePayload)
  partnerCreate(@Arg('input', () => PartnerCreateInput) input: PartnerCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.partners.create(ctx, input),
      async (r) => ({ partner: await ctx.em.findOne(Partner, { id: r.partnerId }) }),
    );
  }

  @Authorized(Scope.PARTNERS_WRITE)
  @Mutation(() => PartnerUpdatePayload)
  partnerUpdate(@Arg('input', () => PartnerUpdateInput) input: PartnerUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.partners.update(ctx, { ...input, id: dbId(input.id, 'Partner') }),
      async (r) => ({ partner: await ctx.em.findOne(Partner, { id: r.partnerId }) }),
    );
  }
}
