import { type AuthChecker, getMetadataStorage } from 'type-graphql';
import { requireScope } from '../auth/principal';
import { AccessError } from '../shared/errors';
import type { Scope } from '../auth/roles';
import type { GraphQLContext } from './context';

/**
 * `@Authorized(Scope.X, ...)`: the caller needs at least one of the listed scopes
 * (none listed: any valid key). Failing throws UNAUTHENTICATED or FORBIDDEN with a
 * message naming the scope, rather than type-graphql's generic errors.
 */
export const authChecker: AuthChecker<GraphQLContext, Scope> = ({ context }, scopes) => checkAccess(context, scopes);

/** The check behind `authChecker`, for resolvers that call it directly (lean-resolvers.ts). */
export function checkAccess(context: GraphQLContext, scopes: readonly Scope[]): boolean {
  const principal = context.principal;
  if (principal === null) throw new AccessError('UNAUTHENTICATED', 'An access key is required: send Authorization: Bearer <key>.');
  if (scopes.length === 0 || scopes.some((s) => principal.scopes.has(s))) return true;
  requireScope(principal, scopes[0] as Scope);
  return false;
}

/**
 * Deny by default: every query, mutation and subscription must declare who may call it.
 * Fields with an authorization rule must not be "simple" (a simple resolver skips the
 * checker). Called once when the schema is built; the server refuses to start otherwise.
 */
export function assertAuthorizationDeclared(): void {
  const storage = getMetadataStorage();
  const missing: string[] = [];
  for (const handler of [...storage.queries, ...storage.mutations, ...storage.subscriptions]) {
    if (!handler.roles) missing.push(`${handler.target.name}.${handler.methodName}`);
  }
  for (const field of storage.fields) {
    if (field.roles && field.simple) missing.push(`${field.target.name}.${field.name} (simple resolver skips auth)`);
  }
  const simpleTypes = new Set(storage.objectTypes.filter((t) => t.simpleResolvers).map((t) => t.target));
  for (const field of storage.fields) {
    if (field.roles && simpleTypes.has(field.target) && field.simple !== false) {
      missing.push(`${field.target.name}.${field.name} (on a simpleResolvers type)`);
    }
  }
  if (missing.length > 0) {
    throw new Error(`Operations without an authorization rule (add @Authorized): ${missing.join(', ')}`);
  }
}
