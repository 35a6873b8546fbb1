import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref, DeferMode } from '@mikro-orm/core';
import { BaseEntity, VersionedEntity } from '../../db/base.entity';
import { Item } from '../catalog/item.entity';
import { JournalEntry } from '../ledger/journal-entry.entity';
import { Location } from '../warehouse/location.entity';
import { Warehouse } from '../warehouse/warehouse.entity';
import { Lot } from './lot.entity';

export enum TransferStatus {
  /** Shipped from the source warehouse, in transit. */
  SHIPPED = 'SHIPPED',
  /** Received at the destination (any shortfall written off as a loss). */
  RECEIVED = 'RECEIVED',
}

/** A transfer between warehouses, in two steps: ship (into transit), then receive. */
@Entity({ tableName: 'stock_transfers' })
@Index({ properties: ['status'] })
export class StockTransfer extends VersionedEntity {
  @Property({ type: 'text', unique: true })
  number!: string;

  @ManyToOne(() => Warehouse, { ref: true })
  fromWarehouse!: Ref<Warehouse>;

  @ManyToOne(() => Warehouse, { ref: true })
  toWarehouse!: Ref<Warehouse>;

  @Enum({ items: () => TransferStatus, type: 'text' })
  status: Opt<TransferStatus> = TransferStatus.SHIPPED;

  @Property({ type: 'text', nullable: true })
  reference?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  shippedAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  receivedAt?: Date | null;

  @ManyToOne(() => JournalEntry, { nullable: true, ref: true, deferMode: DeferMode.INITIALLY_DEFERRED })
  shipEntry?: Ref<JournalEntry> | null;

  @ManyToOne(() => JournalEntry, { nullable: true, ref: true, deferMode: DeferMode.INITIALLY_DEFERRED })
  receiveEntry?: Ref<JournalEntry> | null;

  @Property({ type: 'text' })
  shippedBy!: string;

  @Property({ type: 'text', nullable: true })
  receivedBy?: string | null;
}

@Entity({ tableName: 'stock_transfer_lines' })
export class StockTransferLine extends BaseEntity {
  @ManyToOne(() => StockTransfer, { ref: true })
  @Index()
  transfer!: Ref<StockTransfer>;

  @Property({ type: 'smallint' })
  lineNo!: number;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  lot?: Ref<Lot> | null;

  @ManyToOne(() => Location, { ref: true })
  fromLocation!: Ref<Location>;

  /** Serial numbers shipped on this line (serial-tracked items). */
  @Property({ type: 'json', nullable: true })
  serialNumbers?: string[] | null;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantityShipped!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityReceived: Opt<string> = '0';

  /** Shipped but not received: posted as a loss when the transfer is received. */
  @Property({ type: 'decimal', precision: 24, scale: 6, default: '0' })
  quantityLost: Opt<string> = '0';
}
