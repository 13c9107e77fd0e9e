import { DirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireCjs } from '../../src/common/cjs.js';
import type { GeneratedGraph } from '../../src/generator/generate.js';
import { generateGraph, rng } from '../../src/generator/generate.js';
import { accountGraph } from '../../src/domain/terms.js';
import { influenceScores, influenceScoresGraphology } from '../../src/modules/influence/influence.metrics.js';
import { ReadModel } from '../../src/readmodel/read-model.js';
import { EDGE_KINDS, strongestFromWanted, strongestPaths, type PathOptions } from '../../src/modules/influence/influence.paths.js';
import { strongestPathsTo } from '../support/reference-paths.js';
import { ReadModelHost } from '../../src/readmodel/host.js';
import type { ReadGraph } from '../../src/readmodel/read-graph.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { demoStore } from '../support/app.js';

const { dijkstra } = requireCjs('graphology-shortest-path') as { dijkstra: { singleSource(g: DirectedGraph, s: string, w: string): Record<string, string[]> } };

/**
 * The walkable links of DESIGN §3 built straight from the generated rows,
 * independently of the projection: for each ordered pair the strongest link.
 */
function referenceLinks(g: GeneratedGraph, formalStrength: number) {
  const active = new Set(g.people.filter((p) => p.active).map((p) => p.id));
  const best = new Map<string, Map<string, number>>();
  const offer = (a: string, b: string, s: number) => {
    if (!active.has(a) || !active.has(b) || a === b || s <= 0) return;
    const m = best.get(a) ?? new Map<string, number>();
    best.set(a, m);
    m.set(b, Math.max(m.get(b) ?? 0, s));
  };
  for (const k of g.knows) { offer(k.fromId, k.toId, k.strength); offer(k.toId, k.fromId, k.strength); }
  for (const i of g.influences) offer(i.fromId, i.toId, i.strength);
  for (const r of g.reportsTo) { offer(r.personId, r.managerId, formalStrength); offer(r.managerId, r.personId, formalStrength); }
  return best;
}

const { allSimplePaths } = requireCjs('graphology-simple-path') as { allSimplePaths(g: DirectedGraph, s: string, t: string, o: { maxDepth: number }): string[][] };
const referenceGraphs = new WeakMap<Map<string, Map<string, number>>, DirectedGraph>();

/** Every simple path from `from` to `to` with at most `maxHops` edges, enumerated by graphology-simple-path. */
function bruteForce(links: Map<string, Map<string, number>>, from: string, to: string, maxHops: number) {
  let dg = referenceGraphs.get(links);
  if (!dg) {
    dg = new DirectedGraph();
    for (const [a, m] of links) for (const b of m.keys()) { dg.mergeNode(a); dg.mergeNode(b); dg.addEdge(a, b); }
    referenceGraphs.set(links, dg);
  }
  if (!dg.hasNode(from) || !dg.hasNode(to)) return [];
  return allSimplePaths(dg, from, to, { maxDepth: maxHops })
    .map((nodes) => ({ nodes, strength: nodes.slice(1).reduce((s, w, i) => s * links.get(nodes[i])!.get(w)!, 1) }))
    .sort((a, b) => b.strength - a.strength);
}

describe.each([11, 12])('influence paths cross-checked on a generated demo graph (seed %i)', (seed) => {
  let store: LadybugStore;
  let graph: GeneratedGraph;
  let g: ReadGraph;
  const o: PathOptions = { maxHops: 4, kinds: EDGE_KINDS, minStrength: 0, formalStrength: 0.8 };
  beforeAll(async () => {
    ({ store, graph } = await demoStore('demo', seed));
    g = await new ReadModelHost(store).ready();
  });
  afterAll(async () => store?.close());

  it('every returned path is a real walk, its strength the product of its edges, and none is beaten by brute force', () => {
    const links = referenceLinks(graph, 0.8);
    const r = rng(seed);
    const active = graph.people.filter((p) => p.active).map((p) => p.id);
    let nonEmpty = 0;
    for (let i = 0; i < 60; i++) {
      const from = r.pick(active);
      const to = r.pick(active);
      if (from === to) continue;
      const ours = strongestPaths(g, from, to, 3, o);
      const all = bruteForce(links, from, to, 4);
      expect(ours.length).toBe(Math.min(3, all.length));
      if (!all.length) continue;
      nonEmpty++;
      expect(ours[0].strength).toBeCloseTo(all[0].strength, 12);
      for (const [j, p] of ours.entries()) {
        expect(p.strength).toBeCloseTo(all[j].strength, 12); // the k best strengths, in order
        expect(new Set(p.nodes).size).toBe(p.nodes.length); // simple
        expect(p.edges.length).toBeLessThanOrEqual(4);
        let product = 1;
        for (const [h, e] of p.edges.entries()) {
          const [a, b] = [p.nodes[h], p.nodes[h + 1]];
          expect(links.get(a)?.get(b)).toBe(e.strength); // a real link, the strongest between the two
          expect(e.forward ? [e.fromId, e.toId] : [e.toId, e.fromId]).toEqual([a, b]);
          product *= e.strength;
        }
        expect(p.strength).toBeCloseTo(product, 12);
      }
    }
    expect(nonEmpty).toBeGreaterThan(5); // the check actually compared paths
  });

  it('the best-first search for the top few agrees with the full dynamic programme', () => {
    const r = rng(seed + 200);
    const ours = new Set(graph.people.filter((p) => p.id.startsWith('u-')).map((p) => p.id));
    const contacts = graph.people.filter((p) => p.active && !p.id.startsWith('u-')).map((p) => p.id);
    for (let i = 0; i < 30; i++) {
      const target = r.pick(contacts);
      const all = strongestPathsTo(g, target, o);
      const expected = [...all.strength].filter(([id]) => ours.has(id)).sort((a, b) => b[1] - a[1]).slice(0, 5);
      const top = strongestFromWanted(g, target, o, ours, 5);
      expect(top.map((t) => t.path.strength)).toEqual(expected.map(([, s]) => expect.closeTo(s, 12)));
      for (const t of top) {
        expect([t.path.nodes[0], t.path.nodes.at(-1)]).toEqual([t.id, target]);
        expect(new Set(t.path.nodes).size).toBe(t.path.nodes.length);
        expect(t.path.edges.length).toBeLessThanOrEqual(4);
      }
    }
  });

  it('strongest paths to a target match brute force within the hop limit, and Dijkstra on −log(strength) without it', () => {
    const links = referenceLinks(graph, 0.8);
    const r = rng(seed + 100);
    const contacts = graph.people.filter((p) => p.active && !p.id.startsWith('u-')).map((p) => p.id);
    for (let i = 0; i < 5; i++) {
      const target = r.pick(contacts);
      const best = strongestPathsTo(g, target, { ...o, maxHops: 3 });
      for (const [from, strength] of [...best.strength].slice(0, 40)) {
        const p = best.path(from)!;
        expect(strength).toBeCloseTo(bruteForce(links, from, target, 3)[0].strength, 12);
        expect(p.strength).toBeCloseTo(strength, 12); // the path read back is as strong
        expect(p.edges.length).toBeLessThanOrEqual(3);
        expect(new Set(p.nodes).size).toBe(p.nodes.length);
        expect([p.nodes[0], p.nodes.at(-1)]).toEqual([from, target]);
      }
      // with no binding hop limit the answer is the plain strongest path: graphology's Dijkstra agrees
      const dg = new DirectedGraph();
      for (const [a, m] of links) for (const [b, s] of m) { dg.mergeNode(a); dg.mergeNode(b); dg.addEdge(b, a, { w: -Math.log(s) }); }
      if (!dg.hasNode(target)) continue;
      const unbounded = strongestPathsTo(g, target, { ...o, maxHops: 40 });
      const sp = dijkstra.singleSource(dg, target, 'w');
      for (const [from, strength] of unbounded.strength) {
        const nodes = sp[from].slice().reverse();
        const s = nodes.slice(1).reduce((acc, w, h) => acc * links.get(nodes[h])!.get(w)!, 1);
        expect(strength).toBeCloseTo(s, 10);
      }
      expect(unbounded.strength.size).toBe(Object.keys(sp).length - 1);
    }
  });
});

describe('influence scores on flat arrays equal graphology-metrics pagerank, bit for bit', () => {
  it('on every account of a generated S graph, and on an account with integer-like ids', () => {
    const data = generateGraph('S', 21, new Date('2026-11-01T00:00:00Z'));
    const g = ReadModel.fromData(data);
    const t = { minStrength: 0.3, maxAgeDays: 365, asOf: '2026-11-01' };
    let compared = 0;
    for (const c of data.companies.filter((x) => x.kind === 'CUSTOMER')) {
      const a = accountGraph(g, c.id, t);
      const ids = a.contacts.map((x) => x.id);
      const ours = influenceScores(ids, a.edges, 0.8);
      const ref = influenceScoresGraphology(ids, a.edges, 0.8);
      expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(ref)); // exact: toEqual compares numbers with Object.is
      compared += ours.size;
    }
    expect(compared).toBeGreaterThan(1000);
    // graphology orders integer-like neighbour ids numerically: the flat version must sum in that order too
    const ids = ['10', '2', 'x', '1', 'b'];
    const edges = [
      { fromId: '10', toId: '2', type: 'REPORTS_TO' as const, strength: null },
      { fromId: '1', toId: 'x', type: 'INFLUENCES' as const, strength: 0.3 },
      { fromId: 'b', toId: '10', type: 'INFLUENCES' as const, strength: 0.7 },
      { fromId: '2', toId: '10', type: 'INFLUENCES' as const, strength: 0.1 },
      { fromId: 'x', toId: '1', type: 'REPORTS_TO' as const, strength: null },
      { fromId: 'x', toId: 'b', type: 'REPORTS_TO' as const, strength: null },
      { fromId: 'x', toId: '10', type: 'REPORTS_TO' as const, strength: null },
    ];
    expect(Object.fromEntries(influenceScores(ids, edges, 0.8))).toEqual(Object.fromEntries(influenceScoresGraphology(ids, edges, 0.8)));
  });
});
