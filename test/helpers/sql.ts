import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../src/db/sql';
import type { TestApp } from './app';

/** Reads the database directly (to prove a failed command wrote nothing). */
export async function sql<T extends object>(t: TestApp, text: string, params: unknown[] = []): Promise<T[]> {
  return query<T>(t.app.db.orm.em.fork() as EntityManager, text, params);
}

export async function countRows(t: TestApp, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const rows = await sql<{ n: number }>(t, `select count(*)::int as n from ${table} where ${where}`, params);
  return rows[0]?.n ?? 0;
}
