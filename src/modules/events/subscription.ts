import { requireScope } from '../../auth/principal';
import type { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { Loaders } from '../../graphql/loaders';
import type { PublishedEvent } from './event-dispatcher';

/**
 * The subscribe side of a subscription: checks the key's scope once, then streams the
 * topic's events from the dispatcher (resuming after `after` when given).
 */
export function eventStream(
  ctx: GraphQLContext,
  scope: Scope,
  topics: readonly string[],
  accept: (event: PublishedEvent) => boolean,
  after: string | null | undefined,
): AsyncIterableIterator<PublishedEvent> {
  requireScope(ctx.principal, scope);
  return ctx.dispatcher.stream(topics, accept, after);
}

/**
 * Each event is resolved with fresh loaders and a clean identity map: a loader kept for
 * the life of a socket would serve what it read for an earlier event.
 */
export function freshForEvent(ctx: GraphQLContext): void {
  ctx.em.clear();
  ctx.loaders = new Loaders(ctx.em);
}
