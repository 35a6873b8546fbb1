import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { PageArgs, toConnection } from '../../graphql/relay';
import { dateText } from '../../shared/dates';
import { ItemType } from '../catalog/catalog.types';
import { itemsById } from '../catalog/catalog.loaders';
import type { Item } from '../catalog/item.entity';
import type { Partner } from '../partners/partner.entity';
import { partnersById } from '../partners/partner.loaders';
import { PartnerType } from '../partners/partner.types';
import type { Warehouse } from '../warehouse/warehouse.entity';
import { warehousesById } from '../warehouse/warehouse.loaders';
import { WarehouseType } from '../warehouse/warehouse.types';
import type { Customer, SalesChannel } from './customer.entity';
import { customersById, salesChannelsById, salesOrderLinesByOrderId, salesOrdersById } from './sales.loaders';
import { CustomerType, SalesChannelType } from './sales.types';
import { SalesOrder, SalesOrderLine, salesOrderNumber } from './sales-order.entity';
import { canSeeOrder } from './sales-order.service';
import {
  SalesOrderCancelInput,
  SalesOrderCancelPayload,
  SalesOrderConnection,
  SalesOrderCreateInput,
  SalesOrderCreatePayload,
  SalesOrderFilterInput,
  type SalesOrderLineInput,
  SalesOrderLineType,
  SalesOrderType,
  SalesOrderUpdateInput,
  SalesOrderUpdatePayload,
} from './sales-order.types';

/** Who reads orders: sales:read every one; a PARTNER key (partner:self) its own partner's, a STOREFRONT key (sales:place) its own channel's (canSeeOrder). */
const ORDER_READERS = [Scope.SALES_READ, Scope.PARTNER_SELF, Scope.SALES_ORDER_PLACE];

/** null, never an error, for an order the key may not see: it cannot tell another's order from none. */
registerNodeType('SalesOrder', { entity: SalesOrder, scopes: ORDER_READERS, visible: (ctx, order) => canSeeOrder(ctx, order as SalesOrder) });

/** Lines by id for the warehouse and sales staff; a PARTNER key reads lines through its orders. */
registerNodeType('SalesOrderLine', { entity: SalesOrderLine, scopes: [Scope.SALES_READ, Scope.INVENTORY_READ] });

function decodeLines(lines: SalesOrderLineInput[]): SalesOrderLineInput[] {
  return lines.map((l) => ({ ...l, itemId: dbId(l.itemId, 'Item') }));
}

async function orderPayload(ctx: GraphQLContext, r: { salesOrderId: string }) {
  return { salesOrder: await ctx.em.findOne(SalesOrder, { id: r.salesOrderId }) };
}

@Resolver(() => SalesOrderType)
export class SalesOrderResolver {
  @Authorized(...ORDER_READERS)
  @Query(() => SalesOrderType, {
    nullable: true,
    description: 'A sales order by id. A PARTNER key sees only its own partner\'s orders, a STOREFRONT key only its own channel\'s (null for any other).',
  })
  async salesOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<SalesOrder | null> {
    const order = await ctx.loaders.get(salesOrdersById).load(dbId(id, 'SalesOrder'));
    return order && canSeeOrder(ctx, order) ? order : null;
  }

  @Authorized(...ORDER_READERS)
  @Query(() => SalesOrderConnection, { description: 'Sales orders, oldest first. A PARTNER key gets its own partner\'s orders only, a STOREFRONT key its own channel\'s.' })
  async salesOrders(
    @Arg('filter', () => SalesOrderFilterInput, { nullable: true }) filter: SalesOrderFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const f = filter ?? {};
    return toConnection(
      await ctx.services.salesOrders.findPage(
        ctx,
        { ...f, customerId: dbId(f.customerId, 'Customer'), channelId: dbId(f.channelId, 'SalesChannel'), partnerId: dbId(f.partnerId, 'Partner') },
        page,
      ),
    );
  }

  @FieldResolver(() => String, { description: 'Human number, SO-<year>-<six digits>, the year\'s next at creation.' })
  number(@Root() order: SalesOrder): string {
    return salesOrderNumber(order);
  }

  @FieldResolver(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  requestedShipDate(@Root() order: SalesOrder): string | null {
    return order.requestedShipDate ? dateText(order.requestedShipDate as string | Date) : null;
  }

  @Authorized(Scope.SALES_READ)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who confirmed the order over the customer\'s credit limit (salesOrderApproveCredit): the approving key, key:<id>. Needs sales:read.',
  })
  creditApprovedBy(@Root() order: SalesOrder): string | null {
    return order.creditApprovedBy ?? null;
  }

  @FieldResolver(() => CustomerType)
  async customer(@Root() order: SalesOrder, @Ctx() ctx: GraphQLContext): Promise<Customer> {
    return (await ctx.loaders.get(customersById).load(order.customer.id)) as Customer;
  }

  @FieldResolver(() => SalesChannelType)
  async channel(@Root() order: SalesOrder, @Ctx() ctx: GraphQLContext): Promise<SalesChannel> {
    return (await ctx.loaders.get(salesChannelsById).load(order.channel.id)) as SalesChannel;
  }

  @FieldResolver(() => PartnerType, { nullable: true, description: 'The partner owning the order.' })
  partner(@Root() order: SalesOrder, @Ctx() ctx: GraphQLContext): Promise<Partner | null> | null {
    return order.partner ? ctx.loaders.get(partnersById).load(order.partner.id) : null;
  }

  @FieldResolver(() => WarehouseType, { nullable: true })
  shipFromWarehouse(@Root() order: SalesOrder, @Ctx() ctx: GraphQLContext): Promise<Warehouse | null> | null {
    return order.shipFromWarehouse ? ctx.loaders.get(warehousesById).load(order.shipFromWarehouse.id) : null;
  }

  @FieldResolver(() => [SalesOrderLineType])
  lines(@Root() order: SalesOrder, @Ctx() ctx: GraphQLContext): Promise<SalesOrderLine[]> {
    return ctx.loaders.get(salesOrderLinesByOrderId).load(order.id);
  }

  @Authorized(Scope.SALES_WRITE, Scope.SALES_ORDER_PLACE)
  @Mutation(() => SalesOrderCreatePayload, {
    description:
      'Creates a DRAFT order. A retry with the same externalRef and the same input returns the same order. A STOREFRONT key (sales:place) places orders on its own channel only, without partnerId (FORBIDDEN otherwise).',
  })
  salesOrderCreate(@Arg('input', () => SalesOrderCreateInput) input: SalesOrderCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.salesOrders.create(ctx, {
          ...input,
          customerId: dbId(input.customerId, 'Customer'),
          channelId: dbId(input.channelId, 'SalesChannel'),
          partnerId: dbId(input.partnerId, 'Partner'),
          shipFromWarehouseId: dbId(input.shipFromWarehouseId, 'Warehouse'),
          lines: decodeLines(input.lines),
        }),
      (r) => orderPayload(ctx, r),
    );
  }

  @Authorized(Scope.SALES_WRITE)
  @Mutation(() => SalesOrderUpdatePayload, { description: 'Edits a DRAFT order.' })
  salesOrderUpdate(@Arg('input', () => SalesOrderUpdateInput) input: SalesOrderUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.salesOrders.update(ctx, {
          ...input,
          id: dbId(input.id, 'SalesOrder'),
          shipFromWarehouseId: dbId(input.shipFromWarehouseId, 'Warehouse'),
          lines: input.lines ? decodeLines(input.lines) : input.lines,
        }),
      (r) => orderPayload(ctx, r),
    );
  }

  @Authorized(Scope.SALES_WRITE)
  @Mutation(() => SalesOrderCancelPayload, { description: 'Cancels an order before its first shipment.' })
  salesOrderCancel(@Arg('input', () => SalesOrderCancelInput) input: SalesOrderCancelInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.salesOrders.cancel(ctx, { ...input, id: dbId(input.id, 'SalesOrder') }),
      (r) => orderPayload(ctx, r),
    );
  }
}

@Resolver(() => SalesOrderLineType)
export class SalesOrderLineResolver {
  @FieldResolver(() => ItemType)
  async item(@Root() line: SalesOrderLine, @Ctx() ctx: GraphQLContext): Promise<Item> {
    return (await ctx.loaders.get(itemsById).load(line.item.id)) as Item;
  }
}
