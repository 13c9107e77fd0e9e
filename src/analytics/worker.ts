import { workerData } from 'node:worker_threads';
import type { AnalyticsDefaults } from '../config.js';
import { DomainError } from '../errors.js';
import { CoverageService } from '../modules/coverage/coverage.service.js';
import { InfluenceService } from '../modules/influence/influence.service.js';
import { ChangeLogReader } from '../readmodel/change-log.js';
import { ReadModel, type ReadModelState } from '../readmodel/read-model.js';
import { scopedSource, type ReadScope } from '../readmodel/scoped-graph.js';
import type { OffloadedMethod, PoolTask, PoolResult } from './pool.js';

/**
 * A worker thread of the analytics pool (`pool.ts`): a replica of the read
 * model (its link arrays shared with the main thread, its node columns
 * copied), kept current by reading the change log up to the count each task
 * names, and the same analytics services the main thread has.
 */
const data = workerData as { state: ReadModelState; log: { bytes: SharedArrayBuffer; meta: Int32Array }; defaults: AnalyticsDefaults };
const model = ReadModel.fromState(data.state);
const reader = new ChangeLogReader(data.log.bytes, data.log.meta);

/** The analytics services over the replica as one caller may see it (docs/access.md). */
function servicesFor(scope: ReadScope) {
  const source = scopedSource({ ready: async () => model }, scope);
  const influence = new InfluenceService(source, data.defaults);
  const coverage = new CoverageService(source, data.defaults, (g, contactId, without, limit) => influence.successors(g, contactId, without, limit));
  return { influence, coverage };
}
const unscoped = servicesFor(null);

const METHODS: Record<OffloadedMethod, (s: ReturnType<typeof servicesFor>, ...args: unknown[]) => Promise<unknown>> = {
  'coverage.risksOf': (s, ...a) => (s.coverage.risksOf as (...x: unknown[]) => Promise<unknown>).apply(s.coverage, a),
  'coverage.departureImpact': (s, ...a) => (s.coverage.departureImpact as (...x: unknown[]) => Promise<unknown>).apply(s.coverage, a),
  'coverage.summariesOf': (s, ...a) => (s.coverage.summariesOf as (...x: unknown[]) => Promise<unknown>).apply(s.coverage, a),
  'coverage.portfolioPoint': (s, ...a) => (s.coverage.portfolioPoint as (...x: unknown[]) => Promise<unknown>).apply(s.coverage, a),
  'coverage.coverageTrend': (s, ...a) => (s.coverage.coverageTrend as (...x: unknown[]) => Promise<unknown>).apply(s.coverage, a),
  'influence.influencePaths': (s, ...a) => (s.influence.influencePaths as (...x: unknown[]) => Promise<unknown>).apply(s.influence, a),
  'influence.bestIntroductions': (s, ...a) => (s.influence.bestIntroductions as (...x: unknown[]) => Promise<unknown>).apply(s.influence, a),
  'influence.influenceRanking': (s, ...a) => (s.influence.influenceRanking as (...x: unknown[]) => Promise<unknown>).apply(s.influence, a),
  'influence.hiddenInfluencers': (s, ...a) => (s.influence.hiddenInfluencers as (...x: unknown[]) => Promise<unknown>).apply(s.influence, a),
};

export default async function run(task: PoolTask): Promise<PoolResult> {
  reader.readUpTo(task.upto, (c) => model.apply(c));
  try {
    const services = task.scope === null ? unscoped : servicesFor(task.scope);
    return { ok: await METHODS[task.method](services, ...task.args) };
  } catch (e) {
    // domain errors cross the thread boundary as data and are rethrown as such on the main thread
    if (e instanceof DomainError) return { error: { code: e.code, message: e.message, field: e.field } };
    throw e;
  }
}
