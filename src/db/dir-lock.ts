import fs from 'node:fs';
import path from 'node:path';

export interface DirLock {
  release(): void;
}

/**
 * PGlite has no lock of its own on its folder: two processes (a server and a CLI
 * migration, or two servers) can open it together and corrupt it. A lock file with the
 * owner's pid keeps a second process out; a lock left by a dead process is taken over.
 */
export function acquireDirLock(dir: string): DirLock {
  const file = path.join(dir, 'ledgerhouse.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            fs.unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new Error(`The data folder ${dir} is in use by process ${owner}; stop it first (or set DATA_DIR to another folder).`);
      }
      fs.unlinkSync(file);
    }
  }
  throw new Error(`Could not lock the data folder ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
