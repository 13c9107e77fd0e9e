/**
 * The basic terms of docs/definitions.md (DESIGN §3) that every metric
 * builds on: our people, contacts of an account, the effective
 * relationship, an account's bounded subgraph. One module, used by the
 * services of every feature; it reads the graph only through `ReadGraph`.
 */
import { DECISION_ROLES } from './enums.js';
import { fromDay, NO_DAY, toDay } from '../readmodel/days.js';
/** `asOf - maxAgeDays` as `YYYY-MM-DD`: the oldest lastContactAt that still counts. */
export function cutoffDate(t) {
    const d = new Date(`${t.asOf}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - t.maxAgeDays);
    return d.toISOString().slice(0, 10);
}
/** The cutoff as a day number (`days.ts`). */
export const cutoffDay = (t) => toDay(cutoffDate(t));
/**
 * "Effective relationship": strength ≥ minStrength and lastContactAt no
 * older than maxAgeDays at asOf; a missing lastContactAt is stale.
 */
export function isEffective(strength, lastContact, t, cutoff = cutoffDay(t)) {
    return strength >= t.minStrength && lastContact !== NO_DAY && lastContact >= cutoff;
}
/** "Decision makers": buying role DECISION_MAKER or ECONOMIC_BUYER. */
export const isDecisionMaker = (p) => p.buyingRole !== null && DECISION_ROLES.includes(p.buyingRole);
/** Every unit below `c` (itself first), breadth-first, children in id order, with its parent inside the tree. */
export function unitTree(g, companyId) {
    const root = g.companyIndex(companyId);
    if (root < 0)
        return [];
    const rec = g.company(root);
    const out = [{ id: rec.id, name: rec.name, unitLevel: rec.unitLevel, parentId: null }];
    const idx = [root];
    const seen = new Set([root]);
    for (let i = 0; i < idx.length; i++) {
        const children = [];
        g.forEachUnit(idx[i], (u) => { if (!seen.has(u))
            children.push(u); });
        children.sort((a, b) => (g.companyId(a) < g.companyId(b) ? -1 : 1));
        for (const u of children) {
            seen.add(u);
            idx.push(u);
            const c = g.company(u);
            out.push({ id: c.id, name: c.name, unitLevel: c.unitLevel, parentId: out[i].id });
        }
    }
    return out;
}
/** Index of the top of a company's PART_OF chain. */
export function rootIndex(g, c) {
    const seen = new Set([c]);
    for (let p = g.parentOf(c); p >= 0 && !seen.has(p); p = g.parentOf(c)) {
        seen.add(p);
        c = p;
    }
    return c;
}
/** Id of the top of a company's PART_OF chain. */
export function rootOf(g, companyId) {
    const c = g.companyIndex(companyId);
    return c < 0 ? companyId : g.companyId(rootIndex(g, c));
}
/** "Our people": active persons working at a SUPPLIER company or any unit under it. */
export function ourPeople(g) {
    return g.memo('ourPeople', () => {
        const marked = new Set();
        g.forEachCompany((c) => {
            if (g.companyKind(c) !== 'SUPPLIER')
                return;
            // walk this supplier unit's subtree
            const stack = [c];
            const seen = new Set(stack);
            while (stack.length) {
                const u = stack.pop();
                g.forEachStaff(u, (p) => { if (g.isActive(p))
                    marked.add(p); });
                g.forEachUnit(u, (x) => { if (!seen.has(x)) {
                    seen.add(x);
                    stack.push(x);
                } });
            }
        });
        // records by id, built on first use; null caches "not ours" (hot: every holding of every account asks)
        const byId = new Map();
        const get = (id) => {
            let r = byId.get(id);
            if (r === undefined) {
                const i = g.personIndex(id);
                r = marked.has(i) ? g.person(i) : null;
                byId.set(id, r);
            }
            return r ?? undefined;
        };
        return { hasIndex: (i) => marked.has(i), has: (id) => get(id) !== undefined, get, size: marked.size };
    });
}
/** The portfolio: customer accounts that are not a unit of another, in id order. */
export function accountRoots(g, keyAccountsOnly = null) {
    const out = [];
    g.forEachCompany((c) => {
        if (g.companyKind(c) !== 'CUSTOMER' || g.parentOf(c) >= 0)
            return;
        const rec = g.company(c);
        if (keyAccountsOnly === null || rec.isKeyAccount === keyAccountsOnly)
            out.push(rec);
    });
    return out.sort((a, b) => a.id.localeCompare(b.id));
}
/** An account's unit tree and its active contacts ("Contacts of account A"), memoised per graph version. */
export function accountMembers(g, accountId) {
    return g.memoAccount(accountId, `members:${accountId}`, () => {
        const units = unitTree(g, accountId);
        const contacts = [];
        for (const u of units) {
            g.forEachStaff(g.companyIndex(u.id), (p) => {
                if (!g.isActive(p))
                    return;
                const c = g.person(p); // a fresh object: adding the unit costs no copy
                c.unitId = u.id;
                contacts.push(c);
            });
        }
        contacts.sort((a, b) => a.id.localeCompare(b.id));
        return { units, contacts, ids: new Set(contacts.map((c) => c.id)), indexes: contacts.map((c) => g.personIndex(c.id)) };
    });
}
/** The effective relationships (from active people) into the given contacts. */
export function holdingsInto(g, contacts, t, cutoff = cutoffDay(t), indexes) {
    const holdings = [];
    for (let k = 0; k < contacts.length; k++) {
        const c = contacts[k];
        g.forEachKnowsIn(indexes ? indexes[k] : g.personIndex(c.id), (h, strength, last) => {
            if (isEffective(strength, last, t, cutoff) && g.isActive(h))
                holdings.push({ holderId: g.personId(h), contactId: c.id, strength, lastContactAt: fromDay(last) });
        });
    }
    return holdings;
}
/** The INFLUENCES and REPORTS_TO links among a set of contacts. */
export function edgesAmong(g, contacts, members, indexes) {
    const edges = [];
    for (let k = 0; k < contacts.length; k++) {
        const c = contacts[k];
        const i = indexes ? indexes[k] : g.personIndex(c.id);
        g.forEachInfluenceOut(i, (to, strength) => {
            const toId = g.personId(to);
            if (members.has(toId))
                edges.push({ fromId: c.id, toId, type: 'INFLUENCES', strength });
        });
        const m = g.managerOf(i);
        if (m >= 0 && members.has(g.personId(m)))
            edges.push({ fromId: c.id, toId: g.personId(m), type: 'REPORTS_TO', strength: null });
    }
    return edges;
}
/** The bounded subgraph the risk metrics need for one account, memoised per graph version and thresholds. */
export function accountGraph(g, accountId, t) {
    return g.memoAccount(accountId, `accountGraph:${accountId}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}`, () => {
        const { units, contacts, ids, indexes } = accountMembers(g, accountId);
        return { account: units[0], units, contacts, holdings: holdingsInto(g, contacts, t, cutoffDay(t), indexes), edges: edgesAmong(g, contacts, ids, indexes) };
    });
}
/** The root customer accounts in which a person holds any KNOWS relationship, in id order. */
export function accountsHeldBy(g, personId) {
    const out = new Set();
    g.forEachKnowsOut(g.personIndex(personId), (contact) => {
        const c = g.employerOf(contact);
        if (c < 0)
            return;
        const root = rootIndex(g, c);
        if (g.companyKind(root) === 'CUSTOMER')
            out.add(g.companyId(root));
    });
    return [...out].sort();
}
/** Whether a company is a SUPPLIER company or a unit under one (DESIGN §3 "our people" work there). */
export function underSupplier(g, c) {
    const seen = new Set();
    for (; c >= 0 && !seen.has(c); c = g.parentOf(c)) {
        if (g.companyKind(c) === 'SUPPLIER')
            return true;
        seen.add(c);
    }
    return false;
}
/** Whether the person at this index works for the supplier: at a SUPPLIER company or any unit under one (active or not). */
export function isOurs(g, p) {
    return p >= 0 && underSupplier(g, g.employerOf(p));
}
/** Whether a person works for the supplier: at a SUPPLIER company or any unit under one (active or not). */
export function worksForSupplier(g, personId) {
    return isOurs(g, g.personIndex(personId));
}
//# sourceMappingURL=terms.js.map