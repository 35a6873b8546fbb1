import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config';

describe('configuration from the environment', () => {
  it('has working defaults: port 4000, PGlite in ./data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir.endsWith('/data')).toBe(true);
    expect(c.demo).toBe(false);
    expect(c.devMode).toBe(false);
  });

  it('ends sessions idle in a transaction after 60 s unless told otherwise (0: the server decides)', () => {
    expect(loadConfig({}).dbIdleInTransactionTimeoutMs).toBe(60_000);
    expect(loadConfig({ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0' }).dbIdleInTransactionTimeoutMs).toBe(0);
    expect(loadConfig({ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1500' }).dbIdleInTransactionTimeoutMs).toBe(1500);
  });

  it('bounds shutdown: 10 s grace, 1 s linger for idle keep-alive sockets, 5 s to connect to PostgreSQL', () => {
    const c = loadConfig({});
    expect([c.shutdownGraceMs, c.shutdownLingerMs, c.dbConnectTimeoutMs]).toEqual([10_000, 1000, 5000]);
    const d = loadConfig({ SHUTDOWN_GRACE_MS: '0', SHUTDOWN_LINGER_MS: '0', DB_CONNECT_TIMEOUT_MS: '250' });
    expect([d.shutdownGraceMs, d.shutdownLingerMs, d.dbConnectTimeoutMs]).toEqual([0, 0, 250]);
    expect(() => loadConfig({ SHUTDOWN_LINGER_MS: '-1' })).toThrow(/SHUTDOWN_LINGER_MS/);
    expect(() => loadConfig({ DB_CONNECT_TIMEOUT_MS: '10' })).toThrow(/DB_CONNECT_TIMEOUT_MS: must be between 100 and 600000/);
  });

  it('turns on the demo data set with --demo or DEMO=true', () => {
    expect(loadConfig({}, ['--demo']).demo).toBe(true);
    expect(loadConfig({ DEMO: 'true' }).demo).toBe(true);
  });

  it('serves metrics on the main port with METRICS_TOKEN, or on METRICS_HOST:METRICS_PORT (loopback by default)', () => {
    const off = loadConfig({});
    expect(off.metricsToken).toBeUndefined();
    expect(off.metricsPort).toBeUndefined();
    expect(off.metricsHost).toBe('127.0.0.1');
    expect(off.metricsMaxOperations).toBe(100);
    const own = loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0', METRICS_MAX_OPERATIONS: '20' });
    expect(own).toMatchObject({ metricsPort: 9464, metricsHost: '0.0.0.0', metricsMaxOperations: 20 });
    expect(loadConfig({ METRICS_PORT: '0' }).metricsPort).toBe(0);
  });

  it('serves the explorer unless EXPLORER=false', () => {
    expect(loadConfig({}).explorer).toBe(true);
    expect(loadConfig({ EXPLORER: 'false' }).explorer).toBe(false);
  });

  it.each([
    [{ METRICS_PORT: '4000' }, 'METRICS_PORT'],
    [{ METRICS_PORT: 'nine' }, 'METRICS_PORT'],
    [{ METRICS_MAX_OPERATIONS: '0' }, 'METRICS_MAX_OPERATIONS'],
    [{ EXPLORER: 'sometimes' }, 'EXPLORER'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DEMO: 'maybe' }, 'DEMO'],
    [{ CURRENCY: 'EURO' }, 'CURRENCY'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ BOOTSTRAP_ADMIN_KEY: 'short' }, 'BOOTSTRAP_ADMIN_KEY'],
    [{ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '500' }, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'],
    [{ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '-1' }, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'],
    [{ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1h' }, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'],
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as ConfigError).variable).toBe(variable);
      expect((err as Error).message.startsWith(`${variable}:`)).toBe(true);
    }
  });
});
