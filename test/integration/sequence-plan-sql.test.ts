import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PendingRow, PLAN_CTES, planSequence } from '../../src/modules/events/sequence-plan';
import { startTestApp, type TestApp } from '../helpers/app';
import { sql } from '../helpers/sql';

/**
 * A sequencer round plans in SQL (PLAN_CTES, one statement per round); planSequence is the
 * same rules in TypeScript, with a table of cases (test/unit/sequence-plan.test.ts). Both
 * must pick the same rows in the same order, on PostgreSQL and on PGlite.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

interface Case {
  rows: Array<PendingRow & { xid: number }>;
}

/** The ids the SQL plan numbers, in seq order, and their slots. */
async function sqlPlan(c: Case): Promise<{ ids: string[]; slots: number[] }> {
  const input = c.rows.map((r) => ({ id: r.id, xid: String(r.xid), aggregate_type: r.aggregateType, aggregate_id: r.aggregateId, aggregate_version: r.aggregateVersion, below: r.belowHorizon }));
  const rows = await sql<{ id: string; slot: number }>(
    t,
    `with pending as materialized (
       select (e->>'id')::bigint as id, (e->>'xid')::xid8 as xid, e->>'aggregate_type' as aggregate_type, e->>'aggregate_id' as aggregate_id,
              (e->>'aggregate_version')::int as aggregate_version, (e->>'below')::boolean as below
       from jsonb_array_elements(?::jsonb) e),
     ${PLAN_CTES}
     select a.id::text as id, a.slot::int as slot from assigned a order by a.slot`,
    [JSON.stringify(input)],
  );
  return { ids: rows.map((r) => r.id), slots: rows.map((r) => r.slot) };
}

/** `A:2` is version 2 of aggregate A, `x` a row without a version; `^` marks a row at or above the horizon. */
function fromSpec(spec: string): Case {
  return {
    rows: spec.split(' ').map((token, i) => {
      const above = token.endsWith('^');
      const [aggregate, version] = token.replace('^', '').split(':') as [string, string | undefined];
      return { id: String(100 - i), xid: 1000 + i, aggregateType: 'Doc', aggregateId: aggregate, aggregateVersion: version === undefined ? null : Number(version), belowHorizon: !above };
    }),
  };
}

async function expectSame(c: Case): Promise<void> {
  const expected = planSequence(c.rows, 0n).numbered.map((n) => n.id);
  const got = await sqlPlan(c);
  expect(got.ids).toEqual(expected);
  expect(got.slots).toEqual(expected.map((_, i) => i + 1));
}

describe('the SQL plan of a round equals planSequence', () => {
  it.each([
    'A:1',
    'A:1 B:1^ C:1',
    'A:2 B:1 A:1',
    'A:3 A:1 x A:2',
    'A:2 B:1 A:1^',
    'A:3 A:2 B:1 A:1^',
    'A:1 A:3 A:2^',
    'A:5 B:2 B:1 A:4^',
    'x A:2 y A:1',
    'x A:2 A:1^ y',
    'A:1 A:1',
    'A:3 B:1 A:1 C:2 x B:2 C:1 y A:2',
  ])('%s', async (spec) => {
    await expectSame(fromSpec(spec));
  });

  it('on random pending rows: several events per transaction, ids not in xid order, versions repeated, missing, above the horizon', async () => {
    const row = fc.record({
      sameTransaction: fc.boolean(),
      aggregateType: fc.constantFrom('Doc', 'Item'),
      aggregateId: fc.constantFrom('1', '2', '3', '10'),
      aggregateVersion: fc.option(fc.integer({ min: 1, max: 6 }), { freq: 4 }),
      belowHorizon: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 24 }), fc.integer({ min: 1, max: 1_000_000 }), async (specs, idBase) => {
        // (xid, id) order: xids rise, a transaction's rows are contiguous with rising ids; ids of
        // different transactions are not in xid order (a later transaction may insert first).
        let xid = 5000;
        const rows = specs.map((s, i) => {
          if (i === 0 || !s.sameTransaction) xid += 1 + (i % 3);
          return { ...s, xid, id: String(idBase + ((i * 7919) % 1000) * 100 + i) };
        });
        rows.sort((a, b) => a.xid - b.xid || Number(a.id) - Number(b.id));
        // One transaction is on one side of the horizon: below it if any of its rows says so.
        const below = new Map<number, boolean>();
        for (const r of rows) below.set(r.xid, (below.get(r.xid) ?? false) || r.belowHorizon);
        await expectSame({ rows: rows.map((r) => ({ ...r, belowHorizon: below.get(r.xid) as boolean })) });
      }),
      { numRuns: 150 },
    );
  });
});
