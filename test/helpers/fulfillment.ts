import { expect } from 'vitest';
import { gtinCheckDigit } from '../../src/modules/catalog/gs1';
import { LocationType } from '../../src/modules/warehouse/location.entity';
import { toGlobalId } from '../../src/shared/ids';
import {
  PickScanDocument,
  SalesOrderConfirmDocument,
  SalesOrderCreateDocument,
  ShipmentConfirmDocument,
  ShipmentPackDocument,
  WaveReleaseDocument,
  OrderFulfillmentDocument,
} from '../generated/graphql';
import { dataOf, type TestApp } from './app';
import { systemContext } from './context';
import type { ItemFixture, WarehouseFixture } from './fixtures';

/**
 * One order of plain items (a line each) taken the whole way through the API: stock
 * received into a barcoded pick location, order created and confirmed, a DISCRETE wave,
 * the location and each item scanned, one carton packed, the shipment confirmed. Returns
 * the ids a test reads.
 */
export async function shipOneOrder(t: TestApp, wh: WarehouseFixture, item: ItemFixture | ItemFixture[], opts: PackOptions): Promise<{ orderId: string; shipmentId: string }> {
  const packed = await packOneOrder(t, wh, item, opts);
  const shipped = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: packed.shipmentId } })).shipmentConfirm;
  expect(shipped.userErrors).toEqual([]);
  expect(shipped.shipment?.status).toBe('SHIPPED');
  return packed;
}

interface PackOptions {
  quantity?: string;
  unitCost?: string;
  tag: string;
  partnerId?: string;
  /** Order line prices (default 10, no discount, the customer's tax rate). */
  unitPrice?: string;
  discountPercent?: string;
  taxRate?: string;
  /** An existing customer (database id) instead of a new one. */
  customerId?: string;
  /** A new customer's payment terms. */
  paymentTermsDays?: number;
}

/** The same up to the packed shipment, not confirmed. */
export async function packOneOrder(t: TestApp, wh: WarehouseFixture, item: ItemFixture | ItemFixture[], opts: PackOptions): Promise<{ orderId: string; shipmentId: string }> {
  const items = Array.isArray(item) ? item : [item];
  const s = t.app.services;
  const ctx = systemContext(t);
  const quantity = opts.quantity ?? '2';
  const barcode = `SHIP-${opts.tag}`;
  const { locationId } = await s.locations.create(ctx, { warehouseId: wh.id, code: `PICK-${opts.tag}`, type: LocationType.PICK, barcode });
  await s.locations.create(ctx, { warehouseId: wh.id, code: `PACK-${opts.tag}`, type: LocationType.PACKING });
  const gtins: string[] = [];
  for (const it of items) {
    const digits = String(Math.floor(Math.random() * 1e11)).padStart(11, '0');
    const gtin = `2${digits}${gtinCheckDigit(`2${digits}`)}`;
    await s.items.barcodeAdd(ctx, { itemId: it.id, code: gtin });
    gtins.push(gtin);
  }
  await s.stockDocuments.receive(ctx, { warehouseId: wh.id, lines: items.map((it) => ({ itemId: it.id, locationId, quantity, unitCost: opts.unitCost ?? '3' })) });
  const customerId = opts.customerId ?? (await s.customers.create(ctx, { code: `CUST-${opts.tag}`, name: `Customer ${opts.tag}`, paymentTermsDays: opts.paymentTermsDays ?? null })).customerId;
  const { salesChannelId } = await s.salesChannels.create(ctx, { code: `CH-${opts.tag}`, name: `Channel ${opts.tag}`, kind: (opts.partnerId ? 'MARKETPLACE' : 'STOREFRONT') as never, partnerId: opts.partnerId ?? null });
  const created = dataOf(
    await t.gql(SalesOrderCreateDocument, {
      input: {
        customerId: toGlobalId('Customer', customerId),
        channelId: toGlobalId('SalesChannel', salesChannelId),
        shipFromWarehouseId: wh.gid,
        lines: items.map((it) => ({ itemId: it.gid, quantity, unitPrice: opts.unitPrice ?? '10', discountPercent: opts.discountPercent ?? null, taxRate: opts.taxRate ?? null })),
      },
    }),
  ).salesOrderCreate;
  expect(created.userErrors).toEqual([]);
  const orderId = created.salesOrder!.id;
  expect(dataOf(await t.gql(SalesOrderConfirmDocument, { input: { id: orderId } })).salesOrderConfirm.userErrors).toEqual([]);
  const wave = dataOf(await t.gql(WaveReleaseDocument, { input: { warehouseId: wh.gid, strategy: 'DISCRETE', orderIds: [orderId] } })).waveRelease;
  expect(wave.userErrors).toEqual([]);
  const list = wave.wave!.pickLists[0]!;
  expect(dataOf(await t.gql(PickScanDocument, { input: { pickListId: list.id, raw: barcode } })).pickScan.userErrors).toEqual([]);
  for (const gtin of gtins) expect(dataOf(await t.gql(PickScanDocument, { input: { pickListId: list.id, raw: gtin, quantity } })).pickScan.userErrors).toEqual([]);
  const lines = dataOf(await t.gql(OrderFulfillmentDocument, { id: orderId })).salesOrder!.lines;
  const pack = dataOf(await t.gql(ShipmentPackDocument, { input: { orderId, cartons: [{ cartonType: 'BOX', lines: lines.map((l) => ({ orderLineId: l.id, quantity })) }] } })).shipmentPack;
  expect(pack.userErrors).toEqual([]);
  return { orderId, shipmentId: pack.shipment!.id };
}
