import { actorOf, hasScope } from '../../auth/principal';
import { Scope } from '../../auth/roles';
import { runCommand } from '../../db/command';
import { mapUniqueViolation } from '../../db/constraints';
import { faultPoint } from '../../db/faults';
import { keysetPage, type Page, type PageRequest } from '../../db/pagination';
import { query, queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { AccessError, DomainError, DomainErrors } from '../../shared/errors';
import { type FieldPath, optionalText } from '../../shared/validate';
import { Item } from '../catalog/item.entity';
import { publish } from '../events/outbox';
import { Partner } from '../partners/partner.entity';
import { Address, Warehouse } from '../warehouse/warehouse.entity';
import { Customer, SalesChannel } from './customer.entity';
import { type LineItem, type ParsedHeader, type ParsedLine, type SalesOrderHeaderInput, type SalesOrderLineInput, checkLineItems, creationHash, parseHeader, parseLines } from './order-input';
import { SalesOrderStatus, assertTransition } from './order-status';
import { SalesErrorCode } from './sales-errors';
import { SalesOrder, SalesOrderLine } from './sales-order.entity';

/** Every status change of a sales order (OrderStatusChanged), with the order's version after it. */
export const SALES_ORDER_STATUS_CHANGED = 'sales.order.status.changed';
/** A change to a sales order that leaves its status (a DRAFT edited). */
export const SALES_ORDER_CHANGED = 'sales.order.changed';

export interface SalesOrderCreateInput extends SalesOrderHeaderInput {
  customerId: string;
  channelId: string;
  partnerId?: string | null;
  externalRef?: string | null;
  lines: SalesOrderLineInput[];
  idempotencyKey?: string | null;
}

export interface SalesOrderUpdateInput extends SalesOrderHeaderInput {
  id: string;
  expectedVersion?: number | null;
  lines?: SalesOrderLineInput[] | null;
}

export interface SalesOrderCancelInput {
  id: string;
  expectedVersion?: number | null;
  reason?: string | null;
}

export interface SalesOrderFilter {
  status?: SalesOrderStatus[] | null;
  customerId?: string | null;
  channelId?: string | null;
  partnerId?: string | null;
  externalRef?: string | null;
}

/**
 * Gives back what a cancelled order holds (allocations, picked stock), in the cancelling
 * transaction (the fulfilment module supplies it). `beforeLock` takes the stock locks of
 * the order's items before the order's own lock: stock first, then orders, in every command.
 */
export interface ReleaseOnCancel {
  beforeLock(tx: TxContext, orderId: string): Promise<void>;
  release(tx: TxContext, order: SalesOrder): Promise<void>;
}

/** Raised inside the command when a concurrent creation took the same external reference first. */
class ExternalRefRace extends Error {}

export class SalesOrderService {
  constructor(private readonly releaseOnCancel?: ReleaseOnCancel) {}

  /**
   * Creates a DRAFT order. With an external reference, a retry of the same creation (same
   * input) returns the order made first; other input under the same reference is refused.
   */
  async create(ctx: ServiceContext, input: SalesOrderCreateInput): Promise<{ salesOrderId: string }> {
    checkPlacement(ctx, input);
    const header = parseHeader(input);
    const lines = parseLines(input.lines);
    const externalRef = optionalText(input.externalRef, ['input', 'externalRef'], { code: SalesErrorCode, max: 100, pattern: /^[\x21-\x7e]+$/, patternHint: 'printable ASCII without spaces' });
    const hash = creationHash({ customerId: input.customerId, channelId: input.channelId, partnerId: input.partnerId ?? null, header, lines });
    const run = () =>
      runCommand(ctx, { command: 'salesOrder.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
        if (externalRef) {
          const prior = await queryOne<{ id: string; input_hash: string | null }>(tx.em, 'select id::text as id, input_hash from sales_orders where channel_id = ? and external_ref = ?', [
            input.channelId,
            externalRef,
          ]);
          if (prior) return { salesOrderId: existingFor(prior, hash, externalRef) };
        }
        const order = await this.draft(tx, input, header, lines, externalRef, hash);
        return { salesOrderId: order.id };
      });
    try {
      return (await run()).result;
    } catch (err) {
      if (!(err instanceof ExternalRefRace)) throw err;
      return (await run()).result; // the other creation committed: this run finds it
    }
  }

  private async draft(tx: TxContext, input: SalesOrderCreateInput, header: ParsedHeader, lines: ParsedLine[], externalRef: string | null, hash: string): Promise<SalesOrder> {
    const errors: DomainError[] = [];
    const customer = await tx.em.findOne(Customer, { id: input.customerId });
    if (!customer) errors.push(new DomainError(SalesErrorCode.UNKNOWN_CUSTOMER, 'No customer has this id.', { field: ['input', 'customerId'] }));
    else if (!customer.active) errors.push(new DomainError(SalesErrorCode.CUSTOMER_INACTIVE, `Customer ${customer.code} is inactive.`, { field: ['input', 'customerId'] }));
    const channel = await tx.em.findOne(SalesChannel, { id: input.channelId });
    if (!channel) errors.push(new DomainError(SalesErrorCode.UNKNOWN_CHANNEL, 'No sales channel has this id.', { field: ['input', 'channelId'] }));
    else if (!channel.active) errors.push(new DomainError(SalesErrorCode.CHANNEL_INACTIVE, `Sales channel ${channel.code} is inactive.`, { field: ['input', 'channelId'] }));
    let partner: Partner | null = null;
    if (input.partnerId) {
      partner = await tx.em.findOne(Partner, { id: input.partnerId });
      if (!partner) errors.push(new DomainError(SalesErrorCode.UNKNOWN_PARTNER, 'No partner has this id.', { field: ['input', 'partnerId'] }));
      else if (channel?.partner && channel.partner.id !== partner.id) {
        errors.push(new DomainError(SalesErrorCode.PARTNER_MISMATCH, `Sales channel ${channel.code} belongs to another partner; its orders are that partner's.`, { field: ['input', 'partnerId'] }));
      }
    }
    try {
      await checkWarehouse(tx, header.shipFromWarehouseId);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      errors.push(err);
    }
    try {
      await checkItems(tx, lines);
    } catch (err) {
      if (err instanceof DomainError) errors.push(err);
      else if (err instanceof DomainErrors) errors.push(...err.errors);
      else throw err;
    }
    if (errors.length === 1) throw errors[0] as DomainError;
    if (errors.length > 1) throw new DomainErrors(errors);
    const c = customer as Customer;
    const order = tx.em.create(SalesOrder, {
      year: tx.tx.now.getUTCFullYear(),
      number: null,
      status: SalesOrderStatus.DRAFT,
      customer: c,
      channel: channel as SalesChannel,
      partner: partner ?? channel?.partner ?? null,
      externalRef,
      inputHash: externalRef ? hash : null,
      requestedShipDate: header.requestedShipDate ?? null,
      priority: header.priority ?? 0,
      shipFromWarehouse: header.shipFromWarehouseId ? tx.em.getReference(Warehouse, header.shipFromWarehouseId) : null,
      shippingAddress: header.shippingAddress ?? defaultShipTo(c),
      carrier: header.carrier ?? null,
      carrierService: header.carrierService ?? null,
      actor: actorOf(tx.principal),
    });
    this.writeLines(tx, order, lines, c.defaultTaxRate);
    await mapUniqueViolation(() => tx.em.flush(), {
      sales_orders_channel_external_ref_unique: () => new ExternalRefRace() as unknown as DomainError,
    });
    this.publishStatus(tx, order, null);
    return order;
  }

  /** Edits a DRAFT order; given lines replace all of its lines. */
  async update(ctx: ServiceContext, input: SalesOrderUpdateInput): Promise<{ salesOrderId: string }> {
    const header = parseHeader(input);
    const lines = input.lines == null ? null : parseLines(input.lines);
    const outcome = await runCommand(ctx, { command: 'salesOrder.update', input }, async (tx) => {
      const order = await lockOrder(tx, input.id, input.expectedVersion);
      if (order.status !== SalesOrderStatus.DRAFT) {
        throw new DomainError(SalesErrorCode.ORDER_NOT_EDITABLE, `Only DRAFT orders can be edited; this one is ${order.status}.`, { field: ['input', 'id'] });
      }
      await checkWarehouse(tx, header.shipFromWarehouseId);
      if (lines) await checkItems(tx, lines);
      if (header.requestedShipDate !== undefined) order.requestedShipDate = header.requestedShipDate;
      if (header.priority !== undefined) order.priority = header.priority;
      if (header.shipFromWarehouseId !== undefined) order.shipFromWarehouse = header.shipFromWarehouseId ? tx.em.getReference(Warehouse, header.shipFromWarehouseId, { wrapped: true }) : null;
      if (header.shippingAddress !== undefined) {
        order.shippingAddress = header.shippingAddress ?? defaultShipTo(await tx.em.findOneOrFail(Customer, { id: order.customer.id }));
      }
      if (header.carrier !== undefined) order.carrier = header.carrier;
      if (header.carrierService !== undefined) order.carrierService = header.carrierService;
      if (lines) {
        const customer = await tx.em.findOneOrFail(Customer, { id: order.customer.id });
        await tx.em.nativeDelete(SalesOrderLine, { order: order.id });
        this.writeLines(tx, order, lines, customer.defaultTaxRate);
      }
      order.updatedAt = tx.tx.now; // the version rises with any change, lines included
      await tx.em.flush();
      publish(tx, {
        topic: SALES_ORDER_CHANGED,
        aggregateType: 'SalesOrder',
        aggregateId: order.id,
        aggregateVersion: order.version,
        partnerId: order.partner?.id ?? null,
        payload: { status: order.status },
      });
      return { salesOrderId: order.id };
    });
    return outcome.result;
  }

  async cancel(ctx: ServiceContext, input: SalesOrderCancelInput): Promise<{ salesOrderId: string }> {
    const reason = optionalText(input.reason, ['input', 'reason'], { code: SalesErrorCode, max: 500 });
    const outcome = await runCommand(ctx, { command: 'salesOrder.cancel', input }, async (tx) => {
      await this.releaseOnCancel?.beforeLock(tx, input.id);
      const order = await lockOrder(tx, input.id, input.expectedVersion);
      await this.cancelLocked(tx, order, reason);
      return { salesOrderId: order.id };
    });
    return outcome.result;
  }

  /**
   * Cancels an order the caller has locked (lockOrder), in the caller's transaction: from any
   * state before the first shipment. What the order holds is released first (ReleaseOnCancel),
   * then every line's open quantity is cancelled and the status change is published.
   */
  async cancelLocked(tx: TxContext, order: SalesOrder, reason: string | null): Promise<void> {
    assertTransition(order.status, SalesOrderStatus.CANCELLED);
    if (order.status !== SalesOrderStatus.DRAFT && this.releaseOnCancel) await this.releaseOnCancel.release(tx, order);
    await query(
      tx.em,
      `update sales_order_lines set quantity_cancelled = quantity_ordered - quantity_shipped, quantity_allocated = 0, quantity_backordered = 0, updated_at = ?
       where order_id = ?`,
      [tx.tx.now, order.id],
    );
    order.cancelledAt = tx.tx.now;
    order.cancelReason = reason;
    await this.changeStatus(tx, order, SalesOrderStatus.CANCELLED);
  }

  /**
   * The one way an order's status changes: checked against the status machine, written, and
   * published (OrderStatusChanged with the new version) in the caller's transaction.
   */
  async changeStatus(tx: TxContext, order: SalesOrder, to: SalesOrderStatus): Promise<void> {
    const from = order.status;
    assertTransition(from, to);
    order.status = to;
    await tx.em.flush();
    this.publishStatus(tx, order, from);
  }

  async findPage(ctx: ServiceContext, filter: SalesOrderFilter, page: PageRequest): Promise<Page<SalesOrder>> {
    const where: Record<string, unknown> = {};
    const own = ownOrdersOnly(ctx);
    if (filter.partnerId && own === undefined) where.partner = filter.partnerId;
    if (filter.status?.length) where.status = { $in: filter.status };
    if (filter.customerId) where.customer = filter.customerId;
    if (filter.channelId) where.channel = filter.channelId;
    if (filter.externalRef) where.externalRef = filter.externalRef;
    const restricted = own === undefined ? where : { $and: [where, 'channelId' in own ? { channel: own.channelId } : { partner: own.partnerId }] };
    return keysetPage<SalesOrder>(ctx.em, SalesOrder, restricted, page);
  }

  private writeLines(tx: TxContext, order: SalesOrder, lines: readonly ParsedLine[], defaultTaxRate: string): void {
    lines.forEach((line, i) =>
      tx.em.create(SalesOrderLine, {
        order,
        lineNo: i + 1,
        item: tx.em.getReference(Item, line.itemId),
        quantityOrdered: line.quantity,
        unitPrice: line.unitPrice,
        discountPercent: line.discountPercent,
        taxRate: line.taxRate ?? defaultTaxRate,
      }),
    );
  }

  private publishStatus(tx: TxContext, order: SalesOrder, from: SalesOrderStatus | null): void {
    publish(tx, {
      topic: SALES_ORDER_STATUS_CHANGED,
      aggregateType: 'SalesOrder',
      aggregateId: order.id,
      aggregateVersion: order.version,
      partnerId: order.partner?.id ?? null,
      payload: { status: order.status, previousStatus: from, customerId: order.customer.id, channelId: order.channel.id },
    });
    // The event is written with the change: a failure from here on must publish neither.
    faultPoint('sales.after-status-published');
  }
}

/**
 * Which sales orders the caller may see, decided here for every way in (queries, node
 * lookups, connections, subscriptions): undefined for a key that reads every order
 * (sales:read); else one channel's for a key bound to a channel (STOREFRONT, sales:place),
 * else one partner's (PARTNER, partner:self), '0' (no order's) for a key bound to neither.
 */
export type OwnOrders = { readonly channelId: string } | { readonly partnerId: string };

export function ownOrdersOnly(ctx: ServiceContext): OwnOrders | undefined {
  if (hasScope(ctx.principal, Scope.SALES_READ)) return undefined;
  if (ctx.principal?.channelId) return { channelId: ctx.principal.channelId };
  return { partnerId: ctx.principal?.partnerId ?? '0' };
}

/** Whether the caller may see an order (or an event about one) owned by this partner and placed on this channel. */
export function canSeeOrderOf(ctx: ServiceContext, order: { partnerId: string | null; channelId: string | null }): boolean {
  const own = ownOrdersOnly(ctx);
  if (own === undefined) return true;
  return 'channelId' in own ? order.channelId === own.channelId : order.partnerId === own.partnerId;
}

/**
 * Whether the caller may see an outbox event about an order (its status changes, its
 * shipments): the row's partner is the order's owner, the payload's channelId its channel.
 */
export function canSeeOrderEvent(ctx: ServiceContext, event: { partnerId: string | null; payload: Record<string, unknown> }): boolean {
  const channelId = event.payload.channelId;
  return canSeeOrderOf(ctx, { partnerId: event.partnerId, channelId: channelId == null ? null : String(channelId) });
}

/** Whether the caller may see this order (a PARTNER key: only its own partner's; a STOREFRONT key: only its channel's). */
export function canSeeOrder(ctx: ServiceContext, order: SalesOrder): boolean {
  return canSeeOrderOf(ctx, { partnerId: order.partner?.id ?? null, channelId: order.channel.id });
}

/**
 * A key that may place orders but not write them in general (sales:place without
 * sales:write, a STOREFRONT key) places them on its own channel only, under the channel's
 * owner: another channel, or a partner of its choosing, is FORBIDDEN before anything is read
 * or written.
 */
function checkPlacement(ctx: ServiceContext, input: SalesOrderCreateInput): void {
  const p = ctx.principal;
  if (p === null || hasScope(p, Scope.SALES_WRITE)) return;
  if (!p.channelId) {
    throw new AccessError('FORBIDDEN', 'This access key is bound to no sales channel, so it may place no order: create a STOREFRONT key with channelId.');
  }
  if (input.channelId !== p.channelId) {
    throw new AccessError('FORBIDDEN', 'This access key places orders on its own sales channel only: channelId must be the channel the key is bound to (viewer { channel { id } }).');
  }
  if (input.partnerId) {
    throw new AccessError('FORBIDDEN', 'This access key may not choose the owning partner: an order placed on a channel belongs to the channel\'s owner. Leave partnerId out.');
  }
}

/** Locks an order for a command (FOR UPDATE) and checks the version the client read. */
export async function lockOrder(tx: TxContext, id: string, expectedVersion: number | null | undefined, field: FieldPath = ['input', 'id']): Promise<SalesOrder> {
  const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from sales_orders where id = ? for update', [id]);
  if (!row) throw new DomainError(SalesErrorCode.NOT_FOUND, 'No sales order has this id.', { field });
  const order = await tx.em.findOneOrFail(SalesOrder, { id: row.id }, { refresh: true });
  if (expectedVersion != null && expectedVersion !== order.version) {
    throw new DomainError(SalesErrorCode.VERSION_CONFLICT, `The sales order changed since you read it (version ${order.version}).`, { field: ['input', 'expectedVersion'] });
  }
  return order;
}

function existingFor(prior: { id: string; input_hash: string | null }, hash: string, externalRef: string): string {
  if (prior.input_hash !== hash) {
    throw new DomainError(SalesErrorCode.EXTERNAL_REF_CONFLICT, `This channel already has an order with external reference "${externalRef}", placed with different input.`, {
      field: ['input', 'externalRef'],
    });
  }
  return prior.id;
}

function defaultShipTo(customer: Customer): Address {
  const source = Object.values(customer.shippingAddress).some((v) => v != null) ? customer.shippingAddress : customer.billingAddress;
  return Object.assign(new Address(), source);
}

async function checkWarehouse(tx: TxContext, warehouseId: string | null | undefined): Promise<void> {
  if (!warehouseId) return;
  const row = await queryOne<{ code: string; active: boolean }>(tx.em, 'select code, active from warehouses where id = ?', [warehouseId]);
  if (!row) throw new DomainError(SalesErrorCode.UNKNOWN_WAREHOUSE, 'No warehouse has this id.', { field: ['input', 'shipFromWarehouseId'] });
  if (!row.active) throw new DomainError(SalesErrorCode.WAREHOUSE_INACTIVE, `Warehouse ${row.code} is inactive.`, { field: ['input', 'shipFromWarehouseId'] });
}

async function checkItems(tx: TxContext, lines: readonly ParsedLine[]): Promise<void> {
  const ids = [...new Set(lines.map((l) => l.itemId))];
  const rows = await query<{ id: string; sku: string; active: boolean; unit_code: string; unit_decimals: number; tracking_mode: string }>(
    tx.em,
    `select i.id::text as id, i.sku, i.active, u.code as unit_code, u.decimals as unit_decimals, i.tracking_mode
     from items i join units u on u.id = i.unit_id where i.id = any(?::bigint[])`,
    [ids],
  );
  const items = new Map<string, LineItem>(
    rows.map((r) => [r.id, { id: r.id, sku: r.sku, active: r.active, unitCode: r.unit_code, unitDecimals: Number(r.unit_decimals), serial: r.tracking_mode === 'SERIAL' }]),
  );
  checkLineItems(lines, items);
}
