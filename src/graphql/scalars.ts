import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Decimal, MAX_ABS, MAX_SCALE, toText } from '../shared/decimal';

/** Output already in canonical form (what toText writes) needs no second trip through decimal.js. */
const CANONICAL_DECIMAL = /^-?(?:0|[1-9]\d{0,17})(?:\.\d{0,11}[1-9])?$/;

/**
 * Exact decimal, a string in both directions ("12.50"). Parsed values reach resolvers as
 * canonical strings (plain notation, trailing zeros dropped), which services turn into
 * decimal.js values. Input is exactly what the description says (an optional minus, digits,
 * an optional point and digits): no exponent, sign, padding or JSON number, because a
 * float has already lost precision by the time the server sees it and a lenient parser
 * accepts what a client did not mean.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: `An exact decimal number written as a string, e.g. "12.50" or "-0.125". At most ${MAX_SCALE} decimal places and an absolute value below 10^18; each field may allow fewer places (quantities follow their unit of measure, amounts the currency).`,
  serialize(value: unknown): string {
    if (typeof value === 'string' && value !== '-0' && CANONICAL_DECIMAL.test(value)) return value;
    if (value instanceof Decimal) return toText(value);
    if (typeof value === 'string' || typeof value === 'number') return toText(new Decimal(value));
    if (value && typeof value === 'object' && 'toFixed' in value) return toText(new Decimal(String(value)));
    throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
  },
  parseValue(value: unknown): string {
    return parseDecimalInput(value);
  },
  parseLiteral(ast: ValueNode): string {
    if (ast.kind === Kind.STRING) return parseDecimalInput(ast.value);
    throw new GraphQLError('Decimal must be given as a string, e.g. "12.50" (a number literal may already have lost precision).', { nodes: ast, extensions: { code: 'BAD_USER_INPUT' } });
  },
});

/** What the scalar documents and nothing else: an optional minus, digits, an optional point followed by digits. */
const DECIMAL_INPUT = /^-?\d+(?:\.\d+)?$/;

export function parseDecimalInput(value: unknown): string {
  if (typeof value !== 'string') {
    throw new GraphQLError('Decimal must be given as a string, e.g. "12.50" (a JSON number may already have lost precision).', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const text = value;
  if (text.length > 64 || !DECIMAL_INPUT.test(text)) {
    throw new GraphQLError(`${JSON.stringify(text.slice(0, 64))} is not a decimal number (expected digits with an optional point, e.g. "12.50").`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const parsed = new Decimal(text);
  if (!parsed.isFinite()) {
    throw new GraphQLError(`"${text}" is not a finite number.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (parsed.abs().gte(MAX_ABS)) {
    throw new GraphQLError(`${text} is out of range: the absolute value must be below 10^18.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (parsed.decimalPlaces() > MAX_SCALE) {
    throw new GraphQLError(`${text} has ${parsed.decimalPlaces()} decimal places; at most ${MAX_SCALE} are accepted.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return toText(parsed);
}

export const DateTimeScalar = DateTimeResolver;

/** A calendar date, YYYY-MM-DD (invoice, due and payment dates, report dates). */
export const LocalDateScalar = LocalDateResolver;
