import { DirectedGraph } from 'graphology';
import { requireCjs } from '../../common/cjs.js';
const pagerank = requireCjs('graphology-metrics/centrality/pagerank');
export const DAMPING = 0.85;
/**
 * DESIGN §3 "Influence score": weighted PageRank over an account's active
 * contacts. For each `A INFLUENCES B` an edge B→A of weight `strength`; for
 * each `S REPORTS_TO M` an edge S→M of weight `formalStrength`; parallel
 * edges add their weights. Damping 0.85; a contact with no outgoing edge
 * spreads its score evenly over all contacts (what networkx's `pagerank`
 * computes). Edges leaving the contact set are ignored. Scores sum to 1; an
 * empty account gives an empty map.
 *
 * The power iteration is graphology-metrics' `pagerank`, step for step (same
 * node order, same neighbour order, same float operations, tolerance 1e-10
 * × N on the L1 change), on flat arrays instead of a graphology graph:
 * building a graphology graph per account was most of the portfolio's cost
 * (docs/decisions.md). Tests check both give identical scores on generated
 * accounts and match networkx on Krackhardt's managers.
 */
export function influenceScores(contactIds, edges, formalStrength) {
    const index = new Map();
    const nodes = [];
    for (const id of contactIds)
        if (!index.has(id)) {
            index.set(id, nodes.length);
            nodes.push(id);
        }
    const N = nodes.length;
    if (N === 0)
        return new Map();
    // weighted out-links per node, parallel links summed, in first-seen order
    const pos = new Map();
    const eSrc = [];
    const eDst = [];
    const eW = [];
    for (const e of edges) {
        const a = index.get(e.fromId);
        const b = index.get(e.toId);
        if (a === undefined || b === undefined || a === b)
            continue;
        // influence flows to the people others listen to: the influencer and the manager
        const influences = e.type === 'INFLUENCES';
        const src = influences ? b : a;
        const dst = influences ? a : b;
        const w = influences ? (e.strength ?? 0) : formalStrength;
        if (w <= 0)
            continue;
        const key = src * N + dst;
        const j = pos.get(key);
        if (j === undefined) {
            pos.set(key, eSrc.length);
            eSrc.push(src);
            eDst.push(dst);
            eW.push(w);
        }
        else
            eW[j] += w;
    }
    // CSR by source (stable). graphology keeps a node's out-neighbours in an object keyed by id, so
    // integer-like ids come first, ascending, then the others in insertion order; the same order here
    // gives the same float sums
    const starts = new Int32Array(N + 1);
    for (const src of eSrc)
        starts[src + 1]++;
    for (let i = 0; i < N; i++)
        starts[i + 1] += starts[i];
    const fill = starts.slice(0, N);
    const nbr = new Int32Array(eSrc.length);
    const wts = new Float64Array(eSrc.length);
    for (let j = 0; j < eSrc.length; j++) {
        const at = fill[eSrc[j]]++;
        nbr[at] = eDst[j];
        wts[at] = eW[j];
    }
    const intKey = nodes.map(arrayIndexKey);
    if (intKey.some((k) => k >= 0)) {
        for (let i = 0; i < N; i++) {
            const seg = [...nbr.subarray(starts[i], starts[i + 1])].map((d, k) => ({ d, w: wts[starts[i] + k], k }));
            seg.sort((x, y) => {
                const a = intKey[x.d], b = intKey[y.d];
                if (a >= 0 && b >= 0)
                    return a - b;
                if (a >= 0)
                    return -1;
                if (b >= 0)
                    return 1;
                return x.k - y.k;
            });
            seg.forEach((e, k) => { nbr[starts[i] + k] = e.d; wts[starts[i] + k] = e.w; });
        }
    }
    const outDegree = new Float64Array(N);
    for (let i = 0; i < N; i++)
        for (let j = starts[i]; j < starts[i + 1]; j++)
            outDegree[i] += wts[j];
    const alpha = DAMPING;
    const p = 1 / N;
    const norm = new Float64Array(wts.length);
    const dangling = [];
    let x = new Float64Array(N);
    for (let i = 0; i < N; i++) {
        x[i] = p;
        const d = outDegree[i];
        if (d === 0)
            dangling.push(i);
        for (let j = starts[i]; j < starts[i + 1]; j++)
            norm[j] = wts[j] / d;
    }
    let converged = false;
    for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
        const last = x;
        x = new Float64Array(N);
        let dangleSum = 0;
        for (let i = 0; i < dangling.length; i++)
            dangleSum += last[dangling[i]];
        dangleSum *= alpha;
        for (let i = 0; i < N; i++) {
            for (let j = starts[i], l = starts[i + 1]; j < l; j++)
                x[nbr[j]] += alpha * last[i] * norm[j];
            x[i] += dangleSum * p + (1 - alpha) * p;
        }
        let error = 0;
        for (let i = 0; i < N; i++)
            error += Math.abs(x[i] - last[i]);
        if (error < N * TOLERANCE) {
            converged = true;
            break;
        }
    }
    if (!converged)
        throw new Error('influence scores: PageRank failed to converge');
    const scores = new Map();
    for (let i = 0; i < N; i++)
        scores.set(nodes[i], x[i]);
    return scores;
}
/** The id's value when JS objects treat it as an array index (canonical digits below 2^32 − 1), else −1. */
function arrayIndexKey(id) {
    const first = id.charCodeAt(0);
    if (id.length === 0 || first < 48 || first > 57 || (first === 48 && id.length > 1))
        return -1;
    for (let i = 1; i < id.length; i++) {
        const c = id.charCodeAt(i);
        if (c < 48 || c > 57)
            return -1;
    }
    const n = Number(id);
    return n < 4294967295 ? n : -1;
}
const MAX_ITERATIONS = 1000;
const TOLERANCE = 1e-10;
/** The same scores through graphology-metrics' `pagerank` (the reference the tests compare with). */
export function influenceScoresGraphology(contactIds, edges, formalStrength) {
    const graph = new DirectedGraph();
    for (const id of contactIds)
        graph.mergeNode(id);
    if (graph.order === 0)
        return new Map();
    for (const e of edges) {
        if (e.fromId === e.toId || !graph.hasNode(e.fromId) || !graph.hasNode(e.toId))
            continue;
        const [src, dst, w] = e.type === 'INFLUENCES' ? [e.toId, e.fromId, e.strength ?? 0] : [e.fromId, e.toId, formalStrength];
        if (w <= 0)
            continue;
        graph.updateEdge(src, dst, (attr) => ({ weight: (attr.weight ?? 0) + w }));
    }
    const scores = pagerank(graph, { alpha: DAMPING, getEdgeWeight: 'weight', maxIterations: MAX_ITERATIONS, tolerance: TOLERANCE });
    return new Map(Object.entries(scores));
}
//# sourceMappingURL=influence.metrics.js.map