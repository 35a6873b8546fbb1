import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity';
import { Partner } from '../modules/partners/partner.entity';
import { SalesChannel } from '../modules/sales/customer.entity';
import { Role } from './roles';

/**
 * An access key. The secret is shown once at creation and stored only as its sha256
 * (keys are 256 random bits, so a slow hash adds nothing); `prefix` is the visible part
 * that lets a person tell keys apart in lists and logs. A PARTNER key is bound to its
 * partner, a STOREFRONT key to its sales channel (keys made before channels existed have
 * none, and see no order).
 */
@Entity({ tableName: 'api_keys' })
@Check({ name: 'api_keys_channel_storefront_only', expression: "channel_id is null or role = 'STOREFRONT'" })
export class ApiKey extends BaseEntity {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'text', unique: true, hidden: true })
  secretHash!: string;

  @Enum({ items: () => Role, nativeEnumName: undefined, type: 'text' })
  role!: Role;

  @ManyToOne(() => Partner, { nullable: true, ref: true })
  @Index()
  partner?: Ref<Partner> | null;

  /** STOREFRONT keys only: the one sales channel whose orders the key places and reads. */
  @ManyToOne(() => SalesChannel, { nullable: true, ref: true })
  @Index()
  channel?: Ref<SalesChannel> | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'text' })
  createdBy!: string;
}
