import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { queryOne } from '../db/sql';
import { gtinCheckDigit } from '../modules/catalog/gs1';
import { TrackingMode, ValuationMethod } from '../modules/catalog/item.entity';
import { PartnerKind } from '../modules/partners/partner.entity';
import { SalesChannelKind } from '../modules/sales/customer.entity';
import { LocationType } from '../modules/warehouse/location.entity';
import type { Services } from '../services';
import type { ServiceContext } from '../shared/context';

interface DemoItem {
  sku: string;
  name: string;
  unitCode: string;
  trackingMode: TrackingMode;
  lotExpiryRequired?: boolean;
  valuationMethod: ValuationMethod;
  category: string;
  gtin?: string;
  standardCost: string;
}

const CATEGORIES = [
  { code: 'TOOLS', name: 'Hand tools' },
  { code: 'FASTENERS', name: 'Fasteners' },
  { code: 'PAINT', name: 'Paint and coatings' },
  { code: 'ELECTRIC', name: 'Power tools' },
];

function demoItems(): DemoItem[] {
  const items: DemoItem[] = [];
  const tools = ['Claw hammer', 'Ball-peen hammer', 'Flat screwdriver', 'Phillips screwdriver', 'Adjustable wrench', 'Pliers', 'Tape measure 5 m', 'Spirit level', 'Utility knife', 'Hex key set'];
  tools.forEach((name, i) =>
    items.push({ sku: `TOOL-${String(i + 1).padStart(3, '0')}`, name, unitCode: 'EA', trackingMode: TrackingMode.NONE, valuationMethod: ValuationMethod.FIFO, category: 'TOOLS', gtin: gtin13(400638100000 + i), standardCost: `${8 + i}.50` }),
  );
  const fasteners = ['Wood screw 4x40 (box 200)', 'Wood screw 5x60 (box 100)', 'Wall plug 8 mm (box 100)', 'Hex bolt M8x50 (box 50)', 'Washer M8 (box 200)', 'Nail 70 mm (1 kg)', 'Cable tie 200 mm (bag 100)', 'Rivet 4 mm (box 500)'];
  fasteners.forEach((name, i) =>
    items.push({ sku: `FAST-${String(i + 1).padStart(3, '0')}`, name, unitCode: 'BOX', trackingMode: TrackingMode.NONE, valuationMethod: ValuationMethod.MOVING_AVERAGE, category: 'FASTENERS', gtin: gtin13(400638110000 + i), standardCost: `${3 + i}.20` }),
  );
  const paints = ['Wall paint white 10 L', 'Wood stain oak 2.5 L', 'Primer 5 L', 'Floor varnish 2.5 L', 'Metal paint black 1 L', 'Spray paint red 400 ml', 'Masonry paint grey 10 L', 'Wood oil 1 L'];
  paints.forEach((name, i) =>
    items.push({ sku: `PAINT-${String(i + 1).padStart(3, '0')}`, name, unitCode: 'EA', trackingMode: TrackingMode.LOT, lotExpiryRequired: true, valuationMethod: ValuationMethod.FIFO, category: 'PAINT', standardCost: `${12 + i * 2}.00` }),
  );
  const power = ['Cordless drill 18 V', 'Impact driver 18 V', 'Circular saw 1400 W', 'Angle grinder 125 mm', 'Jigsaw 650 W', 'Random orbit sander', 'Rotary hammer SDS+', 'Multi-tool oscillating'];
  power.forEach((name, i) =>
    items.push({ sku: `PWR-${String(i + 1).padStart(3, '0')}`, name, unitCode: 'EA', trackingMode: TrackingMode.SERIAL, valuationMethod: ValuationMethod.FIFO, category: 'ELECTRIC', standardCost: `${79 + i * 10}.00` }),
  );
  items.push({ sku: 'BULK-SAND', name: 'Construction sand (kg)', unitCode: 'KG', trackingMode: TrackingMode.NONE, valuationMethod: ValuationMethod.MOVING_AVERAGE, category: 'FASTENERS', standardCost: '0.045' });
  items.push({ sku: 'BULK-GLUE', name: 'Wood glue (litre)', unitCode: 'L', trackingMode: TrackingMode.LOT, valuationMethod: ValuationMethod.MOVING_AVERAGE, category: 'PAINT', standardCost: '6.80' });
  return items;
}

/**
 * Opening stock: every item received into MAIN's pick faces and EAST's store at its
 * standard cost (lots with an expiry a year out, serial numbers for serial items), then
 * one transfer MAIN -> SHOP left in transit, so stock, availability, the ledger and the
 * reconciliation all have something to show.
 */
async function receiveDemoStock(ctx: ServiceContext, services: Services, itemIds: Map<string, string>): Promise<void> {
  const warehouse = async (code: string) => (await services.warehouses.findByCode(ctx.em, code))!;
  const main = await warehouse('MAIN');
  const east = await warehouse('EAST');
  const shop = await warehouse('SHOP');
  const location = async (w: { id: string }, code: string) => (await services.locations.findByCode(ctx.em, w.id, code))!.id;
  const expiry = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  const items = demoItems();
  for (const [target, bins, factor] of [
    [main, ['A1-01', 'A1-02', 'A1-03', 'A1-04', 'A2-01', 'A2-02', 'A2-03', 'A2-04'], 3],
    [east, ['A1-01', 'A1-02', 'A2-01'], 1],
  ] as const) {
    const lines = [];
    for (const [i, item] of items.entries()) {
      const quantity = item.trackingMode === TrackingMode.SERIAL ? 2 * factor : (10 + (i % 7) * 5) * factor;
      lines.push({
        itemId: itemIds.get(item.sku) as string,
        locationId: await location(target, bins[i % bins.length] as string),
        quantity: String(quantity),
        unitCost: item.standardCost,
        lotNumber: item.trackingMode === TrackingMode.LOT ? `${target.code}-LOT-${i + 1}` : null,
        expiryDate: item.trackingMode === TrackingMode.LOT ? expiry : null,
        serialNumbers: item.trackingMode === TrackingMode.SERIAL ? Array.from({ length: quantity }, (_, n) => `${item.sku}-${target.code}-${n + 1}`) : null,
      });
    }
    await services.stockDocuments.receive(ctx, { warehouseId: target.id, reference: 'Opening stock', lines });
  }
  await services.transfers.ship(ctx, {
    fromWarehouseId: main.id,
    toWarehouseId: shop.id,
    reference: 'Store replenishment',
    lines: [
      { itemId: itemIds.get('TOOL-001') as string, fromLocationId: await location(main, 'A1-01'), quantity: '6' },
      { itemId: itemIds.get('FAST-001') as string, fromLocationId: await location(main, 'A1-03'), quantity: '4' },
    ],
  });
}

function gtin13(base12: number): string {
  const digits = String(base12).padStart(12, '0');
  return digits + String(gtinCheckDigit(digits));
}

const WAREHOUSES = [
  { code: 'MAIN', name: 'Main distribution centre', city: 'Rotterdam', country: 'NL', zones: ['BULK', 'PICK', 'DOCK'] },
  { code: 'EAST', name: 'East regional warehouse', city: 'Leipzig', country: 'DE', zones: ['STORE', 'DOCK'] },
  { code: 'SHOP', name: 'City store backroom', city: 'Antwerp', country: 'BE', zones: ['FLOOR'] },
];

/**
 * The demo data set: three warehouses with zones and locations, 36 items across four
 * categories in every tracking mode and both valuation methods, and a few partners.
 * Loaded through the services, so it obeys every rule real data does. Skipped when
 * any warehouse exists already.
 */
export async function loadDemoData(em: EntityManager, services: Services, log: Logger, config: Config): Promise<void> {
  const existing = await queryOne<{ n: number }>(em, 'select count(*)::int as n from warehouses');
  if ((existing?.n ?? 0) > 0) return;
  const ctx: ServiceContext = { requestId: 'demo', principal: null, em, log, config };

  const categoryIds = new Map<string, string>();
  for (const c of CATEGORIES) categoryIds.set(c.code, (await services.categories.create(ctx, c)).categoryId);

  for (const w of WAREHOUSES) {
    const { warehouseId } = await services.warehouses.create(ctx, { code: w.code, name: w.name, address: { city: w.city, country: w.country } });
    const zoneIds = new Map<string, string>();
    for (const z of w.zones) zoneIds.set(z, (await services.zones.create(ctx, { warehouseId, code: z, name: `${z} zone` })).zoneId);
    const firstZone = w.zones[0] as string;
    const pickZone = zoneIds.get('PICK') ?? zoneIds.get(firstZone);
    const dockZone = zoneIds.get('DOCK') ?? zoneIds.get(firstZone);
    await services.locations.create(ctx, { warehouseId, code: 'RCV-01', type: LocationType.RECEIVING, zoneId: dockZone, barcode: `${w.code}-RCV-01` });
    await services.locations.create(ctx, { warehouseId, code: 'QA-01', type: LocationType.QUARANTINE, zoneId: dockZone });
    await services.locations.create(ctx, { warehouseId, code: 'SHIP-01', type: LocationType.SHIPPING, zoneId: dockZone });
    await services.locations.create(ctx, { warehouseId, code: 'PACK-01', type: LocationType.PACKING, zoneId: dockZone });
    for (let aisle = 1; aisle <= 2; aisle++) {
      for (let bin = 1; bin <= 4; bin++) {
        const code = `A${aisle}-${String(bin).padStart(2, '0')}`;
        await services.locations.create(ctx, { warehouseId, code, type: LocationType.PICK, zoneId: pickZone, pickSequence: aisle * 100 + bin, barcode: `${w.code}-${code}` });
      }
    }
    await services.locations.create(ctx, { warehouseId, code: 'BULK-01', type: LocationType.STORAGE, zoneId: zoneIds.get(firstZone) });
  }

  const itemIds = new Map<string, string>();
  for (const item of demoItems()) {
    const { itemId } = await services.items.create(ctx, {
      sku: item.sku,
      name: item.name,
      unitCode: item.unitCode,
      trackingMode: item.trackingMode,
      lotExpiryRequired: item.lotExpiryRequired ?? false,
      valuationMethod: item.valuationMethod,
      categoryId: categoryIds.get(item.category),
      standardCost: item.standardCost,
      barcodes: item.gtin ? [{ code: item.gtin }] : [],
    });
    itemIds.set(item.sku, itemId);
  }

  await receiveDemoStock(ctx, services, itemIds);

  await services.partners.create(ctx, { code: 'ACME', name: 'Acme Retail', kinds: [PartnerKind.CUSTOMER] });
  await services.partners.create(ctx, { code: 'TOOLCO', name: 'Toolco Manufacturing', kinds: [PartnerKind.VENDOR] });
  await services.partners.create(ctx, { code: 'FASTSHIP', name: 'FastShip Logistics', kinds: [PartnerKind.CARRIER, PartnerKind.THIRD_PARTY_LOGISTICS] });
  await loadDemoSales(ctx, services, itemIds);
  log.info('demo data loaded');
}

/**
 * Customers, channels and three DRAFT orders (WEB-1001 is the README's order to shipment). On a new database the ids are fixed: customer
 * ACME is Q3VzdG9tZXI6MQ, channel WEBSHOP U2FsZXNDaGFubmVsOjE (README's examples use them).
 */
async function loadDemoSales(ctx: ServiceContext, services: Services, itemIds: Map<string, string>): Promise<void> {
  const { customerId: acme } = await services.customers.create(ctx, {
    code: 'ACME',
    name: 'Acme Retail',
    email: 'purchasing@acme.example',
    billingAddress: { line1: '1 Market Street', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
    shippingAddress: { line1: '40 Depot Road', city: 'Springfield', region: 'IL', postalCode: '62703', country: 'US' },
    paymentTermsDays: 30,
    defaultTaxRate: '8.25',
    creditLimit: '25000',
  });
  const { customerId: buildright } = await services.customers.create(ctx, {
    code: 'BUILDRIGHT',
    name: 'BuildRight Contractors',
    billingAddress: { line1: 'Industriestr. 12', city: 'Leipzig', postalCode: '04109', country: 'DE' },
    paymentTermsDays: 14,
    defaultTaxRate: '19',
  });
  const { salesChannelId: webshop } = await services.salesChannels.create(ctx, { code: 'WEBSHOP', name: 'Own web shop', kind: SalesChannelKind.STOREFRONT });
  const { partnerId: bazaar } = await services.partners.create(ctx, { code: 'BAZAAR', name: 'Bazaar Marketplace', kinds: [PartnerKind.MARKETPLACE] });
  const { salesChannelId: bazaarChannel } = await services.salesChannels.create(ctx, { code: 'BAZAAR', name: 'Bazaar marketplace store', kind: SalesChannelKind.MARKETPLACE, partnerId: bazaar });
  const item = (sku: string) => itemIds.get(sku) as string;
  await services.salesOrders.create(ctx, {
    customerId: acme,
    channelId: webshop,
    externalRef: 'WEB-1001',
    priority: 10,
    lines: [
      { itemId: item('TOOL-001'), quantity: '2', unitPrice: '19.90' },
      { itemId: item('FAST-001'), quantity: '5', unitPrice: '6.50', discountPercent: '10' },
    ],
  });
  // A contractor's order of a lot-tracked paint (allocated FEFO) and a serial-tracked drill, and a marketplace's order.
  await services.salesOrders.create(ctx, {
    customerId: buildright,
    channelId: webshop,
    externalRef: 'WEB-1003',
    shipFromWarehouseId: (await services.warehouses.findByCode(ctx.em, 'MAIN'))!.id,
    lines: [
      { itemId: item('PAINT-001'), quantity: '4', unitPrice: '24.00' },
      { itemId: item('PWR-001'), quantity: '1', unitPrice: '149.00' },
    ],
  });
  await services.salesOrders.create(ctx, {
    customerId: acme,
    channelId: bazaarChannel,
    externalRef: 'BZ-5001',
    lines: [{ itemId: item('TOOL-002'), quantity: '1', unitPrice: '21.50' }],
  });
}
