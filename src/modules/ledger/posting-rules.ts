import { type Decimal, ZERO } from '../../shared/decimal';

/**
 * Posting rules: pure functions from a business event to journal lines. The inventory
 * side of every stock event comes from the sub-ledger: each change of a cost layer's
 * value is a delta on the layer's account (positive: debit; negative: credit). Where
 * value enters or leaves inventory, the rule names the counter account:
 *
 * | event                         | debit                      | credit                    |
 * | purchase / direct receipt     | Inventory                  | GRNI                      |
 * | transfer shipped              | In transit                 | Inventory (from)          |
 * | transfer received             | Inventory (to)             | In transit                |
 * | transfer received short       | Shrinkage (the loss)       | In transit                |
 * | adjustment / count: loss      | Shrinkage                  | Inventory                 |
 * | adjustment / count: gain      | Inventory                  | Shrinkage                 |
 * | settlement of negative stock  | COGS (or Inventory)        | Inventory (or COGS)       |
 *
 * Lines are then summed by account and dimensions, one line per side, so a document of
 * fifty moves is one entry whose lines the sub-ledger explains move by move.
 */

export interface ValueDelta {
  /** The layer account whose value changed. */
  accountId: string;
  /** Signed: positive raises the account (debit), negative lowers it (credit). */
  value: Decimal;
  itemId: string;
  warehouseId: string;
  /** Where the value came from or went to, when it entered or left inventory; null when another delta balances it. */
  counterAccountId: string | null;
}

export interface LineDraft {
  accountId: string;
  debit: Decimal;
  credit: Decimal;
  itemId: string | null;
  warehouseId: string | null;
  partnerId: string | null;
  /** The customer an AR, revenue or tax line belongs to (billing documents); absent elsewhere. */
  customerId?: string | null;
  memo?: string | null;
}

/** Journal lines for a set of sub-ledger deltas. */
export function linesFromDeltas(deltas: readonly ValueDelta[]): LineDraft[] {
  const raw: LineDraft[] = [];
  for (const d of deltas) {
    if (d.value.isZero()) continue;
    raw.push(side(d.accountId, d.value, d.itemId, d.warehouseId));
    if (d.counterAccountId) raw.push(side(d.counterAccountId, d.value.neg(), d.itemId, d.warehouseId));
  }
  return summarizeLines(raw);
}

function side(accountId: string, signed: Decimal, itemId: string | null, warehouseId: string | null): LineDraft {
  return signedLine(accountId, signed, { itemId, warehouseId });
}

/** A journal line from a signed amount (positive: debit; negative: credit) and its dimensions. */
export function signedLine(accountId: string, signed: Decimal, dims: { itemId?: string | null; warehouseId?: string | null; customerId?: string | null } = {}): LineDraft {
  const line = { accountId, itemId: dims.itemId ?? null, warehouseId: dims.warehouseId ?? null, partnerId: null, ...(dims.customerId ? { customerId: dims.customerId } : {}) };
  return signed.gt(0) ? { ...line, debit: signed, credit: ZERO } : { ...line, debit: ZERO, credit: signed.neg() };
}

/**
 * Sums lines by account and dimensions into one net line per key (zero nets vanish),
 * in a stable order (account, item, warehouse, partner).
 */
export function summarizeLines(lines: readonly LineDraft[]): LineDraft[] {
  const byKey = new Map<string, LineDraft & { net: Decimal }>();
  for (const l of lines) {
    const key = [l.accountId, l.itemId ?? '', l.warehouseId ?? '', l.partnerId ?? '', l.customerId ?? '', l.memo ?? ''].join('|');
    const current = byKey.get(key);
    const net = l.debit.minus(l.credit);
    if (current) current.net = current.net.plus(net);
    else byKey.set(key, { ...l, net });
  }
  const out: LineDraft[] = [];
  for (const l of byKey.values()) {
    if (l.net.isZero()) continue;
    out.push({
      accountId: l.accountId,
      itemId: l.itemId,
      warehouseId: l.warehouseId,
      partnerId: l.partnerId,
      customerId: l.customerId ?? null,
      memo: l.memo ?? null,
      debit: l.net.gt(0) ? l.net : ZERO,
      credit: l.net.lt(0) ? l.net.neg() : ZERO,
    });
  }
  return out.sort((a, b) => cmp(a.accountId, b.accountId) || cmp(a.itemId ?? '', b.itemId ?? '') || cmp(a.warehouseId ?? '', b.warehouseId ?? '') || cmp(a.partnerId ?? '', b.partnerId ?? '') || cmp(a.customerId ?? '', b.customerId ?? ''));
}

function cmp(a: string, b: string): number {
  if (a.length !== b.length && /^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function totals(lines: readonly LineDraft[]): { debit: Decimal; credit: Decimal } {
  let debit = ZERO;
  let credit = ZERO;
  for (const l of lines) {
    debit = debit.plus(l.debit);
    credit = credit.plus(l.credit);
  }
  return { debit, credit };
}

/** A reversal swaps the sides of every line. */
export function reverseLines(lines: readonly LineDraft[]): LineDraft[] {
  return lines.map((l) => ({ ...l, debit: l.credit, credit: l.debit }));
}
