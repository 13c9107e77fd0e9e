import { rootIndex } from '../domain/terms.js';
/**
 * The computed attributes of `--with-metrics` (docs/data-exchange.md
 * "Export"), per contact of the selection, from the same services the API
 * answers with (so the caller's scope applies): coverage (our people with an
 * effective relationship, DESIGN §3), influence score within the account,
 * decision maker, and the single-contact risk reason if any (influencers
 * included). Our own people get none.
 */
export async function contactMetrics(services, g, s) {
    const roots = new Set();
    for (const i of s.people) {
        const e = g.employerOf(i);
        if (e < 0)
            continue;
        const r = rootIndex(g, e);
        if (g.companyKind(r) === 'CUSTOMER')
            roots.add(g.companyId(r));
    }
    const score = new Map();
    const decider = new Map();
    const risk = new Map();
    for (const accountId of roots) {
        for (const r of await services.influence.influenceRanking(accountId)) {
            score.set(r.person.id, r.score);
            decider.set(r.person.id, r.isDecisionMaker);
        }
        const risks = await services.coverage.singleContactRisks(accountId, { includeInfluencers: true });
        for (const item of risks.items)
            risk.set(item.contact.id, item.reason === 'DECISION_MAKER' ? 'SINGLE_THREADED_DECISION_MAKER' : 'SINGLE_THREADED_INFLUENCER');
        for (const c of risks.accounts.flatMap((a) => a.uncoveredDecisionMakers))
            risk.set(c.id, 'UNCOVERED_DECISION_MAKER');
    }
    const ids = [...decider.keys()];
    const holders = await services.coverage.holdersOf(ids, services.coverage.thresholds({}));
    const coverage = new Map(ids.map((id, k) => [id, holders[k].length]));
    return (i) => {
        const id = g.personId(i);
        if (!decider.has(id))
            return null;
        return { coverage: coverage.get(id) ?? 0, influenceScore: score.get(id) ?? null, isDecisionMaker: decider.get(id), risk: risk.get(id) ?? null };
    };
}
//# sourceMappingURL=metrics.js.map