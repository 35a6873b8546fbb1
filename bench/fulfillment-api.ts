/**
 * The order-to-shipment flow through Ledgerhouse's real HTTP GraphQL API, for the
 * fulfilment benchmark (bench/fulfillment.ts): the reference orders the bulk SQL of
 * fulfillment-data.ts is checked against, the probe command of each block, and the bodies
 * of the measured mutations.
 */
import { gtinCheckDigit } from '../src/modules/catalog/gs1';

export const gid = (type: string, id: string | number): string => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
export const dbIdOf = (globalId: string): string => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';

export interface Api {
  url: string;
  authorization: string;
}

/** One GraphQL request; throws on errors or non-empty userErrors of the (only) mutation field. */
export async function gql<T = Record<string, unknown>>(api: Api, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: api.authorization }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (res.status !== 200 || body.errors?.length || !body.data) throw new Error(`GraphQL ${res.status}: ${text.slice(0, 800)}`);
  for (const v of Object.values(body.data)) {
    const errs = (v as { userErrors?: unknown[] } | null)?.userErrors;
    if (errs?.length) throw new Error(`userErrors: ${JSON.stringify(errs).slice(0, 800)}`);
  }
  return body.data as T;
}

/** The measured mutations, with the payload the bench asks back (as a client that only needs the outcome would). */
export const SHIPMENT_CONFIRM = 'mutation ShipmentConfirm($input: ShipmentConfirmInput!) { shipmentConfirm(input: $input) { shipment { id number status } userErrors { code message } } }';
export const ORDER_CONFIRM = 'mutation SalesOrderConfirm($input: SalesOrderConfirmInput!) { salesOrderConfirm(input: $input) { salesOrder { id status version } userErrors { code message } } }';

export const shipmentConfirmBody = (shipmentId: string): string => JSON.stringify({ query: SHIPMENT_CONFIRM, variables: { input: { shipmentId: gid('Shipment', shipmentId) } } });
export const orderConfirmBody = (orderId: string): string => JSON.stringify({ query: ORDER_CONFIRM, variables: { input: { id: gid('SalesOrder', orderId) } } });

export async function createLocation(api: Api, warehouseId: string, code: string, type: string, barcode: string | null = null): Promise<string> {
  const d = await gql<{ locationCreate: { location: { id: string } } }>(
    api,
    'mutation($input: LocationCreateInput!) { locationCreate(input: $input) { location { id } userErrors { code message } } }',
    { input: { warehouseId: gid('Warehouse', warehouseId), code, type, ...(barcode ? { barcode } : {}) } },
  );
  return dbIdOf(d.locationCreate.location.id);
}

export async function createCustomer(api: Api, code: string): Promise<string> {
  const d = await gql<{ customerCreate: { customer: { id: string } } }>(
    api,
    'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { code message } } }',
    { input: { code, name: `Bench customer ${code}`, shippingAddress: { line1: '1 Bench Street', city: 'Benchton', postalCode: '10001', country: 'US' } } },
  );
  return dbIdOf(d.customerCreate.customer.id);
}

export async function createChannel(api: Api, code: string): Promise<string> {
  const d = await gql<{ salesChannelCreate: { salesChannel: { id: string } } }>(
    api,
    'mutation($input: SalesChannelCreateInput!) { salesChannelCreate(input: $input) { salesChannel { id } userErrors { code message } } }',
    { input: { code, name: `Bench channel ${code}`, kind: 'STOREFRONT' } },
  );
  return dbIdOf(d.salesChannelCreate.salesChannel.id);
}

/** A GTIN-13 for an item (bench prefix 29: restricted circulation numbers), added through the API. */
export async function addBarcode(api: Api, itemId: string): Promise<string> {
  const body = `29${String(itemId).padStart(10, '0')}`;
  const gtin = `${body}${gtinCheckDigit(body)}`;
  await gql(api, 'mutation($input: ItemBarcodeAddInput!) { itemBarcodeAdd(input: $input) { item { id } userErrors { code message } } }', { input: { itemId: gid('Item', itemId), code: gtin } });
  return gtin;
}

export async function moveStock(api: Api, warehouseId: string, lines: { itemId: string; from: string; to: string; quantity: string }[]): Promise<void> {
  await gql(api, 'mutation($input: StockMoveInput!) { stockMove(input: $input) { document { id } userErrors { code message } } }', {
    input: {
      warehouseId: gid('Warehouse', warehouseId),
      lines: lines.map((l) => ({ itemId: gid('Item', l.itemId), fromLocationId: gid('Location', l.from), toLocationId: gid('Location', l.to), quantity: l.quantity })),
    },
  });
}

export interface OrderSpec {
  customerId: string;
  channelId: string;
  warehouseId: string;
  lines: { itemId: string; quantity: string; unitPrice: string }[];
}

export async function createOrder(api: Api, spec: OrderSpec): Promise<{ orderId: string; lineIds: string[] }> {
  const d = await gql<{ salesOrderCreate: { salesOrder: { id: string; lines: { id: string; lineNo: number }[] } } }>(
    api,
    'mutation($input: SalesOrderCreateInput!) { salesOrderCreate(input: $input) { salesOrder { id lines { id lineNo } } userErrors { code message } } }',
    {
      input: {
        customerId: gid('Customer', spec.customerId),
        channelId: gid('SalesChannel', spec.channelId),
        shipFromWarehouseId: gid('Warehouse', spec.warehouseId),
        lines: spec.lines.map((l) => ({ itemId: gid('Item', l.itemId), quantity: l.quantity, unitPrice: l.unitPrice })),
      },
    },
  );
  const o = d.salesOrderCreate.salesOrder;
  return { orderId: dbIdOf(o.id), lineIds: [...o.lines].sort((a, b) => a.lineNo - b.lineNo).map((l) => dbIdOf(l.id)) };
}

export async function confirmOrder(api: Api, orderId: string): Promise<void> {
  await gql(api, ORDER_CONFIRM, { input: { id: gid('SalesOrder', orderId) } });
}

/**
 * An order confirmed already, the rest of the way to a packed shipment, as the floor does
 * it: a DISCRETE wave, the location label then each item's barcode with its quantity, one
 * carton with every line. Returns the shipment's id.
 */
export async function pickAndPack(
  api: Api,
  order: { orderId: string; lineIds: string[]; warehouseId: string; locationBarcode: string; lines: { gtin: string; quantity: string }[] },
): Promise<string> {
  const w = await gql<{ waveRelease: { wave: { pickLists: { id: string }[] } } }>(
    api,
    'mutation($input: WaveReleaseInput!) { waveRelease(input: $input) { wave { pickLists { id } } userErrors { code message } } }',
    { input: { warehouseId: gid('Warehouse', order.warehouseId), strategy: 'DISCRETE', orderIds: [gid('SalesOrder', order.orderId)] } },
  );
  const listId = w.waveRelease.wave.pickLists[0]!.id;
  const scan = 'mutation($input: PickScanInput!) { pickScan(input: $input) { pickList { id } userErrors { code message } } }';
  await gql(api, scan, { input: { pickListId: listId, raw: order.locationBarcode } });
  for (const l of order.lines) await gql(api, scan, { input: { pickListId: listId, raw: l.gtin, quantity: l.quantity } });
  const p = await gql<{ shipmentPack: { shipment: { id: string } } }>(
    api,
    'mutation($input: ShipmentPackInput!) { shipmentPack(input: $input) { shipment { id } userErrors { code message } } }',
    { input: { orderId: gid('SalesOrder', order.orderId), cartons: [{ cartonType: 'BOX', lines: order.lineIds.map((id, i) => ({ orderLineId: gid('SalesOrderLine', id), quantity: order.lines[i]!.quantity })) }] } },
  );
  return dbIdOf(p.shipmentPack.shipment.id);
}

export async function confirmShipment(api: Api, shipmentId: string): Promise<void> {
  await gql(api, SHIPMENT_CONFIRM, { input: { shipmentId: gid('Shipment', shipmentId) } });
}
