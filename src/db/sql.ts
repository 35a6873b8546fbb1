import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { markUnavailable } from './unavailable';

/**
 * SQL through the database driver with real bound parameters, on the entity manager's
 * current connection (inside its transaction when there is one).
 *
 * MikroORM 6's `Connection.execute` inlines every parameter into the SQL text and sends a
 * plain query, so PostgreSQL parses and plans each statement afresh (and a NUL byte breaks
 * the protocol message). Here the driver binds: pg `client.query({ text, values })`
 * (extended protocol), PGlite `query(text, params)`. Statements made with `statement()`
 * are also *named*, so pg parses and plans them once per connection.
 *
 * PostgreSQL (pg) and PGlite disagree on raw types: int8 is a string in one and a number
 * in the other, timestamps a string or a Date. Queries therefore cast ids and counts
 * explicitly (`id::text`, `count(*)::int`) and read times with `toDate`.
 */

interface DriverResult {
  rows: Record<string, unknown>[];
  rowCount?: number | null;
  affectedRows?: number;
}

/** A raw driver connection: a `pg.Client`, or the PGlite instance (one session). */
interface DriverConnection {
  query(config: unknown, values?: unknown): Promise<DriverResult>;
}

interface KnexClientLike {
  acquireConnection(): Promise<DriverConnection>;
  releaseConnection(connection: DriverConnection): Promise<unknown>;
}

/** A statement with a stable name derived from its text (pg prepares it once per connection). */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

const statements = new Map<string, Statement>();

/**
 * A named, prepared statement in PostgreSQL's own `$1` syntax. Its text must not vary with
 * the data (pass lists as arrays: `= any($1::bigint[])`, `unnest($1::bigint[], $2::numeric[])`),
 * or every variant becomes another prepared statement on every connection.
 */
export function statement(text: string): Statement {
  let st = statements.get(text);
  if (!st) {
    st = { name: `lh_${crypto.createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text };
    statements.set(text, st);
  }
  return st;
}

/** A statement assembled from parts that name their parameters; `names` is the order their values go in. */
export interface ShapedStatement {
  readonly statement: Statement;
  readonly names: readonly string[];
}

const shapes = new Map<string, ShapedStatement>();

/**
 * A statement whose text depends only on which parts it has (its `shape`), built once per
 * shape: `build` writes the text with `p(name)` for each parameter, numbered in order of
 * first use. Commands that touch fewer tables then send a statement that touches only
 * those, and each shape is still prepared once per connection.
 */
export function shaped(shape: string, build: (p: (name: string) => string) => string): ShapedStatement {
  let s = shapes.get(shape);
  if (!s) {
    const names: string[] = [];
    const p = (name: string) => {
      let i = names.indexOf(name);
      if (i < 0) i = names.push(name) - 1;
      return `$${i + 1}`;
    };
    s = { statement: statement(build(p)), names };
    shapes.set(shape, s);
  }
  return s;
}

/** The values of a shaped statement, in its parameters' order. */
export function shapedValues(s: ShapedStatement, values: Readonly<Record<string, unknown>>): unknown[] {
  return s.names.map((n) => {
    if (!(n in values)) throw new Error(`no value for parameter ${n}`);
    return values[n];
  });
}

const pgliteConnections = new WeakSet<object>();

/** Marks the PGlite instance as such (its `query` takes text and params, not a config object). */
export function registerPGlite(instance: object): void {
  pgliteConnections.add(instance);
}

async function run(conn: DriverConnection, text: string, values: readonly unknown[], name?: string): Promise<DriverResult> {
  try {
    // (`return await` inside the try: no more ticks than returning the promise would take.)
    if (pgliteConnections.has(conn)) return await conn.query(text, values);
    return await conn.query(name ? { name, text, values } : { text, values });
  } catch (err) {
    throw markUnavailable(err);
  }
}

interface TransactionLike {
  client: KnexClientLike;
}

function knexClientOf(em: EntityManager): KnexClientLike {
  return (em.getConnection().getKnex() as unknown as { client: KnexClientLike }).client;
}

/** The driver connection of the transaction `em` runs in (pg.Client or PGlite). */
export async function transactionConnection(em: EntityManager): Promise<object> {
  const trx = em.getTransactionContext<TransactionLike>();
  if (!trx) throw new Error('not in a transaction');
  return trx.client.acquireConnection();
}

/**
 * Runs `work` on the driver connection of `em`: the transaction's connection when one is
 * open (never released here), else one taken from the pool for the duration of `work`.
 */
export async function withConnection<T>(em: EntityManager, work: (conn: SqlConnection) => Promise<T>): Promise<T> {
  const trx = em.getTransactionContext<TransactionLike>();
  if (trx) return work(new SqlConnection(await trx.client.acquireConnection()));
  const client = knexClientOf(em);
  let conn: DriverConnection;
  try {
    conn = await client.acquireConnection();
  } catch (err) {
    throw markUnavailable(err); // no pool connection: an outage is marked as one
  }
  try {
    return await work(new SqlConnection(conn));
  } finally {
    await client.releaseConnection(conn);
  }
}

const BEGIN = statement('begin isolation level read committed');
const COMMIT = statement('commit');
const ROLLBACK = statement('rollback');

/**
 * A transaction on a driver connection of the pool, without MikroORM's unit of work:
 * BEGIN, `work`, COMMIT (ROLLBACK on any error). For commands that run their SQL through
 * this module only (the stock engine's documents): what `work` receives is an
 * EntityManager stand-in that routes `query`, `withConnection` and friends to the
 * transaction, and refuses everything else loudly, so no ORM call can slip outside it.
 */
export async function rawTransaction<T>(em: EntityManager, work: (txEm: EntityManager, conn: object) => Promise<T>): Promise<T> {
  const client = knexClientOf(em);
  let conn: DriverConnection;
  try {
    conn = await client.acquireConnection();
  } catch (err) {
    throw markUnavailable(err); // no pool connection: an outage is marked as one
  }
  try {
    await run(conn, BEGIN.text, [], BEGIN.name);
    let result: T;
    try {
      result = await work(rawEntityManager(conn), conn);
      await run(conn, COMMIT.text, [], COMMIT.name);
    } catch (err) {
      await run(conn, ROLLBACK.text, [], ROLLBACK.name).catch(() => undefined);
      throw err;
    }
    return result;
  } finally {
    await client.releaseConnection(conn);
  }
}

function rawEntityManager(conn: DriverConnection): EntityManager {
  const trx: TransactionLike = { client: { acquireConnection: async () => conn, releaseConnection: async () => undefined } };
  const target = { getTransactionContext: () => trx };
  return new Proxy(target, {
    get(t, prop) {
      if (prop in t) return t[prop as keyof typeof t];
      if (prop === 'then') return undefined;
      throw new Error(`EntityManager.${String(prop)} inside a raw transaction: this command runs its SQL through db/sql.ts only`);
    },
  }) as unknown as EntityManager;
}

/** A driver connection with the two ways to send SQL: named statements and ad-hoc text. */
export class SqlConnection {
  constructor(private readonly conn: DriverConnection) {}

  /** Runs a named statement (prepared once per connection on pg). */
  async rows<T extends object>(st: Statement, values: readonly unknown[] = []): Promise<T[]> {
    return (await run(this.conn, st.text, values, st.name)).rows as T[];
  }

  /** Runs ad-hoc SQL with `?` placeholders, bound (not prepared). */
  async query<T extends object>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await run(this.conn, positional(sql), params)).rows as T[];
  }

  async execute(sql: string, params: readonly unknown[] = []): Promise<number> {
    const res = await run(this.conn, positional(sql), params);
    return res.rowCount ?? res.affectedRows ?? 0;
  }
}

const translated = new Map<string, string>();

/**
 * `?` placeholders to PostgreSQL's `$1, $2, ...`, leaving quoted strings, quoted
 * identifiers, comments and dollar-quoted bodies alone. Memoized per SQL text.
 */
export function positional(sql: string): string {
  const cached = translated.get(sql);
  if (cached !== undefined) return cached;
  let out = '';
  let n = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === "'" || c === '"') {
      const end = closing(sql, i, c);
      out += sql.slice(i, end);
      i = end;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop;
    } else if (c === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
      const tag = (/^\$[A-Za-z_]*\$/.exec(sql.slice(i)) as RegExpExecArray)[0];
      const end = sql.indexOf(tag, i + tag.length);
      const stop = end < 0 ? sql.length : end + tag.length;
      out += sql.slice(i, stop);
      i = stop;
    } else if (c === '?') {
      out += `$${++n}`;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (translated.size < 5000) translated.set(sql, out);
  return out;
}

function closing(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

export async function query<T extends object>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  return withConnection(em, (c) => c.query<T>(sql, params));
}

export async function queryOne<T extends object>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
  const rows = await query<T>(em, sql, params);
  return rows[0];
}

export async function execute(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<number> {
  return withConnection(em, (c) => c.execute(sql, params));
}

export function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value);
}
