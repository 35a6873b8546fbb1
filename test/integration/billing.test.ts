import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fromGlobalId, toGlobalId } from '../../src/shared/ids';
import {
  ArAgingDocument,
  CreditApplyDocument,
  CreditNoteCreateDocument,
  CustomerStatementDocument,
  InvoiceByIdDocument,
  InvoiceCreateDocument,
  InvoiceSummaryDocument,
  ReturnAuthorizeDocument,
  ReturnInspectDocument,
  ReturnReceiveDocument,
  ShipmentLinesOfDocument,
  InvoicesDocument,
  PaymentReceiveDocument,
  PaymentReverseDocument,
  ReceivablesReconciliationDocument,
  RefundIssueDocument,
} from '../generated/graphql';
import { type TestApp, dataOf, startTestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { type ItemFixture, type WarehouseFixture, itemFixture, warehouseFixture } from '../helpers/fixtures';
import { packOneOrder, shipOneOrder } from '../helpers/fulfillment';
import { checkInvariants } from '../helpers/invariants';
import { countRows, sql } from '../helpers/sql';
import { ShipmentConfirmDocument } from '../generated/graphql';

let t: TestApp;
let wh: WarehouseFixture;
let finance: string;
const today = new Date().toISOString().slice(0, 10);
const year = today.slice(0, 4);

/** An account's balance (debit - credit) from the journal, optionally for one customer. */
async function gl(code: string, customerId?: string): Promise<string> {
  const rows = await sql<{ b: string | null }>(
    t,
    `select coalesce(sum(l.debit - l.credit), 0)::numeric(24,2)::text as b from journal_lines l join accounts a on a.id = l.account_id where a.code = ?${customerId ? ' and l.customer_id = ?' : ''}`,
    customerId ? [code, customerId] : [code],
  );
  return rows[0]?.b ?? '0.00';
}

function dbIdOf(gid: string): string {
  return (fromGlobalId(gid) as { id: string }).id;
}

async function invoiceOfOrder(orderId: string) {
  const list = dataOf(await t.gql(InvoicesDocument, { filter: { orderId, kind: 'INVOICE' } }, finance)).invoices.edges.map((e) => e.node);
  return list;
}

/** After every step: the aging total is the AR account's balance, customer by customer, and the reconciliation says so. */
async function receivablesAgree(): Promise<void> {
  const aging = dataOf(await t.gql(ArAgingDocument, {}, finance)).arAging;
  expect(Number(aging.total.total).toFixed(2)).toBe(await gl('1100'));
  for (const row of aging.rows) {
    const dbId = (await sql<{ id: string }>(t, 'select id::text as id from customers where code = ?', [row.customer!.code]))[0]!.id;
    expect(Number(row.total).toFixed(2)).toBe(await gl('1100', dbId));
  }
  const rec = dataOf(await t.gql(ReceivablesReconciliationDocument, {}, finance)).receivablesReconciliation;
  expect(rec.balanced).toBe(true);
  expect(rec.rows.every((r) => Number(r.variance) === 0)).toBe(true);
  await checkInvariants(t);
}

async function customerOf(tag: string): Promise<{ id: string; gid: string }> {
  const id = (await sql<{ id: string }>(t, 'select id::text as id from customers where code = ?', [`CUST-${tag}`]))[0]!.id;
  return { id, gid: toGlobalId('Customer', id) };
}

beforeAll(async () => {
  t = await startTestApp();
  wh = await warehouseFixture(t, 'BILL');
  finance = await t.keyFor(Role.FINANCE);
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

describe('ship -> invoice -> partial payment -> second payment -> paid', () => {
  let item: ItemFixture;
  let orderId: string;
  let customer: { id: string; gid: string };
  let invoiceId: string;

  it('invoices the shipment on confirmation: rounded per line, due after the terms, Dr AR / Cr Revenue / Cr Tax, the order INVOICED', async () => {
    item = await itemFixture(t, 'BILL-A');
    ({ orderId } = await shipOneOrder(t, wh, item, { tag: 'B1', quantity: '3', unitPrice: '9.99', discountPercent: '10', taxRate: '19', paymentTermsDays: 14 }));
    customer = await customerOf('B1');
    const [invoice] = await invoiceOfOrder(orderId);
    expect(invoice).toBeDefined();
    invoiceId = invoice!.id;
    // 3 x 9.99 x 0.9 = 26.973 -> 26.97; tax 26.97 x 19 % = 5.1243 -> 5.12; total 32.09.
    expect(invoice).toMatchObject({ kind: 'INVOICE', status: 'OPEN', netTotal: '26.97', taxTotal: '5.12', total: '32.09', amountOpen: '32.09', issueDate: today, order: { status: 'INVOICED' } });
    expect(invoice!.number).toMatch(new RegExp(`^INV-${year}-\\d{6}$`));
    const due = new Date(`${today}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 14);
    expect(invoice!.dueDate).toBe(due.toISOString().slice(0, 10));
    expect(invoice!.lines).toEqual([expect.objectContaining({ quantity: '3', unitPrice: '9.99', discountPercent: '10', taxRate: '19', netAmount: '26.97', taxAmount: '5.12', totalAmount: '32.09', item: { sku: 'BILL-A' } })]);
    expect(await gl('1100', customer.id)).toBe('32.09');
    expect(await gl('4000')).toBe('-26.97');
    expect(await gl('2200')).toBe('-5.12');
    // The entry's revenue line carries the item (margin by item from the postings).
    const revenue = await sql<{ item_id: string | null; customer_id: string | null }>(t, `select l.item_id::text as item_id, l.customer_id::text as customer_id from journal_lines l join accounts a on a.id = l.account_id where a.code = '4000'`);
    expect(revenue).toEqual([{ item_id: item.id, customer_id: customer.id }]);
    await receivablesAgree();
  });

  it('a partial payment leaves the invoice PARTIALLY_PAID; the second pays it; aging and AR follow', async () => {
    const first = dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: customer.gid, amount: '10.00', method: 'BANK_TRANSFER', reference: 'wire 1', applications: [{ invoiceId, amount: '10.00' }] } }, finance)).paymentReceive;
    expect(first.userErrors).toEqual([]);
    expect(first.payment).toMatchObject({ kind: 'RECEIPT', status: 'POSTED', amount: '10', amountApplied: '10', amountUnapplied: '0', number: expect.stringMatching(/^PAY-\d{6}$/) });
    let invoice = dataOf(await t.gql(InvoiceByIdDocument, { id: invoiceId }, finance)).invoice!;
    expect(invoice).toMatchObject({ status: 'PARTIALLY_PAID', amountApplied: '10', amountOpen: '22.09' });
    expect(await gl('1100', customer.id)).toBe('22.09');
    expect(await gl('1000')).toBe('10.00');
    await receivablesAgree();

    // No applications given: the customer's open invoices, oldest due first.
    const second = dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: customer.gid, amount: '22.09', method: 'CARD' } }, finance)).paymentReceive;
    expect(second.userErrors).toEqual([]);
    invoice = dataOf(await t.gql(InvoiceByIdDocument, { id: invoiceId }, finance)).invoice!;
    expect(invoice).toMatchObject({ status: 'PAID', amountOpen: '0' });
    expect(invoice.applications.map((a) => a.amount)).toEqual(['10', '22.09']);
    expect(await gl('1100', customer.id)).toBe('0.00');
    await receivablesAgree();
  });

  it('paying more than is owed is refused unless the rest is kept as credit, which then shows in the aging as negative', async () => {
    const before = await countRows(t, 'payments');
    const entries = await countRows(t, 'journal_entries');
    const over = dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: customer.gid, amount: '5.00', method: 'CASH' } }, finance)).paymentReceive;
    expect(over.userErrors).toEqual([expect.objectContaining({ code: 'OVERPAYMENT', field: ['input', 'amount'] })]);
    expect(await countRows(t, 'payments')).toBe(before);
    expect(await countRows(t, 'journal_entries')).toBe(entries);
    const applied = dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: customer.gid, amount: '5.00', method: 'CASH', applications: [{ invoiceId, amount: '1.00' }], unappliedAsCredit: true } }, finance)).paymentReceive;
    expect(applied.userErrors).toEqual([expect.objectContaining({ code: 'OVER_APPLIED' })]);
    const kept = dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: customer.gid, amount: '5.00', method: 'CASH', unappliedAsCredit: true } }, finance)).paymentReceive;
    expect(kept.userErrors).toEqual([]);
    expect(kept.payment).toMatchObject({ amountApplied: '0', amountUnapplied: '5' });
    const aging = dataOf(await t.gql(ArAgingDocument, { customerId: customer.gid }, finance)).arAging;
    expect(aging.rows).toEqual([expect.objectContaining({ unappliedCredit: '-5', total: '-5' })]);
    expect(await gl('1100', customer.id)).toBe('-5.00');
    await receivablesAgree();

    // The credit is refunded: Dr AR, Cr Cash; nothing is left to refund.
    const refund = dataOf(await t.gql(RefundIssueDocument, { input: { customerId: customer.gid, amount: '5.00', method: 'BANK_TRANSFER' } }, finance)).refundIssue;
    expect(refund.userErrors).toEqual([]);
    expect(refund.payment).toMatchObject({ kind: 'REFUND', amount: '5' });
    expect(await gl('1100', customer.id)).toBe('0.00');
    const again = dataOf(await t.gql(RefundIssueDocument, { input: { customerId: customer.gid, amount: '0.01', method: 'BANK_TRANSFER' } }, finance)).refundIssue;
    expect(again.userErrors).toEqual([expect.objectContaining({ code: 'NO_CREDIT' })]);
    await receivablesAgree();
  });

  it('the customer statement lists each document with a running balance from the postings', async () => {
    const s = dataOf(await t.gql(CustomerStatementDocument, { customerId: customer.gid }, finance)).customerStatement;
    expect(s.openingBalance).toBe('0');
    expect(s.lines.map((l) => [l.documentType, l.debit, l.credit, l.balance])).toEqual([
      ['Invoice', '32.09', '0', '32.09'],
      ['Payment', '0', '10', '22.09'],
      ['Payment', '0', '22.09', '0'],
      ['Payment', '0', '5', '-5'],
      ['Refund', '5', '0', '0'],
    ]);
    expect(s.lines[0]!.documentNumber).toMatch(/^INV-/);
    expect(s.closingBalance).toBe('0');
  });
});

describe('invoices on demand, credit notes and a bounced payment', () => {
  let item: ItemFixture;

  it('with autoInvoice off a shipment waits; invoiceCreate bills shipped units only, never more', async () => {
    item = await itemFixture(t, 'BILL-B');
    const { customerId } = await t.app.services.customers.create(systemContext(t), { code: 'CUST-B2', name: 'Customer B2' });
    await sql(t, 'update customers set auto_invoice = false where id = ?', [customerId]);
    const { orderId } = await shipOneOrder(t, wh, item, { tag: 'B2', quantity: '4', unitPrice: '2.50', customerId });
    expect(await invoiceOfOrder(orderId)).toEqual([]);
    const lines = await sql<{ id: string }>(t, 'select sl.id::text as id from shipment_lines sl join sales_order_lines l on l.id = sl.order_line_id where l.order_id = ?', [dbIdOf(orderId)]);
    const shipmentLineId = toGlobalId('ShipmentLine', lines[0]!.id);
    const before = await countRows(t, 'invoices');
    const over = dataOf(await t.gql(InvoiceCreateDocument, { input: { orderId, lines: [{ shipmentLineId, quantity: '5' }] } }, finance)).invoiceCreate;
    expect(over.userErrors).toEqual([expect.objectContaining({ code: 'NOT_SHIPPED', field: ['input', 'lines', '0', 'quantity'] })]);
    expect(await countRows(t, 'invoices')).toBe(before);
    const part = dataOf(await t.gql(InvoiceCreateDocument, { input: { orderId, lines: [{ shipmentLineId, quantity: '1' }] } }, finance)).invoiceCreate;
    expect(part.userErrors).toEqual([]);
    expect(part.invoice).toMatchObject({ total: '2.5', status: 'OPEN', order: { status: 'SHIPPED' } });
    const rest = dataOf(await t.gql(InvoiceCreateDocument, { input: { orderId } }, finance)).invoiceCreate;
    expect(rest.userErrors).toEqual([]);
    expect(rest.invoice).toMatchObject({ total: '7.5', order: { status: 'INVOICED' } });
    const none = dataOf(await t.gql(InvoiceCreateDocument, { input: { orderId } }, finance)).invoiceCreate;
    expect(none.userErrors).toEqual([expect.objectContaining({ code: 'NOT_SHIPPED' })]);
    // Numbers run without a gap in commit order, whatever failed in between.
    const numbers = (await sql<{ number: number }>(t, "select number from invoices where kind = 'INVOICE' order by number")).map((r) => r.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    await receivablesAgree();
  });

  it('a partial credit note by line reverses revenue and tax and reduces the open amount; a full one cancels an unpaid invoice', async () => {
    const { orderId } = await shipOneOrder(t, wh, item, { tag: 'B3', quantity: '3', unitPrice: '10', taxRate: '20' });
    const customer = await customerOf('B3');
    const [invoice] = await invoiceOfOrder(orderId);
    expect(invoice).toMatchObject({ total: '36', taxTotal: '6' });
    const revenueBefore = await gl('4000');
    const over = dataOf(await t.gql(CreditNoteCreateDocument, { input: { invoiceId: invoice!.id, lines: [{ invoiceLineId: invoice!.lines[0]!.id, quantity: '4' }] } }, finance)).creditNoteCreate;
    expect(over.userErrors).toEqual([expect.objectContaining({ code: 'OVER_CREDIT' })]);
    const cn = dataOf(await t.gql(CreditNoteCreateDocument, { input: { invoiceId: invoice!.id, lines: [{ invoiceLineId: invoice!.lines[0]!.id, quantity: '1' }], reason: 'damaged' } }, finance)).creditNoteCreate;
    expect(cn.userErrors).toEqual([]);
    expect(cn.invoice).toMatchObject({ kind: 'CREDIT_NOTE', status: 'APPLIED', total: '12', taxTotal: '2', creditOf: { id: invoice!.id } });
    expect(cn.invoice!.number).toMatch(new RegExp(`^CN-${year}-\\d{6}$`));
    expect(Number(await gl('4000')) - Number(revenueBefore)).toBeCloseTo(10, 6);
    let inv = dataOf(await t.gql(InvoiceByIdDocument, { id: invoice!.id }, finance)).invoice!;
    expect(inv).toMatchObject({ status: 'OPEN', amountOpen: '24' });
    expect(await gl('1100', customer.id)).toBe('24.00');
    await receivablesAgree();
    // The rest in full: nothing paid, so the invoice is CANCELLED.
    const full = dataOf(await t.gql(CreditNoteCreateDocument, { input: { invoiceId: invoice!.id } }, finance)).creditNoteCreate;
    expect(full.userErrors).toEqual([]);
    expect(full.invoice).toMatchObject({ total: '24' });
    inv = dataOf(await t.gql(InvoiceByIdDocument, { id: invoice!.id }, finance)).invoice!;
    expect(inv).toMatchObject({ status: 'CANCELLED', amountOpen: '0' });
    expect(inv.lines[0]!.quantityCredited).toBe('3');
    expect(await gl('1100', customer.id)).toBe('0.00');
    await receivablesAgree();
  });

  it('a bounced payment is reversed: the reverse entry, the invoice open again, the aging back; once only', async () => {
    const { orderId } = await shipOneOrder(t, wh, item, { tag: 'B4', quantity: '1', unitPrice: '50' });
    const customer = await customerOf('B4');
    const [invoice] = await invoiceOfOrder(orderId);
    const paid = dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: customer.gid, amount: '50', method: 'CHECK', reference: 'cheque 881' } }, finance)).paymentReceive;
    expect(paid.userErrors).toEqual([]);
    expect(dataOf(await t.gql(InvoiceByIdDocument, { id: invoice!.id }, finance)).invoice!.status).toBe('PAID');
    const cash = await gl('1000');
    const bounced = dataOf(await t.gql(PaymentReverseDocument, { input: { paymentId: paid.payment!.id, reason: 'cheque bounced' } }, finance)).paymentReverse;
    expect(bounced.userErrors).toEqual([]);
    expect(bounced.payment).toMatchObject({ status: 'REVERSED', reversedOn: today, amountUnapplied: '0' });
    expect(bounced.payment!.applications).toEqual([expect.objectContaining({ amount: '50', reversedOn: today })]);
    const inv = dataOf(await t.gql(InvoiceByIdDocument, { id: invoice!.id }, finance)).invoice!;
    expect(inv).toMatchObject({ status: 'OPEN', amountOpen: '50' });
    expect(Number(await gl('1000'))).toBeCloseTo(Number(cash) - 50, 6);
    expect(await gl('1100', customer.id)).toBe('50.00');
    const reversal = await sql<{ reverses: boolean }>(
      t,
      'select e.reversal_of_id = p.journal_entry_id as reverses from journal_entries e join payments p on p.reversal_entry_id = e.id where p.id = ?',
      [dbIdOf(paid.payment!.id)],
    );
    expect(reversal).toEqual([{ reverses: true }]);
    const twice = dataOf(await t.gql(PaymentReverseDocument, { input: { paymentId: paid.payment!.id } }, finance)).paymentReverse;
    expect(twice.userErrors).toEqual([expect.objectContaining({ code: 'ALREADY_REVERSED' })]);
    await receivablesAgree();
    // As of yesterday the invoice did not exist yet: nothing was owed then.
    const y = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const before = dataOf(await t.gql(ArAgingDocument, { asOf: y, customerId: customer.gid }, finance)).arAging;
    expect(before.total.total).toBe('0');
  });

  it('applies a credit note\'s leftover credit to another invoice later (creditApply)', async () => {
    const customer = (await t.app.services.customers.create(systemContext(t), { code: 'CUST-B5', name: 'Customer B5' })).customerId;
    const gid = toGlobalId('Customer', customer);
    const a = await shipOneOrder(t, wh, item, { tag: 'B5', quantity: '1', unitPrice: '30', customerId: customer });
    const b = await shipOneOrder(t, wh, item, { tag: 'B6', quantity: '1', unitPrice: '20', customerId: customer });
    const [first] = await invoiceOfOrder(a.orderId);
    const [second] = await invoiceOfOrder(b.orderId);
    expect(dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: gid, amount: '30', method: 'CARD', applications: [{ invoiceId: first!.id, amount: '30' }] } }, finance)).paymentReceive.userErrors).toEqual([]);
    // A credit on the paid invoice: nothing open there, so the credit waits.
    const cn = dataOf(await t.gql(CreditNoteCreateDocument, { input: { invoiceId: first!.id } }, finance)).creditNoteCreate;
    expect(cn.invoice).toMatchObject({ status: 'OPEN', amountOpen: '30' });
    const tooMuch = dataOf(await t.gql(CreditApplyDocument, { input: { creditNoteId: cn.invoice!.id, applications: [{ invoiceId: second!.id, amount: '25' }] } }, finance)).creditApply;
    expect(tooMuch.userErrors).toEqual([expect.objectContaining({ code: 'OVER_APPLIED' })]);
    const applied = dataOf(await t.gql(CreditApplyDocument, { input: { creditNoteId: cn.invoice!.id, applications: [{ invoiceId: second!.id, amount: '20' }] } }, finance)).creditApply;
    expect(applied.userErrors).toEqual([]);
    expect(applied.creditNote).toMatchObject({ amountOpen: '10', status: 'OPEN' });
    // Settled by another invoice's credit: PAID (CANCELLED is for an invoice its own credit notes cover).
    expect(dataOf(await t.gql(InvoiceByIdDocument, { id: second!.id }, finance)).invoice!.status).toBe('PAID');
    expect(await gl('1100', customer)).toBe('-10.00');
    await receivablesAgree();
  });
});

describe('ship -> return -> restock -> credit note -> refund', () => {
  it('a paid invoice\'s returned units come back at their cost, a credit note to Sales returns follows, and the REFUND policy pays the credit back', async () => {
    const item = await itemFixture(t, 'BILL-R');
    const { customerId } = await t.app.services.customers.create(systemContext(t), { code: 'CUST-R1', name: 'Customer R1' });
    await sql(t, "update customers set return_credit_policy = 'REFUND' where id = ?", [customerId]);
    const gid = toGlobalId('Customer', customerId);
    const shipped = await shipOneOrder(t, wh, item, { tag: 'R1', quantity: '3', unitPrice: '20', taxRate: '10', unitCost: '4', customerId });
    const [invoice] = await invoiceOfOrder(shipped.orderId);
    expect(invoice).toMatchObject({ total: '66', netTotal: '60', taxTotal: '6' });
    expect(dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: gid, amount: '66', method: 'BANK_TRANSFER' } }, finance)).paymentReceive.userErrors).toEqual([]);
    const [line] = dataOf(await t.gql(ShipmentLinesOfDocument, { id: shipped.shipmentId })).shipment!.lines;
    const before = { inventory: await gl('1300'), cogs: await gl('5000'), returns: await gl('4100'), cash: await gl('1000'), tax: await gl('2200') };
    const authorized = dataOf(await t.gql(ReturnAuthorizeDocument, { input: { orderId: shipped.orderId, reason: 'not needed', lines: [{ shipmentLineId: line!.id, quantity: '1' }] } })).returnAuthorize;
    expect(authorized.userErrors).toEqual([]);
    const received = dataOf(await t.gql(ReturnReceiveDocument, { input: { returnId: authorized.return!.id, locationId: wh.loc.QA } })).returnReceive;
    expect(received.userErrors).toEqual([]);
    // Stock back at its cost: inventory up and COGS down by exactly 4.
    expect(Number(await gl('1300')) - Number(before.inventory)).toBeCloseTo(4, 6);
    expect(Number(await gl('5000')) - Number(before.cogs)).toBeCloseTo(-4, 6);
    // The credit note: Dr Sales returns 20, Dr Tax 2, Cr AR 22; linked to the return; its credit refunded at once.
    const creditNoteId = received.return!.creditNoteId!;
    expect(creditNoteId).toBeTruthy();
    const cn = dataOf(await t.gql(InvoiceByIdDocument, { id: creditNoteId }, finance)).invoice!;
    expect(cn).toMatchObject({ kind: 'CREDIT_NOTE', total: '22', netTotal: '20', taxTotal: '2', returnId: authorized.return!.id, creditOf: { id: invoice!.id }, status: 'APPLIED' });
    expect(Number(await gl('4100')) - Number(before.returns)).toBeCloseTo(20, 6);
    expect(Number(await gl('2200')) - Number(before.tax)).toBeCloseTo(2, 6);
    expect(received.return!.refundId).toBeTruthy();
    expect(Number(await gl('1000')) - Number(before.cash)).toBeCloseTo(-22, 6);
    expect(await gl('1100', customerId)).toBe('0.00');
    await receivablesAgree();
    // Restocked: sellable again, no posting.
    const entries = await countRows(t, 'journal_entries');
    const restocked = dataOf(await t.gql(ReturnInspectDocument, { input: { returnId: authorized.return!.id, lines: [{ returnLineId: authorized.return!.lines[0]!.id, disposition: 'RESTOCK', quantity: '1', locationId: wh.loc.A1 }] } })).returnInspect;
    expect(restocked.userErrors).toEqual([]);
    expect(restocked.return!.status).toBe('CLOSED');
    expect(await countRows(t, 'journal_entries')).toBe(entries);
    await receivablesAgree();
  });

  it('an unpaid invoice: the return\'s credit note lowers what is owed; a scrap writes the units off to 5300', async () => {
    const item = await itemFixture(t, 'BILL-S');
    const shipped = await shipOneOrder(t, wh, item, { tag: 'R2', quantity: '2', unitPrice: '15', unitCost: '5' });
    const customer = await customerOf('R2');
    const [invoice] = await invoiceOfOrder(shipped.orderId);
    const [line] = dataOf(await t.gql(ShipmentLinesOfDocument, { id: shipped.shipmentId })).shipment!.lines;
    const r = dataOf(await t.gql(ReturnAuthorizeDocument, { input: { orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '2' }] } })).returnAuthorize.return!;
    const tooMany = dataOf(await t.gql(ReturnAuthorizeDocument, { input: { orderId: shipped.orderId, lines: [{ shipmentLineId: line!.id, quantity: '1' }] } })).returnAuthorize;
    expect(tooMany.userErrors.length).toBe(1);
    const received = dataOf(await t.gql(ReturnReceiveDocument, { input: { returnId: r.id, locationId: wh.loc.QA } })).returnReceive;
    expect(received.userErrors).toEqual([]);
    expect(received.return!.refundId).toBeNull();
    expect(dataOf(await t.gql(InvoiceByIdDocument, { id: invoice!.id }, finance)).invoice).toMatchObject({ status: 'CANCELLED', amountOpen: '0' });
    expect(await gl('1100', customer.id)).toBe('0.00');
    const scrapBefore = await gl('5300');
    const scrapped = dataOf(await t.gql(ReturnInspectDocument, { input: { returnId: r.id, lines: [{ returnLineId: r.lines[0]!.id, disposition: 'SCRAP', quantity: '2' }] } })).returnInspect;
    expect(scrapped.userErrors).toEqual([]);
    expect(Number(await gl('5300')) - Number(scrapBefore)).toBeCloseTo(10, 6);
    await receivablesAgree();
  });
});

describe('bad input writes nothing', () => {
  it('a payment dated in a closed period, a wrong money account, another customer\'s invoice, a SALES key', async () => {
    const item = await itemFixture(t, 'BILL-C');
    const { orderId } = await shipOneOrder(t, wh, item, { tag: 'B7', quantity: '1', unitPrice: '5' });
    const customer = await customerOf('B7');
    const other = await customerOf('B1');
    const [invoice] = await invoiceOfOrder(orderId);
    await t.app.services.periods.close(systemContext(t), { year: 2025, month: 1, reason: 'closed for the test' });
    const counts = async () => [await countRows(t, 'payments'), await countRows(t, 'journal_entries'), await countRows(t, 'ar_applications')];
    const before = await counts();
    const closed = dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: customer.gid, amount: '5', method: 'CASH', occurredAt: '2025-01-20T10:00:00Z' } }, finance)).paymentReceive;
    expect(closed.userErrors).toEqual([expect.objectContaining({ code: 'PERIOD_CLOSED' })]);
    const inventory = (await sql<{ id: string }>(t, "select id::text as id from accounts where code = '1300'"))[0]!.id;
    const control = dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: customer.gid, amount: '5', method: 'CASH', accountId: toGlobalId('Account', inventory) } }, finance)).paymentReceive;
    expect(control.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_ACCOUNT' })]);
    const foreign = dataOf(await t.gql(PaymentReceiveDocument, { input: { customerId: other.gid, amount: '5', method: 'CASH', applications: [{ invoiceId: invoice!.id, amount: '5' }] } }, finance)).paymentReceive;
    expect(foreign.userErrors).toEqual([expect.objectContaining({ code: 'CUSTOMER_MISMATCH' })]);
    const future = dataOf(await t.gql(InvoiceCreateDocument, { input: { orderId, occurredAt: new Date(Date.now() + 86_400_000).toISOString() } }, finance)).invoiceCreate;
    expect(future.userErrors).toEqual([expect.objectContaining({ code: 'FUTURE_DATE' })]);
    expect(await counts()).toEqual(before);
    const sales = await t.keyFor(Role.SALES);
    const denied = await t.gql(PaymentReceiveDocument, { input: { customerId: customer.gid, amount: '5', method: 'CASH' } }, sales);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(dataOf(await t.gql(InvoiceSummaryDocument, { id: invoice!.id }, sales)).invoice?.id).toBe(invoice!.id);
    // No billing:read: a warehouse key and a storefront key see no invoice and no receivables.
    for (const role of [Role.WAREHOUSE, Role.STOREFRONT]) {
      const key = await t.keyFor(role);
      expect((await t.gql(InvoiceSummaryDocument, { id: invoice!.id }, key)).errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect((await t.gql(ArAgingDocument, {}, key)).errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });

  it('two payments racing for the last open amount: one applies, the other is refused', async () => {
    const item = await itemFixture(t, 'BILL-D');
    const { orderId } = await shipOneOrder(t, wh, item, { tag: 'B8', quantity: '1', unitPrice: '40' });
    const customer = await customerOf('B8');
    const [invoice] = await invoiceOfOrder(orderId);
    const pay = () => t.gql(PaymentReceiveDocument, { input: { customerId: customer.gid, amount: '40', method: 'CARD', applications: [{ invoiceId: invoice!.id, amount: '40' }] } }, finance);
    const results = (await Promise.all([pay(), pay(), pay()])).map((r) => dataOf(r).paymentReceive.userErrors.map((e) => e.code));
    expect(results.filter((r) => r.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r[0] === 'OVER_APPLIED')).toHaveLength(2);
    expect(dataOf(await t.gql(InvoiceByIdDocument, { id: invoice!.id }, finance)).invoice).toMatchObject({ status: 'PAID', amountApplied: '40' });
    await receivablesAgree();
  });

  it('concurrent invoices of one order bill each unit once; concurrent credit notes of one line credit it once', async () => {
    const item = await itemFixture(t, 'BILL-F');
    const { customerId } = await t.app.services.customers.create(systemContext(t), { code: 'CUST-BA', name: 'Customer BA' });
    await sql(t, 'update customers set auto_invoice = false where id = ?', [customerId]);
    const { orderId } = await shipOneOrder(t, wh, item, { tag: 'BA', quantity: '2', unitPrice: '3', customerId });
    const line = toGlobalId('ShipmentLine', (await sql<{ id: string }>(t, 'select sl.id::text as id from shipment_lines sl join sales_order_lines l on l.id = sl.order_line_id where l.order_id = ?', [dbIdOf(orderId)]))[0]!.id);
    const bill = () => t.gql(InvoiceCreateDocument, { input: { orderId, lines: [{ shipmentLineId: line, quantity: '2' }] } }, finance);
    const billed = (await Promise.all([bill(), bill(), bill()])).map((r) => dataOf(r).invoiceCreate.userErrors.map((e) => e.code).join(',') || 'OK').sort();
    expect(billed).toEqual(['NOT_SHIPPED', 'NOT_SHIPPED', 'OK']);
    const [invoice] = await invoiceOfOrder(orderId);
    const credit = () => t.gql(CreditNoteCreateDocument, { input: { invoiceId: invoice!.id, lines: [{ invoiceLineId: invoice!.lines[0]!.id, quantity: '2' }] } }, finance);
    const credited = (await Promise.all([credit(), credit(), credit()])).map((r) => dataOf(r).creditNoteCreate.userErrors.map((e) => e.code).join(',') || 'OK').sort();
    expect(credited).toEqual(['OK', 'OVER_CREDIT', 'OVER_CREDIT']);
    await receivablesAgree();
  });

  it('an auditor who edits an invoice by hand finds the customer and the variance in the reconciliation', async () => {
    const item = await itemFixture(t, 'BILL-E');
    const { customerId } = await t.app.services.customers.create(systemContext(t), { code: 'CUST-B9', name: 'Customer B9' });
    const packed = await packOneOrder(t, wh, item, { tag: 'B9', quantity: '1', unitPrice: '8', customerId });
    const shipped = dataOf(await t.gql(ShipmentConfirmDocument, { input: { shipmentId: packed.shipmentId } })).shipmentConfirm;
    expect(shipped.userErrors).toEqual([]);
    const [invoice] = await invoiceOfOrder(packed.orderId);
    const id = dbIdOf(invoice!.id);
    await sql(t, 'update invoices set total = total + 1 where id = ?', [id]);
    const rec = dataOf(await t.gql(ReceivablesReconciliationDocument, {}, finance)).receivablesReconciliation;
    expect(rec.balanced).toBe(false);
    expect(rec.rows.filter((r) => Number(r.variance) !== 0)).toEqual([expect.objectContaining({ customer: { code: 'CUST-B9' }, variance: '-1' })]);
    // Nor does the month close while receivables are off.
    const month = { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
    await expect(t.app.services.periods.close(systemContext(t), month)).rejects.toMatchObject({ code: 'RECONCILIATION_VARIANCE', message: expect.stringContaining('CUST-B9') });
    await sql(t, 'update invoices set total = total - 1 where id = ?', [id]);
    expect(dataOf(await t.gql(ReceivablesReconciliationDocument, {}, finance)).receivablesReconciliation.balanced).toBe(true);
  });
});
