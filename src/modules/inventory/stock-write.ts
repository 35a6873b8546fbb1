import { pendingKey } from '../../db/command';
import { type ShapedStatement, shaped, shapedValues, withConnection } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { toText } from '../../shared/decimal';
import { actorOf } from '../../auth/principal';
import { type DomainEvent, OUTBOX_CHANNEL, takePending } from '../events/outbox';
import { periodClosedError } from '../ledger/period-cache';
import { JOURNAL_ENTRY_INSERT, JOURNAL_LINES_INSERT, type PreparedEntry, entryColumns, lineColumns } from '../ledger/posting.service';
import { unitCostOf } from './costing';
import { type StockPlan, stockChangedEvent } from './stock-engine';
import { type StockState, itemWarehouseKey } from './stock-state';
import { MoveReason } from './stock-move.entity';

/**
 * The write half of a stock command: the whole plan in ONE statement, whatever the
 * number of lines. Each table gets one multi-row insert or one set-based update over
 * arrays (`unnest`), as data-modifying CTEs of a single statement: balances (upsert),
 * summaries, cost layers (new ones take their ids from the sequence in the order the
 * plan created them, which is FIFO order), moves, their serials and valuations, serials,
 * lot expiry learned, the journal entry the command reserved and its lines (the entry is
 * numbered at COMMIT), the outbox events, and the document itself (a part each document
 * type adds). The statement has only the parts the plan has rows for (a receipt touches no
 * serials), and its text depends on which parts those are, not on the data: each shape is
 * prepared once per connection.
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

type P = (name: string) => string;

/** The parts of the write statement: each a data-modifying CTE over array parameters, present only when the plan has rows for it. */
const PARTS = {
  balances: (p: P) => `
balances_written as (
  insert into stock_balances (item_id, location_id, warehouse_id, lot_id, on_hand, updated_at)
  select b.item, b.location, b.warehouse, b.lot, b.on_hand, ${p('now')}::timestamptz
  from unnest(${p('b_item')}::bigint[], ${p('b_location')}::bigint[], ${p('b_warehouse')}::bigint[], ${p('b_lot')}::bigint[], ${p('b_on_hand')}::numeric[])
       as b(item, location, warehouse, lot, on_hand)
  on conflict (item_id, location_id, coalesce(lot_id, 0)) do update set on_hand = excluded.on_hand, updated_at = excluded.updated_at
  returning 1)`,
  summaries: (p: P) => `
summaries_written as (
  update stock_summaries s set on_hand = v.on_hand, sellable_on_hand = v.sellable, in_transit = v.in_transit, allocated = v.allocated, version = v.version,
         updated_at = ${p('now')}::timestamptz
  from unnest(${p('s_id')}::bigint[], ${p('s_on_hand')}::numeric[], ${p('s_sellable')}::numeric[], ${p('s_in_transit')}::numeric[], ${p('s_allocated')}::numeric[], ${p('s_version')}::int[])
       as v(id, on_hand, sellable, in_transit, allocated, version)
  where s.id = v.id
  returning 1)`,
  newLayers: (p: P) => `
new_layers as (
  select l.*, nextval('stock_layers_id_seq') as id
  from unnest(${p('nl_item')}::bigint[], ${p('nl_warehouse')}::bigint[], ${p('nl_kind')}::text[], ${p('nl_transfer')}::bigint[], ${p('nl_account')}::bigint[],
              ${p('nl_quantity_in')}::numeric[], ${p('nl_value_in')}::numeric[], ${p('nl_quantity_remaining')}::numeric[], ${p('nl_value_remaining')}::numeric[])
       with ordinality as l(item, warehouse, kind, transfer, account, quantity_in, value_in, quantity_remaining, value_remaining, ord)
  order by l.ord),
layers_inserted as (
  insert into stock_layers (id, item_id, warehouse_id, kind, transfer_id, account_id, quantity_in, value_in, quantity_remaining, value_remaining, created_at)
  select id, item, warehouse, kind, transfer, account, quantity_in, value_in, quantity_remaining, value_remaining, ${p('now')}::timestamptz from new_layers
  returning 1)`,
  changedLayers: (p: P) => `
layers_updated as (
  update stock_layers l set quantity_in = v.quantity_in, value_in = v.value_in, quantity_remaining = v.quantity_remaining, value_remaining = v.value_remaining
  from unnest(${p('cl_id')}::bigint[], ${p('cl_quantity_in')}::numeric[], ${p('cl_value_in')}::numeric[], ${p('cl_quantity_remaining')}::numeric[], ${p('cl_value_remaining')}::numeric[])
       as v(id, quantity_in, value_in, quantity_remaining, value_remaining)
  where l.id = v.id
  returning 1)`,
  moves: (p: P) => `
new_moves as (
  select m.*, nextval('stock_moves_id_seq') as id
  from unnest(${p('m_item')}::bigint[], ${p('m_lot')}::bigint[], ${p('m_quantity')}::numeric[], ${p('m_from_location')}::bigint[], ${p('m_to_location')}::bigint[],
              ${p('m_from_warehouse')}::bigint[], ${p('m_to_warehouse')}::bigint[], ${p('m_unit_cost')}::numeric[], ${p('m_value')}::numeric[],
              ${p('m_reason')}::text[], ${p('m_reason_code')}::text[])
       with ordinality as m(item, lot, quantity, from_location, to_location, from_warehouse, to_warehouse, unit_cost, value, reason, reason_code, ord)
  order by m.ord),
moves_inserted as (
  insert into stock_moves (id, item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id, unit_cost, value,
                           reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
  select id, item, lot, quantity, from_location, to_location, from_warehouse, to_warehouse, unit_cost, value,
         reason, reason_code, ${p('document_type')}, ${p('document_id')}, ${p('entry')}::bigint, ${p('actor')}, ${p('occurred_at')}::timestamptz, ${p('now')}::timestamptz
  from new_moves
  returning 1)`,
  moveSerials: (p: P) => `
move_serials_inserted as (
  insert into stock_move_serials (move_id, serial_id)
  select m.id, s.serial from unnest(${p('ms_move')}::int[], ${p('ms_serial')}::bigint[]) as s(move_ord, serial) join new_moves m on m.ord = s.move_ord
  returning 1)`,
  valuations: (p: P, newLayers: boolean) => `
valuations_inserted as (
  insert into move_valuations (move_id, layer_id, account_id, quantity, value)
  select m.id, ${newLayers ? 'coalesce(v.layer, nl.id)' : 'v.layer'}, v.account, v.quantity, v.value
  from unnest(${p('v_move')}::int[], ${p('v_layer')}::bigint[], ${p('v_layer_ord')}::int[], ${p('v_account')}::bigint[], ${p('v_quantity')}::numeric[], ${p('v_value')}::numeric[])
       as v(move_ord, layer, layer_ord, account, quantity, value)
  join new_moves m on m.ord = v.move_ord${newLayers ? '\n  left join new_layers nl on nl.ord = v.layer_ord' : ''}
  returning 1)`,
  serials: (p: P) => `
serials_updated as (
  update serials s set status = v.status, location_id = v.location, warehouse_id = v.warehouse, lot_id = v.lot, version = v.version, updated_at = ${p('now')}::timestamptz
  from unnest(${p('sr_id')}::bigint[], ${p('sr_status')}::text[], ${p('sr_location')}::bigint[], ${p('sr_warehouse')}::bigint[], ${p('sr_lot')}::bigint[], ${p('sr_version')}::int[])
       as v(id, status, location, warehouse, lot, version)
  where s.id = v.id
  returning 1)`,
  lotsLearned: (p: P) => `
lots_learned as (
  update lots l set expiry_date = v.expiry, updated_at = ${p('now')}::timestamptz
  from unnest(${p('ll_id')}::bigint[], ${p('ll_expiry')}::date[]) as v(id, expiry) where l.id = v.id and l.expiry_date is null
  returning 1)`,
  entry: (p: P) => `
lines_inserted as (${JOURNAL_LINES_INSERT((n) => (n === 0 ? p('entry') : p(`line${n}`)))}
  returning 1),
entry_inserted as (${JOURNAL_ENTRY_INSERT((n) => (n === 0 ? p('entry') : p(`entry${n}`)))}
  returning 1)`,
  events: (p: P) => `
events_inserted as (
  insert into outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, partner_id, payload, occurred_at)
  select e.topic, e.aggregate_type, e.aggregate_id, e.version, e.partner, e.payload::jsonb, ${p('now')}::timestamptz
  from unnest(${p('e_topic')}::text[], ${p('e_aggregate_type')}::text[], ${p('e_aggregate_id')}::text[], ${p('e_version')}::int[], ${p('e_partner')}::bigint[], ${p('e_payload')}::text[])
       with ordinality as e(topic, aggregate_type, aggregate_id, version, partner, payload, ord)
  order by e.ord
  returning 1)`,
  keyResult: (p: P) => `
key_result as (
  update idempotency_keys set result = ${p('key_result')}::jsonb where id = ${p('key_id')}::bigint
  returning 1)`,
  places: (p: P) => `
places_changed as (
  -- The warehouses and locations the plan read, as they are now: a version that rose means a flag may have
  -- changed after the command's snapshot (a change waits for the command only once it holds their locks).
  select 1 as changed from unnest(${p('pl_location')}::bigint[], ${p('pl_location_version')}::int[]) as v(id, version) join locations l on l.id = v.id where l.version <> v.version
  union all
  select 1 from unnest(${p('pl_warehouse')}::bigint[], ${p('pl_warehouse_version')}::int[]) as v(id, version) join warehouses w on w.id = v.id where w.version <> v.version)`,
};

type Part = Exclude<keyof typeof PARTS, 'places'>;
const ORDER: readonly Part[] = ['balances', 'summaries', 'newLayers', 'changedLayers', 'moves', 'moveSerials', 'valuations', 'serials', 'lotsLearned', 'entry', 'events', 'keyResult'];

/** The write statement for the parts a plan has (and its document part). */
function writeStatement(parts: ReadonlySet<Part>, doc: DocumentPart | null): ShapedStatement {
  const shape = `${ORDER.filter((k) => parts.has(k)).join(',')}|${doc?.name ?? ''}`;
  return shaped(shape, (p) => {
    const ctes = ORDER.filter((k) => parts.has(k)).map((k) => (k === 'valuations' ? PARTS.valuations(p, parts.has('newLayers')) : PARTS[k](p)));
    ctes.push(PARTS.places(p));
    if (doc) ctes.push(doc.ctes((n) => p(`doc${n}`)));
    return `with ${ctes.join(',')}
select ${doc?.returnsDoc ? '(select row_to_json(d) from doc d)' : 'null'} as document,
       ${parts.has('events') ? `pg_notify('${OUTBOX_CHANNEL}', '')` : 'null'} as notified,
       (select ledgerhouse_changed('a warehouse or location') from places_changed limit 1) as places_checked`;
  });
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
  /** The command's result, stored with its idempotency key by this same statement. */
  result?: unknown,
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
        allocated: toText(s.allocated),
        held: state.held.get(itemWarehouseKey(s.row.item_id, s.row.warehouse_id)) ?? '0',
        inTransit: toText(s.inTransit),
      }),
    ),
    // Everything the command published before this statement: written here, not by a statement of its own.
    ...takePending(tx),
  ];
  const moves = plan.moves;
  const parts = new Set<Part>();
  const v: Record<string, unknown> = {
    now,
    pl_location: [...state.locations.keys()],
    pl_location_version: [...state.locations.values()].map((l) => l.version),
    pl_warehouse: [...state.warehouses.keys()],
    pl_warehouse_version: [...state.warehouses.values()].map((w) => w.version),
  };
  const part = (name: Part, values: Record<string, unknown>) => {
    parts.add(name);
    Object.assign(v, values);
  };
  if (plan.balances.length) {
    part('balances', {
      b_item: plan.balances.map((b) => b.itemId),
      b_location: plan.balances.map((b) => b.locationId),
      b_warehouse: plan.balances.map((b) => b.warehouseId),
      b_lot: plan.balances.map((b) => b.lotId),
      b_on_hand: plan.balances.map((b) => toText(b.onHand)),
    });
  }
  if (plan.summaries.length) {
    part('summaries', {
      s_id: plan.summaries.map((s) => s.row.id),
      s_on_hand: plan.summaries.map((s) => toText(s.onHand)),
      s_sellable: plan.summaries.map((s) => toText(s.sellableOnHand)),
      s_in_transit: plan.summaries.map((s) => toText(s.inTransit)),
      s_allocated: plan.summaries.map((s) => toText(s.allocated)),
      s_version: plan.summaries.map((s) => s.version),
    });
  }
  if (newLayers.length) {
    part('newLayers', {
      nl_item: newLayers.map((l) => l.itemId),
      nl_warehouse: newLayers.map((l) => l.warehouseId),
      nl_kind: newLayers.map((l) => l.kind),
      nl_transfer: newLayers.map((l) => l.transferId),
      nl_account: newLayers.map((l) => l.accountId),
      nl_quantity_in: newLayers.map((l) => toText(l.quantityIn)),
      nl_value_in: newLayers.map((l) => toText(l.valueIn)),
      nl_quantity_remaining: newLayers.map((l) => toText(l.quantityRemaining)),
      nl_value_remaining: newLayers.map((l) => toText(l.valueRemaining)),
    });
  }
  if (oldLayers.length) {
    part('changedLayers', {
      cl_id: oldLayers.map((l) => l.id),
      cl_quantity_in: oldLayers.map((l) => toText(l.quantityIn)),
      cl_value_in: oldLayers.map((l) => toText(l.valueIn)),
      cl_quantity_remaining: oldLayers.map((l) => toText(l.quantityRemaining)),
      cl_value_remaining: oldLayers.map((l) => toText(l.valueRemaining)),
    });
  }
  if (moves.length) {
    part('moves', {
      m_item: moves.map((m) => m.request.item.id),
      m_lot: moves.map((m) => m.request.lot?.id ?? null),
      m_quantity: moves.map((m) => toText(m.quantity)),
      m_from_location: moves.map((m) => m.request.from?.id ?? null),
      m_to_location: moves.map((m) => m.request.to?.id ?? null),
      m_from_warehouse: moves.map((m) => m.request.from?.warehouse_id ?? null),
      m_to_warehouse: moves.map((m) => m.request.to?.warehouse_id ?? null),
      m_unit_cost: moves.map((m) => toText(unitCostOf(m.value.abs(), m.quantity))),
      m_value: moves.map((m) => toText(m.value)),
      m_reason: moves.map((m) => m.reason),
      m_reason_code: moves.map((m) => m.request.reasonCode ?? null),
      document_type: plan.doc.type,
      document_id: plan.doc.id,
      entry: entry?.id ?? null,
      actor: actorOf(tx.principal),
      occurred_at: plan.doc.occurredAt,
    });
    if (serialLinks.length) part('moveSerials', { ms_move: serialLinks.map((s) => s[0]), ms_serial: serialLinks.map((s) => s[1]) });
    if (valuations.length) {
      part('valuations', {
        v_move: valuations.map((x) => x.move),
        v_layer: valuations.map((x) => x.layer),
        v_layer_ord: valuations.map((x) => x.layerOrd),
        v_account: valuations.map((x) => x.account),
        v_quantity: valuations.map((x) => x.quantity),
        v_value: valuations.map((x) => x.value),
      });
    }
  }
  if (plan.serials.length) {
    part('serials', {
      sr_id: plan.serials.map((s) => s.row.id),
      sr_status: plan.serials.map((s) => s.status),
      sr_location: plan.serials.map((s) => s.locationId),
      sr_warehouse: plan.serials.map((s) => s.warehouseId),
      sr_lot: plan.serials.map((s) => s.lotId),
      sr_version: plan.serials.map((s) => s.version),
    });
  }
  if (learned.size) part('lotsLearned', { ll_id: [...learned.keys()], ll_expiry: [...learned.values()] });
  if (entry) {
    const lines = lineColumns(entry.prepared);
    const columns = entryColumns(tx, entry.prepared);
    part('entry', {
      entry: entry.id,
      ...Object.fromEntries(lines.map((c, i) => [`line${i + 1}`, c])),
      ...Object.fromEntries(columns.map((c, i) => [`entry${i + 1}`, c])),
    });
  }
  if (events.length) {
    part('events', {
      e_topic: events.map((e) => e.topic),
      e_aggregate_type: events.map((e) => e.aggregateType),
      e_aggregate_id: events.map((e) => e.aggregateId),
      e_version: events.map((e) => e.aggregateVersion ?? null),
      e_partner: events.map((e) => e.partnerId ?? null),
      e_payload: events.map((e) => JSON.stringify(e.payload)),
    });
  }
  const key = pendingKey(tx);
  const storesResult = key?.claimedId != null && result !== undefined;
  if (storesResult) part('keyResult', { key_result: JSON.stringify(result), key_id: key.claimedId });
  (doc?.values ?? []).forEach((value, i) => (v[`doc${i}`] = value));
  const st = writeStatement(parts, doc?.part ?? null);
  try {
    const [row] = await withConnection(tx.em, (c) => c.rows<{ document: Record<string, unknown> | null }>(st.statement, shapedValues(st, v)));
    if (storesResult) key.stored = true;
    return row?.document ?? null;
  } catch (err) {
    throw periodClosedError(err) ?? err;
  }
}

