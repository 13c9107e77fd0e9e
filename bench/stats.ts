import { performance } from 'node:perf_hooks';

/** Nearest-rank percentile of values sorted ascending. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Timing {
  runs: number;
  p50: number;
  p99: number;
  mean: number;
}

/** p50 / p99 / mean of durations in ms. */
export function summarize(ms: readonly number[]): Timing {
  const sorted = Float64Array.from(ms).sort();
  return { runs: ms.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length) };
}

export const MiB = (bytes: number) => Math.round(bytes / 2 ** 20);

/** p50 and p99 to one decimal, with the run count: how the in-process benches report a timing. */
export const rounded = (t: Timing) => ({ p50: Math.round(t.p50 * 10) / 10, p99: Math.round(t.p99 * 10) / 10, runs: t.runs });

/** `runs` timed calls, each after an untimed `before` (drop the memos, write one row, or nothing). */
export async function timeRuns(runs: number, before: (i: number) => Promise<void> | void, call: (i: number) => Promise<unknown>): Promise<Timing> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before(i);
    const t = performance.now();
    await call(i);
    ms.push(performance.now() - t);
  }
  return summarize(ms);
}

/** `--name value` from the command line, or the fallback. */
export const argOf = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
