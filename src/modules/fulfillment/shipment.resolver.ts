import { Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { DecimalScalar } from '../../graphql/scalars';
import { toText } from '../../shared/decimal';
import { toGlobalId } from '../../shared/ids';
import { ItemType } from '../catalog/catalog.types';
import { itemsById } from '../catalog/catalog.loaders';
import type { Item } from '../catalog/item.entity';
import { lotsById } from '../inventory/inventory.loaders';
import { LotType } from '../inventory/inventory.types';
import type { Lot } from '../inventory/lot.entity';
import { salesOrderLinesByOrderId, salesOrdersById } from '../sales/sales.loaders';
import type { SalesOrder, SalesOrderLine } from '../sales/sales-order.entity';
import { SalesOrderLineType, SalesOrderType } from '../sales/sales-order.types';
import type { Warehouse } from '../warehouse/warehouse.entity';
import { warehousesById } from '../warehouse/warehouse.loaders';
import { WarehouseType } from '../warehouse/warehouse.types';
import { type Carton, type CartonLine, type Shipment, type ShipmentLine, ShipmentStatus } from './fulfillment.entity';
import { cartonLinesByCartonId, cartonsByShipmentId, shipmentLinesByShipmentId, shipmentsById } from './fulfillment.loaders';
import { CartonLineType, CartonType, ShipmentLineType, ShipmentStatusTimeType, ShipmentType } from './fulfillment.types';

/** Shipments, their cartons and what they shipped, as the API shows them. */

const LIFECYCLE = Object.values(ShipmentStatus);

async function orderOf(ctx: GraphQLContext, id: string): Promise<SalesOrder> {
  return (await ctx.loaders.get(salesOrdersById).load(id)) as SalesOrder;
}

@Resolver(() => ShipmentType)
export class ShipmentResolver {
  @FieldResolver(() => SalesOrderType)
  order(@Root() s: Shipment, @Ctx() ctx: GraphQLContext): Promise<SalesOrder> {
    return orderOf(ctx, s.order.id);
  }

  @FieldResolver(() => WarehouseType)
  async warehouse(@Root() s: Shipment, @Ctx() ctx: GraphQLContext): Promise<Warehouse> {
    return (await ctx.loaders.get(warehousesById).load(s.warehouse.id)) as Warehouse;
  }

  @FieldResolver(() => [CartonType])
  cartons(@Root() s: Shipment, @Ctx() ctx: GraphQLContext): Promise<Carton[]> {
    return ctx.loaders.get(cartonsByShipmentId).load(s.id);
  }

  @FieldResolver(() => [ShipmentLineType], { description: 'Filled when the shipment is confirmed: what shipped per order line and lot.' })
  lines(@Root() s: Shipment, @Ctx() ctx: GraphQLContext): Promise<ShipmentLine[]> {
    return ctx.loaders.get(shipmentLinesByShipmentId).load(s.id);
  }

  @FieldResolver(() => [ShipmentStatusTimeType], { description: 'When each status was reached.' })
  statusTimes(@Root() s: Shipment): { status: ShipmentStatus; at: Date }[] {
    const rank = (x: ShipmentStatus) => LIFECYCLE.indexOf(x);
    return Object.entries(s.statusTimes ?? {})
      .map(([status, at]) => ({ status: status as ShipmentStatus, at: new Date(at) }))
      .sort((a, b) => a.at.getTime() - b.at.getTime() || rank(a.status) - rank(b.status));
  }

  @FieldResolver(() => [String], { description: 'One per carton that has one.' })
  async trackingNumbers(@Root() s: Shipment, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return (await ctx.loaders.get(cartonsByShipmentId).load(s.id)).map((c) => c.trackingNumber).filter((t): t is string => !!t);
  }

  @Authorized(Scope.COSTS_READ)
  @FieldResolver(() => ID, { nullable: true, description: 'The COGS journal entry.' })
  journalEntryId(@Root() s: Shipment): string | null {
    return s.journalEntryId ? toGlobalId('JournalEntry', s.journalEntryId) : null;
  }
}

@Resolver(() => CartonType)
export class CartonResolver {
  @FieldResolver(() => [CartonLineType])
  lines(@Root() c: Carton, @Ctx() ctx: GraphQLContext): Promise<CartonLine[]> {
    return ctx.loaders.get(cartonLinesByCartonId).load(c.id);
  }
}

@Resolver(() => CartonLineType)
export class CartonLineResolver {
  @FieldResolver(() => ItemType)
  async item(@Root() l: CartonLine, @Ctx() ctx: GraphQLContext): Promise<Item> {
    return (await ctx.loaders.get(itemsById).load(l.item.id)) as Item;
  }

  @FieldResolver(() => LotType, { nullable: true })
  lot(@Root() l: CartonLine, @Ctx() ctx: GraphQLContext): Promise<Lot | null> | null {
    return l.lot ? ctx.loaders.get(lotsById).load(l.lot.id) : null;
  }

  @FieldResolver(() => [String])
  serialNumbers(@Root() l: CartonLine): string[] {
    return l.serialNumbers ?? [];
  }
}

@Resolver(() => ShipmentLineType)
export class ShipmentLineResolver {
  @FieldResolver(() => ItemType)
  async item(@Root() l: ShipmentLine, @Ctx() ctx: GraphQLContext): Promise<Item> {
    return (await ctx.loaders.get(itemsById).load(l.item.id)) as Item;
  }

  @FieldResolver(() => LotType, { nullable: true })
  lot(@Root() l: ShipmentLine, @Ctx() ctx: GraphQLContext): Promise<Lot | null> | null {
    return l.lot ? ctx.loaders.get(lotsById).load(l.lot.id) : null;
  }

  @FieldResolver(() => [String])
  serialNumbers(@Root() l: ShipmentLine): string[] {
    return l.serialNumbers ?? [];
  }

  @Authorized(Scope.COSTS_READ)
  @FieldResolver(() => DecimalScalar, { description: 'Cost of goods sold for these units (the issue moves\' value).' })
  cost(@Root() l: ShipmentLine): string {
    return toText(l.cost);
  }

  @FieldResolver(() => SalesOrderLineType)
  async orderLine(@Root() l: ShipmentLine, @Ctx() ctx: GraphQLContext): Promise<SalesOrderLine> {
    const shipment = (await ctx.loaders.get(shipmentsById).load((l.shipment as unknown as { id: string }).id)) as Shipment;
    return (await ctx.loaders.get(salesOrderLinesByOrderId).load(shipment.order.id)).find((x) => x.id === l.orderLine.id) as SalesOrderLine;
  }
}
