import { statement, withConnection } from '../../db/sql';
import type { TxContext } from '../../shared/context';

/** NOTIFY at the commit of every transaction that wrote outbox rows: wakes the sequencer. */
export const OUTBOX_CHANNEL = 'ledgerhouse_outbox';

export interface DomainEvent {
  topic: string;
  aggregateType: string;
  aggregateId: string;
  aggregateVersion?: number | null;
  partnerId?: string | null;
  payload: Record<string, unknown>;
}

const PENDING = 'events.pending';

/**
 * Records an event in the command's transaction. Nothing is published now: the rows
 * are inserted just before COMMIT and the dispatcher reads them after it. A rollback
 * takes the rows, and so the events, away.
 */
export function publish(tx: TxContext, event: DomainEvent): void {
  let pending = tx.tx.memo.get(PENDING) as DomainEvent[] | undefined;
  if (!pending) {
    pending = [];
    tx.tx.memo.set(PENDING, pending);
    const events = pending;
    tx.tx.beforeCommit.push(() => writeOutbox(tx, events));
  }
  pending.push(event);
}

/**
 * Hands the events published so far in the command to a caller that writes them in one
 * of its own statements (the stock engine's write); they are no longer written at COMMIT.
 */
export function takePending(tx: TxContext): DomainEvent[] {
  const pending = tx.tx.memo.get(PENDING) as DomainEvent[] | undefined;
  return pending ? pending.splice(0) : [];
}

/**
 * The outbox INSERT, one statement for any number of events ($1..$7, arrays in event
 * order, so the text never varies and can be a named prepared statement). No lock:
 * the `xid` column's default records the transaction id, and the sequencer turns it
 * into the event order after commit (sequencer.ts). Rows keep their order within the
 * transaction through `id`, which follows the array order.
 */
export const OUTBOX_INSERT_SQL = `insert into outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, partner_id, payload, occurred_at)
  select e.topic, e.aggregate_type, e.aggregate_id, e.aggregate_version, e.partner_id, e.payload::jsonb, $7::timestamptz
  from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::bigint[], $6::text[]) with ordinality
    as e(topic, aggregate_type, aggregate_id, aggregate_version, partner_id, payload, ord)
  order by e.ord`;

/** The values of OUTBOX_INSERT_SQL for these events, recorded at `now`. */
export function outboxInsert(events: readonly DomainEvent[], now: Date): { text: string; values: unknown[] } {
  return {
    text: OUTBOX_INSERT_SQL,
    values: [
      events.map((e) => e.topic),
      events.map((e) => e.aggregateType),
      events.map((e) => e.aggregateId),
      events.map((e) => e.aggregateVersion ?? null),
      events.map((e) => e.partnerId ?? null),
      events.map((e) => JSON.stringify(e.payload)),
      now,
    ],
  };
}

// The NOTIFY rides on the insert's round trip; PostgreSQL delivers it at COMMIT, never after a rollback.
const WRITE_OUTBOX = statement(`with written as (${OUTBOX_INSERT_SQL} returning id) select pg_notify($8, '') as notified`);

async function writeOutbox(tx: TxContext, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const { values } = outboxInsert(events, tx.tx.now);
  await withConnection(tx.em, (c) => c.rows(WRITE_OUTBOX, [...values, OUTBOX_CHANNEL]));
}
