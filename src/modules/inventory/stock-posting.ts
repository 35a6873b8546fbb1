import { faultPoint } from '../../db/faults';
import type { TxContext } from '../../shared/context';
import { postingDateOf } from '../../shared/dates';
import { Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { query } from '../../db/sql';
import { InventoryErrorCode } from './inventory-errors';
import type { AccountMappingService } from '../ledger/account-mapping.service';
import { linesFromDeltas } from '../ledger/posting-rules';
import type { PostingService } from '../ledger/posting.service';
import type { DocumentRef, MoveRequest, StockEngine, StockPlan } from './stock-engine';
import { type StockState, balanceKey, itemWarehouseKey } from './stock-state';
import { type DocumentPart, writePlan } from './stock-write';

export interface StockPostingDeps {
  engine: StockEngine;
  posting: PostingService;
  mappings: AccountMappingService;
  /**
   * Runs after every stock write, in its transaction and under its stock locks: the sales
   * side fills backorders from stock that came in (only where a summary it locked shows
   * order demand waiting, so a document with none pays nothing).
   */
  afterWrite?: (tx: TxContext, state: StockState, plan: StockPlan) => Promise<void>;
}

export interface PostedStock {
  /** The journal entry (the id the command reserved), or null when nothing posted (every value nets to zero). */
  entryId: string | null;
  plan: StockPlan;
  /** The document's row as written, when its part returns one. */
  document: Record<string, unknown> | null;
}

/**
 * The shared tail of every stock document: plan the moves against the locked state, make
 * the journal entry the sub-ledger deltas call for, and write moves, layers, balances, the
 * entry and its lines, events and the document in one statement; COMMIT gives the entry
 * its gap-free number. One transaction (the caller's), one entry per document.
 */
export async function postStock(
  tx: TxContext,
  deps: StockPostingDeps,
  state: StockState,
  doc: DocumentRef,
  requests: readonly MoveRequest[],
  memo: string,
  /** The document's own rows, written by the same statement: made once the plan (its moves' values) and the entry are known. */
  document: ((entryId: string | null, plan: StockPlan) => { part: DocumentPart; values: unknown[] }) | null,
  /** The command's result, when known now: stored with its idempotency key by the write itself. */
  result?: unknown,
  options: PostOptions = {},
): Promise<PostedStock> {
  const accounts = await deps.mappings.resolver(tx.em);
  const plan = deps.engine.plan(state, doc, requests, accounts, tx.config.currencyMinorUnit);
  options.amend?.(plan);
  if (!options.consumesReservations) await assertReservationsKept(tx, state, plan);
  const prepared = await deps.posting.prepare(tx, { occurredAt: doc.occurredAt, sourceType: doc.type, sourceId: doc.id, memo, lines: linesFromDeltas(plan.deltas) });
  const entry = prepared ? { id: state.reserved.entryId, prepared } : null;
  const row = await writePlan(tx, state, plan, entry, document ? document(entry?.id ?? null, plan) : null, result);
  // Stock and ledger are written by that one statement: a failure from here on must leave no trace of either.
  faultPoint('inventory.after-stock-write');
  faultPoint('inventory.after-ledger-write');
  if (deps.afterWrite && plan.summaries.some((s) => dec(s.row.backordered).gt(0))) await deps.afterWrite(tx, state, plan);
  return { entryId: entry?.id ?? null, plan, document: row };
}

export interface PostOptions {
  /** Changes the document makes to the plan's figures before it is written (a pick consumes its allocation). */
  amend?: (plan: StockPlan) => void;
  /** The document takes exactly the reserved units it consumes (a pick): the reservation check does not apply. */
  consumesReservations?: boolean;
}

/**
 * Stock reserved for orders or held for checkouts stays: no document may take sellable
 * stock below what is allocated plus what live holds keep, in the warehouse (sellable on hand below allocated) or in
 * a location (open allocations there above its new on hand). Free (what a warehouse without
 * reservations pays): the location check runs only where a summary shows something allocated.
 */
async function assertReservationsKept(tx: TxContext, state: StockState, plan: StockPlan): Promise<void> {
  for (const s of plan.summaries) {
    // Reserved: allocated to orders, and kept for carts by live checkout holds (read by the LOAD, under the same locks).
    const held = dec(state.held.get(itemWarehouseKey(s.row.item_id, s.row.warehouse_id)) ?? '0');
    const kept = s.allocated.plus(held);
    if (kept.gt(0) && kept.gt(s.sellableOnHand) && s.sellableOnHand.lt(s.row.sellable_on_hand)) {
      const what = held.isZero() ? 'reserved for orders' : s.allocated.isZero() ? 'held for checkouts' : `reserved for orders (${toText(s.allocated)}) or held for checkouts (${toText(held)})`;
      throw new DomainError(InventoryErrorCode.INSUFFICIENT_STOCK, `${toText(kept)} of ${s.sku} in ${s.warehouseCode} are ${what}: only ${toText(Decimal.max(ZERO, dec(s.row.sellable_on_hand).minus(s.row.allocated).minus(held)))} can leave.`, {
        field: ['input', 'lines'],
        details: { sku: s.sku, allocated: toText(s.allocated), held: toText(held), sellableOnHand: toText(s.sellableOnHand) },
      });
    }
  }
  const reservedItems = new Set(plan.summaries.filter((s) => dec(s.row.allocated).gt(0)).map((s) => `${s.row.item_id}|${s.row.warehouse_id}`));
  const fallen = plan.balances.filter((b) => {
    if (!reservedItems.has(`${b.itemId}|${b.warehouseId}`) || !state.locations.get(b.locationId)?.sellable) return false;
    const before = state.balances.get(balanceKey(b.itemId, b.locationId, b.lotId));
    return before !== undefined && b.onHand.lt(before.on_hand);
  });
  if (!fallen.length) return;
  const reserved = await query<{ item_id: string; location_id: string; lot_id: string | null; q: string }>(
    tx.em,
    `select a.item_id::text as item_id, a.location_id::text as location_id, a.lot_id::text as lot_id, sum(a.quantity - a.quantity_picked)::text as q
     from stock_allocations a join unnest(?::bigint[], ?::bigint[], ?::bigint[]) as v(item, location, lot) on a.item_id = v.item and a.location_id = v.location and coalesce(a.lot_id, 0) = coalesce(v.lot, 0)
     where a.status = 'OPEN' group by a.item_id, a.location_id, a.lot_id`,
    [fallen.map((b) => b.itemId), fallen.map((b) => b.locationId), fallen.map((b) => b.lotId)],
  );
  for (const r of reserved) {
    const b = fallen.find((x) => x.itemId === r.item_id && x.locationId === r.location_id && x.lotId === r.lot_id);
    if (b && dec(r.q).gt(b.onHand)) {
      const location = state.locations.get(b.locationId);
      throw new DomainError(InventoryErrorCode.INSUFFICIENT_STOCK, `${toText(r.q)} units in ${location?.code ?? 'this location'} are reserved for orders; report a short pick first, or take stock from elsewhere.`, {
        field: ['input', 'lines'],
        details: { locationId: b.locationId, reserved: toText(r.q), onHandAfter: toText(b.onHand) },
      });
    }
  }
}

/**
 * The date checks every stock command makes before it touches stock: not in the future,
 * and in an open period (from the period cache; the database checks again when the entry
 * is written, under the periods lock the command takes with its stock locks).
 */
export async function checkDocumentDate(tx: TxContext, posting: PostingService, occurredAt: Date): Promise<void> {
  posting.assertNotFuture(tx, occurredAt);
  await posting.openPeriodFor(tx, postingDateOf(occurredAt));
}

/** Human document number from a sequence value: RC-000042. */
export function documentNumber(prefix: string, n: string | null): string {
  if (n === null) throw new Error(`no ${prefix} number was reserved`);
  return `${prefix}-${n.padStart(6, '0')}`;
}

/**
 * Stock documents write through db/sql.ts only: their commands skip MikroORM's unit of work
 * (db/transaction.ts), and claim their idempotency key in their state read (db/command.ts).
 */
export const RAW = { raw: true, claimKey: true } as const;
/** The same without the key claim, for a command that reads and locks before its state read (a transfer receipt). */
export const RAW_EAGER_KEY = { raw: true } as const;
