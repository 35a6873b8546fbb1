import { Migration } from '@mikro-orm/migrations';

/** Who released a sales order from CREDIT_HOLD (salesOrderApproveCredit). */
export class Migration20261202012715_CreditApproval extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "sales_orders" add column "credit_approved_by" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sales_orders" drop column "credit_approved_by";`);
  }

}
