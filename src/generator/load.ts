import type { GraphStore } from '../store/index.js';
import type { GeneratedGraph } from './generate.js';

/**
 * Loads a generated graph through the store's bulk path (`GraphStore.bulkLoad`:
 * `COPY FROM` files into an empty LadybugDB store, `UNWIND` batches of the
 * merge queries otherwise and on Neo4j). `batchSize` is kept for callers that
 * pass it; the adapters pick their own batch sizes.
 */
export async function loadGraph(store: GraphStore, graph: GeneratedGraph, _batchSize = 10_000, onProgress?: (step: string, done: number, total: number) => void): Promise<void> {
  await store.bulkLoad(graph, onProgress);
}
