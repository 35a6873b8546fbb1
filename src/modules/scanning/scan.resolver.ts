import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { permitGroupSeparator } from '../../graphql/strict-strings';
import { itemsById } from '../catalog/catalog.loaders';
import { ItemType } from '../catalog/catalog.types';
import type { Item } from '../catalog/item.entity';
import { LotType, SerialType } from '../inventory/inventory.types';
import type { Lot, Serial } from '../inventory/lot.entity';
import type { Location } from '../warehouse/location.entity';
import { LocationObjectType } from '../warehouse/warehouse.types';
import type { ScanResolution } from './scan.service';
import { ScanParseResultType } from './scan.types';

// A raw scan carries FNC1 as the ASCII group separator.
permitGroupSeparator('Query.scanParse');

@Resolver(() => ScanParseResultType)
export class ScanResolver {
  @Authorized(Scope.CATALOG_READ)
  @Query(() => ScanParseResultType, {
    description:
      'What a scan means before a scanner acts on it: the symbology, the GS1 elements (GS1-128, DataMatrix, QR, DataBar; FNC1 as U+001D or an alternate; or the parenthesised form) and what they name here (item, lot, serial, location, carton), or the error and its position. A plain code is looked up as an item barcode, a location label, a serial and a lot number. Lots and serials need inventory:read, locations warehouse:read; without them those lookups are not made.',
  })
  scanParse(@Arg('raw', () => String) raw: string, @Ctx() ctx: GraphQLContext): Promise<ScanResolution> {
    return ctx.services.scans.parse(ctx, raw);
  }

  @FieldResolver(() => ItemType, { nullable: true, description: 'The item the scan names: by barcode or GTIN (any of its 8/12/13/14-digit spellings), else by the one lot or serial it matched.' })
  item(@Root() scan: ScanResolution, @Ctx() ctx: GraphQLContext): Promise<Item | null> | null {
    return scan.itemId ? ctx.loaders.get(itemsById).load(scan.itemId) : null;
  }

  @Authorized(Scope.INVENTORY_READ)
  @FieldResolver(() => [LotType], { nullable: true, description: 'Lots with the scanned lot number (AI 10, or the plain code): of the scanned item when there is one, else of any item. Needs inventory:read.' })
  lots(@Root() scan: ScanResolution): Lot[] {
    return scan.lots;
  }

  @Authorized(Scope.INVENTORY_READ)
  @FieldResolver(() => [SerialType], { nullable: true, description: 'Serials with the scanned serial number (AI 21, or the plain code): of the scanned item when there is one, else of any item. Needs inventory:read.' })
  serials(@Root() scan: ScanResolution): Serial[] {
    return scan.serials;
  }

  @Authorized(Scope.WAREHOUSE_READ)
  @FieldResolver(() => LocationObjectType, { nullable: true, description: 'The location whose label carries the plain code. Needs warehouse:read.' })
  location(@Root() scan: ScanResolution): Location | null {
    return scan.location;
  }
}
