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

export interface ReconciliationRow {
  accountId: string;
  accountCode: string;
  accountName: string;
  glBalance: Decimal;
  /** Sum of the sub-ledger (move valuations) up to asOf. */
  valuation: Decimal;
  variance: Decimal;
  /** When variance is not zero: the documents whose GL and sub-ledger amounts differ. */
  documents: ReconciliationDocument[];
}

/** SQL for the ids of the accounts that hold inventory value: mapped as inventory or in transit, or holding a cost layer. */
export const INVENTORY_ACCOUNT_IDS = `select account_id from account_mappings where purpose in ('INVENTORY', 'IN_TRANSIT') union select account_id from stock_layers`;

/**
 * Inventory reconciliation: for every inventory and in-transit account, the GL balance
 * against the sub-ledger (the sum of every cost-layer change recorded by stock moves),
 * both as of the same instant. The variance is zero by construction; should a hand edit
 * of the database make one, the documents behind it are listed.
 */
export class ReconciliationService {
  async reconcile(em: EntityManager, asOf: Date): Promise<ReconciliationRow[]> {
    const accounts = await query<{ id: string; code: string; name: string }>(
      em,
      `select a.id::text as id, a.code, a.name from accounts a where a.id in (${INVENTORY_ACCOUNT_IDS}) order by a.code`,
    );
    if (accounts.length === 0) return [];
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
    const glBy = new Map(gl.map((r) => [r.account_id, dec(r.amount)]));
    const subBy = new Map(sub.map((r) => [r.account_id, dec(r.amount)]));
    const rows: ReconciliationRow[] = [];
    for (const a of accounts) {
      const glBalance = glBy.get(a.id) ?? ZERO;
      const valuation = subBy.get(a.id) ?? ZERO;
      const variance = glBalance.minus(valuation);
      rows.push({
        accountId: a.id,
        accountCode: a.code,
        accountName: a.name,
        glBalance,
        valuation,
        variance,
        documents: variance.isZero() ? [] : await this.explain(em, a.id, asOf),
      });
    }
    return rows;
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
