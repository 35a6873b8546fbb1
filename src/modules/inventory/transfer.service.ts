import { runCommand } from '../../db/command';
import { nextDocumentNumber, reserveId } from '../../db/ids';
import { queryOne } from '../../db/sql';
import type { ServiceContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { actorOf } from '../../auth/principal';
import { publish } from '../events/outbox';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import { InventoryErrorCode } from './inventory-errors';
import { Lot } from './lot.entity';
import type { MoveRequest } from './stock-engine';
import { MoveReason } from './stock-move.entity';
import { StockInput } from './stock-input';
import { checkDocumentDate, postStock, type StockPostingDeps } from './stock-posting';
import { StockTransfer, StockTransferLine, TransferStatus } from './transfer.entity';

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
      const io = new StockInput(tx);
      io.lineCount(input.lines);
      const from = await io.warehouse(input.fromWarehouseId, ['input', 'fromWarehouseId']);
      const to = await io.warehouse(input.toWarehouseId, ['input', 'toWarehouseId']);
      if (from.id === to.id) throw new DomainError(InventoryErrorCode.SAME_WAREHOUSE, 'A transfer goes to another warehouse; use stockMove within one.', { field: ['input', 'toWarehouseId'] });
      const transit = await io.transitLocation(to);
      const transferId = await reserveId(tx.em, 'stock_transfers');
      const requests: MoveRequest[] = [];
      const lines: { itemId: string; lotId: string | null; fromLocationId: string; quantity: Decimal; serialNumbers: string[] }[] = [];
      for (const [i, line] of input.lines.entries()) {
        const field = ['input', 'lines', String(i)];
        const item = await io.item(line.itemId, [...field, 'itemId'], { mustBeActive: true });
        const location = await io.location(line.fromLocationId, from, [...field, 'fromLocationId']);
        const quantity = await io.quantity(item, line.quantity, [...field, 'quantity']);
        const lot = await io.existingLot(item, io.lotNumber(line.lotNumber, [...field, 'lotNumber']), [...field, 'lotNumber']);
        const serialNumbers = io.serialNumbers(line.serialNumbers, [...field, 'serialNumbers']);
        const serials = await io.serials(item, serialNumbers, [...field, 'serialNumbers'], { create: false });
        requests.push({ item, quantity, from: location, to: transit, lot, serials, reason: MoveReason.TRANSFER_OUT, transferId, field });
        lines.push({ itemId: item.id, lotId: lot?.id ?? null, fromLocationId: location.id, quantity, serialNumbers });
      }
      const number = await nextDocumentNumber(tx.em, 'TR');
      const { entry } = await postStock(tx, this.deps, { type: TRANSFER_SOURCE, id: transferId, occurredAt }, requests, `Transfer ${number} shipped ${from.code} -> ${to.code}`);
      const transfer = tx.em.create(StockTransfer, {
        id: transferId,
        number,
        fromWarehouse: from,
        toWarehouse: to,
        reference: io.reference(input.reference),
        shippedAt: occurredAt,
        shipEntry: entry,
        shippedBy: actorOf(tx.principal),
      });
      lines.forEach((l, i) =>
        tx.em.create(StockTransferLine, {
          transfer,
          lineNo: i + 1,
          item: l.itemId,
          lot: l.lotId,
          fromLocation: l.fromLocationId,
          serialNumbers: l.serialNumbers.length ? l.serialNumbers : null,
          quantityShipped: toText(l.quantity),
        }),
      );
      await tx.em.flush();
      publish(tx, { topic: TRANSFER_CHANGED, aggregateType: 'StockTransfer', aggregateId: transfer.id, aggregateVersion: transfer.version, payload: { number, status: transfer.status } });
      return { transferId: transfer.id };
    });
    return outcome.result;
  }

  async receive(ctx: ServiceContext, input: TransferReceiveInput): Promise<{ transferId: string }> {
    const outcome = await runCommand(ctx, { command: 'transfer.receive', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const occurredAt = input.occurredAt ?? tx.tx.now;
      await checkDocumentDate(tx, this.deps.posting, occurredAt);
      const locked = await queryOne<{ id: string }>(tx.em, 'select id::text as id from stock_transfers where id = ? for update', [input.transferId]);
      if (!locked) throw new DomainError(InventoryErrorCode.NOT_FOUND, 'No transfer has this id.', { field: ['input', 'transferId'] });
      const transfer = await tx.em.findOneOrFail(StockTransfer, { id: locked.id }, { populate: ['toWarehouse', 'fromWarehouse'] });
      if (transfer.status !== TransferStatus.SHIPPED) {
        throw new DomainError(InventoryErrorCode.TRANSFER_NOT_IN_TRANSIT, `Transfer ${transfer.number} was received already.`, { field: ['input', 'transferId'] });
      }
      if (occurredAt < transfer.shippedAt) {
        throw new DomainError(InventoryErrorCode.INVALID, 'A transfer cannot be received before it was shipped.', { field: ['input', 'occurredAt'] });
      }
      const io = new StockInput(tx);
      io.lineCount(input.lines);
      const to = transfer.toWarehouse.getEntity();
      const transit = await io.transitLocation(to);
      const lines = await tx.em.find(StockTransferLine, { transfer: transfer.id }, { orderBy: { lineNo: 'asc' } });
      const byId = new Map(lines.map((l) => [l.id, l]));
      const received = new Map<string, Decimal>();
      const receivedSerials = new Map<string, Set<string>>();
      const requests: MoveRequest[] = [];
      for (const [i, row] of input.lines.entries()) {
        const field = ['input', 'lines', String(i)];
        const line = byId.get(row.transferLineId);
        if (!line) throw new DomainError(InventoryErrorCode.NOT_FOUND, 'This transfer has no such line.', { field: [...field, 'transferLineId'] });
        const item = await io.item(line.item.id, [...field, 'transferLineId']);
        const quantity = await io.quantity(item, row.quantity, [...field, 'quantity'], { allowZero: true });
        const total = (received.get(line.id) ?? ZERO).plus(quantity);
        if (total.gt(line.quantityShipped)) {
          throw new DomainError(InventoryErrorCode.QUANTITY_EXCEEDS_SHIPPED, `Line ${line.lineNo}: ${toText(total)} received but ${toText(line.quantityShipped)} shipped.`, { field: [...field, 'quantity'] });
        }
        received.set(line.id, total);
        if (quantity.isZero()) continue;
        const location = await io.location(row.toLocationId, to, [...field, 'toLocationId']);
        const lot = line.lot ? await tx.em.findOneOrFail(Lot, { id: line.lot.id }) : null;
        io.assertLotSellable(item, lot, location, occurredAt, input.allowExpired ?? false, [...field, 'toLocationId']);
        const serialNumbers = io.serialNumbers(row.serialNumbers, [...field, 'serialNumbers']);
        const shipped = new Set(line.serialNumbers ?? []);
        const seen = receivedSerials.get(line.id) ?? new Set<string>();
        for (const [j, s] of serialNumbers.entries()) {
          if (!shipped.has(s) || seen.has(s)) {
            throw new DomainError(InventoryErrorCode.SERIAL_NOT_AVAILABLE, `Serial ${s} was not shipped on line ${line.lineNo} (or is received twice).`, { field: [...field, 'serialNumbers', String(j)] });
          }
          seen.add(s);
        }
        receivedSerials.set(line.id, seen);
        const serials = await io.serials(item, serialNumbers, [...field, 'serialNumbers'], { create: false });
        requests.push({ item, quantity, from: transit, to: location, lot, serials, reason: MoveReason.TRANSFER_IN, transferId: transfer.id, field });
      }
      for (const line of lines) {
        const got = received.get(line.id);
        if (got === undefined) {
          throw new DomainError(InventoryErrorCode.REQUIRED, `Line ${line.lineNo} is not accounted for: give what arrived (0 records it lost).`, { field: ['input', 'lines'] });
        }
        const lost = dec(line.quantityShipped).minus(got);
        line.quantityReceived = toText(got);
        line.quantityLost = toText(lost);
        if (lost.gt(0)) {
          const item = await io.item(line.item.id, ['input', 'lines']);
          const lot = line.lot ? await tx.em.findOneOrFail(Lot, { id: line.lot.id }) : null;
          const missing = (line.serialNumbers ?? []).filter((s) => !(receivedSerials.get(line.id) ?? new Set()).has(s));
          const serials = await io.serials(item, missing, ['input', 'lines'], { create: false });
          requests.push({ item, quantity: lost, from: transit, to: null, lot, serials, reason: MoveReason.ADJUSTMENT, reasonCode: TRANSFER_SHORTAGE, transferId: transfer.id, counter: AccountPurpose.SHRINKAGE, field: ['input', 'lines'] });
        }
      }
      const { entry } = await postStock(tx, this.deps, { type: TRANSFER_SOURCE, id: transfer.id, occurredAt }, requests, `Transfer ${transfer.number} received in ${to.code}`);
      transfer.status = TransferStatus.RECEIVED;
      transfer.receivedAt = occurredAt;
      transfer.receiveEntry = entry as never;
      transfer.receivedBy = actorOf(tx.principal);
      await tx.em.flush();
      publish(tx, { topic: TRANSFER_CHANGED, aggregateType: 'StockTransfer', aggregateId: transfer.id, aggregateVersion: transfer.version, payload: { number: transfer.number, status: transfer.status } });
      return { transferId: transfer.id };
    });
    return outcome.result;
  }
}
