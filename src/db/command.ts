import crypto from 'node:crypto';
import type { ServiceContext, TxContext } from '../shared/context';
import { CommonErrorCode, DomainError, DomainErrors } from '../shared/errors';
import { queryOne } from './sql';
import { type TransactionOptions, inTransaction } from './transaction';

export interface CommandSpec {
  /** Stable command name, e.g. 'inventory.receive'. */
  command: string;
  idempotencyKey?: string | null;
  /** The command's input as the client sent it; its hash tells a replay from a reuse. */
  input: unknown;
}

export interface CommandOutcome<R> {
  result: R;
  /** True when the result was stored by an earlier call with the same key. */
  replayed: boolean;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * An idempotency key the command claims in its own first statement (TransactionOptions
 * `claimKey`: the stock documents, whose state read inserts the key row), so a keyed
 * command costs no round trip more than an unkeyed one. Until `claimedId` is set the
 * command must not write; the write statement stores the result too when it can.
 */
export interface PendingKey {
  readonly owner: string;
  readonly key: string;
  readonly command: string;
  readonly requestHash: string;
  claimedId: string | null;
  /** Set when the command's own write statement stored its result. */
  stored: boolean;
}

const PENDING_KEY = 'idempotency.pending';

/** The key a command must claim in its first statement, if it has one. */
export function pendingKey(tx: TxContext): PendingKey | undefined {
  return tx.tx.memo.get(PENDING_KEY) as PendingKey | undefined;
}

/** Thrown by the claiming statement when the key exists already: the command rolls back and replays. */
export class KeyTaken extends Error {
  constructor() {
    super('the idempotency key was taken by an earlier command');
  }
}

const INSERT_KEY = `insert into idempotency_keys (owner, key, command, request_hash) values (?, ?, ?, ?)
  on conflict (owner, key) do nothing returning id::text as id`;
const PRIOR = 'select command, request_hash, result from idempotency_keys where owner = ? and key = ?';
const STORE_RESULT = 'update idempotency_keys set result = ?::jsonb where id = ?';

/**
 * Runs a command in one transaction with an optional idempotency key. The key row is
 * inserted first: a concurrent request with the same key waits on the unique index until
 * the first one commits (then replays its result) or rolls back (then runs itself).
 * The same key with a different input is refused with IDEMPOTENCY_KEY_REUSED.
 * Results must be plain JSON (ids and strings), because a replay returns the stored copy.
 */
export async function runCommand<R>(ctx: ServiceContext, spec: CommandSpec, body: (tx: TxContext) => Promise<R>, options: TransactionOptions = {}): Promise<CommandOutcome<R>> {
  const key = spec.idempotencyKey ?? null;
  if (key === null) {
    return { result: await inTransaction(ctx, body, options), replayed: false };
  }
  if (!KEY_PATTERN.test(key)) {
    throw new DomainError(CommonErrorCode.INVALID, 'idempotencyKey must be 1 to 200 printable ASCII characters without spaces.', {
      field: ['input', 'idempotencyKey'],
    });
  }
  const owner = ctx.principal?.keyId ?? 'system';
  const requestHash = hashInput(spec.command, spec.input);
  const replay = (prior: { command: string; request_hash: string; result: unknown } | undefined): CommandOutcome<R> => {
    if (!prior || prior.command !== spec.command || prior.request_hash !== requestHash) {
      throw new DomainError(
        CommonErrorCode.IDEMPOTENCY_KEY_REUSED,
        `The idempotency key "${key}" was already used for a different request; use a new key for a new request.`,
        { field: ['input', 'idempotencyKey'] },
      );
    }
    const stored = typeof prior.result === 'string' ? (JSON.parse(prior.result) as R) : (prior.result as R);
    return { result: stored, replayed: true };
  };

  if (options.claimKey) {
    const pending: PendingKey = { owner, key, command: spec.command, requestHash, claimedId: null, stored: false };
    try {
      return await inTransaction(
        ctx,
        async (tx) => {
          pending.claimedId = null;
          pending.stored = false;
          tx.tx.memo.set(PENDING_KEY, pending);
          const result = await body(tx);
          if (!pending.claimedId) throw new Error(`${spec.command} ran without claiming its idempotency key`);
          if (!pending.stored) await queryOne(tx.em, STORE_RESULT, [JSON.stringify(result ?? null), pending.claimedId]);
          return { result, replayed: false };
        },
        options,
      );
    } catch (err) {
      // The key was taken (the claim waited for its holder to finish), or the command was
      // refused before it claimed the key: a replay of an earlier success returns that success.
      if (!(err instanceof KeyTaken) && !(pending.claimedId === null && isDomainError(err))) throw err;
      const prior = await inTransaction(ctx, (tx) => queryOne<{ command: string; request_hash: string; result: unknown }>(tx.em, PRIOR, [owner, key]));
      if (!prior && !(err instanceof KeyTaken)) throw err;
      if (!prior) return runCommand(ctx, spec, body, options); // its holder rolled back after all: run
      return replay(prior);
    }
  }

  return inTransaction(ctx, async (tx) => {
    const inserted = await queryOne<{ id: string }>(tx.em, INSERT_KEY, [owner, key, spec.command, requestHash]);
    if (!inserted) return replay(await queryOne<{ command: string; request_hash: string; result: unknown }>(tx.em, PRIOR, [owner, key]));
    const result = await body(tx);
    await queryOne(tx.em, STORE_RESULT, [JSON.stringify(result ?? null), inserted.id]);
    return { result, replayed: false };
  }, options);
}

function isDomainError(err: unknown): boolean {
  return err instanceof DomainError || err instanceof DomainErrors;
}

export function hashInput(command: string, input: unknown): string {
  return crypto.createHash('sha256').update(command).update('\0').update(canonicalJson(input)).digest('hex');
}

/** JSON with object keys sorted, so the same input always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return canonicalJson((value as { toJSON(): unknown }).toJSON());
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && k !== 'idempotencyKey')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
