import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The request's DataLoaders, created on first use: a storefront query that touches
 * one loader pays for one. A new set is made per HTTP request and per subscription
 * event, never per connection, so a loader never serves stale stock.
 */
export class Loaders {
  private readonly made = new Map<string, DataLoader<unknown, unknown>>();

  constructor(readonly em: EntityManager) {}

  get<K, V>(def: LoaderDef<K, V>): DataLoader<K, V> {
    let loader = this.made.get(def.name) as DataLoader<K, V> | undefined;
    if (!loader) {
      const em = this.em;
      loader = new DataLoader<K, V>((keys) => def.batch(em, keys), { maxBatchSize: 1000, cacheKeyFn: def.cacheKey as ((key: K) => K) | undefined });
      this.made.set(def.name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export interface LoaderDef<K, V> {
  name: string;
  batch: (em: EntityManager, keys: readonly K[]) => Promise<(V | Error)[]>;
  cacheKey?: (key: K) => unknown;
}

export function defineLoader<K, V>(name: string, batch: LoaderDef<K, V>['batch'], cacheKey?: (key: K) => unknown): LoaderDef<K, V> {
  return { name, batch, cacheKey };
}

/** Orders rows by the requested keys: one value (or null) per key. */
export function byKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups rows by key: one list per requested key (empty when none). */
export function groupByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(row);
  }
  return keys.map((k) => map.get(k) ?? []);
}
