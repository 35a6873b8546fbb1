import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { Principal } from '../auth/principal';
import type { Config } from '../config/config';

const asked = new WeakMap<DocumentNode, boolean>();

/**
 * Whether the document asks for the schema (`__schema` or `__type`; `__typename` is data, not
 * introspection). Remembered per parsed document: Apollo hands the same one for the same text.
 */
export function asksForSchema(document: DocumentNode): boolean {
  let known = asked.get(document);
  if (known === undefined) asked.set(document, (known = walkAsksForSchema(document)));
  return known;
}

function walkAsksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Introspection by the INTROSPECTION setting: `authenticated` (default) answers it for any
 * valid access key and refuses it to anonymous clients, `all` answers everyone, `none`
 * no one. Applied to HTTP requests (an Apollo plugin) and WebSocket operations alike.
 */
export function refuseIntrospection(mode: Config['introspection'], principal: Principal | null, document: DocumentNode): GraphQLError | null {
  if (mode === 'all' || (mode === 'authenticated' && principal !== null)) return null;
  if (!asksForSchema(document)) return null;
  return mode === 'none'
    ? new GraphQLError('Introspection is turned off on this server (INTROSPECTION=none).', { extensions: { code: 'FORBIDDEN' } })
    : new GraphQLError('Introspection needs an access key: send Authorization: Bearer <key>.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
