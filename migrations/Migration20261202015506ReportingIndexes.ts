import { Migration } from '@mikro-orm/migrations';

/** The reports' period filters: journal entries by posting date (grossMargin), sales orders by creation time (fulfillmentPerformance). */
export class Migration20261202015506_ReportingIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "journal_entries_posting_date_index" on "journal_entries" ("posting_date");`);

    this.addSql(`create index "sales_orders_created_at_index" on "sales_orders" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "journal_entries_posting_date_index";`);

    this.addSql(`drop index "sales_orders_created_at_index";`);
  }

}
