import { byKey, defineLoader, groupByKey } from '../../graphql/loaders';
import { Customer, SalesChannel } from './customer.entity';
import { SalesOrder, SalesOrderLine } from './sales-order.entity';
import { StockHold, StockHoldLine } from './stock-hold.entity';

export const customersById = defineLoader<string, Customer | null>('customersById', async (em, ids) =>
  byKey(ids, await em.find(Customer, { id: { $in: [...ids] } }), (r) => r.id),
);

export const salesChannelsById = defineLoader<string, SalesChannel | null>('salesChannelsById', async (em, ids) =>
  byKey(ids, await em.find(SalesChannel, { id: { $in: [...ids] } }), (r) => r.id),
);

export const salesOrdersById = defineLoader<string, SalesOrder | null>('salesOrdersById', async (em, ids) =>
  byKey(ids, await em.find(SalesOrder, { id: { $in: [...ids] } }), (r) => r.id),
);

export const salesOrderLinesByOrderId = defineLoader<string, SalesOrderLine[]>('salesOrderLinesByOrderId', async (em, ids) =>
  groupByKey(ids, await em.find(SalesOrderLine, { order: { $in: [...ids] } }, { orderBy: { order: 'asc', lineNo: 'asc' } }), (r) => r.order.id),
);

export const stockHoldsById = defineLoader<string, StockHold | null>('stockHoldsById', async (em, ids) => byKey(ids, await em.find(StockHold, { id: { $in: [...ids] } }), (r) => r.id));

export const stockHoldLinesByHoldId = defineLoader<string, StockHoldLine[]>('stockHoldLinesByHoldId', async (em, ids) =>
  groupByKey(ids, await em.find(StockHoldLine, { hold: { $in: [...ids] } }, { orderBy: { hold: 'asc', id: 'asc' } }), (r) => r.hold.id),
);
