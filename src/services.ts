import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKeyService } from './auth/api-key.service';
import type { Config } from './config/config';
import { InvoiceService } from './modules/billing/invoice.service';
import { PaymentService } from './modules/billing/payment.service';
import { ReceivablesService, receivablesCheck } from './modules/billing/receivables.service';
import { returnCredit } from './modules/billing/return-credit';
import { CategoryService } from './modules/catalog/category.service';
import { ItemService } from './modules/catalog/item.service';
import { CountService } from './modules/inventory/count.service';
import { StockDocumentService } from './modules/inventory/stock-document.service';
import { StockEngine } from './modules/inventory/stock-engine';
import { itemHasStockHistory, locationHoldsStock, locationSellableChanged, warehouseHasNegativeStock } from './modules/inventory/stock-hooks';
import { StockQueryService } from './modules/inventory/stock-query.service';
import { TransferService } from './modules/inventory/transfer.service';
import { AccountMappingService } from './modules/ledger/account-mapping.service';
import { AccountService } from './modules/ledger/account.service';
import { LedgerQueryService } from './modules/ledger/ledger-query.service';
import { PeriodService } from './modules/ledger/period.service';
import { PostingService } from './modules/ledger/posting.service';
import { ReconciliationService } from './modules/ledger/reconciliation.service';
import { PartnerService } from './modules/partners/partner.service';
import { FulfillmentPerformanceService } from './modules/reporting/fulfillment-performance.service';
import { GrossMarginService } from './modules/reporting/gross-margin.service';
import { ReturnService } from './modules/returns/return.service';
import { ScanService } from './modules/scanning/scan.service';
import { CustomerService, SalesChannelService } from './modules/sales/customer.service';
import { SalesOrderService } from './modules/sales/sales-order.service';
import { CancelRelease } from './modules/fulfillment/cancel-release';
import { PickService } from './modules/fulfillment/pick.service';
import { ReservationService } from './modules/fulfillment/reservation.service';
import { ShipmentService } from './modules/fulfillment/shipment.service';
import { WaveService } from './modules/fulfillment/wave.service';
import { StockHoldService, consumeHold } from './modules/sales/stock-hold.service';
import { LocationService, WarehouseService, ZoneService } from './modules/warehouse/warehouse.service';

/** The composition root: every service, built once per process. */
export interface Services {
  apiKeys: ApiKeyService;
  items: ItemService;
  categories: CategoryService;
  warehouses: WarehouseService;
  zones: ZoneService;
  locations: LocationService;
  partners: PartnerService;
  customers: CustomerService;
  salesChannels: SalesChannelService;
  salesOrders: SalesOrderService;
  reservations: ReservationService;
  waves: WaveService;
  picks: PickService;
  shipments: ShipmentService;
  returns: ReturnService;
  stockHolds: StockHoldService;
  accounts: AccountService;
  accountMappings: AccountMappingService;
  posting: PostingService;
  periods: PeriodService;
  reconciliation: ReconciliationService;
  ledgerQueries: LedgerQueryService;
  stockEngine: StockEngine;
  stockDocuments: StockDocumentService;
  transfers: TransferService;
  counts: CountService;
  stockQueries: StockQueryService;
  scans: ScanService;
  invoices: InvoiceService;
  payments: PaymentService;
  receivables: ReceivablesService;
  grossMargin: GrossMarginService;
  fulfillmentPerformance: FulfillmentPerformanceService;
}

export function createServices(rootEm: EntityManager, config: Config): Services {
  const posting = new PostingService();
  const accountMappings = new AccountMappingService();
  const reconciliation = new ReconciliationService();
  const stockEngine = new StockEngine();
  // Confirmation consumes the order's own checkout hold (sales/stock-hold.service.ts); other carts' live holds count against it.
  const reservations = new ReservationService(consumeHold);
  // Every stock document fills waiting backorders from the stock it brings, in its own transaction.
  const stockDeps = { engine: stockEngine, posting, mappings: accountMappings, afterWrite: reservations.fillBackorders };
  const items = new ItemService(itemHasStockHistory);
  const invoices = new InvoiceService(posting, accountMappings);
  const payments = new PaymentService(posting, accountMappings);
  const receivables = new ReceivablesService();
  return {
    apiKeys: new ApiKeyService(rootEm, config.authCacheMs),
    items,
    categories: new CategoryService(),
    warehouses: new WarehouseService(warehouseHasNegativeStock),
    zones: new ZoneService(),
    locations: new LocationService({ holdsStock: locationHoldsStock, sellableChanged: locationSellableChanged }),
    partners: new PartnerService(),
    customers: new CustomerService(),
    salesChannels: new SalesChannelService(),
    salesOrders: new SalesOrderService(new CancelRelease(stockDeps, reservations.fillFreed)),
    reservations,
    waves: new WaveService(),
    picks: new PickService(stockDeps),
    // A shipment is invoiced in its own transaction when the customer's setting says so (autoInvoice).
    shipments: new ShipmentService(stockDeps, invoices.invoiceShipment),
    // A received return is credited (or refunded) in its own transaction, per the customer's returnCreditPolicy.
    returns: new ReturnService(stockDeps, returnCredit(invoices, payments)),
    stockHolds: new StockHoldService(reservations.fillFreed),
    accounts: new AccountService(),
    accountMappings,
    posting,
    // A period closes only when receivables reconcile with AR too (the documents against the journal, per customer).
    periods: new PeriodService(reconciliation, posting.periods, [receivablesCheck(receivables)]),
    reconciliation,
    ledgerQueries: new LedgerQueryService(),
    stockEngine,
    stockDocuments: new StockDocumentService(stockDeps),
    transfers: new TransferService(stockDeps),
    counts: new CountService(stockDeps),
    stockQueries: new StockQueryService(rootEm),
    scans: new ScanService(items),
    invoices,
    payments,
    receivables,
    grossMargin: new GrossMarginService(),
    fulfillmentPerformance: new FulfillmentPerformanceService(),
  };
}
