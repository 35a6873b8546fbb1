import { nodeTypeNames } from '../../graphql/relay';
import { date, ref } from '../inventory/written-views';
import type { Shipment } from './fulfillment.entity';

/**
 * A fulfilment command's payload object made from the row its write statement returned
 * (as src/modules/inventory/written-views.ts does for stock documents): the properties the
 * GraphQL type and its field resolvers read, with `{ id }` references.
 */
type Row = Record<string, unknown>;


class WrittenShipment {
  constructor(row: Row) {
    Object.assign(this, {
      id: String(row.id),
      number: row.number,
      order: ref(row.order_id),
      warehouse: ref(row.warehouse_id),
      status: row.status,
      carrier: row.carrier ?? null,
      carrierService: row.carrier_service ?? null,
      journalEntryId: row.journal_entry_id ?? null,
      statusTimes: row.status_times,
      actor: row.actor,
      version: Number(row.version),
      createdAt: date(row.created_at),
      updatedAt: date(row.updated_at),
    });
  }
}

nodeTypeNames.set(WrittenShipment, 'Shipment');

export function writtenShipment(row: Row): Shipment {
  return new WrittenShipment(row) as unknown as Shipment;
}
