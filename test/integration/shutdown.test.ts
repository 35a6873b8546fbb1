import http from 'node:http';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { onPostgres } from '../helpers/db';
import {
  committedReferences,
  inspect,
  post,
  RECEIVE,
  type RawResponse,
  receiveInput,
  type ServerProcess,
  startServerProcess,
  stockFixture,
  TEST_ADMIN_KEY,
} from '../helpers/server-process';

/**
 * Shutdown of the real server process (SIGTERM), on the database the run uses: what a
 * client on an open keep-alive connection hears, and that nothing is committed that the
 * client was not told about.
 */

const servers: ServerProcess[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.kill();
});

/** The server's exit, or a failure naming what it was still doing after `ms`. */
async function exitWithin(server: ServerProcess, ms: number): Promise<{ code: number | null; at: number }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the server had not exited ${ms} ms after SIGTERM:\n${server.output.slice(-5).join('\n')}`)), ms);
  });
  try {
    return await Promise.race([server.exited, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function start(env: Record<string, string> = {}): Promise<ServerProcess> {
  const s = await startServerProcess({ env });
  servers.push(s);
  return s;
}

/** Sends SIGTERM and waits until the server has begun to stop; the time it says it began. */
async function sigterm(server: ServerProcess): Promise<number> {
  server.child.kill('SIGTERM');
  const entry = await server.waitForLog('shutting down: draining requests and sockets', 20_000);
  return Date.parse(String(entry.time));
}

function expectShuttingDown503(res: RawResponse): void {
  expect(res.status).toBe(503);
  expect(res.headers.connection).toBe('close');
  expect(res.headers['retry-after']).toBe('1');
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.json?.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'SHUTTING_DOWN' });
}

type Outcome = { ref: string; res?: RawResponse; error?: string; reusedSocket?: boolean };

async function settle(ref: string, p: Promise<RawResponse>): Promise<Outcome> {
  try {
    return { ref, res: await p };
  } catch (err) {
    return { ref, error: (err as NodeJS.ErrnoException).code ?? (err as Error).message, reusedSocket: (err as { reusedSocket?: boolean }).reusedSocket };
  }
}

/**
 * Requests that got no answer. A request on a connection that was already open must always
 * get one; one on a new connection may find the server no longer listening (refused, or
 * reset if it was still in the listen backlog when the listener closed): it never reached
 * the server, and the database check shows it did not run.
 */
function cutOnOpenConnections(outcomes: Outcome[]): Outcome[] {
  return outcomes.filter((o) => o.error && (o.reusedSocket !== false || !['ECONNREFUSED', 'ECONNRESET'].includes(o.error)));
}

describe('SIGTERM with clients on open keep-alive connections', () => {
  it('a request arriving on an idle keep-alive socket after SIGTERM is answered 503 (Connection: close, Retry-After) and not run', async () => {
    const server = await start({ SHUTDOWN_LINGER_MS: '5000' });
    const f = await stockFixture(server.url, 'KA-IDLE');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const first = await post(server.url, { query: '{ viewer { role } }' }, { agent });
    expect(first.status).toBe(200);
    expect(first.headers.connection).toBe('keep-alive');

    await sigterm(server);
    const late = await post(server.url, { query: RECEIVE, variables: receiveInput(f, 'after-sigterm') }, { agent });
    // The same socket, still open, answered: 503 before anything ran.
    expect(late.localPort).toBe(first.localPort);
    expectShuttingDown503(late);
    expect(late.json?.errors?.[0]?.message).toMatch(/shutting down; the request was not run/);

    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(await committedReferences(server, ['after-sigterm'])).toEqual([]);
    agent.destroy();
  });

  it('a request in flight at SIGTERM runs, commits, and its whole response says Connection: close', async () => {
    const server = await start();
    const f = await stockFixture(server.url, 'KA-FLIGHT');
    const payload = JSON.stringify({ query: RECEIVE, variables: receiveInput(f, 'in-flight') });
    const half = Math.floor(payload.length / 2);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const response = new Promise<RawResponse>((resolve, reject) => {
      const req = http.request(server.url, {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${TEST_ADMIN_KEY}` },
      });
      req.on('error', reject);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString(), json: JSON.parse(Buffer.concat(chunks).toString()), localPort: res.socket?.localPort }));
      });
      req.write(payload.slice(0, half));
      // The request has arrived (its head and half its body) before the signal.
      setTimeout(() => {
        void sigterm(server).then(() => req.end(payload.slice(half)));
      }, 300);
    });
    const res = await response;
    expect(res.status).toBe(200);
    expect(res.headers.connection).toBe('close');
    expect(res.json?.errors).toBeUndefined();
    const doc = (res.json?.data as { stockReceive: { document: { reference: string } | null; userErrors: unknown[] } }).stockReceive;
    expect(doc.userErrors).toEqual([]);
    expect(doc.document?.reference).toBe('in-flight');
    expect((await server.exited).code).toBe(0);
    expect(await committedReferences(server, ['in-flight'])).toEqual(['in-flight']);
    agent.destroy();
  });

  it('a stream of writes over keep-alive sockets across SIGTERM: each gets a whole answer (200 or 503), and what committed is exactly what was answered 200', async () => {
    const server = await start();
    const f = await stockFixture(server.url, 'KA-STORM');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
    // Warm both sockets.
    await Promise.all([post(server.url, { query: '{ viewer { role } }' }, { agent }), post(server.url, { query: '{ viewer { role } }' }, { agent })]);
    const refs = Array.from({ length: 40 }, (_, i) => `storm-${String(i).padStart(2, '0')}`);
    let answered = 0;
    let signalled: Promise<number> | undefined;
    const outcomes = await Promise.all(
      refs.map((ref) =>
        settle(
          ref,
          post(server.url, { query: RECEIVE, variables: receiveInput(f, ref) }, { agent }).finally(() => {
            if (++answered === 4) signalled = sigterm(server);
          }),
        ),
      ),
    );
    await signalled;
    expect((await server.exited).code).toBe(0);

    const failures = outcomes.filter((o) => o.error);
    // Nothing was cut: a request on an open connection got a whole answer.
    expect(cutOnOpenConnections(outcomes)).toEqual([]);
    const ok = outcomes.filter((o) => o.res?.status === 200).map((o) => o.ref);
    const refused = outcomes.filter((o) => o.res?.status === 503);
    for (const o of refused) expectShuttingDown503(o.res as RawResponse);
    expect(ok.length + refused.length + failures.length).toBe(refs.length);
    expect(ok.length).toBeGreaterThanOrEqual(4);
    expect(refused.length + failures.length).toBeGreaterThan(0);
    for (const o of outcomes.filter((x) => x.res?.status === 200)) expect(o.res?.json?.errors).toBeUndefined();
    expect(await committedReferences(server, refs)).toEqual(ok.sort());
    agent.destroy();
  });
});

describe('SHUTDOWN_GRACE_MS bounds the shutdown', () => {
  it('SHUTDOWN_GRACE_MS=0: commands in flight are cancelled, none commits unheard, and the process exits at once', async () => {
    const server = await start({ SHUTDOWN_GRACE_MS: '0' });
    const f = await stockFixture(server.url, 'GRACE-0');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const refs = Array.from({ length: 24 }, (_, i) => `zero-${String(i).padStart(2, '0')}`);
    let answered = 0;
    let signalled: Promise<number> | undefined;
    const outcomes = await Promise.all(
      refs.map((ref) =>
        settle(
          ref,
          post(server.url, { query: RECEIVE, variables: receiveInput(f, ref) }, { agent }).finally(() => {
            if (++answered === 2) signalled = sigterm(server);
          }),
        ),
      ),
    );
    const stoppingAt = (await signalled) as number;
    const exit = await server.exited;
    expect(exit.code).toBe(0);
    expect(exit.at - stoppingAt).toBeLessThan(2500);
    const ok = outcomes.filter((o) => o.res?.status === 200).map((o) => o.ref);
    for (const o of outcomes.filter((x) => x.res?.status === 503)) {
      expect(o.res?.json?.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'SHUTTING_DOWN' });
      expect(o.res?.headers['retry-after']).toBe('1');
    }
    for (const o of outcomes) expect(String(o.error ?? o.res?.status)).toMatch(/^(200|503|ECONNREFUSED|ECONNRESET|socket hang up)$/);
    // Whatever the client did not hear as a success did not commit, and the reverse.
    expect(await committedReferences(server, refs)).toEqual(ok.sort());
    agent.destroy();
  });

  it('commands still running or queued when the grace ends are rolled back and answered 503; the process exits soon after the grace', async () => {
    const server = await start({ SHUTDOWN_GRACE_MS: '500' });
    const f = await stockFixture(server.url, 'GRACE-LONG');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    // Receipts of 1,000 lines each: a few hundred milliseconds of work apiece, more in all
    // than the grace, so the shutdown finds some running and some waiting for the database.
    const lines = Array.from({ length: 1000 }, () => ({ itemId: f.itemId, locationId: f.locationId, quantity: '1', unitCost: '2.50' }));
    const refs = Array.from({ length: 12 }, (_, i) => `long-${String(i).padStart(2, '0')}`);
    let signalled: Promise<number> | undefined;
    const outcomes = await Promise.all(
      refs.map((ref) =>
        settle(
          ref,
          post(server.url, { query: RECEIVE, variables: { i: { warehouseId: f.warehouseId, reference: ref, lines } } }, { agent }).finally(() => {
            signalled ??= sigterm(server);
          }),
        ),
      ),
    );
    const stoppingAt = (await signalled) as number;
    const exit = await server.exited;
    expect(exit.code).toBe(0);
    expect(exit.at - stoppingAt).toBeLessThan(500 + 2000);
    const ok = outcomes.filter((o) => o.res?.status === 200).map((o) => o.ref);
    const cancelled = outcomes.filter((o) => o.res?.status === 503);
    // On PGlite statements run on the event loop, so the server notices the signal (and its
    // grace timer fires) only between commands: there may be nothing left to cancel.
    if (onPostgres) expect(cancelled.length).toBeGreaterThan(0);
    for (const o of cancelled) expect(o.res?.json?.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'SHUTTING_DOWN' });
    // Every request on an open connection got a whole answer; none was cut.
    expect(cutOnOpenConnections(outcomes)).toEqual([]);
    expect(await committedReferences(server, refs)).toEqual(ok.sort());
    agent.destroy();
  });

  it.runIf(onPostgres)('a command waiting on a row lock past the grace is cancelled and rolled back; the process exits within the grace', async () => {
    const server = await start({ SHUTDOWN_GRACE_MS: '1000' });
    const f = await stockFixture(server.url, 'GRACE-LOCK');
    const first = await post(server.url, { query: RECEIVE, variables: receiveInput(f, 'before-lock') });
    expect(first.status).toBe(200);
    const counts = async () =>
      (
        await inspect<{ moves: string; entries: string; documents: string }>(
          server,
          `select (select count(*) from stock_moves)::text as moves, (select count(*) from journal_entries)::text as entries, (select count(*) from stock_documents)::text as documents`,
        )
      )[0];
    const before = await counts();

    // Another session holds the item's stock row, as a long command would.
    const holder = new pg.Client({ connectionString: server.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select * from stock_summaries where item_id = $1 for update', [f.itemDbId]);
      const blocked = settle('blocked', post(server.url, { query: RECEIVE, variables: receiveInput(f, 'blocked') }));
      // Wait until the command is waiting for that lock.
      for (let i = 0; ; i++) {
        const waiting = await inspect<{ n: number }>(server, `select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'ledgerhouse' and wait_event_type = 'Lock'`);
        if ((waiting[0]?.n ?? 0) > 0) break;
        if (i > 100) throw new Error('the command never waited for the lock');
        await new Promise((r) => setTimeout(r, 50));
      }
      const sentAt = Date.now();
      await sigterm(server);
      const exit = await exitWithin(server, 10_000);
      expect(exit.code).toBe(0);
      // Grace 1 s, plus a little to cancel and close; the lock is still held.
      expect(exit.at - sentAt).toBeLessThan(1000 + 2000);
      const outcome = await blocked;
      // The client heard that its command did not happen, and may retry it.
      expect(outcome.res?.status).toBe(503);
      expect(outcome.res?.headers['retry-after']).toBe('1');
      expect(outcome.res?.json?.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'SHUTTING_DOWN' });
      expect(outcome.res?.json?.errors?.[0]?.message).toMatch(/nothing was recorded/);
      // No session of the server is left behind, waiting to commit.
      // (Read from a session of its own: one inside a transaction sees pg_stat_activity as it was when the transaction began.)
      const left = await inspect(server, `select pid, state, wait_event_type from pg_stat_activity where datname = current_database() and application_name = 'ledgerhouse'`);
      expect(left).toEqual([]);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await holder.end();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await committedReferences(server, ['blocked'])).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});
