import { nodeTypeNames } from '../../graphql/relay';
import type { StockDocument } from './stock-document.entity';
import type { StockTransfer } from './transfer.entity';

/**
 * A stock command's payload object, made from the row its write statement returned
 * (column names, JSON values): plain objects with the entity's property names and
 * `{ id }` references, which is all the GraphQL type and its field resolvers read. Making
 * a MikroORM entity from the row (`em.map`) cost as much as the whole command's SQL.
 */
type Row = Record<string, unknown>;

/** A `{ id }` reference from a row's id column (null stays null). */
export const ref = (id: unknown) => (id === null || id === undefined ? null : { id: String(id) });
/** A Date from a row's time column (null stays null). */
export const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

class WrittenStockDocument {
  constructor(row: Row) {
    Object.assign(this, {
      id: String(row.id),
      type: row.type,
      number: row.number,
      warehouse: ref(row.warehouse_id),
      reference: row.reference ?? null,
      reasonCode: row.reason_code ?? null,
      memo: row.memo ?? null,
      occurredAt: date(row.occurred_at),
      journalEntry: ref(row.journal_entry_id),
      actor: row.actor,
      status: row.status,
      version: Number(row.version),
      createdAt: date(row.created_at),
      updatedAt: date(row.updated_at),
    });
  }
}

class WrittenStockTransfer {
  constructor(row: Row) {
    Object.assign(this, {
      id: String(row.id),
      number: row.number,
      fromWarehouse: ref(row.from_warehouse_id),
      toWarehouse: ref(row.to_warehouse_id),
      status: row.status,
      reference: row.reference ?? null,
      shippedAt: date(row.shipped_at),
      receivedAt: date(row.received_at),
      shipEntry: ref(row.ship_entry_id),
      receiveEntry: ref(row.receive_entry_id),
      shippedBy: row.shipped_by,
      receivedBy: row.received_by ?? null,
      version: Number(row.version),
      createdAt: date(row.created_at),
      updatedAt: date(row.updated_at),
    });
  }
}

nodeTypeNames.set(WrittenStockDocument, 'StockDocument');
nodeTypeNames.set(WrittenStockTransfer, 'StockTransfer');

export function writtenDocument(row: Row): StockDocument {
  return new WrittenStockDocument(row) as unknown as StockDocument;
}

export function writtenTransfer(row: Row): StockTransfer {
  return new WrittenStockTransfer(row) as unknown as StockTransfer;
}
