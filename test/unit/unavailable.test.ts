import net from 'node:net';
import { ConnectionException, DriverException } from '@mikro-orm/core';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ServiceUnavailableError, unavailableReason } from '../../src/db/unavailable';
import { DomainError } from '../../src/shared/errors';

// knex's own class (not exported from its entry point).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { KnexTimeoutError } = require('knex/lib/util/timeout') as { KnexTimeoutError: new (message: string) => Error };

/** Fake "database hosts" that fail the way real ones do. */
const servers: net.Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

async function listen(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer(onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as net.AddressInfo).port;
}

async function connectError(port: number, options: pg.ClientConfig = {}): Promise<Error> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'x', database: 'x', ...options });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err) {
    return err as Error;
  }
  throw new Error('connected?');
}

describe('what counts as "the database is unreachable" (db/unavailable.ts)', () => {
  it('a refused connection (nothing listens)', async () => {
    const port = await listen(() => undefined);
    await new Promise<void>((resolve) => (servers.pop() as net.Server).close(() => resolve()));
    const err = await connectError(port);
    expect((err as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
    expect(unavailableReason(err)).toBe('DATABASE_UNAVAILABLE');
  });

  it('a connection the server cuts (terminated unexpectedly)', async () => {
    const port = await listen((socket) => socket.once('data', () => socket.destroy()));
    const err = await connectError(port);
    expect(err.message).toMatch(/^Connection terminated/);
    expect(unavailableReason(err)).toBe('DATABASE_UNAVAILABLE');
  });

  it('a host that never answers (the connect timeout)', async () => {
    const port = await listen(() => undefined);
    const err = await connectError(port, { connectionTimeoutMillis: 200 });
    expect(err.message).toMatch(/timeout|terminated/);
    expect(unavailableReason(err)).toBe('DATABASE_UNAVAILABLE');
  });

  it.each([
    ['knex found no pool connection in time', new KnexTimeoutError('Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?')],
    ['the server is shutting down (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['the server is starting up (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['too many connections (53300)', Object.assign(new Error('sorry, too many clients already'), { code: '53300' })],
    ['a connection exception (08006)', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['an unknown host', Object.assign(new Error('getaddrinfo ENOTFOUND db'), { code: 'ENOTFOUND' })],
    ['a pg client that lost its connection', new Error('Client has encountered a connection error and is not queryable')],
    ['the same, wrapped by MikroORM', new ConnectionException(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))],
    ['the same, as the cause of another error', new Error('query failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) })],
    ['every address refused', new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' }), Object.assign(new Error('b'), { code: 'ECONNREFUSED' })])],
  ])('%s', (_what, err) => {
    expect(unavailableReason(err)).toBe('DATABASE_UNAVAILABLE');
  });

  it('keeps the reason a command gave (a shutdown that cancelled it)', () => {
    expect(unavailableReason(new ServiceUnavailableError('SHUTTING_DOWN', 'cancelled'))).toBe('SHUTTING_DOWN');
  });

  it.each([
    ['a unique violation', new DriverException(Object.assign(new Error('duplicate key'), { code: '23505' }))],
    ['a cancelled statement (statement_timeout)', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })],
    ['a business rule', new DomainError('INSUFFICIENT_STOCK', 'not enough')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['nothing at all', undefined],
  ])('is not an outage: %s', (_what, err) => {
    expect(unavailableReason(err)).toBeNull();
  });
});
