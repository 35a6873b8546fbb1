import { KeyTaken, pendingKey } from '../../db/command';
import { type ShapedStatement, type SqlConnection, shaped, shapedValues, statement, withConnection } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { PERIODS_LOCK } from '../ledger/period-cache';
import { liveHeldSql } from './held';
import { type LockKey, placeKeys } from '../warehouse/place-locks';

/**
 * What a stock command reads before it plans, in as few round trips as the locks allow.
 *
 * LOAD, one statement: the periods lock (shared), the warehouse and location locks (shared
 * advisory locks, taken before any stock lock: a flag change takes them exclusively), the
 * stock summary rows of every (item, warehouse) FOR UPDATE in (item, warehouse) order, the
 * ids the command will write (document, document number, journal entry) from sequences,
 * the lots it brings in (upserted, locked), and everything it reads: items, units,
 * warehouses, locations, lots, serials (FOR UPDATE; created for receipts), balances, the
 * live cost layers of every (item, warehouse), the latest layer cost and what live
 * checkout holds keep of it (held.ts; a hold raises the summary's version like any change
 * of its figures, so the re-READ below covers holds too).
 *
 * A statement's snapshot is taken when it starts, so what LOAD reads may predate a command
 * that committed while LOAD waited for a lock. Every change to an item's stock in a
 * warehouse raises the version of its summary row, and FOR UPDATE returns the row's latest
 * version: where that differs from the version the snapshot saw, READ runs again (a second
 * statement, now under every lock). Warehouse and location flags are protected the same
 * way by the write statement, which refuses to write (and the command starts over) if any
 * warehouse or location it read has a newer version. The first stock of an item in a
 * warehouse (no summary row yet) takes ENSURE and READ as well.
 *
 * The statement texts do not vary with the data (lists go as arrays), so each is prepared
 * once per connection.
 */

export interface ItemRow {
  id: string;
  sku: string;
  active: boolean;
  tracking_mode: string;
  valuation_method: string;
  category_id: string | null;
  standard_cost: string | null;
  lot_expiry_required: boolean;
  unit_code: string;
  unit_decimals: number;
}

export interface WarehouseRow {
  id: string;
  code: string;
  active: boolean;
  allow_negative_stock: boolean;
  version: number;
}

export interface LocationRow {
  id: string;
  warehouse_id: string;
  code: string;
  type: string;
  sellable: boolean;
  active: boolean;
  version: number;
}

export interface LotRow {
  id: string;
  item_id: string;
  lot_number: string;
  expiry_date: string | null;
  /** Set when this command gives the lot its first expiry date (written with the plan). */
  learned_expiry?: string;
}

export interface SerialRow {
  id: string;
  item_id: string;
  serial_number: string;
  status: string;
  location_id: string | null;
  warehouse_id: string | null;
  lot_id: string | null;
  version: number;
}

export interface BalanceRow {
  id: string;
  item_id: string;
  location_id: string;
  lot_id: string | null;
  on_hand: string;
}

export interface LayerRow {
  id: string;
  item_id: string;
  warehouse_id: string;
  kind: string;
  transfer_id: string | null;
  account_id: string;
  quantity_in: string;
  value_in: string;
  quantity_remaining: string;
  value_remaining: string;
}

export interface SummaryRow {
  id: string;
  item_id: string;
  warehouse_id: string;
  on_hand: string;
  sellable_on_hand: string;
  allocated: string;
  in_transit: string;
  version: number;
  /** Order demand waiting for this stock (sales backorders); above zero, stock coming in fills it. */
  backordered: string;
}

export interface LatestCostRow {
  item_id: string;
  warehouse_id: string;
  value_in: string;
  quantity_in: string;
}

export interface ItemWarehouse {
  itemId: string;
  warehouseId: string;
}

export interface LotWanted {
  itemId: string;
  lotNumber: string;
}

/** A lot a receipt, gain or count brings in: created on first sight with its expiry and origin. */
export interface LotArrival extends LotWanted {
  expiryDate: string | null;
  originType: string;
  /** The document that brought it in; null for the document id this command reserves. */
  originId: string | null;
}

export interface SerialsWanted {
  itemId: string;
  numbers: readonly string[];
  /** Receipts and gains create unknown numbers (not in stock yet; the move puts them there). */
  create: boolean;
}

export interface BalanceWanted {
  itemId: string;
  /** The location; null for the in-transit location of `transitOf` (whose id the command does not know yet). */
  locationId: string | null;
  transitOf?: string | null;
  lotNumber: string | null;
}

export interface StockNeeds {
  warehouseIds: readonly string[];
  locationIds: readonly string[];
  /** Warehouses whose system in-transit location the command moves through. */
  transitOf?: readonly string[];
  itemIds: readonly string[];
  stock: readonly ItemWarehouse[];
  lots?: readonly LotWanted[];
  arrivingLots?: readonly LotArrival[];
  serials?: readonly SerialsWanted[];
  balances: readonly BalanceWanted[];
  /** Lots by id (documents that carry the lot, like transfer lines). */
  lotIds?: readonly string[];
  /** Sequences to take the command's ids from (document id, document number). */
  reserve?: { idSequence?: string; numberSequence?: string };
}

export interface Reserved {
  documentId: string | null;
  documentNumber: string | null;
  /** The journal entry id, reserved whenever the command locks stock. */
  entryId: string;
}

/** Everything a command may look at, read under its locks. */
export class StockState {
  readonly items = new Map<string, ItemRow>();
  readonly warehouses = new Map<string, WarehouseRow>();
  readonly locations = new Map<string, LocationRow>();
  /** By item and lower-cased lot number. */
  readonly lots = new Map<string, LotRow>();
  readonly lotsById = new Map<string, LotRow>();
  /** Lots this command created (it is their first document). */
  readonly createdLots = new Set<string>();
  /** By item and serial number. */
  readonly serials = new Map<string, SerialRow>();
  /** By item, location and lot id. */
  readonly balances = new Map<string, BalanceRow>();
  /** By item and warehouse. */
  readonly summaries = new Map<string, SummaryRow>();
  /** Live layers (quantity or value left) by item and warehouse, oldest first. */
  readonly layers = new Map<string, LayerRow[]>();
  readonly latestCost = new Map<string, LatestCostRow>();
  /** Live checkout holds by item and warehouse (held.ts), for the stock events' figures. */
  readonly held = new Map<string, string>();

  constructor(readonly reserved: Reserved) {}

  transitLocation(warehouseId: string): LocationRow | undefined {
    for (const l of this.locations.values()) if (l.warehouse_id === warehouseId && l.type === 'TRANSIT') return l;
    return undefined;
  }
}

export const itemWarehouseKey = (itemId: string, warehouseId: string): string => `${itemId}|${warehouseId}`;
export const lotKey = (itemId: string, lotNumber: string): string => `${itemId}|${lotNumber.toLowerCase()}`;
export const serialKey = (itemId: string, serialNumber: string): string => `${itemId}|${serialNumber}`;
export const balanceKey = (itemId: string, locationId: string, lotId: string | null): string => `${itemId}|${locationId}|${lotId ?? ''}`;

const SUMMARY_COLUMNS = `s.id::text as id, s.item_id::text as item_id, s.warehouse_id::text as warehouse_id, s.on_hand::text as on_hand,
  s.sellable_on_hand::text as sellable_on_hand, s.allocated::text as allocated, s.in_transit::text as in_transit, s.version,
  s.backordered::text as backordered`;

const ENSURE = statement(`
insert into stock_summaries (item_id, warehouse_id)
select r.item, r.wh from unnest($1::bigint[], $2::bigint[]) r(item, wh)
join items i on i.id = r.item join warehouses w on w.id = r.wh
order by r.item, r.wh
on conflict (item_id, warehouse_id) do update set version = stock_summaries.version
returning ${SUMMARY_COLUMNS.replace(/\bs\./g, 'stock_summaries.')}`);

/** Lots arriving: created with their expiry and origin (a null origin id is the command's own document), or locked as they are. */
const LOTS_UPSERT = (p: (n: number) => string, ownDocument = 'null::text'): string => `
insert into lots (item_id, lot_number, expiry_date, received_at, origin_type, origin_id)
select r.item, r.num, r.expiry, ${p(5)}::timestamptz, r.origin_type, coalesce(r.origin_id, ${ownDocument})
from unnest(${p(0)}::bigint[], ${p(1)}::text[], ${p(2)}::date[], ${p(3)}::text[], ${p(4)}::text[]) r(item, num, expiry, origin_type, origin_id)
join items i on i.id = r.item
on conflict (item_id, lower(lot_number)) do update set updated_at = lots.updated_at
returning id::text as id, item_id::text as item_id, lot_number, expiry_date::text as expiry_date, (xmax = 0) as created`;

const LOTS = statement(LOTS_UPSERT((n) => `$${n + 1}`));

type P = (name: string) => string;

/** Which parts of READ a command needs; absent parts read nothing and cost nothing. */
interface ReadShape {
  lots: boolean;
  serialsCreated: boolean;
  serialsLocked: boolean;
  transit: boolean;
  balances: boolean;
  pools: boolean;
}

function readShapeOf(needs: StockNeeds, pairs: readonly ItemWarehouse[], extraLots = false): ReadShape {
  return {
    lots: extraLots || Boolean(needs.lots?.length) || Boolean(needs.lotIds?.length),
    serialsCreated: (needs.serials ?? []).some((x) => x.create && x.numbers.length > 0),
    serialsLocked: (needs.serials ?? []).some((x) => !x.create && x.numbers.length > 0),
    transit: Boolean(needs.transitOf?.length),
    balances: needs.balances.length > 0,
    pools: pairs.length > 0,
  };
}

const shapeKey = (r: ReadShape) => Object.entries(r).filter(([, on]) => on).map(([k]) => k).join(',');

/**
 * What READ reads (see the top of this file), as CTEs: only the parts the command needs.
 * Every branch is an index probe per wanted row: a generic plan must never scan a table.
 */
function readCtes(p: P, r: ReadShape): string[] {
  const ctes = [
    `item_rows as (
  select i.id::text as id, i.sku, i.active, i.tracking_mode, i.valuation_method, i.category_id::text as category_id,
         i.standard_cost::text as standard_cost, i.lot_expiry_required, u.code as unit_code, u.decimals as unit_decimals
  from items i join units u on u.id = i.unit_id where i.id = any(${p('items')}::bigint[]))`,
    `warehouse_rows as (
  select id::text as id, code, active, allow_negative_stock, version from warehouses where id = any(${p('warehouses')}::bigint[]))`,
    `location_rows as (
  select id::text as id, warehouse_id::text as warehouse_id, code, type, sellable, active, version from locations where id = any(${p('locations')}::bigint[])${
    r.transit
      ? `
  union
  select id::text, warehouse_id::text, code, type, sellable, active, version from locations where warehouse_id = any(${p('transit_of')}::bigint[]) and type = 'TRANSIT'`
      : ''
  })`,
  ];
  if (r.lots) {
    ctes.push(`lot_rows as (
  select l.id::text as id, l.item_id::text as item_id, l.lot_number, l.expiry_date::text as expiry_date
  from lots l join unnest(${p('lot_item')}::bigint[], ${p('lot_number')}::text[]) r(item, num) on l.item_id = r.item and lower(l.lot_number) = lower(r.num)
  union
  select l.id::text, l.item_id::text, l.lot_number, l.expiry_date::text from lots l where l.id = any(${p('lot_ids')}::bigint[]))`);
  }
  const serialSources: string[] = [];
  if (r.serialsCreated) {
    ctes.push(`serials_created as (
  insert into serials (item_id, serial_number, status)
  select r.item, r.num, 'GONE' from unnest(${p('sc_item')}::bigint[], ${p('sc_number')}::text[]) r(item, num) join items i on i.id = r.item
  order by r.item, r.num
  on conflict (item_id, serial_number) do update set updated_at = serials.updated_at
  returning id, item_id, serial_number, status, location_id, warehouse_id, lot_id, version)`);
    serialSources.push('select * from serials_created');
  }
  if (r.serialsLocked) {
    ctes.push(`serials_locked as (
  select s.id, s.item_id, s.serial_number, s.status, s.location_id, s.warehouse_id, s.lot_id, s.version
  from serials s join unnest(${p('sl_item')}::bigint[], ${p('sl_number')}::text[]) r(item, num) on s.item_id = r.item and s.serial_number = r.num
  order by s.id for update of s)`);
    serialSources.push('select * from serials_locked');
  }
  if (serialSources.length) {
    ctes.push(`serial_rows as (
  select id::text as id, item_id::text as item_id, serial_number, status, location_id::text as location_id,
         warehouse_id::text as warehouse_id, lot_id::text as lot_id, version
  from (${serialSources.join(' union all ')}) s)`);
  }
  if (r.balances) {
    ctes.push(`wanted_balances as (
  select r.item, ${r.transit ? 'coalesce(r.loc, t.id)' : 'r.loc'} as loc, l.id as lot_id, r.lot_number
  from unnest(${p('bal_item')}::bigint[], ${p('bal_location')}::bigint[], ${p('bal_transit_of')}::bigint[], ${p('bal_lot_number')}::text[]) r(item, loc, transit_of, lot_number)${
    r.transit
      ? `
  left join locations t on r.loc is null and t.warehouse_id = r.transit_of and t.type = 'TRANSIT'`
      : ''
  }
  left join lots l on r.lot_number is not null and l.item_id = r.item and lower(l.lot_number) = lower(r.lot_number))`);
    ctes.push(`balance_rows as (
  -- Equality on the unique key (item, location, coalesce(lot, 0)): one index probe per wanted balance.
  select b.id::text as id, b.item_id::text as item_id, b.location_id::text as location_id, b.lot_id::text as lot_id, b.on_hand::text as on_hand
  from wanted_balances r
  join stock_balances b on b.item_id = r.item and b.location_id = r.loc and coalesce(b.lot_id, 0) = coalesce(r.lot_id, 0)
  where r.lot_number is null or r.lot_id is not null)`);
  }
  if (r.pools) {
    ctes.push(`pools as (select distinct item, wh from unnest(${p('pool_item')}::bigint[], ${p('pool_warehouse')}::bigint[]) p(item, wh))`);
    ctes.push(`layer_rows as (
  select l.id::text as id, l.item_id::text as item_id, l.warehouse_id::text as warehouse_id, l.kind, l.transfer_id::text as transfer_id,
         l.account_id::text as account_id, l.quantity_in::text as quantity_in, l.value_in::text as value_in,
         l.quantity_remaining::text as quantity_remaining, l.value_remaining::text as value_remaining
  from stock_layers l join pools p on l.item_id = p.item and l.warehouse_id = p.wh
  where l.quantity_remaining <> 0 or l.value_remaining <> 0
  order by l.id)`);
    ctes.push(`latest_cost as (
  -- The newest layer that ever took stock in, of either kind: one backward index probe per kind, however long the history.
  select p.item::text as item_id, p.wh::text as warehouse_id, c.value_in::text as value_in, c.quantity_in::text as quantity_in
  from pools p cross join lateral (
    select * from (
      (select id, value_in, quantity_in from stock_layers where item_id = p.item and warehouse_id = p.wh and kind = 'STOCK' and quantity_in > 0 order by id desc limit 1)
      union all
      (select id, value_in, quantity_in from stock_layers where item_id = p.item and warehouse_id = p.wh and kind = 'TRANSIT' and quantity_in > 0 order by id desc limit 1)
    ) k order by id desc limit 1) c)`);
    ctes.push(`held_rows as (
  select p.item::text as item_id, p.wh::text as warehouse_id, ${liveHeldSql('p.item', 'p.wh')}::text as held from pools p)`);
  }
  return ctes;
}

function readOutput(r: ReadShape): string {
  const list = (cte: string, on: boolean, order = '') => (on ? `(select coalesce(json_agg(x${order}), '[]') from ${cte} x)` : `'[]'::json`);
  return `${list('item_rows', true)} as items,
       ${list('warehouse_rows', true)} as warehouses,
       ${list('location_rows', true)} as locations,
       ${list('lot_rows', r.lots)} as lots,
       ${list('serial_rows', r.serialsCreated || r.serialsLocked)} as serials,
       ${list('balance_rows', r.balances)} as balances,
       ${list('layer_rows', r.pools, ' order by x.id::bigint')} as layers,
       ${list('latest_cost', r.pools)} as latest_cost,
       ${list('held_rows', r.pools)} as held`;
}

function readStatement(r: ReadShape): ShapedStatement {
  return shaped(`read|${shapeKey(r)}`, (p) => `with ${readCtes(p, r).join(',\n')}
select ${readOutput(r)}`);
}

/**
 * LOCK and READ in one statement, for the usual case: the place locks, the stock rows
 * FOR UPDATE (their latest figures), the same rows as the statement's snapshot saw them,
 * the lots arriving, the ids, and everything READ reads. What the snapshot saw may predate
 * a command that committed while this one waited for a lock: then the locked version of
 * its stock row differs from the seen one, and READ runs again, now under the locks.
 * Warehouse and location flags are checked again by the write (their versions), so a
 * flag change committed in between makes the command start over.
 */
function loadStatement(r: ReadShape, arriving: boolean, claimKey: boolean): ShapedStatement {
  return shaped(`load|${shapeKey(r)}|${arriving ? 'arriving' : ''}|${claimKey ? 'key' : ''}`, (p) => {
    const ctes = [
      `places as materialized (
  select count(*) as n from (select pg_advisory_xact_lock_shared(k) from unnest(${p('places')}::bigint[]) with ordinality as t(k, o) order by o) x)`,
      `locked as (
  select ${SUMMARY_COLUMNS} from stock_summaries s
  join unnest(${p('pair_item')}::bigint[], ${p('pair_warehouse')}::bigint[]) r(item, wh) on s.item_id = r.item and s.warehouse_id = r.wh
  where (select n from places) >= 0
  order by s.item_id, s.warehouse_id for update of s)`,
      `seen as (
  select s.id::text as id, s.version from stock_summaries s
  join unnest(${p('pair_item')}::bigint[], ${p('pair_warehouse')}::bigint[]) r(item, wh) on s.item_id = r.item and s.warehouse_id = r.wh)`,
      `ids as materialized (
  select case when ${p('id_sequence')}::text is null then null else nextval(${p('id_sequence')}::regclass)::text end as document_id,
         case when ${p('number_sequence')}::text is null then null else nextval(${p('number_sequence')}::regclass)::text end as document_number,
         nextval('journal_entries_id_seq')::text as entry_id)`,
    ];
    if (arriving) ctes.push(`lots_arrived as (${LOTS_UPSERT((n) => p(`arriving${n}`), '(select document_id from ids)')})`);
    if (claimKey) {
      // The command's idempotency key: claimed here, or (on conflict, after waiting for its holder) not, and the command replays.
      ctes.push(`key_claimed as (
  insert into idempotency_keys (owner, key, command, request_hash) values (${p('key_owner')}, ${p('key')}, ${p('key_command')}, ${p('key_hash')})
  on conflict (owner, key) do nothing returning id::text as id)`);
    }
    ctes.push(...readCtes(p, r));
    return `with ${ctes.join(',\n')}
select (select coalesce(json_agg(l), '[]') from locked l) as summaries,
       (select coalesce(json_agg(x), '[]') from seen x) as seen,
       ${arriving ? `(select coalesce(json_agg(x), '[]') from lots_arrived x)` : `'[]'::json`} as arrived,
       (select document_id from ids) as document_id, (select document_number from ids) as document_number, (select entry_id from ids) as entry_id,
       ${claimKey ? '(select id from key_claimed)' : 'null::text'} as key_id,
       ${readOutput(r)}`;
  });
}

interface LoadResult extends ReadResult {
  summaries: SummaryRow[];
  seen: { id: string; version: number }[];
  arrived: (LotRow & { created: boolean })[];
  document_id: string | null;
  document_number: string | null;
  entry_id: string;
  key_id: string | null;
}

interface ReadResult {
  items: ItemRow[];
  warehouses: WarehouseRow[];
  locations: LocationRow[];
  lots: LotRow[];
  serials: SerialRow[];
  balances: BalanceRow[];
  layers: LayerRow[];
  latest_cost: LatestCostRow[];
  held: { item_id: string; warehouse_id: string; held: string }[];
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/**
 * Locks the stock of (item, warehouse) pairs outside the engine's path (a location turned
 * sellable or not): the same rows, in the same order, as LOCK, creating missing ones.
 */
export async function lockStock(tx: TxContext, pairs: readonly ItemWarehouse[]): Promise<void> {
  if (pairs.length === 0) return;
  await withConnection(tx.em, async (c) => {
    // Existing rows are locked as they are (no new row version); only rows still missing are created.
    const locked = new Set((await c.rows<{ k: string }>(LOCK_PAIRS, [pairs.map((p) => p.itemId), pairs.map((p) => p.warehouseId)])).map((r) => r.k));
    const missing = pairs.filter((p) => !locked.has(itemWarehouseKey(p.itemId, p.warehouseId)));
    if (missing.length) await c.rows(ENSURE, [missing.map((p) => p.itemId), missing.map((p) => p.warehouseId)]);
  });
}

const LOCK_PAIRS = statement(`
select s.item_id::text || '|' || s.warehouse_id::text as k from stock_summaries s
join unnest($1::bigint[], $2::bigint[]) r(item, wh) on s.item_id = r.item and s.warehouse_id = r.wh
order by s.item_id, s.warehouse_id for update of s`);

/**
 * Takes the command's locks and reads its state (see the top of this file): one statement
 * in the usual case, whatever the number of lines; READ again when a command committed a
 * change to the same stock while this one waited for its lock (or a stock row was new).
 */
export async function loadStock(tx: TxContext, needs: StockNeeds): Promise<StockState> {
  return withConnection(tx.em, async (c) => {
    if (needs.stock.length === 0 && !needs.reserve) {
      // Reading only (a count records what it finds): no lock, nothing reserved.
      const state = new StockState({ documentId: null, documentNumber: null, entryId: '' });
      if (needs.arrivingLots?.length) await arriveLots(c, tx, state, needs.arrivingLots);
      await read(c, state, needs, []);
      return state;
    }
    const pairs = [...new Map(needs.stock.map((p) => [itemWarehouseKey(p.itemId, p.warehouseId), p])).values()];
    const places: LockKey[] = [PERIODS_LOCK, ...placeKeys(needs.warehouseIds, needs.locationIds)];
    const arriving = uniqueLots(needs.arrivingLots ?? []);
    const shape = readShapeOf(needs, pairs);
    const key = pendingKey(tx);
    const claiming = key !== undefined && key.claimedId === null;
    const st = loadStatement(shape, arriving.length > 0, claiming);
    const values: Record<string, unknown> = {
      places,
      pair_item: pairs.map((p) => p.itemId),
      pair_warehouse: pairs.map((p) => p.warehouseId),
      id_sequence: needs.reserve?.idSequence ?? null,
      number_sequence: needs.reserve?.numberSequence ?? null,
      ...readValues(needs, pairs),
    };
    lotColumns(arriving, tx.tx.now).forEach((v, i) => (values[`arriving${i}`] = v));
    if (claiming) Object.assign(values, { key_owner: key.owner, key: key.key, key_command: key.command, key_hash: key.requestHash });
    const [row] = await c.rows<LoadResult>(st.statement, shapedValues(st, values));
    const r = row as LoadResult;
    if (claiming) {
      if (r.key_id === null) throw new KeyTaken();
      key.claimedId = r.key_id;
    }
    const state = new StockState({ documentId: r.document_id, documentNumber: r.document_number, entryId: r.entry_id });
    for (const s of r.summaries) state.summaries.set(itemWarehouseKey(s.item_id, s.warehouse_id), s);
    addLots(state, r.arrived);
    const seen = new Map(r.seen.map((x) => [x.id, x.version]));
    const stale = r.summaries.some((s) => seen.get(s.id) !== s.version);
    const missing = pairs.filter((p) => !state.summaries.has(itemWarehouseKey(p.itemId, p.warehouseId)));
    if (missing.length > 0) {
      const rows = await c.rows<SummaryRow>(ENSURE, [missing.map((p) => p.itemId), missing.map((p) => p.warehouseId)]);
      for (const s of rows) state.summaries.set(itemWarehouseKey(s.item_id, s.warehouse_id), s);
    }
    if (stale || missing.length > 0) {
      // Now every lock is held: this snapshot is current.
      await read(c, state, { ...needs, lots: [...(needs.lots ?? []), ...arriving] }, pairs);
    } else {
      fill(state, r);
    }
    return state;
  });
}

function uniqueLots(lots: readonly LotArrival[]): LotArrival[] {
  return [...new Map(lots.map((l) => [lotKey(l.itemId, l.lotNumber), l])).values()];
}

function lotColumns(lots: readonly LotArrival[], now: Date, ownDocument: string | null = null): unknown[] {
  return [lots.map((l) => l.itemId), lots.map((l) => l.lotNumber), lots.map((l) => l.expiryDate), lots.map((l) => l.originType), lots.map((l) => l.originId ?? ownDocument), now];
}

function addLots(state: StockState, rows: readonly (LotRow & { created: boolean })[]): void {
  for (const r of rows) {
    const lot = { id: r.id, item_id: r.item_id, lot_number: r.lot_number, expiry_date: r.expiry_date };
    state.lots.set(lotKey(r.item_id, r.lot_number), lot);
    state.lotsById.set(r.id, lot);
    if (r.created) state.createdLots.add(r.id);
  }
}

async function arriveLots(c: SqlConnection, tx: TxContext, state: StockState, lots: readonly LotArrival[]): Promise<void> {
  addLots(state, await c.rows<LotRow & { created: boolean }>(LOTS, lotColumns(uniqueLots(lots), tx.tx.now, state.reserved.documentId)));
}

const LEARN_EXPIRY = statement(`
update lots l set expiry_date = v.expiry, updated_at = $3::timestamptz
from unnest($1::bigint[], $2::date[]) as v(id, expiry) where l.id = v.id and l.expiry_date is null`);

/** Writes the expiry dates lots learned from a document that moves no stock (a count); stock documents write them with their plan. */
export async function writeLearnedExpiries(tx: TxContext, state: StockState): Promise<void> {
  const learned = [...state.lotsById.values()].filter((l) => l.learned_expiry);
  if (learned.length === 0) return;
  await withConnection(tx.em, (c) => c.rows(LEARN_EXPIRY, [learned.map((l) => l.id), learned.map((l) => l.learned_expiry), tx.tx.now]));
}

const BALANCES_IN = statement(`
select b.id::text as id, b.item_id::text as item_id, b.location_id::text as location_id, b.lot_id::text as lot_id, b.on_hand::text as on_hand
from stock_balances b where b.location_id = any($1::bigint[]) and b.item_id = any($2::bigint[]) and b.on_hand <> 0`);

/**
 * Every non-zero balance of these items in these locations, into a state whose locks are
 * held (a count compares every counted location with what it holds). A statement of its
 * own: a plan prepared for "all balances in some locations" scans the table, which the
 * engine's one READ must never do.
 */
export async function readBalancesIn(tx: TxContext, state: StockState, locationIds: readonly string[], itemIds: readonly string[]): Promise<void> {
  if (locationIds.length === 0 || itemIds.length === 0) return;
  const rows = await withConnection(tx.em, (c) => c.rows<BalanceRow>(BALANCES_IN, [unique(locationIds), unique(itemIds)]));
  for (const b of rows) state.balances.set(balanceKey(b.item_id, b.location_id, b.lot_id), b);
}

/**
 * Reads more into a state whose locks are held (a count learns which serials it needs only
 * after reading on-hand under the locks). Every needed (item, warehouse) must be locked.
 */
export async function readMore(tx: TxContext, state: StockState, needs: Omit<StockNeeds, 'stock' | 'reserve'>): Promise<void> {
  await withConnection(tx.em, (c) => read(c, state, { ...needs, stock: [] }, []));
}

function readValues(needs: StockNeeds, pairs: readonly ItemWarehouse[]): Record<string, unknown> {
  const lots = needs.lots ?? [];
  const flat = (create: boolean) => (needs.serials ?? []).filter((s) => s.create === create).flatMap((s) => s.numbers.map((n) => [s.itemId, n] as const));
  const created = flat(true);
  const locked = flat(false);
  return {
    items: unique(needs.itemIds),
    warehouses: unique(needs.warehouseIds),
    locations: unique(needs.locationIds),
    transit_of: unique(needs.transitOf ?? []),
    lot_item: lots.map((l) => l.itemId),
    lot_number: lots.map((l) => l.lotNumber),
    lot_ids: unique(needs.lotIds ?? []),
    sc_item: created.map((s) => s[0]),
    sc_number: created.map((s) => s[1]),
    sl_item: locked.map((s) => s[0]),
    sl_number: locked.map((s) => s[1]),
    bal_item: needs.balances.map((b) => b.itemId),
    bal_location: needs.balances.map((b) => b.locationId),
    bal_transit_of: needs.balances.map((b) => (b.locationId === null ? (b.transitOf ?? null) : null)),
    bal_lot_number: needs.balances.map((b) => b.lotNumber),
    pool_item: pairs.map((p) => p.itemId),
    pool_warehouse: pairs.map((p) => p.warehouseId),
  };
}

async function read(c: SqlConnection, state: StockState, needs: StockNeeds, pairs: readonly ItemWarehouse[]): Promise<void> {
  const st = readStatement(readShapeOf(needs, pairs));
  const [row] = await c.rows<ReadResult>(st.statement, shapedValues(st, readValues(needs, pairs)));
  fill(state, row as ReadResult);
}

function fill(state: StockState, r: ReadResult): void {
  for (const x of r.items) state.items.set(x.id, x);
  for (const x of r.warehouses) state.warehouses.set(x.id, x);
  for (const x of r.locations) state.locations.set(x.id, x);
  for (const x of r.lots) {
    state.lots.set(lotKey(x.item_id, x.lot_number), x);
    state.lotsById.set(x.id, x);
  }
  for (const x of r.serials) state.serials.set(serialKey(x.item_id, x.serial_number), x);
  for (const x of r.balances) state.balances.set(balanceKey(x.item_id, x.location_id, x.lot_id), x);
  for (const x of r.layers) {
    const k = itemWarehouseKey(x.item_id, x.warehouse_id);
    const list = state.layers.get(k);
    if (list) list.push(x);
    else state.layers.set(k, [x]);
  }
  for (const x of r.latest_cost) state.latestCost.set(itemWarehouseKey(x.item_id, x.warehouse_id), x);
  for (const x of r.held) state.held.set(itemWarehouseKey(x.item_id, x.warehouse_id), x.held);
}
