import type { EntityManager } from '@mikro-orm/postgresql';
import { runCommand } from '../../db/command';
import { mapUniqueViolation } from '../../db/constraints';
import { containsAny, keysetPage, type Page, type PageRequest } from '../../db/pagination';
import { queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { type Decimal, QUANTITY_SCALE, UNIT_COST_SCALE, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { type FieldPath, optionalText, requireDecimal, requireText } from '../../shared/validate';
import { publish } from '../events/outbox';
import { CatalogErrorCode } from './catalog-errors';
import { Category } from './category.entity';
import { checkGtin, barcodeLookupKey, looksLikeGtin } from './gs1';
import { BarcodeKind, ItemBarcode } from './item-barcode.entity';
import { Item, TrackingMode, ValuationMethod } from './item.entity';
import { Unit } from './unit.entity';

export interface BarcodeInput {
  code: string;
  /** Base units one scan of this code stands for (default 1). */
  quantity?: string | null;
}

export interface ItemFields {
  name?: string | null;
  description?: string | null;
  unitCode?: string | null;
  categoryId?: string | null;
  trackingMode?: TrackingMode | null;
  lotExpiryRequired?: boolean | null;
  valuationMethod?: ValuationMethod | null;
  standardCost?: string | null;
  weightKg?: string | null;
  lengthCm?: string | null;
  widthCm?: string | null;
  heightCm?: string | null;
  active?: boolean | null;
}

export interface ItemCreateInput extends ItemFields {
  sku: string;
  name: string;
  barcodes?: BarcodeInput[] | null;
  idempotencyKey?: string | null;
}

export interface ItemUpdateInput extends ItemFields {
  id: string;
  /** When given, the update is refused unless the item is still at this version. */
  expectedVersion?: number | null;
}

export interface ItemFilter {
  /** Case-insensitive match on SKU or name. */
  search?: string | null;
  skus?: string[] | null;
  categoryId?: string | null;
  active?: boolean | null;
  trackingMode?: TrackingMode | null;
}

export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/;
const TEXT = { code: CatalogErrorCode } as const;

export const ITEM_CHANGED = 'item.changed';

/** Items and their barcodes: the catalog's one aggregate with rules of its own. */
export class ItemService {
  /** Supplied by the inventory module: whether any stock move names the item. */
  constructor(private readonly stockHistory?: (em: EntityManager, itemId: string) => Promise<boolean>) {}

  async create(ctx: ServiceContext, input: ItemCreateInput): Promise<{ itemId: string }> {
    const sku = requireText(input.sku, ['input', 'sku'], { ...TEXT, max: 64, pattern: SKU_PATTERN, patternHint: 'letters, digits and . _ - / only, starting with a letter or digit' });
    const outcome = await runCommand(ctx, { command: 'item.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const existing = await queryOne(tx.em, 'select 1 as x from items where lower(sku) = lower(?)', [sku]);
      if (existing) throw duplicateSku(sku);
      const unit = await this.unitFor(tx.em, input.unitCode ?? 'EA', ['input', 'unitCode']);
      const item = tx.em.create(Item, { sku, name: '', unit });
      await this.applyFields(tx, item, input, true);
      const barcodes = input.barcodes ?? [];
      for (const [i, b] of barcodes.entries()) {
        this.addBarcode(tx, item, unit, b, ['input', 'barcodes', String(i)]);
      }
      await this.flushUnique(tx, sku);
      this.publishChanged(tx, item);
      return { itemId: item.id };
    });
    return outcome.result;
  }

  async update(ctx: ServiceContext, input: ItemUpdateInput): Promise<{ itemId: string }> {
    const outcome = await runCommand(ctx, { command: 'item.update', input }, async (tx) => {
      const item = await this.lockItem(tx, input.id, input.expectedVersion);
      await this.applyFields(tx, item, input, false);
      await this.flushUnique(tx, item.sku);
      this.publishChanged(tx, item);
      return { itemId: item.id };
    });
    return outcome.result;
  }

  async setActive(ctx: ServiceContext, input: { id: string; active: boolean; expectedVersion?: number | null }): Promise<{ itemId: string }> {
    const outcome = await runCommand(ctx, { command: input.active ? 'item.activate' : 'item.deactivate', input }, async (tx) => {
      const item = await this.lockItem(tx, input.id, input.expectedVersion);
      if (item.active !== input.active) {
        item.active = input.active;
        await tx.em.flush();
        this.publishChanged(tx, item);
      }
      return { itemId: item.id };
    });
    return outcome.result;
  }

  async barcodeAdd(ctx: ServiceContext, input: { itemId: string; code: string; quantity?: string | null }): Promise<{ itemId: string; barcodeId: string }> {
    const outcome = await runCommand(ctx, { command: 'item.barcodeAdd', input }, async (tx) => {
      const item = await this.lockItem(tx, input.itemId, null, ['input', 'itemId']);
      const unit = await tx.em.findOneOrFail(Unit, { id: item.unit.id });
      const barcode = this.addBarcode(tx, item, unit, input, ['input']);
      item.updatedAt = tx.tx.now; // a change to an item's barcodes is a change to the item: its version rises
      await this.flushUnique(tx, item.sku);
      this.publishChanged(tx, item);
      return { itemId: item.id, barcodeId: barcode.id };
    });
    return outcome.result;
  }

  async barcodeRemove(ctx: ServiceContext, input: { barcodeId: string }): Promise<{ itemId: string }> {
    const outcome = await runCommand(ctx, { command: 'item.barcodeRemove', input }, async (tx) => {
      const barcode = await tx.em.findOne(ItemBarcode, { id: input.barcodeId });
      if (!barcode) throw new DomainError(CatalogErrorCode.NOT_FOUND, 'No barcode has this id.', { field: ['input', 'barcodeId'] });
      const item = await this.lockItem(tx, barcode.item.id, null, ['input', 'barcodeId']);
      tx.em.remove(barcode);
      item.updatedAt = tx.tx.now;
      await tx.em.flush();
      this.publishChanged(tx, item);
      return { itemId: item.id };
    });
    return outcome.result;
  }

  async findPage(ctx: ServiceContext, filter: ItemFilter, page: PageRequest): Promise<Page<Item>> {
    const where: Record<string, unknown>[] = [];
    const search = filter.search?.trim();
    if (search) {
      where.push(containsAny(['sku', 'name'], search));
    }
    if (filter.skus && filter.skus.length > 0) {
      if (filter.skus.length > 500) throw new DomainError(CatalogErrorCode.INVALID, 'At most 500 SKUs per filter.', { field: ['filter', 'skus'] });
      where.push({ sku: { $in: filter.skus } });
    }
    if (filter.categoryId) where.push({ category: filter.categoryId });
    if (filter.active !== null && filter.active !== undefined) where.push({ active: filter.active });
    if (filter.trackingMode) where.push({ trackingMode: filter.trackingMode });
    return keysetPage<Item>(ctx.em, Item, where.length ? { $and: where } : {}, page, 'sku');
  }

  async findBySku(ctx: ServiceContext, sku: string): Promise<Item | null> {
    const row = await queryOne<{ id: string }>(ctx.em, 'select id::text as id from items where lower(sku) = lower(?)', [sku.trim()]);
    return row ? ctx.em.findOne(Item, { id: row.id }) : null;
  }

  async findByBarcode(ctx: ServiceContext, code: string): Promise<ItemBarcode | null> {
    const key = barcodeLookupKey(code);
    if (key.length === 0 || key.length > 64) return null;
    return ctx.em.findOne(ItemBarcode, { lookupKey: key }, { populate: ['item'] });
  }

  private async lockItem(tx: TxContext, id: string, expectedVersion: number | null | undefined, field: FieldPath = ['input', 'id']): Promise<Item> {
    const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from items where id = ? for update', [id]);
    if (!row) throw new DomainError(CatalogErrorCode.NOT_FOUND, 'No item has this id.', { field });
    const item = await tx.em.findOneOrFail(Item, { id: row.id });
    if (expectedVersion !== null && expectedVersion !== undefined && item.version !== expectedVersion) {
      throw new DomainError(CatalogErrorCode.VERSION_CONFLICT, `The item changed since you read it (version ${item.version}, you had ${expectedVersion}); reload and try again.`, {
        field: ['input', 'expectedVersion'],
      });
    }
    return item;
  }

  private async unitFor(em: EntityManager, code: string, field: FieldPath): Promise<Unit> {
    const unit = await em.findOne(Unit, { code: code.trim().toUpperCase() });
    if (!unit) throw new DomainError(CatalogErrorCode.UNKNOWN_UNIT, `Unknown unit of measure "${code}".`, { field });
    return unit;
  }

  private async applyFields(tx: TxContext, item: Item, input: ItemFields, creating: boolean): Promise<void> {
    const f = (name: string): string[] => ['input', name];
    if (creating || input.name !== undefined) item.name = requireText(input.name, f('name'), { ...TEXT, max: 200 });
    if (input.description !== undefined) item.description = optionalText(input.description, f('description'), { ...TEXT, max: 4000 });
    if (input.active !== undefined && input.active !== null) item.active = input.active;

    const changesStockRules =
      (!creating && input.unitCode != null && input.unitCode.trim().toUpperCase() !== (await tx.em.findOneOrFail(Unit, { id: item.unit.id })).code) ||
      (!creating && input.trackingMode != null && input.trackingMode !== item.trackingMode) ||
      (!creating && input.valuationMethod != null && input.valuationMethod !== item.valuationMethod);
    if (changesStockRules && (await this.hasStockHistory(tx.em, item.id))) {
      throw new DomainError(
        CatalogErrorCode.ITEM_HAS_STOCK_HISTORY,
        'The unit, tracking mode and valuation method of an item cannot change once it has stock moves; create a new item instead.',
        { field: f(input.trackingMode != null ? 'trackingMode' : input.valuationMethod != null ? 'valuationMethod' : 'unitCode') },
      );
    }
    if (!creating && input.unitCode != null) item.unit = tx.em.getReference(Unit, (await this.unitFor(tx.em, input.unitCode, f('unitCode'))).id) as never;
    if (input.trackingMode != null) item.trackingMode = input.trackingMode;
    if (input.valuationMethod != null) item.valuationMethod = input.valuationMethod;
    if (input.lotExpiryRequired != null) item.lotExpiryRequired = input.lotExpiryRequired;
    if (item.lotExpiryRequired && item.trackingMode !== TrackingMode.LOT) {
      throw new DomainError(CatalogErrorCode.EXPIRY_REQUIRES_LOT, 'Only lot-tracked items can require an expiry date.', { field: f('lotExpiryRequired') });
    }

    if (input.categoryId !== undefined) {
      if (input.categoryId === null) {
        item.category = null;
      } else {
        const category = await tx.em.findOne(Category, { id: input.categoryId });
        if (!category) throw new DomainError(CatalogErrorCode.UNKNOWN_CATEGORY, 'No category has this id.', { field: f('categoryId') });
        item.category = category as never;
      }
    }
    if (input.standardCost !== undefined) item.standardCost = optionalDecimal(input.standardCost, f('standardCost'), UNIT_COST_SCALE);
    if (input.weightKg !== undefined) item.weightKg = optionalDecimal(input.weightKg, f('weightKg'), 6);
    if (input.lengthCm !== undefined) item.lengthCm = optionalDecimal(input.lengthCm, f('lengthCm'), 4);
    if (input.widthCm !== undefined) item.widthCm = optionalDecimal(input.widthCm, f('widthCm'), 4);
    if (input.heightCm !== undefined) item.heightCm = optionalDecimal(input.heightCm, f('heightCm'), 4);
  }

  private async hasStockHistory(em: EntityManager, itemId: string): Promise<boolean> {
    return this.stockHistory ? this.stockHistory(em, itemId) : false;
  }

  private addBarcode(tx: TxContext, item: Item, unit: Unit, input: BarcodeInput, field: FieldPath): ItemBarcode {
    const parsed = parseBarcode(input, unit.decimals, field);
    return tx.em.create(ItemBarcode, { item, code: parsed.code, lookupKey: parsed.lookupKey, kind: parsed.kind, quantity: toText(parsed.quantity) });
  }

  private async flushUnique(tx: TxContext, sku: string): Promise<void> {
    await mapUniqueViolation(() => tx.em.flush(), {
      items_sku_lower_unique: () => duplicateSku(sku),
      item_barcodes_lookup_key_unique: () =>
        new DomainError(CatalogErrorCode.DUPLICATE_BARCODE, 'A barcode given is already assigned to an item.', { field: ['input', 'barcodes'] }),
    });
  }

  private publishChanged(tx: TxContext, item: Item): void {
    publish(tx, {
      topic: ITEM_CHANGED,
      aggregateType: 'Item',
      aggregateId: item.id,
      aggregateVersion: item.version,
      payload: { sku: item.sku, active: item.active },
    });
  }
}

function duplicateSku(sku: string): DomainError {
  return new DomainError(CatalogErrorCode.DUPLICATE_SKU, `An item with SKU "${sku}" already exists (SKUs are unique regardless of case).`, { field: ['input', 'sku'] });
}

function optionalDecimal(value: string | null, field: FieldPath, scale: number): string | null {
  if (value === null || value === '') return null;
  return toText(requireDecimal(value, field, { code: CatalogErrorCode, scale, nonNegative: true }));
}

export interface ParsedBarcode {
  code: string;
  lookupKey: string;
  kind: BarcodeKind;
  quantity: Decimal;
}

/** Validates a barcode and its pack quantity (pure). */
export function parseBarcode(input: BarcodeInput, unitDecimals: number, field: FieldPath): ParsedBarcode {
  const code = requireText(input.code, [...field, 'code'], { ...TEXT, max: 48, pattern: /^[\x21-\x7e]+$/, patternHint: 'printable ASCII without spaces' });
  const quantity = requireDecimal(input.quantity ?? '1', [...field, 'quantity'], {
    code: { ...CatalogErrorCode, INVALID: CatalogErrorCode.INVALID_QUANTITY, NOT_POSITIVE: CatalogErrorCode.INVALID_QUANTITY },
    scale: Math.min(unitDecimals, QUANTITY_SCALE),
    positive: true,
    scaleHint: `the item's unit allows ${unitDecimals}`,
  });
  if (looksLikeGtin(code)) {
    const check = checkGtin(code);
    if (!check.ok) {
      throw new DomainError(CatalogErrorCode.INVALID_GTIN, `${code} is not a valid GTIN: ${check.reason}.`, { field: [...field, 'code'] });
    }
    return { code, lookupKey: check.gtin14, kind: BarcodeKind[check.kind], quantity };
  }
  if (/^\d+$/.test(code) && code.length < 15) {
    throw new DomainError(CatalogErrorCode.INVALID_GTIN, `${code} is all digits but not 8, 12, 13 or 14 long, so it is not a GTIN; prefix internal numeric codes with a letter.`, {
      field: [...field, 'code'],
    });
  }
  return { code, lookupKey: barcodeLookupKey(code), kind: BarcodeKind.OTHER, quantity };
}
