import { contribution, derivedStrength } from './strength.js';
import { underSupplier } from './terms.js';
import { NO_DAY, toDay } from '../readmodel/days.js';
const NO_TIMELINES = {
    others: new Int32Array(0), start: new Int32Array(1), at: new Int32Array(0), factor: new Float64Array(0), cum: new Float64Array(0), twoWay: new Int32Array(0),
};
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
        let t = this.timelines.get(key);
        if (t)
            return t;
        const g = this.base;
        const vOurs = this.ours(v);
        if (vOurs !== (dir === 0)) {
            this.timelines.set(key, NO_TIMELINES);
            return NO_TIMELINES;
        }
        // every (interaction, other side) incidence of v, then one sort by (other, day, interaction)
        const other = [];
        const at = [];
        const ix = [];
        g.forEachInteractionOf(v, (i) => {
            const day = g.interactionAt(i);
            g.forEachParticipant(i, (w) => {
                if (w === v || this.ours(w) === vOurs)
                    return;
                other.push(w);
                at.push(day);
                ix.push(i);
            });
        });
        const n = other.length;
        const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => other[x] - other[y] || at[x] - at[y] || ix[x] - ix[y]);
        let pairs = 0;
        for (let k = 0; k < n; k++)
            if (k === 0 || other[order[k]] !== other[order[k - 1]])
                pairs++;
        t = { others: new Int32Array(pairs), start: new Int32Array(pairs + 1), at: new Int32Array(n), factor: new Float64Array(n), cum: new Float64Array(n), twoWay: new Int32Array(n) };
        const hl = this.params.halfLifeDays;
        let p = -1;
        let first = 0;
        let sum = 0;
        let two = 0;
        for (let k = 0; k < n; k++) {
            const j = order[k];
            if (p < 0 || other[j] !== t.others[p]) {
                t.others[++p] = other[j];
                t.start[p] = k;
                first = at[j];
                sum = 0;
                two = 0;
            }
            const i = ix[j];
            const kind = g.interactionKind(i);
            t.at[k] = at[j];
            t.factor[k] = contribution(kind, 0, g.participantCount(i), this.params);
            sum += t.factor[k] * 2 ** ((at[j] - first) / hl);
            t.cum[k] = sum;
            if (!(kind === 'EMAIL' && g.interactionDirection(i) === 'OUTBOUND'))
                two++;
            t.twoWay[k] = two;
        }
        t.start[pairs] = n;
        this.timelines.set(key, t);
        return t;
    }
    /** S at asOf of the pair whose interactions are [from, from + k) (k ≥ 1). */
    sumAt(t, from, k) {
        const hl = this.params.halfLifeDays;
        const span = (this.asOf - t.at[from]) / hl;
        if (span <= 900)
            return t.cum[from + k - 1] * 2 ** -span;
        let s = 0; // too many half-lives for the scaled sums: add the contributions themselves
        for (let j = from; j < from + k; j++)
            s += t.factor[j] * 2 ** (-(this.asOf - t.at[j]) / hl);
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
        const t = this.timelinesOf(v, dir);
        for (let p = 0; p < t.others.length; p++) {
            const from = t.start[p];
            // k = how many are on or before asOf (binary search over the pair's ascending days)
            let lo = from;
            let hi = t.start[p + 1];
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (t.at[mid] <= asOf)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            const k = lo - from;
            if (k === 0)
                continue;
            const derived = derivedStrength(this.sumAt(t, from, k), t.twoWay[lo - 1] === 0, this.params);
            const last = t.at[lo - 1];
            const w = t.others[p];
            const typedRel = byOther.get(w);
            byOther.set(w, {
                other: w, strength: derived,
                lastContact: typedRel && typedRel.lastContact !== NO_DAY && typedRel.lastContact > last ? typedRel.lastContact : last,
                since: typedRel && typedRel.since !== NO_DAY ? typedRel.since : t.at[from],
                typedStrength: typedRel ? typedRel.typedStrength : null, derivedStrength: derived, source: 'DERIVED', interactions: k,
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
    interactionDirection(i) { return this.base.interactionDirection(i); }
}
//# sourceMappingURL=in-force.js.map