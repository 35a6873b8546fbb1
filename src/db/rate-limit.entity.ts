import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The shared request buckets of RATE_LIMIT_STORE=postgres (server/rate-limit.ts). The
 * table's shape is rate-limiter-flexible's own (its upsert inserts positionally: key,
 * points, expire); it is created by a migration, never by the library at run time.
 */
@Entity({ tableName: 'rate_limits' })
export class RateLimitRow {
  @PrimaryKey({ type: 'varchar', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  /** Epoch milliseconds at which the window ends. */
  @Property({ type: new BigIntType('string'), nullable: true })
  expire?: string | null;
}
