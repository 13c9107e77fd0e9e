import type { GraphData } from '../domain/graph-data.js';
import { writeChanges } from '../store/change-writer.js';
import { PART_DEFS, partRows, POTENTIAL_PART, potentialRows, changeParts, uniqueById } from '../store/graph-parts.js';
import type { GraphStore } from '../store/index.js';
import type { GeneratedGraph } from './generate.js';

/**
 * Loads a generated graph through the store's bulk path (`GraphStore.bulkLoad`:
 * `COPY FROM` files into an empty LadybugDB store, `UNWIND` batches of the
 * merge queries otherwise and on Neo4j). `batchSize` is kept for callers that
 * pass it; the adapters pick their own batch sizes. Each part commits on its
 * own: a process killed meanwhile leaves part of the graph (use `seedGraph`
 * where that matters).
 */
export async function loadGraph(store: GraphStore, graph: GeneratedGraph, _batchSize = 10_000, onProgress?: (part: string, done: number, total: number) => void): Promise<void> {
  await store.bulkLoad(graph, onProgress);
}

/** Rows per `UNWIND $rows` statement of a seed. */
const SEED_BATCH = 5_000;

/** What `seedGraph` wrote. */
export interface SeedCounts {
  [part: string]: number;
}

/**
 * Writes a small graph (the demo: 336 people, ~1,600 links) in **one write
 * transaction**, all or nothing (docs/decisions.md "Checkpoints, shutdown and
 * seeding"): a process killed part-way leaves no trace of it, so an empty
 * store stays empty and the next start seeds it again. The merge queries
 * (`UNWIND $rows … MERGE`) are used on both engines, so a seed over nodes that
 * already exist updates them rather than failing. Then checkpoints, so the
 * next open replays no WAL. For large graphs use `loadGraph` (the engine's
 * bulk path; one transaction of millions of rows would hold them all in the
 * engine's memory).
 */
export async function seedGraph(store: GraphStore, graph: GraphData): Promise<SeedCounts> {
  const counts: SeedCounts = {};
  await store.write(async (tx) => {
    for (const def of PART_DEFS) {
      if (def.copyOnly) continue; // written with their node (BOUGHT and OF by sale.upsert)
      const all = partRows(graph, def);
      const rows = def.ends ? all : uniqueById(all);
      counts[def.part] = rows.length;
      for (let i = 0; i < rows.length; i += SEED_BATCH) await tx.run(def.merge, { rows: rows.slice(i, i + SEED_BATCH) });
    }
    const potentials = potentialRows(graph);
    counts[POTENTIAL_PART.part] = potentials.length;
    for (let i = 0; i < potentials.length; i += SEED_BATCH) await tx.run(POTENTIAL_PART.merge, { rows: potentials.slice(i, i + SEED_BATCH) });
    counts.signals = graph.signals?.length ?? 0;
    for (const k of ['competesAt', 'partnersAt', 'plans', 'activities'] as const) counts[k] = graph[k]?.length ?? 0;
    // signals and account management: as the changes that make them (graph-parts.ts `changeParts`)
    const changes = changeParts(graph);
    if (changes.length) await writeChanges(tx, changes);
  });
  await store.checkpoint();
  return counts;
}
