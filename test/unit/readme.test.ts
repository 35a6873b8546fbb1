import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema';

/** Every GraphQL example in README.md must be valid against the schema, so the README stays true. */
describe('README examples', async () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  const schema = await createSchema();

  it('has examples of queries, mutations and a subscription', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    expect(blocks.some((b) => /^\s*subscription\b/m.test(b))).toBe(true);
  });

  it.each(blocks.map((b, i) => [i + 1, b]))('example %i is valid', (_i, block) => {
    const document = parse(block as string);
    const errors = validate(schema, document).map((e) => e.message);
    expect(errors).toEqual([]);
  });
});
