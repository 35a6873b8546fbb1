import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { CommonErrorCode, DomainError } from '../shared/errors';

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 250;

type Key = string | number;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainError(CommonErrorCode.INVALID, `first must be between 1 and ${MAX_PAGE_SIZE}.`, { field: ['first'] });
  }
  return first;
}

export function encodeCursor(sortValue: Key, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [Key, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && (typeof value[0] === 'string' || typeof value[0] === 'number') && typeof value[1] === 'string' && /^\d+$/.test(value[1])) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw new DomainError(CommonErrorCode.INVALID, 'after is not a cursor returned by this list.', { field: ['after'] });
}

/**
 * Keyset pagination over an entity: ordered by `sortField` then id, both ascending,
 * resuming strictly after the cursor's (value, id) pair. Offsets are never used, so a
 * page deep in a large table costs the same as the first one and rows inserted
 * meanwhile neither repeat nor vanish.
 */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  request: PageRequest,
  sortField: keyof T & string = 'id',
): Promise<Page<T>> {
  const limit = pageSize(request.first);
  let filter = where;
  if (request.after) {
    const [value, id] = decodeCursor(request.after);
    const after =
      sortField === 'id'
        ? { id: { $gt: id } }
        : { $or: [{ [sortField]: { $gt: value } }, { [sortField]: value, id: { $gt: id } }] };
    filter = { $and: [where, after] } as unknown as FilterQuery<T>;
  }
  const rows = await em.find(entity, filter, {
    orderBy: (sortField === 'id' ? { id: 'asc' } : { [sortField]: 'asc', id: 'asc' }) as never,
    limit: limit + 1,
  });
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  return {
    nodes,
    cursors: nodes.map((n) => encodeCursor(sortField === 'id' ? n.id : (n[sortField] as Key), n.id)),
    hasNextPage,
    hasPreviousPage: Boolean(request.after),
    totalCount: () => em.count(entity, where),
  };
}

/** `text` as a literal inside a LIKE / ILIKE pattern: its `%`, `_` and `\` match only themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The filter clause of a list searched by text: `search` anywhere in any of `fields`, in any case. */
export function containsAny(fields: readonly string[], search: string): Record<string, unknown> {
  const like = `%${escapeLike(search)}%`;
  return { $or: fields.map((field) => ({ [field]: { $ilike: like } })) };
}
