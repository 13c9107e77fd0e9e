/**
 * The commercial portfolio at a stated size (docs/commercial.md "Speed"):
 * generates a graph (scale M: 200 groups, 500 products, 24 monthly periods,
 * ~1M sales), bulk-loads it into a fresh file store (timing the sales' part
 * of the load), builds the read model from the store, then times each
 * DESIGN §5 analytic in-process on the main thread:
 *  - cold: every memoised value dropped before each call (as after a write that touches the catalogue or the unit tree);
 *  - after one sale: one recordSales of one row before each call (only that account recomputes);
 *  - warm: the same call again (memoised per read-model version).
 * Plus one HTTP measure: `topAccounts(first: 20)` with its coverage columns, through the running API.
 *
 *   npx tsc -p tsconfig.build.json && node --expose-gc dist/bench/commercial.js [--scale M] [--runs 15]
 */
import './env.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DEFAULT_ANALYTICS } from '../src/config.js';
import { createServices } from '../src/context.js';
import { generateGraph, type ScaleName } from '../src/generator/generate.js';
import { commercialServicesFor } from '../src/modules/commercial/commercial.context.js';
import { startServer } from '../src/server.js';
import { LadybugStore } from '../src/store/ladybug.store.js';
import { argOf, MiB, rounded, timeRuns } from './stats.js';

export async function benchCommercial(scale: ScaleName, runs: number) {
  const today = new Date('2026-11-01T00:00:00Z');
  const period = '2025';
  let t = performance.now();
  const graph = generateGraph(scale, 42, today);
  const generateMs = performance.now() - t;
  const dir = mkdtempSync(join(tmpdir(), 'kamgraph-commercial-bench-'));
  const store = new LadybugStore({ path: join(dir, 'db.lbug'), bufferPoolSize: 512 * 2 ** 20 });
  await store.init();
  try {
    // the bulk load; the sales' part is the time from the end of the part before them to the end of OF
    const done: Record<string, number> = {};
    t = performance.now();
    await store.bulkLoad(graph, (part, n, total) => { if (n === total) done[part] = performance.now(); });
    const bulkMs = performance.now() - t;
    const salesMs = done.of - done.products;

    // the read model's scans of the commercial part alone (the build reads every projection)
    const scans: Record<string, number> = {};
    for (const q of ['projection.products', 'projection.sales', 'projection.potentials']) {
      let n = 0;
      const t0 = performance.now();
      await store.scan(q, (rows) => { n += rows.length; });
      scans[q] = Math.round(performance.now() - t0);
      scans[`${q} rows`] = n;
    }
    const services = createServices(store, { defaults: DEFAULT_ANALYTICS, workers: 0 });
    t = performance.now();
    await services.readModel.ready();
    const buildMs = performance.now() - t;
    const footprint = services.readModel.footprint();
    const c = commercialServicesFor(services).commercial;
    const sale = commercialServicesFor(services).sale;
    const host = services.readModel;
    const g = await host.ready();
    const accounts: string[] = [];
    g.forEachCompany((x) => { if (g.companyKind(x) === 'CUSTOMER' && g.parentOf(x) < 0) accounts.push(g.companyId(x)); });
    const products = graph.products!.map((p) => p.id).filter((_, i) => i % 7 === 3);
    const someSale = graph.sales!.find((s) => s.period.startsWith(period))!;
    let bump = 0;
    // one sale rewritten, then a short pause: the engine's own work after a commit (WAL, checkpoint) is not the analytic's
    const writeOne = async () => {
      await sale.record([{ ...someSale, revenue: someSale.revenue + ++bump }]);
      await new Promise((r) => setTimeout(r, 50));
    };
    const ops: Record<string, (i: number) => Promise<unknown>> = {
      portfolio: () => c.portfolio({ period }),
      'topAccounts(20)': async () => {
        const top = await c.topAccounts({ period });
        // the report's coverage columns, as the API resolves them for the first page
        await c.coverageOf(top.rows.slice(0, 20).map((r) => r.company.id));
      },
      'priceConsistency(product)': (i) => c.priceConsistency({ period, productId: products[i % products.length] }),
      accountMatrix: () => c.accountMatrix({ period }),
      kamLoad: () => c.kamLoad({ period }),
      'company.commercial': (i) => c.companyCommercial(accounts[i % accounts.length], { period }),
    };
    const results: Record<string, { cold: unknown; afterOneSale: unknown; warm: unknown }> = {};
    for (const [name, op] of Object.entries(ops)) {
      const cold = await timeRuns(runs, () => host.dropDerived(), op);
      const afterOneSale = await timeRuns(runs, writeOne, op);
      const warm = await timeRuns(runs, () => undefined, op);
      results[name] = { cold: rounded(cold), afterOneSale: rounded(afterOneSale), warm: rounded(warm) };
      console.log(name, JSON.stringify(results[name]));
    }

    // one HTTP measure: the report through the API (coverage columns selected), memoised after the first
    const server = await startServer(store, { port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0, production: true });
    const query = `{ topAccounts(first: 20, period: "${period}") { totalCount edges { node { rank account { id name } revenue growth marginPct breadth priceMix shareOfWallet decisionMakerCoverage singleThreaded } } } }`;
    const ask = async () => {
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    await ask();
    const http = rounded(await timeRuns(runs, () => undefined, ask));
    await server.stop();

    const report = {
      scale, machine: { cpus: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 100) / 100) },
      rows: { sales: graph.sales!.length, products: graph.products!.length, accounts: accounts.length, people: graph.people.length, knows: graph.knows.length },
      generateMs: Math.round(generateMs), bulkLoadMs: Math.round(bulkMs), salesPartOfBulkLoadMs: Math.round(salesMs),
      readModelBuildMs: Math.round(buildMs), commercialScansMs: scans, readModelMiB: MiB(footprint.bytes), salesMiB: MiB(footprint.salesBytes),
      operations: results, http: { 'topAccounts(20) over HTTP, warm': http },
    };
    console.log(JSON.stringify(report, null, 2));
    return report;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchCommercial(argOf('scale', 'M') as ScaleName, Number(argOf('runs', '15')));
}
