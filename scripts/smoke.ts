/**
 * Smoke test of the real server process (`npx tsx scripts/smoke.ts`, after `npm run build`).
 *
 * Starts `node dist/src/main.js` on a fresh embedded PGlite folder with a known bootstrap
 * ADMIN key, waits for /healthz and /readyz, runs a query, a mutation and one subscription
 * over WebSocket, checks a bad key is refused, then stops it with SIGTERM and expects exit 0.
 * Prints one line per step; exits 1 with the reason (and the server's output) on any failure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

const ROOT = path.resolve(__dirname, '..');
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');
const START_TIMEOUT_MS = 60_000;
const EVENT_TIMEOUT_MS = 10_000;
const EXIT_TIMEOUT_MS = 15_000;

class SmokeFailure extends Error {}

function fail(message: string): never {
  throw new SmokeFailure(message);
}

function step(message: string): void {
  console.log(`smoke: ${message}`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves with the promise's value, or fails with `what` after `ms`. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SmokeFailure(`timed out after ${ms / 1000} s: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A CloseEvent, an Error or GraphQL errors, as one readable string. */
function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (Array.isArray(err)) return err.map((e) => describe(e)).join('; ');
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; reason?: unknown; message?: unknown };
    if (typeof e.code === 'number') return `socket closed with code ${e.code}${e.reason ? ` (${String(e.reason)})` : ''}`;
    if (typeof e.message === 'string') return e.message;
    return JSON.stringify(err);
  }
  return String(err);
}

interface ServerProcess {
  child: ChildProcess;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  hasExited: () => boolean;
}

function startServer(dataDir: string, port: number, key: string): ServerProcess {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Whatever the caller's shell has (CI exports DATABASE_URL for the tests), the smoke
  // test runs on embedded PGlite with the documented defaults.
  for (const name of ['DATABASE_URL', 'DEMO', 'HOST', 'LOG_LEVEL', 'NODE_ENV', 'BOOTSTRAP_ADMIN_KEY', 'PORT', 'DATA_DIR']) delete env[name];
  Object.assign(env, { DATA_DIR: dataDir, PORT: String(port), BOOTSTRAP_ADMIN_KEY: key });

  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const collect = (stream: string) => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') output.push(`[${stream}] ${line}`);
  };
  child.stdout?.on('data', collect('out'));
  child.stderr?.on('data', collect('err'));
  let done = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
    child.once('error', (err) => {
      output.push(`[spawn] ${err.message}`);
      done = true;
      resolve({ code: null, signal: null });
    });
  });
  return { child, output, exited, hasExited: () => done };
}

async function waitFor200(server: ServerProcess, url: string, deadline: number): Promise<void> {
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.hasExited()) {
      const { code, signal } = await server.exited;
      fail(`the server exited (code ${code}, signal ${signal}) before ${url} answered 200`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      const body = await res.text();
      if (res.status === 200) return;
      last = `HTTP ${res.status} ${body.slice(0, 200)}`;
    } catch (err) {
      last = describe((err as { cause?: unknown }).cause ?? err);
    }
    await sleep(250);
  }
  fail(`${url} did not answer 200 within ${START_TIMEOUT_MS / 1000} s (last: ${last})`);
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function graphql<T>(url: string, key: string, query: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  let body: GraphQLResponse<T>;
  try {
    body = JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    fail(`POST ${url} answered HTTP ${res.status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
  if (!res.ok || body.errors?.length || !body.data) {
    fail(`POST ${url} answered HTTP ${res.status}: ${body.errors ? describe(body.errors) : text.slice(0, 300)}`);
  }
  return body.data;
}

function wsClient(url: string, key: string): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${key}` },
    retryAttempts: 0,
    lazy: true,
  });
}

interface ItemEvent {
  cursor: string;
  sku: string;
  version: number;
}

const ITEM_CHANGED = 'subscription { itemChanged { cursor sku version } }';

async function run(tmp: string, state: { server?: ServerProcess; clients: Client[] }): Promise<void> {
  if (!fs.existsSync(MAIN)) fail(`${path.relative(ROOT, MAIN)} is missing: run \`npm run build\` first`);

  const port = await freePort();
  const key = `lh_${crypto.randomBytes(32).toString('base64url')}`;
  const base = `http://127.0.0.1:${port}`;
  const httpUrl = `${base}/graphql`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;

  step(`starting node ${path.relative(ROOT, MAIN)} on port ${port} with PGlite in ${tmp}`);
  const started = Date.now();
  const server = startServer(path.join(tmp, 'data'), port, key);
  state.server = server;
  const deadline = started + START_TIMEOUT_MS;
  await waitFor200(server, `${base}/healthz`, deadline);
  step(`GET /healthz -> 200 after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await waitFor200(server, `${base}/readyz`, deadline);
  step(`GET /readyz -> 200 after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const viewer = await graphql<{ viewer: { role: string } }>(httpUrl, key, '{ viewer { role } }');
  if (viewer.viewer.role !== 'ADMIN') fail(`viewer.role is ${JSON.stringify(viewer.viewer.role)}, expected ADMIN`);
  step('query { viewer { role } } -> ADMIN');

  const created = await graphql<{ warehouseCreate: { warehouse: { id: string; code: string } | null; userErrors: Array<{ code: string; message: string }> } }>(
    httpUrl,
    key,
    'mutation { warehouseCreate(input: {code: "SMOKE", name: "Smoke test"}) { warehouse { id code } userErrors { code message } } }',
  );
  const wc = created.warehouseCreate;
  if (wc.userErrors.length > 0) fail(`warehouseCreate returned userErrors: ${JSON.stringify(wc.userErrors)}`);
  if (wc.warehouse?.code !== 'SMOKE') fail(`warehouseCreate returned ${JSON.stringify(wc.warehouse)}, expected code SMOKE`);
  step(`mutation warehouseCreate -> warehouse ${wc.warehouse.id} (${wc.warehouse.code})`);

  // Subscription over WebSocket with the bootstrap key.
  const client = wsClient(wsUrl, key);
  state.clients.push(client);
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const received = new Promise<ItemEvent>((resolve, reject) => {
    client.subscribe<{ itemChanged: ItemEvent }>(
      { query: ITEM_CHANGED },
      {
        next: (msg) => {
          if (msg.errors?.length) reject(new SmokeFailure(`subscription returned errors: ${describe(msg.errors)}`));
          const event = msg.data?.itemChanged;
          if (event?.sku === 'SMOKE-1') resolve(event);
        },
        error: (err) => reject(new SmokeFailure(`subscription failed: ${describe(err)}`)),
        complete: () => reject(new SmokeFailure('subscription completed before the SMOKE-1 event arrived')),
      },
    );
  });
  received.catch(() => undefined); // awaited below; keeps an early rejection from being "unhandled"
  await within(10_000, 'WebSocket connection_ack', Promise.race([connected, received.then(() => undefined)]));
  // The subscribe message follows the ack on the same socket; give the server a moment to register it.
  await sleep(500);
  step('WebSocket connected with the bootstrap key; subscribed to itemChanged');

  const item = await graphql<{ itemCreate: { item: { id: string } | null; userErrors: Array<{ code: string }> } }>(
    httpUrl,
    key,
    'mutation { itemCreate(input: {sku: "SMOKE-1", name: "Smoke item"}) { item { id } userErrors { code } } }',
  );
  if (item.itemCreate.userErrors.length > 0 || !item.itemCreate.item) fail(`itemCreate returned ${JSON.stringify(item.itemCreate)}`);
  step(`mutation itemCreate -> item ${item.itemCreate.item.id} (SMOKE-1)`);

  const event = await within(EVENT_TIMEOUT_MS, 'the itemChanged event for SMOKE-1', received);
  step(`subscription itemChanged -> sku ${event.sku}, version ${event.version}, cursor ${event.cursor}`);

  // A bad key must be refused at connection time (graphql-ws closes with 4403 Forbidden).
  const badKey = `lh_${crypto.randomBytes(32).toString('base64url')}`;
  const bad = wsClient(wsUrl, badKey);
  state.clients.push(bad);
  const outcome = await within(
    10_000,
    'the server to refuse a WebSocket with a bad key',
    new Promise<{ accepted: boolean; detail: string; code?: number }>((resolve) => {
      bad.on('connected', () => resolve({ accepted: true, detail: 'connection_ack received' }));
      bad.subscribe(
        { query: ITEM_CHANGED },
        {
          next: () => resolve({ accepted: true, detail: 'received data' }),
          error: (err) => resolve({ accepted: false, detail: describe(err), code: (err as { code?: number }).code }),
          complete: () => resolve({ accepted: true, detail: 'subscription completed normally' }),
        },
      );
    }),
  );
  if (outcome.accepted) fail(`a WebSocket with a bad key was accepted (${outcome.detail})`);
  if (outcome.code !== 4403) fail(`a WebSocket with a bad key was refused, but not with 4403 Forbidden: ${outcome.detail}`);
  step(`WebSocket with a bad key refused (${outcome.detail})`);
  await bad.dispose();

  // Graceful shutdown, with the good subscription still open.
  step('sending SIGTERM');
  const stopAt = Date.now();
  server.child.kill('SIGTERM');
  const { code, signal } = await within(EXIT_TIMEOUT_MS, 'the server to exit after SIGTERM', server.exited);
  if (code !== 0) fail(`the server exited with code ${code}${signal ? ` (signal ${signal})` : ''} after SIGTERM, expected 0`);
  step(`server exited with code 0 after ${((Date.now() - stopAt) / 1000).toFixed(1)} s`);
  await client.dispose();

  // A restart on the same data folder keeps the data (and the key, and prints no new one).
  const again = startServer(path.join(tmp, 'data'), port, key);
  state.server = again;
  const restarted = Date.now();
  await waitFor200(again, `${base}/readyz`, restarted + START_TIMEOUT_MS);
  const kept = await graphql<{ warehouseByCode: { code: string } | null; itemBySku: { sku: string } | null }>(
    httpUrl,
    key,
    '{ warehouseByCode(code: "smoke") { code } itemBySku(sku: "SMOKE-1") { sku } }',
  );
  if (kept.warehouseByCode?.code !== 'SMOKE' || kept.itemBySku?.sku !== 'SMOKE-1') fail(`after a restart the data is gone: ${JSON.stringify(kept)}`);
  if (again.output.some((line) => line.toLowerCase().includes('first start'))) fail('the restart behaved as a first start (a second bootstrap key)');
  step(`restarted on the same data folder in ${((Date.now() - restarted) / 1000).toFixed(1)} s: warehouse SMOKE and item SMOKE-1 are still there`);
  again.child.kill('SIGTERM');
  const second = await within(EXIT_TIMEOUT_MS, 'the restarted server to exit after SIGTERM', again.exited);
  if (second.code !== 0) fail(`the restarted server exited with code ${second.code} after SIGTERM, expected 0`);
}

async function main(): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerhouse-smoke-'));
  const state: { server?: ServerProcess; clients: Client[] } = { clients: [] };
  let failed = false;
  try {
    await run(tmp, state);
  } catch (err) {
    failed = true;
    const reason = err instanceof SmokeFailure ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    console.error(`smoke: FAILED: ${reason}`);
    if (state.server) {
      const lines = state.server.output;
      const shown = lines.slice(-200);
      console.error(`smoke: server output (${lines.length} lines${lines.length > shown.length ? `, last ${shown.length} shown` : ''}):`);
      for (const line of shown) console.error(`  ${line}`);
    }
  } finally {
    for (const c of state.clients) await c.dispose();
    const server = state.server;
    if (server && !server.hasExited()) {
      server.child.kill('SIGKILL');
      await within(5_000, 'the server to die after SIGKILL', server.exited).catch(() => undefined);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (failed) return 1;
  step(`removed ${tmp}`);
  step('PASSED');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`smoke: FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
