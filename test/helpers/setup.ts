import 'reflect-metadata';
import { afterEach } from 'vitest';
import { liveTestApps } from './app';
import { checkInvariants } from './invariants';

declare module 'vitest' {
  interface TaskMeta {
    /** Set by a test that breaks the database on purpose (and mends it) to skip the check. */
    skipInvariants?: boolean;
  }
}

/**
 * The invariant checker (DESIGN.md section 2) runs after every test of every file that
 * started a test app: whatever a test did through the API, the books and the stock must
 * still agree.
 */
afterEach(async (ctx) => {
  if (ctx.task.meta.skipInvariants) return;
  for (const t of liveTestApps) await checkInvariants(t);
});
