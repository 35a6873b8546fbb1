import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, Lexer, Source, TokenKind, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config/config';

/** The error code of a document over a limit (`extensions.limit` says which, `max` and `found` by how much). */
export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

/**
 * Depth and alias limits (graphql-armor's rules), as validation rules: they run once per
 * distinct document (Apollo caches validated documents), over HTTP and over WebSocket, and
 * refuse the whole operation before anything executes. The rejection is reported as a
 * GraphQLError carrying `limit`, `max` and `found`; formatError gives it its own code.
 */
export function queryLimitRules(config: Pick<Config, 'maxQueryDepth' | 'maxQueryAliases'>): ValidationRule[] {
  const report = (limit: 'depth' | 'aliases', max: number) => (context: ValidationContext | null, err: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(err.message)?.[1] ?? NaN);
    context?.reportError(
      new GraphQLError(`The operation's ${limit === 'depth' ? 'depth' : 'number of aliases'} is ${found}; at most ${max} are allowed.`, {
        extensions: { code: QUERY_LIMIT_EXCEEDED, limit, max, found },
      }),
    );
  };
  return [
    maxDepthRule({ n: config.maxQueryDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [report('depth', config.maxQueryDepth)] }),
    maxAliasesRule({ n: config.maxQueryAliases, propagateOnRejection: false, onReject: [report('aliases', config.maxQueryAliases)] }),
  ];
}

const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/; // graphql 16 spells it "more that"

/** How many lexical tokens `body` holds (only counted for a document already refused, to say by how much). */
export function countTokens(body: string): number | null {
  try {
    const lexer = new Lexer(new Source(body));
    let n = 0;
    while (lexer.advance().kind !== TokenKind.EOF) n++;
    return n;
  } catch {
    return null;
  }
}

/**
 * The parser's refusal of a document over MAX_QUERY_TOKENS (graphql's `maxTokens` parse
 * option, over HTTP and WebSocket), restated as a query limit: which limit, the maximum, and
 * how many tokens the document has. Null for any other error.
 */
export function tokenLimitError(message: string, source: string | undefined): { message: string; extensions: Record<string, unknown> } | null {
  const match = TOO_MANY_TOKENS.exec(message);
  if (!match) return null;
  const max = Number(match[1]);
  const found = source === undefined ? null : countTokens(source);
  return {
    message: `The operation has ${found ?? `more than ${max}`} tokens; at most ${max} are allowed.`,
    extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'tokens', max, found },
  };
}
