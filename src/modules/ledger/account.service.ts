import { runCommand } from '../../db/command';
import { mapUniqueViolation } from '../../db/constraints';
import { queryOne } from '../../db/sql';
import type { ServiceContext } from '../../shared/context';
import { DomainError } from '../../shared/errors';
import { requireText } from '../../shared/validate';
import { Account, AccountType } from './account.entity';
import { CONTROL_PURPOSES } from './account-mapping.service';
import { LedgerErrorCode } from './ledger-errors';

const CODE_RULE = { code: LedgerErrorCode, max: 20, pattern: /^[A-Za-z0-9][A-Za-z0-9.-]*$/, patternHint: 'letters, digits, . and -' } as const;

/** The chart of accounts: seeded on first start, editable by finance. */
export class AccountService {
  async create(ctx: ServiceContext, input: { code: string; name: string; type: AccountType; control?: boolean | null; idempotencyKey?: string | null }): Promise<{ accountId: string }> {
    const code = requireText(input.code, ['input', 'code'], CODE_RULE);
    const name = requireText(input.name, ['input', 'name'], { code: LedgerErrorCode, max: 200 });
    if (!Object.values(AccountType).includes(input.type)) throw new DomainError(LedgerErrorCode.INVALID, `Unknown account type ${String(input.type)}.`, { field: ['input', 'type'] });
    const outcome = await runCommand(ctx, { command: 'account.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const account = tx.em.create(Account, { code, name, type: input.type, control: input.control ?? false });
      await mapUniqueViolation(() => tx.em.flush(), {
        accounts_code_unique: () => new DomainError(LedgerErrorCode.DUPLICATE_CODE, `Account ${code} already exists.`, { field: ['input', 'code'] }),
      });
      return { accountId: account.id };
    });
    return outcome.result;
  }

  /**
   * Renames, flags or deactivates an account. Its type cannot change once it has
   * postings (that would move history between sections of the statements), and an
   * account still used by the account mapping cannot be deactivated.
   */
  async update(
    ctx: ServiceContext,
    input: { id: string; expectedVersion?: number | null; name?: string | null; type?: AccountType | null; control?: boolean | null; active?: boolean | null },
  ): Promise<{ accountId: string }> {
    const outcome = await runCommand(ctx, { command: 'account.update', input }, async (tx) => {
      const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from accounts where id = ? for update', [input.id]);
      if (!row) throw new DomainError(LedgerErrorCode.NOT_FOUND, 'No account has this id.', { field: ['input', 'id'] });
      const account = await tx.em.findOneOrFail(Account, { id: row.id });
      if (input.expectedVersion != null && input.expectedVersion !== account.version) {
        throw new DomainError(LedgerErrorCode.VERSION_CONFLICT, `The account changed since you read it (version ${account.version}).`, { field: ['input', 'expectedVersion'] });
      }
      if (input.name != null) account.name = requireText(input.name, ['input', 'name'], { code: LedgerErrorCode, max: 200 });
      if (input.type != null && input.type !== account.type) {
        if (await queryOne(tx.em, 'select 1 as x from journal_lines where account_id = ? limit 1', [account.id])) {
          throw new DomainError(LedgerErrorCode.ACCOUNT_IN_USE, `Account ${account.code} has postings: its type cannot change.`, { field: ['input', 'type'] });
        }
        account.type = input.type;
      }
      if (input.control != null && input.control !== account.control) {
        if (!input.control) {
          const inUse = await queryOne(
            tx.em,
            `select 1 as x where exists (select 1 from account_mappings where account_id = ? and purpose in (${[...CONTROL_PURPOSES].map(() => '?').join(', ')}))
                or exists (select 1 from stock_layers where account_id = ?)`,
            [account.id, ...CONTROL_PURPOSES, account.id],
          );
          if (inUse) {
            throw new DomainError(LedgerErrorCode.ACCOUNT_IN_USE, `Account ${account.code} holds a sub-ledger (inventory, GRNI, AR or AP): it stays a control account.`, {
              field: ['input', 'control'],
            });
          }
        }
        account.control = input.control;
      }
      if (input.active != null) {
        if (!input.active && (await queryOne(tx.em, 'select 1 as x from account_mappings where account_id = ? limit 1', [account.id]))) {
          throw new DomainError(LedgerErrorCode.ACCOUNT_IN_USE, `Account ${account.code} is used by the account mapping: map its purposes elsewhere first.`, { field: ['input', 'active'] });
        }
        account.active = input.active;
      }
      await tx.em.flush();
      return { accountId: account.id };
    });
    return outcome.result;
  }
}
