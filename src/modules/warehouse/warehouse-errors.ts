export enum WarehouseErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID = 'INVALID',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  DUPLICATE_BARCODE = 'DUPLICATE_BARCODE',
  UNKNOWN_WAREHOUSE = 'UNKNOWN_WAREHOUSE',
  UNKNOWN_ZONE = 'UNKNOWN_ZONE',
  /** The zone belongs to another warehouse than the location. */
  ZONE_IN_OTHER_WAREHOUSE = 'ZONE_IN_OTHER_WAREHOUSE',
  /** The in-transit location is managed by the system. */
  SYSTEM_LOCATION = 'SYSTEM_LOCATION',
  /** A location holding stock cannot be deactivated. */
  LOCATION_HAS_STOCK = 'LOCATION_HAS_STOCK',
  /** Negative stock cannot be disallowed while some stock is below zero. */
  NEGATIVE_STOCK_EXISTS = 'NEGATIVE_STOCK_EXISTS',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}
