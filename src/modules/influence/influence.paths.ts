import { requireCjs } from '../../common/cjs.js';
import type { ReadGraph } from '../../readmodel/read-graph.js';

/** mnemonist's binary heap (CommonJS; typed here to what is used). */
const Heap: new <T>(compare: (a: T, b: T) => number) => { size: number; push(x: T): number; pop(): T | undefined } = requireCjs('mnemonist/heap');

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
 * formalStrength; only between active people not excluded, and no weaker
 * than minStrength. `dir` 'out' gives the next steps from `v`, 'in' the steps
 * that lead into `v`. Calls `visit` once per link (so possibly more than once
 * per neighbour) with the stored relationship's type and ends, building no
 * object: the hot loops of the searches use it directly.
 */
export function forEachStep(
  g: ReadGraph,
  v: string,
  dir: 'out' | 'in',
  o: PathOptions,
  visit: (w: string, strength: number, type: EdgeKind, fromId: string, toId: string) => void,
): void {
  const min = o.minStrength;
  const vi = g.personIndex(v);
  if (vi < 0) return;
  const ok = (w: number, s: number) => s >= min && s > 0 && g.isActive(w) && !(o.exclude && o.exclude.has(g.personId(w)));
  if (o.kinds.includes('KNOWS')) {
    g.forEachKnowsOut(vi, (w, s) => { if (ok(w, s)) { const id = g.personId(w); visit(id, s, 'KNOWS', v, id); } });
    g.forEachKnowsIn(vi, (w, s) => { if (ok(w, s)) { const id = g.personId(w); visit(id, s, 'KNOWS', id, v); } });
  }
  if (o.kinds.includes('INFLUENCES')) {
    if (dir === 'out') g.forEachInfluenceOut(vi, (w, s) => { if (ok(w, s)) { const id = g.personId(w); visit(id, s, 'INFLUENCES', v, id); } });
    else g.forEachInfluenceIn(vi, (w, s) => { if (ok(w, s)) { const id = g.personId(w); visit(id, s, 'INFLUENCES', id, v); } });
  }
  if (o.kinds.includes('REPORTS_TO')) {
    const f = o.formalStrength;
    const up = g.managerOf(vi);
    if (up >= 0 && ok(up, f)) { const id = g.personId(up); visit(id, f, 'REPORTS_TO', v, id); }
    g.forEachReport(vi, (w) => { if (ok(w, f)) { const id = g.personId(w); visit(id, f, 'REPORTS_TO', id, v); } });
  }
}

/** The strongest link to (or from, with 'in') each neighbour of `v`, as path edges; between two people a path uses this one. */
export function steps(g: ReadGraph, v: string, dir: 'out' | 'in', o: PathOptions): Map<string, PathEdge> {
  const out = new Map<string, PathEdge>();
  forEachStep(g, v, dir, o, (w, strength, type, fromId, toId) => {
    const cur = out.get(w);
    if (!cur || strength > cur.strength) out.set(w, { type, fromId, toId, strength, forward: dir === 'out' ? fromId === v : toId === v });
  });
  return out;
}

const byStrength = (a: InfluencePath, b: InfluencePath) =>
  b.strength - a.strength || a.nodes.length - b.nodes.length || a.nodes.join('\u0000').localeCompare(b.nodes.join('\u0000'));

/** Strongest link per neighbour around `v` (parallel links collapse to the strongest). */
function bestSteps(g: ReadGraph, v: string, dir: 'out' | 'in', o: PathOptions): Map<string, number> {
  const m = new Map<string, number>();
  forEachStep(g, v, dir, o, (w, s) => {
    if ((m.get(w) ?? 0) < s) m.set(w, s);
  });
  return m;
}

interface HalfPath {
  nodes: string[];
  /** the link strengths along `nodes` */
  ws: number[];
}

/**
 * DESIGN §3 "Influence path": the `k` strongest simple paths from `from` to
 * `to` with at most `maxHops` edges (strength = product of edge strengths;
 * between two people the strongest allowed link is used, so paths are
 * distinct as sequences of people).
 *
 * Meet in the middle: every path of L ≤ maxHops edges splits uniquely into
 * its first min(L, h) edges (h = ⌈maxHops/2⌉), enumerated forwards from
 * `from`, and the remaining ≤ maxHops − h edges, enumerated backwards from
 * `to`; the halves are joined on their shared person. Each half only fans
 * out h steps, which keeps hubs (our people hold hundreds of relationships)
 * from multiplying. Exact: tests compare it with brute-force enumeration
 * (graphology-simple-path) over whole generated graphs.
 */
export function strongestPaths(g: ReadGraph, from: string, to: string, k: number, o: PathOptions): InfluencePath[] {
  const ok = (id: string) => { const i = g.personIndex(id); return i >= 0 && g.isActive(i) && !o.exclude?.has(id); };
  if (from === to || !ok(from) || !ok(to)) return [];
  const h = Math.ceil(o.maxHops / 2);
  const rest = o.maxHops - h;
  // the k best complete paths so far, best first (a path only enters if it beats the k-th)
  const best: InfluencePath[] = [];
  const offer = (nodes: string[], ws: number[]) => {
    let strength = 1;
    for (const w of ws) strength *= w;
    if (best.length === k && strength < best[k - 1].strength) return;
    const p: InfluencePath = { nodes, edges: [], strength };
    let i = best.length;
    while (i > 0 && byStrength(p, best[i - 1]) < 0) i--;
    if (i >= k) return;
    best.splice(i, 0, p);
    if (best.length > k) best.pop();
  };
  // backward halves of 1..rest edges ending at `to`, indexed by their first person (few: `to` is a contact)
  const tails = new Map<string, HalfPath[]>();
  const back = (p: HalfPath) => {
    if (p.nodes.length - 1 === rest) return;
    const v = p.nodes[0];
    for (const [u, s] of bestSteps(g, v, 'in', o)) {
      if (p.nodes.includes(u) || u === from) continue;
      const q = { nodes: [u, ...p.nodes], ws: [s, ...p.ws] };
      const list = tails.get(u);
      if (list) list.push(q);
      else tails.set(u, [q]);
      back(q);
    }
  };
  if (rest > 0) back({ nodes: [to], ws: [] });
  // a forward half of exactly h edges, joined with every tail that starts where it ends
  const join = (head: HalfPath, headStrength: number) => {
    for (const tail of tails.get(head.nodes[head.nodes.length - 1]) ?? []) {
      // the product left to right, as offer() computes it, before anything else: most joins lose here
      let strength = headStrength;
      for (const w of tail.ws) strength *= w;
      if (best.length === k && strength < best[k - 1].strength) continue;
      if (tail.nodes.some((x, i) => i > 0 && head.nodes.includes(x))) continue; // keep it simple
      offer([...head.nodes, ...tail.nodes.slice(1)], [...head.ws, ...tail.ws]);
    }
  };
  // forward halves, strongest step first, joined as soon as they are complete. Strengths are at most 1, so
  // no path through a half is stronger than the half (in floating point too: x·w ≤ x for w ≤ 1): once the
  // k-th best is stronger than a half, nothing grown from it can enter, and the half is not grown. The
  // answer does not depend on the order paths are offered in (offer keeps the k first by byStrength, a total order).
  const grow = (p: HalfPath, strength: number) => {
    const v = p.nodes[p.nodes.length - 1];
    if (v === to) return void offer(p.nodes, p.ws);
    if (best.length === k && strength < best[k - 1].strength) return;
    if (p.nodes.length - 1 === h) return void (rest > 0 && join(p, strength));
    const next = [...bestSteps(g, v, 'out', o)].sort((a, b) => b[1] - a[1]);
    for (const [w, s] of next) if (!p.nodes.includes(w)) grow({ nodes: [...p.nodes, w], ws: [...p.ws, s] }, strength * s);
  };
  grow({ nodes: [from], ws: [] }, 1);
  return best
    .map((p) => {
      const edges = p.nodes.slice(1).map((w, i) => steps(g, p.nodes[i], 'out', o).get(w)!);
      return { nodes: p.nodes, edges, strength: edges.reduce((s, e) => s * e.strength, 1) };
    });
}

interface State {
  v: string;
  hops: number;
  strength: number;
  parent: number;
}

/**
 * The `limit` people of `wanted` with the strongest paths to `target`, best
 * first, without exploring further than needed: a best-first search
 * (Dijkstra on products, with mnemonist's heap) over (person, hops) states,
 * backwards from the target. Strengths never grow along a path, so the first
 * time a wanted person is taken from the heap, that is their strongest path;
 * a state is skipped when the same person was already reached with no more
 * hops (which also keeps every path simple). Stops after `limit` people.
 * Tests check it against a full hop-bounded dynamic programme, that against
 * brute force, and (no binding hop limit) against graphology's Dijkstra.
 */
export function strongestFromWanted(
  g: ReadGraph,
  target: string,
  o: PathOptions,
  wanted: { has(id: string): boolean },
  limit: number,
): { id: string; path: InfluencePath }[] {
  const found: { id: string; path: InfluencePath }[] = [];
  const ti = g.personIndex(target);
  if (ti < 0 || !g.isActive(ti) || o.exclude?.has(target)) return found;
  const states: State[] = [{ v: target, hops: 0, strength: 1, parent: -1 }];
  const heap = new Heap<number>((a, b) => {
    const x = states[a];
    const y = states[b];
    return y.strength - x.strength || x.hops - y.hops || (x.v < y.v ? -1 : x.v > y.v ? 1 : 0);
  });
  heap.push(0);
  const fewestHops = new Map<string, number>();
  while (heap.size && found.length < limit) {
    const i = heap.pop()!;
    const s = states[i];
    const seen = fewestHops.get(s.v);
    if (seen !== undefined && seen <= s.hops) continue;
    const first = seen === undefined;
    fewestHops.set(s.v, s.hops);
    if (first && s.v !== target && wanted.has(s.v)) {
      const nodes: string[] = [];
      for (let j = i; j >= 0; j = states[j].parent) nodes.push(states[j].v);
      const edges = nodes.slice(1).map((w, k) => steps(g, nodes[k], 'out', o).get(w)!);
      found.push({ id: s.v, path: { nodes, edges, strength: edges.reduce((acc, e) => acc * e.strength, 1) } });
    }
    if (s.hops === o.maxHops) continue;
    forEachStep(g, s.v, 'in', o, (u, w) => {
      const known = fewestHops.get(u);
      if (known !== undefined && known <= s.hops + 1) return;
      states.push({ v: u, hops: s.hops + 1, strength: s.strength * w, parent: i });
      heap.push(states.length - 1);
    });
  }
  return found;
}
