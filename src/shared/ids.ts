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

export function fromGlobalId(globalId: string): ParsedGlobalId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = text.indexOf(':');
  if (sep <= 0) return null;
  const type = text.slice(0, sep);
  const id = text.slice(sep + 1);
  if (!/^[A-Za-z]+$/.test(type) || !/^[1-9]\d{0,18}$/.test(id)) return null;
  return { type, id };
}
