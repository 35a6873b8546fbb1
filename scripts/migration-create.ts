/**
 * Writes a new migration from the difference between the entities and the schema the
 * existing migrations produce, and registers it in migrations/index.ts.
 * Usage: npm run migration:create -- <name>   (needs PostgreSQL: DATABASE_URL or the local default)
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { baseOrmOptions } from '../src/db/orm';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error('usage: npm run migration:create -- <CamelCaseName>');
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const scratch = `lh_migration_scratch_${process.pid}`;
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${scratch}`);
  const url = new URL(base.toString());
  url.pathname = `/${scratch}`;
  const dir = path.resolve(__dirname, '../migrations');
  try {
    const orm = await MikroORM.init({
      ...baseOrmOptions(),
      driver: PostgreSqlDriver,
      clientUrl: url.toString(),
      migrations: { ...baseOrmOptions().migrations, path: dir, pathTs: dir, fileName: (ts) => `Migration${ts}${name}` },
    });
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration(dir, false, false, name);
    await orm.close(true);
    if (!result.fileName) {
      console.log('No changes: the entities match the migrations.');
      return;
    }
    const fileBase = result.fileName.replace(/\.ts$/, '');
    const source = fs.readFileSync(path.join(dir, result.fileName), 'utf8');
    const className = /export class (\w+)/.exec(source)?.[1] ?? fileBase;
    const index = path.join(dir, 'index.ts');
    let text = fs.readFileSync(index, 'utf8');
    text = text.replace(/(import type \{ Migration \} from '@mikro-orm\/migrations';\n)/, `$1import { ${className} } from './${fileBase}';\n`);
    text = text.replace(/\]\s*=\s*\[([\s\S]*?)\];/, (_m, body: string) => `] = [${body.trimEnd()}${body.trim() ? '' : ''}\n  { name: '${fileBase}', class: ${className} },\n];`);
    fs.writeFileSync(index, text);
    console.log(`Wrote migrations/${result.fileName}`);
  } finally {
    await admin.query(`drop database if exists ${scratch} with (force)`);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
