import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A domain event, written in the same transaction as the change it describes (the
 * writes go through outbox.ts, never through this entity). Each row records the id of
 * its transaction (`xid`); the sequencer later gives committed rows a contiguous `seq`
 * (sequencer.ts), and "every event after seq N" is a subscriber's gap-free resume point.
 */
@Entity({ tableName: 'outbox_events' })
@Index({ properties: ['topic', 'seq'] })
@Index({ name: 'outbox_events_unnumbered_index', expression: 'create index "outbox_events_unnumbered_index" on "outbox_events" ("xid", "id") where "seq" is null' })
export class OutboxEvent {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'text' })
  aggregateType!: string;

  @Property({ type: 'text' })
  aggregateId!: string;

  @Property({ type: 'integer', nullable: true })
  aggregateVersion?: number | null;

  /** The partner whose documents this event concerns; a PARTNER key sees only its own. */
  @Property({ type: 'bigint', nullable: true })
  partnerId?: string | null;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  occurredAt: Date = new Date();

  /** The writing transaction's id (`pg_current_xact_id()`), set by the column default. */
  @Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()' })
  xid?: string;

  /** Position in the one event order, given by the sequencer after commit; null until then. */
  @Unique()
  @Property({ type: new BigIntType('string'), nullable: true })
  seq?: string | null;
}
