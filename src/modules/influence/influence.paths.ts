import { DirectedGraph } from 'graphology';
import { requireCjs } from '../../common/cjs.js';
import type { GraphProjection } from '../../projection/graph-projection.js';

const { allSimplePaths } = requireCjs('graphology-simple-path') as {
  allSimplePaths(graph: DirectedGraph, source: string, target: string, options: { maxDepth: number }): string[][];
};

export type EdgeKind = 'KNOWS' | 'INFLUENCES' | 'REPORTS_TO';
export const EDGE_KINDS: readonly EdgeKind[] = ['KNOWS', 'INFLUENCES', 'REPORTS_TO'];

/** One stored relationship used by a path step. */
export interface PathEdge {
  type: EdgeKind;
  /** the stored relationship's own start and end */
  fromId: string;
  toId: string;
  strength: number;
  /** whether the walk follows the stored direction (INFLUENCES always does) */
  forward: boolean;
}

export interface InfluencePath {
  nodes: string[];
  edges: PathEdge[];
  strength: number;
}

export interface PathOptions {
  maxHops: number;
  kinds: readonly EdgeKind[];
  /** links weaker than this are not walked (REPORTS_TO counts as formalStrength) */
  minStrength: number;
  formalStrength: number;
  /** people who may not appear on a path (a departure what-if) */
  exclude?: ReadonlySet<string>;
}

/**
 * The walkable links of DESIGN §3 "Influence path" around one person: KNOWS
 * either way, INFLUENCES in its direction, REPORTS_TO either way at
 * formalStrength; only between active people. `dir` 'out' gives the next
 * steps from `v`, 'in' the steps that lead into `v`. Between two people the
 * strongest allowed link is the one a path uses.
 */
export function steps(g: GraphProjection, v: string, dir: 'out' | 'in', o: PathOptions): Map<string, PathEdge> {
  const out = new Map<string, PathEdge>();
  const walkable = (w: string) => g.persons.get(w)?.active === true && !o.exclude?.has(w);
  const offer = (w: string, e: PathEdge) => {
    if (!walkable(w) || e.strength < o.minStrength || e.strength <= 0) return;
    const cur = out.get(w);
    if (!cur || e.strength > cur.strength) out.set(w, e);
  };
  const step = (w: string, type: EdgeKind, fromId: string, toId: string, strength: number) =>
    offer(w, { type, fromId, toId, strength, forward: dir === 'out' ? fromId === v : toId === v });
  if (o.kinds.includes('KNOWS')) {
    for (const [w, e] of g.knowsOut.get(v) ?? []) step(w, 'KNOWS', v, w, e.strength);
    for (const [w, e] of g.knowsIn.get(v) ?? []) step(w, 'KNOWS', w, v, e.strength);
  }
  if (o.kinds.includes('INFLUENCES')) {
    if (dir === 'out') for (const [w, e] of g.influencesOut.get(v) ?? []) step(w, 'INFLUENCES', v, w, e.strength);
    else for (const [w, e] of g.influencesIn.get(v) ?? []) step(w, 'INFLUENCES', w, v, e.strength);
  }
  if (o.kinds.includes('REPORTS_TO')) {
    for (const m of g.managers.get(v) ?? []) step(m, 'REPORTS_TO', v, m, o.formalStrength);
    for (const s of g.reports.get(v) ?? []) step(s, 'REPORTS_TO', s, v, o.formalStrength);
  }
  return out;
}

/** Breadth-first hop counts from `start` (following `dir`), up to `depth`, within `within` when given. */
function hops(g: GraphProjection, start: string, dir: 'out' | 'in', depth: number, o: PathOptions, within?: ReadonlySet<string>): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const v of frontier) for (const w of steps(g, v, dir, o).keys()) {
      if (dist.has(w) || (within && !within.has(w))) continue;
      dist.set(w, d);
      next.push(w);
    }
    frontier = next;
  }
  return dist;
}

const byStrength = (a: InfluencePath, b: InfluencePath) =>
  b.strength - a.strength || a.nodes.length - b.nodes.length || a.nodes.join('\u0000').localeCompare(b.nodes.join('\u0000'));

/**
 * DESIGN §3 "Influence path": the `k` strongest simple paths from `from` to
 * `to` with at most `maxHops` edges (strength = product of edge strengths).
 *
 * Every node of such a path lies within ⌈maxHops/2⌉ steps of `from` or
 * ⌊maxHops/2⌋ steps of `to`; the corridor is those two small balls, cut to
 * the nodes whose distances (inside the balls) add up to at most maxHops.
 * graphology-simple-path enumerates the simple paths of that corridor, and
 * the strongest k are kept. Exact: a test compares it with brute-force
 * enumeration over whole generated graphs.
 */
export function strongestPaths(g: GraphProjection, from: string, to: string, k: number, o: PathOptions): InfluencePath[] {
  const ok = (id: string) => g.persons.get(id)?.active === true && !o.exclude?.has(id);
  if (from === to || !ok(from) || !ok(to)) return [];
  const h1 = Math.ceil(o.maxHops / 2);
  const ball = new Set([...hops(g, from, 'out', h1, o).keys(), ...hops(g, to, 'in', o.maxHops - h1, o).keys()]);
  const dF = hops(g, from, 'out', o.maxHops, o, ball);
  const dB = hops(g, to, 'in', o.maxHops, o, ball);
  if (!dF.has(to)) return [];
  const corridor = new DirectedGraph();
  for (const v of ball) if ((dF.get(v) ?? Infinity) + (dB.get(v) ?? Infinity) <= o.maxHops) corridor.addNode(v);
  const links = new Map<string, PathEdge>();
  corridor.forEachNode((v) => {
    for (const [w, e] of steps(g, v, 'out', o)) {
      if (!corridor.hasNode(w)) continue;
      corridor.addEdge(v, w);
      links.set(`${v}\u0000${w}`, e);
    }
  });
  return allSimplePaths(corridor, from, to, { maxDepth: o.maxHops })
    .map((nodes) => {
      const edges = nodes.slice(1).map((w, i) => links.get(`${nodes[i]}\u0000${w}`)!);
      return { nodes, edges, strength: edges.reduce((s, e) => s * e.strength, 1) };
    })
    .sort(byStrength)
    .slice(0, k);
}

/**
 * The strongest path from every person within `maxHops` steps to `target`
 * (a hop-bounded Bellman-Ford on products, run backwards from the target).
 * graphology's Dijkstra has no hop limit, so this small dynamic programme is
 * written here; it is exact for simple paths because strengths are at most 1:
 * a walk that repeats a person is never stronger than the same walk with the
 * loop cut out. Tests check it against brute force, and against graphology's
 * Dijkstra on −log(strength) when the hop limit does not bind.
 */
export function strongestPathsTo(g: GraphProjection, target: string, o: PathOptions): Map<string, InfluencePath> {
  const result = new Map<string, InfluencePath>();
  if (g.persons.get(target)?.active !== true || o.exclude?.has(target)) return result;
  // best[v] = strongest path v → target found so far (using ≤ h hops after round h)
  let best = new Map<string, InfluencePath>([[target, { nodes: [target], edges: [], strength: 1 }]]);
  let changed = new Set([target]);
  for (let h = 1; h <= o.maxHops && changed.size; h++) {
    const next = new Map(best);
    const nowChanged = new Set<string>();
    for (const w of changed) {
      const tail = best.get(w)!;
      for (const [v, e] of steps(g, w, 'in', o)) {
        if (tail.nodes.includes(v)) continue;
        const strength = e.strength * tail.strength;
        const cur = next.get(v);
        const cand = { nodes: [v, ...tail.nodes], edges: [e, ...tail.edges], strength };
        if (!cur || strength > cur.strength || (strength === cur.strength && byStrength(cand, cur) < 0)) {
          next.set(v, cand);
          nowChanged.add(v);
        }
      }
    }
    best = next;
    changed = nowChanged;
  }
  best.delete(target);
  return best;
}
