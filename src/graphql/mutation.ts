import type { EntityClass } from '@mikro-orm/core';
import { DomainError, DomainErrors } from '../shared/errors';
import type { GraphQLContext } from './context';
import { Loaders } from './loaders';

export interface UserErrorShape {
  code: string;
  message: string;
  field: string[] | null;
}

export type Payload<T> = Partial<T> & { userErrors: UserErrorShape[] };

/**
 * Runs a mutation's one service call and shapes its payload. A DomainError (thrown
 * inside the service's transaction, which has rolled back by the time it gets here)
 * becomes userErrors; any other error propagates as a GraphQL error. After a write the
 * request's identity map and loaders are reset, so the payload shows committed state.
 */
export async function mutate<R, T extends object>(ctx: GraphQLContext, call: () => Promise<R>, shape: (result: R) => Promise<T>): Promise<Payload<T>> {
  let result: R;
  try {
    result = await call();
  } catch (err) {
    if (err instanceof DomainError || err instanceof DomainErrors) {
      if (ctx.observed) ctx.observed.userErrors = true;
      return { userErrors: err instanceof DomainError ? [toUserError(err)] : err.errors.map(toUserError) } as Payload<T>;
    }
    throw err;
  }
  ctx.em.clear();
  ctx.loaders = new Loaders(ctx.em);
  return { ...(await shape(result)), userErrors: [] };
}

/**
 * What a command just wrote, made from the row its statement returned (no read back), else
 * loaded. `view` turns the row into the object the payload's GraphQL type reads.
 */
export async function written<T extends object>(ctx: GraphQLContext, entity: EntityClass<T>, id: string, view: (row: Record<string, unknown>) => T): Promise<T | null> {
  const row = ctx.written?.get(`${entity.name}:${id}`);
  if (row) return view(row);
  return ctx.em.findOne(entity, { id } as never);
}

function toUserError(err: DomainError): UserErrorShape {
  return { code: err.code, message: err.message, field: err.field ? [...err.field] : null };
}
