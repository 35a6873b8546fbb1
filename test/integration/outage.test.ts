import net from 'node:net';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freshDatabase, onPostgres } from '../helpers/db';
import { committedReferences, gqlData, post, RECEIVE, receiveInput, type ServerProcess, type StockFixture, startServerProcess, stockFixture } from '../helpers/server-process';

/**
 * The database goes away under a running server and comes back. The server runs on
 * PostgreSQL through a TCP proxy this test controls: stopping the proxy cuts every
 * connection and refuses new ones, as a database host that died would.
 */

class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      // A connection accepted while stop() ran (between its cut and the listener's close) must not survive it.
      if (this.server === null) {
        client.destroy();
        return;
      }
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.once('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.once('close', () => upstream.destroy());
      upstream.once('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** The database "dies": every open connection is cut, and new ones are refused. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const WAREHOUSES = '{ warehouses(first: 5) { edges { node { code } } } }';

describe.runIf(onPostgres)('the database becomes unreachable under a running server', () => {
  let proxy: TcpProxy;
  let server: ServerProcess;
  let f: StockFixture;
  let otherKey: string;

  beforeAll(async () => {
    const db = await freshDatabase();
    const real = new URL(db.databaseUrl as string);
    proxy = new TcpProxy(real.hostname, Number(real.port || 5432));
    await proxy.start();
    const viaProxy = new URL(real.toString());
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    // Keys stay cached for the whole test: the admin key is checked once, before the outage.
    server = await startServerProcess({ databaseUrl: viaProxy.toString(), env: { AUTH_CACHE_MS: '600000', DB_CONNECT_TIMEOUT_MS: '1000' } });
    f = await stockFixture(server.url, 'OUTAGE');
    const created = await gqlData(server.url, 'mutation { apiKeyCreate(input: { name: "second", role: ADMIN }) { secret } }');
    otherKey = created.apiKeyCreate.secret as string;
  });

  afterAll(async () => {
    await server?.kill();
    await proxy?.stop();
  });

  it('answers queries and mutations 503 SERVICE_UNAVAILABLE with Retry-After, refuses subscribers with a retryable 1013, and serves again once the database is back', async () => {
    await proxy.stop();

    // A query whose key is cached: it fails where it reads.
    const query = await post(server.url, { query: WAREHOUSES });
    expect(query.status).toBe(503);
    expect(query.headers['retry-after']).toBe('5');
    expect(query.json?.errors?.[0]).toMatchObject({
      message: 'The database is unreachable at the moment. Retry the request later.',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 5 },
    });
    expect(query.body).not.toMatch(/ECONNREFUSED|Connection terminated|stack/);
    // Reads through MikroORM, through the SQL helpers and through the loaders alike.
    for (const read of [
      '{ items(first: 5) { edges { node { sku } } } }',
      '{ availability(skus: ["OUTAGE"]) { sku available } }',
      `{ node(id: "${f.itemId}") { id ... on Item { sku stock { onHand } } } }`,
      `{ stockMoves(first: 5) { edges { node { quantity } } } }`,
    ]) {
      const res = await post(server.url, { query: read });
      expect([res.status, res.headers['retry-after'], res.json?.errors?.[0]?.extensions?.code], read).toEqual([503, '5', 'SERVICE_UNAVAILABLE']);
    }

    // A mutation: refused, and it says that nothing was recorded.
    const mutation = await post(server.url, { query: RECEIVE, variables: receiveInput(f, 'during-outage') });
    expect(mutation.status).toBe(503);
    expect(mutation.headers['retry-after']).toBe('5');
    expect(mutation.json?.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });
    expect(mutation.json?.errors?.[0]?.message).toBe('The database is unreachable: the command was not recorded. Retry it later.');

    // A key that was never checked cannot be checked now: that is the outage, not a bad key.
    const unchecked = await post(server.url, { query: WAREHOUSES }, { key: otherKey });
    expect(unchecked.status).toBe(503);
    expect(unchecked.headers['retry-after']).toBe('5');
    expect(unchecked.json?.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });

    // The same key over WebSocket: closed with 1013 Try Again Later (which the graphql-ws
    // client retries), not 4403 Forbidden.
    const closed = await new Promise<{ code: number; reason: string }>((resolve, reject) => {
      const client = createClient({
        url: server.url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${otherKey}` },
        on: {
          closed: (e) => {
            const { code, reason } = e as { code: number; reason: string };
            resolve({ code, reason });
          },
        },
      });
      client.subscribe({ query: 'subscription { stockLevelChanged(skus: ["OUTAGE"]) { sku } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      setTimeout(() => reject(new Error('the socket was not closed')), 10_000);
    });
    expect(closed).toEqual({ code: 1013, reason: 'Try Again Later: the database is unreachable' });

    const ready = await fetch(server.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);

    // The database comes back: the same process serves again.
    await proxy.start();
    let back: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 100; i++) {
      back = await post(server.url, { query: WAREHOUSES });
      if (back.status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(back?.status).toBe(200);
    expect(back?.json?.errors).toBeUndefined();
    const again = await post(server.url, { query: RECEIVE, variables: receiveInput(f, 'after-outage') });
    expect(again.status).toBe(200);
    expect(again.json?.errors).toBeUndefined();
    expect((await post(server.url, { query: WAREHOUSES }, { key: otherKey })).status).toBe(200);
    const acked = await new Promise<string>((resolve, reject) => {
      const client = createClient({
        url: server.url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${otherKey}` },
        on: { connected: () => resolve('connected'), closed: (e) => reject(new Error(`closed ${(e as { code: number }).code}`)) },
      });
      client.subscribe({ query: 'subscription { stockLevelChanged(skus: ["OUTAGE"]) { sku } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      setTimeout(() => {
        void client.dispose();
      }, 2_000);
    });
    expect(acked).toBe('connected');
    expect(await committedReferences(server, ['during-outage', 'after-outage'])).toEqual(['after-outage']);

    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  });
});
