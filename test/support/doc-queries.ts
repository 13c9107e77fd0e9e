import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { expect } from 'vitest';
import { DEFAULT_LIMITS, operationCost } from '../../src/common/limits.js';
import { generateGraph } from '../../src/generator/generate.js';
import { loadGraph } from '../../src/generator/load.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { buildAppSchema } from '../../src/schema.js';
import { memoryStore, startApp, type TestApp } from './app.js';

/** The ```graphql blocks of a file under docs/, in order. */
export function docQueries(file: string): string[] {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs', file), 'utf8');
  return [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/**
 * Runs every query on a fresh demo graph (seed 42): each must cost no more
 * than the default limit and answer without errors. `more` then asks its own
 * questions of the same server.
 */
export async function runOnDemo(queries: readonly string[], more?: (app: TestApp) => Promise<void>): Promise<void> {
  const demo = await memoryStore();
  await loadGraph(demo, generateGraph('demo', 42, new Date()));
  const open = await startApp(demo);
  try {
    const schema = await buildAppSchema();
    for (const q of queries) {
      const parsed = parse(q);
      expect(operationCost(schema, parsed, getOperationAST(parsed)!, {})!, q).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      const r = await open.gql(q);
      expect(r.errors, q).toBeUndefined();
    }
    await more?.(open);
  } finally {
    await open.stop();
    await demo.close();
  }
}
