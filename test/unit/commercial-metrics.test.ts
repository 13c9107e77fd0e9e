import { describe, expect, it } from 'vitest';
import {
  accountMatrix, bigButThin, breadth, concentration, dependencies, isNew, kamLoad, marginPct, median, pareto, percentileRanks, priceExposure, priceMix,
  quadrant, shareOfWallet, weightedMean, whiteSpace,
} from '../../src/modules/commercial/commercial.metrics.js';
import { lastCompleteYear, monthIndex, overlap, parsePeriod, parseSalePeriod, previousWindow, salePeriodLabel } from '../../src/domain/period.js';
import { saleId } from '../../src/domain/records.js';

/**
 * docs/commercial.md, each metric on a fixture worked by hand; the arithmetic
 * is beside each assertion. Accounts A..F: revenue 500, 300, 100, 50, 50
 * (D and E tie), 0 (no sales: F); margins 50, 90, 30, 15, 15, none.
 */
const ACCOUNTS = [
  { id: 'A', revenue: 500, margin: 50 as number | null },
  { id: 'B', revenue: 300, margin: 90 },
  { id: 'C', revenue: 100, margin: 30 },
  { id: 'E', revenue: 50, margin: 15 },
  { id: 'D', revenue: 50, margin: 15 },
  { id: 'F', revenue: 0, margin: null },
];

describe('Pareto and concentration', () => {
  const p = pareto(ACCOUNTS);
  it('ranks by revenue, ties by id, the account without sales last', () => {
    expect(p.rows.map((r) => r.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']); // D before E: 50 = 50, "D" < "E"
    expect(p.total).toBe(1000);
    // shares 0.5, 0.3, 0.1, 0.05, 0.05, 0; cumulative 0.5, 0.8, 0.9, 0.95, 1, 1
    expect(p.rows.map((r) => r.share)).toEqual([0.5, 0.3, 0.1, 0.05, 0.05, 0]);
    p.rows.map((r) => r.cumulativeShare).forEach((c, i) => expect(c).toBeCloseTo([0.5, 0.8, 0.9, 0.95, 1, 1][i], 12));
  });
  it('the top 20 % of the buying accounts and the fewest that make 80 %', () => {
    expect(p.buyers).toBe(5); // F bought nothing
    expect(p.topCount).toBe(1); // ⌈0.2 × 5⌉ = 1
    expect(p.topShare).toBe(0.5); // A alone
    expect(p.accountsFor80).toBe(2); // 0.5 + 0.3 = 0.8 ≥ 0.8 at B
    expect(p.accountsFor80Share).toBe(0.4); // 2 of 5
  });
  it('HHI, its equivalent number of accounts, top-1 and top-5 shares', () => {
    const c = concentration(p.rows.map((r) => r.share));
    expect(c.hhi).toBeCloseTo(0.355, 12); // 0.25 + 0.09 + 0.01 + 0.0025 + 0.0025
    expect(c.equivalentAccounts).toBeCloseTo(1 / 0.355, 12); // ≈ 2.817
    expect(c.top1Share).toBe(0.5);
    expect(c.top5Share).toBeCloseTo(1, 12); // 0.5 + 0.3 + 0.1 + 0.05 + 0.05; F adds 0
  });
  it('with ⌈⌉: 6 buyers give a top of 2; none give 0 and no shares', () => {
    expect(pareto([1, 2, 3, 4, 5, 6].map((r) => ({ id: `x${r}`, revenue: r }))).topCount).toBe(2); // ⌈1.2⌉
    const empty = pareto([{ id: 'F', revenue: 0 }]);
    expect([empty.buyers, empty.topCount, empty.accountsFor80, empty.accountsFor80Share]).toEqual([0, 0, 0, null]);
    expect(concentration([0])).toEqual({ hhi: null, equivalentAccounts: null, top1Share: null, top5Share: null });
  });
});

describe('can we say no? (dependencies)', () => {
  it('a revenue or margin share above the threshold, strictly; larger share first', () => {
    // revenue shares 0.5, 0.3, 0.1, 0.05, 0.05, 0; margin total 200: shares 0.25, 0.45, 0.15, 0.075, 0.075, 0
    const d = dependencies(ACCOUNTS, 0.1);
    expect(d.map((x) => [x.id, x.reasons])).toEqual([
      ['A', ['REVENUE', 'MARGIN']], // max(0.5, 0.25) = 0.5
      ['B', ['REVENUE', 'MARGIN']], // max(0.3, 0.45) = 0.45
      ['C', ['MARGIN']], // revenue 0.1 is not above 0.1; margin 0.15 is
    ]);
    expect(d[1].marginShare).toBeCloseTo(0.45, 12);
    expect(d[2].revenueShare).toBe(0.1);
  });
  it('without a known positive margin, only revenue counts', () => {
    const d = dependencies([{ id: 'X', revenue: 90, margin: null }, { id: 'Y', revenue: 10, margin: null }], 0.1);
    expect(d).toEqual([{ id: 'X', revenueShare: 0.9, marginShare: null, dependent: true, reasons: ['REVENUE'] }]); // Y: 0.1 is not above
  });
});

describe('big but thin', () => {
  it('the top 20 % whose margin % is below the median margin %', () => {
    // margin % A 50/500 = 0.10, B 90/300 = 0.30, C 0.30, D 0.30, E 0.30, F none; median of [0.1, 0.3, 0.3, 0.3, 0.3] = 0.3
    const ranked = pareto(ACCOUNTS).rows.map((r) => ({ id: r.id, revenue: r.revenue, marginPct: marginPct(ACCOUNTS.find((a) => a.id === r.id)!.margin, r.revenue) }));
    const t = bigButThin(ranked, 1);
    expect(t.medianMarginPct).toBeCloseTo(0.3, 12);
    expect(t.accounts).toEqual([{ id: 'A', revenue: 500, marginPct: 0.1 }]);
    // with the top two, B (0.3, equal to the median) is not below it
    expect(bigButThin(ranked, 2).accounts.map((a) => a.id)).toEqual(['A']);
  });
  it('median: the middle one, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5); // (2 + 3) ÷ 2
    expect(median([])).toBeNull();
    expect(marginPct(null, 100)).toBeNull();
    expect(marginPct(10, 0)).toBeNull();
  });
});

describe('cross-sell breadth, white space, share of wallet, price mix', () => {
  const catalogue = ['F1', 'F2', 'F3', 'F4'];
  it('breadth: families bought ÷ families in the catalogue', () => {
    expect(breadth(new Set(['F1', 'F3']), catalogue)).toEqual({ bought: 2, total: 4, ratio: 0.5 }); // 2 ÷ 4
    expect(breadth(new Set(), [])).toEqual({ bought: 0, total: 0, ratio: null });
  });
  it('white space: the share of peers buying each family not bought; highest first, ties by name', () => {
    // peers: {F1,F2}, {F2,F3}, {F2}, {} (a peer without sales): F2 3/4, F3 1/4, F4 0/4; F1 is bought
    const peers = [new Set(['F1', 'F2']), new Set(['F2', 'F3']), new Set(['F2']), new Set<string>()];
    expect(whiteSpace(new Set(['F1']), peers, catalogue)).toEqual([
      { family: 'F2', share: 0.75, buyers: 3, peers: 4 },
      { family: 'F3', share: 0.25, buyers: 1, peers: 4 },
      { family: 'F4', share: 0, buyers: 0, peers: 4 },
    ]);
    expect(whiteSpace(new Set(['F1']), [], catalogue)).toEqual([]);
  });
  it('share of wallet: revenue ÷ the yearly wallet scaled to the period', () => {
    expect(shareOfWallet(250, 1000, 12)).toBe(0.25); // a year: 250 ÷ 1000
    expect(shareOfWallet(250, 1000, 6)).toBe(0.5); // half a year: 250 ÷ 500
    expect(shareOfWallet(250, null, 12)).toBeNull();
    expect(shareOfWallet(250, 0, 12)).toBeNull();
  });
  it('price mix: revenue of products launched within newWithin months of the period end', () => {
    const dec25 = monthIndex(2025, 12);
    // 24 months ending with 2025-12 are 2024-01 … 2025-12: launched 2024-01 is new, 2023-12 is not, unknown never
    expect(isNew(monthIndex(2024, 1), dec25, 24)).toBe(true);
    expect(isNew(monthIndex(2023, 12), dec25, 24)).toBe(false);
    expect(isNew(NaN, dec25, 24)).toBe(false);
    const mix = priceMix([{ revenue: 30, launchMonth: monthIndex(2024, 1) }, { revenue: 50, launchMonth: monthIndex(2023, 12) }, { revenue: 20, launchMonth: NaN }], dec25, 24);
    expect(mix).toEqual({ newRevenue: 30, share: 0.3 }); // 30 ÷ (30 + 50 + 20)
    expect(priceMix([], dec25, 24).share).toBeNull();
  });
});

describe('price consistency', () => {
  it('each account against the best price of anyone no bigger (equal volume counts), with dispersion', () => {
    // prices: a 1000/100 = 10, b 450/50 = 9, c 550/50 = 11, d 1600/200 = 8, e 120/10 = 12; f has no volume (left out)
    // by volume: e (10) best 12 itself → 0; b, c (50) best 9 (b) → b 0, c 50 × (11 − 9) = 100;
    // a (100) best 9 (b) → 100 × (10 − 9) = 100; d (200) 8 is below 9 → itself, 0. Exposure 200
    const e = priceExposure([
      { id: 'a', volume: 100, revenue: 1000 }, { id: 'b', volume: 50, revenue: 450 }, { id: 'c', volume: 50, revenue: 550 },
      { id: 'd', volume: 200, revenue: 1600 }, { id: 'e', volume: 10, revenue: 120 }, { id: 'f', volume: 0, revenue: 5 },
    ]);
    expect(e.exposure).toBeCloseTo(200, 9);
    expect(e.accounts.map((a) => [a.id, a.exposure, a.bestFrom])).toEqual([
      ['a', 100, 'b'], ['c', 100, 'b'], ['b', 0, null], ['d', 0, null], ['e', 0, null], // exposure descending, then id
    ]);
    expect(e.accounts.find((a) => a.id === 'c')!.bestPrice).toBe(9);
    // mean 10; deviations 0, −1, 1, −2, 2 → variance (0 + 1 + 1 + 4 + 4) ÷ 5 = 2; CV = √2 ÷ 10
    expect(e.meanPrice).toBe(10);
    expect(e.dispersion).toBeCloseTo(Math.SQRT2 / 10, 12);
    expect([e.minPrice, e.maxPrice]).toEqual([8, 12]);
  });
  it('nobody is exposed when everyone pays the same unit price, or when bigger customers pay less', () => {
    const same = priceExposure([{ id: 'x', volume: 3, revenue: 30 }, { id: 'y', volume: 7, revenue: 70 }, { id: 'z', volume: 1, revenue: 10 }]);
    expect([same.exposure, same.dispersion]).toEqual([0, 0]);
    const fair = priceExposure([{ id: 'big', volume: 100, revenue: 800 }, { id: 'small', volume: 10, revenue: 100 }]);
    expect(fair.exposure).toBe(0); // the bigger pays 8 < 10
    expect(priceExposure([]).accounts).toEqual([]);
  });
});

describe('account analysis matrix', () => {
  it('percentile ranks: (below + half of equal) ÷ n × 100, unknown left out', () => {
    // known sorted 10, 20, 20, 30: 10 → 0.5/4, 20 → (1 + 1)/4, 30 → 3.5/4
    expect(percentileRanks([10, 20, 20, 30, null])).toEqual([12.5, 50, 50, 87.5, null]);
    expect(percentileRanks([7])).toEqual([50]);
    expect(weightedMean([{ value: 80, weight: 0.4 }, { value: null, weight: 0.4 }, { value: 20, weight: 0.2 }])).toBeCloseTo(60, 12); // (32 + 4) ÷ 0.6
  });
  it('potential, position and quadrants, worked by hand', () => {
    const rows = accountMatrix([
      { id: 'A', isKeyAccount: true, annualTurnover: 400, margin: 40, image: 5, shareOfWallet: 0.5, revenueShare: 0.4, coverageRatio: 1, breadth: 0.75 },
      { id: 'B', isKeyAccount: false, annualTurnover: 300, margin: 35, image: 3, shareOfWallet: null, revenueShare: 0.3, coverageRatio: 0.5, breadth: 0.5 },
      { id: 'C', isKeyAccount: false, annualTurnover: 200, margin: 30, image: null, shareOfWallet: 0.2, revenueShare: 0.2, coverageRatio: null, breadth: 0.25 },
      { id: 'D', isKeyAccount: true, annualTurnover: null, margin: null, image: 1, shareOfWallet: 0.8, revenueShare: 0.1, coverageRatio: 0, breadth: 0 },
    ]);
    const [a, b, c, d] = rows;
    // turnover ranks (A, B, C known): C 16.67, B 50, A 83.33; margin (40, 35, 30): C 16.67, B 50, A 83.33; image (A, B, D): D 16.67, B 50, A 83.33
    // potential: A 0.4·83.33 + 0.4·83.33 + 0.2·83.33 = 83.33; B 0.4·50 + 0.4·50 + 0.2·50 = 50 (exactly the split: high);
    // C (no image) (0.4·16.67 + 0.4·16.67) ÷ 0.8 = 16.67; D (image only) 16.67
    expect(a.potential).toBeCloseTo(250 / 3, 9);
    expect(b.potential).toBeCloseTo(50, 9);
    expect(c.potential).toBeCloseTo(50 / 3, 9);
    expect(d.potential).toBeCloseTo(50 / 3, 9);
    // wallet: share of wallet ranked among A, C, D (0.5, 0.2, 0.8): C 16.67, A 50, D 83.33; B has none: its revenue share 0.3
    // ranked among all four (0.4, 0.3, 0.2, 0.1): (2 + 0.5) ÷ 4 = 62.5
    expect(b.ranks.walletFrom).toBe('REVENUE_SHARE');
    expect(b.ranks.wallet).toBe(62.5);
    // coverage (A, B, D: 1, 0.5, 0): D 16.67, B 50, A 83.33; breadth (0.75, 0.5, 0.25, 0): A 87.5, B 62.5, C 37.5, D 12.5
    // position: A (50 + 83.33 + 87.5) ÷ 3 = 73.61; B (62.5 + 50 + 62.5) ÷ 3 = 58.33; C (16.67 + 37.5) ÷ 2 = 27.08; D (83.33 + 16.67 + 12.5) ÷ 3 = 37.5
    expect(a.position).toBeCloseTo((50 + 250 / 3 + 87.5) / 3, 9);
    expect(b.position).toBeCloseTo(175 / 3, 9);
    expect(c.position).toBeCloseTo((50 / 3 + 37.5) / 2, 9);
    expect(d.position).toBeCloseTo(37.5, 9);
    expect(rows.map((r) => [r.id, r.quadrant, r.candidate, r.review])).toEqual([
      ['A', 'DEVELOP', false, false], // key, high/high
      ['B', 'DEVELOP', true, false], // non-key at 50 ≥ 50: a candidate
      ['C', 'SERVE_INDIRECTLY', false, false],
      ['D', 'SERVE_INDIRECTLY', false, true], // key, low/low: to review
    ]);
  });
  it('quadrants split at ≥ split; unknown scores have none', () => {
    expect([quadrant(50, 50, 50), quadrant(50, 49.9, 50), quadrant(49.9, 50, 50), quadrant(0, 0, 50)]).toEqual(['DEVELOP', 'INVEST', 'MAINTAIN', 'SERVE_INDIRECTLY']);
    expect(quadrant(null, 80, 50)).toBeNull();
  });
});

describe('KAM load', () => {
  it('overload above the maximum; part-time KAMs; key accounts without a (full-time) KAM', () => {
    const assignments = [
      ...['K1', 'K2', 'K3', 'K4', 'K5', 'K6'].map((accountId) => ({ kamId: 'k1', accountId, isKeyAccount: true })), // 6 > 5
      { kamId: 'k2', accountId: 'K7', isKeyAccount: true }, { kamId: 'k2', accountId: 'N1', isKeyAccount: false }, // part-time
      { kamId: 'k3', accountId: 'K1', isKeyAccount: true }, // a second KAM on K1
    ];
    const load = kamLoad(assignments, ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8'], 5);
    expect(load.kams.map((k) => [k.kamId, k.keyAccounts.length, k.overloaded, k.partTime])).toEqual([
      ['k1', 6, true, false], ['k2', 1, false, true], ['k3', 1, false, false],
    ]);
    expect(load.flagged).toEqual([
      { accountId: 'K7', kams: ['k2'], flags: ['PART_TIME_KAM'] },
      { accountId: 'K8', kams: [], flags: ['NO_KAM'] },
    ]);
    expect(load.withoutKam).toEqual(['K7', 'K8']); // K7's only KAM is part-time: not a KAM
    expect(kamLoad(assignments, ['K1'], 6).kams[0].overloaded).toBe(false); // 6 is not more than 6
  });
});

describe('periods and sale ids', () => {
  it('sale periods, query periods, overlaps', () => {
    expect(parseSalePeriod('2025')).toEqual({ start: monthIndex(2025, 1), length: 12 });
    expect(parseSalePeriod('2025-03')).toEqual({ start: monthIndex(2025, 3), length: 1 });
    for (const bad of ['2025-13', '2025-3', '25', '2025-03-01', '']) expect(parseSalePeriod(bad)).toBeNull();
    expect(salePeriodLabel(monthIndex(2025, 3), 1)).toBe('2025-03');
    expect(parsePeriod('2024-11..2025-02')).toEqual({ from: monthIndex(2024, 11), to: monthIndex(2025, 3), label: '2024-11..2025-02' });
    expect(parsePeriod('2024..2025').label).toBe('2024-01..2025-12');
    expect(previousWindow(parsePeriod('2025')).label).toBe('2024');
    expect(previousWindow(parsePeriod('2025-01..2025-06')).label).toBe('2024-07..2024-12');
    expect(lastCompleteYear(new Date('2026-11-01T00:00:00Z')).label).toBe('2025');
    expect(() => parsePeriod('2025-06..2025-01')).toThrow(/ends before it starts/);
    expect(() => parsePeriod('last year')).toThrow(/YYYY/);
    // a yearly sale counts by twelfths: half of it in the first half year, none in the next year
    expect(overlap(monthIndex(2025, 1), 12, monthIndex(2025, 1), monthIndex(2025, 7))).toBe(0.5);
    expect(overlap(monthIndex(2025, 3), 1, monthIndex(2025, 1), monthIndex(2025, 7))).toBe(1);
    expect(overlap(monthIndex(2025, 1), 12, monthIndex(2026, 1), monthIndex(2027, 1))).toBe(0);
  });
  it('a sale id never confuses two keys', () => {
    expect(saleId('g1', 'P1', '2025-03')).toBe('g1/P1/2025-03');
    expect(saleId('a/b', 'c', '2025')).not.toBe(saleId('a', 'b/c', '2025'));
    expect(saleId('a%2Fb', 'c', '2025')).not.toBe(saleId('a/b', 'c', '2025'));
  });
});
