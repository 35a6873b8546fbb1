import { statement, withConnection } from '../../db/sql';
import type { TxContext } from '../../shared/context';

/**
 * Locks on the places stock moves through (warehouses and locations). A command that moves stock holds a shared
 * advisory lock on each warehouse and location it touches, from before it reads their
 * flags until it commits; a change of the flags that decide the rules (a location's
 * sellable and active flags, a warehouse's active and allowNegativeStock flags) takes the
 * same lock exclusively. So a flag change waits for the commands in flight, and a command
 * that starts after it sees the new flags: it can never apply a flag that changed under
 * it. Advisory locks live in the lock manager: unlike FOR SHARE on the rows they write
 * nothing, so the commands of one warehouse do not contend on its row.
 *
 * Keys: namespace << 40 | id (ids below 2^40), above every other advisory key in use.
 * Namespaces: 1 warehouses, 2 locations (here), 3 a customer's credit (fulfillment/credit-check.ts).
 */
export type LockKey = string;

const WAREHOUSE_NS = 1n;
const LOCATION_NS = 2n;
const ID_BITS = 40n;
const MAX_ID = (1n << ID_BITS) - 1n;

function key(ns: bigint, id: string): LockKey {
  const n = BigInt(id);
  if (n < 0n || n > MAX_ID) throw new Error(`id ${id} is beyond the advisory lock key space`);
  return ((ns << ID_BITS) | n).toString();
}

export const warehouseLockKey = (id: string): LockKey => key(WAREHOUSE_NS, id);
export const locationLockKey = (id: string): LockKey => key(LOCATION_NS, id);

/** The place keys of a command, warehouses then locations, each set in id order. */
export function placeKeys(warehouseIds: readonly string[], locationIds: readonly string[]): LockKey[] {
  const ids = (list: readonly string[]) => [...new Set(list.filter((id) => /^\d{1,13}$/.test(id) && BigInt(id) <= MAX_ID))].sort(compareIds);
  return [...ids(warehouseIds).map(warehouseLockKey), ...ids(locationIds).map(locationLockKey)];
}

const LOCK_EXCLUSIVE = statement('select pg_advisory_xact_lock($1::bigint)');

/** Taken by a change of a place's flags, before it reads or changes them. */
export async function lockPlaceExclusive(tx: TxContext, lockKey: LockKey): Promise<void> {
  await withConnection(tx.em, (c) => c.rows(LOCK_EXCLUSIVE, [lockKey]));
}

export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
