import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Ref, type Opt } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity';
import { Category } from './category.entity';
import { ItemBarcode } from './item-barcode.entity';
import { Unit } from './unit.entity';

export enum TrackingMode {
  NONE = 'NONE',
  LOT = 'LOT',
  SERIAL = 'SERIAL',
}

export enum ValuationMethod {
  FIFO = 'FIFO',
  MOVING_AVERAGE = 'MOVING_AVERAGE',
}

@Entity({ tableName: 'items' })
@Index({ name: 'items_sku_lower_unique', expression: 'create unique index "items_sku_lower_unique" on "items" (lower("sku"))' })
export class Item extends VersionedEntity {
  /** Stock keeping unit, unique regardless of case ("abc-1" and "ABC-1" are the same SKU). */
  @Property({ type: 'text' })
  sku!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne(() => Unit, { ref: true })
  @Index()
  unit!: Ref<Unit>;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @ManyToOne(() => Category, { nullable: true, ref: true })
  @Index()
  category?: Ref<Category> | null;

  @Enum({ items: () => TrackingMode, type: 'text' })
  trackingMode: Opt<TrackingMode> = TrackingMode.NONE;

  /** Lots of this item must carry an expiry date (only with LOT tracking). */
  @Property({ type: 'boolean', default: false })
  lotExpiryRequired: Opt<boolean> = false;

  @Enum({ items: () => ValuationMethod, type: 'text' })
  valuationMethod: Opt<ValuationMethod> = ValuationMethod.FIFO;

  /** Cost used when stock of an item with no cost history appears (a count gain); never a valuation basis otherwise. */
  @Property({ type: 'decimal', precision: 24, scale: 6, nullable: true })
  standardCost?: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 6, nullable: true })
  weightKg?: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  lengthCm?: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  widthCm?: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  heightCm?: string | null;

  @OneToMany(() => ItemBarcode, (b) => b.item)
  barcodes = new Collection<ItemBarcode>(this);
}
