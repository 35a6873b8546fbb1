import { query } from '../../db/sql';
import type { Location } from '../warehouse/location.entity';
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

/**
 * Locks the warehouses and locations a command moves stock through (FOR SHARE, in id
 * order, before the stock locks) and re-reads the flags that decide the rules: a
 * location's sellable and active flags and a warehouse's allowNegativeStock. A
 * concurrent change of those flags (which takes the row FOR UPDATE) then waits for the
 * command, or the command sees the new value; it can never apply a flag that changed
 * under it.
 */
export async function lockPlaces(tx: TxContext, locations: readonly Location[]): Promise<void> {
  if (locations.length === 0) return;
  const byId = new Map(locations.map((l) => [l.id, l]));
  const warehouses = new Map(locations.map((l) => [l.warehouse.id, l.warehouse.getEntity()]));
  const warehouseIds = [...warehouses.keys()].sort(compareIds);
  const warehouseRows = await query<{ id: string; active: boolean; allow_negative_stock: boolean }>(
    tx.em,
    `select id::text as id, active, allow_negative_stock from warehouses where id in (${warehouseIds.map(() => '?').join(', ')}) order by id for share`,
    warehouseIds,
  );
  for (const row of warehouseRows) {
    const w = warehouses.get(row.id);
    // refresh (not assignment): the entity's snapshot must follow, or a flush would write the flag back.
    if (w && (w.active !== row.active || w.allowNegativeStock !== row.allow_negative_stock)) await tx.em.refresh(w);
  }
  const locationIds = [...byId.keys()].sort(compareIds);
  const rows = await query<{ id: string; sellable: boolean; active: boolean }>(
    tx.em,
    `select id::text as id, sellable, active from locations where id in (${locationIds.map(() => '?').join(', ')}) order by id for share`,
    locationIds,
  );
  for (const row of rows) {
    const l = byId.get(row.id);
    if (l && (l.sellable !== row.sellable || l.active !== row.active)) await tx.em.refresh(l);
  }
}
