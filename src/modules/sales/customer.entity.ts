import { Embedded, Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity';
import { Partner } from '../partners/partner.entity';
import { Address } from '../warehouse/warehouse.entity';

export enum CreditLimitAction {
  REFUSE = 'REFUSE',
  HOLD = 'HOLD',
}

export enum ReturnCreditPolicy {
  CREDIT_NOTE = 'CREDIT_NOTE',
  REFUND = 'REFUND',
  NONE = 'NONE',
}

/**
 * Someone the company sells to: where to bill and ship, on what terms. Rates are percents
 * (19 means 19 %); over the credit limit (open receivables plus open orders) a confirmation is refused or held.
 */
@Entity({ tableName: 'customers' })
@Index({ name: 'customers_code_lower_unique', expression: 'create unique index "customers_code_lower_unique" on "customers" (lower("code"))' })
export class Customer extends VersionedEntity {
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Embedded({ entity: () => Address, prefix: 'billing_' })
  billingAddress: Opt<Address> = new Address();

  @Embedded({ entity: () => Address, prefix: 'shipping_' })
  shippingAddress: Opt<Address> = new Address();

  /** Net days: the invoice is due this many days after it is issued. */
  @Property({ type: 'smallint', default: 30 })
  paymentTermsDays: Opt<number> = 30;

  /** Percent; a new order line takes it unless the line names its own rate. */
  @Property({ type: 'decimal', precision: 9, scale: 6, default: '0' })
  defaultTaxRate: Opt<string> = '0';

  @Property({ type: 'decimal', precision: 24, scale: 6, nullable: true })
  creditLimit?: string | null;

  /** Over the credit limit, a confirmation is REFUSEd (CREDIT_LIMIT_EXCEEDED) or put on HOLD for finance to approve. */
  @Enum({ items: () => CreditLimitAction, type: 'text', default: 'REFUSE' })
  creditLimitAction: Opt<CreditLimitAction> = CreditLimitAction.REFUSE;

  /** Invoice each shipment when it is confirmed, in the same transaction (default); off: invoice on demand. */
  @Property({ type: 'boolean', default: true })
  autoInvoice: Opt<boolean> = true;

  /** What follows a received return: a CREDIT_NOTE (default), a credit note and a REFUND of it, or NONE (finance decides). */
  @Enum({ items: () => ReturnCreditPolicy, type: 'text', default: 'CREDIT_NOTE' })
  returnCreditPolicy: Opt<ReturnCreditPolicy> = ReturnCreditPolicy.CREDIT_NOTE;

  /** Days of shelf life a lot must still have on the ship date to be allocated to this customer. */
  @Property({ type: 'smallint', default: 0 })
  minShelfLifeDays: Opt<number> = 0;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}

export enum SalesChannelKind {
  STOREFRONT = 'STOREFRONT',
  MARKETPLACE = 'MARKETPLACE',
  /** Back office: phone, e-mail, sales reps. */
  DIRECT = 'DIRECT',
  EDI = 'EDI',
}

/**
 * Where orders come from. A channel owned by a partner (a marketplace) gives its orders
 * to that partner: the partner's PARTNER key sees them, and nobody else's.
 */
@Entity({ tableName: 'sales_channels' })
@Index({ name: 'sales_channels_code_lower_unique', expression: 'create unique index "sales_channels_code_lower_unique" on "sales_channels" (lower("code"))' })
export class SalesChannel extends VersionedEntity {
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => SalesChannelKind, type: 'text' })
  kind!: SalesChannelKind;

  @ManyToOne(() => Partner, { nullable: true, ref: true })
  @Index()
  partner?: Ref<Partner> | null;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
