import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { DomainError } from '../../src/shared/errors';
import { fromGlobalId } from '../../src/shared/ids';
import {
  CreditCustomerCreateDocument,
  CreditCustomerUpdateDocument,
  CreditOrderConfirmDocument,
  CreditOrderDocument,
  type CreditLimitAction,
  PaymentReceiveDocument,
  type PaymentMethod,
  SalesOrderApproveCreditDocument,
  SalesOrderCancelDocument,
  SalesOrderCreateDocument,
  ShipmentConfirmDocument,
} from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { onPostgres } from '../helpers/db';
import { type ChannelFixture, channelFixture, type ItemFixture, itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { packOneOrder } from '../helpers/fulfillment';
import { countRows, sql } from '../helpers/sql';

/**
 * The credit limit at confirmation, through the API: open receivables (the customer's AR
 * balance in the ledger) plus open orders (confirmed, not yet invoiced) plus the order may
 * not pass the limit. Over it, REFUSE refuses with CREDIT_LIMIT_EXCEEDED and writes
 * nothing; HOLD puts the order on CREDIT_HOLD until finance approves it.
 */
let t: TestApp;
let w: WarehouseFixture;
let channel: ChannelFixture;
let itemA: ItemFixture;
let itemB: ItemFixture;
let customerSeq = 0;

async function customer(creditLimit: string | null, creditLimitAction?: CreditLimitAction): Promise<{ gid: string; id: string; code: string }> {
  const code = `CR-${++customerSeq}`;
  const r = dataOf(await t.gql(CreditCustomerCreateDocument, { input: { code, name: `Credit ${code}`, creditLimit, creditLimitAction } })).customerCreate;
  expect(r.userErrors).toEqual([]);
  return { gid: r.customer!.id, id: fromGlobalId(r.customer!.id)!.id, code };
}

/** A DRAFT order of `quantity` x `unitPrice` (tax and discount as given) of one item. */
async function order(customerGid: string, quantity: string, unitPrice: string, extra: { item?: ItemFixture; taxRate?: string; discountPercent?: string } = {}): Promise<string> {
  const r = dataOf(
    await t.gql(SalesOrderCreateDocument, {
      input: {
        customerId: customerGid,
        channelId: channel.gid,
        shipFromWarehouseId: w.gid,
        lines: [{ itemId: (extra.item ?? itemA).gid, quantity, unitPrice, taxRate: extra.taxRate ?? '0', discountPercent: extra.discountPercent ?? '0' }],
      },
    }),
  ).salesOrderCreate;
  expect(r.userErrors).toEqual([]);
  return r.salesOrder!.id;
}

async function confirm(id: string, key?: string) {
  return dataOf(await (key ? t.gql(CreditOrderConfirmDocument, { input: { id } }, key) : t.gql(CreditOrderConfirmDocument, { input: { id } }))).salesOrderConfirm;
}

const dbId = (gid: string) => fromGlobalId(gid)!.id;

/** What a confirmation would have written for an order: its row, allocations and status events. */
async function traces(orderGid: string) {
  const id = dbId(orderGid);
  const [row] = await sql<{ status: string; version: number; ship_from: string | null }>(t, 'select status, version, ship_from_warehouse_id::text as ship_from from sales_orders where id = ?', [id]);
  return {
    ...row,
    allocations: await countRows(t, 'stock_allocations', 'order_id = ?', [id]),
    allocated: (await sql<{ q: string }>(t, 'select trim_scale(coalesce(sum(quantity_allocated), 0))::text as q from sales_order_lines where order_id = ?', [id]))[0]?.q,
    events: await sql<{ status: string; previous: string | null; v: number }>(
      t,
      "select payload->>'status' as status, payload->>'previousStatus' as previous, aggregate_version as v from outbox_events where topic = 'sales.order.status.changed' and aggregate_id = ? order by id",
      [id],
    ),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  w = await warehouseFixture(t, 'CRW');
  channel = await channelFixture(t, 'CR-SHOP');
  itemA = await itemFixture(t, 'CR-A');
  itemB = await itemFixture(t, 'CR-B');
  for (const item of [itemA, itemB]) {
    await t.app.services.stockDocuments.receive(systemContext(t), { warehouseId: w.id, lines: [{ itemId: item.id, locationId: w.locDb.A1, quantity: '10000', unitCost: '1' }] });
  }
});
afterAll(async () => {
  await t.stop();
});

describe('customer credit settings', () => {
  it('are set on create and update and read back', async () => {
    const created = dataOf(await t.gql(CreditCustomerCreateDocument, { input: { code: 'CR-SETTINGS', name: 'Settings', creditLimit: '500', creditLimitAction: 'HOLD' as CreditLimitAction, autoInvoice: false, returnCreditPolicy: 'REFUND' as never } })).customerCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.customer).toMatchObject({ creditLimit: '500', creditLimitAction: 'HOLD', autoInvoice: false, returnCreditPolicy: 'REFUND' });
    const updated = dataOf(await t.gql(CreditCustomerUpdateDocument, { input: { id: created.customer!.id, creditLimit: null, creditLimitAction: 'REFUSE' as CreditLimitAction, autoInvoice: true, returnCreditPolicy: 'NONE' as never } })).customerUpdate;
    expect(updated.userErrors).toEqual([]);
    expect(updated.customer).toMatchObject({ creditLimit: null, creditLimitAction: 'REFUSE', autoInvoice: true, returnCreditPolicy: 'NONE' });
    const defaults = dataOf(await t.gql(CreditCustomerCreateDocument, { input: { code: 'CR-DEFAULTS', name: 'Defaults' } })).customerCreate;
    expect(defaults.customer).toMatchObject({ creditLimit: null, creditLimitAction: 'REFUSE', autoInvoice: true, returnCreditPolicy: 'CREDIT_NOTE' });
  });
});

describe('confirming against the credit limit', () => {
  it('confirms an order within the limit (value after discount, with tax), up to the limit exactly', async () => {
    const c = await customer('198');
    // 2 x 50, 10 % off, 10 % tax = 99.
    const first = await confirm(await order(c.gid, '2', '50', { discountPercent: '10', taxRate: '10' }));
    expect(first.userErrors).toEqual([]);
    expect(first.salesOrder?.status).toBe('ALLOCATED');
    // 99 more is 198: the limit exactly.
    const second = await confirm(await order(c.gid, '2', '50', { discountPercent: '10', taxRate: '10' }));
    expect(second.userErrors).toEqual([]);
    expect(second.salesOrder?.status).toBe('ALLOCATED');
  });

  it('REFUSE: over the limit is CREDIT_LIMIT_EXCEEDED naming the figures, and nothing is written', async () => {
    const c = await customer('100');
    const id = await order(c.gid, '3', '40', { taxRate: '0.005' }); // 120.006: 120.01 at the minor unit
    const before = await traces(id);
    const summaryBefore = await sql(t, 'select allocated::text, version from stock_summaries where item_id = ? and warehouse_id = ?', [itemA.id, w.id]);
    const r = await confirm(id);
    expect(r.salesOrder).toBeNull();
    expect(r.userErrors).toHaveLength(1);
    expect(r.userErrors[0]).toMatchObject({ code: 'CREDIT_LIMIT_EXCEEDED', field: ['input', 'id'] });
    expect(r.userErrors[0]!.message).toContain(`Customer ${c.code} has a credit limit of 100`);
    expect(r.userErrors[0]!.message).toContain('exposure is 0');
    expect(r.userErrors[0]!.message).toContain('this order (120.01)');
    const after = await traces(id);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ status: 'DRAFT', ship_from: w.id, allocations: 0, allocated: '0', events: [{ status: 'DRAFT', previous: null, v: 1 }] });
    expect(await sql(t, 'select allocated::text, version from stock_summaries where item_id = ? and warehouse_id = ?', [itemA.id, w.id])).toEqual(summaryBefore);
    // The figures, as the service reports them.
    const err = await t.app.services.reservations.confirm(systemContext(t), { id: dbId(id) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).details).toEqual({ limit: '100', receivables: '0', openOrders: '0', exposure: '0', thisOrder: '120.01', total: '120.01', over: '20.01' });
  });

  it('counts open orders: a second order over what the first leaves is refused, and fits once the first is cancelled', async () => {
    const c = await customer('100');
    const first = await order(c.gid, '6', '10');
    expect((await confirm(first)).salesOrder?.status).toBe('ALLOCATED');
    const second = await order(c.gid, '5', '10', { item: itemB });
    const refused = await confirm(second);
    expect(refused.userErrors.map((e) => e.code)).toEqual(['CREDIT_LIMIT_EXCEEDED']);
    expect(refused.userErrors[0]!.message).toContain('exposure is 60 (open receivables 0, open orders 60)');
    // A DRAFT order is not counted; a cancelled one no longer is.
    await order(c.gid, '1000', '10');
    expect(dataOf(await t.gql(SalesOrderCancelDocument, { input: { id: first } })).salesOrderCancel.userErrors).toEqual([]);
    expect((await confirm(second)).salesOrder?.status).toBe('ALLOCATED');
  });

  it('no limit: no check, whatever the order', async () => {
    const c = await customer(null);
    const r = await confirm(await order(c.gid, '1000', '1000000'));
    expect(r.userErrors).toEqual([]);
    expect(r.salesOrder?.status).toBe('ALLOCATED');
  });

  it('a zero limit allows nothing on credit (not the same as no limit)', async () => {
    const c = await customer('0');
    expect((await confirm(await order(c.gid, '1', '0.01'))).userErrors.map((e) => e.code)).toEqual(['CREDIT_LIMIT_EXCEEDED']);
    expect((await confirm(await order(c.gid, '1', '0'))).salesOrder?.status).toBe('ALLOCATED');
  });
});

describe('open receivables from billing', () => {
  it('an order counts until it is invoiced, then its unpaid invoice counts; a payment frees the limit', async () => {
    const c = await customer('100');
    const item = await itemFixture(t, 'CR-INV');
    // 8 x 10 = 80, confirmed, picked and packed (autoInvoice: the shipment confirmation invoices it).
    const packed = await packOneOrder(t, w, item, { tag: 'CR-INV', customerId: c.id, quantity: '8', unitPrice: '10', taxRate: '0' });
    const second = await order(c.gid, '3', '10');
    const open = await confirm(second);
    expect(open.userErrors.map((e) => e.code)).toEqual(['CREDIT_LIMIT_EXCEEDED']);
    expect(open.userErrors[0]!.message).toContain('exposure is 80 (open receivables 0, open orders 80)');

    const shipped = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: packed.shipmentId } })).shipmentConfirm;
    expect(shipped.userErrors).toEqual([]);
    const [invoice] = await sql<{ total: string; status: string }>(t, "select trim_scale(total)::text as total, status from invoices where customer_id = ? and kind = 'INVOICE'", [c.id]);
    expect(invoice).toEqual({ total: '80', status: 'OPEN' });
    // The invoice moved the 80 from open orders to receivables (revenue lines carry the customer too: only AR counts).
    const unpaid = await confirm(second);
    expect(unpaid.userErrors.map((e) => e.code)).toEqual(['CREDIT_LIMIT_EXCEEDED']);
    expect(unpaid.userErrors[0]!.message).toContain('exposure is 80 (open receivables 80, open orders 0)');

    const paid = dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: c.gid, amount: '80', method: 'BANK_TRANSFER' as PaymentMethod } })).paymentReceive;
    expect(paid.userErrors).toEqual([]);
    const confirmed = await confirm(second);
    expect(confirmed.userErrors).toEqual([]);
    expect(confirmed.salesOrder?.status).toBe('ALLOCATED');
  });
});

describe('HOLD and credit approval', () => {
  it('HOLD puts the order on CREDIT_HOLD (no allocation, OrderStatusChanged); a SALES key cannot approve it, a FINANCE key does and it allocates', async () => {
    const c = await customer('100', 'HOLD' as CreditLimitAction);
    const id = await order(c.gid, '12', '10');
    const held = await confirm(id);
    expect(held.userErrors).toEqual([]);
    expect(held.salesOrder).toMatchObject({ status: 'CREDIT_HOLD', version: 2, creditApprovedBy: null });
    expect(await traces(id)).toMatchObject({
      status: 'CREDIT_HOLD',
      allocations: 0,
      allocated: '0',
      events: [
        { status: 'DRAFT', previous: null, v: 1 },
        { status: 'CREDIT_HOLD', previous: 'DRAFT', v: 2 },
      ],
    });

    // Confirming again does not get around the hold; nor does a SALES key approve.
    const sales = await t.keyFor(Role.SALES);
    expect((await confirm(id, sales)).userErrors.map((e) => e.code)).toEqual(['ORDER_ON_CREDIT_HOLD']);
    const bySales = await t.gql(SalesOrderApproveCreditDocument, { input: { orderId: id } }, sales);
    expect(bySales.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await traces(id)).status).toBe('CREDIT_HOLD');

    const finance = await t.keyFor(Role.FINANCE);
    const approved = dataOf(await t.gql(SalesOrderApproveCreditDocument, { input: { orderId: id, idempotencyKey: 'cr-approve-1' } }, finance)).salesOrderApproveCredit;
    expect(approved.userErrors).toEqual([]);
    expect(approved.salesOrder).toMatchObject({ status: 'ALLOCATED', version: 4, lines: [{ quantityOrdered: '12', quantityAllocated: '12', quantityBackordered: '0' }] });
    expect(approved.salesOrder?.creditApprovedBy).toMatch(/^key:\d+$/);
    expect(await traces(id)).toMatchObject({
      status: 'ALLOCATED',
      allocations: 1,
      events: [
        { status: 'DRAFT', v: 1 },
        { status: 'CREDIT_HOLD', v: 2 },
        { status: 'CONFIRMED', previous: 'CREDIT_HOLD', v: 3 },
        { status: 'ALLOCATED', previous: 'CONFIRMED', v: 4 },
      ],
    });
    // A replay returns the first result; a second approval of a confirmed order is refused.
    const replay = dataOf(await t.gql(SalesOrderApproveCreditDocument, { input: { orderId: id, idempotencyKey: 'cr-approve-1' } }, finance)).salesOrderApproveCredit;
    expect(replay.salesOrder?.version).toBe(4);
    const again = dataOf(await t.gql(SalesOrderApproveCreditDocument, { input: { orderId: id } }, finance)).salesOrderApproveCredit;
    expect(again.userErrors.map((e) => [e.code, e.field])).toEqual([['ILLEGAL_TRANSITION', ['input', 'orderId']]]);
    // The approved order now counts as open: the next order is held too.
    const next = await confirm(await order(c.gid, '1', '1'));
    expect(next.salesOrder?.status).toBe('CREDIT_HOLD');
  });

  it('a held order is not counted as open, and can be cancelled', async () => {
    const c = await customer('100', 'HOLD' as CreditLimitAction);
    const held = await order(c.gid, '20', '10');
    expect((await confirm(held)).salesOrder?.status).toBe('CREDIT_HOLD');
    expect((await confirm(await order(c.gid, '9', '10'))).salesOrder?.status).toBe('ALLOCATED');
    expect(dataOf(await t.gql(SalesOrderCancelDocument, { input: { id: held } })).salesOrderCancel.userErrors).toEqual([]);
    expect((await traces(held)).status).toBe('CANCELLED');
  });

  it('an order within the limit confirms under HOLD as under REFUSE', async () => {
    const c = await customer('100', 'HOLD' as CreditLimitAction);
    expect((await confirm(await order(c.gid, '5', '10'))).salesOrder?.status).toBe('ALLOCATED');
    const r = dataOf(await t.gql(CreditOrderDocument, { id: await order(c.gid, '1', '1') })).salesOrder;
    expect(r?.status).toBe('DRAFT');
  });
});

describe.runIf(onPostgres)('two confirmations of one customer at once (PostgreSQL)', () => {
  it('each fits the limit, both together do not: one is refused', async () => {
    const c = await customer('100');
    // Different items, so the stock locks do not serialize them: only the credit lock does.
    const one = await order(c.gid, '6', '10', { item: itemA });
    const two = await order(c.gid, '6', '10', { item: itemB });
    // Both are held at the stock locks (or, the second, at the customer's credit lock) until the blocker lets go.
    const blocker = new pg.Client({ connectionString: t.db.databaseUrl });
    await blocker.connect();
    let results: Awaited<ReturnType<typeof confirm>>[] = [];
    try {
      await blocker.query('begin');
      await blocker.query('select id from stock_summaries where item_id = any($1::bigint[]) and warehouse_id = $2 for update', [[itemA.id, itemB.id], w.id]);
      const pending = Promise.all([confirm(one), confirm(two)]);
      let waiting = 0;
      for (let i = 0; i < 400 && waiting < 2; i++) {
        const r = await blocker.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
        waiting = r.rows[0]?.n ?? 0;
        if (waiting < 2) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(waiting).toBe(2);
      await blocker.query('rollback');
      results = await pending;
    } finally {
      await blocker.query('rollback').catch(() => undefined);
      await blocker.end().catch(() => undefined);
    }
    const outcomes = results.map((r) => r.salesOrder?.status ?? r.userErrors.map((e) => e.code).join(','));
    expect(outcomes.sort()).toEqual(['ALLOCATED', 'CREDIT_LIMIT_EXCEEDED']);
  });
});
