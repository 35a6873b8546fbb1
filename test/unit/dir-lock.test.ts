import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDirLock, currentOwner, LOCK_FILE, type LockOwner, processStartTime } from '../../src/db/dir-lock';

const HOLDER = path.resolve(__dirname, '../helpers/lock-holder.ts');
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-lock-'));
  dirs.push(d);
  return d;
}

function writeLock(dir: string, owner: Partial<LockOwner>, ageMs = 0): void {
  const file = path.join(dir, LOCK_FILE);
  fs.writeFileSync(file, JSON.stringify({ ...currentOwner(), createdAt: '2026-01-01T00:00:00.000Z', ...owner }));
  if (ageMs) {
    const t = new Date(Date.now() - ageMs);
    fs.utimesSync(file, t, t);
  }
}

function lockOwner(dir: string): LockOwner {
  return JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as LockOwner;
}

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const r = spawnSync('true');
  return r.pid as number;
}

interface Holder {
  child: ChildProcess;
  /** Resolves with the next line the holder prints. */
  next(): Promise<string>;
}

function startHolder(dir: string, waitGo = false): Holder {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dir, ...(waitGo ? ['--wait-go'] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  const lines: string[] = [];
  const waiters: Array<(line: string) => void> = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      const w = waiters.shift();
      if (w) w(line);
      else lines.push(line);
    }
  });
  return {
    child,
    next: () => {
      const line = lines.shift();
      return line !== undefined ? Promise.resolve(line) : new Promise((resolve) => waiters.push(resolve));
    },
  };
}

async function holderResult(h: Holder): Promise<string> {
  expect(await h.next()).toBe('ready');
  return h.next();
}

describe('the PGlite data-folder lock', () => {
  it('writes the whole identity at once: pid, process start time, boot id, host', async () => {
    const dir = tempDir();
    const lock = await acquireDirLock(dir);
    const owner = lockOwner(dir);
    expect(owner).toMatchObject({ program: 'ledgerhouse', pid: process.pid, hostname: os.hostname() });
    expect(owner.startTime).toBe(processStartTime(process.pid));
    expect(owner.startTime).toMatch(/^\d+$/);
    expect(owner.bootId).toMatch(/^[0-9a-f-]{36}$/);
    // Nothing but the lock is left in the folder (the private file it was linked from is gone).
    expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]);
    lock.release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('takes over the stale lock of a dead process', async () => {
    const dir = tempDir();
    writeLock(dir, { pid: deadPid(), startTime: '12345' });
    const lock = await acquireDirLock(dir);
    expect(lockOwner(dir).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock naming a live pid with another start time (the pid was reused after a crash)', async () => {
    const dir = tempDir();
    const other = spawn('sleep', ['30']);
    children.push(other);
    await new Promise((r) => other.once('spawn', r));
    const started = processStartTime(other.pid as number) as string;
    expect(started).toMatch(/^\d+$/);
    writeLock(dir, { pid: other.pid as number, startTime: String(Number(started) - 1) });
    const lock = await acquireDirLock(dir);
    expect(lockOwner(dir).pid).toBe(process.pid);
    lock.release();

    // The same holds for this very process's pid, written by an earlier process that had it.
    writeLock(dir, { pid: process.pid, startTime: '1' });
    (await acquireDirLock(dir)).release();
  });

  it('takes over a lock from an earlier boot, whatever runs under its pid now', async () => {
    const dir = tempDir();
    writeLock(dir, { bootId: '00000000-0000-0000-0000-000000000000' });
    (await acquireDirLock(dir)).release();
  });

  it('refuses a lock held by a live process that took it, naming it; takes it once that process is killed', async () => {
    const dir = tempDir();
    const holder = startHolder(dir);
    expect(await holderResult(holder)).toBe('locked');
    const pid = holder.child.pid as number;
    expect(lockOwner(dir).pid).toBe(pid);
    await expect(acquireDirLock(dir)).rejects.toThrow(`The data folder ${dir} is in use by process ${pid}`);
    await expect(acquireDirLock(dir)).rejects.toThrow(/stop it first, or set DATA_DIR to another folder/);
    // A crash leaves the lock file behind; its owner is gone, so the next start takes it.
    holder.child.kill('SIGKILL');
    await new Promise((r) => holder.child.once('exit', r));
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    const lock = await acquireDirLock(dir);
    expect(lockOwner(dir).pid).toBe(process.pid);
    lock.release();
  });

  it('refuses a fresh lock from another host or container, and takes one that stopped being refreshed', async () => {
    const dir = tempDir();
    writeLock(dir, { hostname: 'another-container', pid: 1 });
    await expect(acquireDirLock(dir)).rejects.toThrow('is in use by process 1 on host another-container');
    writeLock(dir, { hostname: 'another-container', pid: 1 }, 60_000);
    (await acquireDirLock(dir)).release();
  });

  it('treats an empty or garbled lock file as stale only once it is old enough not to be mid-write', async () => {
    const dir = tempDir();
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, '');
    const t = new Date(Date.now() - 60_000);
    fs.utimesSync(file, t, t);
    (await acquireDirLock(dir)).release();

    fs.writeFileSync(file, '{"program":"ledger');
    const began = Date.now();
    (await acquireDirLock(dir)).release();
    expect(Date.now() - began).toBeGreaterThanOrEqual(1500);
  });

  it("respects an older version's lock (a bare pid) while that pid is a live node process, and takes it otherwise", async () => {
    const dir = tempDir();
    const file = path.join(dir, LOCK_FILE);
    const node = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    const sleeper = spawn('sleep', ['30']);
    children.push(node, sleeper);
    await Promise.all([node, sleeper].map((c) => new Promise((r) => c.once('spawn', r))));
    fs.writeFileSync(file, String(node.pid));
    await expect(acquireDirLock(dir)).rejects.toThrow(`in use by process ${node.pid};`);
    // A live pid that is not a node process: the pid was reused.
    fs.writeFileSync(file, String(sleeper.pid));
    (await acquireDirLock(dir)).release();
    fs.writeFileSync(file, String(deadPid()));
    (await acquireDirLock(dir)).release();
  });

  it.each([
    ['a free folder', false],
    ['a folder with a stale lock', true],
  ])('four processes racing for %s: exactly one wins', async (_name, stale) => {
    for (let round = 0; round < 3; round++) {
      const dir = tempDir();
      if (stale) writeLock(dir, { pid: deadPid(), startTime: '1' });
      const racers = Array.from({ length: 4 }, () => startHolder(dir, true));
      for (const r of racers) expect(await r.next()).toBe('ready');
      for (const r of racers) r.child.stdin?.write('go\n');
      const results = await Promise.all(racers.map((r) => r.next()));
      const winners = racers.filter((_, i) => results[i] === 'locked');
      expect(winners).toHaveLength(1);
      for (const r of results) if (r !== 'locked') expect(r).toMatch(new RegExp(`^refused The data folder .* is in use by process ${winners[0]?.child.pid}`));
      expect(lockOwner(dir).pid).toBe(winners[0]?.child.pid);
      expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]);
      for (const r of racers) r.child.kill('SIGKILL');
    }
  });
});
