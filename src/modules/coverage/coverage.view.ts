import { pageByPosition, type PageRequest } from '../../common/pagination.js';
import type { AccountRisk, Holder, RiskItem as RiskItemRecord, Tally } from './coverage.metrics.js';
import { ageDays } from './coverage.metrics.js';
import type { AccountDeparture, CoverageService } from './coverage.service.js';

/** Maps the coverage service's domain results to the GraphQL object shapes. */
export const holderView = (h: Holder, asOf: string) => ({ ...h, ageDays: ageDays(h.lastContactAt, asOf) });

export const riskItemView = (r: RiskItemRecord) => ({
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

export const accountRiskView = (a: AccountRisk) => ({
  accountId: a.account.id,
  accountName: a.account.name,
  singleThreaded: a.singleThreaded,
  soleHolder: a.soleHolder,
  uncoveredDecisionMakers: a.uncoveredDecisionMakers,
  riskCount: a.items.length,
});

export function riskConnectionView(res: Awaited<ReturnType<CoverageService['singleContactRisks']>>, page: PageRequest) {
  const key = (r: RiskItemRecord) => `${r.account.id}/${r.contact.id}`;
  const p = pageByPosition(res.items, page, key);
  return {
    ...p,
    edges: p.edges.map((e) => ({ cursor: e.cursor, node: riskItemView(e.node) })),
    totalCount: res.items.length,
    accounts: res.accounts.map(accountRiskView).sort((a, b) => a.accountId.localeCompare(b.accountId)),
    thresholds: res.thresholds,
  };
}

type CoverageResult = Awaited<ReturnType<CoverageService['decisionMakerCoverage']>>;
/** views of memoised results, built once per result object */
const coverageViews = new WeakMap<CoverageResult, ReturnType<typeof buildCoverageView>>();

export function coverageView(res: CoverageResult) {
  let v = coverageViews.get(res);
  if (!v) coverageViews.set(res, (v = buildCoverageView(res)));
  return v;
}

function buildCoverageView(res: CoverageResult) {
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

const stripTally = (t: Tally): Tally => ({
  total: t.total, covered: t.covered, singleThreaded: t.singleThreaded, multiThreaded: t.multiThreaded, uncovered: t.uncovered, coverageRatio: t.coverageRatio,
});

export function departureView(res: Awaited<ReturnType<CoverageService['departureImpact']>>) {
  return {
    person: res.person,
    accounts: res.accounts.map((a: AccountDeparture) => ({
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

export function crossFunctionalView(res: Awaited<ReturnType<CoverageService['crossFunctionalCoverage']>>) {
  return { accountId: res.account.id, accountName: res.account.name, cells: res.cells, total: res.total, thresholds: res.thresholds };
}
