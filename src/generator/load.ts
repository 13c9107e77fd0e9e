import type { GraphStore } from '../store/index.js';
import type { GeneratedGraph } from './generate.js';

/** Query that writes each part of a generated graph, in dependency order. */
const STEPS: [keyof GeneratedGraph, string][] = [
  ['companies', 'company.upsert'],
  ['people', 'person.upsert'],
  ['partOf', 'partOf.merge'],
  ['worksAt', 'worksAt.merge'],
  ['reportsTo', 'reportsTo.merge'],
  ['influences', 'influences.merge'],
  ['knows', 'knows.merge'],
  ['onTeam', 'onTeam.merge'],
];

/**
 * Loads a graph in bulk: `UNWIND $rows` batches, each its own write
 * transaction, through the same named queries the API's mutations use.
 */
export async function loadGraph(store: GraphStore, graph: GeneratedGraph, batchSize = 10_000, onProgress?: (step: string, done: number, total: number) => void): Promise<void> {
  for (const [part, query] of STEPS) {
    const rows = graph[part] as unknown as Record<string, unknown>[];
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      await store.write((tx) => tx.run(query, { rows: batch }));
      onProgress?.(part, Math.min(i + batchSize, rows.length), rows.length);
    }
  }
}
