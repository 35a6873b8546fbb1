import { faultPoint } from '../../db/faults';
import type { TxContext } from '../../shared/context';
import { postingDateOf } from '../../shared/dates';
import type { AccountMappingService } from '../ledger/account-mapping.service';
import type { JournalEntry } from '../ledger/journal-entry.entity';
import { linesFromDeltas } from '../ledger/posting-rules';
import type { PostingService } from '../ledger/posting.service';
import type { DocumentRef, MoveRequest, StockEngine, StockPlan } from './stock-engine';
import type { StockMove } from './stock-move.entity';

export interface StockPostingDeps {
  engine: StockEngine;
  posting: PostingService;
  mappings: AccountMappingService;
}

/**
 * The shared tail of every stock document: plan the moves (locks, rules, balances,
 * layers), post the journal entry the sub-ledger deltas call for, and write the moves
 * linked to it. One transaction (the caller's), one entry per document.
 */
export async function postStock(
  tx: TxContext,
  deps: StockPostingDeps,
  doc: DocumentRef,
  requests: readonly MoveRequest[],
  memo: string,
): Promise<{ entry: JournalEntry | null; moves: StockMove[]; plan: StockPlan }> {
  const accounts = await deps.mappings.resolver(tx.em);
  const plan = await deps.engine.plan(tx, doc, requests, accounts);
  const entry = await deps.posting.post(tx, { occurredAt: doc.occurredAt, sourceType: doc.type, sourceId: doc.id, memo, lines: linesFromDeltas(plan.deltas) });
  faultPoint('inventory.after-ledger-write');
  const moves = await deps.engine.record(tx, plan, entry);
  return { entry, moves, plan };
}

/**
 * The date checks every stock command makes before it touches stock: not in the future,
 * and in an open period (held FOR SHARE until commit, so the period cannot close meanwhile).
 */
export async function checkDocumentDate(tx: TxContext, posting: PostingService, occurredAt: Date): Promise<void> {
  posting.assertNotFuture(tx, occurredAt);
  await posting.openPeriodFor(tx, postingDateOf(occurredAt));
}
