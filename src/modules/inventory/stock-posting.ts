import { faultPoint } from '../../db/faults';
import type { TxContext } from '../../shared/context';
import { postingDateOf } from '../../shared/dates';
import type { AccountMappingService } from '../ledger/account-mapping.service';
import { linesFromDeltas } from '../ledger/posting-rules';
import type { PostingService } from '../ledger/posting.service';
import type { DocumentRef, MoveRequest, StockEngine, StockPlan } from './stock-engine';
import type { StockState } from './stock-state';
import { type DocumentPart, writePlan } from './stock-write';

export interface StockPostingDeps {
  engine: StockEngine;
  posting: PostingService;
  mappings: AccountMappingService;
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
  document: ((entryId: string | null) => { part: DocumentPart; values: unknown[] }) | null,
  /** The command's result, when known now: stored with its idempotency key by the write itself. */
  result?: unknown,
): Promise<PostedStock> {
  const accounts = await deps.mappings.resolver(tx.em);
  const plan = deps.engine.plan(state, doc, requests, accounts, tx.config.currencyMinorUnit);
  const prepared = await deps.posting.prepare(tx, { occurredAt: doc.occurredAt, sourceType: doc.type, sourceId: doc.id, memo, lines: linesFromDeltas(plan.deltas) });
  const entry = prepared ? { id: state.reserved.entryId, prepared } : null;
  const row = await writePlan(tx, state, plan, entry, document ? document(entry?.id ?? null) : null, result);
  // Stock and ledger are written by that one statement: a failure from here on must leave no trace of either.
  faultPoint('inventory.after-stock-write');
  faultPoint('inventory.after-ledger-write');
  return { entryId: entry?.id ?? null, plan, document: row };
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
