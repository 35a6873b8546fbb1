import { BigIntType, Check, DeferMode, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Item } from '../catalog/item.entity';
import { Partner } from '../partners/partner.entity';
import { Customer } from '../sales/customer.entity';
import { Warehouse } from '../warehouse/warehouse.entity';
import { Account } from './account.entity';
import { FiscalPeriod } from './fiscal-period.entity';

/**
 * A balanced journal entry. Append-only: the database rejects UPDATE and DELETE, and a
 * deferred constraint trigger rejects a COMMIT that leaves any entry unbalanced or
 * with fewer than two lines. A correction is a reversal entry linked by `reversalOf`.
 * Numbers run without gaps per year, in commit order: a deferred trigger takes the next
 * number from the year's counter row while the transaction commits (so the row is held
 * only that long, and a rollback gives its number back).
 */
@Entity({ tableName: 'journal_entries' })
@Unique({ properties: ['year', 'number'] })
@Index({ properties: ['sourceType', 'sourceId'] })
@Index({ properties: ['occurredAt'] })
// Reports select entries by posting date (gross margin).
@Index({ properties: ['postingDate'] })
export class JournalEntry {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'smallint' })
  year!: number;

  /** Gap-free per year, given at COMMIT (never null once committed). */
  @Property({ type: 'integer', nullable: true })
  number!: number;

  /** The accounting date (UTC date of occurredAt); decides the period. */
  @Property({ type: 'date' })
  postingDate!: string;

  /** When the business event happened (the document's date and time). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  /** When it was written. */
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  recordedAt!: Date;

  @ManyToOne(() => FiscalPeriod, { ref: true })
  period!: Ref<FiscalPeriod>;

  /** The document type that posted it (StockReceipt, StockTransfer, ... or JournalEntry for manual entries). */
  @Property({ type: 'text' })
  sourceType!: string;

  @Property({ type: 'text' })
  sourceId!: string;

  @Property({ type: 'text', nullable: true })
  memo?: string | null;

  @Property({ type: 'text' })
  actor!: string;

  @ManyToOne(() => JournalEntry, { nullable: true, ref: true, unique: true })
  reversalOf?: Ref<JournalEntry> | null;
}

@Entity({ tableName: 'journal_lines' })
@Index({ properties: ['account', 'entry'] })
@Check({ name: 'journal_lines_one_side', expression: 'debit >= 0 and credit >= 0 and (debit = 0) <> (credit = 0)' })
export class JournalLine {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => JournalEntry, { ref: true, deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  entry!: Ref<JournalEntry>;

  @ManyToOne(() => Account, { ref: true })
  account!: Ref<Account>;

  @Property({ type: 'decimal', precision: 24, scale: 4 })
  debit!: string;

  @Property({ type: 'decimal', precision: 24, scale: 4 })
  credit!: string;

  @ManyToOne(() => Item, { nullable: true, ref: true })
  item?: Ref<Item> | null;

  @ManyToOne(() => Warehouse, { nullable: true, ref: true })
  warehouse?: Ref<Warehouse> | null;

  @ManyToOne(() => Partner, { nullable: true, ref: true })
  partner?: Ref<Partner> | null;

  /** The customer of a billing document's line (AR per customer: aging and statements reconcile to it). */
  @ManyToOne(() => Customer, { nullable: true, ref: true })
  @Index()
  customer?: Ref<Customer> | null;

  @Property({ type: 'text', nullable: true })
  memo?: string | null;
}

/** Gap-free journal numbering: one counter row per year. */
@Entity({ tableName: 'journal_sequences' })
export class JournalSequence {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  next!: number;
}
