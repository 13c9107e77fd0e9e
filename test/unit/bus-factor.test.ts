import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { accountGraph, accountRoots, ourPeople } from '../../src/domain/terms.js';
import { generateGraph, rng } from '../../src/generator/generate.js';
import {
  busFactor, coverageMap, influenceWeightedCoverage, isDecisionMaker, minimumDeparture, tally, type Thresholds,
} from '../../src/modules/coverage/coverage.metrics.js';
import { CoverageService } from '../../src/modules/coverage/coverage.service.js';
import { InfluenceService } from '../../src/modules/influence/influence.service.js';
import { ReadModel } from '../../src/readmodel/read-model.js';
import { ACME_AS_OF, acmeFixture } from '../support/acme.js';
import { powerIterationPagerank } from '../support/networkx.js';
import { TODAY } from '../support/app.js';

const T: Thresholds = { asOf: ACME_AS_OF, minStrength: 0.3, maxAgeDays: 365 };
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

/** Sorted id lists compared element by element (JS string order), shorter first on a common prefix. */
function compareIds(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/**
 * Exhaustive reference: every subset of the holders; the smallest that
 * empties at least k sets, and among those the first by sorted ids.
 */
function bruteForce(sets: readonly (readonly string[])[], k: number): string[] {
  if (k <= 0) return [];
  const people = [...new Set(sets.flat())].sort();
  if (people.length > 20) throw new Error('too many holders for brute force');
  const masks = sets.map((s) => s.reduce((m, p) => m | (1 << people.indexOf(p)), 0));
  let best: string[] | null = null;
  for (let mask = 0; mask < 1 << people.length; mask++) {
    let emptied = 0;
    for (const m of masks) if ((m & ~mask) === 0) emptied++;
    if (emptied < k) continue;
    const set = people.filter((_, i) => mask & (1 << i));
    if (!best || set.length < best.length || (set.length === best.length && compareIds(set, best) < 0)) best = set;
  }
  return best!;
}

describe('the exact search (minimumDeparture), worked by hand', () => {
  it('beats the greedy bound: three people who share three decision makers', () => {
    // d1 {x}, d2 {p,q}, d3 {p,r}, d4 {q,r}, d5 {s,t,w}, d6 {u,v,y}; 6 decision makers, all covered, so
    // ⌈6/2⌉ = 3 must lose every holder.
    // Greedy takes the cheapest first: d1 (x), then d2 (p,q), then d3 needs r: {x,p,q,r}, 4 people.
    // Optimal: {p,q,r} empties d2, d3 and d4: 3 people. No 2 people do: only d1 costs 1, every other set ≥ 2,
    // so 2 people empty d1 + nothing (one left) or one 2-set: at most 1 set... {x,p}: d1 only.
    const sets = [['x'], ['p', 'q'], ['p', 'r'], ['q', 'r'], ['s', 't', 'w'], ['u', 'v', 'y']];
    const r = minimumDeparture(sets, 3);
    expect(r.greedy).toBe(4);
    expect(r.people).toEqual(['p', 'q', 'r']);
    expect(r.exact).toBe(true);
    expect(bruteForce(sets, 3)).toEqual(['p', 'q', 'r']);
  });

  it('breaks ties by the sorted ids: {a,d} before {b,c}, though greedy finds {b,c} first', () => {
    // one set to empty; both cost 2 people; [a,d] < [b,c] because a < b
    const r = minimumDeparture([['b', 'c'], ['d', 'a']], 1);
    expect(r.greedy).toBe(2);
    expect(r.people).toEqual(['a', 'd']);
    // three optimal sets of size 2: {m,n} via the first set, {a,z} via the second, {b,c} via the third → {a,z}
    expect(minimumDeparture([['m', 'n'], ['z', 'a'], ['c', 'b']], 1).people).toEqual(['a', 'z']);
  });

  it('private holders fold into the cost of their decision maker', () => {
    // shared: s (d1, d2, d3). d1 {s, a}, d2 {s, b, c}, d3 {s}, d4 {e, f, g}. Empty 2:
    // {s} empties d3 alone; {s, a} empties d1 and d3: 2 people. Anything with 1 person empties at most one.
    const r = minimumDeparture([['s', 'a'], ['s', 'b', 'c'], ['s'], ['e', 'f', 'g']], 2);
    expect(r.people).toEqual(['a', 's']);
    expect(r.shared).toBe(1);
  });

  it('nobody when nothing more has to go; refuses impossible or holderless input', () => {
    expect(minimumDeparture([['a']], 0).people).toEqual([]);
    expect(minimumDeparture([['a']], -2).people).toEqual([]);
    expect(() => minimumDeparture([['a']], 2)).toThrow();
    expect(() => minimumDeparture([[]], 1)).toThrow();
  });

  it('equals brute force on 1,500 random small instances (size and tie-break)', () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const r = rng(seed);
      const n = r.int(1, 12);
      const people = r.int(1, 14);
      const sets = Array.from({ length: n }, () => {
        const s = new Set<string>();
        const c = r.int(1, Math.min(5, people));
        while (s.size < c) s.add(`p${r.int(0, people - 1)}`);
        return [...s];
      });
      const k = r.int(1, n);
      const got = minimumDeparture(sets, k);
      expect(got.exact).toBe(true);
      expect(got.people, `seed ${seed}: ${JSON.stringify(sets)} k=${k}`).toEqual(bruteForce(sets, k));
    }
  });

  it('answers within its budget on a pathological account, flagged not exact, still valid', () => {
    // 100 decision makers, each held by 3 of 60 people who all share: far beyond any real account
    const r = rng(7);
    const sets = Array.from({ length: 100 }, () => {
      const s = new Set<string>();
      while (s.size < 3) s.add(`p${r.int(0, 59)}`);
      return [...s];
    });
    const got = minimumDeparture(sets, 50, 200_000);
    expect(got.exact).toBe(false);
    expect(got.work).toBeLessThanOrEqual(200_000 + 100);
    const gone = new Set(got.people);
    expect(sets.filter((s) => s.every((p) => gone.has(p))).length).toBeGreaterThanOrEqual(50);
    expect(got.people.length).toBeLessThanOrEqual(got.greedy);
  });
});

describe('bus factor and influence-weighted coverage on the hand-worked fixture (test/support/acme.ts)', () => {
  const model = ReadModel.fromData(acmeFixture());
  const service = new CoverageService({ ready: async () => model }, DEFAULT_ANALYTICS, () => []);

  it('acme: o1 alone leaves half the decision makers uncovered', async () => {
    // Decision makers (8): a1 {o1,o4}, a2 {o1}, a3 {} (stale / undated only), n1 {o1} (o6 left), n2 {o2,o3},
    // s1 {}, s2 {o1} (0.3 at 365 days: counts), l1 {o5}. Uncovered now: a3, s1 = 2; ⌈8/2⌉ = 4, so 2 more must go.
    // One person: o1 → a2, n1, s2 lose their only holder (a1 keeps o4): 2 + 3 = 5 ≥ 4. o5 → l1: 3 < 4.
    // o2, o3, o4 alone empty nobody. So 1, {o1}.
    const s = await service.accountSummary('acme', T);
    expect(s.busFactor).toMatchObject({ total: 8, threshold: 4, uncoveredBefore: 2, uncoveredAfter: 5, exact: true });
    expect(ids(s.busFactor!.people)).toEqual(['o1']);
    expect(ids(s.busFactor!.lost)).toEqual(['a2', 'n1', 's2']);
  });

  it('acme at minStrength 0.5: o1, o2 and o5 each suffice alone; the first id wins', async () => {
    // o3→n2 (0.4) and o1→s2 (0.3) drop out: a1 {o1,o4}, a2 {o1}, n1 {o1}, n2 {o2}, l1 {o5}; a3, s1, s2 uncovered (3).
    // One more makes 4: o1 (a2, n1), o2 (n2) or o5 (l1). Smallest id: o1.
    const s = await service.accountSummary('acme', { ...T, minStrength: 0.5 });
    expect(ids(s.busFactor!.people)).toEqual(['o1']);
    expect(s.busFactor).toMatchObject({ uncoveredBefore: 3, uncoveredAfter: 5 });
  });

  it('the North unit (acme-n, with its plant acme-n1): two people, o1 and o5', async () => {
    // Decision makers n1 {o1}, n2 {o2,o3}, l1 {o5} (l4 left): ⌈3/2⌉ = 2 must go, none is uncovered now.
    // One person empties at most one (o1: n1; o5: l1). Two: {o1,o5} empties n1 and l1; {o2,o3} only n2,
    // {o1,o2}, {o1,o3}, {o2,o5} ... one each. So 2, {o1, o5}.
    const s = await service.accountSummary('acme-n', T);
    expect(ids(s.busFactor!.people)).toEqual(['o1', 'o5']);
    expect(s.busFactor).toMatchObject({ total: 3, threshold: 2, uncoveredBefore: 0, uncoveredAfter: 2 });
    expect(ids(s.busFactor!.lost)).toEqual(['l1', 'n1']);
  });

  it('0 when half are uncovered already (acme-s), null without decision makers (beta)', async () => {
    // acme-s: s1 {} and s2 {o1}: 1 of 2 uncovered = ⌈2/2⌉
    const south = await service.accountSummary('acme-s', T);
    expect(south.busFactor).toMatchObject({ people: [], total: 2, threshold: 1, uncoveredBefore: 1, uncoveredAfter: 1, lost: [] });
    // at minStrength 0.9 only o1→a1 counts in acme: 7 of 8 uncovered ≥ 4
    expect((await service.accountSummary('acme', { ...T, minStrength: 0.9 })).busFactor!.people).toEqual([]);
    expect((await service.accountSummary('beta', T)).busFactor).toBeNull();
  });

  it('acme: covered contacts hold 88.2 % of the influence, though 75 % of the decision makers are covered', async () => {
    // PageRank over the 19 active contacts (networkx, test/support/networkx_pagerank.py):
    //   a1 0.374474, a4 0.331518, n1 0.066287, s1 0.048158, n3 0.034189, l1 0.028078, l2 0.015850, a3 0.014605,
    //   and 0.15/19 = 0.007895 for each contact nobody reports to or is swayed by (a2 a5 n2 n4 l3 s2..s7).
    // Covered: a1 a2 a4 n1 n2 n3 l1 l2 s2 s3 (a4 by o3, n3 by o1, l2 by o2, s3 by o2 and o3).
    //   0.374474 + 0.331518 + 0.066287 + 0.034189 + 0.028078 + 0.015850 + 4 × 0.007895 (a2 n2 s2 s3) = 0.881975
    // Uncovered: a3 0.014605 + s1 0.048158 + 7 × 0.007895 (a5 n4 l3 s4 s5 s6 s7) = 0.118026 = 1 − 0.881974
    const s = await service.accountSummary('acme', T);
    expect(s.influenceWeightedCoverage).toBeCloseTo(0.881974, 5);
    expect(s.overall.coverageRatio).toBe(0.75);

    // the same sum from an independent power iteration over the same edges
    const contacts = ['a1', 'a2', 'a3', 'a4', 'a5', 'n1', 'n2', 'n3', 'n4', 'l1', 'l2', 'l3', 's1', 's2', 's3', 's4', 's5', 's6', 's7'];
    const fixture = acmeFixture();
    const edges: [string, string, number][] = [
      ...fixture.reportsTo.filter((r) => contacts.includes(r.personId) && contacts.includes(r.managerId)).map((r) => [r.personId, r.managerId, 0.8] as [string, string, number]),
      ...fixture.influences.filter((i) => contacts.includes(i.fromId)).map((i) => [i.toId, i.fromId, i.strength] as [string, string, number]),
    ];
    const pr = powerIterationPagerank(contacts, edges);
    const covered = ['a1', 'a2', 'a4', 'n1', 'n2', 'n3', 'l1', 'l2', 's2', 's3'];
    expect(s.influenceWeightedCoverage).toBeCloseTo(covered.reduce((x, c) => x + pr[c], 0), 9);
  });

  it('acme-s and beta, worked out in full', async () => {
    // acme-s: s2..s7 report to s1, who has no manager inside the unit (a star of 7). s1 is dangling, so
    //   leaf x = 0.15/7 + 0.85·s1/7 and s1 + 6x = 1  ⇒  s1 = 6.1/12.1 = 0.504132, x = 1/12.1 = 0.082645.
    //   Covered: s2 (o1) and s3 (o2, o3): 2/12.1 = 0.165289.
    expect((await service.accountSummary('acme-s', T)).influenceWeightedCoverage).toBeCloseTo(2 / 12.1, 9);
    // beta: b2 reports to b1 (dangling): b2 = 0.075 + 0.425·b1, b1 = 1 − b2  ⇒  b2 = 0.5/1.425 = 0.350877,
    //   b1 = 0.925/1.425 = 0.649123. Only b1 is covered (o1).
    expect((await service.accountSummary('beta', T)).influenceWeightedCoverage).toBeCloseTo(0.925 / 1.425, 9);
  });

  it('null for an account without contacts; the whole influence when everyone is covered', () => {
    const cov = new Map([['c1', [{ person: { id: 'o' } as never, strength: 1, lastContactAt: null }]], ['c2', []]]);
    expect(influenceWeightedCoverage([], cov, new Map())).toBeNull();
    expect(influenceWeightedCoverage([{ id: 'c1' }, { id: 'c2' }], cov, new Map([['c1', 0.7], ['c2', 0.3]]))).toBeCloseTo(0.7, 12);
    expect(influenceWeightedCoverage([{ id: 'c1' }], cov, new Map([['c1', 1 + 1e-15]]))).toBe(1);
  });

  it('the portfolio list: acme (bus factor 1) before beta (none)', async () => {
    const res = await service.accountCoverage({ ...T });
    expect(res.accounts.map((a) => [a.account.id, a.busFactor?.people.length ?? null])).toEqual([['acme', 1], ['beta', null]]);
    expect(res.accounts[0]).toMatchObject({ contacts: 19, overall: { total: 8, covered: 6 }, singleThreaded: false });
  });
});

describe('against brute force and invariants on generated graphs', () => {
  const thresholds: Thresholds[] = [
    { asOf: TODAY, minStrength: 0.3, maxAgeDays: 365 },
    { asOf: TODAY, minStrength: 0.5, maxAgeDays: 365 },
    { asOf: TODAY, minStrength: 0.2, maxAgeDays: 730 },
  ];

  it('on every account and unit of three demo graphs: the size and the set brute force finds', async () => {
    let compared = 0;
    let nonTrivial = 0;
    for (const seed of [1, 2, 3]) {
      const data = generateGraph('demo', seed, new Date(`${TODAY}T00:00:00Z`), { activity: false }); // brute force reads KNOWS rows
      const model = ReadModel.fromData(data);
      const service = new CoverageService({ ready: async () => model }, DEFAULT_ANALYTICS, () => []);
      const ours = ourPeople(model);
      for (const company of data.companies.filter((c) => c.kind === 'CUSTOMER')) {
        for (const t of thresholds) {
          const g = accountGraph(model, company.id, t);
          const cov = coverageMap(g, ours);
          const dms = g.contacts.filter(isDecisionMaker);
          const bf = (await service.accountSummary(company.id, t)).busFactor;
          if (dms.length === 0) {
            expect(bf).toBeNull();
            continue;
          }
          const covered = dms.filter((d) => cov.get(d.id)!.length > 0);
          const sets = covered.map((d) => cov.get(d.id)!.map((h) => h.person.id));
          if (new Set(sets.flat()).size > 18) continue;
          const need = Math.ceil(dms.length / 2) - (dms.length - covered.length);
          const expected = bruteForce(sets, need);
          expect(ids(bf!.people), `${company.id} ${JSON.stringify(t)}`).toEqual(expected);
          // and the set does what it says: without them, at least half the decision makers are uncovered
          const after = tally(dms, coverageMap(g, ours, new Set(expected)));
          expect(after.uncovered).toBeGreaterThanOrEqual(dms.length / 2);
          expect(after.uncovered).toBe(bf!.uncoveredAfter);
          compared++;
          if (expected.length >= 2) nonTrivial++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(nonTrivial).toBeGreaterThan(10);
  });

  describe('on an S graph (20 groups of 250 contacts)', () => {
    const data = generateGraph('S', 5, new Date(`${TODAY}T00:00:00Z`), { activity: false });
    const model = ReadModel.fromData(data);
    const source = { ready: async () => model };
    const service = new CoverageService(source, DEFAULT_ANALYTICS, () => []);
    const influence = new InfluenceService(source, DEFAULT_ANALYTICS);
    const ours = ourPeople(model);
    const accounts = accountRoots(model).map((c) => c.id);
    let summaries: Map<string, Awaited<ReturnType<CoverageService['accountSummary']>>>;
    beforeAll(async () => {
      summaries = new Map(await Promise.all(accounts.map(async (id) => [id, await service.accountSummary(id, thresholds[0])] as const)));
    });

    it('the set leaves half uncovered, no member is superfluous, and once they leave the bus factor is 0', () => {
      for (const id of accounts) {
        const bf = summaries.get(id)!.busFactor!;
        expect(bf.exact).toBe(true);
        const g = accountGraph(model, id, thresholds[0]);
        const dms = g.contacts.filter(isDecisionMaker);
        const without = new Set(ids(bf.people));
        const after = coverageMap(g, ours, without);
        expect(tally(dms, after).uncovered).toBeGreaterThanOrEqual(bf.threshold);
        expect(busFactor(dms, after)!.people).toEqual([]);
        for (const p of without) {
          const fewer = new Set([...without].filter((x) => x !== p));
          expect(tally(dms, coverageMap(g, ours, fewer)).uncovered).toBeLessThan(bf.threshold);
        }
      }
    });

    it('the size equals an exhaustive search over the shared holders (S accounts have 40–60 holders: too many for all subsets)', () => {
      // Independent of the branch and bound: for every set S of shared holders (those holding ≥ 2 covered decision
      // makers), the decision makers whose shared holders all lie in S can be uncovered at the price of their
      // private holders; the least |S| + the k smallest prices is the bus factor (the decomposition the search
      // relies on; brute force over all people checks it on the small instances above).
      let compared = 0;
      for (const id of accounts) {
        const bf = summaries.get(id)!.busFactor!;
        const g = accountGraph(model, id, thresholds[0]);
        const cov = coverageMap(g, ours);
        const sets = g.contacts.filter(isDecisionMaker).map((d) => cov.get(d.id)!.map((h) => h.person.id)).filter((s) => s.length > 0);
        const k = bf.threshold - bf.uncoveredBefore;
        const uses = new Map<string, number>();
        for (const s of sets) for (const p of s) uses.set(p, (uses.get(p) ?? 0) + 1);
        const shared = [...uses.keys()].filter((p) => uses.get(p)! >= 2);
        if (shared.length > 16) continue;
        let best = Infinity;
        for (let mask = 0; mask < 1 << shared.length; mask++) {
          const inS = new Set(shared.filter((_, i) => mask & (1 << i)));
          const prices = sets.filter((s) => s.every((p) => inS.has(p) || uses.get(p) === 1)).map((s) => s.filter((p) => uses.get(p) === 1).length).sort((a, b) => a - b);
          if (prices.length >= k) best = Math.min(best, inS.size + prices.slice(0, k).reduce((a, b) => a + b, 0));
        }
        expect(bf.people.length, id).toBe(k <= 0 ? 0 : best);
        compared++;
      }
      expect(compared).toBeGreaterThanOrEqual(15);
    });

    it('stricter thresholds never raise the bus factor or the influence-weighted coverage', async () => {
      for (const id of accounts) {
        const loose = summaries.get(id)!;
        const strict = await service.accountSummary(id, thresholds[1]); // minStrength 0.5 ⊂ 0.3's relationships
        expect(strict.busFactor!.people.length).toBeLessThanOrEqual(loose.busFactor!.people.length);
        expect(strict.influenceWeightedCoverage!).toBeLessThanOrEqual(loose.influenceWeightedCoverage! + 1e-12);
      }
    });

    it("influence-weighted coverage is the sum of influenceRanking's scores over covered contacts", async () => {
      for (const id of accounts) {
        const g = accountGraph(model, id, thresholds[0]);
        const cov = coverageMap(g, ours);
        const ranking = await influence.influenceRanking(id);
        const sum = ranking.filter((r) => cov.get(r.person.id)!.length > 0).reduce((s, r) => s + r.score, 0);
        const iwc = summaries.get(id)!.influenceWeightedCoverage!;
        expect(iwc).toBeCloseTo(sum, 12);
        expect(iwc).toBeGreaterThan(0);
        expect(iwc).toBeLessThanOrEqual(1);
      }
    });

    it('the portfolio list has every account once, most fragile first', async () => {
      const res = await service.accountCoverage({ ...thresholds[0] });
      expect(res.accounts.map((a) => a.account.id).sort()).toEqual([...accounts].sort());
      const sizes = res.accounts.map((a) => a.busFactor!.people.length);
      expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
      for (const a of res.accounts) expect(a).toBe(summaries.get(a.account.id)); // memoised: the same object
    });
  });
});
