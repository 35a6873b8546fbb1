import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs raw SQL through the entity manager's current connection (inside its transaction
 * when there is one). PostgreSQL (pg) and PGlite disagree on raw types: int8 is a string
 * in one and a number in the other, timestamps a string or a Date. Queries therefore cast
 * ids and counts explicitly (`id::text`, `count(*)::int`) and read times with `toDate`.
 */
export async function query<T extends object>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const rows = await em.getConnection().execute<T[]>(sql, params as unknown[], 'all', em.getTransactionContext());
  return rows;
}

export async function queryOne<T extends object>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
  const rows = await query<T>(em, sql, params);
  return rows[0];
}

export async function execute(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<number> {
  const res = await em.getConnection().execute<{ affectedRows: number }>(sql, params as unknown[], 'run', em.getTransactionContext());
  return res.affectedRows;
}

export function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value);
}
