import { Migration } from '@mikro-orm/migrations';

/**
 * The posting engine at the speed of SQL (see src/modules/inventory/stock-engine.ts):
 * - references to journal_entries are checked at COMMIT, so a command can write its lines,
 *   moves and document first and the entry (with its gap-free number) in its last statement;
 * - a partial index over the cost layers that still hold something, so reading an item's
 *   live layers does not walk its exhausted history;
 * - the closed-period trigger refuses any date in or before a closed period (periods close
 *   in order), reading the periods as they are when the entry is written, with its own
 *   SQLSTATE (LHP01) so the API can tell the refusal from other errors;
 * - journal numbers are taken AT COMMIT: an entry is inserted without a number and a
 *   deferred trigger, run by COMMIT, takes the year's next number from its counter row,
 *   writes it into the entry (the one change an entry ever sees: NULL to its number, made
 *   by that trigger only) and records the journal.posted event. The counter row is held
 *   from there to the end of COMMIT only, so postings do not wait on each other through
 *   their statements, and numbers follow commit order with no gap (a rollback takes its
 *   number back).
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

    this.addSql(`alter table "journal_entries" alter column "number" drop not null;`);
    this.addSql(`create or replace function ledgerhouse_append_only() returns trigger language plpgsql as $$
      begin
        -- The one change an entry ever sees: its number, assigned at COMMIT by ledgerhouse_number_entry.
        -- (Nested: plpgsql resolves every field an expression names, and only entries have a number.)
        if tg_table_name = 'journal_entries' and tg_op = 'UPDATE' then
          if (to_jsonb(old) ->> 'number') is null and (to_jsonb(new) ->> 'number') is not null
             and current_setting('ledgerhouse.numbering', true) = (to_jsonb(old) ->> 'id')
             and (to_jsonb(old) - 'number') = (to_jsonb(new) - 'number') then
            return new;
          end if;
        end if;
        raise exception '% is append-only: % refused (post a reversal or an adjustment instead)', tg_table_name, tg_op
          using errcode = 'P0001';
      end $$;`);
    this.addSql(`create function ledgerhouse_number_entry() returns trigger language plpgsql as $$
      declare
        n int;
        total numeric;
      begin
        if new.number is not null then
          raise exception 'journal entry % was inserted with a number: entries are numbered at COMMIT (insert them without one)', new.id
            using errcode = '23514';
        end if;
        insert into journal_sequences (year, next) values (new.year, 2)
          on conflict (year) do update set next = journal_sequences.next + 1
          returning next - 1 into n;
        perform set_config('ledgerhouse.numbering', new.id::text, true);
        update journal_entries set number = n where id = new.id;
        perform set_config('ledgerhouse.numbering', '', true);
        select trim_scale(coalesce(sum(debit), 0)) into total from journal_lines where entry_id = new.id;
        insert into outbox_events (topic, aggregate_type, aggregate_id, aggregate_version, payload, occurred_at)
        values ('journal.posted', 'JournalEntry', new.id::text, 1,
                jsonb_build_object('number', 'JE-' || new.year || '-' || lpad(n::text, 6, '0'), 'sourceType', new.source_type,
                                   'sourceId', new.source_id, 'postingDate', new.posting_date::text, 'total', total::text),
                new.recorded_at);
        return null;
      end $$;`);
    // An entry is checked once, at COMMIT, by its own trigger (the sum of its lines). A line is
    // accepted only into an entry its own transaction wrote: a posted entry gains no lines.
    // (Summing the whole entry again for each of its lines cost a 40-line entry 1,600 row reads.)
    this.addSql(`create or replace function ledgerhouse_check_entry_balanced() returns trigger language plpgsql as $$
      declare
        d numeric; c numeric; n int; own boolean;
      begin
        -- plpgsql resolves a column only on the path that runs, so each table's is read on its own path.
        if tg_table_name = 'journal_lines' then
          select e.xmin = xid(pg_current_xact_id()) into own from journal_entries e where e.id = new.entry_id;
          if own then
            return null;
          end if;
          raise exception 'journal line % names entry %, which this transaction did not write: a posted entry gains no lines', new.id, new.entry_id
            using errcode = '23514';
        end if;
        select coalesce(sum(debit), 0), coalesce(sum(credit), 0), count(*) into d, c, n from journal_lines where entry_id = new.id;
        if n < 2 or d <> c then
          raise exception 'journal entry % does not balance: % lines, debits %, credits %', new.id, n, d, c using errcode = '23514';
        end if;
        return null;
      end $$;`);
    // A command that finds, at its write, that a place it planned with changed meanwhile (its version
    // rose) starts over, as after a serialization failure (see src/modules/inventory/stock-state.ts).
    this.addSql(`create function ledgerhouse_changed(what text) returns int language plpgsql as $$
      begin
        raise exception '% changed while the command ran; it starts over', what using errcode = '40001';
      end $$;`);
    // Named to sort after journal_entries_balanced: among the deferred triggers of an entry it runs last.
    this.addSql(`create constraint trigger "journal_entries_zz_number" after insert on "journal_entries" deferrable initially deferred for each row execute function ledgerhouse_number_entry();`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function ledgerhouse_check_entry_balanced() returns trigger language plpgsql as $$
      declare
        entry bigint;
        d numeric; c numeric; n int;
      begin
        if tg_table_name = 'journal_entries' then entry := new.id; else entry := new.entry_id; end if;
        select coalesce(sum(debit), 0), coalesce(sum(credit), 0), count(*) into d, c, n from journal_lines where entry_id = entry;
        if n < 2 or d <> c then
          raise exception 'journal entry % does not balance: % lines, debits %, credits %', entry, n, d, c using errcode = '23514';
        end if;
        return null;
      end $$;`);
    this.addSql('drop function if exists ledgerhouse_changed(text);');
    this.addSql('drop trigger if exists "journal_entries_zz_number" on "journal_entries";');
    this.addSql('drop function if exists ledgerhouse_number_entry();');
    this.addSql(`create or replace function ledgerhouse_append_only() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only: % refused (post a reversal or an adjustment instead)', tg_table_name, tg_op
          using errcode = 'P0001';
      end $$;`);
    this.addSql(`alter table "journal_entries" alter column "number" set not null;`);
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
