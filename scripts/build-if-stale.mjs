// `npm start`'s prestart: compiles TypeScript to dist/ only when the sources changed since
// the last build. The sources' fingerprint (a SHA-256 over the path and content of every file
// under src/ and migrations/, the tsconfig files and package-lock.json) is kept in
// dist/.build-fingerprint; contents rather than modification times, so a fresh clone or a
// checkout that leaves the files as they were does not rebuild. Plain Node, no dependency.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, 'dist', '.build-fingerprint');
const entry = path.join(root, 'dist', 'src', 'main.js');

function files(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

const inputs = [...files(path.join(root, 'src')), ...files(path.join(root, 'migrations')), ...['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((f) => path.join(root, f))]
  .filter((f) => fs.existsSync(f))
  .sort();
const hash = crypto.createHash('sha256');
for (const f of inputs) hash.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
const fingerprint = hash.digest('hex');

const built = fs.existsSync(entry) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8').trim() === fingerprint;
if (built) {
  process.stdout.write('dist/ is up to date with the sources: not rebuilding\n');
} else {
  process.stdout.write('compiling TypeScript to dist/ (the sources changed since the last build)\n');
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  fs.writeFileSync(stampFile, `${fingerprint}\n`);
}
