/** Error codes of customers, channels, sales orders and stock holds (SalesErrorCode in the schema). */
export enum SalesErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID = 'INVALID',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  UNKNOWN_CUSTOMER = 'UNKNOWN_CUSTOMER',
  CUSTOMER_INACTIVE = 'CUSTOMER_INACTIVE',
  UNKNOWN_CHANNEL = 'UNKNOWN_CHANNEL',
  CHANNEL_INACTIVE = 'CHANNEL_INACTIVE',
  UNKNOWN_PARTNER = 'UNKNOWN_PARTNER',
  /** The order names another partner than the one owning its channel. */
  PARTNER_MISMATCH = 'PARTNER_MISMATCH',
  UNKNOWN_WAREHOUSE = 'UNKNOWN_WAREHOUSE',
  WAREHOUSE_INACTIVE = 'WAREHOUSE_INACTIVE',
  UNKNOWN_ITEM = 'UNKNOWN_ITEM',
  ITEM_INACTIVE = 'ITEM_INACTIVE',
  /** Not positive, or finer than the item's unit allows. */
  INVALID_QUANTITY = 'INVALID_QUANTITY',
  NEGATIVE_PRICE = 'NEGATIVE_PRICE',
  DISCOUNT_OUT_OF_RANGE = 'DISCOUNT_OUT_OF_RANGE',
  TAX_RATE_OUT_OF_RANGE = 'TAX_RATE_OUT_OF_RANGE',
  NO_LINES = 'NO_LINES',
  TOO_MANY_LINES = 'TOO_MANY_LINES',
  /** The channel already has an order with this external reference, placed with other input. */
  EXTERNAL_REF_CONFLICT = 'EXTERNAL_REF_CONFLICT',
  /** Only DRAFT orders can be edited. */
  ORDER_NOT_EDITABLE = 'ORDER_NOT_EDITABLE',
  /** The status machine does not allow this change (the message names both states). */
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  /** Confirming would take the customer's open receivables plus open orders plus this order over its credit limit (policy REFUSE). */
  CREDIT_LIMIT_EXCEEDED = 'CREDIT_LIMIT_EXCEEDED',
  /** The order waits on CREDIT_HOLD: only a credit approval (salesOrderApproveCredit) confirms it. */
  ORDER_ON_CREDIT_HOLD = 'ORDER_ON_CREDIT_HOLD',
  /** Less is available (sellable on hand minus allocated minus live holds) than asked for. */
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  /** A hold's time to live is outside 1 to 86400 seconds. */
  TTL_OUT_OF_RANGE = 'TTL_OUT_OF_RANGE',
  HOLD_NOT_FOUND = 'HOLD_NOT_FOUND',
  /** The hold's time ran out: its stock is no longer kept. */
  HOLD_EXPIRED = 'HOLD_EXPIRED',
  /** The hold was consumed by an order or released. */
  HOLD_NOT_ACTIVE = 'HOLD_NOT_ACTIVE',
}
