/**
 * Bench database: a fresh PostgreSQL database migrated by the app's own migrations, then
 * bulk-filled with set-based SQL (generate_series), never through the services.
 *
 *   tsx bench/seed.ts                      fresh database, 100k items x 5 locations
 *   tsx bench/seed.ts --moves 1000000      the same plus 1M stock moves
 *   tsx bench/seed.ts --moves-only 1000000 add 1M stock moves to the existing bench database
 *   tsx bench/seed.ts --ledger             the write-benchmark data set: more stock, plus cost layers and the
 *                                          opening ledger (ledger-data.ts), checked against every invariant
 *   tsx bench/seed.ts --history-only 1000000 [--journal-lines N]
 *                                          add ledger-consistent history to an existing --ledger database
 *
 * Env: BENCH_PG_URL (server, default postgres://postgres@127.0.0.1:5432), BENCH_DB
 * (database name, default ledgerhouse_bench), BENCH_ITEMS (default 100000).
 */
import 'reflect-metadata';
import pg from 'pg';
import { generateSecret, hashSecret } from '../src/auth/api-key.service';
import { migrate } from '../src/db/migrations';
import { openDatabase } from '../src/db/orm';
import { createLogger } from '../src/server/logger';
import { describeBroken, checkInvariants } from './invariants';
import { addLedgerHistory, type HistoryResult, loadOpeningLedger } from './ledger-data';

export const WAREHOUSES = 5;
export const DEFAULT_ITEMS = 100_000;
/**
 * On hand of every balance is this plus 0..499. The availability data set starts at 2; the
 * write data set at 1000, so that a benchmark run issuing and shipping stock of random items
 * for minutes never runs an item out of stock (a refused command would count as bad).
 */
export const ON_HAND_BASE = { availability: 2, ledger: 1000 } as const;

export interface BenchDbTarget {
  /** Server URL without a database, e.g. postgres://postgres@127.0.0.1:5432 */
  serverUrl: string;
  dbName: string;
}

/** The availability benchmark's database by default; the write benchmark's is WRITE_BENCH_DB. BENCH_DB overrides either. */
export const WRITE_BENCH_DB = 'ledgerhouse_bench_write';

export function benchTarget(env: NodeJS.ProcessEnv = process.env, defaultDb = 'ledgerhouse_bench'): BenchDbTarget {
  const serverUrl = (env.BENCH_PG_URL?.trim() || 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
  const dbName = env.BENCH_DB?.trim() || defaultDb;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(dbName)) throw new Error(`BENCH_DB must be a plain lower-case identifier, got "${dbName}"`);
  return { serverUrl, dbName };
}

export function databaseUrl(t: BenchDbTarget): string {
  return `${t.serverUrl}/${t.dbName}`;
}

export interface SeedResult {
  databaseUrl: string;
  storefrontSecret: string;
  items: number;
  balances: number;
  summaries: number;
  moves: number;
  /** Write data set only: cost layers, opening stock moves and journal entries loaded. */
  ledger: { layers: number; moves: number; entries: number; invariantSeconds: number } | null;
  seconds: Record<string, number>;
}

type Log = (message: string) => void;
const defaultLog: Log = (m) => process.stderr.write(`[seed] ${m}\n`);

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function timed<T>(seconds: Record<string, number>, name: string, log: Log, work: () => Promise<T>): Promise<T> {
  const began = process.hrtime.bigint();
  const result = await work();
  const s = Number(process.hrtime.bigint() - began) / 1e9;
  seconds[name] = Math.round(s * 100) / 100;
  log(`${name}: ${seconds[name]} s`);
  return result;
}

/**
 * Drops and recreates the bench database, runs the app's migrations, bulk-loads the stock, and creates a STOREFRONT key.
 * With `ledger` (the write benchmark): on hand from 1000, cost layers and the opening ledger, then every invariant checked.
 */
export async function seed(options: { target?: BenchDbTarget; items?: number; moves?: number; ledger?: boolean; log?: Log } = {}): Promise<SeedResult> {
  const target = options.target ?? benchTarget();
  const items = options.items ?? DEFAULT_ITEMS;
  const log = options.log ?? defaultLog;
  const url = databaseUrl(target);
  const seconds: Record<string, number> = {};

  await timed(seconds, 'create database', log, () =>
    withClient(`${target.serverUrl}/postgres`, async (c) => {
      await c.query(`drop database if exists "${target.dbName}" with (force)`);
      await c.query(`create database "${target.dbName}"`);
    }),
  );

  await timed(seconds, 'migrate', log, async () => {
    const appLog = createLogger('warn');
    const db = await openDatabase({ databaseUrl: url, poolSize: 2 }, appLog);
    try {
      await migrate(db, appLog);
    } finally {
      await db.close();
    }
  });

  const base = options.ledger ? ON_HAND_BASE.ledger : ON_HAND_BASE.availability;
  await timed(seconds, `load ${items} items, ${items * WAREHOUSES} balances and summaries`, log, () => withClient(url, (c) => loadStock(c, items, base)));
  let ledger: SeedResult['ledger'] = null;
  if (options.ledger) {
    const openedAt = new Date();
    const loaded = await timed(seconds, 'load cost layers, opening moves and journal entries', log, () => withClient(url, (c) => loadOpeningLedger(c, openedAt)));
    ledger = { ...loaded, invariantSeconds: 0 };
  }

  let moves = 0;
  if (options.moves && options.moves > 0) moves = await addMoves({ target, moves: options.moves, log, seconds, analyze: false });

  await timed(seconds, 'vacuum analyze + checkpoint', log, () =>
    withClient(url, async (c) => {
      await c.query('vacuum (analyze)');
      await c.query('checkpoint');
    }),
  );

  if (ledger) {
    const report = await timed(seconds, 'check: every invariant', log, () => checkInvariants(url));
    if (!report.ok) throw new Error(`the seeded data breaks invariants:\n${describeBroken(report)}`);
    ledger.invariantSeconds = report.seconds;
  }

  const storefrontSecret = await createStorefrontKey(url);
  const counts = await withClient(url, async (c) => {
    const r = await c.query<{ items: number; balances: number; summaries: number }>(
      'select (select count(*)::int from items) as items, (select count(*)::int from stock_balances) as balances, (select count(*)::int from stock_summaries) as summaries',
    );
    return r.rows[0]!;
  });
  return { databaseUrl: url, storefrontSecret, ...counts, moves, ledger, seconds };
}

/**
 * Warehouses WH1..WH5, each with its system IN-TRANSIT location (as warehouseCreate
 * makes it), a receiving dock (not stocked) and one sellable storage location A-01.
 * Every item has a balance in each A-01 (5 per item) and the matching summary per
 * warehouse; on hand is `base` + 0..499, at least 2 so that a later move history can add up to it.
 */
async function loadStock(c: pg.Client, items: number, base: number): Promise<void> {
  await c.query('set synchronous_commit = off');
  await c.query('begin');
  // Rows are built from joins, so foreign keys hold by construction: skip the per-row FK
  // triggers while loading (superuser; the default for the trust-auth postgres user).
  const su = await c.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
  if (su.rows[0]?.rolsuper) await c.query('set local session_replication_role = replica');
  const unit = await c.query<{ id: string }>("select id::text as id from units where code = 'EA'");
  if (!unit.rows[0]) throw new Error('unit EA missing: did the migrations run?');
  const unitId = unit.rows[0].id;

  await c.query(
    `insert into warehouses (code, name, address_city, address_country)
     select 'WH' || g, 'Warehouse ' || g, 'City ' || g, 'US' from generate_series(1, $1::int) g`,
    [WAREHOUSES],
  );
  await c.query(
    `insert into locations (warehouse_id, code, type, sellable, pick_sequence, barcode)
     select w.id, l.code, l.type, l.sellable, l.pick_sequence, case when l.code = 'IN-TRANSIT' then null else w.code || '-' || l.code end
     from warehouses w cross join (values ('IN-TRANSIT', 'TRANSIT', false, null::int), ('RCV-01', 'RECEIVING', false, null::int), ('A-01', 'STORAGE', true, 1)) as l(code, type, sellable, pick_sequence)
     order by w.id, l.code`,
  );
  await c.query(
    `insert into items (sku, name, unit_id, standard_cost, weight_kg)
     select 'SKU-' || lpad(g::text, 6, '0'), 'Bench item ' || g, $1::bigint, (1 + g % 50)::numeric + 0.25, 0.5
     from generate_series(1, $2::int) g`,
    [unitId, items],
  );
  // On hand base..base+499 (2..501 for the availability benchmark), varied by item and warehouse.
  await c.query(
    `insert into stock_balances (item_id, location_id, warehouse_id, lot_id, on_hand)
     select i.id, l.id, l.warehouse_id, null, $1::int + (i.id * 37 + l.warehouse_id * 11) % 500
     from items i cross join locations l where l.code = 'A-01'
     order by i.id, l.id`,
    [base],
  );
  // Summaries from the balances (on hand outside transit, sellable, in transit), plus
  // allocations: mostly none, some half, some all, a few over-allocated (negative available).
  // The write data set keeps allocated <= on hand (an invariant; issues there never come
  // near it): none, some half, a few 1.
  await c.query(
    `insert into stock_summaries (item_id, warehouse_id, on_hand, sellable_on_hand, in_transit, allocated)
     select t.item_id, t.warehouse_id, t.on_hand, t.sellable, t.in_transit,
            case (t.item_id + t.warehouse_id) % 13
              when 0 then case when $1::boolean then t.sellable + 5 else 0 end
              when 1 then case when $1::boolean then t.sellable else 0 end
              when 2 then floor(t.sellable / 2)
              when 3 then 1
              else 0 end
     from (select b.item_id, b.warehouse_id,
                  coalesce(sum(b.on_hand) filter (where l.type <> 'TRANSIT'), 0) as on_hand,
                  coalesce(sum(b.on_hand) filter (where l.sellable and l.type <> 'TRANSIT'), 0) as sellable,
                  coalesce(sum(b.on_hand) filter (where l.type = 'TRANSIT'), 0) as in_transit
           from stock_balances b join locations l on l.id = b.location_id
           group by b.item_id, b.warehouse_id) t
     order by t.item_id, t.warehouse_id`,
    [base === ON_HAND_BASE.availability],
  );
  await c.query('commit');
}

/**
 * Appends `moves` RECEIPT moves into the stocked balances (document_type 'Bench',
 * occurred_at spread over the past year, oldest first). Balance b gets every move g with
 * g mod B = b, and its quantities add up to its on hand: with moves >= balances the
 * history sums to exactly the maintained balances (checked below). Refuses to run
 * when moves already exist, which would break that.
 */
export async function addMoves(options: { target?: BenchDbTarget; moves: number; log?: Log; seconds?: Record<string, number>; analyze?: boolean }): Promise<number> {
  const target = options.target ?? benchTarget();
  const log = options.log ?? defaultLog;
  const seconds = options.seconds ?? {};
  const n = options.moves;
  const url = databaseUrl(target);
  return withClient(url, async (c) => {
    const existing = await c.query<{ n: number }>('select count(*)::int as n from stock_moves');
    if ((existing.rows[0]?.n ?? 0) > 0) throw new Error(`stock_moves already holds ${existing.rows[0]?.n} rows; reseed first (moves must add up to the balances)`);
    await c.query('set synchronous_commit = off');
    await c.query('set maintenance_work_mem = \'256MB\'');
    await c.query('set work_mem = \'64MB\'');
    const su = await c.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
    const total = Number((await c.query<{ n: number }>('select count(*)::int as n from stock_balances where lot_id is null and on_hand > 0')).rows[0]?.n ?? 0);
    if (total === 0) throw new Error('no stocked balances: seed the stock first');
    await timed(seconds, `insert ${n} stock moves`, log, async () => {
      await c.query('begin');
      // Ids in the rows exist (taken from the balances): skip the per-row FK triggers while loading.
      if (su.rows[0]?.rolsuper) await c.query('set local session_replication_role = replica');
      // Balance number rn (0..total-1) gets moves g = k * total + rn, k = 0..per_balance-1.
      await c.query(
        `with b as (
           select item_id, location_id, warehouse_id, on_hand, (row_number() over (order by id) - 1)::bigint as rn
           from stock_balances where lot_id is null and on_hand > 0),
         planned as (
           select b.*, p.per_balance, k.k, k.k * $2::bigint + b.rn as g
           from b
           cross join lateral (select $1::bigint / $2::bigint + case when b.rn < $1::bigint % $2::bigint then 1 else 0 end as per_balance) p
           cross join lateral generate_series(0::bigint, p.per_balance - 1) k(k)),
         q as (
           select p.*, (1 + p.item_id % 50)::numeric + 0.25 as unit_cost,
                  case when p.k < p.per_balance - 1 then floor(p.on_hand / p.per_balance)
                       else p.on_hand - floor(p.on_hand / p.per_balance) * (p.per_balance - 1) end as quantity
           from planned p)
         insert into stock_moves (item_id, lot_id, quantity, from_location_id, to_location_id, from_warehouse_id, to_warehouse_id,
                                  unit_cost, value, reason, reason_code, document_type, document_id, journal_entry_id, actor, occurred_at, recorded_at)
         select item_id, null, quantity, null, location_id, null, warehouse_id,
                unit_cost, round(quantity * unit_cost, 4), 'RECEIPT', null, 'Bench', 'BENCH-' || (g + 1), null, 'bench',
                now() - interval '365 days' + (g::float8 / $1::float8) * interval '365 days',
                now() - interval '365 days' + (g::float8 / $1::float8) * interval '365 days'
         from q order by g`,
        [n, total],
      );
      await c.query('commit');
    });
    if (options.analyze !== false) {
      await timed(seconds, 'vacuum analyze stock_moves + checkpoint', log, async () => {
        await c.query('vacuum (analyze) stock_moves');
        await c.query('checkpoint');
      });
    }
    const check = await timed(seconds, 'check: history sums to balances', log, () =>
      c.query<{ balances: number; mismatched: number }>(
        `select count(*)::int as balances, count(*) filter (where coalesce(m.q, 0) <> b.on_hand)::int as mismatched
         from stock_balances b
         left join (select item_id, to_location_id, sum(quantity) as q from stock_moves group by 1, 2) m
           on m.item_id = b.item_id and m.to_location_id = b.location_id`,
      ),
    );
    const r = check.rows[0]!;
    log(`${r.balances - r.mismatched} of ${r.balances} balances equal the sum of their moves${r.mismatched ? ` (${r.mismatched} do not: fewer moves than balances)` : ''}`);
    return n;
  });
}

/** Inserts a STOREFRONT access key (only its sha256 is stored) and returns the secret. */
export async function createStorefrontKey(url: string): Promise<string> {
  return (await createApiKey(url, 'STOREFRONT')).secret;
}

/** Inserts an access key of a role directly (only its sha256 is stored); returns the secret and the key's id (actors are `key:<id>`). */
export async function createApiKey(url: string, role: 'ADMIN' | 'STOREFRONT' | 'WAREHOUSE'): Promise<{ secret: string; id: string }> {
  const secret = generateSecret();
  const r = await withClient(url, (c) =>
    c.query<{ id: string }>(`insert into api_keys (name, prefix, secret_hash, role, created_by) values ($1, $2, $3, $4, 'bench') returning id::text as id`, [
      `bench ${role.toLowerCase()} ${new Date().toISOString()}`,
      secret.slice(0, 11),
      hashSecret(secret),
      role,
    ]),
  );
  return { secret, id: r.rows[0]!.id };
}

/**
 * Adds ledger-consistent history (ledger-data.ts) to a write data set: `moves` stock moves
 * and `journalLines` journal lines, then VACUUM ANALYZE and the invariant check (throws when broken).
 */
export async function addHistory(options: { target?: BenchDbTarget; moves: number; journalLines: number; log?: Log; seconds?: Record<string, number> }): Promise<HistoryResult & { invariantSeconds: number }> {
  const target = options.target ?? benchTarget();
  const log = options.log ?? defaultLog;
  const seconds = options.seconds ?? {};
  const url = databaseUrl(target);
  const result = await timed(seconds, `insert history (${options.moves} moves, ${options.journalLines} journal lines)`, log, () =>
    withClient(url, (c) => addLedgerHistory(c, options.moves, options.journalLines, log)),
  );
  await timed(seconds, 'vacuum analyze + checkpoint', log, () =>
    withClient(url, async (c) => {
      await c.query('vacuum (analyze)');
      await c.query('checkpoint');
    }),
  );
  const report = await timed(seconds, 'check: every invariant', log, () => checkInvariants(url));
  if (!report.ok) throw new Error(`the history breaks invariants:\n${describeBroken(report)}`);
  return { ...result, invariantSeconds: report.seconds };
}

function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

export function parseCount(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const movesOnly = parseCount(argValue(argv, '--moves-only'), '--moves-only');
  if (movesOnly !== undefined) {
    await addMoves({ moves: movesOnly });
    const secret = await createStorefrontKey(databaseUrl(benchTarget()));
    process.stdout.write(`${JSON.stringify({ databaseUrl: databaseUrl(benchTarget()), storefrontSecret: secret, moves: movesOnly })}\n`);
    return;
  }
  const historyOnly = parseCount(argValue(argv, '--history-only'), '--history-only');
  if (historyOnly !== undefined) {
    const journalLines = parseCount(argValue(argv, '--journal-lines'), '--journal-lines') ?? historyOnly;
    process.stdout.write(`${JSON.stringify(await addHistory({ target: benchTarget(process.env, WRITE_BENCH_DB), moves: historyOnly, journalLines }))}\n`);
    return;
  }
  const items = parseCount(argValue(argv, '--items') ?? process.env.BENCH_ITEMS, '--items') ?? DEFAULT_ITEMS;
  const moves = parseCount(argValue(argv, '--moves'), '--moves') ?? 0;
  const ledger = argv.includes('--ledger');
  const result = await seed({ items, moves, ledger, target: benchTarget(process.env, ledger ? WRITE_BENCH_DB : undefined) });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`seed failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
