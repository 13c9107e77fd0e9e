import { byId, modelLoader } from '../../common/loader.js';
function at(g, id, none, fn) {
    const c = g.companyIndex(id);
    return c < 0 ? none : fn(c);
}
/** Per-request DataLoaders of the company aggregate, answering from the read model. */
export function createCompanyLoaders(host) {
    return {
        byId: modelLoader(host, (g, id) => g.findCompany(id)),
        parent: modelLoader(host, (g, id) => at(g, id, null, (c) => {
            const p = g.parentOf(c);
            return p < 0 ? null : g.company(p);
        })),
        units: modelLoader(host, (g, id) => at(g, id, [], (c) => {
            const out = [];
            g.forEachUnit(c, (u) => out.push(g.company(u)));
            return byId(out, (x) => x.id);
        })),
        people: modelLoader(host, (g, id) => at(g, id, [], (c) => {
            const out = [];
            g.forEachStaff(c, (p) => out.push(g.person(p)));
            return byId(out, (x) => x.id);
        })),
        team: modelLoader(host, (g, id) => at(g, id, [], (c) => {
            const out = [];
            g.forEachTeamMember(c, (p, role) => out.push({ person: g.person(p), role }));
            return byId(out, (t) => t.person.id);
        })),
    };
}
//# sourceMappingURL=company.loader.js.map