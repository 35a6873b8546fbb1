import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValuationMethod } from '../../src/modules/catalog/item.entity';
import { AdjustmentReason } from '../../src/modules/inventory/stock-document.service';
import { Decimal } from '../../src/shared/decimal';
import { DomainError } from '../../src/shared/errors';
import { startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { checkInvariants } from '../helpers/invariants';
import { sql } from '../helpers/sql';

/**
 * Model-based test: fast-check drives random sequences of receipts, moves, issues,
 * gains, transfers (ship and receive, sometimes short) and cycle counts over two
 * warehouses and both valuation methods, against a small in-memory model of quantities
 * and of costing (a reference FIFO / moving-average model written here, independent of
 * src/modules/inventory/costing.ts). After every step the real system must agree with the
 * model, to the cent: on hand per location, every cost layer (in and remaining), the stock
 * value per item and warehouse (inventoryValuation), and the GL balance of the inventory
 * and in-transit accounts per item and warehouse; and every invariant of DESIGN.md
 * section 2 must hold.
 */

// Sequences of up to 25 commands, about 12 on average (fast-check's 'large' size): a costing slip shows only once a
// pool has been filled more than once (an average, a rounded share of a layer), which sequences of about 5 rarely reach.
// Fewer, longer sequences cost about the same number of steps as 200 of the short ones did.
const RUNS = Number(process.env.MODEL_RUNS ?? 80);
let steps = 0;

type Loc = 'L1' | 'L2';
interface PendingTransfer {
  id: string;
  item: number;
  to: number;
  quantity: number;
}
type Kind = 'STOCK' | 'TRANSIT';
/** A cost layer of the reference model, in creation order (the order of the real layers' ids). */
interface ModelLayer {
  item: number;
  wh: number;
  kind: Kind;
  /** In transit: the transfer it travels with. */
  transfer: string | null;
  qIn: Decimal;
  vIn: Decimal;
  q: Decimal;
  v: Decimal;
}
interface Model {
  /** On hand by item index, warehouse index and location. */
  stock: Record<string, number>;
  transfers: PendingTransfer[];
  layers: ModelLayer[];
}
interface Real {
  t: TestApp;
  warehouses: WarehouseFixture[];
  items: { id: string; sku: string }[];
}

/** The two items of every sequence: item 0 is costed FIFO, item 1 by moving average. */
const ITEMS = [
  { valuation: ValuationMethod.FIFO, standardCost: '1.25' },
  { valuation: ValuationMethod.MOVING_AVERAGE, standardCost: '2.50' },
] as const;
/** The default inventory and in-transit accounts (read once). */
const accounts = { STOCK: '', TRANSIT: '' } as Record<Kind, string>;

// The reference costing model. Values round half up to the cent; unit costs to 6 places.
const cents = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const unitCost = (value: Decimal, quantity: Decimal) => value.div(quantity).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
const live = (l: ModelLayer) => !l.q.isZero() || !l.v.isZero();
const poolOf = (m: Model, item: number, wh: number, kind: Kind, transfer: string | null = null) =>
  m.layers.filter((l) => l.item === item && l.wh === wh && l.kind === kind && l.transfer === transfer);

/** Takes a quantity out of a pool, oldest layer first: part of a layer takes its share of the value (rounded), the rest of a layer exactly what it holds. */
function takeOut(pool: ModelLayer[], quantity: Decimal): { q: Decimal; v: Decimal }[] {
  const chunks: { q: Decimal; v: Decimal }[] = [];
  let left = quantity;
  for (const l of pool) {
    if (left.lte(0)) break;
    if (l.q.lte(0)) continue;
    const q = Decimal.min(l.q, left);
    const v = q.eq(l.q) ? l.v : cents(l.v.times(q).div(l.q));
    l.q = l.q.minus(q);
    l.v = l.v.minus(v);
    left = left.minus(q);
    chunks.push({ q, v });
  }
  expect(left.isZero(), 'the model issues only what it holds').toBe(true);
  return chunks;
}

function newLayer(m: Model, item: number, wh: number, kind: Kind, transfer: string | null, q: Decimal, v: Decimal): void {
  m.layers.push({ item, wh, kind, transfer, qIn: q, vIn: v, q, v });
}

/** Stock (and its value) into a warehouse: FIFO opens a layer; moving average merges into the pool's layer while it holds anything. */
function putIn(m: Model, item: number, wh: number, q: Decimal, v: Decimal): void {
  if (ITEMS[item]!.valuation === ValuationMethod.MOVING_AVERAGE) {
    const layer = [...poolOf(m, item, wh, 'STOCK')].reverse().find((l) => live(l) && l.q.gte(0));
    if (layer) {
      layer.q = layer.q.plus(q);
      layer.v = layer.v.plus(v);
      layer.qIn = layer.qIn.plus(q);
      layer.vIn = layer.vIn.plus(v);
      return;
    }
  }
  newLayer(m, item, wh, 'STOCK', null, q, v);
}

/** The cost of stock found (a gain): the average of what is on hand, else the cost of the newest layer ever filled in the warehouse (either kind), else the standard cost. */
function gainCost(m: Model, item: number, wh: number): Decimal {
  const onHand = poolOf(m, item, wh, 'STOCK').filter((l) => l.q.gt(0));
  if (onHand.length) {
    return unitCost(onHand.reduce((s, l) => s.plus(l.v), new Decimal(0)), onHand.reduce((s, l) => s.plus(l.q), new Decimal(0)));
  }
  const filled = m.layers.filter((l) => l.item === item && l.wh === wh && l.qIn.gt(0));
  const newest = filled[filled.length - 1];
  return newest ? unitCost(newest.vIn, newest.qIn) : new Decimal(ITEMS[item]!.standardCost);
}

function gain(m: Model, item: number, wh: number, quantity: number): void {
  const q = new Decimal(quantity);
  putIn(m, item, wh, q, cents(q.times(gainCost(m, item, wh))));
}

const key = (item: number, wh: number, loc: Loc) => `${item}/${wh}/${loc}`;
const onHand = (m: Model, item: number, wh: number, loc: Loc) => m.stock[key(item, wh, loc)] ?? 0;
const locDb = (r: Real, wh: number, loc: Loc) => (r.warehouses[wh] as WarehouseFixture).locDb[loc === 'L1' ? 'A1' : 'QA'];

/** Runs a command; returns the DomainError code when the command refused, null when it succeeded. */
async function attempt(work: () => Promise<unknown>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
}

async function verify(m: Model, r: Real): Promise<void> {
  steps++;
  const rows = await sql<{ item_id: string; warehouse_id: string; location_id: string; on_hand: string }>(
    r.t,
    `select item_id::text as item_id, warehouse_id::text as warehouse_id, location_id::text as location_id, sum(on_hand)::text as on_hand
     from stock_balances where item_id in (${r.items.map(() => '?').join(', ')}) group by 1, 2, 3`,
    r.items.map((i) => i.id),
  );
  const real: Record<string, number> = {};
  for (const row of rows) {
    const item = r.items.findIndex((i) => i.id === row.item_id);
    const wh = r.warehouses.findIndex((w) => w.id === row.warehouse_id);
    const loc = (['L1', 'L2'] as Loc[]).find((l) => locDb(r, wh, l) === row.location_id);
    if (loc) {
      if (Number(row.on_hand) !== 0) real[key(item, wh, loc)] = Number(row.on_hand);
    } else {
      // The in-transit location of warehouse wh.
      const expected = m.transfers.filter((tr) => tr.item === item && tr.to === wh).reduce((s, tr) => s + tr.quantity, 0);
      expect(Number(row.on_hand), `in transit to warehouse ${wh}`).toBe(expected);
    }
  }
  const model = Object.fromEntries(Object.entries(m.stock).filter(([, v]) => v !== 0));
  expect(real).toEqual(model);
  await verifyValues(m, r);
  await checkInvariants(r.t);
}

const text = (d: Decimal | string) => new Decimal(d).toString();

/** Layers, stock value and GL of the sequence's two items against the reference costing model, to the cent. */
async function verifyValues(m: Model, r: Real): Promise<void> {
  const itemIndex = (id: string) => r.items.findIndex((i) => i.id === id);
  const whIndex = (id: string) => r.warehouses.findIndex((w) => w.id === id);
  const ids = r.items.map((i) => i.id);
  const marks = ids.map(() => '?').join(', ');

  // Every layer, in id order: what went in and what remains.
  const layers = await sql<{ item_id: string; warehouse_id: string; kind: Kind; transfer_id: string | null; qi: string; vi: string; q: string; v: string }>(
    r.t,
    `select item_id::text as item_id, warehouse_id::text as warehouse_id, kind, transfer_id::text as transfer_id, quantity_in::text as qi, value_in::text as vi,
            quantity_remaining::text as q, value_remaining::text as v
     from stock_layers where item_id in (${marks}) order by id`,
    ids,
  );
  expect(
    layers.map((l) => [itemIndex(l.item_id), whIndex(l.warehouse_id), l.kind, l.transfer_id, text(l.qi), text(l.vi), text(l.q), text(l.v)]),
    'cost layers (item, warehouse, kind, transfer, quantity in, value in, quantity left, value left)',
  ).toEqual(m.layers.map((l) => [l.item, l.wh, l.kind, l.transfer, text(l.qIn), text(l.vIn), text(l.q), text(l.v)]));

  // What the API reports as stock value (inventoryValuation), per item, warehouse and in transit.
  const expectedValue = new Map<string, Decimal>();
  for (const l of m.layers.filter(live)) {
    const k = `${l.item}/${l.wh}/${l.kind === 'TRANSIT'}`;
    expectedValue.set(k, (expectedValue.get(k) ?? new Decimal(0)).plus(l.v));
  }
  const reported: Record<string, string> = {};
  for (const item of r.items) {
    for (const row of await r.t.app.services.stockQueries.valuation(systemContext(r.t), { itemId: item.id })) {
      reported[`${itemIndex(row.itemId)}/${whIndex(row.warehouseId)}/${row.inTransit}`] = text(row.value);
    }
  }
  const modelValue = Object.fromEntries([...expectedValue].map(([k, v]) => [k, text(v)]));
  expect(reported, 'stock value per item / warehouse / in transit').toEqual(modelValue);

  // The GL: inventory and in-transit accounts, per item and warehouse, equal the model's layers.
  const gl = await sql<{ account_id: string; item_id: string; warehouse_id: string; amount: string }>(
    r.t,
    `select account_id::text as account_id, item_id::text as item_id, warehouse_id::text as warehouse_id, sum(debit - credit)::text as amount
     from journal_lines where item_id in (${marks}) and account_id in (?, ?) group by 1, 2, 3`,
    [...ids, accounts.STOCK, accounts.TRANSIT],
  );
  const realGl = Object.fromEntries(
    gl.filter((g) => !new Decimal(g.amount).isZero()).map((g) => [`${g.account_id === accounts.TRANSIT ? 'TRANSIT' : 'STOCK'}/${itemIndex(g.item_id)}/${whIndex(g.warehouse_id)}`, text(g.amount)]),
  );
  const modelGl = new Map<string, Decimal>();
  for (const l of m.layers) {
    const k = `${l.kind}/${l.item}/${l.wh}`;
    modelGl.set(k, (modelGl.get(k) ?? new Decimal(0)).plus(l.v));
  }
  expect(realGl, 'GL inventory / in-transit balance per item and warehouse').toEqual(Object.fromEntries([...modelGl].filter(([, v]) => !v.isZero()).map(([k, v]) => [k, text(v)])));
}

const item = fc.integer({ min: 0, max: 1 });
const wh = fc.integer({ min: 0, max: 1 });
const loc = fc.constantFrom<Loc>('L1', 'L2');
const qty = fc.integer({ min: 1, max: 12 });
const cost = fc.integer({ min: 0, max: 99_999 }).map((c) => new Decimal(c).div(100).toFixed(2));

class ReceiveCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly item: number, readonly wh: number, readonly loc: Loc, readonly qty: number, readonly cost: string) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const code = await attempt(() =>
      r.t.app.services.stockDocuments.receive(systemContext(r.t), {
        warehouseId: (r.warehouses[this.wh] as WarehouseFixture).id,
        lines: [{ itemId: (r.items[this.item] as { id: string }).id, locationId: locDb(r, this.wh, this.loc), quantity: String(this.qty), unitCost: this.cost }],
      }),
    );
    expect(code).toBeNull();
    m.stock[key(this.item, this.wh, this.loc)] = onHand(m, this.item, this.wh, this.loc) + this.qty;
    putIn(m, this.item, this.wh, new Decimal(this.qty), cents(new Decimal(this.qty).times(this.cost)));
    await verify(m, r);
  }
  toString = () => `receive(i${this.item}, w${this.wh}/${this.loc}, ${this.qty} @ ${this.cost})`;
}

class IssueCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly item: number, readonly wh: number, readonly loc: Loc, readonly qty: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const code = await attempt(() =>
      r.t.app.services.stockDocuments.adjust(systemContext(r.t), {
        warehouseId: (r.warehouses[this.wh] as WarehouseFixture).id,
        reasonCode: AdjustmentReason.DAMAGED,
        lines: [{ itemId: (r.items[this.item] as { id: string }).id, locationId: locDb(r, this.wh, this.loc), quantity: `-${this.qty}` }],
      }),
    );
    const have = onHand(m, this.item, this.wh, this.loc);
    if (have < this.qty) {
      expect(code).toBe('INSUFFICIENT_STOCK');
    } else {
      expect(code).toBeNull();
      m.stock[key(this.item, this.wh, this.loc)] = have - this.qty;
      takeOut(poolOf(m, this.item, this.wh, 'STOCK'), new Decimal(this.qty));
    }
    await verify(m, r);
  }
  toString = () => `issue(i${this.item}, w${this.wh}/${this.loc}, ${this.qty})`;
}

class GainCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly item: number, readonly wh: number, readonly loc: Loc, readonly qty: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const code = await attempt(() =>
      r.t.app.services.stockDocuments.adjust(systemContext(r.t), {
        warehouseId: (r.warehouses[this.wh] as WarehouseFixture).id,
        reasonCode: AdjustmentReason.FOUND,
        lines: [{ itemId: (r.items[this.item] as { id: string }).id, locationId: locDb(r, this.wh, this.loc), quantity: String(this.qty) }],
      }),
    );
    expect(code).toBeNull();
    m.stock[key(this.item, this.wh, this.loc)] = onHand(m, this.item, this.wh, this.loc) + this.qty;
    gain(m, this.item, this.wh, this.qty);
    await verify(m, r);
  }
  toString = () => `gain(i${this.item}, w${this.wh}/${this.loc}, ${this.qty})`;
}

class MoveCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly item: number, readonly wh: number, readonly from: Loc, readonly qty: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const to: Loc = this.from === 'L1' ? 'L2' : 'L1';
    const code = await attempt(() =>
      r.t.app.services.stockDocuments.move(systemContext(r.t), {
        warehouseId: (r.warehouses[this.wh] as WarehouseFixture).id,
        lines: [{ itemId: (r.items[this.item] as { id: string }).id, fromLocationId: locDb(r, this.wh, this.from), toLocationId: locDb(r, this.wh, to), quantity: String(this.qty) }],
      }),
    );
    const have = onHand(m, this.item, this.wh, this.from);
    if (have < this.qty) {
      expect(code).toBe('INSUFFICIENT_STOCK');
    } else {
      expect(code).toBeNull();
      m.stock[key(this.item, this.wh, this.from)] = have - this.qty;
      m.stock[key(this.item, this.wh, to)] = onHand(m, this.item, this.wh, to) + this.qty;
    }
    await verify(m, r);
  }
  toString = () => `move(i${this.item}, w${this.wh}/${this.from}->other, ${this.qty})`;
}

class ShipCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly item: number, readonly wh: number, readonly loc: Loc, readonly qty: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const to = 1 - this.wh;
    let transferId = '';
    const code = await attempt(async () => {
      transferId = (
        await r.t.app.services.transfers.ship(systemContext(r.t), {
          fromWarehouseId: (r.warehouses[this.wh] as WarehouseFixture).id,
          toWarehouseId: (r.warehouses[to] as WarehouseFixture).id,
          lines: [{ itemId: (r.items[this.item] as { id: string }).id, fromLocationId: locDb(r, this.wh, this.loc), quantity: String(this.qty) }],
        })
      ).transferId;
    });
    const have = onHand(m, this.item, this.wh, this.loc);
    if (have < this.qty) {
      expect(code).toBe('INSUFFICIENT_STOCK');
    } else {
      expect(code).toBeNull();
      m.stock[key(this.item, this.wh, this.loc)] = have - this.qty;
      m.transfers.push({ id: transferId, item: this.item, to, quantity: this.qty });
      // The cost taken from the source travels in layers of the transfer, one per layer it came from.
      for (const c of takeOut(poolOf(m, this.item, this.wh, 'STOCK'), new Decimal(this.qty))) newLayer(m, this.item, to, 'TRANSIT', transferId, c.q, c.v);
    }
    await verify(m, r);
  }
  toString = () => `ship(i${this.item}, w${this.wh}/${this.loc} -> w${1 - this.wh}, ${this.qty})`;
}

class ReceiveTransferCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number, readonly shortBy: number, readonly loc: Loc) {}
  check = (m: Readonly<Model>) => m.transfers.length > 0;
  async run(m: Model, r: Real) {
    const transfer = m.transfers[this.pick % m.transfers.length] as PendingTransfer;
    const received = Math.max(0, transfer.quantity - this.shortBy);
    const [line] = await sql<{ id: string }>(r.t, 'select id::text as id from stock_transfer_lines where transfer_id = ?', [transfer.id]);
    const code = await attempt(() =>
      r.t.app.services.transfers.receive(systemContext(r.t), {
        transferId: transfer.id,
        lines: [{ transferLineId: (line as { id: string }).id, toLocationId: locDb(r, transfer.to, this.loc), quantity: String(received) }],
      }),
    );
    expect(code).toBeNull();
    m.transfers = m.transfers.filter((x) => x !== transfer);
    m.stock[key(transfer.item, transfer.to, this.loc)] = onHand(m, transfer.item, transfer.to, this.loc) + received;
    // What arrived enters the destination's stock at the cost it travelled with; the shortfall is written off from transit.
    const transit = poolOf(m, transfer.item, transfer.to, 'TRANSIT', transfer.id);
    if (received > 0) for (const c of takeOut(transit, new Decimal(received))) putIn(m, transfer.item, transfer.to, c.q, c.v);
    if (received < transfer.quantity) takeOut(transit, new Decimal(transfer.quantity - received));
    await verify(m, r);
  }
  toString = () => `receiveTransfer(#${this.pick}, short ${this.shortBy}, to ${this.loc})`;
}

class CountCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly item: number, readonly wh: number, readonly loc: Loc, readonly counted: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const s = r.t.app.services.counts;
    const warehouseId = (r.warehouses[this.wh] as WarehouseFixture).id;
    const itemId = (r.items[this.item] as { id: string }).id;
    const locationId = locDb(r, this.wh, this.loc);
    const code = await attempt(async () => {
      const { countId } = await s.open(systemContext(r.t), { warehouseId, locationIds: [locationId], itemIds: [itemId] });
      await s.record(systemContext(r.t), { countId, entries: [{ locationId, itemId, quantity: String(this.counted) }] });
      await s.approve(systemContext(r.t), { countId });
    });
    expect(code).toBeNull();
    const variance = this.counted - onHand(m, this.item, this.wh, this.loc);
    if (variance > 0) gain(m, this.item, this.wh, variance);
    else if (variance < 0) takeOut(poolOf(m, this.item, this.wh, 'STOCK'), new Decimal(-variance));
    m.stock[key(this.item, this.wh, this.loc)] = this.counted;
    await verify(m, r);
  }
  toString = () => `count(i${this.item}, w${this.wh}/${this.loc} = ${this.counted})`;
}

const commands = [
  fc.tuple(item, wh, loc, qty, cost).map(([i, w, l, q, c]) => new ReceiveCommand(i, w, l, q, c)),
  fc.tuple(item, wh, loc, qty).map(([i, w, l, q]) => new IssueCommand(i, w, l, q)),
  fc.tuple(item, wh, loc, qty).map(([i, w, l, q]) => new GainCommand(i, w, l, q)),
  fc.tuple(item, wh, loc, qty).map(([i, w, l, q]) => new MoveCommand(i, w, l, q)),
  fc.tuple(item, wh, loc, qty).map(([i, w, l, q]) => new ShipCommand(i, w, l, q)),
  fc.tuple(fc.nat(5), fc.integer({ min: 0, max: 3 }), loc).map(([p, s, l]) => new ReceiveTransferCommand(p, s, l)),
  fc.tuple(item, wh, loc, fc.integer({ min: 0, max: 15 })).map(([i, w, l, c]) => new CountCommand(i, w, l, c)),
];

describe('random sequences of stock commands against a model', () => {
  let t: TestApp;
  let warehouses: WarehouseFixture[];
  let run = 0;

  beforeAll(async () => {
    t = await startTestApp();
    warehouses = [await warehouseFixture(t, 'W1'), await warehouseFixture(t, 'W2')];
    const mapped = await sql<{ purpose: string; account_id: string }>(
      t,
      `select purpose, account_id::text as account_id from account_mappings where purpose in ('INVENTORY', 'IN_TRANSIT') and warehouse_id is null and category_id is null`,
    );
    accounts.STOCK = mapped.find((x) => x.purpose === 'INVENTORY')!.account_id;
    accounts.TRANSIT = mapped.find((x) => x.purpose === 'IN_TRANSIT')!.account_id;
  });
  afterAll(async () => {
    await t.stop();
  });

  it(`keeps stock, cost layers, stock value and the GL equal to the model, and every invariant, after each step (${RUNS} sequences)`, { timeout: 900_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25, size: 'large' }), async (cmds) => {
        run++;
        const items = [
          await itemFixture(t, `M${run}-FIFO`, { valuation: ITEMS[0].valuation, standardCost: ITEMS[0].standardCost }),
          await itemFixture(t, `M${run}-AVG`, { valuation: ITEMS[1].valuation, standardCost: ITEMS[1].standardCost }),
        ];
        await fc.asyncModelRun(() => ({ model: { stock: {}, transfers: [], layers: [] }, real: { t, warehouses, items } }), cmds);
      }),
      { numRuns: RUNS },
    );
    // The sequences really ran: dozens of checked steps per ten sequences at least.
    expect(steps).toBeGreaterThan(RUNS * 2);
    console.log(`model test: ${RUNS} sequences, ${steps} steps, invariants checked after each`);
  });
});
