import type { TxContext } from '../../shared/context';
import type { Decimal } from '../../shared/decimal';
import { PaymentMethod } from './billing.entity';
import type { InvoiceService } from './invoice.service';
import type { PaymentService } from './payment.service';

export interface ReturnForCredit {
  returnId: string;
  customerId: string;
  policy: 'CREDIT_NOTE' | 'REFUND' | 'NONE';
  occurredAt: Date;
  lines: { shipmentLineId: string; quantity: Decimal }[];
}

/**
 * What follows a received return, per the customer's returnCreditPolicy, in the receipt's
 * transaction: CREDIT_NOTE, a credit note to Sales returns for the returned units that were
 * invoiced (it applies to the invoice's open amount; the rest is customer credit); REFUND,
 * the same and a refund (bank transfer) of whatever credit that note left unapplied; NONE,
 * nothing (finance credits by hand). Units returned before they were invoiced are never
 * billed, so they need no credit.
 */
export function returnCredit(invoices: InvoiceService, payments: PaymentService) {
  return async (tx: TxContext, r: ReturnForCredit): Promise<{ creditNoteId: string | null; refundId: string | null }> => {
    if (r.policy === 'NONE') return { creditNoteId: null, refundId: null };
    const notes = await invoices.creditReturn(tx, { returnId: r.returnId, occurredAt: r.occurredAt, lines: r.lines });
    if (r.policy !== 'REFUND' || !notes.length) return { creditNoteId: notes[0] ?? null, refundId: null };
    const refundId = await payments.refundCredit(tx, {
      customerId: r.customerId,
      amount: null,
      occurredAt: r.occurredAt,
      method: PaymentMethod.BANK_TRANSFER,
      reference: null,
      memo: 'Refund for returned goods',
      creditNoteIds: notes,
    });
    return { creditNoteId: notes[0] ?? null, refundId };
  };
}
