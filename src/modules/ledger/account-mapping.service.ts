import type { EntityManager } from '@mikro-orm/postgresql';
import { runCommand } from '../../db/command';
import { execute, query, queryOne } from '../../db/sql';
import { REFERENCE_CHANNEL } from './period-cache';
import type { ServiceContext } from '../../shared/context';
import { DomainError } from '../../shared/errors';
import { AccountPurpose } from './account-mapping.entity';
import { LedgerErrorCode } from './ledger-errors';

/** Purposes whose balance a sub-ledger explains: they map to control accounts only. */
export const CONTROL_PURPOSES: ReadonlySet<AccountPurpose> = new Set([AccountPurpose.INVENTORY, AccountPurpose.IN_TRANSIT, AccountPurpose.GRNI, AccountPurpose.AR, AccountPurpose.AP]);

interface MappingRow {
  purpose: AccountPurpose;
  warehouse_id: string | null;
  category_id: string | null;
  account_id: string;
}

/**
 * Resolves which account a posting uses. Most specific first: warehouse and category,
 * then category, then warehouse, then the company default. A transaction resolves
 * through a per-command cache so a fifty-line document reads the mapping once.
 */
export class AccountMappingService {
  private cached: { resolver: AccountResolver; at: number } | null = null;
  private generation = 0;

  /** @param ttlMs how long a loaded mapping is trusted even without a notification (a safety net for a missed NOTIFY). */
  constructor(private readonly ttlMs = 60_000) {}

  /**
   * The mapping, cached per process: every posting reads it, it changes rarely. A change
   * commits with a NOTIFY on REFERENCE_CHANNEL, and every node drops its copy then. A
   * posting that read the mapping a moment before a change is the same as one that ran a
   * moment earlier: its layers record the accounts it used, so the books stay whole.
   */
  async resolver(em: EntityManager): Promise<AccountResolver> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.resolver;
    const generation = this.generation;
    const rows = await query<MappingRow>(
      em,
      'select purpose, warehouse_id::text as warehouse_id, category_id::text as category_id, account_id::text as account_id from account_mappings',
    );
    const resolver = new AccountResolver(rows);
    if (generation === this.generation) this.cached = { resolver, at: Date.now() };
    return resolver;
  }

  invalidate(): void {
    this.generation++;
    this.cached = null;
  }

  async set(
    ctx: ServiceContext,
    input: { purpose: AccountPurpose; accountId: string; warehouseId?: string | null; categoryId?: string | null },
  ): Promise<{ mappingId: string }> {
    if (!Object.values(AccountPurpose).includes(input.purpose)) {
      throw new DomainError(LedgerErrorCode.INVALID, `Unknown purpose ${String(input.purpose)}.`, { field: ['input', 'purpose'] });
    }
    const outcome = await runCommand(ctx, { command: 'accountMapping.set', input }, async (tx) => {
      const account = await queryOne<{ id: string; code: string; active: boolean; control: boolean }>(
        tx.em,
        'select id::text as id, code, active, control from accounts where id = ? for share',
        [input.accountId],
      );
      if (!account) throw new DomainError(LedgerErrorCode.NOT_FOUND, 'No account has this id.', { field: ['input', 'accountId'] });
      if (!account.active) throw new DomainError(LedgerErrorCode.INACTIVE_ACCOUNT, 'The account is inactive.', { field: ['input', 'accountId'] });
      if (CONTROL_PURPOSES.has(input.purpose) && !account.control) {
        throw new DomainError(
          LedgerErrorCode.NOT_CONTROL_ACCOUNT,
          `${input.purpose} must post to a control account (one that manual entries cannot touch, so a sub-ledger explains its balance); ${account.code} is not one.`,
          { field: ['input', 'accountId'] },
        );
      }
      if (input.warehouseId && !(await queryOne(tx.em, 'select 1 as x from warehouses where id = ?', [input.warehouseId]))) {
        throw new DomainError(LedgerErrorCode.NOT_FOUND, 'No warehouse has this id.', { field: ['input', 'warehouseId'] });
      }
      if (input.categoryId && !(await queryOne(tx.em, 'select 1 as x from categories where id = ?', [input.categoryId]))) {
        throw new DomainError(LedgerErrorCode.NOT_FOUND, 'No category has this id.', { field: ['input', 'categoryId'] });
      }
      const row = await queryOne<{ id: string }>(
        tx.em,
        `insert into account_mappings (purpose, warehouse_id, category_id, account_id) values (?, ?, ?, ?)
         on conflict (purpose, coalesce(warehouse_id, 0), coalesce(category_id, 0))
         do update set account_id = excluded.account_id, updated_at = now()
         returning id::text as id`,
        [input.purpose, input.warehouseId ?? null, input.categoryId ?? null, input.accountId],
      );
      await execute(tx.em, 'select pg_notify(?, ?)', [REFERENCE_CHANNEL, 'mappings']);
      tx.tx.afterCommit.push(() => this.invalidate());
      return { mappingId: (row as { id: string }).id };
    });
    return outcome.result;
  }
}

export class AccountResolver {
  private readonly byKey = new Map<string, string>();

  constructor(rows: readonly MappingRow[]) {
    for (const r of rows) this.byKey.set(key(r.purpose, r.warehouse_id, r.category_id), r.account_id);
  }

  account(purpose: AccountPurpose, scope: { warehouseId?: string | null; categoryId?: string | null } = {}): string {
    const w = scope.warehouseId ?? null;
    const c = scope.categoryId ?? null;
    const found =
      (w && c ? this.byKey.get(key(purpose, w, c)) : undefined) ??
      (c ? this.byKey.get(key(purpose, null, c)) : undefined) ??
      (w ? this.byKey.get(key(purpose, w, null)) : undefined) ??
      this.byKey.get(key(purpose, null, null));
    if (!found) {
      throw new DomainError(LedgerErrorCode.NOT_FOUND, `No account is mapped for ${purpose}; set one with accountMappingSet.`);
    }
    return found;
  }
}

function key(purpose: string, warehouseId: string | null, categoryId: string | null): string {
  return `${purpose}|${warehouseId ?? ''}|${categoryId ?? ''}`;
}
