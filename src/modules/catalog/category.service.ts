import { runCommand } from '../../db/command';
import { mapUniqueViolation } from '../../db/constraints';
import { keysetPage, type Page, type PageRequest } from '../../db/pagination';
import { query, queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { DomainError } from '../../shared/errors';
import { requireText } from '../../shared/validate';
import { CatalogErrorCode } from './catalog-errors';
import { Category } from './category.entity';

export interface CategoryInput {
  code?: string | null;
  name?: string | null;
  parentId?: string | null;
}

const CODE = { code: CatalogErrorCode, max: 64, pattern: /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, patternHint: 'letters, digits and . _ - / only' } as const;

export class CategoryService {
  async create(ctx: ServiceContext, input: CategoryInput & { code: string; name: string; idempotencyKey?: string | null }): Promise<{ categoryId: string }> {
    const code = requireText(input.code, ['input', 'code'], CODE);
    const name = requireText(input.name, ['input', 'name'], { code: CatalogErrorCode, max: 200 });
    const outcome = await runCommand(ctx, { command: 'category.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const category = tx.em.create(Category, { code, name });
      if (input.parentId) category.parent = (await this.parent(tx, input.parentId, null)) as never;
      await this.flush(tx, code);
      return { categoryId: category.id };
    });
    return outcome.result;
  }

  async update(ctx: ServiceContext, input: CategoryInput & { id: string; expectedVersion?: number | null }): Promise<{ categoryId: string }> {
    const outcome = await runCommand(ctx, { command: 'category.update', input }, async (tx) => {
      const locked = await queryOne<{ id: string }>(tx.em, 'select id::text as id from categories where id = ? for update', [input.id]);
      if (!locked) throw new DomainError(CatalogErrorCode.NOT_FOUND, 'No category has this id.', { field: ['input', 'id'] });
      const category = await tx.em.findOneOrFail(Category, { id: locked.id });
      if (input.expectedVersion != null && input.expectedVersion !== category.version) {
        throw new DomainError(CatalogErrorCode.VERSION_CONFLICT, `The category changed since you read it (version ${category.version}).`, { field: ['input', 'expectedVersion'] });
      }
      if (input.code != null) category.code = requireText(input.code, ['input', 'code'], CODE);
      if (input.name != null) category.name = requireText(input.name, ['input', 'name'], { code: CatalogErrorCode, max: 200 });
      if (input.parentId !== undefined) category.parent = input.parentId === null ? null : ((await this.parent(tx, input.parentId, category.id)) as never);
      await this.flush(tx, category.code);
      return { categoryId: category.id };
    });
    return outcome.result;
  }

  async findPage(ctx: ServiceContext, page: PageRequest): Promise<Page<Category>> {
    return keysetPage(ctx.em, Category, {}, page, 'code');
  }

  /** The parent must exist and must not be the category itself or one of its descendants. */
  private async parent(tx: TxContext, parentId: string, selfId: string | null): Promise<Category> {
    const parent = await tx.em.findOne(Category, { id: parentId });
    if (!parent) throw new DomainError(CatalogErrorCode.UNKNOWN_CATEGORY, 'No category has this parent id.', { field: ['input', 'parentId'] });
    if (selfId !== null) {
      const ancestors = await query<{ id: string }>(
        tx.em,
        `with recursive up(id, parent_id) as (
           select id, parent_id from categories where id = ?
           union all select c.id, c.parent_id from categories c join up on c.id = up.parent_id)
         select id::text as id from up`,
        [parent.id],
      );
      if (ancestors.some((a) => a.id === selfId)) {
        throw new DomainError(CatalogErrorCode.CATEGORY_CYCLE, 'A category cannot be placed under itself or one of its own subcategories.', { field: ['input', 'parentId'] });
      }
    }
    return parent;
  }

  private async flush(tx: TxContext, code: string): Promise<void> {
    await mapUniqueViolation(() => tx.em.flush(), {
      categories_code_lower_unique: () => new DomainError(CatalogErrorCode.DUPLICATE_CODE, `A category with code "${code}" already exists.`, { field: ['input', 'code'] }),
    });
  }
}
