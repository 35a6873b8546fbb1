import { runCommand } from '../../db/command';
import { mapUniqueViolation } from '../../db/constraints';
import { keysetPage, type Page, type PageRequest } from '../../db/pagination';
import { queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { DomainError } from '../../shared/errors';
import { optionalText, requireText } from '../../shared/validate';
import { Partner, type PartnerKind } from './partner.entity';

export enum PartnerErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID = 'INVALID',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

const CODE_RULE = { code: PartnerErrorCode, max: 32, pattern: /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, patternHint: 'letters, digits and . _ - / only' } as const;
const EMAIL_RULE = { code: PartnerErrorCode, max: 254, pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, patternHint: 'an e-mail address' } as const;

export interface PartnerInput {
  code?: string | null;
  name?: string | null;
  kinds?: PartnerKind[] | null;
  email?: string | null;
  active?: boolean | null;
}

export class PartnerService {
  async create(ctx: ServiceContext, input: PartnerInput & { code: string; name: string; idempotencyKey?: string | null }): Promise<{ partnerId: string }> {
    const code = requireText(input.code, ['input', 'code'], CODE_RULE);
    const name = requireText(input.name, ['input', 'name'], { code: PartnerErrorCode, max: 200 });
    const outcome = await runCommand(ctx, { command: 'partner.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const partner = tx.em.create(Partner, { code, name, kinds: uniqueKinds(input.kinds), email: optionalText(input.email, ['input', 'email'], EMAIL_RULE) });
      await flush(tx, code);
      return { partnerId: partner.id };
    });
    return outcome.result;
  }

  async update(ctx: ServiceContext, input: PartnerInput & { id: string; expectedVersion?: number | null }): Promise<{ partnerId: string }> {
    const outcome = await runCommand(ctx, { command: 'partner.update', input }, async (tx) => {
      const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from partners where id = ? for update', [input.id]);
      if (!row) throw new DomainError(PartnerErrorCode.NOT_FOUND, 'No partner has this id.', { field: ['input', 'id'] });
      const partner = await tx.em.findOneOrFail(Partner, { id: row.id });
      if (input.expectedVersion != null && input.expectedVersion !== partner.version) {
        throw new DomainError(PartnerErrorCode.VERSION_CONFLICT, `The partner changed since you read it (version ${partner.version}).`, { field: ['input', 'expectedVersion'] });
      }
      if (input.code != null) partner.code = requireText(input.code, ['input', 'code'], CODE_RULE);
      if (input.name != null) partner.name = requireText(input.name, ['input', 'name'], { code: PartnerErrorCode, max: 200 });
      if (input.kinds != null) partner.kinds = uniqueKinds(input.kinds);
      if (input.email !== undefined) partner.email = optionalText(input.email, ['input', 'email'], EMAIL_RULE);
      if (input.active != null) partner.active = input.active;
      await flush(tx, partner.code);
      return { partnerId: partner.id };
    });
    return outcome.result;
  }

  async findPage(ctx: ServiceContext, filter: { kind?: PartnerKind | null; active?: boolean | null }, page: PageRequest): Promise<Page<Partner>> {
    const where: Record<string, unknown> = {};
    if (filter.kind) where.kinds = { $contains: [filter.kind] };
    if (filter.active != null) where.active = filter.active;
    return keysetPage(ctx.em, Partner, where, page, 'code');
  }
}

function uniqueKinds(kinds: PartnerKind[] | null | undefined): PartnerKind[] {
  return [...new Set(kinds ?? [])].sort();
}

async function flush(tx: TxContext, code: string): Promise<void> {
  await mapUniqueViolation(() => tx.em.flush(), {
    partners_code_lower_unique: () => new DomainError(PartnerErrorCode.DUPLICATE_CODE, `A partner with code "${code}" already exists.`, { field: ['input', 'code'] }),
  });
}
