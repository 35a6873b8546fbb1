import { describe, expect, it } from 'vitest';
import { checkCredit, creditLimitExceeded } from '../../src/modules/sales/credit-limit';
import { SalesErrorCode } from '../../src/modules/sales/sales-errors';
import { toText } from '../../src/shared/decimal';

/** limit, receivables, open orders, this order (minor unit 2) -> exceeded? */
const CASES: [string, string, string, string, boolean][] = [
  ['100', '0', '0', '100', false], // equal to the limit is within it
  ['100', '0', '0', '100.01', true],
  ['100', '0', '0', '100.004', false], // rounds to 100.00
  ['100', '0', '0', '100.005', true], // half-up to 100.01
  ['100', '60', '40', '0.01', true],
  ['100', '60', '39.99', '0.01', false],
  ['100', '-20', '0', '120', false], // a credit balance (overpayment) frees limit
  ['0', '0', '0', '0.01', true], // a zero limit: nothing on credit
  ['0', '0', '0', '0', false],
  ['1000000000000.00', '999999999999.99', '0', '0.01', false], // exact, never a float
  ['1000000000000.00', '999999999999.99', '0', '0.02', true],
];

describe('checkCredit', () => {
  it.each(CASES)('limit %s, receivables %s, open orders %s, order %s: exceeded %s', (limit, receivables, openOrders, thisOrder, exceeded) => {
    const check = checkCredit({ limit, receivables, openOrders, thisOrder }, 2);
    expect(check.exceeded).toBe(exceeded);
    // The parts add up, whatever the case.
    expect(check.exposure.eq(check.receivables.plus(check.openOrders))).toBe(true);
    expect(check.total.eq(check.exposure.plus(check.thisOrder))).toBe(true);
    expect(check.exceeded).toBe(check.total.gt(check.limit));
  });

  it('rounds each figure to the minor unit before adding (a currency without decimals too)', () => {
    expect(toText(checkCredit({ limit: '10', receivables: '0.4', openOrders: '0.4', thisOrder: '9.4' }, 0).total)).toBe('9');
    expect(checkCredit({ limit: '10', receivables: '0.5', openOrders: '0', thisOrder: '9.4' }, 0).exceeded).toBe(false); // 1 + 9
    expect(checkCredit({ limit: '10', receivables: '0.5', openOrders: '0', thisOrder: '9.5' }, 0).exceeded).toBe(true); // 1 + 10
  });
});

describe('creditLimitExceeded', () => {
  it('names the limit, the exposure and the order, and carries the figures', () => {
    const err = creditLimitExceeded('ACME', checkCredit({ limit: '500', receivables: '200', openOrders: '150.5', thisOrder: '200' }, 2));
    expect(err.code).toBe(SalesErrorCode.CREDIT_LIMIT_EXCEEDED);
    expect(err.message).toContain('credit limit of 500');
    expect(err.message).toContain('exposure is 350.5');
    expect(err.message).toContain('this order (200)');
    expect(err.details).toEqual({ limit: '500', receivables: '200', openOrders: '150.5', exposure: '350.5', thisOrder: '200', total: '550.5', over: '50.5' });
  });
});
