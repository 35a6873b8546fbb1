import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity';

export enum PartnerKind {
  CUSTOMER = 'CUSTOMER',
  VENDOR = 'VENDOR',
  CARRIER = 'CARRIER',
  MARKETPLACE = 'MARKETPLACE',
  THIRD_PARTY_LOGISTICS = 'THIRD_PARTY_LOGISTICS',
}

/**
 * A business the company deals with: customers, vendors, carriers, marketplaces, 3PLs.
 * One record may play several parts. A PARTNER access key is bound to one record and
 * only ever sees that partner's documents.
 */
@Entity({ tableName: 'partners' })
@Index({ name: 'partners_code_lower_unique', expression: 'create unique index "partners_code_lower_unique" on "partners" (lower("code"))' })
export class Partner extends VersionedEntity {
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => PartnerKind, array: true, type: 'text[]' })
  kinds: Opt<PartnerKind[]> = [];

  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
