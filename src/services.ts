import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKeyService } from './auth/api-key.service';
import type { Config } from './config/config';
import { CategoryService } from './modules/catalog/category.service';
import { ItemService } from './modules/catalog/item.service';
import { PartnerService } from './modules/partners/partner.service';
import { LocationService, WarehouseService, ZoneService } from './modules/warehouse/warehouse.service';

/** The composition root: every service, built once per process. */
export interface Services {
  apiKeys: ApiKeyService;
  items: ItemService;
  categories: CategoryService;
  warehouses: WarehouseService;
  zones: ZoneService;
  locations: LocationService;
  partners: PartnerService;
}

export function createServices(rootEm: EntityManager, config: Config): Services {
  return {
    apiKeys: new ApiKeyService(rootEm, config.authCacheMs),
    items: new ItemService(),
    categories: new CategoryService(),
    warehouses: new WarehouseService(),
    zones: new ZoneService(),
    locations: new LocationService(),
    partners: new PartnerService(),
  };
}
