import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, VersionedEntity } from '../../db/base.entity';
import { Item } from '../catalog/item.entity';
import { Partner } from '../partners/partner.entity';
import { Address, Warehouse } from '../warehouse/warehouse.entity';
import { Customer, SalesChannel } from './customer.entity';
import { SalesOrderStatus } from './order-status';

/**
 * A customer's order. Its human number (SO-2026-000042) is the year's next, taken by a
 * deferred trigger at COMMIT (migration SalesOrders), so no command holds the year's
 * counter while it runs; `number` is null only inside the creating transaction.
 */
@Entity({ tableName: 'sales_orders' })
@Unique({ name: 'sales_orders_year_number_unique', properties: ['year', 'number'] })
@Index({
  name: 'sales_orders_channel_external_ref_unique',
  expression: 'create unique index "sales_orders_channel_external_ref_unique" on "sales_orders" ("channel_id", "external_ref") where "external_ref" is not null',
})
// Reports select orders by creation time (fulfilment performance).
@Index({ properties: ['createdAt'] })
export class SalesOrder extends VersionedEntity {
  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer', nullable: true })
  number?: number | null;

  @Enum({ items: () => SalesOrderStatus, type: 'text' })
  @Index()
  status!: SalesOrderStatus;

  @ManyToOne(() => Customer, { ref: true })
  @Index()
  customer!: Ref<Customer>;

  @ManyToOne(() => SalesChannel, { ref: true })
  channel!: Ref<SalesChannel>;

  /** The partner owning the order (a marketplace's orders); its PARTNER key sees it. */
  @ManyToOne(() => Partner, { nullable: true, ref: true })
  @Index()
  partner?: Ref<Partner> | null;

  /** The channel's own order id; a retried creation with it returns this order. */
  @Property({ type: 'text', nullable: true })
  externalRef?: string | null;

  /** Hash of the creation input, to tell a storefront's retry from a different order under the same reference. */
  @Property({ type: 'text', nullable: true })
  inputHash?: string | null;

  @Property({ type: 'date', nullable: true })
  requestedShipDate?: string | null;

  /** Higher is more urgent (0 to 100). */
  @Property({ type: 'smallint', default: 0 })
  priority: Opt<number> = 0;

  @ManyToOne(() => Warehouse, { nullable: true, ref: true })
  shipFromWarehouse?: Ref<Warehouse> | null;

  @Embedded({ entity: () => Address, prefix: 'ship_to_' })
  shippingAddress: Opt<Address> = new Address();

  @Property({ type: 'text', nullable: true })
  carrier?: string | null;

  @Property({ type: 'text', nullable: true })
  carrierService?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  /** Who released the order from CREDIT_HOLD (salesOrderApproveCredit): the approving key's actor. */
  @Property({ type: 'text', nullable: true })
  creditApprovedBy?: string | null;

  @Property({ type: 'text' })
  actor!: string;
}

/**
 * One line of a sales order, with its quantities along the flow. Only `quantityOrdered` is
 * set by the order itself; the reservation, picking and shipping work moves the others.
 * Rates are percents.
 */
@Entity({ tableName: 'sales_order_lines' })
@Unique({ name: 'sales_order_lines_order_line_unique', properties: ['order', 'lineNo'] })
export class SalesOrderLine extends BaseEntity {
  @ManyToOne(() => SalesOrder, { ref: true })
  order!: Ref<SalesOrder>;

  @Property({ type: 'smallint' })
  lineNo!: number;

  @ManyToOne(() => Item, { ref: true })
  @Index()
  item!: Ref<Item>;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantityOrdered!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityAllocated: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityPicked: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityPacked: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityShipped: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityBackordered: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityCancelled: Opt<string> = '0';

  /** Units billed on invoices (never above shipped; credit notes do not lower it). */
  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityInvoiced: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  unitPrice!: string;

  @Property({ type: 'decimal', precision: 9, scale: 6, default: '0' })
  discountPercent: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 9, scale: 6 })
  taxRate!: string;
}

/** The year's next order number, advanced by the numbering trigger at COMMIT. */
@Entity({ tableName: 'sales_order_sequences' })
export class SalesOrderSequence {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  next!: number;
}

export function salesOrderNumber(order: { year: number; number?: number | null; id: string }): string {
  return order.number == null ? `SO-${order.year}-pending-${order.id}` : `SO-${order.year}-${String(order.number).padStart(6, '0')}`;
}
