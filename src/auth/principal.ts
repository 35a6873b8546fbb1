import { AccessError } from '../shared/errors';
import { type Role, type Scope, scopesOf } from './roles';

/** Who is calling: the access key that authenticated the request. */
export interface Principal {
  readonly keyId: string;
  readonly keyName: string;
  readonly role: Role;
  /** Set for PARTNER keys: the only partner whose documents this key may see. */
  readonly partnerId: string | null;
  /** Set for STOREFRONT keys: the only sales channel whose orders this key may place and see. */
  readonly channelId: string | null;
  readonly scopes: ReadonlySet<Scope>;
}

export function principalFor(key: { id: string; name: string; role: Role; partnerId: string | null; channelId: string | null }): Principal {
  return { keyId: key.id, keyName: key.name, role: key.role, partnerId: key.partnerId, channelId: key.channelId, scopes: scopesOf(key.role) };
}

/** The actor recorded on documents, moves and journal entries. */
export function actorOf(principal: Principal | null): string {
  return principal ? `key:${principal.keyId}` : 'system';
}

export function hasScope(principal: Principal | null, scope: Scope): boolean {
  return principal !== null && principal.scopes.has(scope);
}

/** For services that need a check beyond the schema's declaration (a partner's own records). */
export function requireScope(principal: Principal | null, scope: Scope): Principal {
  if (principal === null) throw new AccessError('UNAUTHENTICATED', 'An access key is required: send Authorization: Bearer <key>.');
  if (!principal.scopes.has(scope)) throw new AccessError('FORBIDDEN', `This access key (${principal.role}) may not do this: it needs ${scope}.`);
  return principal;
}
