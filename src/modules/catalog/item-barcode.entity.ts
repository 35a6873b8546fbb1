import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { Item } from './item.entity';

export enum BarcodeKind {
  GTIN_8 = 'GTIN_8',
  GTIN_12 = 'GTIN_12',
  GTIN_13 = 'GTIN_13',
  GTIN_14 = 'GTIN_14',
  /** Any other printable code, e.g. an internal Code 128 label. */
  OTHER = 'OTHER',
}

/**
 * A barcode of an item; scanning it means `quantity` base units (1 for the unit itself,
 * 12 for a case of twelve). `lookupKey` is unique across all items: a GTIN is stored in
 * its 14-digit form, so the UPC-A and EAN-13 spellings of one code collide as they should.
 */
@Entity({ tableName: 'item_barcodes' })
export class ItemBarcode extends BaseEntity {
  @ManyToOne(() => Item, { ref: true })
  @Index()
  item!: Ref<Item>;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text', unique: true })
  lookupKey!: string;

  @Enum({ items: () => BarcodeKind, type: 'text' })
  kind!: BarcodeKind;

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '1' })
  quantity: Opt<string> = '1';
}
