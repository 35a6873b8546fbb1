import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity';

/** An item category, in a tree. Account mapping can be overridden per category. */
@Entity({ tableName: 'categories' })
@Index({ name: 'categories_code_lower_unique', expression: 'create unique index "categories_code_lower_unique" on "categories" (lower("code"))' })
export class Category extends VersionedEntity {
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => Category, { nullable: true, ref: true })
  @Index()
  parent?: Ref<Category> | null;
}
