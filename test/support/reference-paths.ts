import type { ReadGraph } from '../../src/readmodel/read-graph.js';
import { forEachStep, steps, type InfluencePath, type PathOptions } from '../../src/modules/influence/influence.paths.js';

/**
 * Reference for the best-first search of `strongestFromWanted`: the strongest
 * path from every person within `maxHops` steps to `target`, by a hop-bounded
 * Bellman-Ford on products run backwards from the target (graphology's
 * Dijkstra has no hop limit). Round h keeps, per person, the strongest walk
 * of at most h steps and its next step. Strengths are at most 1, so a walk that repeats
 * a person is never stronger than the same walk with the loop cut out: the
 * strongest walk has the strength of the strongest simple path, and loops
 * are cut when the path is read back. Tests check it against brute force, and
 * against graphology's Dijkstra on −log(strength) when the hop limit does not bind.
 */
export interface PathsTo {
  /** strongest path strength to the target, for every person within reach (not the target itself) */
  strength: Map<string, number>;
  /** that path, read back on demand */
  path(from: string): InfluencePath | null;
}

export function strongestPathsTo(g: ReadGraph, target: string, o: PathOptions): PathsTo {
  const strength = new Map<string, number>();
  if (!g.findPerson(target)?.active || o.exclude?.has(target)) return { strength, path: () => null };
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

