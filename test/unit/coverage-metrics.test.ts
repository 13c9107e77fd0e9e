import { describe, expect, it } from 'vitest';
import { ageDays, coverageMap, cutoffDate, soleHolder, tally, unitDescendants, type Contact } from '../../src/modules/coverage/coverage.metrics.js';
import { influenceScores } from '../../src/modules/influence/influence.metrics.js';
import type { PersonRecord } from '../../src/domain/records.js';
import { hasNetworkx, networkxPagerank, powerIterationPagerank } from '../support/networkx.js';

const person = (id: string): PersonRecord => ({ id, name: id, email: null, title: null, function: null, decisionLevel: null, buyingRole: null, attitude: null, active: true, leftAt: null });
const contact = (id: string): Contact => ({ ...person(id), unitId: 'u' });

describe('dates', () => {
  it('cutoff is asOf minus maxAgeDays, across a leap day', () => {
    expect(cutoffDate({ asOf: '2026-11-01', maxAgeDays: 365, minStrength: 0.3 })).toBe('2025-11-01');
    expect(cutoffDate({ asOf: '2024-03-01', maxAgeDays: 1, minStrength: 0.3 })).toBe('2024-02-29');
  });
  it('age in whole days', () => {
    expect(ageDays('2026-09-01', '2026-11-01')).toBe(61); // 30 (Sep) + 31 (Oct)
    expect(ageDays(null, '2026-11-01')).toBeNull();
  });
});

describe('coverage', () => {
  const ours = new Map([['o1', person('o1')], ['o2', person('o2')]]);
  const g = {
    contacts: [contact('c1'), contact('c2'), contact('c3')],
    holdings: [
      { holderId: 'o1', contactId: 'c1', strength: 0.5, lastContactAt: null },
      { holderId: 'o2', contactId: 'c1', strength: 0.9, lastContactAt: null },
      { holderId: 'o1', contactId: 'c2', strength: 0.4, lastContactAt: null },
      { holderId: 'x9', contactId: 'c3', strength: 1, lastContactAt: null }, // not one of ours
    ],
  };
  it('lists our holders strongest first, and ignores holders who are not ours', () => {
    const cov = coverageMap(g, ours);
    expect(cov.get('c1')!.map((h) => h.person.id)).toEqual(['o2', 'o1']);
    expect(cov.get('c3')).toEqual([]);
  });
  it('tallies uncovered / single / multi: c1 multi, c2 single, c3 uncovered', () => {
    expect(tally(g.contacts, coverageMap(g, ours))).toEqual({ total: 3, covered: 2, singleThreaded: 1, multiThreaded: 1, uncovered: 1, coverageRatio: 2 / 3 });
    expect(tally([], coverageMap(g, ours)).coverageRatio).toBeNull();
  });
  it('removing a holder only lowers coverage: without o2, c1 becomes single', () => {
    const t = tally(g.contacts, coverageMap(g, ours, new Set(['o2'])));
    expect(t).toMatchObject({ covered: 2, singleThreaded: 2, multiThreaded: 0 });
  });
  it('an account is single-threaded when one person holds every decision-maker relationship', () => {
    const cov = coverageMap(g, ours);
    expect(soleHolder([contact('c2')], cov)?.id).toBe('o1');
    expect(soleHolder([contact('c1'), contact('c2')], cov)).toBeNull(); // o1 and o2
    expect(soleHolder([contact('c3')], cov)).toBeNull(); // nobody
  });
  it('unit descendants include the unit itself and everything below', () => {
    const d = unitDescendants([
      { id: 'g', name: 'g', unitLevel: 'GROUP', parentId: null },
      { id: 'r', name: 'r', unitLevel: 'REGIONAL', parentId: 'g' },
      { id: 'l', name: 'l', unitLevel: 'LOCAL', parentId: 'r' },
    ]);
    expect([...d.get('g')!].sort()).toEqual(['g', 'l', 'r']);
    expect([...d.get('l')!]).toEqual(['l']);
  });
});

describe('influence score (weighted PageRank, DESIGN §3)', () => {
  it('matches a three-contact example worked by hand', () => {
    // B INFLUENCES... no: A is listened to. "A INFLUENCES B" (0.5) gives B→A; C REPORTS_TO A gives C→A (0.8).
    // A has no outgoing edge, so it spreads evenly. With d = 0.85, N = 3 and b = c by symmetry:
    //   b = 0.15/3 + 0.85·a/3,   a + 2b = 1   ⇒   a = 0.45 / 0.78333 = 0.574468,  b = c = 0.212766
    const s = influenceScores(['A', 'B', 'C'], [
      { fromId: 'A', toId: 'B', type: 'INFLUENCES', strength: 0.5 },
      { fromId: 'C', toId: 'A', type: 'REPORTS_TO', strength: null },
    ], 0.8);
    expect(s.get('A')).toBeCloseTo(0.574468, 5);
    expect(s.get('B')).toBeCloseTo(0.212766, 5);
    expect(s.get('C')).toBeCloseTo(0.212766, 5);
  });

  it('gives everyone 1/N when nobody influences anybody, and nothing for an empty account', () => {
    const s = influenceScores(['A', 'B', 'C', 'D'], [], 0.8);
    for (const v of s.values()) expect(v).toBeCloseTo(0.25, 12);
    expect(influenceScores([], [], 0.8).size).toBe(0);
  });

  it('adds parallel edges, ignores edges leaving the account and self-loops', () => {
    // B→A twice (INFLUENCES 0.3 and REPORTS_TO 0.8) behaves like one edge of 1.1: B's only out-edge either way
    const a = influenceScores(['A', 'B'], [
      { fromId: 'A', toId: 'B', type: 'INFLUENCES', strength: 0.3 },
      { fromId: 'B', toId: 'A', type: 'REPORTS_TO', strength: null },
      { fromId: 'B', toId: 'X', type: 'REPORTS_TO', strength: null },
      { fromId: 'A', toId: 'A', type: 'INFLUENCES', strength: 0.9 },
    ], 0.8);
    // A dangling: a = 0.075 + 0.85·b + 0.425·a, b = 0.075 + 0.425·a, a + b = 1 ⇒ a = 0.925 / 1.425 = 0.649123, b = 0.350877
    expect(a.get("A")).toBeCloseTo(0.649123, 5);
    expect(a.get("B")).toBeCloseTo(0.350877, 5);
  });

  it('agrees with independent computations on a random graph, and sums to 1', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const nodes = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const edges: { fromId: string; toId: string; type: 'INFLUENCES' | 'REPORTS_TO'; strength: number | null }[] = [];
    for (let i = 0; i < 90; i++) {
      const a = nodes[Math.floor(rnd() * 40)];
      const b = nodes[Math.floor(rnd() * 40)];
      if (a !== b) edges.push(rnd() < 0.6 ? { fromId: a, toId: b, type: 'INFLUENCES', strength: Math.round(rnd() * 100) / 100 + 0.01 } : { fromId: a, toId: b, type: 'REPORTS_TO', strength: null });
    }
    const ours = influenceScores(nodes, edges, 0.8);
    const weighted: [string, string, number][] = edges.map((e) => (e.type === 'INFLUENCES' ? [e.toId, e.fromId, e.strength!] : [e.fromId, e.toId, 0.8]));
    const theirs = powerIterationPagerank(nodes, weighted);
    expect([...ours.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
    for (const n of nodes) expect(ours.get(n)).toBeCloseTo(theirs[n], 7);
    if (hasNetworkx) {
      const nx = networkxPagerank(nodes, weighted);
      for (const n of nodes) expect(ours.get(n)).toBeCloseTo(nx[n], 7);
    } else {
      console.warn('networkx not installed: PageRank checked against the in-test power iteration only');
    }
  });
});
