import { DomainError } from '../shared/errors';
import { sqlStateOf } from './transaction';

/**
 * Turns a unique-constraint violation into a business error. Services check for
 * duplicates first (for a friendly message); this catches the race where two requests
 * pass that check together and the database index decides.
 */
export async function mapUniqueViolation<T>(work: () => Promise<T>, byConstraint: Record<string, () => DomainError>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (sqlStateOf(err) === '23505') {
      const text = `${(err as Error).message} ${String((err as { constraint?: string }).constraint ?? '')}`;
      for (const [name, make] of Object.entries(byConstraint)) {
        if (text.includes(name)) throw make();
      }
    }
    throw err;
  }
}
