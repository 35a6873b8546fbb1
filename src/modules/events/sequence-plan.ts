/**
 * Which committed outbox rows get their `seq` in this round, and which numbers: the pure
 * part of the sequencer (sequencer.ts), kept apart so every ordering rule has a table of
 * cases (test/unit/sequence-plan.test.ts).
 *
 * Input: every visible (so committed) unnumbered row, in (xid, id) order, each marked
 * whether its xid is below the horizon `pg_snapshot_xmin(pg_current_snapshot())`. Below the
 * horizon every transaction has ended, so no row with such an xid can still appear; at or
 * above it, a transaction with a smaller xid may still be open and commit rows later, so
 * those rows wait: numbering them now could put a later-committed, smaller xid after a
 * number already handed out.
 *
 * Rows below the horizon are numbered contiguously after `lastSeq`, in (xid, id) order,
 * with two corrections for order per aggregate, because xid order is not commit order: a
 * command takes its xid at its first write and may then wait on a row lock held by a
 * command with a larger xid, which commits first and writes the lower version.
 *
 * 1. Within the batch, the rows of one aggregate (aggregate_type, aggregate_id) keep the
 *    slots they have in (xid, id) order but fill them in aggregate_version order.
 *    Example: T1 (xid 100) waits on T2 (xid 101)'s lock on A; T2 writes v1 and commits,
 *    then T1 writes v2 and commits. (xid, id) order is v2, v1; the slots are swapped.
 *
 * 2. The batch rule alone is not enough. T1 (xid 100) waits on T3 (xid 102)'s lock on A;
 *    T3 writes v1 and commits; T1 writes v2 and commits while an unrelated T4 (xid 101) is
 *    still open. The horizon is 101: T1's row is below it, T3's is above it, although T3
 *    committed (its row is visible) and holds the lower version. Numbering T1's row now
 *    would publish v2 before v1. So a row below the horizon is held back while a visible
 *    row of the same aggregate above the horizon has a lower version; the aggregate's
 *    later versions are held with it (they are higher still). Once T4 ends, both rows are
 *    below the horizon and rule 1 orders them. No lower version can be invisible here:
 *    the command that wrote v2 read v1 under the row lock, after v1's commit.
 *
 * Rows without a version (events not tied to a versioned document) keep (xid, id) order.
 */

export interface PendingRow {
  /** outbox_events.id, as text. */
  id: string;
  aggregateType: string;
  aggregateId: string;
  aggregateVersion: number | null;
  /** xid < horizon: its transaction, and every older one, has ended. */
  belowHorizon: boolean;
}

export interface SequencePlan {
  /** The numbers to write, in seq order. */
  numbered: Array<{ id: string; seq: bigint }>;
  /** Rows below the horizon held back behind a lower version above it (rule 2). */
  heldBack: number;
  /** Rows left unnumbered this round (above the horizon, or held back). */
  waiting: number;
}

function aggregateKey(r: PendingRow): string {
  return JSON.stringify([r.aggregateType, r.aggregateId]);
}

/** `rows` must be in (xid, id) order. */
export function planSequence(rows: readonly PendingRow[], lastSeq: bigint): SequencePlan {
  // Rule 2: the lowest version of each aggregate still waiting above the horizon.
  const lowestAbove = new Map<string, number>();
  for (const r of rows) {
    if (r.belowHorizon || r.aggregateVersion === null) continue;
    const key = aggregateKey(r);
    const v = lowestAbove.get(key);
    if (v === undefined || r.aggregateVersion < v) lowestAbove.set(key, r.aggregateVersion);
  }
  let heldBack = 0;
  const ready = rows.filter((r) => {
    if (!r.belowHorizon) return false;
    if (r.aggregateVersion === null) return true;
    const blocker = lowestAbove.get(aggregateKey(r));
    if (blocker !== undefined && r.aggregateVersion > blocker) {
      heldBack++;
      return false;
    }
    return true;
  });

  // Rule 1: each aggregate's rows fill that aggregate's slots in version order.
  const slots: PendingRow[] = [...ready];
  const byAggregate = new Map<string, number[]>();
  ready.forEach((r, slot) => {
    if (r.aggregateVersion === null) return;
    const key = aggregateKey(r);
    let list = byAggregate.get(key);
    if (!list) byAggregate.set(key, (list = []));
    list.push(slot);
  });
  for (const positions of byAggregate.values()) {
    if (positions.length < 2) continue;
    // A stable sort: equal versions keep (xid, id) order.
    const inVersionOrder = positions.map((p) => ready[p] as PendingRow).sort((a, b) => (a.aggregateVersion as number) - (b.aggregateVersion as number));
    positions.forEach((p, k) => {
      slots[p] = inVersionOrder[k] as PendingRow;
    });
  }

  return {
    numbered: slots.map((r, i) => ({ id: r.id, seq: lastSeq + BigInt(i + 1) })),
    heldBack,
    waiting: rows.length - ready.length,
  };
}

/**
 * The same plan in SQL, so that a sequencer round is one statement (sequencer.ts): CTEs over
 * a CTE `pending(id, xid, aggregate_type, aggregate_id, aggregate_version, below)` holding
 * every visible unnumbered row (`below`: xid < horizon), ending in `assigned(id, slot)`:
 * the rows to number, `slot` 1..n in seq order. Kept equal to `planSequence` by
 * test/integration/sequence-plan-sql.test.ts, which runs both on the same cases.
 *
 * - `classified`: each pending row with `is_ready`: below the horizon and not held back by
 *   rule 2 (its aggregate's lowest version above the horizon, a window minimum);
 * - `ready`: those rows, slotted in (xid, id) order;
 * - `assigned`: rule 1, per aggregate its rows in version order zipped with its slots in
 *   slot order (two arrays unnested in lockstep); rows without a version keep their slot.
 *
 * No step joins two sets of pending rows: the planner's estimate of them (a handful, from
 * the statistics of a table that is almost always numbered) cannot turn a backlog of
 * 100,000 rows into a nested loop of 10^10 comparisons. Every step is a scan, a sort or a
 * hash aggregate, linear in the rows (n log n for the sorts).
 */
export const PLAN_CTES = `classified as (
    select p.*, p.below and (p.aggregate_version is null or p.aggregate_version <= coalesce(
      min(p.aggregate_version) filter (where not p.below) over (partition by p.aggregate_type, p.aggregate_id), p.aggregate_version)) as is_ready
    from pending p),
  ready as (
    select c.id, c.aggregate_type, c.aggregate_id, c.aggregate_version, row_number() over (order by c.xid, c.id) as slot
    from classified c where c.is_ready),
  assigned as (
    select r.id, r.slot from ready r where r.aggregate_version is null
    union all
    select unnest(array_agg(r.id order by r.aggregate_version, r.slot)), unnest(array_agg(r.slot order by r.slot))
    from ready r where r.aggregate_version is not null group by r.aggregate_type, r.aggregate_id)`;
