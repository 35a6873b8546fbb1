import { type SqlConnection, statement, withConnection } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { PERIODS_LOCK } from '../ledger/period-cache';
import { type LockKey, placeKeys } from '../warehouse/place-locks';

/**
 * What a stock command reads before it plans, in as few round trips as the locks allow:
 *
 * 1. LOCK: the periods lock (shared), the warehouse and location locks (shared advisory
 *    locks, taken before any stock lock: a flag change takes them exclusively), then the
 *    stock summary rows of every (item, warehouse) FOR UPDATE in (item, warehouse) order,
 *    which returns their latest committed figures; and the ids the command will write
 *    (document, document number, journal entry), taken from sequences.
 * 2. only when some summary row does not exist yet: ENSURE inserts it (locked, latest).
 * 3. only when the command brings lots in: LOTS upserts them (locked, latest).
 * 4. READ, a fresh snapshot taken after every lock is held: items, units, warehouses,
 *    locations (flags as they are now), lots, serials (FOR UPDATE, created for receipts),
 *    balances, the live cost layers of every (item, warehouse), and the latest layer cost.
 *
 * A statement's snapshot is taken when it starts, so what a lock protects is read in a
 * later statement than the one that waits for the lock; that is why LOCK and READ are two.
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
}

export interface LocationRow {
  id: string;
  warehouse_id: string;
  code: string;
  type: string;
  sellable: boolean;
  active: boolean;
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
  /** Every non-zero balance in these locations (counts). */
  balancesIn?: readonly string[];
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
  s.sellable_on_hand::text as sellable_on_hand, s.allocated::text as allocated, s.in_transit::text as in_transit, s.version`;

const LOCK = statement(`
with places as materialized (
  select count(*) as n from (select pg_advisory_xact_lock_shared(k) from unnest($1::bigint[]) with ordinality as t(k, o) order by o) x)
select (select coalesce(json_agg(l order by l.item_id::bigint, l.warehouse_id::bigint), '[]') from (
          select ${SUMMARY_COLUMNS} from stock_summaries s
          join unnest($2::bigint[], $3::bigint[]) r(item, wh) on s.item_id = r.item and s.warehouse_id = r.wh
          where (select n from places) >= 0
          order by s.item_id, s.warehouse_id for update of s) l) as summaries,
       case when $4::text is null then null else nextval($4::regclass)::text end as document_id,
       case when $5::text is null then null else nextval($5::regclass)::text end as document_number,
       nextval('journal_entries_id_seq')::text as entry_id`);

const ENSURE = statement(`
insert into stock_summaries (item_id, warehouse_id)
select r.item, r.wh from unnest($1::bigint[], $2::bigint[]) r(item, wh)
join items i on i.id = r.item join warehouses w on w.id = r.wh
order by r.item, r.wh
on conflict (item_id, warehouse_id) do update set version = stock_summaries.version
returning ${SUMMARY_COLUMNS.replace(/\bs\./g, 'stock_summaries.')}`);

const LOTS = statement(`
insert into lots (item_id, lot_number, expiry_date, received_at, origin_type, origin_id)
select r.item, r.num, r.expiry, $6, r.origin_type, r.origin_id
from unnest($1::bigint[], $2::text[], $3::date[], $4::text[], $5::text[]) r(item, num, expiry, origin_type, origin_id)
join items i on i.id = r.item
on conflict (item_id, lower(lot_number)) do update set updated_at = lots.updated_at
returning id::text as id, item_id::text as item_id, lot_number, expiry_date::text as expiry_date, (xmax = 0) as created`);

const READ = statement(`
with
item_rows as (
  select i.id::text as id, i.sku, i.active, i.tracking_mode, i.valuation_method, i.category_id::text as category_id,
         i.standard_cost::text as standard_cost, i.lot_expiry_required, u.code as unit_code, u.decimals as unit_decimals
  from items i join units u on u.id = i.unit_id where i.id = any($1::bigint[])),
warehouse_rows as (
  select id::text as id, code, active, allow_negative_stock from warehouses where id = any($2::bigint[])),
location_rows as (
  select id::text as id, warehouse_id::text as warehouse_id, code, type, sellable, active from locations
  where id = any($3::bigint[]) or (type = 'TRANSIT' and warehouse_id = any($4::bigint[]))),
lot_rows as (
  select l.id::text as id, l.item_id::text as item_id, l.lot_number, l.expiry_date::text as expiry_date
  from lots l join unnest($5::bigint[], $6::text[]) r(item, num) on l.item_id = r.item and lower(l.lot_number) = lower(r.num)
  union
  select l.id::text, l.item_id::text, l.lot_number, l.expiry_date::text from lots l where l.id = any($17::bigint[])),
serials_created as (
  insert into serials (item_id, serial_number, status)
  select r.item, r.num, 'GONE' from unnest($7::bigint[], $8::text[]) r(item, num) join items i on i.id = r.item
  order by r.item, r.num
  on conflict (item_id, serial_number) do update set updated_at = serials.updated_at
  returning id, item_id, serial_number, status, location_id, warehouse_id, lot_id, version),
serials_locked as (
  select s.id, s.item_id, s.serial_number, s.status, s.location_id, s.warehouse_id, s.lot_id, s.version
  from serials s join unnest($9::bigint[], $10::text[]) r(item, num) on s.item_id = r.item and s.serial_number = r.num
  order by s.id for update of s),
serial_rows as (
  select id::text as id, item_id::text as item_id, serial_number, status, location_id::text as location_id,
         warehouse_id::text as warehouse_id, lot_id::text as lot_id, version
  from (select * from serials_created union all select * from serials_locked) s),
wanted_balances as (
  select r.item, coalesce(r.loc, t.id) as loc, l.id as lot_id, r.lot_number
  from unnest($11::bigint[], $12::bigint[], $13::bigint[], $14::text[]) r(item, loc, transit_of, lot_number)
  left join locations t on r.loc is null and t.warehouse_id = r.transit_of and t.type = 'TRANSIT'
  left join lots l on r.lot_number is not null and l.item_id = r.item and lower(l.lot_number) = lower(r.lot_number)),
balance_rows as (
  -- Equality on the unique key (item, location, coalesce(lot, 0)): one index probe per wanted balance.
  select b.id::text as id, b.item_id::text as item_id, b.location_id::text as location_id, b.lot_id::text as lot_id, b.on_hand::text as on_hand
  from wanted_balances r
  join stock_balances b on b.item_id = r.item and b.location_id = r.loc and coalesce(b.lot_id, 0) = coalesce(r.lot_id, 0)
  where r.lot_number is null or r.lot_id is not null
  union
  select b.id::text, b.item_id::text, b.location_id::text, b.lot_id::text, b.on_hand::text from stock_balances b
  where b.location_id = any($18::bigint[]) and b.on_hand <> 0),
pools as (select distinct item, wh from unnest($15::bigint[], $16::bigint[]) p(item, wh)),
layer_rows as (
  select l.id::text as id, l.item_id::text as item_id, l.warehouse_id::text as warehouse_id, l.kind, l.transfer_id::text as transfer_id,
         l.account_id::text as account_id, l.quantity_in::text as quantity_in, l.value_in::text as value_in,
         l.quantity_remaining::text as quantity_remaining, l.value_remaining::text as value_remaining
  from stock_layers l join pools p on l.item_id = p.item and l.warehouse_id = p.wh
  where l.quantity_remaining <> 0 or l.value_remaining <> 0
  order by l.id),
latest_cost as (
  -- The newest layer that ever took stock in, of either kind: one backward index probe per kind, however long the history.
  select p.item::text as item_id, p.wh::text as warehouse_id, c.value_in::text as value_in, c.quantity_in::text as quantity_in
  from pools p cross join lateral (
    select * from (
      (select id, value_in, quantity_in from stock_layers where item_id = p.item and warehouse_id = p.wh and kind = 'STOCK' and quantity_in > 0 order by id desc limit 1)
      union all
      (select id, value_in, quantity_in from stock_layers where item_id = p.item and warehouse_id = p.wh and kind = 'TRANSIT' and quantity_in > 0 order by id desc limit 1)
    ) k order by id desc limit 1) c)
select (select coalesce(json_agg(x), '[]') from item_rows x) as items,
       (select coalesce(json_agg(x), '[]') from warehouse_rows x) as warehouses,
       (select coalesce(json_agg(x), '[]') from location_rows x) as locations,
       (select coalesce(json_agg(x), '[]') from lot_rows x) as lots,
       (select coalesce(json_agg(x), '[]') from serial_rows x) as serials,
       (select coalesce(json_agg(x), '[]') from balance_rows x) as balances,
       (select coalesce(json_agg(x order by x.id::bigint), '[]') from layer_rows x) as layers,
       (select coalesce(json_agg(x), '[]') from latest_cost x) as latest_cost`);

interface LockResult {
  summaries: SummaryRow[];
  document_id: string | null;
  document_number: string | null;
  entry_id: string;
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
  await withConnection(tx.em, (c) => c.rows(ENSURE, [pairs.map((p) => p.itemId), pairs.map((p) => p.warehouseId)]));
}

/**
 * Takes the command's locks and reads its state (see the top of this file): two
 * statements in the usual case, whatever the number of lines.
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
    const [lock] = await c.rows<LockResult>(LOCK, [
      places,
      pairs.map((p) => p.itemId),
      pairs.map((p) => p.warehouseId),
      needs.reserve?.idSequence ?? null,
      needs.reserve?.numberSequence ?? null,
    ]);
    const result = lock as LockResult;
    const state = new StockState({ documentId: result.document_id, documentNumber: result.document_number, entryId: result.entry_id });
    for (const s of result.summaries) state.summaries.set(itemWarehouseKey(s.item_id, s.warehouse_id), s);
    const missing = pairs.filter((p) => !state.summaries.has(itemWarehouseKey(p.itemId, p.warehouseId)));
    if (missing.length > 0) {
      const rows = await c.rows<SummaryRow>(ENSURE, [missing.map((p) => p.itemId), missing.map((p) => p.warehouseId)]);
      for (const s of rows) state.summaries.set(itemWarehouseKey(s.item_id, s.warehouse_id), s);
    }
    if (needs.arrivingLots?.length) await arriveLots(c, tx, state, needs.arrivingLots);
    await read(c, state, needs, pairs);
    return state;
  });
}

async function arriveLots(c: SqlConnection, tx: TxContext, state: StockState, lots: readonly LotArrival[]): Promise<void> {
  const byKey = [...new Map(lots.map((l) => [lotKey(l.itemId, l.lotNumber), l])).values()];
  const rows = await c.rows<LotRow & { created: boolean }>(LOTS, [
    byKey.map((l) => l.itemId),
    byKey.map((l) => l.lotNumber),
    byKey.map((l) => l.expiryDate),
    byKey.map((l) => l.originType),
    byKey.map((l) => l.originId ?? state.reserved.documentId),
    tx.tx.now,
  ]);
  for (const r of rows) {
    const lot = { id: r.id, item_id: r.item_id, lot_number: r.lot_number, expiry_date: r.expiry_date };
    state.lots.set(lotKey(r.item_id, r.lot_number), lot);
    state.lotsById.set(r.id, lot);
    if (r.created) state.createdLots.add(r.id);
  }
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

/**
 * Reads more into a state whose locks are held (a count learns which serials it needs only
 * after reading on-hand under the locks). Every needed (item, warehouse) must be locked.
 */
export async function readMore(tx: TxContext, state: StockState, needs: Omit<StockNeeds, 'stock' | 'reserve'>): Promise<void> {
  await withConnection(tx.em, (c) => read(c, state, { ...needs, stock: [] }, []));
}

async function read(c: SqlConnection, state: StockState, needs: StockNeeds, pairs: readonly ItemWarehouse[]): Promise<void> {
  const lots = needs.lots ?? [];
  const creating = (needs.serials ?? []).filter((s) => s.create);
  const locking = (needs.serials ?? []).filter((s) => !s.create);
  const flat = (list: readonly SerialsWanted[]) => list.flatMap((s) => s.numbers.map((n) => [s.itemId, n] as const));
  const created = flat(creating);
  const locked = flat(locking);
  const [row] = await c.rows<ReadResult>(READ, [
    unique(needs.itemIds),
    unique(needs.warehouseIds),
    unique(needs.locationIds),
    unique(needs.transitOf ?? []),
    lots.map((l) => l.itemId),
    lots.map((l) => l.lotNumber),
    created.map((s) => s[0]),
    created.map((s) => s[1]),
    locked.map((s) => s[0]),
    locked.map((s) => s[1]),
    needs.balances.map((b) => b.itemId),
    needs.balances.map((b) => b.locationId),
    needs.balances.map((b) => (b.locationId === null ? (b.transitOf ?? null) : null)),
    needs.balances.map((b) => b.lotNumber),
    pairs.map((p) => p.itemId),
    pairs.map((p) => p.warehouseId),
    unique(needs.lotIds ?? []),
    unique(needs.balancesIn ?? []),
  ]);
  const r = row as ReadResult;
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
}
