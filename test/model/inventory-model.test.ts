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
 * warehouses and both valuation methods, against a small in-memory model of quantities.
 * After every step the real system must agree with the model and every invariant of
 * DESIGN.md section 2 must hold.
 */

const RUNS = Number(process.env.MODEL_RUNS ?? 200);
let steps = 0;

type Loc = 'L1' | 'L2';
interface PendingTransfer {
  id: string;
  item: number;
  to: number;
  quantity: number;
}
interface Model {
  /** On hand by item index, warehouse index and location. */
  stock: Record<string, number>;
  transfers: PendingTransfer[];
}
interface Real {
  t: TestApp;
  warehouses: WarehouseFixture[];
  items: { id: string; sku: string }[];
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
  await checkInvariants(r.t);
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
  });
  afterAll(async () => {
    await t.stop();
  });

  it(`keeps stock equal to the model and every invariant after each step (${RUNS} sequences)`, { timeout: 900_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 10 }), async (cmds) => {
        run++;
        const items = [
          await itemFixture(t, `M${run}-FIFO`, { valuation: ValuationMethod.FIFO, standardCost: '1.25' }),
          await itemFixture(t, `M${run}-AVG`, { valuation: ValuationMethod.MOVING_AVERAGE, standardCost: '2.50' }),
        ];
        await fc.asyncModelRun(() => ({ model: { stock: {}, transfers: [] }, real: { t, warehouses, items } }), cmds);
      }),
      { numRuns: RUNS },
    );
    // The sequences really ran: dozens of checked steps per ten sequences at least.
    expect(steps).toBeGreaterThan(RUNS * 2);
    console.log(`model test: ${RUNS} sequences, ${steps} steps, invariants checked after each`);
  });
});
