import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Scope } from '../../auth/roles';
import { keysetPage } from '../../db/pagination';
import { query } from '../../db/sql';
import type { GraphQLContext } from '../../graphql/context';
import { DocumentRefType, documentRef } from '../../graphql/document-ref';
import { mutate } from '../../graphql/mutation';
import { dbId, registerNodeType } from '../../graphql/node.resolver';
import { PageArgs, toConnection } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { dateText } from '../../shared/dates';
import { dec, sum, toText } from '../../shared/decimal';
import { fromGlobalId, toGlobalId } from '../../shared/ids';
import { itemsById } from '../catalog/catalog.loaders';
import { CategoryType, ItemType } from '../catalog/catalog.types';
import { Category } from '../catalog/category.entity';
import { partnersById } from '../partners/partner.loaders';
import { PartnerType } from '../partners/partner.types';
import { warehousesById } from '../warehouse/warehouse.loaders';
import { WarehouseType } from '../warehouse/warehouse.types';
import { Warehouse } from '../warehouse/warehouse.entity';
import { AccountMapping } from './account-mapping.entity';
import { Account } from './account.entity';
import { FiscalPeriod, type FiscalPeriodEvent } from './fiscal-period.entity';
import { JournalEntry, type JournalLine } from './journal-entry.entity';
import type { AccountLedgerLine, TrialBalanceRow } from './ledger-query.service';
import { accountsById, journalEntriesById, journalLinesByEntryId, periodEventsByPeriodId, periodsById, reversalsByEntryId } from './ledger.loaders';
import {
  AccountConnection,
  AccountCreateInput,
  AccountCreatePayload,
  AccountLedgerConnection,
  AccountLedgerLineObject,
  AccountMappingObject,
  AccountMappingSetInput,
  AccountMappingSetPayload,
  AccountObject,
  AccountUpdateInput,
  AccountUpdatePayload,
  FiscalPeriodCloseInput,
  FiscalPeriodClosePayload,
  FiscalPeriodConnection,
  FiscalPeriodEventObject,
  FiscalPeriodFilterInput,
  FiscalPeriodObject,
  FiscalPeriodReopenInput,
  FiscalPeriodReopenPayload,
  InventoryReconciliationObject,
  JournalEntryConnection,
  JournalEntryCreateInput,
  JournalEntryCreatePayload,
  JournalEntryFilterInput,
  JournalEntryObject,
  JournalEntryReverseInput,
  JournalEntryReversePayload,
  JournalLineObject,
  ReconciliationDocumentObject,
  ReconciliationLayerObject,
  ReconciliationLineObject,
  ReconciliationMoveObject,
  TrialBalanceLineObject,
  TrialBalanceObject,
} from './ledger.types';
import { entryNumber } from './posting.service';
import type { ReconciliationMove, ReconciliationRow } from './reconciliation.service';

registerNodeType('Account', { entity: Account, scopes: [Scope.LEDGER_READ] });
registerNodeType('JournalEntry', { entity: JournalEntry, scopes: [Scope.LEDGER_READ] });
registerNodeType('FiscalPeriod', { entity: FiscalPeriod, scopes: [Scope.LEDGER_READ] });

@Resolver()
export class LedgerQueryResolver {
  @Authorized(Scope.LEDGER_READ)
  @Query(() => AccountConnection, { description: 'The chart of accounts, by code.' })
  async accounts(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    return toConnection(await keysetPage<Account>(ctx.em, Account, {}, page, 'code'));
  }

  @Authorized(Scope.LEDGER_READ)
  @Query(() => AccountObject, { nullable: true })
  accountByCode(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<Account | null> {
    return ctx.em.findOne(Account, { code: code.trim() });
  }

  @Authorized(Scope.LEDGER_READ)
  @Query(() => [AccountMappingObject], { description: 'Which account each purpose posts to: company defaults and warehouse / category overrides.' })
  accountMappings(@Ctx() ctx: GraphQLContext): Promise<AccountMapping[]> {
    return ctx.em.find(AccountMapping, {}, { orderBy: { purpose: 'asc', id: 'asc' } });
  }

  @Authorized(Scope.LEDGER_READ)
  @Query(() => JournalEntryObject, { nullable: true })
  journalEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<JournalEntry | null> {
    return ctx.loaders.get(journalEntriesById).load(dbId(id, 'JournalEntry'));
  }

  @Authorized(Scope.LEDGER_READ)
  @Query(() => JournalEntryConnection, { description: 'Journal entries in posting order; filter by document, account or time.' })
  async journalEntries(
    @Arg('filter', () => JournalEntryFilterInput, { nullable: true }) filter: JournalEntryFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const f = filter ?? {};
    const doc = f.documentId ? fromGlobalId(f.documentId) : null;
    return toConnection(
      await ctx.services.ledgerQueries.entries(
        ctx,
        {
          sourceType: f.documentId ? (doc?.type ?? 'none') : null,
          sourceId: f.documentId ? (doc?.id ?? '0') : null,
          accountId: dbId(f.accountId, 'Account'),
          from: f.from,
          to: f.to,
        },
        page,
      ),
    );
  }

  @Authorized(Scope.LEDGER_READ)
  @Query(() => TrialBalanceObject, { description: 'Debits, credits and balance of every account with postings, as of an instant (default now).' })
  async trialBalance(@Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf: Date | null, @Ctx() ctx: GraphQLContext) {
    const tb = await ctx.services.ledgerQueries.trialBalance(ctx, asOf);
    return { asOf: tb.asOf, lines: tb.rows, totalDebit: toText(tb.totalDebit), totalCredit: toText(tb.totalCredit), balanced: tb.totalDebit.eq(tb.totalCredit) };
  }

  @Authorized(Scope.LEDGER_READ)
  @Query(() => AccountLedgerConnection, { description: 'An account\'s lines in time order with a running balance.' })
  async accountLedger(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to: Date | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.ledgerQueries.accountLedger(ctx, dbId(accountId, 'Account'), { from, to }, page);
    const connection = toConnection({ ...result, nodes: result.nodes.map((n) => ({ ...n, id: n.lineId })) });
    return { ...connection, openingBalance: toText(result.openingBalance), totalCount: await result.totalCount() };
  }

  @Authorized(Scope.LEDGER_READ)
  @Query(() => InventoryReconciliationObject, {
    description: 'Per inventory and in-transit account: GL balance against the inventory sub-ledger, and the variance (always zero unless the database was edited by hand, in which case the documents behind it are listed).',
  })
  async inventoryReconciliation(@Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf: Date | null, @Ctx() ctx: GraphQLContext) {
    const at = asOf ?? new Date();
    const report = await ctx.services.reconciliation.reconcile(ctx.em, at);
    const total = sum(report.rows.map((r) => r.variance.abs().plus(r.layerVariance.abs()).plus(r.moveValueVariance.abs())));
    return { asOf: at, lines: report.rows, moves: await Promise.all(report.moves.map((m) => moveOffView(ctx, m))), totalVariance: toText(total), reconciled: report.reconciled };
  }

  @Authorized(Scope.LEDGER_READ)
  @Query(() => FiscalPeriodConnection, { description: 'Fiscal periods (monthly) that have been posted to or closed, in date order.' })
  async fiscalPeriods(
    @Arg('filter', () => FiscalPeriodFilterInput, { nullable: true }) filter: FiscalPeriodFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toConnection(await ctx.services.periods.findPage(ctx, filter ?? {}, page));
  }
}

@Resolver()
export class LedgerCommandResolver {
  @Authorized(Scope.LEDGER_WRITE)
  @Mutation(() => JournalEntryCreatePayload, { description: 'A manual journal entry (not on control accounts).' })
  journalEntryCreate(@Arg('input', () => JournalEntryCreateInput) input: JournalEntryCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.posting.createManual(ctx, {
          ...input,
          lines: input.lines.map((l) => ({ ...l, accountId: dbId(l.accountId, 'Account'), partnerId: dbId(l.partnerId, 'Partner') })),
        }),
      async (r) => ({ entry: await ctx.em.findOne(JournalEntry, { id: r.entryId }) }),
    );
  }

  @Authorized(Scope.LEDGER_WRITE)
  @Mutation(() => JournalEntryReversePayload, { description: 'Reverses a manual entry with a linked entry of swapped sides, dated in an open period.' })
  journalEntryReverse(@Arg('input', () => JournalEntryReverseInput) input: JournalEntryReverseInput, @Ctx() ctx: GraphQLContext) {
    const originalId = dbId(input.entryId, 'JournalEntry');
    return mutate(
      ctx,
      () => ctx.services.posting.reverse(ctx, { ...input, entryId: originalId }),
      async (r) => ({ entry: await ctx.em.findOne(JournalEntry, { id: r.entryId }), reversed: await ctx.em.findOne(JournalEntry, { id: originalId }) }),
    );
  }

  @Authorized(Scope.LEDGER_CLOSE)
  @Mutation(() => FiscalPeriodClosePayload, { description: 'Closes a period: refused while an earlier one is open or inventory does not reconcile.' })
  fiscalPeriodClose(@Arg('input', () => FiscalPeriodCloseInput) input: FiscalPeriodCloseInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.periods.close(ctx, input),
      async (r) => ({ period: await ctx.em.findOne(FiscalPeriod, { id: r.periodId }) }),
    );
  }

  @Authorized(Scope.LEDGER_ADMIN)
  @Mutation(() => FiscalPeriodReopenPayload, { description: 'Reopens a closed period (admin; the reason is recorded).' })
  fiscalPeriodReopen(@Arg('input', () => FiscalPeriodReopenInput) input: FiscalPeriodReopenInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.periods.reopen(ctx, input),
      async (r) => ({ period: await ctx.em.findOne(FiscalPeriod, { id: r.periodId }) }),
    );
  }

  @Authorized(Scope.LEDGER_CLOSE)
  @Mutation(() => AccountCreatePayload)
  accountCreate(@Arg('input', () => AccountCreateInput) input: AccountCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.accounts.create(ctx, input),
      async (r) => ({ account: await ctx.em.findOne(Account, { id: r.accountId }) }),
    );
  }

  @Authorized(Scope.LEDGER_CLOSE)
  @Mutation(() => AccountUpdatePayload)
  accountUpdate(@Arg('input', () => AccountUpdateInput) input: AccountUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () => ctx.services.accounts.update(ctx, { ...input, id: dbId(input.id, 'Account') }),
      async (r) => ({ account: await ctx.em.findOne(Account, { id: r.accountId }) }),
    );
  }

  @Authorized(Scope.LEDGER_CLOSE)
  @Mutation(() => AccountMappingSetPayload, { description: 'Maps a purpose to an account, company-wide or for a warehouse and/or category. New postings use it; value already in a layer stays in its account.' })
  accountMappingSet(@Arg('input', () => AccountMappingSetInput) input: AccountMappingSetInput, @Ctx() ctx: GraphQLContext) {
    return mutate(
      ctx,
      () =>
        ctx.services.accountMappings.set(ctx, {
          ...input,
          accountId: dbId(input.accountId, 'Account'),
          warehouseId: dbId(input.warehouseId, 'Warehouse'),
          categoryId: dbId(input.categoryId, 'Category'),
        }),
      async (r) => ({ mapping: await ctx.em.findOne(AccountMapping, { id: r.mappingId }) }),
    );
  }
}

@Resolver(() => AccountObject)
export class AccountResolver {
  @FieldResolver(() => DecimalScalar, { description: 'Debits minus credits as of an instant (default now).' })
  async balance(@Root() a: Account, @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf: Date | null, @Ctx() ctx: GraphQLContext): Promise<string> {
    const rows = await query<{ amount: string | null }>(
      ctx.em,
      'select sum(l.debit - l.credit)::text as amount from journal_lines l join journal_entries e on e.id = l.entry_id where l.account_id = ? and e.occurred_at <= ?',
      [a.id, asOf ?? new Date()],
    );
    return toText(dec(rows[0]?.amount ?? '0'));
  }
}

@Resolver(() => AccountMappingObject)
export class AccountMappingResolver {
  @FieldResolver(() => AccountObject)
  async account(@Root() m: AccountMapping, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(accountsById).load(m.account.id);
  }

  @FieldResolver(() => WarehouseType, { nullable: true, description: 'Null: every warehouse.' })
  warehouse(@Root() m: AccountMapping, @Ctx() ctx: GraphQLContext): Promise<Warehouse | null> | null {
    return m.warehouse ? ctx.loaders.get(warehousesById).load(m.warehouse.id) : null;
  }

  @FieldResolver(() => CategoryType, { nullable: true, description: 'Null: every category.' })
  category(@Root() m: AccountMapping, @Ctx() ctx: GraphQLContext): Promise<Category | null> | null {
    return m.category ? ctx.em.findOne(Category, { id: m.category.id }) : null;
  }
}

@Resolver(() => JournalEntryObject)
export class JournalEntryResolver {
  @FieldResolver(() => String, { description: 'JE-<year>-<number>, gap-free per year.' })
  number(@Root() e: JournalEntry): string {
    return entryNumber(e);
  }

  @FieldResolver(() => String)
  postingDate(@Root() e: JournalEntry): string {
    return dateText(e.postingDate as string | Date);
  }

  @FieldResolver(() => [JournalLineObject])
  lines(@Root() e: JournalEntry, @Ctx() ctx: GraphQLContext): Promise<JournalLine[]> {
    return ctx.loaders.get(journalLinesByEntryId).load(e.id);
  }

  @FieldResolver(() => DecimalScalar)
  async total(@Root() e: JournalEntry, @Ctx() ctx: GraphQLContext): Promise<string> {
    const lines = await ctx.loaders.get(journalLinesByEntryId).load(e.id);
    return toText(sum(lines.map((l) => l.debit)));
  }

  @FieldResolver(() => DocumentRefType, { description: 'The document that posted it (a manual entry points to itself, or to the entry it reverses).' })
  document(@Root() e: JournalEntry, @Ctx() ctx: GraphQLContext) {
    return documentRef(ctx, e.sourceType, /^\d+$/.test(e.sourceId) ? e.sourceId : e.id);
  }

  @FieldResolver(() => FiscalPeriodObject)
  period(@Root() e: JournalEntry, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(periodsById).load(e.period.id);
  }

  @FieldResolver(() => JournalEntryObject, { nullable: true, description: 'The entry this one reverses.' })
  reversalOf(@Root() e: JournalEntry, @Ctx() ctx: GraphQLContext) {
    return e.reversalOf ? ctx.loaders.get(journalEntriesById).load(e.reversalOf.id) : null;
  }

  @FieldResolver(() => JournalEntryObject, { nullable: true, description: 'The entry that reverses this one.' })
  reversedBy(@Root() e: JournalEntry, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(reversalsByEntryId).load(e.id);
  }
}

@Resolver(() => JournalLineObject)
export class JournalLineResolver {
  @FieldResolver(() => AccountObject)
  account(@Root() l: JournalLine, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(accountsById).load(l.account.id);
  }

  @FieldResolver(() => ItemType, { nullable: true })
  item(@Root() l: JournalLine, @Ctx() ctx: GraphQLContext) {
    return l.item ? ctx.loaders.get(itemsById).load(l.item.id) : null;
  }

  @FieldResolver(() => WarehouseType, { nullable: true })
  warehouse(@Root() l: JournalLine, @Ctx() ctx: GraphQLContext) {
    return l.warehouse ? ctx.loaders.get(warehousesById).load(l.warehouse.id) : null;
  }

  @FieldResolver(() => PartnerType, { nullable: true })
  partner(@Root() l: JournalLine, @Ctx() ctx: GraphQLContext) {
    return l.partner ? ctx.loaders.get(partnersById).load(l.partner.id) : null;
  }

  @FieldResolver(() => ID)
  id(@Root() l: JournalLine): string {
    return toGlobalId('JournalLine', l.id);
  }

  @FieldResolver(() => DocumentRefType, { description: 'The document dimension: the document whose posting this line belongs to.' })
  async document(@Root() l: JournalLine, @Ctx() ctx: GraphQLContext) {
    const entry = (await ctx.loaders.get(journalEntriesById).load(l.entry.id)) as JournalEntry;
    return documentRef(ctx, entry.sourceType, /^\d+$/.test(entry.sourceId) ? entry.sourceId : entry.id);
  }
}

@Resolver(() => FiscalPeriodObject)
export class FiscalPeriodResolver {
  @FieldResolver(() => String)
  startDate(@Root() p: FiscalPeriod): string {
    return dateText(p.startDate as string | Date);
  }

  @FieldResolver(() => String)
  endDate(@Root() p: FiscalPeriod): string {
    return dateText(p.endDate as string | Date);
  }

  @FieldResolver(() => [FiscalPeriodEventObject], { description: 'Every close and reopen, with who, when and why.' })
  events(@Root() p: FiscalPeriod, @Ctx() ctx: GraphQLContext): Promise<FiscalPeriodEvent[]> {
    return ctx.loaders.get(periodEventsByPeriodId).load(p.id);
  }
}

@Resolver(() => TrialBalanceLineObject)
export class TrialBalanceLineResolver {
  @FieldResolver(() => AccountObject)
  account(@Root() r: TrialBalanceRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(accountsById).load(r.accountId);
  }

  @FieldResolver(() => DecimalScalar)
  debit(@Root() r: TrialBalanceRow): string {
    return toText(r.debit);
  }

  @FieldResolver(() => DecimalScalar)
  credit(@Root() r: TrialBalanceRow): string {
    return toText(r.credit);
  }

  @FieldResolver(() => DecimalScalar)
  balance(@Root() r: TrialBalanceRow): string {
    return toText(r.balance);
  }
}

@Resolver(() => AccountLedgerLineObject)
export class AccountLedgerLineResolver {
  @FieldResolver(() => JournalEntryObject)
  entry(@Root() l: AccountLedgerLine, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(journalEntriesById).load(l.entryId);
  }

  @FieldResolver(() => DecimalScalar)
  debit(@Root() l: AccountLedgerLine): string {
    return toText(l.debit);
  }

  @FieldResolver(() => DecimalScalar)
  credit(@Root() l: AccountLedgerLine): string {
    return toText(l.credit);
  }

  @FieldResolver(() => DecimalScalar)
  runningBalance(@Root() l: AccountLedgerLine): string {
    return toText(l.runningBalance);
  }
}

@Resolver(() => ReconciliationLineObject)
export class ReconciliationLineResolver {
  @FieldResolver(() => AccountObject)
  account(@Root() r: ReconciliationRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(accountsById).load(r.accountId);
  }

  @FieldResolver(() => DecimalScalar)
  glBalance(@Root() r: ReconciliationRow): string {
    return toText(r.glBalance);
  }

  @FieldResolver(() => DecimalScalar)
  subLedgerValue(@Root() r: ReconciliationRow): string {
    return toText(r.valuation);
  }

  @FieldResolver(() => DecimalScalar)
  variance(@Root() r: ReconciliationRow): string {
    return toText(r.variance);
  }

  @FieldResolver(() => DecimalScalar)
  layerValue(@Root() r: ReconciliationRow): string {
    return toText(r.layerValue);
  }

  @FieldResolver(() => DecimalScalar)
  layerVariance(@Root() r: ReconciliationRow): string {
    return toText(r.layerVariance);
  }

  @FieldResolver(() => DecimalScalar)
  moveValueVariance(@Root() r: ReconciliationRow): string {
    return toText(r.moveValueVariance);
  }

  @FieldResolver(() => [ReconciliationLayerObject])
  layers(@Root() r: ReconciliationRow) {
    return r.layers.map((l) => ({
      layerId: l.layerId,
      itemId: toGlobalId('Item', l.itemId),
      warehouseId: toGlobalId('Warehouse', l.warehouseId),
      quantityRemaining: toText(l.quantityRemaining),
      valueRemaining: toText(l.valueRemaining),
      quantityByValuations: toText(l.quantityByValuations),
      valueByValuations: toText(l.valueByValuations),
    }));
  }

  @FieldResolver(() => [ReconciliationMoveObject])
  moves(@Root() r: ReconciliationRow, @Ctx() ctx: GraphQLContext) {
    return Promise.all(r.moves.map((m) => moveOffView(ctx, m)));
  }

  @FieldResolver(() => [ReconciliationDocumentObject])
  async documents(@Root() r: ReconciliationRow, @Ctx() ctx: GraphQLContext) {
    return Promise.all(
      r.documents.map(async (d) => ({
        document: await documentRef(ctx, d.documentType, d.documentId),
        glAmount: toText(d.glAmount),
        subLedgerAmount: toText(d.subLedgerAmount),
        moveIds: d.moveIds.map((id) => toGlobalId('StockMove', id)),
        journalEntryIds: d.journalEntryIds.map((id) => toGlobalId('JournalEntry', id)),
      })),
    );
  }
}

/** A move off its valuations, for the API. */
async function moveOffView(ctx: GraphQLContext, m: ReconciliationMove) {
  return {
    moveId: toGlobalId('StockMove', m.moveId),
    document: await documentRef(ctx, m.documentType, m.documentId),
    value: toText(m.value),
    valueByValuations: toText(m.valueByValuations),
  };
}
