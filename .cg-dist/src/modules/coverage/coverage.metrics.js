import { DECISION_LEVELS, FUNCTIONS } from '../../domain/enums.js';
import { influenceScores } from '../influence/influence.metrics.js';
import { cutoffDate, isDecisionMaker } from '../../domain/terms.js';
export { cutoffDate, isDecisionMaker };
/** Whole days from `date` to `asOf`. */
export function ageDays(date, asOf) {
    if (!date)
        return null;
    return Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}
/**
 * DESIGN §3 "Coverage": for each contact, our people with an effective
 * relationship to them, strongest first. `ours` limits holders to our
 * (active) people; `without` removes people, for departure what-ifs.
 */
export function coverageMap(g, ours, without = new Set()) {
    const cov = new Map(g.contacts.map((c) => [c.id, []]));
    for (const h of g.holdings) {
        const person = ours.get(h.holderId);
        const list = cov.get(h.contactId);
        if (!person || !list || without.has(h.holderId))
            continue;
        if (!list.some((x) => x.person.id === h.holderId))
            list.push({ person, strength: h.strength, lastContactAt: h.lastContactAt });
    }
    for (const list of cov.values())
        list.sort((a, b) => b.strength - a.strength || a.person.id.localeCompare(b.person.id));
    return cov;
}
/** Counts a set of contacts as uncovered (0 holders), single- (1) or multi-threaded (≥ 2). */
export function tally(contacts, cov) {
    let single = 0;
    let multi = 0;
    for (const c of contacts) {
        const n = cov.get(c.id)?.length ?? 0;
        if (n === 1)
            single++;
        else if (n >= 2)
            multi++;
    }
    const covered = single + multi;
    return {
        total: contacts.length,
        covered,
        singleThreaded: single,
        multiThreaded: multi,
        uncovered: contacts.length - covered,
        coverageRatio: contacts.length ? covered / contacts.length : null,
    };
}
/** Every unit's own id plus the ids of all units below it. */
export function unitDescendants(units) {
    const children = new Map();
    for (const u of units)
        if (u.parentId)
            children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
    const out = new Map();
    const walk = (id, seen) => {
        if (out.has(id))
            return out.get(id);
        const set = new Set([id]);
        for (const c of children.get(id) ?? [])
            if (!seen.has(c))
                for (const x of walk(c, new Set([...seen, c])))
                    set.add(x);
        out.set(id, set);
        return set;
    };
    for (const u of units)
        walk(u.id, new Set([u.id]));
    return out;
}
/**
 * DESIGN §3 "Single-threaded account": one of our people holds every
 * effective relationship to the account's decision makers. Returns that
 * person, or null (no covered decision maker, or two or more holders).
 */
export function soleHolder(dms, cov) {
    const holders = new Map();
    for (const d of dms)
        for (const h of cov.get(d.id) ?? [])
            holders.set(h.person.id, h.person);
    return holders.size === 1 ? [...holders.values()][0] : null;
}
/**
 * DESIGN §3 "Decision-maker coverage": totals for the account, per
 * decisionLevel (all three, even when empty), per function (those with
 * decision makers, OTHER standing for no function) and per unit (each unit
 * counts its own contacts and those of every unit below it).
 */
export function decisionMakerCoverage(g, cov) {
    const dms = g.contacts.filter(isDecisionMaker).sort((a, b) => a.id.localeCompare(b.id));
    const below = unitDescendants(g.units);
    const depth = new Map();
    const byId = new Map(g.units.map((u) => [u.id, u]));
    const depthOf = (u) => {
        if (depth.has(u.id))
            return depth.get(u.id);
        const parent = u.parentId && u.id !== g.account.id ? byId.get(u.parentId) : undefined;
        const d = parent ? depthOf(parent) + 1 : 0;
        depth.set(u.id, d);
        return d;
    };
    const fnOf = (c) => c.function ?? 'OTHER';
    const sole = soleHolder(dms, cov);
    return {
        account: g.account,
        overall: tally(dms, cov),
        byLevel: DECISION_LEVELS.map((level) => ({ decisionLevel: level, ...tally(dms.filter((d) => d.decisionLevel === level), cov) })),
        byFunction: FUNCTIONS.filter((f) => dms.some((d) => fnOf(d) === f)).map((f) => ({ function: f, ...tally(dms.filter((d) => fnOf(d) === f), cov) })),
        byUnit: [...g.units]
            .sort((a, b) => depthOf(a) - depthOf(b) || a.id.localeCompare(b.id))
            .map((unit) => ({ unit, depth: depthOf(unit), ...tally(dms.filter((d) => below.get(unit.id)?.has(d.unitId)), cov) })),
        decisionMakers: dms.map((contact) => ({ contact, holders: cov.get(contact.id) ?? [] })),
        singleThreaded: sole !== null,
        soleHolder: sole,
    };
}
export const LEVEL_WEIGHT = { CENTRAL: 3, REGIONAL: 2, LOCAL: 1 };
/**
 * DESIGN §3 "Single-contact risk" and "Severity": every decision maker (and,
 * with `includeInfluencers`, every other contact whose INFLUENCES edge to a
 * decision maker of the account has strength ≥ minInfluence) covered by
 * exactly one of our people. severity = levelWeight (CENTRAL 3, REGIONAL 2,
 * LOCAL 1; 1 when unknown) × influence score within the account (PageRank,
 * sums to 1 over its contacts) × account weight (1 until revenue exists).
 */
export function accountRisks(g, cov, opts) {
    // the scores depend on the account's contacts and links only, not on thresholds: callers may pass memoised ones
    const scores = opts.scores ?? influenceScores(g.contacts.map((c) => c.id), g.edges, opts.formalStrength);
    const dms = g.contacts.filter(isDecisionMaker);
    const dmIds = new Set(dms.map((d) => d.id));
    const accountWeight = opts.accountWeight ?? 1;
    const item = (contact, reason, influences) => {
        const holder = cov.get(contact.id)[0];
        const levelWeight = contact.decisionLevel ? LEVEL_WEIGHT[contact.decisionLevel] : 1;
        const influenceScore = scores.get(contact.id) ?? 0;
        return {
            account: g.account, contact, holder, ageDays: ageDays(holder.lastContactAt, opts.asOf), reason, influences,
            levelWeight, influenceScore, accountWeight, severity: levelWeight * influenceScore * accountWeight,
        };
    };
    const items = [];
    for (const d of dms)
        if (cov.get(d.id)?.length === 1)
            items.push(item(d, 'DECISION_MAKER', []));
    if (opts.includeInfluencers) {
        const sways = new Map();
        for (const e of g.edges) {
            if (e.type !== 'INFLUENCES' || !dmIds.has(e.toId) || dmIds.has(e.fromId) || (e.strength ?? 0) < opts.minInfluence)
                continue;
            sways.set(e.fromId, (sways.get(e.fromId) ?? new Set()).add(e.toId));
        }
        for (const c of g.contacts) {
            const swayed = sways.get(c.id);
            if (swayed && cov.get(c.id)?.length === 1)
                items.push(item(c, 'INFLUENCES_DECISION_MAKER', [...swayed].sort()));
        }
    }
    const sole = soleHolder(dms, cov);
    return {
        account: g.account,
        singleThreaded: sole !== null,
        soleHolder: sole,
        uncoveredDecisionMakers: dms.filter((d) => (cov.get(d.id)?.length ?? 0) === 0).sort((a, b) => a.id.localeCompare(b.id)),
        items: sortRisks(items),
    };
}
/** Most severe first; ties by account, then contact id, so pages are stable. */
export function sortRisks(items) {
    return items.sort((a, b) => b.severity - a.severity || a.account.id.localeCompare(b.account.id) || a.contact.id.localeCompare(b.contact.id));
}
/**
 * DESIGN §3 "Cross-functional coverage": effective relationships counted by
 * our holder's function × the contact's function (OTHER for none).
 */
export function crossFunctional(g, cov) {
    const contacts = new Map(g.contacts.map((c) => [c.id, c]));
    const counts = new Map();
    for (const [contactId, holders] of cov) {
        const theirs = contacts.get(contactId)?.function ?? 'OTHER';
        for (const h of holders) {
            const key = `${h.person.function ?? 'OTHER'}|${theirs}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return [...counts.entries()]
        .map(([k, relationships]) => {
        const [ours, theirs] = k.split('|');
        return { ours, theirs, relationships };
    })
        .sort((a, b) => FUNCTIONS.indexOf(a.ours) - FUNCTIONS.indexOf(b.ours) || FUNCTIONS.indexOf(a.theirs) - FUNCTIONS.indexOf(b.theirs));
}
/**
 * DESIGN §4 "Influence-weighted coverage": the share of the account's
 * influence held by covered contacts (those with at least one effective
 * relationship), i.e. the sum of their influence scores, which sum to 1
 * over the account's contacts. Null for an account without contacts.
 */
export function influenceWeightedCoverage(contacts, cov, scores) {
    if (contacts.length === 0)
        return null;
    let share = 0;
    for (const c of contacts)
        if ((cov.get(c.id)?.length ?? 0) > 0)
            share += scores.get(c.id) ?? 0;
    return Math.min(1, share); // the scores' own rounding can carry a full sum a hair past 1
}
/**
 * DESIGN §4 "Bus factor": the fewest of our people whose joint departure
 * leaves at least half of the decision makers uncovered, with one such set
 * (empty when half are uncovered already); null without decision makers.
 * Coverage is `cov`, the effective relationships decision-maker coverage
 * counts. Exact: see `minimumDeparture`.
 */
export function busFactor(dms, cov, budget = DEPARTURE_SEARCH_BUDGET) {
    if (dms.length === 0)
        return null;
    const sorted = [...dms].sort((a, b) => a.id.localeCompare(b.id));
    const covered = sorted.filter((d) => (cov.get(d.id)?.length ?? 0) > 0);
    const threshold = Math.ceil(sorted.length / 2);
    const uncoveredBefore = sorted.length - covered.length;
    const search = minimumDeparture(covered.map((d) => cov.get(d.id).map((h) => h.person.id)), threshold - uncoveredBefore, budget);
    const leaving = new Set(search.people);
    const records = new Map();
    for (const d of covered)
        for (const h of cov.get(d.id))
            records.set(h.person.id, h.person);
    const lost = covered.filter((d) => cov.get(d.id).every((h) => leaving.has(h.person.id)));
    return {
        people: search.people.map((id) => records.get(id)),
        total: sorted.length,
        threshold,
        uncoveredBefore,
        uncoveredAfter: uncoveredBefore + lost.length,
        lost,
        exact: search.exact,
    };
}
/**
 * The work `minimumDeparture` may do for one account (decision makers looked
 * at, summed over the search nodes) before it answers with the best set
 * found so far, flagged not exact. The accounts of scale M need at most
 * 11,566 (docs/decisions.md "Bus factor and influence-weighted coverage");
 * the budget only bounds pathological ones, to roughly 0.25 s.
 */
export const DEPARTURE_SEARCH_BUDGET = 4_000_000;
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The exact search behind the bus factor. `sets[i]` are the holders (ids of
 * our people) of the i-th covered decision maker; finds the fewest people
 * whose departure empties at least `k` of the sets and, among all sets of
 * that size, the one whose sorted id list is lexicographically first.
 * Nobody when k ≤ 0. (A minimum k-union problem: NP-hard in general; small
 * here.)
 *
 * How it stays small (docs/decisions.md "Bus factor and influence-weighted coverage"):
 * - **Private holders fold away.** Someone holding exactly one of the
 *   decision makers matters only for that one: a decision maker with p
 *   private holders costs p people when it is uncovered, none otherwise. So
 *   the search branches only on the *shared* holders (those holding two or
 *   more): given which of them leave (S), the best choice is the k decision
 *   makers whose shared holders all lie in S with the fewest private
 *   holders, and the answer is the least |S| + that sum. At scale M an
 *   account's shared holders are its team plus one or two, 8–12 people,
 *   however many others hold one decision maker each (up to 56).
 * - **Branch and bound** over the shared holders (most used first; leave
 *   before stay), below a greedy upper bound (repeatedly uncover the decision
 *   maker that needs the fewest further people). The lower bound of a node
 *   charges each decision maker still possible its private holders plus, for
 *   each shared holder it still needs, 1 ÷ (the number of possible decision
 *   makers needing that holder, at most k), and adds up the k smallest
 *   charges: a shared holder who leaves is paid for, in full at most, by the
 *   decision makers that need them, so no completion is cheaper.
 * - **Lexicographic tie-break** by deciding people in id order: an id goes
 *   in when some optimal set agreeing with the decisions so far contains it
 *   (known without a search when the last optimal set found does; otherwise
 *   the same bounded search, capped at the optimum, answers).
 */
export function minimumDeparture(sets, k, budget = DEPARTURE_SEARCH_BUDGET) {
    const out = { people: [], exact: true, nodes: 0, work: 0, solves: 0, shared: 0, greedy: 0 };
    if (k <= 0)
        return out;
    const holderSets = sets.map((s) => [...new Set(s)]);
    if (holderSets.some((s) => s.length === 0))
        throw new Error('minimumDeparture: every set must have a holder');
    if (k > holderSets.length)
        throw new Error(`minimumDeparture: cannot empty ${k} of ${holderSets.length} sets`);
    const n = holderSets.length;
    const uses = new Map();
    for (const s of holderSets)
        for (const p of s)
            uses.set(p, (uses.get(p) ?? 0) + 1);
    const sharedIds = [...uses.keys()].filter((p) => uses.get(p) >= 2).sort((a, b) => uses.get(b) - uses.get(a) || byCodeUnit(a, b));
    const sharedIndex = new Map(sharedIds.map((p, j) => [p, j]));
    const sh = holderSets.map((s) => Int32Array.from(s.filter((p) => sharedIndex.has(p)).map((p) => sharedIndex.get(p))));
    const priv = holderSets.map((s) => s.filter((p) => !sharedIndex.has(p)));
    const m = sharedIds.length;
    out.shared = m;
    // buffers of the search, reused by every node (each node reads them before it recurses)
    const state = new Uint8Array(m); // shared holder: 0 undecided, 1 leaves, 2 stays
    const deg = new Int32Array(m);
    const privCost = new Int32Array(n);
    const possible = new Int32Array(n);
    const openBuf = new Int32Array(n);
    const readyBuf = new Float64Array(n);
    const chargeBuf = new Float64Array(n);
    let exhausted = false;
    /** decision makers looked at by the search so far (what the budget counts) */
    let work = 0;
    /** the best set the last `solve` found (ids, sorted) */
    let found = null;
    /**
     * The least size of a set of leavers that empties k sets, contains F and
     * avoids X, when it is ≤ limit (else Infinity); stops at the first such
     * set of size ≤ stopAt. The set itself is left in `found`.
     */
    const solve = (F, X, limit, stopAt) => {
        out.solves++;
        state.fill(0);
        for (const p of F)
            if (sharedIndex.has(p))
                state[sharedIndex.get(p)] = 1;
        for (const p of X)
            if (sharedIndex.has(p))
                state[sharedIndex.get(p)] = 2;
        let np = 0;
        for (let i = 0; i < n; i++) {
            let c = 0;
            let ok = true;
            for (const p of priv[i]) {
                if (X.has(p)) {
                    ok = false;
                    break;
                }
                if (!F.has(p))
                    c++;
            }
            if (ok) {
                privCost[i] = c;
                possible[np++] = i;
            }
        }
        let best = limit + 1;
        let added = 0;
        let done = false;
        found = null;
        const record = () => {
            const ready = [];
            for (let q = 0; q < np; q++)
                if (sh[possible[q]].every((s) => state[s] === 1))
                    ready.push(possible[q]);
            ready.sort((a, b) => privCost[a] - privCost[b] || a - b);
            const set = new Set(F);
            for (let j = 0; j < m; j++)
                if (state[j] === 1)
                    set.add(sharedIds[j]);
            for (const i of ready.slice(0, k))
                for (const p of priv[i])
                    set.add(p);
            found = [...set].sort(byCodeUnit);
        };
        const dfs = () => {
            out.nodes++;
            work += np;
            if (work > budget) {
                exhausted = done = true;
                return;
            }
            let nReady = 0;
            let nOpen = 0;
            deg.fill(0);
            for (let q = 0; q < np; q++) {
                const i = possible[q];
                const hs = sh[i];
                let missing = 0;
                let blocked = false;
                for (let j = 0; j < hs.length; j++) {
                    const st = state[hs[j]];
                    if (st === 2) {
                        blocked = true;
                        break;
                    }
                    if (st === 0)
                        missing++;
                }
                if (blocked)
                    continue;
                if (missing === 0)
                    readyBuf[nReady++] = privCost[i];
                else {
                    openBuf[nOpen++] = i;
                    for (let j = 0; j < hs.length; j++)
                        if (state[hs[j]] === 0)
                            deg[hs[j]]++;
                }
            }
            if (nReady + nOpen < k)
                return;
            const base = F.size + added;
            if (nReady >= k) {
                const r = readyBuf.subarray(0, nReady).sort();
                let v = base;
                for (let j = 0; j < k; j++)
                    v += r[j];
                if (v < best) {
                    best = v;
                    record();
                    if (v <= stopAt) {
                        done = true;
                        return;
                    }
                }
            }
            if (nOpen === 0)
                return;
            // lower bound: the k smallest charges (ready ones are charged their private holders)
            chargeBuf.set(readyBuf.subarray(0, nReady));
            let nc = nReady;
            let pick = -1;
            for (let q = 0; q < nOpen; q++) {
                const i = openBuf[q];
                const hs = sh[i];
                let c = privCost[i];
                for (let j = 0; j < hs.length; j++) {
                    const s = hs[j];
                    if (state[s] !== 0)
                        continue;
                    c += 1 / (deg[s] < k ? deg[s] : k);
                    if (pick < 0 || deg[s] > deg[pick] || (deg[s] === deg[pick] && s < pick))
                        pick = s;
                }
                chargeBuf[nc++] = c;
            }
            const ch = chargeBuf.subarray(0, nc).sort();
            let lb = base;
            for (let j = 0; j < k; j++)
                lb += ch[j];
            if (Math.ceil(lb - 1e-9) >= best)
                return;
            state[pick] = 1;
            added++;
            dfs();
            added--;
            if (!done) {
                state[pick] = 2;
                dfs();
            }
            state[pick] = 0;
        };
        dfs();
        return best <= limit ? best : Infinity;
    };
    // greedy upper bound: repeatedly uncover the decision maker needing the fewest further people
    const gone = new Set();
    for (let emptied = 0; emptied < k;) {
        let pickI = -1;
        let pickCost = Infinity;
        for (let i = 0; i < n; i++) {
            let c = 0;
            for (const p of holderSets[i])
                if (!gone.has(p))
                    c++;
            if (c > 0 && c < pickCost) {
                pickCost = c;
                pickI = i;
            }
        }
        for (const p of holderSets[pickI])
            gone.add(p);
        emptied = holderSets.reduce((e, s) => e + (s.every((p) => gone.has(p)) ? 1 : 0), 0);
    }
    out.greedy = gone.size;
    // the optimum: anything better than the greedy set?
    const none = new Set();
    let witness = [...gone].sort(byCodeUnit);
    const better = solve(none, none, gone.size - 1, -1);
    if (better !== Infinity || exhausted)
        witness = found ?? witness;
    if (exhausted)
        return { ...out, work, people: witness, exact: false };
    const optimum = witness.length;
    // the lexicographically first optimal set: decide people in id order
    const F = new Set();
    const X = new Set();
    for (const p of [...uses.keys()].sort(byCodeUnit)) {
        if (F.size === optimum)
            break;
        F.add(p);
        if (witness.includes(p))
            continue; // an optimal set agreeing with F and X contains p
        // p is of use only through a set none of whose holders stays
        const useful = holderSets.some((s) => s.includes(p) && !s.some((q) => X.has(q)));
        if (useful && solve(F, X, optimum, optimum) <= optimum)
            witness = found;
        else {
            if (exhausted)
                return { ...out, work, people: witness, exact: false };
            F.delete(p);
            X.add(p);
        }
    }
    return { ...out, work, people: [...F] };
}
//# sourceMappingURL=coverage.metrics.js.map