import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity, VersionedEntity } from '../../db/base.entity';
import { Item } from '../catalog/item.entity';
import { ShipmentLine } from '../fulfillment/fulfillment.entity';
import { Lot } from '../inventory/lot.entity';
import { Customer } from '../sales/customer.entity';
import { SalesOrder, SalesOrderLine } from '../sales/sales-order.entity';
import { Warehouse } from '../warehouse/warehouse.entity';

/**
 * A return (RMA): AUTHORIZED -> RECEIVED (the goods are in quarantine, back at the cost
 * they left with) -> CLOSED (every received unit restocked or scrapped); CANCELLED before
 * anything is received.
 */
export enum ReturnStatus {
  AUTHORIZED = 'AUTHORIZED',
  RECEIVED = 'RECEIVED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

@Entity({ tableName: 'returns' })
export class ReturnAuthorization extends VersionedEntity {
  @Property({ type: 'text', unique: true })
  number!: string;

  @ManyToOne(() => Customer, { ref: true })
  @Index()
  customer!: Ref<Customer>;

  @ManyToOne(() => SalesOrder, { ref: true })
  @Index()
  order!: Ref<SalesOrder>;

  /** Where the goods come back to (the shipping warehouse). */
  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Enum({ items: () => ReturnStatus, type: 'text' })
  @Index()
  status!: ReturnStatus;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** The receipt's journal entry (Dr Inventory, Cr COGS at the cost the units left with). */
  @Property({ type: 'bigint', nullable: true })
  receiptEntryId?: string | null;

  /** The credit note that followed (customer policy CREDIT_NOTE or REFUND). */
  @Property({ type: 'bigint', nullable: true })
  creditNoteId?: string | null;

  /** The refund paid out of that credit (policy REFUND). */
  @Property({ type: 'bigint', nullable: true })
  refundId?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  receivedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'text' })
  actor!: string;
}

export enum ReturnDisposition {
  /** Back to a sellable location: a move within the warehouse, no posting. */
  RESTOCK = 'RESTOCK',
  /** Written off: Dr Scrap expense, Cr Inventory. */
  SCRAP = 'SCRAP',
}

/** A returned shipment line (and lot): what was authorized, received, restocked and scrapped, and the cost it came back at. */
@Entity({ tableName: 'return_lines' })
@Unique({ properties: ['returnAuthorization', 'lineNo'] })
export class ReturnLine extends BaseEntity {
  @ManyToOne(() => ReturnAuthorization, { ref: true, fieldName: 'return_id' })
  returnAuthorization!: Ref<ReturnAuthorization>;

  @Property({ type: 'smallint' })
  lineNo!: number;

  @ManyToOne(() => ShipmentLine, { ref: true })
  @Index()
  shipmentLine!: Ref<ShipmentLine>;

  @ManyToOne(() => SalesOrderLine, { ref: true })
  orderLine!: Ref<SalesOrderLine>;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  lot?: Ref<Lot> | null;

  @Property({ type: 'json', nullable: true })
  serialNumbers?: string[] | null;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantity!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityReceived: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityRestocked: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityScrapped: Opt<string> = '0';

  /** The value brought back into inventory at receipt: the COGS those units were shipped at. */
  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  costReceived: Opt<string> = '0';

  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
