import './env.js';
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadConfig } from '../src/config.js';
import { rng, SCALES, type ScaleName } from '../src/generator/generate.js';
import { startServer } from '../src/server.js';
import { openStore } from '../src/store/index.js';
import type { BulkReply } from './bulk-runner.js';
import type { LoadRunnerReply } from './load-runner.js';
import { coldCalls, floorCall, readModelReady, type LooseServices } from './inprocess.js';
import type { LoadReply, LoadRequest, LoadResult } from './load-client.js';
import { runWrk, wrkAvailable } from './wrk-client.js';
import { readOps, writeOps, type Gql, type Vars } from './operations.js';
import { MiB, summarize, type Timing } from './stats.js';

/**
 * `npm run bench -- --scale S`: generates a graph, bulk-loads it into a fresh
 * file-backed store in a temp dir, serves it over HTTP on loopback, and
 * drives it from a separate client process (wrk when installed, else autocannon) at each concurrency:
 * req/s, p50, p99 and every error. Beside each operation, its in-process
 * floor: the service call alone, no HTTP. See README § Benchmarks.
 */
// `npm run bench -- --import`: the data-exchange measurements (bench/import.ts) instead of the API's
if (process.argv.includes('--import')) {
  await import('./import.js');
  process.exit(0);
}

const program = new Command('bench')
  .option('--scale <name>', `graph size: ${Object.keys(SCALES).join(', ')}`, 'S')
  .option('--duration <s>', 'seconds per load run', '10')
  .option('--connections <list>', 'concurrency levels for load runs', '1,10,50')
  .option('--only <keys>', `comma-separated operations (or "reads", "writes"): ${[...readOps, ...writeOps].map((o) => o.key).join(', ')}`)
  .option('--writes <n>', 'sequential requests per write operation (c=1)', '500')
  .option('--warmup <s>', 'seconds of unmeasured load before each read operation', '1')
  .option('--floor-runs <n>', 'at most this many in-process floor calls per operation (and ≤ 2 s)', '200')
  .option('--seed <n>', 'generator seed', '1')
  .option('--client <name>', 'load client for timed runs: wrk (Debian package; used when installed) or autocannon', 'auto')
  .option('--no-bulk', 'skip the bulk-load measurement (bench/bulk.ts)')
  .option('--no-floors', 'skip the in-process floors')
  .option('--keep-db', 'keep the temp store directory')
  .option('--graph-only', 'the organisation and its relationships only: no interactions, signals or sales (the graph issue 7 sized)')
  .parse();
const opts = program.opts<{
  scale: string; duration: string; connections: string; only?: string; writes: string; warmup: string;
  floorRuns: string; seed: string; client: string; bulk: boolean; floors: boolean; keepDb?: boolean; graphOnly?: boolean;
}>();
if (!(opts.scale in SCALES)) program.error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
const scale = opts.scale as ScaleName;
const duration = Number(opts.duration);
const connections = opts.connections.split(',').map(Number);
const writes = Number(opts.writes);
const warmup = Number(opts.warmup);
const floorRuns = Number(opts.floorRuns);
const seed = Number(opts.seed);
if (!['auto', 'wrk', 'autocannon'].includes(opts.client)) program.error('--client must be auto, wrk or autocannon');
const useWrk = opts.client === 'wrk' || (opts.client === 'auto' && wrkAvailable());
if (opts.client === 'wrk' && !wrkAvailable()) program.error('--client wrk: no wrk on PATH (apt-get install wrk)');
if (!(duration > 0) || connections.some((c) => !(c >= 1)) || !(writes >= 1)) program.error('--duration, --connections and --writes must be positive');
const only = opts.only ? new Set(opts.only.split(',').map((s) => s.trim())) : null;
const selected = (key: string, kind: 'reads' | 'writes') => !only || only.has(key) || only.has(kind);
const unknown = only ? [...only].filter((k) => k !== 'reads' && k !== 'writes' && ![...readOps, ...writeOps].some((o) => o.key === k)) : [];
if (unknown.length) program.error(`unknown operation(s) ${unknown.join(', ')}; one of ${[...readOps, ...writeOps].map((o) => o.key).join(', ')}`);

const log = (msg: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// ---------------------------------------------------------------- memory
const rss = {
  afterGenerate: 0, afterLoad: 0, afterLoadReleased: 0, afterReadModel: 0, beforeFloors: 0, end: 0,
  /** sampled every 100 ms from server start to the end of the runs */
  peakServing: 0,
  /** sampled every 100 ms while only HTTP requests ran (server start, then the read and write load runs), before any in-process measurement */
  peakHttp: 0,
  /** the kernel's high-water mark for the serving process (generation and load run in a child: bench/load-runner.ts) */
  peakProcess: 0,
};
let serving = false;
const sampler = setInterval(() => {
  if (!serving) return;
  const now = process.memoryUsage.rss();
  rss.peakServing = Math.max(rss.peakServing, now);
  if (httpOnly) rss.peakHttp = Math.max(rss.peakHttp, now);
}, 100);
/** true until the first in-process measurement (floors, cold calls): those run the services on the main thread, which the served analytics leave to the workers */
let httpOnly = true;
const maxRss = () => process.resourceUsage().maxRSS * 1024;

// ---------------------------------------------------------------- child processes
/** The load client: one forked process, one run at a time. */
class LoadClient {
  private child: ChildProcess;
  private seq = 0;
  private pending = new Map<number, { resolve: (r: LoadResult) => void; reject: (e: Error) => void }>();
  constructor() {
    this.child = fork(here('./load-client.js'), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (m: LoadReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === 'result') p.resolve(m.result);
      else p.reject(new Error(m.message));
    });
    this.child.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`load client exited (${code})`));
      this.pending.clear();
    });
  }
  run(req: Omit<LoadRequest, 'type' | 'id'>): Promise<LoadResult> {
    // timed runs go to wrk when chosen; exact-count runs always to autocannon
    if (useWrk && !req.amount) return runWrk(req);
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ type: 'run', id, ...req } satisfies LoadRequest);
    });
  }
  close() {
    if (this.child.connected) this.child.disconnect();
  }
}

interface BulkOutcome { status: 'ok' | 'n/a' | 'error'; note?: string; copyFromMs?: number; bulkLoadMs?: number; ratio?: number; csvWriteMs?: number; [k: string]: unknown }

function measureBulkInChild(): Promise<BulkOutcome> {
  return new Promise((resolve) => {
    const child = fork(here('./bulk-runner.js'), [scale, String(seed), opts.graphOnly ? 'graph-only' : 'all'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let reply: BulkReply | null = null;
    child.on('message', (m: BulkReply) => (reply = m));
    child.on('exit', (code) => {
      const r = reply as BulkReply | null;
      if (!r) resolve({ status: 'error', note: `bulk runner exited (${code}) without a result` });
      else if (r.ok) resolve({ status: 'ok', ...r.result });
      else if (r.missing) resolve({ status: 'n/a', note: r.reason });
      else resolve({ status: 'error', note: r.error.split('\n')[0] });
    });
  });
}

// ---------------------------------------------------------------- results
interface Row {
  key: string;
  name: string;
  kind: 'read' | 'write';
  connections: number;
  rps?: number;
  p50?: number;
  p90?: number;
  p99?: number;
  max?: number;
  responses?: number;
  errors?: number;
  timeouts?: number;
  non2xx?: number;
  graphqlErrors?: number;
  firstError?: string;
  /** set when the operation failed validation and was not loaded */
  invalid?: string;
  floor?: (Timing & { path: string }) | { unavailable: string };
}
const rows: Row[] = [];
const flagged = (r: Row) => Boolean(r.invalid || r.errors || r.timeouts || r.non2xx || r.graphqlErrors);

// ---------------------------------------------------------------- 1. bulk load, in its own process
let bulk: BulkOutcome = { status: 'n/a', note: '--no-bulk' };
if (opts.bulk) {
  log('bulk load (bench/bulk.ts) in a child process');
  bulk = await measureBulkInChild();
  log(`bulk: ${bulk.status}${bulk.note ? ` (${bulk.note})` : ''}`);
}

// ---------------------------------------------------------------- 2. generate and load, in their own process
// the process that serves never holds the generator's rows or the loader's buffers: its peak RSS is the API's own
const dir = mkdtempSync(join(tmpdir(), 'kamgraph-bench-'));
const cleanup = () => {
  if (!opts.keepDb) rmSync(dir, { recursive: true, force: true });
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
const config = loadConfig();
const dbPath = join(dir, 'bench.lbug');
log(`generating scale ${scale}${opts.graphOnly ? ' (graph only)' : ''} and loading it into ${dbPath} (bench/load-runner.ts, a child process)`);
const loaded = await new Promise<LoadRunnerReply>((resolve) => {
  const child = fork(here('./load-runner.js'), [scale, String(seed), opts.graphOnly ? 'graph-only' : 'all', dbPath, String(writes + 1 + floorRuns)], {
    execArgv: ['--max-old-space-size=20480'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let reply: LoadRunnerReply | null = null;
  child.on('message', (m: LoadRunnerReply) => (reply = m));
  child.on('exit', (code) => resolve(reply ?? { ok: false, error: `load runner exited (${code}) without a result` }));
});
if (!loaded.ok) {
  log(`generate and load failed: ${loaded.error}`);
  process.exit(1);
}
const { generateMs, loadMs, sizes, pools } = loaded;
rss.afterGenerate = loaded.rss.afterGenerate;
rss.afterLoad = loaded.rss.afterLoad;
log(`generated in ${(generateMs / 1000).toFixed(1)} s: ${JSON.stringify(sizes)}; loaded in ${(loadMs / 1000).toFixed(1)} s (loader peak RSS ${MiB(loaded.rss.peak)} MiB)`);
const store = await openStore({ ...config, engine: 'ladybug', dbPath });
rss.afterLoadReleased = process.memoryUsage.rss();

// ---------------------------------------------------------------- 3. serve
const jsBytes = () => {
  global.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const jsBefore = jsBytes();
let t = performance.now();
serving = true;
const server = await startServer(store, { ...config, port: 0, host: '127.0.0.1' });
const serverStartMs = performance.now() - t;
const readModelHook = await readModelReady(server.services as LooseServices);
const readModelMs = performance.now() - t;
rss.afterReadModel = process.memoryUsage.rss();
// the read model's resident size: JS heap and array buffers it added (the engine's native memory is not in it)
const readModelMemory = (() => {
  const bytes = jsBytes() - jsBefore;
  const f = server.services.readModel.footprint();
  return { bytes, knowsBytes: f.knowsBytes, perKnows: f.knowsBytes / Math.max(1, f.knows), perPerson: (bytes - f.knowsBytes) / Math.max(1, f.people) };
})();
log(`read model: ${MiB(readModelMemory.bytes)} MiB (${readModelMemory.perKnows.toFixed(0)} B per KNOWS link, ${readModelMemory.perPerson.toFixed(0)} B per person for the rest)`);
log(`server up in ${(serverStartMs / 1000).toFixed(1)} s; read model ${readModelHook ? `ready after ${(readModelMs / 1000).toFixed(1)} s (${readModelHook})` : 'hook not found'}`);

const post = async (body: string) => {
  const t0 = performance.now();
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  return { ms: performance.now() - t0, status: res.status, text };
};
/** Validates one response: HTTP 200, JSON, `data` present, no `errors`. Returns the problem or null. */
const problem = (r: { status: number; text: string }): string | null => {
  let json: { data?: unknown; errors?: { message: string }[] };
  try {
    json = JSON.parse(r.text);
  } catch {
    return `HTTP ${r.status}, not JSON: ${r.text.slice(0, 200)}`;
  }
  if (json.errors?.length) return `HTTP ${r.status}, GraphQL errors: ${json.errors.map((e) => e.message).join('; ').slice(0, 300)}`;
  if (r.status !== 200) return `HTTP ${r.status}`;
  if (json.data == null) return 'no data';
  return null;
};
const gql: Gql = async (query, variables) => JSON.parse((await post(JSON.stringify({ query, variables }))).text);
const bodyOf = (query: string, variables: Vars) => JSON.stringify(Object.keys(variables).length ? { query, variables } : { query });

const services = server.services as LooseServices;
/** Times the in-process call behind an operation: one untimed call, then up to maxRuns (at least minRuns) within the budget. */
async function floorOf(name: string | undefined, vars: Vars[], maxRuns: number, budgetMs = 2000, minRuns = 3): Promise<Row['floor']> {
  if (!opts.floors) return { unavailable: '--no-floors' };
  const call = floorCall(name, services);
  if (!call) return { unavailable: name ? `no service method for ${name}` : 'no in-process equivalent' };
  const ms: number[] = [];
  try {
    await call.run(vars[vars.length - 1]);
    const start = performance.now();
    for (let i = 0; i < maxRuns && (i < minRuns || performance.now() - start < budgetMs); i++) {
      const t0 = performance.now();
      await call.run(vars[i % vars.length]);
      ms.push(performance.now() - t0);
    }
  } catch (err) {
    return { unavailable: `${call.path} failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 200) };
  }
  return { path: call.path, ...summarize(ms) };
}

const fromLoad = (r: LoadResult) => ({
  connections: r.connections, rps: r.rps, p50: r.latencyMs.p50, p90: r.latencyMs.p90, p99: r.latencyMs.p99, max: r.latencyMs.max,
  responses: r.responses, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, graphqlErrors: r.graphqlErrors, firstError: r.firstError,
});

const client = new LoadClient();
const rnd = rng(7);
/** cold latencies of the analytics, measured in-process after the load runs */
const cold: { name: string; n: number; p50: number; p99: number }[] = [];
/** the in-process floors to time once every read run is done, and the rows they belong to */
const floorsToTime: { name: string | undefined; vars: Vars[]; rows: number[]; maxRuns: number; budgetMs?: number; minRuns?: number }[] = [];
/** the portfolio-wide risk list right after one KNOWS write (memoised values of untouched accounts survive) */
let afterWrite: { n: number; p50: number; max: number } | null = null;
try {
  // ---------------------------------------------------------------- 4. reads
  for (const op of readOps) {
    if (!selected(op.key, 'reads')) continue;
    const vars = await op.variables({ pools, rnd, gql, count: 256 });
    const bodies = vars.map((v) => bodyOf(op.query, v));
    const base = { key: op.key, name: op.name, kind: 'read' as const };
    const check = await post(bodies[0]);
    const bad = problem(check);
    if (bad) {
      log(`${op.name}: INVALID, not loaded: ${bad}`);
      rows.push({ ...base, connections: 0, invalid: bad });
      continue;
    }
    if (op.mode === 'latency') {
      // slow, portfolio-wide: sequential runs, as many as fit in ~3 × duration (5..50)
      const runs = Math.max(5, Math.min(50, Math.ceil((3 * duration * 1000) / check.ms)));
      log(`${op.name}: ${runs} sequential runs (${check.ms.toFixed(0)} ms each)`);
      const r = await client.run({ url: server.url, bodies, connections: 1, amount: runs, timeout: Math.max(60, (10 * check.ms) / 1000) });
      log(`  p50 ${r.latencyMs.p50.toFixed(0)} ms; RSS ${MiB(process.memoryUsage.rss())} MiB`);
      const at = rows.push({ ...base, ...fromLoad(r), floor: { unavailable: 'not measured' } }) - 1;
      floorsToTime.push({ name: op.floor, vars, rows: [at], maxRuns: Math.min(runs, 10), budgetMs: 3 * duration * 1000, minRuns: 1 });
      continue;
    }
    if (warmup > 0) await client.run({ url: server.url, bodies, connections: Math.min(10, Math.max(...connections)), duration: warmup, timeout: 60 });
    const opRows: Row[] = [];
    for (const c of connections) {
      log(`${op.name}: c=${c} for ${duration} s`);
      const r = await client.run({ url: server.url, bodies, connections: c, duration, timeout: 60 });
      opRows.push({ ...base, ...fromLoad(r) });
      log(`  ${r.rps.toFixed(0)} req/s; RSS ${MiB(process.memoryUsage.rss())} MiB`);
    }
    const first = rows.length;
    rows.push(...opRows.map((r) => ({ ...r, floor: { unavailable: 'not measured' } as Row['floor'] })));
    floorsToTime.push({ name: op.floor, vars, rows: opRows.map((_, k) => first + k), maxRuns: floorRuns });
  }

  // ---------------------------------------------------------------- 4a. floors (in-process, after every HTTP run: they fill the
  // main thread's own memoised values, which the served analytics leave to the workers; the untimed first call warms them)
  httpOnly = false;
  rss.beforeFloors = process.memoryUsage.rss();
  for (const f of floorsToTime) {
    const floor = await floorOf(f.name, f.vars, f.maxRuns, f.budgetMs, f.minRuns);
    for (const i of f.rows) rows[i].floor = floor;
  }

  // ---------------------------------------------------------------- 4b. cold analytics
  if (opts.floors) {
    for (const op of readOps) {
      if (!selected(op.key, 'reads') || !op.floor) continue;
      const vars = await op.variables({ pools, rnd, gql, count: 64 });
      const runs = op.mode === 'latency' ? 5 : 40;
      const r = await coldCalls(op.floor, services, vars, runs);
      if (r) cold.push({ name: op.name, ...r });
    }
  }

  // ---------------------------------------------------------------- 4c. the portfolio right after one write (served as configured: workers)
  if (opts.floors && selected('portfolio', 'reads') && pools.knows.length > 0) {
    const ms: number[] = [];
    const svc = server.services;
    await svc.coverage.singleContactRisks(null, { asOf: undefined });
    for (let i = 0; i < 5; i++) {
      const k = pools.knows[i % pools.knows.length];
      await svc.relationship.upsertRelationship({ ourPersonId: k.fromId, contactId: k.toId, strength: 0.5 + i / 100, lastContactAt: new Date().toISOString().slice(0, 10) });
      const t0 = performance.now();
      await svc.coverage.singleContactRisks(null, {});
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    afterWrite = { n: ms.length, p50: ms[Math.floor(ms.length / 2)], max: ms[ms.length - 1] };
  }

  // ---------------------------------------------------------------- 5. writes (after every read: they invalidate memoised analytics)
  for (const op of writeOps) {
    if (!selected(op.key, 'writes')) continue;
    const nFloor = Math.min(writes, floorRuns);
    const vars = op.variables(pools, rnd, writes + 1 + nFloor);
    const bodies = vars.slice(0, writes).map((v) => bodyOf(op.query, v));
    const base = { key: op.key, name: op.name, kind: 'write' as const };
    const bad = problem(await post(bodyOf(op.query, vars[writes])));
    if (bad) {
      log(`${op.name}: INVALID, not run: ${bad}`);
      rows.push({ ...base, connections: 0, invalid: bad });
      continue;
    }
    log(`${op.name}: ${writes} sequential writes`);
    const r = await client.run({ url: server.url, bodies, connections: 1, amount: writes, timeout: 60 });
    const floor = await floorOf(op.floor, vars.slice(writes + 1), nFloor, 10_000);
    rows.push({ ...base, ...fromLoad(r), floor });
  }
} finally {
  serving = false;
  clearInterval(sampler);
  rss.end = process.memoryUsage.rss();
  rss.peakServing = Math.max(rss.peakServing, rss.end);
  rss.peakProcess = maxRss();
  client.close();
  await server.stop();
  await store.close();
}

// ---------------------------------------------------------------- 6. report
const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const perS = (x: number | undefined) => (x === undefined ? '–' : x < 100 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));
const secs = (x: number) => `${(x / 1000).toFixed(x < 10_000 ? 2 : 1)} s`;
const mib = (x: number) => `${MiB(x).toLocaleString('en-US')} MiB`;
const floorCell = (f: Row['floor']) => (!f ? 'n/a' : 'unavailable' in f ? 'n/a' : ms(f.p50));
const errCell = (r: Row) => {
  if (r.invalid) return `⚠ INVALID: ${r.invalid.replace(/\|/g, '\\|').slice(0, 120)}`;
  const parts = [
    r.graphqlErrors ? `${r.graphqlErrors} GraphQL errors` : '',
    r.non2xx ? `${r.non2xx} non-2xx` : '',
    r.timeouts ? `${r.timeouts} timeouts` : '',
    r.errors && r.errors !== r.timeouts ? `${r.errors - (r.timeouts ?? 0)} socket errors` : '',
  ].filter(Boolean);
  return parts.length ? `⚠ ${parts.join(', ')}` : '0';
};
const table = (kind: Row['kind']) => {
  const lines = [
    `| operation | c | ${kind === 'read' ? 'req/s' : 'writes/s'} | p50 ms | p99 ms | floor p50 ms | errors |`,
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows.filter((x) => x.kind === kind)) {
    lines.push(`| ${r.name} | ${r.connections || '–'} | ${perS(r.rps)} | ${ms(r.p50)} | ${ms(r.p99)} | ${floorCell(r.floor)} | ${errCell(r)} |`);
  }
  return lines.join('\n');
};

const at = new Date();
const readModelCell = readModelHook ? secs(readModelMs) : 'n/a';
const bulkCell = bulk.status === 'ok'
  ? `COPY FROM ${secs(Number(bulk.copyFromMs))}, then CHECKPOINT ${secs(Number(bulk.floorCheckpointMs))}; bulkLoad (CSV files, COPY FROM, CHECKPOINT) ${secs(Number(bulk.bulkLoadMs))}: ` +
    `×${Number(bulk.ratio).toFixed(2)} of COPY FROM alone, ×${Number(bulk.ratioWithCheckpoint).toFixed(2)} of COPY FROM and CHECKPOINT; the floor's CSV write ${secs(Number(bulk.csvWriteMs))}`
  : `${bulk.status}${bulk.note ? ` (${bulk.note})` : ''}`;
const report = [
  `## kamgraph bench — scale ${scale}, ${at.toISOString()}`,
  '',
  `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; file store in a temp dir; client: ${useWrk ? 'wrk (1 thread; exact-count runs: autocannon)' : 'autocannon'} in a separate process; ` +
    `${duration} s per load run after ${warmup} s warm-up; reads warm (no writes during the read runs); floor = p50 of the service call in-process (no HTTP, no GraphQL), timed after every read load run (so the in-process calls do not fill the main thread's memoised values while the HTTP runs are measured).`,
  '',
  '| graph | generate | load | server start | read model ready | RSS with the store open | RSS after read model | peak RSS serving the read runs (HTTP only) | peak RSS serving, with the in-process floors and cold runs | peak RSS of the serving process |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  `| ${sizes.people.toLocaleString('en-US')} people (${sizes.contacts.toLocaleString('en-US')} contacts), ${sizes.companies.toLocaleString('en-US')} companies, ${sizes.knows.toLocaleString('en-US')} KNOWS, ${sizes.influences.toLocaleString('en-US')} INFLUENCES | ` +
    `${secs(generateMs)} | ${secs(loadMs)} | ${secs(serverStartMs)} | ${readModelCell} | ${mib(rss.afterLoadReleased)} | ${mib(rss.afterReadModel)} | ${mib(rss.peakHttp)} | ${mib(rss.peakServing)} | ${mib(rss.peakProcess)} |`,
  '',
  `Bulk load (bench/bulk.ts): ${bulkCell}`,
  '',
  `Read model: ${mib(readModelMemory.bytes)} of JS heap and array buffers; KNOWS links ${readModelMemory.perKnows.toFixed(0)} B each (both directions); everything else ${readModelMemory.perPerson.toFixed(0)} B per person.`,
  '',
  ...(cold.length ? ['### Cold analytics (in-process, every memoised value dropped before each call, as after a write; main thread, no workers)', '',
    '| operation | runs | p50 ms | p99 ms |', '|---|---:|---:|---:|', ...cold.map((c) => `| ${c.name} | ${c.n} | ${ms(c.p50)} | ${ms(c.p99)} |`), ''] : []),
  ...(afterWrite ? [`Portfolio-wide singleContactRisks right after one KNOWS write (as served, workers included): p50 ${ms(afterWrite.p50)} ms, max ${ms(afterWrite.max)} ms over ${afterWrite.n} writes.`, ''] : []),
  ...(rows.some((r) => r.kind === 'read') ? ['### Reads', '', table('read'), ''] : []),
  ...(rows.some((r) => r.kind === 'write') ? [`### Writes (sequential, c=1, ${writes} each)`, '', table('write'), ''] : []),
];
const bad = rows.filter(flagged);
if (bad.length) report.push(`⚠ ${bad.length} run(s) had errors or failed validation: ${[...new Set(bad.map((r) => r.name))].join(', ')}`, '');
for (const r of bad) if (r.firstError) report.push(`- ${r.name} (c=${r.connections}): ${r.firstError.replace(/\s+/g, ' ').slice(0, 300)}`);
console.log(report.join('\n'));

const resultsDir = fileURLToPath(new URL('../../bench/results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `${scale}-${at.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      scale, seed, at: at.toISOString(),
      options: { duration, connections, warmup, writes, floorRuns, only: opts.only ?? null, graphOnly: Boolean(opts.graphOnly) },
      machine: { cpus: cpus().length, totalMemMiB: MiB(totalmem()), node: process.version },
      sizes,
      timingsMs: { generate: generateMs, load: loadMs, serverStart: serverStartMs, readModel: readModelHook ? readModelMs : null },
      readModelHook,
      readModelMemory,
      cold,
      afterWrite,
      rssMiB: Object.fromEntries(Object.entries(rss).map(([k, v]) => [k, MiB(v)])),
      bulk,
      rows,
      flagged: bad.length,
    },
    null,
    2,
  ),
);
log(`results written to ${file}`);
if (bad.length) process.exitCode = 1;
process.exit();
