import { hasScope } from '../../auth/principal';
import { Scope } from '../../auth/roles';
import { query } from '../../db/sql';
import type { ServiceContext } from '../../shared/context';
import { AccessError, DomainError } from '../../shared/errors';
import { type OutboxRow, type PublishedEvent, eventColumns, toPublished } from '../events/published-event';
import { JOURNAL_POSTED } from '../ledger/posting.service';
import { STOCK_CHANGED } from '../inventory/stock-engine';
import { RETURN_UPDATED } from '../returns/return-rows';
import { SALES_ORDER_STATUS_CHANGED, canSeeOrderEvent } from '../sales/sales-order.service';
import { SALES_SHIPMENT_UPDATED } from '../sales/shipment-events';

export enum FeedEventType {
  STOCK_LEVEL_CHANGED = 'STOCK_LEVEL_CHANGED',
  ORDER_STATUS_CHANGED = 'ORDER_STATUS_CHANGED',
  SHIPMENT_UPDATED = 'SHIPMENT_UPDATED',
  RETURN_UPDATED = 'RETURN_UPDATED',
  JOURNAL_ENTRY_POSTED = 'JOURNAL_ENTRY_POSTED',
}

/**
 * Who may read each type, and the outbox topic it is. Order and shipment events are further
 * checked one by one against the key (canSeeOrderEvent: a PARTNER key its own partner's, a
 * STOREFRONT key its own channel's), as the subscriptions and the order reads do; journal
 * events are finance's only; no event carries a cost a storefront may not see.
 */
const TYPES: Readonly<Record<FeedEventType, { topic: string; scopes: readonly Scope[] }>> = {
  [FeedEventType.STOCK_LEVEL_CHANGED]: { topic: STOCK_CHANGED, scopes: [Scope.AVAILABILITY_READ, Scope.INVENTORY_READ] },
  [FeedEventType.ORDER_STATUS_CHANGED]: { topic: SALES_ORDER_STATUS_CHANGED, scopes: [Scope.SALES_READ, Scope.PARTNER_SELF, Scope.SALES_ORDER_PLACE] },
  [FeedEventType.SHIPMENT_UPDATED]: { topic: SALES_SHIPMENT_UPDATED, scopes: [Scope.SALES_READ, Scope.PARTNER_SELF, Scope.SALES_ORDER_PLACE] },
  [FeedEventType.RETURN_UPDATED]: { topic: RETURN_UPDATED, scopes: [Scope.SALES_READ, Scope.INVENTORY_READ] },
  [FeedEventType.JOURNAL_ENTRY_POSTED]: { topic: JOURNAL_POSTED, scopes: [Scope.LEDGER_READ] },
};
const BY_TOPIC = new Map(Object.entries(TYPES).map(([type, t]) => [t.topic, type as FeedEventType]));
const ORDER_TOPICS = new Set([SALES_ORDER_STATUS_CHANGED, SALES_SHIPMENT_UPDATED]);

export const FEED_MAX_PAGE = 500;
/** Rows read per call at most (events the key may not see included), so a call's cost is bounded; the cursor then moves past them. */
const SCAN_LIMIT = 5_000;

export interface FeedPage {
  events: (PublishedEvent & { type: FeedEventType })[];
  /** Where to continue: the last event returned, or past the rows read that the key may not see. */
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The type names a key may read (the schema's `events` needs one of them at least). */
export function readableTypes(ctx: ServiceContext): FeedEventType[] {
  return (Object.keys(TYPES) as FeedEventType[]).filter((type) => TYPES[type].scopes.some((s) => hasScope(ctx.principal, s)));
}

/**
 * What a key reads of the feed, asked for `types` (every type it may read when none): the
 * outbox topics and the per-event check. A type it may not read is FORBIDDEN. The query and
 * the subscription share it, so both give a key the same rows.
 */
export function feedFilter(ctx: ServiceContext, types: readonly FeedEventType[] | null | undefined): { topics: string[]; accept: (e: PublishedEvent) => boolean } {
  const allowed = readableTypes(ctx);
  const refused = (types ?? []).filter((t) => !allowed.includes(t));
  if (refused.length) throw new AccessError('FORBIDDEN', `This key may not read ${refused.join(', ')} events.`);
  const wanted = types?.length ? types : allowed;
  return { topics: wanted.map((t) => TYPES[t].topic), accept: (e) => !ORDER_TOPICS.has(e.topic) || canSeeOrderEvent(ctx, e) };
}

export function feedTypeOf(topic: string): FeedEventType {
  return BY_TOPIC.get(topic) as FeedEventType;
}

/**
 * The events feed: committed events in `seq` order after a cursor, the same rows the
 * subscriptions stream, filtered by type and by what the key may see. Pull-based partners
 * and back-office tools page through it and keep the last `endCursor`.
 */
export class EventFeedService {
  async page(ctx: ServiceContext, input: { after?: string | null; first?: number | null; types?: FeedEventType[] | null }): Promise<FeedPage> {
    const first = input.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > FEED_MAX_PAGE) throw new DomainError('INVALID', `first is 1 to ${FEED_MAX_PAGE}.`, { field: ['first'] });
    const after = input.after ?? '0';
    if (!/^\d{1,18}$/.test(after)) throw new DomainError('INVALID', 'after is the cursor (seq) of an event.', { field: ['after'] });
    const { topics, accept } = feedFilter(ctx, input.types);
    const out: FeedPage['events'] = [];
    let cursor = after;
    let scanned = 0;
    let more = true;
    while (out.length < first && more && scanned < SCAN_LIMIT) {
      const batch = Math.min(SCAN_LIMIT - scanned, Math.max(first * 2, 100));
      const rows = await query<OutboxRow>(
        ctx.em,
        `select ${eventColumns('o')} from outbox_events o where o.seq > ?::bigint and o.topic = any(?::text[]) order by o.seq limit ?`,
        [cursor, topics, batch],
      );
      scanned += rows.length;
      more = rows.length === batch;
      for (const row of rows) {
        cursor = row.cursor;
        const event = toPublished(row);
        if (!accept(event)) continue;
        out.push({ ...event, type: BY_TOPIC.get(event.topic) as FeedEventType });
        if (out.length === first) {
          more = true;
          break;
        }
      }
    }
    return { events: out, endCursor: cursor === after ? (input.after ?? null) : cursor, hasNextPage: more };
  }
}
