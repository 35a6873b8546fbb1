import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity';
import { Warehouse } from './warehouse.entity';

/** A zone groups locations of one warehouse for zone picking (e.g. FROZEN, BULK, MEZZANINE). */
@Entity({ tableName: 'zones' })
@Index({ name: 'zones_warehouse_code_unique', expression: 'create unique index "zones_warehouse_code_unique" on "zones" ("warehouse_id", lower("code"))' })
export class Zone extends VersionedEntity {
  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;
}
