/** Nearest-rank percentile of values sorted ascending. */
export function percentile(sorted, p) {
    if (sorted.length === 0)
        return NaN;
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
/** p50 / p99 / mean of durations in ms. */
export function summarize(ms) {
    const sorted = Float64Array.from(ms).sort();
    return { runs: ms.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length) };
}
export const MiB = (bytes) => Math.round(bytes / 2 ** 20);
//# sourceMappingURL=stats.js.map