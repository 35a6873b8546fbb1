import { Entity, Enum, Index, ManyToOne, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { Category } from '../catalog/category.entity';
import { Warehouse } from '../warehouse/warehouse.entity';
import { Account } from './account.entity';

/** What a posting uses an account for. */
export enum AccountPurpose {
  INVENTORY = 'INVENTORY',
  IN_TRANSIT = 'IN_TRANSIT',
  GRNI = 'GRNI',
  COGS = 'COGS',
  SHRINKAGE = 'SHRINKAGE',
  PRICE_VARIANCE = 'PRICE_VARIANCE',
  REVENUE = 'REVENUE',
  SALES_RETURNS = 'SALES_RETURNS',
  AR = 'AR',
  AP = 'AP',
  TAX_PAYABLE = 'TAX_PAYABLE',
  CASH = 'CASH',
  LANDED_COST_ACCRUAL = 'LANDED_COST_ACCRUAL',
  /** Returned goods written off at inspection. */
  SCRAP = 'SCRAP',
}

/**
 * Which account a posting uses for a purpose: a company default (no warehouse, no
 * category), overridable per warehouse, per item category, or per both. The most
 * specific mapping wins: warehouse+category, then category, then warehouse, then default.
 */
@Entity({ tableName: 'account_mappings' })
@Index({
  name: 'account_mappings_scope_unique',
  expression: 'create unique index "account_mappings_scope_unique" on "account_mappings" ("purpose", coalesce("warehouse_id", 0), coalesce("category_id", 0))',
})
export class AccountMapping extends BaseEntity {
  @Enum({ items: () => AccountPurpose, type: 'text' })
  purpose!: AccountPurpose;

  @ManyToOne(() => Warehouse, { nullable: true, ref: true, deleteRule: 'cascade' })
  warehouse?: Ref<Warehouse> | null;

  @ManyToOne(() => Category, { nullable: true, ref: true, deleteRule: 'cascade' })
  category?: Ref<Category> | null;

  @ManyToOne(() => Account, { ref: true })
  account!: Ref<Account>;
}
