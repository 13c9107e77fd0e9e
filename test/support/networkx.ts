import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./networkx_pagerank.py', import.meta.url));

/** Whether python3 with networkx is on this machine (the independent PageRank check uses it when present). */
export const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

/** networkx.pagerank(alpha=0.85, weight='weight') over the given weighted edges (parallel edges add). */
export function networkxPagerank(nodes: string[], edges: [string, string, number][]): Record<string, number> {
  const res = spawnSync('python3', [script], { input: JSON.stringify({ nodes, edges }), encoding: 'utf8' });
  if (res.status !== 0) throw new Error(res.stderr);
  return JSON.parse(res.stdout);
}

/**
 * A plain power iteration written from the textbook definition, independent
 * of graphology: x ← (1-d)/N + d·(Σ x_j·w_ji/W_j + dangling/N).
 */
export function powerIterationPagerank(nodes: string[], edges: [string, string, number][], d = 0.85): Record<string, number> {
  const n = nodes.length;
  const idx = new Map(nodes.map((v, i) => [v, i]));
  const out = new Array(n).fill(0);
  const w = new Map<string, number>();
  for (const [s, t, x] of edges) {
    out[idx.get(s)!] += x;
    w.set(`${s}|${t}`, (w.get(`${s}|${t}`) ?? 0) + x);
  }
  let x = new Array(n).fill(1 / n);
  for (let it = 0; it < 10_000; it++) {
    const dangling = nodes.reduce((s, v, i) => (out[i] === 0 ? s + x[i] : s), 0);
    const next = new Array(n).fill((1 - d) / n + (d * dangling) / n);
    for (const [k, weight] of w) {
      const [s, t] = k.split('|');
      next[idx.get(t)!] += (d * x[idx.get(s)!] * weight) / out[idx.get(s)!];
    }
    const err = next.reduce((s, v, i) => s + Math.abs(v - x[i]), 0);
    x = next;
    if (err < 1e-14) break;
  }
  return Object.fromEntries(nodes.map((v, i) => [v, x[i]]));
}

/** A python3 that has networkx (the PATH's, else Debian's /usr/bin/python3 with python3-networkx), or null. */
export function networkxPython(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    if (spawnSync(py, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0) return py;
  }
  return null;
}
