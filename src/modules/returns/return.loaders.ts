import { byKey, defineLoader, groupByKey } from '../../graphql/loaders';
import { ShipmentLine } from '../fulfillment/fulfillment.entity';
import { ReturnAuthorization, ReturnLine } from './return.entity';

export const returnsById = defineLoader<string, ReturnAuthorization | null>('returnsById', async (em, ids) =>
  byKey(ids, await em.find(ReturnAuthorization, { id: { $in: [...ids] } }), (r) => r.id),
);

export const returnLinesByReturnId = defineLoader<string, ReturnLine[]>('returnLinesByReturnId', async (em, ids) =>
  groupByKey(ids, await em.find(ReturnLine, { returnAuthorization: { $in: [...ids] } }, { orderBy: { lineNo: 'asc' } }), (r) => r.returnAuthorization.id),
);

export const shipmentLinesById = defineLoader<string, ShipmentLine | null>('shipmentLinesById', async (em, ids) =>
  byKey(ids, await em.find(ShipmentLine, { id: { $in: [...ids] } }), (r) => r.id),
);
