/**
 * Counts every statement sent to the database, at the driver connection (one `query` call
 * is one round trip), whoever sends it: MikroORM, knex's BEGIN and COMMIT, raw SQL. Each
 * connection keeps its own count, so a command can tell how many round trips it made on
 * its transaction's connection; tests and benchmarks subscribe to see the statements.
 */
type StatementListener = (text: string, connectionId: number) => void;

const perConnection = new WeakMap<object, { n: number; id: number }>();
let connections = 0;
const listeners = new Set<StatementListener>();
let total = 0;

/** Statements sent by this process so far. */
export function statementsSent(): number {
  return total;
}

/** Statements sent so far on one driver connection. */
export function statementsOn(conn: object): number {
  return perConnection.get(conn)?.n ?? 0;
}

/** Calls `listener` with the text of every statement sent from now on; returns the unsubscribe. */
export function onStatement(listener: StatementListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function textOf(config: unknown): string {
  if (typeof config === 'string') return config;
  if (config && typeof config === 'object' && typeof (config as { text?: unknown }).text === 'string') return (config as { text: string }).text;
  return '';
}

/** Wraps a driver connection's `query` so every call is counted (idempotent). */
export function countStatements<C extends { query: (...args: never[]) => unknown }>(conn: C): C {
  if (perConnection.has(conn)) return conn;
  const counter = { n: 0, id: ++connections };
  perConnection.set(conn, counter);
  const original = conn.query.bind(conn) as (...args: unknown[]) => unknown;
  (conn as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    counter.n++;
    total++;
    if (listeners.size > 0) {
      const text = textOf(args[0]);
      for (const l of listeners) l(text, counter.id);
    }
    return original(...args);
  };
  return conn;
}

/** What commands (one transaction each, db/transaction.ts) cost: counted for /metrics and benchmarks. */
export const commandStats = {
  /** Transactions committed. */
  committed: 0,
  /** Transactions rolled back (a refused command, an error). */
  rolledBack: 0,
  /** Statements sent by committed transactions, BEGIN and COMMIT included. */
  statements: 0,
  /** Attempts retried after a deadlock or serialization failure. */
  retries: 0,
};

/** Database sessions outside the pool, for /metrics. */
export const dbStats = {
  /** Times the LISTEN session was lost and re-established (db/notifications.ts). */
  listenReconnects: 0,
};

/**
 * The event sequencer (modules/events/sequencer.ts), for /metrics. Only the node holding
 * the sequencer lock measures the backlog; on every other node it stays 0, so alert on
 * the maximum across nodes.
 */
export const eventStats = {
  /** 1 while this node is the cluster's sequencer, else 0. */
  sequencerLeader: 0,
  /**
   * Age in milliseconds of the oldest committed event still without a `seq` after the last
   * round (0 when none waits): how long an open transaction is holding every event back.
   */
  oldestUnnumberedMs: 0,
  /** Committed events still without a `seq` after the last round. */
  unnumbered: 0,
  /** Events numbered by this node. */
  sequenced: 0,
  /** Sequencer rounds run by this node. */
  rounds: 0,
};
