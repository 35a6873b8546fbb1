import { actorOf } from '../../auth/principal';
import { runCommand } from '../../db/command';
import { nextDocumentNumber, reserveId } from '../../db/ids';
import { query, queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { dateText, postingDateOf } from '../../shared/dates';
import { Decimal, ZERO, dec, toText } from '../../shared/decimal';
import { DomainError, DomainErrors } from '../../shared/errors';
import { optionalText, requireDecimal } from '../../shared/validate';
import { AccountPurpose } from '../ledger/account-mapping.entity';
import type { AccountMappingService } from '../ledger/account-mapping.service';
import { AccountType } from '../ledger/account.entity';
import { type LineDraft, signedLine } from '../ledger/posting-rules';
import type { PostingService } from '../ledger/posting.service';
import { InvoiceStatus, PaymentKind, PaymentMethod, PaymentStatus } from './billing.entity';
import { BillingErrorCode } from './billing-errors';
import { invoiceStatus } from './invoice-math';
import { SETTLED_BY_OTHERS } from './invoice.service';

export const PAYMENT_SOURCE = 'Payment';
export const REFUND_SOURCE = 'Refund';

export interface ApplicationInput {
  invoiceId: string;
  amount: string;
}

export interface PaymentReceiveInput {
  customerId: string;
  amount: string;
  occurredAt?: Date | null;
  method: PaymentMethod;
  reference?: string | null;
  /** Where the money goes: an active, non-control asset account (a bank clearing account); default: the CASH mapping. */
  accountId?: string | null;
  /** Invoices to apply it to; omitted: the customer's open invoices, oldest due first. */
  applications?: ApplicationInput[] | null;
  /** Keep what is not applied as the customer's credit; without it a payment above what it pays is refused (OVERPAYMENT). */
  unappliedAsCredit?: boolean | null;
  memo?: string | null;
  idempotencyKey?: string | null;
}

export interface CreditApplyInput {
  /** A receipt with unapplied money, or a credit note with unapplied credit: exactly one. */
  paymentId?: string | null;
  creditNoteId?: string | null;
  applications: ApplicationInput[];
  occurredAt?: Date | null;
  idempotencyKey?: string | null;
}

export interface RefundInput {
  customerId: string;
  amount: string;
  occurredAt?: Date | null;
  method: PaymentMethod;
  reference?: string | null;
  accountId?: string | null;
  memo?: string | null;
  idempotencyKey?: string | null;
}

interface OpenInvoice {
  id: string;
  customer_id: string;
  kind: string;
  status: InvoiceStatus;
  issue_date: string;
  total: string;
  amount_applied: string;
  number: string;
}

/** A source of credit: a receipt or a credit note, with what of it is unapplied. */
interface CreditSource {
  kind: 'PAYMENT' | 'CREDIT_NOTE';
  id: string;
  customer_id: string;
  date: string;
  unapplied: string;
  label: string;
  /** A credit note's own invoice. */
  of: string | null;
  /** The document's own status and kind (a receipt must be a POSTED RECEIPT; a credit note a CREDIT_NOTE). */
  status: string;
  doc_kind: string;
}

/** Credit sources with the same columns (so they union): a receipt's status and kind, a credit note's own invoice and kind. */
const SOURCE_COLUMNS = `select 'PAYMENT' as kind, p.id::text as id, p.customer_id::text as customer_id, to_char(p.payment_date, 'YYYY-MM-DD') as date, (p.amount - p.amount_applied)::text as unapplied, p.number as label,
    null::text as of, p.status::text as status, p.kind::text as doc_kind
  from payments p`;
const CN_SOURCE_COLUMNS = `select 'CREDIT_NOTE' as kind, i.id::text as id, i.customer_id::text as customer_id, to_char(i.issue_date, 'YYYY-MM-DD') as date, (i.total - i.amount_applied)::text as unapplied,
    'CN-' || i.year || '-' || lpad(coalesce(i.number, 0)::text, 6, '0') as label, i.credit_of_id::text as of, i.status::text as status, i.kind::text as doc_kind from invoices i`;

/**
 * Customer payments: receipts applied to invoices (Dr Cash or a clearing account, Cr AR),
 * credit applied later, refunds out of credit (Dr AR, Cr Cash), and reversals of bounced
 * receipts (the reverse entry, dated; their applications stop counting from that date, so
 * the invoices reopen). Each application is dated: receivables read as of any date.
 */
export class PaymentService {
  constructor(
    private readonly posting: PostingService,
    private readonly mappings: AccountMappingService,
  ) {}

  async receive(ctx: ServiceContext, input: PaymentReceiveInput): Promise<{ paymentId: string }> {
    const minor = ctx.config.currencyMinorUnit;
    const amount = requireDecimal(input.amount, ['input', 'amount'], { code: BillingErrorCode, scale: minor, positive: true });
    const reference = optionalText(input.reference, ['input', 'reference'], { code: BillingErrorCode, max: 200 });
    const memo = optionalText(input.memo, ['input', 'memo'], { code: BillingErrorCode, max: 500 });
    const outcome = await runCommand(ctx, { command: 'payment.receive', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const occurredAt = input.occurredAt ?? tx.tx.now;
      const date = postingDateOf(occurredAt);
      await this.assertCustomer(tx, input.customerId);
      const account = await this.moneyAccount(tx, input.accountId);
      let targets: { invoice: OpenInvoice; amount: Decimal }[];
      if (input.applications?.length) {
        targets = await this.checkedTargets(tx, input.customerId, input.applications, minor);
      } else {
        const open = await lockInvoices(tx, { customerId: input.customerId });
        let left = amount;
        targets = [];
        for (const invoice of open) {
          if (!left.gt(0)) break;
          const take = Decimal.min(left, openOf(invoice));
          if (take.gt(0)) targets.push({ invoice, amount: take });
          left = left.minus(take);
        }
      }
      const applied = targets.reduce((s, t) => s.plus(t.amount), ZERO);
      if (applied.gt(amount)) {
        throw new DomainError(BillingErrorCode.OVER_APPLIED, `The applications add up to ${toText(applied)}, more than the payment's ${toText(amount)}.`, { field: ['input', 'applications'] });
      }
      if (applied.lt(amount) && !input.unappliedAsCredit) {
        throw new DomainError(BillingErrorCode.OVERPAYMENT, `${toText(amount)} received, ${toText(applied)} of it pays open invoices: give unappliedAsCredit: true to keep ${toText(amount.minus(applied))} as the customer's credit.`, {
          field: ['input', 'amount'],
          details: { applied: toText(applied), unapplied: toText(amount.minus(applied)) },
        });
      }
      const id = await reserveId(tx.em, 'payments');
      const number = await nextDocumentNumber(tx.em, 'PAY');
      const ar = (await this.mappings.resolver(tx.em)).account(AccountPurpose.AR);
      const entry = await this.posting.post(tx, {
        occurredAt,
        sourceType: PAYMENT_SOURCE,
        sourceId: id,
        memo: memo ?? `Payment ${number}${reference ? ` (${reference})` : ''}`,
        lines: [line(account, amount, input.customerId), line(ar, amount.neg(), input.customerId)],
      });
      await query(
        tx.em,
        `insert into payments (id, number, kind, customer_id, amount, payment_date, method, reference, account_id, status, amount_applied, journal_entry_id, occurred_at, memo, actor, created_at, updated_at)
         values (?, ?, '${PaymentKind.RECEIPT}', ?, ?, ?, ?, ?, ?, '${PaymentStatus.POSTED}', 0, ?, ?, ?, ?, ?, ?)`,
        [id, number, input.customerId, toText(amount), date, input.method, reference, account, entry?.id ?? null, occurredAt, memo, actorOf(tx.principal), tx.tx.now, tx.tx.now],
      );
      await writeApplications(tx, { kind: 'PAYMENT', id, customer_id: input.customerId, date, unapplied: toText(amount), label: number, of: null, status: PaymentStatus.POSTED, doc_kind: PaymentKind.RECEIPT }, targets, date);
      return { paymentId: id };
    });
    return outcome.result;
  }

  /** Applies a receipt's unapplied money, or a credit note's unapplied credit, to open invoices of the same customer. */
  async apply(ctx: ServiceContext, input: CreditApplyInput): Promise<{ paymentId: string | null; creditNoteId: string | null }> {
    const minor = ctx.config.currencyMinorUnit;
    if (!!input.paymentId === !!input.creditNoteId) throw new DomainError(BillingErrorCode.REQUIRED, 'Give either paymentId or creditNoteId.', { field: ['input'] });
    if (!input.applications.length) throw new DomainError(BillingErrorCode.REQUIRED, 'Give at least one application.', { field: ['input', 'applications'] });
    const outcome = await runCommand(ctx, { command: 'credit.apply', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const source = input.paymentId
        ? await queryOne<CreditSource>(tx.em, `${SOURCE_COLUMNS} where p.id = ? for update`, [input.paymentId])
        : await queryOne<CreditSource>(tx.em, `${CN_SOURCE_COLUMNS} where i.id = ? for update`, [input.creditNoteId]);
      const field = ['input', input.paymentId ? 'paymentId' : 'creditNoteId'];
      if (!source) throw new DomainError(BillingErrorCode.NOT_FOUND, input.paymentId ? 'No payment has this id.' : 'No credit note has this id.', { field });
      if (source.kind === 'PAYMENT' && (source.status !== PaymentStatus.POSTED || source.doc_kind !== PaymentKind.RECEIPT)) throw new DomainError(BillingErrorCode.ILLEGAL_STATE, 'Only a posted receipt has money to apply.', { field });
      if (source.kind === 'CREDIT_NOTE' && source.doc_kind !== 'CREDIT_NOTE') throw new DomainError(BillingErrorCode.INVALID, 'This is an invoice, not a credit note.', { field });
      const targets = await this.checkedTargets(tx, source.customer_id, input.applications, minor);
      const total = targets.reduce((s, t) => s.plus(t.amount), ZERO);
      if (total.gt(source.unapplied)) {
        throw new DomainError(BillingErrorCode.NO_CREDIT, `${source.label} has ${toText(source.unapplied)} unapplied; the applications add up to ${toText(total)}.`, { field: ['input', 'applications'] });
      }
      const date = postingDateOf(input.occurredAt ?? tx.tx.now);
      await writeApplications(tx, source, targets, date);
      return { paymentId: input.paymentId ?? null, creditNoteId: input.creditNoteId ?? null };
    });
    return outcome.result;
  }

  /** A refund paid out of the customer's unapplied credit (oldest credit first): Dr AR, Cr Cash. */
  async refund(ctx: ServiceContext, input: RefundInput): Promise<{ paymentId: string }> {
    const minor = ctx.config.currencyMinorUnit;
    const amount = requireDecimal(input.amount, ['input', 'amount'], { code: BillingErrorCode, scale: minor, positive: true });
    const reference = optionalText(input.reference, ['input', 'reference'], { code: BillingErrorCode, max: 200 });
    const memo = optionalText(input.memo, ['input', 'memo'], { code: BillingErrorCode, max: 500 });
    const outcome = await runCommand(ctx, { command: 'refund.issue', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      await this.assertCustomer(tx, input.customerId);
      const account = await this.moneyAccount(tx, input.accountId);
      const id = await this.refundCredit(tx, { customerId: input.customerId, amount, occurredAt: input.occurredAt ?? tx.tx.now, method: input.method, reference, memo, accountId: account });
      return { paymentId: id as string };
    });
    return outcome.result;
  }

  /** The refund itself, inside a command (refund, or a return's REFUND policy): `creditNoteIds` limits the credit it takes. */
  async refundCredit(tx: TxContext, r: { customerId: string; amount: Decimal | null; occurredAt: Date; method: PaymentMethod; reference: string | null; memo: string | null; accountId?: string; creditNoteIds?: string[] }): Promise<string | null> {
    const date = postingDateOf(r.occurredAt);
    const sources = await query<CreditSource>(
      tx.em,
      `select * from (${SOURCE_COLUMNS} where p.customer_id = ? and p.kind = '${PaymentKind.RECEIPT}' and p.status = '${PaymentStatus.POSTED}' and p.amount > p.amount_applied ${r.creditNoteIds ? 'and false' : ''} for update of p) a
       union all
       select * from (${CN_SOURCE_COLUMNS} where i.customer_id = ? and i.kind = 'CREDIT_NOTE' and i.total > i.amount_applied ${r.creditNoteIds ? 'and i.id = any(?::bigint[])' : ''} for update of i) b
       order by date, kind desc, id`,
      r.creditNoteIds ? [r.customerId, r.customerId, r.creditNoteIds] : [r.customerId, r.customerId],
    );
    const available = sources.reduce((s, x) => s.plus(x.unapplied), ZERO);
    const amount = r.amount ?? available;
    if (!amount.gt(0)) return null;
    if (amount.gt(available)) {
      throw new DomainError(BillingErrorCode.NO_CREDIT, `The customer has ${toText(available)} of unapplied credit; a refund of ${toText(amount)} asked for.`, { field: ['input', 'amount'], details: { available: toText(available) } });
    }
    const account = r.accountId ?? (await this.moneyAccount(tx, null));
    const id = await reserveId(tx.em, 'payments');
    const number = await nextDocumentNumber(tx.em, 'PAY');
    const ar = (await this.mappings.resolver(tx.em)).account(AccountPurpose.AR);
    const entry = await this.posting.post(tx, { occurredAt: r.occurredAt, sourceType: REFUND_SOURCE, sourceId: id, memo: r.memo ?? `Refund ${number}`, lines: [line(ar, amount, r.customerId), line(account, amount.neg(), r.customerId)] });
    await query(
      tx.em,
      `insert into payments (id, number, kind, customer_id, amount, payment_date, method, reference, account_id, status, amount_applied, journal_entry_id, occurred_at, memo, actor, created_at, updated_at)
       values (?, ?, '${PaymentKind.REFUND}', ?, ?, ?, ?, ?, ?, '${PaymentStatus.POSTED}', ?, ?, ?, ?, ?, ?, ?)`,
      [id, number, r.customerId, toText(amount), date, r.method, r.reference, account, toText(amount), entry?.id ?? null, r.occurredAt, r.memo, actorOf(tx.principal), tx.tx.now, tx.tx.now],
    );
    let left = amount;
    for (const s of sources) {
      if (!left.gt(0)) break;
      const take = Decimal.min(left, dec(s.unapplied));
      await query(tx.em, `insert into ar_applications (customer_id, payment_id, credit_note_id, refund_id, amount, applied_on, actor, created_at, updated_at) values (?, ?, ?, ?, ?, greatest(?::date, ?::date), ?, ?, ?)`, [
        r.customerId, s.kind === 'PAYMENT' ? s.id : null, s.kind === 'CREDIT_NOTE' ? s.id : null, id, toText(take), date, s.date, actorOf(tx.principal), tx.tx.now, tx.tx.now,
      ]);
      await bumpSource(tx, s, take);
      left = left.minus(take);
    }
    return id;
  }

  /**
   * Reverses a receipt (bounced, or entered in error): the reverse entry dated `occurredAt`,
   * its applications end on that date, the invoices it paid reopen, any refund it funded is
   * owed again. A receipt is reversed once.
   */
  async reverse(ctx: ServiceContext, input: { paymentId: string; occurredAt?: Date | null; reason?: string | null; idempotencyKey?: string | null }): Promise<{ paymentId: string }> {
    const reason = optionalText(input.reason, ['input', 'reason'], { code: BillingErrorCode, max: 500 });
    const outcome = await runCommand(ctx, { command: 'payment.reverse', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const payment = await queryOne<{ id: string; number: string; kind: PaymentKind; status: PaymentStatus; customer_id: string; amount: string; account_id: string; payment_date: string | Date; journal_entry_id: string | null }>(
        tx.em,
        'select id::text as id, number, kind, status, customer_id::text as customer_id, amount::text as amount, account_id::text as account_id, payment_date, journal_entry_id::text as journal_entry_id from payments where id = ? for update',
        [input.paymentId],
      );
      if (!payment) throw new DomainError(BillingErrorCode.NOT_FOUND, 'No payment has this id.', { field: ['input', 'paymentId'] });
      if (payment.status === PaymentStatus.REVERSED) throw new DomainError(BillingErrorCode.ALREADY_REVERSED, `${payment.number} is reversed already.`, { field: ['input', 'paymentId'] });
      if (payment.kind !== PaymentKind.RECEIPT) throw new DomainError(BillingErrorCode.INVALID, 'Only a receipt is reversed; a refund paid in error is put right by a new receipt.', { field: ['input', 'paymentId'] });
      const occurredAt = input.occurredAt ?? tx.tx.now;
      const date = postingDateOf(occurredAt);
      const apps = await query<{ id: string; invoice_id: string | null; refund_id: string | null; amount: string; applied_on: string | Date }>(
        tx.em,
        'select id::text as id, invoice_id::text as invoice_id, refund_id::text as refund_id, amount::text as amount, applied_on from ar_applications where payment_id = ? and reversed_on is null order by id',
        [payment.id],
      );
      const latest = [dateText(payment.payment_date), ...apps.map((a) => dateText(a.applied_on))].sort().at(-1) as string;
      if (date < latest) throw new DomainError(BillingErrorCode.INVALID, `A reversal is dated on or after the payment and its applications (${latest}).`, { field: ['input', 'occurredAt'] });
      const ar = (await this.mappings.resolver(tx.em)).account(AccountPurpose.AR);
      const amount = dec(payment.amount);
      const entry = await this.posting.post(tx, {
        occurredAt,
        sourceType: PAYMENT_SOURCE,
        sourceId: payment.id,
        memo: `Reversal of ${payment.number}${reason ? `: ${reason}` : ''}`,
        lines: [line(ar, amount, payment.customer_id), line(payment.account_id, amount.neg(), payment.customer_id)],
        reversalOfId: payment.journal_entry_id,
      });
      const invoiceIds = [...new Set(apps.filter((a) => a.invoice_id).map((a) => a.invoice_id as string))].sort((a, b) => Number(a) - Number(b));
      if (invoiceIds.length) await query(tx.em, 'select id from invoices where id = any(?::bigint[]) order by id for update', [invoiceIds]);
      await query(tx.em, 'update ar_applications set reversed_on = ?, updated_at = ? where payment_id = ? and reversed_on is null', [date, tx.tx.now, payment.id]);
      for (const a of apps) {
        if (a.invoice_id) {
          await query(
            tx.em,
            `update invoices i set amount_applied = i.amount_applied - ?, version = i.version + 1, updated_at = ?,
               status = case when i.amount_applied - ? >= i.total then i.status
                             when exists (${SETTLED_BY_OTHERS('i')}) then '${InvoiceStatus.PARTIALLY_PAID}'
                             else '${InvoiceStatus.OPEN}' end
             where i.id = ?`,
            [a.amount, tx.tx.now, a.amount, a.invoice_id],
          );
        } else if (a.refund_id) {
          await query(tx.em, 'update payments set amount_applied = amount_applied - ?, version = version + 1, updated_at = ? where id = ?', [a.amount, tx.tx.now, a.refund_id]);
        }
      }
      await query(tx.em, `update payments set status = '${PaymentStatus.REVERSED}', reversed_on = ?, reversal_reason = ?, reversal_entry_id = ?, amount_applied = 0, version = version + 1, updated_at = ? where id = ?`, [
        date, reason, entry?.id ?? null, tx.tx.now, payment.id,
      ]);
      return { paymentId: payment.id };
    });
    return outcome.result;
  }

  private async checkedTargets(tx: TxContext, customerId: string, applications: readonly ApplicationInput[], minor: number): Promise<{ invoice: OpenInvoice; amount: Decimal }[]> {
    const errors: DomainError[] = [];
    const amounts = applications.map((a, i) => {
      try {
        return requireDecimal(a.amount, ['input', 'applications', String(i), 'amount'], { code: BillingErrorCode, scale: minor, positive: true });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        errors.push(err);
        return ZERO;
      }
    });
    const invoices = await lockInvoices(tx, { ids: applications.map((a) => a.invoiceId) });
    const taken = new Map<string, Decimal>();
    const targets = applications.flatMap((a, i) => {
      const field = ['input', 'applications', String(i), 'invoiceId'];
      const invoice = invoices.find((x) => x.id === a.invoiceId);
      if (!invoice || invoice.kind !== 'INVOICE') {
        errors.push(new DomainError(BillingErrorCode.NOT_FOUND, 'No invoice has this id.', { field }));
        return [];
      }
      if (invoice.customer_id !== customerId) {
        errors.push(new DomainError(BillingErrorCode.CUSTOMER_MISMATCH, `${invoice.number} is another customer's invoice.`, { field }));
        return [];
      }
      const open = openOf(invoice).minus(taken.get(invoice.id) ?? ZERO);
      if (amounts[i].gt(open)) {
        errors.push(new DomainError(BillingErrorCode.OVER_APPLIED, `${invoice.number} has ${toText(open)} open; ${toText(amounts[i])} given.`, { field: ['input', 'applications', String(i), 'amount'], details: { open: toText(open) } }));
        return [];
      }
      taken.set(invoice.id, (taken.get(invoice.id) ?? ZERO).plus(amounts[i]));
      return [{ invoice, amount: amounts[i] }];
    });
    if (errors.length) throw new DomainErrors(errors);
    return targets;
  }

  private async assertCustomer(tx: TxContext, customerId: string): Promise<void> {
    const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from customers where id = ?', [customerId]);
    if (!row) throw new DomainError(BillingErrorCode.NOT_FOUND, 'No customer has this id.', { field: ['input', 'customerId'] });
  }

  /** The account money comes in to or goes out of: given (an active, non-control asset account), else the CASH mapping. */
  private async moneyAccount(tx: TxContext, accountId: string | null | undefined): Promise<string> {
    if (!accountId) return (await this.mappings.resolver(tx.em)).account(AccountPurpose.CASH);
    const account = await queryOne<{ code: string; type: AccountType; control: boolean; active: boolean }>(tx.em, 'select code, type, control, active from accounts where id = ?', [accountId]);
    if (!account || account.type !== AccountType.ASSET || account.control || !account.active) {
      throw new DomainError(BillingErrorCode.INVALID_ACCOUNT, account ? `Account ${account.code} is not an active, non-control asset account (cash, bank or clearing).` : 'No account has this id.', { field: ['input', 'accountId'] });
    }
    return accountId;
  }
}

/** Open invoices, locked in id order: of a customer (oldest due first, for auto-application) or by id. */
async function lockInvoices(tx: TxContext, by: { customerId?: string; ids?: string[] }): Promise<OpenInvoice[]> {
  const where = by.ids ? 'i.id = any(?::bigint[])' : `i.customer_id = ? and i.kind = 'INVOICE' and i.status in ('${InvoiceStatus.OPEN}', '${InvoiceStatus.PARTIALLY_PAID}')`;
  const rows = await query<OpenInvoice & { due: string }>(
    tx.em,
    `select * from (select i.id::text as id, i.customer_id::text as customer_id, i.kind, i.status, to_char(i.issue_date, 'YYYY-MM-DD') as issue_date, to_char(coalesce(i.due_date, i.issue_date), 'YYYY-MM-DD') as due,
            i.total::text as total, i.amount_applied::text as amount_applied, 'INV-' || i.year || '-' || lpad(coalesce(i.number, 0)::text, 6, '0') as number
     from invoices i where ${where} order by i.id for update) x order by due, id::bigint`,
    [by.ids ?? by.customerId],
  );
  return rows;
}

function openOf(invoice: OpenInvoice): Decimal {
  if (invoice.status === InvoiceStatus.CANCELLED || invoice.status === InvoiceStatus.PAID) return ZERO;
  return dec(invoice.total).minus(invoice.amount_applied);
}

function line(accountId: string, signed: Decimal, customerId: string): LineDraft {
  return signedLine(accountId, signed, { customerId });
}

/** Records applications of a source to invoices, dated no earlier than either document, and updates both sides' applied amounts and statuses. */
async function writeApplications(tx: TxContext, source: CreditSource, targets: readonly { invoice: OpenInvoice; amount: Decimal }[], date: string): Promise<void> {
  if (!targets.length) return;
  const actor = actorOf(tx.principal);
  await query(
    tx.em,
    `insert into ar_applications (customer_id, payment_id, credit_note_id, invoice_id, amount, applied_on, actor, created_at, updated_at)
     select ?, ?, ?, v.invoice, v.amount, greatest(?::date, ?::date, v.issued), ?, ?, ? from unnest(?::bigint[], ?::numeric[], ?::date[]) as v(invoice, amount, issued)`,
    [source.customer_id, source.kind === 'PAYMENT' ? source.id : null, source.kind === 'CREDIT_NOTE' ? source.id : null, date, source.date, actor, tx.tx.now, tx.tx.now,
      targets.map((t) => t.invoice.id), targets.map((t) => toText(t.amount)), targets.map((t) => t.invoice.issue_date)],
  );
  const byInvoice = new Map<string, { invoice: OpenInvoice; amount: Decimal }>();
  for (const t of targets) byInvoice.set(t.invoice.id, { invoice: t.invoice, amount: (byInvoice.get(t.invoice.id)?.amount ?? ZERO).plus(t.amount) });
  for (const { invoice, amount } of byInvoice.values()) {
    const applied = dec(invoice.amount_applied).plus(amount);
    // Money, or another invoice's credit, settles it (PAID when covered); its own credit notes alone cancel it.
    const paid = source.kind === 'PAYMENT' || source.of !== invoice.id || invoice.status === InvoiceStatus.PARTIALLY_PAID || invoice.status === InvoiceStatus.PAID;
    const status = invoiceStatus(dec(invoice.total), applied, paid);
    await query(tx.em, 'update invoices set amount_applied = ?, status = ?, version = version + 1, updated_at = ? where id = ?', [toText(applied), status, tx.tx.now, invoice.id]);
    invoice.amount_applied = toText(applied);
    invoice.status = status as InvoiceStatus;
  }
  await bumpSource(tx, source, targets.reduce((s, t) => s.plus(t.amount), ZERO));
}

async function bumpSource(tx: TxContext, source: CreditSource, amount: Decimal): Promise<void> {
  if (source.kind === 'PAYMENT') {
    await query(tx.em, 'update payments set amount_applied = amount_applied + ?, version = version + 1, updated_at = ? where id = ?', [toText(amount), tx.tx.now, source.id]);
  } else {
    await query(tx.em, `update invoices set amount_applied = amount_applied + ?, status = case when amount_applied + ? >= total then '${InvoiceStatus.APPLIED}' else '${InvoiceStatus.OPEN}' end, version = version + 1, updated_at = ? where id = ?`, [
      toText(amount), toText(amount), tx.tx.now, source.id,
    ]);
  }
  source.unapplied = toText(dec(source.unapplied).minus(amount));
}
