import { describe, expect, it } from 'vitest';
import { type PendingRow, planSequence } from '../../src/modules/events/sequence-plan';

/** `A:2` is version 2 of aggregate A, `x` a row without a version; `^` marks a row at or above the horizon. */
function rows(spec: string): PendingRow[] {
  return spec.split(' ').map((token, i) => {
    const above = token.endsWith('^');
    const [aggregate, version] = token.replace('^', '').split(':') as [string, string | undefined];
    return {
      id: String(i + 1),
      aggregateType: 'Doc',
      aggregateId: aggregate,
      aggregateVersion: version === undefined ? null : Number(version),
      belowHorizon: !above,
    };
  });
}

/** The plan as the tokens of the numbered rows, in seq order. */
function order(spec: string): string[] {
  const input = rows(spec);
  const plan = planSequence(input, 0n);
  const token = (id: string) => spec.split(' ')[Number(id) - 1] as string;
  return plan.numbered.map((n) => token(n.id));
}

describe('planSequence: which committed outbox rows are numbered, in what order', () => {
  it.each([
    ['nothing waiting', 'A:1', ['A:1']],
    ['(xid, id) order across aggregates', 'A:1 B:1 C:1', ['A:1', 'B:1', 'C:1']],
    ['rows above the horizon wait', 'A:1 B:1^ C:1', ['A:1', 'C:1']],
    // T1 (smaller xid) waited on T2's lock and wrote the later version: slots swap.
    ['one aggregate in a batch takes its slots in version order', 'A:2 B:1 A:1', ['A:1', 'B:1', 'A:2']],
    ['three versions out of xid order', 'A:3 A:1 x A:2', ['A:1', 'A:2', 'x', 'A:3']],
    // T1 (xid 100, v2) is below the horizon; T3 (xid 102, v1) committed but is above it.
    ['a lower version above the horizon holds the later ones back', 'A:2 B:1 A:1^', ['B:1']],
    ['held back with every later version of the aggregate', 'A:3 A:2 B:1 A:1^', ['B:1']],
    ['a version below the waiting one still goes', 'A:1 A:3 A:2^', ['A:1']],
    ['other aggregates are not held', 'A:5 B:2 B:1 A:4^', ['B:1', 'B:2']],
    ['rows without a version keep (xid, id) order', 'x A:2 y A:1', ['x', 'A:1', 'y', 'A:2']],
    ['a versionless row is never held back', 'x A:2 A:1^ y', ['x', 'y']],
    ['equal versions keep (xid, id) order', 'A:1 A:1', ['A:1', 'A:1']],
  ])('%s', (_name, spec, expected) => {
    expect(order(spec)).toEqual(expected);
  });

  it('numbers contiguously after the last seq and reports what waits', () => {
    const plan = planSequence(rows('A:2 B:1 A:1^ C:1 D:1^'), 41n);
    expect(plan.numbered.map((n) => n.seq)).toEqual([42n, 43n]);
    expect(plan.heldBack).toBe(1);
    expect(plan.waiting).toBe(3);
  });

  it('every row below the horizon and not held back is numbered exactly once', () => {
    const input = rows('A:3 B:1 A:1 C:2 x B:2 C:1 y A:2');
    const plan = planSequence(input, 0n);
    expect(plan.numbered.map((n) => n.id).sort()).toEqual(input.map((r) => r.id).sort());
    expect(plan.numbered.map((n) => n.seq)).toEqual(input.map((_, i) => BigInt(i + 1)));
    // Per aggregate, seq order is version order.
    for (const agg of ['A', 'B', 'C']) {
      const versions = plan.numbered.map((n) => input.find((r) => r.id === n.id)!).filter((r) => r.aggregateId === agg).map((r) => r.aggregateVersion);
      expect(versions).toEqual([...versions].sort());
    }
  });
});
