import { type Decimal, MAX_ABS, dec } from './decimal';
import { DomainError } from './errors';

/** The codes every module's error enum carries for plain input checks. */
export interface InputErrorCodes {
  REQUIRED: string;
  TOO_LONG: string;
  INVALID: string;
}

export type FieldPath = readonly string[];

/** Trims and checks a required text field: not empty, at most `max` characters, no control characters. */
export function requireText(value: string | null | undefined, field: FieldPath, opts: { max: number; code: InputErrorCodes; pattern?: RegExp; patternHint?: string }): string {
  const text = (value ?? '').trim();
  if (text.length === 0) throw new DomainError(opts.code.REQUIRED, `${label(field)} must not be empty.`, { field });
  return checkText(text, field, opts);
}

/** Like requireText, but empty or absent becomes null. */
export function optionalText(value: string | null | undefined, field: FieldPath, opts: { max: number; code: InputErrorCodes; pattern?: RegExp; patternHint?: string }): string | null {
  const text = (value ?? '').trim();
  if (text.length === 0) return null;
  return checkText(text, field, opts);
}

function checkText(text: string, field: FieldPath, opts: { max: number; code: InputErrorCodes; pattern?: RegExp; patternHint?: string }): string {
  if (text.length > opts.max) {
    throw new DomainError(opts.code.TOO_LONG, `${label(field)} is ${text.length} characters long; at most ${opts.max} are allowed.`, { field });
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
    throw new DomainError(opts.code.INVALID, `${label(field)} contains control characters.`, { field });
  }
  if (opts.pattern && !opts.pattern.test(text)) {
    throw new DomainError(opts.code.INVALID, `${label(field)} "${text.slice(0, 50)}" is not valid${opts.patternHint ? `: ${opts.patternHint}` : ''}.`, { field });
  }
  return text;
}

/** A decimal from the API (already range-checked by the scalar) with this field's own rules. */
export function requireDecimal(
  value: string | null | undefined,
  field: FieldPath,
  opts: { code: InputErrorCodes & { NOT_POSITIVE?: string }; scale: number; positive?: boolean; nonNegative?: boolean; scaleHint?: string },
): Decimal {
  if (value === null || value === undefined || value === '') {
    throw new DomainError(opts.code.REQUIRED, `${label(field)} is required.`, { field });
  }
  const d = dec(value);
  if (!d.isFinite() || d.abs().gte(MAX_ABS)) throw new DomainError(opts.code.INVALID, `${label(field)} is out of range.`, { field });
  if (d.decimalPlaces() > opts.scale) {
    throw new DomainError(opts.code.INVALID, `${label(field)} ${value} has more than ${opts.scale} decimal places${opts.scaleHint ? ` (${opts.scaleHint})` : ''}.`, { field });
  }
  if (opts.positive && !d.gt(0)) {
    throw new DomainError(opts.code.NOT_POSITIVE ?? opts.code.INVALID, `${label(field)} must be greater than zero, got ${value}.`, { field });
  }
  if (opts.nonNegative && d.lt(0)) {
    throw new DomainError(opts.code.NOT_POSITIVE ?? opts.code.INVALID, `${label(field)} must not be negative, got ${value}.`, { field });
  }
  return d;
}

export function label(field: FieldPath): string {
  const last = [...field].reverse().find((p) => !/^\d+$/.test(p));
  return last ?? 'value';
}
