import {
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../db/pagination';
import { QUERY_LIMIT_EXCEEDED } from './query-limits';

/**
 * What an operation costs before it runs, so one request cannot ask for a million rows.
 *
 * - An object (or interface, union) field costs 1 plus what it selects; a scalar or enum field
 *   costs nothing, but each element of a list costs at least 1.
 * - A field with a `first` argument (a connection) multiplies what it selects by `first`
 *   (by the default page size when it is not given): `items(first: 250) { edges { node { ... } } }`
 *   costs 250 times the node. The connection's own `edges` / `nodes` lists do not multiply again.
 * - A list field with a list argument (`availability(skus: [...])`, `nodes(ids: [...])`)
 *   multiplies by the longest list given: one answer per id asked.
 * - Introspection fields (`__schema`, `__type`) cost nothing: the schema bounds them.
 * - Any other list (an item's stock per warehouse, a lot's moves) multiplies by
 *   `NESTED_LIST_SIZE`: it is unbounded in principle, so it is priced as a short list.
 *
 * Arguments given as variables are counted with the request's values, so the cost is
 * computed per request (after validation) and not once per document.
 */
export const NESTED_LIST_SIZE = 10;

function listType(type: GraphQLType): boolean {
  return isListType(getNullableType(type));
}

function inConnection(args: ComplexityEstimatorArgs): boolean {
  return args.type.name.endsWith('Connection') || args.type.name.endsWith('Payload');
}

function multiplier(args: ComplexityEstimatorArgs): number {
  const { field } = args;
  if (field.args.some((a) => a.name === 'first')) {
    const first = args.args.first;
    return typeof first === 'number' && first > 0 ? first : DEFAULT_PAGE_SIZE;
  }
  if (!listType(field.type)) return 1;
  let longest = -1;
  for (const value of Object.values(args.args)) if (Array.isArray(value)) longest = Math.max(longest, value.length);
  if (longest >= 0) return longest;
  return inConnection(args) ? 1 : NESTED_LIST_SIZE;
}

export function fieldCost(args: ComplexityEstimatorArgs): number {
  // Introspection is bounded by the schema's size (and gated by INTROSPECTION), not priced.
  if (args.field.name.startsWith('__')) return 0;
  const type = (args.field as GraphQLField<unknown, unknown>).type;
  if (!isCompositeType(getNamedType(type))) return 0;
  const times = multiplier(args);
  // Each element of a list (each row of a page) costs at least 1, even when only scalars are asked of it.
  return 1 + (times === 1 && !listType(type) && !args.field.args.some((a) => a.name === 'first') ? args.childComplexity : times * Math.max(args.childComplexity, 1));
}

const estimators = [fieldCost];

/** The cost of the operation `operationName` of `document` with these variables (graphql-query-complexity). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators });
}

/**
 * What of the variables can change the cost: a number (a `first`) and a list's length (ids
 * asked). Anything else (strings, input objects) cannot, since only top-level arguments
 * are read by `fieldCost`.
 */
function costKey(operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
  let key = operationName ?? '';
  if (variables) {
    for (const name in variables) {
      const value = variables[name];
      if (typeof value === 'number') key += `|${name}=${value}`;
      else if (Array.isArray(value)) key += `|${name}#${value.length}`;
    }
  }
  return key;
}

const KEYS_PER_DOCUMENT = 64;

/**
 * `operationCost`, remembered per parsed document (Apollo hands the same DocumentNode for
 * the same query text) and per cost-relevant shape of the variables: a storefront sending
 * one query with different SKUs pays for the walk once per number of SKUs, not per request.
 */
export type CostOf = (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null) => number;

export function costMemo(schema: GraphQLSchema): CostOf {
  const byDocument = new WeakMap<DocumentNode, Map<string, number>>();
  return (document, variables, operationName) => {
    let known = byDocument.get(document);
    if (!known) byDocument.set(document, (known = new Map()));
    const key = costKey(operationName, variables);
    let cost = known.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, variables, operationName);
      if (known.size >= KEYS_PER_DOCUMENT) known.clear();
      known.set(key, cost);
    }
    return cost;
  };
}

/**
 * Null when the operation is within `max`, else the error to answer with. An operation whose
 * variables do not coerce is let through: execution reports that error in its usual words.
 */
export function refuseCostly(
  cost: CostOf,
  max: number,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): GraphQLError | null {
  let found: number;
  try {
    found = cost(document, variables, operationName);
  } catch {
    return null;
  }
  if (found <= max) return null;
  return new GraphQLError(
    `The operation's cost is ${found}; at most ${max} is allowed. Ask for smaller pages (first), fewer ids, or fewer nested lists.`,
    { extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'cost', max, found, http: { status: 400 } } },
  );
}
