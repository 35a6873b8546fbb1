import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, VersionedEntity } from '../../db/base.entity';
import { Item } from '../catalog/item.entity';
import { Lot } from '../inventory/lot.entity';
import { SalesOrder, SalesOrderLine } from '../sales/sales-order.entity';
import { Location } from '../warehouse/location.entity';
import { Warehouse } from '../warehouse/warehouse.entity';
import { Zone } from '../warehouse/zone.entity';

/**
 * Where an allocation stands. OPEN: reserved in its location, counted in the summary's
 * `allocated`. PICKED: every unit moved to packing (no longer counted as allocated: the
 * units left the sellable location), waiting for its shipment. SHIPPED and RELEASED are final.
 */
export enum AllocationStatus {
  OPEN = 'OPEN',
  PICKED = 'PICKED',
  SHIPPED = 'SHIPPED',
  RELEASED = 'RELEASED',
}

/**
 * Stock reserved for an order line in one location and lot. `quantity` is what is
 * reserved; `quantityPicked` of it has moved to packing, `quantityShipped` has left.
 * The summary's `allocated` is the sum of `quantity - quantityPicked` over OPEN rows
 * (the reconciliation checks it).
 */
@Entity({ tableName: 'stock_allocations' })
@Index({
  name: 'stock_allocations_open_idx',
  expression: `create index "stock_allocations_open_idx" on "stock_allocations" ("item_id", "warehouse_id", "location_id") where "status" = 'OPEN'`,
})
export class StockAllocation extends BaseEntity {
  @ManyToOne(() => SalesOrder, { ref: true })
  @Index()
  order!: Ref<SalesOrder>;

  @ManyToOne(() => SalesOrderLine, { ref: true })
  @Index()
  orderLine!: Ref<SalesOrderLine>;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @ManyToOne(() => Location, { ref: true })
  location!: Ref<Location>;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  lot?: Ref<Lot> | null;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantity!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityPicked: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityShipped: Opt<string> = '0';

  @Enum({ items: () => AllocationStatus, type: 'text' })
  status!: AllocationStatus;
}

export enum WaveStrategy {
  /** One pick list per order. */
  DISCRETE = 'DISCRETE',
  /** Several orders in one walk; each task tagged with its order, sorted to orders at packing. */
  BATCH = 'BATCH',
  /** One pick list per zone; the order's lines from each zone are merged at packing. */
  ZONE = 'ZONE',
  /** One picker, several totes, one per order. */
  CLUSTER = 'CLUSTER',
}

export enum WaveStatus {
  RELEASED = 'RELEASED',
  COMPLETED = 'COMPLETED',
}

/** A set of orders released to the floor together, with the strategy that cut its pick lists. */
@Entity({ tableName: 'waves' })
export class Wave extends VersionedEntity {
  @Property({ type: 'text', unique: true })
  number!: string;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Enum({ items: () => WaveStrategy, type: 'text' })
  strategy!: WaveStrategy;

  @Enum({ items: () => WaveStatus, type: 'text' })
  status!: WaveStatus;

  @Property({ type: 'text' })
  actor!: string;
}

export enum PickListStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

/** One walk of one picker: tasks in location pick sequence. */
@Entity({ tableName: 'pick_lists' })
export class PickList extends VersionedEntity {
  @Property({ type: 'text', unique: true })
  number!: string;

  @ManyToOne(() => Wave, { ref: true })
  @Index()
  wave!: Ref<Wave>;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  /** ZONE waves: the zone this list walks. */
  @ManyToOne(() => Zone, { nullable: true, ref: true })
  zone?: Ref<Zone> | null;

  /** Where picked units go (the warehouse's packing location). */
  @ManyToOne(() => Location, { ref: true })
  destination!: Ref<Location>;

  @Enum({ items: () => PickListStatus, type: 'text' })
  status!: PickListStatus;

  @Property({ type: 'text', nullable: true })
  picker?: string | null;

  /** The location the picker last scanned (a scan of an item is checked against it). */
  @ManyToOne(() => Location, { nullable: true, ref: true })
  scannedLocation?: Ref<Location> | null;
}

export enum PickTaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  /** The picker found less than asked; the rest was re-allocated or backordered. */
  SHORT = 'SHORT',
  /** Its order was cancelled before the units were picked. */
  CANCELLED = 'CANCELLED',
}

/** Pick this quantity of this item (and lot) from this location, for this order line. */
@Entity({ tableName: 'pick_tasks' })
@Index({ properties: ['pickList', 'sequence'] })
export class PickTask extends BaseEntity {
  @ManyToOne(() => PickList, { ref: true })
  pickList!: Ref<PickList>;

  @ManyToOne(() => StockAllocation, { ref: true })
  @Index()
  allocation!: Ref<StockAllocation>;

  @ManyToOne(() => SalesOrder, { ref: true })
  @Index()
  order!: Ref<SalesOrder>;

  @ManyToOne(() => SalesOrderLine, { ref: true })
  orderLine!: Ref<SalesOrderLine>;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Location, { ref: true })
  location!: Ref<Location>;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  lot?: Ref<Lot> | null;

  @Property({ type: 'integer' })
  sequence!: number;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantity!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityPicked: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityShort: Opt<string> = '0';

  /** CLUSTER waves: the tote this order's units go into. */
  @Property({ type: 'text', nullable: true })
  tote?: string | null;

  /** Serial numbers scanned at pick. */
  @Property({ type: 'json', nullable: true })
  serialNumbers?: string[] | null;

  @Enum({ items: () => PickTaskStatus, type: 'text' })
  status!: PickTaskStatus;
}

export enum ShipmentStatus {
  CREATED = 'CREATED',
  PICKED = 'PICKED',
  PACKED = 'PACKED',
  SHIPPED = 'SHIPPED',
  IN_TRANSIT = 'IN_TRANSIT',
  DELIVERED = 'DELIVERED',
  EXCEPTION = 'EXCEPTION',
  RETURNED_TO_SENDER = 'RETURNED_TO_SENDER',
  /** Its order was cancelled before the shipment left: the packed units went back to stock. */
  CANCELLED = 'CANCELLED',
}

/** What leaves for one order: cartons, and once confirmed the issue moves and the COGS entry. */
@Entity({ tableName: 'shipments' })
export class Shipment extends VersionedEntity {
  @Property({ type: 'text', unique: true })
  number!: string;

  @ManyToOne(() => SalesOrder, { ref: true })
  @Index()
  order!: Ref<SalesOrder>;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Enum({ items: () => ShipmentStatus, type: 'text' })
  @Index()
  status!: ShipmentStatus;

  @Property({ type: 'text', nullable: true })
  carrier?: string | null;

  @Property({ type: 'text', nullable: true })
  carrierService?: string | null;

  /** The COGS entry written by shipmentConfirm. */
  @Property({ type: 'bigint', nullable: true })
  journalEntryId?: string | null;

  /** When each status was reached: { "PACKED": "2026-12-01T10:00:00Z", ... }. */
  @Property({ type: 'json' })
  statusTimes!: Record<string, string>;

  @Property({ type: 'text' })
  actor!: string;
}

export enum CartonStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** A box of a shipment, labelled with its SSCC (GS1 AI 00), with its own tracking number. */
@Entity({ tableName: 'cartons' })
export class Carton extends VersionedEntity {
  @ManyToOne(() => Shipment, { ref: true })
  @Index()
  shipment!: Ref<Shipment>;

  @Property({ type: 'text', unique: true })
  sscc!: string;

  @Property({ type: 'text' })
  cartonType!: string;

  @Property({ type: 'decimal', precision: 12, scale: 3, nullable: true })
  weightKg?: string | null;

  @Property({ type: 'decimal', precision: 10, scale: 1, nullable: true })
  lengthCm?: string | null;

  @Property({ type: 'decimal', precision: 10, scale: 1, nullable: true })
  widthCm?: string | null;

  @Property({ type: 'decimal', precision: 10, scale: 1, nullable: true })
  heightCm?: string | null;

  @Property({ type: 'text', nullable: true })
  trackingNumber?: string | null;

  @Enum({ items: () => CartonStatus, type: 'text' })
  status!: CartonStatus;
}

/** What a carton holds: an order line's units, by lot and serial. */
@Entity({ tableName: 'carton_lines' })
export class CartonLine extends BaseEntity {
  @ManyToOne(() => Carton, { ref: true })
  @Index()
  carton!: Ref<Carton>;

  @ManyToOne(() => SalesOrderLine, { ref: true })
  orderLine!: Ref<SalesOrderLine>;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  lot?: Ref<Lot> | null;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantity!: string;

  @Property({ type: 'json', nullable: true })
  serialNumbers?: string[] | null;
}

/**
 * What a confirmed shipment shipped, per order line and lot, and the cost it left at
 * (the value of its issue moves): the seam invoices and returns build on.
 */
@Entity({ tableName: 'shipment_lines' })
@Unique({ properties: ['shipment', 'orderLine', 'lot'] })
export class ShipmentLine extends BaseEntity {
  @ManyToOne(() => Shipment, { ref: true })
  @Index()
  shipment!: Ref<Shipment>;

  @ManyToOne(() => SalesOrderLine, { ref: true })
  @Index()
  orderLine!: Ref<SalesOrderLine>;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  lot?: Ref<Lot> | null;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantity!: string;

  /** Cost of goods sold for these units (the issue moves' value). */
  @Property({ type: 'decimal', precision: 24, scale: 6 })
  cost!: string;

  @Property({ type: 'json', nullable: true })
  serialNumbers?: string[] | null;

  /** Units of this line billed on invoices (never above quantity). */
  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityInvoiced: Opt<string> = '0';

  /** Units authorized for return against this line (never above quantity). */
  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityReturned: Opt<string> = '0';
}

/** A carrier's tracking event, recorded once per (shipment, external id). */
@Entity({ tableName: 'shipment_tracking_events' })
@Unique({ properties: ['shipment', 'externalId'] })
export class ShipmentTrackingEvent extends BaseEntity {
  @ManyToOne(() => Shipment, { ref: true })
  shipment!: Ref<Shipment>;

  @Property({ type: 'text' })
  externalId!: string;

  @Enum({ items: () => ShipmentStatus, type: 'text' })
  status!: ShipmentStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'text', nullable: true })
  detail?: string | null;

  @Property({ type: 'text' })
  actor!: string;
}
