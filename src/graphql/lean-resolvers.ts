import { GraphQLScalarType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Scope } from '../auth/roles';
import { AccessError } from '../shared/errors';
import { checkAccess } from './auth-checker';
import type { GraphQLContext } from './context';

type Param = ReturnType<typeof getMetadataStorage>['params'][number];
type Handler = ReturnType<typeof getMetadataStorage>['queries'][number];

/**
 * type-graphql calls every root resolver through a chain of promises: an async auth
 * middleware, a dispatcher, parameter conversion (a sort and a map per call). For a query
 * whose arguments are all scalars, enums or lists of them, none of that conversion changes
 * a value, so such queries get a direct resolver: the same authorization check (the same
 * `authChecker`, the same errors), the same parameters in the same order, one call.
 * Anything else (input objects, @Args classes, middlewares, custom decorators) keeps
 * type-graphql's resolver.
 */
export function leanRootResolvers(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const fields = schema.getQueryType()?.getFields() ?? {};
  const instances = new Map<Function, Record<string, (...args: unknown[]) => unknown>>();
  const made: string[] = [];
  for (const handler of storage.queries) {
    const field = fields[handler.schemaName];
    const params = storage.params.filter((p) => p.target === handler.target && p.methodName === handler.methodName).sort((a, b) => a.index - b.index);
    if (!field || !isLean(handler, params)) continue;
    let instance = instances.get(handler.target);
    if (!instance) instances.set(handler.target, (instance = new (handler.target as new () => Record<string, (...args: unknown[]) => unknown>)()));
    const method = instance[handler.methodName] as (...args: unknown[]) => unknown;
    const target = instance;
    const scopes = (handler.roles ?? []) as Scope[];
    const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = (_root, args, context, info) => {
      if (!checkAccess(context, scopes)) throw new AccessError('FORBIDDEN', 'Access denied.');
      const values = params.map((p) => (p.kind === 'arg' ? args[p.name] : p.kind === 'context' ? context : info));
      return method.apply(target, values);
    };
    field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    made.push(handler.schemaName);
  }
  return made;
}

function isLean(handler: Handler, params: readonly Param[]): boolean {
  if ((handler.middlewares?.length ?? 0) > 0 || !handler.roles) return false;
  return params.every((p) => {
    if (p.kind === 'context') return !p.propertyName;
    if (p.kind === 'info') return true;
    if (p.kind !== 'arg') return false;
    const type: unknown = p.getType();
    // Scalars and enums pass through type-graphql's conversion unchanged (lists are copied).
    return type instanceof GraphQLScalarType || type === String || type === Number || type === Boolean || (typeof type === 'object' && type !== null);
  });
}
