import cliProgress from 'cli-progress';
/**
 * Progress for long commands (docs/cli.md): bars (rows, rows/s, ETA) when
 * stderr is a terminal; otherwise one plain line per finished phase and at
 * most one line every 5 s while a phase runs. Silent with `--json`.
 */
export function progressReporter(enabled) {
    if (!enabled)
        return { update() { }, stop() { } };
    if (process.stderr.isTTY) {
        const bars = new cliProgress.MultiBar({
            stream: process.stderr,
            format: ' {phase} |{bar}| {value}{of} rows | {speed} rows/s | {eta_formatted}',
            hideCursor: true,
            clearOnComplete: false,
            etaBuffer: 50,
        }, cliProgress.Presets.shades_classic);
        const open = new Map();
        return {
            update(phase, done, total, finished) {
                let b = open.get(phase);
                if (!b) {
                    b = { bar: bars.create(total ?? done, 0, { phase: phase.padEnd(26), of: '', speed: 0 }), started: performance.now() };
                    open.set(phase, b);
                }
                const secs = (performance.now() - b.started) / 1000;
                if (total === null)
                    b.bar.setTotal(Math.max(done, 1));
                b.bar.update(done, { of: total === null ? '' : `/${total}`, speed: secs > 0 ? Math.round(done / secs) : 0 });
                if (finished)
                    b.bar.stop();
            },
            stop: () => bars.stop(),
        };
    }
    const started = new Map();
    let last = 0;
    return {
        update(phase, done, total, finished) {
            const now = performance.now();
            if (!started.has(phase))
                started.set(phase, now);
            if (!finished && now - last < 5000)
                return;
            last = now;
            const secs = (now - started.get(phase)) / 1000;
            process.stderr.write(`${phase}: ${done}${total === null ? '' : `/${total}`} rows${secs > 0 ? `, ${Math.round(done / secs)} rows/s` : ''}${finished ? ', done' : ''}\n`);
        },
        stop() { },
    };
}
//# sourceMappingURL=progress.js.map