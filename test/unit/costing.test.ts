import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageCost, consumeLayers, receiptValue, takeValue, unitCostOf } from '../../src/modules/inventory/costing';
import { Decimal, ZERO, dec } from '../../src/shared/decimal';

const layer = (id: string, quantity: string, value: string) => ({ id, quantity: dec(quantity), value: dec(value) });

describe('FIFO consumption', () => {
  it('takes the oldest layer first and records what it took from each', () => {
    const { takes, shortfall } = consumeLayers([layer('a', '6', '24'), layer('b', '10', '50')], dec('10'), 2);
    expect(takes.map((t) => [t.layerId, t.quantity.toString(), t.value.toString()])).toEqual([
      ['a', '6', '24'],
      ['b', '4', '20'],
    ]);
    expect(shortfall.isZero()).toBe(true);
  });

  it('skips empty and negative layers and reports a shortfall', () => {
    const { takes, shortfall } = consumeLayers([layer('a', '0', '0'), layer('d', '-2', '-8'), layer('b', '3', '9')], dec('5'), 2);
    expect(takes.map((t) => t.layerId)).toEqual(['b']);
    expect(shortfall.toString()).toBe('2');
  });

  it('takes the exact remaining value with the last unit, so nothing is lost to rounding', () => {
    expect(takeValue({ quantity: dec('3'), value: dec('10') }, dec('1'), 2).toString()).toBe('3.33');
    expect(takeValue({ quantity: dec('2'), value: dec('6.67') }, dec('1'), 2).toString()).toBe('3.34');
    expect(takeValue({ quantity: dec('1'), value: dec('3.33') }, dec('1'), 2).toString()).toBe('3.33');
  });

  it('values a receipt once and rounds half up to the minor unit', () => {
    expect(receiptValue(dec('3'), dec('3.333333'), 2).toString()).toBe('10');
    expect(receiptValue(dec('0.5'), dec('0.01'), 2).toString()).toBe('0.01');
    expect(receiptValue(dec('7'), dec('1.234567'), 0).toString()).toBe('9');
    expect(unitCostOf(dec('10'), dec('3')).toString()).toBe('3.333333');
    expect(unitCostOf(dec('10'), ZERO).toString()).toBe('0');
    expect(averageCost([layer('a', '2', '3'), layer('b', '-1', '-5')])?.toString()).toBe('1.5');
  });

  it('takes the rest of a large, partly issued layer exactly: 100,003 @ 4.9524, then 1, then 100,002, leaves 0.00', () => {
    const l = { id: 'a', quantity: dec('100003'), value: receiptValue(dec('100003'), dec('4.9524'), 2) };
    expect(l.value.toString()).toBe('495254.86');
    const one = consumeLayers([l], dec('1'), 2).takes[0]!;
    expect(one.value.toString()).toBe('4.95');
    const rest = consumeLayers([{ ...l, quantity: l.quantity.minus(1), value: l.value.minus(one.value) }], dec('100002'), 2).takes[0]!;
    // Not 100,002 x a unit cost rounded to 6 places (4.9524 -> 495,249.90): the cent would stay in a layer holding nothing.
    expect(rest.value.toString()).toBe('495249.91');
    expect(one.value.plus(rest.value).eq(l.value)).toBe(true);
  });

  // Quantities up to a million: at that size a unit cost rounded to 6 places is off by more than a cent.
  it('property: for any receipts and issues, value taken out plus value left equals value put in, to the cent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ qty: fc.integer({ min: 1, max: 1_000_000 }), cost: fc.integer({ min: 0, max: 10_000_000 }) }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 20 }),
        (receipts, issues) => {
          const layers = receipts.map((r, i) => {
            const value = receiptValue(dec(r.qty), new Decimal(r.cost).div(1_000_000), 2);
            return { id: String(i), quantity: dec(r.qty), value };
          });
          const valueIn = layers.reduce((s, l) => s.plus(l.value), ZERO);
          let valueOut = ZERO;
          for (const q of issues) {
            const { takes } = consumeLayers(layers, dec(q), 2);
            for (const t of takes) {
              const l = layers[Number(t.layerId)]!;
              l.quantity = l.quantity.minus(t.quantity);
              l.value = l.value.minus(t.value);
              valueOut = valueOut.plus(t.value);
              expect(t.value.decimalPlaces()).toBeLessThanOrEqual(2);
            }
          }
          const left = layers.reduce((s, l) => s.plus(l.value), ZERO);
          expect(valueOut.plus(left).eq(valueIn)).toBe(true);
          for (const l of layers) if (l.quantity.isZero()) expect(l.value.isZero()).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
