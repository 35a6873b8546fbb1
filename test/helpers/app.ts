import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';
import pino from 'pino';
import request from 'supertest';
import { type App, type AppOptions, createApp } from '../../src/app';
import type { Role } from '../../src/auth/roles';
import { loadConfig } from '../../src/config/config';
import { freshDatabase, type TestDatabase } from './db';
import { channelFixture } from './fixtures';

export interface GraphQLResponse<T> {
  status: number;
  data: T | null | undefined;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }>;
}

export interface TestApp {
  app: App;
  db: TestDatabase;
  url: string;
  adminKey: string;
  /**
   * Sends a GraphQL request over real HTTP (supertest) with the given key: the admin key when
   * the argument is left out, none for null. A key given as undefined (a role whose key was
   * never made) is an error, never a silent fall-back to the admin key.
   */
  gql<TData, TVars extends Record<string, unknown>>(
    doc: TypedDocumentNode<TData, TVars> | DocumentNode | string,
    variables?: TVars,
    key?: string | null,
  ): Promise<GraphQLResponse<TData>>;
  /**
   * Creates an access key with this role through the API and returns its secret. `boundTo`
   * is a PARTNER key's partner or a STOREFRONT key's sales channel (global ids); a STOREFRONT
   * key without one is bound to a channel made for the purpose (code TEST-STOREFRONT).
   */
  keyFor(role: Role, boundTo?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Every test app currently running in this file: the invariant checker runs on each after every test (setup.ts). */
export const liveTestApps = new Set<TestApp>();

export async function startTestApp(env: Record<string, string> = {}, options: Omit<AppOptions, 'log' | 'pglite'> & { log?: AppOptions['log'] } = {}): Promise<TestApp> {
  const db = await freshDatabase();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.LH_TEST_LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
    // Supertest leaves idle keep-alive sockets: without this every stop() would wait them out.
    SHUTDOWN_LINGER_MS: '0',
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl, DB_POOL_SIZE: '8' } : {}),
    ...env,
  });
  const log = options.log ?? pino({ level: config.logLevel });
  const app = await createApp(config, { ...options, log, pglite: db.pglite });
  const adminKey = app.bootstrapSecret as string;
  const agent = request(app.server.httpServer);

  const gql: TestApp['gql'] = async (doc, variables, ...rest: [key?: string | null]) => {
    if (rest.length > 0 && rest[0] === undefined) throw new Error('t.gql: the key is undefined (a role whose key was not created?); pass a key, null for none, or no argument for admin');
    const key = rest.length > 0 ? (rest[0] as string | null) : adminKey;
    const query = typeof doc === 'string' ? doc : print(doc as DocumentNode);
    let req = agent.post('/graphql').set('content-type', 'application/json');
    if (key) req = req.set('authorization', `Bearer ${key}`);
    const res = await req.send({ query, variables: variables ?? {} });
    return { status: res.status, data: res.body?.data, errors: res.body?.errors };
  };

  let storefrontChannel: Promise<string> | undefined;
  /** The channel STOREFRONT keys are bound to when a test names none. */
  const testStorefrontChannel = (): Promise<string> => (storefrontChannel ??= channelFixture(testApp, 'TEST-STOREFRONT').then((c) => c.gid));

  const testApp: TestApp = {
    app,
    db,
    url: app.url,
    adminKey,
    gql,
    async keyFor(role, boundTo) {
      const binding = role === 'PARTNER' ? { partnerId: boundTo } : role === 'STOREFRONT' ? { channelId: boundTo ?? (await testStorefrontChannel()) } : {};
      const res = await gql<{ apiKeyCreate: { secret: string | null; userErrors: { code: string }[] } }, Record<string, unknown>>(
        'mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret userErrors { code message } } }',
        { input: { name: `${role} test key`, role, ...binding } },
      );
      const secret = res.data?.apiKeyCreate.secret;
      if (!secret) throw new Error(`could not create a ${role} key: ${JSON.stringify(res.errors ?? res.data)}`);
      // A test that thinks it acts as this role must never be acting as the admin.
      const viewer = await gql<{ viewer: { role: string } }, Record<string, never>>('{ viewer { role } }', {}, secret);
      if (viewer.data?.viewer.role !== role) throw new Error(`the ${role} key authenticates as ${JSON.stringify(viewer.data?.viewer ?? viewer.errors)}`);
      return secret;
    },
    async stop() {
      liveTestApps.delete(testApp);
      await app.stop();
      await db.pglite?.close();
    },
  };
  liveTestApps.add(testApp);
  return testApp;
}

/** Asserts a GraphQL response has no top-level errors and returns its data. */
export function dataOf<T>(res: GraphQLResponse<T>): T {
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  if (!res.data) throw new Error(`no data (HTTP ${res.status})`);
  return res.data;
}
