import { BigIntType, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A command's idempotency key, written in the command's own transaction: a replay finds
 * it and returns the stored result; a rollback takes it away with everything else.
 * Keys are scoped per access key, so two clients cannot collide.
 */
@Entity({ tableName: 'idempotency_keys' })
@Unique({ properties: ['owner', 'key'] })
export class IdempotencyRecord {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  /** The access key id that sent the command ('system' for internal callers). */
  @Property({ type: 'text' })
  owner!: string;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  command!: string;

  /** sha256 of the canonical JSON of the command's input. */
  @Property({ type: 'text' })
  requestHash!: string;

  @Property({ type: 'json', nullable: true })
  result?: unknown;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
