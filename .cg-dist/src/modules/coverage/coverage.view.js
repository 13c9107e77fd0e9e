import { pageByPosition } from '../../common/pagination.js';
import { ageDays } from './coverage.metrics.js';
/** Maps the coverage service's domain results to the GraphQL object shapes. */
export const holderView = (h, asOf) => ({ ...h, ageDays: ageDays(h.lastContactAt, asOf) });
export const riskItemView = (r) => ({
    accountId: r.account.id,
    accountName: r.account.name,
    contact: r.contact,
    holder: r.holder.person,
    strength: r.holder.strength,
    lastContactAt: r.holder.lastContactAt,
    ageDays: r.ageDays,
    reason: r.reason,
    influencesDecisionMakers: r.influences,
    severity: r.severity,
    severityParts: { levelWeight: r.levelWeight, influenceScore: r.influenceScore, accountWeight: r.accountWeight },
});
export const accountRiskView = (a) => ({
    accountId: a.account.id,
    accountName: a.account.name,
    singleThreaded: a.singleThreaded,
    soleHolder: a.soleHolder,
    uncoveredDecisionMakers: a.uncoveredDecisionMakers,
    riskCount: a.items.length,
});
export function riskConnectionView(res, page) {
    const key = (r) => `${r.account.id}/${r.contact.id}`;
    const p = pageByPosition(res.items, page, key);
    return {
        ...p,
        edges: p.edges.map((e) => ({ cursor: e.cursor, node: riskItemView(e.node) })),
        totalCount: res.items.length,
        accounts: res.accounts.map(accountRiskView).sort((a, b) => a.accountId.localeCompare(b.accountId)),
        thresholds: res.thresholds,
    };
}
/** views of memoised results, built once per result object */
const coverageViews = new WeakMap();
export function coverageView(res) {
    let v = coverageViews.get(res);
    if (!v)
        coverageViews.set(res, (v = buildCoverageView(res)));
    return v;
}
function buildCoverageView(res) {
    return {
        accountId: res.account.id,
        accountName: res.account.name,
        overall: res.overall,
        byLevel: res.byLevel,
        byFunction: res.byFunction,
        byUnit: res.byUnit.map((u) => ({ ...stripTally(u), unitId: u.unit.id, name: u.unit.name, unitLevel: u.unit.unitLevel, parentId: u.unit.parentId, depth: u.depth })),
        decisionMakers: res.decisionMakers.map((d) => ({ contact: d.contact, unitId: d.contact.unitId, holders: d.holders.map((h) => holderView(h, res.thresholds.asOf)) })),
        singleThreaded: res.singleThreaded,
        soleHolder: res.soleHolder,
        thresholds: res.thresholds,
    };
}
/**
 * Decision-maker coverage with its DESIGN §4 fields (bus factor,
 * influence-weighted coverage) resolved only when asked: `summary` runs at
 * most once, on first access. A per-request object over the shared view.
 */
export function coverageWithSummary(res, summary) {
    let once;
    const get = () => (once ??= summary());
    return Object.create(coverageView(res), {
        busFactor: { enumerable: true, get: () => get().then((s) => busFactorView(s.busFactor)) },
        influenceWeightedCoverage: { enumerable: true, get: () => get().then((s) => s.influenceWeightedCoverage) },
    });
}
export const busFactorView = (b) => b && ({
    size: b.people.length,
    people: b.people,
    threshold: b.threshold,
    uncoveredBefore: b.uncoveredBefore,
    uncoveredAfter: b.uncoveredAfter,
    decisionMakersLost: b.lost,
    exact: b.exact,
});
export const accountCoverageView = (a) => ({
    account: a.company,
    accountId: a.account.id,
    accountName: a.account.name,
    contacts: a.contacts,
    decisionMakers: a.overall,
    singleThreaded: a.singleThreaded,
    soleHolder: a.soleHolder,
    busFactor: busFactorView(a.busFactor),
    influenceWeightedCoverage: a.influenceWeightedCoverage,
});
export function accountCoverageConnectionView(res, page) {
    const p = pageByPosition(res.accounts, page, (a) => a.account.id);
    return {
        ...p,
        edges: p.edges.map((e) => ({ cursor: e.cursor, node: accountCoverageView(e.node) })),
        totalCount: res.accounts.length,
        thresholds: res.thresholds,
    };
}
const stripTally = (t) => ({
    total: t.total, covered: t.covered, singleThreaded: t.singleThreaded, multiThreaded: t.multiThreaded, uncovered: t.uncovered, coverageRatio: t.coverageRatio,
});
export function departureView(res) {
    return {
        person: res.person,
        accounts: res.accounts.map((a) => ({
            accountId: a.account.id,
            accountName: a.account.name,
            orphanedContacts: a.orphanedContacts,
            orphanedDecisionMakers: a.orphanedDecisionMakers,
            before: a.before,
            after: a.after,
            becomesUncovered: a.becomesUncovered,
            becomesSingleThreaded: a.becomesSingleThreaded,
        })),
        uncoveredAccounts: res.uncoveredAccounts.map((a) => a.id),
        singleThreadedAccounts: res.singleThreadedAccounts.map((a) => a.id),
        thresholds: res.thresholds,
    };
}
export function crossFunctionalView(res) {
    return { accountId: res.account.id, accountName: res.account.name, cells: res.cells, total: res.total, thresholds: res.thresholds };
}
/** The account's trend with its company record (the account as it is today). */
export async function coverageTrendView(res, ctx) {
    const account = await ctx.loaders.company.byId.load(res.account.id);
    return { account, every: res.every, points: res.points.map(({ overall, ...p }) => ({ ...p, decisionMakers: overall })) };
}
/** The portfolio trend with each point's coverage ratio. */
export function portfolioTrendView(res) {
    return { every: res.every, points: res.points.map((p) => ({ ...p, coverageRatio: p.decisionMakers ? p.coveredDecisionMakers / p.decisionMakers : null })) };
}
//# sourceMappingURL=coverage.view.js.map