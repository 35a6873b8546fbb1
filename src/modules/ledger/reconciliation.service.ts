import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql';
import { type Decimal, ZERO, dec } from '../../shared/decimal';

export interface ReconciliationDocument {
  documentType: string;
  documentId: string;
  glAmount: Decimal;
  subLedgerAmount: Decimal;
  moveIds: string[];
  journalEntryIds: string[];
}

/** A cost layer whose remaining quantity or value is not what its valuation rows add up to. */
export interface ReconciliationLayer {
  layerId: string;
  itemId: string;
  warehouseId: string;
  quantityRemaining: Decimal;
  valueRemaining: Decimal;
  /** What the layer's valuation rows add up to. */
  quantityByValuations: Decimal;
  valueByValuations: Decimal;
}

/** A stock move whose value is not the value its valuation rows carried. */
export interface ReconciliationMove {
  moveId: string;
  documentType: string;
  documentId: string;
  value: Decimal;
  valueByValuations: Decimal;
}

export interface ReconciliationRow {
  accountId: string;
  accountCode: string;
  accountName: string;
  glBalance: Decimal;
  /** Sum of the sub-ledger (move valuations) up to asOf. */
  valuation: Decimal;
  /** glBalance - valuation. */
  variance: Decimal;
  /** When variance is not zero: the documents whose GL and sub-ledger amounts differ. */
  documents: ReconciliationDocument[];
  /** The remaining value of the account's cost layers now (what valuation reports and issues take out). */
  layerValue: Decimal;
  /** layerValue minus every valuation row of the account (all dates): zero unless a layer was edited. */
  layerVariance: Decimal;
  layers: ReconciliationLayer[];
  /** Sum over the account's moves up to asOf of (move value - value its valuations carried). */
  moveValueVariance: Decimal;
  moves: ReconciliationMove[];
}

export interface ReconciliationReport {
  rows: ReconciliationRow[];
  /** Every move (at most 100) whose value differs from its valuations, also those that touched no account. */
  moves: ReconciliationMove[];
  /** Every copy of the value agrees: GL = valuations per account, layers = their valuations, moves = their valuations. */
  reconciled: boolean;
}

/** Whether a line shows a difference between two copies of the value (its moves count in the report's). */
export function lineIsOff(r: ReconciliationRow): boolean {
  return !r.variance.isZero() || !r.layerVariance.isZero() || r.layers.length > 0 || r.moves.length > 0;
}

/**
 * The value a move carried by its valuation rows, as the engine writes it: a receipt (no
 * source) or a revaluation puts its value into layers (the sum of its rows); any other move
 * takes its value out of its source's layers (minus the sum of its negative rows; a transfer
 * also puts the same value into the destination's, a move inside one cost pool has none).
 */
const MOVE_CARRIED = `case when m.from_location_id is null or m.reason = 'REVALUATION' then coalesce(v.total, 0) else -coalesce(v.taken, 0) end`;

/** SQL for the ids of the accounts that hold inventory value: mapped as inventory or in transit, or holding a cost layer. */
export const INVENTORY_ACCOUNT_IDS = `select account_id from account_mappings where purpose in ('INVENTORY', 'IN_TRANSIT') union select account_id from stock_layers`;

/**
 * Inventory reconciliation: every independent copy of the inventory value, compared. Per
 * inventory and in-transit account: the GL balance against the sub-ledger (the sum of
 * every cost-layer change recorded by stock moves), both as of the same instant; the cost
 * layers' remaining value (what valuation reports and the next issue use) against the
 * valuation rows of those layers; and every move's value against the value its valuation
 * rows carried. All agree by construction; a hand edit of any one of them (a layer's
 * value, a move's value, a journal line) shows as a variance with the layers, moves and
 * documents behind it, and the period cannot be closed.
 */
export class ReconciliationService {
  async reconcile(em: EntityManager, asOf: Date): Promise<ReconciliationReport> {
    const accounts = await query<{ id: string; code: string; name: string }>(
      em,
      `select a.id::text as id, a.code, a.name from accounts a where a.id in (${INVENTORY_ACCOUNT_IDS}) order by a.code`,
    );
    if (accounts.length === 0) return { rows: [], moves: [], reconciled: true };
    const ids = accounts.map((a) => a.id);
    const marks = ids.map(() => '?').join(', ');
    const gl = await query<{ account_id: string; amount: string }>(
      em,
      `select l.account_id::text as account_id, sum(l.debit - l.credit)::text as amount
       from journal_lines l join journal_entries e on e.id = l.entry_id
       where e.occurred_at <= ? and l.account_id in (${marks}) group by l.account_id`,
      [asOf, ...ids],
    );
    const sub = await query<{ account_id: string; amount: string }>(
      em,
      `select v.account_id::text as account_id, sum(v.value)::text as amount
       from move_valuations v join stock_moves m on m.id = v.move_id
       where m.occurred_at <= ? and v.account_id in (${marks}) group by v.account_id`,
      [asOf, ...ids],
    );
    // The layers as they stand, against every valuation row of their account (layers are current state, so all dates).
    const layerSums = await query<{ account_id: string; layers: string; valuations: string }>(
      em,
      `select a.id::text as account_id,
              coalesce((select sum(l.value_remaining) from stock_layers l where l.account_id = a.id), 0)::text as layers,
              coalesce((select sum(v.value) from move_valuations v where v.account_id = a.id), 0)::text as valuations
       from accounts a where a.id in (${marks})`,
      ids,
    );
    const layers = await this.layersOff(em);
    const moves = await this.movesOff(em, asOf);
    const glBy = new Map(gl.map((r) => [r.account_id, dec(r.amount)]));
    const subBy = new Map(sub.map((r) => [r.account_id, dec(r.amount)]));
    const layersBy = new Map(layerSums.map((r) => [r.account_id, { layers: dec(r.layers), valuations: dec(r.valuations) }]));
    const rows: ReconciliationRow[] = [];
    for (const a of accounts) {
      const glBalance = glBy.get(a.id) ?? ZERO;
      const valuation = subBy.get(a.id) ?? ZERO;
      const variance = glBalance.minus(valuation);
      const l = layersBy.get(a.id) ?? { layers: ZERO, valuations: ZERO };
      const accountMoves = moves.filter((m) => m.accountIds.includes(a.id)).map((m) => m.move);
      rows.push({
        accountId: a.id,
        accountCode: a.code,
        accountName: a.name,
        glBalance,
        valuation,
        variance,
        documents: variance.isZero() ? [] : await this.explain(em, a.id, asOf),
        layerValue: l.layers,
        layerVariance: l.layers.minus(l.valuations),
        layers: layers.filter((x) => x.accountId === a.id).map((x) => x.layer),
        moveValueVariance: accountMoves.reduce((t, m) => t.plus(m.value.minus(m.valueByValuations)), ZERO),
        moves: accountMoves,
      });
    }
    return { rows, moves: moves.map((m) => m.move), reconciled: moves.length === 0 && !rows.some(lineIsOff) };
  }

  /** Layers (at most 100) whose remaining quantity or value differs from what their valuation rows add up to. */
  private async layersOff(em: EntityManager): Promise<{ accountId: string; layer: ReconciliationLayer }[]> {
    const rows = await query<{ id: string; account_id: string; item_id: string; warehouse_id: string; q: string; v: string; vq: string; vv: string }>(
      em,
      `select l.id::text as id, l.account_id::text as account_id, l.item_id::text as item_id, l.warehouse_id::text as warehouse_id,
              l.quantity_remaining::text as q, l.value_remaining::text as v, coalesce(s.q, 0)::text as vq, coalesce(s.v, 0)::text as vv
       from stock_layers l
       left join (select layer_id, sum(quantity) as q, sum(value) as v from move_valuations group by layer_id) s on s.layer_id = l.id
       where l.quantity_remaining <> coalesce(s.q, 0) or l.value_remaining <> coalesce(s.v, 0)
       order by l.id limit 100`,
    );
    return rows.map((r) => ({
      accountId: r.account_id,
      layer: { layerId: r.id, itemId: r.item_id, warehouseId: r.warehouse_id, quantityRemaining: dec(r.q), valueRemaining: dec(r.v), quantityByValuations: dec(r.vq), valueByValuations: dec(r.vv) },
    }));
  }

  /** Moves up to asOf (at most 100) whose value differs from the value their valuation rows carried, with the accounts they touched. */
  private async movesOff(em: EntityManager, asOf: Date): Promise<{ accountIds: string[]; move: ReconciliationMove }[]> {
    const rows = await query<{ id: string; document_type: string; document_id: string; value: string; carried: string; accounts: string | null }>(
      em,
      `select m.id::text as id, m.document_type, m.document_id, m.value::text as value, (${MOVE_CARRIED})::text as carried, v.accounts
       from stock_moves m
       left join (select move_id, sum(value) as total, sum(value) filter (where value < 0) as taken, string_agg(distinct account_id::text, ',') as accounts
                  from move_valuations group by move_id) v on v.move_id = m.id
       where m.occurred_at <= ? and m.value <> ${MOVE_CARRIED}
       order by m.id limit 100`,
      [asOf],
    );
    return rows.map((r) => ({
      accountIds: r.accounts ? r.accounts.split(',') : [],
      move: { moveId: r.id, documentType: r.document_type, documentId: r.document_id, value: dec(r.value), valueByValuations: dec(r.carried) },
    }));
  }

  /** Documents whose GL amount on the account differs from their sub-ledger amount. */
  private async explain(em: EntityManager, accountId: string, asOf: Date): Promise<ReconciliationDocument[]> {
    const rows = await query<{ document_type: string; document_id: string; gl: string; sub: string; move_ids: string | null; entry_ids: string | null }>(
      em,
      `with gl as (
         select e.source_type as document_type, e.source_id as document_id, sum(l.debit - l.credit) as amount, string_agg(distinct e.id::text, ',') as entry_ids
         from journal_lines l join journal_entries e on e.id = l.entry_id
         where l.account_id = ? and e.occurred_at <= ? group by 1, 2),
       sub as (
         select m.document_type, m.document_id, sum(v.value) as amount, string_agg(distinct m.id::text, ',') as move_ids
         from move_valuations v join stock_moves m on m.id = v.move_id
         where v.account_id = ? and m.occurred_at <= ? group by 1, 2)
       select coalesce(gl.document_type, sub.document_type) as document_type, coalesce(gl.document_id, sub.document_id) as document_id,
              coalesce(gl.amount, 0)::text as gl, coalesce(sub.amount, 0)::text as sub, sub.move_ids, gl.entry_ids
       from gl full join sub on gl.document_type = sub.document_type and gl.document_id = sub.document_id
       where coalesce(gl.amount, 0) <> coalesce(sub.amount, 0)
       order by 1, 2 limit 100`,
      [accountId, asOf, accountId, asOf],
    );
    return rows.map((r) => ({
      documentType: r.document_type,
      documentId: r.document_id,
      glAmount: dec(r.gl),
      subLedgerAmount: dec(r.sub),
      moveIds: r.move_ids ? r.move_ids.split(',') : [],
      journalEntryIds: r.entry_ids ? r.entry_ids.split(',') : [],
    }));
  }
}
