import { Field, ID, ObjectType } from 'type-graphql';
import { query } from '../db/sql';
import { toGlobalId } from '../shared/ids';
import type { GraphQLContext } from './context';
import { defineLoader } from './loaders';

@ObjectType('DocumentRef', { description: 'The document behind a move or journal entry.' })
export class DocumentRefType {
  @Field(() => String, { description: 'StockDocument, StockTransfer, InventoryCount or JournalEntry (manual entries).' })
  documentType!: string;

  @Field(() => ID, { description: 'Global id of the document (fetch it with node(id:)).' })
  id!: string;

  @Field(() => String, { nullable: true })
  number!: string | null;
}

/** Human numbers of documents, keyed "Type:id". */
export const documentNumbersByRef = defineLoader<string, string | null>('documentNumbersByRef', async (em, keys) => {
  const tables: Record<string, string> = { StockDocument: 'stock_documents', StockTransfer: 'stock_transfers', InventoryCount: 'inventory_counts' };
  const out = new Map<string, string>();
  for (const [type, table] of Object.entries(tables)) {
    const ids = keys.filter((k) => k.startsWith(`${type}:`)).map((k) => k.slice(type.length + 1)).filter((id) => /^\d+$/.test(id));
    if (!ids.length) continue;
    const rows = await query<{ id: string; number: string }>(em, `select id::text as id, number from ${table} where id in (${ids.map(() => '?').join(', ')})`, ids);
    for (const r of rows) out.set(`${type}:${r.id}`, r.number);
  }
  const entries = keys.filter((k) => k.startsWith('JournalEntry:')).map((k) => k.slice('JournalEntry:'.length)).filter((id) => /^\d+$/.test(id));
  if (entries.length) {
    const rows = await query<{ id: string; year: number; number: number }>(em, `select id::text as id, year, number from journal_entries where id in (${entries.map(() => '?').join(', ')})`, entries);
    for (const r of rows) out.set(`JournalEntry:${r.id}`, `JE-${r.year}-${String(r.number).padStart(6, '0')}`);
  }
  return keys.map((k) => out.get(k) ?? null);
});

/** A reference to the document (StockDocument, StockTransfer, InventoryCount, JournalEntry) behind a move or an entry. */
export async function documentRef(ctx: GraphQLContext, documentType: string, documentId: string): Promise<DocumentRefType> {
  return {
    documentType,
    id: toGlobalId(documentType, documentId),
    number: await ctx.loaders.get(documentNumbersByRef).load(`${documentType}:${documentId}`),
  };
}
