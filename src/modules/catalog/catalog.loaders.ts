import { byKey, defineLoader, groupByKey } from '../../graphql/loaders';
import { Category } from './category.entity';
import { ItemBarcode } from './item-barcode.entity';
import { Item } from './item.entity';
import { Unit } from './unit.entity';

export const itemsById = defineLoader<string, Item | null>('itemsById', async (em, ids) =>
  byKey(ids, await em.find(Item, { id: { $in: [...ids] } }), (r) => r.id),
);

export const unitsById = defineLoader<string, Unit | null>('unitsById', async (em, ids) =>
  byKey(ids, await em.find(Unit, { id: { $in: [...ids] } }), (r) => r.id),
);

export const categoriesById = defineLoader<string, Category | null>('categoriesById', async (em, ids) =>
  byKey(ids, await em.find(Category, { id: { $in: [...ids] } }), (r) => r.id),
);

export const barcodesByItemId = defineLoader<string, ItemBarcode[]>('barcodesByItemId', async (em, ids) =>
  groupByKey(ids, await em.find(ItemBarcode, { item: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.item.id),
);
