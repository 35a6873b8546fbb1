import { describe, expect, it } from 'vitest';
import { barcodeLookupKey, checkGtin, gtinCheckDigit } from '../../src/modules/catalog/gs1';
import { parseBarcode } from '../../src/modules/catalog/item.service';
import { DomainError } from '../../src/shared/errors';

describe('GTIN check digits', () => {
  it.each([
    ['GTIN-8', '9638507', 4],
    ['UPC-A (GTIN-12)', '03600029145', 2],
    ['EAN-13 (GTIN-13)', '400638133393', 1],
    ['GTIN-14', '1061414100000', 2],
    ['all zeros', '0000000', 0],
  ])('%s: %s gets check digit %i', (_label, data, digit) => {
    expect(gtinCheckDigit(data)).toBe(digit);
    const full = data + String(digit);
    const check = checkGtin(full);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.gtin14).toBe(full.padStart(14, '0'));
  });

  it('rejects every wrong check digit of a valid code', () => {
    const valid = '4006381333931';
    for (let d = 0; d <= 9; d++) {
      const candidate = valid.slice(0, -1) + String(d);
      expect(checkGtin(candidate).ok).toBe(candidate === valid);
    }
  });

  it.each([['12345'], ['123456789'], ['40063813339310000'], ['4006381333a31']])('rejects %s as not a GTIN', (code) => {
    expect(checkGtin(code).ok).toBe(false);
  });

  it('treats the UPC, EAN-13 and GTIN-14 spellings of one code as the same key', () => {
    expect(barcodeLookupKey('036000291452')).toBe('00036000291452');
    expect(barcodeLookupKey('0036000291452')).toBe('00036000291452');
    expect(barcodeLookupKey('00036000291452')).toBe('00036000291452');
    expect(barcodeLookupKey('INT-LABEL-7')).toBe('INT-LABEL-7');
  });
});

describe('parseBarcode', () => {
  const field = ['input', 'barcodes', '0'];
  const codeOf = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (err) {
      return err instanceof DomainError ? err.code : 'OTHER';
    }
    return undefined;
  };

  it('accepts a case GTIN with a pack quantity', () => {
    const parsed = parseBarcode({ code: '10614141000002', quantity: '12' }, 0, field);
    expect(parsed.kind).toBe('GTIN_14');
    expect(parsed.quantity.toString()).toBe('12');
    expect(parsed.lookupKey).toBe('10614141000002');
  });

  it('refuses a bad check digit, with the expected digit in the message', () => {
    expect(() => parseBarcode({ code: '4006381333932' }, 0, field)).toThrow(/check digit should be 1/);
    expect(codeOf(() => parseBarcode({ code: '4006381333932' }, 0, field))).toBe('INVALID_GTIN');
  });

  it('refuses a fractional pack of a unit counted in whole numbers, and a zero pack', () => {
    expect(codeOf(() => parseBarcode({ code: 'CASE-1', quantity: '1.5' }, 0, field))).toBe('INVALID_QUANTITY');
    expect(codeOf(() => parseBarcode({ code: 'CASE-1', quantity: '0' }, 0, field))).toBe('INVALID_QUANTITY');
    expect(parseBarcode({ code: 'BAG-1', quantity: '2.5' }, 3, field).quantity.toString()).toBe('2.5');
  });

  it('refuses a digits-only code of a length no GTIN has', () => {
    expect(codeOf(() => parseBarcode({ code: '123456' }, 0, field))).toBe('INVALID_GTIN');
  });
});
