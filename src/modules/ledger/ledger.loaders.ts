import { byKey, defineLoader, groupByKey } from '../../graphql/loaders';
import { Account } from './account.entity';
import { FiscalPeriod, FiscalPeriodEvent } from './fiscal-period.entity';
import { JournalEntry, JournalLine } from './journal-entry.entity';

export const accountsById = defineLoader<string, Account | null>('accountsById', async (em, ids) => byKey(ids, await em.find(Account, { id: { $in: [...ids] } }), (r) => r.id));

export const journalEntriesById = defineLoader<string, JournalEntry | null>('journalEntriesById', async (em, ids) =>
  byKey(ids, await em.find(JournalEntry, { id: { $in: [...ids] } }), (r) => r.id),
);

export const journalLinesByEntryId = defineLoader<string, JournalLine[]>('journalLinesByEntryId', async (em, ids) =>
  groupByKey(ids, await em.find(JournalLine, { entry: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.entry.id),
);

/** The reversal of each entry, if any (reversals point back with reversalOf). */
export const reversalsByEntryId = defineLoader<string, JournalEntry | null>('reversalsByEntryId', async (em, ids) =>
  byKey(ids, await em.find(JournalEntry, { reversalOf: { $in: [...ids] } }), (r) => (r.reversalOf as { id: string }).id),
);

export const periodsById = defineLoader<string, FiscalPeriod | null>('periodsById', async (em, ids) => byKey(ids, await em.find(FiscalPeriod, { id: { $in: [...ids] } }), (r) => r.id));

export const periodEventsByPeriodId = defineLoader<string, FiscalPeriodEvent[]>('periodEventsByPeriodId', async (em, ids) =>
  groupByKey(ids, await em.find(FiscalPeriodEvent, { period: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.period.id),
);
