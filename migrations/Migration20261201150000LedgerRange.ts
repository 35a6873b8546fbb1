import { Migration } from '@mikro-orm/migrations';

/**
 * The balance trigger (as Migration20261201100000EngineSpeed left it), with or without the
 * range check. An entry balances, so its total is the sum of either side: a total below
 * 10^18 keeps every line below it too.
 */
function entryBalancedFunction(withRange: boolean): string {
  const range = withRange
    ? `
        if d >= 1e18 then
          raise exception 'journal entry % totals %: an entry''s total must stay below 10^18', new.id, d using errcode = '22003';
        end if;`
    : '';
  return `create or replace function ledgerhouse_check_entry_balanced() returns trigger language plpgsql as $$
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
        end if;${range}
        return null;
      end $$;`;
}

/**
 * The documented range of money, kept by the database too: a journal entry's total (and so
 * each of its lines) stays below 10^18, checked with its balance by the deferred trigger,
 * as the API requires.
 */
export class Migration20261201150000_LedgerRange extends Migration {
  override async up(): Promise<void> {
    this.addSql(entryBalancedFunction(true));
  }

  override async down(): Promise<void> {
    this.addSql(entryBalancedFunction(false));
  }
}
