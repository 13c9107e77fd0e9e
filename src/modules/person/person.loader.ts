import { listLoader, singleLoader } from '../../common/loader.js';
import type {
  EmploymentRecord, InfluenceRecord, KnowsRecord, PersonRecord, ReportingRecord, TeamMembershipRecord,
} from '../../domain/records.js';
import type { GraphStore, Row } from '../../store/index.js';

const influence = (r: Row): InfluenceRecord => ({ person: r.person, strength: r.strength, note: r.note, since: r.since });
const knows = (r: Row): KnowsRecord => ({ person: r.person, strength: r.strength, lastContactAt: r.lastContactAt, since: r.since });
const byPerson = (x: { person: PersonRecord }) => x.person.id;

/** Per-request DataLoaders of the person aggregate (one batched query per level of a GraphQL query). */
export function createPersonLoaders(store: GraphStore) {
  return {
    byId: singleLoader(store, 'person.byIds', (r) => r.person as PersonRecord),
    employer: singleLoader(store, 'person.employer', (r): EmploymentRecord => ({ company: r.company, title: r.title, since: r.since })),
    manager: singleLoader(store, 'person.manager', (r): ReportingRecord => ({ person: r.person, since: r.since })),
    directReports: listLoader(store, 'person.directReports', (r): ReportingRecord => ({ person: r.person, since: r.since }), byPerson),
    influences: listLoader(store, 'person.influences', influence, byPerson),
    influencedBy: listLoader(store, 'person.influencedBy', influence, byPerson),
    knows: listLoader(store, 'person.knows', knows, byPerson),
    knownBy: listLoader(store, 'person.knownBy', knows, byPerson),
    teams: listLoader(store, 'person.teams', (r): TeamMembershipRecord => ({ company: r.company, role: r.role }), (t) => t.company.id),
  };
}
export type PersonLoaders = ReturnType<typeof createPersonLoaders>;
