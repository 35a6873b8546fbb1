import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { keysetPage } from '../../db/pagination';
import { queryOne } from '../../db/sql';
import { DocumentRefType, documentRef } from '../../graphql/document-ref';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { PageArgs, toConnection } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { type Decimal, dec, sum, toText } from '../../shared/decimal';
import { fromGlobalId, toGlobalId } from '../../shared/ids';
import { itemsById } from '../catalog/catalog.loaders';
import { ItemType } from '../catalog/catalog.types';
import type { Item } from '../catalog/item.entity';
import { journalEntriesById } from '../ledger/ledger.loaders';
import { JournalEntryObject } from '../ledger/ledger.types';
import type { JournalEntry } from '../ledger/journal-entry.entity';
import type { Location } from '../warehouse/location.entity';
import type { Warehouse } from '../warehouse/warehouse.entity';
import { locationsById, warehousesById } from '../warehouse/warehouse.loaders';
import { LocationObjectType, WarehouseType } from '../warehouse/warehouse.types';
import type { CountVariance } from './count.service';
import { InventoryCount, type InventoryCountLine } from './inventory-count.entity';
import {
  countLinesByCountId,
  lotsById,
  movesByDocument,
  movesBySerialId,
  serialNumbersByMoveId,
  stockSummariesByItemId,
  stockValueBySummaryKey,
  transferLinesByTransferId,
} from './inventory.loaders';
import {
  CountVarianceType,
  InventoryCountConnection,
  InventoryCountLineType,
  InventoryCountObject,
  InventoryValuationLineType,
  InventoryValuationType,
  LotTraceType,
  LotType,
  SerialType,
  SkuAvailabilityType,
  StockDocumentConnection,
  StockDocumentObject,
  StockLevelConnection,
  StockLevelFilterInput,
  StockLevelType,
  StockMoveConnection,
  StockMoveFilterInput,
  StockMoveType,
  StockSummaryType,
  StockTransferConnection,
  StockTransferLineType,
  StockTransferObject,
} from './inventory.types';
import { Lot, Serial, lotExpiry } from './lot.entity';
import type { StockSummary } from './stock-balance.entity';
import { StockDocument } from './stock-document.entity';
import type { StockLevelRow, ValuationRow } from './stock-query.service';
import { StockTransfer, type StockTransferLine, TransferStatus } from './transfer.entity';
import { StockMove } from './stock-move.entity';

registerNodeType('StockMove', { entity: StockMove, scopes: [Scope.INVENTORY_READ] });
registerNodeType('StockDocument', { entity: StockDocument, scopes: [Scope.INVENTORY_READ] });
registerNodeType('StockTransfer', { entity: StockTransfer, scopes: [Scope.INVENTORY_READ] });
registerNodeType('InventoryCount', { entity: InventoryCount, scopes: [Scope.INVENTORY_READ] });
registerNodeType('Lot', { entity: Lot, scopes: [Scope.INVENTORY_READ] });
registerNodeType('Serial', { entity: Serial, scopes: [Scope.INVENTORY_READ] });

const INVENTORY_DOCUMENT_TYPES = new Set(['StockDocument', 'StockTransfer', 'InventoryCount']);

async function item(ctx: GraphQLContext, id: string): Promise<Item> {
  return (await ctx.loaders.get(itemsById).load(id)) as Item;
}
async function warehouse(ctx: GraphQLContext, id: string): Promise<Warehouse> {
  return (await ctx.loaders.get(warehousesById).load(id)) as Warehouse;
}
async function location(ctx: GraphQLContext, id: string): Promise<Location> {
  return (await ctx.loaders.get(locationsById).load(id)) as Location;
}
function lot(ctx: GraphQLContext, id: string | null | undefined): Promise<Lot | null> | null {
  return id ? ctx.loaders.get(lotsById).load(id) : null;
}
function entry(ctx: GraphQLContext, id: string | null | undefined): Promise<JournalEntry | null> | null {
  return id ? ctx.loaders.get(journalEntriesById).load(id) : null;
}

@Resolver()
export class InventoryQueryResolver {
  @Authorized(Scope.INVENTORY_READ)
  @Query(() => StockLevelConnection, { description: 'On hand by item, location and lot; with asOf, as it stood then.' })
  async stockLevels(
    @Arg('filter', () => StockLevelFilterInput, { nullable: true }) filter: StockLevelFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const f = filter ?? {};
    return toConnection(
      await ctx.services.stockQueries.levels(
        ctx,
        {
          ...f,
          itemIds: f.itemIds?.map((id) => dbId(id, 'Item')),
          warehouseId: dbId(f.warehouseId, 'Warehouse'),
          locationId: dbId(f.locationId, 'Location'),
          lotId: dbId(f.lotId, 'Lot'),
        },
        page,
      ),
    );
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => StockMoveConnection, { description: 'Stock move history, oldest first.' })
  async stockMoves(
    @Arg('filter', () => StockMoveFilterInput, { nullable: true }) filter: StockMoveFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const f = filter ?? {};
    const doc = f.documentId ? fromGlobalId(f.documentId) : null;
    return toConnection(
      await ctx.services.stockQueries.moves(
        ctx,
        {
          ...f,
          itemId: dbId(f.itemId, 'Item'),
          lotId: dbId(f.lotId, 'Lot'),
          locationId: dbId(f.locationId, 'Location'),
          warehouseId: dbId(f.warehouseId, 'Warehouse'),
          documentType: f.documentId ? (doc && INVENTORY_DOCUMENT_TYPES.has(doc.type) ? doc.type : 'none') : null,
          documentId: f.documentId ? (doc?.id ?? '0') : null,
        },
        page,
      ),
    );
  }

  @Authorized(Scope.AVAILABILITY_READ)
  @Query(() => [SkuAvailabilityType], {
    description: 'What can be sold, for up to 250 SKUs in one call: per SKU and warehouse, sellable on hand minus allocated minus live checkout holds. Every SKU asked gets an answer, in order.',
  })
  async availability(
    @Arg('skus', () => [String]) skus: string[],
    @Arg('warehouseCodes', () => [String], { nullable: true }) warehouseCodes: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkuAvailabilityType[]> {
    const rows = await ctx.services.stockQueries.availability(ctx, skus, warehouseCodes);
    return rows.map((r) => ({
      sku: r.sku,
      found: r.itemId !== null,
      available: r.available,
      warehouses: r.warehouses.map((w) => ({
        warehouseCode: w.code,
        warehouseName: w.name,
        available: w.available,
        onHand: w.onHand,
        allocated: w.allocated,
        held: w.held,
        inTransit: w.inTransit,
      })),
    }));
  }

  @Authorized(Scope.COSTS_READ)
  @Query(() => InventoryValuationType, { description: 'Quantity, value and unit cost by item and warehouse, now or as of an instant; its total equals the GL.' })
  async inventoryValuation(
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf: Date | null,
    @Arg('warehouseId', () => ID, { nullable: true }) warehouseId: string | null,
    @Arg('itemId', () => ID, { nullable: true }) itemId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const rows = await ctx.services.stockQueries.valuation(ctx, { asOf, warehouseId: dbId(warehouseId, 'Warehouse'), itemId: dbId(itemId, 'Item') });
    const total = sum(rows.map((r) => r.value));
    const gl = warehouseId || itemId ? null : await ctx.services.stockQueries.glInventoryBalance(ctx, asOf);
    return { asOf: asOf ?? new Date(), lines: rows, totalValue: toText(total), glBalance: gl === null ? toText(total) : toText(gl) };
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => LotType, { nullable: true })
  async lot(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Lot | null> {
    return ctx.loaders.get(lotsById).load(dbId(id, 'Lot'));
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => LotType, { nullable: true, description: 'A lot of an item by its number (case-insensitive).' })
  async lotByNumber(@Arg('itemId', () => ID) itemId: string, @Arg('lotNumber', () => String) lotNumber: string, @Ctx() ctx: GraphQLContext): Promise<Lot | null> {
    const row = await queryOne<{ id: string }>(ctx.em, 'select id::text as id from lots where item_id = ? and lower(lot_number) = lower(?)', [dbId(itemId, 'Item'), lotNumber.trim()]);
    return row ? ctx.loaders.get(lotsById).load(row.id) : null;
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => LotTraceType, { nullable: true, description: 'Lot traceability both ways: where the lot came from, and every move and document it touched since.' })
  async lotTrace(@Arg('lotId', () => ID) lotId: string, @Ctx() ctx: GraphQLContext) {
    const trace = await ctx.services.stockQueries.lotTrace(ctx, dbId(lotId, 'Lot'));
    if (!trace) return null;
    return {
      lot: trace.lot,
      origin: await documentRef(ctx, trace.origin.documentType, trace.origin.documentId),
      moves: trace.moves,
      documents: await Promise.all(trace.documents.map((d) => documentRef(ctx, d.documentType, d.documentId))),
      stockLevels: trace.balances,
    };
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => SerialType, { nullable: true, description: 'A serial number of an item: where it is, and (moves) everywhere it has been.' })
  serial(@Arg('itemId', () => ID) itemId: string, @Arg('serialNumber', () => String) serialNumber: string, @Ctx() ctx: GraphQLContext): Promise<Serial | null> {
    return ctx.em.findOne(Serial, { item: dbId(itemId, 'Item'), serialNumber: serialNumber.trim() });
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => StockDocumentObject, { nullable: true })
  stockDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<StockDocument | null> {
    return ctx.em.findOne(StockDocument, { id: dbId(id, 'StockDocument') });
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => StockDocumentConnection, { description: 'Receipts, moves and adjustments, oldest first.' })
  async stockDocuments(@Arg('warehouseId', () => ID, { nullable: true }) warehouseId: string | null, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    return toConnection(await keysetPage<StockDocument>(ctx.em, StockDocument, warehouseId ? { warehouse: dbId(warehouseId, 'Warehouse') } : {}, page));
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => StockTransferObject, { nullable: true })
  stockTransfer(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<StockTransfer | null> {
    return ctx.em.findOne(StockTransfer, { id: dbId(id, 'StockTransfer') });
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => StockTransferConnection, { description: 'Transfers, oldest first.' })
  async stockTransfers(@Arg('status', () => TransferStatus, { nullable: true }) status: TransferStatus | null, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    return toConnection(await keysetPage<StockTransfer>(ctx.em, StockTransfer, status ? { status } : {}, page));
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => InventoryCountObject, { nullable: true })
  inventoryCount(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<InventoryCount | null> {
    return ctx.em.findOne(InventoryCount, { id: dbId(id, 'InventoryCount') });
  }

  @Authorized(Scope.INVENTORY_READ)
  @Query(() => InventoryCountConnection, { description: 'Cycle counts, oldest first.' })
  async inventoryCounts(@Arg('warehouseId', () => ID, { nullable: true }) warehouseId: string | null, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    return toConnection(await keysetPage<InventoryCount>(ctx.em, InventoryCount, warehouseId ? { warehouse: dbId(warehouseId, 'Warehouse') } : {}, page));
  }
}

@Resolver(() => StockLevelType)
export class StockLevelResolver {
  @FieldResolver(() => ItemType)
  item(@Root() row: StockLevelRow, @Ctx() ctx: GraphQLContext) {
    return item(ctx, row.itemId);
  }

  @FieldResolver(() => LocationObjectType)
  location(@Root() row: StockLevelRow, @Ctx() ctx: GraphQLContext) {
    return location(ctx, row.locationId);
  }

  @FieldResolver(() => WarehouseType)
  warehouse(@Root() row: StockLevelRow, @Ctx() ctx: GraphQLContext) {
    return warehouse(ctx, row.warehouseId);
  }

  @FieldResolver(() => LotType, { nullable: true })
  lot(@Root() row: StockLevelRow, @Ctx() ctx: GraphQLContext) {
    return lot(ctx, row.lotId);
  }

  @FieldResolver(() => DecimalScalar)
  onHand(@Root() row: StockLevelRow): string {
    return toText(row.onHand as Decimal);
  }
}

@Resolver(() => StockSummaryType)
export class StockSummaryResolver {
  @FieldResolver(() => ItemType)
  item(@Root() s: StockSummary, @Ctx() ctx: GraphQLContext) {
    return item(ctx, s.item.id);
  }

  @FieldResolver(() => WarehouseType)
  warehouse(@Root() s: StockSummary, @Ctx() ctx: GraphQLContext) {
    return warehouse(ctx, s.warehouse.id);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Kept by live checkout holds (stockHold); an expired hold no longer counts.' })
  held(@Root() s: StockSummary): string {
    return toText(s.held ?? '0');
  }

  @FieldResolver(() => DecimalScalar, { description: 'Sellable on hand minus allocated minus held.' })
  available(@Root() s: StockSummary): string {
    return toText(dec(s.sellableOnHand).minus(s.allocated).minus(s.held ?? '0'));
  }

  @Authorized(Scope.COSTS_READ)
  @FieldResolver(() => DecimalScalar, { description: 'Value of the stock in the warehouse (its cost layers). Needs costs:read.' })
  async value(@Root() s: StockSummary, @Ctx() ctx: GraphQLContext): Promise<string> {
    return toText(await ctx.loaders.get(stockValueBySummaryKey).load(`${s.item.id}:${s.warehouse.id}`));
  }
}

@Resolver(() => ItemType)
export class ItemStockResolver {
  @Authorized(Scope.INVENTORY_READ, Scope.AVAILABILITY_READ)
  @FieldResolver(() => [StockSummaryType], { description: 'On hand, sellable, allocated, held, available and in transit per warehouse.' })
  async stock(@Root() i: Item, @Ctx() ctx: GraphQLContext): Promise<StockSummary[]> {
    return ctx.loaders.get(stockSummariesByItemId).load(i.id);
  }
}

@Resolver(() => StockMoveType)
export class StockMoveResolver {
  @FieldResolver(() => ItemType)
  item(@Root() m: StockMove, @Ctx() ctx: GraphQLContext) {
    return item(ctx, m.item.id);
  }

  @FieldResolver(() => LotType, { nullable: true })
  lot(@Root() m: StockMove, @Ctx() ctx: GraphQLContext) {
    return lot(ctx, m.lot?.id);
  }

  @FieldResolver(() => [String])
  serialNumbers(@Root() m: StockMove, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return ctx.loaders.get(serialNumbersByMoveId).load(m.id);
  }

  @FieldResolver(() => LocationObjectType, { nullable: true })
  fromLocation(@Root() m: StockMove, @Ctx() ctx: GraphQLContext) {
    return m.fromLocation ? location(ctx, m.fromLocation.id) : null;
  }

  @FieldResolver(() => LocationObjectType, { nullable: true })
  toLocation(@Root() m: StockMove, @Ctx() ctx: GraphQLContext) {
    return m.toLocation ? location(ctx, m.toLocation.id) : null;
  }

  @FieldResolver(() => WarehouseType, { nullable: true })
  fromWarehouse(@Root() m: StockMove, @Ctx() ctx: GraphQLContext) {
    return m.fromWarehouse ? warehouse(ctx, m.fromWarehouse.id) : null;
  }

  @FieldResolver(() => WarehouseType, { nullable: true })
  toWarehouse(@Root() m: StockMove, @Ctx() ctx: GraphQLContext) {
    return m.toWarehouse ? warehouse(ctx, m.toWarehouse.id) : null;
  }

  @Authorized(Scope.COSTS_READ)
  @FieldResolver(() => DecimalScalar, { description: 'Cost per unit the move carried. Needs costs:read.' })
  unitCost(@Root() m: StockMove): string {
    return m.unitCost;
  }

  @Authorized(Scope.COSTS_READ)
  @FieldResolver(() => DecimalScalar, { description: 'Total cost the move carried (taken from or added to cost layers). Needs costs:read.' })
  value(@Root() m: StockMove): string {
    return m.value;
  }

  @FieldResolver(() => DocumentRefType)
  document(@Root() m: StockMove, @Ctx() ctx: GraphQLContext) {
    return documentRef(ctx, m.documentType, m.documentId);
  }

  @Authorized(Scope.LEDGER_READ)
  @FieldResolver(() => JournalEntryObject, { nullable: true, description: 'The journal entry posted with this move (null when it moved no value). Needs ledger:read.' })
  journalEntry(@Root() m: StockMove, @Ctx() ctx: GraphQLContext) {
    return entry(ctx, m.journalEntry?.id);
  }
}

@Resolver(() => LotType)
export class LotResolver {
  @FieldResolver(() => ItemType)
  item(@Root() l: Lot, @Ctx() ctx: GraphQLContext) {
    return item(ctx, l.item.id);
  }

  @FieldResolver(() => String, { nullable: true })
  expiryDate(@Root() l: Lot): string | null {
    return lotExpiry(l);
  }

  @FieldResolver(() => DocumentRefType, { description: 'The document that first brought the lot in.' })
  origin(@Root() l: Lot, @Ctx() ctx: GraphQLContext) {
    return documentRef(ctx, l.originType, l.originId);
  }
}

@Resolver(() => SerialType)
export class SerialResolver {
  @FieldResolver(() => ItemType)
  item(@Root() s: Serial, @Ctx() ctx: GraphQLContext) {
    return item(ctx, s.item.id);
  }

  @FieldResolver(() => LocationObjectType, { nullable: true })
  location(@Root() s: Serial, @Ctx() ctx: GraphQLContext) {
    return s.location ? location(ctx, s.location.id) : null;
  }

  @FieldResolver(() => WarehouseType, { nullable: true })
  warehouse(@Root() s: Serial, @Ctx() ctx: GraphQLContext) {
    return s.warehouse ? warehouse(ctx, s.warehouse.id) : null;
  }

  @FieldResolver(() => [StockMoveType], { description: 'Every move of this serial number, oldest first.' })
  moves(@Root() s: Serial, @Ctx() ctx: GraphQLContext): Promise<StockMove[]> {
    return ctx.loaders.get(movesBySerialId).load(s.id);
  }
}

@Resolver(() => StockDocumentObject)
export class StockDocumentResolver {
  @FieldResolver(() => WarehouseType)
  warehouse(@Root() d: StockDocument, @Ctx() ctx: GraphQLContext) {
    return warehouse(ctx, d.warehouse.id);
  }

  @FieldResolver(() => [StockMoveType])
  moves(@Root() d: StockDocument, @Ctx() ctx: GraphQLContext): Promise<StockMove[]> {
    return ctx.loaders.get(movesByDocument).load(`StockDocument:${d.id}`);
  }

  @Authorized(Scope.LEDGER_READ)
  @FieldResolver(() => JournalEntryObject, { nullable: true, description: 'Needs ledger:read.' })
  journalEntry(@Root() d: StockDocument, @Ctx() ctx: GraphQLContext) {
    return entry(ctx, d.journalEntry?.id);
  }
}

@Resolver(() => StockTransferObject)
export class StockTransferResolver {
  @FieldResolver(() => WarehouseType)
  fromWarehouse(@Root() t: StockTransfer, @Ctx() ctx: GraphQLContext) {
    return warehouse(ctx, t.fromWarehouse.id);
  }

  @FieldResolver(() => WarehouseType)
  toWarehouse(@Root() t: StockTransfer, @Ctx() ctx: GraphQLContext) {
    return warehouse(ctx, t.toWarehouse.id);
  }

  @FieldResolver(() => [StockTransferLineType])
  lines(@Root() t: StockTransfer, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(transferLinesByTransferId).load(t.id);
  }

  @FieldResolver(() => [StockMoveType])
  moves(@Root() t: StockTransfer, @Ctx() ctx: GraphQLContext): Promise<StockMove[]> {
    return ctx.loaders.get(movesByDocument).load(`StockTransfer:${t.id}`);
  }

  @Authorized(Scope.LEDGER_READ)
  @FieldResolver(() => JournalEntryObject, { nullable: true, description: 'Needs ledger:read.' })
  shipEntry(@Root() t: StockTransfer, @Ctx() ctx: GraphQLContext) {
    return entry(ctx, t.shipEntry?.id);
  }

  @Authorized(Scope.LEDGER_READ)
  @FieldResolver(() => JournalEntryObject, { nullable: true, description: 'Needs ledger:read.' })
  receiveEntry(@Root() t: StockTransfer, @Ctx() ctx: GraphQLContext) {
    return entry(ctx, t.receiveEntry?.id);
  }
}

@Resolver(() => StockTransferLineType)
export class StockTransferLineResolver {
  @FieldResolver(() => ID)
  id(@Root() l: StockTransferLine): string {
    return toGlobalId('StockTransferLine', l.id);
  }

  @FieldResolver(() => ItemType)
  item(@Root() l: StockTransferLine, @Ctx() ctx: GraphQLContext) {
    return item(ctx, l.item.id);
  }

  @FieldResolver(() => LotType, { nullable: true })
  lot(@Root() l: StockTransferLine, @Ctx() ctx: GraphQLContext) {
    return lot(ctx, l.lot?.id);
  }

  @FieldResolver(() => LocationObjectType)
  fromLocation(@Root() l: StockTransferLine, @Ctx() ctx: GraphQLContext) {
    return location(ctx, l.fromLocation.id);
  }
}

@Resolver(() => InventoryCountObject)
export class InventoryCountResolver {
  @FieldResolver(() => WarehouseType)
  warehouse(@Root() c: InventoryCount, @Ctx() ctx: GraphQLContext) {
    return warehouse(ctx, c.warehouse.id);
  }

  @FieldResolver(() => [LocationObjectType], { description: 'Locations in scope (empty: any).' })
  async locations(@Root() c: InventoryCount, @Ctx() ctx: GraphQLContext) {
    return Promise.all(c.locationIds.map((id) => location(ctx, id)));
  }

  @FieldResolver(() => [ItemType], { description: 'Items in scope (empty: any).' })
  async items(@Root() c: InventoryCount, @Ctx() ctx: GraphQLContext) {
    return Promise.all(c.itemIds.map((id) => item(ctx, id)));
  }

  @FieldResolver(() => [InventoryCountLineType])
  lines(@Root() c: InventoryCount, @Ctx() ctx: GraphQLContext): Promise<InventoryCountLine[]> {
    return ctx.loaders.get(countLinesByCountId).load(c.id);
  }

  @FieldResolver(() => [CountVarianceType], { description: 'Counted minus on hand, now; in counted locations, uncounted stock in scope counts as zero.' })
  variances(@Root() c: InventoryCount, @Ctx() ctx: GraphQLContext): Promise<CountVariance[]> {
    return ctx.services.counts.variances(ctx, c.id);
  }

  @FieldResolver(() => [StockMoveType], { description: 'The adjustments the approval posted.' })
  moves(@Root() c: InventoryCount, @Ctx() ctx: GraphQLContext): Promise<StockMove[]> {
    return ctx.loaders.get(movesByDocument).load(`InventoryCount:${c.id}`);
  }

  @Authorized(Scope.LEDGER_READ)
  @FieldResolver(() => JournalEntryObject, { nullable: true, description: 'Needs ledger:read.' })
  journalEntry(@Root() c: InventoryCount, @Ctx() ctx: GraphQLContext) {
    return entry(ctx, c.journalEntry?.id);
  }
}

@Resolver(() => InventoryCountLineType)
export class InventoryCountLineResolver {
  @FieldResolver(() => LocationObjectType)
  location(@Root() l: InventoryCountLine, @Ctx() ctx: GraphQLContext) {
    return location(ctx, l.location.id);
  }

  @FieldResolver(() => ItemType)
  item(@Root() l: InventoryCountLine, @Ctx() ctx: GraphQLContext) {
    return item(ctx, l.item.id);
  }

  @FieldResolver(() => LotType, { nullable: true })
  lot(@Root() l: InventoryCountLine, @Ctx() ctx: GraphQLContext) {
    return lot(ctx, l.lot?.id);
  }
}

@Resolver(() => CountVarianceType)
export class CountVarianceResolver {
  @FieldResolver(() => LocationObjectType)
  location(@Root() v: CountVariance, @Ctx() ctx: GraphQLContext) {
    return location(ctx, v.locationId);
  }

  @FieldResolver(() => ItemType)
  item(@Root() v: CountVariance, @Ctx() ctx: GraphQLContext) {
    return item(ctx, v.itemId);
  }

  @FieldResolver(() => LotType, { nullable: true })
  lot(@Root() v: CountVariance, @Ctx() ctx: GraphQLContext) {
    return lot(ctx, v.lotId);
  }

  @FieldResolver(() => DecimalScalar)
  counted(@Root() v: CountVariance): string {
    return toText(v.counted);
  }

  @FieldResolver(() => DecimalScalar)
  onHand(@Root() v: CountVariance): string {
    return toText(v.onHand);
  }

  @FieldResolver(() => DecimalScalar)
  variance(@Root() v: CountVariance): string {
    return toText(v.variance);
  }
}

@Resolver(() => InventoryValuationLineType)
export class InventoryValuationLineResolver {
  @FieldResolver(() => ItemType)
  item(@Root() r: ValuationRow, @Ctx() ctx: GraphQLContext) {
    return item(ctx, r.itemId);
  }

  @FieldResolver(() => WarehouseType)
  warehouse(@Root() r: ValuationRow, @Ctx() ctx: GraphQLContext) {
    return warehouse(ctx, r.warehouseId);
  }

  @FieldResolver(() => DecimalScalar)
  quantity(@Root() r: ValuationRow): string {
    return toText(r.quantity);
  }

  @FieldResolver(() => DecimalScalar)
  value(@Root() r: ValuationRow): string {
    return toText(r.value);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  unitCost(@Root() r: ValuationRow): string | null {
    return r.quantity.isZero() ? null : toText(r.value.div(r.quantity).toDecimalPlaces(6));
  }
}

