/**
 * What /metrics costs a request: the same built server (dist/src/main.js) started twice on
 * one PostgreSQL database with the demo data, once with metrics off and once with
 * METRICS_TOKEN, then loaded in turn (off, on, off, on, ...) with one storefront-sized
 * query through autocannon. Reported per run: requests per second, latency percentiles
 * and the server process's CPU time per request (from /proc), which is the steadiest
 * figure on a shared machine; the summary is the median of each.
 *
 *   npm run build && npx tsx bench/metrics-overhead.ts [--rounds 3] [--duration 10] [--connections 10]
 *
 * Env: OVERHEAD_PG_URL (server without a database, default postgres://postgres@127.0.0.1:5432);
 * the database `ledgerhouse_metrics_overhead` is dropped and recreated.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const ROOT = path.resolve(__dirname, '..');
const PG_URL = process.env.OVERHEAD_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const DB = 'ledgerhouse_metrics_overhead';
const KEY = `lh_${'o'.repeat(40)}`;
const TOKEN = 'overhead-metrics-token';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const rounds = arg('rounds', 3);
const duration = arg('duration', 10);
const connections = arg('connections', 10);

const QUERY = 'query Availability($skus: [String!]!) { availability(skus: $skus) { sku found available warehouses { warehouseCode available onHand allocated } } }';
const BODY = JSON.stringify({ query: QUERY, variables: { skus: ['TOOL-001', 'FAST-002', 'PAINT-003'] } });

interface Server {
  name: 'off' | 'on';
  child: ChildProcess;
  url: string;
}

const TICK_MS = 1000 / 100; // USER_HZ on Linux

function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

async function start(name: Server['name'], port: number, databaseUrl: string): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn', DB_POOL_SIZE: '10', BOOTSTRAP_ADMIN_KEY: KEY, DEMO: 'true' };
  delete env.METRICS_TOKEN;
  delete env.METRICS_PORT;
  if (name === 'on') env.METRICS_TOKEN = TOKEN;
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name}: not ready after 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { name, child, url };
}

interface Run {
  server: string;
  rps: number;
  p50: number;
  p99: number;
  cpuUsPerRequest: number;
  bad: number;
}

async function load(server: Server, seconds: number): Promise<Run> {
  const before = cpuMs(server.child.pid!);
  const result = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: BODY,
  });
  const cpu = cpuMs(server.child.pid!) - before;
  const total = result.requests.total;
  return {
    server: server.name,
    rps: Math.round(total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUsPerRequest: Math.round((cpu * 1000) / total),
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: `${PG_URL}/postgres` });
  await admin.connect();
  await admin.query(`drop database if exists ${DB} with (force)`);
  await admin.query(`create database ${DB}`);
  const databaseUrl = `${PG_URL}/${DB}`;
  // The first start migrates and loads the demo data; the second finds them there.
  const off = await start('off', 4201, databaseUrl);
  const on = await start('on', 4202, databaseUrl);
  const servers = [off, on];
  try {
    const probe = await fetch(on.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: BODY });
    const text = await probe.text();
    if (!probe.ok || text.includes('"errors"')) throw new Error(`probe failed: ${text}`);
    for (const s of servers) await load(s, 3); // warm-up
    const runs: Run[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const s of r % 2 ? [...servers].reverse() : servers) {
        const run = await load(s, duration);
        runs.push(run);
        console.log(JSON.stringify(run));
      }
    }
    const metrics = await (await fetch(on.url.replace('/graphql', '/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const counted = /^ledgerhouse_graphql_requests_total\{operation="Availability",operation_type="query",outcome="ok"\} (\d+)$/m.exec(metrics)?.[1];
    console.log(`metrics on: ${counted} Availability requests counted`);
    console.log(`\n${os.cpus().length} cores, ${connections} connections, ${rounds} x ${duration} s per server (medians):`);
    console.log('| metrics | req/s | p50 ms | p99 ms | server CPU us/request |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const name of ['off', 'on'] as const) {
      const mine = runs.filter((x) => x.server === name);
      console.log(`| ${name} | ${median(mine.map((x) => x.rps))} | ${median(mine.map((x) => x.p50))} | ${median(mine.map((x) => x.p99))} | ${median(mine.map((x) => x.cpuUsPerRequest))} |`);
    }
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    await admin.query(`drop database if exists ${DB} with (force)`).catch(() => undefined);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
