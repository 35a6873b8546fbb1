import { type Decimal, UNIT_COST_SCALE, ZERO, roundTo } from '../../shared/decimal';

/**
 * Costing arithmetic, pure. Rounding rules (documented in README):
 * - values are rounded half-up to the currency's minor unit;
 * - a receipt is valued quantity x unit cost, rounded once;
 * - taking part of a layer takes value x (part / remaining), rounded; taking the rest of
 *   a layer takes exactly its remaining value. So no cent is ever lost or made: for any
 *   sequence of issues, the values taken out plus the value left equal the value put in.
 * - unit costs shown on moves are value / quantity to 6 places (display only; the value
 *   is what posts).
 */

export interface LayerView {
  id: string;
  quantity: Decimal;
  value: Decimal;
}

export interface Take {
  layerId: string;
  quantity: Decimal;
  value: Decimal;
}

/** Takes `quantity` from layers in the order given (FIFO: oldest first); layers with nothing left are skipped. */
export function consumeLayers(layers: readonly LayerView[], quantity: Decimal, minorUnit: number): { takes: Take[]; shortfall: Decimal } {
  const takes: Take[] = [];
  let left = quantity;
  for (const layer of layers) {
    if (left.lte(0)) break;
    if (layer.quantity.lte(0)) continue;
    const take = layer.quantity.lte(left) ? layer.quantity : left;
    takes.push({ layerId: layer.id, quantity: take, value: takeValue(layer, take, minorUnit) });
    left = left.minus(take);
  }
  return { takes, shortfall: left.gt(0) ? left : ZERO };
}

/** The value of `quantity` taken from a layer: proportional and rounded, or exactly the rest. */
export function takeValue(layer: { quantity: Decimal; value: Decimal }, quantity: Decimal, minorUnit: number): Decimal {
  if (quantity.eq(layer.quantity)) return layer.value;
  return roundTo(layer.value.times(quantity).div(layer.quantity), minorUnit);
}

export function receiptValue(quantity: Decimal, unitCost: Decimal, minorUnit: number): Decimal {
  return roundTo(quantity.times(unitCost), minorUnit);
}

export function unitCostOf(value: Decimal, quantity: Decimal): Decimal {
  if (quantity.isZero()) return ZERO;
  return roundTo(value.div(quantity), UNIT_COST_SCALE);
}

/** Average unit cost (6 places) of what remains in a set of layers (positive quantity only); null when nothing remains. */
export function averageCost(layers: readonly LayerView[]): Decimal | null {
  let q = ZERO;
  let v = ZERO;
  for (const l of layers) {
    if (l.quantity.gt(0)) {
      q = q.plus(l.quantity);
      v = v.plus(l.value);
    }
  }
  return q.gt(0) ? roundTo(v.div(q), UNIT_COST_SCALE) : null;
}

