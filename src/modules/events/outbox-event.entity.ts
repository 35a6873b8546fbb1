import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A domain event, written in the same transaction as the change it describes. Ids are
 * handed out in commit order (the writer holds an advisory lock from its insert to its
 * commit), so "every event after id N" is a gap-free resume point for a subscriber.
 */
@Entity({ tableName: 'outbox_events' })
@Index({ properties: ['topic', 'id'] })
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
}
