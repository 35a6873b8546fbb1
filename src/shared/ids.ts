/**
 * Opaque global ids for the GraphQL Node interface: base64url("Type:databaseId").
 * Clients must treat them as opaque; the encoding lets the server route `node(id:)`.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface ParsedGlobalId {
  type: string;
  id: string;
}

/** Largest PostgreSQL bigint: a larger id names no row (and must not reach SQL). */
const MAX_BIGINT = 9223372036854775807n;

export function fromGlobalId(globalId: string): ParsedGlobalId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = text.indexOf(':');
  if (sep <= 0) return null;
  const type = text.slice(0, sep);
  const id = text.slice(sep + 1);
  if (!/^[A-Za-z]+$/.test(type) || !/^[1-9]\d{0,18}$/.test(id) || BigInt(id) > MAX_BIGINT) return null;
  return { type, id };
}
