import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { PickList } from './fulfillment.entity';

/**
 * A pick scan refused as the wrong item, lot or location (WRONG_ITEM, WRONG_LOT,
 * WRONG_LOCATION). The refused command rolls back and writes nothing; this row is written
 * after it, in a short transaction of its own, so the scan error rate (pick accuracy) can
 * be reported. Rows are only ever inserted.
 */
@Entity({ tableName: 'pick_scan_errors' })
export class PickScanError {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => PickList, { ref: true })
  @Index()
  pickList!: Ref<PickList>;

  /** The refusal's error code (FulfillmentErrorCode). */
  @Property({ type: 'text' })
  code!: string;

  /** What was scanned, as sent. */
  @Property({ type: 'text' })
  raw!: string;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  @Index()
  createdAt: Date = new Date();
}
