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

/**
 * The walk of `forEachStep` on person indexes, for the searches' hot loops:
 * `visit(w, strength)` once per walkable link around `vi` (so possibly more
 * than once per neighbour). `excluded` holds the indexes of `o.exclude`.
 * `forEachStep` stays the string-keyed walk the tests' reference searches use.
 */
function forEachStepAt(g: ReadGraph, vi: number, dir: 'out' | 'in', o: PathOptions, excluded: ReadonlySet<number> | null, visit: (w: number, strength: number) => void): void {
  const min = o.minStrength;
  const ok = (w: number, s: number) => s >= min && s > 0 && g.isActive(w) && !(excluded && excluded.has(w));
  const each = (w: number, s: number) => { if (ok(w, s)) visit(w, s); };
  if (o.kinds.includes('KNOWS')) {
    g.forEachKnowsOut(vi, each);
    g.forEachKnowsIn(vi, each);
  }
  if (o.kinds.includes('INFLUENCES')) {
    if (dir === 'out') g.forEachInfluenceOut(vi, each);
    else g.forEachInfluenceIn(vi, each);
  }
  if (o.kinds.includes('REPORTS_TO')) {
    const f = o.formalStrength;
    const up = g.managerOf(vi);
    if (up >= 0) each(up, f);
    g.forEachReport(vi, (w) => each(w, f));
  }
}

/** indexes of `o.exclude` (ids not in the graph drop out: they cannot be on a path) */
function excludedIndexes(g: ReadGraph, o: PathOptions): Set<number> | null {
  if (!o.exclude || o.exclude.size === 0) return null;
  const out = new Set<number>();
  for (const id of o.exclude) {
    const i = g.personIndex(id);
    if (i >= 0) out.add(i);
  }
  return out;
}

/**
 * Strongest link per neighbour around `vi` (parallel links collapse to the
 * strongest), as parallel arrays of neighbour and strength in first-visit
 * order. `best` is scratch indexed by person, all zero between calls.
 */
function bestStepsAt(g: ReadGraph, vi: number, dir: 'out' | 'in', o: PathOptions, excluded: ReadonlySet<number> | null, best: Float64Array): { ws: number[]; ss: number[] } {
  const ws: number[] = [];
  forEachStepAt(g, vi, dir, o, excluded, (w, s) => {
    const have = best[w];
    if (have === 0) ws.push(w);
    if (have < s) best[w] = s;
  });
  const ss = new Array<number>(ws.length);
  for (let i = 0; i < ws.length; i++) {
    ss[i] = best[ws[i]];
    best[ws[i]] = 0;
  }
  return { ws, ss };
}

/**
 * One zeroed scratch array per thread, grown to the largest graph seen: the
 * searches are synchronous and leave it zeroed, so it is never in use twice
 * at once, and a graph in force built per request costs no allocation.
 */
let scratch = new Float64Array(0);
function scratchFor(g: ReadGraph): Float64Array {
  if (scratch.length < g.personCount) scratch = new Float64Array(g.personCount);
  return scratch;
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
 * from multiplying. The halves are person indexes on a stack (forwards) and
 * in parent-linked arrays (backwards); a path becomes an array of ids only
 * when it enters the k best. Exact: tests compare it with brute-force
 * enumeration (graphology-simple-path) over whole generated graphs.
 */
export function strongestPaths(g: ReadGraph, from: string, to: string, k: number, o: PathOptions): InfluencePath[] {
  const fi = g.personIndex(from);
  const ti = g.personIndex(to);
  const ok = (i: number, id: string) => i >= 0 && g.isActive(i) && !o.exclude?.has(id);
  if (from === to || !ok(fi, from) || !ok(ti, to)) return [];
  const excluded = excludedIndexes(g, o);
  const scratchBest = scratchFor(g);
  const h = Math.ceil(o.maxHops / 2);
  const rest = o.maxHops - h;
  // the k best complete paths so far, best first (a path only enters if it beats the k-th)
  const best: InfluencePath[] = [];
  const offer = (nodes: number[], ws: number[]) => {
    let strength = 1;
    for (const w of ws) strength *= w;
    if (best.length === k && strength < best[k - 1].strength) return;
    const p: InfluencePath = { nodes: nodes.map((i) => g.personId(i)), edges: [], strength };
    let i = best.length;
    while (i > 0 && byStrength(p, best[i - 1]) < 0) i--;
    if (i >= k) return;
    best.splice(i, 0, p);
    if (best.length > k) best.pop();
  };
  // Backward halves of 1..rest edges ending at `to`. Tail t is the person tailNode[t], its link of strength
  // tailW[t] to the next person, and from there the tail tailNext[t]; tail 0 is `to` alone. Indexed by their
  // first person (few: `to` is a contact).
  const tailNode = [ti];
  const tailW = [1];
  const tailNext = [-1];
  const tails = new Map<number, number[]>();
  const inTail = (t: number, x: number) => {
    for (let u = t; u >= 0; u = tailNext[u]) if (tailNode[u] === x) return true;
    return false;
  };
  const back = (t: number, edges: number) => {
    if (edges === rest) return;
    const { ws, ss } = bestStepsAt(g, tailNode[t], 'in', o, excluded, scratchBest);
    for (let j = 0; j < ws.length; j++) {
      const u = ws[j];
      if (u === fi || inTail(t, u)) continue;
      const q = tailNode.length;
      tailNode.push(u);
      tailW.push(ss[j]);
      tailNext.push(t);
      const list = tails.get(u);
      if (list) list.push(q);
      else tails.set(u, [q]);
      back(q, edges + 1);
    }
  };
  if (rest > 0) back(0, 0);
  // The forward half being grown: person indexes and the strengths of the links between them.
  const nodes = [fi];
  const ws: number[] = [];
  // a forward half of exactly h edges, joined with every tail that starts where it ends
  const join = (headStrength: number) => {
    for (const t of tails.get(nodes[nodes.length - 1]) ?? []) {
      // the product left to right, as offer() computes it, before anything else: most joins lose here
      let strength = headStrength;
      for (let u = t; tailNext[u] >= 0; u = tailNext[u]) strength *= tailW[u];
      if (best.length === k && strength < best[k - 1].strength) continue;
      let simple = true; // keep it simple
      for (let u = tailNext[t]; u >= 0 && simple; u = tailNext[u]) simple = !nodes.includes(tailNode[u]);
      if (!simple) continue;
      const pathNodes = nodes.slice();
      const pathWs = ws.slice();
      for (let u = t; tailNext[u] >= 0; u = tailNext[u]) {
        pathNodes.push(tailNode[tailNext[u]]);
        pathWs.push(tailW[u]);
      }
      offer(pathNodes, pathWs);
    }
  };
  // forward halves, strongest step first, joined as soon as they are complete. Strengths are at most 1, so
  // no path through a half is stronger than the half (in floating point too: x·w ≤ x for w ≤ 1): once the
  // k-th best is stronger than a half, nothing grown from it can enter, and the half is not grown. The
  // answer does not depend on the order paths are offered in (offer keeps the k first by byStrength, a total order).
  const grow = (strength: number) => {
    const v = nodes[nodes.length - 1];
    if (v === ti) return void offer(nodes.slice(), ws.slice());
    if (best.length === k && strength < best[k - 1].strength) return;
    if (ws.length === h) return void (rest > 0 && join(strength));
    const next = bestStepsAt(g, v, 'out', o, excluded, scratchBest);
    const order = next.ws.map((_, j) => j).sort((a, b) => next.ss[b] - next.ss[a]);
    for (const j of order) {
      const w = next.ws[j];
      if (nodes.includes(w)) continue;
      nodes.push(w);
      ws.push(next.ss[j]);
      grow(strength * next.ss[j]);
      nodes.pop();
      ws.pop();
    }
  };
  grow(1);
  return best
    .map((p) => {
      const edges = p.nodes.slice(1).map((w, i) => steps(g, p.nodes[i], 'out', o).get(w)!);
      return { nodes: p.nodes, edges, strength: edges.reduce((s, e) => s * e.strength, 1) };
    });
}

interface State {
  /** person index */
  v: number;
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
 * Ties in strength and hops go to the smaller person id.
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
  const excluded = excludedIndexes(g, o);
  const states: State[] = [{ v: ti, hops: 0, strength: 1, parent: -1 }];
  const heap = new Heap<number>((a, b) => {
    const x = states[a];
    const y = states[b];
    if (y.strength !== x.strength) return y.strength - x.strength;
    if (x.hops !== y.hops) return x.hops - y.hops;
    if (x.v === y.v) return 0;
    const xi = g.personId(x.v);
    const yi = g.personId(y.v);
    return xi < yi ? -1 : xi > yi ? 1 : 0;
  });
  heap.push(0);
  const fewestHops = new Map<number, number>();
  while (heap.size && found.length < limit) {
    const i = heap.pop()!;
    const s = states[i];
    const seen = fewestHops.get(s.v);
    if (seen !== undefined && seen <= s.hops) continue;
    const first = seen === undefined;
    fewestHops.set(s.v, s.hops);
    if (first && s.v !== ti) {
      const id = g.personId(s.v);
      if (wanted.has(id)) {
        const nodes: string[] = [];
        for (let j = i; j >= 0; j = states[j].parent) nodes.push(g.personId(states[j].v));
        const edges = nodes.slice(1).map((w, k) => steps(g, nodes[k], 'out', o).get(w)!);
        found.push({ id, path: { nodes, edges, strength: edges.reduce((acc, e) => acc * e.strength, 1) } });
      }
    }
    if (s.hops === o.maxHops) continue;
    forEachStepAt(g, s.v, 'in', o, excluded, (u, w) => {
      const known = fewestHops.get(u);
      if (known !== undefined && known <= s.hops + 1) return;
      states.push({ v: u, hops: s.hops + 1, strength: s.strength * w, parent: i });
      heap.push(states.length - 1);
    });
  }
  return found;
}
