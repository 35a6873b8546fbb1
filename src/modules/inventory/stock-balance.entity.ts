import { Entity, Formula, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { Item } from '../catalog/item.entity';
import { Location } from '../warehouse/location.entity';
import { Warehouse } from '../warehouse/warehouse.entity';
import { liveHeldSql } from './held';
import { Lot } from './lot.entity';

/**
 * On hand per item, location and lot: a maintained row, changed in the same
 * transaction as the move, so reading stock never sums history.
 */
@Entity({ tableName: 'stock_balances' })
@Index({
  name: 'stock_balances_key_unique',
  expression: 'create unique index "stock_balances_key_unique" on "stock_balances" ("item_id", "location_id", coalesce("lot_id", 0))',
})
@Index({ properties: ['location'] })
export class StockBalance extends BaseEntity {
  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Location, { ref: true })
  location!: Ref<Location>;

  @ManyToOne(() => Warehouse, { ref: true })
  @Index()
  warehouse!: Ref<Warehouse>;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  @Index()
  lot?: Ref<Lot> | null;

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  onHand: Opt<string> = '0';
}

/**
 * Per item and warehouse: on hand, on hand in sellable locations, in transit to the
 * warehouse, and allocated; `held` (live checkout holds) is computed, never stored.
 * `available = sellableOnHand - allocated - held`. This row is also
 * the lock every command takes (in id order) before it touches the item's stock in
 * the warehouse, which serializes competing issues of the last unit.
 */
@Entity({ tableName: 'stock_summaries' })
@Index({ name: 'stock_summaries_item_warehouse_unique', expression: 'create unique index "stock_summaries_item_warehouse_unique" on "stock_summaries" ("item_id", "warehouse_id")' })
@Index({ properties: ['warehouse'] })
export class StockSummary extends BaseEntity {
  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  onHand: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  sellableOnHand: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  inTransit: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  allocated: Opt<string> = '0';

  /** Demand of order lines waiting for this item here: when it is above zero, stock that comes in fills it (oldest first). */
  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  backordered: Opt<string> = '0';

  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  /** Live checkout holds (inventory/held.ts), read with the row: one index probe. */
  @Formula((t) => `(${liveHeldSql(`${t.alias}.item_id`, `${t.alias}.warehouse_id`)})::text`, { type: 'string' })
  held?: Opt<string>;
}
