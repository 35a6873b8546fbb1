import { Check, Entity, Enum, Formula, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, VersionedEntity } from '../../db/base.entity';
import { Item } from '../catalog/item.entity';
import { Partner } from '../partners/partner.entity';
import { Warehouse } from '../warehouse/warehouse.entity';
import { SalesChannel } from './customer.entity';
import { SalesOrder } from './sales-order.entity';

/**
 * A hold's status as the API shows it. EXPIRED is never stored: an ACTIVE hold whose
 * expiry has passed is EXPIRED from that instant, with nothing written (see
 * inventory/held.ts for when a hold counts).
 */
export enum StockHoldStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  /** Taken over by a confirmed sales order (consumeHold). */
  CONSUMED = 'CONSUMED',
  /** Given back before its expiry (stockHoldRelease). */
  RELEASED = 'RELEASED',
}

/** What the table stores. */
export type StoredHoldStatus = StockHoldStatus.ACTIVE | StockHoldStatus.CONSUMED | StockHoldStatus.RELEASED;

/**
 * Stock a storefront keeps for a cart for a limited time, in one warehouse: while it is
 * live, availability subtracts its lines; confirming an order with it consumes it; at its
 * expiry it stops counting by itself (no job).
 */
@Entity({ tableName: 'stock_holds' })
export class StockHold extends VersionedEntity {
  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @ManyToOne(() => SalesChannel, { nullable: true, ref: true })
  @Index()
  channel?: Ref<SalesChannel> | null;

  /** The partner owning the channel (a marketplace's holds), for partner-scoped reads later. */
  @ManyToOne(() => Partner, { nullable: true, ref: true })
  @Index()
  partner?: Ref<Partner> | null;

  /** Set from the database's clock (now() + ttl), the clock every liveness check uses. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Enum({ items: [StockHoldStatus.ACTIVE, StockHoldStatus.CONSUMED, StockHoldStatus.RELEASED], type: 'text' })
  status!: StoredHoldStatus;

  /** ACTIVE with its expiry passed, by the database's clock (never stored). */
  @Formula((t) => `(${t.alias}.status = 'ACTIVE' and ${t.alias}.expires_at <= now())`, { type: 'boolean' })
  expired?: Opt<boolean>;

  @ManyToOne(() => SalesOrder, { nullable: true, ref: true })
  consumedByOrder?: Ref<SalesOrder> | null;

  @Property({ type: 'text' })
  actor!: string;
}

/**
 * One line of a hold. The warehouse and expiry are the hold's, copied so that counting what
 * is held of an item in a warehouse reads this table alone, by the partial index over open
 * lines; `open` turns false when the hold is consumed or released.
 */
@Entity({ tableName: 'stock_hold_lines' })
@Check({ name: 'stock_hold_lines_quantity_positive', expression: '"quantity" > 0' })
@Index({
  name: 'stock_hold_lines_live',
  expression: 'create index "stock_hold_lines_live" on "stock_hold_lines" ("item_id", "warehouse_id", "expires_at") include ("quantity") where "open"',
})
export class StockHoldLine extends BaseEntity {
  @ManyToOne(() => StockHold, { ref: true })
  @Index()
  hold!: Ref<StockHold>;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantity!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'boolean', default: true })
  open: Opt<boolean> = true;
}
