import { Migration } from '@mikro-orm/migrations';

/**
 * The posting engine at the speed of SQL (see src/modules/inventory/stock-engine.ts):
 * - references to journal_entries are checked at COMMIT, so a command can write its lines,
 *   moves and document first and the entry (with its gap-free number) in its last statement;
 * - a partial index over the cost layers that still hold something, so reading an item's
 *   live layers does not walk its exhausted history;
 * - the closed-period trigger refuses any date in or before a closed period (periods close
 *   in order), reading the periods as they are when the entry is written, with its own
 *   SQLSTATE (LHP01) so the API can tell the refusal from other errors.
 */
export class Migration20261201100000_EngineSpeed extends Migration {
  override async up(): Promise<void> {
    for (const [table, constraint] of DEFERRED) this.addSql(`alter table "${table}" alter constraint "${constraint}" deferrable initially deferred;`);
    this.addSql(`create index "stock_layers_live_index" on "stock_layers" ("item_id", "warehouse_id", "id") where quantity_remaining <> 0 or value_remaining <> 0;`);
    this.addSql(`create or replace function ledgerhouse_check_period_open() returns trigger language plpgsql as $$
      declare p record;
      begin
        select status, start_date, end_date into p from fiscal_periods where id = new.period_id;
        if p.status is null then
          raise exception 'journal entry % names no fiscal period', new.id using errcode = '23503';
        end if;
        if new.posting_date < p.start_date or new.posting_date > p.end_date then
          raise exception 'posting date % is outside its period', new.posting_date using errcode = '23514';
        end if;
        if exists (select 1 from fiscal_periods where status = 'CLOSED' and end_date >= new.posting_date) then
          raise exception 'posting date % is in or before a closed period', new.posting_date using errcode = 'LHP01';
        end if;
        return new;
      end $$;`);
  }

  override async down(): Promise<void> {
    for (const [table, constraint] of DEFERRED) this.addSql(`alter table "${table}" alter constraint "${constraint}" not deferrable;`);
    this.addSql('drop index if exists "stock_layers_live_index";');
    this.addSql(`create or replace function ledgerhouse_check_period_open() returns trigger language plpgsql as $$
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
  }
}

const DEFERRED: [string, string][] = [
  ['journal_lines', 'journal_lines_entry_id_foreign'],
  ['stock_moves', 'stock_moves_journal_entry_id_foreign'],
  ['stock_documents', 'stock_documents_journal_entry_id_foreign'],
  ['stock_transfers', 'stock_transfers_ship_entry_id_foreign'],
  ['stock_transfers', 'stock_transfers_receive_entry_id_foreign'],
  ['inventory_counts', 'inventory_counts_journal_entry_id_foreign'],
];
