import { describe, expect, it } from 'vitest';
import { marginPercent, perThousand, periodBounds, share } from '../../src/modules/reporting/report-period';
import { dec, toText } from '../../src/shared/decimal';
import { DomainError } from '../../src/shared/errors';

const text = (v: ReturnType<typeof share>) => (v === null ? null : toText(v));

describe('report ratios', () => {
  it.each([
    // revenue, margin, percent
    ['72', '47.5', '65.97'],
    ['52', '33.5', '64.42'],
    ['3', '2', '66.67'], // 66.666.. half up
    ['8', '1', '12.5'],
    ['10', '-5', '-50'],
    ['-10', '-10', '100'], // a period of credit notes only: margin and revenue both negative
    ['0', '-7.5', null], // COGS without revenue: no percentage
  ])('margin %s of revenue %s is %s%%', (revenue, margin, percent) => {
    expect(text(marginPercent(dec(revenue), dec(margin)))).toBe(percent);
  });

  it.each([
    ['1', '2', '0.5'],
    ['2', '3', '0.6667'],
    ['9', '10', '0.9'],
    ['0', '4', '0'],
    ['0', '0', null],
  ])('%s of %s is a share of %s', (count, of, expected) => {
    expect(text(share(dec(count), dec(of)))).toBe(expected);
  });

  it.each([
    ['1', '4', '250'],
    ['1', '3', '333.33'],
    ['0', '4', '0'],
    ['1', '0', null],
  ])('%s per %s picks is %s per thousand', (count, base, expected) => {
    expect(text(perThousand(dec(count), dec(base)))).toBe(expected);
  });
});

describe('report periods', () => {
  it('are UTC days, both included: the bounds run to the start of the day after `to`', () => {
    expect(periodBounds({ from: '2026-02-01', to: '2026-02-28' })).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
      startsAt: new Date('2026-02-01T00:00:00Z'),
      endsBefore: new Date('2026-03-01T00:00:00Z'),
    });
    expect(periodBounds({ from: '2026-12-31', to: '2026-12-31' }).endsBefore).toEqual(new Date('2027-01-01T00:00:00Z'));
  });

  it('refuses a period that ends before it starts, or lies outside the ledger\'s years', () => {
    expect(() => periodBounds({ from: '2026-02-02', to: '2026-02-01' })).toThrow(DomainError);
    expect(() => periodBounds({ from: '1899-12-31', to: '2026-02-01' })).toThrow(/1900/);
  });
});
