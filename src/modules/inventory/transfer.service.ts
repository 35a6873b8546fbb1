import { runCommand } from '../../db/command';
import { statement, withConnection } from '../../db/sql';
import type { ServiceContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { actorOf } from '../../auth/principal';
import { publish } from '../events/outbox';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import { InventoryErrorCode } from './inventory-errors';
import type { MoveRequest } from './stock-engine';
import { MoveReason } from './stock-move.entity';
import { StockInput, lineCount, parseLotNumber, parseReference, parseSerialNumbers } from './stock-input';
import { RAW, RAW_EAGER_KEY, checkDocumentDate, documentNumber, postStock, type StockPostingDeps } from './stock-posting';
import { loadStock } from './stock-state';
import type { DocumentPart } from './stock-write';
import { TransferStatus } from './transfer.entity';

export const TRANSFER_SOURCE = 'StockTransfer';
export const TRANSFER_CHANGED = 'stock.transfer.changed';
export const TRANSFER_SHORTAGE = 'TRANSFER_SHORTAGE';

export interface TransferShipInput {
  fromWarehouseId: string;
  toWarehouseId: string;
  reference?: string | null;
  occurredAt?: Date | null;
  lines: { itemId: string; fromLocationId: string; quantity: string; lotNumber?: string | null; serialNumbers?: string[] | null }[];
  idempotencyKey?: string | null;
}

export interface TransferReceiveInput {
  transferId: string;
  occurredAt?: Date | null;
  allowExpired?: boolean | null;
  /** Every transfer line must appear at least once; several rows may split a line over locations. Quantity 0 records it lost. */
  lines: { transferLineId: string; toLocationId: string; quantity: string; serialNumbers?: string[] | null }[];
  idempotencyKey?: string | null;
}

/** The transfer and its lines, written with the shipment's moves. */
const SHIP_PART: DocumentPart = {
  name: 'stock_transfers.ship',
  returnsDoc: true,
  ctes: (p) => `
doc as (
  insert into stock_transfers (id, number, from_warehouse_id, to_warehouse_id, status, reference, shipped_at, ship_entry_id, shipped_by, created_at, updated_at)
  values (${p(0)}::bigint, ${p(1)}, ${p(2)}::bigint, ${p(3)}::bigint, '${TransferStatus.SHIPPED}', ${p(4)}, ${p(5)}::timestamptz, ${p(6)}::bigint, ${p(7)}, ${p(8)}::timestamptz, ${p(8)}::timestamptz)
  returning id::text as id, created_at, updated_at, version, number, from_warehouse_id::text as from_warehouse_id, to_warehouse_id::text as to_warehouse_id,
            status, reference, shipped_at, received_at, ship_entry_id::text as ship_entry_id, receive_entry_id::text as receive_entry_id, shipped_by, received_by),
transfer_lines as (
  insert into stock_transfer_lines (transfer_id, line_no, item_id, lot_id, from_location_id, serial_numbers, quantity_shipped, created_at, updated_at)
  select ${p(0)}::bigint, l.ord, l.item, l.lot, l.location, l.serials::jsonb, l.quantity, ${p(8)}::timestamptz, ${p(8)}::timestamptz
  from unnest(${p(9)}::bigint[], ${p(10)}::bigint[], ${p(11)}::bigint[], ${p(12)}::text[], ${p(13)}::numeric[]) with ordinality as l(item, lot, location, serials, quantity, ord)
  returning 1)`,
};

/** The transfer marked received and each line's received and lost quantities, written with the receipt's moves. */
const RECEIVE_PART: DocumentPart = {
  name: 'stock_transfers.receive',
  returnsDoc: true,
  ctes: (p) => `
doc as (
  update stock_transfers set status = '${TransferStatus.RECEIVED}', received_at = ${p(1)}::timestamptz, receive_entry_id = ${p(2)}::bigint, received_by = ${p(3)},
         version = version + 1, updated_at = ${p(4)}::timestamptz
  where id = ${p(0)}::bigint
  returning id::text as id, created_at, updated_at, version, number, from_warehouse_id::text as from_warehouse_id, to_warehouse_id::text as to_warehouse_id,
            status, reference, shipped_at, received_at, ship_entry_id::text as ship_entry_id, receive_entry_id::text as receive_entry_id, shipped_by, received_by),
lines_received as (
  update stock_transfer_lines l set quantity_received = v.received, quantity_lost = v.lost, updated_at = ${p(4)}::timestamptz
  from unnest(${p(5)}::bigint[], ${p(6)}::numeric[], ${p(7)}::numeric[]) as v(id, received, lost)
  where l.id = v.id
  returning 1)`,
};

interface TransferRow {
  id: string;
  number: string;
  status: TransferStatus;
  version: number;
  from_warehouse_id: string;
  to_warehouse_id: string;
  shipped_at: string | Date;
  lines: {
    id: string;
    line_no: number;
    item_id: string;
    lot_id: string | null;
    lot_number: string | null;
    serial_numbers: string[] | null;
    quantity_shipped: string;
  }[];
}

const LOCK_TRANSFER = statement(`
select t.id::text as id, t.number, t.status, t.version, t.from_warehouse_id::text as from_warehouse_id, t.to_warehouse_id::text as to_warehouse_id,
       t.shipped_at,
       (select coalesce(json_agg(json_build_object('id', l.id::text, 'line_no', l.line_no, 'item_id', l.item_id::text, 'lot_id', l.lot_id::text,
                                                   'lot_number', lot.lot_number, 'serial_numbers', l.serial_numbers, 'quantity_shipped', l.quantity_shipped::text)
                                 order by l.line_no), '[]')
        from stock_transfer_lines l left join lots lot on lot.id = l.lot_id where l.transfer_id = t.id) as lines
from stock_transfers t where t.id = $1::bigint for update of t`);

/**
 * Transfers between warehouses in two steps. Ship: stock leaves the source locations
 * into the destination's in-transit location, its cost layers move with it (Dr In
 * transit, Cr Inventory). Receive: into destination locations (Dr Inventory, Cr In
 * transit); whatever was shipped and not received is written off as a loss (Dr
 * Shrinkage, Cr In transit). A transfer is received once.
 */
export class TransferService {
  constructor(private readonly deps: StockPostingDeps) {}

  async ship(ctx: ServiceContext, input: TransferShipInput): Promise<{ transferId: string }> {
    const outcome = await runCommand(ctx, { command: 'transfer.ship', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const occurredAt = input.occurredAt ?? tx.tx.now;
      await checkDocumentDate(tx, this.deps.posting, occurredAt);
      lineCount(input.lines);
      const reference = parseReference(input.reference);
      const lines = input.lines.map((line, i) => {
        const field = ['input', 'lines', String(i)];
        return {
          field,
          itemId: line.itemId,
          fromLocationId: line.fromLocationId,
          quantity: line.quantity,
          lotNumber: parseLotNumber(line.lotNumber, [...field, 'lotNumber']),
          serialNumbers: parseSerialNumbers(line.serialNumbers, [...field, 'serialNumbers']),
        };
      });
      const fromId = input.fromWarehouseId;
      const toId = input.toWarehouseId;
      const state = await loadStock(tx, {
        warehouseIds: [fromId, toId],
        locationIds: lines.map((l) => l.fromLocationId),
        transitOf: [toId],
        itemIds: lines.map((l) => l.itemId),
        stock: lines.flatMap((l) => [
          { itemId: l.itemId, warehouseId: fromId },
          { itemId: l.itemId, warehouseId: toId },
        ]),
        lots: lines.filter((l) => l.lotNumber !== null).map((l) => ({ itemId: l.itemId, lotNumber: l.lotNumber as string })),
        serials: lines.filter((l) => l.serialNumbers.length).map((l) => ({ itemId: l.itemId, numbers: l.serialNumbers, create: false })),
        balances: lines.flatMap((l) => [
          { itemId: l.itemId, locationId: l.fromLocationId, lotNumber: l.lotNumber },
          { itemId: l.itemId, locationId: null, transitOf: toId, lotNumber: l.lotNumber },
        ]),
        reserve: { idSequence: 'stock_transfers_id_seq', numberSequence: 'document_number_tr' },
      });
      const io = new StockInput(state);
      const from = io.warehouse(fromId, ['input', 'fromWarehouseId']);
      const to = io.warehouse(toId, ['input', 'toWarehouseId']);
      if (from.id === to.id) throw new DomainError(InventoryErrorCode.SAME_WAREHOUSE, 'A transfer goes to another warehouse; use stockMove within one.', { field: ['input', 'toWarehouseId'] });
      const transit = io.transitLocation(to);
      const transferId = state.reserved.documentId as string;
      const requests: MoveRequest[] = lines.map((l) => {
        const { field } = l;
        const item = io.item(l.itemId, [...field, 'itemId'], { mustBeActive: true });
        const location = io.location(l.fromLocationId, from, [...field, 'fromLocationId']);
        const quantity = io.quantity(item, l.quantity, [...field, 'quantity']);
        const lot = io.existingLot(item, l.lotNumber, [...field, 'lotNumber']);
        const serials = io.serials(item, l.serialNumbers, [...field, 'serialNumbers']);
        return { item, quantity, from: location, to: transit, lot, serials, reason: MoveReason.TRANSFER_OUT, transferId, field };
      });
      const number = documentNumber('TR', state.reserved.documentNumber);
      publish(tx, { topic: TRANSFER_CHANGED, aggregateType: 'StockTransfer', aggregateId: transferId, aggregateVersion: 1, payload: { number, status: TransferStatus.SHIPPED } });
      const posted = await postStock(tx, this.deps, state, { type: TRANSFER_SOURCE, id: transferId, occurredAt }, requests, `Transfer ${number} shipped ${from.code} -> ${to.code}`, (entryId) => ({
        part: SHIP_PART,
        values: [
          transferId,
          number,
          from.id,
          to.id,
          reference,
          occurredAt,
          entryId,
          actorOf(tx.principal),
          tx.tx.now,
          requests.map((r) => r.item.id),
          requests.map((r) => r.lot?.id ?? null),
          requests.map((r) => (r.from as { id: string }).id),
          lines.map((l) => (l.serialNumbers.length ? JSON.stringify(l.serialNumbers) : null)),
          requests.map((r) => toText(r.quantity)),
        ],
      }), { transferId });
      if (posted.document) ctx.written?.set(`StockTransfer:${transferId}`, posted.document);
      return { transferId };
    }, RAW);
    return outcome.result;
  }

  async receive(ctx: ServiceContext, input: TransferReceiveInput): Promise<{ transferId: string }> {
    const outcome = await runCommand(ctx, { command: 'transfer.receive', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const occurredAt = input.occurredAt ?? tx.tx.now;
      await checkDocumentDate(tx, this.deps.posting, occurredAt);
      const [transfer] = await withConnection(tx.em, (c) => c.rows<TransferRow>(LOCK_TRANSFER, [input.transferId]));
      if (!transfer) throw new DomainError(InventoryErrorCode.NOT_FOUND, 'No transfer has this id.', { field: ['input', 'transferId'] });
      if (transfer.status !== TransferStatus.SHIPPED) {
        throw new DomainError(InventoryErrorCode.TRANSFER_NOT_IN_TRANSIT, `Transfer ${transfer.number} was received already.`, { field: ['input', 'transferId'] });
      }
      if (occurredAt < new Date(transfer.shipped_at)) {
        throw new DomainError(InventoryErrorCode.INVALID, 'A transfer cannot be received before it was shipped.', { field: ['input', 'occurredAt'] });
      }
      lineCount(input.lines);
      const rows = input.lines.map((row, i) => {
        const field = ['input', 'lines', String(i)];
        return { field, ...row, serialNumbers: parseSerialNumbers(row.serialNumbers, [...field, 'serialNumbers']) };
      });
      const toId = transfer.to_warehouse_id;
      const byId = new Map(transfer.lines.map((l) => [l.id, l]));
      const state = await loadStock(tx, {
        warehouseIds: [toId],
        locationIds: rows.map((r) => r.toLocationId),
        transitOf: [toId],
        itemIds: transfer.lines.map((l) => l.item_id),
        stock: transfer.lines.map((l) => ({ itemId: l.item_id, warehouseId: toId })),
        lotIds: transfer.lines.filter((l) => l.lot_id !== null).map((l) => l.lot_id as string),
        serials: transfer.lines.filter((l) => l.serial_numbers?.length).map((l) => ({ itemId: l.item_id, numbers: l.serial_numbers as string[], create: false })),
        balances: [
          ...transfer.lines.map((l) => ({ itemId: l.item_id, locationId: null, transitOf: toId, lotNumber: l.lot_number })),
          ...rows.flatMap((r) => {
            const line = byId.get(r.transferLineId);
            return line ? [{ itemId: line.item_id, locationId: r.toLocationId, lotNumber: line.lot_number }] : [];
          }),
        ],
      });
      const io = new StockInput(state);
      const to = io.warehouse(toId, ['input', 'transferId']);
      const transit = io.transitLocation(to);
      const lotOf = (id: string | null) => (id === null ? null : (state.lotsById.get(id) ?? null));
      const received = new Map<string, Decimal>();
      const receivedSerials = new Map<string, Set<string>>();
      const requests: MoveRequest[] = [];
      for (const row of rows) {
        const { field } = row;
        const line = byId.get(row.transferLineId);
        if (!line) throw new DomainError(InventoryErrorCode.NOT_FOUND, 'This transfer has no such line.', { field: [...field, 'transferLineId'] });
        const item = io.item(line.item_id, [...field, 'transferLineId']);
        const quantity = io.quantity(item, row.quantity, [...field, 'quantity'], { allowZero: true });
        const total = (received.get(line.id) ?? ZERO).plus(quantity);
        if (total.gt(line.quantity_shipped)) {
          throw new DomainError(InventoryErrorCode.QUANTITY_EXCEEDS_SHIPPED, `Line ${line.line_no}: ${toText(total)} received but ${toText(line.quantity_shipped)} shipped.`, { field: [...field, 'quantity'] });
        }
        received.set(line.id, total);
        if (quantity.isZero()) continue;
        const location = io.location(row.toLocationId, to, [...field, 'toLocationId']);
        const lot = lotOf(line.lot_id);
        io.assertLotSellable(item, lot, location, occurredAt, input.allowExpired ?? false, [...field, 'toLocationId']);
        const shipped = new Set(line.serial_numbers ?? []);
        const seen = receivedSerials.get(line.id) ?? new Set<string>();
        for (const [j, s] of row.serialNumbers.entries()) {
          if (!shipped.has(s) || seen.has(s)) {
            throw new DomainError(InventoryErrorCode.SERIAL_NOT_AVAILABLE, `Serial ${s} was not shipped on line ${line.line_no} (or is received twice).`, { field: [...field, 'serialNumbers', String(j)] });
          }
          seen.add(s);
        }
        receivedSerials.set(line.id, seen);
        const serials = io.serials(item, row.serialNumbers, [...field, 'serialNumbers']);
        requests.push({ item, quantity, from: transit, to: location, lot, serials, reason: MoveReason.TRANSFER_IN, transferId: transfer.id, field });
      }
      const outcomes: { id: string; received: Decimal; lost: Decimal }[] = [];
      for (const line of transfer.lines) {
        const got = received.get(line.id);
        if (got === undefined) {
          throw new DomainError(InventoryErrorCode.REQUIRED, `Line ${line.line_no} is not accounted for: give what arrived (0 records it lost).`, { field: ['input', 'lines'] });
        }
        const lost = dec(line.quantity_shipped).minus(got);
        outcomes.push({ id: line.id, received: got, lost });
        if (lost.gt(0)) {
          const item = io.item(line.item_id, ['input', 'lines']);
          const missing = (line.serial_numbers ?? []).filter((s) => !(receivedSerials.get(line.id) ?? new Set()).has(s));
          const serials = io.serials(item, missing, ['input', 'lines']);
          requests.push({ item, quantity: lost, from: transit, to: null, lot: lotOf(line.lot_id), serials, reason: MoveReason.ADJUSTMENT, reasonCode: TRANSFER_SHORTAGE, transferId: transfer.id, counter: AccountPurpose.SHRINKAGE, field: ['input', 'lines'] });
        }
      }
      publish(tx, { topic: TRANSFER_CHANGED, aggregateType: 'StockTransfer', aggregateId: transfer.id, aggregateVersion: transfer.version + 1, payload: { number: transfer.number, status: TransferStatus.RECEIVED } });
      const posted = await postStock(tx, this.deps, state, { type: TRANSFER_SOURCE, id: transfer.id, occurredAt }, requests, `Transfer ${transfer.number} received in ${to.code}`, (entryId) => ({
        part: RECEIVE_PART,
        values: [transfer.id, occurredAt, entryId, actorOf(tx.principal), tx.tx.now, outcomes.map((o) => o.id), outcomes.map((o) => toText(o.received)), outcomes.map((o) => toText(o.lost))],
      }));
      if (posted.document) ctx.written?.set(`StockTransfer:${transfer.id}`, posted.document);
      return { transferId: transfer.id };
    }, RAW_EAGER_KEY);
    return outcome.result;
  }
}
