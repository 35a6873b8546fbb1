import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref, DeferMode } from '@mikro-orm/core';
import { BaseEntity, VersionedEntity } from '../../db/base.entity';
import { Item } from '../catalog/item.entity';
import { JournalEntry } from '../ledger/journal-entry.entity';
import { Location } from '../warehouse/location.entity';
import { Warehouse } from '../warehouse/warehouse.entity';
import { Lot } from './lot.entity';

export enum CountStatus {
  OPEN = 'OPEN',
  APPROVED = 'APPROVED',
  CANCELLED = 'CANCELLED',
}

/**
 * A cycle count of some locations or items of one warehouse. Counted quantities are
 * recorded by scan or entry; variances are counted minus on hand at the moment they
 * are read; approval posts them as adjustments, once.
 */
@Entity({ tableName: 'inventory_counts' })
@Index({ properties: ['warehouse', 'status'] })
export class InventoryCount extends VersionedEntity {
  @Property({ type: 'text', unique: true })
  number!: string;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Enum({ items: () => CountStatus, type: 'text' })
  status: Opt<CountStatus> = CountStatus.OPEN;

  /** Location ids the count covers (empty: every location). */
  @Property({ type: 'json' })
  locationIds: Opt<string[]> = [];

  /** Item ids the count covers (empty: every item). */
  @Property({ type: 'json' })
  itemIds: Opt<string[]> = [];

  @Property({ type: 'text', nullable: true })
  memo?: string | null;

  @Property({ type: 'text' })
  openedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  approvedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  approvedBy?: string | null;

  @ManyToOne(() => JournalEntry, { nullable: true, ref: true, deferMode: DeferMode.INITIALLY_DEFERRED })
  journalEntry?: Ref<JournalEntry> | null;
}

@Entity({ tableName: 'inventory_count_lines' })
@Index({
  name: 'inventory_count_lines_key_unique',
  expression: 'create unique index "inventory_count_lines_key_unique" on "inventory_count_lines" ("count_id", "location_id", "item_id", coalesce("lot_id", 0))',
})
export class InventoryCountLine extends BaseEntity {
  @ManyToOne(() => InventoryCount, { ref: true })
  count!: Ref<InventoryCount>;

  @ManyToOne(() => Location, { ref: true })
  location!: Ref<Location>;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  lot?: Ref<Lot> | null;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  countedQuantity!: string;

  /** Serial-tracked items: the serial numbers found (countedQuantity is their number). */
  @Property({ type: 'json', nullable: true })
  serialNumbers?: string[] | null;

  /** On hand when the count was approved (null while open). */
  @Property({ type: 'decimal', precision: 24, scale: 6, nullable: true })
  expectedQuantity?: string | null;

  @Property({ type: 'text' })
  countedBy!: string;
}
