import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { mutate } from '../graphql/mutation';
import { dbId, registerNodeType } from '../graphql/node.resolver';
import { PageArgs, toConnection } from '../graphql/relay';
import type { Partner } from '../modules/partners/partner.entity';
import { partnersById } from '../modules/partners/partner.loaders';
import { PartnerType } from '../modules/partners/partner.types';
import type { SalesChannel } from '../modules/sales/customer.entity';
import { salesChannelsById } from '../modules/sales/sales.loaders';
import { SalesChannelType } from '../modules/sales/sales.types';
import { AccessError } from '../shared/errors';
import { toGlobalId } from '../shared/ids';
import { ApiKey } from './api-key.entity';
import { ApiKeyConnection, ApiKeyCreateInput, ApiKeyCreatePayload, ApiKeyFilterInput, ApiKeyRevokeInput, ApiKeyRevokePayload, ApiKeyType, ViewerType } from './api-key.types';
import { Scope } from './roles';

registerNodeType('ApiKey', { entity: ApiKey, scopes: [Scope.KEYS_ADMIN] });

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Authorized()
  @Query(() => ViewerType, { description: 'The access key making this request, its role and scopes.' })
  viewer(@Ctx() ctx: GraphQLContext): ViewerType {
    const p = ctx.principal;
    if (!p) throw new AccessError('UNAUTHENTICATED', 'An access key is required.');
    return { keyId: toGlobalId('ApiKey', p.keyId), name: p.keyName, role: p.role, scopes: [...p.scopes].sort(), channelId: p.channelId };
  }

  @Authorized(Scope.KEYS_ADMIN)
  @Query(() => ApiKeyConnection, { description: 'Access keys in creation order (active only unless filter.includeRevoked).' })
  async apiKeys(
    @Arg('filter', () => ApiKeyFilterInput, { nullable: true }) filter: ApiKeyFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toConnection(await ctx.services.apiKeys.list(ctx, filter ?? {}, page));
  }

  @FieldResolver(() => PartnerType, { nullable: true })
  partner(@Root() key: ApiKey, @Ctx() ctx: GraphQLContext): Promise<Partner | null> | null {
    return key.partner ? ctx.loaders.get(partnersById).load(key.partner.id) : null;
  }

  @FieldResolver(() => SalesChannelType, { nullable: true, description: 'A STOREFRONT key\'s sales channel: the only one whose orders it places and sees.' })
  channel(@Root() key: ApiKey, @Ctx() ctx: GraphQLContext): Promise<SalesChannel | null> | null {
    return key.channel ? ctx.loaders.get(salesChannelsById).load(key.channel.id) : null;
  }

  @Authorized(Scope.KEYS_ADMIN)
  @Mutation(() => ApiKeyCreatePayload)
  apiKeyCreate(@Arg('input', () => ApiKeyCreateInput) input: ApiKeyCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.apiKeys.create(ctx, { ...input, partnerId: dbId(input.partnerId, 'Partner'), channelId: dbId(input.channelId, 'SalesChannel') }),
      async (r) => ({ apiKey: await ctx.em.findOne(ApiKey, { id: r.result.apiKeyId }), secret: r.result.secret || null }),
    );
  }

  @Authorized(Scope.KEYS_ADMIN)
  @Mutation(() => ApiKeyRevokePayload, { description: 'Revokes a key at once on every node. The last active ADMIN key cannot be revoked.' })
  apiKeyRevoke(@Arg('input', () => ApiKeyRevokeInput) input: ApiKeyRevokeInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.apiKeys.revoke(ctx, { id: dbId(input.id, 'ApiKey') }),
      async (r) => ({ apiKey: await ctx.em.findOne(ApiKey, { id: r.apiKeyId }) }),
    );
  }
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @FieldResolver(() => SalesChannelType, {
    nullable: true,
    description: 'For a STOREFRONT key: the sales channel it is bound to (its orders go there, and it sees that channel\'s orders only).',
  })
  channel(@Root() viewer: ViewerType, @Ctx() ctx: GraphQLContext): Promise<SalesChannel | null> | null {
    return viewer.channelId ? ctx.loaders.get(salesChannelsById).load(viewer.channelId) : null;
  }
}
