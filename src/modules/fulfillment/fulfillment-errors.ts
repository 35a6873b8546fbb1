import { InventoryErrorCode } from '../inventory/inventory-errors';
import { SalesErrorCode } from '../sales/sales-errors';

/** The codes fulfilment adds; the scan codes are meant for a scanner's screen: short and stable. */
enum OwnCode {
  NOT_FOUND = 'NOT_FOUND',
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** The status machine does not allow this change (the message names both states). */
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  /** Confirming with `backorder: false` and not everything can be reserved. */
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  ITEM_INACTIVE = 'ITEM_INACTIVE',
  /** No active warehouse stocks any of the order. */
  NO_WAREHOUSE = 'NO_WAREHOUSE',
  WAREHOUSE_MISMATCH = 'WAREHOUSE_MISMATCH',
  /** The warehouse has no active PACKING (or STAGING) location for picks to go to. */
  NO_PACKING_LOCATION = 'NO_PACKING_LOCATION',
  /** No order matching the wave's filter has reserved stock waiting to be picked. */
  NOTHING_TO_RELEASE = 'NOTHING_TO_RELEASE',
  PICK_LIST_DONE = 'PICK_LIST_DONE',
  /** The scan is not a location, item, lot, serial or carton this system knows. */
  SCAN_UNKNOWN = 'SCAN_UNKNOWN',
  /** The scan looks like a GS1 element string but does not parse (the message names the position). */
  SCAN_MALFORMED = 'SCAN_MALFORMED',
  WRONG_LOCATION = 'WRONG_LOCATION',
  WRONG_ITEM = 'WRONG_ITEM',
  WRONG_LOT = 'WRONG_LOT',
  EXPIRED_LOT = 'EXPIRED_LOT',
  SERIAL_UNKNOWN = 'SERIAL_UNKNOWN',
  /** More than the task asks for. */
  OVERPICK = 'OVERPICK',
  /** More than was picked and not yet packed for the order line. */
  OVERPACK = 'OVERPACK',
  /** A carton of the shipment is still open. */
  CARTON_OPEN = 'CARTON_OPEN',
  CARTON_CLOSED = 'CARTON_CLOSED',
  NOTHING_TO_SHIP = 'NOTHING_TO_SHIP',
  /** The key may not record tracking for this shipment's carrier. */
  FORBIDDEN = 'FORBIDDEN',
}

/**
 * Error codes of confirmation, waves, picking, packing and shipping (FulfillmentErrorCode
 * in the schema): the fulfilment codes plus the sales and stock codes its commands pass on
 * (an order's status, the engine's stock rules).
 */
export const FulfillmentErrorCode = { ...SalesErrorCode, ...InventoryErrorCode, ...OwnCode } as const;
export type FulfillmentErrorCode = (typeof FulfillmentErrorCode)[keyof typeof FulfillmentErrorCode];
