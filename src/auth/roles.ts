/**
 * Roles and the scopes they grant. Resolvers declare scopes (`@Authorized(Scope.X)`),
 * never roles, so what a role may do is decided here, in one table.
 */
export enum Role {
  ADMIN = 'ADMIN',
  FINANCE = 'FINANCE',
  WAREHOUSE = 'WAREHOUSE',
  SALES = 'SALES',
  STOREFRONT = 'STOREFRONT',
  PARTNER = 'PARTNER',
}

export enum Scope {
  CATALOG_READ = 'catalog:read',
  CATALOG_WRITE = 'catalog:write',
  WAREHOUSE_READ = 'warehouse:read',
  WAREHOUSE_WRITE = 'warehouse:write',
  /** Storefront-grade stock read: sellable quantities by SKU, nothing else. */
  AVAILABILITY_READ = 'availability:read',
  INVENTORY_READ = 'inventory:read',
  INVENTORY_WRITE = 'inventory:write',
  /** Approve cycle counts (posts adjustments to the ledger). */
  INVENTORY_APPROVE = 'inventory:approve',
  /** Any cost, value or margin figure, wherever it appears. */
  COSTS_READ = 'costs:read',
  LEDGER_READ = 'ledger:read',
  LEDGER_WRITE = 'ledger:write',
  /** Close fiscal periods; edit the chart of accounts and account mapping. */
  LEDGER_CLOSE = 'ledger:close',
  /** Reopen a closed period. */
  LEDGER_ADMIN = 'ledger:admin',
  PARTNERS_READ = 'partners:read',
  PARTNERS_WRITE = 'partners:write',
  /** Read the partner record the key is bound to and that partner's sales orders (never another's). */
  PARTNER_SELF = 'partner:self',
  /** Customers, sales channels and every sales order. */
  SALES_READ = 'sales:read',
  /** Create and edit customers and channels; create, edit and cancel sales orders. */
  SALES_WRITE = 'sales:write',
  /**
   * A storefront's own orders: create DRAFT orders on the channel its key is bound to, and
   * read that channel's orders (never another channel's, never a cost).
   */
  SALES_ORDER_PLACE = 'sales:place',
  /** Release a sales order from CREDIT_HOLD (salesOrderApproveCredit): confirm it over the customer's credit limit. */
  CREDIT_APPROVE = 'credit:approve',
  /** Hold stock for a cart until an expiry (stockHold, stockHoldRelease) and read holds. */
  STOCK_HOLD = 'stock:hold',
  /** Invoices, credit notes, payments, receivables (aging, statements, reconciliation). */
  BILLING_READ = 'billing:read',
  /** Invoice, credit, receive and apply payments, refund, reverse a payment. */
  BILLING_WRITE = 'billing:write',
  KEYS_ADMIN = 'keys:admin',
}

const ALL = Object.values(Scope);

export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  [Role.ADMIN]: ALL,
  [Role.FINANCE]: [
    Scope.CATALOG_READ,
    Scope.WAREHOUSE_READ,
    Scope.AVAILABILITY_READ,
    Scope.INVENTORY_READ,
    Scope.INVENTORY_APPROVE,
    Scope.COSTS_READ,
    Scope.LEDGER_READ,
    Scope.LEDGER_WRITE,
    Scope.LEDGER_CLOSE,
    Scope.PARTNERS_READ,
    Scope.SALES_READ,
    Scope.BILLING_READ,
    Scope.BILLING_WRITE,
    Scope.CREDIT_APPROVE,
  ],
  [Role.WAREHOUSE]: [
    Scope.CATALOG_READ,
    Scope.CATALOG_WRITE,
    Scope.WAREHOUSE_READ,
    Scope.WAREHOUSE_WRITE,
    Scope.AVAILABILITY_READ,
    Scope.INVENTORY_READ,
    Scope.INVENTORY_WRITE,
    Scope.INVENTORY_APPROVE,
    Scope.PARTNERS_READ,
    Scope.SALES_READ,
  ],
  [Role.SALES]: [
    Scope.CATALOG_READ,
    Scope.WAREHOUSE_READ,
    Scope.AVAILABILITY_READ,
    Scope.INVENTORY_READ,
    Scope.PARTNERS_READ,
    Scope.PARTNERS_WRITE,
    Scope.SALES_READ,
    Scope.SALES_WRITE,
    Scope.STOCK_HOLD,
    Scope.BILLING_READ,
  ],
  // A STOREFRONT key is bound to one sales channel (as a PARTNER key is to its partner):
  // sales:place reaches that channel's orders only. It holds stock for its carts (stock:hold).
  [Role.STOREFRONT]: [Scope.CATALOG_READ, Scope.AVAILABILITY_READ, Scope.SALES_ORDER_PLACE, Scope.STOCK_HOLD],
  // No stock:hold for PARTNER keys: a hold is worth keeping only for an order its holder will
  // confirm, and partners place no orders here; a partner able to hold could keep any stock
  // away from every other channel for a day at a time.
  [Role.PARTNER]: [Scope.CATALOG_READ, Scope.AVAILABILITY_READ, Scope.PARTNER_SELF],
};

export function scopesOf(role: Role): ReadonlySet<Scope> {
  return new Set(ROLE_SCOPES[role]);
}
