import { Decimal, ZERO } from '../../shared/decimal';

/** Stock that could be reserved: one balance (item, location, lot) with what is not reserved yet. */
export interface Candidate {
  itemId: string;
  locationId: string;
  lotId: string | null;
  /** The lot's expiry (YYYY-MM-DD), null for stock without one. */
  expiryDate: string | null;
  /** When the stock first came in (the lot's creation, else the balance's): FIFO order. */
  firstIn: string;
  pickSequence: number | null;
  locationCode: string;
  /** On hand minus open allocations. */
  free: Decimal;
}

export interface Demand {
  key: string;
  itemId: string;
  quantity: Decimal;
}

export interface Pick {
  key: string;
  candidate: Candidate;
  quantity: Decimal;
}

/**
 * FEFO for stock with an expiry date (earliest expiry first), FIFO by first receipt
 * otherwise; ties by pick sequence, then location code, so the choice is deterministic.
 * Stock expiring before `minExpiry` (the ship date plus the customer's minimum shelf life)
 * is never chosen.
 */
export function allocationOrder(a: Candidate, b: Candidate): number {
  if (a.expiryDate !== b.expiryDate) {
    if (a.expiryDate === null) return 1;
    if (b.expiryDate === null) return -1;
    return a.expiryDate < b.expiryDate ? -1 : 1;
  }
  if (a.firstIn !== b.firstIn) return a.firstIn < b.firstIn ? -1 : 1;
  const sa = a.pickSequence ?? Number.MAX_SAFE_INTEGER;
  const sb = b.pickSequence ?? Number.MAX_SAFE_INTEGER;
  if (sa !== sb) return sa - sb;
  return a.locationCode < b.locationCode ? -1 : a.locationCode > b.locationCode ? 1 : 0;
}

/**
 * Reserves each demand (in the order given: oldest, most urgent first) from the
 * candidates, capped per item by `cap` (the item's availability in the warehouse after
 * holds). Pure: the caller read the candidates under the stock locks and writes the picks.
 */
export function planAllocation(demands: readonly Demand[], candidates: readonly Candidate[], cap: ReadonlyMap<string, Decimal>, minExpiry: string | null): Pick[] {
  const pools = new Map<string, Candidate[]>();
  for (const c of [...candidates].sort(allocationOrder)) {
    if (c.free.lte(0)) continue;
    if (minExpiry !== null && c.expiryDate !== null && c.expiryDate < minExpiry) continue;
    const pool = pools.get(c.itemId) ?? [];
    pool.push({ ...c });
    pools.set(c.itemId, pool);
  }
  const left = new Map([...cap].map(([k, v]) => [k, v]));
  const picks: Pick[] = [];
  for (const d of demands) {
    let want = Decimal.min(d.quantity, left.get(d.itemId) ?? ZERO);
    for (const c of pools.get(d.itemId) ?? []) {
      if (want.lte(0)) break;
      if (c.free.lte(0)) continue;
      const take = Decimal.min(want, c.free);
      c.free = c.free.minus(take);
      want = want.minus(take);
      left.set(d.itemId, (left.get(d.itemId) ?? ZERO).minus(take));
      picks.push({ key: d.key, candidate: c, quantity: take });
    }
  }
  return picks;
}

/** What each demand got, by key. */
export function reservedBy(picks: readonly Pick[]): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const p of picks) out.set(p.key, (out.get(p.key) ?? ZERO).plus(p.quantity));
  return out;
}

