/**
 * Write benchmark ("postings at the speed of SQL"): Ledgerhouse's stock commands over real
 * HTTP against the same writes done by pgbench as hand-written SQL (bench/pgbench/*.sql),
 * on the same database, in the same run, one after the other.
 *
 *   npm run bench -- write                         seed the write data set, measure (about 6-7 minutes)
 *   npm run bench -- write --history               then add 1M stock moves and 1M journal lines, measure again
 *   npm run bench -- write --no-seed --duration 3  reuse the database, short runs
 *
 * Options: --duration S (10) --warmup S (4) --connections 1,4,16 --scenarios receive-1,receive-20,adjust-issue,transfer-ship
 * --history | --moves N --journal-lines N, --only ledgerhouse|pgbench, --loader wrk|autocannon, --quiet-wait S (30),
 * --retries N (1), --noise-budget S (120), --no-seed, --no-build, --no-check. Env: BENCH_PG_URL, BENCH_DB
 * (default ledgerhouse_bench_write), BENCH_ITEMS, BENCH_LEDGERHOUSE_MAIN, BENCH_LEDGERHOUSE_PORT. See bench/README.md.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { checkInvariants, describeBroken } from './invariants';
import { RESULTS, ROOT, ensureBuilt, machineInfo, mulberry32, round2, startServer, stopServer, type Server } from './run';
import { WRITE_BENCH_DB, addHistory, benchTarget, createApiKey, databaseUrl, DEFAULT_ITEMS, parseCount, seed } from './seed';
import { countScriptStatements, httpLoad, type LoadResult, pgTarget, pgbenchLoad, waitForQuiet, wrkAvailable } from './write-load';

const TARGET_RATIO = 0.5;
const TARGET_SCALING = 3;
const log = (m: string) => process.stderr.write(`[bench write] ${m}\n`);
export const UNLIMITED = Object.fromEntries(['ADMIN', 'FINANCE', 'WAREHOUSE', 'SALES', 'STOREFRONT', 'PARTNER'].map((role) => [`RATE_LIMIT_${role}`, '1000000/2000000']));

// ---------------------------------------------------------------- options

const SCENARIOS = ['receive-1', 'receive-20', 'adjust-issue', 'transfer-ship'] as const;
type ScenarioName = (typeof SCENARIOS)[number];
export type System = 'ledgerhouse' | 'pgbench';

interface Options {
  seed: boolean;
  build: boolean;
  check: boolean;
  duration: number;
  warmup: number;
  connections: number[];
  scenarios: ScenarioName[];
  history: { moves: number; journalLines: number } | null;
  systems: System[];
  loader: 'wrk' | 'autocannon';
  items: number;
  quietWait: number;
  retries: number;
  noiseBudget: number;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    if (i >= 0) return argv[i + 1];
    return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const count = (name: string) => parseCount(value(name), name);
  const connections = value('--connections') ? value('--connections')!.split(',').map((v) => parseCount(v.trim(), '--connections')!) : [1, 4, 16];
  const scenarios = (value('--scenarios')?.split(',').map((s) => s.trim()) ?? [...SCENARIOS]) as ScenarioName[];
  for (const s of scenarios) if (!SCENARIOS.includes(s)) throw new Error(`--scenarios: unknown "${s}" (known: ${SCENARIOS.join(', ')})`);
  const moves = count('--moves');
  const lines = count('--journal-lines');
  const history = argv.includes('--history') || moves || lines ? { moves: moves ?? 1_000_000, journalLines: lines ?? moves ?? 1_000_000 } : null;
  const only = value('--only');
  if (only && only !== 'ledgerhouse' && only !== 'pgbench') throw new Error('--only takes ledgerhouse or pgbench');
  const loaderArg = value('--loader');
  if (loaderArg && loaderArg !== 'wrk' && loaderArg !== 'autocannon') throw new Error('--loader takes wrk or autocannon');
  let loader: Options['loader'] = loaderArg === 'autocannon' ? 'autocannon' : 'wrk';
  if (loader === 'wrk' && !wrkAvailable()) {
    if (loaderArg === 'wrk') throw new Error('wrk is not installed: apt-get install -y wrk (or use --loader autocannon)');
    log('wrk is not installed (apt-get install -y wrk): falling back to autocannon, which runs in this process and costs more CPU on the same cores');
    loader = 'autocannon';
  }
  return {
    seed: !argv.includes('--no-seed'),
    build: !argv.includes('--no-build'),
    check: !argv.includes('--no-check'),
    duration: count('--duration') ?? 10,
    warmup: count('--warmup') ?? 4,
    connections,
    scenarios,
    history,
    systems: only ? [only as System] : ['ledgerhouse', 'pgbench'],
    loader,
    items: count('--items') ?? parseCount(process.env.BENCH_ITEMS, 'BENCH_ITEMS') ?? DEFAULT_ITEMS,
    quietWait: count('--quiet-wait') ?? 30,
    retries: count('--retries') ?? 1,
    noiseBudget: count('--noise-budget') ?? 120,
  };
}

// ---------------------------------------------------------------- the data set's reference rows

interface Refs {
  wh: string;
  whTo: string;
  loc: string;
  transit: string;
  accounts: { INVENTORY: string; GRNI: string; IN_TRANSIT: string; SHRINKAGE: string };
  items: number;
}

export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function loadRefs(url: string): Promise<Refs> {
  return withClient(url, async (c) => {
    const one = async (sql: string, what: string): Promise<string> => {
      const r = await c.query<{ id: string }>(sql);
      if (!r.rows[0]) throw new Error(`the bench database has no ${what}: seed it (drop --no-seed)`);
      return r.rows[0].id;
    };
    const wh = await one("select id::text as id from warehouses where code = 'WH1'", 'warehouse WH1');
    const whTo = await one("select id::text as id from warehouses where code = 'WH2'", 'warehouse WH2');
    const loc = await one(`select id::text as id from locations where warehouse_id = ${wh} and code = 'A-01'`, 'location WH1/A-01');
    const transit = await one(`select id::text as id from locations where warehouse_id = ${whTo} and type = 'TRANSIT'`, 'transit location of WH2');
    const m = await c.query<{ purpose: string; id: string }>('select purpose, account_id::text as id from account_mappings where warehouse_id is null and category_id is null');
    const byPurpose = Object.fromEntries(m.rows.map((r) => [r.purpose, r.id]));
    const layers = await c.query<{ n: string }>('select count(*)::text as n from (select 1 from stock_layers limit 1) x');
    if (layers.rows[0]!.n === '0') throw new Error('the bench database has no cost layers: it is not the write data set (seed it: drop --no-seed)');
    const items = Number((await c.query<{ n: string }>('select max(id)::text as n from items')).rows[0]!.n);
    // The open periods the commands post in: this month and the next (a run across midnight at a month's end).
    await c.query(
      `insert into fiscal_periods (year, month, start_date, end_date)
       select extract(year from m)::int, extract(month from m)::int, m::date, (m + interval '1 month' - interval '1 day')::date
       from generate_series(date_trunc('month', now() at time zone 'UTC'), date_trunc('month', now() at time zone 'UTC') + interval '1 month', interval '1 month') m
       on conflict (year, month) do nothing`,
    );
    return {
      wh,
      whTo,
      loc,
      transit,
      accounts: { INVENTORY: byPurpose.INVENTORY!, GRNI: byPurpose.GRNI!, IN_TRANSIT: byPurpose.IN_TRANSIT!, SHRINKAGE: byPurpose.SHRINKAGE! },
      items,
    };
  });
}

// ---------------------------------------------------------------- scenarios

const gid = (type: string, id: string | number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const DOC_PAYLOAD = 'document { id number } userErrors { code message }';

interface Scenario {
  name: ScenarioName;
  label: string;
  lines: number;
  script: string;
  vars: (refs: Refs, actor: string) => Record<string, string | number>;
  /** Tables whose rows per command depend on what earlier commands left (see differs()). */
  varies?: readonly string[];
  body: (rand: () => number, refs: Refs) => string;
}

/** The rule both systems use: receive 1 + item % 5 units at (1 + item % 50) + 0.75. */
function receiptLine(item: number, refs: Refs) {
  return { itemId: gid('Item', item), locationId: gid('Location', refs.loc), quantity: String(1 + (item % 5)), unitCost: (1 + (item % 50) + 0.75).toFixed(2) };
}

function distinctItems(rand: () => number, n: number, items: number): number[] {
  const set = new Set<number>();
  while (set.size < n) set.add(1 + Math.floor(rand() * items));
  return [...set];
}

const ISSUE_QTY = 2;
const SHIP_QTY = 1;

function receiveScenario(lines: number): Scenario {
  const query = `mutation StockReceive($input: StockReceiveInput!) { stockReceive(input: $input) { ${DOC_PAYLOAD} } }`;
  return {
    name: lines === 1 ? 'receive-1' : 'receive-20',
    label: `stockReceive, ${lines} line${lines === 1 ? '' : 's'}`,
    lines,
    script: 'receipt.sql',
    vars: (refs, actor) => ({ items: refs.items, stride: Math.max(1, Math.floor(refs.items / lines)), lines, wh: refs.wh, loc: refs.loc, acc_inv: refs.accounts.INVENTORY, acc_grni: refs.accounts.GRNI, actor }),
    body: (rand, refs) =>
      JSON.stringify({ query, variables: { input: { warehouseId: gid('Warehouse', refs.wh), lines: distinctItems(rand, lines, refs.items).map((i) => receiptLine(i, refs)) } } }),
  };
}

const SCENARIO_DEFS: Record<ScenarioName, Scenario> = {
  'receive-1': receiveScenario(1),
  'receive-20': receiveScenario(20),
  'adjust-issue': {
    name: 'adjust-issue',
    label: `stockAdjust, issue ${ISSUE_QTY} (FIFO, layers)`,
    lines: 1,
    script: 'adjust-issue.sql',
    varies: ['stock_layers', 'move_valuations'],
    vars: (refs, actor) => ({ items: refs.items, qty: ISSUE_QTY, wh: refs.wh, loc: refs.loc, acc_inv: refs.accounts.INVENTORY, acc_shrink: refs.accounts.SHRINKAGE, actor }),
    body: (rand, refs) =>
      JSON.stringify({
        query: `mutation StockAdjust($input: StockAdjustInput!) { stockAdjust(input: $input) { ${DOC_PAYLOAD} } }`,
        variables: {
          input: {
            warehouseId: gid('Warehouse', refs.wh),
            reasonCode: 'DAMAGED',
            lines: [{ itemId: gid('Item', 1 + Math.floor(rand() * refs.items)), locationId: gid('Location', refs.loc), quantity: `-${ISSUE_QTY}` }],
          },
        },
      }),
  },
  'transfer-ship': {
    name: 'transfer-ship',
    label: `stockTransferShip, 1 line WH1 -> WH2`,
    lines: 1,
    script: 'transfer-ship.sql',
    vars: (refs, actor) => ({
      items: refs.items, qty: SHIP_QTY, wh: refs.wh, loc: refs.loc, wh_to: refs.whTo, transit: refs.transit,
      acc_inv: refs.accounts.INVENTORY, acc_transit: refs.accounts.IN_TRANSIT, actor,
    }),
    body: (rand, refs) =>
      JSON.stringify({
        query: 'mutation StockTransferShip($input: StockTransferShipInput!) { stockTransferShip(input: $input) { transfer { id number } userErrors { code message } } }',
        variables: {
          input: {
            fromWarehouseId: gid('Warehouse', refs.wh),
            toWarehouseId: gid('Warehouse', refs.whTo),
            lines: [{ itemId: gid('Item', 1 + Math.floor(rand() * refs.items)), fromLocationId: gid('Location', refs.loc), quantity: String(SHIP_QTY) }],
          },
        },
      }),
  },
};

// ---------------------------------------------------------------- database statistics

/** Rows inserted and updated per table (pg_stat_user_tables), to compare what each system writes per command. */
export type TableStats = Record<string, { ins: number; upd: number }>;

const WRITTEN_TABLES = [
  'stock_summaries', 'stock_balances', 'stock_layers', 'stock_moves', 'move_valuations', 'stock_documents', 'stock_transfers', 'stock_transfer_lines',
  'journal_sequences', 'journal_entries', 'journal_lines', 'outbox_events', 'fiscal_periods', 'idempotency_keys', 'lots', 'serials',
];

export async function tableStats(url: string, tables: readonly string[] = WRITTEN_TABLES): Promise<TableStats> {
  return withClient(url, async (c) => {
    const r = await c.query<{ relname: string; ins: string; upd: string }>(
      'select relname, n_tup_ins::text as ins, n_tup_upd::text as upd from pg_stat_user_tables where relname = any($1)',
      [tables],
    );
    return Object.fromEntries(r.rows.map((row) => [row.relname, { ins: Number(row.ins), upd: Number(row.upd) }]));
  });
}

/** Per command: rows inserted and updated in each table between two readings. */
export function footprint(a: TableStats, b: TableStats, commands: number, tables: readonly string[] = WRITTEN_TABLES): Record<string, { ins: number; upd: number }> {
  const out: Record<string, { ins: number; upd: number }> = {};
  for (const t of tables) {
    const ins = (b[t]?.ins ?? 0) - (a[t]?.ins ?? 0);
    const upd = (b[t]?.upd ?? 0) - (a[t]?.upd ?? 0);
    if (ins || upd) out[t] = { ins: round2(ins / commands), upd: round2(upd / commands) };
  }
  return out;
}

/** Statistics reach pg_stat_user_tables when a backend goes idle or exits: give them a moment. */
export const statsSettle = () => new Promise((r) => setTimeout(r, 1200));

// ---------------------------------------------------------------- Ledgerhouse /metrics

export interface Metrics {
  committed: number;
  rolledBack: number;
  txStatements: number;
  dbStatements: number;
  retries: number;
}

export async function readMetrics(base: string, token: string): Promise<Metrics> {
  const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /metrics: ${res.status} (does this build serve /metrics with METRICS_TOKEN?)`);
  const text = await res.text();
  const value = (name: string) => {
    const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text);
    if (!m) throw new Error(`GET /metrics has no ${name}`);
    return Number(m[1]);
  };
  return {
    committed: value('ledgerhouse_transactions_committed_total'),
    rolledBack: value('ledgerhouse_transactions_rolled_back_total'),
    txStatements: value('ledgerhouse_transaction_statements_total'),
    dbStatements: value('ledgerhouse_db_statements_total'),
    retries: value('ledgerhouse_transaction_retries_total'),
  };
}

/**
 * Waits until the server has finished the commands still in flight when the load generator
 * stopped (their responses are not counted, their statements are): none of the database's
 * sessions in a transaction or a statement, and no command committed or rolled back, twice
 * in a row 250 ms apart.
 */
export async function waitIdle(base: string, token: string, db: pg.Client): Promise<Metrics> {
  const deadline = Date.now() + 120_000;
  let last = await readMetrics(base, token);
  let quiet = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const busy = await db.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend' and state <> 'idle'",
    );
    const now = await readMetrics(base, token);
    quiet = busy.rows[0]!.n === 0 && now.committed === last.committed && now.rolledBack === last.rolledBack ? quiet + 1 : 0;
    if (quiet >= 2 || Date.now() > deadline) return now;
    last = now;
  }
}

/** Waits until every outbox row has its seq (the sequencer has caught up), so no block leaves numbering work to the next. */
export async function waitNumbered(db: pg.Client): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const r = await db.query<{ n: number }>('select count(*)::int as n from outbox_events where seq is null');
    if (r.rows[0]!.n === 0 || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A Ledgerhouse server for the block: a system under load, or the sequencer every outbox row needs. */
export async function ledgerhouseServer(ctx: RunContext, token: string): Promise<Server> {
  const poolSize = Math.max(...ctx.opts.connections) + 4;
  return startServer(
    'ledgerhouse',
    ctx.ledgerhouseMain,
    // Every role's bucket far above what the bench sends: the limiter runs on every command, never refuses one.
    { DATABASE_URL: ctx.url, NODE_ENV: 'production', LOG_LEVEL: 'warn', DB_POOL_SIZE: String(poolSize), METRICS_TOKEN: token, ...UNLIMITED },
    Number(process.env.BENCH_LEDGERHOUSE_PORT ?? 4111),
    { authorization: `Bearer ${ctx.admin.secret}` },
    [],
    ctx.stamp,
  );
}

// ---------------------------------------------------------------- blocks: one system, one scenario, every connection count

export interface Block {
  system: System;
  runs: LoadResult[];
  /** Rows inserted / updated per command, per table, over the whole block (warm-up included). */
  footprint: Record<string, { ins: number; upd: number }>;
  commandsInBlock: number;
}

/** What the shared run helpers below need of a benchmark's context (this one's and fulfillment.ts's). */
export interface RunContext {
  opts: { connections: number[]; duration: number; retries: number; quietWait: number };
  url: string;
  dbName: string;
  admin: { secret: string; id: string };
  ledgerhouseMain: string;
  stamp: string;
  noiseLeft: number;
  /** The tables prepareRun analyzes (default: the write benchmark's). */
  tables?: readonly string[];
}

interface Context extends RunContext {
  opts: Options;
  refs: Refs;
  bodies: Map<ScenarioName, { file: string; list: string[]; next: number }>;
  seedCounter: number;
  logDir: string;
}

/**
 * Before every run, for either system: the written tables' statistics brought up to date,
 * then a checkpoint.
 *
 * Statistics: a table that grew since its last ANALYZE keeps the plans made for its old
 * size, and the trigger functions (plpgsql) cache theirs per session. Right after the seed
 * the journal tables hold 10 lines; the first block grows them by thousands, and every
 * command then sequentially scans them from its triggers (measured: 21,006 scans of
 * journal_entries reading 31.6M rows in one 14-s block of 3,000 receipts), until
 * autovacuum analyzes them, which it does within a minute in service but not within a
 * 10-s run. Whichever system ran first after a seed paid for it.
 *
 * Checkpoint: the first change of each page after one writes a full-page image to WAL, so
 * without it whichever run follows the server's own (timed) checkpoint pays for those
 * images and the runs after it do not.
 */
export async function prepareRun(url: string, tables: readonly string[] = WRITTEN_TABLES): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const present = await c.query<{ relname: string }>('select relname from pg_stat_user_tables where relname = any($1)', [tables]);
    await c.query(`analyze ${present.rows.map((r) => `"${r.relname}"`).join(', ')}`);
    await c.query('checkpoint');
  } finally {
    await c.end();
  }
}

export async function measureRun(ctx: RunContext, serverPid: number | null, run: () => Promise<LoadResult>, describe: (r: LoadResult) => string): Promise<LoadResult> {
  let best: LoadResult | null = null;
  for (let attempt = 1; attempt <= 1 + ctx.opts.retries; attempt++) {
    // Every run starts with current statistics and right after a checkpoint (prepareRun).
    await prepareRun(ctx.url, ctx.tables);
    const waited = performance.now();
    await waitForQuiet(ctx.dbName, serverPid, Math.max(0, Math.min(ctx.opts.quietWait, ctx.noiseLeft)));
    ctx.noiseLeft -= Math.max(0, (performance.now() - waited) / 1000 - 1);
    const r = await run();
    r.attempts = attempt;
    log(describe(r));
    if (!best || r.cores.other < best.cores.other) best = r;
    if (!r.noisy) break;
    if (attempt > ctx.opts.retries || ctx.noiseLeft < ctx.opts.duration) {
      log('run disturbed by other work on the machine; keeping the least disturbed attempt');
      break;
    }
    ctx.noiseLeft -= ctx.opts.duration;
    log('run disturbed by other work on the machine, measuring it again');
  }
  return best!;
}

export const fmt = (r: LoadResult) =>
  `${String(r.commandsPerSecond).padStart(6)} cmd/s  p50 ${r.p50} ms  p99 ${r.p99} ms  bad ${r.bad}  ` +
  `cpu/cmd ${r.system === 'ledgerhouse' ? `node ${r.cpuUsPerCommand.server} us, ` : `sequencer node ${r.cpuUsPerCommand.server} us, `}pg ${r.cpuUsPerCommand.postgres} us, client ${r.cpuUsPerCommand.client} us` +
  `${r.statementsPerCommand ? `; stmts/cmd ${r.statementsPerCommand.transaction} (all ${r.statementsPerCommand.all})` : ''}; other work ${r.cores.other} cores${r.noisy ? ' (disturbed)' : ''}`;

async function ledgerhouseBlock(ctx: Context, scenario: Scenario, label: string): Promise<Block> {
  const { opts } = ctx;
  const token = crypto.randomBytes(18).toString('base64url');
  const before = await tableStats(ctx.url);
  const server: Server = await ledgerhouseServer(ctx, token);
  const base = server.url.replace(/\/graphql$/, '');
  const runs: LoadResult[] = [];
  let commands = 0;
  const db = new pg.Client({ connectionString: ctx.url });
  await db.connect();
  try {
    const bodies = ctx.bodies.get(scenario.name)!;
    // Correctness first: one command must succeed with no errors and no userErrors.
    const probe = await fetch(server.url, { method: 'POST', headers: server.headers, body: bodies.list[bodies.next++ % bodies.list.length] });
    const text = await probe.text();
    if (probe.status !== 200 || text.includes('"errors"') || !text.includes('"userErrors":[]')) {
      throw new Error(`${scenario.name}: Ledgerhouse refused the command (${probe.status}): ${text.slice(0, 600)}`);
    }
    const target = { url: server.url, authorization: `Bearer ${ctx.admin.secret}`, serverPid: server.child.pid!, dbName: ctx.dbName };
    if (opts.warmup > 0) {
      await httpLoad(target, opts.loader, bodies.file, bodies.list, bodies.next, Math.max(...opts.connections), opts.warmup);
      bodies.next += 4096;
      await waitIdle(base, token, db);
    }
    for (const c of opts.connections) {
      const r = await measureRun(
        ctx,
        server.child.pid!,
        async () => {
          const m0 = await readMetrics(base, token);
          const offset = bodies.next;
          const raw = await httpLoad(target, opts.loader, bodies.file, bodies.list, offset, c, opts.duration);
          bodies.next = (bodies.next + raw.commands + 97) % bodies.list.length;
          const m1 = await waitIdle(base, token, db);
          const committed = m1.committed - m0.committed;
          return {
            ...raw,
            statementsPerCommand: committed ? { transaction: round2((m1.txStatements - m0.txStatements) / committed), all: round2((m1.dbStatements - m0.dbStatements) / committed) } : null,
            committed,
            rolledBack: m1.rolledBack - m0.rolledBack,
            retries: m1.retries - m0.retries,
          };
        },
        (r) => `${label}: ${scenario.name} x ${c} conn ledgerhouse ${fmt(r)}`,
      );
      runs.push(r);
    }
    commands = (await waitIdle(base, token, db)).committed;
    await waitNumbered(db);
  } finally {
    await db.end().catch(() => undefined);
    await stopServer(server);
  }
  await statsSettle();
  return { system: 'ledgerhouse', runs, footprint: footprint(before, await tableStats(ctx.url), Math.max(1, commands)), commandsInBlock: commands };
}

async function pgbenchBlock(ctx: Context, scenario: Scenario, label: string): Promise<Block> {
  const { opts } = ctx;
  const script = path.join(ROOT, 'bench', 'pgbench', scenario.script);
  const statements = countScriptStatements(script);
  const target = pgTarget(ctx.url);
  const vars = scenario.vars(ctx.refs, `key:${ctx.admin.id}`);
  const before = await tableStats(ctx.url);
  let commands = 0;
  // The outbox rows the scripts write need their seq as the engine's do (DESIGN invariant 8): a
  // Ledgerhouse server runs through the block as the cluster's sequencer, taking no commands. Its
  // database sessions count in pgbench's PostgreSQL CPU, its Node process apart (node us/cmd).
  const sequencer = await ledgerhouseServer(ctx, crypto.randomBytes(18).toString('base64url'));
  const db = new pg.Client({ connectionString: ctx.url });
  await db.connect();
  try {
    const sessions = await db.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and application_name like 'ledgerhouse%'`);
    const seqInfo = { pid: sequencer.child.pid ?? 0, backends: new Set(sessions.rows.map((r) => r.pid)) };
    if (opts.warmup > 0) commands += (await pgbenchLoad(target, script, vars, Math.max(...opts.connections), opts.warmup, ++ctx.seedCounter, null)).transactions;
    const runs: LoadResult[] = [];
    for (const c of opts.connections) {
      const r = await measureRun(
        ctx,
        null,
        async () => {
          const raw = await pgbenchLoad(target, script, vars, c, opts.duration, ++ctx.seedCounter, ctx.logDir, seqInfo);
          commands += raw.transactions;
          return { ...raw, statementsPerCommand: { transaction: statements, all: statements } };
        },
        (r) => `${label}: ${scenario.name} x ${c} conn pgbench     ${fmt(r)}`,
      );
      runs.push(r);
    }
    await waitNumbered(db);
    await statsSettle();
    return { system: 'pgbench', runs, footprint: footprint(before, await tableStats(ctx.url), Math.max(1, commands)), commandsInBlock: commands };
  } finally {
    await db.end().catch(() => undefined);
    await stopServer(sequencer);
  }
}

// ---------------------------------------------------------------- passes

interface ScenarioResult {
  name: ScenarioName;
  label: string;
  ledgerhouse: Block | null;
  pgbench: Block | null;
  /** Ledgerhouse / pgbench commands per second at the highest connection count. */
  ratio: number | null;
  /** Ledgerhouse's commands per second at the highest connection count over the lowest. */
  scaling: number | null;
  pgbenchScaling: number | null;
  /** Tables where the two systems write a different number of rows per command. */
  footprintDiffers: string[];
}

interface Pass {
  label: string;
  counts: Record<string, number>;
  scenarios: ScenarioResult[];
  invariants: { ok: boolean; seconds: number; broken: Record<string, unknown[]> } | null;
}

async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const r = await c.query<{ moves: string; lines: string; layers: string; entries: string }>(
      `select (select count(*) from stock_moves)::text as moves, (select count(*) from journal_lines)::text as lines,
              (select count(*) from stock_layers)::text as layers, (select count(*) from journal_entries)::text as entries`,
    );
    const row = r.rows[0]!;
    return { stockMoves: Number(row.moves), journalLines: Number(row.lines), stockLayers: Number(row.layers), journalEntries: Number(row.entries) };
  });
}

/**
 * Tables where the two systems write a different number of rows per command (inserted plus
 * updated: an upsert inserts for the first system to touch a row and updates for the
 * next). `varies` are left out: their count depends on the state the earlier commands left
 * (an issue takes from two FIFO layers the first time an item is issued, from one after).
 */
export function differs(a: Block['footprint'], b: Block['footprint'], varies: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (varies.includes(t)) continue;
    const x = (a[t]?.ins ?? 0) + (a[t]?.upd ?? 0);
    const y = (b[t]?.ins ?? 0) + (b[t]?.upd ?? 0);
    if (Math.abs(x - y) > 0.05 + 0.02 * Math.max(x, y)) out.push(t);
  }
  return out;
}

async function measurePass(ctx: Context, label: string, passIndex: number): Promise<Pass> {
  const counts = await rowCounts(ctx.url);
  const scenarios: ScenarioResult[] = [];
  for (const [i, name] of ctx.opts.scenarios.entries()) {
    const scenario = SCENARIO_DEFS[name];
    // Alternate which system goes first, so a slow patch of the machine does not always hit the same one.
    const order = (i + passIndex) % 2 === 0 ? ctx.opts.systems : [...ctx.opts.systems].reverse();
    const blocks: Partial<Record<System, Block>> = {};
    for (const system of order) blocks[system] = system === 'ledgerhouse' ? await ledgerhouseBlock(ctx, scenario, label) : await pgbenchBlock(ctx, scenario, label);
    const lh = blocks.ledgerhouse ?? null;
    const pb = blocks.pgbench ?? null;
    const hi = (b: Block | null) => b?.runs[b.runs.length - 1]?.commandsPerSecond ?? NaN;
    const lo = (b: Block | null) => b?.runs[0]?.commandsPerSecond ?? NaN;
    const ratio = lh && pb ? round2(hi(lh) / hi(pb)) : null;
    const many = ctx.opts.connections.length > 1;
    scenarios.push({
      name,
      label: scenario.label,
      ledgerhouse: lh,
      pgbench: pb,
      ratio,
      scaling: lh && many ? round2(hi(lh) / lo(lh)) : null,
      pgbenchScaling: pb && many ? round2(hi(pb) / lo(pb)) : null,
      footprintDiffers: lh && pb ? differs(lh.footprint, pb.footprint, scenario.varies ?? []) : [],
    });
  }
  let invariants: Pass['invariants'] = null;
  if (ctx.opts.check) {
    log(`${label}: checking every invariant after the pass...`);
    invariants = await checkInvariants(ctx.url);
    log(invariants.ok ? `${label}: every invariant holds (${invariants.seconds} s)` : `${label}: INVARIANTS BROKEN:\n${describeBroken(invariants)}`);
  }
  return { label, counts, scenarios, invariants };
}

// ---------------------------------------------------------------- report

const hiConn = (o: Options) => Math.max(...o.connections);
const loConn = (o: Options) => Math.min(...o.connections);

function passMarkdown(pass: Pass, opts: Options): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `### ${pass.label} (stock_moves ${n(pass.counts.stockMoves!)}, journal_lines ${n(pass.counts.journalLines!)}, stock_layers ${n(pass.counts.stockLayers!)} at the start)`,
    '',
    '| scenario | conn | Ledgerhouse cmd/s | p50 ms | p99 ms | bad | stmts/cmd (own / all) | CPU us/cmd node + pg | pgbench tps | p50 ms | p99 ms | bad | stmts/cmd | CPU us/cmd pg (+ pgbench; sequencer node) | LH / pgbench |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const s of pass.scenarios) {
    for (const [i, c] of opts.connections.entries()) {
      const l = s.ledgerhouse?.runs[i];
      const p = s.pgbench?.runs[i];
      const star = (r: LoadResult | undefined) => (r?.noisy ? ' (*)' : '');
      const flag = (r: LoadResult | undefined) => (r && r.bad > 0 ? ` **${r.bad}**` : r ? ' 0' : ' -');
      lines.push(
        `| ${i === 0 ? s.label : ''} | ${c} | ${l ? `${l.commandsPerSecond}${star(l)}` : '-'} | ${l?.p50 ?? '-'} | ${l?.p99 ?? '-'} |${flag(l)} | ` +
          `${l?.statementsPerCommand ? `${l.statementsPerCommand.transaction} / ${l.statementsPerCommand.all}` : '-'} | ` +
          `${l ? `${l.cpuUsPerCommand.server} + ${l.cpuUsPerCommand.postgres}` : '-'} | ${p ? `${p.commandsPerSecond}${star(p)}` : '-'} | ${p?.p50 ?? '-'} | ${p?.p99 ?? '-'} |${flag(p)} | ` +
          `${p?.statementsPerCommand?.transaction ?? '-'} | ${p ? `${p.cpuUsPerCommand.postgres} (+ ${p.cpuUsPerCommand.client}; ${p.cpuUsPerCommand.server})` : '-'} | ` +
          `${l && p ? (l.commandsPerSecond / p.commandsPerSecond).toFixed(2) : '-'} |`,
      );
    }
  }
  const anyNoisy = pass.scenarios.some((s) => [...(s.ledgerhouse?.runs ?? []), ...(s.pgbench?.runs ?? [])].some((r) => r.noisy));
  const anyBad = pass.scenarios.some((s) => [...(s.ledgerhouse?.runs ?? []), ...(s.pgbench?.runs ?? [])].some((r) => r.bad > 0));
  if (anyNoisy) lines.push('', '(*) other work on the machine used more than 0.15 cores during the run (see the JSON: cores.other).');
  if (anyBad) lines.push('', '**Bad responses or failed transactions in at least one run: those figures are not valid** (first one in the JSON: badSample).');
  lines.push(
    '',
    `| scenario | LH / pgbench at ${hiConn(opts)} conn (target >= ${TARGET_RATIO}) | LH ${hiConn(opts)} / ${loConn(opts)} conn (target >= ${TARGET_SCALING}) | pgbench ${hiConn(opts)} / ${loConn(opts)} conn | rows written per command | result |`,
    '| --- | ---: | ---: | ---: | --- | --- |',
  );
  for (const s of pass.scenarios) {
    const ok = s.ratio !== null && s.ratio >= TARGET_RATIO && (s.scaling === null || s.scaling >= TARGET_SCALING);
    lines.push(
      `| ${s.label} | ${s.ratio ?? '-'} | ${s.scaling ?? '-'} | ${s.pgbenchScaling ?? '-'} | ${s.ledgerhouse && s.pgbench ? (s.footprintDiffers.length ? `differ: ${s.footprintDiffers.join(', ')}` : 'same') : '-'} | ${s.ratio === null ? '-' : ok ? 'pass' : 'FAIL'} |`,
    );
  }
  if (pass.invariants) {
    lines.push('', pass.invariants.ok ? `Every invariant holds after the pass (bench/invariants.ts, ${pass.invariants.seconds} s).` : `**Invariants broken after the pass:** ${Object.keys(pass.invariants.broken).join('; ')}.`);
  }
  lines.push('', '<details><summary>rows inserted / updated per command (pg_stat_user_tables over each block, warm-up included)</summary>', '');
  lines.push('| scenario | table | Ledgerhouse ins | upd | pgbench ins | upd |', '| --- | --- | ---: | ---: | ---: | ---: |');
  for (const s of pass.scenarios) {
    const tables = [...new Set([...Object.keys(s.ledgerhouse?.footprint ?? {}), ...Object.keys(s.pgbench?.footprint ?? {})])].sort();
    for (const [i, t] of tables.entries()) {
      const a = s.ledgerhouse?.footprint[t];
      const b = s.pgbench?.footprint[t];
      const note = s.footprintDiffers.includes(t) ? ' (differs)' : (SCENARIO_DEFS[s.name].varies ?? []).includes(t) ? ' (varies with earlier issues)' : '';
      lines.push(`| ${i === 0 ? s.label : ''} | ${t}${note} | ${a?.ins ?? 0} | ${a?.upd ?? 0} | ${b?.ins ?? 0} | ${b?.upd ?? 0} |`);
    }
  }
  lines.push('', '</details>', '');
  lines.push('<details><summary>CPU detail (cores busy during each run)</summary>', '');
  lines.push('| scenario | conn | system | p90 ms | max ms | cores server / pg / client / pg aux / other | us/cmd pg aux |', '| --- | ---: | --- | ---: | ---: | --- | ---: |');
  for (const s of pass.scenarios) {
    for (const b of [s.ledgerhouse, s.pgbench]) {
      for (const r of b?.runs ?? []) {
        const u = r.cores;
        lines.push(`| ${s.name} | ${r.connections} | ${r.system} | ${r.p90} | ${r.max} | ${u.server} / ${u.postgres} / ${u.client} / ${u.aux} / ${u.other} | ${r.cpuUsPerCommand.aux} |`);
      }
    }
  }
  lines.push('', '</details>', '');
  return lines.join('\n');
}

function historyMarkdown(a: Pass, b: Pass, opts: Options): string {
  const lines = [
    `### History effect: ${a.label.toLowerCase()} vs ${b.label.toLowerCase()}`,
    '',
    '| scenario | conn | Ledgerhouse cmd/s before | after | pgbench tps before | after | LH / pgbench before | after |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of a.scenarios) {
    const t = b.scenarios.find((x) => x.name === s.name);
    if (!t) continue;
    for (const [i, c] of opts.connections.entries()) {
      const l0 = s.ledgerhouse?.runs[i]?.commandsPerSecond;
      const l1 = t.ledgerhouse?.runs[i]?.commandsPerSecond;
      const p0 = s.pgbench?.runs[i]?.commandsPerSecond;
      const p1 = t.pgbench?.runs[i]?.commandsPerSecond;
      const r = (x?: number, y?: number) => (x && y ? (x / y).toFixed(2) : '-');
      lines.push(`| ${i === 0 ? s.label : ''} | ${c} | ${l0 ?? '-'} | ${l1 ?? '-'} | ${p0 ?? '-'} | ${p1 ?? '-'} | ${r(l0, p0)} | ${r(l1, p1)} |`);
    }
  }
  lines.push('', 'The passes run minutes apart on a shared machine: compare the ratios to pgbench (measured in the same minute) as well as the absolute figures.', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

function writeBodies(dir: string, name: ScenarioName, list: string[]): string {
  const file = path.join(dir, `bodies-${name}.ndjson`);
  fs.writeFileSync(file, `${list.join('\n')}\n`);
  return file;
}

export async function writeMain(argv: readonly string[]): Promise<void> {
  const began = performance.now();
  const opts = parseArgs(argv);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.mkdirSync(RESULTS, { recursive: true });
  const target = benchTarget(process.env, WRITE_BENCH_DB);
  const url = databaseUrl(target);
  const ledgerhouseMain = process.env.BENCH_LEDGERHOUSE_MAIN ? path.resolve(process.env.BENCH_LEDGERHOUSE_MAIN) : path.join(ROOT, 'dist', 'src', 'main.js');
  if (opts.systems.includes('ledgerhouse') && !process.env.BENCH_LEDGERHOUSE_MAIN) ensureBuilt(opts.build);

  let seedInfo: unknown = null;
  if (opts.seed) {
    const s = await seed({ target, items: opts.items, ledger: true, log: (m) => log(`seed: ${m}`) });
    seedInfo = { items: s.items, balances: s.balances, summaries: s.summaries, ledger: s.ledger, seconds: s.seconds };
  }
  const refs = await loadRefs(url);
  const admin = await createApiKey(url, 'ADMIN');
  const tmp = path.join(os.tmpdir(), `ledgerhouse-bench-write-${process.getuid?.() ?? 0}`);
  fs.mkdirSync(tmp, { recursive: true });
  const bodies: Context['bodies'] = new Map();
  for (const name of opts.scenarios) {
    const rand = mulberry32(0x5717e + SCENARIOS.indexOf(name));
    const count = SCENARIO_DEFS[name].lines > 1 ? 4096 : 16384;
    const list = Array.from({ length: count }, () => SCENARIO_DEFS[name].body(rand, refs));
    bodies.set(name, { file: writeBodies(tmp, name, list), list, next: 0 });
  }
  const ctx: Context = { opts, url, dbName: target.dbName, refs, admin, ledgerhouseMain, stamp, bodies, noiseLeft: opts.noiseBudget, seedCounter: 1000, logDir: path.join(tmp, 'pgbench-logs') };
  log(`database ${target.dbName}: ${refs.items} items; loader ${opts.loader}; ${opts.scenarios.length} scenarios x ${opts.connections.join('/')} connections x ${opts.duration} s; ${opts.systems.join(' and ')}`);

  const passes: Pass[] = [];
  let history: unknown = null;
  process.once('SIGINT', () => process.exit(130));
  passes.push(await measurePass(ctx, opts.history ? 'Before the history' : 'Write benchmark', 0));
  if (opts.history) {
    log(`adding history: ${opts.history.moves} stock moves, ${opts.history.journalLines} journal lines...`);
    history = await addHistory({ target, moves: opts.history.moves, journalLines: opts.history.journalLines, log: (m) => log(`history: ${m}`) });
    const c = await rowCounts(url);
    log(`history added: ${c.stockMoves.toLocaleString('en-US')} stock moves, ${c.journalLines.toLocaleString('en-US')} journal lines in all`);
    passes.push(await measurePass(ctx, 'With history', 1));
  }

  const machine = await machineInfo(url);
  const totalSeconds = Math.round((performance.now() - began) / 1000);
  const settings = {
    durationPerRun: opts.duration,
    warmupPerScenario: opts.warmup,
    connections: opts.connections,
    items: refs.items,
    loader: opts.loader,
    ledgerhouse: `node ${path.relative(ROOT, ledgerhouseMain)}, NODE_ENV=production, LOG_LEVEL=warn, DB_POOL_SIZE=${hiConn(opts) + 4}, METRICS_TOKEN set, RATE_LIMIT_<ROLE>=1000000/2000000 (the limiter runs, never refuses); one server per scenario`,
    pgbench: `pgbench -M prepared -j min(conn, 2), bench/pgbench/*.sql`,
  };
  const md = [
    `## Write benchmark, ${String(machine.date).slice(0, 19).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machine.cpu as string}, ${machine.memoryGiB as number} GiB, ${machine.os as string}; Node ${machine.node as string}; ${machine.postgres as string} ` +
      `(${Object.entries(machine.postgresSettings as Record<string, string>).map(([k, v]) => `${k} ${v}`).join(', ')}).`,
    `Each run ${opts.duration} s after a ${opts.warmup} s warm-up per scenario and system; Ledgerhouse (${opts.loader}, HTTP) and pgbench (same SQL writes, -M prepared) one after the other, never together; load generator on the same cores.`,
    `Ledgerhouse: ${settings.ledgerhouse}. Statements per command: own = the command's transaction (BEGIN and COMMIT included), all = every statement of the process per committed command.`,
    '',
    ...passes.map((p) => passMarkdown(p, opts)),
    ...(passes.length === 2 ? [historyMarkdown(passes[0]!, passes[1]!, opts)] : []),
    `Total run time: ${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s.`,
    '',
  ].join('\n');
  const report = { machine, settings, seed: seedInfo, history, passes, totalSeconds };
  fs.writeFileSync(path.join(RESULTS, `write-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS, `write-${stamp}.md`), md);
  fs.writeFileSync(path.join(RESULTS, 'latest-write.md'), md);
  process.stdout.write(`\n${md}`);
  log(`results: bench/results/write-${stamp}.{json,md}`);
  const broken = passes.some((p) => p.invariants && !p.invariants.ok);
  const bad = passes.some((p) => p.scenarios.some((s) => [...(s.ledgerhouse?.runs ?? []), ...(s.pgbench?.runs ?? [])].some((r) => r.bad > 0)));
  if (broken) log('the invariant check failed after a pass: see above');
  if (bad) log('some runs had bad responses or failed transactions: those figures are flagged');
  if (broken) process.exitCode = 1;
}
