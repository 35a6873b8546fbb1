export enum InventoryErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID = 'INVALID',
  INVALID_QUANTITY = 'INVALID_QUANTITY',
  NOT_POSITIVE = 'NOT_POSITIVE',
  UNKNOWN_ITEM = 'UNKNOWN_ITEM',
  INACTIVE_ITEM = 'INACTIVE_ITEM',
  UNKNOWN_WAREHOUSE = 'UNKNOWN_WAREHOUSE',
  INACTIVE_WAREHOUSE = 'INACTIVE_WAREHOUSE',
  UNKNOWN_LOCATION = 'UNKNOWN_LOCATION',
  INACTIVE_LOCATION = 'INACTIVE_LOCATION',
  /** The location belongs to another warehouse than the document. */
  LOCATION_IN_OTHER_WAREHOUSE = 'LOCATION_IN_OTHER_WAREHOUSE',
  /** The in-transit location is moved only by transfers. */
  TRANSIT_LOCATION = 'TRANSIT_LOCATION',
  SAME_LOCATION = 'SAME_LOCATION',
  SAME_WAREHOUSE = 'SAME_WAREHOUSE',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  LOT_REQUIRED = 'LOT_REQUIRED',
  /** A lot was given for an item that is not lot-tracked. */
  LOT_NOT_TRACKED = 'LOT_NOT_TRACKED',
  UNKNOWN_LOT = 'UNKNOWN_LOT',
  LOT_EXPIRY_REQUIRED = 'LOT_EXPIRY_REQUIRED',
  LOT_EXPIRY_MISMATCH = 'LOT_EXPIRY_MISMATCH',
  /** An expired lot cannot go into a sellable location without allowExpired. */
  LOT_EXPIRED = 'LOT_EXPIRED',
  SERIALS_REQUIRED = 'SERIALS_REQUIRED',
  /** Serial numbers were given for an item that is not serial-tracked. */
  SERIALS_NOT_TRACKED = 'SERIALS_NOT_TRACKED',
  /** The number of serial numbers differs from the quantity. */
  SERIAL_COUNT_MISMATCH = 'SERIAL_COUNT_MISMATCH',
  DUPLICATE_SERIAL = 'DUPLICATE_SERIAL',
  /** The serial number is already in stock (it cannot be received twice). */
  SERIAL_IN_STOCK = 'SERIAL_IN_STOCK',
  /** The serial number is not in the location it is taken from (or is gone already). */
  SERIAL_NOT_AVAILABLE = 'SERIAL_NOT_AVAILABLE',
  UNKNOWN_SERIAL = 'UNKNOWN_SERIAL',
  /** No cost is known for stock that appears (a gain): give unitCost or set the item's standard cost. */
  COST_REQUIRED = 'COST_REQUIRED',
  TRANSFER_NOT_IN_TRANSIT = 'TRANSFER_NOT_IN_TRANSIT',
  QUANTITY_EXCEEDS_SHIPPED = 'QUANTITY_EXCEEDS_SHIPPED',
  COUNT_NOT_OPEN = 'COUNT_NOT_OPEN',
  /** The location or item is outside the count's scope. */
  OUT_OF_COUNT_SCOPE = 'OUT_OF_COUNT_SCOPE',
  UNKNOWN_BARCODE = 'UNKNOWN_BARCODE',
  PERIOD_CLOSED = 'PERIOD_CLOSED',
  FUTURE_DATE = 'FUTURE_DATE',
  TOO_MANY_LINES = 'TOO_MANY_LINES',
  /** A quantity or value would exceed what can be recorded. */
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}
