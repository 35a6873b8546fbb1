import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { IsolationLevel } from '@mikro-orm/core';
import type { ServiceContext, TransactionState, TxContext } from '../shared/context';
import { isInTransaction } from '../shared/context';
import { rawTransaction, transactionConnection } from './sql';
import { commandStats, statementsOn } from './stats';
import { ServiceUnavailableError, unavailableReason } from './unavailable';

/**
 * One command, one transaction.
 *
 * Propagation: a call made while a transaction is open JOINS it (the caller's TxContext
 * is passed through); there are no nested savepoints, so a failure anywhere rolls back
 * the whole command. A new transaction always runs on a fresh fork of the
 * EntityManager, so entities from a failed attempt never leak into the next one.
 *
 * Isolation is READ COMMITTED with explicit row locks taken by the services in a fixed
 * order (see each module's locks.ts). A deadlock or serialization failure retries the
 * whole command from the start; commands are idempotent, so this is safe.
 *
 * Shutdown: once the grace time is over (server/http.ts), `abortCommands` marks the
 * database. From then on no command starts, none that is still running commits (the check
 * comes just before COMMIT is sent) and none retries; PostgreSQL sessions in the middle of
 * one are terminated (db/orm.ts), so whatever they wrote rolls back.
 */
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

export interface TransactionOptions {
  /**
   * Run on a raw driver connection (db/sql.ts rawTransaction), skipping MikroORM's unit of
   * work, for commands that write through db/sql.ts only: the stock documents.
   */
  raw?: boolean;
  /** Claim the idempotency key in the command's own first statement (db/command.ts PendingKey), not a statement of its own. */
  claimKey?: boolean;
}

const aborted = new WeakSet<object>();

/** No command on this database starts, commits or retries any more (the server is stopping and its grace is over). */
export function abortCommands(orm: MikroORM): void {
  aborted.add(orm.em.getConnection());
}

function commandsAborted(em: EntityManager): boolean {
  return aborted.has(em.getConnection());
}

const SHUTDOWN_ROLLED_BACK = 'The server is shutting down and cancelled this command before it committed: nothing was recorded. Retry it.';
const SHUTDOWN_IN_COMMIT = 'The server is shutting down and cancelled this command while it was committing: it may or may not have been recorded. Retry it with the same idempotency key (a replay returns the first result).';
const LOST_ROLLED_BACK = 'The database is unreachable: the command was not recorded. Retry it later.';
const LOST_IN_COMMIT = 'The database connection was lost while the command was committing: it may or may not have been recorded. Retry it with the same idempotency key (a replay returns the first result).';

export async function inTransaction<T>(ctx: ServiceContext, body: (tx: TxContext) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  if (isInTransaction(ctx)) return body(ctx);

  for (let attempt = 1; ; attempt++) {
    if (commandsAborted(ctx.em)) throw new ServiceUnavailableError('SHUTTING_DOWN', SHUTDOWN_ROLLED_BACK);
    const state: TransactionState = { beforeCommit: [], afterCommit: [], memo: new Map(), now: new Date() };
    let statements = 0;
    // Set just before COMMIT is sent: a failure after that leaves the outcome unknown.
    let committing = false;
    try {
      const result = options.raw
        ? await rawTransaction(ctx.em, async (em, conn) => {
            // Checked again once the connection is ours: a command may have waited for it.
            if (commandsAborted(ctx.em)) throw new ServiceUnavailableError('SHUTTING_DOWN', SHUTDOWN_ROLLED_BACK);
            const before = statementsOn(conn);
            const tx: TxContext = { ...ctx, em, tx: state };
            const value = await body(tx);
            for (const hook of state.beforeCommit) await hook();
            // BEGIN came before `before`; COMMIT comes after.
            statements = statementsOn(conn) - before + 2;
            if (commandsAborted(ctx.em)) throw new ServiceUnavailableError('SHUTTING_DOWN', SHUTDOWN_ROLLED_BACK);
            committing = true;
            return value;
          })
        : await ctx.em.fork({ clear: true }).transactional(
        async (em) => {
          if (commandsAborted(ctx.em)) throw new ServiceUnavailableError('SHUTTING_DOWN', SHUTDOWN_ROLLED_BACK);
          const conn = await transactionConnection(em as EntityManager);
          const before = statementsOn(conn);
          const tx: TxContext = { ...ctx, em: em as EntityManager, tx: state };
          const value = await body(tx);
          await em.flush();
          for (const hook of state.beforeCommit) await hook();
          await em.flush();
          // BEGIN came before `before`; COMMIT comes after: one each.
          statements = statementsOn(conn) - before + 2;
          if (commandsAborted(ctx.em)) throw new ServiceUnavailableError('SHUTTING_DOWN', SHUTDOWN_ROLLED_BACK);
          committing = true;
          return value;
        },
        { isolationLevel: IsolationLevel.READ_COMMITTED },
      );
      commandStats.committed++;
      commandStats.statements += statements;
      for (const hook of state.afterCommit) {
        try {
          hook();
        } catch (err) {
          ctx.log.error({ err }, 'after-commit hook failed');
        }
      }
      return result;
    } catch (err) {
      commandStats.rolledBack++;
      if (err instanceof ServiceUnavailableError) throw err;
      if (commandsAborted(ctx.em)) throw new ServiceUnavailableError('SHUTTING_DOWN', committing ? SHUTDOWN_IN_COMMIT : SHUTDOWN_ROLLED_BACK, { cause: err });
      if (unavailableReason(err)) throw new ServiceUnavailableError('DATABASE_UNAVAILABLE', committing ? LOST_IN_COMMIT : LOST_ROLLED_BACK, { cause: err });
      if (attempt < MAX_ATTEMPTS && isRetryable(err)) {
        commandStats.retries++;
        ctx.log.warn({ attempt, sqlState: sqlStateOf(err) }, 'transaction conflict, retrying the command');
        await sleep(5 * attempt + Math.random() * 20 * attempt);
        continue;
      }
      throw err;
    }
  }
}

export function sqlStateOf(err: unknown): string | undefined {
  const e = err as { code?: unknown; sqlState?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return undefined;
  if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  if (e.cause) return sqlStateOf(e.cause);
  return undefined;
}

function isRetryable(err: unknown): boolean {
  const state = sqlStateOf(err);
  return state !== undefined && RETRYABLE_SQLSTATES.has(state);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
