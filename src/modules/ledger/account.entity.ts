import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity';

export enum AccountType {
  ASSET = 'ASSET',
  LIABILITY = 'LIABILITY',
  EQUITY = 'EQUITY',
  REVENUE = 'REVENUE',
  EXPENSE = 'EXPENSE',
}

/**
 * A general-ledger account. A control account (inventory, in transit, AR, AP, GRNI)
 * takes postings only from documents, so its balance is always explained by a
 * sub-ledger; manual journal entries cannot touch it.
 */
@Entity({ tableName: 'accounts' })
export class Account extends VersionedEntity {
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => AccountType, type: 'text' })
  type!: AccountType;

  @Property({ type: 'boolean', default: false })
  control: Opt<boolean> = false;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}

/** Debit-normal types show a positive balance when debits exceed credits. */
export function isDebitNormal(type: AccountType): boolean {
  return type === AccountType.ASSET || type === AccountType.EXPENSE;
}
