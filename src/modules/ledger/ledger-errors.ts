export enum LedgerErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID = 'INVALID',
  NOT_POSITIVE = 'NOT_POSITIVE',
  UNBALANCED = 'UNBALANCED',
  PERIOD_CLOSED = 'PERIOD_CLOSED',
  PERIOD_ALREADY_CLOSED = 'PERIOD_ALREADY_CLOSED',
  PERIOD_ALREADY_OPEN = 'PERIOD_ALREADY_OPEN',
  /** Closing is refused while the inventory reconciliation shows a variance. */
  RECONCILIATION_VARIANCE = 'RECONCILIATION_VARIANCE',
  /** Close periods in order: an earlier one is still open. */
  EARLIER_PERIOD_OPEN = 'EARLIER_PERIOD_OPEN',
  /** Reopen periods in order: a later one is closed. */
  LATER_PERIOD_CLOSED = 'LATER_PERIOD_CLOSED',
  /** Manual entries cannot post to control accounts; their balance comes from documents. */
  CONTROL_ACCOUNT = 'CONTROL_ACCOUNT',
  INACTIVE_ACCOUNT = 'INACTIVE_ACCOUNT',
  /** Inventory, in-transit, GRNI, AR and AP post to control accounts only. */
  NOT_CONTROL_ACCOUNT = 'NOT_CONTROL_ACCOUNT',
  ALREADY_REVERSED = 'ALREADY_REVERSED',
  /** An entry posted by a stock document is corrected by a stock document, not by reversing its entry. */
  DOCUMENT_ENTRY = 'DOCUMENT_ENTRY',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  /** The account has postings: its type cannot change. */
  ACCOUNT_IN_USE = 'ACCOUNT_IN_USE',
  FUTURE_DATE = 'FUTURE_DATE',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}
