import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { commercialFixture } from '../support/commercial.js';
import { startSecured, type Result, type SecuredApp } from '../support/secured.js';
import { docQueries, runOnDemo } from '../support/doc-queries.js';

/**
 * The commercial portfolio over HTTP (docs/commercial.md): every query on the
 * hand-worked fixture of support/commercial.ts (figures beside each
 * assertion), the writes with their validation (code, field, and nothing
 * written), and the access rule: an ACCOUNT_VIEWER of Beta sees no sale and
 * no figure of Acme, a scoped editor writes only inside its accounts.
 */
let app: SecuredApp;
let store: LadybugStore;
const as: Record<string, string> = {};
const gql = (who: string, query: string, variables?: Record<string, unknown>) => app.gql(as[who], query, variables);
const ok = async (who: string, query: string, variables?: Record<string, unknown>) => {
  const r = await gql(who, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
};
const refusal = (r: Result) => r.errors?.map((e) => [e.extensions?.code, e.extensions?.field ?? null]);
const dump = async () => (await store.read('graph.dump')).map((r) => `${r.node} ${r.edge}`).sort();
const mentionsAcme = (x: unknown) => /"acme(-[a-z0-9]+)?"/.test(JSON.stringify(x));

beforeAll(async () => {
  app = await startSecured(commercialFixture(), { prefix: 'kamgraph-commercial-' });
  ({ store } = app);
  as.admin = await app.token({ sub: 'ada', role: 'ADMIN' });
  as.viewer = await app.token({ sub: 'vic', role: 'VIEWER' });
  as.beta = await app.token({ sub: 'bea', role: 'ACCOUNT_VIEWER', accounts: ['beta'] });
  as.betaEditor = await app.token({ sub: 'ben', role: 'EDITOR', accounts: ['beta'] });
}, 60_000);
afterAll(async () => app?.stop());

describe('portfolio, top accounts, one company (2025)', () => {
  it('portfolio: Pareto, concentration, dependencies, big but thin', async () => {
    const d = await ok('admin', `{ portfolio(period: "2025") { period accounts revenue contributionMargin marginPct
      pareto { buyingAccounts topAccounts topShare accountsFor80 accountsFor80Share accounts { totalCount edges { node { rank account { id } revenue share cumulativeShare } } } }
      concentration { hhi top1Share top5Share equivalentAccounts }
      dependencyShare dependencies { account { id } revenueShare marginShare reasons }
      bigButThin { medianMarginPct accounts { account { id } } } } }`);
    const p = d.portfolio;
    // acme 2700, beta 260: 2960; margins 540 + 16 = 556 over the revenue whose margin is known (2700 + 160 = 2860)
    expect(p).toMatchObject({ period: '2025', accounts: 2, revenue: 2960, contributionMargin: 556 });
    expect(p.marginPct).toBeCloseTo(556 / 2860, 12);
    // 2 buyers: the top ⌈0.4⌉ = 1 (acme) earns 2700 / 2960; acme alone passes 80 %
    expect(p.pareto).toMatchObject({ buyingAccounts: 2, topAccounts: 1, accountsFor80: 1, accountsFor80Share: 0.5 });
    expect(p.pareto.topShare).toBeCloseTo(2700 / 2960, 12);
    expect(p.pareto.accounts.edges.map((e: any) => [e.node.rank, e.node.account.id, e.node.revenue])).toEqual([[1, 'acme', 2700], [2, 'beta', 260]]);
    expect(p.pareto.accounts.edges[1].node.cumulativeShare).toBeCloseTo(1, 12);
    // HHI (2700/2960)² + (260/2960)²
    expect(p.concentration.hhi).toBeCloseTo((2700 / 2960) ** 2 + (260 / 2960) ** 2, 12);
    expect(p.concentration.top5Share).toBeCloseTo(1, 12);
    // acme: revenue 0.912 and margin 540/556 = 0.971 above 0.1; beta: 0.088 and 16/556 = 0.029, neither
    expect(p.dependencies.map((x: any) => [x.account.id, x.reasons])).toEqual([['acme', ['REVENUE', 'MARGIN']]]);
    expect(p.dependencies[0].marginShare).toBeCloseTo(540 / 556, 12);
    // margin %: acme 20 %, beta 10 % (16 / 160): median 15 %; the top account, acme, is above it
    expect(p.bigButThin.medianMarginPct).toBeCloseTo(0.15, 12);
    expect(p.bigButThin.accounts).toEqual([]);
  });

  it('topAccounts: the report, one row per account, coverage from the coverage service', async () => {
    const d = await ok('admin', `{ topAccounts(first: 20, period: "2025") { totalCount period previousPeriod edges { node {
      rank account { id } revenue revenueShare previousRevenue growth contributionMargin marginPct breadth familiesBought priceMix shareOfWallet
      decisionMakerCoverage decisionMakers singleThreaded } } }
      decisionMakerCoverage(accountId: "acme") { overall { total coverageRatio } singleThreaded } }`);
    const t = d.topAccounts;
    expect([t.totalCount, t.period, t.previousPeriod]).toEqual([2, '2025', '2024']);
    const [acme, beta] = t.edges.map((e: any) => e.node);
    // acme: 2700, 2024 500 (acme-s) → growth 4.4; margin 540 → 20 %; families Seals, Pumps of 3 → 2/3;
    // new products (launched after 2023-12): r1 → 900 / 2700; wallet 10,000 → 0.27
    expect(acme).toMatchObject({ rank: 1, account: { id: 'acme' }, revenue: 2700, previousRevenue: 500, contributionMargin: 540, familiesBought: 2 });
    expect(acme.growth).toBeCloseTo(4.4, 12);
    expect(acme.marginPct).toBeCloseTo(0.2, 12);
    expect(acme.breadth).toBeCloseTo(2 / 3, 12);
    expect(acme.priceMix).toBeCloseTo(1 / 3, 12);
    expect(acme.shareOfWallet).toBeCloseTo(0.27, 12);
    expect(acme.decisionMakerCoverage).toBe(d.decisionMakerCoverage.overall.coverageRatio);
    expect(acme.decisionMakers).toBe(d.decisionMakerCoverage.overall.total);
    expect(acme.singleThreaded).toBe(d.decisionMakerCoverage.singleThreaded);
    // beta: no 2024 sales → no growth; no wallet; no decision makers
    expect(beta).toMatchObject({ rank: 2, revenue: 260, previousRevenue: 0, growth: null, shareOfWallet: null, decisionMakers: 0, decisionMakerCoverage: null });
    expect(beta.marginPct).toBeCloseTo(0.1, 12);
    // paging: first 1, then after its cursor
    const page = await ok('admin', '{ topAccounts(first: 1, period: "2025") { pageInfo { hasNextPage endCursor } edges { node { account { id } } } } }');
    expect(page.topAccounts.pageInfo.hasNextPage).toBe(true);
    const next = await ok('admin', `{ topAccounts(first: 1, period: "2025", after: "${page.topAccounts.pageInfo.endCursor}") { edges { node { account { id } } } } }`);
    expect(next.topAccounts.edges[0].node.account.id).toBe('beta');
  });

  it('company.commercial: revenue, growth, margin, discount, breadth, white space, share of wallet, price mix, trend', async () => {
    const d = await ok('admin', `{ company(id: "acme") { annualTurnover image walletEstimate commercial(period: "2025") {
      period previousPeriod revenue previousRevenue growth volume contributionMargin marginPct discount portfolioShare
      breadth { bought total ratio families } whiteSpace { family share buyers peers } peerSegment walletEstimate shareOfWallet
      priceMix { newWithinMonths newRevenue share } trend { period revenue contributionMargin marginPct newProductShare } } } }`);
    const c = d.company;
    expect([c.annualTurnover, c.image, c.walletEstimate]).toEqual([1_000_000, 4, 10_000]);
    const x = c.commercial;
    expect(x).toMatchObject({ period: '2025', previousPeriod: '2024', revenue: 2700, previousRevenue: 500, volume: 120, contributionMargin: 540 });
    // list revenue 1000 + 2000 = 3000 for revenue 2700: 10 % off list
    expect(x.discount).toBeCloseTo(0.1, 12);
    expect(x.portfolioShare).toBeCloseTo(2700 / 2960, 12);
    expect(x.breadth).toEqual({ bought: 2, total: 3, ratio: 2 / 3, families: ['Pumps', 'Seals'] });
    // acme has no segment: its peers are every other account (beta, which buys Seals and Pumps): nobody buys Tools
    expect(x.peerSegment).toBeNull();
    expect(x.whiteSpace).toEqual([{ family: 'Tools', share: 0, buyers: 0, peers: 1 }]);
    expect(x.shareOfWallet).toBeCloseTo(0.27, 12);
    expect(x.priceMix).toEqual({ newWithinMonths: 24, newRevenue: 900, share: 1 / 3 });
    // the yearly r2 sale is 150 a month (margin 30); March adds r1: 1050, margin 210, new 900 / 1050
    expect(x.trend).toHaveLength(12);
    expect(x.trend[0]).toEqual({ period: '2025-01', revenue: 150, contributionMargin: 30, marginPct: 0.2, newProductShare: 0 });
    expect(x.trend[2].period).toBe('2025-03');
    expect(x.trend[2].revenue).toBeCloseTo(1050, 9);
    expect(x.trend[2].newProductShare).toBeCloseTo(900 / 1050, 12);
    // a half year counts half of the yearly sale: 900 + 1800 / 2
    const h = await ok('admin', '{ company(id: "acme") { commercial(period: "2025-01..2025-06") { revenue previousPeriod } } }');
    expect(h.company.commercial).toEqual({ revenue: 1800, previousPeriod: '2024-07..2024-12' });
  });

  it('company.unitCommercials: every unit with its revenue, wallet and decision-maker coverage', async () => {
    const d = await ok('admin', `{ company(id: "acme") { unitCommercials(period: "2025") { unit { id } depth revenue shareOfAccount shareOfWallet decisionMakers coveredDecisionMakers coverageRatio } }
      decisionMakerCoverage(accountId: "acme") { byUnit { unitId total covered } } }`);
    const units = d.company.unitCommercials;
    expect(units.map((u: any) => [u.unit.id, u.depth, u.revenue])).toEqual([['acme', 0, 2700], ['acme-n', 1, 900], ['acme-s', 1, 0], ['acme-n1', 2, 900]]);
    expect(units[1].shareOfAccount).toBeCloseTo(1 / 3, 12);
    expect(units[0].shareOfWallet).toBeCloseTo(0.27, 12);
    expect(units[1].shareOfWallet).toBeNull(); // no wallet estimate for acme-n
    for (const u of units) {
      const cov = d.decisionMakerCoverage.byUnit.find((x: any) => x.unitId === u.unit.id);
      expect([u.decisionMakers, u.coveredDecisionMakers]).toEqual([cov.total, cov.covered]);
    }
  });

  it('priceConsistency: per product and per account, one product, a family, or the catalogue', async () => {
    const q = (arg: string) => `{ priceConsistency(period: "2025"${arg}) { period exposure
      products { totalCount edges { node { product { id } exposure dispersion meanPrice buyers listPrice
        accounts { edges { node { account { id } volume netUnitPrice discount bestPrice bestFrom { id } exposure } } } } } }
      accounts { edges { node { account { id } exposure exposedProducts products } } } } }`;
    const one = (await ok('admin', q(', productId: "r1"'))).priceConsistency;
    // r1: beta 20 units at 8 (list 200: 20 % off), acme 100 at 9 (list 1000: 10 % off); acme is exposed to beta: 100 × (9 − 8) = 100
    expect(one.exposure).toBe(100);
    const r1 = one.products.edges[0].node;
    expect(r1).toMatchObject({ product: { id: 'r1' }, exposure: 100, meanPrice: 8.5, buyers: 2, listPrice: 10 });
    expect(r1.dispersion).toBeCloseTo(0.5 / 8.5, 12); // population std 0.5 over mean 8.5
    const accounts = r1.accounts.edges.map((e: any) => e.node);
    expect(accounts[0]).toMatchObject({ account: { id: 'acme' }, volume: 100, netUnitPrice: 9, bestPrice: 8, bestFrom: { id: 'beta' }, exposure: 100 });
    expect(accounts[0].discount).toBeCloseTo(0.1, 12);
    expect(accounts[1]).toMatchObject({ account: { id: 'beta' }, netUnitPrice: 8, bestFrom: null, exposure: 0 });
    expect(accounts[1].discount).toBeCloseTo(0.2, 12);
    // the Seals family is r1 alone; the catalogue adds r2 (beta is smaller and pays more: no exposure) and r3 (unsold)
    expect((await ok('admin', q(', family: "Seals"'))).priceConsistency.exposure).toBe(100);
    const all = (await ok('admin', q(''))).priceConsistency;
    expect(all.products.totalCount).toBe(3);
    expect(all.products.edges.map((e: any) => [e.node.product.id, e.node.exposure, e.node.buyers])).toEqual([['r1', 100, 2], ['r2', 0, 2], ['r3', 0, 0]]);
    expect(all.accounts.edges.map((e: any) => [e.node.account.id, e.node.exposure, e.node.exposedProducts, e.node.products])).toEqual([['acme', 100, 1, 2], ['beta', 0, 0, 2]]);
  });

  it('accountMatrix: potential, position, quadrant; kamLoad: KAMs, part-time and overload', async () => {
    const d = await ok('admin', `{ accountMatrix(period: "2025") { totalCount split quadrants { quadrant accounts } candidates { account { id } } reviews { account { id } }
        edges { node { account { id } potential position quadrant ranks { turnover margin image wallet walletFrom coverage breadth } } } }
      kamLoad(period: "2025", maxAccountsPerKam: 1) { totalCount overloadedKams edges { node { person { id } keyAccounts { id } otherAccounts { id } keyAccountCount overloaded partTime keyAccountRevenue } }
        flagged { account { id } kams { id } flags } withoutKam { id } } }`);
    const m = d.accountMatrix;
    const [acme, beta] = m.edges.map((e: any) => e.node);
    // potential: acme turnover rank 50 (alone), margin 75 (540 > 16), image 75 (4 > 2): 0.4·50 + 0.4·75 + 0.2·75 = 65;
    // beta: margin 25, image 25, no turnover: (0.4·25 + 0.2·25) ÷ 0.6 = 25
    expect(acme).toMatchObject({ account: { id: 'acme' }, potential: 65, quadrant: 'DEVELOP' });
    expect(beta.potential).toBeCloseTo(25, 12);
    // position: acme wallet rank 50 (the only share of wallet), coverage 50 (the only ratio), breadth 50 (tied 2/3): 50 ≥ 50;
    // beta: revenue share rank 25, no decision makers, breadth 50: (25 + 50) ÷ 2 = 37.5
    expect(acme.position).toBe(50);
    expect(beta).toMatchObject({ position: 37.5, quadrant: 'SERVE_INDIRECTLY', ranks: { walletFrom: 'REVENUE_SHARE', wallet: 25, coverage: null } });
    expect(m.quadrants).toEqual([{ quadrant: 'DEVELOP', accounts: 1 }, { quadrant: 'INVEST', accounts: 0 }, { quadrant: 'MAINTAIN', accounts: 0 }, { quadrant: 'SERVE_INDIRECTLY', accounts: 1 }]);
    expect([m.candidates, m.reviews]).toEqual([[], []]); // beta is not a key account: no review
    const k = d.kamLoad;
    // o1 KAM of acme; o2 KAM of acme (key) and beta (not): part-time, and over a maximum of 1? no: one key account
    expect(k.edges.map((e: any) => [e.node.person.id, e.node.keyAccounts.map((a: any) => a.id), e.node.otherAccounts.map((a: any) => a.id), e.node.partTime, e.node.overloaded])).toEqual([
      ['o1', ['acme'], [], false, false], ['o2', ['acme'], ['beta'], true, false],
    ]);
    expect(k.edges[0].node.keyAccountRevenue).toBe(2700);
    expect(k.flagged).toEqual([{ account: { id: 'acme' }, kams: [{ id: 'o1' }, { id: 'o2' }], flags: ['PART_TIME_KAM'] }]);
    expect(k.withoutKam).toEqual([]); // o1 is a full-time KAM
  });

  it('company.sales and products: lists, newest first, with filters', async () => {
    const d = await ok('admin', `{ company(id: "acme") { own: sales { totalCount } all: sales(includeUnits: true, first: 2) { totalCount pageInfo { hasNextPage }
        edges { node { id period revenue netUnitPrice account { id } product { id family } } } }
        r1: sales(includeUnits: true, productId: "r1", period: "2025") { totalCount } }
      products(family: "Seals") { totalCount edges { node { id name launchedAt listPrice } } } product(id: "r3") { listPrice launchedAt } }`);
    expect(d.company.own.totalCount).toBe(1); // the yearly r2 sale is acme's own; the rest are its units'
    expect(d.company.all.totalCount).toBe(3);
    // newest first: 2025-03 (a month) before 2025 (a year, beginning in January), then 2024-06
    expect(d.company.all.edges.map((e: any) => e.node.id)).toEqual(['acme-n1/r1/2025-03', 'acme/r2/2025']);
    expect(d.company.all.edges[1].node).toMatchObject({ period: '2025', revenue: 1800, netUnitPrice: 90, account: { id: 'acme' }, product: { id: 'r2', family: 'Pumps' } });
    expect(d.company.r1.totalCount).toBe(1);
    expect(d.products).toEqual({ totalCount: 1, edges: [{ node: { id: 'r1', name: 'Seal One', launchedAt: '2024-06-01', listPrice: 10 } }] });
    expect(d.product).toEqual({ listPrice: null, launchedAt: null });
  });

  it('bad arguments are refused with the field named', async () => {
    const cases: [string, string, string][] = [
      ['{ portfolio(period: "2025-13") { revenue } }', 'BAD_USER_INPUT', 'period'],
      ['{ portfolio(dependencyShare: 2) { revenue } }', 'BAD_USER_INPUT', 'dependencyShare'],
      ['{ topAccounts(first: 0) { totalCount } }', 'BAD_USER_INPUT', 'first'],
      ['{ topAccounts(newWithinMonths: 0) { totalCount } }', 'BAD_USER_INPUT', 'newWithinMonths'],
      ['{ priceConsistency(productId: "nope") { exposure } }', 'NOT_FOUND', 'productId'],
      ['{ priceConsistency(productId: "r1", family: "Seals") { exposure } }', 'BAD_USER_INPUT', 'family'],
      ['{ accountMatrix(split: 120) { totalCount } }', 'BAD_USER_INPUT', 'split'],
      ['{ accountMatrix(imageWeight: -1) { totalCount } }', 'BAD_USER_INPUT', 'imageWeight'],
      ['{ kamLoad(maxAccountsPerKam: 0) { totalCount } }', 'BAD_USER_INPUT', 'maxAccountsPerKam'],
      ['{ company(id: "us") { commercial { revenue } } }', 'BAD_USER_INPUT', 'id'],
    ];
    for (const [q, code, field] of cases) expect(refusal(await gql('admin', q)), q).toEqual([[code, field]]);
  });
});

describe('access: an ACCOUNT_VIEWER of Beta, an EDITOR of Beta', () => {
  it('sees Beta\'s sales and figures only: Acme is absent from every list and figure', async () => {
    const d = await ok('beta', `{ portfolio(period: "2025") { accounts revenue pareto { accounts { edges { node { account { id } } } } } dependencies { account { id } } }
      topAccounts(period: "2025") { totalCount edges { node { account { id } revenue } } }
      accountMatrix(period: "2025") { totalCount edges { node { account { id } } } }
      kamLoad { totalCount edges { node { keyAccounts { id } otherAccounts { id } } } withoutKam { id } }
      beta: company(id: "beta") { sales(includeUnits: true) { totalCount } commercial(period: "2025") { revenue portfolioShare whiteSpace { peers } } }
      other: company(id: "acme") { id sales { totalCount } }
      products { totalCount } }`);
    Object.assign(d, await ok('beta', `{ priceConsistency(period: "2025") { exposure accounts { edges { node { account { id } } } }
      products(first: 5) { edges { node { accounts(first: 5) { edges { node { account { id } bestFrom { id } } } } } } } } }`));
    // beta alone: 260 of 260
    expect(d.portfolio).toMatchObject({ accounts: 1, revenue: 260 });
    expect(d.topAccounts.totalCount).toBe(1);
    expect(d.priceConsistency.exposure).toBe(0); // acme's exposure to beta is acme's: not shown, not counted
    expect(d.accountMatrix.totalCount).toBe(1);
    expect(d.beta.sales.totalCount).toBe(2);
    expect(d.beta.commercial).toEqual({ revenue: 260, portfolioShare: 1, whiteSpace: [] }); // no peer it can see
    expect(d.other).toBeNull();
    expect(d.products.totalCount).toBe(3); // the catalogue is everyone's
    expect(mentionsAcme(d), JSON.stringify(d)).toBe(false);
    const admin = await ok('admin', '{ portfolio(period: "2025") { accounts } }');
    expect(admin.portfolio.accounts).toBe(2);
  });

  it('an analytic of an account out of scope answers as one that does not exist', async () => {
    for (const id of ['acme', 'acme-n']) {
      const r = await gql('beta', `{ company(id: "${id}") { commercial { revenue } unitCommercials { revenue } sales { totalCount } } }`);
      expect(r.data).toEqual({ company: null });
    }
  });

  it('a scoped editor writes sales and potentials of its accounts only, and never the catalogue; nothing is written on refusal', async () => {
    const before = await dump();
    for (const m of [
      'mutation { recordSales(input: [{ accountId: "acme", productId: "r1", period: "2025-04", revenue: 10, volume: 1 }]) { created } }',
      'mutation { recordSales(input: [{ accountId: "beta", productId: "r1", period: "2025-04", revenue: 10, volume: 1 }, { accountId: "acme-s", productId: "r1", period: "2025-04", revenue: 10, volume: 1 }]) { created } }',
      'mutation { removeSale(accountId: "acme", productId: "r2", period: "2025") }',
      'mutation { setCompanyPotential(input: { companyId: "acme", image: 1 }) { id } }',
      'mutation { upsertProduct(input: { id: "r9", name: "R9", family: "Seals" }) { id } }',
      'mutation { removeProduct(id: "r3") }',
    ]) expect(refusal(await gql('betaEditor', m)), m).toEqual([['FORBIDDEN', null]]);
    expect(await dump()).toEqual(before);
    for (const who of ['beta', 'viewer']) {
      expect(refusal(await gql(who, 'mutation { recordSales(input: [{ accountId: "beta", productId: "r1", period: "2025-04", revenue: 10, volume: 1 }]) { created } }'))).toEqual([['FORBIDDEN', null]]);
    }
    const inside = await ok('betaEditor', 'mutation { recordSales(input: [{ accountId: "beta", productId: "r3", period: "2025-04", revenue: 10, volume: 1 }]) { created updated unchanged } }');
    expect(inside.recordSales).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await ok('betaEditor', 'mutation { setCompanyPotential(input: { companyId: "beta", walletEstimate: 1000 }) { id walletEstimate image } }')).setCompanyPotential).toEqual({ id: 'beta', walletEstimate: 1000, image: 2 });
    expect(await ok('betaEditor', 'mutation { removeSale(accountId: "beta", productId: "r3", period: "2025-04") }')).toEqual({ removeSale: 'beta/r3/2025-04' });
    expect((await ok('betaEditor', 'mutation { setCompanyPotential(input: { companyId: "beta", walletEstimate: null }) { walletEstimate } }')).setCompanyPotential.walletEstimate).toBeNull();
  });
});

describe('writes', () => {
  const RECORD = 'mutation ($input: [SaleInput!]!) { recordSales(input: $input) { created updated unchanged sales { id period revenue } } }';
  const sale = { accountId: 'beta', productId: 'r1', period: '2025-06', revenue: 80, volume: 10 };

  it.each([
    ['an unknown account', [{ ...sale, accountId: 'nope' }], 'NOT_FOUND', 'input[0].accountId'],
    ['a supplier unit as account', [{ ...sale, accountId: 'us-1' }], 'BAD_USER_INPUT', 'input[0].accountId'],
    ['an unknown product', [sale, { ...sale, productId: 'nope' }], 'NOT_FOUND', 'input[1].productId'],
    ['a malformed period', [{ ...sale, period: '2025-6' }], 'BAD_USER_INPUT', 'input[0].period'],
    ['a period after this month', [{ ...sale, period: '2999-01' }], 'BAD_USER_INPUT', 'input[0].period'],
    ['a negative revenue', [sale, sale, { ...sale, period: '2025-08', revenue: -1 }], 'BAD_USER_INPUT', 'input[2].revenue'],
    ['a negative volume', [{ ...sale, volume: -1 }], 'BAD_USER_INPUT', 'input[0].volume'],
    ['a negative list revenue', [{ ...sale, listRevenue: -5 }], 'BAD_USER_INPUT', 'input[0].listRevenue'],
    ['a margin above the revenue', [{ ...sale, contributionMargin: 81 }], 'BAD_USER_INPUT', 'input[0].contributionMargin'],
    ['the same sale twice', [sale, { ...sale, revenue: 90 }], 'BAD_USER_INPUT', 'input[1].period'],
    ['a yearly sale beside a stored monthly one', [{ ...sale, period: '2025' }], 'BAD_USER_INPUT', 'input[0].period'],
    ['a yearly and a monthly sale of one year', [{ ...sale, productId: 'r3', period: '2024' }, { ...sale, productId: 'r3', period: '2024-02' }], 'BAD_USER_INPUT', 'input[1].period'],
    ['no sale at all', [], 'BAD_USER_INPUT', 'input'],
  ])('recordSales refuses %s, writing nothing', async (_what, input, code, field) => {
    const before = await dump();
    const r = await gql('admin', RECORD, { input });
    expect(r.data).toBeNull();
    expect(refusal(r)).toEqual([[code, field]]);
    expect(await dump()).toEqual(before);
  });

  it('records sales as one unit: created, updated, unchanged; the figures follow at once', async () => {
    const first = await ok('admin', RECORD, { input: [sale, { ...sale, productId: 'r2', revenue: 200, volume: 2, contributionMargin: -10 }] });
    expect(first.recordSales).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(first.recordSales.sales.map((s: any) => s.id)).toEqual(['beta/r1/2025-06', 'beta/r2/2025-06']);
    const again = await ok('admin', RECORD, { input: [sale, { ...sale, productId: 'r2', revenue: 250, volume: 2 }] });
    expect(again.recordSales).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    // beta 2025: 260 + 80 + 250
    expect((await ok('admin', '{ company(id: "beta") { commercial(period: "2025") { revenue } } }')).company.commercial.revenue).toBe(590);
    expect(await ok('admin', 'mutation { removeSale(accountId: "beta", productId: "r2", period: "2025-06") }')).toEqual({ removeSale: 'beta/r2/2025-06' });
    expect(refusal(await gql('admin', 'mutation { removeSale(accountId: "beta", productId: "r2", period: "2025-06") }'))).toEqual([['NOT_FOUND', 'period']]);
    expect((await ok('admin', '{ portfolio(period: "2025") { revenue } }')).portfolio.revenue).toBe(2960 + 80);
  });

  it('products: created with a name and family, patched, removed only without sales', async () => {
    const before = await dump();
    for (const [m, code, field] of [
      ['mutation { upsertProduct(input: { id: "r8", name: "R8" }) { id } }', 'BAD_USER_INPUT', 'input.family'],
      ['mutation { upsertProduct(input: { id: "r8", family: "Seals" }) { id } }', 'BAD_USER_INPUT', 'input.name'],
      ['mutation { upsertProduct(input: { id: "r8", name: "R8", family: "Seals", listPrice: -1 }) { id } }', 'BAD_USER_INPUT', 'input.listPrice'],
      ['mutation { removeProduct(id: "r1") }', 'BAD_USER_INPUT', 'id'],
      ['mutation { removeProduct(id: "nope") }', 'NOT_FOUND', 'id'],
      ['mutation { removeCompany(id: "acme-n1") }', 'BAD_USER_INPUT', 'id'],
    ] as const) expect(refusal(await gql('admin', m)), m).toEqual([[code, field]]);
    expect(await dump()).toEqual(before);
    expect((await ok('admin', 'mutation { upsertProduct(input: { id: "r8", name: "R8", family: "Valves", launchedAt: "2026-01-15", listPrice: 3 }) { id family } }')).upsertProduct).toEqual({ id: 'r8', family: 'Valves' });
    expect((await ok('admin', 'mutation { upsertProduct(input: { id: "r8", listPrice: null }) { name listPrice launchedAt } }')).upsertProduct).toEqual({ name: 'R8', listPrice: null, launchedAt: '2026-01-15' });
    // a fourth family: acme's breadth is now 2 of 4
    expect((await ok('admin', '{ company(id: "acme") { commercial(period: "2025") { breadth { ratio } } } }')).company.commercial.breadth.ratio).toBe(0.5);
    expect(await ok('admin', 'mutation { removeProduct(id: "r8") }')).toEqual({ removeProduct: 'r8' });
  });

  it('potential inputs: patched, validated, and in the audit log', async () => {
    const before = await dump();
    for (const [m, code, field] of [
      ['mutation { setCompanyPotential(input: { companyId: "acme", image: 6 }) { id } }', 'BAD_USER_INPUT', 'input.image'],
      ['mutation { setCompanyPotential(input: { companyId: "acme", walletEstimate: -1 }) { id } }', 'BAD_USER_INPUT', 'input.walletEstimate'],
      ['mutation { setCompanyPotential(input: { companyId: "nope", image: 3 }) { id } }', 'NOT_FOUND', 'input.companyId'],
      ['mutation { setCompanyPotential(input: { companyId: "us", image: 3 }) { id } }', 'BAD_USER_INPUT', 'input.companyId'],
    ] as const) expect(refusal(await gql('admin', m)), m).toEqual([[code, field]]);
    expect(await dump()).toEqual(before);
    const d = await ok('admin', 'mutation { setCompanyPotential(input: { companyId: "acme", annualTurnover: 2000000 }) { annualTurnover image walletEstimate } }');
    expect(d.setCompanyPotential).toEqual({ annualTurnover: 2_000_000, image: 4, walletEstimate: 10_000 });
    const log = await ok('admin', '{ auditLog(entityId: "acme", first: 1) { edges { node { operation changes { kind before after } } } } }');
    expect(log.auditLog.edges[0].node).toMatchObject({ operation: 'setCompanyPotential', changes: [{ kind: 'potential.set', before: { annualTurnover: 1_000_000 }, after: { potential: { annualTurnover: 2_000_000 } } }] });
  });
});

describe('docs/commercial.md', () => {
  it('every query of its Portfolio section runs on the demo graph, within the default limits', async () => {
    const queries = docQueries('commercial.md');
    expect(queries.length).toBeGreaterThanOrEqual(6);
    await runOnDemo(queries);
  });
});
