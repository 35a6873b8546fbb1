import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number written as a string, e.g. "12.50" or "-0.125". At most 12 decimal places and an absolute value below 10^18; each field may allow fewer places (quantities follow their unit of measure, amounts the currency). */
  Decimal: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type Account = Node & {
  __typename?: 'Account';
  active: Scalars['Boolean']['output'];
  /** Debits minus credits as of an instant (default now). */
  balance: Scalars['Decimal']['output'];
  code: Scalars['String']['output'];
  /** Takes postings from documents only (inventory, in transit, AR, AP, GRNI). */
  control: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: AccountType;
  version: Scalars['Int']['output'];
};


export type AccountBalanceArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  edges: Array<AccountEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AccountCreateInput = {
  code: Scalars['String']['input'];
  control?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  type: AccountType;
};

export type AccountCreatePayload = {
  __typename?: 'AccountCreatePayload';
  account: Maybe<Account>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<LedgerUserError>;
};

export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Account;
};

/** An account's lines in time order, with a running balance that continues across pages. */
export type AccountLedgerConnection = {
  __typename?: 'AccountLedgerConnection';
  edges: Array<AccountLedgerEdge>;
  /** Balance before the first line of the date range. */
  openingBalance: Scalars['Decimal']['output'];
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccountLedgerEdge = {
  __typename?: 'AccountLedgerEdge';
  cursor: Scalars['String']['output'];
  node: AccountLedgerLine;
};

export type AccountLedgerLine = {
  __typename?: 'AccountLedgerLine';
  credit: Scalars['Decimal']['output'];
  debit: Scalars['Decimal']['output'];
  entry: JournalEntry;
  memo: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  postingDate: Scalars['String']['output'];
  /** Debits minus credits from the start of time through this line. */
  runningBalance: Scalars['Decimal']['output'];
};

export type AccountMapping = {
  __typename?: 'AccountMapping';
  account: Account;
  /** Null: every category. */
  category: Maybe<Category>;
  purpose: AccountPurpose;
  /** Null: every warehouse. */
  warehouse: Maybe<Warehouse>;
};

/** Maps a purpose to an account: company-wide, or for one warehouse, one item category, or both. */
export type AccountMappingSetInput = {
  accountId: Scalars['ID']['input'];
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  purpose: AccountPurpose;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type AccountMappingSetPayload = {
  __typename?: 'AccountMappingSetPayload';
  mapping: Maybe<AccountMapping>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<LedgerUserError>;
};

/** What a posting uses an account for (see the account mapping). */
export type AccountPurpose =
  | 'AP'
  | 'AR'
  | 'CASH'
  | 'COGS'
  | 'GRNI'
  | 'INVENTORY'
  | 'IN_TRANSIT'
  | 'LANDED_COST_ACCRUAL'
  | 'PRICE_VARIANCE'
  | 'REVENUE'
  | 'SALES_RETURNS'
  | 'SCRAP'
  | 'SHRINKAGE'
  | 'TAX_PAYABLE';

export type AccountType =
  | 'ASSET'
  | 'EQUITY'
  | 'EXPENSE'
  | 'LIABILITY'
  | 'REVENUE';

export type AccountUpdateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  control?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<AccountType>;
};

export type AccountUpdatePayload = {
  __typename?: 'AccountUpdatePayload';
  account: Maybe<Account>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<LedgerUserError>;
};

export type Address = {
  __typename?: 'Address';
  city: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  country: Maybe<Scalars['String']['output']>;
  line1: Maybe<Scalars['String']['output']>;
  line2: Maybe<Scalars['String']['output']>;
  postalCode: Maybe<Scalars['String']['output']>;
  region: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  line1?: InputMaybe<Scalars['String']['input']>;
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

export type AdjustmentReason =
  | 'COUNT_CORRECTION'
  | 'DAMAGED'
  | 'EXPIRED'
  | 'FOUND'
  | 'LOST'
  | 'OTHER'
  | 'SAMPLE'
  | 'THEFT';

/** OPEN: reserved in its location. PICKED: moved to packing. SHIPPED, RELEASED: final. */
export type AllocationStatus =
  | 'OPEN'
  | 'PICKED'
  | 'RELEASED'
  | 'SHIPPED';

/** An access key. The secret is shown once, at creation; only its hash is kept. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** A STOREFRONT key's sales channel: the only one whose orders it places and sees. */
  channel: Maybe<SalesChannel>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  partner: Maybe<Partner>;
  /** The first characters of the secret, to tell keys apart. */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  role: Role;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyCreateInput = {
  /** Required for STOREFRONT keys, refused for any other role: the only sales channel whose orders the key will place and see. */
  channelId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What the key is for, e.g. "web storefront". */
  name: Scalars['String']['input'];
  /** Required for PARTNER keys: the only partner whose documents the key will see. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
};

export type ApiKeyCreatePayload = {
  __typename?: 'ApiKeyCreatePayload';
  apiKey: Maybe<ApiKey>;
  /** The secret: shown this once, store it now. Empty on an idempotent replay. */
  secret: Maybe<Scalars['String']['output']>;
  userErrors: Array<AuthUserError>;
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApiKeyFilter = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ApiKeyRevokeInput = {
  id: Scalars['ID']['input'];
};

export type ApiKeyRevokePayload = {
  __typename?: 'ApiKeyRevokePayload';
  apiKey: Maybe<ApiKey>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<AuthUserError>;
};

export type ApplicationInputType = {
  amount: Scalars['Decimal']['input'];
  invoiceId: Scalars['ID']['input'];
};

export type ArAging = {
  __typename?: 'ArAging';
  asOf: Scalars['LocalDate']['output'];
  rows: Array<ArAgingRow>;
  total: ArAgingRow;
};

/** Open amounts by days past due at asOf; unappliedCredit is negative; total = the buckets + unappliedCredit. */
export type ArAgingRow = {
  __typename?: 'ArAgingRow';
  current: Scalars['Decimal']['output'];
  /** Null on the total row. */
  customer: Maybe<Customer>;
  days1to30: Scalars['Decimal']['output'];
  days31to60: Scalars['Decimal']['output'];
  days61to90: Scalars['Decimal']['output'];
  over90: Scalars['Decimal']['output'];
  total: Scalars['Decimal']['output'];
  unappliedCredit: Scalars['Decimal']['output'];
};

/** Credit (a receipt or a credit note) applied to an invoice or a refund, dated; a reversed payment's applications end on its reversal date. */
export type ArApplication = {
  __typename?: 'ArApplication';
  amount: Scalars['Decimal']['output'];
  appliedOn: Scalars['LocalDate']['output'];
  /** The credit note the credit came from. */
  creditNote: Maybe<Invoice>;
  /** The invoice paid or credited. */
  invoice: Maybe<Invoice>;
  /** The receipt the money came from. */
  payment: Maybe<Payment>;
  /** The refund the credit paid for. */
  refund: Maybe<Payment>;
  reversedOn: Maybe<Scalars['LocalDate']['output']>;
};

export type AuthErrorCode =
  | 'ALREADY_REVOKED'
  | 'CHANNEL_INACTIVE'
  | 'CHANNEL_NOT_ALLOWED'
  | 'CHANNEL_REQUIRED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID'
  | 'LAST_ADMIN_KEY'
  | 'NOT_FOUND'
  | 'PARTNER_NOT_ALLOWED'
  | 'PARTNER_REQUIRED'
  | 'REQUIRED'
  | 'TOO_LONG';

export type AuthUserError = UserError & {
  __typename?: 'AuthUserError';
  code: AuthErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

/** The backlog now: order lines with backordered units (not limited to the period; cancelled orders left out), aged from their order's creation to asOf. */
export type BackorderAge = {
  __typename?: 'BackorderAge';
  asOf: Scalars['DateTime']['output'];
  /** Lines with backordered units. */
  lines: Scalars['Int']['output'];
  /** The oldest line's age in days, to 2 places. */
  maxDays: Maybe<Scalars['Decimal']['output']>;
  /** Median age in days (percentile_cont 0.5), to 2 places; null with no backorder. */
  p50Days: Maybe<Scalars['Decimal']['output']>;
  /** Units backordered on those lines. */
  units: Scalars['Decimal']['output'];
};

export type BarcodeInput = {
  /** A GTIN-8/12/13/14 (check digit verified) or any other printable code up to 48 characters. */
  code: Scalars['String']['input'];
  /** Base units per scan; default 1. */
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
};

export type BarcodeKind =
  | 'GTIN_8'
  | 'GTIN_12'
  | 'GTIN_13'
  | 'GTIN_14'
  | 'OTHER';

/** Why an invoice, credit note, payment, refund or application was refused. */
export type BillingErrorCode =
  | 'ACCOUNT_IN_USE'
  | 'ALREADY_REVERSED'
  | 'CONTROL_ACCOUNT'
  | 'CUSTOMER_MISMATCH'
  | 'DOCUMENT_ENTRY'
  | 'DUPLICATE_CODE'
  | 'EARLIER_PERIOD_OPEN'
  | 'FUTURE_DATE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'ILLEGAL_STATE'
  | 'INACTIVE_ACCOUNT'
  | 'INVALID'
  | 'INVALID_ACCOUNT'
  | 'LATER_PERIOD_CLOSED'
  | 'NOT_CONTROL_ACCOUNT'
  | 'NOT_FOUND'
  | 'NOT_POSITIVE'
  | 'NOT_SHIPPED'
  | 'NO_CREDIT'
  | 'OVERPAYMENT'
  | 'OVER_APPLIED'
  | 'OVER_CREDIT'
  | 'PERIOD_ALREADY_CLOSED'
  | 'PERIOD_ALREADY_OPEN'
  | 'PERIOD_CLOSED'
  | 'RECONCILIATION_VARIANCE'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNBALANCED'
  | 'VERSION_CONFLICT';

export type BillingUserError = UserError & {
  __typename?: 'BillingUserError';
  code: BillingErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

export type Carton = Node & {
  __typename?: 'Carton';
  cartonType: Scalars['String']['output'];
  heightCm: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  lengthCm: Maybe<Scalars['Decimal']['output']>;
  lines: Array<CartonLine>;
  /** The carton label's SSCC (GS1 AI 00, 18 digits). */
  sscc: Scalars['String']['output'];
  status: CartonStatus;
  trackingNumber: Maybe<Scalars['String']['output']>;
  weightKg: Maybe<Scalars['Decimal']['output']>;
  widthCm: Maybe<Scalars['Decimal']['output']>;
};

export type CartonCloseInput = {
  /** The scanned carton label: its SSCC as a GS1 element string (AI 00) or the 18 digits. */
  raw: Scalars['String']['input'];
  weightKg?: InputMaybe<Scalars['Decimal']['input']>;
};

export type CartonClosePayload = {
  __typename?: 'CartonClosePayload';
  carton: Maybe<Carton>;
  shipment: Maybe<Shipment>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<FulfillmentUserError>;
};

export type CartonLine = {
  __typename?: 'CartonLine';
  item: Item;
  lot: Maybe<Lot>;
  quantity: Scalars['Decimal']['output'];
  serialNumbers: Array<Scalars['String']['output']>;
};

export type CartonPackInput = {
  cartonType: Scalars['String']['input'];
  /** Close the carton now (default); an open carton is closed by scanning its label (cartonClose). */
  close?: InputMaybe<Scalars['Boolean']['input']>;
  heightCm?: InputMaybe<Scalars['Decimal']['input']>;
  lengthCm?: InputMaybe<Scalars['Decimal']['input']>;
  lines: Array<CartonPackLineInput>;
  weightKg?: InputMaybe<Scalars['Decimal']['input']>;
  widthCm?: InputMaybe<Scalars['Decimal']['input']>;
};

export type CartonPackLineInput = {
  /** Needed when units of several lots were picked for the line. */
  lotNumber?: InputMaybe<Scalars['String']['input']>;
  orderLineId: Scalars['ID']['input'];
  quantity: Scalars['Decimal']['input'];
  /** Serial items: the serial numbers packed. */
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CartonStatus =
  | 'CLOSED'
  | 'OPEN';

export type CartonTrackingInput = {
  cartonId: Scalars['ID']['input'];
  trackingNumber: Scalars['String']['input'];
};

export type CatalogErrorCode =
  | 'CATEGORY_CYCLE'
  | 'DUPLICATE_BARCODE'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_SKU'
  | 'EXPIRY_REQUIRES_LOT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID'
  | 'INVALID_GTIN'
  | 'INVALID_QUANTITY'
  | 'ITEM_HAS_STOCK_HISTORY'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_UNIT'
  | 'VERSION_CONFLICT';

export type CatalogUserError = UserError & {
  __typename?: 'CatalogUserError';
  code: CatalogErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

export type Category = Node & {
  __typename?: 'Category';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parent: Maybe<Category>;
  version: Scalars['Int']['output'];
};

export type CategoryConnection = {
  __typename?: 'CategoryConnection';
  edges: Array<CategoryEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CategoryCreateInput = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CategoryCreatePayload = {
  __typename?: 'CategoryCreatePayload';
  category: Maybe<Category>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<CatalogUserError>;
};

export type CategoryEdge = {
  __typename?: 'CategoryEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Category;
};

export type CategoryUpdateInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** New parent; null makes it a top-level category. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CategoryUpdatePayload = {
  __typename?: 'CategoryUpdatePayload';
  category: Maybe<Category>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<CatalogUserError>;
};

export type CountStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'OPEN';

/** Counted minus on hand, as of now (or as posted, once approved). */
export type CountVariance = {
  __typename?: 'CountVariance';
  counted: Scalars['Decimal']['output'];
  foundSerials: Array<Scalars['String']['output']>;
  item: Item;
  location: Location;
  lot: Maybe<Lot>;
  missingSerials: Array<Scalars['String']['output']>;
  onHand: Scalars['Decimal']['output'];
  variance: Scalars['Decimal']['output'];
};

export type CreditApplyInput = {
  applications: Array<ApplicationInputType>;
  /** A credit note with unapplied credit. */
  creditNoteId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A receipt with unapplied money. */
  paymentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreditApplyPayload = {
  __typename?: 'CreditApplyPayload';
  creditNote: Maybe<Invoice>;
  payment: Maybe<Payment>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<BillingUserError>;
};

/** What happens to a confirmation that would pass the customer's credit limit: REFUSE it (CREDIT_LIMIT_EXCEEDED), or HOLD the order (CREDIT_HOLD) for finance to approve. */
export type CreditLimitAction =
  | 'HOLD'
  | 'REFUSE';

export type CreditLineSelection = {
  invoiceLineId: Scalars['ID']['input'];
  quantity: Scalars['Decimal']['input'];
};

export type CreditNoteCreateInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  invoiceId: Scalars['ID']['input'];
  /** Invoice lines and quantities; omitted: everything not yet credited. */
  lines?: InputMaybe<Array<CreditLineSelection>>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Someone the company sells to. Rates are percents (19 means 19 %). */
export type Customer = Node & {
  __typename?: 'Customer';
  active: Scalars['Boolean']['output'];
  /** Invoice each shipment when it is confirmed (default); false: invoice on demand. Needs sales:read. */
  autoInvoice: Scalars['Boolean']['output'];
  billingAddress: Address;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Needs sales:read (a partner seeing its order's customer does not see it). */
  creditLimit: Maybe<Scalars['Decimal']['output']>;
  /** Over the credit limit (open receivables plus open orders plus the order), a confirmation is REFUSEd (CREDIT_LIMIT_EXCEEDED) or the order is put on HOLD (CREDIT_HOLD). Needs sales:read. */
  creditLimitAction: CreditLimitAction;
  /** Percent; order lines take it unless they name their own. */
  defaultTaxRate: Scalars['Decimal']['output'];
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Days of shelf life a lot must still have on the ship date to be allocated to this customer. */
  minShelfLifeDays: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Payment terms: net days after the invoice. */
  paymentTermsDays: Scalars['Int']['output'];
  /** What follows a received return. Needs sales:read. */
  returnCreditPolicy: ReturnCreditPolicy;
  /** Where orders ship unless an order names its own address. */
  shippingAddress: Address;
  version: Scalars['Int']['output'];
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CustomerCreateInput = {
  /** Default true. */
  autoInvoice?: InputMaybe<Scalars['Boolean']['input']>;
  billingAddress?: InputMaybe<AddressInput>;
  code: Scalars['String']['input'];
  /** Open receivables plus open orders may not pass it; default: no limit. */
  creditLimit?: InputMaybe<Scalars['Decimal']['input']>;
  /** Default REFUSE. */
  creditLimitAction?: InputMaybe<CreditLimitAction>;
  /** Percent, 0 to 100 (default 0). */
  defaultTaxRate?: InputMaybe<Scalars['Decimal']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Days of shelf life a lot must still have when it ships, 0 to 3650 (default 0). */
  minShelfLifeDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Net days, 0 to 365 (default 30). */
  paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
  /** Default CREDIT_NOTE. */
  returnCreditPolicy?: InputMaybe<ReturnCreditPolicy>;
  /** Default: the billing address. */
  shippingAddress?: InputMaybe<AddressInput>;
};

export type CustomerCreatePayload = {
  __typename?: 'CustomerCreatePayload';
  customer: Maybe<Customer>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<SalesUserError>;
};

export type CustomerDeactivateInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type CustomerDeactivatePayload = {
  __typename?: 'CustomerDeactivatePayload';
  customer: Maybe<Customer>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<SalesUserError>;
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive substring of code or name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type CustomerStatement = {
  __typename?: 'CustomerStatement';
  closingBalance: Scalars['Decimal']['output'];
  from: Scalars['LocalDate']['output'];
  lines: Array<CustomerStatementLine>;
  openingBalance: Scalars['Decimal']['output'];
  to: Scalars['LocalDate']['output'];
};

export type CustomerStatementLine = {
  __typename?: 'CustomerStatementLine';
  /** Running balance after this line. */
  balance: Scalars['Decimal']['output'];
  credit: Scalars['Decimal']['output'];
  date: Scalars['LocalDate']['output'];
  debit: Scalars['Decimal']['output'];
  documentNumber: Maybe<Scalars['String']['output']>;
  /** Invoice, CreditNote, Payment or Refund. */
  documentType: Scalars['String']['output'];
  memo: Maybe<Scalars['String']['output']>;
};

export type CustomerUpdateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  autoInvoice?: InputMaybe<Scalars['Boolean']['input']>;
  billingAddress?: InputMaybe<AddressInput>;
  code?: InputMaybe<Scalars['String']['input']>;
  /** null removes the limit. */
  creditLimit?: InputMaybe<Scalars['Decimal']['input']>;
  creditLimitAction?: InputMaybe<CreditLimitAction>;
  defaultTaxRate?: InputMaybe<Scalars['Decimal']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  minShelfLifeDays?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
  returnCreditPolicy?: InputMaybe<ReturnCreditPolicy>;
  shippingAddress?: InputMaybe<AddressInput>;
};

export type CustomerUpdatePayload = {
  __typename?: 'CustomerUpdatePayload';
  customer: Maybe<Customer>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<SalesUserError>;
};

/** The document behind a move or journal entry. */
export type DocumentRef = {
  __typename?: 'DocumentRef';
  /** StockDocument, StockTransfer, InventoryCount or JournalEntry (manual entries). */
  documentType: Scalars['String']['output'];
  /** Global id of the document (fetch it with node(id:)). */
  id: Scalars['ID']['output'];
  number: Maybe<Scalars['String']['output']>;
};

/** A committed change, in the one event order (`seq`): the same rows the subscriptions stream. */
export type Event = {
  __typename?: 'Event';
  aggregate: EventAggregate;
  occurredAt: Scalars['DateTime']['output'];
  payload: EventPayload;
  /** Position in the event order; pass as `after` to continue. */
  seq: Scalars['String']['output'];
  type: EventType;
};

/** The record an event is about, at the version the event announces (drop an event older than one you have seen). */
export type EventAggregate = {
  __typename?: 'EventAggregate';
  id: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  version: Maybe<Scalars['Int']['output']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventPayload = JournalEntryPostedPayload | OrderStatusChangedPayload | ReturnUpdatedPayload | ShipmentUpdatedPayload | StockLevelChangedPayload;

/** The kinds of event the feed carries (each with its own payload type and its own readers). */
export type EventType =
  | 'JOURNAL_ENTRY_POSTED'
  | 'ORDER_STATUS_CHANGED'
  | 'RETURN_UPDATED'
  | 'SHIPMENT_UPDATED'
  | 'STOCK_LEVEL_CHANGED';

/** How complete the first shipment of each shipped order was. */
export type FillRate = {
  __typename?: 'FillRate';
  /** Order lines shipped complete on the first shipment (its units for the line >= ordered - cancelled), out of the lines of the shipped orders (fully cancelled lines left out). */
  lines: FulfillmentRate;
  /** Units shipped on the first shipment (at most what each line asks), out of the units ordered less cancelled on the same lines. */
  units: FulfillmentRate;
};

export type FiscalPeriod = Node & {
  __typename?: 'FiscalPeriod';
  closedAt: Maybe<Scalars['DateTime']['output']>;
  closedBy: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD. */
  endDate: Scalars['String']['output'];
  /** Every close and reopen, with who, when and why. */
  events: Array<FiscalPeriodEvent>;
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  /** YYYY-MM-DD. */
  startDate: Scalars['String']['output'];
  status: PeriodStatus;
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type FiscalPeriodCloseInput = {
  month: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type FiscalPeriodClosePayload = {
  __typename?: 'FiscalPeriodClosePayload';
  period: Maybe<FiscalPeriod>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<LedgerUserError>;
};

export type FiscalPeriodConnection = {
  __typename?: 'FiscalPeriodConnection';
  edges: Array<FiscalPeriodEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type FiscalPeriodEdge = {
  __typename?: 'FiscalPeriodEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: FiscalPeriod;
};

export type FiscalPeriodEvent = {
  __typename?: 'FiscalPeriodEvent';
  action: PeriodAction;
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  reason: Maybe<Scalars['String']['output']>;
};

export type FiscalPeriodFilter = {
  status?: InputMaybe<PeriodStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type FiscalPeriodReopenInput = {
  month: Scalars['Int']['input'];
  /** Why (recorded). */
  reason: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type FiscalPeriodReopenPayload = {
  __typename?: 'FiscalPeriodReopenPayload';
  period: Maybe<FiscalPeriod>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<LedgerUserError>;
};

/** Why a confirmation, wave, scan, pack or shipment was refused. */
export type FulfillmentErrorCode =
  | 'CARTON_CLOSED'
  | 'CARTON_OPEN'
  | 'CHANNEL_INACTIVE'
  | 'COST_REQUIRED'
  | 'COUNT_NOT_OPEN'
  | 'CREDIT_LIMIT_EXCEEDED'
  | 'CUSTOMER_INACTIVE'
  | 'DISCOUNT_OUT_OF_RANGE'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_SERIAL'
  | 'EXPIRED_LOT'
  | 'EXTERNAL_REF_CONFLICT'
  | 'FORBIDDEN'
  | 'FUTURE_DATE'
  | 'HOLD_EXPIRED'
  | 'HOLD_NOT_ACTIVE'
  | 'HOLD_NOT_FOUND'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'ILLEGAL_TRANSITION'
  | 'INACTIVE_ITEM'
  | 'INACTIVE_LOCATION'
  | 'INACTIVE_WAREHOUSE'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID'
  | 'INVALID_QUANTITY'
  | 'ITEM_INACTIVE'
  | 'LOCATION_IN_OTHER_WAREHOUSE'
  | 'LOT_EXPIRED'
  | 'LOT_EXPIRY_MISMATCH'
  | 'LOT_EXPIRY_REQUIRED'
  | 'LOT_NOT_TRACKED'
  | 'LOT_REQUIRED'
  | 'NEGATIVE_PRICE'
  | 'NOTHING_TO_RELEASE'
  | 'NOTHING_TO_SHIP'
  | 'NOT_FOUND'
  | 'NOT_POSITIVE'
  | 'NO_LINES'
  | 'NO_PACKING_LOCATION'
  | 'NO_WAREHOUSE'
  | 'ORDER_NOT_EDITABLE'
  | 'ORDER_ON_CREDIT_HOLD'
  | 'OUT_OF_COUNT_SCOPE'
  | 'OUT_OF_RANGE'
  | 'OVERPACK'
  | 'OVERPICK'
  | 'PARTNER_MISMATCH'
  | 'PERIOD_CLOSED'
  | 'PICK_LIST_DONE'
  | 'QUANTITY_EXCEEDS_SHIPPED'
  | 'REQUIRED'
  | 'SAME_LOCATION'
  | 'SAME_WAREHOUSE'
  | 'SCAN_MALFORMED'
  | 'SCAN_UNKNOWN'
  | 'SERIALS_NOT_TRACKED'
  | 'SERIALS_REQUIRED'
  | 'SERIAL_COUNT_MISMATCH'
  | 'SERIAL_IN_STOCK'
  | 'SERIAL_NOT_AVAILABLE'
  | 'SERIAL_UNKNOWN'
  | 'TAX_RATE_OUT_OF_RANGE'
  | 'TOO_LONG'
  | 'TOO_MANY_LINES'
  | 'TRANSFER_NOT_IN_TRANSIT'
  | 'TRANSIT_LOCATION'
  | 'TTL_OUT_OF_RANGE'
  | 'UNKNOWN_BARCODE'
  | 'UNKNOWN_CHANNEL'
  | 'UNKNOWN_CUSTOMER'
  | 'UNKNOWN_ITEM'
  | 'UNKNOWN_LOCATION'
  | 'UNKNOWN_LOT'
  | 'UNKNOWN_PARTNER'
  | 'UNKNOWN_SERIAL'
  | 'UNKNOWN_WAREHOUSE'
  | 'VERSION_CONFLICT'
  | 'WAREHOUSE_INACTIVE'
  | 'WAREHOUSE_MISMATCH'
  | 'WRONG_ITEM'
  | 'WRONG_LOCATION'
  | 'WRONG_LOT';

/** Over the sales orders created in the period (UTC days, both included), narrowed by the filter. An order's first shipment is the one that reached SHIPPED first (its status times). */
export type FulfillmentPerformance = {
  __typename?: 'FulfillmentPerformance';
  backorderAge: BackorderAge;
  fillRate: FillRate;
  from: Scalars['LocalDate']['output'];
  /** Orders with a requested ship date whose first shipment shipped on or before that date (its UTC day), out of the orders with a requested date that have shipped. */
  onTimeShipRate: FulfillmentRate;
  orderToShip: OrderToShipTime;
  /** Orders created in the period, in any status (drafts and cancelled orders too; only shipped ones have times and fill rates). */
  orders: Scalars['Int']['output'];
  pickAccuracy: PickAccuracy;
  to: Scalars['LocalDate']['output'];
};

/** Narrows the orders counted; every field given must match. */
export type FulfillmentPerformanceFilterInput = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Orders shipping from this warehouse. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** `count` out of `of`, and the share it is. */
export type FulfillmentRate = {
  __typename?: 'FulfillmentRate';
  /** What met the measure. */
  count: Scalars['Decimal']['output'];
  /** What was measured. */
  of: Scalars['Decimal']['output'];
  /** count / of, a fraction from 0 to 1, to 4 places (half up); null when `of` is 0. */
  rate: Maybe<Scalars['Decimal']['output']>;
};

export type FulfillmentUserError = UserError & {
  __typename?: 'FulfillmentUserError';
  code: FulfillmentErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

/** Narrows the postings counted; every field given must match. */
export type GrossMarginFilterInput = {
  /** Only postings of orders placed through this sales channel. */
  channelId?: InputMaybe<Scalars['ID']['input']>;
  /** Only postings of this customer's orders. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only journal lines carrying this item. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Only postings concerning this warehouse: the journal line's warehouse, else the warehouse of the shipment or return behind the entry (an invoice's shipment), else the order's ship-from warehouse. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** What gross margin rows are grouped by. */
export type GrossMarginGroupBy =
  /** The sales channel of the order (label: the channel code). */
  | 'CHANNEL'
  /** The customer of the order (label: the customer code). */
  | 'CUSTOMER'
  /** The item on the journal line (label: its SKU); revenue and COGS lines both carry it. */
  | 'ITEM'
  /** The sales order the posting's document belongs to (label: its number). */
  | 'ORDER';

/** The sales order, item, customer or sales channel a gross margin row is grouped by. */
export type GrossMarginKey = {
  __typename?: 'GrossMarginKey';
  /** Its global id (a SalesOrder, Item, Customer or SalesChannel). */
  id: Scalars['ID']['output'];
  /** What a person reads: the order number, SKU, customer code or channel code. */
  label: Scalars['String']['output'];
  /** The item's, customer's or channel's name (null for an order). */
  name: Maybe<Scalars['String']['output']>;
};

export type GrossMarginReport = {
  __typename?: 'GrossMarginReport';
  from: Scalars['LocalDate']['output'];
  groupBy: GrossMarginGroupBy;
  /** One row per group with postings in the period, by label; the row without a key last. */
  rows: Array<GrossMarginRow>;
  to: Scalars['LocalDate']['output'];
  /** Every posting counted (the sum of the rows); its key is null. */
  total: GrossMarginRow;
};

export type GrossMarginRow = {
  __typename?: 'GrossMarginRow';
  /** Cost of goods sold: debits minus credits on the accounts mapped to COGS; a return receipt credits it back (costs:read). */
  cogs: Scalars['Decimal']['output'];
  /** What the row is grouped by. Null: postings tied to no sales order (a manual entry, a cost correction), or, by ITEM, lines that carry no item. */
  key: Maybe<GrossMarginKey>;
  /** revenue - cogs (costs:read). */
  margin: Scalars['Decimal']['output'];
  /** margin / revenue x 100, to 2 places (half up); null when revenue is 0 (costs:read). */
  marginPercent: Maybe<Scalars['Decimal']['output']>;
  /** Credits minus debits on REVENUE accounts, sales returns (4100) included, so returns lower it (costs:read). */
  revenue: Scalars['Decimal']['output'];
};

export type InventoryCount = Node & {
  __typename?: 'InventoryCount';
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  approvedBy: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Items in scope (empty: any). */
  items: Array<Item>;
  /** Needs ledger:read. */
  journalEntry: Maybe<JournalEntry>;
  lines: Array<InventoryCountLine>;
  /** Locations in scope (empty: any). */
  locations: Array<Location>;
  memo: Maybe<Scalars['String']['output']>;
  /** The adjustments the approval posted. */
  moves: Array<StockMove>;
  number: Scalars['String']['output'];
  openedBy: Scalars['String']['output'];
  status: CountStatus;
  /** Counted minus on hand, now; in counted locations, uncounted stock in scope counts as zero. */
  variances: Array<CountVariance>;
  version: Scalars['Int']['output'];
  warehouse: Warehouse;
};

export type InventoryCountApproveInput = {
  countId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type InventoryCountApprovePayload = {
  __typename?: 'InventoryCountApprovePayload';
  count: Maybe<InventoryCount>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<InventoryUserError>;
};

export type InventoryCountCancelInput = {
  countId: Scalars['ID']['input'];
};

export type InventoryCountCancelPayload = {
  __typename?: 'InventoryCountCancelPayload';
  count: Maybe<InventoryCount>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<InventoryUserError>;
};

export type InventoryCountConnection = {
  __typename?: 'InventoryCountConnection';
  edges: Array<InventoryCountEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type InventoryCountEdge = {
  __typename?: 'InventoryCountEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: InventoryCount;
};

/** Scan (barcode: each scan adds its pack quantity) or entry (itemId + quantity: replaces the count). Serial items: serialNumbers. */
export type InventoryCountEntryInput = {
  barcode?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD: the expiry of a lot the system does not know yet (required when the item needs one). */
  expiryDate?: InputMaybe<Scalars['String']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  locationId: Scalars['ID']['input'];
  lotNumber?: InputMaybe<Scalars['String']['input']>;
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type InventoryCountLine = {
  __typename?: 'InventoryCountLine';
  countedBy: Scalars['String']['output'];
  countedQuantity: Scalars['Decimal']['output'];
  /** On hand when the count was approved. */
  expectedQuantity: Maybe<Scalars['Decimal']['output']>;
  item: Item;
  location: Location;
  lot: Maybe<Lot>;
  serialNumbers: Maybe<Array<Scalars['String']['output']>>;
};

export type InventoryCountOpenInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Items to count (default: any). */
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Locations to count (default: any). */
  locationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  memo?: InputMaybe<Scalars['String']['input']>;
  warehouseId: Scalars['ID']['input'];
};

export type InventoryCountOpenPayload = {
  __typename?: 'InventoryCountOpenPayload';
  count: Maybe<InventoryCount>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<InventoryUserError>;
};

export type InventoryCountRecordInput = {
  countId: Scalars['ID']['input'];
  entries: Array<InventoryCountEntryInput>;
  /** Scans are not idempotent by nature: a key makes a retried scan count once. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type InventoryCountRecordPayload = {
  __typename?: 'InventoryCountRecordPayload';
  count: Maybe<InventoryCount>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<InventoryUserError>;
};

export type InventoryErrorCode =
  | 'COST_REQUIRED'
  | 'COUNT_NOT_OPEN'
  | 'DUPLICATE_SERIAL'
  | 'FUTURE_DATE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INACTIVE_ITEM'
  | 'INACTIVE_LOCATION'
  | 'INACTIVE_WAREHOUSE'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID'
  | 'INVALID_QUANTITY'
  | 'LOCATION_IN_OTHER_WAREHOUSE'
  | 'LOT_EXPIRED'
  | 'LOT_EXPIRY_MISMATCH'
  | 'LOT_EXPIRY_REQUIRED'
  | 'LOT_NOT_TRACKED'
  | 'LOT_REQUIRED'
  | 'NOT_FOUND'
  | 'NOT_POSITIVE'
  | 'OUT_OF_COUNT_SCOPE'
  | 'OUT_OF_RANGE'
  | 'PERIOD_CLOSED'
  | 'QUANTITY_EXCEEDS_SHIPPED'
  | 'REQUIRED'
  | 'SAME_LOCATION'
  | 'SAME_WAREHOUSE'
  | 'SERIALS_NOT_TRACKED'
  | 'SERIALS_REQUIRED'
  | 'SERIAL_COUNT_MISMATCH'
  | 'SERIAL_IN_STOCK'
  | 'SERIAL_NOT_AVAILABLE'
  | 'TOO_LONG'
  | 'TOO_MANY_LINES'
  | 'TRANSFER_NOT_IN_TRANSIT'
  | 'TRANSIT_LOCATION'
  | 'UNKNOWN_BARCODE'
  | 'UNKNOWN_ITEM'
  | 'UNKNOWN_LOCATION'
  | 'UNKNOWN_LOT'
  | 'UNKNOWN_SERIAL'
  | 'UNKNOWN_WAREHOUSE'
  | 'VERSION_CONFLICT';

export type InventoryReconciliation = {
  __typename?: 'InventoryReconciliation';
  asOf: Scalars['DateTime']['output'];
  lines: Array<ReconciliationLine>;
  /** Every move whose value differs from its valuation rows (at most 100), also one that touched no account. */
  moves: Array<ReconciliationMove>;
  /** True only when every copy of the value agrees: GL, valuation rows, layers and moves. Period close requires it. */
  reconciled: Scalars['Boolean']['output'];
  /** Sum of the absolute variances of every line (GL vs sub-ledger, layers, moves). */
  totalVariance: Scalars['Decimal']['output'];
};

export type InventoryUserError = UserError & {
  __typename?: 'InventoryUserError';
  code: InventoryErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

/** Quantity, value and unit cost by item and warehouse. totalValue equals glBalance, the GL inventory and in-transit accounts. */
export type InventoryValuation = {
  __typename?: 'InventoryValuation';
  asOf: Scalars['DateTime']['output'];
  /** Balance of the GL accounts holding inventory value at the same instant. */
  glBalance: Scalars['Decimal']['output'];
  lines: Array<InventoryValuationLine>;
  totalValue: Scalars['Decimal']['output'];
};

export type InventoryValuationLine = {
  __typename?: 'InventoryValuationLine';
  /** Stock in transit to the warehouse (in-transit account), not yet in it. */
  inTransit: Scalars['Boolean']['output'];
  item: Item;
  quantity: Scalars['Decimal']['output'];
  /** value / quantity (6 places); null when nothing is on hand. */
  unitCost: Maybe<Scalars['Decimal']['output']>;
  value: Scalars['Decimal']['output'];
  warehouse: Warehouse;
};

/** A customer invoice or credit note. Numbers run without gaps per kind and year (INV-2026-000001, CN-2026-000001). */
export type Invoice = Node & {
  __typename?: 'Invoice';
  /** Invoices: paid or credited so far. Credit notes: credit applied so far. */
  amountApplied: Scalars['Decimal']['output'];
  /** Invoices: what is still owed. Credit notes: credit not yet applied. */
  amountOpen: Scalars['Decimal']['output'];
  /** Payments and credit applied to this invoice, or (a credit note) where its credit went. */
  applications: Array<ArApplication>;
  /** A credit note's invoice. */
  creditOf: Maybe<Invoice>;
  customer: Customer;
  /** Invoices: the issue date plus the customer's payment terms. */
  dueDate: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  issueDate: Scalars['LocalDate']['output'];
  /** The journal entry (none for a zero-value document). */
  journalEntryId: Maybe<Scalars['ID']['output']>;
  kind: InvoiceKind;
  lines: Array<InvoiceLine>;
  memo: Maybe<Scalars['String']['output']>;
  netTotal: Scalars['Decimal']['output'];
  /** INV-<year>-<six digits> or CN-<year>-<six digits>, gap-free per kind and year. */
  number: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  order: Maybe<SalesOrder>;
  /** A credit note for returned goods: the return. */
  returnId: Maybe<Scalars['ID']['output']>;
  /** The shipment this invoice bills, when it bills one. */
  shipmentId: Maybe<Scalars['ID']['output']>;
  status: InvoiceStatus;
  taxTotal: Scalars['Decimal']['output'];
  total: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
};

export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type InvoiceCreateInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Shipment lines and quantities; omitted: everything shipped and not yet invoiced. */
  lines?: InputMaybe<Array<InvoiceLineSelection>>;
  memo?: InputMaybe<Scalars['String']['input']>;
  /** The invoice date (default now): its posting date and the start of its payment terms. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  orderId: Scalars['ID']['input'];
};

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Invoice;
};

export type InvoiceFilterInput = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<InvoiceKind>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};

export type InvoiceKind =
  | 'CREDIT_NOTE'
  | 'INVOICE';

/** Amounts rounded per line to the currency's minor unit: net = quantity x price x (1 - discount %), tax = net x rate %. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** Percent. */
  discountPercent: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  item: Item;
  lineNo: Scalars['Int']['output'];
  lot: Maybe<Lot>;
  netAmount: Scalars['Decimal']['output'];
  orderLineId: Maybe<Scalars['ID']['output']>;
  quantity: Scalars['Decimal']['output'];
  /** Invoice lines: units credited by credit notes so far. */
  quantityCredited: Scalars['Decimal']['output'];
  /** The shipment line billed (invoices) or the one whose billing is credited. */
  shipmentLineId: Maybe<Scalars['ID']['output']>;
  taxAmount: Scalars['Decimal']['output'];
  /** Percent. */
  taxRate: Scalars['Decimal']['output'];
  totalAmount: Scalars['Decimal']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

export type InvoiceLineSelection = {
  quantity: Scalars['Decimal']['input'];
  shipmentLineId: Scalars['ID']['input'];
};

export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  invoice: Maybe<Invoice>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<BillingUserError>;
};

/** Invoices: OPEN -> PARTIALLY_PAID -> PAID (back when a payment is reversed); CANCELLED when credit notes cover it with no payment. Credit notes: OPEN while credit is unapplied, then APPLIED. */
export type InvoiceStatus =
  | 'APPLIED'
  | 'CANCELLED'
  | 'OPEN'
  | 'PAID'
  | 'PARTIALLY_PAID';

export type Item = Node & {
  __typename?: 'Item';
  active: Scalars['Boolean']['output'];
  barcodes: Array<ItemBarcode>;
  category: Maybe<Category>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  heightCm: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  lengthCm: Maybe<Scalars['Decimal']['output']>;
  /** Lots of this item must carry an expiry date. */
  lotExpiryRequired: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  sku: Scalars['String']['output'];
  /** Cost used for stock that appears with no cost history. Needs costs:read. */
  standardCost: Maybe<Scalars['Decimal']['output']>;
  /** On hand, sellable, allocated, held, available and in transit per warehouse. */
  stock: Array<StockSummary>;
  trackingMode: TrackingMode;
  unit: Unit;
  updatedAt: Scalars['DateTime']['output'];
  valuationMethod: ValuationMethod;
  /** Rises with every change; compare it to drop a stale update. */
  version: Scalars['Int']['output'];
  weightKg: Maybe<Scalars['Decimal']['output']>;
  widthCm: Maybe<Scalars['Decimal']['output']>;
};

export type ItemBarcode = Node & {
  __typename?: 'ItemBarcode';
  /** The code as registered. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: BarcodeKind;
  /** Base units one scan stands for (1 for a single unit, 12 for a case of twelve). */
  quantity: Scalars['Decimal']['output'];
};

export type ItemBarcodeAddInput = {
  code: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
};

export type ItemBarcodeAddPayload = {
  __typename?: 'ItemBarcodeAddPayload';
  barcode: Maybe<ItemBarcode>;
  item: Maybe<Item>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<CatalogUserError>;
};

/** What a scanned code stands for: an item and how many base units. */
export type ItemBarcodeMatch = {
  __typename?: 'ItemBarcodeMatch';
  barcode: ItemBarcode;
  item: Item;
  quantity: Scalars['Decimal']['output'];
};

export type ItemBarcodeRemoveInput = {
  barcodeId: Scalars['ID']['input'];
};

export type ItemBarcodeRemovePayload = {
  __typename?: 'ItemBarcodeRemovePayload';
  item: Maybe<Item>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<CatalogUserError>;
};

export type ItemChangedEvent = {
  __typename?: 'ItemChangedEvent';
  /** Pass as `after` when resubscribing to resume without a gap. */
  cursor: Scalars['String']['output'];
  /** The item as it is now (may be newer than `version`). */
  item: Maybe<Item>;
  occurredAt: Scalars['DateTime']['output'];
  sku: Scalars['String']['output'];
  /** The item version this event announces; drop it if you have seen a higher one. */
  version: Scalars['Int']['output'];
};

export type ItemConnection = {
  __typename?: 'ItemConnection';
  edges: Array<ItemEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ItemCreateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  barcodes?: InputMaybe<Array<BarcodeInput>>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  heightCm?: InputMaybe<Scalars['Decimal']['input']>;
  /** A replay with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lengthCm?: InputMaybe<Scalars['Decimal']['input']>;
  lotExpiryRequired?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  sku: Scalars['String']['input'];
  /** Cost for stock that appears with no cost history (a count gain). Needs costs:read to see. */
  standardCost?: InputMaybe<Scalars['Decimal']['input']>;
  trackingMode?: InputMaybe<TrackingMode>;
  /** Unit of measure code, e.g. EA, KG (default EA). */
  unitCode?: InputMaybe<Scalars['String']['input']>;
  valuationMethod?: InputMaybe<ValuationMethod>;
  weightKg?: InputMaybe<Scalars['Decimal']['input']>;
  widthCm?: InputMaybe<Scalars['Decimal']['input']>;
};

export type ItemCreatePayload = {
  __typename?: 'ItemCreatePayload';
  item: Maybe<Item>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<CatalogUserError>;
};

export type ItemDeactivateInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type ItemDeactivatePayload = {
  __typename?: 'ItemDeactivatePayload';
  item: Maybe<Item>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<CatalogUserError>;
};

export type ItemEdge = {
  __typename?: 'ItemEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Item;
};

export type ItemFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of SKU or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
  trackingMode?: InputMaybe<TrackingMode>;
};

export type ItemUpdateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Refuse the update unless the item is still at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  heightCm?: InputMaybe<Scalars['Decimal']['input']>;
  id: Scalars['ID']['input'];
  lengthCm?: InputMaybe<Scalars['Decimal']['input']>;
  lotExpiryRequired?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Cost for stock that appears with no cost history (a count gain). Needs costs:read to see. */
  standardCost?: InputMaybe<Scalars['Decimal']['input']>;
  trackingMode?: InputMaybe<TrackingMode>;
  /** Unit of measure code, e.g. EA, KG (default EA). */
  unitCode?: InputMaybe<Scalars['String']['input']>;
  valuationMethod?: InputMaybe<ValuationMethod>;
  weightKg?: InputMaybe<Scalars['Decimal']['input']>;
  widthCm?: InputMaybe<Scalars['Decimal']['input']>;
};

export type ItemUpdatePayload = {
  __typename?: 'ItemUpdatePayload';
  item: Maybe<Item>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<CatalogUserError>;
};

/** A balanced, append-only journal entry. */
export type JournalEntry = Node & {
  __typename?: 'JournalEntry';
  actor: Scalars['String']['output'];
  /** The document that posted it (a manual entry points to itself, or to the entry it reverses). */
  document: DocumentRef;
  id: Scalars['ID']['output'];
  lines: Array<JournalLine>;
  memo: Maybe<Scalars['String']['output']>;
  /** JE-<year>-<number>, gap-free per year. */
  number: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  period: FiscalPeriod;
  /** The posting date, YYYY-MM-DD (UTC date of occurredAt). */
  postingDate: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** The entry this one reverses. */
  reversalOf: Maybe<JournalEntry>;
  /** The entry that reverses this one. */
  reversedBy: Maybe<JournalEntry>;
  total: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

export type JournalEntryConnection = {
  __typename?: 'JournalEntryConnection';
  edges: Array<JournalEntryEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A manual entry. Control accounts are refused: their balances come from documents. */
export type JournalEntryCreateInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<JournalEntryLineInput>;
  memo?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type JournalEntryCreatePayload = {
  __typename?: 'JournalEntryCreatePayload';
  entry: Maybe<JournalEntry>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<LedgerUserError>;
};

export type JournalEntryEdge = {
  __typename?: 'JournalEntryEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: JournalEntry;
};

export type JournalEntryFilter = {
  /** Entries with a line on this account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries posted by this document (global id of a StockDocument, StockTransfer or InventoryCount). */
  documentId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type JournalEntryLineInput = {
  accountId: Scalars['ID']['input'];
  credit?: InputMaybe<Scalars['Decimal']['input']>;
  debit?: InputMaybe<Scalars['Decimal']['input']>;
  memo?: InputMaybe<Scalars['String']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Finance only (ledger:read). No amount: read the entry (journalEntry(id)) for its lines. */
export type JournalEntryPostedPayload = {
  __typename?: 'JournalEntryPostedPayload';
  entryId: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  postingDate: Scalars['String']['output'];
  sourceId: Scalars['String']['output'];
  sourceType: Scalars['String']['output'];
};

export type JournalEntryReverseInput = {
  entryId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memo?: InputMaybe<Scalars['String']['input']>;
  /** Date of the reversal (default: the original's date if its period is open, else now). */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type JournalEntryReversePayload = {
  __typename?: 'JournalEntryReversePayload';
  entry: Maybe<JournalEntry>;
  reversed: Maybe<JournalEntry>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<LedgerUserError>;
};

export type JournalLine = {
  __typename?: 'JournalLine';
  account: Account;
  credit: Scalars['Decimal']['output'];
  debit: Scalars['Decimal']['output'];
  /** The document dimension: the document whose posting this line belongs to. */
  document: DocumentRef;
  id: Scalars['ID']['output'];
  item: Maybe<Item>;
  memo: Maybe<Scalars['String']['output']>;
  partner: Maybe<Partner>;
  warehouse: Maybe<Warehouse>;
};

export type LedgerErrorCode =
  | 'ACCOUNT_IN_USE'
  | 'ALREADY_REVERSED'
  | 'CONTROL_ACCOUNT'
  | 'DOCUMENT_ENTRY'
  | 'DUPLICATE_CODE'
  | 'EARLIER_PERIOD_OPEN'
  | 'FUTURE_DATE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INACTIVE_ACCOUNT'
  | 'INVALID'
  | 'LATER_PERIOD_CLOSED'
  | 'NOT_CONTROL_ACCOUNT'
  | 'NOT_FOUND'
  | 'NOT_POSITIVE'
  | 'PERIOD_ALREADY_CLOSED'
  | 'PERIOD_ALREADY_OPEN'
  | 'PERIOD_CLOSED'
  | 'RECONCILIATION_VARIANCE'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNBALANCED'
  | 'VERSION_CONFLICT';

export type LedgerUserError = UserError & {
  __typename?: 'LedgerUserError';
  code: LedgerErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

export type Location = Node & {
  __typename?: 'Location';
  active: Scalars['Boolean']['output'];
  barcode: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Walking order for picking: lower first. */
  pickSequence: Maybe<Scalars['Int']['output']>;
  /** Stock here counts toward availability. */
  sellable: Scalars['Boolean']['output'];
  type: LocationType;
  version: Scalars['Int']['output'];
  warehouse: Warehouse;
  zone: Maybe<Zone>;
};

export type LocationConnection = {
  __typename?: 'LocationConnection';
  edges: Array<LocationEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type LocationCreateInput = {
  barcode?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pickSequence?: InputMaybe<Scalars['Int']['input']>;
  /** Default: true for STORAGE and PICK, false otherwise. */
  sellable?: InputMaybe<Scalars['Boolean']['input']>;
  type: LocationType;
  warehouseId: Scalars['ID']['input'];
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

export type LocationCreatePayload = {
  __typename?: 'LocationCreatePayload';
  location: Maybe<Location>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<WarehouseUserError>;
};

export type LocationDeactivateInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type LocationDeactivatePayload = {
  __typename?: 'LocationDeactivatePayload';
  location: Maybe<Location>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<WarehouseUserError>;
};

export type LocationEdge = {
  __typename?: 'LocationEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Location;
};

export type LocationFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  sellable?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<LocationType>;
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a location is for. TRANSIT is the system location holding stock shipped to the warehouse by a transfer and not yet received. */
export type LocationType =
  | 'PACKING'
  | 'PICK'
  | 'QUARANTINE'
  | 'RECEIVING'
  | 'SHIPPING'
  | 'STAGING'
  | 'STORAGE'
  | 'TRANSIT';

export type LocationUpdateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  barcode?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  pickSequence?: InputMaybe<Scalars['Int']['input']>;
  sellable?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<LocationType>;
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

export type LocationUpdatePayload = {
  __typename?: 'LocationUpdatePayload';
  location: Maybe<Location>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<WarehouseUserError>;
};

export type Lot = Node & {
  __typename?: 'Lot';
  /** YYYY-MM-DD. */
  expiryDate: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  item: Item;
  lotNumber: Scalars['String']['output'];
  /** The document that first brought the lot in. */
  origin: DocumentRef;
  receivedAt: Scalars['DateTime']['output'];
};

/** Where a lot came from and everywhere it went. */
export type LotTrace = {
  __typename?: 'LotTrace';
  /** Every document the lot passed through, in order of first touch. */
  documents: Array<DocumentRef>;
  lot: Lot;
  /** Every move of the lot, oldest first. */
  moves: Array<StockMove>;
  /** The document that first brought the lot in. */
  origin: DocumentRef;
  /** Where the lot is now. */
  stockLevels: Array<StockLevel>;
};

export type MoveReason =
  | 'ADJUSTMENT'
  | 'ISSUE'
  | 'PICK'
  | 'PUTAWAY'
  | 'RECEIPT'
  | 'RETURN'
  | 'REVALUATION'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT';

export type Mutation = {
  __typename?: 'Mutation';
  accountCreate: AccountCreatePayload;
  /** Maps a purpose to an account, company-wide or for a warehouse and/or category. New postings use it; value already in a layer stays in its account. */
  accountMappingSet: AccountMappingSetPayload;
  accountUpdate: AccountUpdatePayload;
  apiKeyCreate: ApiKeyCreatePayload;
  /** Revokes a key at once on every node. The last active ADMIN key cannot be revoked. */
  apiKeyRevoke: ApiKeyRevokePayload;
  /** Closes an open carton by its scanned label (SSCC). */
  cartonClose: CartonClosePayload;
  categoryCreate: CategoryCreatePayload;
  categoryUpdate: CategoryUpdatePayload;
  /** Applies a receipt's unapplied money or a credit note's unapplied credit to open invoices of the same customer. */
  creditApply: CreditApplyPayload;
  /** A credit note against an invoice, by line and quantity or in full: reverses revenue and tax, and applies to the invoice's open amount (the rest is customer credit). */
  creditNoteCreate: InvoicePayload;
  customerCreate: CustomerCreatePayload;
  /** Stops new orders for the customer; reactivate with customerUpdate(active: true). */
  customerDeactivate: CustomerDeactivatePayload;
  customerUpdate: CustomerUpdatePayload;
  /** Closes a period: refused while an earlier one is open or inventory does not reconcile. */
  fiscalPeriodClose: FiscalPeriodClosePayload;
  /** Reopens a closed period (admin; the reason is recorded). */
  fiscalPeriodReopen: FiscalPeriodReopenPayload;
  /** Posts the count's variances as adjustments (one journal entry). A count is approved once. */
  inventoryCountApprove: InventoryCountApprovePayload;
  inventoryCountCancel: InventoryCountCancelPayload;
  /** Opens a cycle count for some locations and/or items of a warehouse. */
  inventoryCountOpen: InventoryCountOpenPayload;
  /** Records counted quantities, by scan or by entry. */
  inventoryCountRecord: InventoryCountRecordPayload;
  /** Invoices shipped units not yet invoiced (all of an order's, or the shipment lines given): Dr AR, Cr Revenue, Cr Tax payable, one transaction. */
  invoiceCreate: InvoicePayload;
  itemBarcodeAdd: ItemBarcodeAddPayload;
  itemBarcodeRemove: ItemBarcodeRemovePayload;
  itemCreate: ItemCreatePayload;
  /** Stops new documents for the item; its history stays. Reactivate with itemUpdate(active: true). */
  itemDeactivate: ItemDeactivatePayload;
  itemUpdate: ItemUpdatePayload;
  /** A manual journal entry (not on control accounts). */
  journalEntryCreate: JournalEntryCreatePayload;
  /** Reverses a manual entry with a linked entry of swapped sides, dated in an open period. */
  journalEntryReverse: JournalEntryReversePayload;
  locationCreate: LocationCreatePayload;
  /** Refused while the location holds stock. */
  locationDeactivate: LocationDeactivatePayload;
  locationUpdate: LocationUpdatePayload;
  partnerCreate: PartnerCreatePayload;
  partnerUpdate: PartnerUpdatePayload;
  /** Records a customer payment (Dr Cash or the account given, Cr AR) and applies it to invoices; a remainder stays as credit only with unappliedAsCredit: true. */
  paymentReceive: PaymentPayload;
  /** Reverses a receipt (bounced): the reverse entry on the date given, its applications end that day, the invoices reopen. */
  paymentReverse: PaymentPayload;
  /** Assigns a pick list to a picker (otherwise the first to scan it takes it). */
  pickListAssign: PickListAssignPayload;
  /** The floor's one scan: a location label sets where the picker stands; an item barcode (a pack barcode counts its units), a lot or serial number, or a GS1 element string picks for the next matching task there and moves the units to packing. Refusals carry codes a scanner can show: WRONG_LOCATION, WRONG_ITEM, WRONG_LOT, EXPIRED_LOT, SERIAL_UNKNOWN, OVERPICK, SCAN_UNKNOWN, SCAN_MALFORMED. */
  pickScan: PickScanPayload;
  /** The picker found less than the task asks: re-allocated from another location if there is stock, else backordered; the location gets an open cycle count. */
  pickShort: PickShortPayload;
  /** Pays money back out of the customer's unapplied credit, oldest first (Dr AR, Cr Cash). */
  refundIssue: PaymentPayload;
  /** Authorizes a return of shipped units of one order, per shipment line: at most what shipped less what other returns authorized; a serial item's serials among those shipped on the line and on no other return. Nothing moves yet. */
  returnAuthorize: ReturnPayload;
  /** Cancels an AUTHORIZED return nothing of which was received; its units can be returned again. */
  returnCancel: ReturnPayload;
  /** Restocks (to a sellable location, no posting; fills waiting backorders) or scraps (Dr Scrap, Cr Inventory) received goods from quarantine; the return closes once every received unit is dispositioned. */
  returnInspect: ReturnPayload;
  /** Receives returned goods into a QUARANTINE location at exactly the cost they were shipped at (Dr Inventory, Cr COGS); lots and serials come back as shipped. Quarantine is not sellable: nothing becomes available until returnInspect restocks it. */
  returnReceive: ReturnPayload;
  salesChannelCreate: SalesChannelCreatePayload;
  salesChannelUpdate: SalesChannelUpdatePayload;
  /** Finance releases an order from CREDIT_HOLD over the customer's credit limit: it is confirmed and reserves its stock as salesOrderConfirm would (backordering what cannot be reserved), and records who approved it (creditApprovedBy). */
  salesOrderApproveCredit: SalesOrderApproveCreditPayload;
  /** Cancels an order before its first shipment. */
  salesOrderCancel: SalesOrderCancelPayload;
  /** Confirms a DRAFT order and reserves its stock (FEFO for lots with expiry, else FIFO) under the stock locks: what cannot be reserved is backordered (filled automatically, oldest order first, when stock comes in), or with backorder: false the confirmation is refused (INSUFFICIENT_STOCK). When the customer has a credit limit and its open receivables plus open orders plus this order would pass it, the confirmation is refused (CREDIT_LIMIT_EXCEEDED), or under the customer's HOLD policy the order goes to CREDIT_HOLD, reserving nothing, until salesOrderApproveCredit. */
  salesOrderConfirm: SalesOrderConfirmPayload;
  /** Creates a DRAFT order. A retry with the same externalRef and the same input returns the same order. A STOREFRONT key (sales:place) places orders on its own channel only, without partnerId (FORBIDDEN otherwise). */
  salesOrderCreate: SalesOrderCreatePayload;
  /** Edits a DRAFT order. */
  salesOrderUpdate: SalesOrderUpdatePayload;
  /** Ships a packed shipment in one transaction: issue moves from packing at FIFO or average cost, serials gone, one COGS journal entry, allocations fulfilled, order lines shipped, the order SHIPPED or PARTIALLY_SHIPPED, ShipmentUpdated and OrderStatusChanged events. */
  shipmentConfirm: ShipmentPayload;
  /** Packs picked units into cartons (each with its SSCC) of the order's open shipment; the order is PACKED once everything picked is packed. */
  shipmentPack: ShipmentPayload;
  /** Records a carrier tracking event (a WAREHOUSE key, or a PARTNER key of the shipment's carrier); the same eventId again changes nothing. */
  shipmentTrack: ShipmentPayload;
  /** Adjusts stock with a reason: losses post Dr Shrinkage / Cr Inventory, gains the reverse. */
  stockAdjust: StockAdjustPayload;
  /** Holds stock for a cart until ttlSeconds have passed: availability subtracts it meanwhile; confirming an order with the hold consumes it; at expiry it frees its stock by itself. Refused with INSUFFICIENT_STOCK when any line does not fit. */
  stockHold: StockHoldPayload;
  /** Gives a hold's stock back now. Releasing a released hold changes nothing; a consumed one is refused (HOLD_NOT_ACTIVE). */
  stockHoldRelease: StockHoldReleasePayload;
  /** Moves stock between locations of one warehouse (putaway, replenishment); no ledger effect. */
  stockMove: StockMovePayload;
  /** Receives stock into locations at a unit cost (Dr Inventory, Cr GRNI). */
  stockReceive: StockReceivePayload;
  /** Receives a transfer (Dr Inventory, Cr In transit); any shortfall is posted as a loss. Once per transfer. */
  stockTransferReceive: StockTransferReceivePayload;
  /** Ships stock to another warehouse, into transit (Dr In transit, Cr Inventory). */
  stockTransferShip: StockTransferShipPayload;
  /** Creates a warehouse, with its system IN-TRANSIT location. */
  warehouseCreate: WarehouseCreatePayload;
  /** Stops new documents in the warehouse; reactivate with warehouseUpdate(active: true). */
  warehouseDeactivate: WarehouseDeactivatePayload;
  warehouseUpdate: WarehouseUpdatePayload;
  /** Releases orders with reserved stock to the floor as a wave of pick lists cut by the strategy; the orders go to PICKING. */
  waveRelease: WaveReleasePayload;
  zoneCreate: ZoneCreatePayload;
  zoneUpdate: ZoneUpdatePayload;
};


export type MutationAccountCreateArgs = {
  input: AccountCreateInput;
};


export type MutationAccountMappingSetArgs = {
  input: AccountMappingSetInput;
};


export type MutationAccountUpdateArgs = {
  input: AccountUpdateInput;
};


export type MutationApiKeyCreateArgs = {
  input: ApiKeyCreateInput;
};


export type MutationApiKeyRevokeArgs = {
  input: ApiKeyRevokeInput;
};


export type MutationCartonCloseArgs = {
  input: CartonCloseInput;
};


export type MutationCategoryCreateArgs = {
  input: CategoryCreateInput;
};


export type MutationCategoryUpdateArgs = {
  input: CategoryUpdateInput;
};


export type MutationCreditApplyArgs = {
  input: CreditApplyInput;
};


export type MutationCreditNoteCreateArgs = {
  input: CreditNoteCreateInput;
};


export type MutationCustomerCreateArgs = {
  input: CustomerCreateInput;
};


export type MutationCustomerDeactivateArgs = {
  input: CustomerDeactivateInput;
};


export type MutationCustomerUpdateArgs = {
  input: CustomerUpdateInput;
};


export type MutationFiscalPeriodCloseArgs = {
  input: FiscalPeriodCloseInput;
};


export type MutationFiscalPeriodReopenArgs = {
  input: FiscalPeriodReopenInput;
};


export type MutationInventoryCountApproveArgs = {
  input: InventoryCountApproveInput;
};


export type MutationInventoryCountCancelArgs = {
  input: InventoryCountCancelInput;
};


export type MutationInventoryCountOpenArgs = {
  input: InventoryCountOpenInput;
};


export type MutationInventoryCountRecordArgs = {
  input: InventoryCountRecordInput;
};


export type MutationInvoiceCreateArgs = {
  input: InvoiceCreateInput;
};


export type MutationItemBarcodeAddArgs = {
  input: ItemBarcodeAddInput;
};


export type MutationItemBarcodeRemoveArgs = {
  input: ItemBarcodeRemoveInput;
};


export type MutationItemCreateArgs = {
  input: ItemCreateInput;
};


export type MutationItemDeactivateArgs = {
  input: ItemDeactivateInput;
};


export type MutationItemUpdateArgs = {
  input: ItemUpdateInput;
};


export type MutationJournalEntryCreateArgs = {
  input: JournalEntryCreateInput;
};


export type MutationJournalEntryReverseArgs = {
  input: JournalEntryReverseInput;
};


export type MutationLocationCreateArgs = {
  input: LocationCreateInput;
};


export type MutationLocationDeactivateArgs = {
  input: LocationDeactivateInput;
};


export type MutationLocationUpdateArgs = {
  input: LocationUpdateInput;
};


export type MutationPartnerCreateArgs = {
  input: PartnerCreateInput;
};


export type MutationPartnerUpdateArgs = {
  input: PartnerUpdateInput;
};


export type MutationPaymentReceiveArgs = {
  input: PaymentReceiveInput;
};


export type MutationPaymentReverseArgs = {
  input: PaymentReverseInput;
};


export type MutationPickListAssignArgs = {
  input: PickListAssignInput;
};


export type MutationPickScanArgs = {
  input: PickScanInput;
};


export type MutationPickShortArgs = {
  input: PickShortInput;
};


export type MutationRefundIssueArgs = {
  input: RefundIssueInput;
};


export type MutationReturnAuthorizeArgs = {
  input: ReturnAuthorizeInput;
};


export type MutationReturnCancelArgs = {
  input: ReturnCancelInput;
};


export type MutationReturnInspectArgs = {
  input: ReturnInspectInput;
};


export type MutationReturnReceiveArgs = {
  input: ReturnReceiveInput;
};


export type MutationSalesChannelCreateArgs = {
  input: SalesChannelCreateInput;
};


export type MutationSalesChannelUpdateArgs = {
  input: SalesChannelUpdateInput;
};


export type MutationSalesOrderApproveCreditArgs = {
  input: SalesOrderApproveCreditInput;
};


export type MutationSalesOrderCancelArgs = {
  input: SalesOrderCancelInput;
};


export type MutationSalesOrderConfirmArgs = {
  input: SalesOrderConfirmInput;
};


export type MutationSalesOrderCreateArgs = {
  input: SalesOrderCreateInput;
};


export type MutationSalesOrderUpdateArgs = {
  input: SalesOrderUpdateInput;
};


export type MutationShipmentConfirmArgs = {
  input: ShipmentConfirmInput;
};


export type MutationShipmentPackArgs = {
  input: ShipmentPackInput;
};


export type MutationShipmentTrackArgs = {
  input: ShipmentTrackInput;
};


export type MutationStockAdjustArgs = {
  input: StockAdjustInput;
};


export type MutationStockHoldArgs = {
  input: StockHoldInput;
};


export type MutationStockHoldReleaseArgs = {
  input: StockHoldReleaseInput;
};


export type MutationStockMoveArgs = {
  input: StockMoveInput;
};


export type MutationStockReceiveArgs = {
  input: StockReceiveInput;
};


export type MutationStockTransferReceiveArgs = {
  input: StockTransferReceiveInput;
};


export type MutationStockTransferShipArgs = {
  input: StockTransferShipInput;
};


export type MutationWarehouseCreateArgs = {
  input: WarehouseCreateInput;
};


export type MutationWarehouseDeactivateArgs = {
  input: WarehouseDeactivateInput;
};


export type MutationWarehouseUpdateArgs = {
  input: WarehouseUpdateInput;
};


export type MutationWaveReleaseArgs = {
  input: WaveReleaseInput;
};


export type MutationZoneCreateArgs = {
  input: ZoneCreateInput;
};


export type MutationZoneUpdateArgs = {
  input: ZoneUpdateInput;
};

/** An object with a globally unique, opaque id. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** A sales order changed status (its creation as DRAFT included). */
export type OrderStatusChangedEvent = {
  __typename?: 'OrderStatusChangedEvent';
  /** Pass as `after` when resubscribing to resume without a gap. */
  cursor: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The order as it is now (may be newer than `version`). */
  order: Maybe<SalesOrder>;
  orderId: Scalars['ID']['output'];
  /** null when the order was created. */
  previousStatus: Maybe<SalesOrderStatus>;
  status: SalesOrderStatus;
  /** The order version this event announces; drop it if you have seen a higher one. */
  version: Scalars['Int']['output'];
};

/** Every given criterion must hold; none given: every order the key may see. */
export type OrderStatusChangedFilter = {
  /** Only orders placed on this sales channel. */
  channelId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this customer's orders. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these orders. */
  orderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type OrderStatusChangedPayload = {
  __typename?: 'OrderStatusChangedPayload';
  channelId: Scalars['ID']['output'];
  customerId: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  previousStatus: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
};

export type OrderToShipTime = {
  __typename?: 'OrderToShipTime';
  /** Orders of the period whose first shipment has shipped (the times are over these). */
  ordersShipped: Scalars['Int']['output'];
  /** Median hours from the order's creation to the moment its first shipment reached SHIPPED (percentile_cont 0.5), to 2 places; null with no order shipped. */
  p50Hours: Maybe<Scalars['Decimal']['output']>;
  /** 90th percentile of the same hours (percentile_cont 0.9, interpolated), to 2 places. */
  p90Hours: Maybe<Scalars['Decimal']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A customer, vendor, carrier, marketplace or 3PL (one record may be several). */
export type Partner = Node & {
  __typename?: 'Partner';
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kinds: Array<PartnerKind>;
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PartnerCreateInput = {
  code: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<PartnerKind>>;
  name: Scalars['String']['input'];
};

export type PartnerCreatePayload = {
  __typename?: 'PartnerCreatePayload';
  partner: Maybe<Partner>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<PartnerUserError>;
};

export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PartnerErrorCode =
  | 'DUPLICATE_CODE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'VERSION_CONFLICT';

export type PartnerFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<PartnerKind>;
};

export type PartnerKind =
  | 'CARRIER'
  | 'CUSTOMER'
  | 'MARKETPLACE'
  | 'THIRD_PARTY_LOGISTICS'
  | 'VENDOR';

export type PartnerUpdateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<PartnerKind>>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type PartnerUpdatePayload = {
  __typename?: 'PartnerUpdatePayload';
  partner: Maybe<Partner>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<PartnerUserError>;
};

export type PartnerUserError = UserError & {
  __typename?: 'PartnerUserError';
  code: PartnerErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

/** A customer receipt, or a refund out of the customer's credit. */
export type Payment = Node & {
  __typename?: 'Payment';
  amount: Scalars['Decimal']['output'];
  /** Receipts: applied to invoices or refunds so far (the rest is the customer's credit). */
  amountApplied: Scalars['Decimal']['output'];
  /** Receipts: the customer's credit left from this payment. */
  amountUnapplied: Scalars['Decimal']['output'];
  applications: Array<ArApplication>;
  customer: Customer;
  id: Scalars['ID']['output'];
  kind: PaymentKind;
  method: PaymentMethod;
  number: Scalars['String']['output'];
  paymentDate: Scalars['LocalDate']['output'];
  reference: Maybe<Scalars['String']['output']>;
  reversalReason: Maybe<Scalars['String']['output']>;
  reversedOn: Maybe<Scalars['LocalDate']['output']>;
  status: PaymentStatus;
  version: Scalars['Int']['output'];
};

export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  edges: Array<PaymentEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Payment;
};

export type PaymentFilterInput = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<PaymentKind>;
  status?: InputMaybe<PaymentStatus>;
};

/** RECEIPT: money in (Dr Cash, Cr AR). REFUND: money back out of the customer's credit (Dr AR, Cr Cash). */
export type PaymentKind =
  | 'RECEIPT'
  | 'REFUND';

export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH'
  | 'CHECK'
  | 'OTHER';

export type PaymentPayload = {
  __typename?: 'PaymentPayload';
  payment: Maybe<Payment>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<BillingUserError>;
};

export type PaymentReceiveInput = {
  /** An active, non-control asset account (bank, card clearing); default: the CASH mapping. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  amount: Scalars['Decimal']['input'];
  /** Omitted: the customer's open invoices, oldest due first. */
  applications?: InputMaybe<Array<ApplicationInputType>>;
  customerId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memo?: InputMaybe<Scalars['String']['input']>;
  method: PaymentMethod;
  /** When the money came in (default now): the posting date. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Keep what is not applied as the customer's credit (else a payment above what it pays is refused: OVERPAYMENT). */
  unappliedAsCredit?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PaymentReverseInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The reversal date (default now): on or after the payment and its applications. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  paymentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type PaymentStatus =
  | 'POSTED'
  | 'REVERSED';

export type PeriodAction =
  | 'CLOSE'
  | 'REOPEN';

export type PeriodStatus =
  | 'CLOSED'
  | 'OPEN';

/** Over the pick tasks of the period's orders that were worked (DONE or SHORT). */
export type PickAccuracy = {
  __typename?: 'PickAccuracy';
  /** Pick tasks worked: DONE or SHORT. */
  picks: Scalars['Int']['output'];
  /** Of those, tasks found short (quantity short above 0). */
  shortPicks: Scalars['Int']['output'];
  /** shortPicks per 1,000 picks, to 2 places; null with no picks. */
  shortPicksPerThousand: Maybe<Scalars['Decimal']['output']>;
  /** Pick scans refused as WRONG_ITEM, WRONG_LOT or WRONG_LOCATION on the pick lists holding these orders' tasks. */
  wrongScans: Scalars['Int']['output'];
  /** wrongScans per 1,000 picks, to 2 places; null with no picks. */
  wrongScansPerThousand: Maybe<Scalars['Decimal']['output']>;
};

/** One walk of one picker; tasks in location pick sequence. */
export type PickList = Node & {
  __typename?: 'PickList';
  /** Where picked units go. */
  destination: Location;
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  picker: Maybe<Scalars['String']['output']>;
  status: PickListStatus;
  /** In walking order. */
  tasks: Array<PickTask>;
  version: Scalars['Int']['output'];
  wave: Wave;
  /** ZONE waves: the zone this list walks. */
  zone: Maybe<Zone>;
};

export type PickListAssignInput = {
  pickListId: Scalars['ID']['input'];
  /** Who walks it: a name or badge id. */
  picker: Scalars['String']['input'];
};

export type PickListAssignPayload = {
  __typename?: 'PickListAssignPayload';
  pickList: Maybe<PickList>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<FulfillmentUserError>;
};

export type PickListStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type PickScanInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pickListId: Scalars['ID']['input'];
  /** Units picked with this scan when the label does not carry a count (default 1, or the pack barcode's units). */
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
  /** The scanner's raw string: a location label, an item barcode, a lot or serial number, or a GS1 element string (with symbology prefix, FNC1 as GS, or parentheses). */
  raw: Scalars['String']['input'];
  /** CLUSTER lists: the tote the units go into. */
  toteId?: InputMaybe<Scalars['String']['input']>;
};

export type PickScanPayload = {
  __typename?: 'PickScanPayload';
  pickList: Maybe<PickList>;
  result: Maybe<PickScanResult>;
  tasks: Maybe<Array<PickTask>>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<FulfillmentUserError>;
};

export type PickScanResult = {
  __typename?: 'PickScanResult';
  /** LOCATION: the picker is now at the scanned location. PICK: units were picked. */
  kind: Scalars['String']['output'];
  quantity: Maybe<Scalars['Decimal']['output']>;
};

export type PickShortInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pickTaskId: Scalars['ID']['input'];
  /** Units not found (default: all the task still asks for). */
  quantityMissing?: InputMaybe<Scalars['Decimal']['input']>;
};

export type PickShortPayload = {
  __typename?: 'PickShortPayload';
  pickList: Maybe<PickList>;
  result: Maybe<PickShortResult>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<FulfillmentUserError>;
};

export type PickShortResult = {
  __typename?: 'PickShortResult';
  /** Units backordered: no other stock could be reserved. */
  backordered: Scalars['Decimal']['output'];
  /** The open cycle count the short location was put on. */
  countId: Maybe<Scalars['ID']['output']>;
  /** Units reserved again in other locations (new tasks at the end of the list). */
  reallocated: Scalars['Decimal']['output'];
};

export type PickTask = Node & {
  __typename?: 'PickTask';
  id: Scalars['ID']['output'];
  item: Item;
  location: Location;
  lot: Maybe<Lot>;
  /** The order this task picks for (BATCH lists mix orders). */
  order: SalesOrder;
  orderLine: SalesOrderLine;
  quantity: Scalars['Decimal']['output'];
  quantityPicked: Scalars['Decimal']['output'];
  quantityShort: Scalars['Decimal']['output'];
  /** Walking order within the list. */
  sequence: Scalars['Int']['output'];
  /** Serial numbers scanned at pick. */
  serialNumbers: Array<Scalars['String']['output']>;
  status: PickTaskStatus;
  /** CLUSTER lists: the tote of this task's order. */
  tote: Maybe<Scalars['String']['output']>;
};

export type PickTaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN'
  | 'SHORT';

export type Query = {
  __typename?: 'Query';
  accountByCode: Maybe<Account>;
  /** An account's lines in time order with a running balance. */
  accountLedger: AccountLedgerConnection;
  /** Which account each purpose posts to: company defaults and warehouse / category overrides. */
  accountMappings: Array<AccountMapping>;
  /** The chart of accounts, by code. */
  accounts: AccountConnection;
  /** Access keys in creation order (active only unless filter.includeRevoked). */
  apiKeys: ApiKeyConnection;
  /** Receivables aged by days past due as of a date (default today), per customer and in total; the total equals the AR account's balance at that date. */
  arAging: ArAging;
  /** What can be sold, for up to 250 SKUs in one call: per SKU and warehouse, sellable on hand minus allocated minus live checkout holds. Every SKU asked gets an answer, in order. */
  availability: Array<SkuAvailability>;
  /** Item categories ordered by code. */
  categories: CategoryConnection;
  customer: Maybe<Customer>;
  /** A customer by code (case-insensitive). */
  customerByCode: Maybe<Customer>;
  /** A customer's statement over a period (default: this year to today): opening balance, invoices, credit notes, payments and refunds, running balance. */
  customerStatement: CustomerStatement;
  /** Customers ordered by code. */
  customers: CustomerConnection;
  /** Committed events after a cursor, in `seq` order: the rows the subscriptions stream, for partners and tools that pull. Each key gets the types it may read: stock levels with availability:read or inventory:read; order, shipment events with sales:read, or a PARTNER key its own partner's, a STOREFRONT key its own channel's; returns with sales:read or inventory:read; journal entries with ledger:read only. Naming a type the key may not read is FORBIDDEN. Keep `pageInfo.endCursor` and pass it as `after`: it moves past events the key may not see, so a page can hold fewer than `first`. */
  events: EventConnection;
  /** Fiscal periods (monthly) that have been posted to or closed, in date order. */
  fiscalPeriods: FiscalPeriodConnection;
  /** Fulfilment performance over the sales orders created in [from, to] (UTC days): time to the first shipment, on-time shipping, fill rate of the first shipment, pick accuracy, and the backorder backlog as of asOf (default now). No cost figure: sales:read or inventory:read. */
  fulfillmentPerformance: FulfillmentPerformance;
  /** Gross margin from the postings (not list prices), over journal entries whose posting date lies in [from, to]: revenue is credits minus debits on REVENUE accounts (sales returns 4100 included), COGS debits minus credits on the accounts mapped to COGS. Each entry is tied to its sales order through its source document (an invoice or credit note, a shipment, a return), and through the order to its customer and channel; the item is the journal line's. Needs costs:read. */
  grossMargin: GrossMarginReport;
  inventoryCount: Maybe<InventoryCount>;
  /** Cycle counts, oldest first. */
  inventoryCounts: InventoryCountConnection;
  /** Per inventory and in-transit account: GL balance against the inventory sub-ledger, and the variance (always zero unless the database was edited by hand, in which case the documents behind it are listed). */
  inventoryReconciliation: InventoryReconciliation;
  /** Quantity, value and unit cost by item and warehouse, now or as of an instant; its total equals the GL. */
  inventoryValuation: InventoryValuation;
  /** An invoice or credit note by id. */
  invoice: Maybe<Invoice>;
  /** Invoices and credit notes, oldest first. */
  invoices: InvoiceConnection;
  item: Maybe<Item>;
  /** What a scanned barcode stands for. GTINs match in any of their 8/12/13/14-digit spellings. */
  itemByBarcode: Maybe<ItemBarcodeMatch>;
  /** An item by SKU (case-insensitive). */
  itemBySku: Maybe<Item>;
  /** Items ordered by SKU. */
  items: ItemConnection;
  /** Journal entries in posting order; filter by document, account or time. */
  journalEntries: JournalEntryConnection;
  journalEntry: Maybe<JournalEntry>;
  location: Maybe<Location>;
  /** The location whose label carries this barcode. */
  locationByBarcode: Maybe<Location>;
  lot: Maybe<Lot>;
  /** A lot of an item by its number (case-insensitive). */
  lotByNumber: Maybe<Lot>;
  /** Lot traceability both ways: where the lot came from, and every move and document it touched since. */
  lotTrace: Maybe<LotTrace>;
  /** Any object by its global id; null when it does not exist. */
  node: Maybe<Node>;
  /** Several objects by global id, in the order asked (null where one does not exist). */
  nodes: Array<Maybe<Node>>;
  /** A partner by id. A PARTNER key sees only its own partner (null for any other). */
  partner: Maybe<Partner>;
  /** Partners ordered by code. */
  partners: PartnerConnection;
  payment: Maybe<Payment>;
  /** Receipts and refunds, oldest first. */
  payments: PaymentConnection;
  pickList: Maybe<PickList>;
  /** AR per customer from the journal against the billing documents at a date: the auditor's check (every variance 0). */
  receivablesReconciliation: ReceivablesReconciliation;
  /** A return (RMA) by id. */
  return: Maybe<ReturnAuthorization>;
  /** Returns, oldest first. */
  returns: ReturnAuthorizationConnection;
  salesChannel: Maybe<SalesChannel>;
  /** Sales channels ordered by code. */
  salesChannels: SalesChannelConnection;
  /** A sales order by id. A PARTNER key sees only its own partner's orders, a STOREFRONT key only its own channel's (null for any other). */
  salesOrder: Maybe<SalesOrder>;
  /** Sales orders, oldest first. A PARTNER key gets its own partner's orders only, a STOREFRONT key its own channel's. */
  salesOrders: SalesOrderConnection;
  /** What a scan means before a scanner acts on it: the symbology, the GS1 elements (GS1-128, DataMatrix, QR, DataBar; FNC1 as U+001D or an alternate; or the parenthesised form) and what they name here (item, lot, serial, location, carton), or the error and its position. A plain code is looked up as an item barcode, a location label, a serial and a lot number. Lots and serials need inventory:read, locations warehouse:read; without them those lookups are not made. */
  scanParse: ScanParseResult;
  /** A serial number of an item: where it is, and (moves) everywhere it has been. */
  serial: Maybe<Serial>;
  /** A shipment by id; a PARTNER key sees its own partner's only. */
  shipment: Maybe<Shipment>;
  stockDocument: Maybe<StockDocument>;
  /** Receipts, moves and adjustments, oldest first. */
  stockDocuments: StockDocumentConnection;
  /** A stock hold by id (null for one the key did not make, unless it reads sales or inventory). */
  stockHold: Maybe<StockHold>;
  /** On hand by item, location and lot; with asOf, as it stood then. */
  stockLevels: StockLevelConnection;
  /** Stock move history, oldest first. */
  stockMoves: StockMoveConnection;
  stockTransfer: Maybe<StockTransfer>;
  /** Transfers, oldest first. */
  stockTransfers: StockTransferConnection;
  /** Debits, credits and balance of every account with postings, as of an instant (default now). */
  trialBalance: TrialBalance;
  /** Units of measure. */
  units: Array<Unit>;
  /** The access key making this request, its role and scopes. */
  viewer: Viewer;
  warehouse: Maybe<Warehouse>;
  /** A warehouse by code (case-insensitive). */
  warehouseByCode: Maybe<Warehouse>;
  /** Warehouses ordered by code. */
  warehouses: WarehouseConnection;
  wave: Maybe<Wave>;
};


export type QueryAccountByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryAccountLedgerArgs = {
  accountId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiKeyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryArAgingArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAvailabilityArgs = {
  skus: Array<Scalars['String']['input']>;
  warehouseCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryCategoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryCustomerStatementArgs = {
  customerId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EventType>>;
};


export type QueryFiscalPeriodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FiscalPeriodFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFulfillmentPerformanceArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<FulfillmentPerformanceFilterInput>;
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
};


export type QueryGrossMarginArgs = {
  filter?: InputMaybe<GrossMarginFilterInput>;
  from: Scalars['LocalDate']['input'];
  groupBy: GrossMarginGroupBy;
  to: Scalars['LocalDate']['input'];
};


export type QueryInventoryCountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInventoryCountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInventoryReconciliationArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryInventoryValuationArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryItemByBarcodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryItemBySkuArgs = {
  sku: Scalars['String']['input'];
};


export type QueryItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJournalEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JournalEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJournalEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLocationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLocationByBarcodeArgs = {
  barcode: Scalars['String']['input'];
};


export type QueryLotArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLotByNumberArgs = {
  itemId: Scalars['ID']['input'];
  lotNumber: Scalars['String']['input'];
};


export type QueryLotTraceArgs = {
  lotId: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPickListArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReceivablesReconciliationArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryReturnArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReturnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReturnFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySalesChannelArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySalesChannelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SalesChannelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySalesOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySalesOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SalesOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScanParseArgs = {
  raw: Scalars['String']['input'];
};


export type QuerySerialArgs = {
  itemId: Scalars['ID']['input'];
  serialNumber: Scalars['String']['input'];
};


export type QueryShipmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStockHoldArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockLevelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockLevelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockMovesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMoveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockTransferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TransferStatus>;
};


export type QueryTrialBalanceArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryWarehouseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWarehouseByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryWarehousesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WarehouseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWaveArgs = {
  id: Scalars['ID']['input'];
};

/** AR in the general ledger against AR from the billing documents, per customer; balanced when every variance is zero. */
export type ReceivablesReconciliation = {
  __typename?: 'ReceivablesReconciliation';
  asOf: Scalars['LocalDate']['output'];
  balanced: Scalars['Boolean']['output'];
  rows: Array<ReceivablesReconciliationRow>;
};

export type ReceivablesReconciliationRow = {
  __typename?: 'ReceivablesReconciliationRow';
  /** Null for postings to an AR account without a customer (there should be none). */
  customer: Maybe<Customer>;
  /** The customer's balance on the AR account(s), from the journal. */
  glBalance: Scalars['Decimal']['output'];
  /** The aging total, from the invoices, credit notes, payments and applications. */
  subLedger: Scalars['Decimal']['output'];
  variance: Scalars['Decimal']['output'];
};

export type ReconciliationDocument = {
  __typename?: 'ReconciliationDocument';
  document: DocumentRef;
  glAmount: Scalars['Decimal']['output'];
  /** Global ids of the journal entries behind the difference. */
  journalEntryIds: Array<Scalars['ID']['output']>;
  /** Global ids of the stock moves behind the difference. */
  moveIds: Array<Scalars['ID']['output']>;
  subLedgerAmount: Scalars['Decimal']['output'];
};

/** A cost layer whose remaining quantity or value is not what its valuation rows add up to (edited by hand). */
export type ReconciliationLayer = {
  __typename?: 'ReconciliationLayer';
  /** Global id of the item. */
  itemId: Scalars['ID']['output'];
  /** The layer's database id. */
  layerId: Scalars['ID']['output'];
  quantityByValuations: Scalars['Decimal']['output'];
  quantityRemaining: Scalars['Decimal']['output'];
  valueByValuations: Scalars['Decimal']['output'];
  valueRemaining: Scalars['Decimal']['output'];
  /** Global id of the warehouse. */
  warehouseId: Scalars['ID']['output'];
};

export type ReconciliationLine = {
  __typename?: 'ReconciliationLine';
  account: Account;
  /** Where variance is not zero: the documents whose GL and sub-ledger amounts differ. */
  documents: Array<ReconciliationDocument>;
  /** The account's GL balance. */
  glBalance: Scalars['Decimal']['output'];
  /** The remaining value of the account's cost layers now: what inventoryValuation reports and the next issue takes out. */
  layerValue: Scalars['Decimal']['output'];
  /** layerValue minus every valuation row of the account: zero unless a layer was edited by hand. */
  layerVariance: Scalars['Decimal']['output'];
  /** Layers of this account whose remaining quantity or value differs from their valuation rows (at most 100). */
  layers: Array<ReconciliationLayer>;
  /** Sum, over the moves listed in `moves` (up to asOf, touching this account, at most 100), of move value minus the value their valuation rows carried. */
  moveValueVariance: Scalars['Decimal']['output'];
  /** Those moves (at most 100). */
  moves: Array<ReconciliationMove>;
  /** The inventory sub-ledger: the sum of every cost-layer change recorded by stock moves. */
  subLedgerValue: Scalars['Decimal']['output'];
  /** glBalance minus subLedgerValue: zero unless the database was edited by hand. */
  variance: Scalars['Decimal']['output'];
};

/** A stock move whose value is not the value its valuation rows carried (edited by hand). */
export type ReconciliationMove = {
  __typename?: 'ReconciliationMove';
  document: DocumentRef;
  /** Global id of the stock move. */
  moveId: Scalars['ID']['output'];
  value: Scalars['Decimal']['output'];
  valueByValuations: Scalars['Decimal']['output'];
};

export type RefundIssueInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  amount: Scalars['Decimal']['input'];
  customerId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memo?: InputMaybe<Scalars['String']['input']>;
  method: PaymentMethod;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** A customer return (RMA) of shipped units of one order. */
export type ReturnAuthorization = Node & {
  __typename?: 'ReturnAuthorization';
  /** When it closed or was cancelled. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The credit note billing issued after the receipt (an Invoice of kind CREDIT_NOTE), per the customer's return credit policy. */
  creditNoteId: Maybe<Scalars['ID']['output']>;
  customer: Customer;
  id: Scalars['ID']['output'];
  lines: Array<ReturnLine>;
  /** RMA-<six digits>. */
  number: Scalars['String']['output'];
  order: SalesOrder;
  reason: Maybe<Scalars['String']['output']>;
  /** The journal entry of the latest receipt (Dr Inventory, Cr COGS). */
  receiptEntryId: Maybe<Scalars['ID']['output']>;
  /** When the first goods were received. */
  receivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The refund paid out of that credit (policy REFUND). */
  refundId: Maybe<Scalars['ID']['output']>;
  status: ReturnStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Rises with every change; events carry it. */
  version: Scalars['Int']['output'];
  /** Where the goods come back to (the shipping warehouse). */
  warehouse: Warehouse;
};

export type ReturnAuthorizationConnection = {
  __typename?: 'ReturnAuthorizationConnection';
  edges: Array<ReturnAuthorizationEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReturnAuthorizationEdge = {
  __typename?: 'ReturnAuthorizationEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: ReturnAuthorization;
};

export type ReturnAuthorizeInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ReturnAuthorizeLineInput>;
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ReturnAuthorizeLineInput = {
  quantity: Scalars['Decimal']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Serial items: the serials coming back, among those shipped on the line. */
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The shipment line returned (Shipment.lines). */
  shipmentLineId: Scalars['ID']['input'];
};

export type ReturnCancelInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  returnId: Scalars['ID']['input'];
};

/** What follows a received return: a CREDIT_NOTE, a credit note and a REFUND of it, or NONE (finance decides). */
export type ReturnCreditPolicy =
  | 'CREDIT_NOTE'
  | 'NONE'
  | 'REFUND';

/** RESTOCK: back to a sellable location (no posting). SCRAP: written off (Dr Scrap, Cr Inventory). */
export type ReturnDisposition =
  | 'RESTOCK'
  | 'SCRAP';

/** Why a return command was refused. */
export type ReturnErrorCode =
  | 'COST_REQUIRED'
  | 'COUNT_NOT_OPEN'
  | 'DUPLICATE_SERIAL'
  | 'EXCEEDS_AUTHORIZED'
  | 'EXCEEDS_RECEIVED'
  | 'EXCEEDS_SHIPPED'
  | 'FUTURE_DATE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'ILLEGAL_TRANSITION'
  | 'INACTIVE_ITEM'
  | 'INACTIVE_LOCATION'
  | 'INACTIVE_WAREHOUSE'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID'
  | 'INVALID_QUANTITY'
  | 'LOCATION_IN_OTHER_WAREHOUSE'
  | 'LOT_EXPIRED'
  | 'LOT_EXPIRY_MISMATCH'
  | 'LOT_EXPIRY_REQUIRED'
  | 'LOT_NOT_TRACKED'
  | 'LOT_REQUIRED'
  | 'NOTHING_TO_DO'
  | 'NOT_FOUND'
  | 'NOT_POSITIVE'
  | 'NOT_QUARANTINE'
  | 'NOT_SELLABLE'
  | 'NOT_SHIPPED'
  | 'OUT_OF_COUNT_SCOPE'
  | 'OUT_OF_RANGE'
  | 'PERIOD_CLOSED'
  | 'QUANTITY_EXCEEDS_SHIPPED'
  | 'QUARANTINE_MISMATCH'
  | 'REQUIRED'
  | 'SAME_LOCATION'
  | 'SAME_WAREHOUSE'
  | 'SERIALS_NOT_TRACKED'
  | 'SERIALS_REQUIRED'
  | 'SERIAL_ALREADY_RETURNED'
  | 'SERIAL_COUNT_MISMATCH'
  | 'SERIAL_IN_STOCK'
  | 'SERIAL_NOT_AVAILABLE'
  | 'SERIAL_NOT_SHIPPED'
  | 'TOO_LONG'
  | 'TOO_MANY_LINES'
  | 'TRANSFER_NOT_IN_TRANSIT'
  | 'TRANSIT_LOCATION'
  | 'UNKNOWN_BARCODE'
  | 'UNKNOWN_ITEM'
  | 'UNKNOWN_LOCATION'
  | 'UNKNOWN_LOT'
  | 'UNKNOWN_SERIAL'
  | 'UNKNOWN_WAREHOUSE'
  | 'VERSION_CONFLICT'
  | 'WAREHOUSE_MISMATCH';

export type ReturnFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ReturnStatus>>;
};

export type ReturnInspectInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ReturnInspectLineInput>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  returnId: Scalars['ID']['input'];
};

export type ReturnInspectLineInput = {
  disposition: ReturnDisposition;
  /** RESTOCK: the sellable location of the warehouse the goods go to. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Decimal']['input'];
  returnLineId: Scalars['ID']['input'];
  /** Serial items: which of the line's serials in quarantine (default: the first ones). */
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A returned shipment line (and its lot): authorized, received, restocked and scrapped, in the item's unit. */
export type ReturnLine = Node & {
  __typename?: 'ReturnLine';
  /** The value brought back into inventory: the COGS the received units were shipped at. */
  costReceived: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  item: Item;
  lineNo: Scalars['Int']['output'];
  /** The lot as shipped. */
  lot: Maybe<Lot>;
  orderLine: SalesOrderLine;
  /** Authorized. */
  quantity: Scalars['Decimal']['output'];
  quantityReceived: Scalars['Decimal']['output'];
  quantityRestocked: Scalars['Decimal']['output'];
  quantityScrapped: Scalars['Decimal']['output'];
  reason: Maybe<Scalars['String']['output']>;
  serialNumbers: Array<Scalars['String']['output']>;
  shipmentLine: ShipmentLine;
};

export type ReturnPayload = {
  __typename?: 'ReturnPayload';
  return: Maybe<ReturnAuthorization>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<ReturnUserError>;
};

export type ReturnReceiveInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default: every authorized unit not received yet. */
  lines?: InputMaybe<Array<ReturnReceiveLineInput>>;
  /** A QUARANTINE location of the return's warehouse (every receipt of a return goes to the same one). */
  locationId: Scalars['ID']['input'];
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  returnId: Scalars['ID']['input'];
};

export type ReturnReceiveLineInput = {
  quantity: Scalars['Decimal']['input'];
  returnLineId: Scalars['ID']['input'];
};

/** AUTHORIZED -> RECEIVED (in quarantine, every authorized unit) -> CLOSED (every received unit restocked or scrapped); CANCELLED before anything is received. */
export type ReturnStatus =
  | 'AUTHORIZED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'RECEIVED';

export type ReturnUpdatedPayload = {
  __typename?: 'ReturnUpdatedPayload';
  number: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
  returnId: Scalars['ID']['output'];
  status: Scalars['String']['output'];
};

export type ReturnUserError = UserError & {
  __typename?: 'ReturnUserError';
  code: ReturnErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

/** What an access key may do; see README for the scopes of each role. */
export type Role =
  | 'ADMIN'
  | 'FINANCE'
  | 'PARTNER'
  | 'SALES'
  | 'STOREFRONT'
  | 'WAREHOUSE';

/** A storefront, marketplace or other source of orders. */
export type SalesChannel = Node & {
  __typename?: 'SalesChannel';
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: SalesChannelKind;
  name: Scalars['String']['output'];
  /** The partner owning the channel and its orders. */
  partner: Maybe<Partner>;
  version: Scalars['Int']['output'];
};

export type SalesChannelConnection = {
  __typename?: 'SalesChannelConnection';
  edges: Array<SalesChannelEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SalesChannelCreateInput = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: SalesChannelKind;
  name: Scalars['String']['input'];
  /** The partner owning the channel (a marketplace): its orders become that partner's. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};

export type SalesChannelCreatePayload = {
  __typename?: 'SalesChannelCreatePayload';
  salesChannel: Maybe<SalesChannel>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<SalesUserError>;
};

export type SalesChannelEdge = {
  __typename?: 'SalesChannelEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: SalesChannel;
};

export type SalesChannelFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<SalesChannelKind>;
};

/** Where a channel's orders come from. */
export type SalesChannelKind =
  | 'DIRECT'
  | 'EDI'
  | 'MARKETPLACE'
  | 'STOREFRONT';

export type SalesChannelUpdateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<SalesChannelKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** null removes the owner (for orders placed from now on). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};

export type SalesChannelUpdatePayload = {
  __typename?: 'SalesChannelUpdatePayload';
  salesChannel: Maybe<SalesChannel>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<SalesUserError>;
};

export type SalesErrorCode =
  | 'CHANNEL_INACTIVE'
  | 'CREDIT_LIMIT_EXCEEDED'
  | 'CUSTOMER_INACTIVE'
  | 'DISCOUNT_OUT_OF_RANGE'
  | 'DUPLICATE_CODE'
  | 'EXTERNAL_REF_CONFLICT'
  | 'HOLD_EXPIRED'
  | 'HOLD_NOT_ACTIVE'
  | 'HOLD_NOT_FOUND'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'ILLEGAL_TRANSITION'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID'
  | 'INVALID_QUANTITY'
  | 'ITEM_INACTIVE'
  | 'NEGATIVE_PRICE'
  | 'NOT_FOUND'
  | 'NO_LINES'
  | 'ORDER_NOT_EDITABLE'
  | 'ORDER_ON_CREDIT_HOLD'
  | 'PARTNER_MISMATCH'
  | 'REQUIRED'
  | 'TAX_RATE_OUT_OF_RANGE'
  | 'TOO_LONG'
  | 'TOO_MANY_LINES'
  | 'TTL_OUT_OF_RANGE'
  | 'UNKNOWN_CHANNEL'
  | 'UNKNOWN_CUSTOMER'
  | 'UNKNOWN_ITEM'
  | 'UNKNOWN_PARTNER'
  | 'UNKNOWN_WAREHOUSE'
  | 'VERSION_CONFLICT'
  | 'WAREHOUSE_INACTIVE';

export type SalesOrder = Node & {
  __typename?: 'SalesOrder';
  cancelReason: Maybe<Scalars['String']['output']>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  carrier: Maybe<Scalars['String']['output']>;
  carrierService: Maybe<Scalars['String']['output']>;
  channel: SalesChannel;
  createdAt: Scalars['DateTime']['output'];
  /** Who confirmed the order over the customer's credit limit (salesOrderApproveCredit): the approving key, key:<id>. Needs sales:read. */
  creditApprovedBy: Maybe<Scalars['String']['output']>;
  customer: Customer;
  /** The channel's own order id, unique per channel. */
  externalRef: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<SalesOrderLine>;
  /** Human number, SO-<year>-<six digits>, the year's next at creation. */
  number: Scalars['String']['output'];
  /** The partner owning the order. */
  partner: Maybe<Partner>;
  /** 0 to 100, higher is more urgent. */
  priority: Scalars['Int']['output'];
  /** YYYY-MM-DD. */
  requestedShipDate: Maybe<Scalars['String']['output']>;
  shipFromWarehouse: Maybe<Warehouse>;
  /** The order's shipments, oldest first. */
  shipments: Array<Shipment>;
  shippingAddress: Address;
  status: SalesOrderStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Rises with every change; events carry it too. */
  version: Scalars['Int']['output'];
};

export type SalesOrderApproveCreditInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** An order on CREDIT_HOLD. */
  orderId: Scalars['ID']['input'];
};

export type SalesOrderApproveCreditPayload = {
  __typename?: 'SalesOrderApproveCreditPayload';
  salesOrder: Maybe<SalesOrder>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<FulfillmentUserError>;
};

export type SalesOrderCancelInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type SalesOrderCancelPayload = {
  __typename?: 'SalesOrderCancelPayload';
  salesOrder: Maybe<SalesOrder>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<SalesUserError>;
};

export type SalesOrderConfirmInput = {
  /** Backorder what cannot be reserved now (default true); false refuses the confirmation instead (INSUFFICIENT_STOCK). */
  backorder?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A checkout hold to consume: its quantities count for this order. */
  holdId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type SalesOrderConfirmPayload = {
  __typename?: 'SalesOrderConfirmPayload';
  salesOrder: Maybe<SalesOrder>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<FulfillmentUserError>;
};

export type SalesOrderConnection = {
  __typename?: 'SalesOrderConnection';
  edges: Array<SalesOrderEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SalesOrderCreateInput = {
  carrier?: InputMaybe<Scalars['String']['input']>;
  carrierService?: InputMaybe<Scalars['String']['input']>;
  channelId: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
  /** The channel's own order id. Sending it again with the same input returns the same order; with other input it is refused (EXTERNAL_REF_CONFLICT). */
  externalRef?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<SalesOrderLineInput>;
  /** The owning partner; default: the channel's owner. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** 0 to 100, higher is more urgent (default 0). */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD. */
  requestedShipDate?: InputMaybe<Scalars['String']['input']>;
  shipFromWarehouseId?: InputMaybe<Scalars['ID']['input']>;
  /** Default: the customer's shipping address. */
  shippingAddress?: InputMaybe<AddressInput>;
};

export type SalesOrderCreatePayload = {
  __typename?: 'SalesOrderCreatePayload';
  salesOrder: Maybe<SalesOrder>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<SalesUserError>;
};

export type SalesOrderEdge = {
  __typename?: 'SalesOrderEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: SalesOrder;
};

export type SalesOrderFilter = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  externalRef?: InputMaybe<Scalars['String']['input']>;
  /** Ignored for a PARTNER key (its own partner's orders only) and a STOREFRONT key (its own channel's). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<SalesOrderStatus>>;
};

/** Quantities are in the item's unit; rates are percents. picked, packed and shipped count up; allocated is what is reserved and not yet picked: ordered = cancelled + backordered + allocated + picked. */
export type SalesOrderLine = Node & {
  __typename?: 'SalesOrderLine';
  /** Where the line's stock is reserved (location and lot), and how much of it is picked and shipped. */
  allocations: Array<StockAllocation>;
  discountPercent: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  item: Item;
  lineNo: Scalars['Int']['output'];
  quantityAllocated: Scalars['Decimal']['output'];
  quantityBackordered: Scalars['Decimal']['output'];
  quantityCancelled: Scalars['Decimal']['output'];
  quantityOrdered: Scalars['Decimal']['output'];
  quantityPacked: Scalars['Decimal']['output'];
  quantityPicked: Scalars['Decimal']['output'];
  quantityShipped: Scalars['Decimal']['output'];
  taxRate: Scalars['Decimal']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

export type SalesOrderLineInput = {
  /** Percent, 0 to 100 (default 0). */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  itemId: Scalars['ID']['input'];
  /** In the item's unit, no finer than the unit allows. */
  quantity: Scalars['Decimal']['input'];
  /** Percent, 0 to 100; default: the customer's default tax rate. */
  taxRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** Price per unit before discount; not negative. */
  unitPrice: Scalars['Decimal']['input'];
};

/** DRAFT -> CONFIRMED -> ALLOCATED / PARTIALLY_ALLOCATED / BACKORDERED -> PICKING -> PACKED -> PARTIALLY_SHIPPED / SHIPPED -> INVOICED -> CLOSED; DRAFT -> CREDIT_HOLD (over the credit limit, customer policy HOLD) -> CONFIRMED (salesOrderApproveCredit); CANCELLED from any state before the first shipment. */
export type SalesOrderStatus =
  | 'ALLOCATED'
  | 'BACKORDERED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'CONFIRMED'
  | 'CREDIT_HOLD'
  | 'DRAFT'
  | 'INVOICED'
  | 'PACKED'
  | 'PARTIALLY_ALLOCATED'
  | 'PARTIALLY_SHIPPED'
  | 'PICKING'
  | 'SHIPPED';

/** Only DRAFT orders can be edited. Fields left out stay; lines, when given, replace all lines. */
export type SalesOrderUpdateInput = {
  carrier?: InputMaybe<Scalars['String']['input']>;
  carrierService?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  lines?: InputMaybe<Array<SalesOrderLineInput>>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  requestedShipDate?: InputMaybe<Scalars['String']['input']>;
  shipFromWarehouseId?: InputMaybe<Scalars['ID']['input']>;
  /** null: back to the customer's shipping address. */
  shippingAddress?: InputMaybe<AddressInput>;
};

export type SalesOrderUpdatePayload = {
  __typename?: 'SalesOrderUpdatePayload';
  salesOrder: Maybe<SalesOrder>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<SalesUserError>;
};

export type SalesUserError = UserError & {
  __typename?: 'SalesUserError';
  code: SalesErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

/** One GS1 Application Identifier and its value, decoded. */
export type ScanElement = {
  __typename?: 'ScanElement';
  /** The Application Identifier, e.g. "01", "3103". */
  ai: Scalars['String']['output'];
  /** Date AIs (11, 13, 15, 17): YYYY-MM-DD, day 00 read as the last day of the month. */
  date: Maybe<Scalars['String']['output']>;
  /** 01 and 02: the GTIN-14. */
  gtin: Maybe<Scalars['String']['output']>;
  /** Measures (310n net weight, 330n gross weight) with their n decimals. */
  measure: Maybe<Scalars['Decimal']['output']>;
  /** Unit of `measure`, e.g. "kg". */
  measureUnit: Maybe<Scalars['String']['output']>;
  /** Offset of the AI's first digit in the raw scan (0-based). */
  position: Scalars['Int']['output'];
  /** Counts (30, 37). */
  quantity: Maybe<Scalars['Decimal']['output']>;
  /** The value as encoded. */
  raw: Scalars['String']['output'];
  /** The GS1 data title, e.g. "BATCH/LOT". */
  title: Scalars['String']['output'];
};

/** Why a scan cannot be read, and where. */
export type ScanError = {
  __typename?: 'ScanError';
  /** The AI the error is in, when one was read. */
  ai: Maybe<Scalars['String']['output']>;
  code: ScanErrorCode;
  message: Scalars['String']['output'];
  /** Offset of the offending character in the raw scan (0-based, counting any symbology identifier). */
  position: Scalars['Int']['output'];
};

export type ScanErrorCode =
  | 'CONFLICTING_AI'
  | 'EMPTY'
  | 'INVALID_CHARACTER'
  | 'INVALID_CHECK_DIGIT'
  | 'INVALID_DATE'
  | 'MALFORMED'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'UNKNOWN_AI';

/** What a scan identifies first; the other fields of the result say what else it resolved to. */
export type ScanKind =
  /** An SSCC (AI 00): a carton or pallet. */
  | 'CARTON'
  /** The scan is malformed: see `error`. */
  | 'INVALID'
  /** An item barcode or a GTIN (AI 01 or 02), known here or not (then `item` is null). */
  | 'ITEM'
  /** A location label. */
  | 'LOCATION'
  /** A lot number: plain, or AI 10 without a GTIN. */
  | 'LOT'
  /** A serial number: plain, or AI 21 without a GTIN. */
  | 'SERIAL'
  /** Nothing known here matches (or nothing the key may see). */
  | 'UNKNOWN';

/** What a scan means here, before anyone acts on it. */
export type ScanParseResult = {
  __typename?: 'ScanParseResult';
  /** The item barcode that matched. */
  barcode: Maybe<ItemBarcode>;
  /** GS1 elements in scan order (those read before an error, when there is one); empty for a plain scan. */
  elements: Array<ScanElement>;
  error: Maybe<ScanError>;
  /** Read as GS1 data (element string or parenthesised form). */
  gs1: Scalars['Boolean']['output'];
  /** The item the scan names: by barcode or GTIN (any of its 8/12/13/14-digit spellings), else by the one lot or serial it matched. */
  item: Maybe<Item>;
  kind: ScanKind;
  /** The location whose label carries the plain code. Needs warehouse:read. */
  location: Maybe<Location>;
  /** Lots with the scanned lot number (AI 10, or the plain code): of the scanned item when there is one, else of any item. Needs inventory:read. */
  lots: Maybe<Array<Lot>>;
  /** Base units the scan stands for: the barcode's pack quantity (12 for a case of twelve) times the count in AI 37 or 30 when given; 1 for one serial. */
  quantity: Maybe<Scalars['Decimal']['output']>;
  raw: Scalars['String']['output'];
  /** Serials with the scanned serial number (AI 21, or the plain code): of the scanned item when there is one, else of any item. Needs inventory:read. */
  serials: Maybe<Array<Serial>>;
  /** AI 00: the SSCC of a carton or pallet (cartons are not recorded yet). */
  sscc: Maybe<Scalars['String']['output']>;
  symbology: ScanSymbology;
  /** The AIM symbology identifier as sent, e.g. "]C1". */
  symbologyId: Maybe<Scalars['String']['output']>;
};

export type ScanSymbology =
  | 'CODE_128'
  | 'DATAMATRIX'
  | 'EAN_UPC'
  | 'GS1_128'
  | 'GS1_DATABAR'
  | 'GS1_DATAMATRIX'
  | 'GS1_DOTCODE'
  | 'GS1_QR'
  | 'NONE'
  | 'OTHER'
  | 'QR';

/** A serial number: in exactly one place, or gone. */
export type Serial = Node & {
  __typename?: 'Serial';
  id: Scalars['ID']['output'];
  item: Item;
  location: Maybe<Location>;
  /** Every move of this serial number, oldest first. */
  moves: Array<StockMove>;
  serialNumber: Scalars['String']['output'];
  status: SerialStatus;
  version: Scalars['Int']['output'];
  warehouse: Maybe<Warehouse>;
};

export type SerialStatus =
  | 'GONE'
  | 'IN_STOCK'
  | 'IN_TRANSIT';

export type Shipment = Node & {
  __typename?: 'Shipment';
  carrier: Maybe<Scalars['String']['output']>;
  carrierService: Maybe<Scalars['String']['output']>;
  cartons: Array<Carton>;
  id: Scalars['ID']['output'];
  /** The COGS journal entry. */
  journalEntryId: Maybe<Scalars['ID']['output']>;
  /** Filled when the shipment is confirmed: what shipped per order line and lot. */
  lines: Array<ShipmentLine>;
  number: Scalars['String']['output'];
  order: SalesOrder;
  status: ShipmentStatus;
  /** When each status was reached. */
  statusTimes: Array<ShipmentStatusTime>;
  /** One per carton that has one. */
  trackingNumbers: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  warehouse: Warehouse;
};

export type ShipmentConfirmInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  shipmentId: Scalars['ID']['input'];
  trackingNumbers?: InputMaybe<Array<CartonTrackingInput>>;
};

/** What a confirmed shipment shipped per order line and lot (a return names the line it returns). */
export type ShipmentLine = Node & {
  __typename?: 'ShipmentLine';
  /** Cost of goods sold for these units (the issue moves' value). */
  cost: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  item: Item;
  lot: Maybe<Lot>;
  orderLine: SalesOrderLine;
  quantity: Scalars['Decimal']['output'];
  /** Units of this line authorized for return (never above quantity). */
  quantityReturned: Scalars['Decimal']['output'];
  serialNumbers: Array<Scalars['String']['output']>;
};

export type ShipmentPackInput = {
  carrier?: InputMaybe<Scalars['String']['input']>;
  carrierService?: InputMaybe<Scalars['String']['input']>;
  cartons: Array<CartonPackInput>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};

export type ShipmentPayload = {
  __typename?: 'ShipmentPayload';
  shipment: Maybe<Shipment>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<FulfillmentUserError>;
};

/** CREATED -> PICKED -> PACKED -> SHIPPED -> IN_TRANSIT -> DELIVERED, or EXCEPTION, RETURNED_TO_SENDER. */
export type ShipmentStatus =
  | 'CANCELLED'
  | 'CREATED'
  | 'DELIVERED'
  | 'EXCEPTION'
  | 'IN_TRANSIT'
  | 'PACKED'
  | 'PICKED'
  | 'RETURNED_TO_SENDER'
  | 'SHIPPED';

export type ShipmentStatusTime = {
  __typename?: 'ShipmentStatusTime';
  at: Scalars['DateTime']['output'];
  status: ShipmentStatus;
};

export type ShipmentTrackInput = {
  detail?: InputMaybe<Scalars['String']['input']>;
  /** The carrier's event id: recording it again changes nothing. */
  eventId: Scalars['String']['input'];
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  shipmentId: Scalars['ID']['input'];
  /** IN_TRANSIT, DELIVERED, EXCEPTION or RETURNED_TO_SENDER. */
  status: ShipmentStatus;
};

/** A shipment changed: its status, carrier or tracking numbers. */
export type ShipmentUpdatedEvent = {
  __typename?: 'ShipmentUpdatedEvent';
  carrier: Maybe<Scalars['String']['output']>;
  /** Pass as `after` when resubscribing to resume without a gap. */
  cursor: Scalars['String']['output'];
  /** When the change happened (a carrier's scan time for a tracking update). */
  occurredAt: Scalars['DateTime']['output'];
  /** The shipment's sales order as it is now. */
  order: Maybe<SalesOrder>;
  orderId: Scalars['ID']['output'];
  /** null when the shipment was created. */
  previousStatus: Maybe<ShipmentStatus>;
  /** The shipment as it is now (null for a key that may not see its order). */
  shipment: Maybe<Shipment>;
  shipmentId: Scalars['ID']['output'];
  status: ShipmentStatus;
  /** One per carton. */
  trackingNumbers: Array<Scalars['String']['output']>;
  /** The shipment version this event announces; drop it if you have seen a higher one. */
  version: Scalars['Int']['output'];
};

/** Every given criterion must hold; none given: every shipment the key may see. */
export type ShipmentUpdatedFilter = {
  /** Only the shipments of these sales orders. */
  orderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these shipments. */
  shipmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type ShipmentUpdatedPayload = {
  __typename?: 'ShipmentUpdatedPayload';
  carrier: Maybe<Scalars['String']['output']>;
  orderId: Scalars['ID']['output'];
  previousStatus: Maybe<Scalars['String']['output']>;
  shipmentId: Scalars['ID']['output'];
  status: Scalars['String']['output'];
  trackingNumbers: Array<Scalars['String']['output']>;
};

/** What a storefront may sell of one SKU. Never carries a cost. */
export type SkuAvailability = {
  __typename?: 'SkuAvailability';
  /** Available across the warehouses listed. */
  available: Scalars['Decimal']['output'];
  /** False when no active item has this SKU. */
  found: Scalars['Boolean']['output'];
  /** The item's SKU (as the catalog spells it), or the SKU as asked when not found. Answers follow the order asked. */
  sku: Scalars['String']['output'];
  warehouses: Array<WarehouseAvailability>;
};

export type StockAdjustInput = {
  /** Let an expired lot (found stock) into a sellable location. */
  allowExpired?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<StockAdjustLineInput>;
  memo?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reasonCode: AdjustmentReason;
  reference?: InputMaybe<Scalars['String']['input']>;
  warehouseId: Scalars['ID']['input'];
};

export type StockAdjustLineInput = {
  expiryDate?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  locationId: Scalars['ID']['input'];
  lotNumber?: InputMaybe<Scalars['String']['input']>;
  /** Negative takes stock out (a loss); positive adds it (a gain). */
  quantity: Scalars['Decimal']['input'];
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Gains only: cost per unit (default: the current cost of the item in the warehouse). */
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
};

export type StockAdjustPayload = {
  __typename?: 'StockAdjustPayload';
  document: Maybe<StockDocument>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<InventoryUserError>;
};

/** Stock reserved for an order line in one location and lot. */
export type StockAllocation = {
  __typename?: 'StockAllocation';
  location: Location;
  lot: Maybe<Lot>;
  quantity: Scalars['Decimal']['output'];
  quantityPicked: Scalars['Decimal']['output'];
  quantityShipped: Scalars['Decimal']['output'];
  status: AllocationStatus;
};

/** A posted receipt, move between locations or adjustment. */
export type StockDocument = Node & {
  __typename?: 'StockDocument';
  actor: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Needs ledger:read. */
  journalEntry: Maybe<JournalEntry>;
  memo: Maybe<Scalars['String']['output']>;
  moves: Array<StockMove>;
  number: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  reasonCode: Maybe<Scalars['String']['output']>;
  reference: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  type: StockDocumentType;
  version: Scalars['Int']['output'];
  warehouse: Warehouse;
};

export type StockDocumentConnection = {
  __typename?: 'StockDocumentConnection';
  edges: Array<StockDocumentEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type StockDocumentEdge = {
  __typename?: 'StockDocumentEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: StockDocument;
};

export type StockDocumentType =
  | 'ADJUSTMENT'
  | 'LOCATION_MOVE'
  | 'RECEIPT';

/** Stock kept for a cart in one warehouse until expiresAt; availability subtracts it while it is ACTIVE. */
export type StockHold = Node & {
  __typename?: 'StockHold';
  channel: Maybe<SalesChannel>;
  createdAt: Scalars['DateTime']['output'];
  /** When the hold stops counting, by the database's clock. */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lines: Array<StockHoldLine>;
  status: StockHoldStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Rises with every change. */
  version: Scalars['Int']['output'];
  warehouse: Warehouse;
};

/** Lines of several items are held in one warehouse together, or not at all. */
export type StockHoldInput = {
  /** The sales channel the cart belongs to. */
  channelId?: InputMaybe<Scalars['ID']['input']>;
  /** A replay with the same key returns the first hold and holds nothing again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<StockHoldLineInput>;
  /** Seconds the hold lives, 1 to 86400 (default 900). */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Where to hold. Left out: the active warehouse that can hold every line (of several, the one with most available); when none can, the hold is refused. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a hold keeps of one item, in the item's unit. */
export type StockHoldLine = {
  __typename?: 'StockHoldLine';
  item: Item;
  quantity: Scalars['Decimal']['output'];
};

export type StockHoldLineInput = {
  itemId: Scalars['ID']['input'];
  /** In the item's unit, greater than zero and no finer than the unit allows. */
  quantity: Scalars['Decimal']['input'];
};

export type StockHoldPayload = {
  __typename?: 'StockHoldPayload';
  hold: Maybe<StockHold>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<SalesUserError>;
};

export type StockHoldReleaseInput = {
  id: Scalars['ID']['input'];
};

export type StockHoldReleasePayload = {
  __typename?: 'StockHoldReleasePayload';
  hold: Maybe<StockHold>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<SalesUserError>;
};

/** ACTIVE holds keep their stock until expiresAt; from then on they are EXPIRED and keep nothing (no job runs: they simply stop counting). CONSUMED by a confirmed order, or RELEASED. */
export type StockHoldStatus =
  | 'ACTIVE'
  | 'CONSUMED'
  | 'EXPIRED'
  | 'RELEASED';

/** On hand of an item in a location (and lot). */
export type StockLevel = {
  __typename?: 'StockLevel';
  item: Item;
  location: Location;
  lot: Maybe<Lot>;
  onHand: Scalars['Decimal']['output'];
  warehouse: Warehouse;
};

export type StockLevelChangedEvent = {
  __typename?: 'StockLevelChangedEvent';
  allocated: Scalars['Decimal']['output'];
  /** Sellable on hand minus allocated minus held. */
  available: Scalars['Decimal']['output'];
  /** Pass as `after` when resubscribing to resume without a gap. */
  cursor: Scalars['String']['output'];
  /** Kept by live checkout holds at the change. A hold that expires sends no event: the figure falls at the next change. */
  held: Scalars['Decimal']['output'];
  inTransit: Scalars['Decimal']['output'];
  occurredAt: Scalars['DateTime']['output'];
  onHand: Scalars['Decimal']['output'];
  sellableOnHand: Scalars['Decimal']['output'];
  sku: Scalars['String']['output'];
  /** Rises with every change of this item in this warehouse: drop an event older than one you have. */
  version: Scalars['Int']['output'];
  warehouseCode: Scalars['String']['output'];
};

export type StockLevelChangedPayload = {
  __typename?: 'StockLevelChangedPayload';
  allocated: Scalars['Decimal']['output'];
  available: Scalars['Decimal']['output'];
  held: Scalars['Decimal']['output'];
  inTransit: Scalars['Decimal']['output'];
  itemId: Scalars['ID']['output'];
  onHand: Scalars['Decimal']['output'];
  sellableOnHand: Scalars['Decimal']['output'];
  sku: Scalars['String']['output'];
  warehouseCode: Scalars['String']['output'];
  warehouseId: Scalars['ID']['output'];
};

export type StockLevelConnection = {
  __typename?: 'StockLevelConnection';
  edges: Array<StockLevelEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type StockLevelEdge = {
  __typename?: 'StockLevelEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: StockLevel;
};

export type StockLevelFilter = {
  /** Levels as they stood at this instant. */
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  /** Include rows at zero (current levels only). */
  includeZero?: InputMaybe<Scalars['Boolean']['input']>;
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  lotId?: InputMaybe<Scalars['ID']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** One movement of stock; append-only. */
export type StockMove = Node & {
  __typename?: 'StockMove';
  actor: Scalars['String']['output'];
  document: DocumentRef;
  fromLocation: Maybe<Location>;
  fromWarehouse: Maybe<Warehouse>;
  id: Scalars['ID']['output'];
  item: Item;
  /** The journal entry posted with this move (null when it moved no value). Needs ledger:read. */
  journalEntry: Maybe<JournalEntry>;
  lot: Maybe<Lot>;
  /** When it happened (the document date). */
  occurredAt: Scalars['DateTime']['output'];
  quantity: Scalars['Decimal']['output'];
  reason: MoveReason;
  reasonCode: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  serialNumbers: Array<Scalars['String']['output']>;
  toLocation: Maybe<Location>;
  toWarehouse: Maybe<Warehouse>;
  /** Cost per unit the move carried. Needs costs:read. */
  unitCost: Scalars['Decimal']['output'];
  /** Total cost the move carried (taken from or added to cost layers). Needs costs:read. */
  value: Scalars['Decimal']['output'];
};

export type StockMoveConnection = {
  __typename?: 'StockMoveConnection';
  edges: Array<StockMoveEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type StockMoveEdge = {
  __typename?: 'StockMoveEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: StockMove;
};

export type StockMoveFilter = {
  /** Global id of a StockDocument, StockTransfer or InventoryCount. */
  documentId?: InputMaybe<Scalars['ID']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Moves from or to this location. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  lotId?: InputMaybe<Scalars['ID']['input']>;
  occurredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  occurredTo?: InputMaybe<Scalars['DateTime']['input']>;
  reason?: InputMaybe<MoveReason>;
  serialNumber?: InputMaybe<Scalars['String']['input']>;
  /** Moves from or to this warehouse. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type StockMoveInput = {
  /** Let an expired lot into a sellable location. */
  allowExpired?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<StockMoveLineInput>;
  memo?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  warehouseId: Scalars['ID']['input'];
};

export type StockMoveLineInput = {
  fromLocationId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
  lotNumber?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Decimal']['input'];
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  toLocationId: Scalars['ID']['input'];
};

export type StockMovePayload = {
  __typename?: 'StockMovePayload';
  document: Maybe<StockDocument>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<InventoryUserError>;
};

export type StockReceiveInput = {
  /** Let an expired lot into a sellable location. */
  allowExpired?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<StockReceiveLineInput>;
  memo?: InputMaybe<Scalars['String']['input']>;
  /** Document date (default now); must fall in an open period and not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The supplier's delivery note or similar. */
  reference?: InputMaybe<Scalars['String']['input']>;
  warehouseId: Scalars['ID']['input'];
};

export type StockReceiveLineInput = {
  /** YYYY-MM-DD; required for new lots of items that need one. */
  expiryDate?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  locationId: Scalars['ID']['input'];
  lotNumber?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Decimal']['input'];
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Cost per base unit, up to 6 decimal places. */
  unitCost: Scalars['Decimal']['input'];
};

export type StockReceivePayload = {
  __typename?: 'StockReceivePayload';
  document: Maybe<StockDocument>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<InventoryUserError>;
};

/** An item in a warehouse: on hand, what of it is sellable, allocated, held by checkout holds, available and in transit to it. */
export type StockSummary = {
  __typename?: 'StockSummary';
  allocated: Scalars['Decimal']['output'];
  /** Sellable on hand minus allocated minus held. */
  available: Scalars['Decimal']['output'];
  /** Kept by live checkout holds (stockHold); an expired hold no longer counts. */
  held: Scalars['Decimal']['output'];
  /** Shipped to this warehouse by transfers and not yet received. */
  inTransit: Scalars['Decimal']['output'];
  item: Item;
  /** In the warehouse's locations (not in transit). */
  onHand: Scalars['Decimal']['output'];
  /** On hand in sellable locations. */
  sellableOnHand: Scalars['Decimal']['output'];
  /** Value of the stock in the warehouse (its cost layers). Needs costs:read. */
  value: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
  warehouse: Warehouse;
};

export type StockTransfer = Node & {
  __typename?: 'StockTransfer';
  fromWarehouse: Warehouse;
  id: Scalars['ID']['output'];
  lines: Array<StockTransferLine>;
  moves: Array<StockMove>;
  number: Scalars['String']['output'];
  /** Needs ledger:read. */
  receiveEntry: Maybe<JournalEntry>;
  receivedAt: Maybe<Scalars['DateTime']['output']>;
  receivedBy: Maybe<Scalars['String']['output']>;
  reference: Maybe<Scalars['String']['output']>;
  /** Needs ledger:read. */
  shipEntry: Maybe<JournalEntry>;
  shippedAt: Scalars['DateTime']['output'];
  shippedBy: Scalars['String']['output'];
  status: TransferStatus;
  toWarehouse: Warehouse;
  version: Scalars['Int']['output'];
};

export type StockTransferConnection = {
  __typename?: 'StockTransferConnection';
  edges: Array<StockTransferEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type StockTransferEdge = {
  __typename?: 'StockTransferEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: StockTransfer;
};

export type StockTransferLine = {
  __typename?: 'StockTransferLine';
  fromLocation: Location;
  id: Scalars['ID']['output'];
  item: Item;
  lineNo: Scalars['Int']['output'];
  lot: Maybe<Lot>;
  /** Shipped and not received: posted as a loss at receipt. */
  quantityLost: Scalars['Decimal']['output'];
  quantityReceived: Scalars['Decimal']['output'];
  quantityShipped: Scalars['Decimal']['output'];
  serialNumbers: Maybe<Array<Scalars['String']['output']>>;
};

export type StockTransferReceiveInput = {
  allowExpired?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Every transfer line at least once; a line may be split over locations. */
  lines: Array<StockTransferReceiveLineInput>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  transferId: Scalars['ID']['input'];
};

export type StockTransferReceiveLineInput = {
  /** What arrived; 0 records the line lost. */
  quantity: Scalars['Decimal']['input'];
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  toLocationId: Scalars['ID']['input'];
  transferLineId: Scalars['ID']['input'];
};

export type StockTransferReceivePayload = {
  __typename?: 'StockTransferReceivePayload';
  transfer: Maybe<StockTransfer>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<InventoryUserError>;
};

export type StockTransferShipInput = {
  fromWarehouseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<StockTransferShipLineInput>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  toWarehouseId: Scalars['ID']['input'];
};

export type StockTransferShipLineInput = {
  fromLocationId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
  lotNumber?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Decimal']['input'];
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type StockTransferShipPayload = {
  __typename?: 'StockTransferShipPayload';
  transfer: Maybe<StockTransfer>;
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<InventoryUserError>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The events feed, live: the same rows in the same order with the same authorization as the `events` query; replays everything after `after` first, then streams committed events as they are numbered. */
  events: Event;
  /** Every change to items (all, or those with the given SKUs), in commit order. */
  itemChanged: ItemChangedEvent;
  /** Every status change of sales orders (creation as DRAFT included), in commit order. Filter by orders, customer or channel; resume with `after`. A sales:read key receives every event; a PARTNER key (partner:self) only those of its own partner's orders; a STOREFRONT key (sales:place) only those of its own channel's orders, and never a cost. */
  orderStatusChanged: OrderStatusChangedEvent;
  /** Every change of shipments (status, carrier, tracking numbers), in commit order. Filter by sales orders or shipments; resume with `after`. A sales:read key receives every event; a PARTNER key (partner:self) only those of its own partner's orders; a STOREFRONT key (sales:place) only those of its own channel's orders, and never a cost. */
  shipmentUpdated: ShipmentUpdatedEvent;
  /** Live stock per item and warehouse (on hand, allocated, held, available, in transit), in commit order. Filter by SKUs and warehouse codes; resume with `after`. */
  stockLevelChanged: StockLevelChangedEvent;
};


export type SubscriptionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<EventType>>;
};


export type SubscriptionItemChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type SubscriptionOrderStatusChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderStatusChangedFilter>;
};


export type SubscriptionShipmentUpdatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ShipmentUpdatedFilter>;
};


export type SubscriptionStockLevelChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
  warehouseCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How units of an item are told apart: not at all, by lot, or one by one by serial number. */
export type TrackingMode =
  | 'LOT'
  | 'NONE'
  | 'SERIAL';

export type TransferStatus =
  | 'RECEIVED'
  | 'SHIPPED';

export type TrialBalance = {
  __typename?: 'TrialBalance';
  asOf: Scalars['DateTime']['output'];
  /** totalDebit equals totalCredit (always, by construction). */
  balanced: Scalars['Boolean']['output'];
  lines: Array<TrialBalanceLine>;
  totalCredit: Scalars['Decimal']['output'];
  totalDebit: Scalars['Decimal']['output'];
};

export type TrialBalanceLine = {
  __typename?: 'TrialBalanceLine';
  account: Account;
  /** Debits minus credits. */
  balance: Scalars['Decimal']['output'];
  credit: Scalars['Decimal']['output'];
  debit: Scalars['Decimal']['output'];
};

/** A unit of measure; `decimals` is how finely it can be counted (EA: 0). */
export type Unit = Node & {
  __typename?: 'Unit';
  code: Scalars['String']['output'];
  decimals: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type UserError = {
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

/** How issues are costed: FIFO cost layers or a moving average, per item and warehouse. */
export type ValuationMethod =
  | 'FIFO'
  | 'MOVING_AVERAGE';

/** The access key making this request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** For a STOREFRONT key: the sales channel it is bound to (its orders go there, and it sees that channel's orders only). */
  channel: Maybe<SalesChannel>;
  keyId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
  /** Scopes granted by the role: catalog:read, catalog:write, warehouse:read, warehouse:write, availability:read, inventory:read, inventory:write, inventory:approve, costs:read, ledger:read, ledger:write, ledger:close, ledger:admin, partners:read, partners:write, partner:self, sales:read, sales:write, sales:place, credit:approve, stock:hold, billing:read, billing:write, keys:admin. */
  scopes: Array<Scalars['String']['output']>;
};

export type Warehouse = Node & {
  __typename?: 'Warehouse';
  active: Scalars['Boolean']['output'];
  address: Address;
  /** Issues may take on-hand below zero here. */
  allowNegativeStock: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** A location of this warehouse by code (case-insensitive). */
  locationByCode: Maybe<Location>;
  /** Locations in creation order. */
  locations: LocationConnection;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  zones: Array<Zone>;
};


export type WarehouseLocationByCodeArgs = {
  code: Scalars['String']['input'];
};


export type WarehouseLocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WarehouseAvailability = {
  __typename?: 'WarehouseAvailability';
  allocated: Scalars['Decimal']['output'];
  /** Sellable on hand minus allocated minus held. */
  available: Scalars['Decimal']['output'];
  /** Kept by live checkout holds (stockHold); an expired hold no longer counts. */
  held: Scalars['Decimal']['output'];
  /** On its way to this warehouse by transfer. */
  inTransit: Scalars['Decimal']['output'];
  /** On hand in sellable locations. */
  onHand: Scalars['Decimal']['output'];
  warehouseCode: Scalars['String']['output'];
  warehouseName: Scalars['String']['output'];
};

export type WarehouseConnection = {
  __typename?: 'WarehouseConnection';
  edges: Array<WarehouseEdge>;
  pageInfo: PageInfo;
  /** Number of objects matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type WarehouseCreateInput = {
  address?: InputMaybe<AddressInput>;
  /** Allow issues below zero on hand (default false). */
  allowNegativeStock?: InputMaybe<Scalars['Boolean']['input']>;
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type WarehouseCreatePayload = {
  __typename?: 'WarehouseCreatePayload';
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<WarehouseUserError>;
  warehouse: Maybe<Warehouse>;
};

export type WarehouseDeactivateInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type WarehouseDeactivatePayload = {
  __typename?: 'WarehouseDeactivatePayload';
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<WarehouseUserError>;
  warehouse: Maybe<Warehouse>;
};

export type WarehouseEdge = {
  __typename?: 'WarehouseEdge';
  /** Opaque cursor: pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Warehouse;
};

export type WarehouseErrorCode =
  | 'DUPLICATE_BARCODE'
  | 'DUPLICATE_CODE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID'
  | 'LOCATION_HAS_STOCK'
  | 'NEGATIVE_STOCK_EXISTS'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'SYSTEM_LOCATION'
  | 'TOO_LONG'
  | 'UNKNOWN_WAREHOUSE'
  | 'UNKNOWN_ZONE'
  | 'VERSION_CONFLICT'
  | 'ZONE_IN_OTHER_WAREHOUSE';

export type WarehouseFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive substring of code or name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type WarehouseUpdateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  address?: InputMaybe<AddressInput>;
  allowNegativeStock?: InputMaybe<Scalars['Boolean']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type WarehouseUpdatePayload = {
  __typename?: 'WarehouseUpdatePayload';
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<WarehouseUserError>;
  warehouse: Maybe<Warehouse>;
};

export type WarehouseUserError = UserError & {
  __typename?: 'WarehouseUserError';
  code: WarehouseErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person to read. */
  message: Scalars['String']['output'];
};

export type Wave = Node & {
  __typename?: 'Wave';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  pickLists: Array<PickList>;
  status: WaveStatus;
  strategy: WaveStrategy;
  warehouse: Warehouse;
};

export type WaveReleaseInput = {
  carrier?: InputMaybe<Scalars['String']['input']>;
  channelId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Most orders in the wave (default 50, at most 500). */
  maxOrders?: InputMaybe<Scalars['Int']['input']>;
  minPriority?: InputMaybe<Scalars['Int']['input']>;
  /** These orders; otherwise every order of the warehouse matching the filter below. */
  orderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** BATCH and CLUSTER: most orders per pick list (default 10). */
  ordersPerList?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD: orders requested to ship by then (an order with no date counts as today). */
  shipByDate?: InputMaybe<Scalars['String']['input']>;
  strategy: WaveStrategy;
  warehouseId: Scalars['ID']['input'];
};

export type WaveReleasePayload = {
  __typename?: 'WaveReleasePayload';
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<FulfillmentUserError>;
  wave: Maybe<Wave>;
};

export type WaveStatus =
  | 'COMPLETED'
  | 'RELEASED';

/** How a wave cuts its pick lists. */
export type WaveStrategy =
  | 'BATCH'
  | 'CLUSTER'
  | 'DISCRETE'
  | 'ZONE';

export type Zone = Node & {
  __typename?: 'Zone';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  warehouse: Warehouse;
};

export type ZoneCreateInput = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  warehouseId: Scalars['ID']['input'];
};

export type ZoneCreatePayload = {
  __typename?: 'ZoneCreatePayload';
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<WarehouseUserError>;
  zone: Maybe<Zone>;
};

export type ZoneUpdateInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type ZoneUpdatePayload = {
  __typename?: 'ZoneUpdatePayload';
  /** Business-rule failures; empty when the mutation succeeded. */
  userErrors: Array<WarehouseUserError>;
  zone: Maybe<Zone>;
};

export type AccessItemCostQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessItemCostQuery = { __typename?: 'Query', item: { __typename?: 'Item', id: string, sku: string, standardCost: string | null } | null };

export type AccessItemsWithCostQueryVariables = Exact<{
  skus?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type AccessItemsWithCostQuery = { __typename?: 'Query', items: { __typename?: 'ItemConnection', edges: Array<{ __typename?: 'ItemEdge', node: { __typename?: 'Item', sku: string, standardCost: string | null } }> } };

export type AccessItemCreateWithCostMutationVariables = Exact<{
  input: ItemCreateInput;
}>;


export type AccessItemCreateWithCostMutation = { __typename?: 'Mutation', itemCreate: { __typename?: 'ItemCreatePayload', item: { __typename?: 'Item', id: string, sku: string, standardCost: string | null } | null, userErrors: Array<{ __typename?: 'CatalogUserError', code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type AccessNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessNodeQuery = { __typename?: 'Query', node:
    | { __typename: 'Account', id: string }
    | { __typename: 'ApiKey', name: string, role: Role, id: string }
    | { __typename: 'Carton', id: string }
    | { __typename: 'Category', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'FiscalPeriod', id: string }
    | { __typename: 'InventoryCount', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Item', id: string }
    | { __typename: 'ItemBarcode', id: string }
    | { __typename: 'JournalEntry', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'Partner', code: string, id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PickList', id: string }
    | { __typename: 'PickTask', id: string }
    | { __typename: 'ReturnAuthorization', id: string }
    | { __typename: 'ReturnLine', id: string }
    | { __typename: 'SalesChannel', id: string }
    | { __typename: 'SalesOrder', id: string }
    | { __typename: 'SalesOrderLine', id: string }
    | { __typename: 'Serial', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShipmentLine', id: string }
    | { __typename: 'StockDocument', id: string }
    | { __typename: 'StockHold', id: string }
    | { __typename: 'StockMove', id: string }
    | { __typename: 'StockTransfer', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'Warehouse', id: string }
    | { __typename: 'Wave', id: string }
    | { __typename: 'Zone', id: string }
   | null };

export type AccessWarehouseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessWarehouseQuery = { __typename?: 'Query', warehouse: { __typename?: 'Warehouse', id: string, code: string } | null };

export type AccessApiKeysAllQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessApiKeysAllQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, edges: Array<{ __typename?: 'ApiKeyEdge', node: { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: Role, createdBy: string, revokedAt: string | null, partner: { __typename?: 'Partner', code: string } | null } }> } };

export type InvoiceFieldsFragment = { __typename?: 'Invoice', id: string, number: string | null, kind: InvoiceKind, status: InvoiceStatus, issueDate: string, dueDate: string | null, netTotal: string, taxTotal: string, total: string, amountApplied: string, amountOpen: string, version: number, shipmentId: string | null, returnId: string | null, journalEntryId: string | null, customer: { __typename?: 'Customer', id: string, code: string }, order: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus } | null, creditOf: { __typename?: 'Invoice', id: string, number: string | null } | null, lines: Array<{ __typename?: 'InvoiceLine', id: string, lineNo: number, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, netAmount: string, taxAmount: string, totalAmount: string, quantityCredited: string, shipmentLineId: string | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, payment: { __typename?: 'Payment', id: string, number: string } | null, creditNote: { __typename?: 'Invoice', id: string, number: string | null } | null }> };

export type PaymentFieldsFragment = { __typename?: 'Payment', id: string, number: string, kind: PaymentKind, status: PaymentStatus, amount: string, amountApplied: string, amountUnapplied: string, paymentDate: string, method: PaymentMethod, reference: string | null, reversedOn: string | null, customer: { __typename?: 'Customer', id: string, code: string }, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, invoice: { __typename?: 'Invoice', id: string, number: string | null } | null, refund: { __typename?: 'Payment', id: string, number: string } | null }> };

export type InvoicesQueryVariables = Exact<{
  filter?: InputMaybe<InvoiceFilterInput>;
}>;


export type InvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, edges: Array<{ __typename?: 'InvoiceEdge', node: { __typename?: 'Invoice', id: string, number: string | null, kind: InvoiceKind, status: InvoiceStatus, issueDate: string, dueDate: string | null, netTotal: string, taxTotal: string, total: string, amountApplied: string, amountOpen: string, version: number, shipmentId: string | null, returnId: string | null, journalEntryId: string | null, customer: { __typename?: 'Customer', id: string, code: string }, order: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus } | null, creditOf: { __typename?: 'Invoice', id: string, number: string | null } | null, lines: Array<{ __typename?: 'InvoiceLine', id: string, lineNo: number, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, netAmount: string, taxAmount: string, totalAmount: string, quantityCredited: string, shipmentLineId: string | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, payment: { __typename?: 'Payment', id: string, number: string } | null, creditNote: { __typename?: 'Invoice', id: string, number: string | null } | null }> } }> } };

export type InvoiceByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceByIdQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', id: string, number: string | null, kind: InvoiceKind, status: InvoiceStatus, issueDate: string, dueDate: string | null, netTotal: string, taxTotal: string, total: string, amountApplied: string, amountOpen: string, version: number, shipmentId: string | null, returnId: string | null, journalEntryId: string | null, customer: { __typename?: 'Customer', id: string, code: string }, order: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus } | null, creditOf: { __typename?: 'Invoice', id: string, number: string | null } | null, lines: Array<{ __typename?: 'InvoiceLine', id: string, lineNo: number, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, netAmount: string, taxAmount: string, totalAmount: string, quantityCredited: string, shipmentLineId: string | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, payment: { __typename?: 'Payment', id: string, number: string } | null, creditNote: { __typename?: 'Invoice', id: string, number: string | null } | null }> } | null };

export type InvoiceCreateMutationVariables = Exact<{
  input: InvoiceCreateInput;
}>;


export type InvoiceCreateMutation = { __typename?: 'Mutation', invoiceCreate: { __typename?: 'InvoicePayload', invoice: { __typename?: 'Invoice', id: string, number: string | null, kind: InvoiceKind, status: InvoiceStatus, issueDate: string, dueDate: string | null, netTotal: string, taxTotal: string, total: string, amountApplied: string, amountOpen: string, version: number, shipmentId: string | null, returnId: string | null, journalEntryId: string | null, customer: { __typename?: 'Customer', id: string, code: string }, order: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus } | null, creditOf: { __typename?: 'Invoice', id: string, number: string | null } | null, lines: Array<{ __typename?: 'InvoiceLine', id: string, lineNo: number, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, netAmount: string, taxAmount: string, totalAmount: string, quantityCredited: string, shipmentLineId: string | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, payment: { __typename?: 'Payment', id: string, number: string } | null, creditNote: { __typename?: 'Invoice', id: string, number: string | null } | null }> } | null, userErrors: Array<{ __typename?: 'BillingUserError', code: BillingErrorCode, message: string, field: Array<string> | null }> } };

export type CreditNoteCreateMutationVariables = Exact<{
  input: CreditNoteCreateInput;
}>;


export type CreditNoteCreateMutation = { __typename?: 'Mutation', creditNoteCreate: { __typename?: 'InvoicePayload', invoice: { __typename?: 'Invoice', id: string, number: string | null, kind: InvoiceKind, status: InvoiceStatus, issueDate: string, dueDate: string | null, netTotal: string, taxTotal: string, total: string, amountApplied: string, amountOpen: string, version: number, shipmentId: string | null, returnId: string | null, journalEntryId: string | null, customer: { __typename?: 'Customer', id: string, code: string }, order: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus } | null, creditOf: { __typename?: 'Invoice', id: string, number: string | null } | null, lines: Array<{ __typename?: 'InvoiceLine', id: string, lineNo: number, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, netAmount: string, taxAmount: string, totalAmount: string, quantityCredited: string, shipmentLineId: string | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, payment: { __typename?: 'Payment', id: string, number: string } | null, creditNote: { __typename?: 'Invoice', id: string, number: string | null } | null }> } | null, userErrors: Array<{ __typename?: 'BillingUserError', code: BillingErrorCode, message: string, field: Array<string> | null }> } };

export type PaymentReceiveMutationVariables = Exact<{
  input: PaymentReceiveInput;
}>;


export type PaymentReceiveMutation = { __typename?: 'Mutation', paymentReceive: { __typename?: 'PaymentPayload', payment: { __typename?: 'Payment', id: string, number: string, kind: PaymentKind, status: PaymentStatus, amount: string, amountApplied: string, amountUnapplied: string, paymentDate: string, method: PaymentMethod, reference: string | null, reversedOn: string | null, customer: { __typename?: 'Customer', id: string, code: string }, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, invoice: { __typename?: 'Invoice', id: string, number: string | null } | null, refund: { __typename?: 'Payment', id: string, number: string } | null }> } | null, userErrors: Array<{ __typename?: 'BillingUserError', code: BillingErrorCode, message: string, field: Array<string> | null }> } };

export type CreditApplyMutationVariables = Exact<{
  input: CreditApplyInput;
}>;


export type CreditApplyMutation = { __typename?: 'Mutation', creditApply: { __typename?: 'CreditApplyPayload', payment: { __typename?: 'Payment', id: string, number: string, kind: PaymentKind, status: PaymentStatus, amount: string, amountApplied: string, amountUnapplied: string, paymentDate: string, method: PaymentMethod, reference: string | null, reversedOn: string | null, customer: { __typename?: 'Customer', id: string, code: string }, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, invoice: { __typename?: 'Invoice', id: string, number: string | null } | null, refund: { __typename?: 'Payment', id: string, number: string } | null }> } | null, creditNote: { __typename?: 'Invoice', id: string, number: string | null, kind: InvoiceKind, status: InvoiceStatus, issueDate: string, dueDate: string | null, netTotal: string, taxTotal: string, total: string, amountApplied: string, amountOpen: string, version: number, shipmentId: string | null, returnId: string | null, journalEntryId: string | null, customer: { __typename?: 'Customer', id: string, code: string }, order: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus } | null, creditOf: { __typename?: 'Invoice', id: string, number: string | null } | null, lines: Array<{ __typename?: 'InvoiceLine', id: string, lineNo: number, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, netAmount: string, taxAmount: string, totalAmount: string, quantityCredited: string, shipmentLineId: string | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, payment: { __typename?: 'Payment', id: string, number: string } | null, creditNote: { __typename?: 'Invoice', id: string, number: string | null } | null }> } | null, userErrors: Array<{ __typename?: 'BillingUserError', code: BillingErrorCode, message: string, field: Array<string> | null }> } };

export type RefundIssueMutationVariables = Exact<{
  input: RefundIssueInput;
}>;


export type RefundIssueMutation = { __typename?: 'Mutation', refundIssue: { __typename?: 'PaymentPayload', payment: { __typename?: 'Payment', id: string, number: string, kind: PaymentKind, status: PaymentStatus, amount: string, amountApplied: string, amountUnapplied: string, paymentDate: string, method: PaymentMethod, reference: string | null, reversedOn: string | null, customer: { __typename?: 'Customer', id: string, code: string }, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, invoice: { __typename?: 'Invoice', id: string, number: string | null } | null, refund: { __typename?: 'Payment', id: string, number: string } | null }> } | null, userErrors: Array<{ __typename?: 'BillingUserError', code: BillingErrorCode, message: string, field: Array<string> | null }> } };

export type PaymentReverseMutationVariables = Exact<{
  input: PaymentReverseInput;
}>;


export type PaymentReverseMutation = { __typename?: 'Mutation', paymentReverse: { __typename?: 'PaymentPayload', payment: { __typename?: 'Payment', id: string, number: string, kind: PaymentKind, status: PaymentStatus, amount: string, amountApplied: string, amountUnapplied: string, paymentDate: string, method: PaymentMethod, reference: string | null, reversedOn: string | null, customer: { __typename?: 'Customer', id: string, code: string }, applications: Array<{ __typename?: 'ArApplication', amount: string, appliedOn: string, reversedOn: string | null, invoice: { __typename?: 'Invoice', id: string, number: string | null } | null, refund: { __typename?: 'Payment', id: string, number: string } | null }> } | null, userErrors: Array<{ __typename?: 'BillingUserError', code: BillingErrorCode, message: string, field: Array<string> | null }> } };

export type ArAgingQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ArAgingQuery = { __typename?: 'Query', arAging: { __typename?: 'ArAging', asOf: string, rows: Array<{ __typename?: 'ArAgingRow', current: string, days1to30: string, days31to60: string, days61to90: string, over90: string, unappliedCredit: string, total: string, customer: { __typename?: 'Customer', id: string, code: string } | null }>, total: { __typename?: 'ArAgingRow', current: string, days1to30: string, days31to60: string, days61to90: string, over90: string, unappliedCredit: string, total: string } } };

export type ReceivablesReconciliationQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type ReceivablesReconciliationQuery = { __typename?: 'Query', receivablesReconciliation: { __typename?: 'ReceivablesReconciliation', asOf: string, balanced: boolean, rows: Array<{ __typename?: 'ReceivablesReconciliationRow', glBalance: string, subLedger: string, variance: string, customer: { __typename?: 'Customer', code: string } | null }> } };

export type CustomerStatementQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type CustomerStatementQuery = { __typename?: 'Query', customerStatement: { __typename?: 'CustomerStatement', from: string, to: string, openingBalance: string, closingBalance: string, lines: Array<{ __typename?: 'CustomerStatementLine', date: string, documentType: string, documentNumber: string | null, debit: string, credit: string, balance: string }> } };

export type InvoiceSummaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceSummaryQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', id: string, number: string | null, status: InvoiceStatus, total: string, amountOpen: string } | null };

export type ItemFieldsFragment = { __typename?: 'Item', id: string, sku: string, name: string, description: string | null, active: boolean, trackingMode: TrackingMode, lotExpiryRequired: boolean, valuationMethod: ValuationMethod, weightKg: string | null, lengthCm: string | null, widthCm: string | null, heightCm: string | null, version: number, unit: { __typename?: 'Unit', code: string, decimals: number }, category: { __typename?: 'Category', id: string, code: string } | null, barcodes: Array<{ __typename?: 'ItemBarcode', id: string, code: string, kind: BarcodeKind, quantity: string }> };

export type ItemCreateMutationVariables = Exact<{
  input: ItemCreateInput;
}>;


export type ItemCreateMutation = { __typename?: 'Mutation', itemCreate: { __typename?: 'ItemCreatePayload', item: { __typename?: 'Item', id: string, sku: string, name: string, description: string | null, active: boolean, trackingMode: TrackingMode, lotExpiryRequired: boolean, valuationMethod: ValuationMethod, weightKg: string | null, lengthCm: string | null, widthCm: string | null, heightCm: string | null, version: number, unit: { __typename?: 'Unit', code: string, decimals: number }, category: { __typename?: 'Category', id: string, code: string } | null, barcodes: Array<{ __typename?: 'ItemBarcode', id: string, code: string, kind: BarcodeKind, quantity: string }> } | null, userErrors: Array<{ __typename?: 'CatalogUserError', code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type ItemUpdateMutationVariables = Exact<{
  input: ItemUpdateInput;
}>;


export type ItemUpdateMutation = { __typename?: 'Mutation', itemUpdate: { __typename?: 'ItemUpdatePayload', item: { __typename?: 'Item', id: string, sku: string, name: string, description: string | null, active: boolean, trackingMode: TrackingMode, lotExpiryRequired: boolean, valuationMethod: ValuationMethod, weightKg: string | null, lengthCm: string | null, widthCm: string | null, heightCm: string | null, version: number, unit: { __typename?: 'Unit', code: string, decimals: number }, category: { __typename?: 'Category', id: string, code: string } | null, barcodes: Array<{ __typename?: 'ItemBarcode', id: string, code: string, kind: BarcodeKind, quantity: string }> } | null, userErrors: Array<{ __typename?: 'CatalogUserError', code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type ItemDeactivateMutationVariables = Exact<{
  input: ItemDeactivateInput;
}>;


export type ItemDeactivateMutation = { __typename?: 'Mutation', itemDeactivate: { __typename?: 'ItemDeactivatePayload', item: { __typename?: 'Item', id: string, active: boolean, version: number } | null, userErrors: Array<{ __typename?: 'CatalogUserError', code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type ItemBarcodeAddMutationVariables = Exact<{
  input: ItemBarcodeAddInput;
}>;


export type ItemBarcodeAddMutation = { __typename?: 'Mutation', itemBarcodeAdd: { __typename?: 'ItemBarcodeAddPayload', item: { __typename?: 'Item', id: string, version: number, barcodes: Array<{ __typename?: 'ItemBarcode', code: string, quantity: string }> } | null, barcode: { __typename?: 'ItemBarcode', id: string, code: string, kind: BarcodeKind, quantity: string } | null, userErrors: Array<{ __typename?: 'CatalogUserError', code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type ItemBarcodeRemoveMutationVariables = Exact<{
  input: ItemBarcodeRemoveInput;
}>;


export type ItemBarcodeRemoveMutation = { __typename?: 'Mutation', itemBarcodeRemove: { __typename?: 'ItemBarcodeRemovePayload', item: { __typename?: 'Item', id: string, version: number, barcodes: Array<{ __typename?: 'ItemBarcode', code: string }> } | null, userErrors: Array<{ __typename?: 'CatalogUserError', code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type ItemByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemByIdQuery = { __typename?: 'Query', item: { __typename?: 'Item', id: string, sku: string, name: string, description: string | null, active: boolean, trackingMode: TrackingMode, lotExpiryRequired: boolean, valuationMethod: ValuationMethod, weightKg: string | null, lengthCm: string | null, widthCm: string | null, heightCm: string | null, version: number, unit: { __typename?: 'Unit', code: string, decimals: number }, category: { __typename?: 'Category', id: string, code: string } | null, barcodes: Array<{ __typename?: 'ItemBarcode', id: string, code: string, kind: BarcodeKind, quantity: string }> } | null };

export type ItemBySkuQueryVariables = Exact<{
  sku: Scalars['String']['input'];
}>;


export type ItemBySkuQuery = { __typename?: 'Query', itemBySku: { __typename?: 'Item', id: string, sku: string, name: string, description: string | null, active: boolean, trackingMode: TrackingMode, lotExpiryRequired: boolean, valuationMethod: ValuationMethod, weightKg: string | null, lengthCm: string | null, widthCm: string | null, heightCm: string | null, version: number, unit: { __typename?: 'Unit', code: string, decimals: number }, category: { __typename?: 'Category', id: string, code: string } | null, barcodes: Array<{ __typename?: 'ItemBarcode', id: string, code: string, kind: BarcodeKind, quantity: string }> } | null };

export type ItemByBarcodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ItemByBarcodeQuery = { __typename?: 'Query', itemByBarcode: { __typename?: 'ItemBarcodeMatch', quantity: string, item: { __typename?: 'Item', sku: string }, barcode: { __typename?: 'ItemBarcode', code: string, kind: BarcodeKind } } | null };

export type ItemsQueryVariables = Exact<{
  filter?: InputMaybe<ItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ItemsQuery = { __typename?: 'Query', items: { __typename?: 'ItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ItemEdge', cursor: string, node: { __typename?: 'Item', id: string, sku: string, name: string, active: boolean } }> } };

export type ItemsPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ItemsPageQuery = { __typename?: 'Query', items: { __typename?: 'ItemConnection', edges: Array<{ __typename?: 'ItemEdge', node: { __typename?: 'Item', id: string, sku: string, unit: { __typename?: 'Unit', code: string }, category: { __typename?: 'Category', code: string, parent: { __typename?: 'Category', code: string } | null } | null, barcodes: Array<{ __typename?: 'ItemBarcode', code: string, quantity: string }> } }> } };

export type ItemCostQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemCostQuery = { __typename?: 'Query', item: { __typename?: 'Item', sku: string, standardCost: string | null } | null };

export type UnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitsQuery = { __typename?: 'Query', units: Array<{ __typename?: 'Unit', code: string, decimals: number }> };

export type CategoryCreateMutationVariables = Exact<{
  input: CategoryCreateInput;
}>;


export type CategoryCreateMutation = { __typename?: 'Mutation', categoryCreate: { __typename?: 'CategoryCreatePayload', category: { __typename?: 'Category', id: string, code: string, name: string, version: number } | null, userErrors: Array<{ __typename?: 'CatalogUserError', code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CategoryUpdateMutationVariables = Exact<{
  input: CategoryUpdateInput;
}>;


export type CategoryUpdateMutation = { __typename?: 'Mutation', categoryUpdate: { __typename?: 'CategoryUpdatePayload', category: { __typename?: 'Category', id: string, code: string, name: string, version: number, parent: { __typename?: 'Category', code: string } | null } | null, userErrors: Array<{ __typename?: 'CatalogUserError', code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CategoriesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CategoriesQuery = { __typename?: 'Query', categories: { __typename?: 'CategoryConnection', totalCount: number, edges: Array<{ __typename?: 'CategoryEdge', node: { __typename?: 'Category', code: string, name: string, parent: { __typename?: 'Category', code: string } | null } }> } };

export type ItemChangedSubscriptionVariables = Exact<{
  skus?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ItemChangedSubscription = { __typename?: 'Subscription', itemChanged: { __typename?: 'ItemChangedEvent', cursor: string, sku: string, version: number, item: { __typename?: 'Item', name: string, version: number } | null } };

export type CreditOrderFieldsFragment = { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus, version: number, creditApprovedBy: string | null, lines: Array<{ __typename?: 'SalesOrderLine', quantityOrdered: string, quantityAllocated: string, quantityBackordered: string }> };

export type CreditCustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CreditCustomerCreateMutation = { __typename?: 'Mutation', customerCreate: { __typename?: 'CustomerCreatePayload', customer: { __typename?: 'Customer', id: string, code: string, creditLimit: string | null, creditLimitAction: CreditLimitAction, autoInvoice: boolean, returnCreditPolicy: ReturnCreditPolicy } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type CreditCustomerUpdateMutationVariables = Exact<{
  input: CustomerUpdateInput;
}>;


export type CreditCustomerUpdateMutation = { __typename?: 'Mutation', customerUpdate: { __typename?: 'CustomerUpdatePayload', customer: { __typename?: 'Customer', id: string, creditLimit: string | null, creditLimitAction: CreditLimitAction, autoInvoice: boolean, returnCreditPolicy: ReturnCreditPolicy, version: number } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type CreditOrderConfirmMutationVariables = Exact<{
  input: SalesOrderConfirmInput;
}>;


export type CreditOrderConfirmMutation = { __typename?: 'Mutation', salesOrderConfirm: { __typename?: 'SalesOrderConfirmPayload', salesOrder: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus, version: number, creditApprovedBy: string | null, lines: Array<{ __typename?: 'SalesOrderLine', quantityOrdered: string, quantityAllocated: string, quantityBackordered: string }> } | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderApproveCreditMutationVariables = Exact<{
  input: SalesOrderApproveCreditInput;
}>;


export type SalesOrderApproveCreditMutation = { __typename?: 'Mutation', salesOrderApproveCredit: { __typename?: 'SalesOrderApproveCreditPayload', salesOrder: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus, version: number, creditApprovedBy: string | null, lines: Array<{ __typename?: 'SalesOrderLine', quantityOrdered: string, quantityAllocated: string, quantityBackordered: string }> } | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type CreditOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CreditOrderQuery = { __typename?: 'Query', salesOrder: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus, version: number, creditApprovedBy: string | null, lines: Array<{ __typename?: 'SalesOrderLine', quantityOrdered: string, quantityAllocated: string, quantityBackordered: string }> } | null };

export type EventFeedQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EventType> | EventType>;
}>;


export type EventFeedQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', edges: Array<{ __typename?: 'EventEdge', cursor: string, node: { __typename?: 'Event', seq: string, type: EventType, occurredAt: string, aggregate: { __typename?: 'EventAggregate', type: string, id: string, version: number | null }, payload:
          | { __typename: 'JournalEntryPostedPayload', number: string, sourceType: string, postingDate: string }
          | { __typename: 'OrderStatusChangedPayload', orderId: string, status: string, previousStatus: string | null, channelId: string }
          | { __typename: 'ReturnUpdatedPayload', number: string, status: string }
          | { __typename: 'ShipmentUpdatedPayload', shipmentId: string, orderId: string, status: string }
          | { __typename: 'StockLevelChangedPayload', sku: string, available: string }
         } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type EventsLiveSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<EventType> | EventType>;
}>;


export type EventsLiveSubscription = { __typename?: 'Subscription', events: { __typename?: 'Event', seq: string, type: EventType, payload:
      | { __typename: 'JournalEntryPostedPayload' }
      | { __typename: 'OrderStatusChangedPayload', orderId: string, status: string }
      | { __typename: 'ReturnUpdatedPayload' }
      | { __typename: 'ShipmentUpdatedPayload', orderId: string, status: string }
      | { __typename: 'StockLevelChangedPayload' }
     } };

export type SalesOrderConfirmMutationVariables = Exact<{
  input: SalesOrderConfirmInput;
}>;


export type SalesOrderConfirmMutation = { __typename?: 'Mutation', salesOrderConfirm: { __typename?: 'SalesOrderConfirmPayload', salesOrder: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus, version: number, shipFromWarehouse: { __typename?: 'Warehouse', code: string } | null, lines: Array<{ __typename?: 'SalesOrderLine', id: string, lineNo: number, quantityOrdered: string, quantityAllocated: string, quantityBackordered: string, quantityPicked: string, quantityShipped: string, allocations: Array<{ __typename?: 'StockAllocation', quantity: string, quantityPicked: string, status: AllocationStatus, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string, expiryDate: string | null } | null }> }> } | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type WaveReleaseMutationVariables = Exact<{
  input: WaveReleaseInput;
}>;


export type WaveReleaseMutation = { __typename?: 'Mutation', waveRelease: { __typename?: 'WaveReleasePayload', wave: { __typename?: 'Wave', id: string, number: string, strategy: WaveStrategy, status: WaveStatus, pickLists: Array<{ __typename?: 'PickList', id: string, number: string, status: PickListStatus, zone: { __typename?: 'Zone', code: string } | null, destination: { __typename?: 'Location', code: string }, tasks: Array<{ __typename?: 'PickTask', id: string, sequence: number, quantity: string, quantityPicked: string, tote: string | null, status: PickTaskStatus, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string, barcode: string | null }, lot: { __typename?: 'Lot', lotNumber: string } | null, order: { __typename?: 'SalesOrder', id: string } }> }> } | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type PickScanMutationVariables = Exact<{
  input: PickScanInput;
}>;


export type PickScanMutation = { __typename?: 'Mutation', pickScan: { __typename?: 'PickScanPayload', pickList: { __typename?: 'PickList', id: string, status: PickListStatus } | null, result: { __typename?: 'PickScanResult', kind: string, quantity: string | null } | null, tasks: Array<{ __typename?: 'PickTask', id: string, status: PickTaskStatus, quantityPicked: string, serialNumbers: Array<string> }> | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type PickShortMutationVariables = Exact<{
  input: PickShortInput;
}>;


export type PickShortMutation = { __typename?: 'Mutation', pickShort: { __typename?: 'PickShortPayload', pickList: { __typename?: 'PickList', id: string, status: PickListStatus, tasks: Array<{ __typename?: 'PickTask', id: string, status: PickTaskStatus, quantity: string, quantityPicked: string, quantityShort: string, location: { __typename?: 'Location', code: string } }> } | null, result: { __typename?: 'PickShortResult', reallocated: string, backordered: string, countId: string | null } | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type ShipmentFieldsFragment = { __typename?: 'Shipment', id: string, number: string, status: ShipmentStatus, carrier: string | null, version: number, trackingNumbers: Array<string>, journalEntryId: string | null, statusTimes: Array<{ __typename?: 'ShipmentStatusTime', status: ShipmentStatus, at: string }>, cartons: Array<{ __typename?: 'Carton', id: string, sscc: string, cartonType: string, status: CartonStatus, trackingNumber: string | null, lines: Array<{ __typename?: 'CartonLine', quantity: string, serialNumbers: Array<string>, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }> }>, lines: Array<{ __typename?: 'ShipmentLine', quantity: string, serialNumbers: Array<string>, cost: string, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, orderLine: { __typename?: 'SalesOrderLine', lineNo: number } }>, order: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus } };

export type ShipmentPackMutationVariables = Exact<{
  input: ShipmentPackInput;
}>;


export type ShipmentPackMutation = { __typename?: 'Mutation', shipmentPack: { __typename?: 'ShipmentPayload', shipment: { __typename?: 'Shipment', id: string, number: string, status: ShipmentStatus, carrier: string | null, version: number, trackingNumbers: Array<string>, journalEntryId: string | null, statusTimes: Array<{ __typename?: 'ShipmentStatusTime', status: ShipmentStatus, at: string }>, cartons: Array<{ __typename?: 'Carton', id: string, sscc: string, cartonType: string, status: CartonStatus, trackingNumber: string | null, lines: Array<{ __typename?: 'CartonLine', quantity: string, serialNumbers: Array<string>, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }> }>, lines: Array<{ __typename?: 'ShipmentLine', quantity: string, serialNumbers: Array<string>, cost: string, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, orderLine: { __typename?: 'SalesOrderLine', lineNo: number } }>, order: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus } } | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type CartonCloseMutationVariables = Exact<{
  input: CartonCloseInput;
}>;


export type CartonCloseMutation = { __typename?: 'Mutation', cartonClose: { __typename?: 'CartonClosePayload', carton: { __typename?: 'Carton', id: string, status: CartonStatus } | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type ShipmentConfirmMutationVariables = Exact<{
  input: ShipmentConfirmInput;
}>;


export type ShipmentConfirmMutation = { __typename?: 'Mutation', shipmentConfirm: { __typename?: 'ShipmentPayload', shipment: { __typename?: 'Shipment', id: string, number: string, status: ShipmentStatus, carrier: string | null, version: number, trackingNumbers: Array<string>, journalEntryId: string | null, statusTimes: Array<{ __typename?: 'ShipmentStatusTime', status: ShipmentStatus, at: string }>, cartons: Array<{ __typename?: 'Carton', id: string, sscc: string, cartonType: string, status: CartonStatus, trackingNumber: string | null, lines: Array<{ __typename?: 'CartonLine', quantity: string, serialNumbers: Array<string>, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }> }>, lines: Array<{ __typename?: 'ShipmentLine', quantity: string, serialNumbers: Array<string>, cost: string, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, orderLine: { __typename?: 'SalesOrderLine', lineNo: number } }>, order: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus } } | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type ShipmentTrackMutationVariables = Exact<{
  input: ShipmentTrackInput;
}>;


export type ShipmentTrackMutation = { __typename?: 'Mutation', shipmentTrack: { __typename?: 'ShipmentPayload', shipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus, version: number, statusTimes: Array<{ __typename?: 'ShipmentStatusTime', status: ShipmentStatus, at: string }> } | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type OrderFulfillmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderFulfillmentQuery = { __typename?: 'Query', salesOrder: { __typename?: 'SalesOrder', id: string, status: SalesOrderStatus, version: number, lines: Array<{ __typename?: 'SalesOrderLine', id: string, lineNo: number, quantityOrdered: string, quantityAllocated: string, quantityPicked: string, quantityPacked: string, quantityShipped: string, quantityBackordered: string, quantityCancelled: string, allocations: Array<{ __typename?: 'StockAllocation', quantity: string, quantityPicked: string, quantityShipped: string, status: AllocationStatus, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }> }>, shipments: Array<{ __typename?: 'Shipment', id: string, number: string, status: ShipmentStatus }> } | null };

export type ShipmentByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentByIdQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus, order: { __typename?: 'SalesOrder', id: string } } | null };

export type PickListAssignMutationVariables = Exact<{
  input: PickListAssignInput;
}>;


export type PickListAssignMutation = { __typename?: 'Mutation', pickListAssign: { __typename?: 'PickListAssignPayload', pickList: { __typename?: 'PickList', id: string, picker: string | null, status: PickListStatus } | null, userErrors: Array<{ __typename?: 'FulfillmentUserError', code: FulfillmentErrorCode, message: string, field: Array<string> | null }> } };

export type StockHoldFieldsFragment = { __typename?: 'StockHold', id: string, status: StockHoldStatus, expiresAt: string, version: number, warehouse: { __typename?: 'Warehouse', code: string }, channel: { __typename?: 'SalesChannel', code: string } | null, lines: Array<{ __typename?: 'StockHoldLine', quantity: string, item: { __typename?: 'Item', sku: string } }> };

export type StockHoldCreateMutationVariables = Exact<{
  input: StockHoldInput;
}>;


export type StockHoldCreateMutation = { __typename?: 'Mutation', stockHold: { __typename?: 'StockHoldPayload', hold: { __typename?: 'StockHold', id: string, status: StockHoldStatus, expiresAt: string, version: number, warehouse: { __typename?: 'Warehouse', code: string }, channel: { __typename?: 'SalesChannel', code: string } | null, lines: Array<{ __typename?: 'StockHoldLine', quantity: string, item: { __typename?: 'Item', sku: string } }> } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type StockHoldReleaseMutationVariables = Exact<{
  input: StockHoldReleaseInput;
}>;


export type StockHoldReleaseMutation = { __typename?: 'Mutation', stockHoldRelease: { __typename?: 'StockHoldReleasePayload', hold: { __typename?: 'StockHold', id: string, status: StockHoldStatus, expiresAt: string, version: number, warehouse: { __typename?: 'Warehouse', code: string }, channel: { __typename?: 'SalesChannel', code: string } | null, lines: Array<{ __typename?: 'StockHoldLine', quantity: string, item: { __typename?: 'Item', sku: string } }> } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type StockHoldByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StockHoldByIdQuery = { __typename?: 'Query', stockHold: { __typename?: 'StockHold', id: string, status: StockHoldStatus, expiresAt: string, version: number, warehouse: { __typename?: 'Warehouse', code: string }, channel: { __typename?: 'SalesChannel', code: string } | null, lines: Array<{ __typename?: 'StockHoldLine', quantity: string, item: { __typename?: 'Item', sku: string } }> } | null };

export type StockHoldNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StockHoldNodeQuery = { __typename?: 'Query', node:
    | { __typename: 'Account' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Carton' }
    | { __typename: 'Category' }
    | { __typename: 'Customer' }
    | { __typename: 'FiscalPeriod' }
    | { __typename: 'InventoryCount' }
    | { __typename: 'Invoice' }
    | { __typename: 'Item' }
    | { __typename: 'ItemBarcode' }
    | { __typename: 'JournalEntry' }
    | { __typename: 'Location' }
    | { __typename: 'Lot' }
    | { __typename: 'Partner' }
    | { __typename: 'Payment' }
    | { __typename: 'PickList' }
    | { __typename: 'PickTask' }
    | { __typename: 'ReturnAuthorization' }
    | { __typename: 'ReturnLine' }
    | { __typename: 'SalesChannel' }
    | { __typename: 'SalesOrder' }
    | { __typename: 'SalesOrderLine' }
    | { __typename: 'Serial' }
    | { __typename: 'Shipment' }
    | { __typename: 'ShipmentLine' }
    | { __typename: 'StockDocument' }
    | { __typename: 'StockHold', id: string, status: StockHoldStatus }
    | { __typename: 'StockMove' }
    | { __typename: 'StockTransfer' }
    | { __typename: 'Unit' }
    | { __typename: 'Warehouse' }
    | { __typename: 'Wave' }
    | { __typename: 'Zone' }
   | null };

export type HeldStockQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  skus: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type HeldStockQuery = { __typename?: 'Query', item: { __typename?: 'Item', stock: Array<{ __typename?: 'StockSummary', sellableOnHand: string, allocated: string, held: string, available: string, version: number, warehouse: { __typename?: 'Warehouse', code: string } }> } | null, availability: Array<{ __typename?: 'SkuAvailability', sku: string, available: string, warehouses: Array<{ __typename?: 'WarehouseAvailability', warehouseCode: string, onHand: string, allocated: string, held: string, available: string }> }> };

export type PlatformNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type PlatformNodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename: 'Account', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Carton', id: string }
    | { __typename: 'Category', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'FiscalPeriod', id: string }
    | { __typename: 'InventoryCount', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Item', id: string }
    | { __typename: 'ItemBarcode', id: string }
    | { __typename: 'JournalEntry', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PickList', id: string }
    | { __typename: 'PickTask', id: string }
    | { __typename: 'ReturnAuthorization', id: string }
    | { __typename: 'ReturnLine', id: string }
    | { __typename: 'SalesChannel', id: string }
    | { __typename: 'SalesOrder', id: string }
    | { __typename: 'SalesOrderLine', id: string }
    | { __typename: 'Serial', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShipmentLine', id: string }
    | { __typename: 'StockDocument', id: string }
    | { __typename: 'StockHold', id: string }
    | { __typename: 'StockMove', id: string }
    | { __typename: 'StockTransfer', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'Warehouse', id: string }
    | { __typename: 'Wave', id: string }
    | { __typename: 'Zone', id: string }
   | null> };

export type MoveFieldsFragment = { __typename?: 'StockMove', id: string, quantity: string, reason: MoveReason, reasonCode: string | null, serialNumbers: Array<string>, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, fromLocation: { __typename?: 'Location', code: string } | null, toLocation: { __typename?: 'Location', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } };

export type DocumentFieldsFragment = { __typename?: 'StockDocument', id: string, type: StockDocumentType, number: string, reference: string | null, reasonCode: string | null, version: number, occurredAt: string, warehouse: { __typename?: 'Warehouse', code: string }, moves: Array<{ __typename?: 'StockMove', unitCost: string, value: string, id: string, quantity: string, reason: MoveReason, reasonCode: string | null, serialNumbers: Array<string>, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, fromLocation: { __typename?: 'Location', code: string } | null, toLocation: { __typename?: 'Location', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }>, journalEntry: { __typename?: 'JournalEntry', id: string, number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null };

export type StockReceiveMutationVariables = Exact<{
  input: StockReceiveInput;
}>;


export type StockReceiveMutation = { __typename?: 'Mutation', stockReceive: { __typename?: 'StockReceivePayload', document: { __typename?: 'StockDocument', id: string, type: StockDocumentType, number: string, reference: string | null, reasonCode: string | null, version: number, occurredAt: string, warehouse: { __typename?: 'Warehouse', code: string }, moves: Array<{ __typename?: 'StockMove', unitCost: string, value: string, id: string, quantity: string, reason: MoveReason, reasonCode: string | null, serialNumbers: Array<string>, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, fromLocation: { __typename?: 'Location', code: string } | null, toLocation: { __typename?: 'Location', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }>, journalEntry: { __typename?: 'JournalEntry', id: string, number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null } | null, userErrors: Array<{ __typename?: 'InventoryUserError', code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockMoveMutationVariables = Exact<{
  input: StockMoveInput;
}>;


export type StockMoveMutation = { __typename?: 'Mutation', stockMove: { __typename?: 'StockMovePayload', document: { __typename?: 'StockDocument', id: string, type: StockDocumentType, number: string, reference: string | null, reasonCode: string | null, version: number, occurredAt: string, warehouse: { __typename?: 'Warehouse', code: string }, moves: Array<{ __typename?: 'StockMove', unitCost: string, value: string, id: string, quantity: string, reason: MoveReason, reasonCode: string | null, serialNumbers: Array<string>, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, fromLocation: { __typename?: 'Location', code: string } | null, toLocation: { __typename?: 'Location', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }>, journalEntry: { __typename?: 'JournalEntry', id: string, number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null } | null, userErrors: Array<{ __typename?: 'InventoryUserError', code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockAdjustMutationVariables = Exact<{
  input: StockAdjustInput;
}>;


export type StockAdjustMutation = { __typename?: 'Mutation', stockAdjust: { __typename?: 'StockAdjustPayload', document: { __typename?: 'StockDocument', id: string, type: StockDocumentType, number: string, reference: string | null, reasonCode: string | null, version: number, occurredAt: string, warehouse: { __typename?: 'Warehouse', code: string }, moves: Array<{ __typename?: 'StockMove', unitCost: string, value: string, id: string, quantity: string, reason: MoveReason, reasonCode: string | null, serialNumbers: Array<string>, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, fromLocation: { __typename?: 'Location', code: string } | null, toLocation: { __typename?: 'Location', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }>, journalEntry: { __typename?: 'JournalEntry', id: string, number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null } | null, userErrors: Array<{ __typename?: 'InventoryUserError', code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type TransferFieldsFragment = { __typename?: 'StockTransfer', id: string, number: string, status: TransferStatus, version: number, fromWarehouse: { __typename?: 'Warehouse', code: string }, toWarehouse: { __typename?: 'Warehouse', code: string }, lines: Array<{ __typename?: 'StockTransferLine', id: string, lineNo: number, quantityShipped: string, quantityReceived: string, quantityLost: string, serialNumbers: Array<string> | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, shipEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null, receiveEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null };

export type StockTransferShipMutationVariables = Exact<{
  input: StockTransferShipInput;
}>;


export type StockTransferShipMutation = { __typename?: 'Mutation', stockTransferShip: { __typename?: 'StockTransferShipPayload', transfer: { __typename?: 'StockTransfer', id: string, number: string, status: TransferStatus, version: number, fromWarehouse: { __typename?: 'Warehouse', code: string }, toWarehouse: { __typename?: 'Warehouse', code: string }, lines: Array<{ __typename?: 'StockTransferLine', id: string, lineNo: number, quantityShipped: string, quantityReceived: string, quantityLost: string, serialNumbers: Array<string> | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, shipEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null, receiveEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null } | null, userErrors: Array<{ __typename?: 'InventoryUserError', code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockTransferReceiveMutationVariables = Exact<{
  input: StockTransferReceiveInput;
}>;


export type StockTransferReceiveMutation = { __typename?: 'Mutation', stockTransferReceive: { __typename?: 'StockTransferReceivePayload', transfer: { __typename?: 'StockTransfer', id: string, number: string, status: TransferStatus, version: number, fromWarehouse: { __typename?: 'Warehouse', code: string }, toWarehouse: { __typename?: 'Warehouse', code: string }, lines: Array<{ __typename?: 'StockTransferLine', id: string, lineNo: number, quantityShipped: string, quantityReceived: string, quantityLost: string, serialNumbers: Array<string> | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, shipEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null, receiveEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null } | null, userErrors: Array<{ __typename?: 'InventoryUserError', code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type CountFieldsFragment = { __typename?: 'InventoryCount', id: string, number: string, status: CountStatus, version: number, lines: Array<{ __typename?: 'InventoryCountLine', countedQuantity: string, expectedQuantity: string | null, serialNumbers: Array<string> | null, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, variances: Array<{ __typename?: 'CountVariance', counted: string, onHand: string, variance: string, missingSerials: Array<string>, foundSerials: Array<string>, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, journalEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null };

export type InventoryCountOpenMutationVariables = Exact<{
  input: InventoryCountOpenInput;
}>;


export type InventoryCountOpenMutation = { __typename?: 'Mutation', inventoryCountOpen: { __typename?: 'InventoryCountOpenPayload', count: { __typename?: 'InventoryCount', id: string, number: string, status: CountStatus, version: number, lines: Array<{ __typename?: 'InventoryCountLine', countedQuantity: string, expectedQuantity: string | null, serialNumbers: Array<string> | null, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, variances: Array<{ __typename?: 'CountVariance', counted: string, onHand: string, variance: string, missingSerials: Array<string>, foundSerials: Array<string>, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, journalEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null } | null, userErrors: Array<{ __typename?: 'InventoryUserError', code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryCountRecordMutationVariables = Exact<{
  input: InventoryCountRecordInput;
}>;


export type InventoryCountRecordMutation = { __typename?: 'Mutation', inventoryCountRecord: { __typename?: 'InventoryCountRecordPayload', count: { __typename?: 'InventoryCount', id: string, number: string, status: CountStatus, version: number, lines: Array<{ __typename?: 'InventoryCountLine', countedQuantity: string, expectedQuantity: string | null, serialNumbers: Array<string> | null, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, variances: Array<{ __typename?: 'CountVariance', counted: string, onHand: string, variance: string, missingSerials: Array<string>, foundSerials: Array<string>, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, journalEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null } | null, userErrors: Array<{ __typename?: 'InventoryUserError', code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryCountApproveMutationVariables = Exact<{
  input: InventoryCountApproveInput;
}>;


export type InventoryCountApproveMutation = { __typename?: 'Mutation', inventoryCountApprove: { __typename?: 'InventoryCountApprovePayload', count: { __typename?: 'InventoryCount', id: string, number: string, status: CountStatus, version: number, moves: Array<{ __typename?: 'StockMove', value: string, id: string, quantity: string, reason: MoveReason, reasonCode: string | null, serialNumbers: Array<string>, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, fromLocation: { __typename?: 'Location', code: string } | null, toLocation: { __typename?: 'Location', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }>, lines: Array<{ __typename?: 'InventoryCountLine', countedQuantity: string, expectedQuantity: string | null, serialNumbers: Array<string> | null, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, variances: Array<{ __typename?: 'CountVariance', counted: string, onHand: string, variance: string, missingSerials: Array<string>, foundSerials: Array<string>, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, journalEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null } | null, userErrors: Array<{ __typename?: 'InventoryUserError', code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryCountCancelMutationVariables = Exact<{
  input: InventoryCountCancelInput;
}>;


export type InventoryCountCancelMutation = { __typename?: 'Mutation', inventoryCountCancel: { __typename?: 'InventoryCountCancelPayload', count: { __typename?: 'InventoryCount', id: string, status: CountStatus } | null, userErrors: Array<{ __typename?: 'InventoryUserError', code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockLevelsQueryVariables = Exact<{
  filter?: InputMaybe<StockLevelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StockLevelsQuery = { __typename?: 'Query', stockLevels: { __typename?: 'StockLevelConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'StockLevelEdge', node: { __typename?: 'StockLevel', onHand: string, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string, type: LocationType }, warehouse: { __typename?: 'Warehouse', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null } }> } };

export type ItemStockQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemStockQuery = { __typename?: 'Query', item: { __typename?: 'Item', sku: string, stock: Array<{ __typename?: 'StockSummary', onHand: string, sellableOnHand: string, allocated: string, available: string, inTransit: string, version: number, value: string, warehouse: { __typename?: 'Warehouse', code: string } }> } | null };

export type StockMovesQueryVariables = Exact<{
  filter?: InputMaybe<StockMoveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StockMovesQuery = { __typename?: 'Query', stockMoves: { __typename?: 'StockMoveConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'StockMoveEdge', node: { __typename?: 'StockMove', unitCost: string, value: string, occurredAt: string, id: string, quantity: string, reason: MoveReason, reasonCode: string | null, serialNumbers: Array<string>, fromWarehouse: { __typename?: 'Warehouse', code: string } | null, toWarehouse: { __typename?: 'Warehouse', code: string } | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, fromLocation: { __typename?: 'Location', code: string } | null, toLocation: { __typename?: 'Location', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } } }> } };

export type AvailabilityQueryVariables = Exact<{
  skus: Array<Scalars['String']['input']> | Scalars['String']['input'];
  warehouseCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type AvailabilityQuery = { __typename?: 'Query', availability: Array<{ __typename?: 'SkuAvailability', sku: string, found: boolean, available: string, warehouses: Array<{ __typename?: 'WarehouseAvailability', warehouseCode: string, available: string, onHand: string, allocated: string, inTransit: string }> }> };

export type InventoryValuationQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type InventoryValuationQuery = { __typename?: 'Query', inventoryValuation: { __typename?: 'InventoryValuation', asOf: string, totalValue: string, glBalance: string, lines: Array<{ __typename?: 'InventoryValuationLine', inTransit: boolean, quantity: string, value: string, unitCost: string | null, item: { __typename?: 'Item', sku: string }, warehouse: { __typename?: 'Warehouse', code: string } }> } };

export type LotByNumberQueryVariables = Exact<{
  itemId: Scalars['ID']['input'];
  lotNumber: Scalars['String']['input'];
}>;


export type LotByNumberQuery = { __typename?: 'Query', lotByNumber: { __typename?: 'Lot', id: string, lotNumber: string, expiryDate: string | null, origin: { __typename?: 'DocumentRef', documentType: string, number: string | null } } | null };

export type LotTraceQueryVariables = Exact<{
  lotId: Scalars['ID']['input'];
}>;


export type LotTraceQuery = { __typename?: 'Query', lotTrace: { __typename?: 'LotTrace', lot: { __typename?: 'Lot', lotNumber: string, expiryDate: string | null, item: { __typename?: 'Item', sku: string } }, origin: { __typename?: 'DocumentRef', documentType: string, number: string | null }, documents: Array<{ __typename?: 'DocumentRef', documentType: string, number: string | null }>, moves: Array<{ __typename?: 'StockMove', reason: MoveReason, quantity: string, fromLocation: { __typename?: 'Location', code: string } | null, toLocation: { __typename?: 'Location', code: string } | null, toWarehouse: { __typename?: 'Warehouse', code: string } | null }>, stockLevels: Array<{ __typename?: 'StockLevel', onHand: string, location: { __typename?: 'Location', code: string }, warehouse: { __typename?: 'Warehouse', code: string } }> } | null };

export type SerialTraceQueryVariables = Exact<{
  itemId: Scalars['ID']['input'];
  serialNumber: Scalars['String']['input'];
}>;


export type SerialTraceQuery = { __typename?: 'Query', serial: { __typename?: 'Serial', serialNumber: string, status: SerialStatus, location: { __typename?: 'Location', code: string } | null, warehouse: { __typename?: 'Warehouse', code: string } | null, moves: Array<{ __typename?: 'StockMove', reason: MoveReason, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }> } | null };

export type StockTransferByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StockTransferByIdQuery = { __typename?: 'Query', stockTransfer: { __typename?: 'StockTransfer', id: string, number: string, status: TransferStatus, version: number, fromWarehouse: { __typename?: 'Warehouse', code: string }, toWarehouse: { __typename?: 'Warehouse', code: string }, lines: Array<{ __typename?: 'StockTransferLine', id: string, lineNo: number, quantityShipped: string, quantityReceived: string, quantityLost: string, serialNumbers: Array<string> | null, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }>, shipEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null, receiveEntry: { __typename?: 'JournalEntry', number: string, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } | null } | null };

export type StockLevelChangedSubscriptionVariables = Exact<{
  skus?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  warehouseCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StockLevelChangedSubscription = { __typename?: 'Subscription', stockLevelChanged: { __typename?: 'StockLevelChangedEvent', cursor: string, sku: string, warehouseCode: string, onHand: string, available: string, inTransit: string, version: number } };

export type TrialBalanceQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type TrialBalanceQuery = { __typename?: 'Query', trialBalance: { __typename?: 'TrialBalance', totalDebit: string, totalCredit: string, balanced: boolean, lines: Array<{ __typename?: 'TrialBalanceLine', debit: string, credit: string, balance: string, account: { __typename?: 'Account', code: string } }> } };

export type InventoryReconciliationQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type InventoryReconciliationQuery = { __typename?: 'Query', inventoryReconciliation: { __typename?: 'InventoryReconciliation', reconciled: boolean, totalVariance: string, lines: Array<{ __typename?: 'ReconciliationLine', glBalance: string, subLedgerValue: string, variance: string, layerValue: string, layerVariance: string, moveValueVariance: string, account: { __typename?: 'Account', code: string }, documents: Array<{ __typename?: 'ReconciliationDocument', glAmount: string, subLedgerAmount: string, moveIds: Array<string>, journalEntryIds: Array<string>, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }>, layers: Array<{ __typename?: 'ReconciliationLayer', layerId: string, valueRemaining: string, valueByValuations: string, quantityRemaining: string, quantityByValuations: string }>, moves: Array<{ __typename?: 'ReconciliationMove', moveId: string, value: string, valueByValuations: string }> }>, moves: Array<{ __typename?: 'ReconciliationMove', moveId: string, value: string, valueByValuations: string, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }> } };

export type AccountByCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type AccountByCodeQuery = { __typename?: 'Query', accountByCode: { __typename?: 'Account', id: string, code: string, name: string, type: AccountType, control: boolean, balance: string } | null };

export type AccountLedgerQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountLedgerQuery = { __typename?: 'Query', accountLedger: { __typename?: 'AccountLedgerConnection', openingBalance: string, totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AccountLedgerEdge', node: { __typename?: 'AccountLedgerLine', debit: string, credit: string, runningBalance: string, entry: { __typename?: 'JournalEntry', number: string } } }> } };

export type EntryFieldsFragment = { __typename?: 'JournalEntry', id: string, number: string, postingDate: string, memo: string | null, total: string, document: { __typename?: 'DocumentRef', documentType: string, id: string, number: string | null }, reversalOf: { __typename?: 'JournalEntry', id: string, number: string } | null, reversedBy: { __typename?: 'JournalEntry', id: string, number: string } | null, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string }, item: { __typename?: 'Item', sku: string } | null, warehouse: { __typename?: 'Warehouse', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }> };

export type JournalEntriesQueryVariables = Exact<{
  filter?: InputMaybe<JournalEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JournalEntriesQuery = { __typename?: 'Query', journalEntries: { __typename?: 'JournalEntryConnection', totalCount: number, edges: Array<{ __typename?: 'JournalEntryEdge', node: { __typename?: 'JournalEntry', id: string, number: string, postingDate: string, memo: string | null, total: string, document: { __typename?: 'DocumentRef', documentType: string, id: string, number: string | null }, reversalOf: { __typename?: 'JournalEntry', id: string, number: string } | null, reversedBy: { __typename?: 'JournalEntry', id: string, number: string } | null, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string }, item: { __typename?: 'Item', sku: string } | null, warehouse: { __typename?: 'Warehouse', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }> } }> } };

export type JournalEntryCreateMutationVariables = Exact<{
  input: JournalEntryCreateInput;
}>;


export type JournalEntryCreateMutation = { __typename?: 'Mutation', journalEntryCreate: { __typename?: 'JournalEntryCreatePayload', entry: { __typename?: 'JournalEntry', id: string, number: string, postingDate: string, memo: string | null, total: string, document: { __typename?: 'DocumentRef', documentType: string, id: string, number: string | null }, reversalOf: { __typename?: 'JournalEntry', id: string, number: string } | null, reversedBy: { __typename?: 'JournalEntry', id: string, number: string } | null, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string }, item: { __typename?: 'Item', sku: string } | null, warehouse: { __typename?: 'Warehouse', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }> } | null, userErrors: Array<{ __typename?: 'LedgerUserError', code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type JournalEntryReverseMutationVariables = Exact<{
  input: JournalEntryReverseInput;
}>;


export type JournalEntryReverseMutation = { __typename?: 'Mutation', journalEntryReverse: { __typename?: 'JournalEntryReversePayload', entry: { __typename?: 'JournalEntry', id: string, number: string, postingDate: string, memo: string | null, total: string, document: { __typename?: 'DocumentRef', documentType: string, id: string, number: string | null }, reversalOf: { __typename?: 'JournalEntry', id: string, number: string } | null, reversedBy: { __typename?: 'JournalEntry', id: string, number: string } | null, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string }, item: { __typename?: 'Item', sku: string } | null, warehouse: { __typename?: 'Warehouse', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }> } | null, reversed: { __typename?: 'JournalEntry', id: string, number: string, postingDate: string, memo: string | null, total: string, document: { __typename?: 'DocumentRef', documentType: string, id: string, number: string | null }, reversalOf: { __typename?: 'JournalEntry', id: string, number: string } | null, reversedBy: { __typename?: 'JournalEntry', id: string, number: string } | null, lines: Array<{ __typename?: 'JournalLine', debit: string, credit: string, account: { __typename?: 'Account', code: string }, item: { __typename?: 'Item', sku: string } | null, warehouse: { __typename?: 'Warehouse', code: string } | null, document: { __typename?: 'DocumentRef', documentType: string, number: string | null } }> } | null, userErrors: Array<{ __typename?: 'LedgerUserError', code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type FiscalPeriodCloseMutationVariables = Exact<{
  input: FiscalPeriodCloseInput;
}>;


export type FiscalPeriodCloseMutation = { __typename?: 'Mutation', fiscalPeriodClose: { __typename?: 'FiscalPeriodClosePayload', period: { __typename?: 'FiscalPeriod', id: string, year: number, month: number, status: PeriodStatus, closedBy: string | null, events: Array<{ __typename?: 'FiscalPeriodEvent', action: PeriodAction, actor: string, reason: string | null }> } | null, userErrors: Array<{ __typename?: 'LedgerUserError', code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type FiscalPeriodReopenMutationVariables = Exact<{
  input: FiscalPeriodReopenInput;
}>;


export type FiscalPeriodReopenMutation = { __typename?: 'Mutation', fiscalPeriodReopen: { __typename?: 'FiscalPeriodReopenPayload', period: { __typename?: 'FiscalPeriod', id: string, status: PeriodStatus, events: Array<{ __typename?: 'FiscalPeriodEvent', action: PeriodAction, actor: string, reason: string | null }> } | null, userErrors: Array<{ __typename?: 'LedgerUserError', code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type AccountCreateMutationVariables = Exact<{
  input: AccountCreateInput;
}>;


export type AccountCreateMutation = { __typename?: 'Mutation', accountCreate: { __typename?: 'AccountCreatePayload', account: { __typename?: 'Account', id: string, code: string, type: AccountType, control: boolean } | null, userErrors: Array<{ __typename?: 'LedgerUserError', code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type AccountMappingSetMutationVariables = Exact<{
  input: AccountMappingSetInput;
}>;


export type AccountMappingSetMutation = { __typename?: 'Mutation', accountMappingSet: { __typename?: 'AccountMappingSetPayload', mapping: { __typename?: 'AccountMapping', purpose: AccountPurpose, account: { __typename?: 'Account', code: string }, warehouse: { __typename?: 'Warehouse', code: string } | null, category: { __typename?: 'Category', code: string } | null } | null, userErrors: Array<{ __typename?: 'LedgerUserError', code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type AccountMappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountMappingsQuery = { __typename?: 'Query', accountMappings: Array<{ __typename?: 'AccountMapping', purpose: AccountPurpose, account: { __typename?: 'Account', code: string }, warehouse: { __typename?: 'Warehouse', code: string } | null }> };

export type WhLocationByCodeQueryVariables = Exact<{
  warehouseCode: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type WhLocationByCodeQuery = { __typename?: 'Query', warehouseByCode: { __typename?: 'Warehouse', code: string, locationByCode: { __typename?: 'Location', id: string, code: string, type: LocationType, sellable: boolean, version: number } | null } | null };

export type WhLocationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WhLocationQuery = { __typename?: 'Query', location: { __typename?: 'Location', id: string, code: string, type: LocationType, sellable: boolean, active: boolean, barcode: string | null, version: number, zone: { __typename?: 'Zone', code: string } | null, warehouse: { __typename?: 'Warehouse', code: string } } | null };

export type WhWarehouseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WhWarehouseQuery = { __typename?: 'Query', warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string, active: boolean, version: number, address: { __typename?: 'Address', line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } } | null };

export type OrderStatusChangedSubscriptionVariables = Exact<{
  filter?: InputMaybe<OrderStatusChangedFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrderStatusChangedSubscription = { __typename?: 'Subscription', orderStatusChanged: { __typename?: 'OrderStatusChangedEvent', cursor: string, occurredAt: string, orderId: string, status: SalesOrderStatus, previousStatus: SalesOrderStatus | null, version: number, order: { __typename?: 'SalesOrder', id: string, number: string, status: SalesOrderStatus, version: number, externalRef: string | null, channel: { __typename?: 'SalesChannel', code: string }, partner: { __typename?: 'Partner', code: string } | null } | null } };

export type OrderStatusChangedWithCostSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrderStatusChangedWithCostSubscription = { __typename?: 'Subscription', orderStatusChanged: { __typename?: 'OrderStatusChangedEvent', cursor: string, orderId: string, status: SalesOrderStatus, order: { __typename?: 'SalesOrder', id: string, lines: Array<{ __typename?: 'SalesOrderLine', item: { __typename?: 'Item', sku: string, standardCost: string | null } }> } | null } };

export type ShipmentUpdatedSubscriptionVariables = Exact<{
  filter?: InputMaybe<ShipmentUpdatedFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ShipmentUpdatedSubscription = { __typename?: 'Subscription', shipmentUpdated: { __typename?: 'ShipmentUpdatedEvent', cursor: string, occurredAt: string, shipmentId: string, orderId: string, status: ShipmentStatus, previousStatus: ShipmentStatus | null, carrier: string | null, trackingNumbers: Array<string>, version: number, order: { __typename?: 'SalesOrder', id: string, number: string } | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', keyId: string, name: string, role: Role, scopes: Array<string> } };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { __typename?: 'Mutation', apiKeyCreate: { __typename?: 'ApiKeyCreatePayload', secret: string | null, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: Role, revokedAt: string | null, partner: { __typename?: 'Partner', code: string } | null, channel: { __typename?: 'SalesChannel', id: string, code: string } | null } | null, userErrors: Array<{ __typename?: 'AuthUserError', code: AuthErrorCode, message: string, field: Array<string> | null }> } };

export type ApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type ApiKeyRevokeMutation = { __typename?: 'Mutation', apiKeyRevoke: { __typename?: 'ApiKeyRevokePayload', apiKey: { __typename?: 'ApiKey', id: string, revokedAt: string | null } | null, userErrors: Array<{ __typename?: 'AuthUserError', code: AuthErrorCode, message: string, field: Array<string> | null }> } };

export type ApiKeysQueryVariables = Exact<{
  filter?: InputMaybe<ApiKeyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, edges: Array<{ __typename?: 'ApiKeyEdge', node: { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: Role, revokedAt: string | null } }> } };

export type PartnerCreateMutationVariables = Exact<{
  input: PartnerCreateInput;
}>;


export type PartnerCreateMutation = { __typename?: 'Mutation', partnerCreate: { __typename?: 'PartnerCreatePayload', partner: { __typename?: 'Partner', id: string, code: string, name: string, kinds: Array<PartnerKind> } | null, userErrors: Array<{ __typename?: 'PartnerUserError', code: PartnerErrorCode, message: string, field: Array<string> | null }> } };

export type PartnerByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerByIdQuery = { __typename?: 'Query', partner: { __typename?: 'Partner', id: string, code: string } | null };

export type PartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersQuery = { __typename?: 'Query', partners: { __typename?: 'PartnerConnection', edges: Array<{ __typename?: 'PartnerEdge', node: { __typename?: 'Partner', code: string } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node:
    | { __typename: 'Account', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Carton', id: string }
    | { __typename: 'Category', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'FiscalPeriod', id: string }
    | { __typename: 'InventoryCount', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Item', sku: string, id: string }
    | { __typename: 'ItemBarcode', id: string }
    | { __typename: 'JournalEntry', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PickList', id: string }
    | { __typename: 'PickTask', id: string }
    | { __typename: 'ReturnAuthorization', id: string }
    | { __typename: 'ReturnLine', id: string }
    | { __typename: 'SalesChannel', id: string }
    | { __typename: 'SalesOrder', id: string }
    | { __typename: 'SalesOrderLine', id: string }
    | { __typename: 'Serial', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShipmentLine', id: string }
    | { __typename: 'StockDocument', id: string }
    | { __typename: 'StockHold', id: string }
    | { __typename: 'StockMove', id: string }
    | { __typename: 'StockTransfer', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'Warehouse', code: string, id: string }
    | { __typename: 'Wave', id: string }
    | { __typename: 'Zone', id: string }
   | null };

export type QueryCountItemsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QueryCountItemsQuery = { __typename?: 'Query', items: { __typename?: 'ItemConnection', edges: Array<{ __typename?: 'ItemEdge', node: { __typename?: 'Item', sku: string, unit: { __typename?: 'Unit', code: string }, category: { __typename?: 'Category', code: string, parent: { __typename?: 'Category', code: string } | null } | null, barcodes: Array<{ __typename?: 'ItemBarcode', code: string, quantity: string }> } }> } };

export type QueryCountLocationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type QueryCountLocationsQuery = { __typename?: 'Query', warehouse: { __typename?: 'Warehouse', locations: { __typename?: 'LocationConnection', edges: Array<{ __typename?: 'LocationEdge', node: { __typename?: 'Location', code: string, zone: { __typename?: 'Zone', code: string } | null, warehouse: { __typename?: 'Warehouse', code: string } } }> } } | null };

export type QueryCountNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type QueryCountNodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Account', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'Carton', id: string }
    | { __typename?: 'Category', id: string }
    | { __typename?: 'Customer', id: string }
    | { __typename?: 'FiscalPeriod', id: string }
    | { __typename?: 'InventoryCount', id: string }
    | { __typename?: 'Invoice', id: string }
    | { __typename?: 'Item', sku: string, id: string }
    | { __typename?: 'ItemBarcode', id: string }
    | { __typename?: 'JournalEntry', id: string }
    | { __typename?: 'Location', id: string }
    | { __typename?: 'Lot', id: string }
    | { __typename?: 'Partner', id: string }
    | { __typename?: 'Payment', id: string }
    | { __typename?: 'PickList', id: string }
    | { __typename?: 'PickTask', id: string }
    | { __typename?: 'ReturnAuthorization', id: string }
    | { __typename?: 'ReturnLine', id: string }
    | { __typename?: 'SalesChannel', id: string }
    | { __typename?: 'SalesOrder', id: string }
    | { __typename?: 'SalesOrderLine', id: string }
    | { __typename?: 'Serial', id: string }
    | { __typename?: 'Shipment', id: string }
    | { __typename?: 'ShipmentLine', id: string }
    | { __typename?: 'StockDocument', id: string }
    | { __typename?: 'StockHold', id: string }
    | { __typename?: 'StockMove', id: string }
    | { __typename?: 'StockTransfer', id: string }
    | { __typename?: 'Unit', id: string }
    | { __typename?: 'Warehouse', id: string }
    | { __typename?: 'Wave', id: string }
    | { __typename?: 'Zone', id: string }
   | null> };

export type QueryCountApiKeysQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type QueryCountApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', edges: Array<{ __typename?: 'ApiKeyEdge', node: { __typename?: 'ApiKey', name: string, partner: { __typename?: 'Partner', code: string } | null } }> } };

export type QueryCountStockMovesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type QueryCountStockMovesQuery = { __typename?: 'Query', stockMoves: { __typename?: 'StockMoveConnection', edges: Array<{ __typename?: 'StockMoveEdge', node: { __typename?: 'StockMove', quantity: string, value: string, serialNumbers: Array<string>, item: { __typename?: 'Item', sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null, toLocation: { __typename?: 'Location', code: string } | null, toWarehouse: { __typename?: 'Warehouse', code: string } | null, document: { __typename?: 'DocumentRef', number: string | null }, journalEntry: { __typename?: 'JournalEntry', number: string } | null } }> } };

export type QueryCountStockLevelsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type QueryCountStockLevelsQuery = { __typename?: 'Query', stockLevels: { __typename?: 'StockLevelConnection', edges: Array<{ __typename?: 'StockLevelEdge', node: { __typename?: 'StockLevel', onHand: string, item: { __typename?: 'Item', sku: string, stock: Array<{ __typename?: 'StockSummary', available: string, allocated: string }> }, location: { __typename?: 'Location', code: string }, warehouse: { __typename?: 'Warehouse', code: string } } }> } };

export type QueryCountSalesOrdersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  channelId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type QueryCountSalesOrdersQuery = { __typename?: 'Query', salesOrders: { __typename?: 'SalesOrderConnection', edges: Array<{ __typename?: 'SalesOrderEdge', node: { __typename?: 'SalesOrder', number: string, status: SalesOrderStatus, customer: { __typename?: 'Customer', code: string }, channel: { __typename?: 'SalesChannel', code: string }, partner: { __typename?: 'Partner', code: string } | null, lines: Array<{ __typename?: 'SalesOrderLine', lineNo: number, quantityOrdered: string, item: { __typename?: 'Item', sku: string, unit: { __typename?: 'Unit', code: string } }, allocations: Array<{ __typename?: 'StockAllocation', quantity: string, status: AllocationStatus, location: { __typename?: 'Location', code: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }> }>, shipments: Array<{ __typename?: 'Shipment', number: string, status: ShipmentStatus, cartons: Array<{ __typename?: 'Carton', sscc: string }> }> } }> } };

export type GrossMarginQueryVariables = Exact<{
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
  groupBy: GrossMarginGroupBy;
  filter?: InputMaybe<GrossMarginFilterInput>;
}>;


export type GrossMarginQuery = { __typename?: 'Query', grossMargin: { __typename?: 'GrossMarginReport', from: string, to: string, groupBy: GrossMarginGroupBy, rows: Array<{ __typename?: 'GrossMarginRow', revenue: string, cogs: string, margin: string, marginPercent: string | null, key: { __typename?: 'GrossMarginKey', id: string, label: string, name: string | null } | null }>, total: { __typename?: 'GrossMarginRow', revenue: string, cogs: string, margin: string, marginPercent: string | null, key: { __typename?: 'GrossMarginKey', id: string } | null } } };

export type FulfillmentPerformanceQueryVariables = Exact<{
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
  filter?: InputMaybe<FulfillmentPerformanceFilterInput>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type FulfillmentPerformanceQuery = { __typename?: 'Query', fulfillmentPerformance: { __typename?: 'FulfillmentPerformance', from: string, to: string, orders: number, orderToShip: { __typename?: 'OrderToShipTime', ordersShipped: number, p50Hours: string | null, p90Hours: string | null }, onTimeShipRate: { __typename?: 'FulfillmentRate', rate: string | null, count: string, of: string }, fillRate: { __typename?: 'FillRate', lines: { __typename?: 'FulfillmentRate', rate: string | null, count: string, of: string }, units: { __typename?: 'FulfillmentRate', rate: string | null, count: string, of: string } }, pickAccuracy: { __typename?: 'PickAccuracy', picks: number, shortPicks: number, wrongScans: number, shortPicksPerThousand: string | null, wrongScansPerThousand: string | null }, backorderAge: { __typename?: 'BackorderAge', asOf: string, lines: number, units: string, p50Days: string | null, maxDays: string | null } } };

export type ReturnFieldsFragment = { __typename?: 'ReturnAuthorization', id: string, number: string, status: ReturnStatus, version: number, reason: string | null, receivedAt: string | null, closedAt: string | null, creditNoteId: string | null, refundId: string | null, order: { __typename?: 'SalesOrder', id: string }, customer: { __typename?: 'Customer', id: string }, lines: Array<{ __typename?: 'ReturnLine', id: string, lineNo: number, quantity: string, quantityReceived: string, quantityRestocked: string, quantityScrapped: string, costReceived: string, serialNumbers: Array<string>, item: { __typename?: 'Item', id: string, sku: string }, lot: { __typename?: 'Lot', lotNumber: string, expiryDate: string | null } | null, shipmentLine: { __typename?: 'ShipmentLine', id: string, quantity: string, quantityReturned: string }, orderLine: { __typename?: 'SalesOrderLine', id: string } }> };

export type ShipmentLinesOfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentLinesOfQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', id: string, lines: Array<{ __typename?: 'ShipmentLine', id: string, quantity: string, quantityReturned: string, cost: string, serialNumbers: Array<string>, item: { __typename?: 'Item', id: string, sku: string }, lot: { __typename?: 'Lot', lotNumber: string } | null }> } | null };

export type ReturnAuthorizeMutationVariables = Exact<{
  input: ReturnAuthorizeInput;
}>;


export type ReturnAuthorizeMutation = { __typename?: 'Mutation', returnAuthorize: { __typename?: 'ReturnPayload', return: { __typename?: 'ReturnAuthorization', id: string, number: string, status: ReturnStatus, version: number, reason: string | null, receivedAt: string | null, closedAt: string | null, creditNoteId: string | null, refundId: string | null, order: { __typename?: 'SalesOrder', id: string }, customer: { __typename?: 'Customer', id: string }, lines: Array<{ __typename?: 'ReturnLine', id: string, lineNo: number, quantity: string, quantityReceived: string, quantityRestocked: string, quantityScrapped: string, costReceived: string, serialNumbers: Array<string>, item: { __typename?: 'Item', id: string, sku: string }, lot: { __typename?: 'Lot', lotNumber: string, expiryDate: string | null } | null, shipmentLine: { __typename?: 'ShipmentLine', id: string, quantity: string, quantityReturned: string }, orderLine: { __typename?: 'SalesOrderLine', id: string } }> } | null, userErrors: Array<{ __typename?: 'ReturnUserError', code: ReturnErrorCode, message: string, field: Array<string> | null }> } };

export type ReturnReceiveMutationVariables = Exact<{
  input: ReturnReceiveInput;
}>;


export type ReturnReceiveMutation = { __typename?: 'Mutation', returnReceive: { __typename?: 'ReturnPayload', return: { __typename?: 'ReturnAuthorization', id: string, number: string, status: ReturnStatus, version: number, reason: string | null, receivedAt: string | null, closedAt: string | null, creditNoteId: string | null, refundId: string | null, order: { __typename?: 'SalesOrder', id: string }, customer: { __typename?: 'Customer', id: string }, lines: Array<{ __typename?: 'ReturnLine', id: string, lineNo: number, quantity: string, quantityReceived: string, quantityRestocked: string, quantityScrapped: string, costReceived: string, serialNumbers: Array<string>, item: { __typename?: 'Item', id: string, sku: string }, lot: { __typename?: 'Lot', lotNumber: string, expiryDate: string | null } | null, shipmentLine: { __typename?: 'ShipmentLine', id: string, quantity: string, quantityReturned: string }, orderLine: { __typename?: 'SalesOrderLine', id: string } }> } | null, userErrors: Array<{ __typename?: 'ReturnUserError', code: ReturnErrorCode, message: string, field: Array<string> | null }> } };

export type ReturnInspectMutationVariables = Exact<{
  input: ReturnInspectInput;
}>;


export type ReturnInspectMutation = { __typename?: 'Mutation', returnInspect: { __typename?: 'ReturnPayload', return: { __typename?: 'ReturnAuthorization', id: string, number: string, status: ReturnStatus, version: number, reason: string | null, receivedAt: string | null, closedAt: string | null, creditNoteId: string | null, refundId: string | null, order: { __typename?: 'SalesOrder', id: string }, customer: { __typename?: 'Customer', id: string }, lines: Array<{ __typename?: 'ReturnLine', id: string, lineNo: number, quantity: string, quantityReceived: string, quantityRestocked: string, quantityScrapped: string, costReceived: string, serialNumbers: Array<string>, item: { __typename?: 'Item', id: string, sku: string }, lot: { __typename?: 'Lot', lotNumber: string, expiryDate: string | null } | null, shipmentLine: { __typename?: 'ShipmentLine', id: string, quantity: string, quantityReturned: string }, orderLine: { __typename?: 'SalesOrderLine', id: string } }> } | null, userErrors: Array<{ __typename?: 'ReturnUserError', code: ReturnErrorCode, message: string, field: Array<string> | null }> } };

export type ReturnCancelMutationVariables = Exact<{
  input: ReturnCancelInput;
}>;


export type ReturnCancelMutation = { __typename?: 'Mutation', returnCancel: { __typename?: 'ReturnPayload', return: { __typename?: 'ReturnAuthorization', id: string, number: string, status: ReturnStatus, version: number, reason: string | null, receivedAt: string | null, closedAt: string | null, creditNoteId: string | null, refundId: string | null, order: { __typename?: 'SalesOrder', id: string }, customer: { __typename?: 'Customer', id: string }, lines: Array<{ __typename?: 'ReturnLine', id: string, lineNo: number, quantity: string, quantityReceived: string, quantityRestocked: string, quantityScrapped: string, costReceived: string, serialNumbers: Array<string>, item: { __typename?: 'Item', id: string, sku: string }, lot: { __typename?: 'Lot', lotNumber: string, expiryDate: string | null } | null, shipmentLine: { __typename?: 'ShipmentLine', id: string, quantity: string, quantityReturned: string }, orderLine: { __typename?: 'SalesOrderLine', id: string } }> } | null, userErrors: Array<{ __typename?: 'ReturnUserError', code: ReturnErrorCode, message: string, field: Array<string> | null }> } };

export type ReturnByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReturnByIdQuery = { __typename?: 'Query', return: { __typename?: 'ReturnAuthorization', id: string, number: string, status: ReturnStatus, version: number, reason: string | null, receivedAt: string | null, closedAt: string | null, creditNoteId: string | null, refundId: string | null, order: { __typename?: 'SalesOrder', id: string }, customer: { __typename?: 'Customer', id: string }, lines: Array<{ __typename?: 'ReturnLine', id: string, lineNo: number, quantity: string, quantityReceived: string, quantityRestocked: string, quantityScrapped: string, costReceived: string, serialNumbers: Array<string>, item: { __typename?: 'Item', id: string, sku: string }, lot: { __typename?: 'Lot', lotNumber: string, expiryDate: string | null } | null, shipmentLine: { __typename?: 'ShipmentLine', id: string, quantity: string, quantityReturned: string }, orderLine: { __typename?: 'SalesOrderLine', id: string } }> } | null };

export type ReturnsQueryVariables = Exact<{
  filter?: InputMaybe<ReturnFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReturnsQuery = { __typename?: 'Query', returns: { __typename?: 'ReturnAuthorizationConnection', totalCount: number, edges: Array<{ __typename?: 'ReturnAuthorizationEdge', cursor: string, node: { __typename?: 'ReturnAuthorization', id: string, number: string, status: ReturnStatus } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CustomerFieldsFragment = { __typename?: 'Customer', id: string, code: string, name: string, email: string | null, paymentTermsDays: number, defaultTaxRate: string, creditLimit: string | null, active: boolean, version: number, billingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null }, shippingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null } };

export type SalesOrderFieldsFragment = { __typename?: 'SalesOrder', id: string, number: string, status: SalesOrderStatus, externalRef: string | null, requestedShipDate: string | null, priority: number, carrier: string | null, carrierService: string | null, cancelledAt: string | null, cancelReason: string | null, version: number, shippingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null }, customer: { __typename?: 'Customer', code: string }, channel: { __typename?: 'SalesChannel', code: string }, partner: { __typename?: 'Partner', code: string } | null, shipFromWarehouse: { __typename?: 'Warehouse', code: string } | null, lines: Array<{ __typename?: 'SalesOrderLine', lineNo: number, quantityOrdered: string, quantityAllocated: string, quantityPicked: string, quantityPacked: string, quantityShipped: string, quantityBackordered: string, quantityCancelled: string, unitPrice: string, discountPercent: string, taxRate: string, item: { __typename?: 'Item', sku: string } }> };

export type CustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CustomerCreateMutation = { __typename?: 'Mutation', customerCreate: { __typename?: 'CustomerCreatePayload', customer: { __typename?: 'Customer', id: string, code: string, name: string, email: string | null, paymentTermsDays: number, defaultTaxRate: string, creditLimit: string | null, active: boolean, version: number, billingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null }, shippingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null } } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerUpdateMutationVariables = Exact<{
  input: CustomerUpdateInput;
}>;


export type CustomerUpdateMutation = { __typename?: 'Mutation', customerUpdate: { __typename?: 'CustomerUpdatePayload', customer: { __typename?: 'Customer', id: string, code: string, name: string, email: string | null, paymentTermsDays: number, defaultTaxRate: string, creditLimit: string | null, active: boolean, version: number, billingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null }, shippingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null } } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerDeactivateMutationVariables = Exact<{
  input: CustomerDeactivateInput;
}>;


export type CustomerDeactivateMutation = { __typename?: 'Mutation', customerDeactivate: { __typename?: 'CustomerDeactivatePayload', customer: { __typename?: 'Customer', id: string, active: boolean, version: number } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerByIdQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, code: string, name: string, email: string | null, paymentTermsDays: number, defaultTaxRate: string, creditLimit: string | null, active: boolean, version: number, billingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null }, shippingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null } } | null };

export type CustomerByCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CustomerByCodeQuery = { __typename?: 'Query', customerByCode: { __typename?: 'Customer', id: string, code: string } | null };

export type CustomersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
}>;


export type CustomersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, edges: Array<{ __typename?: 'CustomerEdge', cursor: string, node: { __typename?: 'Customer', code: string, active: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SalesChannelCreateMutationVariables = Exact<{
  input: SalesChannelCreateInput;
}>;


export type SalesChannelCreateMutation = { __typename?: 'Mutation', salesChannelCreate: { __typename?: 'SalesChannelCreatePayload', salesChannel: { __typename?: 'SalesChannel', id: string, code: string, name: string, kind: SalesChannelKind, active: boolean, partner: { __typename?: 'Partner', code: string } | null } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesChannelUpdateMutationVariables = Exact<{
  input: SalesChannelUpdateInput;
}>;


export type SalesChannelUpdateMutation = { __typename?: 'Mutation', salesChannelUpdate: { __typename?: 'SalesChannelUpdatePayload', salesChannel: { __typename?: 'SalesChannel', id: string, code: string, active: boolean, version: number } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type SalesChannelsQuery = { __typename?: 'Query', salesChannels: { __typename?: 'SalesChannelConnection', edges: Array<{ __typename?: 'SalesChannelEdge', node: { __typename?: 'SalesChannel', code: string, kind: SalesChannelKind } }> } };

export type SalesOrderCreateMutationVariables = Exact<{
  input: SalesOrderCreateInput;
}>;


export type SalesOrderCreateMutation = { __typename?: 'Mutation', salesOrderCreate: { __typename?: 'SalesOrderCreatePayload', salesOrder: { __typename?: 'SalesOrder', id: string, number: string, status: SalesOrderStatus, externalRef: string | null, requestedShipDate: string | null, priority: number, carrier: string | null, carrierService: string | null, cancelledAt: string | null, cancelReason: string | null, version: number, shippingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null }, customer: { __typename?: 'Customer', code: string }, channel: { __typename?: 'SalesChannel', code: string }, partner: { __typename?: 'Partner', code: string } | null, shipFromWarehouse: { __typename?: 'Warehouse', code: string } | null, lines: Array<{ __typename?: 'SalesOrderLine', lineNo: number, quantityOrdered: string, quantityAllocated: string, quantityPicked: string, quantityPacked: string, quantityShipped: string, quantityBackordered: string, quantityCancelled: string, unitPrice: string, discountPercent: string, taxRate: string, item: { __typename?: 'Item', sku: string } }> } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderUpdateMutationVariables = Exact<{
  input: SalesOrderUpdateInput;
}>;


export type SalesOrderUpdateMutation = { __typename?: 'Mutation', salesOrderUpdate: { __typename?: 'SalesOrderUpdatePayload', salesOrder: { __typename?: 'SalesOrder', id: string, number: string, status: SalesOrderStatus, externalRef: string | null, requestedShipDate: string | null, priority: number, carrier: string | null, carrierService: string | null, cancelledAt: string | null, cancelReason: string | null, version: number, shippingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null }, customer: { __typename?: 'Customer', code: string }, channel: { __typename?: 'SalesChannel', code: string }, partner: { __typename?: 'Partner', code: string } | null, shipFromWarehouse: { __typename?: 'Warehouse', code: string } | null, lines: Array<{ __typename?: 'SalesOrderLine', lineNo: number, quantityOrdered: string, quantityAllocated: string, quantityPicked: string, quantityPacked: string, quantityShipped: string, quantityBackordered: string, quantityCancelled: string, unitPrice: string, discountPercent: string, taxRate: string, item: { __typename?: 'Item', sku: string } }> } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderCancelMutationVariables = Exact<{
  input: SalesOrderCancelInput;
}>;


export type SalesOrderCancelMutation = { __typename?: 'Mutation', salesOrderCancel: { __typename?: 'SalesOrderCancelPayload', salesOrder: { __typename?: 'SalesOrder', id: string, number: string, status: SalesOrderStatus, externalRef: string | null, requestedShipDate: string | null, priority: number, carrier: string | null, carrierService: string | null, cancelledAt: string | null, cancelReason: string | null, version: number, shippingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null }, customer: { __typename?: 'Customer', code: string }, channel: { __typename?: 'SalesChannel', code: string }, partner: { __typename?: 'Partner', code: string } | null, shipFromWarehouse: { __typename?: 'Warehouse', code: string } | null, lines: Array<{ __typename?: 'SalesOrderLine', lineNo: number, quantityOrdered: string, quantityAllocated: string, quantityPicked: string, quantityPacked: string, quantityShipped: string, quantityBackordered: string, quantityCancelled: string, unitPrice: string, discountPercent: string, taxRate: string, item: { __typename?: 'Item', sku: string } }> } | null, userErrors: Array<{ __typename?: 'SalesUserError', code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SalesOrderByIdQuery = { __typename?: 'Query', salesOrder: { __typename?: 'SalesOrder', id: string, number: string, status: SalesOrderStatus, externalRef: string | null, requestedShipDate: string | null, priority: number, carrier: string | null, carrierService: string | null, cancelledAt: string | null, cancelReason: string | null, version: number, shippingAddress: { __typename?: 'Address', line1: string | null, city: string | null, country: string | null }, customer: { __typename?: 'Customer', code: string }, channel: { __typename?: 'SalesChannel', code: string }, partner: { __typename?: 'Partner', code: string } | null, shipFromWarehouse: { __typename?: 'Warehouse', code: string } | null, lines: Array<{ __typename?: 'SalesOrderLine', lineNo: number, quantityOrdered: string, quantityAllocated: string, quantityPicked: string, quantityPacked: string, quantityShipped: string, quantityBackordered: string, quantityCancelled: string, unitPrice: string, discountPercent: string, taxRate: string, item: { __typename?: 'Item', sku: string } }> } | null };

export type SalesOrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SalesOrderFilter>;
}>;


export type SalesOrdersQuery = { __typename?: 'Query', salesOrders: { __typename?: 'SalesOrderConnection', totalCount: number, edges: Array<{ __typename?: 'SalesOrderEdge', node: { __typename?: 'SalesOrder', id: string, number: string, status: SalesOrderStatus, partner: { __typename?: 'Partner', code: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SalesOrderNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SalesOrderNodeQuery = { __typename?: 'Query', node:
    | { __typename: 'Account', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Carton', id: string }
    | { __typename: 'Category', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'FiscalPeriod', id: string }
    | { __typename: 'InventoryCount', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Item', id: string }
    | { __typename: 'ItemBarcode', id: string }
    | { __typename: 'JournalEntry', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PickList', id: string }
    | { __typename: 'PickTask', id: string }
    | { __typename: 'ReturnAuthorization', id: string }
    | { __typename: 'ReturnLine', id: string }
    | { __typename: 'SalesChannel', id: string }
    | { __typename: 'SalesOrder', number: string, status: SalesOrderStatus, id: string }
    | { __typename: 'SalesOrderLine', id: string }
    | { __typename: 'Serial', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShipmentLine', id: string }
    | { __typename: 'StockDocument', id: string }
    | { __typename: 'StockHold', id: string }
    | { __typename: 'StockMove', id: string }
    | { __typename: 'StockTransfer', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'Warehouse', id: string }
    | { __typename: 'Wave', id: string }
    | { __typename: 'Zone', id: string }
   | null };

export type SalesOrderNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SalesOrderNodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Account', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'Carton', id: string }
    | { __typename?: 'Category', id: string }
    | { __typename?: 'Customer', id: string }
    | { __typename?: 'FiscalPeriod', id: string }
    | { __typename?: 'InventoryCount', id: string }
    | { __typename?: 'Invoice', id: string }
    | { __typename?: 'Item', id: string }
    | { __typename?: 'ItemBarcode', id: string }
    | { __typename?: 'JournalEntry', id: string }
    | { __typename?: 'Location', id: string }
    | { __typename?: 'Lot', id: string }
    | { __typename?: 'Partner', id: string }
    | { __typename?: 'Payment', id: string }
    | { __typename?: 'PickList', id: string }
    | { __typename?: 'PickTask', id: string }
    | { __typename?: 'ReturnAuthorization', id: string }
    | { __typename?: 'ReturnLine', id: string }
    | { __typename?: 'SalesChannel', id: string }
    | { __typename?: 'SalesOrder', number: string, id: string }
    | { __typename?: 'SalesOrderLine', id: string }
    | { __typename?: 'Serial', id: string }
    | { __typename?: 'Shipment', id: string }
    | { __typename?: 'ShipmentLine', id: string }
    | { __typename?: 'StockDocument', id: string }
    | { __typename?: 'StockHold', id: string }
    | { __typename?: 'StockMove', id: string }
    | { __typename?: 'StockTransfer', id: string }
    | { __typename?: 'Unit', id: string }
    | { __typename?: 'Warehouse', id: string }
    | { __typename?: 'Wave', id: string }
    | { __typename?: 'Zone', id: string }
   | null> };

export type SalesOrderCustomerCreditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SalesOrderCustomerCreditQuery = { __typename?: 'Query', salesOrder: { __typename?: 'SalesOrder', number: string, customer: { __typename?: 'Customer', code: string, creditLimit: string | null } } | null };

export type ScanElementFieldsFragment = { __typename?: 'ScanElement', ai: string, title: string, raw: string, position: number, date: string | null, quantity: string | null, measure: string | null, measureUnit: string | null, gtin: string | null };

export type ScanParseQueryVariables = Exact<{
  raw: Scalars['String']['input'];
}>;


export type ScanParseQuery = { __typename?: 'Query', scanParse: { __typename?: 'ScanParseResult', raw: string, gs1: boolean, symbology: ScanSymbology, symbologyId: string | null, kind: ScanKind, quantity: string | null, sscc: string | null, elements: Array<{ __typename?: 'ScanElement', ai: string, title: string, raw: string, position: number, date: string | null, quantity: string | null, measure: string | null, measureUnit: string | null, gtin: string | null }>, error: { __typename?: 'ScanError', code: ScanErrorCode, message: string, position: number, ai: string | null } | null, item: { __typename?: 'Item', id: string, sku: string, trackingMode: TrackingMode } | null, barcode: { __typename?: 'ItemBarcode', code: string, kind: BarcodeKind, quantity: string } | null, lots: Array<{ __typename?: 'Lot', id: string, lotNumber: string, expiryDate: string | null, item: { __typename?: 'Item', sku: string } }> | null, serials: Array<{ __typename?: 'Serial', id: string, serialNumber: string, status: SerialStatus, item: { __typename?: 'Item', sku: string }, location: { __typename?: 'Location', code: string } | null }> | null, location: { __typename?: 'Location', id: string, code: string, barcode: string | null } | null } };

export type ScanParseCatalogQueryVariables = Exact<{
  raw: Scalars['String']['input'];
}>;


export type ScanParseCatalogQuery = { __typename?: 'Query', scanParse: { __typename?: 'ScanParseResult', kind: ScanKind, gs1: boolean, quantity: string | null, elements: Array<{ __typename?: 'ScanElement', ai: string, raw: string, date: string | null }>, error: { __typename?: 'ScanError', code: ScanErrorCode, position: number, ai: string | null } | null, item: { __typename?: 'Item', sku: string } | null, barcode: { __typename?: 'ItemBarcode', code: string, quantity: string } | null } };

export type ScanParseLocationQueryVariables = Exact<{
  raw: Scalars['String']['input'];
}>;


export type ScanParseLocationQuery = { __typename?: 'Query', scanParse: { __typename?: 'ScanParseResult', kind: ScanKind, location: { __typename?: 'Location', code: string } | null } };

export type ScanParseLotsQueryVariables = Exact<{
  raw: Scalars['String']['input'];
}>;


export type ScanParseLotsQuery = { __typename?: 'Query', scanParse: { __typename?: 'ScanParseResult', kind: ScanKind, item: { __typename?: 'Item', sku: string } | null, lots: Array<{ __typename?: 'Lot', lotNumber: string }> | null } };

export type ScanParseItemCostQueryVariables = Exact<{
  raw: Scalars['String']['input'];
}>;


export type ScanParseItemCostQuery = { __typename?: 'Query', scanParse: { __typename?: 'ScanParseResult', item: { __typename?: 'Item', sku: string, standardCost: string | null } | null } };

export type ViewerChannelQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerChannelQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', role: Role, channel: { __typename?: 'SalesChannel', id: string, code: string } | null } };

export type SalesOrderLineCostsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SalesOrderLineCostsQuery = { __typename?: 'Query', salesOrder: { __typename?: 'SalesOrder', id: string, lines: Array<{ __typename?: 'SalesOrderLine', item: { __typename?: 'Item', sku: string, standardCost: string | null } }> } | null };

export type SalesOrdersByChannelQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SalesOrderFilter>;
}>;


export type SalesOrdersByChannelQuery = { __typename?: 'Query', salesOrders: { __typename?: 'SalesOrderConnection', totalCount: number, edges: Array<{ __typename?: 'SalesOrderEdge', node: { __typename?: 'SalesOrder', id: string, channel: { __typename?: 'SalesChannel', code: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type WarehouseFieldsFragment = { __typename?: 'Warehouse', id: string, code: string, name: string, active: boolean, allowNegativeStock: boolean, version: number, address: { __typename?: 'Address', line1: string | null, city: string | null, postalCode: string | null, country: string | null } };

export type WarehouseCreateMutationVariables = Exact<{
  input: WarehouseCreateInput;
}>;


export type WarehouseCreateMutation = { __typename?: 'Mutation', warehouseCreate: { __typename?: 'WarehouseCreatePayload', warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string, active: boolean, allowNegativeStock: boolean, version: number, address: { __typename?: 'Address', line1: string | null, city: string | null, postalCode: string | null, country: string | null } } | null, userErrors: Array<{ __typename?: 'WarehouseUserError', code: WarehouseErrorCode, message: string, field: Array<string> | null }> } };

export type WarehouseUpdateMutationVariables = Exact<{
  input: WarehouseUpdateInput;
}>;


export type WarehouseUpdateMutation = { __typename?: 'Mutation', warehouseUpdate: { __typename?: 'WarehouseUpdatePayload', warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string, active: boolean, allowNegativeStock: boolean, version: number, address: { __typename?: 'Address', line1: string | null, city: string | null, postalCode: string | null, country: string | null } } | null, userErrors: Array<{ __typename?: 'WarehouseUserError', code: WarehouseErrorCode, message: string, field: Array<string> | null }> } };

export type WarehouseDeactivateMutationVariables = Exact<{
  input: WarehouseDeactivateInput;
}>;


export type WarehouseDeactivateMutation = { __typename?: 'Mutation', warehouseDeactivate: { __typename?: 'WarehouseDeactivatePayload', warehouse: { __typename?: 'Warehouse', id: string, active: boolean, version: number } | null, userErrors: Array<{ __typename?: 'WarehouseUserError', code: WarehouseErrorCode, message: string, field: Array<string> | null }> } };

export type ZoneCreateMutationVariables = Exact<{
  input: ZoneCreateInput;
}>;


export type ZoneCreateMutation = { __typename?: 'Mutation', zoneCreate: { __typename?: 'ZoneCreatePayload', zone: { __typename?: 'Zone', id: string, code: string, name: string } | null, userErrors: Array<{ __typename?: 'WarehouseUserError', code: WarehouseErrorCode, message: string, field: Array<string> | null }> } };

export type LocationCreateMutationVariables = Exact<{
  input: LocationCreateInput;
}>;


export type LocationCreateMutation = { __typename?: 'Mutation', locationCreate: { __typename?: 'LocationCreatePayload', location: { __typename?: 'Location', id: string, code: string, type: LocationType, sellable: boolean, pickSequence: number | null, barcode: string | null, zone: { __typename?: 'Zone', code: string } | null, warehouse: { __typename?: 'Warehouse', code: string } } | null, userErrors: Array<{ __typename?: 'WarehouseUserError', code: WarehouseErrorCode, message: string, field: Array<string> | null }> } };

export type LocationUpdateMutationVariables = Exact<{
  input: LocationUpdateInput;
}>;


export type LocationUpdateMutation = { __typename?: 'Mutation', locationUpdate: { __typename?: 'LocationUpdatePayload', location: { __typename?: 'Location', id: string, code: string, type: LocationType, sellable: boolean, active: boolean, version: number } | null, userErrors: Array<{ __typename?: 'WarehouseUserError', code: WarehouseErrorCode, message: string, field: Array<string> | null }> } };

export type LocationDeactivateMutationVariables = Exact<{
  input: LocationDeactivateInput;
}>;


export type LocationDeactivateMutation = { __typename?: 'Mutation', locationDeactivate: { __typename?: 'LocationDeactivatePayload', location: { __typename?: 'Location', id: string, active: boolean } | null, userErrors: Array<{ __typename?: 'WarehouseUserError', code: WarehouseErrorCode, message: string, field: Array<string> | null }> } };

export type WarehouseByCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type WarehouseByCodeQuery = { __typename?: 'Query', warehouseByCode: { __typename?: 'Warehouse', id: string, code: string, name: string, active: boolean, allowNegativeStock: boolean, version: number, zones: Array<{ __typename?: 'Zone', code: string }>, locationByCode: { __typename?: 'Location', code: string, type: LocationType, sellable: boolean } | null, address: { __typename?: 'Address', line1: string | null, city: string | null, postalCode: string | null, country: string | null } } | null };

export type WarehousesQueryVariables = Exact<{
  filter?: InputMaybe<WarehouseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WarehousesQuery = { __typename?: 'Query', warehouses: { __typename?: 'WarehouseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'WarehouseEdge', node: { __typename?: 'Warehouse', code: string, name: string, active: boolean } }> } };

export type WarehouseLocationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<LocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WarehouseLocationsQuery = { __typename?: 'Query', warehouse: { __typename?: 'Warehouse', code: string, locations: { __typename?: 'LocationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'LocationEdge', node: { __typename?: 'Location', id: string, code: string, type: LocationType, sellable: boolean, pickSequence: number | null, zone: { __typename?: 'Zone', code: string, warehouse: { __typename?: 'Warehouse', code: string } } | null, warehouse: { __typename?: 'Warehouse', code: string } } }> } } | null };

export type LocationByBarcodeQueryVariables = Exact<{
  barcode: Scalars['String']['input'];
}>;


export type LocationByBarcodeQuery = { __typename?: 'Query', locationByBarcode: { __typename?: 'Location', code: string, warehouse: { __typename?: 'Warehouse', code: string } } | null };

export const InvoiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"netTotal"}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountOpen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"returnId"}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"netAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCredited"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLineId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceFieldsFragment, unknown>;
export const PaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountUnapplied"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDate"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentFieldsFragment, unknown>;
export const ItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trackingMode"}},{"kind":"Field","name":{"kind":"Name","value":"lotExpiryRequired"}},{"kind":"Field","name":{"kind":"Name","value":"valuationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"lengthCm"}},{"kind":"Field","name":{"kind":"Name","value":"widthCm"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<ItemFieldsFragment, unknown>;
export const CreditOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"creditApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}}]}}]}}]} as unknown as DocumentNode<CreditOrderFieldsFragment, unknown>;
export const ShipmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"statusTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cartons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sscc"}},{"kind":"Field","name":{"kind":"Name","value":"cartonType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ShipmentFieldsFragment, unknown>;
export const StockHoldFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<StockHoldFieldsFragment, unknown>;
export const MoveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMove"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<MoveFieldsFragment, unknown>;
export const DocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoveFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMove"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<DocumentFieldsFragment, unknown>;
export const TransferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLost"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiveEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]} as unknown as DocumentNode<TransferFieldsFragment, unknown>;
export const CountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"missingSerials"}},{"kind":"Field","name":{"kind":"Name","value":"foundSerials"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]} as unknown as DocumentNode<CountFieldsFragment, unknown>;
export const EntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"postingDate"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<EntryFieldsFragment, unknown>;
export const ReturnFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReturnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRestocked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityScrapped"}},{"kind":"Field","name":{"kind":"Name","value":"costReceived"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReturned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTaxRate"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<CustomerFieldsFragment, unknown>;
export const SalesOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"requestedShipDate"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"carrierService"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipFromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPacked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}}]}}]} as unknown as DocumentNode<SalesOrderFieldsFragment, unknown>;
export const ScanElementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanElementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScanElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ai"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]} as unknown as DocumentNode<ScanElementFieldsFragment, unknown>;
export const WarehouseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarehouseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warehouse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegativeStock"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<WarehouseFieldsFragment, unknown>;
export const AccessItemCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessItemCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"standardCost"}}]}}]}}]} as unknown as DocumentNode<AccessItemCostQuery, AccessItemCostQueryVariables>;
export const AccessItemsWithCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessItemsWithCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skus"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"skus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skus"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"standardCost"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessItemsWithCostQuery, AccessItemsWithCostQueryVariables>;
export const AccessItemCreateWithCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessItemCreateWithCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"standardCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccessItemCreateWithCostMutation, AccessItemCreateWithCostMutationVariables>;
export const AccessNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<AccessNodeQuery, AccessNodeQueryVariables>;
export const AccessWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessWarehouse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AccessWarehouseQuery, AccessWarehouseQueryVariables>;
export const AccessApiKeysAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessApiKeysAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"250"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessApiKeysAllQuery, AccessApiKeysAllQueryVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"netTotal"}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountOpen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"returnId"}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"netAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCredited"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLineId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const InvoiceByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"netTotal"}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountOpen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"returnId"}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"netAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCredited"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLineId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceByIdQuery, InvoiceByIdQueryVariables>;
export const InvoiceCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"netTotal"}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountOpen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"returnId"}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"netAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCredited"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLineId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceCreateMutation, InvoiceCreateMutationVariables>;
export const CreditNoteCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditNoteCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNoteCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNoteCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"netTotal"}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountOpen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"returnId"}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"netAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCredited"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLineId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<CreditNoteCreateMutation, CreditNoteCreateMutationVariables>;
export const PaymentReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReceiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentReceive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountUnapplied"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDate"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentReceiveMutation, PaymentReceiveMutationVariables>;
export const CreditApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountUnapplied"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDate"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"netTotal"}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountOpen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"returnId"}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"netAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCredited"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLineId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<CreditApplyMutation, CreditApplyMutationVariables>;
export const RefundIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountUnapplied"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDate"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<RefundIssueMutation, RefundIssueMutationVariables>;
export const PaymentReverseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentReverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReverseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentReverse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountUnapplied"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDate"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentReverseMutation, PaymentReverseMutationVariables>;
export const ArAgingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArAging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arAging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"days1to30"}},{"kind":"Field","name":{"kind":"Name","value":"days31to60"}},{"kind":"Field","name":{"kind":"Name","value":"days61to90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}},{"kind":"Field","name":{"kind":"Name","value":"unappliedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"days1to30"}},{"kind":"Field","name":{"kind":"Name","value":"days31to60"}},{"kind":"Field","name":{"kind":"Name","value":"days61to90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}},{"kind":"Field","name":{"kind":"Name","value":"unappliedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<ArAgingQuery, ArAgingQueryVariables>;
export const ReceivablesReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceivablesReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivablesReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glBalance"}},{"kind":"Field","name":{"kind":"Name","value":"subLedger"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}}]}}]}}]}}]} as unknown as DocumentNode<ReceivablesReconciliationQuery, ReceivablesReconciliationQueryVariables>;
export const CustomerStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerStatementQuery, CustomerStatementQueryVariables>;
export const InvoiceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountOpen"}}]}}]}}]} as unknown as DocumentNode<InvoiceSummaryQuery, InvoiceSummaryQueryVariables>;
export const ItemCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ItemCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trackingMode"}},{"kind":"Field","name":{"kind":"Name","value":"lotExpiryRequired"}},{"kind":"Field","name":{"kind":"Name","value":"valuationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"lengthCm"}},{"kind":"Field","name":{"kind":"Name","value":"widthCm"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<ItemCreateMutation, ItemCreateMutationVariables>;
export const ItemUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ItemUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trackingMode"}},{"kind":"Field","name":{"kind":"Name","value":"lotExpiryRequired"}},{"kind":"Field","name":{"kind":"Name","value":"valuationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"lengthCm"}},{"kind":"Field","name":{"kind":"Name","value":"widthCm"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<ItemUpdateMutation, ItemUpdateMutationVariables>;
export const ItemDeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ItemDeactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemDeactivateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemDeactivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ItemDeactivateMutation, ItemDeactivateMutationVariables>;
export const ItemBarcodeAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ItemBarcodeAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemBarcodeAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemBarcodeAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"barcodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ItemBarcodeAddMutation, ItemBarcodeAddMutationVariables>;
export const ItemBarcodeRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ItemBarcodeRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemBarcodeRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemBarcodeRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"barcodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ItemBarcodeRemoveMutation, ItemBarcodeRemoveMutationVariables>;
export const ItemByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trackingMode"}},{"kind":"Field","name":{"kind":"Name","value":"lotExpiryRequired"}},{"kind":"Field","name":{"kind":"Name","value":"valuationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"lengthCm"}},{"kind":"Field","name":{"kind":"Name","value":"widthCm"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<ItemByIdQuery, ItemByIdQueryVariables>;
export const ItemBySkuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemBySku"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemBySku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trackingMode"}},{"kind":"Field","name":{"kind":"Name","value":"lotExpiryRequired"}},{"kind":"Field","name":{"kind":"Name","value":"valuationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"lengthCm"}},{"kind":"Field","name":{"kind":"Name","value":"widthCm"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<ItemBySkuQuery, ItemBySkuQueryVariables>;
export const ItemByBarcodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemByBarcode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemByBarcode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ItemByBarcodeQuery, ItemByBarcodeQueryVariables>;
export const ItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Items"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ItemsQuery, ItemsQueryVariables>;
export const ItemsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ItemsPageQuery, ItemsPageQueryVariables>;
export const ItemCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"standardCost"}}]}}]}}]} as unknown as DocumentNode<ItemCostQuery, ItemCostQueryVariables>;
export const UnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const CategoryCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CategoryCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CategoryCreateMutation, CategoryCreateMutationVariables>;
export const CategoryUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CategoryUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CategoryUpdateMutation, CategoryUpdateMutationVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const ItemChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ItemChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skus"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skus"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ItemChangedSubscription, ItemChangedSubscriptionVariables>;
export const CreditCustomerCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditCustomerCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitAction"}},{"kind":"Field","name":{"kind":"Name","value":"autoInvoice"}},{"kind":"Field","name":{"kind":"Name","value":"returnCreditPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreditCustomerCreateMutation, CreditCustomerCreateMutationVariables>;
export const CreditCustomerUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditCustomerUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitAction"}},{"kind":"Field","name":{"kind":"Name","value":"autoInvoice"}},{"kind":"Field","name":{"kind":"Name","value":"returnCreditPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreditCustomerUpdateMutation, CreditCustomerUpdateMutationVariables>;
export const CreditOrderConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditOrderConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrderConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"creditApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}}]}}]}}]} as unknown as DocumentNode<CreditOrderConfirmMutation, CreditOrderConfirmMutationVariables>;
export const SalesOrderApproveCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesOrderApproveCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderApproveCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrderApproveCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"creditApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}}]}}]}}]} as unknown as DocumentNode<SalesOrderApproveCreditMutation, SalesOrderApproveCreditMutationVariables>;
export const CreditOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"creditApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}}]}}]}}]} as unknown as DocumentNode<CreditOrderQuery, CreditOrderQueryVariables>;
export const EventFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatusChangedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentUpdatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevelChangedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntryPostedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"postingDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnUpdatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EventFeedQuery, EventFeedQueryVariables>;
export const EventsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EventsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatusChangedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentUpdatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsLiveSubscription, EventsLiveSubscriptionVariables>;
export const SalesOrderConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesOrderConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrderConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shipFromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SalesOrderConfirmMutation, SalesOrderConfirmMutationVariables>;
export const WaveReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WaveRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WaveReleaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waveRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pickLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"tote"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WaveReleaseMutation, WaveReleaseMutationVariables>;
export const PickScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PickScan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PickScanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickScan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PickScanMutation, PickScanMutationVariables>;
export const PickShortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PickShort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PickShortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickShort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShort"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reallocated"}},{"kind":"Field","name":{"kind":"Name","value":"backordered"}},{"kind":"Field","name":{"kind":"Name","value":"countId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PickShortMutation, PickShortMutationVariables>;
export const ShipmentPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentPackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentPack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShipmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"statusTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cartons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sscc"}},{"kind":"Field","name":{"kind":"Name","value":"cartonType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ShipmentPackMutation, ShipmentPackMutationVariables>;
export const CartonCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartonClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartonCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartonClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CartonCloseMutation, CartonCloseMutationVariables>;
export const ShipmentConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShipmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"statusTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cartons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sscc"}},{"kind":"Field","name":{"kind":"Name","value":"cartonType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ShipmentConfirmMutation, ShipmentConfirmMutationVariables>;
export const ShipmentTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentTrackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentTrack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentTrackMutation, ShipmentTrackMutationVariables>;
export const OrderFulfillmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderFulfillment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPacked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrderFulfillmentQuery, OrderFulfillmentQueryVariables>;
export const ShipmentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentByIdQuery, ShipmentByIdQueryVariables>;
export const PickListAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PickListAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PickListAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickListAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"picker"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PickListAssignMutation, PickListAssignMutationVariables>;
export const StockHoldCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StockHoldCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockHoldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockHoldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<StockHoldCreateMutation, StockHoldCreateMutationVariables>;
export const StockHoldReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StockHoldRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockHoldReleaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockHoldRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockHoldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<StockHoldReleaseMutation, StockHoldReleaseMutationVariables>;
export const StockHoldByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockHoldById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockHoldFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<StockHoldByIdQuery, StockHoldByIdQueryVariables>;
export const StockHoldNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockHoldNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<StockHoldNodeQuery, StockHoldNodeQueryVariables>;
export const HeldStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeldStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skus"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sellableOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouseCode"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]} as unknown as DocumentNode<HeldStockQuery, HeldStockQueryVariables>;
export const PlatformNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PlatformNodesQuery, PlatformNodesQueryVariables>;
export const StockReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StockReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockReceiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockReceive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMove"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoveFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]} as unknown as DocumentNode<StockReceiveMutation, StockReceiveMutationVariables>;
export const StockMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StockMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockMove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMove"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoveFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]} as unknown as DocumentNode<StockMoveMutation, StockMoveMutationVariables>;
export const StockAdjustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StockAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockAdjustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockAdjust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMove"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoveFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]} as unknown as DocumentNode<StockAdjustMutation, StockAdjustMutationVariables>;
export const StockTransferShipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StockTransferShip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockTransferShipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockTransferShip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLost"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiveEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]} as unknown as DocumentNode<StockTransferShipMutation, StockTransferShipMutationVariables>;
export const StockTransferReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StockTransferReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockTransferReceiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockTransferReceive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLost"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiveEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]} as unknown as DocumentNode<StockTransferReceiveMutation, StockTransferReceiveMutationVariables>;
export const InventoryCountOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InventoryCountOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryCountOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryCountOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"missingSerials"}},{"kind":"Field","name":{"kind":"Name","value":"foundSerials"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]} as unknown as DocumentNode<InventoryCountOpenMutation, InventoryCountOpenMutationVariables>;
export const InventoryCountRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InventoryCountRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryCountRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryCountRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"missingSerials"}},{"kind":"Field","name":{"kind":"Name","value":"foundSerials"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]} as unknown as DocumentNode<InventoryCountRecordMutation, InventoryCountRecordMutationVariables>;
export const InventoryCountApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InventoryCountApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryCountApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryCountApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoveFields"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"missingSerials"}},{"kind":"Field","name":{"kind":"Name","value":"foundSerials"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMove"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<InventoryCountApproveMutation, InventoryCountApproveMutationVariables>;
export const InventoryCountCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InventoryCountCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryCountCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryCountCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<InventoryCountCancelMutation, InventoryCountCancelMutationVariables>;
export const StockLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevelFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockLevelsQuery, StockLevelsQueryVariables>;
export const ItemStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"sellableOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ItemStockQuery, ItemStockQueryVariables>;
export const StockMovesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockMoves"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StockMoveFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockMoves"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoveFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMove"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<StockMovesQuery, StockMovesQueryVariables>;
export const AvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Availability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skus"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"warehouseCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skus"}}},{"kind":"Argument","name":{"kind":"Name","value":"warehouseCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"warehouseCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouseCode"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}}]}}]}}]}}]} as unknown as DocumentNode<AvailabilityQuery, AvailabilityQueryVariables>;
export const InventoryValuationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryValuation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"warehouseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryValuation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"warehouseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"warehouseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"glBalance"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InventoryValuationQuery, InventoryValuationQueryVariables>;
export const LotByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<LotByNumberQuery, LotByNumberQueryVariables>;
export const LotTraceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotTrace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotTrace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LotTraceQuery, LotTraceQueryVariables>;
export const SerialTraceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SerialTrace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SerialTraceQuery, SerialTraceQueryVariables>;
export const StockTransferByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockTransferById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLost"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiveEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]} as unknown as DocumentNode<StockTransferByIdQuery, StockTransferByIdQueryVariables>;
export const StockLevelChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StockLevelChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skus"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"warehouseCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevelChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skus"}}},{"kind":"Argument","name":{"kind":"Name","value":"warehouseCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"warehouseCodes"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"warehouseCode"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StockLevelChangedSubscription, StockLevelChangedSubscriptionVariables>;
export const TrialBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrialBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trialBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDebit"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredit"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<TrialBalanceQuery, TrialBalanceQueryVariables>;
export const InventoryReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconciled"}},{"kind":"Field","name":{"kind":"Name","value":"totalVariance"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glBalance"}},{"kind":"Field","name":{"kind":"Name","value":"subLedgerValue"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glAmount"}},{"kind":"Field","name":{"kind":"Name","value":"subLedgerAmount"}},{"kind":"Field","name":{"kind":"Name","value":"moveIds"}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layerValue"}},{"kind":"Field","name":{"kind":"Name","value":"layerVariance"}},{"kind":"Field","name":{"kind":"Name","value":"layers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"layerId"}},{"kind":"Field","name":{"kind":"Name","value":"valueRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"valueByValuations"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"quantityByValuations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moveValueVariance"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueByValuations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveId"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueByValuations"}}]}}]}}]}}]} as unknown as DocumentNode<InventoryReconciliationQuery, InventoryReconciliationQueryVariables>;
export const AccountByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"control"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<AccountByCodeQuery, AccountByCodeQueryVariables>;
export const AccountLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountLedgerQuery, AccountLedgerQueryVariables>;
export const JournalEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JournalEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journalEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"postingDate"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<JournalEntriesQuery, JournalEntriesQueryVariables>;
export const JournalEntryCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JournalEntryCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journalEntryCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"postingDate"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<JournalEntryCreateMutation, JournalEntryCreateMutationVariables>;
export const JournalEntryReverseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JournalEntryReverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntryReverseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journalEntryReverse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"postingDate"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<JournalEntryReverseMutation, JournalEntryReverseMutationVariables>;
export const FiscalPeriodCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FiscalPeriodClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalPeriodCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriodClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FiscalPeriodCloseMutation, FiscalPeriodCloseMutationVariables>;
export const FiscalPeriodReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FiscalPeriodReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalPeriodReopenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriodReopen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FiscalPeriodReopenMutation, FiscalPeriodReopenMutationVariables>;
export const AccountCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"control"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccountCreateMutation, AccountCreateMutationVariables>;
export const AccountMappingSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountMappingSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountMappingSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountMappingSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccountMappingSetMutation, AccountMappingSetMutationVariables>;
export const AccountMappingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccountMappingsQuery, AccountMappingsQueryVariables>;
export const WhLocationByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhLocationByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"warehouseCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouseByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"warehouseCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"locationByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sellable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<WhLocationByCodeQuery, WhLocationByCodeQueryVariables>;
export const WhLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sellable"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WhLocationQuery, WhLocationQueryVariables>;
export const WhWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhWarehouse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]} as unknown as DocumentNode<WhWarehouseQuery, WhWarehouseQueryVariables>;
export const OrderStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatusChangedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderStatusChangedSubscription, OrderStatusChangedSubscriptionVariables>;
export const OrderStatusChangedWithCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderStatusChangedWithCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"standardCost"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderStatusChangedWithCostSubscription, OrderStatusChangedWithCostSubscriptionVariables>;
export const ShipmentUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ShipmentUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentUpdatedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentUpdatedSubscription, ShipmentUpdatedSubscriptionVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const PartnerCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCreateMutation, PartnerCreateMutationVariables>;
export const PartnerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerByIdQuery, PartnerByIdQueryVariables>;
export const PartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warehouse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const QueryCountItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryCountItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"QC-","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountItemsQuery, QueryCountItemsQueryVariables>;
export const QueryCountLocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryCountLocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountLocationsQuery, QueryCountLocationsQueryVariables>;
export const QueryCountNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryCountNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountNodesQuery, QueryCountNodesQueryVariables>;
export const QueryCountApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryCountApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountApiKeysQuery, QueryCountApiKeysQueryVariables>;
export const QueryCountStockMovesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryCountStockMoves"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"warehouseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockMoves"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"warehouseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"warehouseId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountStockMovesQuery, QueryCountStockMovesQueryVariables>;
export const QueryCountStockLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryCountStockLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"warehouseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"warehouseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"warehouseId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountStockLevelsQuery, QueryCountStockLevelsQueryVariables>;
export const QueryCountSalesOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryCountSalesOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cartons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sscc"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountSalesOrdersQuery, QueryCountSalesOrdersQueryVariables>;
export const GrossMarginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrossMargin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrossMarginGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GrossMarginFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grossMargin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"cogs"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}},{"kind":"Field","name":{"kind":"Name","value":"marginPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"cogs"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}},{"kind":"Field","name":{"kind":"Name","value":"marginPercent"}}]}}]}}]}}]} as unknown as DocumentNode<GrossMarginQuery, GrossMarginQueryVariables>;
export const FulfillmentPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FulfillmentPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfillmentPerformanceFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillmentPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"orderToShip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersShipped"}},{"kind":"Field","name":{"kind":"Name","value":"p50Hours"}},{"kind":"Field","name":{"kind":"Name","value":"p90Hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTimeShipRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickAccuracy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"picks"}},{"kind":"Field","name":{"kind":"Name","value":"shortPicks"}},{"kind":"Field","name":{"kind":"Name","value":"wrongScans"}},{"kind":"Field","name":{"kind":"Name","value":"shortPicksPerThousand"}},{"kind":"Field","name":{"kind":"Name","value":"wrongScansPerThousand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backorderAge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"p50Days"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}}]}}]}}]}}]} as unknown as DocumentNode<FulfillmentPerformanceQuery, FulfillmentPerformanceQueryVariables>;
export const ShipmentLinesOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentLinesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReturned"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentLinesOfQuery, ShipmentLinesOfQueryVariables>;
export const ReturnAuthorizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnAuthorize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAuthorizeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnAuthorize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"return"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReturnFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReturnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRestocked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityScrapped"}},{"kind":"Field","name":{"kind":"Name","value":"costReceived"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReturned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnAuthorizeMutation, ReturnAuthorizeMutationVariables>;
export const ReturnReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnReceiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReceive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"return"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReturnFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReturnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRestocked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityScrapped"}},{"kind":"Field","name":{"kind":"Name","value":"costReceived"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReturned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnReceiveMutation, ReturnReceiveMutationVariables>;
export const ReturnInspectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnInspect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnInspectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnInspect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"return"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReturnFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReturnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRestocked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityScrapped"}},{"kind":"Field","name":{"kind":"Name","value":"costReceived"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReturned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnInspectMutation, ReturnInspectMutationVariables>;
export const ReturnCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"return"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReturnFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReturnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRestocked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityScrapped"}},{"kind":"Field","name":{"kind":"Name","value":"costReceived"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReturned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnCancelMutation, ReturnCancelMutationVariables>;
export const ReturnByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReturnById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"return"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReturnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReturnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRestocked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityScrapped"}},{"kind":"Field","name":{"kind":"Name","value":"costReceived"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipmentLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReturned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnByIdQuery, ReturnByIdQueryVariables>;
export const ReturnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Returns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnsQuery, ReturnsQueryVariables>;
export const CustomerCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTaxRate"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<CustomerCreateMutation, CustomerCreateMutationVariables>;
export const CustomerUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTaxRate"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<CustomerUpdateMutation, CustomerUpdateMutationVariables>;
export const CustomerDeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDeactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerDeactivateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerDeactivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDeactivateMutation, CustomerDeactivateMutationVariables>;
export const CustomerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTaxRate"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<CustomerByIdQuery, CustomerByIdQueryVariables>;
export const CustomerByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CustomerByCodeQuery, CustomerByCodeQueryVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const SalesChannelCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesChannelCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesChannelCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelCreateMutation, SalesChannelCreateMutationVariables>;
export const SalesChannelUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesChannelUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesChannelUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelUpdateMutation, SalesChannelUpdateMutationVariables>;
export const SalesChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelsQuery, SalesChannelsQueryVariables>;
export const SalesOrderCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesOrderCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrderCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"requestedShipDate"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"carrierService"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipFromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPacked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}}]}}]} as unknown as DocumentNode<SalesOrderCreateMutation, SalesOrderCreateMutationVariables>;
export const SalesOrderUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesOrderUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrderUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"requestedShipDate"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"carrierService"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipFromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPacked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}}]}}]} as unknown as DocumentNode<SalesOrderUpdateMutation, SalesOrderUpdateMutationVariables>;
export const SalesOrderCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesOrderCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrderCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"requestedShipDate"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"carrierService"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipFromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPacked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}}]}}]} as unknown as DocumentNode<SalesOrderCancelMutation, SalesOrderCancelMutationVariables>;
export const SalesOrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesOrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"requestedShipDate"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"carrierService"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipFromWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPicked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPacked"}},{"kind":"Field","name":{"kind":"Name","value":"quantityShipped"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBackordered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}}]}}]} as unknown as DocumentNode<SalesOrderByIdQuery, SalesOrderByIdQueryVariables>;
export const SalesOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SalesOrdersQuery, SalesOrdersQueryVariables>;
export const SalesOrderNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesOrderNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SalesOrderNodeQuery, SalesOrderNodeQueryVariables>;
export const SalesOrderNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesOrderNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<SalesOrderNodesQuery, SalesOrderNodesQueryVariables>;
export const SalesOrderCustomerCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesOrderCustomerCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}}]}}]}}]}}]} as unknown as DocumentNode<SalesOrderCustomerCreditQuery, SalesOrderCustomerCreditQueryVariables>;
export const ScanParseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanParse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raw"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanParse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"raw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raw"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"gs1"}},{"kind":"Field","name":{"kind":"Name","value":"symbology"}},{"kind":"Field","name":{"kind":"Name","value":"symbologyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sscc"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanElementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ai"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"trackingMode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanElementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScanElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ai"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]} as unknown as DocumentNode<ScanParseQuery, ScanParseQueryVariables>;
export const ScanParseCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanParseCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raw"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanParse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"raw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raw"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"gs1"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ai"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ai"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]} as unknown as DocumentNode<ScanParseCatalogQuery, ScanParseCatalogQueryVariables>;
export const ScanParseLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanParseLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raw"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanParse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"raw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raw"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScanParseLocationQuery, ScanParseLocationQueryVariables>;
export const ScanParseLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanParseLots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raw"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanParse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"raw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raw"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}}]} as unknown as DocumentNode<ScanParseLotsQuery, ScanParseLotsQueryVariables>;
export const ScanParseItemCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanParseItemCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raw"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanParse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"raw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raw"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"standardCost"}}]}}]}}]}}]} as unknown as DocumentNode<ScanParseItemCostQuery, ScanParseItemCostQueryVariables>;
export const ViewerChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerChannelQuery, ViewerChannelQueryVariables>;
export const SalesOrderLineCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesOrderLineCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"standardCost"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalesOrderLineCostsQuery, SalesOrderLineCostsQueryVariables>;
export const SalesOrdersByChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesOrdersByChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SalesOrdersByChannelQuery, SalesOrdersByChannelQueryVariables>;
export const WarehouseCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarehouseCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarehouseCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouseCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarehouseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarehouseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warehouse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegativeStock"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<WarehouseCreateMutation, WarehouseCreateMutationVariables>;
export const WarehouseUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarehouseUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarehouseUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouseUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarehouseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarehouseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warehouse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegativeStock"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<WarehouseUpdateMutation, WarehouseUpdateMutationVariables>;
export const WarehouseDeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarehouseDeactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarehouseDeactivateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouseDeactivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WarehouseDeactivateMutation, WarehouseDeactivateMutationVariables>;
export const ZoneCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ZoneCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zoneCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ZoneCreateMutation, ZoneCreateMutationVariables>;
export const LocationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sellable"}},{"kind":"Field","name":{"kind":"Name","value":"pickSequence"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LocationCreateMutation, LocationCreateMutationVariables>;
export const LocationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sellable"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LocationUpdateMutation, LocationUpdateMutationVariables>;
export const LocationDeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationDeactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationDeactivateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationDeactivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LocationDeactivateMutation, LocationDeactivateMutationVariables>;
export const WarehouseByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarehouseByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouseByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarehouseFields"}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locationByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"IN-TRANSIT","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sellable"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarehouseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warehouse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegativeStock"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<WarehouseByCodeQuery, WarehouseByCodeQueryVariables>;
export const WarehousesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Warehouses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarehouseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarehousesQuery, WarehousesQueryVariables>;
export const WarehouseLocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarehouseLocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sellable"}},{"kind":"Field","name":{"kind":"Name","value":"pickSequence"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarehouseLocationsQuery, WarehouseLocationsQueryVariables>;
export const LocationByBarcodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationByBarcode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"barcode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationByBarcode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"barcode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"barcode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LocationByBarcodeQuery, LocationByBarcodeQueryVariables>;