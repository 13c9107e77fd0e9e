import { DirectedGraph } from 'graphology';
import { requireCjs } from '../../common/cjs.js';

type PageRank = (graph: DirectedGraph, options: { alpha: number; getEdgeWeight: string; maxIterations: number; tolerance: number }) => Record<string, number>;
const pagerank: PageRank = requireCjs('graphology-metrics/centrality/pagerank');

/** A directed edge between two contacts of one account, as read from the store. */
export interface AccountEdge {
  fromId: string;
  toId: string;
  type: 'INFLUENCES' | 'REPORTS_TO';
  strength: number | null;
}

export const DAMPING = 0.85;

/**
 * DESIGN §3 "Influence score": weighted PageRank over an account's active
 * contacts. For each `A INFLUENCES B` an edge B→A of weight `strength`; for
 * each `S REPORTS_TO M` an edge S→M of weight `formalStrength`; parallel
 * edges add their weights. Damping 0.85; a contact with no outgoing edge
 * spreads its score evenly over all contacts (graphology's PageRank, which
 * computes what networkx's `pagerank` does). Edges leaving the contact set are
 * ignored. Scores sum to 1; an empty account gives an empty map.
 */
export function influenceScores(contactIds: Iterable<string>, edges: readonly AccountEdge[], formalStrength: number): Map<string, number> {
  const graph = new DirectedGraph();
  for (const id of contactIds) graph.mergeNode(id);
  if (graph.order === 0) return new Map();
  for (const e of edges) {
    if (e.fromId === e.toId || !graph.hasNode(e.fromId) || !graph.hasNode(e.toId)) continue;
    // influence flows to the people others listen to: the influencer and the manager
    const [src, dst, w] = e.type === 'INFLUENCES' ? [e.toId, e.fromId, e.strength ?? 0] : [e.fromId, e.toId, formalStrength];
    if (w <= 0) continue;
    graph.updateEdge(src, dst, (attr) => ({ weight: (attr.weight ?? 0) + w }));
  }
  const scores = pagerank(graph, { alpha: DAMPING, getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-10 });
  return new Map(Object.entries(scores));
}
