import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DirLock {
  release(): void;
}

/** Who holds a lock: enough to tell the holder from a later process that got the same pid. */
export interface LockOwner {
  program: string;
  pid: number;
  /** Field 22 of /proc/<pid>/stat (clock ticks after boot); null where there is no /proc. */
  startTime: string | null;
  bootId: string | null;
  hostname: string;
  createdAt: string;
}

export const LOCK_FILE = 'ledgerhouse.lock';
const PROGRAM = 'ledgerhouse';
/** A holder on another host (or container) refreshes its lock this often... */
const HEARTBEAT_MS = 10_000;
/** ...and its lock is stale once it has not been refreshed for this long. */
const FOREIGN_STALE_MS = 3 * HEARTBEAT_MS;
/** A lock file that does not parse may be an older version's, in the instant between its create and its write. */
const GARBLED_GRACE_MS = 2_000;
const GIVE_UP_MS = 10_000;

/**
 * PGlite has no lock of its own on its folder: two processes (a server and a CLI
 * migration, or two servers) can open it together and corrupt it. This lock keeps a second
 * process out.
 *
 * The lock file appears whole or not at all: the owner's identity is written to a private
 * temporary file that is then hard-linked to the lock's name, which fails if the name
 * exists (link never overwrites). The identity is the pid plus that process's start time
 * (/proc/<pid>/stat field 22), the boot id and the host name, so a later process that got
 * the same pid (a restarted container's pid 1) is not taken for the owner. The lock is
 * held only while a process with that pid *and* that start time lives; a lock written on
 * another host or container (whose pids mean nothing here) is held while its owner keeps
 * refreshing it.
 *
 * A stale lock is taken over under a second lock (`<lock>.takeover`, made the same way),
 * and only after reading it again and finding the very same file: a lock that another
 * process has just created is never deleted.
 */
export async function acquireDirLock(dir: string): Promise<DirLock> {
  const file = path.join(dir, LOCK_FILE);
  const me = currentOwner();
  const content = `${JSON.stringify(me)}\n`;
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    if (createWhole(file, content)) return holdLock(file, content);
    const seen = readLock(file);
    if (seen === null) continue; // released in between: try again
    const verdict = judge(seen, Date.now());
    if (verdict === 'held') throw new Error(heldMessage(dir, seen));
    if (Date.now() > deadline) throw new Error(`Could not lock the data folder ${dir}: ${file} stayed in the way; remove it if no ledgerhouse process uses the folder.`);
    if (verdict === 'unsure') {
      await sleep(50);
      continue;
    }
    // Stale. Only one process at a time takes a lock over, and it deletes the lock only if
    // it is still the file that was judged stale.
    const took = await withTakeover(file, me, () => {
      const again = readLock(file);
      if (again && again.ino === seen.ino && again.raw === seen.raw) fs.unlinkSync(file);
    });
    if (!took) await sleep(20 + Math.random() * 30);
  }
}

/** The identity this process writes into its lock. */
export function currentOwner(): LockOwner {
  return {
    program: PROGRAM,
    pid: process.pid,
    startTime: processStartTime(process.pid),
    bootId: bootId(),
    hostname: os.hostname(),
    createdAt: new Date().toISOString(),
  };
}

/** Field 22 (starttime) of /proc/<pid>/stat, or null where it cannot be read. */
export function processStartTime(pid: number): string | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Field 2 is the command name in parentheses, which may itself hold spaces and
  // parentheses: count from the last ')'. What follows starts at field 3.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return rest[22 - 3] ?? null;
}

let cachedBootId: string | null | undefined;
function bootId(): string | null {
  if (cachedBootId === undefined) {
    try {
      cachedBootId = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
    } catch {
      cachedBootId = null;
    }
  }
  return cachedBootId;
}

interface SeenLock {
  raw: string;
  ino: number;
  mtimeMs: number;
  /** Null when the file is not a lock this program wrote (empty, garbled, foreign). */
  owner: LockOwner | null;
  /** An older version's lock: just a pid. */
  legacyPid: number | null;
}

function readLock(file: string): SeenLock | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const stat = fs.fstatSync(fd);
    const raw = fs.readFileSync(fd, 'utf8');
    return { raw, ino: stat.ino, mtimeMs: stat.mtimeMs, owner: parseOwner(raw), legacyPid: /^\s*\d+\s*$/.test(raw) ? Number(raw) : null };
  } finally {
    fs.closeSync(fd);
  }
}

function parseOwner(raw: string): LockOwner | null {
  try {
    const o = JSON.parse(raw) as Partial<LockOwner>;
    if (o.program !== PROGRAM || !Number.isInteger(o.pid) || (o.pid as number) <= 0 || typeof o.hostname !== 'string') return null;
    return {
      program: o.program,
      pid: o.pid as number,
      startTime: typeof o.startTime === 'string' ? o.startTime : null,
      bootId: typeof o.bootId === 'string' ? o.bootId : null,
      hostname: o.hostname,
      createdAt: typeof o.createdAt === 'string' ? o.createdAt : '',
    };
  } catch {
    return null;
  }
}

/**
 * Whether the lock's owner still runs. 'unsure': the file does not parse and is too young to
 * call stale (an older version writes its pid just after creating the file).
 */
export function judge(seen: SeenLock, nowMs: number): 'held' | 'stale' | 'unsure' {
  const owner = seen.owner;
  if (!owner) {
    if (seen.legacyPid !== null) return seen.legacyPid !== process.pid && isAlive(seen.legacyPid) && mayBeNode(seen.legacyPid) ? 'held' : 'stale';
    return nowMs - seen.mtimeMs < GARBLED_GRACE_MS ? 'unsure' : 'stale';
  }
  const here = currentHost();
  if (owner.hostname !== here.hostname) {
    // Another host or container: its pid cannot be checked from here, its heartbeat can.
    return nowMs - seen.mtimeMs < FOREIGN_STALE_MS ? 'held' : 'stale';
  }
  if (owner.bootId && here.bootId && owner.bootId !== here.bootId) return 'stale';
  if (!isAlive(owner.pid)) return 'stale';
  const started = processStartTime(owner.pid);
  if (owner.startTime !== null && started !== null) return owner.startTime === started ? 'held' : 'stale';
  // No /proc (not Linux): a live pid is all there is to go by.
  return 'held';
}

function currentHost(): { hostname: string; bootId: string | null } {
  return { hostname: os.hostname(), bootId: bootId() };
}

function heldMessage(dir: string, seen: SeenLock): string {
  const owner = seen.owner;
  const where = !owner ? `process ${seen.legacyPid}` : owner.hostname === os.hostname() ? `process ${owner.pid}` : `process ${owner.pid} on host ${owner.hostname}`;
  const since = owner?.createdAt ? ` (since ${owner.createdAt})` : '';
  return `The data folder ${dir} is in use by ${where}${since}; stop it first, or set DATA_DIR to another folder.`;
}

/** An older version's lock names just a pid: it is this program's only if that process runs node (where that can be read). */
function mayBeNode(pid: number): boolean {
  try {
    return /node|ledgerhouse/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true;
  }
}

/**
 * Creates `file` holding `content`, whole, unless it exists: the content goes to a private
 * file first, which is then hard-linked to the name (link fails with EEXIST, never overwrites).
 */
function createWhole(file: string, content: string): boolean {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx', 0o644);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Deletes `file` only if it still holds `content` (ours). */
function removeIfOurs(file: string, content: string): void {
  const seen = readLock(file);
  if (seen && seen.raw === content) fs.rmSync(file, { force: true });
}

/**
 * Runs `work` holding `<file>.takeover`, so that two processes never take the same stale
 * lock over together. False when another live process holds it (try again later). A
 * takeover lock left by a dead process is moved aside and checked: if what was moved turns
 * out to be a fresh one (its maker came in between), it is put back.
 */
async function withTakeover(file: string, me: LockOwner, work: () => void): Promise<boolean> {
  const mutex = `${file}.takeover`;
  const content = `${JSON.stringify(me)}\n`;
  if (!createWhole(mutex, content)) {
    const seen = readLock(mutex);
    if (seen && judge(seen, Date.now()) === 'stale') {
      const aside = `${mutex}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.stale`;
      try {
        fs.renameSync(mutex, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        return false;
      }
      const moved = readLock(aside);
      if (moved && moved.ino !== seen.ino) {
        try {
          fs.linkSync(aside, mutex);
        } catch {
          // a third process made one meanwhile: its one stands
        }
      }
      fs.rmSync(aside, { force: true });
    }
    return false;
  }
  try {
    work();
    return true;
  } finally {
    removeIfOurs(mutex, content);
  }
}

function holdLock(file: string, content: string): DirLock {
  // Processes on other hosts or containers judge this lock by its age: keep it young.
  const heartbeat = setInterval(() => {
    const t = new Date();
    fs.utimes(file, t, t, () => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      removeIfOurs(file, content);
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
