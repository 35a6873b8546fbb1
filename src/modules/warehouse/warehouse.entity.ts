import { Embeddable, Embedded, Entity, Index, Property, type Opt } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity';

@Embeddable()
export class Address {
  @Property({ type: 'text', nullable: true })
  line1?: string | null;

  @Property({ type: 'text', nullable: true })
  line2?: string | null;

  @Property({ type: 'text', nullable: true })
  city?: string | null;

  @Property({ type: 'text', nullable: true })
  region?: string | null;

  @Property({ type: 'text', nullable: true })
  postalCode?: string | null;

  /** ISO 3166-1 alpha-2. */
  @Property({ type: 'text', nullable: true })
  country?: string | null;
}

@Entity({ tableName: 'warehouses' })
@Index({ name: 'warehouses_code_lower_unique', expression: 'create unique index "warehouses_code_lower_unique" on "warehouses" (lower("code"))' })
export class Warehouse extends VersionedEntity {
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Embedded({ entity: () => Address, prefix: 'address_' })
  address: Opt<Address> = new Address();

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /** Issues may take on-hand below zero here (a documented exception; off by default). */
  @Property({ type: 'boolean', default: false })
  allowNegativeStock: Opt<boolean> = false;
}
