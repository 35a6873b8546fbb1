import { Migration } from '@mikro-orm/migrations';

export class Migration20261201185707_Fulfillment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "shipments" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "number" text not null, "order_id" bigint not null, "warehouse_id" bigint not null, "status" text check ("status" in ('CREATED', 'PICKED', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'EXCEPTION', 'RETURNED_TO_SENDER', 'CANCELLED')) not null, "carrier" text null, "carrier_service" text null, "journal_entry_id" bigint null, "status_times" jsonb not null, "actor" text not null);`);
    this.addSql(`alter table "shipments" add constraint "shipments_number_unique" unique ("number");`);
    this.addSql(`create index "shipments_order_id_index" on "shipments" ("order_id");`);
    this.addSql(`create index "shipments_status_index" on "shipments" ("status");`);

    this.addSql(`create table "shipment_tracking_events" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shipment_id" bigint not null, "external_id" text not null, "status" text check ("status" in ('CREATED', 'PICKED', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'EXCEPTION', 'RETURNED_TO_SENDER', 'CANCELLED')) not null, "occurred_at" timestamptz not null, "detail" text null, "actor" text not null);`);
    this.addSql(`alter table "shipment_tracking_events" add constraint "shipment_tracking_events_shipment_id_external_id_unique" unique ("shipment_id", "external_id");`);

    this.addSql(`create table "cartons" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "shipment_id" bigint not null, "sscc" text not null, "carton_type" text not null, "weight_kg" numeric(12,3) null, "length_cm" numeric(10,1) null, "width_cm" numeric(10,1) null, "height_cm" numeric(10,1) null, "tracking_number" text null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null);`);
    this.addSql(`create index "cartons_shipment_id_index" on "cartons" ("shipment_id");`);
    this.addSql(`alter table "cartons" add constraint "cartons_sscc_unique" unique ("sscc");`);

    this.addSql(`create table "shipment_lines" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shipment_id" bigint not null, "order_line_id" bigint not null, "item_id" bigint not null, "lot_id" bigint null, "quantity" numeric(24,6) not null, "cost" numeric(24,6) not null, "serial_numbers" jsonb null);`);
    this.addSql(`create index "shipment_lines_shipment_id_index" on "shipment_lines" ("shipment_id");`);
    this.addSql(`create index "shipment_lines_order_line_id_index" on "shipment_lines" ("order_line_id");`);
    this.addSql(`alter table "shipment_lines" add constraint "shipment_lines_shipment_id_order_line_id_lot_id_unique" unique ("shipment_id", "order_line_id", "lot_id");`);

    this.addSql(`create table "carton_lines" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "carton_id" bigint not null, "order_line_id" bigint not null, "item_id" bigint not null, "lot_id" bigint null, "quantity" numeric(24,6) not null, "serial_numbers" jsonb null);`);
    this.addSql(`create index "carton_lines_carton_id_index" on "carton_lines" ("carton_id");`);

    this.addSql(`create table "waves" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "number" text not null, "warehouse_id" bigint not null, "strategy" text check ("strategy" in ('DISCRETE', 'BATCH', 'ZONE', 'CLUSTER')) not null, "status" text check ("status" in ('RELEASED', 'COMPLETED')) not null, "actor" text not null);`);
    this.addSql(`alter table "waves" add constraint "waves_number_unique" unique ("number");`);

    this.addSql(`create table "stock_allocations" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "order_id" bigint not null, "order_line_id" bigint not null, "item_id" bigint not null, "warehouse_id" bigint not null, "location_id" bigint not null, "lot_id" bigint null, "quantity" numeric(24,6) not null, "quantity_picked" numeric(24,6) not null default '0', "quantity_shipped" numeric(24,6) not null default '0', "status" text check ("status" in ('OPEN', 'PICKED', 'SHIPPED', 'RELEASED')) not null);`);
    this.addSql(`create index "stock_allocations_order_id_index" on "stock_allocations" ("order_id");`);
    this.addSql(`create index "stock_allocations_order_line_id_index" on "stock_allocations" ("order_line_id");`);
    this.addSql(`create index "stock_allocations_open_idx" on "stock_allocations" ("item_id", "warehouse_id", "location_id") where "status" = 'OPEN';`);

    this.addSql(`create table "pick_lists" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "number" text not null, "wave_id" bigint not null, "warehouse_id" bigint not null, "zone_id" bigint null, "destination_id" bigint not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'DONE')) not null, "picker" text null, "scanned_location_id" bigint null);`);
    this.addSql(`alter table "pick_lists" add constraint "pick_lists_number_unique" unique ("number");`);
    this.addSql(`create index "pick_lists_wave_id_index" on "pick_lists" ("wave_id");`);

    this.addSql(`create table "pick_tasks" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "pick_list_id" bigint not null, "allocation_id" bigint not null, "order_id" bigint not null, "order_line_id" bigint not null, "item_id" bigint not null, "location_id" bigint not null, "lot_id" bigint null, "sequence" int not null, "quantity" numeric(24,6) not null, "quantity_picked" numeric(24,6) not null default '0', "quantity_short" numeric(24,6) not null default '0', "tote" text null, "serial_numbers" jsonb null, "status" text check ("status" in ('OPEN', 'DONE', 'SHORT', 'CANCELLED')) not null);`);
    this.addSql(`create index "pick_tasks_allocation_id_index" on "pick_tasks" ("allocation_id");`);
    this.addSql(`create index "pick_tasks_order_id_index" on "pick_tasks" ("order_id");`);
    this.addSql(`create index "pick_tasks_pick_list_id_sequence_index" on "pick_tasks" ("pick_list_id", "sequence");`);

    this.addSql(`alter table "shipments" add constraint "shipments_order_id_foreign" foreign key ("order_id") references "sales_orders" ("id") on update cascade;`);
    this.addSql(`alter table "shipments" add constraint "shipments_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);

    this.addSql(`alter table "shipment_tracking_events" add constraint "shipment_tracking_events_shipment_id_foreign" foreign key ("shipment_id") references "shipments" ("id") on update cascade;`);

    this.addSql(`alter table "cartons" add constraint "cartons_shipment_id_foreign" foreign key ("shipment_id") references "shipments" ("id") on update cascade;`);

    this.addSql(`alter table "shipment_lines" add constraint "shipment_lines_shipment_id_foreign" foreign key ("shipment_id") references "shipments" ("id") on update cascade;`);
    this.addSql(`alter table "shipment_lines" add constraint "shipment_lines_order_line_id_foreign" foreign key ("order_line_id") references "sales_order_lines" ("id") on update cascade;`);
    this.addSql(`alter table "shipment_lines" add constraint "shipment_lines_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "shipment_lines" add constraint "shipment_lines_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "carton_lines" add constraint "carton_lines_carton_id_foreign" foreign key ("carton_id") references "cartons" ("id") on update cascade;`);
    this.addSql(`alter table "carton_lines" add constraint "carton_lines_order_line_id_foreign" foreign key ("order_line_id") references "sales_order_lines" ("id") on update cascade;`);
    this.addSql(`alter table "carton_lines" add constraint "carton_lines_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "carton_lines" add constraint "carton_lines_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "waves" add constraint "waves_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);

    this.addSql(`alter table "stock_allocations" add constraint "stock_allocations_order_id_foreign" foreign key ("order_id") references "sales_orders" ("id") on update cascade;`);
    this.addSql(`alter table "stock_allocations" add constraint "stock_allocations_order_line_id_foreign" foreign key ("order_line_id") references "sales_order_lines" ("id") on update cascade;`);
    this.addSql(`alter table "stock_allocations" add constraint "stock_allocations_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "stock_allocations" add constraint "stock_allocations_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "stock_allocations" add constraint "stock_allocations_location_id_foreign" foreign key ("location_id") references "locations" ("id") on update cascade;`);
    this.addSql(`alter table "stock_allocations" add constraint "stock_allocations_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pick_lists" add constraint "pick_lists_wave_id_foreign" foreign key ("wave_id") references "waves" ("id") on update cascade;`);
    this.addSql(`alter table "pick_lists" add constraint "pick_lists_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "pick_lists" add constraint "pick_lists_zone_id_foreign" foreign key ("zone_id") references "zones" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "pick_lists" add constraint "pick_lists_destination_id_foreign" foreign key ("destination_id") references "locations" ("id") on update cascade;`);
    this.addSql(`alter table "pick_lists" add constraint "pick_lists_scanned_location_id_foreign" foreign key ("scanned_location_id") references "locations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pick_tasks" add constraint "pick_tasks_pick_list_id_foreign" foreign key ("pick_list_id") references "pick_lists" ("id") on update cascade;`);
    this.addSql(`alter table "pick_tasks" add constraint "pick_tasks_allocation_id_foreign" foreign key ("allocation_id") references "stock_allocations" ("id") on update cascade;`);
    this.addSql(`alter table "pick_tasks" add constraint "pick_tasks_order_id_foreign" foreign key ("order_id") references "sales_orders" ("id") on update cascade;`);
    this.addSql(`alter table "pick_tasks" add constraint "pick_tasks_order_line_id_foreign" foreign key ("order_line_id") references "sales_order_lines" ("id") on update cascade;`);
    this.addSql(`alter table "pick_tasks" add constraint "pick_tasks_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "pick_tasks" add constraint "pick_tasks_location_id_foreign" foreign key ("location_id") references "locations" ("id") on update cascade;`);
    this.addSql(`alter table "pick_tasks" add constraint "pick_tasks_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customers" add column "min_shelf_life_days" smallint not null default 0;`);

    this.addSql(`alter table "stock_summaries" add column "backordered" numeric(24,6) not null default '0';`);

    // Human numbers of waves, pick lists and shipments (WV-000001, PL-..., SH-...), and the serial part of carton SSCCs.
    for (const prefix of ['wv', 'pl', 'sh']) this.addSql(`create sequence "document_number_${prefix}";`);
    this.addSql(`create sequence "sscc_serial";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "shipment_tracking_events" drop constraint "shipment_tracking_events_shipment_id_foreign";`);

    this.addSql(`alter table "cartons" drop constraint "cartons_shipment_id_foreign";`);

    this.addSql(`alter table "shipment_lines" drop constraint "shipment_lines_shipment_id_foreign";`);

    this.addSql(`alter table "carton_lines" drop constraint "carton_lines_carton_id_foreign";`);

    this.addSql(`alter table "pick_lists" drop constraint "pick_lists_wave_id_foreign";`);

    this.addSql(`alter table "pick_tasks" drop constraint "pick_tasks_allocation_id_foreign";`);

    this.addSql(`alter table "pick_tasks" drop constraint "pick_tasks_pick_list_id_foreign";`);

    this.addSql(`drop table if exists "shipments" cascade;`);

    this.addSql(`drop table if exists "shipment_tracking_events" cascade;`);

    this.addSql(`drop table if exists "cartons" cascade;`);

    this.addSql(`drop table if exists "shipment_lines" cascade;`);

    this.addSql(`drop table if exists "carton_lines" cascade;`);

    this.addSql(`drop table if exists "waves" cascade;`);

    this.addSql(`drop table if exists "stock_allocations" cascade;`);

    this.addSql(`drop table if exists "pick_lists" cascade;`);

    this.addSql(`drop table if exists "pick_tasks" cascade;`);

    this.addSql(`alter table "customers" drop column "min_shelf_life_days";`);

    this.addSql(`alter table "stock_summaries" drop column "backordered";`);
  }

}
