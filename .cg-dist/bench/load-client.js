/**
 * The load generator: autocannon as a library, in its own process (forked by
 * bench.ts), so the client's CPU is never the server's. It takes one run at a
 * time over IPC and answers with what it saw.
 *
 * Latencies are recorded here from every response at sub-millisecond
 * resolution (autocannon's own histogram rounds to whole milliseconds), and
 * every 2xx body is checked for a GraphQL `errors` member: GraphQL reports
 * failures with status 200, so a 2xx alone proves nothing.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { percentile } from './stats.js';
const autocannon = createRequire(import.meta.url)('autocannon');
export async function runLoad(req) {
    const { bodies } = req;
    let next = 0;
    let latencies = new Float64Array(1 << 14);
    let n = 0;
    let non2xx = 0;
    let graphqlErrors = 0;
    let firstError;
    let last = 0;
    const url = new URL(req.url);
    const start = performance.now();
    const instance = autocannon({
        url: url.origin,
        connections: req.connections,
        pipelining: 1,
        timeout: req.timeout,
        ...(req.amount ? { amount: req.amount } : { duration: req.duration ?? 10 }),
        requests: [
            {
                method: 'POST',
                path: url.pathname,
                headers: { 'content-type': 'application/json', ...req.headers },
                body: bodies[0],
                // every request takes the next prepared body, whichever connection sends it
                setupRequest: (r) => ({ ...r, body: bodies[next++ % bodies.length] }),
                onResponse: (status, body) => {
                    if (status >= 200 && status < 300) {
                        if (body.includes('"errors"')) {
                            graphqlErrors++;
                            firstError ??= body.slice(0, 300);
                        }
                    }
                    else {
                        firstError ??= `HTTP ${status}: ${String(body).slice(0, 300)}`;
                    }
                },
            },
        ],
    });
    instance.on('response', (_client, status, _bytes, ms) => {
        last = performance.now();
        if (status < 200 || status >= 300)
            non2xx++;
        if (n === latencies.length) {
            const grown = new Float64Array(n * 2);
            grown.set(latencies);
            latencies = grown;
        }
        latencies[n++] = ms;
    });
    const raw = (await instance);
    const sorted = latencies.subarray(0, n).sort();
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += sorted[i];
    const elapsedMs = n > 0 ? last - start : performance.now() - start;
    return {
        connections: req.connections,
        responses: n,
        elapsedMs,
        rps: n / (elapsedMs / 1000),
        latencyMs: { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted[n - 1] ?? NaN, mean: sum / n },
        errors: raw.errors,
        timeouts: raw.timeouts,
        non2xx,
        graphqlErrors,
        firstError,
    };
}
// run as a forked child: serve runs over IPC, one at a time
if (process.send) {
    process.on('message', (msg) => {
        if (msg?.type !== 'run')
            return;
        runLoad(msg).then((result) => process.send({ type: 'result', id: msg.id, result }), (err) => process.send({ type: 'error', id: msg.id, message: err instanceof Error ? err.message : String(err) }));
    });
    process.on('disconnect', () => process.exit(0));
}
//# sourceMappingURL=load-client.js.map