import { rootIndex, underSupplier } from '../domain/terms.js';
/**
 * The accounts a caller may read (docs/access.md "The rule"): `null` is
 * every account; otherwise the ids of root customer accounts. Plain data,
 * so it crosses to the worker threads with a task.
 */
const NONE = new Int32Array(0);
/**
 * The read model as one caller may see it (DESIGN §7): a person is visible
 * when they work for the supplier (any unit under a SUPPLIER company) or
 * for a unit of an account in scope; a company when its root is a supplier
 * or an account in scope. Everything else is absent, not half-shown:
 * lookups answer -1 / null, link walks skip it, lists and counts leave it
 * out. An interaction is visible when the account it is about is; its
 * participants out of scope are left out of it. Every service, loader and analytic reads through this view, so the
 * rule is applied in this one place — including influence paths, which
 * therefore never pass through a person the caller cannot see.
 */
export class ScopedGraph {
    constructor(base, accounts) {
        this.base = base;
        this.roots = new Set();
        /** company index → visible (memo for this request; companies are few) */
        this.companyVisible = new Map();
        this.visiblePerson = (i) => {
            if (i < 0)
                return false;
            const e = this.base.employerOf(i);
            return e >= 0 && this.visibleCompany(e);
        };
        this.visibleCompany = (c) => {
            if (c < 0)
                return false;
            let v = this.companyVisible.get(c);
            if (v === undefined) {
                // "ours" as terms.ts defines it (any unit at or under a SUPPLIER company), so the rule and the metrics agree
                v = underSupplier(this.base, c) || this.roots.has(rootIndex(this.base, c));
                this.companyVisible.set(c, v);
            }
            return v;
        };
        for (const id of accounts) {
            const c = base.companyIndex(id);
            // a claim names a root account; a unit id or an unknown id grants nothing
            if (c >= 0 && base.parentOf(c) < 0)
                this.roots.add(c);
        }
        // the key names the resolved roots, not the claim's strings ("A,B" and ["A", "B"] must not collide)
        this.key = `scope:${[...this.roots].sort((a, b) => a - b).join(',')}|`;
    }
    get version() { return this.base.version; }
    get personCount() { return this.base.personCount; }
    get companyCount() { return this.base.companyCount; }
    personIndex(id) {
        const i = this.base.personIndex(id);
        return this.visiblePerson(i) ? i : -1;
    }
    personId(i) { return this.base.personId(i); }
    person(i) { return this.base.person(i); }
    findPerson(id) {
        const i = this.personIndex(id);
        return i < 0 ? null : this.base.person(i);
    }
    isActive(i) { return this.base.isActive(i); }
    employerOf(i) { return this.base.employerOf(i); }
    employment(i) { return this.base.employment(i); }
    managerOf(i) {
        const m = this.base.managerOf(i);
        return this.visiblePerson(m) ? m : -1;
    }
    managerSince(i) { return this.base.managerSince(i); }
    forEachReport(manager, fn) {
        this.base.forEachReport(manager, (p) => { if (this.visiblePerson(p))
            fn(p); });
    }
    forEachKnowsOut(i, fn) {
        this.base.forEachKnowsOut(i, (w, s, l, d) => { if (this.visiblePerson(w))
            fn(w, s, l, d); });
    }
    forEachKnowsIn(i, fn) {
        this.base.forEachKnowsIn(i, (w, s, l, d) => { if (this.visiblePerson(w))
            fn(w, s, l, d); });
    }
    knowsLink(from, to) {
        return this.visiblePerson(from) && this.visiblePerson(to) ? this.base.knowsLink(from, to) : null;
    }
    forEachInfluenceOut(i, fn) {
        this.base.forEachInfluenceOut(i, (w, s, d, n) => { if (this.visiblePerson(w))
            fn(w, s, d, n); });
    }
    forEachInfluenceIn(i, fn) {
        this.base.forEachInfluenceIn(i, (w, s, d, n) => { if (this.visiblePerson(w))
            fn(w, s, d, n); });
    }
    influenceLink(from, to) {
        return this.visiblePerson(from) && this.visiblePerson(to) ? this.base.influenceLink(from, to) : null;
    }
    forEachTeamOf(person, fn) {
        this.base.forEachTeamOf(person, (c, r) => { if (this.visibleCompany(c))
            fn(c, r); });
    }
    teamRole(person, company) {
        return this.visibleCompany(company) ? this.base.teamRole(person, company) : undefined;
    }
    listPeople(filter, afterId, limit) {
        return this.base.listPeople(filter, afterId, limit, this.visiblePerson);
    }
    countPeople(filter) {
        return this.base.countPeople(filter, this.visiblePerson);
    }
    companyIndex(id) {
        const c = this.base.companyIndex(id);
        return this.visibleCompany(c) ? c : -1;
    }
    companyId(i) { return this.base.companyId(i); }
    company(i) { return this.base.company(i); }
    findCompany(id) {
        const c = this.companyIndex(id);
        return c < 0 ? null : this.base.company(c);
    }
    forEachCompany(fn) {
        this.base.forEachCompany((c) => { if (this.visibleCompany(c))
            fn(c); });
    }
    companyKind(c) { return this.base.companyKind(c); }
    /** a visible unit's parent is visible too (same root) */
    parentOf(c) { return this.base.parentOf(c); }
    forEachUnit(c, fn) { this.base.forEachUnit(c, fn); }
    unitCount(c) { return this.base.unitCount(c); }
    forEachStaff(c, fn) { this.base.forEachStaff(c, fn); }
    staffCount(c) { return this.base.staffCount(c); }
    forEachTeamMember(c, fn) {
        this.base.forEachTeamMember(c, (p, r) => { if (this.visiblePerson(p))
            fn(p, r); });
    }
    listCompanies(filter, afterId, limit) {
        return this.base.listCompanies(filter, afterId, limit, this.visibleCompany);
    }
    countCompanies(filter) {
        return this.base.countCompanies(filter, this.visibleCompany);
    }
    get interactionCount() { return this.base.interactionCount; }
    interactionIndex(id) {
        const i = this.base.interactionIndex(id);
        return i >= 0 && this.visibleCompany(this.base.interactionAccount(i)) ? i : -1;
    }
    interactionId(i) { return this.base.interactionId(i); }
    interaction(i) { return this.base.interaction(i); }
    interactionKind(i) { return this.base.interactionKind(i); }
    interactionAt(i) { return this.base.interactionAt(i); }
    interactionAccount(i) { return this.base.interactionAccount(i); }
    forEachParticipant(i, fn) {
        this.base.forEachParticipant(i, (p) => { if (this.visiblePerson(p))
            fn(p); });
    }
    /** the count of everyone who took part: a contribution to a visible pair must not depend on who asks */
    participantCount(i) { return this.base.participantCount(i); }
    interactionDirection(i) { return this.base.interactionDirection(i); }
    forEachInteractionOf(person, fn) {
        this.base.forEachInteractionOf(person, (i) => { if (this.visibleCompany(this.base.interactionAccount(i)))
            fn(i); });
    }
    forEachInteractionAbout(c, fn) {
        if (this.visibleCompany(c))
            this.base.forEachInteractionAbout(c, fn);
    }
    // the catalogue is visible to every identity; a sale is visible when its account is (docs/commercial.md "Access")
    get sales() { return this.base; }
    get productCount() { return this.sales.productCount; }
    productIndex(id) { return this.sales.productIndex(id); }
    productId(i) { return this.sales.productId(i); }
    product(i) { return this.sales.product(i); }
    findProduct(id) { return this.sales.findProduct(id); }
    forEachProduct(fn) { this.sales.forEachProduct(fn); }
    listProducts(afterId, limit, match) { return this.sales.listProducts(afterId, limit, match); }
    productFamily(i) { return this.sales.productFamily(i); }
    productLaunchMonth(i) { return this.sales.productLaunchMonth(i); }
    productListPrice(i) { return this.sales.productListPrice(i); }
    families() { return this.sales.families(); }
    get saleCount() { return this.sales.saleCount; }
    forEachSaleOf(c, fn) {
        if (this.visibleCompany(c))
            this.sales.forEachSaleOf(c, fn);
    }
    saleCountOf(c) {
        return this.visibleCompany(c) ? this.sales.saleCountOf(c) : 0;
    }
    salesOf(c) {
        return this.visibleCompany(c) ? this.sales.salesOf(c) : NONE;
    }
    get saleColumns() { return this.sales.saleColumns; }
    forEachSaleOfProduct(product, fn) {
        this.sales.forEachSaleOfProduct(product, (x, a, r, st, len, rev, vol, list, m) => { if (this.visibleCompany(a))
            fn(x, a, r, st, len, rev, vol, list, m); });
    }
    saleIndex(accountId, productId, period) {
        return this.companyIndex(accountId) < 0 ? -1 : this.sales.saleIndex(accountId, productId, period);
    }
    sale(i) { return this.sales.sale(i); }
    potential(c) { return this.sales.potential(c); }
    memo(key, compute) {
        return this.base.memo(this.key + key, compute);
    }
    /**
     * An account in scope is memoised per scope (the key names the scope's
     * roots), still invalidated by the writes that touch the account: a value
     * computed for one caller is never served to another whose view differs. An
     * account out of scope is computed from this view each time (and comes out
     * empty), so a memo can never carry hidden data across callers.
     */
    memoAccount(accountId, key, compute) {
        return this.companyIndex(accountId) >= 0 ? this.base.memoAccount(accountId, this.key + key, compute) : compute();
    }
}
/** The read model seen through a scope (or unchanged when the scope is every account). */
export function scopedSource(source, scope) {
    if (scope === null)
        return source;
    return { ready: async () => new ScopedGraph(await source.ready(), scope.accounts) };
}
//# sourceMappingURL=scoped-graph.js.map