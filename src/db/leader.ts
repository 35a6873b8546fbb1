import pg from 'pg';
import type { Logger } from 'pino';
import { countStatements } from './stats';

/** A driver connection statements can be sent on (what db/sql.ts `SqlConnection` wraps). */
export interface LeaderSession {
  query(config: unknown, values?: unknown): Promise<{ rows: Record<string, unknown>[]; rowCount?: number | null }>;
}

/** Whether this process is the one cluster-wide holder of a role (db/orm.ts `leadership`). */
export interface Leadership {
  readonly isLeader: boolean;
  /**
   * While this node is the leader on PostgreSQL: the session that holds the lock. A statement
   * sent on it runs only while the lock is held (when the session dies, its statement fails
   * and only then is the lock released), so work done on it can never overlap with a
   * successor's. Undefined while not the leader, and on PGlite (one process, no lock session:
   * use the pool).
   */
  readonly session: LeaderSession | undefined;
  /** Gives the role up (a waiting node takes it over) and stops trying. */
  stop(): Promise<void>;
}

export interface LeadershipOptions {
  /** A short name for logs and pg_stat_activity's application_name. */
  name: string;
  /** Called on every change; `true` once the lock is held, `false` when it is lost. */
  onChange: (leader: boolean) => void;
  /** How often a node that does not hold the lock tries again (ms). */
  retryMs?: number;
}

/**
 * One holder per cluster: a session advisory lock (`pg_try_advisory_lock`) on a dedicated
 * PostgreSQL session. The lock lives exactly as long as that session, so when the holder
 * dies, or its connection does, PostgreSQL releases it and the next node to retry takes
 * it. A node that does not hold it keeps its session and retries every `retryMs`.
 *
 * Losing the session does not stop work already in flight on other connections; whatever
 * runs under the role on the pool must therefore also be safe against a second holder. Work
 * sent on `session` is not: it stops with the session, before a successor can take the lock.
 * The session's statements are counted (db/stats.ts) like the pool's.
 */
export async function pgLeadership(connectionString: string, lockKey: number, log: Logger, options: LeadershipOptions): Promise<Leadership> {
  const retryMs = options.retryMs ?? 1000;
  let client: pg.Client | undefined;
  let leader = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const setLeader = (value: boolean) => {
    if (leader === value) return;
    leader = value;
    options.onChange(value);
  };

  const schedule = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void attempt();
    }, retryMs);
    timer.unref();
  };

  const attempt = async (): Promise<void> => {
    if (stopped) return;
    try {
      if (!client) {
        const c = countStatements(new pg.Client({ connectionString, application_name: `ledgerhouse ${options.name}`, keepAlive: true, keepAliveInitialDelayMillis: 10_000 }));
        c.on('error', (err) => log.warn({ err, role: options.name }, 'leader session failed'));
        c.on('end', () => {
          if (c !== client) return;
          client = undefined;
          if (leader) log.warn({ role: options.name }, 'leader session lost; another node may take over');
          setLeader(false);
          schedule();
        });
        client = c;
        await c.connect();
      }
      const res = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [lockKey]);
      if (stopped) return;
      if (res.rows[0]?.ok) {
        log.info({ role: options.name }, 'this node holds the leader lock');
        setLeader(true);
        return; // held until the session ends
      }
    } catch (err) {
      log.warn({ err, role: options.name }, 'could not reach the leader lock; retrying');
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    }
    schedule();
  };

  await attempt();
  return {
    get isLeader() {
      return leader;
    },
    get session() {
      return leader ? (client as LeaderSession | undefined) : undefined;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = undefined;
      leader = false;
      await c?.end().catch(() => undefined);
    },
  };
}
