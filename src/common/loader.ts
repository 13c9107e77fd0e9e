import DataLoader from 'dataloader';
import type { ReadGraph } from '../readmodel/read-graph.js';
import type { ReadModelSource } from '../readmodel/read-graph.js';

/**
 * A per-request DataLoader answering from the read model: one batch per
 * level of a GraphQL query, results in key order, cached for the request.
 * `pick` returns the value for one key (null / [] when there is none).
 */
export function modelLoader<T>(host: ReadModelSource, pick: (g: ReadGraph, id: string) => T): DataLoader<string, T> {
  return new DataLoader<string, T>(async (ids) => {
    const g = await host.ready();
    return ids.map((id) => pick(g, id));
  }, { maxBatchSize: 1000 });
}

/** Sorts records by their `id` (or a key), as the API lists linked items. */
export function byId<T>(xs: T[], key: (t: T) => string): T[] {
  return xs.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
