/**
 * GS1 identification keys. A GTIN (8, 12, 13 or 14 digits) ends in a mod-10 check digit
 * computed with weights 3,1,3,1... from the right-most data digit. All four lengths
 * name the same key space: left-padded with zeros to 14 digits they compare equal
 * (UPC-A 012345678905 is EAN-13 0012345678905 is GTIN-14 00012345678905).
 */
export type GtinKind = 'GTIN_8' | 'GTIN_12' | 'GTIN_13' | 'GTIN_14';

const KIND_BY_LENGTH: Record<number, GtinKind> = { 8: 'GTIN_8', 12: 'GTIN_12', 13: 'GTIN_13', 14: 'GTIN_14' };

export function gtinCheckDigit(dataDigits: string): number {
  let total = 0;
  for (let i = dataDigits.length - 1, weight = 3; i >= 0; i--, weight = weight === 3 ? 1 : 3) {
    total += Number(dataDigits[i]) * weight;
  }
  return (10 - (total % 10)) % 10;
}

/** True when `code` has the shape of a GTIN (all digits, length 8, 12, 13 or 14). */
export function looksLikeGtin(code: string): boolean {
  return /^\d+$/.test(code) && KIND_BY_LENGTH[code.length] !== undefined;
}

export type GtinCheck = { ok: true; kind: GtinKind; gtin14: string } | { ok: false; reason: string; expectedCheckDigit?: number };

export function checkGtin(code: string): GtinCheck {
  if (!/^\d+$/.test(code)) return { ok: false, reason: 'a GTIN has digits only' };
  const kind = KIND_BY_LENGTH[code.length];
  if (!kind) return { ok: false, reason: `a GTIN has 8, 12, 13 or 14 digits, not ${code.length}` };
  const expected = gtinCheckDigit(code.slice(0, -1));
  if (Number(code[code.length - 1]) !== expected) {
    return { ok: false, reason: `the check digit should be ${expected}`, expectedCheckDigit: expected };
  }
  return { ok: true, kind, gtin14: code.padStart(14, '0') };
}

/**
 * The key a scanned code is stored and looked up under: a GTIN of any length as its
 * 14-digit form, anything else (Code 128 internal labels) as written.
 */
export function barcodeLookupKey(code: string): string {
  const trimmed = code.trim();
  return looksLikeGtin(trimmed) ? trimmed.padStart(14, '0') : trimmed;
}
