import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql';

/**
 * Reserves the next id of a table (its bigserial sequence) before the row is written,
 * so a document and the journal entry that names it can refer to each other without
 * an UPDATE of either (journal entries and stock moves are append-only).
 */
export async function reserveId(em: EntityManager, table: string): Promise<string> {
  const row = await queryOne<{ id: string }>(em, `select nextval(pg_get_serial_sequence(?, 'id'))::text as id`, [table]);
  return (row as { id: string }).id;
}

/**
 * The next human document number for a prefix, e.g. RC-000042. Numbers come from a
 * PostgreSQL sequence: unique and rising, not gap-free (a rolled-back document skips a
 * number). Journal entry numbers, which must be gap-free, use a locked counter instead.
 */
export async function nextDocumentNumber(em: EntityManager, prefix: string): Promise<string> {
  const row = await queryOne<{ n: string }>(em, `select nextval(?)::text as n`, [`document_number_${prefix.toLowerCase()}`]);
  return `${prefix}-${(row as { n: string }).n.padStart(6, '0')}`;
}
