import { pageByPosition, type PageRequest } from '../../common/pagination.js';
import type { CompanyRecord } from '../../domain/records.js';
import type { Quadrant } from './commercial.metrics.js';
import type { CommercialService, KamLoadResult, MatrixResult, PortfolioResult, PriceConsistencyResult, TopAccountRow } from './commercial.service.js';

/** Maps the commercial service's results to the GraphQL object shapes (docs/commercial.md names every field). */
export function portfolioView(p: PortfolioResult) {
  return {
    period: p.period,
    accounts: p.accounts,
    revenue: p.revenue,
    contributionMargin: p.contributionMargin,
    marginPct: p.marginPct,
    pareto: {
      buyingAccounts: p.pareto.buyers, topAccounts: p.pareto.topCount, topShare: p.pareto.topShare, accountsFor80: p.pareto.accountsFor80,
      accountsFor80Share: p.pareto.accountsFor80Share,
      rows: p.pareto.rows.map((r) => ({ rank: r.rank, account: p.pareto.companies.get(r.id)!, revenue: r.revenue, share: r.share, cumulativeShare: r.cumulativeShare })),
    },
    concentration: p.concentration,
    dependencyShare: p.dependencyShare,
    dependencies: p.dependencies.map((d) => ({ ...d, account: d.company })),
    bigButThin: { medianMarginPct: p.bigButThin.medianMarginPct, accounts: p.bigButThin.accounts.map((a) => ({ ...a, account: a.company })) },
  };
}

/** A top-accounts row; its coverage columns come from one lookup for the whole page, made when first selected. */
function topRowView(r: TopAccountRow, tally: () => ReturnType<CommercialService['coverageOf']>, i: number) {
  return {
    ...r,
    account: r.company,
    get decisionMakerCoverage() { return tally().then((t) => t[i].coverageRatio); },
    get decisionMakers() { return tally().then((t) => t[i].total); },
    get singleThreaded() { return tally().then((t) => t[i].singleThreaded); },
  };
}

export function topAccountsView(res: Awaited<ReturnType<CommercialService['topAccounts']>>, page: PageRequest, service: CommercialService) {
  const p = pageByPosition(res.rows, page, (r) => r.company.id);
  let once: ReturnType<CommercialService['coverageOf']> | undefined;
  const tally = () => (once ??= service.coverageOf(p.edges.map((e) => e.node.company.id)));
  return {
    ...p, edges: p.edges.map((e, i) => ({ cursor: e.cursor, node: topRowView(e.node, tally, i) })),
    totalCount: res.rows.length, period: res.period, previousPeriod: res.previousPeriod,
  };
}

export function companyPageOf<T extends { company: CompanyRecord }>(rows: readonly T[], page: PageRequest) {
  return pageByPosition(rows, page, (r) => r.company.id);
}

/** docs/commercial.md "Price consistency": the products' list is a connection, each with its accounts' connection. */
export function priceView(res: PriceConsistencyResult) {
  return { period: res.period, exposure: res.exposure, products: res.products, accounts: res.accounts };
}

export function productPriceView(p: PriceConsistencyResult['products'][number]) {
  return { ...p, buyers: p.accounts.length };
}

export function accountPriceView(a: PriceConsistencyResult['products'][number]['accounts'][number]) {
  return { account: a.company, volume: a.volume, revenue: a.revenue, netUnitPrice: a.price, discount: a.discount, bestPrice: a.bestPrice, bestFrom: a.bestFromCompany, exposure: a.exposure };
}

const QUADRANTS: Quadrant[] = ['DEVELOP', 'INVEST', 'MAINTAIN', 'SERVE_INDIRECTLY'];

function matrixRowView(r: MatrixResult['rows'][number]) {
  return {
    account: r.company, isKeyAccount: r.isKeyAccount, potential: r.potential, position: r.position, quadrant: r.quadrant, candidate: r.candidate, review: r.review,
    ranks: r.ranks, annualTurnover: r.input.annualTurnover, contributionMargin: r.input.margin, image: r.input.image, shareOfWallet: r.input.shareOfWallet,
    revenueShare: r.input.revenueShare, decisionMakerCoverage: r.input.coverageRatio, breadth: r.input.breadth,
  };
}

/** Most potential first (unknown last), then position, then id. */
const byPotential = (a: MatrixResult['rows'][number], b: MatrixResult['rows'][number]) =>
  (b.potential ?? -1) - (a.potential ?? -1) || (b.position ?? -1) - (a.position ?? -1) || (a.company.id < b.company.id ? -1 : a.company.id > b.company.id ? 1 : 0);

export function matrixView(res: MatrixResult, page: PageRequest, quadrant: Quadrant | null) {
  const sorted = [...res.rows].sort(byPotential);
  const shown = quadrant ? sorted.filter((r) => r.quadrant === quadrant) : sorted;
  const p = pageByPosition(shown, page, (r) => r.company.id);
  return {
    ...p,
    edges: p.edges.map((e) => ({ cursor: e.cursor, node: matrixRowView(e.node) })),
    totalCount: shown.length,
    period: res.period,
    split: res.split,
    weights: res.weights,
    quadrants: QUADRANTS.map((q) => ({ quadrant: q, accounts: res.rows.filter((r) => r.quadrant === q).length })),
    candidates: sorted.filter((r) => r.candidate).map(matrixRowView),
    reviews: sorted.filter((r) => r.review).map(matrixRowView),
  };
}

export function kamLoadView(res: KamLoadResult, page: PageRequest) {
  const rows = res.kams.map((k) => ({ ...k, keyAccountCount: k.keyAccounts.length }));
  const p = pageByPosition(rows, page, (k) => k.person.id);
  return {
    ...p,
    totalCount: rows.length,
    period: res.period,
    maxAccountsPerKam: res.maxAccountsPerKam,
    overloadedKams: rows.filter((k) => k.overloaded).length,
    flagged: res.flagged.map((f) => ({ account: f.company, kams: f.kams, flags: f.flags })),
    withoutKam: res.withoutKam,
  };
}
