import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { dbId } from '../../graphql/node.resolver';
import { PageArgs, toConnection } from '../../graphql/relay';
import { categoriesById } from './catalog.loaders';
import { CategoryConnection, CategoryCreateInput, CategoryCreatePayload, CategoryType, CategoryUpdateInput, CategoryUpdatePayload } from './catalog.types';
import { Category } from './category.entity';

@Resolver(() => CategoryType)
export class CategoryResolver {
  @Authorized(Scope.CATALOG_READ)
  @Query(() => CategoryConnection, { description: 'Item categories ordered by code.' })
  async categories(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    return toConnection(await ctx.services.categories.findPage(ctx, page));
  }

  @FieldResolver(() => CategoryType, { nullable: true })
  parent(@Root() category: Category, @Ctx() ctx: GraphQLContext): Promise<Category | null> | null {
    return category.parent ? ctx.loaders.get(categoriesById).load(category.parent.id) : null;
  }

  @Authorized(Scope.CATALOG_WRITE)
  @Mutation(() => CategoryCreatePayload)
  categoryCreate(@Arg('input', () => CategoryCreateInput) input: CategoryCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.categories.create(ctx, { ...input, parentId: dbId(input.parentId, 'Category') }),
      async (r) => ({ category: await ctx.em.findOne(Category, { id: r.categoryId }) }),
    );
  }

  @Authorized(Scope.CATALOG_WRITE)
  @Mutation(() => CategoryUpdatePayload)
  categoryUpdate(@Arg('input', () => CategoryUpdateInput) input: CategoryUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.categories.update(ctx, { ...input, id: dbId(input.id, 'Category'), parentId: dbId(input.parentId, 'Category') }),
      async (r) => ({ category: await ctx.em.findOne(Category, { id: r.categoryId }) }),
    );
  }
}
