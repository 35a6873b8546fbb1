import { Migration } from '@mikro-orm/migrations';

/**
 * Customers, sales channels and sales orders with their lines; order numbers per year,
 * taken at COMMIT by the deferred trigger at the end (no lock held through a command).
 */
export class Migration20261201173044_SalesOrders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "customers" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" text not null, "name" text not null, "email" text null, "billing_line1" text null, "billing_line2" text null, "billing_city" text null, "billing_region" text null, "billing_postal_code" text null, "billing_country" text null, "shipping_line1" text null, "shipping_line2" text null, "shipping_city" text null, "shipping_region" text null, "shipping_postal_code" text null, "shipping_country" text null, "payment_terms_days" smallint not null default 30, "default_tax_rate" numeric(9,6) not null default '0', "credit_limit" numeric(24,6) null, "active" boolean not null default true);`);
    this.addSql(`create unique index "customers_code_lower_unique" on "customers" (lower("code"));`);

    this.addSql(`create table "sales_channels" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" text not null, "name" text not null, "kind" text check ("kind" in ('STOREFRONT', 'MARKETPLACE', 'DIRECT', 'EDI')) not null, "partner_id" bigint null, "active" boolean not null default true);`);
    this.addSql(`create index "sales_channels_partner_id_index" on "sales_channels" ("partner_id");`);
    this.addSql(`create unique index "sales_channels_code_lower_unique" on "sales_channels" (lower("code"));`);

    this.addSql(`create table "sales_order_sequences" ("year" smallint not null, "next" int not null, constraint "sales_order_sequences_pkey" primary key ("year"));`);

    this.addSql(`create table "sales_orders" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "year" smallint not null, "number" int null, "status" text check ("status" in ('DRAFT', 'CONFIRMED', 'ALLOCATED', 'PARTIALLY_ALLOCATED', 'BACKORDERED', 'PICKING', 'PACKED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'CLOSED', 'CANCELLED')) not null, "customer_id" bigint not null, "channel_id" bigint not null, "partner_id" bigint null, "external_ref" text null, "input_hash" text null, "requested_ship_date" date null, "priority" smallint not null default 0, "ship_from_warehouse_id" bigint null, "ship_to_line1" text null, "ship_to_line2" text null, "ship_to_city" text null, "ship_to_region" text null, "ship_to_postal_code" text null, "ship_to_country" text null, "carrier" text null, "carrier_service" text null, "cancelled_at" timestamptz null, "cancel_reason" text null, "actor" text not null);`);
    this.addSql(`create index "sales_orders_status_index" on "sales_orders" ("status");`);
    this.addSql(`create index "sales_orders_customer_id_index" on "sales_orders" ("customer_id");`);
    this.addSql(`create index "sales_orders_partner_id_index" on "sales_orders" ("partner_id");`);
    this.addSql(`create unique index "sales_orders_channel_external_ref_unique" on "sales_orders" ("channel_id", "external_ref") where "external_ref" is not null;`);
    this.addSql(`alter table "sales_orders" add constraint "sales_orders_year_number_unique" unique ("year", "number");`);

    this.addSql(`create table "sales_order_lines" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "order_id" bigint not null, "line_no" smallint not null, "item_id" bigint not null, "quantity_ordered" numeric(24,6) not null, "quantity_allocated" numeric(24,6) not null default '0', "quantity_picked" numeric(24,6) not null default '0', "quantity_packed" numeric(24,6) not null default '0', "quantity_shipped" numeric(24,6) not null default '0', "quantity_backordered" numeric(24,6) not null default '0', "quantity_cancelled" numeric(24,6) not null default '0', "unit_price" numeric(24,6) not null, "discount_percent" numeric(9,6) not null default '0', "tax_rate" numeric(9,6) not null);`);
    this.addSql(`create index "sales_order_lines_item_id_index" on "sales_order_lines" ("item_id");`);
    this.addSql(`alter table "sales_order_lines" add constraint "sales_order_lines_order_line_unique" unique ("order_id", "line_no");`);

    this.addSql(`alter table "sales_channels" add constraint "sales_channels_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sales_orders" add constraint "sales_orders_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "sales_orders" add constraint "sales_orders_channel_id_foreign" foreign key ("channel_id") references "sales_channels" ("id") on update cascade;`);
    this.addSql(`alter table "sales_orders" add constraint "sales_orders_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sales_orders" add constraint "sales_orders_ship_from_warehouse_id_foreign" foreign key ("ship_from_warehouse_id") references "warehouses" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sales_order_lines" add constraint "sales_order_lines_order_id_foreign" foreign key ("order_id") references "sales_orders" ("id") on update cascade;`);
    this.addSql(`alter table "sales_order_lines" add constraint "sales_order_lines_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);

    // Order numbers: the year's next, taken AT COMMIT by a deferred trigger (as journal entries
    // are), so a command never holds the year's counter row while it runs; the lock lasts only
    // for its COMMIT. A rollback takes nothing (and none is promised gap-free anyway).
    this.addSql(`create function ledgerhouse_number_sales_order() returns trigger language plpgsql as $$
      declare
        n integer;
      begin
        if new.number is not null then
          return null;
        end if;
        insert into sales_order_sequences (year, next) values (new.year, 2)
          on conflict (year) do update set next = sales_order_sequences.next + 1
          returning sales_order_sequences.next - 1 into n;
        update sales_orders set number = n where id = new.id;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger "sales_orders_zz_number" after insert on "sales_orders" deferrable initially deferred for each row execute function ledgerhouse_number_sales_order();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists "sales_orders_zz_number" on "sales_orders";');
    this.addSql('drop function if exists ledgerhouse_number_sales_order();');

    this.addSql(`alter table "sales_orders" drop constraint "sales_orders_customer_id_foreign";`);

    this.addSql(`alter table "sales_orders" drop constraint "sales_orders_channel_id_foreign";`);

    this.addSql(`alter table "sales_order_lines" drop constraint "sales_order_lines_order_id_foreign";`);

    this.addSql(`drop table if exists "customers" cascade;`);

    this.addSql(`drop table if exists "sales_channels" cascade;`);

    this.addSql(`drop table if exists "sales_order_sequences" cascade;`);

    this.addSql(`drop table if exists "sales_orders" cascade;`);

    this.addSql(`drop table if exists "sales_order_lines" cascade;`);
  }

}
