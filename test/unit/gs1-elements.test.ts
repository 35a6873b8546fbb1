import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gtinCheckDigit } from '../../src/modules/catalog/gs1';
import {
  AI_TABLE,
  centuryYear,
  formatElementString,
  formatHumanReadable,
  type Gs1Parse,
  type Gs1Value,
  GROUP_SEPARATOR,
  parseGs1,
  readScan,
  SEPARATORS,
} from '../../src/modules/catalog/gs1-elements';

const GS = GROUP_SEPARATOR;
const opts = { today: new Date('2026-06-15T00:00:00Z') };
const parse = (raw: string): Gs1Parse => parseGs1(raw, opts);
const pairs = (p: Gs1Parse) => p.elements.map((e) => [e.ai, e.raw]);

/**
 * Every successful case must also survive a round trip: formatted again in element-string
 * and in parenthesised form, it reads back to the same elements.
 */
function expectRoundTrip(p: Gs1Parse): void {
  const values: Gs1Value[] = p.elements.map((e) => ({ ai: e.ai, raw: e.raw }));
  expect(pairs(parse(formatElementString(values)))).toEqual(pairs(p));
  expect(pairs(parse(formatHumanReadable(values)))).toEqual(pairs(p));
}

describe('GS1 element strings: what a scan holds', () => {
  it.each<[string, string, string, Array<[string, string]>]>([
    // GS1 General Specifications 2.1 example: GTIN, expiry, batch.
    ['GS1-128, fixed-length AIs need no separator', `]C1010950600013435217201225${'10ABC123'}`, 'GS1_128', [['01', '09506000134352'], ['17', '201225'], ['10', 'ABC123']]],
    ['parenthesised (human-readable) form', '(01)09506000134352(17)201225(10)ABC', 'NONE', [['01', '09506000134352'], ['17', '201225'], ['10', 'ABC']]],
    ['parenthesised form after a symbology identifier, with spaces as printed', ']C1(01) 09506000134352 (10) ABC', 'GS1_128', [['01', '09506000134352'], ['10', 'ABC']]],
    // A medicines pack (EU FMD): GTIN, expiry, batch, serial; the batch is variable and needs GS.
    ['GS1 DataMatrix with batch and serial', `]d2010345312000001117260531${'10A1C2E3G4I5'}${GS}21SN0001234567`, 'GS1_DATAMATRIX', [['01', '03453120000011'], ['17', '260531'], ['10', 'A1C2E3G4I5'], ['21', 'SN0001234567']]],
    // The GS1 Barcode Syntax Engine's scan-data vector for GS1 QR.
    ['GS1 QR', `]Q3011231231231233310ABC123${GS}99TESTING`, 'GS1_QR', [['01', '12312312312333'], ['10', 'ABC123'], ['99', 'TESTING']]],
    ['GS1 DataBar with net weight', ']e001095060001343523103001250', 'GS1_DATABAR', [['01', '09506000134352'], ['3103', '001250']]],
    // An SSCC pallet label: the carton, what it contains and how many.
    ['SSCC label: SSCC, content GTIN, count, batch', `]C100106141412345678908020061414100000537${'24'}${GS}10LOT7`, 'GS1_128', [['00', '106141412345678908'], ['02', '00614141000005'], ['37', '24'], ['10', 'LOT7']]],
    ['customer PO and GLN', `400PO-2026/12345${GS}4140614141000005`, 'NONE', [['400', 'PO-2026/12345'], ['414', '0614141000005']]],
    ['FNC1 in first position, superfluous and trailing separators', `${GS}0109506000134352${GS}17201225${GS}`, 'NONE', [['01', '09506000134352'], ['17', '201225']]],
    ['a "(" inside a parenthesised value is escaped', '(10)AB\\(C(21)X1', 'NONE', [['10', 'AB(C'], ['21', 'X1']]],
    ['variable count ends the data', ']C1010950600013435230012', 'GS1_128', [['01', '09506000134352'], ['30', '012']]],
  ])('%s', (_label, raw, symbology, expected) => {
    const p = parse(raw);
    expect(p.error).toBeNull();
    expect(p.symbology).toBe(symbology);
    expect(pairs(p)).toEqual(expected);
    for (const e of p.elements) expect(raw.slice(e.position, e.position + e.ai.length)).toBe(e.ai);
    expectRoundTrip(p);
  });

  it.each(SEPARATORS.map((sep) => [JSON.stringify(sep), sep]))('accepts %s as the separator after a variable-length AI', (_label, sep) => {
    const p = parse(`]C10109506000134352${'10ABC'}${sep}21S-9${sep}17201225`);
    expect(p.error).toBeNull();
    expect(pairs(p)).toEqual([['01', '09506000134352'], ['10', 'ABC'], ['21', 'S-9'], ['17', '201225']]);
    expect(p.elements[3]?.position).toBe(3 + 16 + 5 + sep.length + 5 + sep.length);
  });

  it('decodes GTINs, dates, counts and measures', () => {
    const p = parse(`(01)09506000134352(11)250101(15)251200(17)240200(37)00000024(3102)012345(3100)000500(3305)001000`);
    expect(p.error).toBeNull();
    const by = Object.fromEntries(p.elements.map((e) => [e.ai, e]));
    expect(by['01']).toMatchObject({ gtin: '09506000134352', title: 'GTIN', date: null, quantity: null });
    expect(by['11']?.date).toBe('2025-01-01');
    expect(by['15']?.date).toBe('2025-12-31'); // day 00: the month's last day
    expect(by['17']?.date).toBe('2024-02-29'); // ... in a leap year
    expect(by['37']).toMatchObject({ quantity: '24', title: 'COUNT' });
    expect(by['3102']).toMatchObject({ measure: '123.45', measureUnit: 'kg' });
    expect(by['3100']?.measure).toBe('500');
    expect(by['3305']?.measure).toBe('0.01');
  });

  it.each([
    // [reference year, YY, year]: within -49..+50 of the reference year.
    [2026, 76, 2076],
    [2026, 77, 1977],
    [2026, 0, 2000],
    [2026, 99, 1999],
    [2049, 99, 2099],
    [2050, 0, 2100],
    [2050, 1, 2001],
    [2051, 1, 2101],
    [1999, 49, 2049],
    [1999, 50, 1950],
  ])('century rule: in %i, YY %i is %i', (reference, yy, year) => {
    expect(centuryYear(yy, new Date(Date.UTC(reference, 5, 1)))).toBe(year);
    const p = parseGs1(`(17)${String(yy).padStart(2, '0')}0101`, { today: new Date(Date.UTC(reference, 5, 1)) });
    expect(p.elements[0]?.date).toBe(`${year}-01-01`);
  });
});

describe('GS1 element strings: refused, with the AI and the offset', () => {
  it.each<[string, string, string, number, string | null]>([
    ['a bad GTIN check digit (the offset of the check digit)', ']C10109506000134353', 'INVALID_CHECK_DIGIT', 18, '01'],
    ['a bad SSCC check digit', '00106141412345678909', 'INVALID_CHECK_DIGIT', 19, '00'],
    ['a bad GLN check digit', '4140614141000006', 'INVALID_CHECK_DIGIT', 15, '414'],
    ['month 13', '(17)251301', 'INVALID_DATE', 6, '17'],
    ['month 00', ']C1010950600013435211250001', 'INVALID_DATE', 23, '11'],
    ['30 February', '(17)250230', 'INVALID_DATE', 8, '17'],
    ['29 February in a common year', '(15)250229', 'INVALID_DATE', 8, '15'],
    ['a lot of 21 characters', `10${'A'.repeat(21)}`, 'TOO_LONG', 22, '10'],
    ['a serial of 21 characters, parenthesised', `(21)${'1'.repeat(21)}`, 'TOO_LONG', 24, '21'],
    ['a count of 9 digits', '37123456789', 'TOO_LONG', 10, '37'],
    ['a PO of 31 characters', `400${'P'.repeat(31)}`, 'TOO_LONG', 33, '400'],
    ['a GTIN cut short by the end of the data', '01095060001343', 'TOO_SHORT', 14, '01'],
    ['a GTIN cut short by a separator', `0109506000134${GS}10ABC`, 'TOO_SHORT', 13, '01'],
    ['a fixed-length value too long in parenthesised form', '(01)095060001343521(10)ABC', 'TOO_LONG', 18, '01'],
    ['an expiry of one digit (it must not run into the next AI)', '(17)9(90)217', 'TOO_SHORT', 5, '17'],
    ['an empty value', '(10)(17)201225', 'TOO_SHORT', 4, '10'],
    ['an empty value before a separator', `0109506000134352${'10'}${GS}17201225`, 'TOO_SHORT', 18, '10'],
    ['an AI this system does not read', ']C10109506000134352700312345678', 'UNKNOWN_AI', 19, '7003'],
    ['an unknown AI in parentheses', '(89)123', 'UNKNOWN_AI', 1, '89'],
    ['a fixed value one digit too long runs into a broken AI', '01095060001343522', 'UNKNOWN_AI', 16, '2'],
    ['letters where an AI belongs', ']C1AB12', 'UNKNOWN_AI', 3, null],
    ['a space in a lot (outside set 82)', '10AB C', 'INVALID_CHARACTER', 4, '10'],
    ['"#" in a serial (outside set 82)', `21SN#1${GS}10A`, 'INVALID_CHARACTER', 4, '21'],
    ['a non-ASCII letter in a lot', '(10)LOTé', 'INVALID_CHARACTER', 7, '10'],
    ['a letter in a GTIN', '01095060001343A2', 'INVALID_CHARACTER', 14, '01'],
    ['a letter in a count', '30X12', 'INVALID_CHARACTER', 2, '30'],
    ['a backslash not escaping "("', '(10)A\\B', 'INVALID_CHARACTER', 5, '10'],
    ['an AI that is not digits, in parentheses', '(1A)12345', 'MALFORMED', 1, null],
    ['an AI of one digit', '(1)12345', 'MALFORMED', 1, null],
    ['an unclosed AI', '(15', 'MALFORMED', 1, null],
    ['an unclosed AI after a value', ' (10)AB(x', 'MALFORMED', 8, null],
    ['the same AI twice with different values', '(10)A(10)B', 'CONFLICTING_AI', 6, '10'],
    ['a symbology identifier and nothing else', ']d2', 'EMPTY', 3, null],
    ['separators only', `]C1${GS}${GS}`, 'EMPTY', 3, null],
    ['nothing at all', '', 'EMPTY', 0, null],
  ])('%s', (_label, raw, code, position, ai) => {
    const p = parse(raw);
    expect(p.error).toMatchObject({ code, position, ai });
    expect(p.error?.message.length).toBeGreaterThan(10);
    if (ai !== null && code !== 'UNKNOWN_AI' && code !== 'CONFLICTING_AI') expect(p.error?.message).toContain(`(${ai})`);
  });

  it('keeps the elements read before the error, so a scanner can show how far it got', () => {
    const p = parse(']C1010950600013435217251301');
    expect(pairs(p)).toEqual([['01', '09506000134352']]);
    expect(p.error).toMatchObject({ code: 'INVALID_DATE', ai: '17', position: 23 });
  });

  it('says which check digit was expected', () => {
    expect(parse('0109506000134353').error?.message).toContain('should be 2');
  });

  it('cannot detect a missing separator after a variable-length AI: the next AI becomes part of the value', () => {
    // Meant: lot 123456, expiry 2020-12-25. Read: a 14-character lot. The encoding gives no way to tell.
    const p = parse(']C11012345617201225');
    expect(p.error).toBeNull();
    expect(pairs(p)).toEqual([['10', '12345617201225']]);
  });

  it('reads the text "<GS>" as a separator, so set-82 data holding it cannot be sent in element-string form', () => {
    expect(pairs(parse('10A<GS>B'))).toEqual([['10', 'A']]);
    expect(parse('10A<GS>B').error).toMatchObject({ code: 'UNKNOWN_AI', position: 7 });
    // The parenthesised form has no such limit.
    expect(pairs(parse('(10)A<GS>B'))).toEqual([['10', 'A<GS>B']]);
  });
});

describe('readScan: GS1 or a plain code', () => {
  it.each<[string, string, string, string | null]>([
    ['a location label', 'MAIN-A1-01', 'PLAIN', 'MAIN-A1-01'],
    ['a bare EAN-13', '4006381333931', 'PLAIN', '4006381333931'],
    ['a bare GTIN-14 (ITF-14, no identifier)', '14006381333938', 'PLAIN', '14006381333938'],
    ['an EAN-13 with its identifier', ']E04006381333931', 'PLAIN', '4006381333931'],
    ['plain Code 128 with its identifier', ']C0LOT-2026-01', 'PLAIN', 'LOT-2026-01'],
    ['a plain QR code', ']Q1https://example.com/x', 'PLAIN', 'https://example.com/x'],
    ['a serial number', 'SN0001234567', 'PLAIN', 'SN0001234567'],
    ['a short code starting with 01', '0112-A', 'PLAIN', '0112-A'],
    ['GS1 without identifier: AI 01 and 14 digits', '010950600013435217201225', 'GS1', null],
    ['GS1 without identifier: AI 00 and 18 digits', '00106141412345678908', 'GS1', null],
    ['GS1 without identifier: a separator', `10ABC${GS}17201225`, 'GS1', null],
    ['GS1 without identifier: parentheses', '(10)ABC', 'GS1', null],
    ['GS1 with a bad check digit stays GS1 (and shows the error)', '0109506000134353', 'GS1', null],
  ])('%s', (_label, raw, format, text) => {
    const r = readScan(raw, opts);
    expect(r.format).toBe(format);
    if (r.format === 'PLAIN') expect(r.text).toBe(text);
  });

  it('names the symbology of a plain scan', () => {
    expect(readScan(']E04006381333931', opts)).toMatchObject({ symbology: 'EAN_UPC', symbologyId: ']E0' });
    expect(readScan('MAIN-A1-01', opts)).toMatchObject({ symbology: 'NONE', symbologyId: null });
  });
});

describe('round trips (fast-check)', () => {
  const CSET_82 = '!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
  const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
  const cset82 = (max: number) => fc.string({ unit: fc.constantFrom(...CSET_82), minLength: 1, maxLength: max }).filter((v) => !v.includes('<GS>'));
  const date = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 28 })).map((p) => p.map((n) => String(n).padStart(2, '0')).join(''));

  function value(ai: string): fc.Arbitrary<string> {
    const spec = AI_TABLE.find((s) => s.ai === ai)!;
    if (spec.decode === 'date') return date;
    if (spec.checkDigit) return digits(spec.length - 1, spec.length - 1).map((d) => d + String(gtinCheckDigit(d)));
    if (spec.charset === 'N') return digits(spec.fixed ? spec.length : 1, spec.length);
    return cset82(spec.length);
  }

  const elements: fc.Arbitrary<Gs1Value[]> = fc
    .uniqueArray(fc.constantFrom(...AI_TABLE.map((s) => s.ai)), { minLength: 1, maxLength: 8 })
    .chain((ais) => fc.tuple(...ais.map((ai) => value(ai).map((raw) => ({ ai, raw })))));

  it('parse(format(x)) gives x back in element-string form, with any separator and identifier', () => {
    fc.assert(
      fc.property(elements, fc.constantFrom(...SEPARATORS), fc.constantFrom('', ']C1', ']d2', ']Q3', ']e0'), (x, sep, prefix) => {
        const p = parse(prefix + formatElementString(x, sep));
        expect(p.error).toBeNull();
        expect(p.elements.map((e) => ({ ai: e.ai, raw: e.raw }))).toEqual(x);
      }),
    );
  });

  it('parse(format(x)) gives x back in parenthesised form', () => {
    fc.assert(
      fc.property(elements, (x) => {
        const p = parse(formatHumanReadable(x));
        expect(p.error).toBeNull();
        expect(p.elements.map((e) => ({ ai: e.ai, raw: e.raw }))).toEqual(x);
      }),
    );
  });

  it('never throws, and any error points inside the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...`0123456789()\\AZaz<>GS{}^${GS} ]Cd1`), maxLength: 40 }), (raw) => {
        const p = parse(raw);
        if (p.error) {
          expect(p.error.position).toBeGreaterThanOrEqual(0);
          expect(p.error.position).toBeLessThanOrEqual(raw.length);
        }
      }),
    );
  });
});
