import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { PageArgs, toConnection } from '../../graphql/relay';
import { DecimalScalar } from '../../graphql/scalars';
import { toText } from '../../shared/decimal';
import { toGlobalId } from '../../shared/ids';
import { ItemType } from '../catalog/catalog.types';
import { itemsById } from '../catalog/catalog.loaders';
import type { Item } from '../catalog/item.entity';
import type { ShipmentLine } from '../fulfillment/fulfillment.entity';
import { ShipmentLineType } from '../fulfillment/fulfillment.types';
import { lotsById } from '../inventory/inventory.loaders';
import { LotType } from '../inventory/inventory.types';
import type { Lot } from '../inventory/lot.entity';
import type { Customer } from '../sales/customer.entity';
import type { SalesOrder, SalesOrderLine } from '../sales/sales-order.entity';
import { SalesOrderLineType, SalesOrderType } from '../sales/sales-order.types';
import { customersById, salesOrderLinesByOrderId, salesOrdersById } from '../sales/sales.loaders';
import { CustomerType } from '../sales/sales.types';
import type { Warehouse } from '../warehouse/warehouse.entity';
import { warehousesById } from '../warehouse/warehouse.loaders';
import { WarehouseType } from '../warehouse/warehouse.types';
import { ReturnAuthorization, ReturnLine } from './return.entity';
import { returnLinesByReturnId, returnsById, shipmentLinesById } from './return.loaders';
import {
  ReturnAuthorizationConnection,
  ReturnAuthorizationType,
  ReturnAuthorizeInputType,
  ReturnCancelInputType,
  ReturnFilterInput,
  ReturnInspectInputType,
  ReturnLineType,
  ReturnPayload,
  ReturnReceiveInputType,
} from './return.types';

const RETURN_READERS = [Scope.SALES_READ, Scope.INVENTORY_READ];

registerNodeType('ReturnAuthorization', { entity: ReturnAuthorization, scopes: RETURN_READERS });
registerNodeType('ReturnLine', { entity: ReturnLine, scopes: RETURN_READERS });

async function payload(ctx: GraphQLContext, r: { returnId: string }) {
  return { return: await ctx.em.findOne(ReturnAuthorization, { id: r.returnId }) };
}

@Resolver(() => ReturnAuthorizationType)
export class ReturnResolver {
  @Authorized(...RETURN_READERS)
  @Query(() => ReturnAuthorizationType, { name: 'return', nullable: true, description: 'A return (RMA) by id.' })
  returnById(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ReturnAuthorization | null> {
    return ctx.loaders.get(returnsById).load(dbId(id, 'ReturnAuthorization'));
  }

  @Authorized(...RETURN_READERS)
  @Query(() => ReturnAuthorizationConnection, { description: 'Returns, oldest first.' })
  async returns(@Arg('filter', () => ReturnFilterInput, { nullable: true }) filter: ReturnFilterInput | null, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    const f = filter ?? {};
    return toConnection(await ctx.services.returns.findPage(ctx, { ...f, customerId: dbId(f.customerId, 'Customer'), orderId: dbId(f.orderId, 'SalesOrder') }, page));
  }

  @Authorized(Scope.SALES_WRITE)
  @Mutation(() => ReturnPayload, {
    description: 'Authorizes a return of shipped units of one order, per shipment line: at most what shipped less what other returns authorized; a serial item\'s serials among those shipped on the line and on no other return. Nothing moves yet.',
  })
  returnAuthorize(@Arg('input', () => ReturnAuthorizeInputType) input: ReturnAuthorizeInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.returns.authorize(ctx, {
          ...input,
          orderId: dbId(input.orderId, 'SalesOrder'),
          lines: input.lines.map((l) => ({ ...l, shipmentLineId: dbId(l.shipmentLineId, 'ShipmentLine') })),
        }),
      (r) => payload(ctx, r),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => ReturnPayload, {
    description: 'Receives returned goods into a QUARANTINE location at exactly the cost they were shipped at (Dr Inventory, Cr COGS); lots and serials come back as shipped. Quarantine is not sellable: nothing becomes available until returnInspect restocks it.',
  })
  returnReceive(@Arg('input', () => ReturnReceiveInputType) input: ReturnReceiveInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.returns.receive(ctx, {
          ...input,
          returnId: dbId(input.returnId, 'ReturnAuthorization'),
          locationId: dbId(input.locationId, 'Location'),
          lines: input.lines ? input.lines.map((l) => ({ ...l, returnLineId: dbId(l.returnLineId, 'ReturnLine') })) : null,
        }),
      (r) => payload(ctx, r),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => ReturnPayload, {
    description: 'Restocks (to a sellable location, no posting; fills waiting backorders) or scraps (Dr Scrap, Cr Inventory) received goods from quarantine; the return closes once every received unit is dispositioned.',
  })
  returnInspect(@Arg('input', () => ReturnInspectInputType) input: ReturnInspectInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.returns.inspect(ctx, {
          ...input,
          returnId: dbId(input.returnId, 'ReturnAuthorization'),
          lines: input.lines.map((l) => ({ ...l, returnLineId: dbId(l.returnLineId, 'ReturnLine'), locationId: dbId(l.locationId, 'Location') })),
        }),
      (r) => payload(ctx, r),
    );
  }

  @Authorized(Scope.SALES_WRITE)
  @Mutation(() => ReturnPayload, { description: 'Cancels an AUTHORIZED return nothing of which was received; its units can be returned again.' })
  returnCancel(@Arg('input', () => ReturnCancelInputType) input: ReturnCancelInputType, @Ctx() ctx: GraphQLContext) {
    return mutate(ctx, () => ctx.services.returns.cancel(ctx, { ...input, returnId: dbId(input.returnId, 'ReturnAuthorization') }), (r) => payload(ctx, r));
  }

  @FieldResolver(() => SalesOrderType)
  async order(@Root() r: ReturnAuthorization, @Ctx() ctx: GraphQLContext): Promise<SalesOrder> {
    return (await ctx.loaders.get(salesOrdersById).load(r.order.id)) as SalesOrder;
  }

  @FieldResolver(() => CustomerType)
  async customer(@Root() r: ReturnAuthorization, @Ctx() ctx: GraphQLContext): Promise<Customer> {
    return (await ctx.loaders.get(customersById).load(r.customer.id)) as Customer;
  }

  @FieldResolver(() => WarehouseType, { description: 'Where the goods come back to (the shipping warehouse).' })
  async warehouse(@Root() r: ReturnAuthorization, @Ctx() ctx: GraphQLContext): Promise<Warehouse> {
    return (await ctx.loaders.get(warehousesById).load(r.warehouse.id)) as Warehouse;
  }

  @FieldResolver(() => [ReturnLineType])
  lines(@Root() r: ReturnAuthorization, @Ctx() ctx: GraphQLContext): Promise<ReturnLine[]> {
    return ctx.loaders.get(returnLinesByReturnId).load(r.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The credit note billing issued after the receipt (an Invoice of kind CREDIT_NOTE), per the customer\'s return credit policy.' })
  creditNoteId(@Root() r: ReturnAuthorization): string | null {
    return r.creditNoteId ? toGlobalId('Invoice', r.creditNoteId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The refund paid out of that credit (policy REFUND).' })
  refundId(@Root() r: ReturnAuthorization): string | null {
    return r.refundId ? toGlobalId('Payment', r.refundId) : null;
  }

  @Authorized(Scope.COSTS_READ)
  @FieldResolver(() => ID, { nullable: true, description: 'The journal entry of the latest receipt (Dr Inventory, Cr COGS).' })
  receiptEntryId(@Root() r: ReturnAuthorization): string | null {
    return r.receiptEntryId ? toGlobalId('JournalEntry', r.receiptEntryId) : null;
  }
}

@Resolver(() => ReturnLineType)
export class ReturnLineResolver {
  @FieldResolver(() => ItemType)
  async item(@Root() l: ReturnLine, @Ctx() ctx: GraphQLContext): Promise<Item> {
    return (await ctx.loaders.get(itemsById).load(l.item.id)) as Item;
  }

  @FieldResolver(() => LotType, { nullable: true, description: 'The lot as shipped.' })
  lot(@Root() l: ReturnLine, @Ctx() ctx: GraphQLContext): Promise<Lot | null> | null {
    return l.lot ? ctx.loaders.get(lotsById).load(l.lot.id) : null;
  }

  @FieldResolver(() => [String])
  serialNumbers(@Root() l: ReturnLine): string[] {
    return l.serialNumbers ?? [];
  }

  @Authorized(Scope.COSTS_READ)
  @FieldResolver(() => DecimalScalar, { description: 'The value brought back into inventory: the COGS the received units were shipped at.' })
  costReceived(@Root() l: ReturnLine): string {
    return toText(l.costReceived);
  }

  @FieldResolver(() => ShipmentLineType)
  async shipmentLine(@Root() l: ReturnLine, @Ctx() ctx: GraphQLContext): Promise<ShipmentLine> {
    return (await ctx.loaders.get(shipmentLinesById).load(l.shipmentLine.id)) as ShipmentLine;
  }

  @FieldResolver(() => SalesOrderLineType)
  async orderLine(@Root() l: ReturnLine, @Ctx() ctx: GraphQLContext): Promise<SalesOrderLine> {
    const r = (await ctx.loaders.get(returnsById).load(l.returnAuthorization.id)) as ReturnAuthorization;
    return (await ctx.loaders.get(salesOrderLinesByOrderId).load(r.order.id)).find((x) => x.id === l.orderLine.id) as SalesOrderLine;
  }
}
