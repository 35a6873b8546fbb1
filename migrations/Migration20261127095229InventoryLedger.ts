import { Migration } from '@mikro-orm/migrations';

export class Migration20261127095229_InventoryLedger extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "accounts" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" text not null, "name" text not null, "type" text check ("type" in ('ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE')) not null, "control" boolean not null default false, "active" boolean not null default true);`);
    this.addSql(`alter table "accounts" add constraint "accounts_code_unique" unique ("code");`);

    this.addSql(`create table "fiscal_periods" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "year" smallint not null, "month" smallint not null, "start_date" date not null, "end_date" date not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "closed_at" timestamptz null, "closed_by" text null);`);
    this.addSql(`alter table "fiscal_periods" add constraint "fiscal_periods_year_month_unique" unique ("year", "month");`);

    this.addSql(`create table "fiscal_period_events" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "period_id" bigint not null, "action" text check ("action" in ('CLOSE', 'REOPEN')) not null, "actor" text not null, "reason" text null);`);
    this.addSql(`create index "fiscal_period_events_period_id_index" on "fiscal_period_events" ("period_id");`);

    this.addSql(`create table "journal_entries" ("id" bigserial primary key, "year" smallint not null, "number" int not null, "posting_date" date not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null default now(), "period_id" bigint not null, "source_type" text not null, "source_id" text not null, "memo" text null, "actor" text not null, "reversal_of_id" bigint null);`);
    this.addSql(`alter table "journal_entries" add constraint "journal_entries_reversal_of_id_unique" unique ("reversal_of_id");`);
    this.addSql(`create index "journal_entries_occurred_at_index" on "journal_entries" ("occurred_at");`);
    this.addSql(`create index "journal_entries_source_type_source_id_index" on "journal_entries" ("source_type", "source_id");`);
    this.addSql(`alter table "journal_entries" add constraint "journal_entries_year_number_unique" unique ("year", "number");`);

    this.addSql(`create table "journal_sequences" ("year" smallint not null, "next" int not null, constraint "journal_sequences_pkey" primary key ("year"));`);

    this.addSql(`create table "lots" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" bigint not null, "lot_number" text not null, "expiry_date" date null, "received_at" timestamptz not null, "origin_type" text not null, "origin_id" text not null);`);
    this.addSql(`create unique index "lots_item_number_unique" on "lots" ("item_id", lower("lot_number"));`);

    this.addSql(`create table "stock_transfers" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "number" text not null, "from_warehouse_id" bigint not null, "to_warehouse_id" bigint not null, "status" text check ("status" in ('SHIPPED', 'RECEIVED')) not null default 'SHIPPED', "reference" text null, "shipped_at" timestamptz not null, "received_at" timestamptz null, "ship_entry_id" bigint null, "receive_entry_id" bigint null, "shipped_by" text not null, "received_by" text null);`);
    this.addSql(`alter table "stock_transfers" add constraint "stock_transfers_number_unique" unique ("number");`);
    this.addSql(`create index "stock_transfers_status_index" on "stock_transfers" ("status");`);

    this.addSql(`create table "stock_summaries" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" bigint not null, "warehouse_id" bigint not null, "on_hand" numeric(24,6) not null default '0', "sellable_on_hand" numeric(24,6) not null default '0', "in_transit" numeric(24,6) not null default '0', "allocated" numeric(24,6) not null default '0', "version" int not null default 1);`);
    this.addSql(`create index "stock_summaries_warehouse_id_index" on "stock_summaries" ("warehouse_id");`);
    this.addSql(`create unique index "stock_summaries_item_warehouse_unique" on "stock_summaries" ("item_id", "warehouse_id");`);

    this.addSql(`create table "stock_layers" ("id" bigserial primary key, "item_id" bigint not null, "warehouse_id" bigint not null, "kind" text check ("kind" in ('STOCK', 'TRANSIT')) not null, "transfer_id" bigint null, "account_id" bigint not null, "quantity_in" numeric(24,6) not null, "value_in" numeric(24,4) not null, "quantity_remaining" numeric(24,6) not null, "value_remaining" numeric(24,4) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "stock_layers_item_id_warehouse_id_kind_id_index" on "stock_layers" ("item_id", "warehouse_id", "kind", "id");`);

    this.addSql(`create table "stock_documents" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "type" text check ("type" in ('RECEIPT', 'LOCATION_MOVE', 'ADJUSTMENT')) not null, "number" text not null, "warehouse_id" bigint not null, "reference" text null, "reason_code" text null, "memo" text null, "occurred_at" timestamptz not null, "journal_entry_id" bigint null, "actor" text not null, "status" text not null default 'POSTED');`);
    this.addSql(`create index "stock_documents_warehouse_id_occurred_at_index" on "stock_documents" ("warehouse_id", "occurred_at");`);
    this.addSql(`alter table "stock_documents" add constraint "stock_documents_type_number_unique" unique ("type", "number");`);

    this.addSql(`create table "journal_lines" ("id" bigserial primary key, "entry_id" bigint not null, "account_id" bigint not null, "debit" numeric(24,4) not null, "credit" numeric(24,4) not null, "item_id" bigint null, "warehouse_id" bigint null, "partner_id" bigint null, "memo" text null, constraint journal_lines_one_side check (debit >= 0 and credit >= 0 and (debit = 0) <> (credit = 0)));`);
    this.addSql(`create index "journal_lines_entry_id_index" on "journal_lines" ("entry_id");`);
    this.addSql(`create index "journal_lines_account_id_entry_id_index" on "journal_lines" ("account_id", "entry_id");`);

    this.addSql(`create table "inventory_counts" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "number" text not null, "warehouse_id" bigint not null, "status" text check ("status" in ('OPEN', 'APPROVED', 'CANCELLED')) not null default 'OPEN', "location_ids" jsonb not null, "item_ids" jsonb not null, "memo" text null, "opened_by" text not null, "approved_at" timestamptz null, "approved_by" text null, "journal_entry_id" bigint null);`);
    this.addSql(`alter table "inventory_counts" add constraint "inventory_counts_number_unique" unique ("number");`);
    this.addSql(`create index "inventory_counts_warehouse_id_status_index" on "inventory_counts" ("warehouse_id", "status");`);

    this.addSql(`create table "account_mappings" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "purpose" text check ("purpose" in ('INVENTORY', 'IN_TRANSIT', 'GRNI', 'COGS', 'SHRINKAGE', 'PRICE_VARIANCE', 'REVENUE', 'SALES_RETURNS', 'AR', 'AP', 'TAX_PAYABLE', 'CASH', 'LANDED_COST_ACCRUAL')) not null, "warehouse_id" bigint null, "category_id" bigint null, "account_id" bigint not null);`);
    this.addSql(`create unique index "account_mappings_scope_unique" on "account_mappings" ("purpose", coalesce("warehouse_id", 0), coalesce("category_id", 0));`);

    this.addSql(`create table "stock_transfer_lines" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "transfer_id" bigint not null, "line_no" smallint not null, "item_id" bigint not null, "lot_id" bigint null, "from_location_id" bigint not null, "serial_numbers" jsonb null, "quantity_shipped" numeric(24,6) not null, "quantity_received" numeric(24,6) not null default '0', "quantity_lost" numeric(24,6) not null default '0');`);
    this.addSql(`create index "stock_transfer_lines_transfer_id_index" on "stock_transfer_lines" ("transfer_id");`);

    this.addSql(`create table "stock_moves" ("id" bigserial primary key, "item_id" bigint not null, "lot_id" bigint null, "quantity" numeric(24,6) not null, "from_location_id" bigint null, "to_location_id" bigint null, "from_warehouse_id" bigint null, "to_warehouse_id" bigint null, "unit_cost" numeric(24,6) not null, "value" numeric(24,4) not null, "reason" text check ("reason" in ('RECEIPT', 'ISSUE', 'TRANSFER_OUT', 'TRANSFER_IN', 'PUTAWAY', 'PICK', 'ADJUSTMENT', 'RETURN', 'REVALUATION')) not null, "reason_code" text null, "document_type" text not null, "document_id" text not null, "journal_entry_id" bigint null, "actor" text not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null default now(), constraint stock_moves_quantity_non_negative check (quantity >= 0));`);
    this.addSql(`create index "stock_moves_lot_id_index" on "stock_moves" ("lot_id");`);
    this.addSql(`create index "stock_moves_to_location_id_index" on "stock_moves" ("to_location_id");`);
    this.addSql(`create index "stock_moves_from_location_id_index" on "stock_moves" ("from_location_id");`);
    this.addSql(`create index "stock_moves_document_type_document_id_index" on "stock_moves" ("document_type", "document_id");`);
    this.addSql(`create index "stock_moves_item_id_occurred_at_index" on "stock_moves" ("item_id", "occurred_at");`);

    this.addSql(`create table "move_valuations" ("id" bigserial primary key, "move_id" bigint not null, "layer_id" bigint not null, "account_id" bigint not null, "quantity" numeric(24,6) not null, "value" numeric(24,4) not null);`);
    this.addSql(`create index "move_valuations_move_id_index" on "move_valuations" ("move_id");`);
    this.addSql(`create index "move_valuations_layer_id_index" on "move_valuations" ("layer_id");`);
    this.addSql(`create index "move_valuations_account_id_move_id_index" on "move_valuations" ("account_id", "move_id");`);

    this.addSql(`create table "stock_balances" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" bigint not null, "location_id" bigint not null, "warehouse_id" bigint not null, "lot_id" bigint null, "on_hand" numeric(24,6) not null default '0');`);
    this.addSql(`create index "stock_balances_warehouse_id_index" on "stock_balances" ("warehouse_id");`);
    this.addSql(`create index "stock_balances_lot_id_index" on "stock_balances" ("lot_id");`);
    this.addSql(`create index "stock_balances_location_id_index" on "stock_balances" ("location_id");`);
    this.addSql(`create unique index "stock_balances_key_unique" on "stock_balances" ("item_id", "location_id", coalesce("lot_id", 0));`);

    this.addSql(`create table "serials" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" bigint not null, "serial_number" text not null, "lot_id" bigint null, "status" text check ("status" in ('IN_STOCK', 'IN_TRANSIT', 'GONE')) not null, "location_id" bigint null, "warehouse_id" bigint null, "version" int not null default 1);`);
    this.addSql(`create index "serials_location_id_index" on "serials" ("location_id");`);
    this.addSql(`create unique index "serials_item_number_unique" on "serials" ("item_id", "serial_number");`);

    this.addSql(`create table "stock_move_serials" ("move_id" bigint not null, "serial_id" bigint not null, constraint "stock_move_serials_pkey" primary key ("move_id", "serial_id"));`);
    this.addSql(`create index "stock_move_serials_serial_id_index" on "stock_move_serials" ("serial_id");`);

    this.addSql(`create table "inventory_count_lines" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "count_id" bigint not null, "location_id" bigint not null, "item_id" bigint not null, "lot_id" bigint null, "counted_quantity" numeric(24,6) not null, "serial_numbers" jsonb null, "expected_quantity" numeric(24,6) null, "counted_by" text not null);`);
    this.addSql(`create unique index "inventory_count_lines_key_unique" on "inventory_count_lines" ("count_id", "location_id", "item_id", coalesce("lot_id", 0));`);

    this.addSql(`alter table "fiscal_period_events" add constraint "fiscal_period_events_period_id_foreign" foreign key ("period_id") references "fiscal_periods" ("id") on update cascade;`);

    this.addSql(`alter table "journal_entries" add constraint "journal_entries_period_id_foreign" foreign key ("period_id") references "fiscal_periods" ("id") on update cascade;`);
    this.addSql(`alter table "journal_entries" add constraint "journal_entries_reversal_of_id_foreign" foreign key ("reversal_of_id") references "journal_entries" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "lots" add constraint "lots_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);

    this.addSql(`alter table "stock_transfers" add constraint "stock_transfers_from_warehouse_id_foreign" foreign key ("from_warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "stock_transfers" add constraint "stock_transfers_to_warehouse_id_foreign" foreign key ("to_warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "stock_transfers" add constraint "stock_transfers_ship_entry_id_foreign" foreign key ("ship_entry_id") references "journal_entries" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stock_transfers" add constraint "stock_transfers_receive_entry_id_foreign" foreign key ("receive_entry_id") references "journal_entries" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "stock_summaries" add constraint "stock_summaries_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "stock_summaries" add constraint "stock_summaries_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);

    this.addSql(`alter table "stock_layers" add constraint "stock_layers_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "stock_layers" add constraint "stock_layers_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "stock_layers" add constraint "stock_layers_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);

    this.addSql(`alter table "stock_documents" add constraint "stock_documents_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "stock_documents" add constraint "stock_documents_journal_entry_id_foreign" foreign key ("journal_entry_id") references "journal_entries" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "journal_lines" add constraint "journal_lines_entry_id_foreign" foreign key ("entry_id") references "journal_entries" ("id") on update cascade;`);
    this.addSql(`alter table "journal_lines" add constraint "journal_lines_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);
    this.addSql(`alter table "journal_lines" add constraint "journal_lines_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "journal_lines" add constraint "journal_lines_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "journal_lines" add constraint "journal_lines_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "inventory_counts" add constraint "inventory_counts_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "inventory_counts" add constraint "inventory_counts_journal_entry_id_foreign" foreign key ("journal_entry_id") references "journal_entries" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "account_mappings" add constraint "account_mappings_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_mappings" add constraint "account_mappings_category_id_foreign" foreign key ("category_id") references "categories" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_mappings" add constraint "account_mappings_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);

    this.addSql(`alter table "stock_transfer_lines" add constraint "stock_transfer_lines_transfer_id_foreign" foreign key ("transfer_id") references "stock_transfers" ("id") on update cascade;`);
    this.addSql(`alter table "stock_transfer_lines" add constraint "stock_transfer_lines_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "stock_transfer_lines" add constraint "stock_transfer_lines_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stock_transfer_lines" add constraint "stock_transfer_lines_from_location_id_foreign" foreign key ("from_location_id") references "locations" ("id") on update cascade;`);

    this.addSql(`alter table "stock_moves" add constraint "stock_moves_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "stock_moves" add constraint "stock_moves_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stock_moves" add constraint "stock_moves_from_location_id_foreign" foreign key ("from_location_id") references "locations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stock_moves" add constraint "stock_moves_to_location_id_foreign" foreign key ("to_location_id") references "locations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stock_moves" add constraint "stock_moves_from_warehouse_id_foreign" foreign key ("from_warehouse_id") references "warehouses" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stock_moves" add constraint "stock_moves_to_warehouse_id_foreign" foreign key ("to_warehouse_id") references "warehouses" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stock_moves" add constraint "stock_moves_journal_entry_id_foreign" foreign key ("journal_entry_id") references "journal_entries" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "move_valuations" add constraint "move_valuations_move_id_foreign" foreign key ("move_id") references "stock_moves" ("id") on update cascade;`);
    this.addSql(`alter table "move_valuations" add constraint "move_valuations_layer_id_foreign" foreign key ("layer_id") references "stock_layers" ("id") on update cascade;`);
    this.addSql(`alter table "move_valuations" add constraint "move_valuations_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);

    this.addSql(`alter table "stock_balances" add constraint "stock_balances_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "stock_balances" add constraint "stock_balances_location_id_foreign" foreign key ("location_id") references "locations" ("id") on update cascade;`);
    this.addSql(`alter table "stock_balances" add constraint "stock_balances_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "stock_balances" add constraint "stock_balances_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "serials" add constraint "serials_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "serials" add constraint "serials_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "serials" add constraint "serials_location_id_foreign" foreign key ("location_id") references "locations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "serials" add constraint "serials_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "stock_move_serials" add constraint "stock_move_serials_move_id_foreign" foreign key ("move_id") references "stock_moves" ("id") on update cascade;`);
    this.addSql(`alter table "stock_move_serials" add constraint "stock_move_serials_serial_id_foreign" foreign key ("serial_id") references "serials" ("id") on update cascade;`);

    this.addSql(`alter table "inventory_count_lines" add constraint "inventory_count_lines_count_id_foreign" foreign key ("count_id") references "inventory_counts" ("id") on update cascade;`);
    this.addSql(`alter table "inventory_count_lines" add constraint "inventory_count_lines_location_id_foreign" foreign key ("location_id") references "locations" ("id") on update cascade;`);
    this.addSql(`alter table "inventory_count_lines" add constraint "inventory_count_lines_item_id_foreign" foreign key ("item_id") references "items" ("id") on update cascade;`);
    this.addSql(`alter table "inventory_count_lines" add constraint "inventory_count_lines_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete set null;`);

    // Human document numbers (unique, rising; gaps allowed: only journal numbers are gap-free).
    for (const prefix of ['rc', 'mv', 'aj', 'tr', 'cc']) this.addSql(`create sequence "document_number_${prefix}";`);

    // Journal entries, journal lines, stock moves and the sub-ledger are append-only:
    // corrections are new rows (reversals, adjustments), never edits.
    this.addSql(`create function ledgerhouse_append_only() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only: % refused (post a reversal or an adjustment instead)', tg_table_name, tg_op
          using errcode = 'P0001';
      end $$;`);
    for (const table of ['journal_entries', 'journal_lines', 'stock_moves', 'stock_move_serials', 'move_valuations']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "${table}" for each row execute function ledgerhouse_append_only();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "${table}" for each statement execute function ledgerhouse_append_only();`);
    }

    // Every entry balances and has at least two lines, checked at COMMIT (deferred), so an
    // entry is written line by line but can never be committed unbalanced.
    this.addSql(`create function ledgerhouse_check_entry_balanced() returns trigger language plpgsql as $$
      declare
        entry bigint;
        d numeric; c numeric; n int;
      begin
        -- plpgsql evaluates a branch only when it runs, so each table's column is read on its own path.
        if tg_table_name = 'journal_entries' then entry := new.id; else entry := new.entry_id; end if;
        select coalesce(sum(debit), 0), coalesce(sum(credit), 0), count(*) into d, c, n from journal_lines where entry_id = entry;
        if n < 2 or d <> c then
          raise exception 'journal entry % does not balance: % lines, debits %, credits %', entry, n, d, c using errcode = '23514';
        end if;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger "journal_lines_balanced" after insert on "journal_lines" deferrable initially deferred for each row execute function ledgerhouse_check_entry_balanced();`);
    this.addSql(`create constraint trigger "journal_entries_balanced" after insert on "journal_entries" deferrable initially deferred for each row execute function ledgerhouse_check_entry_balanced();`);

    // No entry in a closed period, and the posting date inside its period, whatever the code does.
    this.addSql(`create function ledgerhouse_check_period_open() returns trigger language plpgsql as $$
      declare p record;
      begin
        select status, start_date, end_date into p from fiscal_periods where id = new.period_id;
        if p.status <> 'OPEN' then
          raise exception 'fiscal period of % is closed', new.posting_date using errcode = '23514';
        end if;
        if new.posting_date < p.start_date or new.posting_date > p.end_date then
          raise exception 'posting date % is outside its period', new.posting_date using errcode = '23514';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "journal_entries_period_open" before insert on "journal_entries" for each row execute function ledgerhouse_check_period_open();`);

    // Default chart of accounts (editable) and the company-wide account mapping.
    this.addSql(`insert into "accounts" ("code", "name", "type", "control") values
      ('1000', 'Cash', 'ASSET', false),
      ('1100', 'Accounts receivable', 'ASSET', true),
      ('1300', 'Inventory', 'ASSET', true),
      ('1310', 'Inventory in transit', 'ASSET', true),
      ('2000', 'Accounts payable', 'LIABILITY', true),
      ('2100', 'Goods received not invoiced', 'LIABILITY', true),
      ('2200', 'Sales tax payable', 'LIABILITY', false),
      ('2300', 'Landed cost accrual', 'LIABILITY', false),
      ('3000', 'Owner''s equity', 'EQUITY', false),
      ('3900', 'Retained earnings', 'EQUITY', false),
      ('4000', 'Sales revenue', 'REVENUE', false),
      ('4100', 'Sales returns', 'REVENUE', false),
      ('5000', 'Cost of goods sold', 'EXPENSE', false),
      ('5100', 'Inventory shrinkage', 'EXPENSE', false),
      ('5200', 'Purchase price variance', 'EXPENSE', false),
      ('6000', 'Operating expenses', 'EXPENSE', false);`);
    this.addSql(`insert into "account_mappings" ("purpose", "account_id")
      select m.purpose, a.id from (values
        ('CASH', '1000'), ('AR', '1100'), ('INVENTORY', '1300'), ('IN_TRANSIT', '1310'), ('AP', '2000'), ('GRNI', '2100'),
        ('TAX_PAYABLE', '2200'), ('LANDED_COST_ACCRUAL', '2300'), ('REVENUE', '4000'), ('SALES_RETURNS', '4100'),
        ('COGS', '5000'), ('SHRINKAGE', '5100'), ('PRICE_VARIANCE', '5200')) as m(purpose, code)
      join "accounts" a on a.code = m.code;`);
  }

  override async down(): Promise<void> {
    for (const prefix of ['rc', 'mv', 'aj', 'tr', 'cc']) this.addSql(`drop sequence if exists "document_number_${prefix}";`);
    this.addSql(`alter table "stock_layers" drop constraint "stock_layers_account_id_foreign";`);

    this.addSql(`alter table "journal_lines" drop constraint "journal_lines_account_id_foreign";`);

    this.addSql(`alter table "account_mappings" drop constraint "account_mappings_account_id_foreign";`);

    this.addSql(`alter table "move_valuations" drop constraint "move_valuations_account_id_foreign";`);

    this.addSql(`alter table "fiscal_period_events" drop constraint "fiscal_period_events_period_id_foreign";`);

    this.addSql(`alter table "journal_entries" drop constraint "journal_entries_period_id_foreign";`);

    this.addSql(`alter table "journal_entries" drop constraint "journal_entries_reversal_of_id_foreign";`);

    this.addSql(`alter table "stock_transfers" drop constraint "stock_transfers_ship_entry_id_foreign";`);

    this.addSql(`alter table "stock_transfers" drop constraint "stock_transfers_receive_entry_id_foreign";`);

    this.addSql(`alter table "stock_documents" drop constraint "stock_documents_journal_entry_id_foreign";`);

    this.addSql(`alter table "journal_lines" drop constraint "journal_lines_entry_id_foreign";`);

    this.addSql(`alter table "inventory_counts" drop constraint "inventory_counts_journal_entry_id_foreign";`);

    this.addSql(`alter table "stock_moves" drop constraint "stock_moves_journal_entry_id_foreign";`);

    this.addSql(`alter table "stock_transfer_lines" drop constraint "stock_transfer_lines_lot_id_foreign";`);

    this.addSql(`alter table "stock_moves" drop constraint "stock_moves_lot_id_foreign";`);

    this.addSql(`alter table "stock_balances" drop constraint "stock_balances_lot_id_foreign";`);

    this.addSql(`alter table "serials" drop constraint "serials_lot_id_foreign";`);

    this.addSql(`alter table "inventory_count_lines" drop constraint "inventory_count_lines_lot_id_foreign";`);

    this.addSql(`alter table "stock_transfer_lines" drop constraint "stock_transfer_lines_transfer_id_foreign";`);

    this.addSql(`alter table "move_valuations" drop constraint "move_valuations_layer_id_foreign";`);

    this.addSql(`alter table "inventory_count_lines" drop constraint "inventory_count_lines_count_id_foreign";`);

    this.addSql(`alter table "move_valuations" drop constraint "move_valuations_move_id_foreign";`);

    this.addSql(`alter table "stock_move_serials" drop constraint "stock_move_serials_move_id_foreign";`);

    this.addSql(`alter table "stock_move_serials" drop constraint "stock_move_serials_serial_id_foreign";`);

    this.addSql(`drop table if exists "accounts" cascade;`);

    this.addSql(`drop table if exists "fiscal_periods" cascade;`);

    this.addSql(`drop table if exists "fiscal_period_events" cascade;`);

    this.addSql(`drop table if exists "journal_entries" cascade;`);

    this.addSql(`drop table if exists "journal_sequences" cascade;`);

    this.addSql(`drop table if exists "lots" cascade;`);

    this.addSql(`drop table if exists "stock_transfers" cascade;`);

    this.addSql(`drop table if exists "stock_summaries" cascade;`);

    this.addSql(`drop table if exists "stock_layers" cascade;`);

    this.addSql(`drop table if exists "stock_documents" cascade;`);

    this.addSql(`drop table if exists "journal_lines" cascade;`);

    this.addSql(`drop table if exists "inventory_counts" cascade;`);

    this.addSql(`drop table if exists "account_mappings" cascade;`);

    this.addSql(`drop table if exists "stock_transfer_lines" cascade;`);

    this.addSql(`drop table if exists "stock_moves" cascade;`);

    this.addSql(`drop table if exists "move_valuations" cascade;`);

    this.addSql(`drop table if exists "stock_balances" cascade;`);

    this.addSql(`drop table if exists "serials" cascade;`);

    this.addSql(`drop table if exists "stock_move_serials" cascade;`);

    this.addSql(`drop table if exists "inventory_count_lines" cascade;`);
    this.addSql('drop function if exists ledgerhouse_append_only() cascade;');
    this.addSql('drop function if exists ledgerhouse_check_entry_balanced() cascade;');
    this.addSql('drop function if exists ledgerhouse_check_period_open() cascade;');
  }

}
