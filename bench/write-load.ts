/**
 * Load and CPU accounting for the write benchmark (bench/write.ts): a /proc sampler, a
 * wait for a quiet machine, HTTP load with wrk (or autocannon when wrk is missing), and
 * pgbench runs. See bench/README.md, "Write benchmark".
 */
import { type ChildProcessByStdio, spawn, spawnSync } from 'node:child_process';
import type { Readable } from 'node:stream';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { CLK_TCK, NOISE_THRESHOLD, ROOT, machineCpuMs, percentile, procCpuMs, round2 } from './run';

const log = (m: string) => process.stderr.write(`[bench write] ${m}\n`);

// ---------------------------------------------------------------- CPU sampling

type Kind = 'backend' | 'aux' | 'foreign';

/** CPU time (ms) of the processes that matter, at one instant. */
export interface CpuSample {
  /** Date.now() */
  at: number;
  machine: number;
  self: number;
  /** Children of this process that have exited and been reaped (wrk, pgbench): cutime + cstime. */
  reapedChildren: number;
  server: number;
  /** The running load generator (wrk or pgbench), while it runs. */
  child: number;
  /** The bench database's backends (and its autovacuum workers), by pid. */
  backends: Map<number, number>;
  /** PostgreSQL's own processes (walwriter, checkpointer, background writer, ...): the writes' WAL and checkpoints. */
  aux: number;
}

const kinds = new Map<string, Kind>();

function classify(pid: string, dbName: string): Kind {
  let starttime = '';
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    starttime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return 'foreign';
  }
  const key = `${pid}:${starttime}`;
  let kind = kinds.get(key);
  if (kind) return kind;
  kind = 'foreign';
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.startsWith('postgres: ')) {
      const title = cmdline.replace(/\0/g, ' ');
      // Backends read "postgres: <user> <db> <host> <state>"; autovacuum workers "postgres: autovacuum worker <db>".
      if (title.includes(` ${dbName} `) || title.trimEnd().endsWith(` ${dbName}`)) kind = 'backend';
      // (Debian titles carry the cluster name first: "postgres: 15/main: walwriter".)
      else if (/^postgres: (?:[^ ]+: )?(walwriter|checkpointer|background writer|autovacuum launcher|logical replication launcher|archiver|walsender)/.test(title)) kind = 'aux';
    }
  } catch {
    // gone
  }
  kinds.set(key, kind);
  return kind;
}

function selfStat(): { self: number; children: number } {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields (from state): utime 11, stime 12, cutime 13, cstime 14
  return { self: ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK, children: ((Number(f[13]) + Number(f[14])) * 1000) / CLK_TCK };
}

export function sampleCpu(dbName: string, serverPid: number | null, childPid: number | null): CpuSample {
  const backends = new Map<number, number>();
  let aux = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (entry.charCodeAt(0) < 48 || entry.charCodeAt(0) > 57) continue;
    const kind = classify(entry, dbName);
    if (kind === 'backend') backends.set(Number(entry), procCpuMs(Number(entry)));
    else if (kind === 'aux') aux += procCpuMs(Number(entry));
  }
  const s = selfStat();
  return {
    at: Date.now(),
    machine: machineCpuMs(),
    self: s.self,
    reapedChildren: s.children,
    server: serverPid ? procCpuMs(serverPid) : 0,
    child: childPid ? procCpuMs(childPid) : 0,
    backends,
    aux,
  };
}

/** A child process's stdout, stderr and exit code, once it has closed. */
async function outputOf(child: ChildProcessByStdio<null, Readable, Readable>): Promise<{ out: string; err: string; code: number | null }> {
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { out, err, code };
}

/** CPU (ms) the backends used from `first` to `last`, each at the highest value seen (a backend that exits keeps its last reading). */
export function backendCpu(samples: readonly CpuSample[], only?: (pid: number) => boolean): number {
  const first = samples[0]!;
  const max = new Map<number, number>();
  for (const s of samples) for (const [pid, ms] of s.backends) if (!only || only(pid)) max.set(pid, Math.max(max.get(pid) ?? 0, ms));
  let total = 0;
  for (const [pid, ms] of max) total += ms - (first.backends.get(pid) ?? 0);
  return total;
}

/** Samples every `ms` until stopped. */
export class Sampler {
  readonly samples: CpuSample[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dbName: string,
    private readonly serverPid: number | null,
    public childPid: number | null = null,
  ) {}

  start(ms = 250): this {
    this.samples.push(sampleCpu(this.dbName, this.serverPid, this.childPid));
    this.timer = setInterval(() => this.samples.push(sampleCpu(this.dbName, this.serverPid, this.childPid)), ms);
    return this;
  }

  stop(): CpuSample[] {
    if (this.timer) clearInterval(this.timer);
    this.samples.push(sampleCpu(this.dbName, this.serverPid, this.childPid));
    return this.samples;
  }
}

/** Cores of work that is not the benchmark's (other engineers' tests, builds) between two samples. */
export function foreignCores(a: CpuSample, b: CpuSample, samples: readonly CpuSample[]): number {
  const wall = Math.max(1, b.at - a.at);
  const window = samples.filter((s) => s.at >= a.at && s.at <= b.at);
  const ours = b.self - a.self + (b.reapedChildren - a.reapedChildren) + (b.server - a.server) + Math.max(0, b.child - a.child) + backendCpu(window) + (b.aux - a.aux);
  return Math.max(0, b.machine - a.machine - ours) / wall;
}

/** Waits until other work on the machine stays under the noise threshold for a second (at most `maxSeconds`). */
export async function waitForQuiet(dbName: string, serverPid: number | null, maxSeconds: number): Promise<number> {
  const deadline = Date.now() + maxSeconds * 1000;
  let warned = false;
  for (;;) {
    const a = sampleCpu(dbName, serverPid, null);
    await new Promise((r) => setTimeout(r, 1000));
    const b = sampleCpu(dbName, serverPid, null);
    const load = foreignCores(a, b, [a, b]);
    if (load <= NOISE_THRESHOLD || Date.now() > deadline) {
      if (load > NOISE_THRESHOLD) log(`machine still busy (${load.toFixed(2)} cores of other work) after ${maxSeconds} s: measuring anyway`);
      return load;
    }
    if (!warned) {
      log(`waiting for a quiet machine (${load.toFixed(2)} cores busy with other work)...`);
      warned = true;
    }
  }
}

// ---------------------------------------------------------------- results

export interface CpuPerCommand {
  /** Ledgerhouse: the Node process; pgbench: 0. */
  server: number;
  /** The bench database's backends. */
  postgres: number;
  /** wrk / autocannon / pgbench itself. */
  client: number;
  /** PostgreSQL's own processes (WAL writer, checkpointer), not per command of one system only: shown apart. */
  aux: number;
}

export interface LoadResult {
  system: 'ledgerhouse' | 'pgbench';
  connections: number;
  seconds: number;
  commands: number;
  commandsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  bad: number;
  /** The first bad response or error seen, for the report. */
  badSample: string | null;
  cpuUsPerCommand: CpuPerCommand;
  /** Cores busy during the run: server, postgres backends, client, other work. */
  cores: { server: number; postgres: number; client: number; aux: number; other: number };
  noisy: boolean;
  /** Ledgerhouse: SQL statements per committed command, from /metrics. pgbench: the script's statements. */
  statementsPerCommand: { transaction: number; all: number } | null;
  /** Ledgerhouse: commands committed in the run (/metrics), rolled back, retried after a deadlock. */
  committed?: number;
  rolledBack?: number;
  retries?: number;
  loader: string;
  attempts?: number;
}

function cpuSummary(
  samples: readonly CpuSample[],
  end: CpuSample,
  commands: number,
  clientMs: number,
  filter?: (pid: number) => boolean,
): Pick<LoadResult, 'cpuUsPerCommand' | 'cores' | 'noisy'> {
  const first = samples[0]!;
  const window = samples.filter((s) => s.at <= end.at);
  const wall = Math.max(1, end.at - first.at) / 1000;
  const server = end.server - first.server;
  const postgres = backendCpu(window, filter);
  const aux = end.aux - first.aux;
  const other = Math.max(0, end.machine - first.machine - server - postgres - aux - clientMs - (end.self - first.self)) / 1000 / wall;
  const per = (ms: number) => (commands > 0 ? Math.round((ms * 1000) / commands) : NaN);
  return {
    cpuUsPerCommand: { server: per(server), postgres: per(postgres), client: per(clientMs), aux: per(aux) },
    cores: { server: round2(server / 1000 / wall), postgres: round2(postgres / 1000 / wall), client: round2(clientMs / 1000 / wall), aux: round2(aux / 1000 / wall), other: round2(other) },
    noisy: other > NOISE_THRESHOLD,
  };
}

// ---------------------------------------------------------------- HTTP load (wrk, autocannon)

export function wrkAvailable(): boolean {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
}

export interface HttpTarget {
  url: string;
  authorization: string;
  serverPid: number;
  dbName: string;
}

interface RawHttp {
  requests: number;
  seconds: number;
  bad: number;
  sample: string | null;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  clientMs: number;
}

/** One HTTP run of `seconds` at `connections`, bodies from `bodiesFile` starting at `offset`. */
export async function httpLoad(
  target: HttpTarget,
  loader: 'wrk' | 'autocannon',
  bodiesFile: string,
  bodies: readonly string[],
  offset: number,
  connections: number,
  seconds: number,
): Promise<Omit<LoadResult, 'statementsPerCommand'>> {
  const sampler = new Sampler(target.dbName, target.serverPid).start();
  const raw = loader === 'wrk' ? await runWrk(target, bodiesFile, offset, connections, seconds, sampler) : await runAutocannon(target, bodies, offset, connections, seconds);
  const samples = sampler.stop();
  const end = samples[samples.length - 1]!;
  const cpu = cpuSummary(samples, end, raw.requests, raw.clientMs);
  return {
    system: 'ledgerhouse',
    connections,
    seconds: round2(raw.seconds),
    commands: raw.requests,
    commandsPerSecond: Math.round(raw.requests / raw.seconds),
    p50: raw.p50,
    p90: raw.p90,
    p99: raw.p99,
    max: raw.max,
    bad: raw.bad,
    badSample: raw.sample,
    ...cpu,
    loader,
  };
}

async function runWrk(target: HttpTarget, bodiesFile: string, offset: number, connections: number, seconds: number, sampler: Sampler): Promise<RawHttp> {
  const threads = Math.min(connections, 2);
  const script = path.join(ROOT, 'bench', 'wrk', 'post-bodies.lua');
  const before = selfStat().children;
  const child = spawn(
    'wrk',
    ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '30s', '-s', script, target.url, '--', bodiesFile, String(offset), target.authorization, String(threads)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  sampler.childPid = child.pid ?? null;
  const { out, err, code } = await outputOf(child);
  sampler.childPid = null;
  const line = out.split('\n').find((l) => l.startsWith('WRKJSON '));
  if (!line) throw new Error(`wrk failed (exit ${code}): ${err || out}`);
  const r = JSON.parse(line.slice(8)) as {
    requests: number; duration_us: number; bad: number; connect: number; read: number; write: number; timeout: number;
    p50: number; p90: number; p99: number; max: number; sample: string;
  };
  const socketErrors = r.connect + r.read + r.write + r.timeout;
  return {
    requests: r.requests,
    seconds: r.duration_us / 1e6,
    // `status` errors are non-2xx responses, which the script's response() counted already.
    bad: r.bad + socketErrors,
    sample: r.sample || (socketErrors ? `socket errors: connect ${r.connect}, read ${r.read}, write ${r.write}, timeout ${r.timeout}` : null),
    p50: round2(r.p50 / 1000),
    p90: round2(r.p90 / 1000),
    p99: round2(r.p99 / 1000),
    max: round2(r.max / 1000),
    clientMs: selfStat().children - before,
  };
}

function isBad(status: number, body: string): boolean {
  return status !== 200 || body.includes('"errors"') || !body.includes('"userErrors":[]');
}

async function runAutocannon(target: HttpTarget, bodies: readonly string[], offset: number, connections: number, seconds: number): Promise<RawHttp> {
  let next = offset;
  let bad = 0;
  let sample: string | null = null;
  let latencies = new Float64Array(1 << 15);
  let n = 0;
  const cpu0 = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: target.authorization },
        requests: [
          {
            setupRequest: (req) => {
              req.body = bodies[next++ % bodies.length];
              return req;
            },
            onResponse: (status, body) => {
              if (isBad(status, body)) {
                bad++;
                sample ??= body.slice(0, 400);
              }
            },
          },
        ],
      },
      (err, res) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(res)),
    );
    instance.on('response', (_c: unknown, _s: number, _b: number, ms: number) => {
      if (n === latencies.length) {
        const bigger = new Float64Array(latencies.length * 2);
        bigger.set(latencies);
        latencies = bigger;
      }
      latencies[n++] = ms;
    });
  });
  const cpu = process.cpuUsage(cpu0);
  const sorted = latencies.slice(0, n).sort();
  return {
    requests: result.requests.total,
    seconds: result.duration,
    bad: bad + result.errors + result.timeouts,
    sample,
    p50: round2(percentile(sorted, 50)),
    p90: round2(percentile(sorted, 90)),
    p99: round2(percentile(sorted, 99)),
    max: round2(sorted[sorted.length - 1] ?? NaN),
    // autocannon runs in this process: its CPU is this process's (the sampler's share is small).
    clientMs: (cpu.user + cpu.system) / 1000,
  };
}

// ---------------------------------------------------------------- pgbench

export interface PgTarget {
  host: string;
  port: string;
  user: string;
  password: string | undefined;
  dbName: string;
}

export function pgTarget(url: string): PgTarget {
  const u = new URL(url);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port || '5432',
    user: decodeURIComponent(u.username || 'postgres'),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    dbName: decodeURIComponent(u.pathname.replace(/^\//, '')),
  };
}

/** SQL statements of a pgbench script: each command ends with `;` or with a `\gset` line; meta-commands (`\set`) are not sent. */
export function countScriptStatements(file: string): number {
  const text = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*--/.test(l) && !/^\s*\\set\b/.test(l))
    .map((l) => l.replace(/--.*$/, ''))
    .join('\n');
  return text
    .split(/;|\\gset/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0).length;
}

/**
 * One pgbench run (-M prepared, -T seconds). Latency percentiles from pgbench's
 * per-transaction log; CPU per command over the window in which its backends were seen
 * (they exit with pgbench): transactions completed in that window.
 */
export async function pgbenchLoad(
  target: PgTarget,
  script: string,
  vars: Record<string, string | number>,
  connections: number,
  seconds: number,
  seed: number,
  logDir: string | null,
  sequencer: { pid: number; backends: ReadonlySet<number> } | null = null,
): Promise<Omit<LoadResult, 'statementsPerCommand'> & { transactions: number }> {
  const existing = new Set(sampleCpu(target.dbName, null, null).backends.keys());
  // The sequencer numbering pgbench's outbox rows is part of pgbench's cost, as the engine's own
  // sequencer is part of Ledgerhouse's: its backends count in pgbench's PostgreSQL CPU, its Node
  // process as "server" (reported apart, never as other work).
  const sampler = new Sampler(target.dbName, sequencer?.pid ?? null);
  const prefix = logDir ? path.join(logDir, `pgb-${Date.now()}`) : null;
  if (logDir) fs.mkdirSync(logDir, { recursive: true });
  const args = [
    '-n', '-M', 'prepared', '-h', target.host, '-p', target.port, '-U', target.user,
    '-c', String(connections), '-j', String(Math.min(connections, 2)), '-T', String(seconds), `--random-seed=${seed}`,
    ...(prefix ? ['-l', `--log-prefix=${prefix}`] : []),
    '-f', script,
    ...Object.entries(vars).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
    target.dbName,
  ];
  const before = selfStat().children;
  sampler.start();
  const child = spawn('pgbench', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...(target.password ? { PGPASSWORD: target.password } : {}) } });
  sampler.childPid = child.pid ?? null;
  const { out, err, code } = await outputOf(child);
  const clientMs = selfStat().children - before;
  const samples = sampler.stop();
  const processed = Number(/number of transactions actually processed: (\d+)/.exec(out)?.[1] ?? 0);
  const failed = Number(/number of failed transactions: (\d+)/.exec(out)?.[1] ?? 0);
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1] ?? NaN);
  const aborted = (err.match(/aborted/g) ?? []).length;
  if (!/number of transactions actually processed/.test(out)) throw new Error(`pgbench failed (exit ${code}): ${err || out}`);
  const firstError = err.split('\n').find((l) => /error/i.test(l)) ?? null;

  // Transactions and their latencies from the log; the window ends at the last sample that still saw pgbench's backends.
  const isNew = (pid: number) => !existing.has(pid) || (sequencer?.backends.has(pid) ?? false);
  let endIndex = samples.length - 1;
  while (endIndex > 0 && ![...samples[endIndex]!.backends.keys()].some(isNew)) endIndex--;
  const end = samples[endIndex]!;
  let latencies = new Float64Array(0);
  let inWindow = processed;
  if (prefix) {
    const files = fs.readdirSync(path.dirname(prefix)).filter((f) => f.startsWith(path.basename(prefix)));
    const all: number[] = [];
    let counted = 0;
    const startUs = samples[0]!.at * 1000;
    const endUs = end.at * 1000;
    for (const f of files) {
      const file = path.join(path.dirname(prefix), f);
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (!line) continue;
        const c = line.split(' ');
        const us = Number(c[2]);
        if (!Number.isFinite(us)) continue; // failed or skipped transaction
        all.push(us / 1000);
        const doneAt = Number(c[4]) * 1e6 + Number(c[5]);
        if (doneAt >= startUs && doneAt <= endUs) counted++;
      }
      fs.rmSync(file);
    }
    latencies = Float64Array.from(all).sort();
    inWindow = counted;
  }
  // pgbench's own CPU is known for the whole run only: per transaction processed.
  const cpu = cpuSummary(samples, end, inWindow, Math.max(0, end.child - samples[0]!.child), isNew);
  cpu.cpuUsPerCommand.client = processed ? Math.round((clientMs * 1000) / processed) : NaN;
  cpu.cores.client = round2(clientMs / 1000 / seconds);
  return {
    system: 'pgbench',
    connections,
    seconds,
    commands: processed,
    transactions: processed,
    commandsPerSecond: Math.round(tps),
    p50: round2(percentile(latencies, 50)),
    p90: round2(percentile(latencies, 90)),
    p99: round2(percentile(latencies, 99)),
    max: round2(latencies[latencies.length - 1] ?? NaN),
    bad: failed + aborted + (code === 0 ? 0 : aborted ? 0 : 1),
    badSample: firstError,
    ...cpu,
    loader: 'pgbench',
  };
}
