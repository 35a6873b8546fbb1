import { expect } from 'vitest';
import { gtinCheckDigit } from '../../src/modules/catalog/gs1';
import { LocationType } from '../../src/modules/warehouse/location.entity';
import { toGlobalId } from '../../src/shared/ids';
import {
  OrderFulfillmentDocument,
  PickScanDocument,
  SalesOrderConfirmDocument,
  SalesOrderCreateDocument,
  ShipmentConfirmDocument,
  ShipmentLinesOfDocument,
  ShipmentPackDocument,
  WaveReleaseDocument,
} from '../generated/graphql';
import { dataOf, type TestApp } from './app';
import { systemContext } from './context';
import type { ItemFixture, WarehouseFixture } from './fixtures';
import { sql } from './sql';

export interface Shipped {
  orderId: string;
  shipmentId: string;
  customerId: string;
  /** Global ids of the shipment's lines, in line order. */
  lineIds: string[];
  lines: { id: string; quantity: string; cost: string | null; serialNumbers: string[]; lot: { lotNumber: string } | null }[];
}

/**
 * One order of one lot- or serial-tracked item (or a plain one) taken through the API to
 * a confirmed shipment: stock received into a barcoded pick location (with its lot and
 * expiry, or its serials), order, DISCRETE wave, scans (the lot's GS1 string with a count,
 * or each serial), one carton, shipmentConfirm. A customer of its own unless one is given.
 */
export async function shipTracked(
  t: TestApp,
  wh: WarehouseFixture,
  item: ItemFixture,
  opts: { tag: string; quantity: string; unitCost: string; lotNumber?: string; expiryDate?: string; serials?: string[]; shipSerials?: string[]; customerId?: string },
): Promise<Shipped> {
  const s = t.app.services;
  const ctx = systemContext(t);
  const barcode = `RET-${opts.tag}`;
  const { locationId } = await s.locations.create(ctx, { warehouseId: wh.id, code: `PICK-${opts.tag}`, type: LocationType.PICK, barcode });
  await s.locations.create(ctx, { warehouseId: wh.id, code: `PACK-${opts.tag}`, type: LocationType.PACKING });
  const digits = String(Math.floor(Math.random() * 1e11)).padStart(11, '0');
  const gtin = `2${digits}${gtinCheckDigit(`2${digits}`)}`;
  await s.items.barcodeAdd(ctx, { itemId: item.id, code: gtin });
  const stocked = opts.serials ? String(opts.serials.length) : opts.quantity;
  await s.stockDocuments.receive(ctx, {
    warehouseId: wh.id,
    lines: [{ itemId: item.id, locationId, quantity: stocked, unitCost: opts.unitCost, lotNumber: opts.lotNumber, expiryDate: opts.expiryDate, serialNumbers: opts.serials }],
  });
  const customerId = opts.customerId ?? (await s.customers.create(ctx, { code: `RCUST-${opts.tag}`, name: `Customer ${opts.tag}` })).customerId;
  const { salesChannelId } = await s.salesChannels.create(ctx, { code: `RCH-${opts.tag}`, name: `Channel ${opts.tag}`, kind: 'STOREFRONT' as never, partnerId: null });
  const created = dataOf(
    await t.gql(SalesOrderCreateDocument, {
      input: { customerId: toGlobalId('Customer', customerId), channelId: toGlobalId('SalesChannel', salesChannelId), shipFromWarehouseId: wh.gid, lines: [{ itemId: item.gid, quantity: opts.quantity, unitPrice: '10' }] },
    }),
  ).salesOrderCreate;
  expect(created.userErrors).toEqual([]);
  const orderId = created.salesOrder!.id;
  expect(dataOf(await t.gql(SalesOrderConfirmDocument, { input: { id: orderId } })).salesOrderConfirm.userErrors).toEqual([]);
  const wave = dataOf(await t.gql(WaveReleaseDocument, { input: { warehouseId: wh.gid, strategy: 'DISCRETE', orderIds: [orderId] } })).waveRelease;
  expect(wave.userErrors).toEqual([]);
  const list = wave.wave!.pickLists[0]!;
  expect(dataOf(await t.gql(PickScanDocument, { input: { pickListId: list.id, raw: barcode } })).pickScan.userErrors).toEqual([]);
  const shipSerials = opts.shipSerials ?? opts.serials?.slice(0, Number(opts.quantity)) ?? [];
  if (shipSerials.length) {
    for (const serial of shipSerials) expect(dataOf(await t.gql(PickScanDocument, { input: { pickListId: list.id, raw: serial } })).pickScan.userErrors).toEqual([]);
  } else {
    const raw = opts.lotNumber ? `(01)0${gtin}(10)${opts.lotNumber}` : gtin;
    expect(dataOf(await t.gql(PickScanDocument, { input: { pickListId: list.id, raw, quantity: opts.quantity } })).pickScan.userErrors).toEqual([]);
  }
  const lines = dataOf(await t.gql(OrderFulfillmentDocument, { id: orderId })).salesOrder!.lines;
  const pack = dataOf(
    await t.gql(ShipmentPackDocument, {
      input: { orderId, cartons: [{ cartonType: 'BOX', lines: lines.map((l) => ({ orderLineId: l.id, quantity: opts.quantity, lotNumber: opts.lotNumber, serialNumbers: shipSerials.length ? shipSerials : undefined })) }] },
    }),
  ).shipmentPack;
  expect(pack.userErrors).toEqual([]);
  const shipmentId = pack.shipment!.id;
  const shipped = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId } })).shipmentConfirm;
  expect(shipped.userErrors).toEqual([]);
  const read = await shipmentLines(t, shipmentId);
  return { orderId, shipmentId, customerId, lineIds: read.map((l) => l.id), lines: read };
}

export async function shipmentLines(t: TestApp, shipmentId: string): Promise<Shipped['lines']> {
  return dataOf(await t.gql(ShipmentLinesOfDocument, { id: shipmentId })).shipment!.lines;
}

/** Balance (debit - credit) of an account, by code. */
export async function balance(t: TestApp, code: string): Promise<string> {
  const [row] = await sql<{ b: string }>(t, 'select trim_scale(coalesce(sum(l.debit - l.credit), 0))::text as b from journal_lines l join accounts a on a.id = l.account_id where a.code = $1', [code]);
  return row!.b;
}

/** The inventory valuation of an item: the remaining value of its layers. */
export async function valuation(t: TestApp, itemId: string): Promise<string> {
  const [row] = await sql<{ v: string }>(t, 'select trim_scale(coalesce(sum(value_remaining), 0))::text as v from stock_layers where item_id = $1', [itemId]);
  return row!.v;
}

/** Available to sell (sellable on hand - allocated) and on hand of an item in a warehouse. */
export async function stockOf(t: TestApp, itemId: string, warehouseId: string): Promise<{ onHand: string; available: string }> {
  const [row] = await sql<{ onHand: string; available: string }>(
    t,
    'select trim_scale(on_hand)::text as "onHand", trim_scale(sellable_on_hand - allocated)::text as available from stock_summaries where item_id = $1 and warehouse_id = $2',
    [itemId, warehouseId],
  );
  return row ?? { onHand: '0', available: '0' };
}

/** Rows a refused return command must not have touched. */
export async function footprint(t: TestApp): Promise<Record<string, unknown>> {
  const [row] = await sql<Record<string, unknown>>(
    t,
    `select (select count(*)::int from returns) as returns, (select count(*)::int from return_lines) as lines,
            (select coalesce(sum(quantity_received + quantity_restocked + quantity_scrapped), 0)::text from return_lines) as handled,
            (select count(*)::int from stock_moves) as moves, (select count(*)::int from journal_entries) as entries,
            (select count(*)::int from outbox_events) as events, (select coalesce(sum(quantity_returned), 0)::text from shipment_lines) as authorized,
            (select coalesce(sum(version), 0)::int from returns) as versions`,
  );
  return row!;
}
