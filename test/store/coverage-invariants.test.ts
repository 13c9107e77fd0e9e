import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import type { GeneratedGraph } from '../../src/generator/generate.js';
import { cutoffDate, type Tally } from '../../src/modules/coverage/coverage.metrics.js';
import { CoverageService } from '../../src/modules/coverage/coverage.service.js';
import { ReadModelHost } from '../../src/readmodel/host.js';
import { GraphWriter } from '../../src/readmodel/writer.js';
import { PersonService } from '../../src/modules/person/person.service.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { demoStore, TODAY } from '../support/app.js';

const T = { asOf: TODAY, minStrength: 0.3, maxAgeDays: 365 };
const cutoff = cutoffDate(T);

function checkTally(t: Tally) {
  expect(t.covered + t.uncovered).toBe(t.total);
  expect(t.singleThreaded + t.multiThreaded).toBe(t.covered);
  expect(t.coverageRatio).toBe(t.total ? t.covered / t.total : null);
}

/** Decision-maker coverage recomputed straight from the generated rows, independently of Cypher. */
function expectedCoverage(g: GeneratedGraph, inactive: Set<string> = new Set()) {
  const active = (id: string) => !inactive.has(id) && g.people.find((p) => p.id === id)!.active;
  const parent = new Map(g.partOf.map((e) => [e.unitId, e.parentId]));
  const root = (c: string): string => (parent.has(c) ? root(parent.get(c)!) : c);
  const employer = new Map(g.worksAt.map((w) => [w.personId, w.companyId]));
  const kind = new Map(g.companies.map((c) => [c.id, c.kind]));
  const ours = (id: string) => kind.get(root(employer.get(id)!)) === 'SUPPLIER' && active(id);
  const out = new Map<string, { total: number; covered: number; single: number }>();
  for (const p of g.people) {
    if (!active(p.id) || !['DECISION_MAKER', 'ECONOMIC_BUYER'].includes(p.buyingRole ?? '')) continue;
    const account = root(employer.get(p.id)!);
    if (kind.get(account) !== 'CUSTOMER') continue;
    const holders = new Set(g.knows.filter((k) => k.toId === p.id && k.strength >= 0.3 && k.lastContactAt !== null && k.lastContactAt >= cutoff && ours(k.fromId)).map((k) => k.fromId));
    const e = out.get(account) ?? { total: 0, covered: 0, single: 0 };
    e.total++;
    if (holders.size > 0) e.covered++;
    if (holders.size === 1) e.single++;
    out.set(account, e);
  }
  return out;
}

describe.each([1, 2, 3])('coverage invariants on a generated demo graph (seed %i)', (seed) => {
  let store: LadybugStore;
  let graph: GeneratedGraph;
  let coverage: CoverageService;
  let people: PersonService;
  let accounts: string[];
  beforeAll(async () => {
    // typed strengths only: the recomputation below reads KNOWS rows (interactions: test/store/point-in-time.test.ts)
    ({ store, graph } = await demoStore('demo', seed, { activity: false }));
    // one read model for both: a person's departure written through one service shows in the other
    const host = new ReadModelHost(store);
    coverage = new CoverageService(host, DEFAULT_ANALYTICS, () => []);
    people = new PersonService(host, new GraphWriter(store, host));
    accounts = graph.companies.filter((c) => c.kind === 'CUSTOMER' && c.unitLevel === 'GROUP').map((c) => c.id);
  });
  afterAll(async () => store?.close());

  it('counts add up everywhere and match a recomputation from the raw rows', async () => {
    const expected = expectedCoverage(graph);
    for (const id of accounts) {
      const c = await coverage.decisionMakerCoverage(id, T);
      for (const t of [c.overall, ...c.byLevel, ...c.byFunction, ...c.byUnit]) checkTally(t);
      expect(c.byLevel.reduce((s, l) => s + l.total, 0)).toBe(c.overall.total);
      expect(c.byFunction.reduce((s, l) => s + l.total, 0)).toBe(c.overall.total);
      expect(c.byUnit[0]).toMatchObject({ total: c.overall.total, covered: c.overall.covered });
      const e = expected.get(id) ?? { total: 0, covered: 0, single: 0 };
      expect({ total: c.overall.total, covered: c.overall.covered, single: c.overall.singleThreaded }).toEqual(e);
    }
  });

  it('stale or weak relationships, and holders who left, never count', async () => {
    for (const id of accounts) {
      const c = await coverage.decisionMakerCoverage(id, T);
      for (const d of c.decisionMakers) {
        for (const h of d.holders) {
          const edge = graph.knows.find((k) => k.fromId === h.person.id && k.toId === d.contact.id)!;
          expect(edge.strength).toBeGreaterThanOrEqual(0.3);
          expect(edge.lastContactAt! >= cutoff).toBe(true);
          expect(h.person.active).toBe(true);
        }
      }
    }
  });

  it('every risk item is a contact held by exactly one person; severity is the product of its parts', async () => {
    const r = await coverage.singleContactRisks(null, { ...T, includeInfluencers: true });
    expect(r.accounts.map((a) => a.account.id).sort()).toEqual([...accounts].sort());
    for (const item of r.items) {
      const holders = await coverage.holdersOf([item.contact.id], T);
      expect(holders[0].map((h) => h.person.id)).toEqual([item.holder.person.id]);
      expect(item.severity).toBeCloseTo(item.levelWeight * item.influenceScore * item.accountWeight, 12);
    }
    for (let i = 1; i < r.items.length; i++) expect(r.items[i - 1].severity).toBeGreaterThanOrEqual(r.items[i].severity);
  });

  it('departureImpact(P) equals recomputing with P inactive, and a departure never raises any coverage', async () => {
    const ours = graph.people.filter((p) => p.id.startsWith('u-')).slice(0, 40).filter((_, i) => i % 8 === seed % 8);
    for (const p of ours) {
      const impact = await coverage.departureImpact(p.id, T);
      const before = new Map<string, Tally>();
      for (const id of accounts) before.set(id, (await coverage.decisionMakerCoverage(id, T)).overall);
      await people.upsert({ id: p.id, active: false });
      try {
        const expected = expectedCoverage(graph, new Set([p.id]));
        for (const id of accounts) {
          const after = (await coverage.decisionMakerCoverage(id, T)).overall;
          expect(after.covered).toBeLessThanOrEqual(before.get(id)!.covered);
          expect(after.multiThreaded).toBeLessThanOrEqual(before.get(id)!.multiThreaded);
          expect(after.covered).toBe(expected.get(id)?.covered ?? 0);
          const a = impact.accounts.find((x) => x.account.id === id);
          if (a) expect(a.after).toEqual(after);
          else expect(after).toEqual(before.get(id));
        }
      } finally {
        await people.upsert({ id: p.id, active: true });
      }
    }
  });
});
