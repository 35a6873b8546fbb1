import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { dec, toText } from '../../shared/decimal';
import { publish } from '../events/outbox';
import { liveHeldSql } from './held';
import { stockChangedEvent } from './stock-engine';
import { lockStock } from './stock-state';

/** Whether any stock move names the item (its unit, tracking and valuation are then fixed). */
export async function itemHasStockHistory(em: EntityManager, itemId: string): Promise<boolean> {
  return (await queryOne(em, 'select 1 as x from stock_moves where item_id = ? limit 1', [itemId])) !== undefined;
}

/** Whether any balance in the warehouse is below zero. */
export async function warehouseHasNegativeStock(em: EntityManager, warehouseId: string): Promise<boolean> {
  return (await queryOne(em, 'select 1 as x from stock_balances where warehouse_id = ? and on_hand < 0 limit 1', [warehouseId])) !== undefined;
}

/** Whether a location holds any stock. */
export async function locationHoldsStock(em: EntityManager, locationId: string): Promise<boolean> {
  return (await queryOne(em, 'select 1 as x from stock_balances where location_id = ? and on_hand <> 0 limit 1', [locationId])) !== undefined;
}

/**
 * A location became sellable or stopped being so: the sellable on-hand (and so the
 * availability) of every item stocked there changes at once, under the stock locks.
 */
export async function locationSellableChanged(tx: TxContext, locationId: string, warehouseId: string, sellable: boolean): Promise<void> {
  const rows = await query<{ item_id: string; on_hand: string }>(
    tx.em,
    'select item_id::text as item_id, sum(on_hand)::text as on_hand from stock_balances where location_id = ? and on_hand <> 0 group by item_id',
    [locationId],
  );
  if (rows.length === 0) return;
  await lockStock(tx, rows.map((r) => ({ itemId: r.item_id, warehouseId })));
  for (const r of rows) {
    const delta = sellable ? dec(r.on_hand) : dec(r.on_hand).neg();
    // (The holds are read under the stock lock taken above: this statement's snapshot is current.)
    const s = await queryOne<{ id: string; version: number; sku: string; code: string; on_hand: string; sellable_on_hand: string; allocated: string; held: string; in_transit: string }>(
      tx.em,
      `update stock_summaries s set sellable_on_hand = sellable_on_hand + ?, version = s.version + 1, updated_at = ?
       from items i, warehouses w where s.item_id = ? and s.warehouse_id = ? and i.id = s.item_id and w.id = s.warehouse_id
       returning s.id::text as id, s.version, i.sku, w.code, s.on_hand::text as on_hand, s.sellable_on_hand::text as sellable_on_hand, s.allocated::text as allocated,
                 ${liveHeldSql('s.item_id', 's.warehouse_id')}::text as held, s.in_transit::text as in_transit`,
      [toText(delta), tx.tx.now, r.item_id, warehouseId],
    );
    if (!s) continue;
    publish(tx, stockChangedEvent({
      summaryId: s.id,
      version: s.version,
      itemId: r.item_id,
      sku: s.sku,
      warehouseId,
      warehouseCode: s.code,
      onHand: s.on_hand,
      sellableOnHand: s.sellable_on_hand,
      allocated: s.allocated,
      held: s.held,
      inTransit: s.in_transit,
    }));
  }
}
