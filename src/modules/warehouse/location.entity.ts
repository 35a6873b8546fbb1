import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity';
import { Warehouse } from './warehouse.entity';
import { Zone } from './zone.entity';

export enum LocationType {
  RECEIVING = 'RECEIVING',
  STORAGE = 'STORAGE',
  PICK = 'PICK',
  STAGING = 'STAGING',
  PACKING = 'PACKING',
  SHIPPING = 'SHIPPING',
  QUARANTINE = 'QUARANTINE',
  /** Created by the system, one per warehouse: stock shipped to this warehouse by a transfer and not yet received. */
  TRANSIT = 'TRANSIT',
}

/** Location types whose stock is sellable unless the location says otherwise. */
export const SELLABLE_BY_DEFAULT: ReadonlySet<LocationType> = new Set([LocationType.STORAGE, LocationType.PICK]);

@Entity({ tableName: 'locations' })
@Index({ name: 'locations_warehouse_code_unique', expression: 'create unique index "locations_warehouse_code_unique" on "locations" ("warehouse_id", lower("code"))' })
@Index({ properties: ['warehouse', 'pickSequence'] })
export class Location extends VersionedEntity {
  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Property({ type: 'text' })
  code!: string;

  @Enum({ items: () => LocationType, type: 'text' })
  type!: LocationType;

  @ManyToOne(() => Zone, { nullable: true, ref: true })
  @Index()
  zone?: Ref<Zone> | null;

  /** Walking order for picking: lower first. */
  @Property({ type: 'integer', nullable: true })
  pickSequence?: number | null;

  /** What a scanner reads on the location label; unique across all warehouses. */
  @Property({ type: 'text', nullable: true, unique: true })
  barcode?: string | null;

  /** Stock here counts toward availability. */
  @Property({ type: 'boolean' })
  sellable!: boolean;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
