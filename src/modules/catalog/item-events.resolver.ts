import { Arg, Authorized, Ctx, Field, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { DateTimeScalar } from '../../graphql/scalars';
import type { PublishedEvent } from '../events/event-dispatcher';
import { eventStream, freshForEvent } from '../events/subscription';
import { itemsById } from './catalog.loaders';
import { ItemType } from './catalog.types';
import { ITEM_CHANGED } from './item.service';

@ObjectType('ItemChangedEvent', { simpleResolvers: true })
export class ItemChangedEvent {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to resume without a gap.' })
  cursor!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => String)
  sku!: string;

  @Field(() => Int, { description: 'The item version this event announces; drop it if you have seen a higher one.' })
  version!: number;

  @Field(() => ItemType, { nullable: true, description: 'The item as it is now (may be newer than `version`).' })
  item!: unknown;
}

@Resolver()
export class ItemEventsResolver {
  @Authorized(Scope.CATALOG_READ)
  @Subscription(() => ItemChangedEvent, {
    description: 'Every change to items (all, or those with the given SKUs), in commit order.',
    subscribe: ({ args, context }) => {
      const skus = args.skus ? new Set((args.skus as string[]).map((s) => s.toLowerCase())) : null;
      return eventStream(
        context as GraphQLContext,
        Scope.CATALOG_READ,
        [ITEM_CHANGED],
        (e) => skus === null || skus.has(String(e.payload.sku).toLowerCase()),
        args.after as string | null,
      );
    },
  })
  async itemChanged(
    @Root() event: PublishedEvent,
    @Ctx() ctx: GraphQLContext,
    @Arg('skus', () => [String], { nullable: true }) _skus: string[] | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last event received: replays everything after it first.' }) _after: string | null,
  ): Promise<ItemChangedEvent> {
    freshForEvent(ctx);
    return {
      cursor: event.seq,
      occurredAt: event.occurredAt,
      sku: String(event.payload.sku),
      version: event.aggregateVersion ?? 0,
      item: await ctx.loaders.get(itemsById).load(event.aggregateId),
    };
  }
}
