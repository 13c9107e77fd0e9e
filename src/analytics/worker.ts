import { workerData } from 'node:worker_threads';
import type { AnalyticsDefaults } from '../config.js';
import { DomainError } from '../errors.js';
import { CoverageService } from '../modules/coverage/coverage.service.js';
import { InfluenceService } from '../modules/influence/influence.service.js';
import { ChangeLogReader } from '../readmodel/change-log.js';
import { ReadModel, type ReadModelState } from '../readmodel/read-model.js';
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
const source = { ready: async () => model };
const influence = new InfluenceService(source, data.defaults);
const coverage = new CoverageService(source, data.defaults, (g, contactId, without, limit) => influence.successors(g, contactId, without, limit));

const METHODS: Record<OffloadedMethod, (...args: never[]) => Promise<unknown>> = {
  'coverage.risksOf': coverage.risksOf.bind(coverage),
  'coverage.departureImpact': coverage.departureImpact.bind(coverage),
  'influence.influencePaths': influence.influencePaths.bind(influence),
  'influence.bestIntroductions': influence.bestIntroductions.bind(influence),
  'influence.influenceRanking': influence.influenceRanking.bind(influence),
  'influence.hiddenInfluencers': influence.hiddenInfluencers.bind(influence),
};

export default async function run(task: PoolTask): Promise<PoolResult> {
  reader.readUpTo(task.upto, (c) => model.apply(c));
  try {
    return { ok: await METHODS[task.method](...(task.args as never[])) };
  } catch (e) {
    // domain errors cross the thread boundary as data and are rethrown as such on the main thread
    if (e instanceof DomainError) return { error: { code: e.code, message: e.message, field: e.field } };
    throw e;
  }
}
