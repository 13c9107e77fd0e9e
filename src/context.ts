import type { Config } from './config.js';
import { CompanyService } from './modules/company/company.service.js';
import { createCompanyLoaders } from './modules/company/company.loader.js';
import { PersonService } from './modules/person/person.service.js';
import { createPersonLoaders } from './modules/person/person.loader.js';
import { RelationshipService } from './modules/relationship/relationship.service.js';
import { CoverageService, mergeRisks, type RiskReport } from './modules/coverage/coverage.service.js';
import { InfluenceService } from './modules/influence/influence.service.js';
import { createCoverageLoaders } from './modules/coverage/coverage.loader.js';
import { ReadModelHost } from './readmodel/host.js';
import { GraphWriter } from './readmodel/writer.js';
import type { GraphStore } from './store/index.js';
import { AnalyticsPool, workerFile } from './analytics/pool.js';
import { logger } from './logger.js';

/** Long-lived services, one set per process: reads answer from the read model, writes go through the writer. */
export function createServices(store: GraphStore, config: Pick<Config, 'defaults'> & { projectionRefreshSeconds?: number; workers?: number }) {
  const readModel = new ReadModelHost(store, { refreshSeconds: config.projectionRefreshSeconds ?? 0 });
  const writer = new GraphWriter(store, readModel);
  const company = new CompanyService(readModel, writer);
  const person = new PersonService(readModel, writer);
  const relationship = new RelationshipService(writer);
  const localInfluence = new InfluenceService(readModel, config.defaults);
  const localCoverage = new CoverageService(readModel, config.defaults, (g, contactId, without, limit) => localInfluence.successors(g, contactId, without, limit));
  const file = (config.workers ?? 0) > 0 ? workerFile() : null;
  if ((config.workers ?? 0) > 0 && !file) logger.warn('KAMGRAPH_WORKERS is set but the compiled worker is missing (npm run build); analytics run on the main thread');
  const pool = file ? new AnalyticsPool(readModel, config.defaults, config.workers!, file) : null;
  const influence = pool ? offloadInfluence(localInfluence, pool) : localInfluence;
  const coverage = pool ? offloadCoverage(localCoverage, pool) : localCoverage;
  return { company, person, relationship, coverage, influence, readModel, writer, pool, config, close: async () => pool?.close() };
}
export type Services = ReturnType<typeof createServices>;

/** The same service, with its heavy analytics sent to the worker pool (same signatures, same answers). */
function offloadCoverage(local: CoverageService, pool: AnalyticsPool): CoverageService {
  const s: CoverageService = Object.create(local);
  s.singleContactRisks = async (accountId, args) => {
    // one account is a memoised lookup; the whole portfolio is the heavy case: split it over the threads
    if (accountId !== null) return local.singleContactRisks(accountId, args);
    local.thresholds(args);
    const ids = await local.portfolioIds(args);
    const size = Math.ceil(ids.length / pool.size) || 1;
    const parts = [];
    for (let i = 0; i < ids.length; i += size) parts.push(pool.run('coverage.risksOf', [ids.slice(i, i + size), args]) as Promise<RiskReport>);
    return parts.length ? mergeRisks(await Promise.all(parts)) : local.risksOf([], args);
  };
  s.departureImpact = (personId, args) => pool.run('coverage.departureImpact', [personId, args]) as never;
  return s;
}

function offloadInfluence(local: InfluenceService, pool: AnalyticsPool): InfluenceService {
  const s: InfluenceService = Object.create(local);
  s.influencePaths = (fromId, toId, args) => pool.run('influence.influencePaths', [fromId, toId, args]) as never;
  s.bestIntroductions = (targetId, args) => pool.run('influence.bestIntroductions', [targetId, args]) as never;
  s.influenceRanking = (accountId) => pool.run('influence.influenceRanking', [accountId]) as never;
  s.hiddenInfluencers = (accountId, args) => pool.run('influence.hiddenInfluencers', [accountId, args]) as never;
  return s;
}

/** Per-request loaders: a cache lives exactly as long as one GraphQL request. */
export function createLoaders(services: Services) {
  return {
    company: createCompanyLoaders(services.readModel),
    person: createPersonLoaders(services.readModel),
    coverage: createCoverageLoaders(services.coverage),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  services: Services;
  loaders: Loaders;
}
