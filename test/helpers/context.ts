import type { EntityManager } from '@mikro-orm/postgresql';
import pino from 'pino';
import type { ServiceContext } from '../../src/shared/context';
import type { TestApp } from './app';

/** A service context acting as the system (no principal), for seeding through services. */
export function systemContext(t: TestApp): ServiceContext {
  return { requestId: 'test', principal: null, em: t.app.db.orm.em.fork() as EntityManager, log: pino({ level: 'silent' }), config: t.app.config };
}
