import { type Client, createClient } from 'graphql-ws';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../helpers/app';

const TOKEN = 'metrics-test-token-0123456789';

/** One sample of the Prometheus text: `name{labels} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[k as string] = v as string;
    samples.push({ name: m[1] as string, labels, value: Number(m[3]) });
  }
  return samples;
}

class Scrape {
  readonly samples: Sample[];
  constructor(readonly text: string) {
    this.samples = parseExposition(text);
  }

  /** The value of the one sample with this name and (at least) these labels; undefined if none. */
  value(name: string, labels: Record<string, string> = {}): number | undefined {
    const found = this.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
    if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
    return found[0]?.value;
  }

  all(name: string): Sample[] {
    return this.samples.filter((s) => s.name === name);
  }
}

async function scrape(t: TestApp, path = '/metrics'): Promise<Scrape> {
  const res = await request(t.app.server.httpServer).get(path).set('authorization', `Bearer ${TOKEN}`);
  expect(res.status, res.text).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
  return new Scrape(res.text);
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const requests = 'ledgerhouse_graphql_requests_total';
const duration = 'ledgerhouse_graphql_request_duration_seconds';

describe('GET /metrics on the main port (METRICS_TOKEN)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('refuses a scrape without the token or with another one, and answers the token', async () => {
    const http = request(t.app.server.httpServer);
    const none = await http.get('/metrics');
    expect(none.status).toBe(401);
    expect(none.text).not.toContain('ledgerhouse_');
    const wrong = await http.get('/metrics').set('authorization', `Bearer ${TOKEN}x`);
    expect(wrong.status).toBe(401);
    const basic = await http.get('/metrics').set('authorization', TOKEN);
    expect(basic.status).toBe(401);
    expect((await scrape(t)).value('ledgerhouse_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(t.app.server.metricsUrl).toBe(t.url.replace(/\/graphql$/, '/metrics'));
  });

  it('counts requests by operation name, type and outcome: ok, a GraphQL error code, user_error', async () => {
    const okQuery = 'query MetricsViewer { viewer { role } }';
    expect((await t.gql(okQuery)).errors).toBeUndefined();
    expect((await t.gql(okQuery)).errors).toBeUndefined();
    // Introspection without a key is refused once the operation is known (its name is kept).
    const refused = await t.gql('query MetricsSchema { __schema { queryType { name } } }', {}, null);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A mutation that succeeds, then the same one refused with a userError (the code is taken).
    const create = 'mutation MetricsWarehouse($input: WarehouseCreateInput!) { warehouseCreate(input: $input) { warehouse { id } userErrors { code } } }';
    const first = await t.gql<{ warehouseCreate: { userErrors: { code: string }[] } }, Record<string, unknown>>(create, { input: { code: 'MET-1', name: 'Metrics' } });
    expect(first.data?.warehouseCreate.userErrors).toEqual([]);
    const again = await t.gql<{ warehouseCreate: { userErrors: { code: string }[] } }, Record<string, unknown>>(create, { input: { code: 'MET-1', name: 'Metrics' } });
    expect(again.data?.warehouseCreate.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_CODE']);
    // An unnamed operation, a syntax error, an unknown key, a body that is not JSON.
    expect((await t.gql('{ viewer { role } }')).errors).toBeUndefined();
    expect((await t.gql('query MetricsBroken { viewer { role }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await t.gql(okQuery, {}, 'lh_not_a_key_at_all_00000000000000000000')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const notJson = await request(t.app.server.httpServer).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(notJson.status).toBe(400);
    const noQuery = await request(t.app.server.httpServer).post('/graphql').set('authorization', `Bearer ${t.adminKey}`).send({ variables: {} });
    expect(noQuery.status).toBe(400);
    expect(noQuery.body.errors[0].extensions.code).toBe('BAD_REQUEST');

    const m = await scrape(t);
    expect(m.value(requests, { operation: 'MetricsViewer', operation_type: 'query', outcome: 'ok' })).toBe(2);
    expect(m.value(requests, { operation: 'MetricsSchema', operation_type: 'query', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(m.value(requests, { operation: 'MetricsWarehouse', operation_type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(m.value(requests, { operation: 'MetricsWarehouse', operation_type: 'mutation', outcome: 'user_error' })).toBe(1);
    expect(m.value(requests, { operation: 'anonymous', operation_type: 'query', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(m.value(requests, { operation: 'unknown', operation_type: 'unknown', outcome: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(m.value(requests, { operation: 'unknown', operation_type: 'unknown', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(m.value(requests, { operation: 'unknown', operation_type: 'unknown', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(m.value(requests, { operation: 'unknown', operation_type: 'unknown', outcome: 'BAD_REQUEST' })).toBe(1);
    // A name seen only in a request that failed to parse is not a label.
    expect(m.all(requests).some((s) => s.labels.operation === 'MetricsBroken')).toBe(false);

    // The latency histogram has a sample per request, in cumulative buckets.
    expect(m.value(`${duration}_count`, { operation: 'MetricsViewer', operation_type: 'query' })).toBe(2);
    expect(m.value(`${duration}_bucket`, { operation: 'MetricsViewer', operation_type: 'query', le: '+Inf' })).toBe(2);
    expect(m.value(`${duration}_sum`, { operation: 'MetricsViewer', operation_type: 'query' })).toBeGreaterThan(0);
    expect(m.value(`${duration}_count`, { operation: 'MetricsWarehouse', operation_type: 'mutation' })).toBe(2);
    const buckets = m.all(`${duration}_bucket`).filter((s) => s.labels.operation === 'MetricsViewer');
    expect(buckets.length).toBeGreaterThan(5);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.value).toBeGreaterThanOrEqual(buckets[i - 1]!.value);

    // The mutations' commands are counted as transactions (one committed, one rolled back at least).
    expect(m.value('ledgerhouse_transactions_committed_total')).toBeGreaterThanOrEqual(1);
    expect(m.value('ledgerhouse_transactions_rolled_back_total')).toBeGreaterThanOrEqual(1);
    expect(m.value('ledgerhouse_transaction_retries_total')).toBe(0);
  });

  it('reports the database pool: its size, and nothing waiting when idle', async () => {
    const m = await scrape(t);
    expect(m.value('ledgerhouse_db_pool_connections_max')).toBe(t.db.kind === 'pglite' ? 1 : 8);
    expect(m.value('ledgerhouse_db_pool_waiting')).toBe(0);
    const inUse = m.value('ledgerhouse_db_pool_connections_in_use')!;
    const idle = m.value('ledgerhouse_db_pool_connections_idle')!;
    expect(inUse).toBeGreaterThanOrEqual(0);
    expect(inUse + idle).toBeLessThanOrEqual(m.value('ledgerhouse_db_pool_connections_max')!);
    expect(inUse + idle).toBeGreaterThanOrEqual(1);
  });

  it('counts open WebSocket connections and their subscriptions, and forgets them after close', async () => {
    const before = await scrape(t);
    expect(before.value('ledgerhouse_websocket_connections')).toBe(0);
    expect(before.value('ledgerhouse_websocket_subscriptions')).toBe(0);
    const client: Client = createClient({
      url: t.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${t.adminKey}` },
      retryAttempts: 0,
      lazy: true,
    });
    const received: unknown[] = [];
    const errors: unknown[] = [];
    client.subscribe({ query: 'subscription MetricsItems { itemChanged { sku } }' }, { next: (r) => received.push(r), error: (e) => errors.push(e), complete: () => undefined });
    try {
      const open = await until(
        () => scrape(t),
        (m) => m.value('ledgerhouse_websocket_subscriptions') === 1,
        'the subscription to be counted',
      );
      expect(open.value('ledgerhouse_websocket_connections')).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await client.dispose();
    }
    const closed = await until(
      () => scrape(t),
      (m) => m.value('ledgerhouse_websocket_connections') === 0,
      'the socket to be forgotten',
    );
    expect(closed.value('ledgerhouse_websocket_subscriptions')).toBe(0);
  });

  it('reports no undispatched events once the dispatcher has caught up', async () => {
    await t.app.dispatcher.flush();
    const m = await scrape(t);
    expect(m.value('ledgerhouse_outbox_undispatched_events')).toBe(0);
    expect(m.value('ledgerhouse_outbox_oldest_undispatched_age_seconds')).toBe(0);
    expect(m.value('ledgerhouse_event_sequencer_leader')).toBe(1);
    expect(m.value('ledgerhouse_events_sequenced_total')).toBeGreaterThanOrEqual(1);
  });
});

describe('GET /metrics on its own port (METRICS_PORT)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ METRICS_PORT: '0', METRICS_MAX_OPERATIONS: '3' });
  });
  afterAll(async () => {
    await t.stop();
  });

  async function scrapePort(): Promise<Scrape> {
    const res = await fetch(t.app.server.metricsUrl!);
    expect(res.status).toBe(200);
    return new Scrape(await res.text());
  }

  it('serves /metrics on the metrics port only, on loopback, without a token when none is set', async () => {
    const metricsUrl = new URL(t.app.server.metricsUrl!);
    expect(metricsUrl.hostname).toBe('127.0.0.1');
    expect(metricsUrl.port).not.toBe(new URL(t.url).port);
    const main = await request(t.app.server.httpServer).get('/metrics');
    expect(main.status).toBe(404);
    expect(main.text).not.toContain('ledgerhouse_');
    const other = await fetch(new URL('/graphql', metricsUrl));
    expect(other.status).toBe(404);
    expect((await scrapePort()).value('ledgerhouse_db_pool_connections_max')).toBeGreaterThanOrEqual(1);
  });

  it('keeps at most METRICS_MAX_OPERATIONS operation names apart and counts the rest as other', async () => {
    for (const name of ['CapA', 'CapB', 'CapC', 'CapD', 'CapE']) expect((await t.gql(`query ${name} { viewer { role } }`)).errors).toBeUndefined();
    expect((await t.gql('query CapA { viewer { role } }')).errors).toBeUndefined();
    const m = await scrapePort();
    const names = new Set(m.all(requests).map((s) => s.labels.operation));
    expect([...names].filter((n) => n?.startsWith('Cap')).sort()).toEqual(['CapA', 'CapB', 'CapC']);
    expect(m.value(requests, { operation: 'CapA', outcome: 'ok' })).toBe(2);
    expect(m.value(requests, { operation: 'other', operation_type: 'query', outcome: 'ok' })).toBe(2);
  });

  it('reports committed events the dispatcher has not delivered, and how old the oldest is', async () => {
    await t.app.dispatcher.flush();
    expect((await scrapePort()).value('ledgerhouse_outbox_undispatched_events')).toBe(0);
    // With the dispatcher stopped, the sequencer still numbers new events but nobody delivers them.
    await t.app.dispatcher.stop();
    const create = 'mutation($input: WarehouseCreateInput!) { warehouseCreate(input: $input) { userErrors { code } } }';
    for (const code of ['OUT-1', 'OUT-2']) expect((await t.gql(create, { input: { code, name: 'Outbox backlog' } })).errors).toBeUndefined();
    const first = await scrapePort();
    expect(first.value('ledgerhouse_outbox_undispatched_events')).toBeGreaterThanOrEqual(2);
    const age = first.value('ledgerhouse_outbox_oldest_undispatched_age_seconds')!;
    expect(age).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    const later = await scrapePort();
    expect(later.value('ledgerhouse_outbox_oldest_undispatched_age_seconds')).toBeGreaterThan(age + 0.2);
  });
});
