/** Writes schema/schema.graphql from the code (`npm run schema`). A test fails when the committed file is stale. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaText } from '../src/graphql/print-schema';

async function main() {
  const file = path.resolve(__dirname, '../schema/schema.graphql');
  fs.writeFileSync(file, await printSchemaText());
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
