import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref, Unique, DeferMode } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity';
import { JournalEntry } from '../ledger/journal-entry.entity';
import { Warehouse } from '../warehouse/warehouse.entity';

export enum StockDocumentType {
  /** A receipt without a purchase order (purchase-order receipts reuse the same path). */
  RECEIPT = 'RECEIPT',
  /** Stock moved between locations of one warehouse (putaway, replenishment). */
  LOCATION_MOVE = 'LOCATION_MOVE',
  /** A direct adjustment with a reason code. */
  ADJUSTMENT = 'ADJUSTMENT',
}

export const DOCUMENT_PREFIX: Record<StockDocumentType, string> = {
  [StockDocumentType.RECEIPT]: 'RC',
  [StockDocumentType.LOCATION_MOVE]: 'MV',
  [StockDocumentType.ADJUSTMENT]: 'AJ',
};

/** A posted single-step stock document; its lines are its stock moves. */
@Entity({ tableName: 'stock_documents' })
@Unique({ properties: ['type', 'number'] })
@Index({ properties: ['warehouse', 'occurredAt'] })
export class StockDocument extends VersionedEntity {
  @Enum({ items: () => StockDocumentType, type: 'text' })
  type!: StockDocumentType;

  /** Human number, e.g. RC-000042 (per type). */
  @Property({ type: 'text' })
  number!: string;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Property({ type: 'text', nullable: true })
  reference?: string | null;

  @Property({ type: 'text', nullable: true })
  reasonCode?: string | null;

  @Property({ type: 'text', nullable: true })
  memo?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @ManyToOne(() => JournalEntry, { nullable: true, ref: true, deferMode: DeferMode.INITIALLY_DEFERRED })
  journalEntry?: Ref<JournalEntry> | null;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text', default: 'POSTED' })
  status: Opt<string> = 'POSTED';
}
