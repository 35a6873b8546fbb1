import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AccessError, DomainError, DomainErrors } from '../shared/errors';
import { QUERY_LIMIT_EXCEEDED, tokenLimitError } from './query-limits';

/**
 * Shapes every error that leaves the server. Business errors never arrive here from
 * mutations (they become userErrors); those that do (a query given an unknown id)
 * keep their code as BAD_USER_INPUT. Access errors keep UNAUTHENTICATED / FORBIDDEN.
 * Anything else is an INTERNAL_SERVER_ERROR whose message is replaced, so no SQL or
 * stack trace reaches a client, except in development mode.
 */
export function formatError(log: Logger, devMode: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AccessError) {
      return { ...formatted, message: original.message, extensions: { code: original.code } };
    }
    if (original instanceof DomainError) {
      return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT', reason: original.code, field: original.field } };
    }
    if (original instanceof DomainErrors) {
      return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT', reason: original.errors[0]?.code } };
    }
    // A validation error from a query limit (query-limits.ts) keeps its own code over HTTP, where
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED.
    if (formatted.extensions?.limit !== undefined && formatted.extensions.max !== undefined) {
      return { ...formatted, extensions: { ...formatted.extensions, code: QUERY_LIMIT_EXCEEDED } };
    }
    if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' || (original instanceof GraphQLError && formatted.message.startsWith('Syntax Error'))) {
      const tokens = tokenLimitError(formatted.message, original instanceof GraphQLError ? original.source?.body : undefined);
      if (tokens) return { ...formatted, ...tokens };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      return formatted;
    }
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    if (devMode) return formatted;
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
