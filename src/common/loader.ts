import DataLoader from 'dataloader';
import type { GraphStore, Row } from '../store/index.js';

/**
 * A per-request DataLoader over a named `UNWIND $ids AS key …` query that
 * returns at most one row per key; results come back in key order.
 */
export function singleLoader<T>(store: GraphStore, query: string, pick: (row: Row) => T): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await store.read(query, { ids: [...ids] });
    const byKey = new Map<string, T>();
    for (const r of rows) byKey.set(r.key, pick(r));
    return ids.map((id) => byKey.get(id) ?? null);
  }, { maxBatchSize: 1000 });
}

/**
 * A per-request DataLoader over a named `UNWIND $ids AS key …` query that
 * returns any number of rows per key, each list sorted by `sortKey`.
 */
export function listLoader<T>(
  store: GraphStore,
  query: string,
  pick: (row: Row) => T,
  sortKey: (t: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await store.read(query, { ids: [...ids] });
    const byKey = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) byKey.get(r.key)?.push(pick(r));
    return ids.map((id) => byKey.get(id)!.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0)));
  }, { maxBatchSize: 1000 });
}
