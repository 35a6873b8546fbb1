import type { EntityManager } from '@mikro-orm/postgresql';
import { lockPlaceExclusive, locationLockKey, warehouseLockKey } from './place-locks';
import { runCommand } from '../../db/command';
import { mapUniqueViolation } from '../../db/constraints';
import { containsAny, keysetPage, type Page, type PageRequest } from '../../db/pagination';
import { queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { DomainError } from '../../shared/errors';
import { type FieldPath, optionalText, requireText } from '../../shared/validate';
import { publish } from '../events/outbox';
import { Location, LocationType, SELLABLE_BY_DEFAULT } from './location.entity';
import { Address, Warehouse } from './warehouse.entity';
import { WarehouseErrorCode } from './warehouse-errors';
import { Zone } from './zone.entity';

export const CODE_RULE = {
  code: WarehouseErrorCode,
  max: 32,
  pattern: /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/,
  patternHint: 'letters, digits and . _ - / only, starting with a letter or digit',
} as const;
const NAME_RULE = { code: WarehouseErrorCode, max: 200 } as const;

/** Code of the system location, one per warehouse, holding stock in transit to it. */
export const TRANSIT_LOCATION_CODE = 'IN-TRANSIT';
export const WAREHOUSE_CHANGED = 'warehouse.changed';

export interface AddressInput {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

export interface WarehouseCreateInput {
  code: string;
  name: string;
  address?: AddressInput | null;
  allowNegativeStock?: boolean | null;
  idempotencyKey?: string | null;
}

export interface WarehouseUpdateInput {
  id: string;
  expectedVersion?: number | null;
  code?: string | null;
  name?: string | null;
  address?: AddressInput | null;
  allowNegativeStock?: boolean | null;
  active?: boolean | null;
}

export class WarehouseService {
  /** Supplied by the inventory module: whether any balance in the warehouse is below zero. */
  constructor(private readonly hasNegativeStock?: (em: EntityManager, warehouseId: string) => Promise<boolean>) {}

  async create(ctx: ServiceContext, input: WarehouseCreateInput): Promise<{ warehouseId: string }> {
    const code = requireText(input.code, ['input', 'code'], CODE_RULE);
    const name = requireText(input.name, ['input', 'name'], NAME_RULE);
    const address = parseAddress(input.address ?? {}, ['input', 'address']);
    const outcome = await runCommand(ctx, { command: 'warehouse.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const warehouse = tx.em.create(Warehouse, { code, name, address, allowNegativeStock: input.allowNegativeStock ?? false });
      tx.em.create(Location, { warehouse, code: TRANSIT_LOCATION_CODE, type: LocationType.TRANSIT, sellable: false, pickSequence: null });
      await flushWarehouse(tx, code);
      this.publishChanged(tx, warehouse);
      return { warehouseId: warehouse.id };
    });
    return outcome.result;
  }

  async update(ctx: ServiceContext, input: WarehouseUpdateInput): Promise<{ warehouseId: string }> {
    const outcome = await runCommand(ctx, { command: 'warehouse.update', input }, async (tx) => {
      const warehouse = await lockWarehouse(tx, input.id, input.expectedVersion, ['input', 'id']);
      if (input.code != null) warehouse.code = requireText(input.code, ['input', 'code'], CODE_RULE);
      if (input.name != null) warehouse.name = requireText(input.name, ['input', 'name'], NAME_RULE);
      if (input.address != null) warehouse.address = parseAddress(input.address, ['input', 'address']);
      if (input.allowNegativeStock != null && input.allowNegativeStock !== warehouse.allowNegativeStock) {
        if (!input.allowNegativeStock && this.hasNegativeStock && (await this.hasNegativeStock(tx.em, warehouse.id))) {
          throw new DomainError(WarehouseErrorCode.NEGATIVE_STOCK_EXISTS, `Stock in ${warehouse.code} is below zero somewhere: bring it back to zero or above before disallowing negative stock.`, {
            field: ['input', 'allowNegativeStock'],
          });
        }
        warehouse.allowNegativeStock = input.allowNegativeStock;
      }
      if (input.active != null) warehouse.active = input.active;
      await flushWarehouse(tx, warehouse.code);
      this.publishChanged(tx, warehouse);
      return { warehouseId: warehouse.id };
    });
    return outcome.result;
  }

  async findPage(ctx: ServiceContext, filter: { active?: boolean | null; search?: string | null }, page: PageRequest): Promise<Page<Warehouse>> {
    const where: Record<string, unknown>[] = [];
    if (filter.active != null) where.push({ active: filter.active });
    const search = filter.search?.trim();
    if (search) {
      where.push(containsAny(['code', 'name'], search));
    }
    return keysetPage<Warehouse>(ctx.em, Warehouse, where.length ? { $and: where } : {}, page, 'code');
  }

  async findByCode(em: EntityManager, code: string): Promise<Warehouse | null> {
    const row = await queryOne<{ id: string }>(em, 'select id::text as id from warehouses where lower(code) = lower(?)', [code.trim()]);
    return row ? em.findOne(Warehouse, { id: row.id }) : null;
  }

  private publishChanged(tx: TxContext, warehouse: Warehouse): void {
    publish(tx, {
      topic: WAREHOUSE_CHANGED,
      aggregateType: 'Warehouse',
      aggregateId: warehouse.id,
      aggregateVersion: warehouse.version,
      payload: { code: warehouse.code, active: warehouse.active },
    });
  }
}

export async function lockWarehouse(tx: TxContext, id: string, expectedVersion: number | null | undefined, field: FieldPath): Promise<Warehouse> {
  // Stock commands in flight hold the warehouse's place lock shared (place-locks.ts): a change
  // of its flags waits for them, and commands that start after it see the new flags.
  if (/^\d{1,13}$/.test(id)) await lockPlaceExclusive(tx, warehouseLockKey(id));
  const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from warehouses where id = ? for update', [id]);
  if (!row) throw new DomainError(WarehouseErrorCode.UNKNOWN_WAREHOUSE, 'No warehouse has this id.', { field });
  const warehouse = await tx.em.findOneOrFail(Warehouse, { id: row.id });
  if (expectedVersion != null && expectedVersion !== warehouse.version) {
    throw new DomainError(WarehouseErrorCode.VERSION_CONFLICT, `The warehouse changed since you read it (version ${warehouse.version}).`, { field: ['input', 'expectedVersion'] });
  }
  return warehouse;
}

async function flushWarehouse(tx: TxContext, code: string): Promise<void> {
  await mapUniqueViolation(() => tx.em.flush(), {
    warehouses_code_lower_unique: () => new DomainError(WarehouseErrorCode.DUPLICATE_CODE, `A warehouse with code "${code}" already exists.`, { field: ['input', 'code'] }),
  });
}

export function parseAddress(input: AddressInput, field: FieldPath): Address {
  const address = new Address();
  const text = (name: keyof AddressInput, max: number) => optionalText(input[name], [...field, name], { code: WarehouseErrorCode, max });
  address.line1 = text('line1', 200);
  address.line2 = text('line2', 200);
  address.city = text('city', 100);
  address.region = text('region', 100);
  address.postalCode = text('postalCode', 20);
  const country = optionalText(input.country, [...field, 'country'], { code: WarehouseErrorCode, max: 2, pattern: /^[A-Za-z]{2}$/, patternHint: 'an ISO 3166-1 alpha-2 code such as US or DE' });
  address.country = country ? country.toUpperCase() : null;
  return address;
}

export interface LocationInput {
  code?: string | null;
  type?: LocationType | null;
  zoneId?: string | null;
  pickSequence?: number | null;
  barcode?: string | null;
  sellable?: boolean | null;
}

export interface LocationStockHooks {
  /** Whether the location holds stock (it cannot be deactivated then). */
  holdsStock(em: EntityManager, locationId: string): Promise<boolean>;
  /** The location's sellable flag changed: availability of what it holds changes with it. */
  sellableChanged(tx: TxContext, locationId: string, warehouseId: string, sellable: boolean): Promise<void>;
}

export class LocationService {
  constructor(private readonly stock?: LocationStockHooks) {}

  async create(ctx: ServiceContext, input: LocationInput & { warehouseId: string; code: string; type: LocationType; idempotencyKey?: string | null }): Promise<{ locationId: string }> {
    const code = requireText(input.code, ['input', 'code'], CODE_RULE);
    assertUserType(input.type, code);
    const outcome = await runCommand(ctx, { command: 'location.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const warehouse = await tx.em.findOne(Warehouse, { id: input.warehouseId });
      if (!warehouse) throw new DomainError(WarehouseErrorCode.UNKNOWN_WAREHOUSE, 'No warehouse has this id.', { field: ['input', 'warehouseId'] });
      const location = tx.em.create(Location, {
        warehouse,
        code,
        type: input.type,
        sellable: input.sellable ?? SELLABLE_BY_DEFAULT.has(input.type),
        pickSequence: checkSequence(input.pickSequence),
        barcode: optionalText(input.barcode, ['input', 'barcode'], { code: WarehouseErrorCode, max: 48, pattern: /^[\x21-\x7e]+$/, patternHint: 'printable ASCII without spaces' }),
      });
      if (input.zoneId) location.zone = (await zoneOf(tx, input.zoneId, warehouse.id)) as never;
      await flushLocation(tx, code);
      return { locationId: location.id };
    });
    return outcome.result;
  }

  async update(ctx: ServiceContext, input: LocationInput & { id: string; expectedVersion?: number | null; active?: boolean | null }): Promise<{ locationId: string }> {
    const outcome = await runCommand(ctx, { command: 'location.update', input }, async (tx) => {
      // As for warehouses: a location's flags change only while no stock command holds its place lock.
      if (/^\d{1,13}$/.test(input.id)) await lockPlaceExclusive(tx, locationLockKey(input.id));
      const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from locations where id = ? for update', [input.id]);
      if (!row) throw new DomainError(WarehouseErrorCode.NOT_FOUND, 'No location has this id.', { field: ['input', 'id'] });
      const location = await tx.em.findOneOrFail(Location, { id: row.id });
      if (location.type === LocationType.TRANSIT) {
        throw new DomainError(WarehouseErrorCode.SYSTEM_LOCATION, 'The in-transit location is managed by the system and cannot be edited.', { field: ['input', 'id'] });
      }
      if (input.expectedVersion != null && input.expectedVersion !== location.version) {
        throw new DomainError(WarehouseErrorCode.VERSION_CONFLICT, `The location changed since you read it (version ${location.version}).`, { field: ['input', 'expectedVersion'] });
      }
      if (input.code != null) location.code = requireText(input.code, ['input', 'code'], CODE_RULE);
      if (input.type != null) location.type = input.type;
      if (input.code != null || input.type != null) assertUserType(location.type, location.code);
      if (input.sellable != null && input.sellable !== location.sellable) {
        location.sellable = input.sellable;
        await this.stock?.sellableChanged(tx, location.id, location.warehouse.id, input.sellable);
      }
      if (input.pickSequence !== undefined) location.pickSequence = checkSequence(input.pickSequence);
      if (input.barcode !== undefined) {
        location.barcode = optionalText(input.barcode, ['input', 'barcode'], { code: WarehouseErrorCode, max: 48, pattern: /^[\x21-\x7e]+$/ });
      }
      if (input.zoneId !== undefined) location.zone = input.zoneId === null ? null : ((await zoneOf(tx, input.zoneId, location.warehouse.id)) as never);
      if (input.active != null && input.active !== location.active) {
        if (!input.active && this.stock && (await this.stock.holdsStock(tx.em, location.id))) {
          throw new DomainError(WarehouseErrorCode.LOCATION_HAS_STOCK, 'This location holds stock; move it out before deactivating the location.', { field: ['input', 'active'] });
        }
        location.active = input.active;
      }
      await flushLocation(tx, location.code);
      return { locationId: location.id };
    });
    return outcome.result;
  }

  async findPage(
    em: EntityManager,
    filter: { warehouseId?: string | null; type?: LocationType | null; zoneId?: string | null; sellable?: boolean | null; active?: boolean | null },
    page: PageRequest,
  ): Promise<Page<Location>> {
    const where: Record<string, unknown> = {};
    if (filter.warehouseId) where.warehouse = filter.warehouseId;
    if (filter.type) where.type = filter.type;
    if (filter.zoneId) where.zone = filter.zoneId;
    if (filter.sellable != null) where.sellable = filter.sellable;
    if (filter.active != null) where.active = filter.active;
    return keysetPage(em, Location, where, page);
  }

  async findByCode(em: EntityManager, warehouseId: string, code: string): Promise<Location | null> {
    const row = await queryOne<{ id: string }>(em, 'select id::text as id from locations where warehouse_id = ? and lower(code) = lower(?)', [warehouseId, code.trim()]);
    return row ? em.findOne(Location, { id: row.id }) : null;
  }
}

export class ZoneService {
  async create(ctx: ServiceContext, input: { warehouseId: string; code: string; name: string; idempotencyKey?: string | null }): Promise<{ zoneId: string }> {
    const code = requireText(input.code, ['input', 'code'], CODE_RULE);
    const name = requireText(input.name, ['input', 'name'], NAME_RULE);
    const outcome = await runCommand(ctx, { command: 'zone.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const warehouse = await tx.em.findOne(Warehouse, { id: input.warehouseId });
      if (!warehouse) throw new DomainError(WarehouseErrorCode.UNKNOWN_WAREHOUSE, 'No warehouse has this id.', { field: ['input', 'warehouseId'] });
      const zone = tx.em.create(Zone, { warehouse, code, name });
      await mapUniqueViolation(() => tx.em.flush(), {
        zones_warehouse_code_unique: () => new DomainError(WarehouseErrorCode.DUPLICATE_CODE, `Zone "${code}" already exists in this warehouse.`, { field: ['input', 'code'] }),
      });
      return { zoneId: zone.id };
    });
    return outcome.result;
  }

  async update(ctx: ServiceContext, input: { id: string; code?: string | null; name?: string | null; expectedVersion?: number | null }): Promise<{ zoneId: string }> {
    const outcome = await runCommand(ctx, { command: 'zone.update', input }, async (tx) => {
      const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from zones where id = ? for update', [input.id]);
      if (!row) throw new DomainError(WarehouseErrorCode.UNKNOWN_ZONE, 'No zone has this id.', { field: ['input', 'id'] });
      const zone = await tx.em.findOneOrFail(Zone, { id: row.id });
      if (input.expectedVersion != null && input.expectedVersion !== zone.version) {
        throw new DomainError(WarehouseErrorCode.VERSION_CONFLICT, `The zone changed since you read it (version ${zone.version}).`, { field: ['input', 'expectedVersion'] });
      }
      if (input.code != null) zone.code = requireText(input.code, ['input', 'code'], CODE_RULE);
      if (input.name != null) zone.name = requireText(input.name, ['input', 'name'], NAME_RULE);
      await mapUniqueViolation(() => tx.em.flush(), {
        zones_warehouse_code_unique: () => new DomainError(WarehouseErrorCode.DUPLICATE_CODE, `Zone "${zone.code}" already exists in this warehouse.`, { field: ['input', 'code'] }),
      });
      return { zoneId: zone.id };
    });
    return outcome.result;
  }
}

function assertUserType(type: LocationType, code: string): void {
  if (type === LocationType.TRANSIT || code.toUpperCase() === TRANSIT_LOCATION_CODE) {
    throw new DomainError(WarehouseErrorCode.SYSTEM_LOCATION, `The ${TRANSIT_LOCATION_CODE} location and the TRANSIT type are managed by the system.`, {
      field: ['input', type === LocationType.TRANSIT ? 'type' : 'code'],
    });
  }
}

function checkSequence(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > 1_000_000_000) {
    throw new DomainError(WarehouseErrorCode.INVALID, 'pickSequence must be a whole number from 0 to 1000000000.', { field: ['input', 'pickSequence'] });
  }
  return value;
}

async function zoneOf(tx: TxContext, zoneId: string, warehouseId: string): Promise<Zone> {
  const zone = await tx.em.findOne(Zone, { id: zoneId });
  if (!zone) throw new DomainError(WarehouseErrorCode.UNKNOWN_ZONE, 'No zone has this id.', { field: ['input', 'zoneId'] });
  if (zone.warehouse.id !== warehouseId) {
    throw new DomainError(WarehouseErrorCode.ZONE_IN_OTHER_WAREHOUSE, 'The zone belongs to another warehouse.', { field: ['input', 'zoneId'] });
  }
  return zone;
}

async function flushLocation(tx: TxContext, code: string): Promise<void> {
  await mapUniqueViolation(() => tx.em.flush(), {
    locations_warehouse_code_unique: () => new DomainError(WarehouseErrorCode.DUPLICATE_CODE, `Location "${code}" already exists in this warehouse.`, { field: ['input', 'code'] }),
    locations_barcode_unique: () => new DomainError(WarehouseErrorCode.DUPLICATE_BARCODE, 'Another location already has this barcode.', { field: ['input', 'barcode'] }),
  });
}
