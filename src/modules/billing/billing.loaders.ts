import { byKey, defineLoader, groupByKey } from '../../graphql/loaders';
import { ArApplication, Invoice, InvoiceLine, Payment } from './billing.entity';

export const invoicesById = defineLoader<string, Invoice | null>('invoicesById', async (em, ids) => byKey(ids, await em.find(Invoice, { id: { $in: [...ids] } }), (r) => r.id));

export const paymentsById = defineLoader<string, Payment | null>('paymentsById', async (em, ids) => byKey(ids, await em.find(Payment, { id: { $in: [...ids] } }), (r) => r.id));

export const invoiceLinesByInvoiceId = defineLoader<string, InvoiceLine[]>('invoiceLinesByInvoiceId', async (em, ids) =>
  groupByKey(ids, await em.find(InvoiceLine, { invoice: { $in: [...ids] } }, { orderBy: { invoice: 'asc', lineNo: 'asc' } }), (r) => r.invoice.id),
);

/** Applications touching an invoice or credit note (as target or source), oldest first. */
export const applicationsByInvoiceId = defineLoader<string, ArApplication[]>('applicationsByInvoiceId', async (em, ids) => {
  const rows = await em.find(ArApplication, { $or: [{ invoice: { $in: [...ids] } }, { creditNote: { $in: [...ids] } }] }, { orderBy: { id: 'asc' } });
  return ids.map((id) => rows.filter((r) => r.invoice?.id === id || r.creditNote?.id === id));
});

/** Applications of a receipt (its money) or a refund (the credit it paid out), oldest first. */
export const applicationsByPaymentId = defineLoader<string, ArApplication[]>('applicationsByPaymentId', async (em, ids) => {
  const rows = await em.find(ArApplication, { $or: [{ payment: { $in: [...ids] } }, { refund: { $in: [...ids] } }] }, { orderBy: { id: 'asc' } });
  return ids.map((id) => rows.filter((r) => r.payment?.id === id || r.refund?.id === id));
});
