/**
 * Account management at a stated size (docs/plans.md "Speed"): generates a
 * graph (scale M: 200 groups, ~150 key accounts with plans, their activities,
 * competitors and partners), bulk-loads it into a fresh file store (the
 * account-management part is written as changes after the bulk parts: timed
 * on its own), builds the read model from the store, then times in-process on
 * the main thread:
 *  - cold: every memoised value dropped before each call (as after a restart, or a write to our people or the unit tree);
 *  - after one write: an activity of one plan changed before each call (only that account recomputes);
 *  - warm: the same call again.
 * Targets (p50): planHealth over every key account ≤ 100 ms; one plan with its computed sections ≤ 30 ms.
 * Plus the same two through the running API (HTTP, production mode).
 *
 *   npm run bench:plans [-- --scale M --runs 15]
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
import { managementServicesFor } from '../src/modules/plan/plan.context.js';
import type { PlanView } from '../src/modules/plan/plan.service.js';
import { startServer } from '../src/server.js';
import { LadybugStore } from '../src/store/ladybug.store.js';
import { argOf, rounded, timeRuns } from './stats.js';

export async function benchPlans(scale: ScaleName, runs: number) {
  const today = new Date();
  let t = performance.now();
  const graph = generateGraph(scale, 42, today);
  const generateMs = performance.now() - t;
  const dir = mkdtempSync(join(tmpdir(), 'kamgraph-plans-bench-'));
  const store = new LadybugStore({ path: join(dir, 'db.lbug'), bufferPoolSize: 512 * 2 ** 20 });
  await store.init();
  try {
    const done: Record<string, number> = {};
    t = performance.now();
    await store.bulkLoad(graph, (part, n, total) => { if (n === total) done[part] = performance.now(); });
    const bulkMs = performance.now() - t;
    // the changes written after the last bulk part: signals and account management
    const changesMs = performance.now() - (done.of ?? done.sales ?? t);
    const scans: Record<string, number> = {};
    for (const q of ['projection.competesAt', 'projection.partnersAt', 'projection.plans', 'projection.activities']) {
      const t0 = performance.now();
      let n = 0;
      await store.scan(q, (rows) => { n += rows.length; });
      scans[q] = Math.round(performance.now() - t0);
      scans[`${q} rows`] = n;
    }
    const services = createServices(store, { defaults: DEFAULT_ANALYTICS, workers: 0 });
    t = performance.now();
    await services.readModel.ready();
    const buildMs = performance.now() - t;
    const host = services.readModel;
    const m = managementServicesFor(services, 'bench');
    const asOf = today.toISOString().slice(0, 10);
    const year = today.getUTCFullYear();
    const plans = [...new Set(graph.plans!.map((p) => p.planId))];
    const activities = graph.activities!;
    let bump = 0;
    // one activity of one plan changed, then a short pause: the engine's own work after a commit is not the read's
    const writeOne = async () => {
      const a = activities[bump++ % activities.length];
      await m.plan.upsertActivity({ id: a.id, title: `${a.title} (${bump})` });
      await new Promise((r) => setTimeout(r, 50));
    };
    /** a plan with every computed section, as `accountPlan { … }` resolves them */
    const wholePlan = async (id: string) => {
      const v = (await m.plan.find(id)) as PlanView;
      await Promise.all([
        m.plan.keyPeople(v), m.plan.companies(v, 'partners'), m.plan.companies(v, 'competitors'), m.plan.salesHistory(v), m.plan.satisfaction(v),
        m.plan.targets(v), m.plan.activitiesOf(v.planId), m.plan.health(v, { asOf }), m.plan.history(v.planId),
      ]);
    };
    const ops: Record<string, (i: number) => Promise<unknown>> = {
      'planHealth (every key account)': () => m.plan.planHealth({ asOf, year }),
      'one plan with its computed sections': (i) => wholePlan(plans[i % plans.length]),
      overdueActivities: () => m.plan.overdue({ asOf }),
      'negotiationLadders (every key account)': () => m.negotiation.ladders({ flaggedOnly: false }),
    };
    const results: Record<string, { cold: unknown; afterOneWrite: unknown; warm: unknown }> = {};
    for (const [name, op] of Object.entries(ops)) {
      const cold = await timeRuns(runs, () => host.dropDerived(), op);
      const afterOneWrite = await timeRuns(runs, writeOne, op);
      const warm = await timeRuns(runs, () => undefined, op);
      results[name] = { cold: rounded(cold), afterOneWrite: rounded(afterOneWrite), warm: rounded(warm) };
      console.log(name, JSON.stringify(results[name]));
    }

    // through the API: the portfolio list's first page and one whole plan
    const server = await startServer(store, { port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0, production: true });
    const ask = async (query: string) => {
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const healthQ = `{ planHealth(first: 20) { totalCount withoutPlan stale edges { node { account { name } hasPlan health { completeness freshnessDays stale keyPeople { total covered singleThreaded uncovered } } } } } }`;
    const planQ = (id: string) => `{ accountPlan(id: "${id}") { version account { name } business { strategy } keyPeople { person { name } inPlace } competitors { competitor { name } positions { area estimatedShare } }
      partners { partner { name } } targets { family revenueAttainment onTrack } salesHistory { year revenue marginPct } satisfaction { index } team { role person { name } }
      activities { title dueAt status owner { name } } health { completeness freshnessDays stale keyPeople { covered singleThreaded } } history { version updatedAt } } }`;
    await ask(healthQ);
    const http = {
      'planHealth(first: 20), warm': rounded(await timeRuns(runs, () => undefined, () => ask(healthQ))),
      'planHealth(first: 20) after one write': rounded(await timeRuns(runs, writeOne, () => ask(healthQ))),
      'accountPlan with every section': rounded(await timeRuns(runs, () => undefined, (i) => ask(planQ(plans[i % plans.length])))),
    };
    await server.stop();

    const report = {
      scale, machine: { cpus: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 100) / 100) },
      rows: {
        people: graph.people.length, keyAccounts: graph.companies.filter((c) => c.isKeyAccount === true && !graph.partOf.some((x) => x.unitId === c.id)).length, sales: graph.sales!.length, plans: plans.length, planVersions: graph.plans!.length,
        activities: activities.length, competesAt: graph.competesAt!.length, partnersAt: graph.partnersAt!.length,
      },
      generateMs: Math.round(generateMs), bulkLoadMs: Math.round(bulkMs), changesAfterBulkMs: Math.round(changesMs), readModelBuildMs: Math.round(buildMs), scansMs: scans,
      operations: results, http,
    };
    console.log(JSON.stringify(report, null, 2));
    return report;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchPlans(argOf('scale', 'M') as ScaleName, Number(argOf('runs', '15')));
}
