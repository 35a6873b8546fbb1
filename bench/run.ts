/**
 * Storefront availability benchmark: Ledgerhouse against a bare Apollo + pg baseline.
 * `npm run bench -- write ...` runs the write benchmark instead (bench/write.ts), `npm run bench -- fulfillment ...`
 * the fulfilment benchmark (bench/fulfillment.ts).
 *
 *   npm run bench                              seed, measure
 *   npm run bench -- --moves 1000000           seed, measure, add 1M stock moves, measure again
 *   npm run bench -- --no-seed                 reuse the bench database as it is
 *
 * Options: --duration <s> (per run, default 10), --warmup <s> (per server, default 6),
 * --connections 10,50  --skus 1,10  --rounds <n> (repeat each run, median kept; default 1),
 * --profile (node --cpu-prof on both servers; profiles in bench/results/profiles/),
 * --no-build (do not rebuild dist/ even when src/ is newer).
 * See bench/README.md.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import ts from 'typescript';
import { addMoves, benchTarget, createStorefrontKey, databaseUrl, DEFAULT_ITEMS, parseCount, seed } from './seed';

export const ROOT = path.resolve(__dirname, '..');
export const RESULTS = path.join(ROOT, 'bench', 'results');
const TARGET_THROUGHPUT = 0.7;
const TARGET_P99 = 1.5;
/** Cores of foreign work (other processes) above which a run counts as disturbed. */
export const NOISE_THRESHOLD = 0.15;

const QUERY = `query Availability($skus: [String!]!, $warehouseCodes: [String!]) {
  availability(skus: $skus, warehouseCodes: $warehouseCodes) {
    sku found available
    warehouses { warehouseCode warehouseName available onHand allocated inTransit }
  }
}`;

// ---------------------------------------------------------------- options

interface Options {
  seed: boolean;
  build: boolean;
  moves: number;
  duration: number;
  warmup: number;
  connections: number[];
  skus: number[];
  rounds: number;
  profile: boolean;
  items: number;
  quietWait: number;
  retries: number;
  /** Seconds the whole run may spend waiting for quiet and re-measuring disturbed pairs. */
  noiseBudget: number;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    if (i >= 0) return argv[i + 1];
    return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const list = (name: string, fallback: number[]) => (value(name) ? value(name)!.split(',').map((v) => parseCount(v.trim(), name)!) : fallback);
  return {
    seed: !argv.includes('--no-seed'),
    build: !argv.includes('--no-build'),
    moves: parseCount(value('--moves'), '--moves') ?? 0,
    duration: parseCount(value('--duration'), '--duration') ?? 10,
    warmup: parseCount(value('--warmup'), '--warmup') ?? 6,
    connections: list('--connections', [10, 50]),
    skus: list('--skus', [1, 10]),
    rounds: Math.max(1, parseCount(value('--rounds'), '--rounds') ?? 1),
    profile: argv.includes('--profile'),
    items: parseCount(value('--items') ?? process.env.BENCH_ITEMS, '--items') ?? DEFAULT_ITEMS,
    quietWait: parseCount(value('--quiet-wait'), '--quiet-wait') ?? 60,
    retries: parseCount(value('--retries'), '--retries') ?? 2,
    noiseBudget: parseCount(value('--noise-budget'), '--noise-budget') ?? 150,
  };
}

const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

// ---------------------------------------------------------------- build

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(build: boolean): void {
  const main = path.join(ROOT, 'dist', 'src', 'main.js');
  const built = fs.existsSync(main) ? fs.statSync(main).mtimeMs : 0;
  const sources = Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'migrations')), fs.statSync(path.join(ROOT, 'tsconfig.json')).mtimeMs);
  if (built >= sources) return;
  if (!build) {
    if (!built) throw new Error('dist/src/main.js is missing: run npm run build (or drop --no-build)');
    log('dist/ is older than src/ (--no-build given: measuring the old build)');
    return;
  }
  log(built ? 'dist/ is older than src/: npm run build' : 'dist/ missing: npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * The baseline runs as plain JavaScript under plain node, like the built Ledgerhouse (no
 * tsx loader in the process). Written outside the repository (eslint lints every .js in
 * it); the child finds the project's packages through NODE_PATH.
 */
export function compileBaseline(): string {
  const source = fs.readFileSync(path.join(ROOT, 'bench', 'baseline-server.ts'), 'utf8');
  const out = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: 'baseline-server.ts',
  });
  const file = path.join(os.tmpdir(), `ledgerhouse-bench-${process.getuid?.() ?? 0}`, 'baseline-server.js');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out.outputText);
  return file;
}

// ---------------------------------------------------------------- servers

export interface Server {
  name: 'baseline' | 'ledgerhouse';
  url: string;
  headers: Record<string, string>;
  child: ChildProcess;
  logFile: string;
}

export async function startServer(
  name: Server['name'],
  script: string,
  env: Record<string, string>,
  port: number,
  headers: Record<string, string>,
  nodeArgs: string[],
  stamp: string,
): Promise<Server> {
  const logFile = path.join(RESULTS, 'logs', `${stamp}-${name}.log`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} while starting; see ${logFile}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not start within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { name, url: `${base}/graphql`, headers: { 'content-type': 'application/json', ...headers }, child, logFile };
}

export async function stopServer(s: Server): Promise<void> {
  if (s.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => s.child.once('exit', () => resolve()));
  s.child.kill('SIGTERM');
  const timer = setTimeout(() => s.child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function post(s: Server, variables: Record<string, unknown>): Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }> {
  const res = await fetch(s.url, { method: 'POST', headers: s.headers, body: JSON.stringify({ query: QUERY, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}

// ---------------------------------------------------------------- correctness

export async function checkSameAnswers(a: Server, b: Server, items: number): Promise<number> {
  const sku = (n: number) => `SKU-${String(n).padStart(6, '0')}`;
  const cases: Record<string, unknown>[] = [
    { skus: [sku(1)] },
    { skus: [sku(12), sku(13), sku(26)] }, // over-allocated, fully allocated, ...
    { skus: Array.from({ length: 10 }, (_, i) => sku(1 + ((i * 7919) % items))) },
    { skus: [sku(items), 'sku-000042', `  ${sku(43)} `, 'NO-SUCH-SKU', sku(42), sku(42)] }, // case, spaces, unknown, duplicates
    { skus: [sku(5), sku(6)], warehouseCodes: ['wh2', 'WH4', 'WH9'] },
    { skus: [] },
    { skus: Array.from({ length: 250 }, (_, i) => sku(1 + ((i * 104729) % items))) },
  ];
  for (const variables of cases) {
    const [ra, rb] = await Promise.all([post(a, variables), post(b, variables)]);
    if (ra.status !== 200 || rb.status !== 200 || ra.body.errors || rb.body.errors) {
      throw new Error(`correctness check: an error for ${JSON.stringify(variables).slice(0, 200)}: ${a.name} ${ra.status} ${JSON.stringify(ra.body.errors)}; ${b.name} ${rb.status} ${JSON.stringify(rb.body.errors)}`);
    }
    if (!isDeepStrictEqual(ra.body.data, rb.body.data)) {
      throw new Error(
        `correctness check: different data for ${JSON.stringify(variables).slice(0, 200)}\n${a.name}: ${JSON.stringify(ra.body.data).slice(0, 1500)}\n${b.name}: ${JSON.stringify(rb.body.data).slice(0, 1500)}`,
      );
    }
  }
  return cases.length;
}

// ---------------------------------------------------------------- load

/** Deterministic PRNG so both servers get the very same request sequence. */
export function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeBodies(skuCount: number, items: number, count = 8192): string[] {
  const rand = mulberry32(0xbe4c0 + skuCount);
  return Array.from({ length: count }, () => {
    const skus = Array.from({ length: skuCount }, () => `SKU-${String(1 + Math.floor(rand() * items)).padStart(6, '0')}`);
    return JSON.stringify({ query: QUERY, variables: { skus } });
  });
}

interface CpuSample {
  server: number; // ms of CPU used by the server process
  postgres: Map<number, number>; // ms of CPU used by each of the bench database's postgres backends
  loadgen: number; // ms of CPU used by this process (autocannon)
  machine: number; // ms of CPU used by everything (all cores)
  wall: number;
}

export const CLK_TCK = 100;

export function procCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** CPU of each postgres backend serving the bench database (their process title names it), by pid. */
function postgresCpuByPid(dbName: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!cmdline.startsWith('postgres: ') || !cmdline.includes(` ${dbName} `)) continue;
      out.set(Number(entry), procCpuMs(Number(entry)));
    } catch {
      // process went away
    }
  }
  return out;
}

/** CPU the bench database's backends used between two snapshots (a backend that appeared counts from zero). */
function postgresDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** Busy CPU of the whole machine (every core), from /proc/stat. */
export function machineCpuMs(): number {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields as [number, number, number, number, number, number, number, number];
  return ((user + nice + system + irq + softirq + steal) * 1000) / CLK_TCK;
}

let benchDbName = 'ledgerhouse_bench';
/** Every request each server answered under load (warm-ups included), to turn a CPU profile into time per request. */
const served: Record<'baseline' | 'ledgerhouse', number> = { baseline: 0, ledgerhouse: 0 };

function cpuNow(server: Server): CpuSample {
  const self = process.cpuUsage();
  return {
    server: procCpuMs(server.child.pid!),
    postgres: postgresCpuByPid(benchDbName),
    loadgen: (self.user + self.system) / 1000,
    machine: machineCpuMs(),
    wall: performance.now(),
  };
}

/** Cores busy with work that is not ours, over `ms`. */
async function foreignLoad(servers: Server[], ms: number): Promise<number> {
  const mine = () => servers.reduce((a, s) => a + procCpuMs(s.child.pid!), 0) + (process.cpuUsage().user + process.cpuUsage().system) / 1000;
  const m0 = machineCpuMs();
  const o0 = mine();
  const p0 = postgresCpuByPid(benchDbName);
  await new Promise((r) => setTimeout(r, ms));
  const ours = mine() - o0 + postgresDelta(p0, postgresCpuByPid(benchDbName));
  return Math.max(0, machineCpuMs() - m0 - ours) / ms;
}

/**
 * Other engineers share this machine (test suites, builds): wait until it is quiet before
 * a run, for at most `maxSeconds`. Returns the foreign load seen last.
 */
export async function waitForQuiet(servers: Server[], maxSeconds: number, threshold: number): Promise<number> {
  const deadline = Date.now() + maxSeconds * 1000;
  let warned = false;
  for (;;) {
    const load = await foreignLoad(servers, 1000);
    if (load <= threshold || Date.now() > deadline) {
      if (load > threshold) log(`machine still busy (${load.toFixed(2)} cores of other work) after ${maxSeconds} s: measuring anyway`);
      return load;
    }
    if (!warned) {
      log(`waiting for a quiet machine (${load.toFixed(2)} cores busy with other work)...`);
      warned = true;
    }
  }
}

export interface RunResult {
  server: Server['name'];
  skus: number;
  connections: number;
  duration: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  autocannonP99: number;
  bad: number; // non-2xx, socket errors, timeouts, GraphQL errors
  cpuPerRequestUs: { server: number; postgres: number; loadgen: number };
  cpuUtilisation: { server: number; postgres: number; loadgen: number; other: number };
  /** Other work on the machine during the run exceeded the noise threshold. */
  noisy: boolean;
  attempts?: number;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function load(server: Server, bodies: string[], connections: number, seconds: number, skus: number): Promise<RunResult> {
  let next = 0;
  let graphqlErrors = 0;
  let latencies = new Float64Array(1 << 17);
  let n = 0;
  const before = cpuNow(server);
  let finished!: (r: autocannon.Result) => void;
  let failed!: (e: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon({
    url: server.url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: server.headers,
    requests: [
      {
        setupRequest: (req) => {
          req.body = bodies[next++ % bodies.length];
          return req;
        },
        onResponse: (status, body) => {
          if (status === 200 && (body.charCodeAt(2) !== 100 /* {"data" */ || body.includes('"errors":'))) graphqlErrors++;
        },
      },
    ],
  }, (err, res) => (err ? failed(err) : finished(res)));
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    if (n === latencies.length) {
      const bigger = new Float64Array(latencies.length * 2);
      bigger.set(latencies);
      latencies = bigger;
    }
    latencies[n++] = ms;
  });
  const result = await done;
  served[server.name] += result.requests.total;
  const after = cpuNow(server);
  const sorted = latencies.slice(0, n).sort();
  const total = result.requests.total;
  const wall = (after.wall - before.wall) / 1000;
  const pgMs = postgresDelta(before.postgres, after.postgres);
  const other = Math.max(0, after.machine - before.machine - (after.server - before.server) - pgMs - (after.loadgen - before.loadgen)) / 1000 / wall;
  const perReq = (ms: number) => (total ? Math.round((ms * 1000) / total) : NaN);
  return {
    server: server.name,
    skus,
    connections,
    duration: result.duration,
    requests: total,
    rps: Math.round(total / result.duration),
    p50: round2(percentile(sorted, 50)),
    p90: round2(percentile(sorted, 90)),
    p99: round2(percentile(sorted, 99)),
    max: round2(sorted[sorted.length - 1] ?? NaN),
    autocannonP99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts + graphqlErrors,
    cpuPerRequestUs: {
      server: perReq(after.server - before.server),
      postgres: perReq(pgMs),
      loadgen: perReq(after.loadgen - before.loadgen),
    },
    cpuUtilisation: {
      server: round2((after.server - before.server) / 1000 / wall),
      postgres: round2(pgMs / 1000 / wall),
      loadgen: round2((after.loadgen - before.loadgen) / 1000 / wall),
      other: round2(other),
    },
    noisy: other > NOISE_THRESHOLD,
  };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function median(runs: RunResult[]): RunResult {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

// ---------------------------------------------------------------- passes

interface Scenario {
  skus: number;
  connections: number;
  baseline: RunResult;
  ledgerhouse: RunResult;
  throughputRatio: number;
  p99Ratio: number;
  pass: boolean;
  rounds?: { baseline: RunResult[]; ledgerhouse: RunResult[] };
}

interface Pass {
  label: string;
  stockMoves: number;
  /** Sequential and index scans of stock_moves while the pass ran (pg_stat_user_tables): 0 means reads never touched history. */
  stockMovesScans: number;
  correctnessCases: number;
  scenarios: Scenario[];
}

/** What is left of --noise-budget (shared by every pass). */
const noiseBudget = { left: Infinity };

async function measurePass(label: string, servers: Server[], opts: Options, stockMoves: number): Promise<Pass> {
  if (noiseBudget.left === Infinity) noiseBudget.left = opts.noiseBudget;
  const [baseline, ledgerhouse] = servers as [Server, Server];
  const scansBefore = await stockMovesScans();
  const cases = await checkSameAnswers(baseline, ledgerhouse, opts.items);
  log(`${label}: identical data from both servers for ${cases} queries`);
  const bodies = new Map(opts.skus.map((k) => [k, makeBodies(k, opts.items)]));
  for (const s of servers) {
    const each = Math.max(1, Math.round(opts.warmup / opts.skus.length));
    for (const k of opts.skus) await load(s, bodies.get(k)!, 10, each, k);
    log(`${label}: warmed up ${s.name} (${opts.warmup} s)`);
  }
  const scenarios: Scenario[] = [];
  let flip = false;
  for (const k of opts.skus) {
    for (const c of opts.connections) {
      const runs: Record<Server['name'], RunResult[]> = { baseline: [], ledgerhouse: [] };
      for (let round = 0; round < opts.rounds; round++) {
        // Alternate who goes first, so a slow patch of the machine does not always hit the same server.
        const order = flip ? [ledgerhouse, baseline] : [baseline, ledgerhouse];
        flip = !flip;
        // A pair disturbed by other work on the machine is measured again (the least disturbed attempt is kept).
        let best: RunResult[] | null = null;
        for (let attempt = 1; attempt <= 1 + opts.retries; attempt++) {
          const pair: RunResult[] = [];
          const pairStarted = performance.now();
          for (const s of order) {
            const waitStarted = performance.now();
            await waitForQuiet(servers, Math.min(opts.quietWait, Math.max(0, noiseBudget.left)), NOISE_THRESHOLD);
            noiseBudget.left -= Math.max(0, (performance.now() - waitStarted) / 1000 - 1);
            const r = await load(s, bodies.get(k)!, c, opts.duration, k);
            r.attempts = attempt;
            pair.push(r);
            log(
              `${label}: ${k} SKU x ${c} conn ${s.name.padEnd(11)} ${String(r.rps).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  bad ${r.bad}  ` +
                `cpu/req server ${r.cpuPerRequestUs.server} us, pg ${r.cpuPerRequestUs.postgres} us; other work ${r.cpuUtilisation.other} cores${r.noisy ? ' (disturbed)' : ''}`,
            );
          }
          const worst = (p: RunResult[]) => Math.max(...p.map((r) => r.cpuUtilisation.other));
          if (!best || worst(pair) < worst(best)) best = pair;
          if (attempt > 1) noiseBudget.left -= (performance.now() - pairStarted) / 1000;
          if (!pair.some((r) => r.noisy)) break;
          if (noiseBudget.left < 2 * opts.duration) {
            log(`${label}: pair disturbed by other work on the machine; noise budget spent, keeping it`);
            break;
          }
          if (attempt <= opts.retries) log(`${label}: pair disturbed by other work on the machine, measuring it again`);
        }
        for (const r of best!) runs[r.server].push(r);
      }
      const b = median(runs.baseline);
      const l = median(runs.ledgerhouse);
      const throughputRatio = round2(l.rps / b.rps);
      const p99Ratio = round2(l.p99 / b.p99);
      scenarios.push({
        skus: k,
        connections: c,
        baseline: b,
        ledgerhouse: l,
        throughputRatio,
        p99Ratio,
        pass: throughputRatio >= TARGET_THROUGHPUT && p99Ratio <= TARGET_P99 && l.bad === 0 && b.bad === 0,
        ...(opts.rounds > 1 ? { rounds: runs } : {}),
      });
    }
  }
  await new Promise((r) => setTimeout(r, 1500)); // backends report table statistics about once a second
  const stockMovesScansDelta = (await stockMovesScans()) - scansBefore;
  log(`${label}: stock_moves scanned ${stockMovesScansDelta} times while measuring`);
  return { label, stockMoves, stockMovesScans: stockMovesScansDelta, correctnessCases: cases, scenarios };
}

// ---------------------------------------------------------------- report

function markdownTable(pass: Pass): string {
  const name = (s: Scenario) => `${s.skus} SKU${s.skus === 1 ? '' : 's'}, ${s.connections} conn`;
  const disturbed = (s: Scenario) => s.baseline.noisy || s.ledgerhouse.noisy;
  const lines = [
    `### ${pass.label} (stock_moves: ${pass.stockMoves.toLocaleString('en-US')} rows, scanned ${pass.stockMovesScans} times while measuring)`,
    '',
    '| scenario | baseline req/s | Ledgerhouse req/s | ratio | baseline p99 ms | Ledgerhouse p99 ms | p99 ratio | target (>= 0.70, <= 1.5x) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const s of pass.scenarios) {
    lines.push(
      `| ${name(s)} | ${s.baseline.rps} | ${s.ledgerhouse.rps} | ${s.throughputRatio.toFixed(2)} | ${s.baseline.p99} | ${s.ledgerhouse.p99} | ${s.p99Ratio.toFixed(2)} | ${s.pass ? 'pass' : 'FAIL'}${disturbed(s) ? ' (*)' : ''} |`,
    );
  }
  if (pass.scenarios.some(disturbed)) lines.push('', '(*) other work on the machine used more than 0.15 cores during at least one of the two runs (see "other" below).');
  lines.push(
    '',
    '<details><summary>latency and CPU detail</summary>',
    '',
    '| scenario | server | p50 ms | p90 ms | p99 ms | max ms | bad | CPU us/req server | CPU us/req postgres | CPU us/req load gen | cores used server / pg / load gen / other |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const s of pass.scenarios) {
    for (const r of [s.baseline, s.ledgerhouse]) {
      const u = r.cpuUtilisation;
      lines.push(
        `| ${name(s)} | ${r.server} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.bad} | ${r.cpuPerRequestUs.server} | ${r.cpuPerRequestUs.postgres} | ${r.cpuPerRequestUs.loadgen} | ${u.server} / ${u.postgres} / ${u.loadgen} / ${u.other} |`,
      );
    }
  }
  lines.push('', '</details>', '');
  return lines.join('\n');
}

/**
 * Same scenarios without and with the stock history: reading stock must not depend on it.
 * The passes run minutes apart on a shared machine, so absolute figures drift with it; the
 * Ledgerhouse/baseline ratio (both measured in the same minute) is the fair comparison.
 */
function historyTable(a: Pass, b: Pass): string {
  const lines = [
    `### History effect: ${a.label.toLowerCase()} vs ${b.label.toLowerCase()}`,
    '',
    '| scenario | Ledgerhouse req/s before | after | ratio to baseline before | after | p99 ratio before | after |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of a.scenarios) {
    const t = b.scenarios.find((x) => x.skus === s.skus && x.connections === s.connections);
    if (!t) continue;
    lines.push(
      `| ${s.skus} SKU${s.skus === 1 ? '' : 's'}, ${s.connections} conn | ${s.ledgerhouse.rps} | ${t.ledgerhouse.rps} | ${s.throughputRatio.toFixed(2)} | ${t.throughputRatio.toFixed(2)} | ${s.p99Ratio.toFixed(2)} | ${t.p99Ratio.toFixed(2)} |`,
    );
  }
  lines.push(
    '',
    `stock_moves was scanned ${a.stockMovesScans} and ${b.stockMovesScans} times while the two passes ran (pg_stat_user_tables: sequential plus index scans).`,
    'Absolute req/s drift with the machine between passes (the baseline drifts too); compare the ratios.',
    '',
  );
  return lines.join('\n');
}

export async function machineInfo(url: string): Promise<Record<string, unknown>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const version = (await c.query<{ v: string }>('select version() as v')).rows[0]!.v;
    const settings = (await c.query<{ name: string; setting: string; unit: string | null }>(
      "select name, setting, unit from pg_settings where name in ('shared_buffers', 'max_connections', 'jit', 'synchronous_commit', 'work_mem')",
    )).rows;
    return {
      date: new Date().toISOString(),
      host: os.hostname(),
      cpu: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown'}`,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      postgres: version.split(',')[0],
      postgresSettings: Object.fromEntries(settings.map((s) => [s.name, `${s.setting}${s.unit ? ` ${s.unit}` : ''}`])),
    };
  } finally {
    await c.end();
  }
}

let benchUrl = '';

async function stockMovesScans(): Promise<number> {
  const c = new pg.Client({ connectionString: benchUrl });
  await c.connect();
  try {
    const r = await c.query<{ n: string }>("select (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text as n from pg_stat_user_tables where relname = 'stock_moves'");
    return Number(r.rows[0]?.n ?? 0);
  } finally {
    await c.end();
  }
}

async function countMoves(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ n: number }>('select count(*)::int as n from stock_moves')).rows[0]!.n;
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const began = performance.now();
  const opts = parseArgs(process.argv.slice(2));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.mkdirSync(RESULTS, { recursive: true });
  const target = benchTarget();
  const url = databaseUrl(target);
  benchDbName = target.dbName;
  benchUrl = url;

  // BENCH_LEDGERHOUSE_MAIN: measure another build (e.g. a scratch copy with a change) instead of dist/.
  const ledgerhouseMain = process.env.BENCH_LEDGERHOUSE_MAIN ? path.resolve(process.env.BENCH_LEDGERHOUSE_MAIN) : path.join(ROOT, 'dist', 'src', 'main.js');
  if (!process.env.BENCH_LEDGERHOUSE_MAIN) ensureBuilt(opts.build);
  const baselineScript = compileBaseline();

  let seedInfo: Record<string, unknown> | null = null;
  let secret: string;
  if (opts.seed) {
    const s = await seed({ target, items: opts.items, moves: 0, log: (m) => log(`seed: ${m}`) });
    secret = s.storefrontSecret;
    seedInfo = { items: s.items, balances: s.balances, summaries: s.summaries, seconds: s.seconds };
  } else {
    secret = await createStorefrontKey(url);
  }

  const profileDir = path.join(RESULTS, 'profiles', stamp);
  const nodeArgs = opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const common = { DATABASE_URL: url, NODE_ENV: 'production', DB_POOL_SIZE: '10' };
  const servers: Server[] = [];
  const stopAll = async () => {
    for (const s of servers.splice(0)) await stopServer(s).catch(() => undefined);
  };
  process.once('SIGINT', () => {
    void stopAll().then(() => process.exit(130));
  });

  const passes: Pass[] = [];
  try {
    servers.push(await startServer('baseline', baselineScript, { ...common, NODE_PATH: path.join(ROOT, 'node_modules') }, Number(process.env.BENCH_BASELINE_PORT ?? 4102), {}, nodeArgs, stamp));
    servers.push(
      await startServer(
        'ledgerhouse',
        ledgerhouseMain,
        // The key's bucket is set far above what the bench sends: the limiter runs on every request
        // (its cost is measured), but never refuses one.
        { ...common, LOG_LEVEL: 'warn', RATE_LIMIT_STOREFRONT: '1000000/2000000' },
        Number(process.env.BENCH_LEDGERHOUSE_PORT ?? 4101),
        { authorization: `Bearer ${secret}` },
        nodeArgs,
        stamp,
      ),
    );
    log(`servers up: baseline ${servers[0]!.url}, ledgerhouse ${servers[1]!.url}`);

    const movesAtStart = await countMoves(url);
    const firstLabel = movesAtStart === 0 ? 'No stock history' : `With ${movesAtStart.toLocaleString('en-US')} stock moves`;
    passes.push(await measurePass(firstLabel, servers, opts, movesAtStart));
    if (opts.moves > 0 && movesAtStart > 0) {
      log(`stock_moves already holds ${movesAtStart} rows: --moves ignored (reseed to compare with and without history)`);
    } else if (opts.moves > 0) {
      await addMoves({ target, moves: opts.moves, log: (m) => log(`moves: ${m}`) });
      passes.push(await measurePass(`With ${(await countMoves(url)).toLocaleString('en-US')} stock moves`, servers, opts, await countMoves(url)));
    }
  } finally {
    await stopAll();
  }

  const machine = await machineInfo(url);
  const totalSeconds = Math.round((performance.now() - began) / 1000);
  const settings = {
    durationPerRun: opts.duration,
    warmupPerServer: opts.warmup,
    rounds: opts.rounds,
    items: opts.items,
    ledgerhouse: `node ${path.relative(ROOT, ledgerhouseMain)}, NODE_ENV=production, LOG_LEVEL=warn, DB_POOL_SIZE=10, AUTH_CACHE_MS default (5000), RATE_LIMIT_STOREFRONT=1000000/2000000 (the limiter runs, never refuses)`,
    baseline: 'node <tmpdir>/baseline-server.js (bench/baseline-server.ts transpiled), NODE_ENV=production, pg pool 10',
    loadGenerator: 'autocannon 8 in the orchestrating process, same machine (shares the 2 cores)',
    profile: opts.profile ? path.relative(ROOT, profileDir) : null,
  };
  const md = [
    `## Availability benchmark, ${String(machine.date).slice(0, 19).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; ${machine.postgres} (shared_buffers ${(machine.postgresSettings as Record<string, string>).shared_buffers}).`,
    `Each run ${opts.duration} s${opts.rounds > 1 ? ` (median of ${opts.rounds})` : ''}, servers loaded one at a time, load generator (autocannon, in the orchestrating process) on the same cores. p99 measured per response (exact, not autocannon's 1 ms buckets).`,
    `Ledgerhouse: ${settings.ledgerhouse}. Baseline: ${settings.baseline}.`,
    '',
    ...passes.map(markdownTable),
    ...(passes.length === 2 ? [historyTable(passes[0]!, passes[1]!)] : []),
    `Total run time: ${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s.`,
    '',
  ].join('\n');
  const report = { machine, settings, seed: seedInfo, passes, requestsServed: served, totalSeconds };
  fs.writeFileSync(path.join(RESULTS, `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS, `bench-${stamp}.md`), md);
  fs.writeFileSync(path.join(RESULTS, 'latest.md'), md);
  process.stdout.write(`\n${md}`);
  log(`results: bench/results/bench-${stamp}.{json,md}`);
  if (opts.profile) {
    log(`CPU profiles in ${path.relative(ROOT, profileDir)} (requests served under load: baseline ${served.baseline}, ledgerhouse ${served.ledgerhouse});`);
    log('  summarise with: npx tsx bench/profile-summary.ts <file> --requests <served>');
  }
  const failed = passes.some((p) => p.scenarios.some((s) => !s.pass));
  if (failed) log('Ledgerhouse misses the target in at least one scenario (see the table).');
}

if (require.main === module) {
  // `npm run bench -- write [options]`: the write benchmark; `fulfillment`: the fulfilment benchmark; anything else: availability.
  const run =
    process.argv[2] === 'write'
      ? import('./write.js').then((w) => w.writeMain(process.argv.slice(3)))
      : process.argv[2] === 'fulfillment'
        ? import('./fulfillment.js').then((f) => f.fulfillmentMain(process.argv.slice(3)))
        : main();
  run.catch((err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
