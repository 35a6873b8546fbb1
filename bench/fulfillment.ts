/**
 * Fulfilment benchmark: `shipmentConfirm` and `salesOrderConfirm` of 2-line orders over
 * real HTTP against the same writes done by pgbench as hand-written SQL
 * (bench/pgbench/shipment-confirm.sql, order-confirm.sql), on the same database, in the
 * same run, one system after the other; then again with 1M more stock moves and 200k more
 * orders of history. See bench/README.md, "Fulfilment benchmark".
 *
 *   npm run bench -- fulfillment                         seed, check the prepared orders against the API, measure
 *   npm run bench -- fulfillment --history               then add 1M stock moves and 200k shipped orders, measure again
 *   npm run bench -- fulfillment --no-seed --duration 3  reuse the database (fresh pools on unused items), short runs
 *
 * Options: --duration S (10) --warmup S (4) --connections 1,4,16 --scenarios shipment-confirm,order-confirm
 * --history | --moves N --history-orders N, --pool N (orders per pool, 25000), --only ledgerhouse|pgbench,
 * --loader wrk|autocannon, --quiet-wait S (30), --retries N (1), --noise-budget S (120), --no-seed, --no-build,
 * --no-check, --no-twin. Env: BENCH_PG_URL, BENCH_DB (default ledgerhouse_bench_fulfillment), BENCH_ITEMS,
 * BENCH_LEDGERHOUSE_MAIN, BENCH_LEDGERHOUSE_PORT.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { orderConfirmBody, shipmentConfirmBody } from './fulfillment-api';
import { type FulfilRefs, addOrderHistory, insertConfirmPool, insertShipPool, poolSequence, savePool, setupReference } from './fulfillment-data';
import { twinCheck } from './fulfillment-twin';
import { checkInvariants, describeBroken } from './invariants';
import { RESULTS, ROOT, ensureBuilt, machineInfo, round2, stopServer, type Server } from './run';
import { addHistory, benchTarget, createApiKey, databaseUrl, DEFAULT_ITEMS, parseCount, seed } from './seed';
import {
  type Block,
  type RunContext,
  type System,
  differs,
  fmt,
  footprint,
  ledgerhouseServer,
  measureRun,
  readMetrics,
  statsSettle,
  tableStats,
  waitIdle,
  waitNumbered,
  withClient,
} from './write';
import { countScriptStatements, httpLoad, type LoadResult, pgTarget, pgbenchLoad, wrkAvailable } from './write-load';

const TARGET_RATIO = 0.5;
const log = (m: string) => process.stderr.write(`[bench fulfillment] ${m}\n`);
export const FULFILLMENT_BENCH_DB = 'ledgerhouse_bench_fulfillment';

// ---------------------------------------------------------------- options

const SCENARIOS = ['shipment-confirm', 'order-confirm'] as const;
type ScenarioName = (typeof SCENARIOS)[number];

interface Options {
  seed: boolean;
  build: boolean;
  check: boolean;
  twin: boolean;
  duration: number;
  warmup: number;
  connections: number[];
  scenarios: ScenarioName[];
  history: { moves: number; orders: number } | null;
  pool: number;
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
  const orders = count('--history-orders');
  const history = argv.includes('--history') || moves || orders ? { moves: moves ?? 1_000_000, orders: orders ?? 200_000 } : null;
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
    twin: !argv.includes('--no-twin'),
    duration: count('--duration') ?? 10,
    warmup: count('--warmup') ?? 4,
    connections,
    scenarios,
    history,
    pool: count('--pool') ?? 25_000,
    systems: only ? [only as System] : ['ledgerhouse', 'pgbench'],
    loader,
    items: count('--items') ?? parseCount(process.env.BENCH_ITEMS, 'BENCH_ITEMS') ?? DEFAULT_ITEMS,
    quietWait: count('--quiet-wait') ?? 30,
    retries: count('--retries') ?? 1,
    noiseBudget: count('--noise-budget') ?? 120,
  };
}

// ---------------------------------------------------------------- scenarios and pools

interface Scenario {
  name: ScenarioName;
  label: string;
  script: string;
  /** Where each system's pool lives (its own warehouse: the same items, the same stock). */
  warehouse: Record<System, string>;
  /** The state a pool's target is in until the command takes it. */
  waiting: string;
  body: (id: string) => string;
  /** Rows per command that depend on the state earlier commands left (see write.ts differs()). */
  varies: readonly string[];
}

const SCENARIO_DEFS: Record<ScenarioName, Scenario> = {
  'shipment-confirm': {
    name: 'shipment-confirm',
    label: 'shipmentConfirm, 2 lines (FIFO, 2 layers per line)',
    script: 'shipment-confirm.sql',
    warehouse: { ledgerhouse: 'WH1', pgbench: 'WH3' },
    waiting: "select s.id::text as id from bench_pool p join shipments s on s.id = p.target_id where p.pool = $1 and s.status = 'PACKED' order by p.n",
    body: shipmentConfirmBody,
    varies: [],
  },
  'order-confirm': {
    name: 'order-confirm',
    label: 'salesOrderConfirm, 2 lines (3 locations per line)',
    script: 'order-confirm.sql',
    warehouse: { ledgerhouse: 'WH2', pgbench: 'WH4' },
    waiting: "select o.id::text as id from bench_pool p join sales_orders o on o.id = p.target_id where p.pool = $1 and o.status = 'DRAFT' order by p.n",
    body: orderConfirmBody,
    varies: [],
  },
};

/** Tables the commands write (statistics per block, ANALYZE before each run). */
const WRITTEN_TABLES = [
  'stock_summaries', 'stock_balances', 'stock_layers', 'stock_moves', 'move_valuations', 'journal_sequences', 'journal_entries', 'journal_lines', 'outbox_events',
  'sales_orders', 'sales_order_lines', 'stock_allocations', 'shipments', 'shipment_lines', 'cartons', 'carton_lines', 'idempotency_keys', 'bench_pool',
];

const poolName = (scenario: ScenarioName, system: System, pass: number) => `${scenario}-${system}-${pass}`;

/**
 * The pools of a pass: per scenario and system, orders on items never used by a pool in
 * that warehouse (each order its own two items), from the first unused item on.
 */
async function makePools(ctx: Context, pass: number): Promise<Record<string, number>> {
  const made: Record<string, number> = {};
  await withClient(ctx.url, async (c) => {
    for (const name of ctx.opts.scenarios) {
      const sc = SCENARIO_DEFS[name];
      for (const system of ctx.opts.systems) {
        const w = ctx.refs.places.get(sc.warehouse[system])!;
        // Items a pool used here have a balance in PACK-01 (picked) or B-01 (spread): start after the last one.
        const used = await c.query<{ n: string | null }>('select max(item_id)::text as n from stock_balances where location_id = any($1::bigint[])', [[w.pack, w.b01]]);
        const first = Number(used.rows[0]?.n ?? 0) + 1;
        const room = Math.floor((ctx.refs.items - first + 1) / 2);
        const n = Math.min(ctx.opts.pool, room);
        if (n < 1000) throw new Error(`${sc.warehouse[system]} has unused items for ${n} more orders only: reseed (drop --no-seed)`);
        const orders = Array.from({ length: n }, (_, k) => ({ itemA: first + 2 * k, itemB: first + 2 * k + 1 }));
        const began = performance.now();
        const ids = name === 'shipment-confirm' ? await insertShipPool(c, ctx.refs, w, orders) : await insertConfirmPool(c, ctx.refs, w, orders);
        await savePool(c, poolName(name, system, pass), ids);
        made[poolName(name, system, pass)] = n;
        log(`pool ${poolName(name, system, pass)}: ${n} ${name === 'shipment-confirm' ? 'packed' : 'draft'} orders in ${w.code}, items ${first}..${first + 2 * n - 1} (${Math.round((performance.now() - began) / 100) / 10} s)`);
      }
    }
    await c.query(`vacuum (analyze) ${WRITTEN_TABLES.filter((t) => t !== 'idempotency_keys').map((t) => `"${t}"`).join(', ')}, stock_documents, pick_tasks, pick_lists, waves`);
  });
  return made;
}

async function waiting(ctx: Context, scenario: Scenario, pool: string): Promise<string[]> {
  return withClient(ctx.url, async (c) => (await c.query<{ id: string }>(scenario.waiting, [pool])).rows.map((r) => r.id));
}

// ---------------------------------------------------------------- blocks

interface Context extends RunContext {
  opts: Options;
  refs: FulfilRefs & { items: number };
  pass: number;
  tmp: string;
  seedCounter: number;
  logDir: string;
}

const TOKEN = () => crypto.randomBytes(18).toString('base64url');

/** The pool's targets still waiting, as request bodies in a file for wrk (its threads split the file, so none is sent twice). */
async function bodiesFor(ctx: Context, scenario: Scenario, pool: string): Promise<{ file: string; list: string[] }> {
  const list = (await waiting(ctx, scenario, pool)).map(scenario.body);
  const file = path.join(ctx.tmp, `bodies-${pool}.ndjson`);
  fs.writeFileSync(file, `${list.join('\n')}\n`);
  return { file, list };
}

async function ledgerhouseBlock(ctx: Context, scenario: Scenario, label: string): Promise<Block> {
  const { opts } = ctx;
  const pool = poolName(scenario.name, 'ledgerhouse', ctx.pass);
  const token = TOKEN();
  const before = await tableStats(ctx.url, WRITTEN_TABLES);
  const server: Server = await ledgerhouseServer(ctx, token);
  const base = server.url.replace(/\/graphql$/, '');
  const runs: LoadResult[] = [];
  let commands = 0;
  const db = new pg.Client({ connectionString: ctx.url });
  await db.connect();
  try {
    // Correctness first: one command must succeed with no errors and no userErrors.
    const first = await bodiesFor(ctx, scenario, pool);
    const probe = await fetch(server.url, { method: 'POST', headers: server.headers, body: first.list[0] });
    const text = await probe.text();
    if (probe.status !== 200 || text.includes('"errors"') || !text.includes('"userErrors":[]')) {
      throw new Error(`${scenario.name}: Ledgerhouse refused the command (${probe.status}): ${text.slice(0, 600)}`);
    }
    const target = { url: server.url, authorization: `Bearer ${ctx.admin.secret}`, serverPid: server.child.pid!, dbName: ctx.dbName };
    const load = async (c: number, seconds: number) => {
      const bodies = await bodiesFor(ctx, scenario, pool);
      if (bodies.list.length < 2000) throw new Error(`${pool}: only ${bodies.list.length} targets left (give a larger --pool)`);
      return httpLoad(target, opts.loader, bodies.file, bodies.list, 0, c, seconds);
    };
    if (opts.warmup > 0) {
      await load(Math.max(...opts.connections), opts.warmup);
      await waitIdle(base, token, db);
    }
    for (const c of opts.connections) {
      const r = await measureRun(
        ctx,
        server.child.pid!,
        async () => {
          const m0 = await readMetrics(base, token);
          const raw = await load(c, opts.duration);
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
  return { system: 'ledgerhouse', runs, footprint: footprint(before, await tableStats(ctx.url, WRITTEN_TABLES), Math.max(1, commands), WRITTEN_TABLES), commandsInBlock: commands };
}

function pgbenchVars(ctx: Context, scenario: Scenario, pool: string): Record<string, string> {
  return {
    pool,
    seq: poolSequence(pool),
    ...(scenario.name === 'shipment-confirm' ? { acc_inv: ctx.refs.accounts.INVENTORY, acc_cogs: ctx.refs.accounts.COGS, actor: ctx.refs.actor } : {}),
  };
}

async function pgbenchBlock(ctx: Context, scenario: Scenario, label: string): Promise<Block> {
  const { opts } = ctx;
  const script = path.join(ROOT, 'bench', 'pgbench', scenario.script);
  const statements = countScriptStatements(script);
  const target = pgTarget(ctx.url);
  const pool = poolName(scenario.name, 'pgbench', ctx.pass);
  const vars = pgbenchVars(ctx, scenario, pool);
  const before = await tableStats(ctx.url, WRITTEN_TABLES);
  let commands = 0;
  // The outbox rows the scripts write need their seq as the engine's do (DESIGN invariant 8): a
  // Ledgerhouse server runs through the block as the cluster's sequencer, taking no commands.
  const sequencer = await ledgerhouseServer(ctx, TOKEN());
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
          const left = (await waiting(ctx, scenario, pool)).length;
          if (left < 2000) throw new Error(`${pool}: only ${left} targets left (give a larger --pool)`);
          const raw = await pgbenchLoad(target, script, vars, c, opts.duration, ++ctx.seedCounter, ctx.logDir, seqInfo);
          commands += raw.transactions;
          return { ...raw, statementsPerCommand: { transaction: statements, all: statements } };
        },
        (r) => `${label}: ${scenario.name} x ${c} conn pgbench     ${fmt(r)}`,
      );
      runs.push(r);
    }
    await waitNumbered(db);
    // The sequencer's own statistics (its numbering of the block's rows) reach pg_stat_user_tables once it stops.
    await stopServer(sequencer);
    await statsSettle();
    return { system: 'pgbench', runs, footprint: footprint(before, await tableStats(ctx.url, WRITTEN_TABLES), Math.max(1, commands), WRITTEN_TABLES), commandsInBlock: commands };
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
  ratio: number | null;
  footprintDiffers: string[];
}

interface Pass {
  label: string;
  counts: Record<string, number>;
  pools: Record<string, number>;
  scenarios: ScenarioResult[];
  invariants: { ok: boolean; seconds: number; broken: Record<string, unknown[]> } | null;
}

async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const r = await c.query<Record<string, string>>(
      `select (select count(*) from stock_moves)::text as "stockMoves", (select count(*) from sales_orders)::text as "salesOrders",
              (select count(*) from stock_allocations)::text as "allocations", (select count(*) from shipments)::text as "shipments",
              (select count(*) from journal_lines)::text as "journalLines", (select count(*) from outbox_events)::text as "outboxEvents"`,
    );
    return Object.fromEntries(Object.entries(r.rows[0]!).map(([k, v]) => [k, Number(v)]));
  });
}

async function measurePass(ctx: Context, label: string, passIndex: number, pools: Record<string, number>): Promise<Pass> {
  const counts = await rowCounts(ctx.url);
  const scenarios: ScenarioResult[] = [];
  for (const [i, name] of ctx.opts.scenarios.entries()) {
    const scenario = SCENARIO_DEFS[name];
    const order = (i + passIndex) % 2 === 0 ? ctx.opts.systems : [...ctx.opts.systems].reverse();
    const blocks: Partial<Record<System, Block>> = {};
    for (const system of order) blocks[system] = system === 'ledgerhouse' ? await ledgerhouseBlock(ctx, scenario, label) : await pgbenchBlock(ctx, scenario, label);
    const lh = blocks.ledgerhouse ?? null;
    const pb = blocks.pgbench ?? null;
    const hi = (b: Block | null) => b?.runs[b.runs.length - 1]?.commandsPerSecond ?? NaN;
    scenarios.push({
      name,
      label: scenario.label,
      ledgerhouse: lh,
      pgbench: pb,
      ratio: lh && pb ? round2(hi(lh) / hi(pb)) : null,
      footprintDiffers: lh && pb ? differs(lh.footprint, pb.footprint, [...scenario.varies, 'bench_pool']) : [],
    });
  }
  let invariants: Pass['invariants'] = null;
  if (ctx.opts.check) {
    log(`${label}: checking every invariant after the pass...`);
    invariants = await checkInvariants(ctx.url, { fulfillment: true });
    log(invariants.ok ? `${label}: every invariant holds (${invariants.seconds} s)` : `${label}: INVARIANTS BROKEN:\n${describeBroken(invariants)}`);
  }
  return { label, counts, pools, scenarios, invariants };
}

// ---------------------------------------------------------------- report

const hiConn = (o: Options) => Math.max(...o.connections);

function passMarkdown(pass: Pass, opts: Options): string {
  const n = (x: number | undefined) => (x ?? 0).toLocaleString('en-US');
  const c = pass.counts;
  const lines = [
    `### ${pass.label} (stock_moves ${n(c.stockMoves)}, sales_orders ${n(c.salesOrders)}, stock_allocations ${n(c.allocations)}, shipments ${n(c.shipments)}, journal_lines ${n(c.journalLines)}, outbox_events ${n(c.outboxEvents)} at the start)`,
    '',
    '| scenario | conn | Ledgerhouse cmd/s | p50 ms | p99 ms | bad | stmts/cmd (own / all) | CPU us/cmd node + pg | pgbench tps | p50 ms | p99 ms | bad | stmts/cmd | CPU us/cmd pg (+ pgbench; sequencer node) | LH / pgbench |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const s of pass.scenarios) {
    for (const [i, conn] of opts.connections.entries()) {
      const l = s.ledgerhouse?.runs[i];
      const p = s.pgbench?.runs[i];
      const star = (r: LoadResult | undefined) => (r?.noisy ? ' (*)' : '');
      const flag = (r: LoadResult | undefined) => (r && r.bad > 0 ? ` **${r.bad}**` : r ? ' 0' : ' -');
      lines.push(
        `| ${i === 0 ? s.label : ''} | ${conn} | ${l ? `${l.commandsPerSecond}${star(l)}` : '-'} | ${l?.p50 ?? '-'} | ${l?.p99 ?? '-'} |${flag(l)} | ` +
          `${l?.statementsPerCommand ? `${l.statementsPerCommand.transaction} / ${l.statementsPerCommand.all}` : '-'} | ` +
          `${l ? `${l.cpuUsPerCommand.server} + ${l.cpuUsPerCommand.postgres}` : '-'} | ${p ? `${p.commandsPerSecond}${star(p)}` : '-'} | ${p?.p50 ?? '-'} | ${p?.p99 ?? '-'} |${flag(p)} | ` +
          `${p?.statementsPerCommand?.transaction ?? '-'} | ${p ? `${p.cpuUsPerCommand.postgres} (+ ${p.cpuUsPerCommand.client}; ${p.cpuUsPerCommand.server})` : '-'} | ` +
          `${l && p ? (l.commandsPerSecond / p.commandsPerSecond).toFixed(2) : '-'} |`,
      );
    }
  }
  const all = pass.scenarios.flatMap((s) => [...(s.ledgerhouse?.runs ?? []), ...(s.pgbench?.runs ?? [])]);
  if (all.some((r) => r.noisy)) lines.push('', '(*) other work on the machine used more than 0.15 cores during the run (see the JSON: cores.other).');
  if (all.some((r) => r.bad > 0)) lines.push('', '**Bad responses or failed transactions in at least one run: those figures are not valid** (first one in the JSON: badSample).');
  lines.push('', `| scenario | LH / pgbench at ${hiConn(opts)} conn (target >= ${TARGET_RATIO}) | rows written per command | result |`, '| --- | ---: | --- | --- |');
  for (const s of pass.scenarios) {
    lines.push(
      `| ${s.label} | ${s.ratio ?? '-'} | ${s.ledgerhouse && s.pgbench ? (s.footprintDiffers.length ? `differ: ${s.footprintDiffers.join(', ')}` : 'same') : '-'} | ${s.ratio === null ? '-' : s.ratio >= TARGET_RATIO ? 'pass' : 'FAIL'} |`,
    );
  }
  if (pass.invariants) {
    lines.push('', pass.invariants.ok ? `Every invariant holds after the pass (bench/invariants.ts with the fulfilment checks, ${pass.invariants.seconds} s).` : `**Invariants broken after the pass:** ${Object.keys(pass.invariants.broken).join('; ')}.`);
  }
  lines.push('', '<details><summary>rows inserted / updated per command (pg_stat_user_tables over each block, warm-up and probe included)</summary>', '');
  lines.push('| scenario | table | Ledgerhouse ins | upd | pgbench ins | upd |', '| --- | --- | ---: | ---: | ---: | ---: |');
  for (const s of pass.scenarios) {
    const tables = [...new Set([...Object.keys(s.ledgerhouse?.footprint ?? {}), ...Object.keys(s.pgbench?.footprint ?? {})])].filter((t) => t !== 'bench_pool').sort();
    for (const [i, t] of tables.entries()) {
      const a = s.ledgerhouse?.footprint[t];
      const b = s.pgbench?.footprint[t];
      lines.push(`| ${i === 0 ? s.label : ''} | ${t}${s.footprintDiffers.includes(t) ? ' (differs)' : ''} | ${a?.ins ?? 0} | ${a?.upd ?? 0} | ${b?.ins ?? 0} | ${b?.upd ?? 0} |`);
    }
  }
  lines.push('', '</details>', '');
  lines.push('<details><summary>CPU detail (cores busy during each run)</summary>', '');
  lines.push('| scenario | conn | system | p90 ms | max ms | cores server / pg / client / pg aux / other | us/cmd pg aux | retried |', '| --- | ---: | --- | ---: | ---: | --- | ---: | ---: |');
  for (const s of pass.scenarios) {
    for (const b of [s.ledgerhouse, s.pgbench]) {
      for (const r of b?.runs ?? []) {
        const u = r.cores;
        lines.push(`| ${s.name} | ${r.connections} | ${r.system} | ${r.p90} | ${r.max} | ${u.server} / ${u.postgres} / ${u.client} / ${u.aux} / ${u.other} | ${r.cpuUsPerCommand.aux} | ${r.retries ?? '-'} |`);
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

/** One transaction of a pgbench script (the twin check's raw-SQL twin); throws unless it committed. */
function pgbenchOnce(url: string) {
  return async (script: string, vars: Record<string, string>): Promise<void> => {
    const t = pgTarget(url);
    const r = spawnSync(
      'pgbench',
      ['-n', '-M', 'prepared', '-h', t.host, '-p', t.port, '-U', t.user, '-c', '1', '-t', '1', '-f', path.join(ROOT, 'bench', 'pgbench', script), ...Object.entries(vars).flatMap(([k, v]) => ['-D', `${k}=${v}`]), t.dbName],
      { encoding: 'utf8', env: { ...process.env, ...(t.password ? { PGPASSWORD: t.password } : {}) } },
    );
    if (r.status !== 0 || !/number of transactions actually processed: 1\/1/.test(r.stdout) || /aborted/.test(r.stderr)) throw new Error(`pgbench ${script} (one transaction) failed:\n${r.stdout}\n${r.stderr}`);
  };
}

export async function fulfillmentMain(argv: readonly string[]): Promise<void> {
  const began = performance.now();
  const opts = parseArgs(argv);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.mkdirSync(RESULTS, { recursive: true });
  const target = benchTarget(process.env, FULFILLMENT_BENCH_DB);
  const url = databaseUrl(target);
  const ledgerhouseMain = process.env.BENCH_LEDGERHOUSE_MAIN ? path.resolve(process.env.BENCH_LEDGERHOUSE_MAIN) : path.join(ROOT, 'dist', 'src', 'main.js');
  if (!process.env.BENCH_LEDGERHOUSE_MAIN) ensureBuilt(opts.build);

  let seedInfo: unknown = null;
  if (opts.seed) {
    const s = await seed({ target, items: opts.items, ledger: true, log: (m) => log(`seed: ${m}`) });
    seedInfo = { items: s.items, balances: s.balances, summaries: s.summaries, ledger: s.ledger, seconds: s.seconds };
  }
  const admin = await createApiKey(url, 'ADMIN');
  const tmp = path.join(os.tmpdir(), `ledgerhouse-bench-fulfillment-${process.getuid?.() ?? 0}`);
  fs.mkdirSync(tmp, { recursive: true });
  const items = await withClient(url, async (c) => Number((await c.query<{ n: string }>('select max(id)::text as n from items')).rows[0]!.n));
  const base: RunContext = { opts, url, dbName: target.dbName, admin, ledgerhouseMain, stamp, noiseLeft: opts.noiseBudget, tables: WRITTEN_TABLES };
  // The open periods the commands post in: this month and the next (a run across midnight at a month's end).
  await withClient(url, (c) =>
    c.query(
      `insert into fiscal_periods (year, month, start_date, end_date)
       select extract(year from m)::int, extract(month from m)::int, m::date, (m + interval '1 month' - interval '1 day')::date
       from generate_series(date_trunc('month', now() at time zone 'UTC'), date_trunc('month', now() at time zone 'UTC') + interval '1 month', interval '1 month') m
       on conflict (year, month) do nothing`,
    ),
  );

  // Reference rows through the API, then the twin check (bulk SQL and pgbench script against the API), on one server.
  let twin: unknown = null;
  const setupServer = await ledgerhouseServer(base, TOKEN());
  let refs: FulfilRefs;
  try {
    const api = { url: setupServer.url, authorization: `Bearer ${admin.secret}` };
    refs = await withClient(url, (c) => setupReference(c, api, admin.id));
    if (opts.twin) {
      const result = await withClient(url, async (c) => {
        const settle = () => waitNumbered(c);
        await settle();
        // Twin items: the first unused of WH5 (each check takes 4 items, and the same 4 + 500 and + 1000).
        const w5 = refs.places.get('WH5')!;
        const used = await c.query<{ n: string | null }>('select max(item_id)::text as n from stock_balances where location_id = any($1::bigint[]) and item_id <= 500', [[w5.pack, w5.b01]]);
        const from = Number(used.rows[0]?.n ?? 0) + 1;
        if (from + 3 > 500 || items < 1504) throw new Error('the twin check has no unused items left in WH5 (reseed, or --no-twin)');
        return twinCheck(c, api, refs, from, settle, pgbenchOnce(url));
      });
      for (const line of result.checked) log(`twin check: ${line}`);
      if (result.differences.length) throw new Error(`the prepared state or the pgbench scripts differ from what the API writes:\n${result.differences.join('\n')}`);
      log('twin check: the bulk SQL leaves orders exactly as the API does, and the pgbench scripts write exactly what the API writes');
      twin = result;
    }
    await withClient(url, (c) => waitNumbered(c));
  } finally {
    await stopServer(setupServer);
  }

  const ctx: Context = { ...base, opts, refs: { ...refs, items }, pass: 0, tmp, seedCounter: 1000, logDir: path.join(tmp, 'pgbench-logs') };
  log(`database ${target.dbName}: ${items} items; loader ${opts.loader}; ${opts.scenarios.join(', ')} x ${opts.connections.join('/')} connections x ${opts.duration} s; ${opts.systems.join(' and ')}`);
  process.once('SIGINT', () => process.exit(130));

  const passes: Pass[] = [];
  let history: unknown = null;
  passes.push(await measurePass(ctx, opts.history ? 'Before the history' : 'Fulfilment benchmark', 0, await makePools(ctx, 0)));
  if (opts.history) {
    log(`adding history: ${opts.history.moves} stock moves (and as many journal lines), then ${opts.history.orders} shipped orders...`);
    const h = await addHistory({ target, moves: opts.history.moves, journalLines: opts.history.moves, log: (m) => log(`history: ${m}`) });
    const o = await withClient(url, async (c) => {
      const r = await addOrderHistory(c, ctx.refs, opts.history!.orders);
      await c.query('vacuum (analyze)');
      await c.query('checkpoint');
      return r;
    });
    history = { stock: h, orders: o };
    log(`history added (${o.orders} orders in ${o.seconds} s)`);
    ctx.pass = 1;
    passes.push(await measurePass(ctx, 'With history', 1, await makePools(ctx, 1)));
  }

  const machine = await machineInfo(url);
  const totalSeconds = Math.round((performance.now() - began) / 1000);
  const settings = {
    durationPerRun: opts.duration,
    warmupPerScenario: opts.warmup,
    connections: opts.connections,
    items,
    loader: opts.loader,
    ledgerhouse: `node ${path.relative(ROOT, ledgerhouseMain)}, NODE_ENV=production, LOG_LEVEL=warn, DB_POOL_SIZE=${hiConn(opts) + 4}, METRICS_TOKEN set, RATE_LIMIT_<ROLE>=1000000/2000000 (the limiter runs, never refuses); one server per scenario`,
    pgbench: 'pgbench -M prepared -j min(conn, 2), bench/pgbench/shipment-confirm.sql and order-confirm.sql',
  };
  const md = [
    `## Fulfilment benchmark, ${String(machine.date).slice(0, 19).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machine.cpu as string}, ${machine.memoryGiB as number} GiB, ${machine.os as string}; Node ${machine.node as string}; ${machine.postgres as string} ` +
      `(${Object.entries(machine.postgresSettings as Record<string, string>).map(([k, v]) => `${k} ${v}`).join(', ')}).`,
    `Each run ${opts.duration} s after a ${opts.warmup} s warm-up per scenario and system; Ledgerhouse (${opts.loader}, HTTP) and pgbench (same SQL writes, -M prepared) one after the other, never together; load generator on the same cores.`,
    `Ledgerhouse: ${settings.ledgerhouse}. Statements per command: own = the command's transaction (BEGIN and COMMIT included), all = every statement of the process per committed command.`,
    twin ? 'Twin check passed: orders prepared by bulk SQL are row for row what the API makes, and the pgbench scripts write row for row what the API writes (bench/fulfillment-twin.ts).' : 'Twin check skipped (--no-twin).',
    '',
    ...passes.map((p) => passMarkdown(p, opts)),
    ...(passes.length === 2 ? [historyMarkdown(passes[0]!, passes[1]!, opts)] : []),
    `Total run time: ${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s.`,
    '',
  ].join('\n');
  const report = { machine, settings, seed: seedInfo, twin, history, passes, totalSeconds };
  fs.writeFileSync(path.join(RESULTS, `fulfillment-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS, `fulfillment-${stamp}.md`), md);
  fs.writeFileSync(path.join(RESULTS, 'latest-fulfillment.md'), md);
  process.stdout.write(`\n${md}`);
  log(`results: bench/results/fulfillment-${stamp}.{json,md}`);
  const broken = passes.some((p) => p.invariants && !p.invariants.ok);
  if (broken) {
    log('the invariant check failed after a pass: see above');
    process.exitCode = 1;
  }
}

