import { queryOne } from '../../db/sql';
import type { TxContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import type { MoveRequest } from '../inventory/stock-engine';
import { StockInput } from '../inventory/stock-input';
import { MoveReason } from '../inventory/stock-move.entity';
import { checkDocumentDate, postStock, type StockPostingDeps } from '../inventory/stock-posting';
import { loadStock } from '../inventory/stock-state';
import type { DocumentPart } from '../inventory/stock-write';
import { LocationType } from '../warehouse/location.entity';
import { ReturnStatus } from './return.entity';
import { RETURN_SOURCE, type ReturnLineRow, assertStatus, lineQuantity, lockReturn, publishReturn, returnValue } from './return-rows';
import { ReturnErrorCode } from './returns-errors';

export interface ReturnReceiveInput {
  returnId: string;
  locationId: string;
  /** Default: every authorized unit not received yet. */
  lines?: { returnLineId: string; quantity: string }[] | null;
  occurredAt?: Date | null;
  idempotencyKey?: string | null;
}

/** What a return's receipt tells billing: the caller (the integrator) makes the credit note or refund the customer's policy calls for. */
export interface ReturnReceived {
  returnId: string;
  customerId: string;
  orderId: string;
  policy: 'CREDIT_NOTE' | 'REFUND' | 'NONE';
  occurredAt: Date;
  lines: { orderLineId: string; shipmentLineId: string; quantity: Decimal }[];
}

export type AfterReceive = (tx: TxContext, r: ReturnReceived) => Promise<{ creditNoteId: string | null; refundId: string | null }>;

/** The receipt's own rows, written by the stock engine's statement: the lines' received quantities and cost, the return's status. */
const RECEIVE_PART: DocumentPart = {
  name: 'return_receive',
  returnsDoc: false,
  ctes: (p) => `
return_lines_received as (
  update return_lines l set quantity_received = l.quantity_received + v.q, cost_received = l.cost_received + v.value, updated_at = ${p(1)}::timestamptz
  from unnest(${p(4)}::bigint[], ${p(5)}::numeric[], ${p(6)}::numeric[]) as v(id, q, value) where l.id = v.id
  returning 1),
return_received as (
  update returns r set status = ${p(2)}::text, receipt_entry_id = coalesce(${p(3)}::bigint, r.receipt_entry_id), received_at = coalesce(r.received_at, ${p(7)}::timestamptz),
         version = r.version + 1, updated_at = ${p(1)}::timestamptz
  where r.id = ${p(0)}::bigint
  returning 1)`,
};

/**
 * Takes returned goods into a QUARANTINE location of the return's warehouse, through the
 * stock engine, at exactly the cost they left with (returnValue): Dr Inventory, Cr COGS,
 * one entry (source 'Return'). Lots come back as the lot shipped, serials IN_STOCK in
 * quarantine; quarantine is not sellable, so nothing becomes available. Then billing's
 * hook (afterReceive), in the same transaction.
 */
export async function receiveReturn(tx: TxContext, deps: StockPostingDeps, afterReceive: AfterReceive | undefined, input: ReturnReceiveInput): Promise<{ returnId: string }> {
  const occurredAt = input.occurredAt ?? tx.tx.now;
  await checkDocumentDate(tx, deps.posting, occurredAt);
  const r = await lockReturn(tx, input.returnId);
  assertStatus(r, [ReturnStatus.AUTHORIZED], 'received');
  const byId = new Map(r.lines.map((l) => [l.id, l]));
  const taking = new Map<string, { line: ReturnLineRow; quantity: Decimal; field: string[] }>();
  if (input.lines) {
    if (!input.lines.length) throw new DomainError(ReturnErrorCode.REQUIRED, 'Give at least one line, or none at all for everything authorized.', { field: ['input', 'lines'] });
    for (const [i, l] of input.lines.entries()) {
      const field = ['input', 'lines', String(i)];
      const line = byId.get(l.returnLineId);
      if (!line) throw new DomainError(ReturnErrorCode.NOT_FOUND, 'This return has no such line.', { field: [...field, 'returnLineId'] });
      const t = taking.get(line.id) ?? { line, quantity: ZERO, field };
      t.quantity = t.quantity.plus(lineQuantity(l.quantity, line, [...field, 'quantity']));
      const open = dec(line.quantity).minus(line.quantity_received);
      if (t.quantity.gt(open)) {
        throw new DomainError(ReturnErrorCode.EXCEEDS_AUTHORIZED, `Line ${line.line_no}: ${toText(line.quantity)} authorized, ${toText(line.quantity_received)} received already; ${toText(t.quantity)} given.`, { field: [...field, 'quantity'] });
      }
      taking.set(line.id, t);
    }
  } else {
    for (const line of r.lines) {
      const open = dec(line.quantity).minus(line.quantity_received);
      if (open.gt(0)) taking.set(line.id, { line, quantity: open, field: ['input', 'returnId'] });
    }
    if (!taking.size) throw new DomainError(ReturnErrorCode.NOTHING_TO_DO, `Every unit of return ${r.number} is received.`, { field: ['input', 'returnId'] });
  }
  const lines = [...taking.values()];

  const state = await loadStock(tx, {
    warehouseIds: [r.warehouse_id],
    locationIds: [input.locationId],
    itemIds: lines.map((t) => t.line.item_id),
    stock: lines.map((t) => ({ itemId: t.line.item_id, warehouseId: r.warehouse_id })),
    lotIds: lines.filter((t) => t.line.lot_id !== null).map((t) => t.line.lot_id as string),
    serials: lines.filter((t) => t.line.serial_numbers?.length).map((t) => ({ itemId: t.line.item_id, numbers: t.line.serial_numbers as string[], create: false })),
    balances: lines.map((t) => ({ itemId: t.line.item_id, locationId: input.locationId, lotNumber: t.line.lot_number })),
  });
  const io = new StockInput(state);
  const warehouse = io.warehouse(r.warehouse_id, ['input', 'returnId']);
  const location = io.location(input.locationId, warehouse, ['input', 'locationId']);
  if (location.type !== LocationType.QUARANTINE) {
    throw new DomainError(ReturnErrorCode.NOT_QUARANTINE, `Location ${location.code} is ${location.type}: returned goods go into a QUARANTINE location first.`, { field: ['input', 'locationId'] });
  }
  if (r.quarantine_id !== null && r.quarantine_id !== location.id) {
    throw new DomainError(ReturnErrorCode.QUARANTINE_MISMATCH, `The goods of return ${r.number} already received are in another quarantine location: receive the rest there too.`, { field: ['input', 'locationId'] });
  }
  const minor = tx.config.currencyMinorUnit;
  const values: Decimal[] = [];
  const requests: MoveRequest[] = lines.map((t) => {
    const { line, quantity, field } = t;
    const item = io.item(line.item_id, field);
    const lot = line.lot_id ? (state.lotsById.get(line.lot_id) ?? null) : null;
    // Serials come back in the order authorized: the first ones not back yet.
    const serials = io.serials(item, line.serial_numbers ?? [], [...field, 'serialNumbers']).filter((s) => s.status === 'GONE').slice(0, quantity.toNumber());
    const value = returnValue(dec(line.shipped), dec(line.shipped_cost), dec(line.shipment_received), quantity, minor);
    values.push(value);
    return { item, quantity, from: null, to: location, lot, serials, reason: MoveReason.RETURN, value, counter: AccountPurpose.COGS, field };
  });
  const complete = r.lines.every((l) => dec(l.quantity_received).plus(taking.get(l.id)?.quantity ?? ZERO).gte(l.quantity));
  const status = complete ? ReturnStatus.RECEIVED : ReturnStatus.AUTHORIZED;
  publishReturn(tx, r, status, r.version + 1);
  await postStock(tx, deps, state, { type: RETURN_SOURCE, id: r.id, occurredAt }, requests, `Return ${r.number} received in ${warehouse.code}/${location.code}`, (entryId) => ({
    part: RECEIVE_PART,
    values: [r.id, tx.tx.now, status, entryId, lines.map((t) => t.line.id), lines.map((t) => toText(t.quantity)), values.map((v) => toText(v)), occurredAt],
  }));
  if (afterReceive) {
    const credit = await afterReceive(tx, {
      returnId: r.id,
      customerId: r.customer_id,
      orderId: r.order_id,
      policy: r.credit_policy,
      occurredAt,
      lines: lines.map((t) => ({ orderLineId: t.line.order_line_id, shipmentLineId: t.line.shipment_line_id, quantity: t.quantity })),
    });
    await queryOne(tx.em, 'update returns set credit_note_id = coalesce(?, credit_note_id), refund_id = coalesce(?, refund_id) where id = ?', [credit.creditNoteId, credit.refundId, r.id]);
  }
  return { returnId: r.id };
}
