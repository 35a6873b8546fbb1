import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { hasScope } from '../../auth/principal';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate, written } from '../../graphql/mutation';
import { writtenShipment } from './written-views';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { permitGroupSeparator } from '../../graphql/strict-strings';
import { toGlobalId } from '../../shared/ids';
import { ItemType } from '../catalog/catalog.types';
import { itemsById } from '../catalog/catalog.loaders';
import type { Item } from '../catalog/item.entity';
import { lotsById } from '../inventory/inventory.loaders';
import type { Lot } from '../inventory/lot.entity';
import { LotType } from '../inventory/inventory.types';
import { salesOrderLinesByOrderId, salesOrdersById } from '../sales/sales.loaders';
import { SalesOrder, type SalesOrderLine } from '../sales/sales-order.entity';
import { SalesOrderLineType, SalesOrderType } from '../sales/sales-order.types';
import { canSeeOrder } from '../sales/sales-order.service';
import type { Location } from '../warehouse/location.entity';
import { locationsById, warehousesById, zonesById } from '../warehouse/warehouse.loaders';
import type { Warehouse } from '../warehouse/warehouse.entity';
import type { Zone } from '../warehouse/zone.entity';
import { LocationObjectType, WarehouseType, ZoneType } from '../warehouse/warehouse.types';
import { Carton, PickList, PickTask, Shipment, ShipmentLine, type StockAllocation, Wave } from './fulfillment.entity';
import {
  allocationsByOrderLineId,
  cartonsByShipmentId,
  pickListsByWaveId,
  pickTasksByListId,
  shipmentsById,
  shipmentsByOrderId,
  wavesById,
} from './fulfillment.loaders';
import {
  CartonCloseInputType,
  CartonClosePayload,
  PickListType,
  PickScanInputType,
  PickScanPayload,
  PickListAssignInputType,
  PickListAssignPayload,
  PickShortInputType,
  PickShortPayload,
  PickTaskType,
  SalesOrderApproveCreditInputType,
  SalesOrderApproveCreditPayload,
  SalesOrderConfirmInputType,
  SalesOrderConfirmPayload,
  ShipmentConfirmInputType,
  ShipmentPackInputType,
  ShipmentPayload,
  ShipmentTrackInputType,
  ShipmentType,
  StockAllocationType,
  WaveReleaseInputType,
  WaveReleasePayload,
  WaveType,
} from './fulfillment.types';

const FLOOR_READ = [Scope.INVENTORY_READ, Scope.SALES_READ];

registerNodeType('Wave', { entity: Wave, scopes: FLOOR_READ });
registerNodeType('PickList', { entity: PickList, scopes: FLOOR_READ });
registerNodeType('PickTask', { entity: PickTask, scopes: FLOOR_READ });
registerNodeType('Carton', { entity: Carton, scopes: FLOOR_READ });
/** A PARTNER key sees the shipments of its own partner's orders only (visibility is checked by the shipment query; by node id only floor and sales keys). */
registerNodeType('Shipment', { entity: Shipment, scopes: FLOOR_READ });
registerNodeType('ShipmentLine', { entity: ShipmentLine, scopes: FLOOR_READ });

// Raw scans carry GS1's FNC1 as the group separator (U+001D).
permitGroupSeparator('Mutation.pickScan');
permitGroupSeparator('Mutation.cartonClose');

async function orderOf(ctx: GraphQLContext, id: string): Promise<SalesOrder> {
  return (await ctx.loaders.get(salesOrdersById).load(id)) as SalesOrder;
}

async function shipmentVisible(ctx: GraphQLContext, s: Shipment | null | undefined): Promise<Shipment | null> {
  if (!s) return null;
  if (FLOOR_READ.some((scope) => hasScope(ctx.principal, scope))) return s;
  return canSeeOrder(ctx, await orderOf(ctx, s.order.id)) ? s : null;
}

@Resolver()
export class FulfillmentResolver {
  @Authorized(Scope.SALES_WRITE)
  @Mutation(() => SalesOrderConfirmPayload, {
    description:
      'Confirms a DRAFT order and reserves its stock (FEFO for lots with expiry, else FIFO) under the stock locks: what cannot be reserved is backordered (filled automatically, oldest order first, when stock comes in), or with backorder: false the confirmation is refused (INSUFFICIENT_STOCK). When the customer has a credit limit and its open receivables plus open orders plus this order would pass it, the confirmation is refused (CREDIT_LIMIT_EXCEEDED), or under the customer\'s HOLD policy the order goes to CREDIT_HOLD, reserving nothing, until salesOrderApproveCredit.',
  })
  salesOrderConfirm(@Arg('input', () => SalesOrderConfirmInputType) input: SalesOrderConfirmInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.reservations.confirm(ctx, { ...input, id: dbId(input.id, 'SalesOrder'), holdId: dbId(input.holdId, 'StockHold') }),
      async (r) => ({ salesOrder: await ctx.em.findOne(SalesOrder, { id: r.salesOrderId }) }),
    );
  }

  @Authorized(Scope.CREDIT_APPROVE)
  @Mutation(() => SalesOrderApproveCreditPayload, {
    description:
      'Finance releases an order from CREDIT_HOLD over the customer\'s credit limit: it is confirmed and reserves its stock as salesOrderConfirm would (backordering what cannot be reserved), and records who approved it (creditApprovedBy).',
  })
  salesOrderApproveCredit(@Arg('input', () => SalesOrderApproveCreditInputType) input: SalesOrderApproveCreditInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.reservations.approveCredit(ctx, { ...input, orderId: dbId(input.orderId, 'SalesOrder') }),
      async (r) => ({ salesOrder: await ctx.em.findOne(SalesOrder, { id: r.salesOrderId }) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => WaveReleasePayload, { description: 'Releases orders with reserved stock to the floor as a wave of pick lists cut by the strategy; the orders go to PICKING.' })
  waveRelease(@Arg('input', () => WaveReleaseInputType) input: WaveReleaseInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.waves.release(ctx, {
          ...input,
          warehouseId: dbId(input.warehouseId, 'Warehouse'),
          orderIds: input.orderIds ? input.orderIds.map((id) => dbId(id, 'SalesOrder')) : null,
          channelId: dbId(input.channelId, 'SalesChannel'),
        }),
      async (r) => ({ wave: await ctx.em.findOne(Wave, { id: r.waveId }) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => PickScanPayload, {
    description:
      'The floor\'s one scan: a location label sets where the picker stands; an item barcode (a pack barcode counts its units), a lot or serial number, or a GS1 element string picks for the next matching task there and moves the units to packing. Refusals carry codes a scanner can show: WRONG_LOCATION, WRONG_ITEM, WRONG_LOT, EXPIRED_LOT, SERIAL_UNKNOWN, OVERPICK, SCAN_UNKNOWN, SCAN_MALFORMED.',
  })
  async pickScan(@Arg('input', () => PickScanInputType) input: PickScanInputType, @Ctx() ctx: GraphQLContext) {
    const scan = await ctx.services.scans.parse(ctx, input.raw);
    return mutate(
      ctx,
      () => ctx.services.picks.scan(ctx, { ...input, pickListId: dbId(input.pickListId, 'PickList') }, scan),
      async (r) => ({
        pickList: await ctx.em.findOne(PickList, { id: r.pickListId }),
        result: { kind: r.kind, quantity: r.quantity },
        tasks: await ctx.em.find(PickTask, { id: { $in: r.taskIds } }, { orderBy: { sequence: 'asc', id: 'asc' } }),
      }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => PickListAssignPayload, { description: 'Assigns a pick list to a picker (otherwise the first to scan it takes it).' })
  pickListAssign(@Arg('input', () => PickListAssignInputType) input: PickListAssignInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.picks.assign(ctx, { ...input, pickListId: dbId(input.pickListId, 'PickList') }),
      async (r) => ({ pickList: await ctx.em.findOne(PickList, { id: r.pickListId }) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => PickShortPayload, { description: 'The picker found less than the task asks: re-allocated from another location if there is stock, else backordered; the location gets an open cycle count.' })
  pickShort(@Arg('input', () => PickShortInputType) input: PickShortInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.picks.short(ctx, { ...input, pickTaskId: dbId(input.pickTaskId, 'PickTask') }),
      async (r) => ({
        pickList: await ctx.em.findOne(PickList, { id: r.pickListId }),
        result: { reallocated: r.reallocated, backordered: r.backordered, countId: r.countId ? toGlobalId('InventoryCount', r.countId) : null },
      }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => ShipmentPayload, { description: 'Packs picked units into cartons (each with its SSCC) of the order\'s open shipment; the order is PACKED once everything picked is packed.' })
  shipmentPack(@Arg('input', () => ShipmentPackInputType) input: ShipmentPackInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.shipments.pack(ctx, {
          ...input,
          orderId: dbId(input.orderId, 'SalesOrder'),
          cartons: input.cartons.map((c) => ({ ...c, lines: c.lines.map((l) => ({ ...l, orderLineId: dbId(l.orderLineId, 'SalesOrderLine') })) })),
        }),
      async (r) => ({ shipment: await ctx.em.findOne(Shipment, { id: r.shipmentId }) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => CartonClosePayload, { description: 'Closes an open carton by its scanned label (SSCC).' })
  cartonClose(@Arg('input', () => CartonCloseInputType) input: CartonCloseInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.shipments.closeCarton(ctx, input),
      async (r) => ({ carton: (await ctx.loaders.get(cartonsByShipmentId).load(r.shipmentId)).find((c) => c.id === r.cartonId) ?? null, shipment: await ctx.em.findOne(Shipment, { id: r.shipmentId }) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => ShipmentPayload, {
    description:
      'Ships a packed shipment in one transaction: issue moves from packing at FIFO or average cost, serials gone, one COGS journal entry, allocations fulfilled, order lines shipped, the order SHIPPED or PARTIALLY_SHIPPED, ShipmentUpdated and OrderStatusChanged events.',
  })
  shipmentConfirm(@Arg('input', () => ShipmentConfirmInputType) input: ShipmentConfirmInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.shipments.confirm(ctx, {
          ...input,
          shipmentId: dbId(input.shipmentId, 'Shipment'),
          trackingNumbers: input.trackingNumbers?.map((t) => ({ ...t, cartonId: dbId(t.cartonId, 'Carton') })) ?? null,
        }),
      async (r) => ({ shipment: await written(ctx, Shipment, r.shipmentId, writtenShipment) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE, Scope.PARTNER_SELF)
  @Mutation(() => ShipmentPayload, { description: 'Records a carrier tracking event (a WAREHOUSE key, or a PARTNER key of the shipment\'s carrier); the same eventId again changes nothing.' })
  shipmentTrack(@Arg('input', () => ShipmentTrackInputType) input: ShipmentTrackInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.shipments.track(ctx, { ...input, shipmentId: dbId(input.shipmentId, 'Shipment') }),
      async (r) => ({ shipment: await ctx.em.findOne(Shipment, { id: r.shipmentId }) }),
    );
  }

  @Authorized(...FLOOR_READ)
  @Query(() => PickListType, { nullable: true })
  pickList(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.em.findOne(PickList, { id: dbId(id, 'PickList') });
  }

  @Authorized(...FLOOR_READ)
  @Query(() => WaveType, { nullable: true })
  wave(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(wavesById).load(dbId(id, 'Wave') as string);
  }

  @Authorized(...FLOOR_READ, Scope.PARTNER_SELF)
  @Query(() => ShipmentType, { nullable: true, description: 'A shipment by id; a PARTNER key sees its own partner\'s only.' })
  async shipment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return shipmentVisible(ctx, await ctx.loaders.get(shipmentsById).load(dbId(id, 'Shipment') as string));
  }
}

@Resolver(() => SalesOrderType)
export class SalesOrderFulfillmentResolver {
  @FieldResolver(() => [ShipmentType], { description: 'The order\'s shipments, oldest first.' })
  shipments(@Root() order: SalesOrder, @Ctx() ctx: GraphQLContext): Promise<Shipment[]> {
    return ctx.loaders.get(shipmentsByOrderId).load(order.id);
  }
}

@Resolver(() => SalesOrderLineType)
export class SalesOrderLineFulfillmentResolver {
  @Authorized(Scope.INVENTORY_READ, Scope.SALES_READ)
  @FieldResolver(() => [StockAllocationType], { description: 'Where the line\'s stock is reserved (location and lot), and how much of it is picked and shipped.' })
  allocations(@Root() line: SalesOrderLine, @Ctx() ctx: GraphQLContext): Promise<StockAllocation[]> {
    return ctx.loaders.get(allocationsByOrderLineId).load(line.id);
  }
}

@Resolver(() => StockAllocationType)
export class StockAllocationResolver {
  @FieldResolver(() => LocationObjectType)
  async location(@Root() a: StockAllocation, @Ctx() ctx: GraphQLContext): Promise<Location> {
    return (await ctx.loaders.get(locationsById).load(a.location.id)) as Location;
  }

  @FieldResolver(() => LotType, { nullable: true })
  lot(@Root() a: StockAllocation, @Ctx() ctx: GraphQLContext): Promise<Lot | null> | null {
    return a.lot ? ctx.loaders.get(lotsById).load(a.lot.id) : null;
  }
}

@Resolver(() => WaveType)
export class WaveResolver {
  @FieldResolver(() => WarehouseType)
  async warehouse(@Root() w: Wave, @Ctx() ctx: GraphQLContext): Promise<Warehouse> {
    return (await ctx.loaders.get(warehousesById).load(w.warehouse.id)) as Warehouse;
  }

  @FieldResolver(() => [PickListType])
  pickLists(@Root() w: Wave, @Ctx() ctx: GraphQLContext): Promise<PickList[]> {
    return ctx.loaders.get(pickListsByWaveId).load(w.id);
  }
}

@Resolver(() => PickListType)
export class PickListResolver {
  @FieldResolver(() => WaveType)
  async wave(@Root() l: PickList, @Ctx() ctx: GraphQLContext): Promise<Wave> {
    return (await ctx.loaders.get(wavesById).load(l.wave.id)) as Wave;
  }

  @FieldResolver(() => ZoneType, { nullable: true, description: 'ZONE waves: the zone this list walks.' })
  zone(@Root() l: PickList, @Ctx() ctx: GraphQLContext): Promise<Zone | null> | null {
    return l.zone ? ctx.loaders.get(zonesById).load(l.zone.id) : null;
  }

  @FieldResolver(() => LocationObjectType, { description: 'Where picked units go.' })
  async destination(@Root() l: PickList, @Ctx() ctx: GraphQLContext): Promise<Location> {
    return (await ctx.loaders.get(locationsById).load(l.destination.id)) as Location;
  }

  @FieldResolver(() => [PickTaskType], { description: 'In walking order.' })
  tasks(@Root() l: PickList, @Ctx() ctx: GraphQLContext): Promise<PickTask[]> {
    return ctx.loaders.get(pickTasksByListId).load(l.id);
  }
}

@Resolver(() => PickTaskType)
export class PickTaskResolver {
  @FieldResolver(() => ItemType)
  async item(@Root() t: PickTask, @Ctx() ctx: GraphQLContext): Promise<Item> {
    return (await ctx.loaders.get(itemsById).load(t.item.id)) as Item;
  }

  @FieldResolver(() => LocationObjectType)
  async location(@Root() t: PickTask, @Ctx() ctx: GraphQLContext): Promise<Location> {
    return (await ctx.loaders.get(locationsById).load(t.location.id)) as Location;
  }

  @FieldResolver(() => LotType, { nullable: true })
  lot(@Root() t: PickTask, @Ctx() ctx: GraphQLContext): Promise<Lot | null> | null {
    return t.lot ? ctx.loaders.get(lotsById).load(t.lot.id) : null;
  }

  @FieldResolver(() => SalesOrderType, { description: 'The order this task picks for (BATCH lists mix orders).' })
  order(@Root() t: PickTask, @Ctx() ctx: GraphQLContext): Promise<SalesOrder> {
    return orderOf(ctx, t.order.id);
  }

  @FieldResolver(() => SalesOrderLineType)
  async orderLine(@Root() t: PickTask, @Ctx() ctx: GraphQLContext): Promise<SalesOrderLine> {
    return (await ctx.loaders.get(salesOrderLinesByOrderId).load(t.order.id)).find((l) => l.id === t.orderLine.id) as SalesOrderLine;
  }

  @FieldResolver(() => [String])
  serialNumbers(@Root() t: PickTask): string[] {
    return t.serialNumbers ?? [];
  }
}
