import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { fromGlobalId } from '../../src/shared/ids';
import { freshDatabase, onPostgres } from './db';

/**
 * The real server as a child process (`node --import tsx src/main.ts`), for tests about
 * processes: signals, sockets, exit codes. On PostgreSQL (DATABASE_URL set) it runs on a
 * fresh copy of the migrated template database; on PGlite in a fresh data folder of its own.
 */

const ROOT = path.resolve(__dirname, '../..');
export const TEST_ADMIN_KEY = 'lh_shutdowntestadminkey0123456789abcdefghij';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Where the server's data is: the database URL (PostgreSQL) or the data folder (PGlite). */
  databaseUrl?: string;
  dataDir?: string;
  /** Every line the server printed so far (JSON log lines, mostly). */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Resolves when the server has printed a log line whose msg matches. */
  waitForLog(msg: string | RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
  kill(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse a database (another server's, or one behind a proxy). */
  databaseUrl?: string;
  dataDir?: string;
}

export async function startServerProcess(options: StartOptions = {}): Promise<ServerProcess> {
  let databaseUrl = options.databaseUrl;
  let dataDir = options.dataDir;
  if (!databaseUrl && !dataDir) {
    if (onPostgres) databaseUrl = (await freshDatabase()).databaseUrl;
    else dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-proc-'));
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'DEMO', 'PORT', 'HOST', 'LOG_LEVEL', 'NODE_ENV', 'BOOTSTRAP_ADMIN_KEY']) delete env[name];
  Object.assign(env, {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    NODE_ENV: 'test',
    BOOTSTRAP_ADMIN_KEY: TEST_ADMIN_KEY,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl, DB_POOL_SIZE: '4' } : { DATA_DIR: dataDir }),
    ...options.env,
  });
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const watchers = new Set<(line: string) => void>();
  let buffer = '';
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      if (line.trim() === '') continue;
      output.push(line);
      for (const w of [...watchers]) w(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });

  const waitForLog = (msg: string | RegExp, timeoutMs = 60_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const matches = (line: string): Record<string, unknown> | null => {
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          const m = String(entry.msg ?? '');
          return (typeof msg === 'string' ? m === msg : msg.test(m)) ? entry : null;
        } catch {
          return null;
        }
      };
      for (const line of output) {
        const hit = matches(line);
        if (hit) return resolve(hit);
      }
      const timer = setTimeout(() => {
        watchers.delete(watch);
        reject(new Error(`no log line "${String(msg)}" within ${timeoutMs} ms; the server printed:\n${output.join('\n')}`));
      }, timeoutMs);
      const watch = (line: string) => {
        const hit = matches(line);
        if (!hit) return;
        clearTimeout(timer);
        watchers.delete(watch);
        resolve(hit);
      };
      watchers.add(watch);
      void exited.then(({ code, signal }) => {
        if (!watchers.has(watch)) return;
        clearTimeout(timer);
        watchers.delete(watch);
        reject(new Error(`the server exited (code ${code}, signal ${signal}) before logging "${String(msg)}":\n${output.join('\n')}`));
      });
    });

  const listening = await waitForLog('ledgerhouse listening');
  return {
    child,
    url: String(listening.url),
    databaseUrl,
    dataDir,
    output,
    exited,
    waitForLog,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | null;
  /** The local port of the socket the request went over. */
  localPort: number | undefined;
}

/**
 * POSTs a GraphQL request over real HTTP with the given agent. Rejects with the socket
 * error (ECONNRESET, "socket hang up", ECONNREFUSED) when no complete response arrives;
 * the error's `reusedSocket` says whether the request went on a connection that was
 * already open (kept alive from an earlier request) or on a new one.
 */
export function post(url: string, body: { query: string; variables?: Record<string, unknown> }, options: { key?: string | null; agent?: http.Agent } = {}): Promise<RawResponse> {
  const payload = JSON.stringify(body);
  const key = options.key === undefined ? TEST_ADMIN_KEY : options.key;
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: options.agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...(key ? { authorization: `Bearer ${key}` } : {}) },
      },
      (res) => {
        const localPort = res.socket?.localPort;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('response aborted')));
        res.on('end', () => {
          if (!res.complete) return reject(new Error('response incomplete'));
          const text = Buffer.concat(chunks).toString('utf8');
          let json: RawResponse['json'] = null;
          try {
            json = JSON.parse(text) as RawResponse['json'];
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, json, localPort });
        });
      },
    );
    req.on('error', (err) => reject(Object.assign(err, { reusedSocket: req.reusedSocket })));
    req.end(payload);
  });
}

/** POSTs and returns `data`, failing on any error. */
export async function gqlData<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, key?: string | null): Promise<T> {
  const res = await post(url, { query, variables }, { key });
  if (res.status !== 200 || !res.json?.data || res.json.errors?.length) throw new Error(`HTTP ${res.status}: ${res.body}`);
  return res.json.data as T;
}

export interface StockFixture {
  warehouseId: string;
  locationId: string;
  itemId: string;
  /** The item's database id (for SQL). */
  itemDbId: string;
  sku: string;
}

/** A warehouse, a pick location and an item, made through the API. */
export async function stockFixture(url: string, sku: string): Promise<StockFixture> {
  const w = await gqlData(url, 'mutation($i: WarehouseCreateInput!) { warehouseCreate(input: $i) { warehouse { id } userErrors { code message } } }', {
    i: { code: `W${sku}`.slice(0, 20), name: `Warehouse for ${sku}` },
  });
  const warehouseId = w.warehouseCreate.warehouse.id as string;
  const l = await gqlData(url, 'mutation($i: LocationCreateInput!) { locationCreate(input: $i) { location { id } userErrors { code message } } }', {
    i: { warehouseId, code: 'A1', type: 'PICK' },
  });
  const i = await gqlData(url, 'mutation($i: ItemCreateInput!) { itemCreate(input: $i) { item { id } userErrors { code message } } }', { i: { sku, name: `Item ${sku}` } });
  const itemId = i.itemCreate.item.id as string;
  return { warehouseId, locationId: l.locationCreate.location.id as string, itemId, itemDbId: fromGlobalId(itemId)?.id as string, sku };
}

export const RECEIVE = 'mutation($i: StockReceiveInput!) { stockReceive(input: $i) { document { id number reference } userErrors { code message } } }';

export function receiveInput(f: StockFixture, reference: string, quantity = '1'): Record<string, unknown> {
  return { i: { warehouseId: f.warehouseId, reference, lines: [{ itemId: f.itemId, locationId: f.locationId, quantity, unitCost: '2.50' }] } };
}

/**
 * Reads the server's database directly: on PostgreSQL any time, on PGlite only once the
 * server has exited (it holds the data folder).
 */
export async function inspect<T extends Record<string, unknown>>(server: ServerProcess, text: string, params: unknown[] = []): Promise<T[]> {
  if (server.databaseUrl) {
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      return (await client.query<T>(text, params)).rows;
    } finally {
      await client.end();
    }
  }
  if (server.child.exitCode === null && server.child.signalCode === null) throw new Error('PGlite: read the data folder only after the server has exited');
  const db = new PGlite(path.join(server.dataDir as string, 'pgdata'));
  try {
    return (await db.query<T>(text, params)).rows;
  } finally {
    await db.close();
  }
}

/** The references of the stock documents that were committed, of those given. */
export async function committedReferences(server: ServerProcess, references: string[]): Promise<string[]> {
  const rows = await inspect<{ reference: string }>(server, 'select reference from stock_documents where reference = any($1::text[]) order by reference', [references]);
  return rows.map((r) => r.reference);
}
