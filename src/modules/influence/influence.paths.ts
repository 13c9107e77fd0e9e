import { requireCjs } from '../../common/cjs.js';
import type { GraphProjection } from '../../projection/graph-projection.js';

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

/**
 * The same links as `steps`, without building any object: calls `visit` for
 * every walkable link (possibly more than once per neighbour, once per link).
 * The hot loops (distances, the dynamic programme) use this.
 */
export function forEachStep(g: GraphProjection, v: string, dir: 'out' | 'in', o: PathOptions, visit: (w: string, strength: number) => void): void {
  const min = o.minStrength;
  const ok = (w: string, s: number) => s >= min && s > 0 && g.persons.get(w)?.active === true && !o.exclude?.has(w);
  if (o.kinds.includes('KNOWS')) {
    const out = g.knowsOut.get(v);
    if (out) for (const [w, e] of out) if (ok(w, e.strength)) visit(w, e.strength);
    const inn = g.knowsIn.get(v);
    if (inn) for (const [w, e] of inn) if (ok(w, e.strength)) visit(w, e.strength);
  }
  if (o.kinds.includes('INFLUENCES')) {
    const m = dir === 'out' ? g.influencesOut.get(v) : g.influencesIn.get(v);
    if (m) for (const [w, e] of m) if (ok(w, e.strength)) visit(w, e.strength);
  }
  if (o.kinds.includes('REPORTS_TO') && o.formalStrength >= min && o.formalStrength > 0) {
    const up = g.managers.get(v);
    if (up) for (const w of up) if (ok(w, o.formalStrength)) visit(w, o.formalStrength);
    const down = g.reports.get(v);
    if (down) for (const w of down) if (ok(w, o.formalStrength)) visit(w, o.formalStrength);
  }
}

const byStrength = (a: InfluencePath, b: InfluencePath) =>
  b.strength - a.strength || a.nodes.length - b.nodes.length || a.nodes.join('\u0000').localeCompare(b.nodes.join('\u0000'));

/** Strongest link per neighbour around `v` (parallel links collapse to the strongest). */
function bestSteps(g: GraphProjection, v: string, dir: 'out' | 'in', o: PathOptions): Map<string, number> {
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
export function strongestPaths(g: GraphProjection, from: string, to: string, k: number, o: PathOptions): InfluencePath[] {
  const ok = (id: string) => g.persons.get(id)?.active === true && !o.exclude?.has(id);
  if (from === to || !ok(from) || !ok(to)) return [];
  const h = Math.ceil(o.maxHops / 2);
  const rest = o.maxHops - h;
  const found: HalfPath[] = [];
  // forward halves of exactly h edges (or shorter ones that already reach `to`)
  const heads: HalfPath[] = [];
  const grow = (p: HalfPath) => {
    const v = p.nodes[p.nodes.length - 1];
    if (v === to) return void found.push(p);
    if (p.nodes.length - 1 === h) return void heads.push(p);
    for (const [w, s] of bestSteps(g, v, 'out', o)) if (!p.nodes.includes(w)) grow({ nodes: [...p.nodes, w], ws: [...p.ws, s] });
  };
  grow({ nodes: [from], ws: [] });
  if (heads.length && rest > 0) {
    // backward halves of 1..rest edges ending at `to`, indexed by their first person
    const tails = new Map<string, HalfPath[]>();
    const back = (p: HalfPath) => {
      if (p.nodes.length - 1 === rest) return;
      const v = p.nodes[0];
      for (const [u, s] of bestSteps(g, v, 'in', o)) {
        if (p.nodes.includes(u) || u === from) continue;
        const q = { nodes: [u, ...p.nodes], ws: [s, ...p.ws] };
        tails.set(u, [...(tails.get(u) ?? []), q]);
        back(q);
      }
    };
    back({ nodes: [to], ws: [] });
    for (const head of heads) {
      const m = head.nodes[head.nodes.length - 1];
      for (const tail of tails.get(m) ?? []) {
        if (tail.nodes.some((x, i) => i > 0 && head.nodes.includes(x))) continue; // keep it simple
        found.push({ nodes: [...head.nodes, ...tail.nodes.slice(1)], ws: [...head.ws, ...tail.ws] });
      }
    }
  }
  return found
    .map((p) => ({ nodes: p.nodes, edges: [] as PathEdge[], strength: p.ws.reduce((a, b) => a * b, 1) }))
    .sort(byStrength)
    .slice(0, k)
    .map((p) => {
      const edges = p.nodes.slice(1).map((w, i) => steps(g, p.nodes[i], 'out', o).get(w)!);
      return { nodes: p.nodes, edges, strength: edges.reduce((s, e) => s * e.strength, 1) };
    });
}

/**
 * The strongest path from every person within `maxHops` steps to `target`
 * (a hop-bounded Bellman-Ford on products, run backwards from the target).
 * graphology's Dijkstra has no hop limit, so this small dynamic programme is
 * written here. Round h keeps, per person, the strongest walk of at most h
 * steps and its next step. Strengths are at most 1, so a walk that repeats
 * a person is never stronger than the same walk with the loop cut out: the
 * strongest walk has the strength of the strongest simple path, and loops
 * are cut when the path is read back. Tests check it against brute force, and
 * against graphology's Dijkstra on −log(strength) when the hop limit does not bind.
 * With `wanted`, paths are exact for those people only (the last round skips the rest).
 */
export interface PathsTo {
  /** strongest path strength to the target, for every person within reach (not the target itself) */
  strength: Map<string, number>;
  /** that path, read back on demand */
  path(from: string): InfluencePath | null;
}

export function strongestPathsTo(g: GraphProjection, target: string, o: PathOptions, wanted?: { has(id: string): boolean }): PathsTo {
  const strength = new Map<string, number>();
  if (g.persons.get(target)?.active !== true || o.exclude?.has(target)) return { strength, path: () => null };
  // rounds[h].get(v) = [strength, next] of the strongest walk v → target in at most h steps
  const rounds: Map<string, [number, string | null]>[] = [new Map([[target, [1, null]]])];
  let changed = [target];
  for (let h = 1; h <= o.maxHops && changed.length; h++) {
    const prev = rounds[h - 1];
    const cur = new Map(prev);
    const touched = new Set<string>();
    for (const w of changed) {
      const tail = prev.get(w)![0];
      forEachStep(g, w, 'in', o, (v, s) => {
        // the last round only matters for the people asked about (`wanted`): nothing extends from it
        if (h === o.maxHops && wanted && !wanted.has(v)) return;
        const strength = s * tail;
        const have = cur.get(v);
        if (!have || strength > have[0] || (strength === have[0] && have[1] !== null && w < have[1])) {
          cur.set(v, [strength, w]);
          touched.add(v);
        }
      });
    }
    rounds.push(cur);
    changed = [...touched];
  }
  const last = rounds[rounds.length - 1];
  for (const [v, [st]] of last) if (v !== target) strength.set(v, st);
  const path = (v: string): InfluencePath | null => {
    if (!strength.has(v)) return null;
    // read the walk back: each step uses the round with one step fewer, so it never exceeds maxHops
    const nodes = [v];
    let at = v;
    for (let h = rounds.length - 1; at !== target && h > 0; h--) {
      const step = rounds[h].get(at);
      if (!step || step[1] === null) break;
      at = step[1];
      const loop = nodes.indexOf(at);
      if (loop >= 0) nodes.length = loop; // cut a loop: never weaker
      nodes.push(at);
    }
    const edges = nodes.slice(1).map((w, i) => steps(g, nodes[i], 'out', o).get(w)!);
    return { nodes, edges, strength: edges.reduce((s, e) => s * e.strength, 1) };
  };
  return { strength, path };
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
 * Same answers as `strongestPathsTo` (a test checks), at a fraction of the
 * work when only the top few are asked for.
 */
export function strongestFromWanted(
  g: GraphProjection,
  target: string,
  o: PathOptions,
  wanted: { has(id: string): boolean },
  limit: number,
): { id: string; path: InfluencePath }[] {
  const found: { id: string; path: InfluencePath }[] = [];
  if (g.persons.get(target)?.active !== true || o.exclude?.has(target)) return found;
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
