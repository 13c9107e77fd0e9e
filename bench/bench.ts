import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { GraphQLClient } from 'graphql-request';
import { DEFAULT_ANALYTICS, loadConfig } from '../src/config.js';
import { generateGraph, rng, SCALES, type ScaleName } from '../src/generator/generate.js';
import { loadGraph } from '../src/generator/load.js';
import { startServer } from '../src/server.js';
import { openStore } from '../src/store/index.js';
import { operations } from './operations.js';

/**
 * `npm run bench -- --scale M`: loads a generated graph into a fresh store,
 * serves it over HTTP and times each named operation end-to-end (a GraphQL
 * request through a real client) and as the raw store work alone.
 */
const program = new Command('bench')
  .option('--scale <name>', `graph size: ${Object.keys(SCALES).join(', ')}`, 'S')
  .option('--iterations <n>', 'timed runs per operation', '100')
  .option('--only <names>', 'comma-separated operation names')
  .option('--warm', 'keep memoised analytics between runs (default: time every request cold)')
  .option('--engine <engine>', 'ladybug (in memory) or neo4j (NEO4J_URI; the database is cleared!)', 'ladybug')
  .parse();
const opts = program.opts<{ scale: string; iterations: string; only?: string; warm?: boolean; engine: 'ladybug' | 'neo4j' }>();
if (!(opts.scale in SCALES)) program.error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
const scale = opts.scale as ScaleName;
const iterations = Number(opts.iterations);

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 50);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const time = async (fn: () => Promise<unknown>) => {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};

const config = loadConfig();
const store = await openStore({ ...config, engine: opts.engine, dbPath: ':memory:' });
if (opts.engine === 'neo4j') await store.write((tx) => tx.run('graph.clear'));

const tGen = Date.now();
const graph = generateGraph(scale, 1, new Date());
const genMs = Date.now() - tGen;
const tLoad = Date.now();
await loadGraph(store, graph);
const loadMs = Date.now() - tLoad;
sample();
const sizes = { people: graph.people.length, companies: graph.companies.length, knows: graph.knows.length, influences: graph.influences.length, reportsTo: graph.reportsTo.length };
console.log(`scale ${scale}: ${JSON.stringify(sizes)}; generated in ${genMs} ms, loaded in ${(loadMs / 1000).toFixed(1)} s`);

const server = await startServer(store, { port: 0, host: '127.0.0.1', maxQueryDepth: 12, defaults: config.defaults ?? DEFAULT_ANALYTICS });
const tProj = Date.now();
await server.services.projection.ready();
const projectionMs = Date.now() - tProj;
sample();
console.log(`analytics projection built in ${(projectionMs / 1000).toFixed(1)} s`);
const client = new GraphQLClient(server.url);
const ctx = { store, graph, rnd: rng(7), defaults: config.defaults, services: server.services };

const results: Record<string, unknown>[] = [];
for (const op of operations) {
  if (opts.only && !opts.only.split(',').includes(op.name)) continue;
  const n = op.iterations?.(iterations) ?? iterations;
  const e2e: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < Math.min(5, n); i++) {
    const args = op.args(ctx);
    await client.request(op.query, args);
    await op.raw(ctx, args);
  }
  for (let i = 0; i < n; i++) {
    const args = op.args(ctx);
    // cold: no derived value memoised (as right after any write); --warm keeps them
    if (!opts.warm) server.services.projection.dropDerived();
    e2e.push(await time(() => client.request(op.query, args)));
    if (!opts.warm) server.services.projection.dropDerived();
    raw.push(await time(() => op.raw(ctx, args)));
    sample();
  }
  const row = {
    operation: op.name,
    runs: n,
    e2eP50: pct(e2e, 50), e2eP99: pct(e2e, 99),
    rawP50: pct(raw, 50), rawP99: pct(raw, 99),
    ratio: pct(e2e, 50) / Math.max(pct(raw, 50), 1e-6),
    target: op.target ?? '',
  };
  results.push(row);
  console.log(`${op.name.padEnd(28)} e2e p50 ${row.e2eP50.toFixed(1).padStart(8)} ms  p99 ${row.e2eP99.toFixed(1).padStart(8)} ms | raw p50 ${row.rawP50.toFixed(1).padStart(8)} ms  p99 ${row.rawP99.toFixed(1).padStart(8)} ms | e2e/raw ${row.ratio.toFixed(2)}  ${row.target}`);
}
clearInterval(sampler);
sample();
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/${scale}-${opts.engine}.json`, JSON.stringify({ scale, engine: opts.engine, sizes, genMs, loadMs, projectionMs, peakRssMiB: Math.round(peakRss / 2 ** 20), results, at: new Date().toISOString() }, null, 2));
await server.stop();
await store.close();
process.exit(0);
