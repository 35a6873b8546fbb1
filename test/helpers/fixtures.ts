import { TrackingMode, ValuationMethod } from '../../src/modules/catalog/item.entity';
import { SalesChannelKind } from '../../src/modules/sales/customer.entity';
import { LocationType } from '../../src/modules/warehouse/location.entity';
import { toGlobalId } from '../../src/shared/ids';
import type { TestApp } from './app';
import { systemContext } from './context';

export interface WarehouseFixture {
  id: string;
  gid: string;
  code: string;
  /** Location global ids by code: RCV, A1, A2 (sellable), QA (quarantine, not sellable). */
  loc: Record<'RCV' | 'A1' | 'A2' | 'QA', string>;
  /** Database ids of the same locations. */
  locDb: Record<'RCV' | 'A1' | 'A2' | 'QA', string>;
}

/** A warehouse with a receiving dock, two sellable pick locations and a quarantine cage, created through the services. */
export async function warehouseFixture(t: TestApp, code: string, opts: { allowNegativeStock?: boolean } = {}): Promise<WarehouseFixture> {
  const s = t.app.services;
  const { warehouseId } = await s.warehouses.create(systemContext(t), { code, name: `${code} warehouse`, allowNegativeStock: opts.allowNegativeStock ?? false });
  const make = async (c: string, type: LocationType) => (await s.locations.create(systemContext(t), { warehouseId, code: c, type })).locationId;
  const locDb = {
    RCV: await make('RCV', LocationType.RECEIVING),
    A1: await make('A1', LocationType.PICK),
    A2: await make('A2', LocationType.STORAGE),
    QA: await make('QA', LocationType.QUARANTINE),
  };
  const loc = Object.fromEntries(Object.entries(locDb).map(([k, v]) => [k, toGlobalId('Location', v)])) as WarehouseFixture['loc'];
  return { id: warehouseId, gid: toGlobalId('Warehouse', warehouseId), code, loc, locDb };
}

export interface ItemFixture {
  id: string;
  gid: string;
  sku: string;
}

export async function itemFixture(
  t: TestApp,
  sku: string,
  opts: { tracking?: TrackingMode; valuation?: ValuationMethod; unitCode?: string; lotExpiryRequired?: boolean; standardCost?: string; categoryId?: string } = {},
): Promise<ItemFixture> {
  const { itemId } = await t.app.services.items.create(systemContext(t), {
    sku,
    name: `Item ${sku}`,
    trackingMode: opts.tracking ?? TrackingMode.NONE,
    valuationMethod: opts.valuation ?? ValuationMethod.FIFO,
    unitCode: opts.unitCode ?? 'EA',
    lotExpiryRequired: opts.lotExpiryRequired ?? false,
    standardCost: opts.standardCost ?? null,
    categoryId: opts.categoryId ?? null,
  });
  return { id: itemId, gid: toGlobalId('Item', itemId), sku };
}

export interface ChannelFixture {
  id: string;
  gid: string;
  code: string;
}

/** A sales channel (a STOREFRONT by default, e.g. for the STOREFRONT keys bound to it), created through the services. */
export async function channelFixture(t: TestApp, code: string, opts: { kind?: SalesChannelKind; partnerId?: string } = {}): Promise<ChannelFixture> {
  const { salesChannelId } = await t.app.services.salesChannels.create(systemContext(t), { code, name: `${code} channel`, kind: opts.kind ?? SalesChannelKind.STOREFRONT, partnerId: opts.partnerId ?? null });
  return { id: salesChannelId, gid: toGlobalId('SalesChannel', salesChannelId), code };
}
