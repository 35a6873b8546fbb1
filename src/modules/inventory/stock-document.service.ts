import { runCommand } from '../../db/command';
import { nextDocumentNumber, reserveId } from '../../db/ids';
import type { ServiceContext, TxContext } from '../../shared/context';
import type { Warehouse } from '../warehouse/warehouse.entity';
import { DomainError } from '../../shared/errors';
import { requireText } from '../../shared/validate';
import { actorOf } from '../../auth/principal';
import { publish } from '../events/outbox';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import { LocationType } from '../warehouse/location.entity';
import { InventoryErrorCode } from './inventory-errors';
import type { MoveRequest } from './stock-engine';
import { DOCUMENT_PREFIX, StockDocument, StockDocumentType } from './stock-document.entity';
import { MoveReason } from './stock-move.entity';
import { StockInput } from './stock-input';
import { checkDocumentDate, postStock, type StockPostingDeps } from './stock-posting';

export const STOCK_DOCUMENT_SOURCE = 'StockDocument';
export const STOCK_DOCUMENT_POSTED = 'stock.document.posted';

export interface ReceiptLineInput {
  itemId: string;
  locationId: string;
  quantity: string;
  unitCost: string;
  lotNumber?: string | null;
  expiryDate?: string | null;
  serialNumbers?: string[] | null;
}

export interface StockReceiveInput {
  warehouseId: string;
  reference?: string | null;
  memo?: string | null;
  occurredAt?: Date | null;
  /** Let an expired lot into a sellable location. */
  allowExpired?: boolean | null;
  lines: ReceiptLineInput[];
  idempotencyKey?: string | null;
}

export interface MoveLineInput {
  itemId: string;
  fromLocationId: string;
  toLocationId: string;
  quantity: string;
  lotNumber?: string | null;
  serialNumbers?: string[] | null;
}

export interface StockMoveInput {
  warehouseId: string;
  /** Let an expired lot into a sellable location. */
  allowExpired?: boolean | null;
  reference?: string | null;
  memo?: string | null;
  occurredAt?: Date | null;
  lines: MoveLineInput[];
  idempotencyKey?: string | null;
}

export enum AdjustmentReason {
  DAMAGED = 'DAMAGED',
  EXPIRED = 'EXPIRED',
  LOST = 'LOST',
  THEFT = 'THEFT',
  FOUND = 'FOUND',
  SAMPLE = 'SAMPLE',
  COUNT_CORRECTION = 'COUNT_CORRECTION',
  OTHER = 'OTHER',
}

export interface AdjustLineInput {
  itemId: string;
  locationId: string;
  /** Signed: negative takes stock out (a loss), positive adds it (a gain). */
  quantity: string;
  /** For gains: cost per unit; default the current cost of the item in the warehouse. */
  unitCost?: string | null;
  lotNumber?: string | null;
  expiryDate?: string | null;
  serialNumbers?: string[] | null;
}

export interface StockAdjustInput {
  warehouseId: string;
  /** Let an expired lot (found stock) into a sellable location. */
  allowExpired?: boolean | null;
  reasonCode: AdjustmentReason;
  reference?: string | null;
  memo?: string | null;
  occurredAt?: Date | null;
  lines: AdjustLineInput[];
  idempotencyKey?: string | null;
}

interface DocumentHeader {
  warehouseId: string;
  reference?: string | null;
  memo?: string | null;
  occurredAt?: Date | null;
  lines: readonly unknown[];
  idempotencyKey?: string | null;
}

interface DocumentDraft {
  tx: TxContext;
  io: StockInput;
  warehouse: Warehouse;
  docId: string;
  occurredAt: Date;
}

/** Single-step stock documents: direct receipts, moves between locations, adjustments. */
export class StockDocumentService {
  constructor(private readonly deps: StockPostingDeps) {}

  /**
   * A receipt into locations of one warehouse at a unit cost: Dr Inventory, Cr GRNI.
   * Purchase-order receipts (a later module) build the same requests and call postStock.
   */
  async receive(ctx: ServiceContext, input: StockReceiveInput): Promise<{ documentId: string }> {
    return this.post(ctx, 'stock.receive', StockDocumentType.RECEIPT, input, async ({ io, warehouse, docId, occurredAt }) => {
      const requests: MoveRequest[] = [];
      for (const [i, line] of input.lines.entries()) {
        const field = ['input', 'lines', String(i)];
        const item = await io.item(line.itemId, [...field, 'itemId'], { mustBeActive: true });
        const location = await io.location(line.locationId, warehouse, [...field, 'locationId']);
        const quantity = await io.quantity(item, line.quantity, [...field, 'quantity']);
        const unitCost = io.unitCost(line.unitCost, [...field, 'unitCost']);
        const expiry = io.expiryDate(line.expiryDate, [...field, 'expiryDate']);
        const lot = await io.receivedLot(item, io.lotNumber(line.lotNumber, [...field, 'lotNumber']), expiry, { type: STOCK_DOCUMENT_SOURCE, id: docId }, field);
        io.assertLotSellable(item, lot, location, occurredAt, input.allowExpired ?? false, [...field, 'lotNumber']);
        const serials = await io.serials(item, io.serialNumbers(line.serialNumbers, [...field, 'serialNumbers']), [...field, 'serialNumbers'], { create: true });
        requests.push({ item, quantity, from: null, to: location, lot, serials, reason: MoveReason.RECEIPT, unitCost, counter: AccountPurpose.GRNI, field });
      }
      return requests;
    });
  }

  /** Moves between locations of one warehouse (putaway, replenishment, picking to staging): no ledger effect. */
  async move(ctx: ServiceContext, input: StockMoveInput): Promise<{ documentId: string }> {
    return this.post(ctx, 'stock.move', StockDocumentType.LOCATION_MOVE, input, async ({ io, warehouse, occurredAt }) => {
      const requests: MoveRequest[] = [];
      for (const [i, line] of input.lines.entries()) {
        const field = ['input', 'lines', String(i)];
        const item = await io.item(line.itemId, [...field, 'itemId']);
        const from = await io.location(line.fromLocationId, warehouse, [...field, 'fromLocationId']);
        const to = await io.location(line.toLocationId, warehouse, [...field, 'toLocationId']);
        if (from.id === to.id) throw new DomainError(InventoryErrorCode.SAME_LOCATION, 'From and to are the same location.', { field: [...field, 'toLocationId'] });
        const quantity = await io.quantity(item, line.quantity, [...field, 'quantity']);
        const lot = await io.existingLot(item, io.lotNumber(line.lotNumber, [...field, 'lotNumber']), [...field, 'lotNumber']);
        io.assertLotSellable(item, lot, to, occurredAt, input.allowExpired ?? false, [...field, 'toLocationId']);
        const serials = await io.serials(item, io.serialNumbers(line.serialNumbers, [...field, 'serialNumbers']), [...field, 'serialNumbers'], { create: false });
        const reason = [LocationType.STAGING, LocationType.PACKING, LocationType.SHIPPING].includes(to.type) ? MoveReason.PICK : MoveReason.PUTAWAY;
        requests.push({ item, quantity, from, to, lot, serials, reason, field });
      }
      return requests;
    });
  }

  /** A direct adjustment with a reason: a loss posts Dr Shrinkage / Cr Inventory, a gain the reverse. */
  async adjust(ctx: ServiceContext, input: StockAdjustInput): Promise<{ documentId: string }> {
    if (!Object.values(AdjustmentReason).includes(input.reasonCode)) {
      throw new DomainError(InventoryErrorCode.INVALID, `Unknown reason code ${String(input.reasonCode)}.`, { field: ['input', 'reasonCode'] });
    }
    return this.post(ctx, 'stock.adjust', StockDocumentType.ADJUSTMENT, input, async ({ io, warehouse, docId, occurredAt }) => {
      const requests: MoveRequest[] = [];
      for (const [i, line] of input.lines.entries()) {
        const field = ['input', 'lines', String(i)];
        const item = await io.item(line.itemId, [...field, 'itemId']);
        const location = await io.location(line.locationId, warehouse, [...field, 'locationId']);
        const raw = requireText(line.quantity, [...field, 'quantity'], { code: InventoryErrorCode, max: 64 });
        const gain = !raw.startsWith('-');
        const quantity = await io.quantity(item, gain ? raw : raw.slice(1), [...field, 'quantity']);
        const lotNumber = io.lotNumber(line.lotNumber, [...field, 'lotNumber']);
        const serialNumbers = io.serialNumbers(line.serialNumbers, [...field, 'serialNumbers']);
        const base = { item, quantity, reason: MoveReason.ADJUSTMENT, reasonCode: input.reasonCode, counter: AccountPurpose.SHRINKAGE, field };
        if (gain) {
          const lot = await io.receivedLot(item, lotNumber, io.expiryDate(line.expiryDate, [...field, 'expiryDate']), { type: STOCK_DOCUMENT_SOURCE, id: docId }, field);
          io.assertLotSellable(item, lot, location, occurredAt, input.allowExpired ?? false, [...field, 'lotNumber']);
          const serials = await io.serials(item, serialNumbers, [...field, 'serialNumbers'], { create: true });
          const unitCost = line.unitCost != null ? io.unitCost(line.unitCost, [...field, 'unitCost']) : null;
          requests.push({ ...base, from: null, to: location, lot, serials, unitCost });
        } else {
          const lot = await io.existingLot(item, lotNumber, [...field, 'lotNumber']);
          const serials = await io.serials(item, serialNumbers, [...field, 'serialNumbers'], { create: false });
          requests.push({ ...base, from: location, to: null, lot, serials });
        }
      }
      return requests;
    }, input.reasonCode);
  }

  /**
   * The frame every single-step document shares: one command with its idempotency key;
   * date checks; the warehouse; a reserved id (the journal entry and the moves name it);
   * the lines turned into move requests; then stock and ledger posted together and the
   * document written, linked to its entry.
   */
  private async post(
    ctx: ServiceContext,
    command: string,
    type: StockDocumentType,
    input: DocumentHeader,
    buildRequests: (draft: DocumentDraft) => Promise<MoveRequest[]>,
    reasonCode: string | null = null,
  ): Promise<{ documentId: string }> {
    const outcome = await runCommand(ctx, { command, idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const occurredAt = input.occurredAt ?? tx.tx.now;
      await checkDocumentDate(tx, this.deps.posting, occurredAt);
      const io = new StockInput(tx);
      io.lineCount(input.lines);
      const reference = io.reference(input.reference);
      const memo = io.memo(input.memo);
      const warehouse = await io.warehouse(input.warehouseId, ['input', 'warehouseId']);
      const docId = await reserveId(tx.em, 'stock_documents');
      const requests = await buildRequests({ tx, io, warehouse, docId, occurredAt });
      const number = await nextDocumentNumber(tx.em, DOCUMENT_PREFIX[type]);
      const label = { [StockDocumentType.RECEIPT]: 'Receipt', [StockDocumentType.LOCATION_MOVE]: 'Move', [StockDocumentType.ADJUSTMENT]: 'Adjustment' }[type];
      const { entry } = await postStock(tx, this.deps, { type: STOCK_DOCUMENT_SOURCE, id: docId, occurredAt }, requests, `${label} ${number}${reasonCode ? ` (${reasonCode})` : ''}`);
      const document = tx.em.create(StockDocument, {
        id: docId,
        type,
        number,
        warehouse,
        reference,
        memo,
        reasonCode,
        occurredAt,
        journalEntry: entry,
        actor: actorOf(tx.principal),
      });
      await tx.em.flush();
      publish(tx, {
        topic: STOCK_DOCUMENT_POSTED,
        aggregateType: 'StockDocument',
        aggregateId: document.id,
        aggregateVersion: document.version,
        payload: { number, type, warehouseId: warehouse.id },
      });
      return { documentId: document.id };
    });
    return outcome.result;
  }
}
