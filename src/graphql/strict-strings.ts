import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { CommonErrorCode, DomainError } from '../shared/errors';

/**
 * C0 control characters and DEL, except tab, line feed and carriage return. No code, name,
 * SKU, lot, serial, reference or memo has a use for them; NUL cannot even be stored in a
 * PostgreSQL text column.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** The same without U+001D, the group separator a scanner sends for GS1's FNC1. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_BUT_GS = /[\u0000-\u0008\u000B\u000C\u000E-\u001C\u001E\u001F\u007F]/;

/** Fields ("Query.scanParse") whose arguments carry raw scans, so may hold U+001D. */
const SCAN_FIELDS = new Set<string>();

/** Lets the arguments of a field that takes raw scanner input hold the GS1 group separator (U+001D). */
export function permitGroupSeparator(coordinate: string): void {
  SCAN_FIELDS.add(coordinate);
}

/** The path (as in userErrors' `field`) of the first string in `value` holding a control character, or null. */
export function controlCharacterAt(value: unknown, at: string[], pattern: RegExp = CONTROL): { field: string[]; code: number } | null {
  if (typeof value === 'string') {
    const m = pattern.exec(value);
    return m ? { field: at, code: m[0].charCodeAt(0) } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharacterAt(value[i], [...at, String(i)], pattern);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      const found = controlCharacterAt(v, [...at, k], pattern);
      if (found) return found;
    }
  }
  return null;
}

/** The same walk without building paths: the common case (nothing found) allocates nothing. */
function hasControlCharacter(value: unknown, pattern: RegExp): boolean {
  if (typeof value === 'string') return pattern.test(value);
  if (Array.isArray(value)) return value.some((v) => hasControlCharacter(v, pattern));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const k in value) if (hasControlCharacter((value as Record<string, unknown>)[k], pattern)) return true;
  }
  return false;
}

function refuseControlCharacters(args: Record<string, unknown>, pattern: RegExp): void {
  if (!hasControlCharacter(args, pattern)) return;
  const found = controlCharacterAt(args, [], pattern);
  if (!found) return;
  const hex = found.code.toString(16).toUpperCase().padStart(4, '0');
  throw new DomainError(CommonErrorCode.INVALID, `${found.field.join('.')} contains the control character U+${hex}, which no text input accepts.`, { field: found.field });
}

/**
 * One place for every string argument of every field (queries, mutations, subscriptions,
 * nested fields with arguments), over HTTP and WebSocket alike: before a resolver (or a
 * subscription's subscribe) runs, its coerced arguments are checked, and a control
 * character anywhere in them is refused with BAD_USER_INPUT naming the argument's path.
 * Fields without arguments are left as they are. Fields registered with
 * `permitGroupSeparator` (raw scans) also accept U+001D and nothing else.
 */
export function refuseControlCharactersInArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const pattern = SCAN_FIELDS.has(`${type.name}.${field.name}`) ? CONTROL_BUT_GS : CONTROL;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = ((root, args, context, info) => {
        refuseControlCharacters(args, pattern);
        return resolve(root, args, context, info);
      }) as GraphQLFieldResolver<unknown, unknown>;
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = ((root, args, context, info) => {
          refuseControlCharacters(args, pattern);
          return subscribe(root, args, context, info);
        }) as GraphQLFieldResolver<unknown, unknown>;
      }
    }
  }
}
