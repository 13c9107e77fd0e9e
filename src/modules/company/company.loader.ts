import { listLoader, singleLoader } from '../../common/loader.js';
import type { CompanyRecord, PersonRecord, TeamMemberRecord } from '../../domain/records.js';
import type { GraphStore } from '../../store/index.js';

/** Per-request DataLoaders of the company aggregate (one batched query per level of a GraphQL query). */
export function createCompanyLoaders(store: GraphStore) {
  return {
    byId: singleLoader(store, 'company.byIds', (r) => r.company as CompanyRecord),
    parent: singleLoader(store, 'company.parent', (r) => r.company as CompanyRecord),
    units: listLoader(store, 'company.units', (r) => r.company as CompanyRecord, (c) => c.id),
    people: listLoader(store, 'company.people', (r) => r.person as PersonRecord, (p) => p.id),
    team: listLoader(store, 'company.team', (r) => ({ person: r.person, role: r.role }) as TeamMemberRecord, (t) => t.person.id),
  };
}
export type CompanyLoaders = ReturnType<typeof createCompanyLoaders>;
