import { query } from '../../db/sql';
import type { TxContext } from '../../shared/context';

export interface ItemWarehouse {
  itemId: string;
  warehouseId: string;
}

/**
 * Locks the stock summary rows of every (item, warehouse) a command touches, creating
 * missing ones, always in (item, warehouse) order so two commands never wait on each
 * other in a cycle. Every change to balances, layers and serials of an item in a
 * warehouse happens under this lock: it is what makes "two buyers of the last unit:
 * one wins" hold under any concurrency.
 */
export async function lockStock(tx: TxContext, pairs: readonly ItemWarehouse[]): Promise<void> {
  const unique = [...new Map(pairs.map((p) => [`${p.itemId}:${p.warehouseId}`, p])).values()].sort(
    (a, b) => compareIds(a.itemId, b.itemId) || compareIds(a.warehouseId, b.warehouseId),
  );
  if (unique.length === 0) return;
  const values = unique.map(() => '(?::bigint, ?::bigint)').join(', ');
  const params = unique.flatMap((p) => [p.itemId, p.warehouseId]);
  await query(
    tx.em,
    `insert into stock_summaries (item_id, warehouse_id) values ${values} on conflict (item_id, warehouse_id) do nothing`,
    params,
  );
  await query(
    tx.em,
    `select id from stock_summaries where (item_id, warehouse_id) in (${values}) order by item_id, warehouse_id for update`,
    params,
  );
}

export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
