import { execute } from '../../db/sql';
import type { TxContext } from '../../shared/context';

export const OUTBOX_CHANNEL = 'ledgerhouse_outbox';
/** Advisory lock key held from the outbox insert to COMMIT, so ids follow commit order. */
const OUTBOX_LOCK_KEY = 7_240_001;

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

async function writeOutbox(tx: TxContext, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await execute(tx.em, 'select pg_advisory_xact_lock(?)', [OUTBOX_LOCK_KEY]);
  const values: unknown[] = [];
  const rows = events.map((e) => {
    values.push(e.topic, e.aggregateType, e.aggregateId, e.aggregateVersion ?? null, e.partnerId ?? null, JSON.stringify(e.payload), tx.tx.now);
    return '(?, ?, ?, ?, ?, ?::jsonb, ?)';
  });
  await execute(
    tx.em,
    `insert into outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, partner_id, payload, occurred_at) values ${rows.join(', ')}`,
    values,
  );
  // Delivered by PostgreSQL at COMMIT, never after a rollback.
  await execute(tx.em, 'select pg_notify(?, ?)', [OUTBOX_CHANNEL, '']);
}
