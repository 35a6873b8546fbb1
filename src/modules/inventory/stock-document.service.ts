import { runCommand } from '../../db/command';
import type { ServiceContext } from '../../shared/context';
import type { Decimal } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { actorOf } from '../../auth/principal';
import { publish } from '../events/outbox';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import { LocationType } from '../warehouse/location.entity';
import { InventoryErrorCode } from './inventory-errors';
import type { MoveRequest } from './stock-engine';
import { DOCUMENT_PREFIX, StockDocumentType } from './stock-document.entity';
import { MoveReason } from './stock-move.entity';
import { StockInput, lineCount, parseExpiryDate, parseLotNumber, parseMemo, parseReference, parseSerialNumbers, parseUnitCost, quantityText } from './stock-input';
import { RAW, checkDocumentDate, documentNumber, postStock, type StockPostingDeps } from './stock-posting';
import { type LotArrival, type StockNeeds, type WarehouseRow, loadStock } from './stock-state';
import type { DocumentPart } from './stock-write';

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

/** A document's lines, parsed (what needs no database), and how to turn them into moves once the state is read. */
interface DocumentSpec<L> {
  parse(): L[];
  needs(lines: L[], warehouseId: string): Omit<StockNeeds, 'warehouseIds' | 'reserve'>;
  build(io: StockInput, lines: L[], warehouse: WarehouseRow, occurredAt: Date): MoveRequest[];
}

interface ReceiptLine {
  field: string[];
  itemId: string;
  locationId: string;
  quantity: string;
  unitCost: Decimal;
  lotNumber: string | null;
  expiryDate: string | null;
  serialNumbers: string[];
}

interface MoveLine {
  field: string[];
  itemId: string;
  fromLocationId: string;
  toLocationId: string;
  quantity: string;
  lotNumber: string | null;
  serialNumbers: string[];
}

interface AdjustLine {
  field: string[];
  itemId: string;
  locationId: string;
  gain: boolean;
  quantity: string;
  unitCost: Decimal | null;
  lotNumber: string | null;
  expiryDate: string | null;
  serialNumbers: string[];
}

const SEQUENCE: Record<StockDocumentType, string> = {
  [StockDocumentType.RECEIPT]: 'document_number_rc',
  [StockDocumentType.LOCATION_MOVE]: 'document_number_mv',
  [StockDocumentType.ADJUSTMENT]: 'document_number_aj',
};

const LABEL: Record<StockDocumentType, string> = {
  [StockDocumentType.RECEIPT]: 'Receipt',
  [StockDocumentType.LOCATION_MOVE]: 'Move',
  [StockDocumentType.ADJUSTMENT]: 'Adjustment',
};

/** The stock_documents row, written with the moves. */
const STOCK_DOCUMENT_PART: DocumentPart = {
  name: 'stock_documents',
  returnsDoc: true,
  ctes: (p) => `
doc as (
  insert into stock_documents (id, type, number, warehouse_id, reference, reason_code, memo, occurred_at, journal_entry_id, actor, created_at, updated_at)
  values (${p(0)}::bigint, ${p(1)}, ${p(2)}, ${p(3)}::bigint, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}::timestamptz, ${p(8)}::bigint, ${p(9)}, ${p(10)}::timestamptz, ${p(10)}::timestamptz)
  returning id::text as id, created_at, updated_at, version, type, number, warehouse_id::text as warehouse_id, reference, reason_code, memo, occurred_at,
            journal_entry_id::text as journal_entry_id, actor, status)`,
};

/** Single-step stock documents: direct receipts, moves between locations, adjustments. */
export class StockDocumentService {
  constructor(private readonly deps: StockPostingDeps) {}

  /**
   * A receipt into locations of one warehouse at a unit cost: Dr Inventory, Cr GRNI.
   * Purchase-order receipts (a later module) build the same requests and call postStock.
   */
  async receive(ctx: ServiceContext, input: StockReceiveInput): Promise<{ documentId: string }> {
    return this.post<ReceiptLine>(ctx, 'stock.receive', StockDocumentType.RECEIPT, input, {
      parse: () =>
        input.lines.map((line, i) => {
          const field = ['input', 'lines', String(i)];
          return {
            field,
            itemId: line.itemId,
            locationId: line.locationId,
            quantity: line.quantity,
            unitCost: parseUnitCost(line.unitCost, [...field, 'unitCost']),
            lotNumber: parseLotNumber(line.lotNumber, [...field, 'lotNumber']),
            expiryDate: parseExpiryDate(line.expiryDate, [...field, 'expiryDate']),
            serialNumbers: parseSerialNumbers(line.serialNumbers, [...field, 'serialNumbers']),
          };
        }),
      needs: (lines, warehouseId) => ({
        itemIds: lines.map((l) => l.itemId),
        locationIds: lines.map((l) => l.locationId),
        stock: lines.map((l) => ({ itemId: l.itemId, warehouseId })),
        arrivingLots: lines.filter((l) => l.lotNumber !== null).map((l) => arriving(l.itemId, l.lotNumber as string, l.expiryDate)),
        serials: lines.filter((l) => l.serialNumbers.length).map((l) => ({ itemId: l.itemId, numbers: l.serialNumbers, create: true })),
        balances: lines.map((l) => ({ itemId: l.itemId, locationId: l.locationId, lotNumber: l.lotNumber })),
      }),
      build: (io, lines, warehouse, occurredAt) =>
        lines.map((l) => {
          const { field } = l;
          const item = io.item(l.itemId, [...field, 'itemId'], { mustBeActive: true });
          const location = io.location(l.locationId, warehouse, [...field, 'locationId']);
          const quantity = io.quantity(item, l.quantity, [...field, 'quantity']);
          const lot = io.receivedLot(item, l.lotNumber, l.expiryDate, field);
          io.assertLotSellable(item, lot, location, occurredAt, input.allowExpired ?? false, [...field, 'lotNumber']);
          const serials = io.serials(item, l.serialNumbers, [...field, 'serialNumbers']);
          return { item, quantity, from: null, to: location, lot, serials, reason: MoveReason.RECEIPT, unitCost: l.unitCost, counter: AccountPurpose.GRNI, field };
        }),
    });
  }

  /** Moves between locations of one warehouse (putaway, replenishment, picking to staging): no ledger effect. */
  async move(ctx: ServiceContext, input: StockMoveInput): Promise<{ documentId: string }> {
    return this.post<MoveLine>(ctx, 'stock.move', StockDocumentType.LOCATION_MOVE, input, {
      parse: () =>
        input.lines.map((line, i) => {
          const field = ['input', 'lines', String(i)];
          return {
            field,
            itemId: line.itemId,
            fromLocationId: line.fromLocationId,
            toLocationId: line.toLocationId,
            quantity: line.quantity,
            lotNumber: parseLotNumber(line.lotNumber, [...field, 'lotNumber']),
            serialNumbers: parseSerialNumbers(line.serialNumbers, [...field, 'serialNumbers']),
          };
        }),
      needs: (lines, warehouseId) => ({
        itemIds: lines.map((l) => l.itemId),
        locationIds: lines.flatMap((l) => [l.fromLocationId, l.toLocationId]),
        stock: lines.map((l) => ({ itemId: l.itemId, warehouseId })),
        lots: lines.filter((l) => l.lotNumber !== null).map((l) => ({ itemId: l.itemId, lotNumber: l.lotNumber as string })),
        serials: lines.filter((l) => l.serialNumbers.length).map((l) => ({ itemId: l.itemId, numbers: l.serialNumbers, create: false })),
        balances: lines.flatMap((l) => [
          { itemId: l.itemId, locationId: l.fromLocationId, lotNumber: l.lotNumber },
          { itemId: l.itemId, locationId: l.toLocationId, lotNumber: l.lotNumber },
        ]),
      }),
      build: (io, lines, warehouse, occurredAt) =>
        lines.map((l) => {
          const { field } = l;
          const item = io.item(l.itemId, [...field, 'itemId']);
          const from = io.location(l.fromLocationId, warehouse, [...field, 'fromLocationId']);
          const to = io.location(l.toLocationId, warehouse, [...field, 'toLocationId']);
          if (from.id === to.id) throw new DomainError(InventoryErrorCode.SAME_LOCATION, 'From and to are the same location.', { field: [...field, 'toLocationId'] });
          const quantity = io.quantity(item, l.quantity, [...field, 'quantity']);
          const lot = io.existingLot(item, l.lotNumber, [...field, 'lotNumber']);
          io.assertLotSellable(item, lot, to, occurredAt, input.allowExpired ?? false, [...field, 'toLocationId']);
          const serials = io.serials(item, l.serialNumbers, [...field, 'serialNumbers']);
          const reason = PICK_DESTINATIONS.has(to.type) ? MoveReason.PICK : MoveReason.PUTAWAY;
          return { item, quantity, from, to, lot, serials, reason, field };
        }),
    });
  }

  /** A direct adjustment with a reason: a loss posts Dr Shrinkage / Cr Inventory, a gain the reverse. */
  async adjust(ctx: ServiceContext, input: StockAdjustInput): Promise<{ documentId: string }> {
    if (!Object.values(AdjustmentReason).includes(input.reasonCode)) {
      throw new DomainError(InventoryErrorCode.INVALID, `Unknown reason code ${String(input.reasonCode)}.`, { field: ['input', 'reasonCode'] });
    }
    return this.post<AdjustLine>(
      ctx,
      'stock.adjust',
      StockDocumentType.ADJUSTMENT,
      input,
      {
        parse: () =>
          input.lines.map((line, i) => {
            const field = ['input', 'lines', String(i)];
            const raw = quantityText(line.quantity, [...field, 'quantity']);
            const gain = !raw.startsWith('-');
            return {
              field,
              itemId: line.itemId,
              locationId: line.locationId,
              gain,
              quantity: gain ? raw : raw.slice(1),
              unitCost: gain && line.unitCost != null ? parseUnitCost(line.unitCost, [...field, 'unitCost']) : null,
              lotNumber: parseLotNumber(line.lotNumber, [...field, 'lotNumber']),
              expiryDate: gain ? parseExpiryDate(line.expiryDate, [...field, 'expiryDate']) : null,
              serialNumbers: parseSerialNumbers(line.serialNumbers, [...field, 'serialNumbers']),
            };
          }),
        needs: (lines, warehouseId) => ({
          itemIds: lines.map((l) => l.itemId),
          locationIds: lines.map((l) => l.locationId),
          stock: lines.map((l) => ({ itemId: l.itemId, warehouseId })),
          arrivingLots: lines.filter((l) => l.gain && l.lotNumber !== null).map((l) => arriving(l.itemId, l.lotNumber as string, l.expiryDate)),
          lots: lines.filter((l) => !l.gain && l.lotNumber !== null).map((l) => ({ itemId: l.itemId, lotNumber: l.lotNumber as string })),
          serials: lines.filter((l) => l.serialNumbers.length).map((l) => ({ itemId: l.itemId, numbers: l.serialNumbers, create: l.gain })),
          balances: lines.map((l) => ({ itemId: l.itemId, locationId: l.locationId, lotNumber: l.lotNumber })),
        }),
        build: (io, lines, warehouse, occurredAt) =>
          lines.map((l) => {
            const { field } = l;
            const item = io.item(l.itemId, [...field, 'itemId']);
            const location = io.location(l.locationId, warehouse, [...field, 'locationId']);
            const quantity = io.quantity(item, l.quantity, [...field, 'quantity']);
            const base = { item, quantity, reason: MoveReason.ADJUSTMENT, reasonCode: input.reasonCode, counter: AccountPurpose.SHRINKAGE, field };
            if (l.gain) {
              const lot = io.receivedLot(item, l.lotNumber, l.expiryDate, field);
              io.assertLotSellable(item, lot, location, occurredAt, input.allowExpired ?? false, [...field, 'lotNumber']);
              const serials = io.serials(item, l.serialNumbers, [...field, 'serialNumbers']);
              return { ...base, from: null, to: location, lot, serials, unitCost: l.unitCost };
            }
            const lot = io.existingLot(item, l.lotNumber, [...field, 'lotNumber']);
            const serials = io.serials(item, l.serialNumbers, [...field, 'serialNumbers']);
            return { ...base, from: location, to: null, lot, serials };
          }),
      },
      input.reasonCode,
    );
  }

  /**
   * The frame every single-step document shares: one command with its idempotency key;
   * date checks and the parsed lines (no database yet); the locks and state (two
   * statements); the lines turned into move requests; then stock, ledger and the document
   * written together (two statements: the plan with the document, then the entry).
   */
  private async post<L>(ctx: ServiceContext, command: string, type: StockDocumentType, input: DocumentHeader, spec: DocumentSpec<L>, reasonCode: string | null = null): Promise<{ documentId: string }> {
    const outcome = await runCommand(ctx, { command, idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const occurredAt = input.occurredAt ?? tx.tx.now;
      await checkDocumentDate(tx, this.deps.posting, occurredAt);
      lineCount(input.lines);
      const reference = parseReference(input.reference);
      const memo = parseMemo(input.memo);
      const lines = spec.parse();
      const state = await loadStock(tx, {
        warehouseIds: [input.warehouseId],
        ...spec.needs(lines, input.warehouseId),
        reserve: { idSequence: 'stock_documents_id_seq', numberSequence: SEQUENCE[type] },
      });
      const io = new StockInput(state);
      const warehouse = io.warehouse(input.warehouseId, ['input', 'warehouseId']);
      const requests = spec.build(io, lines, warehouse, occurredAt);
      const docId = state.reserved.documentId as string;
      const number = documentNumber(DOCUMENT_PREFIX[type], state.reserved.documentNumber);
      publish(tx, { topic: STOCK_DOCUMENT_POSTED, aggregateType: 'StockDocument', aggregateId: docId, aggregateVersion: 1, payload: { number, type, warehouseId: warehouse.id } });
      const result = { documentId: docId };
      const posted = await postStock(
        tx,
        this.deps,
        state,
        { type: STOCK_DOCUMENT_SOURCE, id: docId, occurredAt },
        requests,
        `${LABEL[type]} ${number}${reasonCode ? ` (${reasonCode})` : ''}`,
        (entryId) => ({ part: STOCK_DOCUMENT_PART, values: [docId, type, number, warehouse.id, reference, reasonCode, memo, occurredAt, entryId, actorOf(tx.principal), tx.tx.now] }),
        result,
      );
      if (posted.document) ctx.written?.set(`StockDocument:${docId}`, posted.document);
      return result;
    }, RAW);
    return outcome.result;
  }
}

/** Moves into these locations are picks (toward shipping); others are putaway or replenishment. */
const PICK_DESTINATIONS: ReadonlySet<string> = new Set([LocationType.STAGING, LocationType.PACKING, LocationType.SHIPPING]);

function arriving(itemId: string, lotNumber: string, expiryDate: string | null): LotArrival {
  return { itemId, lotNumber, expiryDate, originType: STOCK_DOCUMENT_SOURCE, originId: null };
}
