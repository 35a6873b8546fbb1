import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema';

/** The committed contract: the schema printed with types and fields in a stable order. */
export async function printSchemaText(): Promise<string> {
  const schema = await createSchema();
  return `# Emitted from the code by \`npm run schema\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
