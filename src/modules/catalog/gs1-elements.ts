/**
 * GS1 element strings: what a scanner sends for a GS1-128, GS1 DataMatrix, GS1 QR or
 * GS1 DataBar symbol, read into Application Identifier (AI) elements. Pure and
 * table-driven: one row per AI in `AI_TABLE`, no I/O, no clock (the caller passes the
 * reference date for the century rule).
 *
 * Accepted input (every choice below is tested in test/unit/gs1-elements.test.ts):
 * - An AIM symbology identifier in front is optional. `]C1` GS1-128, `]d2` GS1 DataMatrix,
 *   `]Q3` GS1 QR, `]e0` GS1 DataBar/composite and `]J1` GS1 DotCode mean GS1 data; any other
 *   identifier (`]E0` EAN-13, `]C0` plain Code 128, `]d1`, `]Q1`, ...) means plain data,
 *   which `readScan` hands back for a plain lookup.
 * - Element-string form: AIs and values run together. A fixed-length AI (00, 01, 02, 11,
 *   13, 15, 17, 310n, 414, ...) needs no separator after it; a variable-length one ends at a
 *   separator or at the end of the data. A separator is FNC1 as scanners transmit it, the
 *   ASCII group separator U+001D, or one of these alternates: U+241D (the visible picture
 *   of GS that some keyboard wedges send), `<GS>`, `{GS}`, and `^` (the FNC1 notation of
 *   the GS1 Barcode Syntax Engine). `{`, `}`, `^` and U+241D are outside GS1 character
 *   set 82, so they cannot be data; `<GS>` can (`<`, `>`, `G` and `S` are all in set 82),
 *   so a value holding the text "<GS>" cannot be sent in this form: it would read as a
 *   separator. A separator in first position (FNC1 in first position), a superfluous one
 *   after a fixed-length AI and one at the end are tolerated.
 * - Human-readable form: `(01)09506000134352(17)201225(10)ABC`. Parentheses delimit the
 *   AIs; since `(` is in set 82, a `(` inside a value is written `\(` (as the GS1 Barcode
 *   Syntax Engine does). Spaces around the parenthesised AIs are ignored (a space is never
 *   data).
 * - Without a symbology identifier, `readScan` takes the input as GS1 when it starts with
 *   `(`, holds a separator, or starts with AI 01/02 and 14 digits or AI 00 and 18 digits;
 *   anything else is plain (a location label, a bare GTIN, a lot or serial number).
 *
 * Checks: digits only in numeric AIs, set 82 in alphanumeric ones; exact length for fixed
 * AIs, 1..max for variable ones; the mod-10 check digit of 00, 01, 02 and 410-415; dates
 * YYMMDD with month 01-12 and a day that exists, day 00 meaning the last day of the month;
 * an AI given twice with different values. Every error names the AI and the character
 * offset in the raw input (0-based, counting the symbology identifier).
 *
 * Century rule (GS1 General Specifications 7.12): a two-digit year is placed in the
 * century that puts it within -49..+50 years of the reference date's year, so in 2026
 * "76" is 2076 and "77" is 1977.
 *
 * Not detectable, by the nature of the encoding: a missing separator after a
 * variable-length AI followed by another AI (`10ABC17251231` is lot "ABC17251231").
 * Not checked: which AIs must or must not appear together (10 without 01, 3101 with 3102).
 */
import { gtinCheckDigit } from './gs1';

export type Gs1Symbology = 'GS1_128' | 'GS1_DATAMATRIX' | 'GS1_QR' | 'GS1_DATABAR' | 'GS1_DOTCODE';
export type ScanSymbology = Gs1Symbology | 'CODE_128' | 'EAN_UPC' | 'DATAMATRIX' | 'QR' | 'OTHER' | 'NONE';

export type Gs1ErrorCode =
  | 'EMPTY'
  | 'MALFORMED'
  | 'UNKNOWN_AI'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'INVALID_CHARACTER'
  | 'INVALID_CHECK_DIGIT'
  | 'INVALID_DATE'
  | 'CONFLICTING_AI';

export interface Gs1Error {
  code: Gs1ErrorCode;
  message: string;
  /** Character offset in the raw input (0-based). */
  position: number;
  /** The AI the error is in, when one was read. */
  ai: string | null;
}

export interface Gs1Element {
  ai: string;
  title: string;
  /** The value as encoded (after the AI, escapes removed). */
  raw: string;
  /** Offset of the AI's first digit in the raw input. */
  position: number;
  /** Dates (11, 13, 15, 17, ...): YYYY-MM-DD. */
  date: string | null;
  /** Counts (30, 37): the number without leading zeros. */
  quantity: string | null;
  /** Measures (310n, 330n): the value with its n decimals, e.g. "1.25". */
  measure: string | null;
  measureUnit: string | null;
  /** 01 and 02: the GTIN-14. */
  gtin: string | null;
}

export interface Gs1Parse {
  symbology: ScanSymbology;
  /** The identifier as sent (`]C1`), or null. */
  symbologyId: string | null;
  /** Elements read before any error, in scan order. */
  elements: Gs1Element[];
  error: Gs1Error | null;
}

export type ScanRead = ({ format: 'GS1' } & Gs1Parse) | { format: 'PLAIN'; symbology: ScanSymbology; symbologyId: string | null; text: string };

export interface Gs1Options {
  /** The date two-digit years are placed around (the century rule). */
  today: Date;
}

type Decode = 'date' | 'count' | 'measure' | 'gtin';

interface AiSpec {
  ai: string;
  title: string;
  /** N: digits only; X: GS1 character set 82. */
  charset: 'N' | 'X';
  /** Exact length for fixed AIs, the maximum for variable ones. */
  length: number;
  fixed: boolean;
  checkDigit: boolean;
  decode: Decode | null;
  decimals: number;
  unit: string | null;
}

/** `N6`, `N..8`, `X..20`: the GS1 format notation. */
function row(ais: string, title: string, format: string, extra: { check?: boolean; decode?: Decode; unit?: string } = {}): AiSpec[] {
  const m = /^([NX])(\.\.)?(\d+)$/.exec(format);
  if (!m) throw new Error(`bad AI format ${format}`);
  const [from, to = from] = ais.split('-') as [string, string?];
  const specs: AiSpec[] = [];
  for (let n = Number(from); n <= Number(to); n++) {
    const ai = String(n).padStart(from.length, '0');
    const decimals = extra.decode === 'measure' ? Number(ai.slice(-1)) : 0;
    specs.push({ ai, title, charset: m[1] as 'N' | 'X', length: Number(m[3]), fixed: !m[2], checkDigit: extra.check ?? false, decode: extra.decode ?? null, decimals, unit: extra.unit ?? null });
  }
  return specs;
}

/** The AIs understood here (GS1 General Specifications, section 3). Add a row to add an AI. */
export const AI_TABLE: readonly AiSpec[] = [
  ...row('00', 'SSCC', 'N18', { check: true }),
  ...row('01', 'GTIN', 'N14', { check: true, decode: 'gtin' }),
  ...row('02', 'CONTENT', 'N14', { check: true, decode: 'gtin' }),
  ...row('10', 'BATCH/LOT', 'X..20'),
  ...row('11', 'PROD DATE', 'N6', { decode: 'date' }),
  ...row('12', 'DUE DATE', 'N6', { decode: 'date' }),
  ...row('13', 'PACK DATE', 'N6', { decode: 'date' }),
  ...row('15', 'BEST BEFORE or BEST BY', 'N6', { decode: 'date' }),
  ...row('16', 'SELL BY', 'N6', { decode: 'date' }),
  ...row('17', 'USE BY or EXPIRY', 'N6', { decode: 'date' }),
  ...row('20', 'VARIANT', 'N2'),
  ...row('21', 'SERIAL', 'X..20'),
  ...row('240', 'ADDITIONAL ID', 'X..30'),
  ...row('241', 'CUST. PART No.', 'X..30'),
  ...row('250', 'SECONDARY SERIAL', 'X..30'),
  ...row('30', 'VAR. COUNT', 'N..8', { decode: 'count' }),
  ...row('3100-3105', 'NET WEIGHT (kg)', 'N6', { decode: 'measure', unit: 'kg' }),
  ...row('3300-3305', 'GROSS WEIGHT (kg)', 'N6', { decode: 'measure', unit: 'kg' }),
  ...row('37', 'COUNT', 'N..8', { decode: 'count' }),
  ...row('400', 'ORDER NUMBER', 'X..30'),
  ...row('401', 'GINC', 'X..30'),
  ...row('410', 'SHIP TO LOC', 'N13', { check: true }),
  ...row('411', 'BILL TO', 'N13', { check: true }),
  ...row('412', 'PURCHASE FROM', 'N13', { check: true }),
  ...row('413', 'SHIP FOR LOC', 'N13', { check: true }),
  ...row('414', 'LOC No.', 'N13', { check: true }),
  ...row('415', 'PAY TO', 'N13', { check: true }),
  ...row('420', 'SHIP TO POST', 'X..20'),
  ...row('422', 'ORIGIN', 'N3'),
  ...row('90', 'INTERNAL', 'X..30'),
  ...row('91-99', 'INTERNAL', 'X..90'),
];

const AI_BY_CODE = new Map(AI_TABLE.map((s) => [s.ai, s]));

/** How many digits an AI has, by its first two (GS1 General Specifications figure 3.2-1); for naming unknown AIs. */
function aiLengthByPrefix(two: string): number {
  const p = Number(two);
  if ((p >= 23 && p <= 29) || (p >= 40 && p <= 42) || p === 71) return 3;
  if ((p >= 31 && p <= 36) || (p >= 38 && p <= 39) || (p >= 43 && p <= 70) || (p >= 72 && p <= 89)) return 4;
  return 2;
}

/** GS1 AI encodable character set 82. */
const CSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]$/;
const DIGIT = /^[0-9]$/;

export const GROUP_SEPARATOR = '\u001d';
/** FNC1 as a scanner may send it, longest first. */
export const SEPARATORS: readonly string[] = ['<GS>', '{GS}', GROUP_SEPARATOR, '\u241d', '^'];

const SYMBOLOGIES: Record<string, ScanSymbology> = { ']C1': 'GS1_128', ']d2': 'GS1_DATAMATRIX', ']Q3': 'GS1_QR', ']e0': 'GS1_DATABAR', ']J1': 'GS1_DOTCODE' };
const PLAIN_SYMBOLOGIES: Record<string, ScanSymbology> = { C: 'CODE_128', E: 'EAN_UPC', d: 'DATAMATRIX', Q: 'QR' };

function symbologyOf(raw: string): { symbology: ScanSymbology; id: string | null; gs1: boolean } {
  const m = /^\][A-Za-z][0-9A-Za-z]/.exec(raw);
  if (!m) return { symbology: 'NONE', id: null, gs1: false };
  const gs1 = SYMBOLOGIES[m[0]];
  if (gs1) return { symbology: gs1, id: m[0], gs1: true };
  return { symbology: PLAIN_SYMBOLOGIES[m[0][1] as string] ?? 'OTHER', id: m[0], gs1: false };
}

function separatorAt(s: string, i: number): number {
  for (const sep of SEPARATORS) if (s.startsWith(sep, i)) return sep.length;
  return 0;
}

const fail = (code: Gs1ErrorCode, position: number, ai: string | null, message: string): Gs1Error => ({ code, position, ai, message });

/** A UTC calendar date as YYYY-MM-DD (years 0-99 included). */
function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
}

/** The year of a YY within -49..+50 years of `reference` (GS1 General Specifications 7.12). */
export function centuryYear(yy: number, reference: Date): number {
  const current = reference.getUTCFullYear();
  let year = current - (current % 100) + yy;
  if (year - current > 50) year -= 100;
  else if (year - current < -49) year += 100;
  return year;
}

/** Checks one value against its AI and decodes it. `at(k)` is the raw offset of the value's k-th character. */
function element(spec: AiSpec, value: string, aiPosition: number, at: (k: number) => number, opts: Gs1Options): Gs1Element | Gs1Error {
  const { ai } = spec;
  if (value.length === 0) return fail('TOO_SHORT', at(0), ai, `AI (${ai}) has no data.`);
  if (spec.fixed && value.length < spec.length) return fail('TOO_SHORT', at(value.length), ai, `AI (${ai}) needs ${spec.length} characters, found ${value.length}.`);
  if (value.length > spec.length) return fail('TOO_LONG', at(spec.length), ai, `AI (${ai}) takes ${spec.fixed ? '' : 'at most '}${spec.length} characters, found ${value.length}.`);
  for (let k = 0; k < value.length; k++) {
    const c = value[k] as string;
    if (spec.charset === 'N' ? !DIGIT.test(c) : !CSET_82.test(c)) {
      const shown = /^[\x21-\x7e]$/.test(c) ? `"${c}"` : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      return fail('INVALID_CHARACTER', at(k), ai, `AI (${ai}) takes ${spec.charset === 'N' ? 'digits only' : 'GS1 character set 82 only'}: ${shown} is not allowed.`);
    }
  }
  if (spec.checkDigit) {
    const expected = gtinCheckDigit(value.slice(0, -1));
    if (Number(value.slice(-1)) !== expected) return fail('INVALID_CHECK_DIGIT', at(value.length - 1), ai, `AI (${ai}) ${value}: the check digit should be ${expected}.`);
  }
  const out: Gs1Element = { ai, title: spec.title, raw: value, position: aiPosition, date: null, quantity: null, measure: null, measureUnit: null, gtin: null };
  if (spec.decode === 'date') {
    const [yy, mm, dd] = [0, 2, 4].map((k) => Number(value.slice(k, k + 2))) as [number, number, number];
    if (mm < 1 || mm > 12) return fail('INVALID_DATE', at(2), ai, `AI (${ai}) ${value}: there is no month ${value.slice(2, 4)}.`);
    const year = centuryYear(yy, opts.today);
    const last = daysInMonth(year, mm);
    if (dd > last) return fail('INVALID_DATE', at(4), ai, `AI (${ai}) ${value}: ${isoDate(year, mm, 1).slice(0, 7)} has no day ${value.slice(4)}.`);
    out.date = isoDate(year, mm, dd === 0 ? last : dd);
  } else if (spec.decode === 'count') {
    out.quantity = value.replace(/^0+(?=\d)/, '');
  } else if (spec.decode === 'measure') {
    const whole = value.slice(0, value.length - spec.decimals).replace(/^0+(?=\d)/, '') || '0';
    const fraction = value.slice(value.length - spec.decimals).replace(/0+$/, '');
    out.measure = fraction ? `${whole}.${fraction}` : whole;
    out.measureUnit = spec.unit;
  } else if (spec.decode === 'gtin') {
    out.gtin = value;
  }
  return out;
}

/** The AI starting at `i` (GS1 AIs are prefix-free, so the first 2-4 digit match is the AI). */
function aiAt(s: string, i: number): AiSpec | Gs1Error {
  for (let len = 2; len <= 4; len++) {
    const spec = AI_BY_CODE.get(s.slice(i, i + len));
    if (spec) return spec;
  }
  const digits = /^\d*/.exec(s.slice(i, i + 4))?.[0] ?? '';
  if (digits.length < 2) {
    return fail('UNKNOWN_AI', i, digits || null, digits ? `"${digits}" at offset ${i} is not a whole AI.` : `An AI (digits) was expected at offset ${i}.`);
  }
  const ai = digits.slice(0, aiLengthByPrefix(digits.slice(0, 2)));
  return fail('UNKNOWN_AI', i, ai, `AI (${ai}) is not one this system reads.`);
}

function elementStringBody(s: string, start: number, opts: Gs1Options): { elements: Gs1Element[]; error: Gs1Error | null } {
  const elements: Gs1Element[] = [];
  const skip = (i: number): number => {
    for (let len = separatorAt(s, i); len > 0; len = separatorAt(s, i)) i += len;
    return i;
  };
  let i = skip(start);
  while (i < s.length) {
    const spec = aiAt(s, i);
    if ('code' in spec) return { elements, error: spec };
    const aiPosition = i;
    const from = i + spec.ai.length;
    // A variable value runs to the separator, read past its maximum so the error says how long it was.
    let end = from;
    const limit = spec.fixed ? Math.min(from + spec.length, s.length) : s.length;
    while (end < limit && separatorAt(s, end) === 0) end++;
    const result = element(spec, s.slice(from, end), aiPosition, (k) => from + k, opts);
    if ('code' in result) return { elements, error: result };
    elements.push(result);
    i = skip(end);
  }
  return { elements, error: null };
}

function humanReadableBody(s: string, start: number, opts: Gs1Options): { elements: Gs1Element[]; error: Gs1Error | null } {
  const elements: Gs1Element[] = [];
  const skipSpaces = (i: number): number => {
    while (s[i] === ' ') i++;
    return i;
  };
  let i = skipSpaces(start);
  while (i < s.length) {
    if (s[i] !== '(') return { elements, error: fail('MALFORMED', i, null, `"(" was expected at offset ${i}.`) };
    const close = s.indexOf(')', i + 1);
    const ai = close < 0 ? s.slice(i + 1) : s.slice(i + 1, close);
    if (close < 0 || !/^\d{2,4}$/.test(ai)) {
      return { elements, error: fail('MALFORMED', i + 1, null, close < 0 ? 'The AI in parentheses is not closed.' : `"(${ai})" is not an AI: an AI has 2 to 4 digits.`) };
    }
    const spec = AI_BY_CODE.get(ai);
    if (!spec) return { elements, error: fail('UNKNOWN_AI', i + 1, ai, `AI (${ai}) is not one this system reads.`) };
    let value = '';
    const offsets: number[] = [];
    let j = skipSpaces(close + 1);
    for (; j < s.length && s[j] !== '('; j++) {
      if (s[j] === '\\' && s[j + 1] === '(') j++;
      value += s.charAt(j);
      offsets.push(j);
    }
    const trimmed = value.replace(/ +$/, '');
    const result = element(spec, trimmed, i + 1, (k) => offsets[k] ?? j, opts);
    if ('code' in result) return { elements, error: result };
    elements.push(result);
    i = j;
  }
  return { elements, error: null };
}

function conflicting(elements: readonly Gs1Element[]): Gs1Error | null {
  const seen = new Map<string, string>();
  for (const e of elements) {
    const before = seen.get(e.ai);
    if (before !== undefined && before !== e.raw) return fail('CONFLICTING_AI', e.position, e.ai, `AI (${e.ai}) appears twice with different values ("${before}", "${e.raw}").`);
    seen.set(e.ai, e.raw);
  }
  return null;
}

/** Reads `raw` as GS1 data (element-string or parenthesised form, optional symbology identifier). */
export function parseGs1(raw: string, opts: Gs1Options): Gs1Parse {
  const sym = symbologyOf(raw);
  const start = sym.id ? sym.id.length : 0;
  const head = { symbology: sym.symbology, symbologyId: sym.id };
  const body = /^ *\(/.test(raw.slice(start)) ? humanReadableBody(raw, start, opts) : elementStringBody(raw, start, opts);
  if (!body.error && body.elements.length === 0) return { ...head, elements: [], error: fail('EMPTY', start, null, 'The scan holds no GS1 data.') };
  return { ...head, elements: body.elements, error: body.error ?? conflicting(body.elements) };
}

/** Decides whether a scan is GS1 data or a plain code (see the module comment), and reads it. */
export function readScan(raw: string, opts: Gs1Options): ScanRead {
  const sym = symbologyOf(raw);
  const body = sym.id ? raw.slice(sym.id.length) : raw;
  const gs1 =
    sym.gs1 ||
    (!sym.id && (/^ *\(/.test(body) || SEPARATORS.some((sep) => body.includes(sep)) || /^0[12]\d{14}/.test(body) || /^00\d{18}/.test(body)));
  if (gs1) return { format: 'GS1', ...parseGs1(raw, opts) };
  return { format: 'PLAIN', symbology: sym.symbology, symbologyId: sym.id, text: body.trim() };
}

export interface Gs1Value {
  ai: string;
  raw: string;
}

/** The element string a GS1 symbol carries: a separator only after a variable-length value that is not last. */
export function formatElementString(elements: readonly Gs1Value[], separator: string = GROUP_SEPARATOR): string {
  return elements
    .map((e, k) => {
      const spec = AI_BY_CODE.get(e.ai);
      if (!spec) throw new Error(`unknown AI ${e.ai}`);
      return e.ai + e.raw + (!spec.fixed && k < elements.length - 1 ? separator : '');
    })
    .join('');
}

/** The human-readable form, `(01)...(10)...`, with `(` in values escaped as `\(`. */
export function formatHumanReadable(elements: readonly Gs1Value[]): string {
  return elements.map((e) => `(${e.ai})${e.raw.replace(/\(/g, '\\(')}`).join('');
}

/** The table row of an AI, for callers that show titles or build test data. */
export function aiSpec(ai: string): Readonly<AiSpec> | undefined {
  return AI_BY_CODE.get(ai);
}
