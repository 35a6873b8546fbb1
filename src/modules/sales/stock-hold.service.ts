import { actorOf, hasScope } from '../../auth/principal';
import { Scope } from '../../auth/roles';
import { runCommand } from '../../db/command';
import { type SqlConnection, statement, withConnection } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { AccessError, DomainError, DomainErrors } from '../../shared/errors';
import { type DomainEvent, OUTBOX_CHANNEL, OUTBOX_INSERT_SQL, outboxInsert, takePending } from '../events/outbox';
import { liveHeldSql } from '../inventory/held';
import { stockChangedEvent } from '../inventory/stock-engine';
import { type ItemWarehouse, itemWarehouseKey, lockStock } from '../inventory/stock-state';
import { type LineItem, checkLineItems } from './order-input';
import { SalesErrorCode } from './sales-errors';
import { type Availability, type Demand, chooseWarehouse, compareIds, demandOf, shortfalls } from './stock-hold-choice';
import { type ParsedHoldLine, type StockHoldLineInput, parseHoldLines, parseTtl, throwAll } from './stock-hold-input';
import { StockHoldStatus } from './stock-hold.entity';

/*
 * Checkout holds. A hold keeps stock of one warehouse for a cart until its expiry; while it
 * is live, availability (inventory/held.ts) subtracts its open lines. It ends in one of
 * three ways: an order confirmed with it consumes it (consumeHold), the storefront releases
 * it (stockHoldRelease), or its expiry passes, after which it no longer counts; nothing has
 * to run for that, and nothing is published then (a `stock.changed` subscriber sees `held`
 * fall at the next change of the item in the warehouse).
 *
 * Locks: a hold command locks the stock rows of its (item, warehouse) pairs with lockStock,
 * the same rows in the same order as every stock command, before it reads what is held or
 * touches a hold row. So the figures it checks cannot change under it, two holds for the
 * last unit serialize on the stock row (one wins, one gets INSUFFICIENT_STOCK), and nothing
 * here waits for a hold row while another command waits for its stock rows.
 */

export interface StockHoldInput {
  /** The warehouse to hold in; when left out, the active warehouse that can hold every line. */
  warehouseId?: string | null;
  channelId?: string | null;
  lines: StockHoldLineInput[];
  /** 1 to 86400; default 900. */
  ttlSeconds?: number | null;
  idempotencyKey?: string | null;
}

export interface StockHoldReleaseInput {
  id: string;
}

interface ItemFact {
  id: string;
  sku: string;
  active: boolean;
  tracking_mode: string;
  unit_code: string;
  unit_decimals: number;
}

interface HoldFacts {
  items: ItemFact[];
  warehouse: { id: string; code: string; active: boolean } | null;
  channel: { id: string; code: string; active: boolean; partner_id: string | null } | null;
  /** What each active warehouse has available of each item (no lock): for choosing one. */
  candidates: { warehouse_id: string; code: string; item_id: string; available: string }[];
}

/** The figures of one stock row, read under its lock. */
interface Figures {
  id: string;
  item_id: string;
  warehouse_id: string;
  sku: string;
  warehouse_code: string;
  on_hand: string;
  sellable_on_hand: string;
  allocated: string;
  in_transit: string;
  version: number;
  held: string;
}

interface HoldRow {
  id: string;
  status: string;
  warehouse_id: string;
  actor: string;
  /** Unexpired by the database's clock. */
  live: boolean;
  lines: { item_id: string; quantity: string }[];
}

const FACTS = statement(`
select
  (select coalesce(json_agg(x), '[]') from (
     select i.id::text as id, i.sku, i.active, i.tracking_mode, u.code as unit_code, u.decimals as unit_decimals
     from items i join units u on u.id = i.unit_id where i.id = any($1::bigint[])) x) as items,
  (select row_to_json(x) from (select w.id::text as id, w.code, w.active from warehouses w where w.id = $2::bigint) x) as warehouse,
  (select row_to_json(x) from (select c.id::text as id, c.code, c.active, c.partner_id::text as partner_id from sales_channels c where c.id = $3::bigint) x) as channel,
  (select coalesce(json_agg(x), '[]') from (
     select s.warehouse_id::text as warehouse_id, w.code, s.item_id::text as item_id,
            (s.sellable_on_hand - s.allocated - ${liveHeldSql('s.item_id', 's.warehouse_id')})::text as available
     from stock_summaries s join warehouses w on w.id = s.warehouse_id and w.active
     where $4::boolean and s.item_id = any($1::bigint[])
     order by s.warehouse_id, s.item_id) x) as candidates`);

/** Run under the stock locks: this statement's snapshot sees every hold and allocation committed before them. */
const FIGURES = statement(`
select s.id::text as id, s.item_id::text as item_id, s.warehouse_id::text as warehouse_id, i.sku, w.code as warehouse_code,
       s.on_hand::text as on_hand, s.sellable_on_hand::text as sellable_on_hand, s.allocated::text as allocated,
       s.in_transit::text as in_transit, s.version, ${liveHeldSql('s.item_id', 's.warehouse_id')}::text as held
from unnest($1::bigint[], $2::bigint[]) as r(item, wh)
join stock_summaries s on s.item_id = r.item and s.warehouse_id = r.wh
join items i on i.id = s.item_id
join warehouses w on w.id = s.warehouse_id
order by s.item_id, s.warehouse_id`);

// Parameters $1..$7 are the outbox rows (OUTBOX_INSERT_SQL), $8 the channel to wake.
const WAKE = `case when (select count(*) from events_written) > 0 then pg_notify($8, '') end as notified`;

const CREATE = statement(`
with events_written as (${OUTBOX_INSERT_SQL} returning 1),
hold as (
  insert into stock_holds (warehouse_id, channel_id, partner_id, expires_at, status, actor, created_at, updated_at)
  values ($9::bigint, $10::bigint, $11::bigint, now() + $12::int * interval '1 second', 'ACTIVE', $13, now(), now())
  returning id, expires_at),
lines_written as (
  insert into stock_hold_lines (hold_id, item_id, warehouse_id, quantity, expires_at, open, created_at, updated_at)
  select hold.id, l.item, $9::bigint, l.quantity, hold.expires_at, true, now(), now()
  from hold cross join unnest($14::bigint[], $15::numeric[]) with ordinality as l(item, quantity, ord)
  order by l.ord
  returning 1),
summaries_written as (
  update stock_summaries s set version = v.version, updated_at = now()
  from unnest($16::bigint[], $17::int[]) as v(id, version) where s.id = v.id
  returning 1)
select (select id::text from hold) as id, ${WAKE}`);

const HOLD_COLUMNS = `h.id::text as id, h.status, h.warehouse_id::text as warehouse_id, h.actor, (h.expires_at > now()) as live,
  (select coalesce(json_agg(json_build_object('item_id', l.item_id::text, 'quantity', l.quantity::text) order by l.id), '[]')
   from stock_hold_lines l where l.hold_id = h.id) as lines`;
const HOLD_READ = statement(`select ${HOLD_COLUMNS} from stock_holds h where h.id = $1::bigint`);
const HOLD_LOCK = statement(`select ${HOLD_COLUMNS} from stock_holds h where h.id = $1::bigint for update of h`);

const CONSUME = statement(`
with hold_closed as (
  update stock_holds set status = 'CONSUMED', consumed_by_order_id = $2::bigint, version = version + 1, updated_at = now() where id = $1::bigint returning 1)
update stock_hold_lines set open = false, updated_at = now() where hold_id = $1::bigint and open`);

const RELEASE = statement(`
with events_written as (${OUTBOX_INSERT_SQL} returning 1),
hold_closed as (
  update stock_holds set status = 'RELEASED', version = version + 1, updated_at = now() where id = $9::bigint returning 1),
lines_closed as (
  update stock_hold_lines set open = false, updated_at = now() where hold_id = $9::bigint and open returning 1),
summaries_written as (
  update stock_summaries s set version = v.version, updated_at = now()
  from unnest($10::bigint[], $11::int[]) as v(id, version) where s.id = v.id
  returning 1)
select ${WAKE}`);

const HELD_ELSEWHERE = statement(`
select p.item::text as item_id, p.wh::text as warehouse_id,
       (select coalesce(sum(l.quantity), 0) from stock_hold_lines l
        where l.item_id = p.item and l.warehouse_id = p.wh and l.open and l.expires_at > now() and l.hold_id <> $3::bigint)::text as held
from (select distinct item, wh from unnest($1::bigint[], $2::bigint[]) as r(item, wh)) p`);

/** Gives stock freed by a released hold to sales orders waiting for it (fulfilment's backorder fill); the caller holds the stock locks. */
type FillFreed = (tx: TxContext, pairs: readonly { itemId: string; warehouseId: string }[]) => Promise<void>;

export class StockHoldService {
  constructor(private readonly fill: FillFreed | null = null) {}

  /** Holds the lines in one warehouse until the expiry, or refuses with nothing written. */
  async hold(ctx: ServiceContext, input: StockHoldInput): Promise<{ stockHoldId: string }> {
    // A key bound to a sales channel (a STOREFRONT key) holds for its own channel: another one is FORBIDDEN, none means its own.
    const bound = ctx.principal?.channelId ?? null;
    if (bound !== null && input.channelId && input.channelId !== bound) {
      throw new AccessError('FORBIDDEN', 'This access key holds stock for its own sales channel only: leave channelId out or give the channel the key is bound to.');
    }
    if (bound !== null) input = { ...input, channelId: bound };
    const lines = parseHoldLines(input.lines);
    const ttl = parseTtl(input.ttlSeconds);
    const outcome = await runCommand(ctx, { command: 'stockHold.create', idempotencyKey: input.idempotencyKey, input }, (tx) => this.create(tx, input, lines, ttl), { raw: true });
    return outcome.result;
  }

  private async create(tx: TxContext, input: StockHoldInput, lines: ParsedHoldLine[], ttl: number): Promise<{ stockHoldId: string }> {
    const choosing = !input.warehouseId;
    const facts = await withConnection(tx.em, async (c) => (await c.rows<HoldFacts>(FACTS, [unique(lines.map((l) => l.itemId)), input.warehouseId ?? null, input.channelId ?? null, choosing]))[0] as HoldFacts);
    const items = new Map<string, ItemFact>(facts.items.map((i) => [i.id, i]));
    const errors: DomainError[] = [];
    const collect = (check: () => void) => {
      try {
        check();
      } catch (err) {
        if (err instanceof DomainError) errors.push(err);
        else if (err instanceof DomainErrors) errors.push(...err.errors);
        else throw err;
      }
    };
    if (input.channelId) {
      if (!facts.channel) errors.push(new DomainError(SalesErrorCode.UNKNOWN_CHANNEL, 'No sales channel has this id.', { field: ['input', 'channelId'] }));
      else if (!facts.channel.active) errors.push(new DomainError(SalesErrorCode.CHANNEL_INACTIVE, `Sales channel ${facts.channel.code} is inactive.`, { field: ['input', 'channelId'] }));
    }
    if (!choosing) {
      if (!facts.warehouse) errors.push(new DomainError(SalesErrorCode.UNKNOWN_WAREHOUSE, 'No warehouse has this id.', { field: ['input', 'warehouseId'] }));
      else if (!facts.warehouse.active) errors.push(new DomainError(SalesErrorCode.WAREHOUSE_INACTIVE, `Warehouse ${facts.warehouse.code} is inactive.`, { field: ['input', 'warehouseId'] }));
    }
    collect(() => checkLineItems(lines, lineItems(items), 'held'));
    throwAll(errors);

    const demand = demandOf(lines);
    const candidates = facts.candidates.map((c) => ({ warehouseId: c.warehouse_id, warehouseCode: c.code, itemId: c.item_id, available: dec(c.available) }));
    const warehouseId = choosing ? chooseWarehouse(candidates, demand, items) : (input.warehouseId as string);
    const pairs: ItemWarehouse[] = [...demand.keys()].map((itemId) => ({ itemId, warehouseId }));
    await lockStock(tx, pairs);
    const figures = await withConnection(tx.em, (c) => readFigures(c, pairs));
    throwAll(shortfalls(figures.map(availabilityOf), demand, items));

    const events = figures.map((f) => stockEvent(f, dec(f.held).plus((demand.get(f.item_id) as Demand).quantity)));
    const outbox = outboxInsert([...events, ...takePending(tx)], tx.tx.now);
    const [row] = await withConnection(tx.em, (c) =>
      c.rows<{ id: string }>(CREATE, [
        ...outbox.values,
        OUTBOX_CHANNEL,
        warehouseId,
        input.channelId ?? null,
        facts.channel?.partner_id ?? null,
        ttl,
        actorOf(tx.principal),
        lines.map((l) => l.itemId),
        lines.map((l) => l.quantity),
        figures.map((f) => f.id),
        figures.map((f) => f.version + 1),
      ]),
    );
    return { stockHoldId: (row as { id: string }).id };
  }

  /**
   * Gives a hold's stock back before its expiry. Releasing a released hold changes nothing;
   * an expired one is marked released with no stock event (its stock was free already); a
   * consumed one is refused. A key that reads only its own holds releases only those.
   */
  async release(ctx: ServiceContext, input: StockHoldReleaseInput): Promise<{ stockHoldId: string }> {
    const outcome = await runCommand(
      ctx,
      { command: 'stockHold.release', input },
      async (tx) => {
        const field = ['input', 'id'];
        const seen = await withConnection(tx.em, async (c) => (await c.rows<HoldRow>(HOLD_READ, [input.id]))[0]);
        if (!seen || !canSeeHold(tx, seen)) throw new DomainError(SalesErrorCode.HOLD_NOT_FOUND, 'No stock hold has this id.', { field });
        if (seen.status === StockHoldStatus.RELEASED) return { stockHoldId: seen.id };
        if (seen.status !== StockHoldStatus.ACTIVE) throw notActive(seen, field);
        // Stock rows first, then the hold row: the order every hold command and consumeHold's callers take.
        const pairs = holdPairs(seen);
        await lockStock(tx, pairs);
        const hold = await lockHoldRow(tx, input.id, field);
        if (hold.status === StockHoldStatus.RELEASED) return { stockHoldId: hold.id };
        if (hold.status !== StockHoldStatus.ACTIVE) throw notActive(hold, field);
        const events: DomainEvent[] = [];
        let bumped: Figures[] = [];
        if (hold.live) {
          // Its stock comes back now: the figures change, so the versions rise and the change is published.
          bumped = await withConnection(tx.em, (c) => readFigures(c, pairs));
          const mine = linesByItem(hold);
          for (const f of bumped) events.push(stockEvent(f, dec(f.held).minus(mine.get(f.item_id) ?? ZERO)));
        }
        const outbox = outboxInsert([...events, ...takePending(tx)], tx.tx.now);
        await withConnection(tx.em, (c) =>
          c.rows(RELEASE, [...outbox.values, OUTBOX_CHANNEL, hold.id, bumped.map((f) => f.id), bumped.map((f) => f.version + 1)]),
        );
        // What it kept goes to orders waiting for it, as stock that comes in would.
        if (hold.live && this.fill) await this.fill(tx, pairs);
        return { stockHoldId: hold.id };
      },
      { raw: true },
    );
    return outcome.result;
  }
}

/**
 * What live holds other than `exceptHoldId` keep of each (item, warehouse), keyed by
 * itemWarehouseKey; every pair asked is in the map (ZERO when nothing is held). Call it
 * after lockStock on the same pairs: only then can no hold be created or released between
 * this read and the caller's use of it. An order confirmation passes the hold it consumes
 * as `exceptHoldId`, so that hold's own lines do not count against the order.
 */
export async function heldElsewhere(tx: TxContext, pairs: readonly { itemId: string; warehouseId: string }[], exceptHoldId: string | null): Promise<Map<string, Decimal>> {
  const held = new Map<string, Decimal>();
  if (pairs.length === 0) return held;
  const rows = await withConnection(tx.em, (c) =>
    c.rows<{ item_id: string; warehouse_id: string; held: string }>(HELD_ELSEWHERE, [pairs.map((p) => p.itemId), pairs.map((p) => p.warehouseId), exceptHoldId ?? '0']),
  );
  for (const r of rows) held.set(itemWarehouseKey(r.item_id, r.warehouse_id), dec(r.held));
  return held;
}

/**
 * Consumes a hold for a sales order, in the caller's transaction: locks the hold row,
 * refuses one that does not exist (HOLD_NOT_FOUND), has expired (HOLD_EXPIRED) or was
 * consumed or released (HOLD_NOT_ACTIVE), then marks it CONSUMED by `orderId` and closes
 * its lines, so they no longer count as held. Returns the hold's warehouse and what it
 * held, one entry per item (duplicate lines summed), in item id order. Errors name the
 * field ['input', 'holdId'].
 *
 * The caller must have locked the stock rows of the hold's pairs first (lockStock; the
 * pairs are the hold's warehouse with each of its items), as every hold command does, so
 * that the held figure cannot change while the caller uses it. This publishes no
 * `stock.changed` event and raises no stock row's version: the caller, which changes
 * `allocated` of the same rows in the same transaction, raises the version of every
 * (item, warehouse) returned here and publishes their figures (held now without this hold).
 */
export async function consumeHold(tx: TxContext, holdId: string, orderId: string): Promise<{ warehouseId: string; lines: { itemId: string; quantity: Decimal }[] }> {
  const field = ['input', 'holdId'];
  const hold = await lockHoldRow(tx, holdId, field);
  if (hold.status !== StockHoldStatus.ACTIVE) throw notActive(hold, field);
  if (!hold.live) throw new DomainError(SalesErrorCode.HOLD_EXPIRED, 'The stock hold has expired: its stock is no longer kept. Hold again, or confirm without a hold.', { field });
  await withConnection(tx.em, (c) => c.rows(CONSUME, [hold.id, orderId]));
  const lines = [...linesByItem(hold)].map(([itemId, quantity]) => ({ itemId, quantity })).sort((a, b) => compareIds(a.itemId, b.itemId));
  return { warehouseId: hold.warehouse_id, lines };
}

/**
 * Whether the caller may see a hold: a key that reads sales or inventory sees every hold; a
 * key that may only hold (a storefront) sees the holds it made.
 */
export function canSeeHold(ctx: ServiceContext, hold: { actor: string }): boolean {
  if (hold.actor === actorOf(ctx.principal)) return true;
  return ctx.principal === null || hasScope(ctx.principal, Scope.SALES_READ) || hasScope(ctx.principal, Scope.INVENTORY_READ);
}

async function lockHoldRow(tx: TxContext, holdId: string, field: readonly string[]): Promise<HoldRow> {
  const hold = await withConnection(tx.em, async (c) => (await c.rows<HoldRow>(HOLD_LOCK, [holdId]))[0]);
  if (!hold || !canSeeHold(tx, hold)) throw new DomainError(SalesErrorCode.HOLD_NOT_FOUND, 'No stock hold has this id.', { field });
  return hold;
}

function notActive(hold: HoldRow, field: readonly string[]): DomainError {
  return new DomainError(SalesErrorCode.HOLD_NOT_ACTIVE, `The stock hold was ${hold.status.toLowerCase()}: it holds nothing any more.`, { field });
}

function holdPairs(hold: HoldRow): ItemWarehouse[] {
  return unique(hold.lines.map((l) => l.item_id)).map((itemId) => ({ itemId, warehouseId: hold.warehouse_id }));
}

function linesByItem(hold: HoldRow): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const l of hold.lines) out.set(l.item_id, (out.get(l.item_id) ?? ZERO).plus(l.quantity));
  return out;
}

async function readFigures(c: SqlConnection, pairs: readonly ItemWarehouse[]): Promise<Figures[]> {
  return c.rows<Figures>(FIGURES, [pairs.map((p) => p.itemId), pairs.map((p) => p.warehouseId)]);
}

function availabilityOf(f: Figures): Availability {
  return { warehouseId: f.warehouse_id, warehouseCode: f.warehouse_code, itemId: f.item_id, available: dec(f.sellable_on_hand).minus(f.allocated).minus(f.held) };
}

/** The event of a stock row whose held figure becomes `held` (the row's version rises by one). */
function stockEvent(f: Figures, held: Decimal): DomainEvent {
  return stockChangedEvent({
    summaryId: f.id,
    version: f.version + 1,
    itemId: f.item_id,
    sku: f.sku,
    warehouseId: f.warehouse_id,
    warehouseCode: f.warehouse_code,
    onHand: f.on_hand,
    sellableOnHand: f.sellable_on_hand,
    allocated: f.allocated,
    held: toText(held),
    inTransit: f.in_transit,
  });
}

function lineItems(items: ReadonlyMap<string, ItemFact>): Map<string, LineItem> {
  return new Map(
    [...items.values()].map((r) => [r.id, { id: r.id, sku: r.sku, active: r.active, unitCode: r.unit_code, unitDecimals: Number(r.unit_decimals), serial: r.tracking_mode === 'SERIAL' }]),
  );
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
