import { Entity, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';

/**
 * A unit of measure. `decimals` is how finely it can be counted: EA takes whole numbers
 * only (a quantity of 1.5 EA is refused), KG takes up to three places.
 */
@Entity({ tableName: 'units' })
export class Unit extends BaseEntity {
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'smallint' })
  decimals!: number;
}
