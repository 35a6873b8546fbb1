import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Identity, creation and update times shared by every table. Ids are bigint in the
 * database and strings in code (a JS number would lose precision past 2^53).
 */
@Entity({ abstract: true })
export abstract class BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A document or master record whose version rises with every change (optimistic
 * locking); the version appears on reads and events so a client can drop a stale update.
 */
@Entity({ abstract: true })
export abstract class VersionedEntity extends BaseEntity {
  @Property({ type: 'integer', version: true, default: 1 })
  version!: number;
}
