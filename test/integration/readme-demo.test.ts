import fs from 'node:fs';
import path from 'node:path';
import { type OperationDefinitionNode, parse, print } from 'graphql';
import { createClient } from 'graphql-ws';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/config';
import { loadDemoData } from '../../src/demo/demo-data';
import { startTestApp, type TestApp } from '../helpers/app';

/**
 * README's examples as a new user runs them: against the demo data (`npm start -- --demo`),
 * every operation of every block, in the order printed, with an ADMIN key. Each must come
 * back without errors and with every `userErrors` empty. The ids and values printed in the
 * README are the demo's, so this fails when either drifts from the other.
 */
const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const operations = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m, block) =>
  parse(m[1] as string).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition').map((op, i) => ({ block: block + 1, index: i + 1, op })),
);

let t: TestApp;

beforeAll(async () => {
  const log = pino({ level: 'silent' });
  // The demo loader reads the config only for the service context; the test app's own is built inside startTestApp.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  t = await startTestApp({}, { seed: (em, services) => loadDemoData(em, services, log, config) });
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

/** Every userErrors list anywhere in a result, with its path. */
function userErrorsIn(value: unknown, at = 'data'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => userErrorsIn(v, `${at}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'userErrors' && Array.isArray(v) && v.length > 0 ? [`${at}.${k}: ${JSON.stringify(v)}`] : userErrorsIn(v, `${at}.${k}`)));
}

/** The first result of a subscription (its replay from `after`), or its error. */
async function firstEvent(query: string): Promise<{ data?: unknown; errors?: unknown }> {
  const client = createClient({ url: t.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${t.adminKey}` }, retryAttempts: 0 });
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no event within 10 s')), 10_000);
      const stop = client.subscribe(
        { query },
        {
          next: (result) => {
            clearTimeout(timer);
            stop();
            resolve(result as { data?: unknown; errors?: unknown });
          },
          error: (err) => {
            clearTimeout(timer);
            resolve({ errors: err });
          },
          complete: () => undefined,
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe('README examples on the demo data', () => {
  it('has operations to run', () => {
    expect(operations.length).toBeGreaterThanOrEqual(15);
  });

  it.each(operations.map((o) => [o.block, o.index, o.op.name?.value ?? o.op.operation, o.op] as const))(
    'block %i, operation %i (%s) runs as printed: no errors, no userErrors',
    async (_block, _index, _name, op) => {
      const query = print({ kind: 'Document', definitions: [op] } as never);
      const result = op.operation === 'subscription' ? await firstEvent(query) : await t.gql(query);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.data).toBeTruthy();
      expect(userErrorsIn(result.data)).toEqual([]);
    },
    20_000,
  );
});
