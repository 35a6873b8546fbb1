import { BigIntType, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, DeferMode } from '@mikro-orm/core';
import { Item } from '../catalog/item.entity';
import { JournalEntry } from '../ledger/journal-entry.entity';
import { Account } from '../ledger/account.entity';
import { Location } from '../warehouse/location.entity';
import { Warehouse } from '../warehouse/warehouse.entity';
import { Lot, Serial } from './lot.entity';

export enum MoveReason {
  RECEIPT = 'RECEIPT',
  ISSUE = 'ISSUE',
  TRANSFER_OUT = 'TRANSFER_OUT',
  TRANSFER_IN = 'TRANSFER_IN',
  PUTAWAY = 'PUTAWAY',
  PICK = 'PICK',
  ADJUSTMENT = 'ADJUSTMENT',
  RETURN = 'RETURN',
  /** A value-only correction (quantity 0), e.g. settling stock that was issued below zero. */
  REVALUATION = 'REVALUATION',
}

/**
 * One movement of stock, append-only (the database rejects UPDATE and DELETE). From
 * and to are locations; a receipt has no `from`, an issue no `to`. `value` is the cost
 * the move carried (what it took from cost layers, or put in); its valuation rows say
 * exactly which layers and accounts. `journalEntry` is the entry of the same command.
 */
@Entity({ tableName: 'stock_moves' })
@Index({ properties: ['item', 'occurredAt'] })
@Index({ properties: ['documentType', 'documentId'] })
@Index({ properties: ['fromLocation'] })
@Index({ properties: ['toLocation'] })
@Index({ properties: ['lot'] })
@Check({ name: 'stock_moves_quantity_non_negative', expression: 'quantity >= 0' })
export class StockMove {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Lot, { nullable: true, ref: true })
  lot?: Ref<Lot> | null;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantity!: string;

  @ManyToOne(() => Location, { nullable: true, ref: true })
  fromLocation?: Ref<Location> | null;

  @ManyToOne(() => Location, { nullable: true, ref: true })
  toLocation?: Ref<Location> | null;

  @ManyToOne(() => Warehouse, { nullable: true, ref: true })
  fromWarehouse?: Ref<Warehouse> | null;

  @ManyToOne(() => Warehouse, { nullable: true, ref: true })
  toWarehouse?: Ref<Warehouse> | null;

  /** Cost per unit the move carried (value / quantity), 6 places. */
  @Property({ type: 'decimal', precision: 24, scale: 6 })
  unitCost!: string;

  /** Total cost the move carried, in the currency's minor unit. */
  @Property({ type: 'decimal', precision: 24, scale: 4 })
  value!: string;

  @Enum({ items: () => MoveReason, type: 'text' })
  reason!: MoveReason;

  /** Free-text reason code of adjustments (DAMAGE, THEFT, ...). */
  @Property({ type: 'text', nullable: true })
  reasonCode?: string | null;

  @Property({ type: 'text' })
  documentType!: string;

  @Property({ type: 'text' })
  documentId!: string;

  @ManyToOne(() => JournalEntry, { nullable: true, ref: true, deferMode: DeferMode.INITIALLY_DEFERRED })
  journalEntry?: Ref<JournalEntry> | null;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  recordedAt!: Date;
}

/** Which serial numbers a move carried. Append-only. */
@Entity({ tableName: 'stock_move_serials' })
export class StockMoveSerial {
  @ManyToOne(() => StockMove, { primary: true, ref: true })
  move!: Ref<StockMove>;

  @ManyToOne(() => Serial, { primary: true, ref: true })
  @Index()
  serial!: Ref<Serial>;
}

export enum LayerKind {
  /** Stock in the warehouse. */
  STOCK = 'STOCK',
  /** Stock shipped by a transfer to this warehouse and not yet received. */
  TRANSIT = 'TRANSIT',
}

/**
 * A cost layer: FIFO keeps one per receipt, consumed oldest first; moving average
 * keeps one pool per item, warehouse and account. Remaining quantity and value change
 * as stock leaves; the layer's account is where its value sits in the ledger, so an
 * issue credits the account the value was debited to even if the mapping has changed.
 * A negative remaining quantity is stock issued below zero (only where allowed).
 */
@Entity({ tableName: 'stock_layers' })
@Index({ properties: ['item', 'warehouse', 'kind', 'id'] })
@Index({
  name: 'stock_layers_live_index',
  expression: 'create index "stock_layers_live_index" on "stock_layers" ("item_id", "warehouse_id", "id") where quantity_remaining <> 0 or value_remaining <> 0',
})
export class StockLayer {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Item, { ref: true })
  item!: Ref<Item>;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Enum({ items: () => LayerKind, type: 'text' })
  kind!: LayerKind;

  /** For TRANSIT layers: the transfer carrying the stock. */
  @Property({ type: 'bigint', nullable: true })
  transferId?: string | null;

  @ManyToOne(() => Account, { ref: true })
  account!: Ref<Account>;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantityIn!: string;

  @Property({ type: 'decimal', precision: 24, scale: 4 })
  valueIn!: string;

  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantityRemaining!: string;

  @Property({ type: 'decimal', precision: 24, scale: 4 })
  valueRemaining!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The inventory sub-ledger: every change of a layer's quantity or value, with the move
 * that made it and the account it hit. Append-only. For every account, the sum of these
 * values equals the layers' remaining value and the account's GL balance.
 */
@Entity({ tableName: 'move_valuations' })
@Index({ properties: ['account', 'move'] })
export class MoveValuation {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => StockMove, { ref: true })
  @Index()
  move!: Ref<StockMove>;

  @ManyToOne(() => StockLayer, { ref: true })
  @Index()
  layer!: Ref<StockLayer>;

  @ManyToOne(() => Account, { ref: true })
  account!: Ref<Account>;

  /** Signed: positive into the layer, negative out of it. */
  @Property({ type: 'decimal', precision: 24, scale: 6 })
  quantity!: string;

  @Property({ type: 'decimal', precision: 24, scale: 4 })
  value!: string;
}
