import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { RETRY_AFTER_SECONDS, ServiceUnavailableError, type UnavailableReason, unavailableExtensions, unavailableReason } from '../db/unavailable';
import { AccessError, DomainError, DomainErrors } from '../shared/errors';
import { QUERY_LIMIT_EXCEEDED, tokenLimitError } from './query-limits';

/**
 * Shapes every error that leaves the server. Business errors never arrive here from
 * mutations (they become userErrors); those that do (a query given an unknown id)
 * keep their code as BAD_USER_INPUT. Access errors keep UNAUTHENTICATED / FORBIDDEN.
 * Anything else is an INTERNAL_SERVER_ERROR whose message is replaced, so no SQL or
 * stack trace reaches a client, except in development mode.
 *
 * A database that cannot be reached (db/unavailable.ts decides) is SERVICE_UNAVAILABLE, with
 * the reason (DATABASE_UNAVAILABLE or SHUTTING_DOWN): the client should retry later. Over
 * HTTP the response is then a 503 with Retry-After: the error carries them in its `http`
 * extension (db/unavailable.ts marks it where it arises), which Apollo reads.
 */
export function formatError(log: Logger, devMode: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const unavailable = unavailableReason(original);
    if (unavailable) {
      log.warn({ err: original, path: formatted.path, reason: unavailable }, 'request not served: the service is unavailable');
      return {
        message: original instanceof ServiceUnavailableError ? original.message : UNAVAILABLE_MESSAGE[unavailable],
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: SERVICE_UNAVAILABLE, reason: unavailable, retryAfterSeconds: RETRY_AFTER_SECONDS[unavailable] },
      };
    }
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

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

const UNAVAILABLE_MESSAGE: Record<UnavailableReason, string> = {
  DATABASE_UNAVAILABLE: 'The database is unreachable at the moment. Retry the request later.',
  SHUTTING_DOWN: 'The server is shutting down and could not complete the request. Retry it.',
};

/** A GraphQL error for an outage found outside execution (authenticating the request's key). */
export function serviceUnavailable(reason: UnavailableReason, cause?: unknown): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE[reason], {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { ...unavailableExtensions(reason) },
  });
}
