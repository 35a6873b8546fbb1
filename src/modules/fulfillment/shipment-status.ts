import { DomainError } from '../../shared/errors';
import { FulfillmentErrorCode } from './fulfillment-errors';
import { ShipmentStatus } from './fulfillment.entity';

const S = ShipmentStatus;

/**
 * A shipment's life: CREATED -> PICKED -> PACKED -> SHIPPED (shipmentConfirm), then the
 * carrier's IN_TRANSIT -> DELIVERED, with EXCEPTION (from which it may move on) and
 * RETURNED_TO_SENDER; CANCELLED (before it leaves) with its order. DELIVERED, RETURNED_TO_SENDER and
 * CANCELLED are final.
 */
export const SHIPMENT_TRANSITIONS: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = {
  [S.CREATED]: [S.PICKED, S.PACKED, S.CANCELLED],
  [S.PICKED]: [S.PACKED, S.CANCELLED],
  [S.PACKED]: [S.PICKED, S.SHIPPED, S.CANCELLED],
  [S.SHIPPED]: [S.IN_TRANSIT, S.DELIVERED, S.EXCEPTION, S.RETURNED_TO_SENDER],
  [S.IN_TRANSIT]: [S.DELIVERED, S.EXCEPTION, S.RETURNED_TO_SENDER],
  [S.EXCEPTION]: [S.IN_TRANSIT, S.DELIVERED, S.RETURNED_TO_SENDER],
  [S.DELIVERED]: [],
  [S.RETURNED_TO_SENDER]: [],
  [S.CANCELLED]: [],
};

/** Statuses a carrier reports. */
export const CARRIER_STATUSES: ReadonlySet<ShipmentStatus> = new Set([S.IN_TRANSIT, S.DELIVERED, S.EXCEPTION, S.RETURNED_TO_SENDER]);

export function assertShipmentTransition(from: ShipmentStatus, to: ShipmentStatus, field: readonly string[] = ['input', 'status']): void {
  if (SHIPMENT_TRANSITIONS[from].includes(to)) return;
  throw new DomainError(FulfillmentErrorCode.ILLEGAL_TRANSITION, `A shipment cannot go from ${from} to ${to}.`, { field, details: { from, to } });
}
