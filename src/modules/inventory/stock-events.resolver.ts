import { Arg, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import type { PublishedEvent } from '../events/event-dispatcher';
import { eventStream } from '../events/subscription';
import { StockLevelChangedEvent } from './inventory.types';
import { STOCK_CHANGED } from './stock-engine';

@Resolver()
export class StockEventsResolver {
  @Authorized(Scope.AVAILABILITY_READ, Scope.INVENTORY_READ)
  @Subscription(() => StockLevelChangedEvent, {
    description: 'Live stock per item and warehouse (on hand, allocated, held, available, in transit), in commit order. Filter by SKUs and warehouse codes; resume with `after`.',
    subscribe: ({ args, context }) => {
      const skus = args.skus ? new Set((args.skus as string[]).map((s) => s.toLowerCase())) : null;
      const codes = args.warehouseCodes ? new Set((args.warehouseCodes as string[]).map((s) => s.toLowerCase())) : null;
      const ctx = context as GraphQLContext;
      const scope = ctx.principal?.scopes.has(Scope.INVENTORY_READ) ? Scope.INVENTORY_READ : Scope.AVAILABILITY_READ;
      return eventStream(
        ctx,
        scope,
        [STOCK_CHANGED],
        (e) => (skus === null || skus.has(String(e.payload.sku).toLowerCase())) && (codes === null || codes.has(String(e.payload.warehouseCode).toLowerCase())),
        args.after as string | null,
      );
    },
  })
  stockLevelChanged(
    @Root() event: PublishedEvent,
    @Arg('skus', () => [String], { nullable: true }) _skus: string[] | null,
    @Arg('warehouseCodes', () => [String], { nullable: true }) _warehouseCodes: string[] | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last event received: replays everything after it first.' }) _after: string | null,
  ): StockLevelChangedEvent {
    const p = event.payload as Record<string, string>;
    return {
      cursor: event.seq,
      occurredAt: event.occurredAt,
      sku: p.sku as string,
      warehouseCode: p.warehouseCode as string,
      onHand: p.onHand as string,
      sellableOnHand: p.sellableOnHand as string,
      allocated: p.allocated as string,
      // Events recorded before holds existed carry no figure: nothing was held then.
      held: p.held ?? '0',
      available: p.available as string,
      inTransit: p.inTransit as string,
      version: event.aggregateVersion ?? 0,
    };
  }
}
