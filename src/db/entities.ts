import { ApiKey } from '../auth/api-key.entity';
import { Category } from '../modules/catalog/category.entity';
import { ItemBarcode } from '../modules/catalog/item-barcode.entity';
import { Item } from '../modules/catalog/item.entity';
import { Unit } from '../modules/catalog/unit.entity';
import { OutboxEvent } from '../modules/events/outbox-event.entity';
import { Partner } from '../modules/partners/partner.entity';
import { Location } from '../modules/warehouse/location.entity';
import { Address, Warehouse } from '../modules/warehouse/warehouse.entity';
import { Zone } from '../modules/warehouse/zone.entity';
import { BaseEntity, VersionedEntity } from './base.entity';
import { IdempotencyRecord } from './idempotency.entity';

/** Every entity, listed explicitly (no folder scanning: works the same from TS and compiled JS). */
export const entities = [
  BaseEntity,
  VersionedEntity,
  IdempotencyRecord,
  OutboxEvent,
  ApiKey,
  Partner,
  Unit,
  Category,
  Item,
  ItemBarcode,
  Address,
  Warehouse,
  Zone,
  Location,
];
