import { ApiKey } from '../auth/api-key.entity';
import { Category } from '../modules/catalog/category.entity';
import { ItemBarcode } from '../modules/catalog/item-barcode.entity';
import { Item } from '../modules/catalog/item.entity';
import { Unit } from '../modules/catalog/unit.entity';
import { OutboxEvent } from '../modules/events/outbox-event.entity';
import { Partner } from '../modules/partners/partner.entity';
import { Carton, CartonLine, PickList, PickTask, Shipment, ShipmentLine, ShipmentTrackingEvent, StockAllocation, Wave } from '../modules/fulfillment/fulfillment.entity';
import { PickScanError } from '../modules/fulfillment/pick-scan-error.entity';
import { Customer, SalesChannel } from '../modules/sales/customer.entity';
import { SalesOrder, SalesOrderLine, SalesOrderSequence } from '../modules/sales/sales-order.entity';
import { StockHold, StockHoldLine } from '../modules/sales/stock-hold.entity';
import { Location } from '../modules/warehouse/location.entity';
import { Address, Warehouse } from '../modules/warehouse/warehouse.entity';
import { Zone } from '../modules/warehouse/zone.entity';
import { InventoryCount, InventoryCountLine } from '../modules/inventory/inventory-count.entity';
import { Lot, Serial } from '../modules/inventory/lot.entity';
import { StockBalance, StockSummary } from '../modules/inventory/stock-balance.entity';
import { StockDocument } from '../modules/inventory/stock-document.entity';
import { MoveValuation, StockLayer, StockMove, StockMoveSerial } from '../modules/inventory/stock-move.entity';
import { StockTransfer, StockTransferLine } from '../modules/inventory/transfer.entity';
import { AccountMapping } from '../modules/ledger/account-mapping.entity';
import { Account } from '../modules/ledger/account.entity';
import { FiscalPeriod, FiscalPeriodEvent } from '../modules/ledger/fiscal-period.entity';
import { JournalEntry, JournalLine, JournalSequence } from '../modules/ledger/journal-entry.entity';
import { ArApplication, Invoice, InvoiceLine, InvoiceSequence, Payment } from '../modules/billing/billing.entity';
import { ReturnAuthorization, ReturnLine } from '../modules/returns/return.entity';
import { BaseEntity, VersionedEntity } from './base.entity';
import { IdempotencyRecord } from './idempotency.entity';
import { RateLimitRow } from './rate-limit.entity';

/** Every entity, listed explicitly (no folder scanning: works the same from TS and compiled JS). */
export const entities = [
  BaseEntity,
  VersionedEntity,
  IdempotencyRecord,
  RateLimitRow,
  OutboxEvent,
  ApiKey,
  Partner,
  Unit,
  Category,
  Item,
  ItemBarcode,
  Address,
  Warehouse,
  Zone,
  Location,
  Account,
  AccountMapping,
  FiscalPeriod,
  FiscalPeriodEvent,
  JournalEntry,
  JournalLine,
  JournalSequence,
  Lot,
  Serial,
  StockBalance,
  StockSummary,
  StockMove,
  StockMoveSerial,
  StockLayer,
  MoveValuation,
  StockDocument,
  StockTransfer,
  StockTransferLine,
  InventoryCount,
  InventoryCountLine,
  Customer,
  SalesChannel,
  SalesOrder,
  SalesOrderLine,
  SalesOrderSequence,
  StockAllocation,
  Wave,
  PickList,
  PickTask,
  Shipment,
  Carton,
  CartonLine,
  ShipmentLine,
  ShipmentTrackingEvent,
  PickScanError,
  StockHold,
  StockHoldLine,
  Invoice,
  InvoiceLine,
  InvoiceSequence,
  Payment,
  ArApplication,
  ReturnAuthorization,
  ReturnLine,
];
