import type { EntityManager } from '@mikro-orm/postgresql';
import { encodeCursor, pageSize, type Page, type PageRequest } from '../../db/pagination';
import { query, statement, withConnection } from '../../db/sql';
import type { ServiceContext } from '../../shared/context';
import { type Decimal, dec } from '../../shared/decimal';
import { CommonErrorCode, DomainError } from '../../shared/errors';
import { INVENTORY_ACCOUNT_IDS } from '../ledger/reconciliation.service';
import { liveHeldSql } from './held';
import { InventoryErrorCode } from './inventory-errors';
import { Lot } from './lot.entity';
import { MoveReason, StockMove } from './stock-move.entity';

export interface StockLevelRow {
  id: string;
  itemId: string;
  locationId: string;
  warehouseId: string;
  lotId: string | null;
  onHand: Decimal;
}

export interface StockLevelFilter {
  itemIds?: string[] | null;
  warehouseId?: string | null;
  locationId?: string | null;
  lotId?: string | null;
  /** Include rows whose on-hand is zero (current levels only). */
  includeZero?: boolean | null;
  /** Levels as they stood at this instant (summed from moves); default: now (maintained balances). */
  asOf?: Date | null;
}

/** Availability of one SKU; figures are canonical decimal text (what toText writes). */
export interface AvailabilityRow {
  sku: string;
  itemId: string | null;
  warehouses: { code: string; name: string; onHand: string; allocated: string; held: string; available: string; inTransit: string }[];
  available: string;
}

interface AvailabilitySqlRow {
  key: string;
  sku: string;
  item_id: string;
  code: string | null;
  name: string | null;
  on_hand: string;
  allocated: string;
  held: string;
  in_transit: string;
  available: string;
  total: string;
}

/**
 * The storefront's hot read, one named statement whatever the number of SKUs (arrays, not
 * a list of placeholders, so pg prepares it once per connection). The figures are computed
 * and formatted by PostgreSQL: trim_scale(numeric)::text is plain notation without trailing
 * zeros, the same text as toText, so no decimal.js work is left for the request. What live
 * checkout holds keep is one probe of the partial index over open hold lines per summary
 * row (held.ts), in the same statement.
 */
const AVAILABILITY = statement(`
  select lower(i.sku) as key, i.sku, i.id::text as item_id, sw.code, sw.name,
         trim_scale(sw.sellable_on_hand)::text as on_hand,
         trim_scale(sw.allocated)::text as allocated,
         trim_scale(sw.held)::text as held,
         trim_scale(sw.in_transit)::text as in_transit,
         trim_scale(sw.sellable_on_hand - sw.allocated - sw.held)::text as available,
         trim_scale(coalesce(sum(greatest(sw.sellable_on_hand - sw.allocated - sw.held, 0)) over (partition by i.id), 0))::text as total
  from items i
  left join (
    select s.item_id, s.sellable_on_hand, s.allocated, s.in_transit, w.code, w.name, ${liveHeldSql('s.item_id', 's.warehouse_id')} as held
    from stock_summaries s
    join warehouses w on w.id = s.warehouse_id and w.active and ($2::text[] is null or lower(w.code) = any($2::text[]))
  ) sw on sw.item_id = i.id
  where lower(i.sku) = any($1::text[]) and i.active
  order by i.id, sw.code`);

export interface StockMoveFilter {
  itemId?: string | null;
  lotId?: string | null;
  serialNumber?: string | null;
  locationId?: string | null;
  warehouseId?: string | null;
  documentType?: string | null;
  documentId?: string | null;
  reason?: MoveReason | null;
  occurredFrom?: Date | null;
  occurredTo?: Date | null;
}

export interface ValuationRow {
  itemId: string;
  warehouseId: string;
  inTransit: boolean;
  quantity: Decimal;
  value: Decimal;
}

export interface LotTrace {
  lot: Lot;
  /** The document that first brought the lot in. */
  origin: { documentType: string; documentId: string };
  /** Every move of the lot, oldest first: where it came from and everywhere it went. */
  moves: StockMove[];
  /** Documents the lot passed through, in order of first touch. */
  documents: { documentType: string; documentId: string }[];
  /** Where the lot is now. */
  balances: StockLevelRow[];
}

/** Stock reads. Current figures come from maintained rows; `asOf` figures are summed from the append-only moves. */
export class StockQueryService {
  /** `rootEm` serves reads that need only a connection, outside any command (no fork per request). */
  constructor(private readonly rootEm: EntityManager) {}

  async levels(ctx: ServiceContext, filter: StockLevelFilter, page: PageRequest): Promise<Page<StockLevelRow>> {
    const limit = pageSize(page.first);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.itemIds?.length) {
      where.push(`item_id in (${filter.itemIds.map(() => '?').join(', ')})`);
      params.push(...filter.itemIds);
    }
    if (filter.locationId) {
      where.push('location_id = ?');
      params.push(filter.locationId);
    }
    if (filter.warehouseId) {
      where.push('warehouse_id = ?');
      params.push(filter.warehouseId);
    }
    if (filter.lotId) {
      where.push('lot_id = ?');
      params.push(filter.lotId);
    }
    // The rows that match the filter (current: maintained balances; asOf: summed moves); the page and the count read from it.
    let source: string;
    let sourceParams: unknown[];
    if (filter.asOf) {
      source = `with moves as (
                   select item_id, lot_id, to_location_id as location_id, quantity as q from stock_moves where to_location_id is not null and occurred_at <= ?
                   union all
                   select item_id, lot_id, from_location_id, -quantity from stock_moves where from_location_id is not null and occurred_at <= ?),
                 levels as (
                   select m.item_id, m.location_id, l.warehouse_id, m.lot_id, sum(m.q) as on_hand
                   from moves m join locations l on l.id = m.location_id group by 1, 2, 3, 4)
                 select item_id, location_id, warehouse_id, lot_id, on_hand from levels where on_hand <> 0 ${where.length ? `and ${where.join(' and ')}` : ''}`;
      sourceParams = [filter.asOf, filter.asOf, ...params];
    } else {
      if (!filter.includeZero) where.push('on_hand <> 0');
      source = `select item_id, location_id, warehouse_id, lot_id, on_hand from stock_balances ${where.length ? `where ${where.join(' and ')}` : ''}`;
      sourceParams = params;
    }
    const after = page.after ? decodeLevelCursor(page.after) : null;
    const rows = await query<{ item_id: string; location_id: string; warehouse_id: string; lot_id: string | null; on_hand: string }>(
      ctx.em,
      `select item_id::text as item_id, location_id::text as location_id, warehouse_id::text as warehouse_id, lot_id::text as lot_id, on_hand::text as on_hand
       from (${source}) s ${after ? 'where (item_id, location_id, coalesce(lot_id, 0)) > (?, ?, ?)' : ''}
       order by item_id, location_id, coalesce(lot_id, 0) limit ?`,
      [...sourceParams, ...(after ? [after.itemId, after.locationId, after.lotId ?? '0'] : []), limit + 1],
    );
    const hasNextPage = rows.length > limit;
    const nodes = rows.slice(0, limit).map((r) => ({
      id: `${r.item_id}:${r.location_id}:${r.lot_id ?? '0'}`,
      itemId: r.item_id,
      locationId: r.location_id,
      warehouseId: r.warehouse_id,
      lotId: r.lot_id,
      onHand: dec(r.on_hand),
    }));
    return {
      nodes,
      cursors: nodes.map((n) => Buffer.from(n.id).toString('base64url')),
      hasNextPage,
      hasPreviousPage: Boolean(page.after),
      totalCount: async () => (await query<{ n: number }>(ctx.em, `select count(*)::int as n from (${source}) s`, sourceParams))[0]?.n ?? 0,
    };
  }

  /**
   * Storefront availability for many SKUs in one statement: per SKU and warehouse, on
   * hand in sellable locations minus allocated minus live checkout holds. SKUs are matched regardless of case;
   * every SKU asked for gets an answer (unknown ones with itemId null and nothing
   * available), in the order asked.
   */
  async availability(ctx: ServiceContext, skus: readonly string[], warehouseCodes: readonly string[] | null): Promise<AvailabilityRow[]> {
    if (skus.length > 250) throw new DomainError(CommonErrorCode.INVALID, 'At most 250 SKUs per availability query.', { field: ['skus'] });
    if (skus.length === 0) return [];
    const keys = skus.map((s) => s.trim().toLowerCase());
    const codes = warehouseCodes?.length ? warehouseCodes.map((c) => c.trim().toLowerCase()) : null;
    const em = ctx.tx ? ctx.em : this.rootEm;
    const rows = await withConnection(em, (c) => c.rows<AvailabilitySqlRow>(AVAILABILITY, [[...new Set(keys)], codes]));
    const byKey = new Map<string, AvailabilityRow>();
    for (const r of rows) {
      let row = byKey.get(r.key);
      if (!row) byKey.set(r.key, (row = { sku: r.sku, itemId: r.item_id, warehouses: [], available: r.total }));
      if (r.code === null) continue;
      row.warehouses.push({ code: r.code, name: r.name ?? '', onHand: r.on_hand, allocated: r.allocated, held: r.held, available: r.available, inTransit: r.in_transit });
    }
    return keys.map((key, i) => byKey.get(key) ?? { sku: skus[i] as string, itemId: null, warehouses: [], available: '0' });
  }

  async moves(ctx: ServiceContext, filter: StockMoveFilter, page: PageRequest): Promise<Page<StockMove>> {
    const limit = pageSize(page.first);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      where.push(sql);
      params.push(...values);
    };
    if (filter.itemId) add('m.item_id = ?', filter.itemId);
    if (filter.lotId) add('m.lot_id = ?', filter.lotId);
    if (filter.locationId) add('(m.from_location_id = ? or m.to_location_id = ?)', filter.locationId, filter.locationId);
    if (filter.warehouseId) add('(m.from_warehouse_id = ? or m.to_warehouse_id = ?)', filter.warehouseId, filter.warehouseId);
    if (filter.documentType) add('m.document_type = ?', filter.documentType);
    if (filter.documentId) add('m.document_id = ?', filter.documentId);
    if (filter.reason) add('m.reason = ?', filter.reason);
    if (filter.occurredFrom) add('m.occurred_at >= ?', filter.occurredFrom);
    if (filter.occurredTo) add('m.occurred_at <= ?', filter.occurredTo);
    if (filter.serialNumber) {
      add('exists (select 1 from stock_move_serials ms join serials s on s.id = ms.serial_id where ms.move_id = m.id and s.serial_number = ?)', filter.serialNumber);
    }
    const base = `from stock_moves m ${where.length ? `where ${where.join(' and ')}` : ''}`;
    const afterId = page.after ? decodeIdCursor(page.after) : null;
    const rows = await query<{ id: string }>(
      ctx.em,
      `select m.id::text as id ${base} ${afterId ? `${where.length ? 'and' : 'where'} m.id > ?` : ''} order by m.id limit ?`,
      [...params, ...(afterId ? [afterId] : []), limit + 1],
    );
    const hasNextPage = rows.length > limit;
    const ids = rows.slice(0, limit).map((r) => r.id);
    const entities = ids.length ? await ctx.em.find(StockMove, { id: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
    return {
      nodes: entities,
      cursors: entities.map((m) => encodeCursor(m.id, m.id)),
      hasNextPage,
      hasPreviousPage: Boolean(page.after),
      totalCount: async () => (await query<{ n: number }>(ctx.em, `select count(*)::int as n ${base}`, params))[0]?.n ?? 0,
    };
  }

  async lotTrace(ctx: ServiceContext, lotId: string): Promise<LotTrace | null> {
    const lot = await ctx.em.findOne(Lot, { id: lotId });
    if (!lot) return null;
    const moves = await ctx.em.find(StockMove, { lot: lot.id }, { orderBy: { id: 'asc' } });
    const documents: { documentType: string; documentId: string }[] = [];
    const seen = new Set<string>();
    for (const m of moves) {
      const key = `${m.documentType}:${m.documentId}`;
      if (!seen.has(key)) {
        seen.add(key);
        documents.push({ documentType: m.documentType, documentId: m.documentId });
      }
    }
    const balances = await this.levels(ctx, { lotId: lot.id }, { first: 250 });
    return { lot, origin: { documentType: lot.originType, documentId: lot.originId }, moves, documents, balances: balances.nodes };
  }

  /**
   * Inventory valuation by item and warehouse (in transit shown apart). Now: from the
   * layers' remaining quantity and value. As of a past instant: summed from the
   * sub-ledger (every layer change recorded by a move up to then).
   */
  async valuation(ctx: ServiceContext, filter: { asOf?: Date | null; warehouseId?: string | null; itemId?: string | null }): Promise<ValuationRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.warehouseId) {
      where.push('l.warehouse_id = ?');
      params.push(filter.warehouseId);
    }
    if (filter.itemId) {
      where.push('l.item_id = ?');
      params.push(filter.itemId);
    }
    const rows = filter.asOf
      ? await query<{ item_id: string; warehouse_id: string; kind: string; quantity: string; value: string }>(
          ctx.em,
          `select l.item_id::text as item_id, l.warehouse_id::text as warehouse_id, l.kind, sum(v.quantity)::text as quantity, sum(v.value)::text as value
           from move_valuations v join stock_layers l on l.id = v.layer_id join stock_moves m on m.id = v.move_id
           where m.occurred_at <= ? ${where.length ? `and ${where.join(' and ')}` : ''}
           group by 1, 2, 3 having sum(v.quantity) <> 0 or sum(v.value) <> 0 order by 1, 2, 3`,
          [filter.asOf, ...params],
        )
      : await query<{ item_id: string; warehouse_id: string; kind: string; quantity: string; value: string }>(
          ctx.em,
          `select l.item_id::text as item_id, l.warehouse_id::text as warehouse_id, l.kind, sum(l.quantity_remaining)::text as quantity, sum(l.value_remaining)::text as value
           from stock_layers l where (l.quantity_remaining <> 0 or l.value_remaining <> 0) ${where.length ? `and ${where.join(' and ')}` : ''}
           group by 1, 2, 3 order by 1, 2, 3`,
          params,
        );
    return rows.map((r) => ({ itemId: r.item_id, warehouseId: r.warehouse_id, inTransit: r.kind === 'TRANSIT', quantity: dec(r.quantity), value: dec(r.value) }));
  }

  /** GL balance of every account holding inventory value (inventory and in transit) as of an instant. */
  async glInventoryBalance(ctx: ServiceContext, asOf: Date | null): Promise<Decimal> {
    const row = await query<{ amount: string | null }>(
      ctx.em,
      `select sum(l.debit - l.credit)::text as amount from journal_lines l join journal_entries e on e.id = l.entry_id
       where e.occurred_at <= ? and l.account_id in (${INVENTORY_ACCOUNT_IDS})`,
      [asOf ?? new Date()],
    );
    return dec(row[0]?.amount ?? '0');
  }
}

function decodeLevelCursor(cursor: string): { itemId: string; locationId: string; lotId: string | null } {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^(\d+):(\d+):(\d+)$/.exec(text);
  if (!m) throw new DomainError(InventoryErrorCode.INVALID, 'after is not a cursor returned by this list.', { field: ['after'] });
  return { itemId: m[1] as string, locationId: m[2] as string, lotId: m[3] === '0' ? null : (m[3] as string) };
}

function decodeIdCursor(cursor: string): string {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && typeof value[1] === 'string' && /^\d+$/.test(value[1])) return value[1];
  } catch {
    // fall through
  }
  throw new DomainError(InventoryErrorCode.INVALID, 'after is not a cursor returned by this list.', { field: ['after'] });
}

