import { byId, modelLoader } from '../../common/loader.js';
import type {
  EmploymentRecord, InfluenceRecord, KnowsRecord, PersonRecord, ReportingRecord, TeamMembershipRecord,
} from '../../domain/records.js';
import { fromDay } from '../../readmodel/days.js';
import type { ReadGraph } from '../../readmodel/read-graph.js';
import type { ReadModelSource } from '../../readmodel/read-graph.js';

const byPerson = (x: { person: PersonRecord }) => x.person.id;

/** Runs `fn` with the person's index, or returns `none` for an unknown id. */
function at<T>(g: ReadGraph, id: string, none: T, fn: (i: number) => T): T {
  const i = g.personIndex(id);
  return i < 0 ? none : fn(i);
}

/** Per-request DataLoaders of the person aggregate, answering from the read model. */
export function createPersonLoaders(host: ReadModelSource) {
  return {
    byId: modelLoader(host, (g, id) => g.findPerson(id)),
    employer: modelLoader(host, (g, id) => at<EmploymentRecord | null>(g, id, null, (i) => {
      const e = g.employment(i);
      return e && { company: g.company(e.company), title: e.title, since: fromDay(e.since) };
    })),
    manager: modelLoader(host, (g, id) => at<ReportingRecord | null>(g, id, null, (i) => {
      const m = g.managerOf(i);
      return m < 0 ? null : { person: g.person(m), since: fromDay(g.managerSince(i)) };
    })),
    directReports: modelLoader(host, (g, id) => at<ReportingRecord[]>(g, id, [], (i) => {
      const out: ReportingRecord[] = [];
      g.forEachReport(i, (s) => out.push({ person: g.person(s), since: fromDay(g.managerSince(s)) }));
      return byId(out, byPerson);
    })),
    influences: modelLoader(host, (g, id) => at<InfluenceRecord[]>(g, id, [], (i) => {
      const out: InfluenceRecord[] = [];
      g.forEachInfluenceOut(i, (w, strength, since, note) => out.push({ person: g.person(w), strength, note, since: fromDay(since) }));
      return byId(out, byPerson);
    })),
    influencedBy: modelLoader(host, (g, id) => at<InfluenceRecord[]>(g, id, [], (i) => {
      const out: InfluenceRecord[] = [];
      g.forEachInfluenceIn(i, (w, strength, since, note) => out.push({ person: g.person(w), strength, note, since: fromDay(since) }));
      return byId(out, byPerson);
    })),
    knows: modelLoader(host, (g, id) => at<KnowsRecord[]>(g, id, [], (i) => {
      const out: KnowsRecord[] = [];
      g.forEachKnowsOut(i, (w, strength, last, since) => out.push({ person: g.person(w), strength, lastContactAt: fromDay(last), since: fromDay(since) }));
      return byId(out, byPerson);
    })),
    knownBy: modelLoader(host, (g, id) => at<KnowsRecord[]>(g, id, [], (i) => {
      const out: KnowsRecord[] = [];
      g.forEachKnowsIn(i, (w, strength, last, since) => out.push({ person: g.person(w), strength, lastContactAt: fromDay(last), since: fromDay(since) }));
      return byId(out, byPerson);
    })),
    teams: modelLoader(host, (g, id) => at<TeamMembershipRecord[]>(g, id, [], (i) => {
      const out: TeamMembershipRecord[] = [];
      g.forEachTeamOf(i, (c, role) => out.push({ company: g.company(c), role }));
      return byId(out, (t) => t.company.id);
    })),
  };
}
export type PersonLoaders = ReturnType<typeof createPersonLoaders>;
