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
 * One order of a plain item taken the whole way through the API: stock received into a
 * barcoded pick location, order created and confirmed, a DISCRETE wave, the location and
 * item scanned, one carton packed, the shipment confirmed. Returns the ids a test reads.
 */
export async function shipOneOrder(t: TestApp, wh: WarehouseFixture, item: ItemFixture, opts: { quantity?: string; unitCost?: string; tag: string; partnerId?: string }): Promise<{ orderId: string; shipmentId: string }> {
  const s = t.app.services;
  const ctx = systemContext(t);
  const quantity = opts.quantity ?? '2';
  const barcode = `SHIP-${opts.tag}`;
  const { locationId } = await s.locations.create(ctx, { warehouseId: wh.id, code: `PICK-${opts.tag}`, type: LocationType.PICK, barcode });
  await s.locations.create(ctx, { warehouseId: wh.id, code: `PACK-${opts.tag}`, type: LocationType.PACKING });
  const digits = String(Math.floor(Math.random() * 1e11)).padStart(11, '0');
  const gtin = `2${digits}${gtinCheckDigit(`2${digits}`)}`;
  await s.items.barcodeAdd(ctx, { itemId: item.id, code: gtin });
  await s.stockDocuments.receive(ctx, { warehouseId: wh.id, lines: [{ itemId: item.id, locationId, quantity, unitCost: opts.unitCost ?? '3' }] });
  const { customerId } = await s.customers.create(ctx, { code: `CUST-${opts.tag}`, name: `Customer ${opts.tag}` });
  const { salesChannelId } = await s.salesChannels.create(ctx, { code: `CH-${opts.tag}`, name: `Channel ${opts.tag}`, kind: (opts.partnerId ? 'MARKETPLACE' : 'STOREFRONT') as never, partnerId: opts.partnerId ?? null });
  const created = dataOf(
    await t.gql(SalesOrderCreateDocument, {
      input: { customerId: toGlobalId('Customer', customerId), channelId: toGlobalId('SalesChannel', salesChannelId), shipFromWarehouseId: wh.gid, lines: [{ itemId: item.gid, quantity, unitPrice: '10' }] },
    }),
  ).salesOrderCreate;
  expect(created.userErrors).toEqual([]);
  const orderId = created.salesOrder!.id;
  expect(dataOf(await t.gql(SalesOrderConfirmDocument, { input: { id: orderId } })).salesOrderConfirm.userErrors).toEqual([]);
  const wave = dataOf(await t.gql(WaveReleaseDocument, { input: { warehouseId: wh.gid, strategy: 'DISCRETE', orderIds: [orderId] } })).waveRelease;
  expect(wave.userErrors).toEqual([]);
  const list = wave.wave!.pickLists[0]!;
  expect(dataOf(await t.gql(PickScanDocument, { input: { pickListId: list.id, raw: barcode } })).pickScan.userErrors).toEqual([]);
  const picked = dataOf(await t.gql(PickScanDocument, { input: { pickListId: list.id, raw: gtin, quantity } })).pickScan;
  expect(picked.userErrors).toEqual([]);
  const lineId = dataOf(await t.gql(OrderFulfillmentDocument, { id: orderId })).salesOrder!.lines[0]!.id;
  const pack = dataOf(await t.gql(ShipmentPackDocument, { input: { orderId, cartons: [{ cartonType: 'BOX', lines: [{ orderLineId: lineId, quantity }] }] } })).shipmentPack;
  expect(pack.userErrors).toEqual([]);
  const shipped = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: pack.shipment!.id } })).shipmentConfirm;
  expect(shipped.userErrors).toEqual([]);
  return { orderId, shipmentId: pack.shipment!.id };
}
