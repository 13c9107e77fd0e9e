import type { Config } from './config.js';
import { CompanyService } from './modules/company/company.service.js';
import { createCompanyLoaders } from './modules/company/company.loader.js';
import { PersonService } from './modules/person/person.service.js';
import { createPersonLoaders } from './modules/person/person.loader.js';
import { RelationshipService } from './modules/relationship/relationship.service.js';
import { CoverageService } from './modules/coverage/coverage.service.js';
import { InfluenceService } from './modules/influence/influence.service.js';
import { createCoverageLoaders } from './modules/coverage/coverage.loader.js';
import { GraphProjection } from './projection/graph-projection.js';
import type { GraphStore } from './store/index.js';

/** Long-lived services, one set per process. */
export function createServices(store: GraphStore, config: Pick<Config, 'defaults'> & { projectionRefreshSeconds?: number }) {
  const projection = new GraphProjection(store, { refreshSeconds: config.projectionRefreshSeconds ?? 0 });
  const company = new CompanyService(store);
  const person = new PersonService(store);
  const relationship = new RelationshipService(store, person, company);
  const influence = new InfluenceService(projection, config.defaults);
  const coverage = new CoverageService(projection, config.defaults, (g, contactId, without, limit) => influence.successors(g, contactId, without, limit));
  return { company, person, relationship, coverage, influence, projection, config };
}
export type Services = ReturnType<typeof createServices>;

/** Per-request loaders: a cache lives exactly as long as one GraphQL request. */
export function createLoaders(store: GraphStore, services: Services) {
  return { company: createCompanyLoaders(store), person: createPersonLoaders(store), coverage: createCoverageLoaders(services.coverage) };
}
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  services: Services;
  loaders: Loaders;
}
