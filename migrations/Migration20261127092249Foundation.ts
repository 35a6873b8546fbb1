import { Migration } from '@mikro-orm/migrations';

export class Migration20261127092249_Foundation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "categories" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" text not null, "name" text not null, "parent_id" bigint null);`);
    this.addSql(`create index "categories_parent_id_index" on "categories" ("parent_id");`);
    this.addSql(`create unique index "categories_code_lower_unique" on "categories" (lower("code"));`);

    this.addSql(`create table "idempotency_keys" ("id" bigserial primary key, "owner" text not null, "key" text not null, "command" text not null, "request_hash" text not null, "result" jsonb null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "idempotency_keys" add constraint "idempotency_keys_owner_key_unique" unique ("owner", "key");`);

    this.addSql(`create table "outbox_events" ("id" bigserial primary key, "topic" text not null, "aggregate_type" text not null, "aggregate_id" text not null, "aggregate_version" int null, "partner_id" bigint null, "payload" jsonb not null, "occurred_at" timestamptz not null default now());`);
    this.addSql(`create index "outbox_events_topic_id_index" on "outbox_events" ("topic", "id");`);

    this.addSql(`create table "partners" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" text not null, "name" text not null, "kinds" text[] not null, "email" text null, "active" boolean not null default true);`);
    this.addSql(`create unique index "partners_code_lower_unique" on "partners" (lower("code"));`);

    this.addSql(`create table "api_keys" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "prefix" text not null, "secret_hash" text not null, "role" text check ("role" in ('ADMIN', 'FINANCE', 'WAREHOUSE', 'SALES', 'STOREFRONT', 'PARTNER')) not null, "partner_id" bigint null, "revoked_at" timestamptz null, "created_by" text not null);`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_keys_partner_id_index" on "api_keys" ("partner_id");`);

    this.addSql(`create table "units" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name" text not null, "decimals" smallint not null);`);
    this.addSql(`alter table "units" add constraint "units_code_unique" unique ("code");`);

    this.addSql(`create table "items" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "sku" text not null, "name" text not null, "description" text null, "unit_id" bigint not null, "active" boolean not null default true, "category_id" bigint null, "tracking_mode" text check ("tracking_mode" in ('NONE', 'LOT', 'SERIAL')) not null default 'NONE', "lot_expiry_required" boolean not null default false, "valuation_method" text check ("valuation_method" in ('FIFO', 'MOVING_AVERAGE')) not null default 'FIFO', "standard_cost" numeric(24,6) null, "weight_kg" numeric(18,6) null, "length_cm" numeric(18,4) null, "width_cm" numeric(18,4) null, "height_cm" numeric(18,4) null);`);
    this.addSql(`create index "items_unit_id_index" on "items" ("unit_id");`);
    this.addSql(`create index "items_category_id_index" on "items" ("category_id");`);
    this.addSql(`create unique index "items_sku_lower_unique" on "items" (lower("sku"));`);

    this.addSql(`create table "item_barcodes" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" bigint not null, "code" text not null, "lookup_key" text not null, "kind" text check ("kind" in ('GTIN_8', 'GTIN_12', 'GTIN_13', 'GTIN_14', 'OTHER')) not null, "quantity" numeric(24,6) not null default '1');`);
    this.addSql(`create index "item_barcodes_item_id_index" on "item_barcodes" ("item_id");`);
    this.addSql(`alter table "item_barcodes" add constraint "item_barcodes_lookup_key_unique" unique ("lookup_key");`);

    this.addSql(`create table "warehouses" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" text not null, "name" text not null, "address_line1" text null, "address_line2" text null, "address_city" text null, "address_region" text null, "address_postal_code" text null, "address_country" text null, "active" boolean not null default true, "allow_negative_stock" boolean not null default false);`);
    this.addSql(`create unique index "warehouses_code_lower_unique" on "warehouses" (lower("code"));`);

    this.addSql(`create table "zones" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "warehouse_id" bigint not null, "code" text not null, "name" text not null);`);
    this.addSql(`create unique index "zones_warehouse_code_unique" on "zones" ("warehouse_id", lower("code"));`);

    this.addSql(`create table "locations" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "warehouse_id" bigint not null, "code" text not null, "type" text check ("type" in ('RECEIVING', 'STORAGE', 'PICK', 'STAGING', 'PACKING', 'SHIPPING', 'QUARANTINE', 'TRANSIT')) not null, "zone_id" bigint null, "pick_sequence" int null, "barcode" text null, "sellable" boolean not null, "active" boolean not null default true);`);
    this.addSql(`create index "locations_zone_id_index" on "locations" ("zone_id");`);
    this.addSql(`alter table "locations" add constraint "locations_barcode_unique" unique ("barcode");`);
    this.addSql(`create index "locations_warehouse_id_pick_sequence_index" on "locations" ("warehouse_id", "pick_sequence");`);
    this.addSql(`create unique index "locations_warehouse_code_unique" on "locations" ("warehouse_id", lower("code"));`);

    this.addSql(`alter table "categories" add constraint "categories_parent_id_foreign" foreign key ("parent_id") references "categories" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_keys" add constraint "api_keys_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "items" add constraint "items_unit_id_foreign" foreign key ("unit_id") references "units" ("id") on update cascade;`);
    this.addSql(`alter table "items" add constraint "items_category_id_foreign" foreign key ("category_id") references "categories" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "item_barcodes" add constraint "item_barcodes_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);

    this.addSql(`alter table "zones" add constraint "zones_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);

    this.addSql(`alter table "locations" add constraint "locations_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "locations" add constraint "locations_zone_id_foreign" foreign key ("zone_id") references "zones" ("id") on update cascade on delete set null;`);

    // Units of measure: `decimals` is how finely each can be counted.
    this.addSql(`insert into "units" ("code", "name", "decimals") values
      ('EA', 'Each', 0), ('PR', 'Pair', 0), ('BOX', 'Box', 0), ('CS', 'Case', 0), ('PAL', 'Pallet', 0),
      ('KG', 'Kilogram', 3), ('G', 'Gram', 0), ('LB', 'Pound', 3),
      ('L', 'Litre', 3), ('ML', 'Millilitre', 0), ('M', 'Metre', 3), ('CM', 'Centimetre', 1), ('M2', 'Square metre', 3), ('H', 'Hour', 2);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "categories" drop constraint "categories_parent_id_foreign";`);

    this.addSql(`alter table "items" drop constraint "items_category_id_foreign";`);

    this.addSql(`alter table "api_keys" drop constraint "api_keys_partner_id_foreign";`);

    this.addSql(`alter table "items" drop constraint "items_unit_id_foreign";`);

    this.addSql(`alter table "item_barcodes" drop constraint "item_barcodes_item_id_foreign";`);

    this.addSql(`alter table "zones" drop constraint "zones_warehouse_id_foreign";`);

    this.addSql(`alter table "locations" drop constraint "locations_warehouse_id_foreign";`);

    this.addSql(`alter table "locations" drop constraint "locations_zone_id_foreign";`);

    this.addSql(`drop table if exists "categories" cascade;`);

    this.addSql(`drop table if exists "idempotency_keys" cascade;`);

    this.addSql(`drop table if exists "outbox_events" cascade;`);

    this.addSql(`drop table if exists "partners" cascade;`);

    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`drop table if exists "units" cascade;`);

    this.addSql(`drop table if exists "items" cascade;`);

    this.addSql(`drop table if exists "item_barcodes" cascade;`);

    this.addSql(`drop table if exists "warehouses" cascade;`);

    this.addSql(`drop table if exists "zones" cascade;`);

    this.addSql(`drop table if exists "locations" cascade;`);
  }

}
