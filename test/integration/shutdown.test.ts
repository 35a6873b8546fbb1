import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  committedReferences,
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

type Outcome = { ref: string; res?: RawResponse; error?: string };

async function settle(ref: string, p: Promise<RawResponse>): Promise<Outcome> {
  try {
    return { ref, res: await p };
  } catch (err) {
    return { ref, error: (err as NodeJS.ErrnoException).code ?? (err as Error).message };
  }
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
    // Nothing was cut: a request that reached the server got a whole answer. (Refused is a
    // fresh connection after the server stopped listening, which never reached it.)
    expect(failures.filter((o) => o.error !== 'ECONNREFUSED')).toEqual([]);
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
