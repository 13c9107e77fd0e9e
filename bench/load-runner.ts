import './env.js';
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { generateGraph, GRAPH_ONLY, type ScaleName } from '../src/generator/generate.js';
import { loadGraph } from '../src/generator/load.js';
import { openStore } from '../src/store/index.js';
import { poolsFrom, type Pools } from './operations.js';

/** What the bench's loader child reports: how long generation and loading took, and what the runs need from the graph. */
export interface LoadReplyOk {
  ok: true;
  generateMs: number;
  loadMs: number;
  sizes: Record<string, number>;
  pools: Pools;
  rss: { afterGenerate: number; afterLoad: number; peak: number };
}
export type LoadRunnerReply = LoadReplyOk | { ok: false; error: string };

/**
 * `bench.ts` step 2 in a process of its own: generate the graph, bulk-load it
 * into the bench's store, draw the request pools, close the store (a
 * checkpoint) and exit. So the process that then serves the API never held
 * the generator's rows or the loader's buffers, and its peak RSS is the
 * API's own (README "Benchmarks").
 */
async function main(): Promise<LoadRunnerReply> {
  const [scale, seed, parts, dbPath, poolSize] = process.argv.slice(2);
  let t = performance.now();
  const graph = generateGraph(scale as ScaleName, Number(seed), new Date(), parts === 'graph-only' ? GRAPH_ONLY : {});
  const generateMs = performance.now() - t;
  const afterGenerate = process.memoryUsage.rss();
  const sizes = {
    people: graph.people.length,
    contacts: graph.people.filter((p) => !p.id.startsWith('u-')).length,
    companies: graph.companies.length,
    knows: graph.knows.length,
    influences: graph.influences.length,
    reportsTo: graph.reportsTo.length,
    worksAt: graph.worksAt.length,
    partOf: graph.partOf.length,
    onTeam: graph.onTeam.length,
    interactions: graph.interactions?.length ?? 0,
    sales: graph.sales?.length ?? 0,
  };
  const store = await openStore({ ...loadConfig(), engine: 'ladybug', dbPath });
  t = performance.now();
  await loadGraph(store, graph);
  const loadMs = performance.now() - t;
  const afterLoad = process.memoryUsage.rss();
  await store.close();
  const pools = poolsFrom(graph, Number(poolSize));
  return { ok: true, generateMs, loadMs, sizes, pools, rss: { afterGenerate, afterLoad, peak: process.resourceUsage().maxRSS * 1024 } };
}

main()
  .catch((err: unknown): LoadRunnerReply => ({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }))
  .then((reply) => process.send?.(reply, () => process.exit(0)) ?? process.exit(0));
