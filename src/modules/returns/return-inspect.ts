import type { TxContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import type { MoveRequest } from '../inventory/stock-engine';
import { StockInput, parseSerialNumbers } from '../inventory/stock-input';
import { MoveReason } from '../inventory/stock-move.entity';
import { checkDocumentDate, postStock, type StockPostingDeps } from '../inventory/stock-posting';
import { loadStock } from '../inventory/stock-state';
import type { DocumentPart } from '../inventory/stock-write';
import { ReturnDisposition, ReturnStatus } from './return.entity';
import { RETURN_RESTOCK_SOURCE, RETURN_SCRAP_SOURCE, type ReturnLineRow, assertStatus, lineQuantity, lockReturn, publishReturn } from './return-rows';
import { ReturnErrorCode } from './returns-errors';

export interface ReturnInspectInput {
  returnId: string;
  lines: { returnLineId: string; disposition: ReturnDisposition; quantity: string; locationId?: string | null; serialNumbers?: string[] | null }[];
  occurredAt?: Date | null;
  idempotencyKey?: string | null;
}

export const RETURN_SCRAP_REASON = 'RETURN_SCRAP';

/** The inspection's own rows, written by the stock engine's statement. */
const INSPECT_PART: DocumentPart = {
  name: 'return_inspect',
  returnsDoc: false,
  ctes: (p) => `
return_lines_inspected as (
  update return_lines l set quantity_restocked = l.quantity_restocked + v.restocked, quantity_scrapped = l.quantity_scrapped + v.scrapped, updated_at = ${p(1)}::timestamptz
  from unnest(${p(3)}::bigint[], ${p(4)}::numeric[], ${p(5)}::numeric[]) as v(id, restocked, scrapped) where l.id = v.id
  returning 1),
return_inspected as (
  update returns r set status = ${p(2)}::text, closed_at = case when ${p(2)}::text = '${ReturnStatus.CLOSED}' then ${p(1)}::timestamptz else r.closed_at end,
         version = r.version + 1, updated_at = ${p(1)}::timestamptz
  where r.id = ${p(0)}::bigint
  returning 1)`,
};

interface Disposed {
  line: ReturnLineRow;
  restocked: Decimal;
  scrapped: Decimal;
}

/**
 * Decides what becomes of received goods, from the quarantine location they came into.
 * RESTOCK: a move to a sellable location of the warehouse (the value moves with the
 * units, no posting; the stock is available and fills waiting backorders). SCRAP: an issue
 * to the Scrap expense (Dr Scrap, Cr Inventory). One command may do both: one stock
 * posting, one entry (source 'ReturnScrap' when anything is scrapped). The return closes
 * when every unit authorized is received and every unit received is dispositioned.
 */
export async function inspectReturn(tx: TxContext, deps: StockPostingDeps, input: ReturnInspectInput): Promise<{ returnId: string }> {
  const occurredAt = input.occurredAt ?? tx.tx.now;
  await checkDocumentDate(tx, deps.posting, occurredAt);
  const r = await lockReturn(tx, input.returnId);
  assertStatus(r, [ReturnStatus.AUTHORIZED, ReturnStatus.RECEIVED], 'inspected');
  if (r.quarantine_id === null) throw new DomainError(ReturnErrorCode.NOTHING_TO_DO, `Nothing of return ${r.number} is received yet.`, { field: ['input', 'returnId'] });
  if (!input.lines.length) throw new DomainError(ReturnErrorCode.REQUIRED, 'Give at least one line.', { field: ['input', 'lines'] });
  const quarantineId = r.quarantine_id;
  const byId = new Map(r.lines.map((l) => [l.id, l]));
  const parsed = input.lines.map((l, i) => {
    const field = ['input', 'lines', String(i)];
    const line = byId.get(l.returnLineId);
    if (!line) throw new DomainError(ReturnErrorCode.NOT_FOUND, 'This return has no such line.', { field: [...field, 'returnLineId'] });
    if (!Object.values(ReturnDisposition).includes(l.disposition)) throw new DomainError(ReturnErrorCode.INVALID, 'RESTOCK or SCRAP.', { field: [...field, 'disposition'] });
    const quantity = lineQuantity(l.quantity, line, [...field, 'quantity']);
    const restock = l.disposition === ReturnDisposition.RESTOCK;
    if (restock && !l.locationId) throw new DomainError(ReturnErrorCode.REQUIRED, 'A restock names the sellable location the goods go to.', { field: [...field, 'locationId'] });
    return { field, line, quantity, restock, locationId: restock ? (l.locationId as string) : null, serialNumbers: parseSerialNumbers(l.serialNumbers, [...field, 'serialNumbers']) };
  });
  const disposed = new Map<string, Disposed>();
  for (const p of parsed) {
    const d = disposed.get(p.line.id) ?? { line: p.line, restocked: ZERO, scrapped: ZERO };
    if (p.restock) d.restocked = d.restocked.plus(p.quantity);
    else d.scrapped = d.scrapped.plus(p.quantity);
    const open = dec(p.line.quantity_received).minus(p.line.quantity_restocked).minus(p.line.quantity_scrapped);
    if (d.restocked.plus(d.scrapped).gt(open)) {
      throw new DomainError(ReturnErrorCode.EXCEEDS_RECEIVED, `Line ${p.line.line_no}: ${toText(open)} received and not yet restocked or scrapped; ${toText(d.restocked.plus(d.scrapped))} given.`, { field: [...p.field, 'quantity'] });
    }
    disposed.set(p.line.id, d);
  }

  const state = await loadStock(tx, {
    warehouseIds: [r.warehouse_id],
    locationIds: [quarantineId, ...parsed.flatMap((p) => (p.locationId ? [p.locationId] : []))],
    itemIds: parsed.map((p) => p.line.item_id),
    stock: parsed.map((p) => ({ itemId: p.line.item_id, warehouseId: r.warehouse_id })),
    lotIds: parsed.filter((p) => p.line.lot_id !== null).map((p) => p.line.lot_id as string),
    serials: parsed.filter((p) => p.line.serial_numbers?.length).map((p) => ({ itemId: p.line.item_id, numbers: p.line.serial_numbers as string[], create: false })),
    balances: parsed.flatMap((p) => [
      { itemId: p.line.item_id, locationId: quarantineId, lotNumber: p.line.lot_number },
      ...(p.locationId ? [{ itemId: p.line.item_id, locationId: p.locationId, lotNumber: p.line.lot_number }] : []),
    ]),
  });
  const io = new StockInput(state);
  const warehouse = io.warehouse(r.warehouse_id, ['input', 'returnId']);
  const quarantine = io.anyLocation(quarantineId, ['input', 'returnId']);
  const taken = new Set<string>();
  const requests: MoveRequest[] = parsed.map((p) => {
    const item = io.item(p.line.item_id, p.field);
    const lot = p.line.lot_id ? (state.lotsById.get(p.line.lot_id) ?? null) : null;
    // The line's serials still in quarantine: those named, else the first ones.
    const inQuarantine = io.serials(item, p.line.serial_numbers ?? [], p.field).filter((s) => s.status === 'IN_STOCK' && s.location_id === quarantine.id && !taken.has(s.id));
    let serials = inQuarantine.slice(0, item.tracking_mode === 'SERIAL' ? p.quantity.toNumber() : 0);
    if (p.serialNumbers.length) {
      serials = p.serialNumbers.map((n, j) => {
        const s = inQuarantine.find((x) => x.serial_number === n);
        if (!s) throw new DomainError(ReturnErrorCode.SERIAL_NOT_AVAILABLE, `Serial ${n} of this line is not in ${quarantine.code}.`, { field: [...p.field, 'serialNumbers', String(j)] });
        return s;
      });
    }
    for (const s of serials) taken.add(s.id);
    if (p.locationId === null) {
      return { item, quantity: p.quantity, from: quarantine, to: null, lot, serials, reason: MoveReason.ADJUSTMENT, reasonCode: RETURN_SCRAP_REASON, counter: AccountPurpose.SCRAP, field: p.field };
    }
    const to = io.location(p.locationId, warehouse, [...p.field, 'locationId']);
    if (!to.sellable) throw new DomainError(ReturnErrorCode.NOT_SELLABLE, `Location ${to.code} is not sellable: restocked goods go where they can be sold.`, { field: [...p.field, 'locationId'] });
    io.assertLotSellable(item, lot, to, occurredAt, false, [...p.field, 'locationId']);
    return { item, quantity: p.quantity, from: quarantine, to, lot, serials, reason: MoveReason.PUTAWAY, field: p.field };
  });

  const lines = [...disposed.values()];
  const allIn = r.lines.every((l) => dec(l.quantity_received).gte(l.quantity));
  const allDone = r.lines.every((l) => {
    const d = disposed.get(l.id);
    return dec(l.quantity_restocked).plus(l.quantity_scrapped).plus(d ? d.restocked.plus(d.scrapped) : ZERO).gte(l.quantity_received);
  });
  const status = allIn && allDone ? ReturnStatus.CLOSED : r.status;
  publishReturn(tx, r, status, r.version + 1);
  const type = parsed.some((p) => !p.restock) ? RETURN_SCRAP_SOURCE : RETURN_RESTOCK_SOURCE;
  await postStock(tx, deps, state, { type, id: r.id, occurredAt }, requests, `Return ${r.number} inspected in ${warehouse.code}`, () => ({
    part: INSPECT_PART,
    values: [r.id, tx.tx.now, status, lines.map((d) => d.line.id), lines.map((d) => toText(d.restocked)), lines.map((d) => toText(d.scrapped))],
  }));
  return { returnId: r.id };
}
