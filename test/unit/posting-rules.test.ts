import { describe, expect, it } from 'vitest';
import { type LineDraft, type ValueDelta, linesFromDeltas, reverseLines, summarizeLines, totals } from '../../src/modules/ledger/posting-rules';
import { ZERO, dec } from '../../src/shared/decimal';

// Account ids stand for the default chart: 1300 Inventory, 1310 In transit, 2100 GRNI, 5000 COGS, 5100 Shrinkage.
const INV = '1300';
const INV_EAST = '1301';
const TRANSIT = '1310';
const GRNI = '2100';
const COGS = '5000';
const SHRINK = '5100';

const delta = (accountId: string, value: string, counter: string | null = null, itemId = '1', warehouseId = 'W1'): ValueDelta => ({
  accountId,
  value: dec(value),
  counterAccountId: counter,
  itemId,
  warehouseId,
});

const view = (lines: LineDraft[]) => lines.map((l) => [l.accountId, l.debit.toString(), l.credit.toString()]);

describe('posting rules, one per row of the table in DESIGN.md', () => {
  it.each([
    ['purchase / direct receipt: Dr Inventory, Cr GRNI', [delta(INV, '42.50', GRNI)], [[INV, '42.5', '0'], [GRNI, '0', '42.5']]],
    ['transfer shipped: Dr In transit, Cr Inventory (from)', [delta(INV, '-18', null), delta(TRANSIT, '18', null, '1', 'W2')], [[INV, '0', '18'], [TRANSIT, '18', '0']]],
    ['transfer received: Dr Inventory (to), Cr In transit', [delta(TRANSIT, '-15', null, '1', 'W2'), delta(INV_EAST, '15', null, '1', 'W2')], [[INV_EAST, '15', '0'], [TRANSIT, '0', '15']]],
    ['transfer received short: Dr Shrinkage for the loss, Cr In transit', [delta(TRANSIT, '-3', SHRINK, '1', 'W2')], [[TRANSIT, '0', '3'], [SHRINK, '3', '0']]],
    ['count or adjustment loss: Dr Shrinkage, Cr Inventory', [delta(INV, '-9', SHRINK)], [[INV, '0', '9'], [SHRINK, '9', '0']]],
    ['count or adjustment gain: Dr Inventory, Cr Shrinkage', [delta(INV, '4', SHRINK)], [[INV, '4', '0'], [SHRINK, '0', '4']]],
    ['settling stock issued below zero at a higher cost: Dr COGS, Cr Inventory', [delta(INV, '-6', COGS)], [[INV, '0', '6'], [COGS, '6', '0']]],
  ])('%s', (_name, deltas, expected) => {
    const lines = linesFromDeltas(deltas);
    expect(view(lines)).toEqual(expected);
    const sums = totals(lines);
    expect(sums.debit.eq(sums.credit)).toBe(true);
  });

  it('sums a fifty-move document into one line per account and dimension', () => {
    const deltas = Array.from({ length: 50 }, (_, i) => delta(INV, '-1.01', SHRINK, String(1 + (i % 2))));
    const lines = linesFromDeltas(deltas);
    expect(view(lines)).toEqual([
      [INV, '0', '25.25'],
      [INV, '0', '25.25'],
      [SHRINK, '25.25', '0'],
      [SHRINK, '25.25', '0'],
    ]);
    expect(lines.map((l) => l.itemId)).toEqual(['1', '2', '1', '2']);
  });

  it('nets opposite movements on the same account away (a move that comes back posts nothing)', () => {
    expect(linesFromDeltas([delta(INV, '-5', null), delta(INV, '5', null)])).toEqual([]);
    expect(linesFromDeltas([delta(INV, '0', GRNI)])).toEqual([]);
  });

  it('reverses by swapping sides, and a reversal balances the original to zero', () => {
    const original = linesFromDeltas([delta(INV, '10', GRNI)]);
    const reversal = reverseLines(original);
    expect(view(reversal)).toEqual([[INV, '0', '10'], [GRNI, '10', '0']]);
    expect(summarizeLines([...original, ...reversal])).toEqual([]);
  });

  it('keeps debits equal to credits for any mix of deltas with counters', () => {
    const values = ['0.01', '-0.01', '123.45', '-99.99', '1000', '-0.5'];
    const lines = linesFromDeltas(values.map((v, i) => delta(i % 2 ? INV : TRANSIT, v, i % 3 ? SHRINK : GRNI)));
    const sums = totals(lines);
    expect(sums.debit.minus(sums.credit).eq(ZERO)).toBe(true);
  });
});
