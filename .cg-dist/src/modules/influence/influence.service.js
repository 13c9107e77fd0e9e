import { isoDate, positiveInt, unitInterval } from '../../common/validate.js';
import { inForce } from '../../domain/in-force.js';
import { DECISION_ROLES } from '../../domain/enums.js';
import { badInput, notFound } from '../../errors.js';
import { accountMembers, edgesAmong, ourPeople } from '../../domain/terms.js';
import { influenceScores } from './influence.metrics.js';
import { EDGE_KINDS, strongestFromWanted, strongestPaths } from './influence.paths.js';
export const MAX_HOPS_LIMIT = 6;
export const MAX_K = 20;
function resolve(g, p) {
    const person = (id) => g.findPerson(id);
    return {
        strength: p.strength,
        hops: p.edges.length,
        nodes: p.nodes.map(person),
        edges: p.edges.map((e) => ({ type: e.type, from: person(e.fromId), to: person(e.toId), strength: e.strength, forward: e.forward })),
    };
}
/**
 * DESIGN §3 influence paths, warm introductions and influence scores, over
 * the read model (so both engines give the same answers).
 */
export class InfluenceService {
    constructor(readModel, defaults) {
        this.readModel = readModel;
        this.defaults = defaults;
    }
    /** Validates path arguments, filling in configured defaults. */
    pathOptions(args) {
        const maxHops = positiveInt('maxHops', args.maxHops ?? this.defaults.maxHops, MAX_HOPS_LIMIT);
        const k = positiveInt('k', args.k ?? this.defaults.k, MAX_K);
        const minStrength = unitInterval('minStrength', args.minStrength ?? 0);
        const kinds = args.edgeKinds ?? [...EDGE_KINDS];
        if (kinds.length === 0)
            throw badInput('edgeKinds', 'edgeKinds must name at least one of KNOWS, INFLUENCES, REPORTS_TO');
        return { maxHops, k, minStrength, kinds, formalStrength: this.defaults.formalStrength };
    }
    /** The graph at `asOf` (default today) with every relationship in force: paths walk the strengths in force. */
    async graphAt(asOf) {
        const day = isoDate('asOf', asOf ?? new Date().toISOString().slice(0, 10));
        return inForce(await this.readModel.ready(), day, this.defaults.strength);
    }
    async person(id, field) {
        const g = await this.readModel.ready();
        const p = g.findPerson(id);
        if (!p)
            throw notFound(field, 'person', id);
        return p;
    }
    /** The k strongest simple influence paths from one person to another. */
    async influencePaths(fromId, toId, args) {
        const o = this.pathOptions(args);
        await this.person(fromId, 'fromId');
        await this.person(toId, 'toId');
        if (fromId === toId)
            throw badInput('toId', 'a path needs two different people');
        const g = await this.graphAt(args.asOf);
        return strongestPaths(g, fromId, toId, o.k, o).map((p) => resolve(g, p));
    }
    /** Our people ranked by their strongest influence path to the target: the warm introduction. */
    async bestIntroductions(targetId, args) {
        const o = this.pathOptions(args);
        await this.person(targetId, 'targetId');
        const g = await this.graphAt(args.asOf);
        return this.introductions(g, targetId, o, o.k).map((i) => ({ person: i.person, strength: i.path.strength, path: resolve(g, i.path) }));
    }
    introductions(g, targetId, o, k) {
        const ours = ourPeople(g);
        return strongestFromWanted(g, targetId, o, ours, k).map(({ id, path }) => ({ person: ours.get(id), path }));
    }
    /**
     * Colleagues best placed to take over a contact when `without` leaves: our
     * people ranked by their strongest influence path to the contact, with the
     * leaver removed from the graph (used by departure impact).
     */
    successors(g, contactId, without, limit) {
        const o = { ...this.pathOptions({}), exclude: new Set([without]) };
        return this.introductions(g, contactId, o, limit).map((i) => ({ person: i.person, strength: i.path.strength, via: i.path.nodes }));
    }
    /**
     * DESIGN §3 "Influence score" for every active contact of an account, with
     * its formal rank (depth in the reporting tree among the account's contacts,
     * 0 = top), most influential first.
     */
    async influenceRanking(accountId) {
        const g = await this.readModel.ready();
        const company = g.findCompany(accountId);
        if (!company)
            throw notFound('accountId', 'account', accountId);
        if (company.kind === 'SUPPLIER')
            throw badInput('accountId', `"${accountId}" is one of our own units, not an account`);
        return g.memoAccount(accountId, `ranking:${accountId}:${this.defaults.formalStrength}`, () => {
            const { contacts, ids: members, indexes } = accountMembers(g, accountId);
            const edges = edgesAmong(g, contacts, members, indexes);
            const scores = influenceScores(members, edges, this.defaults.formalStrength);
            const depth = (id) => {
                let d = 0;
                const seen = new Set([id]);
                for (let m = managerId(g, id); m && members.has(m) && !seen.has(m); m = managerId(g, m)) {
                    seen.add(m);
                    d++;
                }
                return d;
            };
            return contacts
                .map(({ unitId: _unit, ...person }) => ({ person, score: scores.get(person.id) ?? 0, formalRank: depth(person.id), isDecisionMaker: isDecisionRole(person.buyingRole), rank: 0 }))
                .sort((a, b) => b.score - a.score || a.person.id.localeCompare(b.person.id))
                .map((r, i) => ({ ...r, rank: i + 1 }));
        });
    }
    /**
     * DESIGN §3 "Hidden influencers": contacts whose influence score is above
     * the account's average (1/N) and within its top `topShare` (default 20 %)
     * by rank, who hold no decision role (not DECISION_MAKER / ECONOMIC_BUYER)
     * and sit low in the reporting tree (formal rank at least 1 and at least
     * the median formal rank of the account's contacts). Most influential first,
     * with the people each one sways.
     */
    async hiddenInfluencers(accountId, args) {
        const topShare = unitInterval('topShare', args.topShare ?? 0.2);
        const ranking = await this.influenceRanking(accountId);
        const g = await this.readModel.ready();
        const n = ranking.length;
        if (n === 0)
            return [];
        const depths = ranking.map((r) => r.formalRank).sort((a, b) => a - b);
        const median = depths[Math.floor((n - 1) / 2)];
        const cutoffRank = Math.max(1, Math.ceil(topShare * n));
        const members = new Set(ranking.map((r) => r.person.id));
        return ranking
            .filter((r) => {
            let leads = false;
            g.forEachReport(g.personIndex(r.person.id), (s) => { if (members.has(g.personId(s)))
                leads = true; });
            const low = r.formalRank >= 1 && (!leads || r.formalRank >= median);
            return r.score > 1 / n && r.rank <= cutoffRank && !r.isDecisionMaker && low;
        })
            .map((r) => ({
            ...r,
            sways: influencesAmong(g, r.person.id, members)
                .sort((a, b) => b.strength - a.strength || a.person.id.localeCompare(b.person.id)),
        }));
    }
}
/** The formal manager's id, or null. */
function managerId(g, id) {
    const m = g.managerOf(g.personIndex(id));
    return m >= 0 ? g.personId(m) : null;
}
/** Whom a person informally sways among a set of people. */
function influencesAmong(g, id, members) {
    const out = [];
    g.forEachInfluenceOut(g.personIndex(id), (w, strength) => { if (members.has(g.personId(w)))
        out.push({ person: g.person(w), strength }); });
    return out;
}
const isDecisionRole = (r) => r !== null && DECISION_ROLES.includes(r);
//# sourceMappingURL=influence.service.js.map