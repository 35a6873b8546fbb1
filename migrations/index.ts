import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261202012715_CreditApproval } from './Migration20261202012715CreditApproval';
import { Migration20261202015506_ReportingIndexes } from './Migration20261202015506ReportingIndexes';
import { Migration20261202012717_PickScanErrors } from './Migration20261202012717PickScanErrors';
import { Migration20261202012233_Billing } from './Migration20261202012233Billing';
import { Migration20261201185707_Fulfillment } from './Migration20261201185707Fulfillment';
import { Migration20261201185741_ApiKeyChannel } from './Migration20261201185741ApiKeyChannel';
import { Migration20261201185928_StockHolds } from './Migration20261201185928StockHolds';
import { Migration20261201173044_SalesOrders } from './Migration20261201173044SalesOrders';
import { Migration20261201155826_RateLimits } from './Migration20261201155826RateLimits';
import { Migration20261127095229_InventoryLedger } from './Migration20261127095229InventoryLedger';
import { Migration20261127092249_Foundation } from './Migration20261127092249Foundation';
import { Migration20261128090000_OutboxSequence } from './Migration20261128090000OutboxSequence';
import { Migration20261201100000_EngineSpeed } from './Migration20261201100000EngineSpeed';
import { Migration20261201150000_LedgerRange } from './Migration20261201150000LedgerRange';

/**
 * Every migration in order. The application runs this list (works from TS and from
 * compiled JS); `npm run migration:create` adds a file and a line here.
 */
export const migrationsList: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261127092249Foundation', class: Migration20261127092249_Foundation },
  { name: 'Migration20261127095229InventoryLedger', class: Migration20261127095229_InventoryLedger },
  { name: 'Migration20261128090000OutboxSequence', class: Migration20261128090000_OutboxSequence },
  { name: 'Migration20261201100000EngineSpeed', class: Migration20261201100000_EngineSpeed },
  { name: 'Migration20261201150000LedgerRange', class: Migration20261201150000_LedgerRange },
  { name: 'Migration20261201155826RateLimits', class: Migration20261201155826_RateLimits },
  { name: 'Migration20261201173044SalesOrders', class: Migration20261201173044_SalesOrders },
  { name: 'Migration20261201185707Fulfillment', class: Migration20261201185707_Fulfillment },
  { name: 'Migration20261201185741ApiKeyChannel', class: Migration20261201185741_ApiKeyChannel },
  { name: 'Migration20261201185928StockHolds', class: Migration20261201185928_StockHolds },
  { name: 'Migration20261202012233Billing', class: Migration20261202012233_Billing },
  { name: 'Migration20261202012715CreditApproval', class: Migration20261202012715_CreditApproval },
  { name: 'Migration20261202012717PickScanErrors', class: Migration20261202012717_PickScanErrors },
  { name: 'Migration20261202015506ReportingIndexes', class: Migration20261202015506_ReportingIndexes },
];
