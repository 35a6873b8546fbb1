import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { PageArgs, toConnection } from '../../graphql/relay';
import { Location } from './location.entity';
import { locationsById, warehousesById, zonesById, zonesByWarehouseId } from './warehouse.loaders';
import { Warehouse } from './warehouse.entity';
import {
  LocationConnection,
  LocationCreateInput,
  LocationCreatePayload,
  LocationDeactivateInput,
  LocationDeactivatePayload,
  LocationFilterInput,
  LocationObjectType,
  LocationUpdateInput,
  LocationUpdatePayload,
  WarehouseConnection,
  WarehouseCreateInput,
  WarehouseCreatePayload,
  WarehouseDeactivateInput,
  WarehouseDeactivatePayload,
  WarehouseFilterInput,
  WarehouseType,
  WarehouseUpdateInput,
  WarehouseUpdatePayload,
  ZoneCreateInput,
  ZoneCreatePayload,
  ZoneType,
  ZoneUpdateInput,
  ZoneUpdatePayload,
} from './warehouse.types';
import { Zone } from './zone.entity';

registerNodeType('Warehouse', { entity: Warehouse, scopes: [Scope.WAREHOUSE_READ] });
registerNodeType('Location', { entity: Location, scopes: [Scope.WAREHOUSE_READ] });
registerNodeType('Zone', { entity: Zone, scopes: [Scope.WAREHOUSE_READ] });

@Resolver(() => WarehouseType)
export class WarehouseResolver {
  @Authorized(Scope.WAREHOUSE_READ)
  @Query(() => WarehouseType, { nullable: true })
  warehouse(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Warehouse | null> {
    return ctx.loaders.get(warehousesById).load(dbId(id, 'Warehouse'));
  }

  @Authorized(Scope.WAREHOUSE_READ)
  @Query(() => WarehouseType, { nullable: true, description: 'A warehouse by code (case-insensitive).' })
  warehouseByCode(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<Warehouse | null> {
    return ctx.services.warehouses.findByCode(ctx.em, code);
  }

  @Authorized(Scope.WAREHOUSE_READ)
  @Query(() => WarehouseConnection, { description: 'Warehouses ordered by code.' })
  async warehouses(
    @Arg('filter', () => WarehouseFilterInput, { nullable: true }) filter: WarehouseFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toConnection(await ctx.services.warehouses.findPage(ctx, filter ?? {}, page));
  }

  @Authorized(Scope.WAREHOUSE_READ)
  @Query(() => LocationObjectType, { nullable: true })
  location(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Location | null> {
    return ctx.loaders.get(locationsById).load(dbId(id, 'Location'));
  }

  @Authorized(Scope.WAREHOUSE_READ)
  @Query(() => LocationObjectType, { nullable: true, description: 'The location whose label carries this barcode.' })
  locationByBarcode(@Arg('barcode', () => String) barcode: string, @Ctx() ctx: GraphQLContext): Promise<Location | null> {
    return ctx.em.findOne(Location, { barcode: barcode.trim() });
  }

  @FieldResolver(() => LocationConnection, { description: 'Locations in creation order.' })
  async locations(
    @Root() warehouse: Warehouse,
    @Arg('filter', () => LocationFilterInput, { nullable: true }) filter: LocationFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const f = filter ?? {};
    return toConnection(await ctx.services.locations.findPage(ctx.em, { ...f, zoneId: dbId(f.zoneId, 'Zone'), warehouseId: warehouse.id }, page));
  }

  @FieldResolver(() => LocationObjectType, { nullable: true, description: 'A location of this warehouse by code (case-insensitive).' })
  locationByCode(@Root() warehouse: Warehouse, @Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<Location | null> {
    return ctx.services.locations.findByCode(ctx.em, warehouse.id, code);
  }

  @FieldResolver(() => [ZoneType])
  zones(@Root() warehouse: Warehouse, @Ctx() ctx: GraphQLContext): Promise<Zone[]> {
    return ctx.loaders.get(zonesByWarehouseId).load(warehouse.id);
  }

  @Authorized(Scope.WAREHOUSE_WRITE)
  @Mutation(() => WarehouseCreatePayload, { description: 'Creates a warehouse, with its system IN-TRANSIT location.' })
  warehouseCreate(@Arg('input', () => WarehouseCreateInput) input: WarehouseCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.warehouses.create(ctx, input),
      async (r) => ({ warehouse: await ctx.em.findOne(Warehouse, { id: r.warehouseId }) }),
    );
  }

  @Authorized(Scope.WAREHOUSE_WRITE)
  @Mutation(() => WarehouseUpdatePayload)
  warehouseUpdate(@Arg('input', () => WarehouseUpdateInput) input: WarehouseUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.warehouses.update(ctx, { ...input, id: dbId(input.id, 'Warehouse') }),
      async (r) => ({ warehouse: await ctx.em.findOne(Warehouse, { id: r.warehouseId }) }),
    );
  }

  @Authorized(Scope.WAREHOUSE_WRITE)
  @Mutation(() => WarehouseDeactivatePayload, { description: 'Stops new documents in the warehouse; reactivate with warehouseUpdate(active: true).' })
  warehouseDeactivate(@Arg('input', () => WarehouseDeactivateInput) input: WarehouseDeactivateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.warehouses.update(ctx, { id: dbId(input.id, 'Warehouse'), expectedVersion: input.expectedVersion, active: false }),
      async (r) => ({ warehouse: await ctx.em.findOne(Warehouse, { id: r.warehouseId }) }),
    );
  }

  @Authorized(Scope.WAREHOUSE_WRITE)
  @Mutation(() => ZoneCreatePayload)
  zoneCreate(@Arg('input', () => ZoneCreateInput) input: ZoneCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.zones.create(ctx, { ...input, warehouseId: dbId(input.warehouseId, 'Warehouse') }),
      async (r) => ({ zone: await ctx.em.findOne(Zone, { id: r.zoneId }) }),
    );
  }

  @Authorized(Scope.WAREHOUSE_WRITE)
  @Mutation(() => ZoneUpdatePayload)
  zoneUpdate(@Arg('input', () => ZoneUpdateInput) input: ZoneUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.zones.update(ctx, { ...input, id: dbId(input.id, 'Zone') }),
      async (r) => ({ zone: await ctx.em.findOne(Zone, { id: r.zoneId }) }),
    );
  }

  @Authorized(Scope.WAREHOUSE_WRITE)
  @Mutation(() => LocationCreatePayload)
  locationCreate(@Arg('input', () => LocationCreateInput) input: LocationCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.locations.create(ctx, { ...input, warehouseId: dbId(input.warehouseId, 'Warehouse'), zoneId: dbId(input.zoneId, 'Zone') }),
      async (r) => ({ location: await ctx.em.findOne(Location, { id: r.locationId }) }),
    );
  }

  @Authorized(Scope.WAREHOUSE_WRITE)
  @Mutation(() => LocationUpdatePayload)
  locationUpdate(@Arg('input', () => LocationUpdateInput) input: LocationUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.locations.update(ctx, { ...input, id: dbId(input.id, 'Location'), zoneId: dbId(input.zoneId, 'Zone') }),
      async (r) => ({ location: await ctx.em.findOne(Location, { id: r.locationId }) }),
    );
  }

  @Authorized(Scope.WAREHOUSE_WRITE)
  @Mutation(() => LocationDeactivatePayload, { description: 'Refused while the location holds stock.' })
  locationDeactivate(@Arg('input', () => LocationDeactivateInput) input: LocationDeactivateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.locations.update(ctx, { id: dbId(input.id, 'Location'), expectedVersion: input.expectedVersion, active: false }),
      async (r) => ({ location: await ctx.em.findOne(Location, { id: r.locationId }) }),
    );
  }
}

@Resolver(() => LocationObjectType)
export class LocationResolver {
  @FieldResolver(() => WarehouseType)
  async warehouse(@Root() location: Location, @Ctx() ctx: GraphQLContext): Promise<Warehouse> {
    return (await ctx.loaders.get(warehousesById).load(location.warehouse.id)) as Warehouse;
  }

  @FieldResolver(() => ZoneType, { nullable: true })
  zone(@Root() location: Location, @Ctx() ctx: GraphQLContext): Promise<Zone | null> | null {
    return location.zone ? ctx.loaders.get(zonesById).load(location.zone.id) : null;
  }
}

@Resolver(() => ZoneType)
export class ZoneResolver {
  @FieldResolver(() => WarehouseType)
  async warehouse(@Root() zone: Zone, @Ctx() ctx: GraphQLContext): Promise<Warehouse> {
    return (await ctx.loaders.get(warehousesById).load(zone.warehouse.id)) as Warehouse;
  }
}
