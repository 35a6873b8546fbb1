import { Migration } from '@mikro-orm/migrations';

/**
 * Checkout holds: stock a storefront keeps for a cart until an expiry. A hold line counts
 * against availability while it is open and unexpired (inventory/held.ts); the partial
 * index over open lines, with the expiry as its last key, is what every availability read
 * probes, so an expired line is skipped by the index range and costs nothing more.
 */
export class Migration20261201185928_StockHolds extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "stock_holds" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "warehouse_id" bigint not null, "channel_id" bigint null, "partner_id" bigint null, "expires_at" timestamptz not null, "status" text check ("status" in ('ACTIVE', 'CONSUMED', 'RELEASED')) not null, "consumed_by_order_id" bigint null, "actor" text not null);`);
    this.addSql(`create index "stock_holds_channel_id_index" on "stock_holds" ("channel_id");`);
    this.addSql(`create index "stock_holds_partner_id_index" on "stock_holds" ("partner_id");`);

    this.addSql(`create table "stock_hold_lines" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "hold_id" bigint not null, "item_id" bigint not null, "warehouse_id" bigint not null, "quantity" numeric(24,6) not null, "expires_at" timestamptz not null, "open" boolean not null default true, constraint "stock_hold_lines_quantity_positive" check ("quantity" > 0));`);
    this.addSql(`create index "stock_hold_lines_hold_id_index" on "stock_hold_lines" ("hold_id");`);
    this.addSql(`create index "stock_hold_lines_live" on "stock_hold_lines" ("item_id", "warehouse_id", "expires_at") include ("quantity") where "open";`);

    this.addSql(`alter table "stock_holds" add constraint "stock_holds_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "stock_holds" add constraint "stock_holds_channel_id_foreign" foreign key ("channel_id") references "sales_channels" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stock_holds" add constraint "stock_holds_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stock_holds" add constraint "stock_holds_consumed_by_order_id_foreign" foreign key ("consumed_by_order_id") references "sales_orders" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "stock_hold_lines" add constraint "stock_hold_lines_hold_id_foreign" foreign key ("hold_id") references "stock_holds" ("id") on update cascade;`);
    this.addSql(`alter table "stock_hold_lines" add constraint "stock_hold_lines_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "stock_hold_lines" add constraint "stock_hold_lines_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "stock_hold_lines" drop constraint "stock_hold_lines_hold_id_foreign";`);

    this.addSql(`drop table if exists "stock_holds" cascade;`);

    this.addSql(`drop table if exists "stock_hold_lines" cascade;`);
  }

}
