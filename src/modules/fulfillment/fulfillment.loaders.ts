import { byKey, defineLoader, groupByKey } from '../../graphql/loaders';
import { Carton, CartonLine, PickList, PickTask, Shipment, ShipmentLine, StockAllocation, Wave } from './fulfillment.entity';

export const allocationsByOrderLineId = defineLoader<string, StockAllocation[]>('allocationsByOrderLineId', async (em, ids) =>
  groupByKey(ids, await em.find(StockAllocation, { orderLine: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.orderLine.id),
);

export const shipmentsByOrderId = defineLoader<string, Shipment[]>('shipmentsByOrderId', async (em, ids) =>
  groupByKey(ids, await em.find(Shipment, { order: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.order.id),
);

export const shipmentsById = defineLoader<string, Shipment | null>('shipmentsById', async (em, ids) => byKey(ids, await em.find(Shipment, { id: { $in: [...ids] } }), (r) => r.id));

export const cartonsByShipmentId = defineLoader<string, Carton[]>('cartonsByShipmentId', async (em, ids) =>
  groupByKey(ids, await em.find(Carton, { shipment: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.shipment.id),
);

export const cartonLinesByCartonId = defineLoader<string, CartonLine[]>('cartonLinesByCartonId', async (em, ids) =>
  groupByKey(ids, await em.find(CartonLine, { carton: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.carton.id),
);

export const shipmentLinesByShipmentId = defineLoader<string, ShipmentLine[]>('shipmentLinesByShipmentId', async (em, ids) =>
  groupByKey(ids, await em.find(ShipmentLine, { shipment: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.shipment.id),
);

export const pickListsByWaveId = defineLoader<string, PickList[]>('pickListsByWaveId', async (em, ids) =>
  groupByKey(ids, await em.find(PickList, { wave: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.wave.id),
);

export const pickTasksByListId = defineLoader<string, PickTask[]>('pickTasksByListId', async (em, ids) =>
  groupByKey(ids, await em.find(PickTask, { pickList: { $in: [...ids] } }, { orderBy: { sequence: 'asc', id: 'asc' } }), (r) => r.pickList.id),
);

export const wavesById = defineLoader<string, Wave | null>('wavesById', async (em, ids) => byKey(ids, await em.find(Wave, { id: { $in: [...ids] } }), (r) => r.id));
