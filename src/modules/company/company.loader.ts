import { byId, modelLoader } from '../../common/loader.js';
import type { CompanyRecord, PersonRecord, TeamMemberRecord } from '../../domain/records.js';
import type { ReadGraph } from '../../readmodel/read-graph.js';
import type { ReadModelSource } from '../../readmodel/read-graph.js';

function at<T>(g: ReadGraph, id: string, none: T, fn: (c: number) => T): T {
  const c = g.companyIndex(id);
  return c < 0 ? none : fn(c);
}

/** Per-request DataLoaders of the company aggregate, answering from the read model. */
export function createCompanyLoaders(host: ReadModelSource) {
  return {
    byId: modelLoader(host, (g, id) => g.findCompany(id)),
    parent: modelLoader(host, (g, id) => at<CompanyRecord | null>(g, id, null, (c) => {
      const p = g.parentOf(c);
      return p < 0 ? null : g.company(p);
    })),
    units: modelLoader(host, (g, id) => at<CompanyRecord[]>(g, id, [], (c) => {
      const out: CompanyRecord[] = [];
      g.forEachUnit(c, (u) => out.push(g.company(u)));
      return byId(out, (x) => x.id);
    })),
    people: modelLoader(host, (g, id) => at<PersonRecord[]>(g, id, [], (c) => {
      const out: PersonRecord[] = [];
      g.forEachStaff(c, (p) => out.push(g.person(p)));
      return byId(out, (x) => x.id);
    })),
    team: modelLoader(host, (g, id) => at<TeamMemberRecord[]>(g, id, [], (c) => {
      const out: TeamMemberRecord[] = [];
      g.forEachTeamMember(c, (p, role) => out.push({ person: g.person(p), role }));
      return byId(out, (t) => t.person.id);
    })),
  };
}
export type CompanyLoaders = ReturnType<typeof createCompanyLoaders>;
