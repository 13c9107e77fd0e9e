import { contribution, derivedStrength } from './strength.js';
import { underSupplier } from './terms.js';
import { NO_DAY, toDay } from '../readmodel/days.js';
/** The view of `g` at `asOf` (`YYYY-MM-DD`) with relationships in force. */
export function inForce(g, asOf, params) {
    return new InForceGraph(g, toDay(asOf), params);
}
export class InForceGraph {
    constructor(base, asOf, params) {
        this.base = base;
        this.asOf = asOf;
        this.params = params;
        const w = params.weights;
        // the parameters are part of the keys: two configurations never share a value
        const paramsKey = `${params.halfLifeDays}:${params.saturation}:${w.MEETING},${w.VISIT},${w.CALL},${w.EVENT},${w.EMAIL}`;
        this.prefix = `at:${asOf}:${paramsKey}|`;
        this.cache = base.memo(`${this.prefix}inForce`, () => ({ rels: new Map(), active: new Int8Array(base.personCount), supplier: new Map() }));
        this.timelines = base.memo(`inForce:timelines:${paramsKey}`, () => new Map());
    }
    /** The timelines of v's interaction pairs (v as holder: `dir` 0, only when v is ours; as contact: 1, only when not). */
    timelinesOf(v, dir) {
        const key = v * 2 + dir;
        let out = this.timelines.get(key);
        if (out)
            return out;
        out = [];
        const g = this.base;
        const vOurs = this.ours(v);
        if (vOurs === (dir === 0)) {
            const byOther = new Map(); // other → interaction indexes
            g.forEachInteractionOf(v, (i) => {
                g.forEachParticipant(i, (w) => {
                    if (w === v || this.ours(w) === vOurs)
                        return;
                    const list = byOther.get(w);
                    if (list)
                        list.push(i);
                    else
                        byOther.set(w, [i]);
                });
            });
            const hl = this.params.halfLifeDays;
            for (const [w, list] of byOther) {
                list.sort((x, y) => g.interactionAt(x) - g.interactionAt(y) || x - y);
                const n = list.length;
                const tl = { other: w, at: new Int32Array(n), factor: new Float64Array(n), cum: new Float64Array(n), twoWay: new Int32Array(n) };
                let sum = 0;
                let two = 0;
                for (let j = 0; j < n; j++) {
                    const i = list[j];
                    const kind = g.interactionKind(i);
                    const at = g.interactionAt(i);
                    tl.at[j] = at;
                    tl.factor[j] = contribution(kind, 0, g.participantCount(i), this.params);
                    sum += tl.factor[j] * 2 ** ((at - tl.at[0]) / hl);
                    tl.cum[j] = sum;
                    if (!(kind === 'EMAIL' && g.interaction(i).direction === 'OUTBOUND'))
                        two++;
                    tl.twoWay[j] = two;
                }
                out.push(tl);
            }
        }
        this.timelines.set(key, out);
        return out;
    }
    /** S of a timeline at asOf over its first k interactions (k ≥ 1). */
    sumAt(tl, k) {
        const hl = this.params.halfLifeDays;
        const span = (this.asOf - tl.at[0]) / hl;
        if (span <= 900)
            return tl.cum[k - 1] * 2 ** -span;
        let s = 0; // too many half-lives for the scaled sums: add the contributions themselves
        for (let j = 0; j < k; j++)
            s += tl.factor[j] * 2 ** (-(this.asOf - tl.at[j]) / hl);
        return s;
    }
    existed(since) {
        return since === NO_DAY || since <= this.asOf;
    }
    ours(p) {
        const c = this.base.employerOf(p);
        if (c < 0)
            return false;
        let v = this.cache.supplier.get(c);
        if (v === undefined)
            this.cache.supplier.set(c, (v = underSupplier(this.base, c)));
        return v;
    }
    /**
     * The relationships in force of person `v`: as holder (`dir` 0: typed
     * KNOWS out of v, and interaction pairs when v is ours) or as contact
     * (`dir` 1: typed KNOWS into v, and interaction pairs when v is not ours).
     * Sorted by the other end's index.
     */
    relationships(v, dir) {
        const key = v * 2 + dir;
        let out = this.cache.rels.get(key);
        if (out)
            return out;
        const g = this.base;
        const asOf = this.asOf;
        const byOther = new Map();
        const typed = (w, strength, last, since) => {
            if (!this.existed(since))
                return;
            byOther.set(w, {
                other: w, strength, lastContact: last !== NO_DAY && last <= asOf ? last : NO_DAY, since,
                typedStrength: strength, derivedStrength: null, source: 'TYPED', interactions: 0,
            });
        };
        if (dir === 0)
            g.forEachKnowsOut(v, typed);
        else
            g.forEachKnowsIn(v, typed);
        // interaction pairs: v on its side, the other on the other side, with their interactions on or before asOf
        for (const tl of this.timelinesOf(v, dir)) {
            // k = how many are on or before asOf (binary search over the ascending days)
            let lo = 0;
            let hi = tl.at.length;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (tl.at[mid] <= asOf)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            const k = lo;
            if (k === 0)
                continue;
            const derived = derivedStrength(this.sumAt(tl, k), tl.twoWay[k - 1] === 0, this.params);
            const last = tl.at[k - 1];
            const t = byOther.get(tl.other);
            byOther.set(tl.other, {
                other: tl.other, strength: derived,
                lastContact: t && t.lastContact !== NO_DAY && t.lastContact > last ? t.lastContact : last,
                since: t && t.since !== NO_DAY ? t.since : tl.at[0],
                typedStrength: t ? t.typedStrength : null, derivedStrength: derived, source: 'DERIVED', interactions: k,
            });
        }
        out = [...byOther.values()].sort((a, b) => a.other - b.other);
        this.cache.rels.set(key, out);
        return out;
    }
    // --- what the view changes --------------------------------------------------------------------
    get version() { return this.base.version; }
    /** active on asOf: active today or left after asOf, and employed where they are now by asOf */
    isActive(i) {
        const a = this.cache.active;
        if (i >= a.length)
            return this.activeAt(i);
        if (a[i] === 0)
            a[i] = this.activeAt(i) ? 1 : 2;
        return a[i] === 1;
    }
    activeAt(i) {
        const g = this.base;
        let active = g.isActive(i);
        if (!active) {
            const leftAt = toDay(g.person(i).leftAt);
            active = leftAt !== NO_DAY && leftAt > this.asOf;
        }
        if (!active)
            return false;
        const e = g.employment(i);
        return e === null || this.existed(e.since);
    }
    forEachKnowsOut(i, fn) {
        for (const r of this.relationships(i, 0))
            fn(r.other, r.strength, r.lastContact, r.since);
    }
    forEachKnowsIn(i, fn) {
        for (const r of this.relationships(i, 1))
            fn(r.other, r.strength, r.lastContact, r.since);
    }
    knowsLink(from, to) {
        const r = this.relationships(from, 0).find((x) => x.other === to);
        return r ? { strength: r.strength, lastContact: r.lastContact, since: r.since } : null;
    }
    managerOf(i) {
        const m = this.base.managerOf(i);
        return m >= 0 && this.existed(this.base.managerSince(i)) ? m : -1;
    }
    forEachReport(manager, fn) {
        this.base.forEachReport(manager, (p) => { if (this.existed(this.base.managerSince(p)))
            fn(p); });
    }
    forEachInfluenceOut(i, fn) {
        this.base.forEachInfluenceOut(i, (w, s, d, n) => { if (this.existed(d))
            fn(w, s, d, n); });
    }
    forEachInfluenceIn(i, fn) {
        this.base.forEachInfluenceIn(i, (w, s, d, n) => { if (this.existed(d))
            fn(w, s, d, n); });
    }
    influenceLink(from, to) {
        const l = this.base.influenceLink(from, to);
        return l && this.existed(l.since) ? l : null;
    }
    forEachInteractionOf(person, fn) {
        this.base.forEachInteractionOf(person, (i) => { if (this.base.interactionAt(i) <= this.asOf)
            fn(i); });
    }
    forEachInteractionAbout(c, fn) {
        this.base.forEachInteractionAbout(c, (i) => { if (this.base.interactionAt(i) <= this.asOf)
            fn(i); });
    }
    memo(key, compute) {
        return this.base.memo(this.prefix + key, compute);
    }
    memoAccount(accountId, key, compute) {
        return this.base.memoAccount(accountId, this.prefix + key, compute);
    }
    // --- the rest is today's graph ------------------------------------------------------------------
    get personCount() { return this.base.personCount; }
    get companyCount() { return this.base.companyCount; }
    get interactionCount() { return this.base.interactionCount; }
    personIndex(id) { return this.base.personIndex(id); }
    personId(i) { return this.base.personId(i); }
    person(i) { return this.base.person(i); }
    findPerson(id) { return this.base.findPerson(id); }
    employerOf(i) { return this.base.employerOf(i); }
    employment(i) { return this.base.employment(i); }
    managerSince(i) { return this.base.managerSince(i); }
    forEachTeamOf(person, fn) { this.base.forEachTeamOf(person, fn); }
    teamRole(person, company) { return this.base.teamRole(person, company); }
    listPeople(filter, afterId, limit, visible) {
        return this.base.listPeople(filter, afterId, limit, visible);
    }
    countPeople(filter, visible) { return this.base.countPeople(filter, visible); }
    companyIndex(id) { return this.base.companyIndex(id); }
    companyId(i) { return this.base.companyId(i); }
    company(i) { return this.base.company(i); }
    findCompany(id) { return this.base.findCompany(id); }
    forEachCompany(fn) { this.base.forEachCompany(fn); }
    companyKind(c) { return this.base.companyKind(c); }
    parentOf(c) { return this.base.parentOf(c); }
    forEachUnit(c, fn) { this.base.forEachUnit(c, fn); }
    unitCount(c) { return this.base.unitCount(c); }
    forEachStaff(c, fn) { this.base.forEachStaff(c, fn); }
    staffCount(c) { return this.base.staffCount(c); }
    forEachTeamMember(c, fn) { this.base.forEachTeamMember(c, fn); }
    listCompanies(filter, afterId, limit, visible) {
        return this.base.listCompanies(filter, afterId, limit, visible);
    }
    countCompanies(filter, visible) { return this.base.countCompanies(filter, visible); }
    interactionIndex(id) { return this.base.interactionIndex(id); }
    interactionId(i) { return this.base.interactionId(i); }
    interaction(i) { return this.base.interaction(i); }
    interactionKind(i) { return this.base.interactionKind(i); }
    interactionAt(i) { return this.base.interactionAt(i); }
    interactionAccount(i) { return this.base.interactionAccount(i); }
    forEachParticipant(i, fn) { this.base.forEachParticipant(i, fn); }
    participantCount(i) { return this.base.participantCount(i); }
}
//# sourceMappingURL=in-force.js.map