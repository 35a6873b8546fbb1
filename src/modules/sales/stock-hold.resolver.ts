import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { ItemType } from '../catalog/catalog.types';
import { itemsById } from '../catalog/catalog.loaders';
import type { Item } from '../catalog/item.entity';
import type { Warehouse } from '../warehouse/warehouse.entity';
import { warehousesById } from '../warehouse/warehouse.loaders';
import { WarehouseType } from '../warehouse/warehouse.types';
import type { SalesChannel } from './customer.entity';
import { salesChannelsById, stockHoldLinesByHoldId, stockHoldsById } from './sales.loaders';
import { SalesChannelType } from './sales.types';
import { StockHold, type StockHoldLine, StockHoldStatus } from './stock-hold.entity';
import { canSeeHold } from './stock-hold.service';
import { StockHoldInput, StockHoldLineType, StockHoldPayload, StockHoldReleaseInput, StockHoldReleasePayload, StockHoldType } from './stock-hold.types';

const HOLD_READERS = [Scope.STOCK_HOLD, Scope.SALES_READ, Scope.INVENTORY_READ];

/** Holders (stock:hold) see the holds they made; sales:read and inventory:read see every hold. */
registerNodeType('StockHold', { entity: StockHold, scopes: HOLD_READERS, visible: (ctx, hold) => canSeeHold(ctx, hold as StockHold) });

async function holdPayload(ctx: GraphQLContext, r: { stockHoldId: string }) {
  return { hold: await ctx.em.findOne(StockHold, { id: r.stockHoldId }) };
}

@Resolver(() => StockHoldType)
export class StockHoldResolver {
  @Authorized(...HOLD_READERS)
  @Query(() => StockHoldType, { name: 'stockHold', nullable: true, description: 'A stock hold by id (null for one the key did not make, unless it reads sales or inventory).' })
  async stockHoldById(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<StockHold | null> {
    const hold = await ctx.loaders.get(stockHoldsById).load(dbId(id, 'StockHold'));
    return hold && canSeeHold(ctx, hold) ? hold : null;
  }

  @Authorized(Scope.STOCK_HOLD)
  @Mutation(() => StockHoldPayload, {
    name: 'stockHold',
    description: 'Holds stock for a cart until ttlSeconds have passed: availability subtracts it meanwhile; confirming an order with the hold consumes it; at expiry it frees its stock by itself. Refused with INSUFFICIENT_STOCK when any line does not fit.',
  })
  stockHoldCreate(@Arg('input', () => StockHoldInput) input: StockHoldInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.stockHolds.hold(ctx, {
          ...input,
          warehouseId: dbId(input.warehouseId, 'Warehouse'),
          channelId: dbId(input.channelId, 'SalesChannel'),
          lines: input.lines.map((l) => ({ ...l, itemId: dbId(l.itemId, 'Item') })),
        }),
      (r) => holdPayload(ctx, r),
    );
  }

  @Authorized(Scope.STOCK_HOLD)
  @Mutation(() => StockHoldReleasePayload, { description: 'Gives a hold\'s stock back now. Releasing a released hold changes nothing; a consumed one is refused (HOLD_NOT_ACTIVE).' })
  stockHoldRelease(@Arg('input', () => StockHoldReleaseInput) input: StockHoldReleaseInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.stockHolds.release(ctx, { id: dbId(input.id, 'StockHold') }),
      (r) => holdPayload(ctx, r),
    );
  }

  @FieldResolver(() => StockHoldStatus)
  status(@Root() hold: StockHold): StockHoldStatus {
    return hold.status === StockHoldStatus.ACTIVE && hold.expired ? StockHoldStatus.EXPIRED : hold.status;
  }

  @FieldResolver(() => WarehouseType)
  async warehouse(@Root() hold: StockHold, @Ctx() ctx: GraphQLContext): Promise<Warehouse> {
    return (await ctx.loaders.get(warehousesById).load(hold.warehouse.id)) as Warehouse;
  }

  @FieldResolver(() => SalesChannelType, { nullable: true })
  channel(@Root() hold: StockHold, @Ctx() ctx: GraphQLContext): Promise<SalesChannel | null> | null {
    return hold.channel ? ctx.loaders.get(salesChannelsById).load(hold.channel.id) : null;
  }

  @FieldResolver(() => [StockHoldLineType])
  lines(@Root() hold: StockHold, @Ctx() ctx: GraphQLContext): Promise<StockHoldLine[]> {
    return ctx.loaders.get(stockHoldLinesByHoldId).load(hold.id);
  }
}

@Resolver(() => StockHoldLineType)
export class StockHoldLineResolver {
  @FieldResolver(() => ItemType)
  async item(@Root() line: StockHoldLine, @Ctx() ctx: GraphQLContext): Promise<Item> {
    return (await ctx.loaders.get(itemsById).load(line.item.id)) as Item;
  }
}
