import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { createServices, type UnrestrictedServices } from '../../src/context.js';
import { generateGraph } from '../../src/generator/generate.js';
import { accountFacts, accountWeights, portfolioAccounts, subtree } from '../../src/modules/commercial/commercial.facts.js';
import { commercialServicesFor } from '../../src/modules/commercial/commercial.context.js';
import { CommercialService, type CoverageLookup } from '../../src/modules/commercial/commercial.service.js';
import { decisionMakerTally } from '../../src/modules/commercial/commercial.coverage.js';
import { CoverageService } from '../../src/modules/coverage/coverage.service.js';
import { parsePeriod } from '../../src/domain/period.js';
import type { SaleRecord } from '../../src/domain/records.js';
import { commercialGraph } from '../../src/readmodel/read-graph.js';
import { ReadModel } from '../../src/readmodel/read-model.js';
import { ScopedGraph } from '../../src/readmodel/scoped-graph.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { demoStore, TODAY } from '../support/app.js';

/**
 * Invariants of the commercial metrics (docs/commercial.md) on generated
 * graphs: shares sum to 1, an account's revenue is its units', exposure is
 * never negative and 0 when everyone pays the same unit price, moving a sale
 * between accounts leaves the portfolio's totals as they were, quadrants
 * follow the split; and the generated demo has something to show for every
 * query.
 */
const noCoverage: CoverageLookup = async () => ({ overall: { total: 0, covered: 0, coverageRatio: null }, singleThreaded: false, byUnit: [] });
const PERIOD = '2025';

describe('on a generated graph (scale S, seed 7)', () => {
  const g = ReadModel.fromData(generateGraph('S', 7, new Date(`${TODAY}T00:00:00Z`)));
  const service = new CommercialService({ ready: async () => g }, noCoverage);

  it('revenue shares, Pareto shares and account weights sum to 1; the last cumulative share is 1', async () => {
    const p = await service.portfolio({ period: PERIOD });
    expect(p.pareto.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    expect(p.pareto.rows.at(-1)!.cumulativeShare).toBeCloseTo(1, 12);
    const top = await service.topAccounts({ period: PERIOD });
    expect(top.rows.reduce((s, r) => s + r.revenueShare, 0)).toBeCloseTo(1, 12);
    expect(top.rows.reduce((s, r) => s + r.revenue, 0)).toBeCloseTo(p.revenue, 6);
    const w = accountWeights(g, PERIOD)!;
    expect([...w.values()].reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(w.size).toBe(p.accounts);
    // HHI lies between 1/n and 1
    expect(p.concentration.hhi!).toBeGreaterThanOrEqual(1 / p.pareto.buyers - 1e-12);
    expect(p.concentration.hhi!).toBeLessThanOrEqual(1);
  });

  it('an account\'s revenue is the sum of its units\' own; a segment\'s portfolio is part of the whole', async () => {
    const w = parsePeriod(PERIOD);
    for (const a of portfolioAccounts(g)) {
      const c = g.companyIndex(a.id);
      let own = 0;
      for (const u of subtree(g, c)) g.forEachSaleOf(u, (_x, _a, _r, start, length, revenue) => { if (start >= w.from && start + length <= w.to) own += revenue; });
      expect(accountFacts(g, c, w).revenue).toBeCloseTo(own, 6);
    }
    const whole = await service.portfolio({ period: PERIOD });
    const segments = [...new Set(portfolioAccounts(g).map((a) => a.segment))];
    let sum = 0;
    for (const segment of segments) sum += (await service.portfolio({ period: PERIOD, segment })).revenue;
    expect(sum).toBeCloseTo(whole.revenue, 6);
  });

  it('exposure is never negative; per account it sums to the product\'s; a bigger customer\'s best price is never above a smaller one\'s', async () => {
    const r = await service.priceConsistency({ period: PERIOD });
    expect(r.products.length).toBe(g.productCount);
    let total = 0;
    for (const p of r.products) {
      expect(p.exposure).toBeGreaterThanOrEqual(0);
      expect(p.accounts.reduce((s, a) => s + a.exposure, 0)).toBeCloseTo(p.exposure, 6);
      for (const a of p.accounts) {
        expect(a.exposure).toBeGreaterThanOrEqual(0);
        expect(a.bestPrice).toBeLessThanOrEqual(a.price + 1e-9);
        for (const b of p.accounts) if (b.volume >= a.volume) expect(b.bestPrice).toBeLessThanOrEqual(a.bestPrice + 1e-9);
      }
      total += p.exposure;
    }
    expect(r.exposure).toBeCloseTo(total, 6);
    expect(r.accounts.reduce((s, a) => s + a.exposure, 0)).toBeCloseTo(total, 6);
  });

  it('exposure is 0 when every account pays the same unit price', async () => {
    const data = generateGraph('S', 7, new Date(`${TODAY}T00:00:00Z`));
    // every sale at 10 a unit, whatever the account
    for (const s of data.sales!) s.revenue = s.volume * 10;
    const same = new CommercialService({ ready: async () => ReadModel.fromData(data) }, noCoverage);
    const r = await same.priceConsistency({ period: PERIOD });
    expect(r.exposure).toBe(0);
    for (const p of r.products) if (p.accounts.length) expect(p.dispersion).toBeCloseTo(0, 12);
  });

  it('quadrants follow the split; candidates are non-key DEVELOP/INVEST, reviews key SERVE_INDIRECTLY', async () => {
    for (const split of [50, 30, 70]) {
      const m = await service.accountMatrix({ period: PERIOD, split });
      for (const r of m.rows) {
        expect(r.potential === null || (r.potential >= 0 && r.potential <= 100)).toBe(true);
        expect(r.position === null || (r.position >= 0 && r.position <= 100)).toBe(true);
        if (r.potential === null || r.position === null) { expect(r.quadrant).toBeNull(); continue; }
        const hi = [r.potential >= split, r.position >= split];
        expect(r.quadrant).toBe(hi[0] ? (hi[1] ? 'DEVELOP' : 'INVEST') : hi[1] ? 'MAINTAIN' : 'SERVE_INDIRECTLY');
        expect(r.candidate).toBe(!r.company.isKeyAccount && (r.quadrant === 'DEVELOP' || r.quadrant === 'INVEST'));
        expect(r.review).toBe(r.company.isKeyAccount === true && r.quadrant === 'SERVE_INDIRECTLY');
      }
    }
  });

  it('a scoped view\'s portfolio is the portfolio of its accounts: the same revenue, shares of its own total', async () => {
    const ids = portfolioAccounts(g).slice(0, 3).map((a) => a.id);
    const scoped = new CommercialService({ ready: async () => new ScopedGraph(g, ids) }, noCoverage);
    const p = await scoped.portfolio({ period: PERIOD });
    const w = parsePeriod(PERIOD);
    expect(p.accounts).toBe(3);
    expect(p.revenue).toBeCloseTo(ids.reduce((s, id) => s + accountFacts(g, g.companyIndex(id), w).revenue, 0), 6);
    expect(p.pareto.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    expect((await scoped.priceConsistency({ period: PERIOD })).accounts.every((a) => ids.includes(a.company.id))).toBe(true);
  });

  it('the generated graph has something to show for every query', async () => {
    const p = await service.portfolio({ period: PERIOD });
    expect(p.dependencies.length).toBeGreaterThan(0);
    expect(p.bigButThin.accounts.length).toBeGreaterThan(0);
    expect((await service.priceConsistency({ period: PERIOD })).exposure).toBeGreaterThan(0);
    const top = await service.topAccounts({ period: PERIOD });
    expect(top.rows.some((r) => r.shareOfWallet !== null)).toBe(true);
    expect(top.rows.some((r) => (r.priceMix ?? 0) > 0)).toBe(true);
    expect(top.rows.some((r) => r.growth !== null && r.growth < 0)).toBe(true);
    const m = await service.accountMatrix({ period: PERIOD });
    expect(new Set(m.rows.map((r) => r.quadrant)).size).toBeGreaterThanOrEqual(3);
    const k = await service.kamLoad({ period: PERIOD });
    expect(k.kams.some((x) => x.overloaded)).toBe(true);
    expect(k.kams.some((x) => x.partTime)).toBe(true);
    expect(k.withoutKam.length).toBeGreaterThan(0);
    const wallets = portfolioAccounts(g).filter((a) => commercialGraph(g).potential(g.companyIndex(a.id)).walletEstimate !== null);
    expect(wallets.length).toBeGreaterThan(0);
    expect(wallets.length).toBeLessThan(p.accounts);
  });
});

describe('the reports\' decision-maker coverage tally', () => {
  it('equals the coverage service\'s (overall, single-threaded), in force (with interactions), on every account of a generated graph', async () => {
    const g = ReadModel.fromData(generateGraph('S', 3, new Date(`${TODAY}T00:00:00Z`)));
    expect(g.interactionCount).toBeGreaterThan(0);
    const coverage = new CoverageService({ ready: async () => g }, DEFAULT_ANALYTICS, () => []);
    for (const args of [{}, { asOf: '2026-06-30' }, { minStrength: 0.6, maxAgeDays: 90, asOf: TODAY }]) {
      const t = coverage.thresholds(args);
      const p = await coverage.graphAt(t);
      for (const a of portfolioAccounts(g)) {
        const full = await coverage.decisionMakerCoverage(a.id, args);
        expect(decisionMakerTally(p, a.id, t), `${a.id} ${JSON.stringify(args)}`).toEqual({
          total: full.overall.total, covered: full.overall.covered, coverageRatio: full.overall.coverageRatio, singleThreaded: full.singleThreaded,
        });
      }
    }
  });
});

describe('moving a sale between accounts (demo, through the services)', () => {
  let store: LadybugStore;
  let services: UnrestrictedServices;
  beforeAll(async () => {
    ({ store } = await demoStore('demo', 11));
    services = createServices(store, { defaults: DEFAULT_ANALYTICS });
  });
  afterAll(async () => {
    await services.close();
    await store.close();
  });

  it('leaves the portfolio\'s revenue, margin and catalogue exposure totals as they were', async () => {
    const c = commercialServicesFor(services);
    const g = commercialGraph(await services.readModel.ready());
    const before = await c.commercial.portfolio({ period: PERIOD });
    // a 2025 sale of the biggest account, moved to the smallest (one that does not buy that product that month)
    const big = before.pareto.rows[0].id;
    const small = before.pareto.rows.at(-1)!.id;
    const found: SaleRecord[] = [];
    for (const u of subtree(g, g.companyIndex(big))) {
      g.forEachSaleOf(u, (x) => {
        const s = g.sale(x);
        if (s.period.startsWith(PERIOD) && g.saleIndex(small, s.productId, s.period) < 0 && g.saleIndex(small, s.productId, PERIOD) < 0) found.push(s);
      });
    }
    const s = found[0];
    await c.sale.record([{ ...s, accountId: small }]);
    await c.sale.remove(s.accountId, s.productId, s.period);
    const after = await c.commercial.portfolio({ period: PERIOD });
    expect(after.revenue).toBeCloseTo(before.revenue, 6);
    expect(after.contributionMargin!).toBeCloseTo(before.contributionMargin!, 6);
    expect(after.accounts).toBe(before.accounts);
    const top = before.pareto.rows.find((r) => r.id === big)!.revenue;
    expect(after.pareto.rows.find((r) => r.id === big)!.revenue).toBeCloseTo(top - s.revenue, 6);
  });
});
