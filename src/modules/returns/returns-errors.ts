import { InventoryErrorCode } from '../inventory/inventory-errors';

/** The codes returns add. */
enum OwnCode {
  /** The status machine does not allow this change (the message names the status). */
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  /** The shipment line is not a line of a shipped shipment of this order. */
  NOT_SHIPPED = 'NOT_SHIPPED',
  /** More than was shipped on the line, less what other returns already authorized. */
  EXCEEDS_SHIPPED = 'EXCEEDS_SHIPPED',
  /** The serial number was not shipped on this line (to this customer). */
  SERIAL_NOT_SHIPPED = 'SERIAL_NOT_SHIPPED',
  /** The serial number is on another return already. */
  SERIAL_ALREADY_RETURNED = 'SERIAL_ALREADY_RETURNED',
  /** The lines were shipped from different warehouses: one return per warehouse. */
  WAREHOUSE_MISMATCH = 'WAREHOUSE_MISMATCH',
  /** Returned goods are received into a QUARANTINE location of the return's warehouse. */
  NOT_QUARANTINE = 'NOT_QUARANTINE',
  /** A return's goods sit in one quarantine location: later receipts go where the first went. */
  QUARANTINE_MISMATCH = 'QUARANTINE_MISMATCH',
  /** More received than authorized on the line. */
  EXCEEDS_AUTHORIZED = 'EXCEEDS_AUTHORIZED',
  /** More restocked or scrapped than received (and not yet dispositioned) on the line. */
  EXCEEDS_RECEIVED = 'EXCEEDS_RECEIVED',
  /** Restocked goods go to a sellable location. */
  NOT_SELLABLE = 'NOT_SELLABLE',
  /** Every authorized unit is received already, or nothing is received yet to inspect. */
  NOTHING_TO_DO = 'NOTHING_TO_DO',
}

/**
 * Error codes of returns (ReturnErrorCode in the schema): the return codes plus the stock
 * codes its commands pass on (locations, lots, serials, dates, the engine's rules).
 */
export const ReturnErrorCode = { ...InventoryErrorCode, ...OwnCode } as const;
export type ReturnErrorCode = (typeof ReturnErrorCode)[keyof typeof ReturnErrorCode];
