import { toDate } from '../../db/sql';

export interface PublishedEvent {
  /** Position in the one event order (outbox_events.seq): the public resume cursor. */
  seq: string;
  topic: string;
  aggregateType: string;
  aggregateId: string;
  aggregateVersion: number | null;
  partnerId: string | null;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** A numbered outbox row as selected with `eventColumns`. */
export interface OutboxRow {
  cursor: string;
  topic: string;
  aggregate_type: string;
  aggregate_id: string;
  aggregate_version: number | null;
  partner_id: string | null;
  payload: Record<string, unknown> | string;
  occurred_at: Date | string;
}

/**
 * The columns of a published event from outbox alias `o`. `seq` is selected as text under
 * another name and sorted as the number: ordering by a text alias puts 1000 before 999, and
 * events are then lost, repeated and reordered.
 */
export function eventColumns(o: string): string {
  return `${o}.seq::text as cursor, ${o}.topic, ${o}.aggregate_type, ${o}.aggregate_id, ${o}.aggregate_version, ${o}.partner_id::text as partner_id, ${o}.payload, ${o}.occurred_at`;
}

export function toPublished(r: OutboxRow): PublishedEvent {
  return {
    seq: r.cursor,
    topic: r.topic,
    aggregateType: r.aggregate_type,
    aggregateId: r.aggregate_id,
    aggregateVersion: r.aggregate_version,
    partnerId: r.partner_id,
    payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as Record<string, unknown>) : r.payload,
    occurredAt: toDate(r.occurred_at) as Date,
  };
}
