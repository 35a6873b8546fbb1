import { describe, expect, it } from 'vitest';
import { type LineItem, checkLineItems, creationHash, parseHeader, parseLines } from '../../src/modules/sales/order-input';
import { DomainError, DomainErrors } from '../../src/shared/errors';

const EA: LineItem = { id: '1', sku: 'EA-1', active: true, unitCode: 'EA', unitDecimals: 0, serial: false };
const KG: LineItem = { id: '2', sku: 'KG-1', active: true, unitCode: 'KG', unitDecimals: 3, serial: false };
const OLD: LineItem = { id: '3', sku: 'OLD-1', active: false, unitCode: 'EA', unitDecimals: 0, serial: false };
const items = new Map([EA, KG, OLD].map((i) => [i.id, i]));

function errorsOf(work: () => unknown): { code: string; field: string[] | null }[] {
  try {
    work();
  } catch (err) {
    const list = err instanceof DomainErrors ? err.errors : err instanceof DomainError ? [err] : null;
    if (!list) throw err;
    return list.map((e) => ({ code: e.code, field: e.field ? [...e.field] : null }));
  }
  return [];
}

const line = (over: Partial<{ itemId: string; quantity: string; unitPrice: string; discountPercent: string; taxRate: string }> = {}) => ({ itemId: '1', quantity: '1', unitPrice: '1', ...over });

describe('sales order lines', () => {
  it.each([
    ['a plain line', line(), []],
    ['a zero quantity', line({ quantity: '0' }), [{ code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] }]],
    ['a negative quantity', line({ quantity: '-1' }), [{ code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] }]],
    ['seven decimal places', line({ quantity: '0.0000001' }), [{ code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] }]],
    ['a free line (price 0)', line({ unitPrice: '0' }), []],
    ['a negative price', line({ unitPrice: '-1' }), [{ code: 'NEGATIVE_PRICE', field: ['input', 'lines', '0', 'unitPrice'] }]],
    ['a discount of 100', line({ discountPercent: '100' }), []],
    ['a discount of 100.000001', line({ discountPercent: '100.000001' }), [{ code: 'DISCOUNT_OUT_OF_RANGE', field: ['input', 'lines', '0', 'discountPercent'] }]],
    ['a negative discount', line({ discountPercent: '-0.1' }), [{ code: 'DISCOUNT_OUT_OF_RANGE', field: ['input', 'lines', '0', 'discountPercent'] }]],
    ['a tax rate of 101', line({ taxRate: '101' }), [{ code: 'TAX_RATE_OUT_OF_RANGE', field: ['input', 'lines', '0', 'taxRate'] }]],
  ])('%s', (_name, input, expected) => {
    expect(errorsOf(() => parseLines([input]))).toEqual(expected);
  });

  it('refuses no lines and reports every bad line at once', () => {
    expect(errorsOf(() => parseLines([]))).toEqual([{ code: 'NO_LINES', field: ['input', 'lines'] }]);
    expect(errorsOf(() => parseLines([line({ quantity: '0' }), line(), line({ unitPrice: '-2' })]))).toEqual([
      { code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] },
      { code: 'NEGATIVE_PRICE', field: ['input', 'lines', '2', 'unitPrice'] },
    ]);
  });

  it('normalizes decimals and leaves the tax rate to the customer when not given', () => {
    expect(parseLines([line({ quantity: '2.50', unitPrice: '010.10' })])).toEqual([{ itemId: '1', quantity: '2.5', unitPrice: '10.1', discountPercent: '0', taxRate: null }]);
  });

  it.each([
    ['1 EA', '1', '1', []],
    ['1.5 EA', '1', '1.5', [{ code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] }]],
    ['1.255 KG', '2', '1.255', []],
    ['1.2555 KG', '2', '1.2555', [{ code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] }]],
    ['an inactive item', '3', '1', [{ code: 'ITEM_INACTIVE', field: ['input', 'lines', '0', 'itemId'] }]],
    ['an unknown item', '99', '1', [{ code: 'UNKNOWN_ITEM', field: ['input', 'lines', '0', 'itemId'] }]],
  ])('checks %s against its item', (_name, itemId, quantity, expected) => {
    expect(errorsOf(() => checkLineItems(parseLines([line({ itemId, quantity })]), items))).toEqual(expected);
  });

  it('counts serial-tracked items in whole units even when their unit allows decimals', () => {
    const serialKg = new Map([['4', { ...KG, id: '4', serial: true }]]);
    expect(errorsOf(() => checkLineItems(parseLines([line({ itemId: '4', quantity: '0.5' })]), serialKg))).toEqual([{ code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] }]);
  });
});

describe('the creation hash behind externalRef retries', () => {
  const base = { customerId: '1', channelId: '2', partnerId: null };
  const hash = (header: Parameters<typeof parseHeader>[0], lines = [line()]) => creationHash({ ...base, header: parseHeader(header), lines: parseLines(lines) });

  it('is the same for the same order written differently', () => {
    expect(hash({})).toBe(hash({ priority: null, carrier: null, requestedShipDate: null }));
    expect(hash({}, [line({ quantity: '1.000', unitPrice: '1.0' })])).toBe(hash({}, [line()]));
    expect(hash({ priority: 0, carrier: '  DHL ' })).toBe(hash({ carrier: 'DHL' }));
  });

  it('differs when anything that makes the order differs', () => {
    const first = hash({});
    expect(hash({ priority: 1 })).not.toBe(first);
    expect(hash({ carrier: 'UPS' })).not.toBe(first);
    expect(hash({}, [line({ quantity: '2' })])).not.toBe(first);
    expect(hash({}, [line(), line()])).not.toBe(first);
    expect(creationHash({ ...base, customerId: '9', header: parseHeader({}), lines: parseLines([line()]) })).not.toBe(first);
  });
});
