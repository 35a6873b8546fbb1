import { Migration } from '@mikro-orm/migrations';

/**
 * Shipment to cash: invoices and credit notes (numbered per kind and year at COMMIT by the
 * deferred trigger at the end), payments and refunds, AR applications, returns (RMA), a
 * customer dimension on journal lines (AR per customer), the SCRAP purpose and account,
 * and the customer's billing settings.
 */
export class Migration20261202012233_Billing extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "invoice_sequences" ("kind" text not null, "year" smallint not null, "next" int not null, constraint "invoice_sequences_pkey" primary key ("kind", "year"));`);

    this.addSql(`create table "payments" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "number" text not null, "kind" text check ("kind" in ('RECEIPT', 'REFUND')) not null, "customer_id" bigint not null, "amount" numeric(24,6) not null, "payment_date" date not null, "method" text check ("method" in ('BANK_TRANSFER', 'CARD', 'CASH', 'CHECK', 'OTHER')) not null, "reference" text null, "account_id" bigint not null, "status" text check ("status" in ('POSTED', 'REVERSED')) not null, "amount_applied" numeric(24,6) not null default '0', "reversed_on" date null, "reversal_reason" text null, "journal_entry_id" bigint null, "reversal_entry_id" bigint null, "occurred_at" timestamptz not null, "memo" text null, "actor" text not null);`);
    this.addSql(`alter table "payments" add constraint "payments_number_unique" unique ("number");`);
    this.addSql(`create index "payments_customer_id_index" on "payments" ("customer_id");`);

    this.addSql(`create table "invoices" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" text check ("kind" in ('INVOICE', 'CREDIT_NOTE')) not null, "year" smallint not null, "number" int null, "customer_id" bigint not null, "order_id" bigint null, "shipment_id" bigint null, "credit_of_id" bigint null, "return_id" bigint null, "status" text check ("status" in ('OPEN', 'PARTIALLY_PAID', 'PAID', 'CANCELLED', 'APPLIED')) not null, "issue_date" date not null, "due_date" date null, "net_total" numeric(24,6) not null, "tax_total" numeric(24,6) not null, "total" numeric(24,6) not null, "amount_applied" numeric(24,6) not null default '0', "journal_entry_id" bigint null, "occurred_at" timestamptz not null, "memo" text null, "actor" text not null, constraint invoices_credit_note_has_invoice check (kind = 'INVOICE' or credit_of_id is not null));`);
    this.addSql(`create index "invoices_customer_id_index" on "invoices" ("customer_id");`);
    this.addSql(`create index "invoices_order_id_index" on "invoices" ("order_id");`);
    this.addSql(`create index "invoices_shipment_id_index" on "invoices" ("shipment_id");`);
    this.addSql(`create index "invoices_credit_of_id_index" on "invoices" ("credit_of_id");`);
    this.addSql(`create index "invoices_status_index" on "invoices" ("status");`);
    this.addSql(`alter table "invoices" add constraint "invoices_kind_year_number_unique" unique ("kind", "year", "number");`);

    this.addSql(`create table "invoice_lines" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "invoice_id" bigint not null, "line_no" smallint not null, "order_line_id" bigint null, "shipment_line_id" bigint null, "credit_of_line_id" bigint null, "item_id" bigint not null, "lot_id" bigint null, "quantity" numeric(24,6) not null, "unit_price" numeric(24,6) not null, "discount_percent" numeric(9,6) not null, "tax_rate" numeric(9,6) not null, "net_amount" numeric(24,6) not null, "tax_amount" numeric(24,6) not null, "total_amount" numeric(24,6) not null, "quantity_credited" numeric(24,6) not null default '0', "revenue_account_id" bigint not null);`);
    this.addSql(`create index "invoice_lines_order_line_id_index" on "invoice_lines" ("order_line_id");`);
    this.addSql(`create index "invoice_lines_shipment_line_id_index" on "invoice_lines" ("shipment_line_id");`);
    this.addSql(`create index "invoice_lines_credit_of_line_id_index" on "invoice_lines" ("credit_of_line_id");`);
    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_invoice_id_line_no_unique" unique ("invoice_id", "line_no");`);

    this.addSql(`create table "ar_applications" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "customer_id" bigint not null, "payment_id" bigint null, "credit_note_id" bigint null, "invoice_id" bigint null, "refund_id" bigint null, "amount" numeric(24,6) not null, "applied_on" date not null, "reversed_on" date null, "actor" text not null, constraint ar_applications_positive check (amount > 0), constraint ar_applications_one_target check ((invoice_id is null) <> (refund_id is null)), constraint ar_applications_one_source check ((payment_id is null) <> (credit_note_id is null)));`);
    this.addSql(`create index "ar_applications_customer_id_index" on "ar_applications" ("customer_id");`);
    this.addSql(`create index "ar_applications_payment_id_index" on "ar_applications" ("payment_id");`);
    this.addSql(`create index "ar_applications_credit_note_id_index" on "ar_applications" ("credit_note_id");`);
    this.addSql(`create index "ar_applications_invoice_id_index" on "ar_applications" ("invoice_id");`);
    this.addSql(`create index "ar_applications_refund_id_index" on "ar_applications" ("refund_id");`);

    this.addSql(`create table "returns" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "number" text not null, "customer_id" bigint not null, "order_id" bigint not null, "warehouse_id" bigint not null, "status" text check ("status" in ('AUTHORIZED', 'RECEIVED', 'CLOSED', 'CANCELLED')) not null, "reason" text null, "receipt_entry_id" bigint null, "credit_note_id" bigint null, "refund_id" bigint null, "received_at" timestamptz null, "closed_at" timestamptz null, "actor" text not null);`);
    this.addSql(`alter table "returns" add constraint "returns_number_unique" unique ("number");`);
    this.addSql(`create index "returns_customer_id_index" on "returns" ("customer_id");`);
    this.addSql(`create index "returns_order_id_index" on "returns" ("order_id");`);
    this.addSql(`create index "returns_status_index" on "returns" ("status");`);

    this.addSql(`create table "return_lines" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "return_id" bigint not null, "line_no" smallint not null, "shipment_line_id" bigint not null, "order_line_id" bigint not null, "item_id" bigint not null, "lot_id" bigint null, "serial_numbers" jsonb null, "quantity" numeric(24,6) not null, "quantity_received" numeric(24,6) not null default '0', "quantity_restocked" numeric(24,6) not null default '0', "quantity_scrapped" numeric(24,6) not null default '0', "cost_received" numeric(24,6) not null default '0', "reason" text null);`);
    this.addSql(`create index "return_lines_shipment_line_id_index" on "return_lines" ("shipment_line_id");`);
    this.addSql(`alter table "return_lines" add constraint "return_lines_return_id_line_no_unique" unique ("return_id", "line_no");`);

    this.addSql(`alter table "payments" add constraint "payments_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "payments" add constraint "payments_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);

    this.addSql(`alter table "invoices" add constraint "invoices_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "invoices" add constraint "invoices_order_id_foreign" foreign key ("order_id") references "sales_orders" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invoices" add constraint "invoices_shipment_id_foreign" foreign key ("shipment_id") references "shipments" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invoices" add constraint "invoices_credit_of_id_foreign" foreign key ("credit_of_id") references "invoices" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_invoice_id_foreign" foreign key ("invoice_id") references "invoices" ("id") on update cascade;`);
    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_order_line_id_foreign" foreign key ("order_line_id") references "sales_order_lines" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_shipment_line_id_foreign" foreign key ("shipment_line_id") references "shipment_lines" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_credit_of_line_id_foreign" foreign key ("credit_of_line_id") references "invoice_lines" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_revenue_account_id_foreign" foreign key ("revenue_account_id") references "accounts" ("id") on update cascade;`);

    this.addSql(`alter table "ar_applications" add constraint "ar_applications_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "ar_applications" add constraint "ar_applications_payment_id_foreign" foreign key ("payment_id") references "payments" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ar_applications" add constraint "ar_applications_credit_note_id_foreign" foreign key ("credit_note_id") references "invoices" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ar_applications" add constraint "ar_applications_invoice_id_foreign" foreign key ("invoice_id") references "invoices" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ar_applications" add constraint "ar_applications_refund_id_foreign" foreign key ("refund_id") references "payments" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "returns" add constraint "returns_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "returns" add constraint "returns_order_id_foreign" foreign key ("order_id") references "sales_orders" ("id") on update cascade;`);
    this.addSql(`alter table "returns" add constraint "returns_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);

    this.addSql(`alter table "return_lines" add constraint "return_lines_return_id_foreign" foreign key ("return_id") references "returns" ("id") on update cascade;`);
    this.addSql(`alter table "return_lines" add constraint "return_lines_shipment_line_id_foreign" foreign key ("shipment_line_id") references "shipment_lines" ("id") on update cascade;`);
    this.addSql(`alter table "return_lines" add constraint "return_lines_order_line_id_foreign" foreign key ("order_line_id") references "sales_order_lines" ("id") on update cascade;`);
    this.addSql(`alter table "return_lines" add constraint "return_lines_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "return_lines" add constraint "return_lines_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sales_orders" drop constraint if exists "sales_orders_status_check";`);

    this.addSql(`alter table "account_mappings" drop constraint if exists "account_mappings_purpose_check";`);

    this.addSql(`alter table "customers" add column "credit_limit_action" text check ("credit_limit_action" in ('REFUSE', 'HOLD')) not null default 'REFUSE', add column "auto_invoice" boolean not null default true, add column "return_credit_policy" text check ("return_credit_policy" in ('CREDIT_NOTE', 'REFUND', 'NONE')) not null default 'CREDIT_NOTE';`);

    this.addSql(`alter table "sales_orders" add constraint "sales_orders_status_check" check("status" in ('DRAFT', 'CREDIT_HOLD', 'CONFIRMED', 'ALLOCATED', 'PARTIALLY_ALLOCATED', 'BACKORDERED', 'PICKING', 'PACKED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'CLOSED', 'CANCELLED'));`);

    this.addSql(`alter table "sales_order_lines" add column "quantity_invoiced" numeric(24,6) not null default '0';`);

    this.addSql(`alter table "shipment_lines" add column "quantity_invoiced" numeric(24,6) not null default '0', add column "quantity_returned" numeric(24,6) not null default '0';`);

    this.addSql(`alter table "journal_lines" add column "customer_id" bigint null;`);
    this.addSql(`alter table "journal_lines" add constraint "journal_lines_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "journal_lines_customer_id_index" on "journal_lines" ("customer_id");`);

    this.addSql(`alter table "account_mappings" add constraint "account_mappings_purpose_check" check("purpose" in ('INVENTORY', 'IN_TRANSIT', 'GRNI', 'COGS', 'SHRINKAGE', 'PRICE_VARIANCE', 'REVENUE', 'SALES_RETURNS', 'AR', 'AP', 'TAX_PAYABLE', 'CASH', 'LANDED_COST_ACCRUAL', 'SCRAP'));`);
    this.addSql(`insert into "accounts" ("code", "name", "type", "control") values ('5300', 'Scrap expense (returns)', 'EXPENSE', false) on conflict (code) do nothing;`);
    this.addSql(`insert into "account_mappings" ("purpose", "account_id") select 'SCRAP', id from "accounts" where code = '5300';`);
    for (const prefix of ['pay', 'rma']) this.addSql(`create sequence "document_number_${prefix}";`);

    // Invoice and credit note numbers: the kind and year's next, taken AT COMMIT (as journal
    // entries are), so no command holds the counter while it runs and a rollback takes no number.
    this.addSql(`create function ledgerhouse_number_invoice() returns trigger language plpgsql as $$
      declare
        n integer;
      begin
        if new.number is not null then
          return null;
        end if;
        insert into invoice_sequences (kind, year, next) values (new.kind, new.year, 2)
          on conflict (kind, year) do update set next = invoice_sequences.next + 1
          returning invoice_sequences.next - 1 into n;
        update invoices set number = n where id = new.id;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger "invoices_zz_number" after insert on "invoices" deferrable initially deferred for each row execute function ledgerhouse_number_invoice();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists "invoices_zz_number" on "invoices";');
    this.addSql('drop function if exists ledgerhouse_number_invoice();');
    for (const prefix of ['pay', 'rma']) this.addSql(`drop sequence if exists "document_number_${prefix}";`);
    this.addSql(`delete from "account_mappings" where purpose = 'SCRAP';`);
    this.addSql(`alter table "ar_applications" drop constraint "ar_applications_payment_id_foreign";`);

    this.addSql(`alter table "ar_applications" drop constraint "ar_applications_refund_id_foreign";`);

    this.addSql(`alter table "invoices" drop constraint "invoices_credit_of_id_foreign";`);

    this.addSql(`alter table "invoice_lines" drop constraint "invoice_lines_invoice_id_foreign";`);

    this.addSql(`alter table "ar_applications" drop constraint "ar_applications_credit_note_id_foreign";`);

    this.addSql(`alter table "ar_applications" drop constraint "ar_applications_invoice_id_foreign";`);

    this.addSql(`alter table "invoice_lines" drop constraint "invoice_lines_credit_of_line_id_foreign";`);

    this.addSql(`alter table "return_lines" drop constraint "return_lines_return_id_foreign";`);

    this.addSql(`drop table if exists "invoice_sequences" cascade;`);

    this.addSql(`drop table if exists "payments" cascade;`);

    this.addSql(`drop table if exists "invoices" cascade;`);

    this.addSql(`drop table if exists "invoice_lines" cascade;`);

    this.addSql(`drop table if exists "ar_applications" cascade;`);

    this.addSql(`drop table if exists "returns" cascade;`);

    this.addSql(`drop table if exists "return_lines" cascade;`);

    this.addSql(`alter table "account_mappings" drop constraint if exists "account_mappings_purpose_check";`);

    this.addSql(`alter table "journal_lines" drop constraint "journal_lines_customer_id_foreign";`);

    this.addSql(`alter table "sales_orders" drop constraint if exists "sales_orders_status_check";`);

    this.addSql(`alter table "account_mappings" add constraint "account_mappings_purpose_check" check("purpose" in ('INVENTORY', 'IN_TRANSIT', 'GRNI', 'COGS', 'SHRINKAGE', 'PRICE_VARIANCE', 'REVENUE', 'SALES_RETURNS', 'AR', 'AP', 'TAX_PAYABLE', 'CASH', 'LANDED_COST_ACCRUAL'));`);

    this.addSql(`alter table "customers" drop column "credit_limit_action", drop column "auto_invoice", drop column "return_credit_policy";`);

    this.addSql(`drop index "journal_lines_customer_id_index";`);
    this.addSql(`alter table "journal_lines" drop column "customer_id";`);

    this.addSql(`alter table "sales_order_lines" drop column "quantity_invoiced";`);

    this.addSql(`alter table "sales_orders" add constraint "sales_orders_status_check" check("status" in ('DRAFT', 'CONFIRMED', 'ALLOCATED', 'PARTIALLY_ALLOCATED', 'BACKORDERED', 'PICKING', 'PACKED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'CLOSED', 'CANCELLED'));`);

    this.addSql(`alter table "shipment_lines" drop column "quantity_invoiced", drop column "quantity_returned";`);
  }

}
