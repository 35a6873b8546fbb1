import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { armFault, disarmFaults } from '../../src/db/faults';
import { fromGlobalId, toGlobalId } from '../../src/shared/ids';
import { SalesOrderConfirmDocument, SalesOrderCreateDocument, ShipmentConfirmDocument } from '../generated/graphql';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { packOneOrder } from '../helpers/fulfillment';
import { checkInvariants } from '../helpers/invariants';
import { sql } from '../helpers/sql';

/**
 * A failure after a fulfilment command's one write statement, before COMMIT, leaves no
 * trace: no move, no entry, no allocation, no line or status change, no event; and the same
 * command then succeeds.
 */
let t: TestApp;
let wh: WarehouseFixture;

beforeAll(async () => {
  t = await startTestApp();
  wh = await warehouseFixture(t, 'FLT');
});
afterAll(async () => {
  disarmFaults();
  await t.stop();
});

async function footprint() {
  const [row] = await sql<Record<string, string>>(
    t,
    `select (select count(*) from stock_moves)::text as moves, (select count(*) from journal_entries)::text as entries, (select count(*) from journal_lines)::text as lines,
            (select coalesce(sum(on_hand), 0) from stock_balances)::text as on_hand, (select coalesce(sum(allocated), 0) from stock_summaries)::text as allocated,
            (select coalesce(sum(backordered), 0) from stock_summaries)::text as backordered, (select coalesce(sum(value_remaining), 0) from stock_layers)::text as layers,
            (select count(*) from outbox_events)::text as events, (select count(*) from stock_allocations)::text as allocations,
            (select coalesce(sum(quantity_shipped), 0) from stock_allocations)::text as allocation_shipped, (select count(*) from shipment_lines)::text as shipment_lines,
            (select string_agg(status || ':' || version, ',' order by id) from shipments)::text as shipments, (select string_agg(status || ':' || version, ',' order by id) from sales_orders)::text as orders,
            (select coalesce(sum(quantity_allocated + quantity_shipped + quantity_backordered + quantity_invoiced), 0) from sales_order_lines)::text as line_figures,
            (select count(*) from invoices)::text as invoices, (select coalesce(max(next), 0) from invoice_sequences)::text as invoice_counter,
            (select coalesce(sum(quantity_invoiced), 0) from shipment_lines)::text as shipment_lines_invoiced`,
  );
  return row;
}

describe('a fault before COMMIT in a fulfilment command', () => {
  it('shipmentConfirm: nothing shipped, nothing posted, nothing published; then it ships', async () => {
    const packed = await packOneOrder(t, wh, [await itemFixture(t, 'FLT-SHIP-A'), await itemFixture(t, 'FLT-SHIP-B')], { tag: 'FLTSHIP' });
    const before = await footprint();
    armFault('inventory.after-ledger-write');
    const failed = await t.gql(ShipmentConfirmDocument, { input: { shipmentId: packed.shipmentId } });
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await footprint()).toEqual(before);
    const ok = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: packed.shipmentId } })).shipmentConfirm;
    expect(ok.userErrors).toEqual([]);
    expect(ok.shipment?.status).toBe('SHIPPED');
    expect(await footprint()).not.toEqual(before);
    await checkInvariants(t);
  });

  it('shipmentConfirm with its invoice: a fault after the invoice is written takes the shipment and the invoice back (and no invoice number); then both are written', async () => {
    const packed = await packOneOrder(t, wh, await itemFixture(t, 'FLT-INV'), { tag: 'FLTINV', unitPrice: '7', taxRate: '10' });
    const before = await footprint();
    armFault('billing.after-document-write');
    const failed = await t.gql(ShipmentConfirmDocument, { input: { shipmentId: packed.shipmentId } });
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await footprint()).toEqual(before);
    const ok = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: packed.shipmentId } })).shipmentConfirm;
    expect(ok.userErrors).toEqual([]);
    const invoices = await sql<{ number: number; total: string }>(t, 'select number, trim_scale(total)::text as total from invoices where shipment_id = ?', [fromGlobalId(packed.shipmentId)!.id]);
    // 2 x 7 + 10 % tax; the number the failed attempt would have had (the counter's next, or 1 for the year's first).
    expect(invoices).toEqual([{ number: before!.invoice_counter === '0' ? 1 : Number(before!.invoice_counter), total: '15.4' }]);
    await checkInvariants(t);
  });

  it('salesOrderConfirm: nothing reserved, nothing backordered, the order still DRAFT; then it confirms', async () => {
    const item = await itemFixture(t, 'FLT-CONF');
    const ctx = systemContext(t);
    await t.app.services.stockDocuments.receive(ctx, { warehouseId: wh.id, lines: [{ itemId: item.id, locationId: wh.locDb.A1, quantity: '3', unitCost: '2' }] });
    const { customerId } = await t.app.services.customers.create(ctx, { code: 'FLT-C', name: 'Fault' });
    const { salesChannelId } = await t.app.services.salesChannels.create(ctx, { code: 'FLT-CH', name: 'Fault', kind: 'STOREFRONT' as never, partnerId: null });
    const created = dataOf(
      await t.gql(SalesOrderCreateDocument, {
        input: { customerId: toGlobalId('Customer', customerId), channelId: toGlobalId('SalesChannel', salesChannelId), shipFromWarehouseId: wh.gid, lines: [{ itemId: item.gid, quantity: '5', unitPrice: '4' }] },
      }),
    ).salesOrderCreate;
    const id = created.salesOrder!.id;
    const before = await footprint();
    armFault('fulfillment.after-confirm-write');
    const failed = await t.gql(SalesOrderConfirmDocument, { input: { id } });
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await footprint()).toEqual(before);
    const ok = dataOf(await t.gql(SalesOrderConfirmDocument, { input: { id } })).salesOrderConfirm;
    expect(ok.userErrors).toEqual([]);
    expect(ok.salesOrder?.status).toBe('PARTIALLY_ALLOCATED');
    await checkInvariants(t);
  });
});
