import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { dateText } from '../../shared/dates';
import { BaseEntity } from '../../db/base.entity';
import { Item } from '../catalog/item.entity';
import { Location } from '../warehouse/location.entity';
import { Warehouse } from '../warehouse/warehouse.entity';

/** A lot (batch) of an item: its number is unique per item regardless of case. */
@Entity({ tableName: 'lots' })
@Index({ name: 'lots_item_number_unique', expression: 'create unique index "lots_item_number_unique" on "lots" ("item_id", lower("lot_number"))' })
export class Lot extends BaseEntity {
  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @Property({ type: 'text' })
  lotNumber!: string;

  @Property({ type: 'date', nullable: true })
  expiryDate?: string | null;

  /** When the first unit of the lot was received. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  /** The document that first brought the lot in. */
  @Property({ type: 'text' })
  originType!: string;

  @Property({ type: 'text' })
  originId!: string;
}

export enum SerialStatus {
  IN_STOCK = 'IN_STOCK',
  IN_TRANSIT = 'IN_TRANSIT',
  /** Issued, shipped, lost or scrapped: no longer in any location. */
  GONE = 'GONE',
}

/** A serial number: unique per item, in exactly one location or gone. */
@Entity({ tableName: 'serials' })
@Index({ name: 'serials_item_number_unique', expression: 'create unique index "serials_item_number_unique" on "serials" ("item_id", "serial_number")' })
export class Serial extends BaseEntity {
  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @Property({ type: 'text' })
  serialNumber!: string;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  lot?: Ref<Lot> | null;

  @Enum({ items: () => SerialStatus, type: 'text' })
  status!: SerialStatus;

  @ManyToOne(() => Location, { nullable: true, ref: true })
  @Index()
  location?: Ref<Location> | null;

  @ManyToOne(() => Warehouse, { nullable: true, ref: true })
  warehouse?: Ref<Warehouse> | null;

  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;
}

/** The lot's expiry as YYYY-MM-DD (PGlite hands dates back as Date objects, pg as strings). */
export function lotExpiry(lot: Lot): string | null {
  return lot.expiryDate ? dateText(lot.expiryDate as string | Date) : null;
}

/** Whether the lot had expired on a posting date (YYYY-MM-DD). */
export function lotExpiredOn(lot: Lot, postingDate: string): boolean {
  const expiry = lotExpiry(lot);
  return expiry !== null && expiry < postingDate;
}
