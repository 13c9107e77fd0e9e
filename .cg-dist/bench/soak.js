import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { generateGraph, rng, SCALES } from '../src/generator/generate.js';
import { loadGraph } from '../src/generator/load.js';
import { openStore } from '../src/store/index.js';
import { poolsFrom, readOps } from './operations.js';
import { summarize } from './stats.js';
/**
 * `npm run soak [-- --minutes 10 --rate 25 --writes 0.3 --scale demo]`
 * (issue 8, "Memory"): starts the server as deployed (`node dist/src/main.js`,
 * NODE_ENV=production) on a temp file store, drives a fixed rate of mixed
 * requests (reads from bench/operations.ts; writes: upsertRelationship and
 * upsertPerson, updates and creations), samples the server's RSS from
 * /proc/<pid>/status every `--sample` seconds, and reports the series and its
 * slope after the first minute (target: flat within 10 %). Then, unless
 * `--no-reopen`: 10,000 writes on a fresh store, graceful stop, restart (time
 * until ready, RSS), and the same after `kill -9`. Results also go to
 * bench/results/soak-*.json. Not part of `npm test`.
 */
const program = new Command('soak')
    .option('--minutes <n>', 'length of the soak', '10')
    .option('--rate <n>', 'requests per second (open loop)', '25')
    .option('--writes <fraction>', 'share of writes', '0.3')
    .option('--sample <s>', 'seconds between RSS samples', '10')
    .option('--scale <name>', `graph: ${Object.keys(SCALES).join(', ')} (demo is seeded by the server itself; others are bulk-loaded first)`, 'demo')
    .option('--seed <n>', 'generator seed for scales other than demo', '1')
    .option('--reopen-writes <n>', 'writes before the reopen measurements', '10000')
    .option('--no-reopen', 'skip the reopen measurements')
    .option('--no-soak', 'only the reopen measurements')
    .option('--keep-db', 'keep the temp store directories')
    .parse();
const opts = program.opts();
if (!(opts.scale in SCALES))
    program.error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
const scale = opts.scale;
const minutes = Number(opts.minutes);
const rate = Number(opts.rate);
const writeShare = Number(opts.writes);
const sampleSec = Number(opts.sample);
const reopenWrites = Number(opts.reopenWrites);
if (!(minutes > 0) || !(rate > 0) || !(writeShare >= 0 && writeShare <= 1) || !(sampleSec > 0) || !(reopenWrites >= 1)) {
    program.error('--minutes, --rate, --sample and --reopen-writes must be positive, --writes between 0 and 1');
}
const MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));
const RESULTS = fileURLToPath(new URL('../../bench/results/', import.meta.url));
const log = (msg) => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const MiB1 = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;
const dirs = [];
process.on('exit', () => {
    for (const c of children)
        c.kill('SIGKILL');
    if (!opts.keepDb)
        for (const d of dirs)
            rmSync(d, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));
// ---------------------------------------------------------------- the server as a child process
const children = new Set();
class Server {
    constructor(dbPath, env = {}) {
        this.dbPath = dbPath;
        this.spawnedAt = performance.now();
        this.url = '';
        this.readyMs = 0;
        /** the server's own figure for opening the store (its "store open" line) */
        this.storeOpenMs = null;
        this.readyWaiters = [];
        this.tail = [];
        this.child = spawn(process.execPath, [MAIN], {
            env: { ...process.env, PORT: '0', HOST: '127.0.0.1', KAMGRAPH_DB_PATH: dbPath, NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        children.add(this.child);
        let buf = '';
        this.child.stdout.setEncoding('utf8').on('data', (chunk) => {
            buf += chunk;
            let nl;
            while ((nl = buf.indexOf('\n')) >= 0) {
                const text = buf.slice(0, nl);
                buf = buf.slice(nl + 1);
                if (text.includes('"msg":"graphql"'))
                    continue; // request lines
                this.tail.push(text);
                if (this.tail.length > 40)
                    this.tail.shift();
                if (this.storeOpenMs === null && text.includes('"msg":"store open"')) {
                    try {
                        this.storeOpenMs = JSON.parse(text).ms ?? null;
                    }
                    catch {
                        /* not JSON */
                    }
                }
                if (!this.url && text.includes('ready at')) {
                    try {
                        this.url = JSON.parse(text).url;
                    }
                    catch {
                        continue;
                    }
                    this.readyMs = performance.now() - this.spawnedAt;
                    for (const w of this.readyWaiters)
                        w();
                }
            }
        });
        this.child.stderr.setEncoding('utf8').on('data', (s) => this.tail.push(s));
        this.exited = new Promise((resolve) => this.child.once('exit', (code) => {
            children.delete(this.child);
            resolve(code);
        }));
    }
    get pid() {
        return this.child.pid;
    }
    async ready(timeoutMs = 600_000) {
        if (this.url)
            return;
        await Promise.race([
            new Promise((r) => this.readyWaiters.push(r)),
            this.exited.then((code) => Promise.reject(new Error(`server exited (${code}) before it was ready:\n${this.tail.join('\n')}`))),
            sleep(timeoutMs).then(() => Promise.reject(new Error('server not ready in time'))),
        ]);
    }
    /** VmRSS and VmHWM (peak) of the server process, bytes. */
    memory() {
        const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
        const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
        return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
    }
    walBytes() {
        return existsSync(`${this.dbPath}.wal`) ? statSync(`${this.dbPath}.wal`).size : 0;
    }
    /** The JS heap and external memory from /metrics (prom-client's default metrics), when the server exposes them. */
    async heap() {
        try {
            const text = await (await fetch(new URL('/metrics', this.url))).text();
            const value = (name) => Number(new RegExp(`^\\w*${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text)?.[1] ?? NaN);
            const heapUsed = value('nodejs_heap_size_used_bytes');
            return Number.isFinite(heapUsed) ? { heapUsed, external: value('nodejs_external_memory_bytes') } : null;
        }
        catch {
            return null;
        }
    }
    async gql(query, variables) {
        const res = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
        return (await res.json());
    }
    /** Time until the read model answers (the first query waits for it). */
    async answering() {
        const res = await this.gql('{ people(first: 1) { totalCount } }');
        if (res.errors)
            throw new Error(`first query failed: ${JSON.stringify(res.errors)}`);
        return performance.now() - this.spawnedAt;
    }
    /** SIGTERM; resolves with the exit code and how long the shutdown took. */
    async stop() {
        const t = performance.now();
        this.child.kill('SIGTERM');
        const code = await this.exited;
        return { code, ms: performance.now() - t };
    }
    async kill9() {
        this.child.kill('SIGKILL');
        await this.exited;
    }
}
// ---------------------------------------------------------------- stores and the requests sent to them
function tempStore() {
    const dir = mkdtempSync(join(tmpdir(), 'kamgraph-soak-'));
    dirs.push(dir);
    return join(dir, 'soak.lbug');
}
/** A store holding the graph (demo: the server seeds it), and the env the server needs for it. */
async function prepareStore(graph) {
    const dbPath = tempStore();
    if (scale === 'demo')
        return { dbPath, env: {} };
    const t = performance.now();
    const store = await openStore({ engine: 'ladybug', dbPath, neo4j: { uri: '', user: '', password: '' }, bufferPoolMb: 0 });
    await loadGraph(store, graph);
    await store.close();
    log(`bulk-loaded ${scale} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return { dbPath, env: { KAMGRAPH_SEED_DEMO: 'false' } };
}
const today = new Date().toISOString().slice(0, 10);
let created = 0;
const tag = Date.now().toString(36);
/** One write: upsertRelationship (an existing link, or any pair: created or updated) or upsertPerson (update, or a new person). */
function writeRequest(p, rnd) {
    const strength = Math.round((0.3 + 0.7 * rnd.next()) * 100) / 100;
    const x = rnd.next();
    if (x < 0.4) {
        const k = rnd.pick(p.knows);
        return { kind: 'knows-update', query: RELATIONSHIP, variables: { input: { ourPersonId: k.fromId, contactId: k.toId, strength, lastContactAt: today } } };
    }
    if (x < 0.6) {
        return { kind: 'knows-any', query: RELATIONSHIP, variables: { input: { ourPersonId: rnd.pick(p.ours), contactId: rnd.pick(p.contacts), strength, lastContactAt: today } } };
    }
    if (x < 0.85) {
        return { kind: 'person-update', query: PERSON, variables: { input: { id: rnd.pick(p.contacts), title: `soak title ${Math.floor(rnd.next() * 1e6)}` } } };
    }
    const i = ++created;
    return { kind: 'person-create', query: PERSON, variables: { input: { id: `soak-${tag}-${i}`, name: `Soak Person ${i}`, function: 'SALES' } } };
}
const RELATIONSHIP = `mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { from { id } to { id } strength } }`;
const PERSON = `mutation($input: PersonInput!) { upsertPerson(input: $input) { id title } }`;
async function prepareReads(server, pools, rnd) {
    const out = [];
    for (const op of readOps) {
        if (op.key === 'typename')
            continue;
        const variables = await op.variables({ pools, rnd, gql: (q, v) => server.gql(q, v), count: 256 });
        if (variables.length)
            out.push({ kind: op.key, query: op.query, variables });
    }
    return out;
}
async function soak(graph) {
    const { dbPath, env } = await prepareStore(graph);
    const server = new Server(dbPath, env);
    await server.ready();
    const answeringMs = await server.answering();
    log(`server ready in ${Math.round(server.readyMs)} ms, answering in ${Math.round(answeringMs)} ms (pid ${server.pid})`);
    const rnd = rng(7);
    const pools = poolsFrom(graph, Math.ceil(minutes * 60 * rate * writeShare));
    const reads = await prepareReads(server, pools, rnd);
    const durationMs = minutes * 60_000;
    const interval = 1000 / rate;
    const latencies = new Map();
    const errors = new Map();
    let firstErrors = [];
    let sent = 0;
    let dropped = 0;
    let inflight = 0;
    const MAX_INFLIGHT = 256;
    const samples = [];
    const start = performance.now();
    const sample = async () => {
        const m = server.memory();
        const h = await server.heap();
        const s = {
            s: Math.round((performance.now() - start) / 1000), rssMiB: MiB1(m.rss), hwmMiB: MiB1(m.hwm), walKiB: Math.round(server.walBytes() / 1024),
            heapMiB: h ? MiB1(h.heapUsed) : null, externalMiB: h ? MiB1(h.external) : null, sent,
        };
        samples.push(s);
        log(`t=${String(s.s).padStart(4)} s  RSS ${s.rssMiB.toFixed(1)} MiB (peak ${s.hwmMiB.toFixed(1)})  WAL ${s.walKiB} KiB${s.heapMiB !== null ? `  heap ${s.heapMiB} MiB  external ${s.externalMiB} MiB` : ''}  requests ${sent}`);
    };
    await sample();
    const sampler = setInterval(() => void sample(), sampleSec * 1000);
    const fire = (kind, query, variables) => {
        inflight++;
        sent++;
        const t = performance.now();
        server.gql(query, variables)
            .then((res) => {
            if (res.errors?.length)
                throw new Error(res.errors[0].message);
            const l = latencies.get(kind) ?? [];
            l.push(performance.now() - t);
            latencies.set(kind, l);
        })
            .catch((e) => {
            const msg = `${kind}: ${e instanceof Error ? e.message : String(e)}`.slice(0, 200);
            errors.set(kind, (errors.get(kind) ?? 0) + 1);
            if (firstErrors.length < 5)
                firstErrors.push(msg);
        })
            .finally(() => inflight--);
    };
    for (let i = 0;; i++) {
        const due = start + i * interval;
        if (due - start >= durationMs)
            break;
        const wait = due - performance.now();
        if (wait > 0)
            await sleep(wait);
        if (inflight >= MAX_INFLIGHT) {
            dropped++;
            continue;
        }
        if (rnd.next() < writeShare) {
            const w = writeRequest(pools, rnd);
            fire(w.kind, w.query, w.variables);
        }
        else {
            const r = rnd.pick(reads);
            fire(r.kind, r.query, rnd.pick(r.variables));
        }
    }
    while (inflight > 0)
        await sleep(20);
    clearInterval(sampler);
    await sample();
    const stop = await server.stop();
    log(`stopped: exit ${stop.code} in ${Math.round(stop.ms)} ms; WAL left ${server.walBytes()} bytes`);
    // slope after the first minute: least squares over the samples from t ≥ 60 s
    const after = samples.filter((s) => s.s >= 60);
    const slope = (() => {
        if (after.length < 2)
            return null;
        const n = after.length;
        const mx = after.reduce((a, s) => a + s.s, 0) / n;
        const my = after.reduce((a, s) => a + s.rssMiB, 0) / n;
        const sxy = after.reduce((a, s) => a + (s.s - mx) * (s.rssMiB - my), 0);
        const sxx = after.reduce((a, s) => a + (s.s - mx) ** 2, 0);
        return (sxy / sxx) * 60;
    })();
    const first = after[0];
    const last = samples[samples.length - 1];
    const change = first ? ((last.rssMiB - first.rssMiB) / first.rssMiB) * 100 : null;
    const peakAfter = after.length ? Math.max(...after.map((s) => s.rssMiB)) : null;
    const byKind = Object.fromEntries([...latencies].map(([k, v]) => [k, summarize(v)]));
    const writesSent = [...latencies].filter(([k]) => k.startsWith('knows') || k.startsWith('person')).reduce((a, [, v]) => a + v.length, 0);
    return {
        dbPath, readyMs: server.readyMs, answeringMs, requests: sent, dropped, writesAcknowledged: writesSent, errors: Object.fromEntries(errors), firstErrors,
        latencyMs: byKind, samples, slopeMiBPerMin: slope, changeFromMinute1Pct: change, peakAfterMinute1MiB: peakAfter,
        rssAtMinute1MiB: first?.rssMiB ?? null, rssEndMiB: last.rssMiB, shutdown: { code: stop.code, ms: stop.ms, walLeftBytes: server.walBytes() },
    };
}
// ---------------------------------------------------------------- 2. reopen after 10,000 writes
async function writeMany(server, pools, n, concurrency = 4) {
    const rnd = rng(11);
    let next = 0;
    let errors = 0;
    const t = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < n) {
            next++;
            const w = writeRequest(pools, rnd);
            try {
                const res = await server.gql(w.query, w.variables);
                if (res.errors?.length)
                    errors++;
            }
            catch {
                errors++;
            }
        }
    }));
    return { ms: performance.now() - t, errors };
}
async function reopen(graph) {
    const { dbPath, env } = await prepareStore(graph);
    const pools = poolsFrom(graph, reopenWrites);
    const out = { writes: reopenWrites };
    const first = new Server(dbPath, env);
    await first.ready();
    await first.answering();
    const before = first.memory();
    const w1 = await writeMany(first, pools, reopenWrites);
    const afterWrites = first.memory();
    const walBeforeStop = first.walBytes();
    log(`${reopenWrites} writes in ${(w1.ms / 1000).toFixed(1)} s (${w1.errors} errors); RSS ${MiB1(before.rss)} → ${MiB1(afterWrites.rss)} MiB (peak ${MiB1(afterWrites.hwm)}); WAL ${walBeforeStop} bytes`);
    const stop = await first.stop();
    log(`graceful stop: exit ${stop.code} in ${Math.round(stop.ms)} ms; WAL left ${first.walBytes()} bytes`);
    Object.assign(out, {
        writeSeconds: w1.ms / 1000, writeErrors: w1.errors, rssBeforeWritesMiB: MiB1(before.rss), rssAfterWritesMiB: MiB1(afterWrites.rss),
        peakRssMiB: MiB1(afterWrites.hwm), walBeforeStopBytes: walBeforeStop, stop: { code: stop.code, ms: stop.ms, walLeftBytes: first.walBytes() },
    });
    const measureOpen = async (label) => {
        const server = new Server(dbPath, { ...env, KAMGRAPH_SEED_DEMO: 'false' });
        await server.ready();
        const answering = await server.answering();
        await sleep(500);
        const m = server.memory();
        log(`${label}: store open in ${server.storeOpenMs} ms; listening ${Math.round(server.readyMs)} ms, answering ${Math.round(answering)} ms after spawn; RSS ${MiB1(m.rss)} MiB (peak ${MiB1(m.hwm)})`);
        return { server, result: { storeOpenMs: server.storeOpenMs, readyMs: server.readyMs, answeringMs: answering, rssMiB: MiB1(m.rss), peakRssMiB: MiB1(m.hwm) } };
    };
    const clean = await measureOpen('reopen after graceful stop');
    out.reopenAfterStop = clean.result;
    // the same again, ending in kill -9: the next open replays the WAL
    const w2 = await writeMany(clean.server, pools, reopenWrites);
    const walAtKill = clean.server.walBytes();
    await clean.server.kill9();
    log(`${reopenWrites} more writes in ${(w2.ms / 1000).toFixed(1)} s, then kill -9 with ${walAtKill} bytes of WAL`);
    const crashed = await measureOpen('reopen after kill -9');
    out.reopenAfterKill = { ...crashed.result, walAtKillBytes: walAtKill, writeErrors: w2.errors };
    await crashed.server.stop();
    return out;
}
// ---------------------------------------------------------------- run
const at = new Date();
log(`graph ${scale}${scale === 'demo' ? ' (seeded by the server)' : ''}`);
const graph = scale === 'demo' ? generateGraph('demo') : generateGraph(scale, Number(opts.seed), new Date());
const result = {
    at: at.toISOString(), scale,
    options: { minutes, rate, writeShare, sampleSec, reopenWrites, workers: process.env.KAMGRAPH_WORKERS ?? null, bufferPoolMb: process.env.KAMGRAPH_BUFFER_POOL_MB ?? null },
    machine: { cpus: cpus().length, totalMemMiB: Math.round(totalmem() / 2 ** 20), node: process.version, loadavg: readFileSync('/proc/loadavg', 'utf8').trim() },
};
if (opts.soak) {
    log(`soak: ${minutes} min at ${rate} req/s, ${Math.round(writeShare * 100)} % writes, RSS every ${sampleSec} s`);
    const s = await soak(graph);
    result.soak = s;
    console.log('\nRSS series (s: MiB):', s.samples.map((x) => `${x.s}: ${x.rssMiB}`).join(', '));
    console.log(`requests ${s.requests} (${s.dropped} dropped), errors ${JSON.stringify(s.errors)}`);
    for (const e of s.firstErrors)
        console.log(`  ${e}`);
    console.log(`after the first minute: slope ${s.slopeMiBPerMin?.toFixed(2)} MiB/min; ${s.rssAtMinute1MiB} → ${s.rssEndMiB} MiB (${s.changeFromMinute1Pct?.toFixed(1)} %), peak ${s.peakAfterMinute1MiB} MiB`);
    console.log(`latency p50/p99 ms: ${Object.entries(s.latencyMs).map(([k, v]) => `${k} ${v.p50.toFixed(1)}/${v.p99.toFixed(1)}`).join(', ')}`);
}
if (opts.reopen) {
    log(`reopen: ${reopenWrites} writes, stop, restart; again with kill -9`);
    result.reopen = await reopen(graph);
    console.log('reopen:', JSON.stringify(result.reopen, null, 2));
}
mkdirSync(RESULTS, { recursive: true });
const file = join(RESULTS, `soak-${scale}-${at.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(result, null, 2));
log(`results written to ${file}`);
process.exit(0);
//# sourceMappingURL=soak.js.map