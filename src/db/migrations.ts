import type { Logger } from 'pino';
import type { Database } from './orm';

const MIGRATION_LOCK = 7_240_000;

/** Applies every pending migration, one node at a time. */
export async function migrate(db: Database, log: Logger): Promise<string[]> {
  return db.exclusive(MIGRATION_LOCK, async () => {
    const applied = await db.orm.getMigrator().up();
    const names = applied.map((m) => m.name);
    if (names.length > 0) log.info({ applied: names }, 'database migrated');
    return names;
  });
}

export async function pendingMigrations(db: Database): Promise<string[]> {
  const pending = await db.orm.getMigrator().getPendingMigrations();
  return pending.map((m) => m.name);
}
