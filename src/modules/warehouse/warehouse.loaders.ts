import { byKey, defineLoader, groupByKey } from '../../graphql/loaders';
import { Location } from './location.entity';
import { Warehouse } from './warehouse.entity';
import { Zone } from './zone.entity';

export const warehousesById = defineLoader<string, Warehouse | null>('warehousesById', async (em, ids) =>
  byKey(ids, await em.find(Warehouse, { id: { $in: [...ids] } }), (r) => r.id),
);

export const locationsById = defineLoader<string, Location | null>('locationsById', async (em, ids) =>
  byKey(ids, await em.find(Location, { id: { $in: [...ids] } }), (r) => r.id),
);

export const zonesById = defineLoader<string, Zone | null>('zonesById', async (em, ids) =>
  byKey(ids, await em.find(Zone, { id: { $in: [...ids] } }), (r) => r.id),
);

export const zonesByWarehouseId = defineLoader<string, Zone[]>('zonesByWarehouseId', async (em, ids) =>
  groupByKey(ids, await em.find(Zone, { warehouse: { $in: [...ids] } }, { orderBy: { code: 'asc' } }), (r) => r.warehouse.id),
);
