import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Scope } from '../../auth/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate, written } from '../../graphql/mutation';
import { dbId } from '../../graphql/node.resolver';
import { InventoryCount } from './inventory-count.entity';
import {
  InventoryCountApproveInput,
  InventoryCountApprovePayload,
  InventoryCountCancelInput,
  InventoryCountCancelPayload,
  InventoryCountOpenInput,
  InventoryCountOpenPayload,
  InventoryCountRecordInput,
  InventoryCountRecordPayload,
  StockAdjustInput,
  StockAdjustPayload,
  StockMoveInput,
  StockMovePayload,
  StockReceiveInput,
  StockReceivePayload,
  StockTransferReceiveInput,
  StockTransferReceivePayload,
  StockTransferShipInput,
  StockTransferShipPayload,
} from './inventory.types';
import { StockDocument } from './stock-document.entity';
import { StockTransfer } from './transfer.entity';
import { writtenDocument, writtenTransfer } from './written-views';

/** Stock commands: each is one transaction that changes stock and posts its journal entry together. */
@Resolver()
export class InventoryCommandResolver {
  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => StockReceivePayload, { description: 'Receives stock into locations at a unit cost (Dr Inventory, Cr GRNI).' })
  stockReceive(@Arg('input', () => StockReceiveInput) input: StockReceiveInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.stockDocuments.receive(ctx, {
          ...input,
          warehouseId: dbId(input.warehouseId, 'Warehouse'),
          lines: input.lines.map((l) => ({ ...l, itemId: dbId(l.itemId, 'Item'), locationId: dbId(l.locationId, 'Location') })),
        }),
      async (r) => ({ document: await written(ctx, StockDocument, r.documentId, writtenDocument) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => StockMovePayload, { description: 'Moves stock between locations of one warehouse (putaway, replenishment); no ledger effect.' })
  stockMove(@Arg('input', () => StockMoveInput) input: StockMoveInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.stockDocuments.move(ctx, {
          ...input,
          warehouseId: dbId(input.warehouseId, 'Warehouse'),
          lines: input.lines.map((l) => ({ ...l, itemId: dbId(l.itemId, 'Item'), fromLocationId: dbId(l.fromLocationId, 'Location'), toLocationId: dbId(l.toLocationId, 'Location') })),
        }),
      async (r) => ({ document: await written(ctx, StockDocument, r.documentId, writtenDocument) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => StockAdjustPayload, { description: 'Adjusts stock with a reason: losses post Dr Shrinkage / Cr Inventory, gains the reverse.' })
  stockAdjust(@Arg('input', () => StockAdjustInput) input: StockAdjustInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.stockDocuments.adjust(ctx, {
          ...input,
          warehouseId: dbId(input.warehouseId, 'Warehouse'),
          lines: input.lines.map((l) => ({ ...l, itemId: dbId(l.itemId, 'Item'), locationId: dbId(l.locationId, 'Location') })),
        }),
      async (r) => ({ document: await written(ctx, StockDocument, r.documentId, writtenDocument) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => StockTransferShipPayload, { description: 'Ships stock to another warehouse, into transit (Dr In transit, Cr Inventory).' })
  stockTransferShip(@Arg('input', () => StockTransferShipInput) input: StockTransferShipInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.transfers.ship(ctx, {
          ...input,
          fromWarehouseId: dbId(input.fromWarehouseId, 'Warehouse'),
          toWarehouseId: dbId(input.toWarehouseId, 'Warehouse'),
          lines: input.lines.map((l) => ({ ...l, itemId: dbId(l.itemId, 'Item'), fromLocationId: dbId(l.fromLocationId, 'Location') })),
        }),
      async (r) => ({ transfer: await written(ctx, StockTransfer, r.transferId, writtenTransfer) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => StockTransferReceivePayload, { description: 'Receives a transfer (Dr Inventory, Cr In transit); any shortfall is posted as a loss. Once per transfer.' })
  stockTransferReceive(@Arg('input', () => StockTransferReceiveInput) input: StockTransferReceiveInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.transfers.receive(ctx, {
          ...input,
          transferId: dbId(input.transferId, 'StockTransfer'),
          lines: input.lines.map((l) => ({ ...l, transferLineId: dbId(l.transferLineId, 'StockTransferLine'), toLocationId: dbId(l.toLocationId, 'Location') })),
        }),
      async (r) => ({ transfer: await written(ctx, StockTransfer, r.transferId, writtenTransfer) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => InventoryCountOpenPayload, { description: 'Opens a cycle count for some locations and/or items of a warehouse.' })
  inventoryCountOpen(@Arg('input', () => InventoryCountOpenInput) input: InventoryCountOpenInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.counts.open(ctx, {
          ...input,
          warehouseId: dbId(input.warehouseId, 'Warehouse'),
          locationIds: input.locationIds?.map((id) => dbId(id, 'Location')),
          itemIds: input.itemIds?.map((id) => dbId(id, 'Item')),
        }),
      async (r) => ({ count: await ctx.em.findOne(InventoryCount, { id: r.countId }) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => InventoryCountRecordPayload, { description: 'Records counted quantities, by scan or by entry.' })
  inventoryCountRecord(@Arg('input', () => InventoryCountRecordInput) input: InventoryCountRecordInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.counts.record(ctx, {
          ...input,
          countId: dbId(input.countId, 'InventoryCount'),
          entries: input.entries.map((e) => ({ ...e, locationId: dbId(e.locationId, 'Location'), itemId: dbId(e.itemId, 'Item') })),
        }),
      async (r) => ({ count: await ctx.em.findOne(InventoryCount, { id: r.countId }) }),
    );
  }

  @Authorized(Scope.INVENTORY_APPROVE)
  @Mutation(() => InventoryCountApprovePayload, { description: 'Posts the count\'s variances as adjustments (one journal entry). A count is approved once.' })
  inventoryCountApprove(@Arg('input', () => InventoryCountApproveInput) input: InventoryCountApproveInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.counts.approve(ctx, { ...input, countId: dbId(input.countId, 'InventoryCount') }),
      async (r) => ({ count: await ctx.em.findOne(InventoryCount, { id: r.countId }) }),
    );
  }

  @Authorized(Scope.INVENTORY_WRITE)
  @Mutation(() => InventoryCountCancelPayload)
  inventoryCountCancel(@Arg('input', () => InventoryCountCancelInput) input: InventoryCountCancelInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.counts.cancel(ctx, { countId: dbId(input.countId, 'InventoryCount') }),
      async (r) => ({ count: await ctx.em.findOne(InventoryCount, { id: r.countId }) }),
    );
  }
}
