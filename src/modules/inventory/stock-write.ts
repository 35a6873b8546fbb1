import { type Statement, statement, withConnection } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { toText } from '../../shared/decimal';
import { actorOf } from '../../auth/principal';
import { type DomainEvent, OUTBOX_CHANNEL, takePending } from '../events/outbox';
import { periodClosedError } from '../ledger/period-cache';
import { JOURNAL_ENTRY_INSERT, JOURNAL_LINES_INSERT, type PreparedEntry, entryColumns, lineColumns } from '../ledger/posting.service';
import { unitCostOf } from './costing';
import { type StockPlan, stockChangedEvent } from './stock-engine';
import type { StockState } from './stock-state';
import { MoveReason } from './stock-move.entity';

/**
 * The write half of a stock command: the whole plan in ONE statement, whatever the
 * number of lines. Each table gets one multi-row insert or one set-based update over
 * arrays (`unnest`), as data-modifying CTEs of a single statement: balances (upsert),
 * summaries, cost layers (new ones take their ids from the sequence in the order the
 * plan created them, which is FIFO order), moves, their serials and valuations, serials,
 * lot expiry learned, the journal entry the command reserved and its lines (the entry is
 * numbered at COMMIT), the outbox events, and the document itself (a part each document
 * type adds). The statement text
 * does not depend on the data, so it is prepared once per connection.
 *
 * Values are the plan's absolute figures, computed from rows read under the command's
 * stock locks, so nothing else can have changed them in between.
 */

/** A document's own rows, written in the same statement: CTEs using parameters `p(0)`, `p(1)`, ... */
export interface DocumentPart {
  /** A stable name: the statement is prepared once per document kind. */
  name: string;
  ctes: (p: (n: number) => string) => string;
  /** Whether the CTEs define `doc`, whose row the statement returns (as JSON). */
  returnsDoc: boolean;
}

const ENGINE_PARAMS = 74;

function engineCtes(p: (n: number) => string): string {
  return `
balances_written as (
  insert into stock_balances (item_id, location_id, warehouse_id, lot_id, on_hand, updated_at)
  select b.item, b.location, b.warehouse, b.lot, b.on_hand, ${p(0)}::timestamptz
  from unnest(${p(1)}::bigint[], ${p(2)}::bigint[], ${p(3)}::bigint[], ${p(4)}::bigint[], ${p(5)}::numeric[]) as b(item, location, warehouse, lot, on_hand)
  on conflict (item_id, location_id, coalesce(lot_id, 0)) do update set on_hand = excluded.on_hand, updated_at = excluded.updated_at
  returning 1),
summaries_written as (
  update stock_summaries s set on_hand = v.on_hand, sellable_on_hand = v.sellable, in_transit = v.in_transit, version = v.version, updated_at = ${p(0)}::timestamptz
  from unnest(${p(6)}::bigint[], ${p(7)}::numeric[], ${p(8)}::numeric[], ${p(9)}::numeric[], ${p(10)}::int[]) as v(id, on_hand, sellable, in_transit, version)
  where s.id = v.id
  returning 1),
new_layers as (
  select l.*, nextval('stock_layers_id_seq') as id
  from unnest(${p(11)}::bigint[], ${p(12)}::bigint[], ${p(13)}::text[], ${p(14)}::bigint[], ${p(15)}::bigint[],
              ${p(16)}::numeric[], ${p(17)}::numeric[], ${p(18)}::numeric[], ${p(19)}::numeric[])
       with ordinality as l(item, warehouse, kind, transfer, account, quantity_in, value_in, quantity_remaining, value_remaining, ord)
  order by l.ord),
layers_inserted as (
  insert into stock_layers (id, item_id, warehouse_id, kind, transfer_id, account_id, quantity_in, value_in, quantity_remaining, value_remaining, created_at)
  select id, item, warehouse, kind, transfer, account, quantity_in, value_in, quantity_remaining, value_remaining, ${p(0)}::timestamptz from new_layers
  returning 1),
layers_updated as (
  update stock_layers l set quantity_in = v.quantity_in, value_in = v.value_in, quantity_remaining = v.quantity_remaining, value_remaining = v.value_remaining
  from unnest(${p(20)}::bigint[], ${p(21)}::numeric[], ${p(22)}::numeric[], ${p(23)}::numeric[], ${p(24)}::numeric[]) as v(id, quantity_in, value_in, quantity_remaining, value_remaining)
  where l.id = v.id
  returning 1),
new_moves as (
  select m.*, nextval('stock_moves_id_seq') as id
  from unnest(${p(25)}::bigint[], ${p(26)}::bigint[], ${p(27)}::numeric[], ${p(28)}::bigint[], ${p(29)}::bigint[], ${p(30)}::bigint[], ${p(31)}::bigint[],
              ${p(32)}::numeric[], ${p(33)}::numeric[], ${p(34)}::text[], ${p(35)}::text[])
       with ordinality as m(item, lot, quantity, from_location, to_location, from_warehouse, to_warehouse, unit_cost, value, reason, reason_code, ord)
  order by m.ord),
moves_inserted as (
  insert into stock_moves (id, item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id, unit_cost, value,
                           reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
  select id, item, lot, quantity, from_location, to_location, from_warehouse, to_warehouse, unit_cost, value,
         reason, reason_code, ${p(36)}, ${p(37)}, ${p(38)}::bigint, ${p(39)}, ${p(40)}::timestamptz, ${p(0)}::timestamptz from new_moves
  returning 1),
move_serials_inserted as (
  insert into stock_move_serials (move_id, serial_id)
  select m.id, s.serial from unnest(${p(41)}::int[], ${p(42)}::bigint[]) as s(move_ord, serial) join new_moves m on m.ord = s.move_ord
  returning 1),
valuations_inserted as (
  insert into move_valuations (move_id, layer_id, account_id, quantity, value)
  select m.id, coalesce(v.layer, nl.id), v.account, v.quantity, v.value
  from unnest(${p(43)}::int[], ${p(44)}::bigint[], ${p(45)}::int[], ${p(46)}::bigint[], ${p(47)}::numeric[], ${p(48)}::numeric[])
       as v(move_ord, layer, layer_ord, account, quantity, value)
  join new_moves m on m.ord = v.move_ord
  left join new_layers nl on nl.ord = v.layer_ord
  returning 1),
serials_updated as (
  update serials s set status = v.status, location_id = v.location, warehouse_id = v.warehouse, lot_id = v.lot, version = v.version, updated_at = ${p(0)}::timestamptz
  from unnest(${p(49)}::bigint[], ${p(50)}::text[], ${p(51)}::bigint[], ${p(52)}::bigint[], ${p(53)}::bigint[], ${p(54)}::int[]) as v(id, status, location, warehouse, lot, version)
  where s.id = v.id
  returning 1),
lots_learned as (
  update lots l set expiry_date = v.expiry, updated_at = ${p(0)}::timestamptz
  from unnest(${p(55)}::bigint[], ${p(56)}::date[]) as v(id, expiry) where l.id = v.id and l.expiry_date is null
  returning 1),
lines_inserted as (${JOURNAL_LINES_INSERT((n) => p(57 + n))}
  returning 1),
entry_inserted as (${JOURNAL_ENTRY_INSERT((n) => (n === 0 ? p(57) : p(64 + n)))}
  returning 1)`;
}
// p(57): the entry id; p(58)..p(64) the seven line columns; p(65)..p(74) the entry's columns; then the outbox columns.

const OUTBOX_PARAMS = 10;

function outboxCte(p: (n: number) => string): string {
  const o = (n: number) => p(ENGINE_PARAMS + 1 + n);
  return `
events_inserted as (
  insert into outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, partner_id, payload, occurred_at)
  select e.topic, e.aggregate_type, e.aggregate_id, e.version, e.partner, e.payload::jsonb, ${p(0)}::timestamptz
  from unnest(${o(0)}::text[], ${o(1)}::text[], ${o(2)}::text[], ${o(3)}::int[], ${o(4)}::bigint[], ${o(5)}::text[])
       with ordinality as e(topic, aggregate_type, aggregate_id, version, partner, payload, ord)
  order by e.ord
  returning 1),
places_changed as (
  -- The warehouses and locations the plan read, as they are now: a version that rose means a flag may have
  -- changed after the command's snapshot (a change waits for the command only once it holds their locks).
  select 1 as changed from unnest(${o(6)}::bigint[], ${o(7)}::int[]) as v(id, version) join locations l on l.id = v.id where l.version <> v.version
  union all
  select 1 from unnest(${o(8)}::bigint[], ${o(9)}::int[]) as v(id, version) join warehouses w on w.id = v.id where w.version <> v.version)`;
}

const statements = new Map<string, Statement>();

function writeStatement(doc: DocumentPart | null): Statement {
  const name = doc?.name ?? '';
  let st = statements.get(name);
  if (!st) {
    const p = (n: number) => `$${n + 1}`;
    const docOffset = ENGINE_PARAMS + 1 + OUTBOX_PARAMS;
    const docCtes = doc ? `,${doc.ctes((n) => p(docOffset + n))}` : '';
    st = statement(`with ${engineCtes(p)},${outboxCte(p)}${docCtes}
select ${doc?.returnsDoc ? '(select row_to_json(d) from doc d)' : 'null'} as document,
       case when cardinality(${p(ENGINE_PARAMS + 1)}::text[]) > 0 then pg_notify('${OUTBOX_CHANNEL}', '') end as notified,
       (select ledgerhouse_changed('a warehouse or location') from places_changed limit 1) as places_checked`);
    statements.set(name, st);
  }
  return st;
}

/**
 * Writes a plan, the journal lines of its entry (when it posts one), every event published
 * so far in the command and the document's own rows: one statement. Returns the document
 * row when the document part defines `doc`.
 */
export async function writePlan(
  tx: TxContext,
  state: StockState,
  plan: StockPlan,
  entry: { id: string; prepared: PreparedEntry } | null,
  doc: { part: DocumentPart; values: unknown[] } | null,
): Promise<Record<string, unknown> | null> {
  const now = tx.tx.now;
  const newLayers = plan.layers.filter((l) => l.id === null).sort((a, b) => (a.ord as number) - (b.ord as number));
  const oldLayers = plan.layers.filter((l) => l.id !== null);
  const serialLinks: [number, string][] = [];
  const valuations: { move: number; layer: string | null; layerOrd: number | null; account: string; quantity: string; value: string }[] = [];
  plan.moves.forEach((m, i) => {
    const ord = i + 1;
    if (m.reason !== MoveReason.REVALUATION) for (const s of m.request.serials) serialLinks.push([ord, s.id]);
    for (const v of m.valuations) {
      valuations.push({ move: ord, layer: v.layer.id, layerOrd: v.layer.id === null ? v.layer.ord : null, account: v.layer.accountId, quantity: toText(v.quantity), value: toText(v.value) });
    }
  });
  // Expiry dates lots learn from this document (only where none was known).
  const learned = new Map<string, string>();
  for (const m of plan.moves) {
    const lot = m.request.lot;
    if (lot?.learned_expiry) learned.set(lot.id, lot.learned_expiry);
  }
  const events: DomainEvent[] = [
    ...plan.summaries.map((s) =>
      stockChangedEvent({
        summaryId: s.row.id,
        version: s.version,
        itemId: s.row.item_id,
        sku: s.sku,
        warehouseId: s.row.warehouse_id,
        warehouseCode: s.warehouseCode,
        onHand: toText(s.onHand),
        sellableOnHand: toText(s.sellableOnHand),
        allocated: s.row.allocated,
        inTransit: toText(s.inTransit),
      }),
    ),
    // Everything the command published before this statement: written here, not by a statement of its own.
    ...takePending(tx),
  ];
  const lines = entry ? lineColumns(entry.prepared) : [[], [], [], [], [], [], []];
  const moves = plan.moves;
  const values: unknown[] = [
    now,
    // balances
    plan.balances.map((b) => b.itemId),
    plan.balances.map((b) => b.locationId),
    plan.balances.map((b) => b.warehouseId),
    plan.balances.map((b) => b.lotId),
    plan.balances.map((b) => toText(b.onHand)),
    // summaries
    plan.summaries.map((s) => s.row.id),
    plan.summaries.map((s) => toText(s.onHand)),
    plan.summaries.map((s) => toText(s.sellableOnHand)),
    plan.summaries.map((s) => toText(s.inTransit)),
    plan.summaries.map((s) => s.version),
    // new layers
    newLayers.map((l) => l.itemId),
    newLayers.map((l) => l.warehouseId),
    newLayers.map((l) => l.kind),
    newLayers.map((l) => l.transferId),
    newLayers.map((l) => l.accountId),
    newLayers.map((l) => toText(l.quantityIn)),
    newLayers.map((l) => toText(l.valueIn)),
    newLayers.map((l) => toText(l.quantityRemaining)),
    newLayers.map((l) => toText(l.valueRemaining)),
    // changed layers
    oldLayers.map((l) => l.id),
    oldLayers.map((l) => toText(l.quantityIn)),
    oldLayers.map((l) => toText(l.valueIn)),
    oldLayers.map((l) => toText(l.quantityRemaining)),
    oldLayers.map((l) => toText(l.valueRemaining)),
    // moves
    moves.map((m) => m.request.item.id),
    moves.map((m) => m.request.lot?.id ?? null),
    moves.map((m) => toText(m.quantity)),
    moves.map((m) => m.request.from?.id ?? null),
    moves.map((m) => m.request.to?.id ?? null),
    moves.map((m) => m.request.from?.warehouse_id ?? null),
    moves.map((m) => m.request.to?.warehouse_id ?? null),
    moves.map((m) => toText(unitCostOf(m.value.abs(), m.quantity))),
    moves.map((m) => toText(m.value)),
    moves.map((m) => m.reason),
    moves.map((m) => m.request.reasonCode ?? null),
    plan.doc.type,
    plan.doc.id,
    entry?.id ?? null,
    actorOf(tx.principal),
    plan.doc.occurredAt,
    // move serials
    serialLinks.map((s) => s[0]),
    serialLinks.map((s) => s[1]),
    // valuations
    valuations.map((v) => v.move),
    valuations.map((v) => v.layer),
    valuations.map((v) => v.layerOrd),
    valuations.map((v) => v.account),
    valuations.map((v) => v.quantity),
    valuations.map((v) => v.value),
    // serials
    plan.serials.map((s) => s.row.id),
    plan.serials.map((s) => s.status),
    plan.serials.map((s) => s.locationId),
    plan.serials.map((s) => s.warehouseId),
    plan.serials.map((s) => s.lotId),
    plan.serials.map((s) => s.version),
    // lots
    [...learned.keys()],
    [...learned.values()],
    // journal lines and the entry (numbered at COMMIT)
    entry?.id ?? null,
    ...lines,
    ...entryColumns(tx, entry?.prepared ?? null),
    // outbox
    events.map((e) => e.topic),
    events.map((e) => e.aggregateType),
    events.map((e) => e.aggregateId),
    events.map((e) => e.aggregateVersion ?? null),
    events.map((e) => e.partnerId ?? null),
    events.map((e) => JSON.stringify(e.payload)),
    // the places the plan read, with their versions
    [...state.locations.keys()],
    [...state.locations.values()].map((l) => l.version),
    [...state.warehouses.keys()],
    [...state.warehouses.values()].map((w) => w.version),
    ...(doc?.values ?? []),
  ];
  try {
    const [row] = await withConnection(tx.em, (c) => c.rows<{ document: Record<string, unknown> | null }>(writeStatement(doc?.part ?? null), values));
    return row?.document ?? null;
  } catch (err) {
    throw periodClosedError(err) ?? err;
  }
}

