import type { GraphQLSchema } from 'graphql';
import { type PubSub, buildSchema } from 'type-graphql';
import { ApiKeyResolver, ViewerResolver } from '../auth/api-key.resolver';
import { CategoryResolver } from '../modules/catalog/category.resolver';
import { ItemEventsResolver } from '../modules/catalog/item-events.resolver';
import { ItemResolver } from '../modules/catalog/item.resolver';
import { InventoryCommandResolver } from '../modules/inventory/inventory-commands.resolver';
import {
  CountVarianceResolver,
  InventoryCountLineResolver,
  InventoryCountResolver,
  InventoryQueryResolver,
  InventoryValuationLineResolver,
  ItemStockResolver,
  LotResolver,
  SerialResolver,
  StockDocumentResolver,
  StockLevelResolver,
  StockMoveResolver,
  StockSummaryResolver,
  StockTransferLineResolver,
  StockTransferResolver,
} from '../modules/inventory/inventory.resolver';
import { StockEventsResolver } from '../modules/inventory/stock-events.resolver';
import {
  AccountLedgerLineResolver,
  AccountMappingResolver,
  AccountResolver,
  FiscalPeriodResolver,
  JournalEntryResolver,
  JournalLineResolver,
  LedgerCommandResolver,
  LedgerQueryResolver,
  ReconciliationLineResolver,
  TrialBalanceLineResolver,
} from '../modules/ledger/ledger.resolver';
import { PartnerResolver } from '../modules/partners/partner.resolver';
import { ReportingResolver } from '../modules/reporting/reporting.resolver';
import { ReturnLineResolver, ReturnResolver } from '../modules/returns/return.resolver';
import { ScanResolver } from '../modules/scanning/scan.resolver';
import { CustomerResolver, SalesChannelResolver } from '../modules/sales/customer.resolver';
import { OrderEventsResolver, ShipmentEventsResolver } from '../modules/sales/sales-events.resolver';
import { SalesOrderLineResolver, SalesOrderResolver } from '../modules/sales/sales-order.resolver';
import { CartonLineResolver, CartonResolver, ShipmentLineResolver, ShipmentResolver } from '../modules/fulfillment/shipment.resolver';
import {
  FulfillmentResolver,
  PickListResolver,
  PickTaskResolver,
  SalesOrderFulfillmentResolver,
  SalesOrderLineFulfillmentResolver,
  StockAllocationResolver,
  WaveResolver,
} from '../modules/fulfillment/fulfillment.resolver';
import { StockHoldLineResolver, StockHoldResolver } from '../modules/sales/stock-hold.resolver';
import { LocationResolver, WarehouseResolver, ZoneResolver } from '../modules/warehouse/warehouse.resolver';
import { assertAuthorizationDeclared, authChecker } from './auth-checker';
import { ArApplicationResolver, InvoiceLineResolver, InvoiceResolver, PaymentResolver, ReceivablesReconciliationRowResolver, ReceivablesResolver } from '../modules/billing/billing.resolver';
import { EventFeedResolver } from '../modules/feed/feed.resolver';
import { leanRootResolvers } from './lean-resolvers';
import { NodeResolver } from './node.resolver';
import { refuseControlCharactersInArguments } from './strict-strings';
import { DateTimeScalar, DecimalScalar } from './scalars';

export const resolvers = [
  NodeResolver,
  EventFeedResolver,
  InvoiceResolver,
  InvoiceLineResolver,
  ArApplicationResolver,
  PaymentResolver,
  ReceivablesResolver,
  ReceivablesReconciliationRowResolver,
  ApiKeyResolver,
  ViewerResolver,
  PartnerResolver,
  ItemResolver,
  ItemEventsResolver,
  CategoryResolver,
  WarehouseResolver,
  LocationResolver,
  ZoneResolver,
  InventoryQueryResolver,
  InventoryCommandResolver,
  StockEventsResolver,
  StockLevelResolver,
  StockSummaryResolver,
  ItemStockResolver,
  StockMoveResolver,
  LotResolver,
  SerialResolver,
  StockDocumentResolver,
  StockTransferResolver,
  StockTransferLineResolver,
  InventoryCountResolver,
  InventoryCountLineResolver,
  CountVarianceResolver,
  InventoryValuationLineResolver,
  LedgerQueryResolver,
  LedgerCommandResolver,
  AccountResolver,
  AccountMappingResolver,
  JournalEntryResolver,
  JournalLineResolver,
  FiscalPeriodResolver,
  TrialBalanceLineResolver,
  AccountLedgerLineResolver,
  ReconciliationLineResolver,
  ScanResolver,
  FulfillmentResolver,
  SalesOrderFulfillmentResolver,
  SalesOrderLineFulfillmentResolver,
  StockAllocationResolver,
  WaveResolver,
  PickListResolver,
  PickTaskResolver,
  ShipmentResolver,
  CartonResolver,
  CartonLineResolver,
  ShipmentLineResolver,
  ReturnResolver,
  ReturnLineResolver,
  CustomerResolver,
  SalesChannelResolver,
  SalesOrderResolver,
  OrderEventsResolver,
  ShipmentEventsResolver,
  SalesOrderLineResolver,
  StockHoldResolver,
  StockHoldLineResolver,
  ReportingResolver,
] as const;

/**
 * type-graphql insists on a PubSub when any subscription exists. Every subscription
 * here streams from the outbox dispatcher through its own `subscribe` function, so
 * topic-based publishing is deliberately unavailable: an in-process publish would
 * bypass the outbox and reach subscribers before (or without) a commit.
 */
const outboxOnly: PubSub = {
  publish() {
    throw new Error('Publish events with modules/events/outbox.ts publish(), inside a transaction.');
  },
  subscribe() {
    throw new Error('Subscriptions stream from the event dispatcher: give @Subscription a subscribe function.');
  },
};

let built: GraphQLSchema | undefined;

/** Builds the schema once per process (type-graphql's metadata is global). */
export async function createSchema(): Promise<GraphQLSchema> {
  if (built) return built;
  built = await buildSchema({
    resolvers: [...resolvers],
    authChecker,
    authMode: 'error',
    pubSub: outboxOnly,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    orphanedTypes: [],
    validate: false,
    emitSchemaFile: false,
  });
  assertAuthorizationDeclared();
  leanRootResolvers(built);
  refuseControlCharactersInArguments(built);
  void DecimalScalar;
  return built;
}
