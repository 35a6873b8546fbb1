import { LedgerErrorCode } from '../ledger/ledger-errors';

/** The codes billing adds (invoices, credit notes, payments, refunds, applications). */
enum OwnCode {
  /** Invoicing more than was shipped and not yet invoiced (or a line not shipped at all). */
  NOT_SHIPPED = 'NOT_SHIPPED',
  /** Crediting more than was invoiced and not yet credited. */
  OVER_CREDIT = 'OVER_CREDIT',
  /** Applying more to an invoice than it has open. */
  OVER_APPLIED = 'OVER_APPLIED',
  /** A payment above what it is applied to, without unappliedAsCredit: true. */
  OVERPAYMENT = 'OVERPAYMENT',
  /** Applying or refunding more credit than the payment or credit note (or the customer) has unapplied. */
  NO_CREDIT = 'NO_CREDIT',
  /** A payment, credit or invoice of another customer. */
  CUSTOMER_MISMATCH = 'CUSTOMER_MISMATCH',
  ILLEGAL_STATE = 'ILLEGAL_STATE',
  ALREADY_REVERSED = 'ALREADY_REVERSED',
  /** The money account given for a payment is not an active, non-control asset account. */
  INVALID_ACCOUNT = 'INVALID_ACCOUNT',
}

/** Why a billing command was refused (BillingErrorCode in the schema): billing's codes plus the ledger's (period closed, future date, accounts). Stable: clients switch on them. */
export const BillingErrorCode = { ...LedgerErrorCode, ...OwnCode } as const;
export type BillingErrorCode = (typeof BillingErrorCode)[keyof typeof BillingErrorCode];
