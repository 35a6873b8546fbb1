import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { PageArgs, toConnection } from '../../graphql/relay';
import { DecimalScalar } from '../../graphql/scalars';
import { barcodesByItemId, categoriesById, itemsById, unitsById } from './catalog.loaders';
import {
  CategoryType,
  ItemBarcodeAddInput,
  ItemBarcodeAddPayload,
  ItemBarcodeMatch,
  ItemBarcodeRemoveInput,
  ItemBarcodeRemovePayload,
  ItemBarcodeType,
  ItemConnection,
  ItemCreateInput,
  ItemCreatePayload,
  ItemDeactivateInput,
  ItemDeactivatePayload,
  ItemFilterInput,
  ItemType,
  ItemUpdateInput,
  ItemUpdatePayload,
  UnitType,
} from './catalog.types';
import { Category } from './category.entity';
import { ItemBarcode } from './item-barcode.entity';
import { Item } from './item.entity';
import { Unit } from './unit.entity';

registerNodeType('Item', { entity: Item, scopes: [Scope.CATALOG_READ] });
registerNodeType('ItemBarcode', { entity: ItemBarcode, scopes: [Scope.CATALOG_READ] });
registerNodeType('Unit', { entity: Unit, scopes: [Scope.CATALOG_READ] });
registerNodeType('Category', { entity: Category, scopes: [Scope.CATALOG_READ] });

@Resolver(() => ItemType)
export class ItemResolver {
  @Authorized(Scope.CATALOG_READ)
  @Query(() => ItemType, { nullable: true })
  item(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Item | null> {
    return ctx.loaders.get(itemsById).load(dbId(id, 'Item'));
  }

  @Authorized(Scope.CATALOG_READ)
  @Query(() => ItemType, { nullable: true, description: 'An item by SKU (case-insensitive).' })
  itemBySku(@Arg('sku', () => String) sku: string, @Ctx() ctx: GraphQLContext): Promise<Item | null> {
    return ctx.services.items.findBySku(ctx, sku);
  }

  @Authorized(Scope.CATALOG_READ)
  @Query(() => ItemBarcodeMatch, { nullable: true, description: 'What a scanned barcode stands for. GTINs match in any of their 8/12/13/14-digit spellings.' })
  async itemByBarcode(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<ItemBarcodeMatch | null> {
    const barcode = await ctx.services.items.findByBarcode(ctx, code);
    return barcode ? { item: barcode.item.getEntity(), barcode, quantity: barcode.quantity } : null;
  }

  @Authorized(Scope.CATALOG_READ)
  @Query(() => ItemConnection, { description: 'Items ordered by SKU.' })
  async items(
    @Arg('filter', () => ItemFilterInput, { nullable: true }) filter: ItemFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const f = filter ?? {};
    return toConnection(await ctx.services.items.findPage(ctx, { ...f, categoryId: dbId(f.categoryId, 'Category') }, page));
  }

  @Authorized(Scope.CATALOG_READ)
  @Query(() => [UnitType], { description: 'Units of measure.' })
  units(@Ctx() ctx: GraphQLContext): Promise<Unit[]> {
    return ctx.em.find(Unit, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => UnitType)
  async unit(@Root() item: Item, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return (await ctx.loaders.get(unitsById).load(item.unit.id)) as Unit;
  }

  @FieldResolver(() => CategoryType, { nullable: true })
  category(@Root() item: Item, @Ctx() ctx: GraphQLContext): Promise<Category | null> | null {
    return item.category ? ctx.loaders.get(categoriesById).load(item.category.id) : null;
  }

  @FieldResolver(() => [ItemBarcodeType])
  barcodes(@Root() item: Item, @Ctx() ctx: GraphQLContext): Promise<ItemBarcode[]> {
    return ctx.loaders.get(barcodesByItemId).load(item.id);
  }

  @Authorized(Scope.COSTS_READ)
  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Cost used for stock that appears with no cost history. Needs costs:read.' })
  standardCost(@Root() item: Item): string | null {
    return item.standardCost ?? null;
  }

  @Authorized(Scope.CATALOG_WRITE)
  @Mutation(() => ItemCreatePayload)
  itemCreate(@Arg('input', () => ItemCreateInput) input: ItemCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.items.create(ctx, { ...input, categoryId: dbId(input.categoryId, 'Category') }),
      async (r) => ({ item: await ctx.em.findOne(Item, { id: r.itemId }) }),
    );
  }

  @Authorized(Scope.CATALOG_WRITE)
  @Mutation(() => ItemUpdatePayload)
  itemUpdate(@Arg('input', () => ItemUpdateInput) input: ItemUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.items.update(ctx, { ...input, id: dbId(input.id, 'Item'), categoryId: dbId(input.categoryId, 'Category') }),
      async (r) => ({ item: await ctx.em.findOne(Item, { id: r.itemId }) }),
    );
  }

  @Authorized(Scope.CATALOG_WRITE)
  @Mutation(() => ItemDeactivatePayload, { description: 'Stops new documents for the item; its history stays. Reactivate with itemUpdate(active: true).' })
  itemDeactivate(@Arg('input', () => ItemDeactivateInput) input: ItemDeactivateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.items.setActive(ctx, { id: dbId(input.id, 'Item'), active: false, expectedVersion: input.expectedVersion }),
      async (r) => ({ item: await ctx.em.findOne(Item, { id: r.itemId }) }),
    );
  }

  @Authorized(Scope.CATALOG_WRITE)
  @Mutation(() => ItemBarcodeAddPayload)
  itemBarcodeAdd(@Arg('input', () => ItemBarcodeAddInput) input: ItemBarcodeAddInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.items.barcodeAdd(ctx, { ...input, itemId: dbId(input.itemId, 'Item') }),
      async (r) => ({ item: await ctx.em.findOne(Item, { id: r.itemId }), barcode: await ctx.em.findOne(ItemBarcode, { id: r.barcodeId }) }),
    );
  }

  @Authorized(Scope.CATALOG_WRITE)
  @Mutation(() => ItemBarcodeRemovePayload)
  itemBarcodeRemove(@Arg('input', () => ItemBarcodeRemoveInput) input: ItemBarcodeRemoveInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.items.barcodeRemove(ctx, { barcodeId: dbId(input.barcodeId, 'ItemBarcode') }),
      async (r) => ({ item: await ctx.em.findOne(Item, { id: r.itemId }) }),
    );
  }
}
