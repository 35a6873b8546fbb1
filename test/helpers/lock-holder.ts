/**
 * A separate process for the data-folder lock tests: `node --import tsx lock-holder.ts <dir> [--wait-go]`.
 * Prints "ready" (with --wait-go, then waits for a line "go" on stdin), tries the lock and
 * prints "locked" or "refused <message>", then keeps running (holding the lock) until its
 * stdin closes or it is killed.
 */
import readline from 'node:readline';
import { acquireDirLock } from '../../src/db/dir-lock';

const [dir, flag] = process.argv.slice(2);
const lines = readline.createInterface({ input: process.stdin });

async function attempt(): Promise<void> {
  try {
    await acquireDirLock(dir as string);
    process.stdout.write('locked\n');
  } catch (err) {
    process.stdout.write(`refused ${(err as Error).message}\n`);
  }
}

process.stdout.write('ready\n');
if (flag === '--wait-go') {
  lines.once('line', () => void attempt());
} else {
  void attempt();
}
lines.once('close', () => process.exit(0));
