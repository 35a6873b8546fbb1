import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentRefType } from '../../graphql/document-ref';
import { payloadType } from '../../graphql/payload';
import { Connection, Node, PageInfo } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { AccountPurpose } from './account-mapping.entity';
import { AccountType } from './account.entity';
import { PeriodAction, PeriodStatus } from './fiscal-period.entity';
import { LedgerErrorCode } from './ledger-errors';

registerEnumType(LedgerErrorCode, { name: 'LedgerErrorCode' });
registerEnumType(AccountType, { name: 'AccountType' });
registerEnumType(AccountPurpose, { name: 'AccountPurpose', description: 'What a posting uses an account for (see the account mapping).' });
registerEnumType(PeriodStatus, { name: 'PeriodStatus' });
registerEnumType(PeriodAction, { name: 'PeriodAction' });

@ObjectType('LedgerUserError', { implements: UserError })
export class LedgerUserError extends UserError {
  @Field(() => LedgerErrorCode)
  code!: LedgerErrorCode;
}

@ObjectType('Account', { implements: Node })
export class AccountObject extends Node {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AccountType)
  type!: AccountType;

  @Field(() => Boolean, { description: 'Takes postings from documents only (inventory, in transit, AR, AP, GRNI).' })
  control!: boolean;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType('AccountMapping')
export class AccountMappingObject {
  @Field(() => AccountPurpose)
  purpose!: AccountPurpose;
}

@ObjectType('FiscalPeriodEvent')
export class FiscalPeriodEventObject {
  @Field(() => PeriodAction)
  action!: PeriodAction;

  @Field(() => String)
  actor!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => DateTimeScalar, { name: 'at' })
  createdAt!: Date;
}

@ObjectType('FiscalPeriod', { implements: Node })
export class FiscalPeriodObject extends Node {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  startDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  endDate!: string;

  @Field(() => PeriodStatus)
  status!: PeriodStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  closedBy!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('JournalLine')
export class JournalLineObject {
  @Field(() => ID)
  id!: string;

  @Field(() => DecimalScalar)
  debit!: string;

  @Field(() => DecimalScalar)
  credit!: string;

  @Field(() => String, { nullable: true })
  memo!: string | null;
}

@ObjectType('JournalEntry', { implements: Node, description: 'A balanced, append-only journal entry.' })
export class JournalEntryObject extends Node {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: 'The posting date, YYYY-MM-DD (UTC date of occurredAt).' })
  postingDate!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;

  @Field(() => String, { nullable: true })
  memo!: string | null;

  @Field(() => String)
  actor!: string;
}

@ObjectType('TrialBalanceLine')
export class TrialBalanceLineObject {
  @Field(() => DecimalScalar)
  debit!: string;

  @Field(() => DecimalScalar)
  credit!: string;

  @Field(() => DecimalScalar, { description: 'Debits minus credits.' })
  balance!: string;
}

@ObjectType('TrialBalance')
export class TrialBalanceObject {
  @Field(() => DateTimeScalar)
  asOf!: Date;

  @Field(() => [TrialBalanceLineObject])
  lines!: unknown[];

  @Field(() => DecimalScalar)
  totalDebit!: string;

  @Field(() => DecimalScalar)
  totalCredit!: string;

  @Field(() => Boolean, { description: 'totalDebit equals totalCredit (always, by construction).' })
  balanced!: boolean;
}

@ObjectType('AccountLedgerLine')
export class AccountLedgerLineObject {
  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => String)
  postingDate!: string;

  @Field(() => DecimalScalar)
  debit!: string;

  @Field(() => DecimalScalar)
  credit!: string;

  @Field(() => DecimalScalar, { description: 'Debits minus credits from the start of time through this line.' })
  runningBalance!: string;

  @Field(() => String, { nullable: true })
  memo!: string | null;
}

@ObjectType('AccountLedgerEdge', { simpleResolvers: true })
export class AccountLedgerEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AccountLedgerLineObject)
  node!: unknown;
}

@ObjectType('AccountLedgerConnection', { simpleResolvers: true, description: 'An account\'s lines in time order, with a running balance that continues across pages.' })
export class AccountLedgerConnection {
  @Field(() => DecimalScalar, { description: 'Balance before the first line of the date range.' })
  openingBalance!: string;

  @Field(() => [AccountLedgerEdge])
  edges!: unknown[];

  @Field(() => PageInfo)
  pageInfo!: unknown;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('ReconciliationDocument')
export class ReconciliationDocumentObject {
  @Field(() => DocumentRefType)
  document!: DocumentRefType;

  @Field(() => DecimalScalar)
  glAmount!: string;

  @Field(() => DecimalScalar)
  subLedgerAmount!: string;

  @Field(() => [ID], { description: 'Global ids of the stock moves behind the difference.' })
  moveIds!: string[];

  @Field(() => [ID], { description: 'Global ids of the journal entries behind the difference.' })
  journalEntryIds!: string[];
}

@ObjectType('ReconciliationLayer', { description: 'A cost layer whose remaining quantity or value is not what its valuation rows add up to (edited by hand).' })
export class ReconciliationLayerObject {
  @Field(() => ID, { description: 'The layer\'s database id.' })
  layerId!: string;

  @Field(() => ID, { description: 'Global id of the item.' })
  itemId!: string;

  @Field(() => ID, { description: 'Global id of the warehouse.' })
  warehouseId!: string;

  @Field(() => DecimalScalar)
  quantityRemaining!: string;

  @Field(() => DecimalScalar)
  valueRemaining!: string;

  @Field(() => DecimalScalar)
  quantityByValuations!: string;

  @Field(() => DecimalScalar)
  valueByValuations!: string;
}

@ObjectType('ReconciliationMove', { description: 'A stock move whose value is not the value its valuation rows carried (edited by hand).' })
export class ReconciliationMoveObject {
  @Field(() => ID, { description: 'Global id of the stock move.' })
  moveId!: string;

  @Field(() => DocumentRefType)
  document!: DocumentRefType;

  @Field(() => DecimalScalar)
  value!: string;

  @Field(() => DecimalScalar)
  valueByValuations!: string;
}

@ObjectType('ReconciliationLine')
export class ReconciliationLineObject {
  @Field(() => DecimalScalar, { description: 'The account\'s GL balance.' })
  glBalance!: string;

  @Field(() => DecimalScalar, { description: 'The inventory sub-ledger: the sum of every cost-layer change recorded by stock moves.' })
  subLedgerValue!: string;

  @Field(() => DecimalScalar, { description: 'glBalance minus subLedgerValue: zero unless the database was edited by hand.' })
  variance!: string;

  @Field(() => [ReconciliationDocumentObject], { description: 'Where variance is not zero: the documents whose GL and sub-ledger amounts differ.' })
  documents!: unknown[];

  @Field(() => DecimalScalar, { description: 'The remaining value of the account\'s cost layers now: what inventoryValuation reports and the next issue takes out.' })
  layerValue!: string;

  @Field(() => DecimalScalar, { description: 'layerValue minus every valuation row of the account: zero unless a layer was edited by hand.' })
  layerVariance!: string;

  @Field(() => [ReconciliationLayerObject], { description: 'Layers of this account whose remaining quantity or value differs from their valuation rows (at most 100).' })
  layers!: unknown[];

  @Field(() => DecimalScalar, { description: 'Sum, over the moves listed in `moves` (up to asOf, touching this account, at most 100), of move value minus the value their valuation rows carried.' })
  moveValueVariance!: string;

  @Field(() => [ReconciliationMoveObject], { description: 'Those moves (at most 100).' })
  moves!: unknown[];
}

@ObjectType('InventoryReconciliation')
export class InventoryReconciliationObject {
  @Field(() => DateTimeScalar)
  asOf!: Date;

  @Field(() => [ReconciliationLineObject])
  lines!: unknown[];

  @Field(() => [ReconciliationMoveObject], { description: 'Every move whose value differs from its valuation rows (at most 100), also one that touched no account.' })
  moves!: unknown[];

  @Field(() => DecimalScalar, { description: 'Sum of the absolute variances of every line (GL vs sub-ledger, layers, moves).' })
  totalVariance!: string;

  @Field(() => Boolean, { description: 'True only when every copy of the value agrees: GL, valuation rows, layers and moves. Period close requires it.' })
  reconciled!: boolean;
}

export const AccountConnection = Connection(AccountObject, 'Account');
export const JournalEntryConnection = Connection(JournalEntryObject, 'JournalEntry');
export const FiscalPeriodConnection = Connection(FiscalPeriodObject, 'FiscalPeriod');

@InputType('JournalEntryFilter')
export class JournalEntryFilterInput {
  @Field(() => ID, { nullable: true, description: 'Entries posted by this document (global id of a StockDocument, StockTransfer or InventoryCount).' })
  documentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries with a line on this account.' })
  accountId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  to?: Date | null;
}

@InputType('JournalEntryLineInput')
export class JournalEntryLineInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => DecimalScalar, { nullable: true })
  debit?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  credit?: string | null;

  @Field(() => ID, { nullable: true })
  partnerId?: string | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;
}

@InputType('JournalEntryCreateInput', { description: 'A manual entry. Control accounts are refused: their balances come from documents.' })
export class JournalEntryCreateInput {
  @Field(() => [JournalEntryLineInput])
  lines!: JournalEntryLineInput[];

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('JournalEntryReverseInput')
export class JournalEntryReverseInput {
  @Field(() => ID)
  entryId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Date of the reversal (default: the original\'s date if its period is open, else now).' })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('FiscalPeriodCloseInput')
export class FiscalPeriodCloseInput {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType('FiscalPeriodReopenInput')
export class FiscalPeriodReopenInput {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field(() => String, { description: 'Why (recorded).' })
  reason!: string;
}

@InputType('FiscalPeriodFilter')
export class FiscalPeriodFilterInput {
  @Field(() => PeriodStatus, { nullable: true })
  status?: PeriodStatus | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;
}

@InputType('AccountCreateInput')
export class AccountCreateInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AccountType)
  type!: AccountType;

  @Field(() => Boolean, { nullable: true })
  control?: boolean | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('AccountUpdateInput')
export class AccountUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => AccountType, { nullable: true })
  type?: AccountType | null;

  @Field(() => Boolean, { nullable: true })
  control?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType('AccountMappingSetInput', { description: 'Maps a purpose to an account: company-wide, or for one warehouse, one item category, or both.' })
export class AccountMappingSetInput {
  @Field(() => AccountPurpose)
  purpose!: AccountPurpose;

  @Field(() => ID)
  accountId!: string;

  @Field(() => ID, { nullable: true })
  warehouseId?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;
}

export const JournalEntryCreatePayload = payloadType('JournalEntryCreatePayload', { entry: () => JournalEntryObject }, LedgerUserError);
export const JournalEntryReversePayload = payloadType('JournalEntryReversePayload', { entry: () => JournalEntryObject, reversed: () => JournalEntryObject }, LedgerUserError);
export const FiscalPeriodClosePayload = payloadType('FiscalPeriodClosePayload', { period: () => FiscalPeriodObject }, LedgerUserError);
export const FiscalPeriodReopenPayload = payloadType('FiscalPeriodReopenPayload', { period: () => FiscalPeriodObject }, LedgerUserError);
export const AccountCreatePayload = payloadType('AccountCreatePayload', { account: () => AccountObject }, LedgerUserError);
export const AccountUpdatePayload = payloadType('AccountUpdatePayload', { account: () => AccountObject }, LedgerUserError);
export const AccountMappingSetPayload = payloadType('AccountMappingSetPayload', { mapping: () => AccountMappingObject }, LedgerUserError);
