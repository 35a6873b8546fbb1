import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal';
import type { Config } from '../config/config';

/**
 * What every service method receives first: who is calling, where to log, and an
 * EntityManager. Outside a command the EntityManager is the request's read fork; inside
 * one it is the transaction's (see db/transaction.ts). Services never see GraphQL.
 */
export interface ServiceContext {
  readonly requestId: string;
  readonly principal: Principal | null;
  readonly em: EntityManager;
  readonly log: Logger;
  readonly config: Config;
  /** Present while a command's transaction is open. */
  readonly tx?: TransactionState;
  /**
   * Rows a command wrote, as the database returned them, keyed "Entity:id": the mutation's
   * payload is shaped from them instead of reading them back (set by the command just
   * before COMMIT; read only after it committed).
   */
  readonly written?: Map<string, Record<string, unknown>>;
}

export interface TransactionState {
  /** Work to run inside the transaction, after the command body and before COMMIT (outbox rows). */
  readonly beforeCommit: Array<() => Promise<void>>;
  /** Local work to run once the transaction has committed (cache invalidation). Never I/O that must not be lost. */
  readonly afterCommit: Array<() => void>;
  /** Free-form per-transaction memo, e.g. so the outbox registers its hook once. */
  readonly memo: Map<string, unknown>;
  /** The time the command was recorded (one clock read per command). */
  readonly now: Date;
}

export type TxContext = ServiceContext & { readonly tx: TransactionState };

export function isInTransaction(ctx: ServiceContext): ctx is TxContext {
  return ctx.tx !== undefined;
}
