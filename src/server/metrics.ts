import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { commandStats, statementsSent } from '../db/stats';

/**
 * Prometheus metrics (prom-client): the process (CPU, memory, event loop), database
 * statements, and what commands cost. Served at GET /metrics with
 * `Authorization: Bearer $METRICS_TOKEN`; without a token configured the endpoint is off.
 */
export function createMetrics(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ledgerhouse_' });
  const counter = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  counter('ledgerhouse_db_statements_total', 'Statements sent to the database by this process (every round trip, BEGIN and COMMIT included).', statementsSent);
  counter('ledgerhouse_transactions_committed_total', 'Command transactions committed.', () => commandStats.committed);
  counter('ledgerhouse_transactions_rolled_back_total', 'Command transactions rolled back (refused commands included).', () => commandStats.rolledBack);
  counter('ledgerhouse_transaction_statements_total', 'Statements sent by committed command transactions, BEGIN and COMMIT included.', () => commandStats.statements);
  counter('ledgerhouse_transaction_retries_total', 'Command attempts retried after a deadlock or serialization failure.', () => commandStats.retries);
  return registry;
}

export function metricsHandler(registry: Registry, token: string | undefined) {
  const expected = token ? crypto.createHash('sha256').update(`Bearer ${token}`).digest() : null;
  return async (req: Request, res: Response): Promise<void> => {
    if (!expected) {
      res.status(404).json({ error: 'metrics are off: set METRICS_TOKEN' });
      return;
    }
    const given = crypto.createHash('sha256').update(req.get('authorization') ?? '').digest();
    if (!crypto.timingSafeEqual(given, expected)) {
      res.status(401).json({ error: 'send Authorization: Bearer <METRICS_TOKEN>' });
      return;
    }
    res.setHeader('content-type', registry.contentType);
    res.send(await registry.metrics());
  };
}
