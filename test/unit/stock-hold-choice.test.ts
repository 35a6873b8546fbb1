import { describe, expect, it } from 'vitest';
import { type Availability, chooseWarehouse, demandOf, shortfalls } from '../../src/modules/sales/stock-hold-choice';
import { DEFAULT_HOLD_TTL_SECONDS, parseHoldLines, parseTtl } from '../../src/modules/sales/stock-hold-input';
import { dec } from '../../src/shared/decimal';
import { DomainError, DomainErrors } from '../../src/shared/errors';

const items = new Map([
  ['1', { id: '1', sku: 'A' }],
  ['2', { id: '2', sku: 'B' }],
  ['10', { id: '10', sku: 'C' }],
]);
const CODES: Record<string, string> = { '7': 'MAIN', '8': 'EAST', '9': 'SHOP' };

/** "7:1=5" is 5 of item 1 available in warehouse 7. */
function figures(spec: string): Availability[] {
  return spec
    .split(' ')
    .filter(Boolean)
    .map((f) => {
      const [where, available] = f.split('=') as [string, string];
      const [warehouseId, itemId] = where.split(':') as [string, string];
      return { warehouseId, warehouseCode: CODES[warehouseId] as string, itemId, available: dec(available) };
    });
}

function refusal(run: () => unknown): { code: string; field: string; message: string }[] {
  try {
    run();
  } catch (err) {
    const list = err instanceof DomainErrors ? err.errors : err instanceof DomainError ? [err] : null;
    if (!list) throw err;
    return list.map((e) => ({ code: e.code, field: (e.field ?? []).join('.'), message: e.message }));
  }
  return [];
}

describe('demandOf', () => {
  it('sums duplicate lines per item, keeps the first line for errors, and orders items by id as numbers', () => {
    const d = demandOf([
      { itemId: '10', quantity: '1' },
      { itemId: '2', quantity: '0.5' },
      { itemId: '10', quantity: '2.25' },
    ]);
    expect([...d].map(([id, x]) => [id, x.quantity.toString(), x.line])).toEqual([
      ['2', '0.5', 1],
      ['10', '3.25', 0],
    ]);
  });
});

describe('chooseWarehouse', () => {
  // [case, available, lines (item=quantity), chosen warehouse or the refusals]
  const cases: [string, string, string, string | string[]][] = [
    ['the only warehouse that can give everything', '7:1=3 8:1=8', '1=5', '8'],
    ['of several that can, the one with most of the items asked', '7:1=3 7:2=6 8:1=3 8:2=2', '1=1 2=1', '7'],
    ['items not asked for do not count', '7:1=2 7:10=100 8:1=3', '1=1', '8'],
    ['a tie goes to the lowest id', '8:1=4 7:1=4', '1=4', '7'],
    ['exactly what is there is enough', '9:1=2.5', '1=2.5', '9'],
    ['negative availability (over-allocated) counts as none', '7:1=-5 7:2=9 8:1=1 8:2=1', '1=1 2=1', '8'],
    ['none can give every line: the shortfalls of the one that could give most', '7:1=0 7:2=2 8:1=3 8:2=2', '1=2 2=3', ['lines.1.quantity: Only 2 of B available in EAST; 3 requested']],
    ['no warehouse stocks it at all', '', '1=1', ['lines.0.quantity: Only 0 of A available; 1 requested']],
    ['every short line is named', '7:1=1', '2=1 1=2', ['lines.1.quantity: Only 1 of A available in MAIN; 2 requested', 'lines.0.quantity: Only 0 of B available in MAIN; 1 requested']],
  ];
  it.each(cases)('%s', (_name, available, wanted, expected) => {
    const lines = wanted.split(' ').map((l) => {
      const [itemId, quantity] = l.split('=') as [string, string];
      return { itemId, quantity };
    });
    const demand = demandOf(lines);
    const candidates = figures(available);
    if (typeof expected === 'string') {
      const chosen = chooseWarehouse(candidates, demand, items);
      expect(chosen).toBe(expected);
      // The invariant: the warehouse chosen can give every line.
      expect(shortfalls(candidates.filter((c) => c.warehouseId === chosen), demand, items)).toEqual([]);
    } else {
      const errors = refusal(() => chooseWarehouse(candidates, demand, items));
      expect(errors.every((e) => e.code === 'INSUFFICIENT_STOCK')).toBe(true);
      expect(errors.map((e) => `${e.field.replace('input.', '')}: ${e.message.replace('; no active warehouse can hold every line.', '')}`)).toEqual(expected);
    }
  });
});

describe('hold input', () => {
  it.each([
    [undefined, DEFAULT_HOLD_TTL_SECONDS],
    [null, DEFAULT_HOLD_TTL_SECONDS],
    [1, 1],
    [86_400, 86_400],
  ])('ttlSeconds %s is %i seconds', (given, seconds) => {
    expect(parseTtl(given)).toBe(seconds);
  });

  it.each([0, -1, 86_401, 1.5])('ttlSeconds %s is TTL_OUT_OF_RANGE', (given) => {
    expect(refusal(() => parseTtl(given)).map((e) => [e.code, e.field])).toEqual([['TTL_OUT_OF_RANGE', 'input.ttlSeconds']]);
  });

  it('reports every bad line at once, at its own field, and normalizes the good ones', () => {
    expect(parseHoldLines([{ itemId: '1', quantity: '2.50' }])).toEqual([{ itemId: '1', quantity: '2.5' }]);
    expect(refusal(() => parseHoldLines([]))).toMatchObject([{ code: 'NO_LINES', field: 'input.lines' }]);
    expect(refusal(() => parseHoldLines(Array.from({ length: 501 }, () => ({ itemId: '1', quantity: '1' }))))).toMatchObject([{ code: 'TOO_MANY_LINES' }]);
    expect(
      refusal(() =>
        parseHoldLines([
          { itemId: '1', quantity: '0' },
          { itemId: '1', quantity: '1' },
          { itemId: '2', quantity: '-3' },
          { itemId: '2', quantity: '0.0000001' },
        ]),
      ).map((e) => [e.code, e.field]),
    ).toEqual([
      ['INVALID_QUANTITY', 'input.lines.0.quantity'],
      ['INVALID_QUANTITY', 'input.lines.2.quantity'],
      ['INVALID_QUANTITY', 'input.lines.3.quantity'],
    ]);
  });
});
