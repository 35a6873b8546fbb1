/**
 * The shipment event contract, shared by the shipment commands that publish it and the
 * `shipmentUpdated` subscription that streams it (sales-events.resolver.ts).
 *
 * Every status change of a shipment (and a change of its carrier or tracking numbers) is
 * one outbox row on SALES_SHIPMENT_UPDATED with aggregateType 'Shipment', aggregateId the
 * shipment's id, aggregateVersion the shipment's version after the change, partnerId the
 * partner owning the shipment's order (null for none), and a ShipmentUpdatedPayload.
 */
export const SALES_SHIPMENT_UPDATED = 'sales.shipment.updated';

export const SHIPMENT_AGGREGATE = 'Shipment';

export interface ShipmentUpdatedPayload {
  /** Database ids, as text. */
  shipmentId: string;
  orderId: string;
  /** The order's sales channel: a STOREFRONT key sees the events of its channel's orders only. */
  channelId: string;
  status: string;
  /** null for the event announcing a new shipment. */
  previousStatus: string | null;
  carrier: string | null;
  trackingNumbers: string[];
  /** ISO 8601. */
  occurredAt: string;
}
