import { byId, modelLoader } from '../../common/loader.js';
import { fromDay } from '../../readmodel/days.js';
import { inForce } from '../../domain/in-force.js';
const relationshipRecord = (g, r) => ({
    person: g.person(r.other), strength: r.strength, lastContactAt: fromDay(r.lastContact), since: fromDay(r.since),
    typedStrength: r.typedStrength, derivedStrength: r.derivedStrength, strengthSource: r.source, interactionCount: r.interactions,
});
const today = () => new Date().toISOString().slice(0, 10);
const byPerson = (x) => x.person.id;
/** Runs `fn` with the person's index, or returns `none` for an unknown id. */
function at(g, id, none, fn) {
    const i = g.personIndex(id);
    return i < 0 ? none : fn(i);
}
/** Per-request DataLoaders of the person aggregate, answering from the read model. */
export function createPersonLoaders(host, strength) {
    return {
        byId: modelLoader(host, (g, id) => g.findPerson(id)),
        employer: modelLoader(host, (g, id) => at(g, id, null, (i) => {
            const e = g.employment(i);
            return e && { company: g.company(e.company), title: e.title, since: fromDay(e.since) };
        })),
        manager: modelLoader(host, (g, id) => at(g, id, null, (i) => {
            const m = g.managerOf(i);
            return m < 0 ? null : { person: g.person(m), since: fromDay(g.managerSince(i)) };
        })),
        directReports: modelLoader(host, (g, id) => at(g, id, [], (i) => {
            const out = [];
            g.forEachReport(i, (s) => out.push({ person: g.person(s), since: fromDay(g.managerSince(s)) }));
            return byId(out, byPerson);
        })),
        influences: modelLoader(host, (g, id) => at(g, id, [], (i) => {
            const out = [];
            g.forEachInfluenceOut(i, (w, strength, since, note) => out.push({ person: g.person(w), strength, note, since: fromDay(since) }));
            return byId(out, byPerson);
        })),
        influencedBy: modelLoader(host, (g, id) => at(g, id, [], (i) => {
            const out = [];
            g.forEachInfluenceIn(i, (w, strength, since, note) => out.push({ person: g.person(w), strength, note, since: fromDay(since) }));
            return byId(out, byPerson);
        })),
        // relationships in force today: typed KNOWS and pairs that met, with derived strengths (DESIGN §4)
        knows: modelLoader(host, (g, id) => at(g, id, [], (i) => {
            const f = inForce(g, today(), strength);
            return byId(f.relationships(i, 0).map((r) => relationshipRecord(g, r)), byPerson);
        })),
        knownBy: modelLoader(host, (g, id) => at(g, id, [], (i) => {
            const f = inForce(g, today(), strength);
            return byId(f.relationships(i, 1).map((r) => relationshipRecord(g, r)), byPerson);
        })),
        teams: modelLoader(host, (g, id) => at(g, id, [], (i) => {
            const out = [];
            g.forEachTeamOf(i, (c, role) => out.push({ company: g.company(c), role }));
            return byId(out, (t) => t.company.id);
        })),
    };
}
//# sourceMappingURL=person.loader.js.map