import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { payloadType } from '../../graphql/payload';
import { Connection, Node } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { CatalogErrorCode } from './catalog-errors';
import { BarcodeKind } from './item-barcode.entity';
import { TrackingMode, ValuationMethod } from './item.entity';

registerEnumType(TrackingMode, { name: 'TrackingMode', description: 'How units of an item are told apart: not at all, by lot, or one by one by serial number.' });
registerEnumType(ValuationMethod, { name: 'ValuationMethod', description: 'How issues are costed: FIFO cost layers or a moving average, per item and warehouse.' });
registerEnumType(BarcodeKind, { name: 'BarcodeKind' });
registerEnumType(CatalogErrorCode, { name: 'CatalogErrorCode' });

@ObjectType('CatalogUserError', { implements: UserError })
export class CatalogUserError extends UserError {
  @Field(() => CatalogErrorCode)
  code!: CatalogErrorCode;
}

@ObjectType('Unit', { implements: Node, description: 'A unit of measure; `decimals` is how finely it can be counted (EA: 0).' })
export class UnitType extends Node {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  decimals!: number;
}

@ObjectType('Category', { implements: Node })
export class CategoryType extends Node {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('ItemBarcode', { implements: Node })
export class ItemBarcodeType extends Node {
  @Field(() => String, { description: 'The code as registered.' })
  code!: string;

  @Field(() => BarcodeKind)
  kind!: BarcodeKind;

  @Field(() => DecimalScalar, { description: 'Base units one scan stands for (1 for a single unit, 12 for a case of twelve).' })
  quantity!: string;
}

@ObjectType('Item', { implements: Node })
export class ItemType extends Node {
  @Field(() => String)
  sku!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => TrackingMode)
  trackingMode!: TrackingMode;

  @Field(() => Boolean, { description: 'Lots of this item must carry an expiry date.' })
  lotExpiryRequired!: boolean;

  @Field(() => ValuationMethod)
  valuationMethod!: ValuationMethod;

  @Field(() => DecimalScalar, { nullable: true })
  weightKg!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  lengthCm!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  widthCm!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  heightCm!: string | null;

  @Field(() => Int, { description: 'Rises with every change; compare it to drop a stale update.' })
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

export const ItemConnection = Connection(ItemType, 'Item');
export const CategoryConnection = Connection(CategoryType, 'Category');

@ObjectType('ItemBarcodeMatch', { description: 'What a scanned code stands for: an item and how many base units.' })
export class ItemBarcodeMatch {
  @Field(() => ItemType)
  item!: unknown;

  @Field(() => ItemBarcodeType)
  barcode!: unknown;

  @Field(() => DecimalScalar)
  quantity!: string;
}

@InputType('BarcodeInput')
export class BarcodeInputType {
  @Field(() => String, { description: 'A GTIN-8/12/13/14 (check digit verified) or any other printable code up to 48 characters.' })
  code!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Base units per scan; default 1.' })
  quantity?: string | null;
}

@InputType('ItemFilter')
export class ItemFilterInput {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of SKU or name.' })
  search?: string | null;

  @Field(() => [String], { nullable: true })
  skus?: string[] | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => TrackingMode, { nullable: true })
  trackingMode?: TrackingMode | null;
}

@InputType()
class ItemFieldsInput {
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of measure code, e.g. EA, KG (default EA).' })
  unitCode?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => TrackingMode, { nullable: true })
  trackingMode?: TrackingMode | null;

  @Field(() => Boolean, { nullable: true })
  lotExpiryRequired?: boolean | null;

  @Field(() => ValuationMethod, { nullable: true })
  valuationMethod?: ValuationMethod | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Cost for stock that appears with no cost history (a count gain). Needs costs:read to see.' })
  standardCost?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  weightKg?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  lengthCm?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  widthCm?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  heightCm?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType('ItemCreateInput')
export class ItemCreateInput extends ItemFieldsInput {
  @Field(() => String)
  sku!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [BarcodeInputType], { nullable: true })
  barcodes?: BarcodeInputType[] | null;

  @Field(() => String, { nullable: true, description: 'A replay with the same key returns the first result and creates nothing.' })
  idempotencyKey?: string | null;
}

@InputType('ItemUpdateInput')
export class ItemUpdateInput extends ItemFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Refuse the update unless the item is still at this version.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType('ItemDeactivateInput')
export class ItemDeactivateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType('ItemBarcodeAddInput')
export class ItemBarcodeAddInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => DecimalScalar, { nullable: true })
  quantity?: string | null;
}

@InputType('ItemBarcodeRemoveInput')
export class ItemBarcodeRemoveInput {
  @Field(() => ID)
  barcodeId!: string;
}

export const ItemCreatePayload = payloadType('ItemCreatePayload', { item: () => ItemType }, CatalogUserError);
export const ItemUpdatePayload = payloadType('ItemUpdatePayload', { item: () => ItemType }, CatalogUserError);
export const ItemDeactivatePayload = payloadType('ItemDeactivatePayload', { item: () => ItemType }, CatalogUserError);
export const ItemBarcodeAddPayload = payloadType('ItemBarcodeAddPayload', { item: () => ItemType, barcode: () => ItemBarcodeType }, CatalogUserError);
export const ItemBarcodeRemovePayload = payloadType('ItemBarcodeRemovePayload', { item: () => ItemType }, CatalogUserError);

@InputType('CategoryCreateInput')
export class CategoryCreateInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('CategoryUpdateInput')
export class CategoryUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'New parent; null makes it a top-level category.' })
  parentId?: string | null;
}

export const CategoryCreatePayload = payloadType('CategoryCreatePayload', { category: () => CategoryType }, CatalogUserError);
export const CategoryUpdatePayload = payloadType('CategoryUpdatePayload', { category: () => CategoryType }, CatalogUserError);
