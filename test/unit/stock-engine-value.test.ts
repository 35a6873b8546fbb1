import { describe, expect, it } from 'vitest';
import { TrackingMode, ValuationMethod } from '../../src/modules/catalog/item.entity';
import { AccountPurpose } from '../../src/modules/ledger/account-mapping.entity';
import { AccountResolver } from '../../src/modules/ledger/account-mapping.service';
import { type MoveRequest, StockEngine } from '../../src/modules/inventory/stock-engine';
import { type ItemRow, type LocationRow, StockState, itemWarehouseKey } from '../../src/modules/inventory/stock-state';
import { MoveReason } from '../../src/modules/inventory/stock-move.entity';
import { LocationType } from '../../src/modules/warehouse/location.entity';
import { type Decimal, dec, toText } from '../../src/shared/decimal';

/** An incoming move with an exact `value` (a customer return at the COGS it left with): taken as is, never rounded from a unit cost. */
const item: ItemRow = {
  id: '1', sku: 'X', active: true, tracking_mode: TrackingMode.NONE, valuation_method: ValuationMethod.FIFO, category_id: null,
  standard_cost: null, lot_expiry_required: false, unit_code: 'EA', unit_decimals: 0,
};
const quarantine: LocationRow = { id: '10', warehouse_id: '5', code: 'QA', type: LocationType.QUARANTINE, sellable: false, active: true, version: 1 };
const accounts = new AccountResolver([
  { purpose: AccountPurpose.INVENTORY, warehouse_id: null, category_id: null, account_id: '100' },
  { purpose: AccountPurpose.COGS, warehouse_id: null, category_id: null, account_id: '500' },
] as never);

function state(): StockState {
  const s = new StockState({ documentId: null, documentNumber: null, entryId: '1' });
  s.items.set(item.id, item);
  s.locations.set(quarantine.id, quarantine);
  s.warehouses.set('5', { id: '5', code: 'W', active: true, allow_negative_stock: false, version: 1 });
  s.summaries.set(itemWarehouseKey('1', '5'), { id: '7', item_id: '1', warehouse_id: '5', on_hand: '0', sellable_on_hand: '0', allocated: '0', in_transit: '0', version: 1, backordered: '0' });
  return s;
}

function incoming(quantity: string, extra: { value?: Decimal; unitCost?: Decimal }): MoveRequest {
  return { item, quantity: dec(quantity), from: null, to: quarantine, lot: null, serials: [], reason: MoveReason.RETURN, counter: AccountPurpose.COGS, field: ['input'], ...extra };
}

describe('stock engine: an incoming move at an exact value', () => {
  const cases: { quantity: string; value: string }[] = [
    { quantity: '3', value: '10' },
    { quantity: '1', value: '3.33' },
    { quantity: '7', value: '0.01' },
    { quantity: '2', value: '0' },
  ];
  for (const c of cases) {
    it(`${c.quantity} units at exactly ${c.value}: the move, the new layer and the Dr Inventory / Cr COGS deltas carry that value`, () => {
      const plan = new StockEngine().plan(state(), { type: 'Return', id: '1', occurredAt: new Date() }, [incoming(c.quantity, { value: dec(c.value) })], accounts, 2);
      expect(toText(plan.moves[0]!.value)).toBe(c.value);
      expect(plan.layers.map((l) => [toText(l.quantityRemaining), toText(l.valueRemaining)])).toEqual([[c.quantity, c.value]]);
      const inventory = plan.deltas.filter((d) => d.accountId === '100').reduce((s, d) => s.plus(d.value), dec(0));
      expect(toText(inventory)).toBe(c.value);
      for (const d of plan.deltas) expect(d.counterAccountId).toBe('500');
    });
  }

  it('without a value, a unit cost is still multiplied and rounded as before', () => {
    const plan = new StockEngine().plan(state(), { type: 'Return', id: '1', occurredAt: new Date() }, [incoming('3', { unitCost: dec('3.335') })], accounts, 2);
    expect(toText(plan.moves[0]!.value)).toBe('10.01');
  });

  it('the value wins over a unit cost given with it', () => {
    const plan = new StockEngine().plan(state(), { type: 'Return', id: '1', occurredAt: new Date() }, [incoming('3', { unitCost: dec('3.335'), value: dec('10') })], accounts, 2);
    expect(toText(plan.moves[0]!.value)).toBe('10');
  });
});
