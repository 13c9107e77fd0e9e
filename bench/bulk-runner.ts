/**
 * Forked by bench.ts: generates the graph of the given scale and runs
 * `measureBulk(graph)` from bench/bulk.ts, in a process of its own so that
 * neither its graph nor its stores count towards the server's memory.
 * Replies with `{ ok: true, result }`, `{ ok: false, missing: true }` when
 * bench/bulk.ts (or its export) is absent, or `{ ok: false, error }`.
 */
import 'reflect-metadata';
import { generateGraph, GRAPH_ONLY, type ScaleName } from '../src/generator/generate.js';

export type BulkReply =
  | { ok: true; result: Record<string, number>; generateMs: number }
  | { ok: false; missing: true; reason: string }
  | { ok: false; missing?: false; error: string };

async function main(scale: ScaleName, seed: number, graphOnly: boolean): Promise<BulkReply> {
  let mod: { measureBulk?: unknown };
  // a computed specifier: bulk.ts may not exist yet, and the build must not depend on it
  const spec = './bulk.js';
  try {
    mod = await import(spec);
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return { ok: false, missing: true, reason: 'bench/bulk.ts not found' };
    throw err;
  }
  if (typeof mod.measureBulk !== 'function') return { ok: false, missing: true, reason: 'bench/bulk.ts exports no measureBulk' };
  const t = performance.now();
  const graph = generateGraph(scale, seed, new Date(), graphOnly ? GRAPH_ONLY : {});
  const generateMs = performance.now() - t;
  const result = await (mod.measureBulk as (g: typeof graph) => Promise<Record<string, number>>)(graph);
  return { ok: true, result, generateMs };
}

const [scale, seed, parts] = process.argv.slice(2);
main(scale as ScaleName, Number(seed), parts === 'graph-only')
  .catch((err: unknown): BulkReply => ({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }))
  .then((reply) => process.send?.(reply, () => process.exit(0)) ?? process.exit(0));
