import { query } from '../../db/sql';
import { byKey, defineLoader, groupByKey } from '../../graphql/loaders';
import { type Decimal, ZERO, dec } from '../../shared/decimal';
import { InventoryCountLine } from './inventory-count.entity';
import { Lot, Serial } from './lot.entity';
import { StockSummary } from './stock-balance.entity';
import { StockMove } from './stock-move.entity';
import { StockTransferLine } from './transfer.entity';

export const lotsById = defineLoader<string, Lot | null>('lotsById', async (em, ids) => byKey(ids, await em.find(Lot, { id: { $in: [...ids] } }), (r) => r.id));

export const serialNumbersByMoveId = defineLoader<string, string[]>('serialNumbersByMoveId', async (em, ids) => {
  const rows = await query<{ move_id: string; serial_number: string }>(
    em,
    `select ms.move_id::text as move_id, s.serial_number from stock_move_serials ms join serials s on s.id = ms.serial_id
     where ms.move_id in (${ids.map(() => '?').join(', ')}) order by s.serial_number`,
    [...ids],
  );
  return groupByKey(ids, rows, (r) => r.move_id).map((list) => list.map((r) => r.serial_number));
});

export const movesBySerialId = defineLoader<string, StockMove[]>('movesBySerialId', async (em, ids) => {
  const rows = await query<{ serial_id: string; move_id: string }>(
    em,
    `select serial_id::text as serial_id, move_id::text as move_id from stock_move_serials where serial_id in (${ids.map(() => '?').join(', ')}) order by move_id`,
    [...ids],
  );
  const moves = rows.length ? await em.find(StockMove, { id: { $in: rows.map((r) => r.move_id) } }) : [];
  const byId = new Map(moves.map((m) => [m.id, m]));
  return groupByKey(ids, rows, (r) => r.serial_id).map((list) => list.map((r) => byId.get(r.move_id) as StockMove));
});

/** Moves of a document, keyed "Type:id". */
export const movesByDocument = defineLoader<string, StockMove[]>('movesByDocument', async (em, keys) => {
  const pairs = keys.map((k) => k.split(':') as [string, string]);
  const moves = await em.find(StockMove, { $or: pairs.map(([documentType, documentId]) => ({ documentType, documentId })) }, { orderBy: { id: 'asc' } });
  return groupByKey(keys, moves, (m) => `${m.documentType}:${m.documentId}`);
});

export const stockSummariesByItemId = defineLoader<string, StockSummary[]>('stockSummariesByItemId', async (em, ids) =>
  groupByKey(ids, await em.find(StockSummary, { item: { $in: [...ids] } }, { orderBy: { warehouse: 'asc' } }), (r) => r.item.id),
);

/** Current stock value per "itemId:warehouseId" (in the warehouse, not in transit), from the layers. */
export const stockValueBySummaryKey = defineLoader<string, Decimal>('stockValueBySummaryKey', async (em, keys) => {
  const pairs = keys.map((k) => k.split(':') as [string, string]);
  const rows = await query<{ item_id: string; warehouse_id: string; value: string }>(
    em,
    `select item_id::text as item_id, warehouse_id::text as warehouse_id, sum(value_remaining)::text as value from stock_layers
     where kind = 'STOCK' and (item_id, warehouse_id) in (${pairs.map(() => '(?::bigint, ?::bigint)').join(', ')}) group by 1, 2`,
    pairs.flat(),
  );
  const map = new Map(rows.map((r) => [`${r.item_id}:${r.warehouse_id}`, dec(r.value)]));
  return keys.map((k) => map.get(k) ?? ZERO);
});

export const transferLinesByTransferId = defineLoader<string, StockTransferLine[]>('transferLinesByTransferId', async (em, ids) =>
  groupByKey(ids, await em.find(StockTransferLine, { transfer: { $in: [...ids] } }, { orderBy: { lineNo: 'asc' } }), (r) => r.transfer.id),
);

export const countLinesByCountId = defineLoader<string, InventoryCountLine[]>('countLinesByCountId', async (em, ids) =>
  groupByKey(ids, await em.find(InventoryCountLine, { count: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.count.id),
);

export const serialsById = defineLoader<string, Serial | null>('serialsById', async (em, ids) => byKey(ids, await em.find(Serial, { id: { $in: [...ids] } }), (r) => r.id));
