import type { EntityClass } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { hasScope } from '../auth/principal';
import type { Scope } from '../auth/roles';
import { AccessError } from '../shared/errors';
import { fromGlobalId, toGlobalId } from '../shared/ids';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from './context';
import { type LoaderDef, byKey, defineLoader } from './loaders';
import { Node, nodeTypeNameOf, nodeTypeNames } from './relay';

interface NodeTypeDef {
  entity: EntityClass<{ id: string }>;
  /** Any one of these scopes lets a caller fetch the object by id. */
  scopes: readonly Scope[];
  /** A further check on the loaded object (a partner key sees only its own partner's records). */
  visible?: (ctx: GraphQLContext, entity: { id: string }) => boolean;
}

const byTypeName = new Map<string, NodeTypeDef>();

/** Makes an entity fetchable through `node(id:)` under a GraphQL type name. */
export function registerNodeType(typeName: string, def: NodeTypeDef): void {
  nodeTypeNames.set(def.entity, typeName);
  byTypeName.set(typeName, def);
}

export function globalIdOf(entity: { id: string }): string {
  return toGlobalId(nodeTypeNameOf(entity), entity.id);
}

@Resolver(() => Node)
export class NodeResolver {
  @FieldResolver(() => ID)
  id(@Root() entity: { id: string }): string {
    return globalIdOf(entity);
  }

  @Authorized()
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<object | null> {
    return loadNode(ctx, id);
  }

  @Authorized()
  @Query(() => [Node], { nullable: 'items', description: 'Several objects by global id, in the order asked (null where one does not exist).' })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext): Promise<(object | null)[]> {
    if (ids.length > 250) throw new GraphQLError('At most 250 ids per nodes query.', { extensions: { code: 'BAD_USER_INPUT' } });
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}

async function loadNode(ctx: GraphQLContext, globalId: string): Promise<object | null> {
  const parsed = fromGlobalId(globalId);
  if (!parsed) return null;
  const def = byTypeName.get(parsed.type);
  if (!def) return null;
  if (!def.scopes.some((s) => hasScope(ctx.principal, s))) {
    throw new AccessError('FORBIDDEN', `This access key (${ctx.principal?.role ?? 'none'}) may not read ${parsed.type} objects.`);
  }
  const entity = await ctx.loaders.get(nodeLoader(parsed.type, def.entity)).load(parsed.id);
  if (entity && def.visible && !def.visible(ctx, entity)) return null;
  return entity;
}

const nodeLoaders = new Map<string, LoaderDef<string, { id: string } | null>>();

/** One batched loader per node type: nodes(ids:) reads each type in one statement. */
function nodeLoader(typeName: string, entity: EntityClass<{ id: string }>): LoaderDef<string, { id: string } | null> {
  let def = nodeLoaders.get(typeName);
  if (!def) {
    def = defineLoader<string, { id: string } | null>(`node:${typeName}`, async (em, ids) => byKey(ids, await em.find(entity, { id: { $in: [...ids] } } as never), (r) => r.id));
    nodeLoaders.set(typeName, def);
  }
  return def;
}

/**
 * Decodes a global id from input into a database id. An id that is malformed or names
 * another type becomes '0', which no row has, so the service reports NOT_FOUND on the
 * right field like any other unknown id. null and undefined pass through.
 */
export function dbId<T extends string | null | undefined>(globalId: T, expectedType: string): T extends string ? string : T {
  if (globalId === null || globalId === undefined) return globalId as never;
  const parsed = fromGlobalId(globalId);
  return (parsed && parsed.type === expectedType ? parsed.id : '0') as never;
}
