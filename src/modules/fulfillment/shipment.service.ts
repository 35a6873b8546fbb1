import { actorOf, hasScope } from '../../auth/principal';
import { Scope } from '../../auth/roles';
import { runCommand } from '../../db/command';
import { nextDocumentNumber } from '../../db/ids';
import { query, queryOne, statement, withConnection } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { type Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { optionalText, requireText } from '../../shared/validate';
import { gtinCheckDigit } from '../catalog/gs1';
import { readScan } from '../catalog/gs1-elements';
import { publish } from '../events/outbox';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import { StockInput } from '../inventory/stock-input';
import type { MoveRequest } from '../inventory/stock-engine';
import { MoveReason } from '../inventory/stock-move.entity';
import { RAW, RAW_EAGER_KEY, checkDocumentDate, postStock, type StockPostingDeps } from '../inventory/stock-posting';
import type { DocumentPart } from '../inventory/stock-write';
import { loadStock } from '../inventory/stock-state';
import { SalesOrderStatus } from '../sales/order-status';
import { FulfillmentErrorCode } from './fulfillment-errors';
import { AllocationStatus, CartonStatus, PickTaskStatus, ShipmentStatus } from './fulfillment.entity';
import { ORDER_COLUMNS, ORDER_LINES_FROM, ORDER_LINES_SET, OrderChange, type OrderRow, lockOrder, orderLineDeltas, publishOrderSteps, readOrder, saveOrders, versionSteps } from './order-rows';
import { SALES_SHIPMENT_UPDATED, SHIPMENT_AGGREGATE, type ShipmentUpdatedPayload } from '../sales/shipment-events';
import { CARRIER_STATUSES, assertShipmentTransition } from './shipment-status';
import { PACKING_LOCATION_SQL } from './wave.service';

export const SHIPMENT_SOURCE = 'Shipment';
/** GS1 company prefix in carton SSCCs (GS1_COMPANY_PREFIX; the GS1 example prefix by default). */
const COMPANY_PREFIX = /^\d{6,12}$/.test(process.env.GS1_COMPANY_PREFIX ?? '') ? (process.env.GS1_COMPANY_PREFIX as string) : '0614141';

export interface CartonInput {
  cartonType: string;
  weightKg?: string | null;
  lengthCm?: string | null;
  widthCm?: string | null;
  heightCm?: string | null;
  /** Close the carton now (default); an open one is closed later by scanning its label (cartonClose). */
  close?: boolean | null;
  lines: { orderLineId: string; quantity: string; lotNumber?: string | null; serialNumbers?: string[] | null }[];
}

export interface ShipmentPackInput {
  orderId: string;
  carrier?: string | null;
  carrierService?: string | null;
  cartons: CartonInput[];
  idempotencyKey?: string | null;
}

export interface ShipmentConfirmInput {
  shipmentId: string;
  occurredAt?: Date | null;
  /** Tracking number per carton (by carton id), as the carrier's label gives them. */
  trackingNumbers?: { cartonId: string; trackingNumber: string }[] | null;
  idempotencyKey?: string | null;
}

export interface ShipmentTrackInput {
  shipmentId: string;
  status: ShipmentStatus;
  /** The carrier's event id: the same id recorded twice is one event. */
  eventId: string;
  occurredAt?: Date | null;
  detail?: string | null;
}

export interface ShipmentRow {
  id: string;
  number: string;
  order_id: string;
  warehouse_id: string;
  status: ShipmentStatus;
  version: number;
  carrier: string | null;
  status_times: Record<string, string>;
}

interface PackedRow {
  order_line_id: string;
  item_id: string;
  lot_id: string | null;
  lot_number: string | null;
  picked: string;
  packed: string;
  serials_picked: string[] | null;
  serials_packed: string[] | null;
}

/**
 * Packing and shipping. Picked units are packed into cartons of the order's open shipment
 * (by order line, lot and serial); `shipmentConfirm` then issues them from the packing
 * location through the stock engine (FIFO or average cost), posts COGS against inventory
 * (one entry per shipment), closes the allocations it fulfils, records what shipped at
 * what cost per order line (shipment lines: the seam invoices and returns use), and moves
 * the order to SHIPPED or PARTIALLY_SHIPPED: one transaction.
 */
export class ShipmentService {
  constructor(
    private readonly deps: StockPostingDeps,
    /** Runs after a confirmation's write, in its transaction, when the customer is invoiced on shipment (autoInvoice): billing invoices it. */
    private readonly afterShip?: (tx: TxContext, shipment: { id: string; orderId: string; occurredAt: Date }) => Promise<unknown>,
  ) {}

  async pack(ctx: ServiceContext, input: ShipmentPackInput): Promise<{ shipmentId: string }> {
    const outcome = await runCommand(ctx, { command: 'shipment.pack', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      if (!input.cartons.length) throw new DomainError(FulfillmentErrorCode.REQUIRED, 'Give at least one carton.', { field: ['input', 'cartons'] });
      const order = await lockOrder(tx, input.orderId, null, ['input', 'orderId']);
      if (![SalesOrderStatus.PICKING, SalesOrderStatus.PACKED, SalesOrderStatus.PARTIALLY_SHIPPED].includes(order.status)) {
        throw new DomainError(FulfillmentErrorCode.ILLEGAL_TRANSITION, `An order is packed while PICKING; this one is ${order.status}.`, { field: ['input', 'orderId'], details: { from: order.status, to: SalesOrderStatus.PACKED } });
      }
      const carrier = optionalText(input.carrier, ['input', 'carrier'], { code: FulfillmentErrorCode, max: 100 }) ?? order.carrier;
      const service = optionalText(input.carrierService, ['input', 'carrierService'], { code: FulfillmentErrorCode, max: 100 }) ?? order.carrier_service;
      const shipment = await this.openShipment(tx, order, carrier, service);
      const room = await packable(tx, order.id);
      const change = new OrderChange(order);
      for (const [c, carton] of input.cartons.entries()) {
        const field = ['input', 'cartons', String(c)];
        const cartonType = requireText(carton.cartonType, [...field, 'cartonType'], { code: FulfillmentErrorCode, max: 50 });
        if (!carton.lines.length) throw new DomainError(FulfillmentErrorCode.REQUIRED, 'A carton holds at least one line.', { field: [...field, 'lines'] });
        const sscc = await nextSscc(tx);
        const row = await queryOne<{ id: string }>(
          tx.em,
          `insert into cartons (shipment_id, sscc, carton_type, weight_kg, length_cm, width_cm, height_cm, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id::text as id`,
          [shipment.id, sscc, cartonType, measure(carton.weightKg, [...field, 'weightKg'], 3), measure(carton.lengthCm, [...field, 'lengthCm'], 1), measure(carton.widthCm, [...field, 'widthCm'], 1),
            measure(carton.heightCm, [...field, 'heightCm'], 1), carton.close === false ? CartonStatus.OPEN : CartonStatus.CLOSED, tx.tx.now, tx.tx.now],
        );
        for (const [i, l] of carton.lines.entries()) {
          const lf = [...field, 'lines', String(i)];
          const line = order.lines.find((x) => x.id === l.orderLineId);
          if (!line) throw new DomainError(FulfillmentErrorCode.NOT_FOUND, 'This order has no such line.', { field: [...lf, 'orderLineId'] });
          const quantity = dec(l.quantity);
          if (!quantity.gt(0) || quantity.decimalPlaces() > line.unit_decimals) throw new DomainError(FulfillmentErrorCode.INVALID, `The quantity is above zero with at most ${line.unit_decimals} decimals.`, { field: [...lf, 'quantity'] });
          const options = room.filter((r) => r.order_line_id === line.id && dec(r.picked).gt(r.packed));
          const lotNumber = l.lotNumber ?? null;
          const slot = lotNumber === null ? (options.length === 1 ? options[0] : undefined) : options.find((r) => r.lot_number?.toLowerCase() === lotNumber.toLowerCase());
          if (!slot) {
            throw new DomainError(options.length > 1 && lotNumber === null ? FulfillmentErrorCode.REQUIRED : FulfillmentErrorCode.OVERPACK, options.length > 1 && lotNumber === null ? 'Several lots were picked for this line: name the lot.' : `Nothing of line ${line.line_no}${lotNumber ? ` lot ${lotNumber}` : ''} is picked and waiting to be packed.`, { field: [...lf, lotNumber === null && options.length > 1 ? 'lotNumber' : 'quantity'] });
          }
          const free = dec(slot.picked).minus(slot.packed);
          if (quantity.gt(free)) throw new DomainError(FulfillmentErrorCode.OVERPACK, `Line ${line.line_no}: ${toText(free)} picked and not packed, ${toText(quantity)} given.`, { field: [...lf, 'quantity'] });
          const serials = l.serialNumbers ?? [];
          if (line.tracking_mode === 'SERIAL') {
            const waiting = new Set((slot.serials_picked ?? []).filter((s) => !(slot.serials_packed ?? []).includes(s)));
            if (!quantity.eq(serials.length) || serials.some((s) => !waiting.has(s)) || new Set(serials).size !== serials.length) {
              throw new DomainError(FulfillmentErrorCode.SERIAL_UNKNOWN, `Give the ${toText(quantity)} serial number(s) picked for line ${line.line_no}.`, { field: [...lf, 'serialNumbers'] });
            }
            slot.serials_packed = [...(slot.serials_packed ?? []), ...serials];
          }
          slot.packed = toText(dec(slot.packed).plus(quantity));
          await query(
            tx.em,
            'insert into carton_lines (carton_id, order_line_id, item_id, lot_id, quantity, serial_numbers, created_at, updated_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)',
            [(row as { id: string }).id, line.id, line.item_id, slot.lot_id, toText(quantity), serials.length ? JSON.stringify(serials) : null, tx.tx.now, tx.tx.now],
          );
          change.add(line.id, 'quantity_packed', quantity);
        }
      }
      const openTasks = await queryOne<{ n: number }>(tx.em, `select count(*)::int as n from pick_tasks where order_id = ? and status = '${PickTaskStatus.OPEN}'`, [order.id]);
      const allPacked = (openTasks?.n ?? 0) === 0 && order.lines.every((l) => dec(l.quantity_picked).lte(l.quantity_packed));
      if (allPacked && order.status === SalesOrderStatus.PICKING) change.moveTo(SalesOrderStatus.PACKED);
      await setShipmentStatus(tx, shipment, allPacked ? ShipmentStatus.PACKED : ShipmentStatus.PICKED, order);
      await saveOrders(tx, [change]);
      return { shipmentId: shipment.id };
    }, RAW_EAGER_KEY);
    return outcome.result;
  }

  /** Closes an open carton by scanning its label: the SSCC as GS1 (AI 00) or its 18 digits. */
  async closeCarton(ctx: ServiceContext, input: { raw: string; weightKg?: string | null }): Promise<{ cartonId: string; shipmentId: string }> {
    const outcome = await runCommand(ctx, { command: 'carton.close', input }, async (tx) => {
      const read = readScan(input.raw, { today: tx.tx.now });
      const sscc = read.format === 'GS1' ? (read.elements.find((e) => e.ai === '00')?.raw ?? null) : /^\d{18}$/.test(read.text) ? read.text : null;
      if (read.format === 'GS1' && read.error) throw new DomainError(FulfillmentErrorCode.SCAN_MALFORMED, `${read.error.message} (position ${read.error.position})`, { field: ['input', 'raw'] });
      const carton = sscc ? await queryOne<{ id: string; shipment_id: string; status: CartonStatus }>(tx.em, 'select id::text as id, shipment_id::text as shipment_id, status from cartons where sscc = ? for update', [sscc]) : undefined;
      if (!carton) throw new DomainError(FulfillmentErrorCode.SCAN_UNKNOWN, 'This scan is not a carton label known here.', { field: ['input', 'raw'] });
      if (carton.status === CartonStatus.CLOSED) throw new DomainError(FulfillmentErrorCode.CARTON_CLOSED, 'This carton is closed already.', { field: ['input', 'raw'] });
      await query(tx.em, `update cartons set status = '${CartonStatus.CLOSED}', weight_kg = coalesce(?, weight_kg), version = version + 1, updated_at = ? where id = ?`, [
        measure(input.weightKg, ['input', 'weightKg'], 3),
        tx.tx.now,
        carton.id,
      ]);
      return { cartonId: carton.id, shipmentId: carton.shipment_id };
    }, RAW_EAGER_KEY);
    return outcome.result;
  }

  /**
   * Ships a packed shipment. Six round trips whatever its size: BEGIN; one read of the
   * shipment, its cartons and contents, the packing location and the order; the stock
   * engine's locks and state; the order and shipment locks (a version changed since the
   * read starts the command over); one write (the engine's moves, layers, balances, entry
   * and events, and this document's shipment lines, allocations, order lines, order,
   * cartons and shipment); COMMIT.
   */
  async confirm(ctx: ServiceContext, input: ShipmentConfirmInput): Promise<{ shipmentId: string }> {
    const outcome = await runCommand(ctx, { command: 'shipment.confirm', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const occurredAt = input.occurredAt ?? tx.tx.now;
      await checkDocumentDate(tx, this.deps.posting, occurredAt);
      const seen = await readForShipping(tx, input.shipmentId);
      const shipment = seen.shipment;
      assertShipmentTransition(shipment.status, ShipmentStatus.SHIPPED, ['input', 'shipmentId']);
      const contents = seen.contents;
      if (!contents.length) throw new DomainError(FulfillmentErrorCode.NOTHING_TO_SHIP, 'The shipment has no packed cartons.', { field: ['input', 'shipmentId'] });
      if (seen.cartons.some((c) => c.status === CartonStatus.OPEN)) throw new DomainError(FulfillmentErrorCode.CARTON_OPEN, 'Close every carton first (scan its label).', { field: ['input', 'shipmentId'] });
      if (seen.packing === null) throw new DomainError(FulfillmentErrorCode.NO_PACKING_LOCATION, 'The warehouse has no active PACKING or STAGING location for picked goods.', { field: ['input', 'shipmentId'] });
      const tracking = new Map<string, string>();
      for (const t of input.trackingNumbers ?? []) {
        const tn = requireText(t.trackingNumber, ['input', 'trackingNumbers'], { code: FulfillmentErrorCode, max: 100 });
        if (!seen.cartons.some((c) => c.id === t.cartonId)) throw new DomainError(FulfillmentErrorCode.NOT_FOUND, 'No carton of this shipment has this id.', { field: ['input', 'trackingNumbers'] });
        tracking.set(t.cartonId, tn);
      }
      const packing = seen.packing;
      const order = seen.order;
      const state = await loadStock(tx, {
        warehouseIds: [shipment.warehouse_id],
        locationIds: [packing],
        itemIds: contents.map((c) => c.item_id),
        stock: [...new Set(order.lines.map((l) => l.item_id))].map((itemId) => ({ itemId, warehouseId: shipment.warehouse_id })),
        lotIds: contents.filter((c) => c.lot_id !== null).map((c) => c.lot_id as string),
        serials: contents.filter((c) => c.serials.length).map((c) => ({ itemId: c.item_id, numbers: c.serials, create: false })),
        balances: contents.map((c) => ({ itemId: c.item_id, locationId: packing, lotNumber: c.lot_number })),
      });
      // Stock locks first, then the order and its shipment: unchanged since the read, or the command starts over.
      await withConnection(tx.em, (c) => c.rows(LOCK_ORDER_AND_SHIPMENT, [order.id, shipment.id, order.version, shipment.version]));
      const io = new StockInput(state);
      const warehouse = io.warehouse(shipment.warehouse_id, ['input', 'shipmentId']);
      const from = io.location(packing, warehouse, ['input', 'shipmentId']);
      const requests: MoveRequest[] = contents.map((c, i) => {
        const item = io.item(c.item_id, ['input', 'shipmentId']);
        const lot = c.lot_id ? (state.lotsById.get(c.lot_id) ?? null) : null;
        const serials = io.serials(item, c.serials, ['input', 'shipmentId']);
        return { item, quantity: dec(c.quantity), from, to: null, lot, serials, reason: MoveReason.ISSUE, counter: AccountPurpose.COGS, field: ['input', 'shipmentId', String(i)] };
      });
      const change = new OrderChange(order);
      change.moveTo(shippedStatus(order, contents), ['input', 'shipmentId']);
      for (const c of contents) change.add(c.order_line_id, 'quantity_shipped', dec(c.quantity));
      const lines = orderLineDeltas([change]);
      const steps = versionSteps(change);
      const status = change.status;
      // The events this command publishes, with the versions its write gives the rows (both are locked).
      const trackingNumbers = seen.cartons.map((c) => tracking.get(c.id) ?? c.tracking_number).filter((t): t is string => t !== null);
      publishShipmentStatus(tx, shipment, ShipmentStatus.SHIPPED, order, occurredAt, shipment.version + 1, trackingNumbers);
      publishOrderSteps(tx, change, order.version + steps);
      const posted = await postStock(tx, this.deps, state, { type: SHIPMENT_SOURCE, id: shipment.id, occurredAt }, requests, `Shipment ${shipment.number} (order ${order.id})`, (entryId, plan) => ({
        part: SHIPMENT_CONFIRM_PART,
        values: [
          shipment.id,
          tx.tx.now,
          entryId,
          occurredAt.toISOString(),
          contents.map((c) => c.order_line_id),
          contents.map((c) => c.item_id),
          contents.map((c) => c.lot_id),
          contents.map((c) => c.quantity),
          plan.moves.map((m) => toText(m.value.abs())),
          contents.map((c) => (c.serials.length ? JSON.stringify(c.serials) : null)),
          order.id,
          status,
          steps,
          ...lines,
          [...tracking.keys()],
          [...tracking.values()],
        ],
      }), { shipmentId: shipment.id });
      if (posted.document) ctx.written?.set(`Shipment:${shipment.id}`, posted.document);
      if (this.afterShip && order.auto_invoice) await this.afterShip(tx, { id: shipment.id, orderId: order.id, occurredAt });
      return { shipmentId: shipment.id };
    }, RAW);
    return outcome.result;
  }

  /**
   * A carrier's tracking event (in transit, delivered, exception, returned), recorded once
   * per event id: a WAREHOUSE key, or a PARTNER key of the shipment's carrier.
   */
  async track(ctx: ServiceContext, input: ShipmentTrackInput): Promise<{ shipmentId: string }> {
    const outcome = await runCommand(ctx, { command: 'shipment.track', input }, async (tx) => {
      if (!CARRIER_STATUSES.has(input.status)) throw new DomainError(FulfillmentErrorCode.INVALID, 'A carrier reports IN_TRANSIT, DELIVERED, EXCEPTION or RETURNED_TO_SENDER.', { field: ['input', 'status'] });
      const eventId = requireText(input.eventId, ['input', 'eventId'], { code: FulfillmentErrorCode, max: 200 });
      const detail = optionalText(input.detail, ['input', 'detail'], { code: FulfillmentErrorCode, max: 1000 });
      const shipment = await readShipment(tx, input.shipmentId, true);
      if (!hasScope(tx.principal, Scope.INVENTORY_WRITE)) {
        const partner = tx.principal?.partnerId ? await queryOne<{ code: string }>(tx.em, 'select code from partners where id = ?', [tx.principal.partnerId]) : undefined;
        if (!partner || !shipment.carrier || partner.code.toLowerCase() !== shipment.carrier.toLowerCase()) {
          throw new DomainError(FulfillmentErrorCode.FORBIDDEN, 'Only the shipment\'s carrier (or the warehouse) records its tracking.', { field: ['input', 'shipmentId'] });
        }
      }
      const prior = await queryOne<{ status: ShipmentStatus }>(tx.em, 'select status from shipment_tracking_events where shipment_id = ? and external_id = ?', [shipment.id, eventId]);
      if (prior) {
        if (prior.status !== input.status) throw new DomainError(FulfillmentErrorCode.INVALID, `Event ${eventId} was recorded with status ${prior.status}.`, { field: ['input', 'eventId'] });
        return { shipmentId: shipment.id }; // the same event again: recorded once
      }
      const occurredAt = input.occurredAt ?? tx.tx.now;
      await query(tx.em, 'insert into shipment_tracking_events (shipment_id, external_id, status, occurred_at, detail, actor, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)', [
        shipment.id, eventId, input.status, occurredAt, detail, actorOf(tx.principal), tx.tx.now, tx.tx.now,
      ]);
      if (shipment.status !== input.status) {
        const order = await readOrder(tx, shipment.order_id);
        await setShipmentStatus(tx, shipment, input.status, order, occurredAt);
      }
      return { shipmentId: shipment.id };
    }, RAW_EAGER_KEY);
    return outcome.result;
  }

  private async openShipment(tx: TxContext, order: OrderRow, carrier: string | null, service: string | null): Promise<ShipmentRow> {
    const open = await queryOne<ShipmentRow>(tx.em, `${SHIPMENT_COLUMNS} where order_id = ? and status = any(?::text[]) order by id desc limit 1 for update`, [
      order.id,
      [ShipmentStatus.CREATED, ShipmentStatus.PICKED, ShipmentStatus.PACKED],
    ]);
    if (open) return open;
    const number = await nextDocumentNumber(tx.em, 'SH');
    const row = await queryOne<ShipmentRow>(
      tx.em,
      `insert into shipments (number, order_id, warehouse_id, status, carrier, carrier_service, status_times, actor, created_at, updated_at)
       values (?, ?, ?, '${ShipmentStatus.CREATED}', ?, ?, jsonb_build_object('CREATED', ?::text), ?, ?, ?)
       returning id::text as id, number, order_id::text as order_id, warehouse_id::text as warehouse_id, status, version, carrier, status_times`,
      [number, order.id, order.ship_from_warehouse_id, carrier, service, tx.tx.now.toISOString(), actorOf(tx.principal), tx.tx.now, tx.tx.now],
    );
    return row as ShipmentRow;
  }
}

/** The one way a shipment's status changes: checked, timed, written and published (ShipmentUpdated). */
export async function setShipmentStatus(tx: TxContext, shipment: ShipmentRow, to: ShipmentStatus, order: Pick<OrderRow, 'id' | 'partner_id' | 'channel_id'>, at: Date = tx.tx.now): Promise<void> {
  const from = shipment.status;
  if (from !== to) assertShipmentTransition(from, to);
  const row = await queryOne<{ version: number; tracking: string[] }>(
    tx.em,
    `update shipments s set status = ?, status_times = case when ? then s.status_times || jsonb_build_object(?::text, ?::text) else s.status_times end, version = s.version + 1, updated_at = ?
     where s.id = ? returning s.version, (select coalesce(jsonb_agg(tracking_number order by id) filter (where tracking_number is not null), '[]') from cartons where shipment_id = s.id) as tracking`,
    [to, from !== to, to, at.toISOString(), tx.tx.now, shipment.id],
  );
  publishShipmentStatus(tx, shipment, to, order, at, (row as { version: number }).version, row?.tracking ?? []);
}

/** Publishes ShipmentUpdated for a status change written with `version`, and records it on the row. */
function publishShipmentStatus(
  tx: TxContext,
  shipment: ShipmentRow,
  to: ShipmentStatus,
  order: Pick<OrderRow, 'id' | 'partner_id' | 'channel_id'>,
  at: Date,
  version: number,
  trackingNumbers: string[],
): void {
  const payload: ShipmentUpdatedPayload = {
    shipmentId: shipment.id,
    orderId: order.id,
    channelId: order.channel_id,
    status: to,
    previousStatus: shipment.status,
    carrier: shipment.carrier,
    trackingNumbers,
    occurredAt: at.toISOString(),
  };
  publish(tx, { topic: SALES_SHIPMENT_UPDATED, aggregateType: SHIPMENT_AGGREGATE, aggregateId: shipment.id, aggregateVersion: version, partnerId: order.partner_id, payload: { ...payload } });
  shipment.status = to;
  shipment.version = version;
}

interface ShippingRead {
  shipment: ShipmentRow;
  packing: string | null;
  cartons: { id: string; status: CartonStatus; tracking_number: string | null }[];
  contents: { order_line_id: string; item_id: string; lot_id: string | null; lot_number: string | null; quantity: string; serials: string[] }[];
  order: OrderRow;
}

/** What a confirmation needs before its locks, in one statement: the shipment, its packing location, cartons and contents (per order line and lot), and the order. */
const READ_FOR_SHIPPING = statement(`
with s as (select id, number, order_id, warehouse_id, status, version, carrier, status_times from shipments where id = $1::bigint)
select (select json_build_object('id', s.id::text, 'number', s.number, 'order_id', s.order_id::text, 'warehouse_id', s.warehouse_id::text, 'status', s.status,
                                 'version', s.version, 'carrier', s.carrier, 'status_times', s.status_times) from s) as shipment,
       (select ${PACKING_LOCATION_SQL('s.warehouse_id')} from s) as packing,
       (select coalesce(json_agg(json_build_object('id', c.id::text, 'status', c.status, 'tracking_number', c.tracking_number) order by c.id), '[]') from cartons c where c.shipment_id = $1::bigint) as cartons,
       (select coalesce(json_agg(x order by x.line, x.lot nulls first), '[]') from (
          select cl.order_line_id as line, cl.lot_id as lot, cl.order_line_id::text as order_line_id, cl.item_id::text as item_id, cl.lot_id::text as lot_id, lot.lot_number,
                 sum(cl.quantity)::text as quantity, coalesce(jsonb_agg(cl.serial_numbers) filter (where cl.serial_numbers is not null), '[]') as serials
          from cartons c join carton_lines cl on cl.carton_id = c.id left join lots lot on lot.id = cl.lot_id
          where c.shipment_id = $1::bigint group by cl.order_line_id, cl.item_id, cl.lot_id, lot.lot_number) x) as contents,
       (select row_to_json(o) from (select ${ORDER_COLUMNS} from sales_orders o join customers c on c.id = o.customer_id where o.id = (select order_id from s)) o) as "order"`);

async function readForShipping(tx: TxContext, shipmentId: string): Promise<ShippingRead> {
  const [row] = await withConnection(tx.em, (c) => c.rows<Omit<ShippingRead, 'contents'> & { contents: (Omit<ShippingRead['contents'][number], 'serials'> & { serials: string[][] })[] }>(READ_FOR_SHIPPING, [shipmentId]));
  if (!row?.shipment) throw new DomainError(FulfillmentErrorCode.NOT_FOUND, 'No shipment has this id.', { field: ['input', 'shipmentId'] });
  return { ...row, contents: row.contents.map((c) => ({ ...c, serials: c.serials.flat() })) };
}

/** The order, then its shipment, locked: a version other than the one read starts the command over (as a serialization failure does). */
const LOCK_ORDER_AND_SHIPMENT = statement(`
with o as materialized (select version from sales_orders where id = $1::bigint for update),
s as materialized (select sh.version from shipments sh where sh.id = $2::bigint and exists (select 1 from o) for update)
select (select ledgerhouse_changed('the order or its shipment') from o, s where o.version <> $3::int or s.version <> $4::int) as checked`);

/** A confirmation's own rows, written by the stock engine's statement (stock-write.ts DocumentPart; parameters in confirm's order). */
const SHIPMENT_CONFIRM_PART: DocumentPart = {
  name: 'shipment_confirm',
  returnsDoc: true,
  ctes: (p) => `
ship_lines as (
  insert into shipment_lines (shipment_id, order_line_id, item_id, lot_id, quantity, cost, serial_numbers, created_at, updated_at)
  select ${p(0)}::bigint, v.line, v.item, v.lot, v.quantity, v.cost, v.serials::jsonb, ${p(1)}::timestamptz, ${p(1)}::timestamptz
  from unnest(${p(4)}::bigint[], ${p(5)}::bigint[], ${p(6)}::bigint[], ${p(7)}::numeric[], ${p(8)}::numeric[], ${p(9)}::text[]) as v(line, item, lot, quantity, cost, serials)
  returning 1),
-- Allocations fulfilled: shipped units taken from the picked, unshipped part of each line's allocations (oldest first).
ship_ranked as (
  select a.id, s.q, a.quantity_picked - a.quantity_shipped as room,
         coalesce(sum(a.quantity_picked - a.quantity_shipped) over (partition by a.order_line_id, coalesce(a.lot_id, 0) order by a.id rows between unbounded preceding and 1 preceding), 0) as before
  from stock_allocations a join unnest(${p(4)}::bigint[], ${p(6)}::bigint[], ${p(7)}::numeric[]) as s(line, lot, q) on s.line = a.order_line_id and coalesce(s.lot, 0) = coalesce(a.lot_id, 0)
  where a.quantity_picked > a.quantity_shipped),
ship_allocations as (
  update stock_allocations a set quantity_shipped = a.quantity_shipped + least(r.room, greatest(r.q - r.before, 0)),
         status = case when a.quantity_shipped + least(r.room, greatest(r.q - r.before, 0)) >= a.quantity and a.status = '${AllocationStatus.PICKED}' then '${AllocationStatus.SHIPPED}' else a.status end,
         updated_at = ${p(1)}::timestamptz
  from ship_ranked r where a.id = r.id and r.q > r.before
  returning 1),
ship_order_lines as (
  update sales_order_lines l ${ORDER_LINES_SET(p(1))}
  from ${ORDER_LINES_FROM([p(13), p(14), p(15), p(16), p(17), p(18), p(19)])} where l.id = v.id
  returning 1),
ship_order as (
  update sales_orders o set status = ${p(11)}::text, version = o.version + ${p(12)}::int, updated_at = ${p(1)}::timestamptz where o.id = ${p(10)}::bigint
  returning 1),
ship_cartons as (
  update cartons c set tracking_number = v.tn, version = c.version + 1, updated_at = ${p(1)}::timestamptz
  from unnest(${p(20)}::bigint[], ${p(21)}::text[]) as v(id, tn) where c.id = v.id and c.shipment_id = ${p(0)}::bigint
  returning 1),
doc as (
  update shipments s set status = '${ShipmentStatus.SHIPPED}', status_times = s.status_times || jsonb_build_object('${ShipmentStatus.SHIPPED}', ${p(3)}::text), version = s.version + 1,
         journal_entry_id = ${p(2)}::bigint, updated_at = ${p(1)}::timestamptz
  where s.id = ${p(0)}::bigint
  returning s.id::text as id, s.number, s.order_id::text as order_id, s.warehouse_id::text as warehouse_id, s.status, s.carrier, s.carrier_service,
            s.journal_entry_id::text as journal_entry_id, s.status_times, s.actor, s.version, s.created_at, s.updated_at)`,
};

const SHIPMENT_COLUMNS = `select id::text as id, number, order_id::text as order_id, warehouse_id::text as warehouse_id, status, version, carrier, status_times from shipments`;

async function readShipment(tx: TxContext, id: string, lock = false): Promise<ShipmentRow> {
  const row = await queryOne<ShipmentRow>(tx.em, `${SHIPMENT_COLUMNS} where id = ?${lock ? ' for update' : ''}`, [id]);
  if (!row) throw new DomainError(FulfillmentErrorCode.NOT_FOUND, 'No shipment has this id.', { field: ['input', 'shipmentId'] });
  return row;
}

/** Per order line and lot: units picked and units packed (in any carton of any shipment). */
async function packable(tx: TxContext, orderId: string): Promise<PackedRow[]> {
  return query<PackedRow>(
    tx.em,
    `with picked as (
       select t.order_line_id, t.item_id, t.lot_id, sum(t.quantity_picked) as q,
              (select jsonb_agg(e.s) from pick_tasks x, jsonb_array_elements_text(coalesce(x.serial_numbers, '[]'::jsonb)) as e(s)
               where x.order_line_id = t.order_line_id and coalesce(x.lot_id, 0) = coalesce(t.lot_id, 0)) as serials
       from pick_tasks t where t.order_id = ? and t.quantity_picked > 0 group by t.order_line_id, t.item_id, t.lot_id),
     packed as (
       select cl.order_line_id, cl.lot_id, sum(cl.quantity) as q,
              (select jsonb_agg(e.s) from carton_lines x join cartons xc on xc.id = x.carton_id join shipments xs on xs.id = xc.shipment_id,
                      jsonb_array_elements_text(coalesce(x.serial_numbers, '[]'::jsonb)) as e(s)
               where x.order_line_id = cl.order_line_id and coalesce(x.lot_id, 0) = coalesce(cl.lot_id, 0) and xs.status <> '${ShipmentStatus.CANCELLED}') as serials
       from carton_lines cl join cartons c on c.id = cl.carton_id join shipments s on s.id = c.shipment_id join sales_order_lines l on l.id = cl.order_line_id
       where l.order_id = ? and s.status <> '${ShipmentStatus.CANCELLED}' group by cl.order_line_id, cl.lot_id)
     select p.order_line_id::text as order_line_id, p.item_id::text as item_id, p.lot_id::text as lot_id, lot.lot_number, p.q::text as picked,
            coalesce(k.q, 0)::text as packed, p.serials as serials_picked, k.serials as serials_packed
     from picked p left join packed k on k.order_line_id = p.order_line_id and coalesce(k.lot_id, 0) = coalesce(p.lot_id, 0) left join lots lot on lot.id = p.lot_id`,
    [orderId, orderId],
  );
}

function shippedStatus(order: OrderRow, contents: readonly { order_line_id: string; quantity: string }[]): SalesOrderStatus.SHIPPED | SalesOrderStatus.PARTIALLY_SHIPPED {
  const now = new Map<string, Decimal>();
  for (const c of contents) now.set(c.order_line_id, (now.get(c.order_line_id) ?? ZERO).plus(c.quantity));
  const complete = order.lines.every((l) => dec(l.quantity_shipped).plus(now.get(l.id) ?? ZERO).plus(l.quantity_cancelled).gte(l.quantity_ordered));
  return complete ? SalesOrderStatus.SHIPPED : SalesOrderStatus.PARTIALLY_SHIPPED;
}

/** The next SSCC: extension 0, the company prefix, a serial reference from a sequence, the mod-10 check digit. */
async function nextSscc(tx: TxContext): Promise<string> {
  const row = await queryOne<{ n: string }>(tx.em, "select nextval('sscc_serial')::text as n");
  const body = `0${COMPANY_PREFIX}${(row as { n: string }).n.padStart(16 - COMPANY_PREFIX.length, '0')}`;
  return `${body}${gtinCheckDigit(body)}`;
}

function measure(value: string | null | undefined, field: readonly string[], scale: number): string | null {
  if (value == null) return null;
  if (!/^\d{1,9}(\.\d+)?$/.test(value) || dec(value).decimalPlaces() > scale || !dec(value).gt(0)) {
    throw new DomainError(FulfillmentErrorCode.INVALID, `A positive number with at most ${scale} decimals.`, { field: [...field] });
  }
  return value;
}
