import fs from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLSchema,
  type IntrospectionQuery,
  isLeafType,
  parse,
  subscribe,
} from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsList } from '../../migrations';
import type { GraphQLContext } from '../../src/graphql/context';
import { Loaders } from '../../src/graphql/loaders';
import { printSchemaText } from '../../src/graphql/print-schema';
import { createSchema } from '../../src/graphql/schema';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { countRows, sql } from '../helpers/sql';

const root = path.resolve(__dirname, '../..');

let t: TestApp;
let served: GraphQLSchema;

beforeAll(async () => {
  // Each field is tried anonymously, about a hundred requests in a second: rate limits are not what this file tests.
  t = await startTestApp({ RATE_LIMIT_ANONYMOUS: 'off' });
  // The schema as a client sees it: introspected over HTTP with an access key (anonymous
  // clients may not introspect: platform.test.ts).
  const res = await t.gql<IntrospectionQuery, Record<string, never>>(getIntrospectionQuery(), {});
  served = buildClientSchema(dataOf(res));
});
afterAll(async () => {
  await t.stop();
});

describe('committed artefacts are current', () => {
  it('schema/schema.graphql is what the code emits', async () => {
    const committed = fs.readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8');
    const emitted = await printSchemaText();
    expect(committed === emitted, 'schema/schema.graphql is stale: run `npm run schema` and commit the result').toBe(true);
  });

  it('test/generated/graphql.ts is what GraphQL Code Generator makes of the schema and test/operations', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const file = path.resolve(root, output.filename);
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      expect(committed === output.content, `${path.relative(root, file)} is stale: run \`npm run codegen\` and commit the result`).toBe(true);
    }
  }, 60_000);
});

describe('entities and migrations agree', () => {
  it('the migrated database needs no schema change to match the entities', async () => {
    const diff = await t.app.db.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim(), `The entities differ from what the migrations create; add a migration (npm run migration:create -- <Name>). Pending SQL:\n${diff}`).toBe('');
  });

  it('every migration file is registered in migrations/index.ts and has run', async () => {
    const files = fs
      .readdirSync(path.join(root, 'migrations'))
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect(migrationsList.map((m) => m.name).sort(), 'a migration file is missing from migrations/index.ts').toEqual(files);
    const applied = await sql<{ name: string }>(t, 'select name from mikro_orm_migrations order by id');
    expect(applied.map((r) => r.name)).toEqual(migrationsList.map((m) => m.name));
  });
});

/** A literal of this input type, filling in only what is required. */
function literalFor(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return literalFor(type.ofType);
  if (type instanceof GraphQLList) return `[${literalFor(type.ofType)}]`;
  if (type instanceof GraphQLEnumType) return type.getValues()[0]!.name;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter((f) => f.type instanceof GraphQLNonNull && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${literalFor(f.type)}`).join(', ')} }`;
  }
  if (type instanceof GraphQLScalarType) {
    switch (type.name) {
      case 'Int':
      case 'Float':
      case 'Decimal':
        return type.name === 'Decimal' ? '"1"' : '1';
      case 'Boolean':
        return 'true';
      case 'DateTime':
        return '"2026-01-01T00:00:00Z"';
      case 'LocalDate':
        return '"2026-01-01"';
      case 'ID':
        return '"QWJjOjE"';
      default:
        return '"x"';
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

/** `field(requiredArg: value) { __typename }`: the smallest valid selection of a root field. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literalFor(a.type)}`).join(', ')})` : '';
  return `${field.name}${argText}${isLeafType(getNamedType(field.type)) ? '' : ' { __typename }'}`;
}

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>(t, "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1");
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = await countRows(t, `"${name}"`);
  return counts;
}

describe('every operation requires an access key', () => {
  it('answers every query field without a key with UNAUTHENTICATED', async () => {
    const fields = Object.values(served.getQueryType()!.getFields());
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['items', 'node', 'viewer', 'apiKeys', 'warehouses', 'partners']));
    for (const field of fields) {
      const query = `query { ${selectionFor(field)} }`;
      const res = await t.gql<Record<string, unknown>, Record<string, never>>(query, {}, null);
      expect(res.errors?.map((e) => e.extensions?.code), `${query} -> ${JSON.stringify(res)}`).toEqual(['UNAUTHENTICATED']);
      expect(res.errors![0]!.path).toEqual([field.name]);
      expect(res.data?.[field.name] ?? null, query).toBeNull();
    }
  });

  it('answers every mutation field without a key with UNAUTHENTICATED, and writes nothing', async () => {
    const fields = Object.values(served.getMutationType()!.getFields());
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['apiKeyCreate', 'itemCreate', 'warehouseCreate', 'partnerCreate']));
    const before = await rowCounts();
    for (const field of fields) {
      const query = `mutation { ${selectionFor(field)} }`;
      const res = await t.gql<Record<string, unknown>, Record<string, never>>(query, {}, null);
      expect(res.errors?.map((e) => e.extensions?.code), `${query} -> ${JSON.stringify(res)}`).toEqual(['UNAUTHENTICATED']);
      expect(res.data ?? null, query).toBeNull();
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses every subscription field to a caller without a key (UNAUTHENTICATED)', async () => {
    const fields = Object.values(served.getSubscriptionType()!.getFields());
    expect(fields.map((f) => f.name)).toContain('itemChanged');
    // Over WebSocket a connection without a key is closed before any operation (see
    // subscriptions.test.ts); here each field's own check is run against the real schema.
    const schema = await createSchema();
    for (const field of fields) {
      const em = t.app.db.orm.em.fork();
      const contextValue: GraphQLContext = {
        requestId: 'contract',
        principal: null,
        em: em as never,
        log: pino({ level: 'silent' }),
        config: t.app.config,
        services: t.app.services,
        dispatcher: t.app.dispatcher,
        loaders: new Loaders(em as never),
      };
      const document = parse(`subscription { ${selectionFor(field)} }`);
      const result = await subscribe({ schema, document, contextValue });
      if (Symbol.asyncIterator in result) {
        await result.return?.();
        throw new Error(`subscription ${field.name} started without an access key`);
      }
      // Outside a server nothing formats the error: read the code from the error thrown.
      const codes = result.errors?.map((e) => (e.originalError as { code?: string } | undefined)?.code);
      expect(codes, `${field.name} -> ${JSON.stringify(result)}`).toEqual(['UNAUTHENTICATED']);
    }
  });
});
