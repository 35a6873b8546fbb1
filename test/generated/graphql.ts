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

/** An access key. The secret is shown once, at creation; only its hash is kept. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
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

export type AuthErrorCode =
  | 'ALREADY_REVOKED'
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

export type Mutation = {
  __typename?: 'Mutation';
  apiKeyCreate: ApiKeyCreatePayload;
  /** Revokes a key at once on every node. The last active ADMIN key cannot be revoked. */
  apiKeyRevoke: ApiKeyRevokePayload;
  categoryCreate: CategoryCreatePayload;
  categoryUpdate: CategoryUpdatePayload;
  itemBarcodeAdd: ItemBarcodeAddPayload;
  itemBarcodeRemove: ItemBarcodeRemovePayload;
  itemCreate: ItemCreatePayload;
  /** Stops new documents for the item; its history stays. Reactivate with itemUpdate(active: true). */
  itemDeactivate: ItemDeactivatePayload;
  itemUpdate: ItemUpdatePayload;
  locationCreate: LocationCreatePayload;
  /** Refused while the location holds stock. */
  locationDeactivate: LocationDeactivatePayload;
  locationUpdate: LocationUpdatePayload;
  partnerCreate: PartnerCreatePayload;
  partnerUpdate: PartnerUpdatePayload;
  /** Creates a warehouse, with its system IN-TRANSIT location. */
  warehouseCreate: WarehouseCreatePayload;
  /** Stops new documents in the warehouse; reactivate with warehouseUpdate(active: true). */
  warehouseDeactivate: WarehouseDeactivatePayload;
  warehouseUpdate: WarehouseUpdatePayload;
  zoneCreate: ZoneCreatePayload;
  zoneUpdate: ZoneUpdatePayload;
};


export type MutationApiKeyCreateArgs = {
  input: ApiKeyCreateInput;
};


export type MutationApiKeyRevokeArgs = {
  input: ApiKeyRevokeInput;
};


export type MutationCategoryCreateArgs = {
  input: CategoryCreateInput;
};


export type MutationCategoryUpdateArgs = {
  input: CategoryUpdateInput;
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


export type MutationWarehouseCreateArgs = {
  input: WarehouseCreateInput;
};


export type MutationWarehouseDeactivateArgs = {
  input: WarehouseDeactivateInput;
};


export type MutationWarehouseUpdateArgs = {
  input: WarehouseUpdateInput;
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

export type Query = {
  __typename?: 'Query';
  /** Access keys in creation order (active only unless filter.includeRevoked). */
  apiKeys: ApiKeyConnection;
  /** Item categories ordered by code. */
  categories: CategoryConnection;
  item: Maybe<Item>;
  /** What a scanned barcode stands for. GTINs match in any of their 8/12/13/14-digit spellings. */
  itemByBarcode: Maybe<ItemBarcodeMatch>;
  /** An item by SKU (case-insensitive). */
  itemBySku: Maybe<Item>;
  /** Items ordered by SKU. */
  items: ItemConnection;
  location: Maybe<Location>;
  /** The location whose label carries this barcode. */
  locationByBarcode: Maybe<Location>;
  /** Any object by its global id; null when it does not exist. */
  node: Maybe<Node>;
  /** Several objects by global id, in the order asked (null where one does not exist). */
  nodes: Array<Maybe<Node>>;
  /** A partner by id. A PARTNER key sees only its own partner (null for any other). */
  partner: Maybe<Partner>;
  /** Partners ordered by code. */
  partners: PartnerConnection;
  /** Units of measure. */
  units: Array<Unit>;
  /** The access key making this request, its role and scopes. */
  viewer: Viewer;
  warehouse: Maybe<Warehouse>;
  /** A warehouse by code (case-insensitive). */
  warehouseByCode: Maybe<Warehouse>;
  /** Warehouses ordered by code. */
  warehouses: WarehouseConnection;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiKeyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCategoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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


export type QueryLocationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLocationByBarcodeArgs = {
  barcode: Scalars['String']['input'];
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

/** What an access key may do; see README for the scopes of each role. */
export type Role =
  | 'ADMIN'
  | 'FINANCE'
  | 'PARTNER'
  | 'SALES'
  | 'STOREFRONT'
  | 'WAREHOUSE';

export type Subscription = {
  __typename?: 'Subscription';
  /** Every change to items (all, or those with the given SKUs), in commit order. */
  itemChanged: ItemChangedEvent;
};


export type SubscriptionItemChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How units of an item are told apart: not at all, by lot, or one by one by serial number. */
export type TrackingMode =
  | 'LOT'
  | 'NONE'
  | 'SERIAL';

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
  keyId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
  /** Scopes granted by the role: catalog:read, catalog:write, warehouse:read, warehouse:write, availability:read, inventory:read, inventory:write, inventory:approve, costs:read, ledger:read, ledger:write, ledger:close, ledger:admin, partners:read, partners:write, partner:self, keys:admin. */
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

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', keyId: string, name: string, role: Role, scopes: Array<string> } };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { __typename?: 'Mutation', apiKeyCreate: { __typename?: 'ApiKeyCreatePayload', secret: string | null, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: Role, revokedAt: string | null, partner: { __typename?: 'Partner', code: string } | null } | null, userErrors: Array<{ __typename?: 'AuthUserError', code: AuthErrorCode, message: string, field: Array<string> | null }> } };

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
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Category', id: string }
    | { __typename: 'Item', sku: string, id: string }
    | { __typename: 'ItemBarcode', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'Warehouse', code: string, id: string }
    | { __typename: 'Zone', id: string }
   | null };

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

export const ItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trackingMode"}},{"kind":"Field","name":{"kind":"Name","value":"lotExpiryRequired"}},{"kind":"Field","name":{"kind":"Name","value":"valuationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"lengthCm"}},{"kind":"Field","name":{"kind":"Name","value":"widthCm"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<ItemFieldsFragment, unknown>;
export const WarehouseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarehouseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warehouse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegativeStock"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<WarehouseFieldsFragment, unknown>;
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
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const PartnerCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCreateMutation, PartnerCreateMutationVariables>;
export const PartnerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerByIdQuery, PartnerByIdQueryVariables>;
export const PartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warehouse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
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