import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { ItemByIdDocument, ItemCreateDocument, ItemsDocument, ItemUpdateDocument, PlatformNodesDocument, UnitsDocument, WarehouseCreateDocument } from '../generated/graphql';
import { dataOf, type GraphQLResponse, startTestApp, type TestApp } from '../helpers/app';
import { countRows, sql } from '../helpers/sql';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

function http() {
  return request(t.app.server.httpServer);
}

/** No stack trace, file path or SQL anywhere in a response a client receives. */
function expectNoInternals(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|\bat \S+ \(\S+:\d+:\d+\)|\.[jt]s:\d+|node_modules|\bselect\b.*\bfrom\b|insert into|relation "|syntax error at/i);
}

function expectBadInput(res: GraphQLResponse<unknown>, message: RegExp): void {
  expect(res.errors, JSON.stringify(res)).toHaveLength(1);
  expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors![0]!.message).toMatch(message);
  expect(res.data ?? null).toBeNull();
  expectNoInternals(res.errors);
}

describe('health', () => {
  it('GET /healthz answers 200 with JSON', async () => {
    const res = await http().get('/healthz');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 ready once the database is reachable and migrated', async () => {
    const res = await http().get('/readyz');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({ status: 'ready', database: t.db.kind });
  });
});

describe('malformed requests', () => {
  it('refuses an operation deeper than MAX_QUERY_DEPTH or with more aliases than MAX_QUERY_ALIASES, saying which limit and by how much', async () => {
    let nested = 'sku';
    for (let i = 0; i < 10; i++) nested = `stock { item { ${nested} } }`;
    const deep = await t.gql(`{ itemBySku(sku: "NONE") { ${nested} } }`);
    expect(deep.errors).toHaveLength(1);
    expect(deep.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth', max: 12, found: 22 });
    expect(deep.data ?? null).toBeNull();
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: availability(skus: ["X"]) { sku }`).join(' ');
    const many = await t.gql(`{ ${aliases} }`);
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'aliases', max: 30, found: 100 });
    expect(many.data ?? null).toBeNull();
    // What a storefront sends stays well inside both.
    const normal = await t.gql('{ a: availability(skus: ["X"]) { sku } b: availability(skus: ["Y"]) { sku warehouses { warehouseCode } } }');
    expect(normal.errors).toBeUndefined();
  });

  it('answers introspection to a key, refuses it to anonymous clients, and suggests no field names', async () => {
    const anonymous = await t.gql('{ __schema { queryType { name } } }', {}, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
    const viaType = await t.gql('query { __type(name: "Item") { name } }', {}, null);
    expect(viaType.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const withKey = await t.gql('{ __schema { queryType { name } } }');
    expect(withKey.errors).toBeUndefined();
    expect(withKey.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await t.gql('{ availabilty(skus: ["A"]) { sku } }', {}, null);
    expect(typo.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it.each([
    ['availability', 'query($v: String!) { availability(skus: ["TOOL-1", $v]) { sku } }', ['skus', '1']],
    ['itemBySku', 'query($v: String!) { itemBySku(sku: $v) { id } }', ['sku']],
    ['itemByBarcode', 'query($v: String!) { itemByBarcode(code: $v) { quantity } }', ['code']],
    ['warehouseByCode', 'query($v: String!) { warehouseByCode(code: $v) { id } }', ['code']],
    ['lotByNumber', 'query($v: String!) { lotByNumber(itemId: "SXRlbTox", lotNumber: $v) { id } }', ['lotNumber']],
    ['serial', 'query($v: String!) { serial(itemId: "SXRlbTox", serialNumber: $v) { id } }', ['serialNumber']],
    ['items(search)', 'query($v: String!) { items(filter: { search: $v }) { totalCount } }', ['filter', 'search']],
    ['accountByCode', 'query($v: String!) { accountByCode(code: $v) { id } }', ['code']],
    ['itemCreate (nested input)', 'mutation($v: String!) { itemCreate(input: { sku: "NUL-1", name: $v }) { item { id } userErrors { code } } }', ['input', 'name']],
  ])('refuses a NUL character in %s with BAD_USER_INPUT naming the field, and writes nothing', async (_name, query, field) => {
    const items = await countRows(t, 'items');
    const res = await t.gql(query, { v: 'A\u0000B' });
    expect(res.errors, JSON.stringify(res)).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0]!.message).toContain('U+0000');
    expectNoInternals(res.errors);
    expect(await countRows(t, 'items')).toBe(items);
  });

  it('refuses other control characters too, and keeps tab, line feed and carriage return', async () => {
    const bell = await t.gql('query($v: String!) { itemBySku(sku: $v) { id } }', { v: 'A\u0007' });
    expect(bell.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['sku'] });
    expect(bell.errors?.[0]?.message).toContain('U+0007');
    const text = await t.gql('query($v: String!) { itemBySku(sku: $v) { id } }', { v: 'A\tB\nC\r' });
    expect(text.errors).toBeUndefined();
    expect(text.data).toEqual({ itemBySku: null });
  });

  it('answers a GraphQL syntax error with GRAPHQL_PARSE_FAILED and no stack trace', async () => {
    const res = await http().post('/graphql').set('authorization', `Bearer ${t.adminKey}`).send({ query: '{ items { edges { node { sku } }' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(res.body.errors[0].message).toMatch(/^Syntax Error/);
    expectNoInternals(res.body);
  });

  it('answers a body that is not JSON with a GraphQL-shaped BAD_USER_INPUT error', async () => {
    const res = await http().post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${t.adminKey}`).send('{"query": "{ units { code } }"');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({ errors: [{ message: expect.stringContaining('not valid JSON'), extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT naming the variable', async () => {
    const res = await t.gql(ItemsDocument, { first: 'ten' as unknown as number });
    expectBadInput(res, /\$first.*Int/);
  });

  it.each([
    ['1000000000000000000', /out of range/],
    ['1e5', /not a decimal number/],
    ['0.1234567890123', /13 decimal places/],
    ['abc', /not a decimal number/],
  ])('refuses the Decimal %s with BAD_USER_INPUT naming the field, and writes nothing', async (value, problem) => {
    const before = await countRows(t, 'items');
    const res = await t.gql(ItemCreateDocument, { input: { sku: 'DEC-1', name: 'Decimal probe', weightKg: value } });
    expectBadInput(res, problem);
    expect(res.errors![0]!.message).toContain('input.weightKg');
    expect(await countRows(t, 'items')).toBe(before);
  });

  it('refuses a Decimal sent as a JSON float (0.1) with BAD_USER_INPUT, and writes nothing', async () => {
    const before = await countRows(t, 'items');
    const res = await t.gql(ItemCreateDocument, { input: { sku: 'DEC-2', name: 'Float probe', weightKg: 0.1 as unknown as string } });
    expectBadInput(res, /must be given as a string/);
    expect(res.errors![0]!.message).toContain('input.weightKg');
    expect(await countRows(t, 'items')).toBe(before);
    // The same value as a string is accepted as exactly 0.1.
    const ok = dataOf(await t.gql(ItemCreateDocument, { input: { sku: 'DEC-2', name: 'Float probe', weightKg: '0.1' } })).itemCreate;
    expect(ok.userErrors).toEqual([]);
    expect(ok.item?.weightKg).toBe('0.1');
  });

  it('answers a 10 MB request with HTTP 413 and a JSON GraphQL error, and writes nothing', async () => {
    const before = await countRows(t, 'warehouses');
    const res = await http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${t.adminKey}`)
      .send(JSON.stringify({ query: 'mutation($input: WarehouseCreateInput!) { warehouseCreate(input: $input) { warehouse { id } } }', variables: { input: { code: 'BIG', name: 'x'.repeat(10 * 1024 * 1024) } } }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({ errors: [{ message: expect.stringMatching(/larger than \d+ bytes/), extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(await countRows(t, 'warehouses')).toBe(before);
  });

  it('refuses more than 250 ids in nodes(ids:) as BAD_USER_INPUT, not as an authorization failure', async () => {
    const ids = Array.from({ length: 251 }, (_, i) => Buffer.from(`Item:${i + 1}`, 'utf8').toString('base64url'));
    const res = await t.gql(PlatformNodesDocument, { ids });
    expectBadInput(res, /250/);
  });

  it('refuses a 300-character item name with the userError TOO_LONG', async () => {
    const res = dataOf(await t.gql(ItemCreateDocument, { input: { sku: 'LONG-1', name: 'n'.repeat(300) } })).itemCreate;
    expect(res.item).toBeNull();
    expect(res.userErrors).toEqual([{ code: 'TOO_LONG', field: ['input', 'name'], message: expect.stringContaining('300 characters') }]);
    expect(await countRows(t, 'items', 'sku = ?', ['LONG-1'])).toBe(0);
  });
});

describe('internal errors', () => {
  it('reports a database failure as INTERNAL_SERVER_ERROR without SQL, table names or a stack trace', async () => {
    // Take a table away underneath the running server, as a broken deployment would.
    await sql(t, 'alter table units rename to units_moved_away');
    let res: GraphQLResponse<unknown>;
    try {
      res = await t.gql(UnitsDocument);
    } finally {
      await sql(t, 'alter table units_moved_away rename to units');
    }
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toEqual({ message: 'Internal server error', locations: expect.any(Array), path: ['units'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(res)).not.toMatch(/units_moved_away|relation|does not exist/);
    expectNoInternals(res);
    // And the server is fine afterwards.
    expect(dataOf(await t.gql(UnitsDocument)).units.length).toBeGreaterThan(0);
  });

  it('treats a global id beyond the bigint range as an unknown id', async () => {
    const huge = Buffer.from('Item:9999999999999999999', 'utf8').toString('base64url');
    const read = await t.gql(ItemByIdDocument, { id: huge });
    expect(read.errors).toBeUndefined();
    expect(read.data?.item).toBeNull();
    const write = dataOf(await t.gql(ItemUpdateDocument, { input: { id: huge, name: 'x' } })).itemUpdate;
    expect(write.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
  });
});

describe('request ids', () => {
  it('echoes a well-formed x-request-id and replaces a malformed one', async () => {
    const given = await http().post('/graphql').set('authorization', `Bearer ${t.adminKey}`).set('x-request-id', 'req-42.abc_DEF').send({ query: '{ viewer { role } }' });
    expect(given.status).toBe(200);
    expect(given.headers['x-request-id']).toBe('req-42.abc_DEF');

    const bad = await http().post('/graphql').set('authorization', `Bearer ${t.adminKey}`).set('x-request-id', 'has spaces; and <html>').send({ query: '{ viewer { role } }' });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const none = await http().post('/graphql').set('authorization', `Bearer ${t.adminKey}`).send({ query: '{ viewer { role } }' });
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(none.headers['x-request-id']).not.toBe(bad.headers['x-request-id']);
  });
});

describe('idempotency', () => {
  it('replays warehouseCreate with the same key: same warehouse, one row, one event', async () => {
    const input = { code: 'IDEM-1', name: 'Idempotent warehouse', idempotencyKey: 'wh-create-0001' };
    const first = dataOf(await t.gql(WarehouseCreateDocument, { input })).warehouseCreate;
    expect(first.userErrors).toEqual([]);
    const events = await countRows(t, 'outbox_events');
    const second = dataOf(await t.gql(WarehouseCreateDocument, { input })).warehouseCreate;
    expect(second.userErrors).toEqual([]);
    expect(second.warehouse?.id).toBe(first.warehouse?.id);
    expect(await countRows(t, 'warehouses', 'code = ?', ['IDEM-1'])).toBe(1);
    expect(await countRows(t, 'locations', "code = 'IN-TRANSIT'")).toBe(await countRows(t, 'warehouses'));
    expect(await countRows(t, 'outbox_events')).toBe(events);
  });

  it('refuses the same key with a different input (IDEMPOTENCY_KEY_REUSED) and writes nothing', async () => {
    const before = await countRows(t, 'warehouses');
    const res = dataOf(await t.gql(WarehouseCreateDocument, { input: { code: 'IDEM-2', name: 'Another one', idempotencyKey: 'wh-create-0001' } })).warehouseCreate;
    expect(res.warehouse).toBeNull();
    expect(res.userErrors).toEqual([{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'], message: expect.stringContaining('wh-create-0001') }]);
    expect(await countRows(t, 'warehouses')).toBe(before);
  });

  it('lets a key whose first attempt failed be used again, since the failure wrote nothing', async () => {
    const failed = dataOf(await t.gql(WarehouseCreateDocument, { input: { code: 'IDEM-1', name: 'Clashing code', idempotencyKey: 'wh-create-0002' } })).warehouseCreate;
    expect(failed.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_CODE']);
    const retried = dataOf(await t.gql(WarehouseCreateDocument, { input: { code: 'IDEM-4', name: 'Fixed code', idempotencyKey: 'wh-create-0002' } })).warehouseCreate;
    expect(retried.userErrors).toEqual([]);
    expect(retried.warehouse?.code).toBe('IDEM-4');
  });

  it('scopes idempotency keys to the access key that sent them', async () => {
    const other = await t.keyFor(Role.WAREHOUSE);
    const res = dataOf(await t.gql(WarehouseCreateDocument, { input: { code: 'IDEM-3', name: 'Other client', idempotencyKey: 'wh-create-0001' } }, other)).warehouseCreate;
    expect(res.userErrors).toEqual([]);
    expect(res.warehouse?.code).toBe('IDEM-3');
  });

  it('creates exactly one row when requests with the same key arrive together', async () => {
    const input = { code: 'IDEM-RACE', name: 'Raced warehouse', idempotencyKey: 'wh-race-0001' };
    const results = await Promise.all(Array.from({ length: 6 }, () => t.gql(WarehouseCreateDocument, { input })));
    const payloads = results.map((r) => dataOf(r).warehouseCreate);
    for (const p of payloads) expect(p.userErrors).toEqual([]);
    const ids = new Set(payloads.map((p) => p.warehouse?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    expect(await countRows(t, 'warehouses', 'code = ?', ['IDEM-RACE'])).toBe(1);
    expect(await countRows(t, 'idempotency_keys', 'key = ?', ['wh-race-0001'])).toBe(1);
  });
});
