/** Every status change of a shipment (ShipmentUpdated), with its version after it. */
export const SALES_SHIPMENT_UPDATED = 'sales.shipment.updated';
