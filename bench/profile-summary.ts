/**
 * Summarises a V8 .cpuprofile (from `npm run bench -- --profile`): self time by
 * function and by package, and inclusive ("total") time of the functions matching a filter.
 *
 *   tsx bench/profile-summary.ts <file.cpuprofile> [--top 30] [--total <regexp>] [--requests <n>]
 *
 * --requests: how many requests the process served while profiled (run.ts prints it), to
 * show time per request.
 */
import fs from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export function summarise(file: string, top = 30, totalFilter?: RegExp, requests?: number): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  const idleTime = [...self.entries()].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
  // Percentages are of busy time: the process is idle while the other server is measured.
  const total = all - idleTime;
  for (const [id] of self) if (byId.get(id)!.callFrame.functionName === '(idle)') self.delete(id);
  const idle = [...self.entries()].filter(([id]) => ['(program)', '(garbage collector)'].includes(byId.get(id)!.callFrame.functionName));
  const label = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
  const pkgOf = (f: CallFrame) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url);
    if (m) return m[1]!;
    if (f.url.includes('/dist/src/')) return `ledgerhouse ${f.url.slice(f.url.indexOf('/dist/src/') + 10).split('/').slice(0, 2).join('/')}`;
    if (f.url.startsWith('node:')) return 'node core';
    return f.url ? shortUrl(f.url) : f.functionName;
  };
  const fnSelf = new Map<string, number>();
  const pkgSelf = new Map<string, number>();
  for (const [id, t] of self) {
    const f = byId.get(id)!.callFrame;
    fnSelf.set(label(f), (fnSelf.get(label(f)) ?? 0) + t);
    pkgSelf.set(pkgOf(f), (pkgSelf.get(pkgOf(f)) ?? 0) + t);
  }
  // With the number of requests served: microseconds per request next to each share.
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%${requests ? ` ${(t / requests).toFixed(1).padStart(7)} us/req` : ''}`;
  const out: string[] = [`${file}: ${(all / 1e6).toFixed(2)} s sampled, ${(total / 1e6).toFixed(2)} s busy (percentages below are of busy time); ${idle.map(([id, t]) => `${byId.get(id)!.callFrame.functionName} ${pct(t)}`).join(', ')}`];
  out.push('', 'self time by package:');
  for (const [k, t] of [...pkgSelf].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`${pct(t)}  ${k}`);
  out.push('', 'self time by function:');
  for (const [k, t] of [...fnSelf].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`${pct(t)}  ${k}`);
  if (totalFilter) {
    // Inclusive time: a sample counts once for every distinct matching frame on its stack.
    const incl = new Map<string, number>();
    for (const [id, t] of self) {
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const l = label(byId.get(cur)!.callFrame);
        if (totalFilter.test(l) && !seen.has(l)) {
          seen.add(l);
          incl.set(l, (incl.get(l) ?? 0) + t);
        }
      }
    }
    out.push('', `inclusive time of frames matching ${totalFilter}:`);
    for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`${pct(t)}  ${k}`);
  }
  return out.join('\n');
}

function shortUrl(url: string): string {
  const i = url.lastIndexOf('node_modules/');
  if (i >= 0) return url.slice(i + 13);
  const d = url.indexOf('/dist/');
  if (d >= 0) return url.slice(d + 1);
  return url.replace(/^file:\/\//, '');
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const file = argv.find((a, i) => !a.startsWith('--') && !['--top', '--total', '--requests'].includes(argv[i - 1] ?? ''));
  if (!file) {
    process.stderr.write('usage: tsx bench/profile-summary.ts <file.cpuprofile> [--top 30] [--total <regexp>] [--requests <n>]\n');
    process.exit(2);
  }
  const topArg = argv.indexOf('--top');
  const totalArg = argv.indexOf('--total');
  const requestsArg = argv.indexOf('--requests');
  process.stdout.write(
    `${summarise(file, topArg >= 0 ? Number(argv[topArg + 1]) : 30, totalArg >= 0 ? new RegExp(argv[totalArg + 1]!) : undefined, requestsArg >= 0 ? Number(argv[requestsArg + 1]) : undefined)}\n`,
  );
}
