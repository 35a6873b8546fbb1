import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { SalesErrorCode } from './sales-errors';
import { throwAll } from './stock-hold-input';

/*
 * The pure half of a hold: what it asks of each item, whether a warehouse's figures can
 * give it, and which warehouse to hold in when the hold names none.
 */

/** What a hold asks of one item: its lines' quantities summed, and the first such line (for error fields). */
export interface Demand {
  quantity: Decimal;
  line: number;
}

/** What one warehouse has available of one item: sellable on hand minus allocated minus live holds. */
export interface Availability {
  warehouseId: string;
  warehouseCode: string;
  itemId: string;
  available: Decimal;
}

export interface HeldItem {
  id: string;
  sku: string;
}

/** Demand per item, in item id order (the order the stock rows are locked in). */
export function demandOf(lines: readonly { itemId: string; quantity: string }[]): Map<string, Demand> {
  const demand = new Map<string, Demand>();
  lines.forEach((l, i) => {
    const d = demand.get(l.itemId);
    if (d) d.quantity = d.quantity.plus(l.quantity);
    else demand.set(l.itemId, { quantity: dec(l.quantity), line: i });
  });
  return new Map([...demand].sort(([a], [b]) => compareIds(a, b)));
}

/**
 * One INSUFFICIENT_STOCK per item the figures of one warehouse cannot give (an item without
 * figures there has nothing available); `warehouse` is named in the message when known.
 */
export function shortfalls(
  figures: readonly Availability[],
  demand: ReadonlyMap<string, Demand>,
  items: ReadonlyMap<string, HeldItem>,
  warehouse: { id: string; code: string } | null = figures[0] ? { id: figures[0].warehouseId, code: figures[0].warehouseCode } : null,
  note = '',
): DomainError[] {
  const byItem = new Map(figures.map((f) => [f.itemId, f]));
  const errors: DomainError[] = [];
  for (const [itemId, d] of demand) {
    const available = byItem.get(itemId)?.available ?? ZERO;
    if (d.quantity.gt(available)) errors.push(insufficient(items.get(itemId) ?? { id: itemId, sku: itemId }, d, available, warehouse, note));
  }
  return errors;
}

/**
 * The warehouse for a hold that names none: of the warehouses that can give every line,
 * the one with the most available of the items asked for (then the lowest id). When none
 * can give every line, the hold is refused with the shortfalls of the warehouse that could
 * give the most of it (or, with no warehouse stocking any of it, of nothing at all).
 */
export function chooseWarehouse(candidates: readonly Availability[], demand: ReadonlyMap<string, Demand>, items: ReadonlyMap<string, HeldItem>): string {
  const byWarehouse = new Map<string, Availability[]>();
  for (const c of candidates) {
    const list = byWarehouse.get(c.warehouseId);
    if (list) list.push(c);
    else byWarehouse.set(c.warehouseId, [c]);
  }
  const scored = [...byWarehouse].map(([id, figures]) => {
    const available = new Map(figures.map((f) => [f.itemId, f.available.lt(0) ? ZERO : f.available]));
    let covered = ZERO;
    let headroom = ZERO;
    let full = true;
    for (const [itemId, d] of demand) {
      const a = available.get(itemId) ?? ZERO;
      if (a.lt(d.quantity)) full = false;
      covered = covered.plus(a.lt(d.quantity) ? a : d.quantity);
      headroom = headroom.plus(a);
    }
    return { id, figures, full, covered, headroom };
  });
  scored.sort((a, b) => Number(b.full) - Number(a.full) || b.covered.comparedTo(a.covered) || b.headroom.comparedTo(a.headroom) || compareIds(a.id, b.id));
  const best = scored[0];
  if (best?.full) return best.id;
  throwAll(shortfalls(best?.figures ?? [], demand, items, undefined, '; no active warehouse can hold every line'));
  throw new Error('a warehouse that cannot give every line has a shortfall');
}

function insufficient(item: HeldItem, d: Demand, available: Decimal, warehouse: { id: string; code: string } | null, note: string): DomainError {
  const shown = available.lt(0) ? ZERO : available;
  return new DomainError(SalesErrorCode.INSUFFICIENT_STOCK, `Only ${toText(shown)} of ${item.sku} available${warehouse ? ` in ${warehouse.code}` : ''}; ${toText(d.quantity)} requested${note}.`, {
    field: ['input', 'lines', String(d.line), 'quantity'],
    details: { itemId: item.id, requested: toText(d.quantity), available: toText(shown), warehouseId: warehouse?.id ?? null },
  });
}

/** Database ids (bigint as text) in numeric order. */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
