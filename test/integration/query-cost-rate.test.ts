import fs from 'node:fs';
import path from 'node:path';
import {
  type GraphQLInputType,
  type GraphQLScalarType,
  Kind,
  type OperationDefinitionNode,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
} from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApp } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { loadConfig } from '../../src/config/config';
import { operationCost } from '../../src/graphql/query-cost';
import { startTestApp, type TestApp } from '../helpers/app';
import { sql } from '../helpers/sql';

const root = path.resolve(__dirname, '../..');
const schema = buildSchema(fs.readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8'));
let t: TestApp;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_SALES: '1/8', RATE_LIMIT_WAREHOUSE: '1/8', RATE_LIMIT_ANONYMOUS: '1/3', MAX_QUERY_TOKENS: '400', MAX_QUERY_ALIASES: '40' });
});

afterAll(async () => {
  for (const client of clients) await client.dispose();
  await t?.stop();
});

function connect(key: string): Client {
  const client = createClient({ url: t.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0, lazy: true });
  clients.push(client);
  return client;
}

/** The first result (or error) of one operation over a socket. */
function once(client: Client, query: string, variables: Record<string, unknown> = {}) {
  return new Promise<{ errors?: readonly { message: string; extensions?: Record<string, unknown> }[]; data?: unknown }>((resolve) => {
    client.subscribe({ query, variables }, { next: (r) => resolve(r as never), error: (e) => resolve({ errors: e as never }), complete: () => undefined });
  });
}

/** A value for each required variable (nullable ones are left out: default page sizes), so the operation can be priced as sent. */
function sampleVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
    }
    const name = (type as GraphQLScalarType).name;
    if (name === 'Int' || name === 'Float') return 1;
    if (name === 'Boolean') return true;
    if (name === 'DateTime') return '2026-01-01T00:00:00Z';
    if (name === 'Decimal') return '1';
    return 'x';
  };
  const variables: Record<string, unknown> = {};
  for (const def of operation.variableDefinitions ?? []) {
    if (def.type.kind !== Kind.NON_NULL_TYPE) continue;
    variables[def.variable.name.value] = sample(typeFromAST(schema, def.type) as GraphQLInputType);
  }
  return variables;
}

const itemsPage = `query Page($n: Int) { items(first: $n) { edges { node { sku stock { onHand warehouse { code } } } } } }`;

describe('query cost (MAX_QUERY_COST, default 25,000)', () => {
  it('multiplies a connection by first, also when first is a variable, and refuses before running', async () => {
    const doc = parse(itemsPage);
    // items 1 + n x (edges 1 + node 1 + stock (1 + 10 x warehouse 1))
    expect(operationCost(schema, doc, { n: 10 })).toBe(1 + 10 * (1 + 1 + 1 + 10 * 1));
    expect(operationCost(schema, doc, {})).toBe(1 + 50 * 13);
    const fine = await t.gql(itemsPage, { n: 250 });
    expect(fine.errors).toBeUndefined();

    // The same page nested under each item's stock: 250 items x 10 stock rows x ...
    let nested = 'sku';
    for (let i = 0; i < 4; i++) nested = `stock { item { ${nested} } }`;
    const costly = await t.gql(`query Costly($n: Int) { items(first: $n) { edges { node { ${nested} } } } }`, { n: 250 });
    expect(costly.status).toBe(400);
    expect(costly.data ?? null).toBeNull();
    expect(costly.errors).toHaveLength(1);
    const ext = costly.errors![0]!.extensions!;
    expect(ext).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', max: 25_000 });
    expect(ext.found).toBe(1 + 250 * (1 + 1 + 1 + 10 * (1 + 1 + 10 * (1 + 1 + 10 * (1 + 1 + 10 * 1)))));
    expect(costly.errors![0]!.message).toMatch(/cost is \d+; at most 25000/);
    // The same text with a small page is priced for that page (the cost is remembered per variables' shape, not per text).
    const small = await t.gql(`query Costly($n: Int) { items(first: $n) { edges { node { ${nested} } } } }`, { n: 1 });
    expect(small.errors).toBeUndefined();
    const againLarge = await t.gql(`query Costly($n: Int) { items(first: $n) { edges { node { ${nested} } } } }`, { n: 3 });
    expect(againLarge.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', found: 1 + 3 * 12223 });
  });

  it('counts one answer per id asked: availability of 250 SKUs passes, 10 aliases of it do not', async () => {
    const skus = Array.from({ length: 250 }, (_, i) => `SKU-${i}`);
    const storefront = await t.keyFor(Role.STOREFRONT);
    const one = await t.gql('query A($skus: [String!]!) { availability(skus: $skus) { sku available warehouses { warehouseCode available } } }', { skus }, storefront);
    expect(one.errors).toBeUndefined();
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: availability(skus: $skus) { sku warehouses { available } }`).join(' ');
    const many = await t.gql(`query B($skus: [String!]!) { ${aliases} }`, { skus }, storefront);
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', found: 10 * (1 + 250 * 11) });
  });

  it('prices no operation this project ships or documents near the limit', () => {
    const sources = [
      ...fs.readdirSync(path.join(root, 'test/operations')).map((f) => fs.readFileSync(path.join(root, 'test/operations', f), 'utf8')),
      ...[...fs.readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!),
    ];
    let operations = 0;
    for (const source of sources) {
      const doc = parse(source);
      for (const def of doc.definitions) {
        if (def.kind !== 'OperationDefinition') continue;
        operations++;
        const cost = operationCost(schema, doc, sampleVariables(def), def.name?.value);
        expect(cost, def.name?.value ?? 'anonymous operation').toBeLessThan(25_000 / 5);
      }
    }
    expect(operations).toBeGreaterThan(60);
  });

  it('applies the same cost limit to operations over WebSocket', async () => {
    const client = connect(t.adminKey);
    let nested = 'sku';
    for (let i = 0; i < 4; i++) nested = `stock { item { ${nested} } }`;
    const outcome = await once(client, `query Costly($n: Int) { items(first: $n) { edges { node { ${nested} } } } }`, { n: 250 });
    expect(outcome.data).toBeUndefined();
    expect(outcome.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', max: 25_000 });
    const fine = await once(client, itemsPage, { n: 5 });
    expect(fine.errors, JSON.stringify(fine.errors)).toBeUndefined();
  });
});

describe('token limit (MAX_QUERY_TOKENS)', () => {
  const long = `{ ${Array.from({ length: 450 }, () => '__typename').join(' ')} viewer { role } }`;
  const fields = 450 + 6;

  it('refuses a document with too many tokens over HTTP, saying the maximum and how many it has', async () => {
    const res = await t.gql(long);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens', max: 400 });
    expect(res.errors?.[0]?.extensions?.found).toBe(fields);
    expect(res.errors?.[0]?.message).toBe(`The operation has ${fields} tokens; at most 400 are allowed.`);
  });

  it('refuses it over WebSocket with the same code', async () => {
    const outcome = await once(connect(t.adminKey), long);
    expect(outcome.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens', max: 400, found: fields });
  });
});

describe('rate limit per key (RATE_LIMIT_<ROLE>)', () => {
  // The buckets here refill by 1 a second (RATE_LIMIT_SALES and _WAREHOUSE 1/8, RATE_LIMIT_ANONYMOUS 1/3) and
  // requests are sent at once; a batch that happens to straddle a second gets one more token,
  // which the counts allow for (and nothing more).
  const viewer = (key: string) => request(t.app.server.httpServer).post('/graphql').set('authorization', `Bearer ${key}`).send({ query: '{ viewer { role } }' });

  it('answers 429 with Retry-After once a key spends its burst, without running the request, and leaves other keys alone', async () => {
    const otherSales = await t.keyFor(Role.SALES);
    const salesKey = await t.keyFor(Role.SALES);
    const responses = await Promise.all(Array.from({ length: 10 }, () => viewer(salesKey)));
    // A burst of 8, one of them spent by keyFor (it checks the key it made): 7 go through.
    const passed = responses.filter((r) => r.status === 200).length;
    expect(passed).toBeGreaterThanOrEqual(7);
    expect(passed).toBeLessThanOrEqual(8);
    expect(responses.filter((r) => r.status === 429)).toHaveLength(10 - passed);
    const refused = responses.find((r) => r.status === 429)!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.data ?? null).toBeNull();

    const other = await t.gql('{ viewer { role } }', {}, otherSales);
    expect(other.errors).toBeUndefined();
  });

  it('refuses a mutation over the limit before anything is written', async () => {
    const warehouseKey = await t.keyFor(Role.WAREHOUSE);
    const names = Array.from({ length: 12 }, (_, i) => `rate-${i}`);
    const responses = await Promise.all(
      names.map((name) =>
        request(t.app.server.httpServer)
          .post('/graphql')
          .set('authorization', `Bearer ${warehouseKey}`)
          .send({ query: 'mutation($name: String!) { itemCreate(input: { sku: $name, name: $name }) { item { sku } userErrors { code } } }', variables: { name } }),
      ),
    );
    const refused = responses.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(4);
    for (const r of refused) expect(r.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Exactly the requests answered 200 were run: each refused one wrote nothing.
    const ran = responses.filter((r) => r.status === 200);
    expect(ran.length).toBeGreaterThanOrEqual(7);
    const written = await sql<{ sku: string }>(t, "select sku from items where sku like 'rate-%' order by sku");
    expect(written.map((w) => w.sku)).toEqual(ran.map((r) => r.body.data.itemCreate.item.sku).sort());
  });

  it('limits anonymous requests by client address', async () => {
    const statuses = await Promise.all(Array.from({ length: 8 }, () => t.gql('{ __typename }', {}, null).then((r) => r.status)));
    const passed = statuses.filter((s) => s === 200).length;
    expect(passed).toBeGreaterThanOrEqual(3);
    expect(passed).toBeLessThanOrEqual(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(8 - passed);
  });

  it('refuses a subscription over the limit with the same code over WebSocket', async () => {
    const salesKey = await t.keyFor(Role.SALES);
    const client = connect(salesKey);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => once(client, '{ viewer { role } }')));
    const passed = outcomes.filter((o) => o.errors === undefined).length;
    expect(passed).toBeGreaterThanOrEqual(7);
    expect(passed).toBeLessThanOrEqual(8);
    const refused = outcomes.find((o) => o.errors !== undefined)!;
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });
});

describe.runIf(process.env.DATABASE_URL)('rate limit shared by nodes (RATE_LIMIT_STORE=postgres)', () => {
  it('two API nodes on one database draw from one bucket per key', async () => {
    const env = { RATE_LIMIT_STORE: 'postgres', RATE_LIMIT_SALES: '1/6' };
    const first = await startTestApp(env);
    try {
      // A second node on the same database.
      const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'test', DATABASE_URL: first.db.databaseUrl!, ...env });
      const second = await createApp(config, { log: pino({ level: 'silent' }) });
      try {
        const key = await first.keyFor(Role.SALES);
        const statuses = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            request(i % 2 === 0 ? first.app.server.httpServer : second.server.httpServer)
              .post('/graphql')
              .set('authorization', `Bearer ${key}`)
              .send({ query: '{ viewer { role } }' })
              .then((r) => r.status),
          ),
        );
        // A burst of 6 across both nodes, one spent by keyFor's check of the key it made (each
        // node on its own buckets would let all 8 through).
        const passed = statuses.filter((status) => status === 200).length;
        expect(passed).toBeGreaterThanOrEqual(5);
        expect(passed).toBeLessThanOrEqual(6);
        expect(statuses.filter((status) => status === 429)).toHaveLength(8 - passed);
        const rows = await sql<{ n: string }>(first, "select count(*)::text as n from rate_limits where key like 'rl_SALES%'");
        expect(Number(rows[0]!.n)).toBeGreaterThanOrEqual(1);
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
    }
  });
});
