import './env.js';
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
/**
 * `npm run bench:stall -- --scale M`: does any request the limits ACCEPT
 * block the event loop for long? (issue 8 item 5: no accepted request may
 * block it for more than 100 ms at scale M.)
 *
 * The server runs in this process, as deployed (NODE_ENV=production, the
 * configured workers), on a generated graph in a temp file store. Two child
 * processes: a probe sending `{ __typename }` every 10 ms, and a driver
 * sending the worst accepted requests one at a time — each shape sized to
 * just under the cost limit (docs/limits.md), with fresh ids and thresholds
 * on every run so memoised answers do not hide the cost. Per request type it
 * reports the longest event-loop stall seen in the server process
 * (`monitorEventLoopDelay`), the probe's worst latency in the same window,
 * and the request's own latency.
 */
const argv = process.argv.slice(2);
const role = argv.find((a) => a.startsWith('--role='))?.slice(7);
if (role === 'probe')
    runProbe();
else if (role === 'driver')
    runDriver();
else
    await main();
// ---------------------------------------------------------------- child: probe
function runProbe() {
    const samples = [];
    let timer = null;
    let url = '';
    let every = 10;
    const tick = async () => {
        const at = performance.timeOrigin + performance.now();
        const t0 = performance.now();
        try {
            const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
            await res.text();
        }
        catch {
            // counted by its latency
        }
        const ms = performance.now() - t0;
        samples.push([at, ms]);
        if (timer !== null)
            timer = setTimeout(tick, Math.max(0, every - ms));
    };
    process.on('message', (m) => {
        if (m.type === 'start') {
            url = m.url;
            every = m.every ?? 10;
            timer = setTimeout(tick, 0);
        }
        else if (m.type === 'stop') {
            if (timer)
                clearTimeout(timer);
            timer = null;
            process.send({ type: 'samples', samples }, () => process.exit(0));
        }
    });
    process.on('disconnect', () => process.exit(0)); // the parent is gone
}
function runDriver() {
    process.on('message', async (m) => {
        if (m.type !== 'run')
            return;
        const t0 = performance.now();
        let reply;
        try {
            const res = await fetch(m.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: m.body });
            const text = await res.text();
            const ms = performance.now() - t0;
            let codes = [];
            let firstError;
            try {
                const json = JSON.parse(text);
                codes = (json.errors ?? []).map((e) => e.extensions?.code ?? 'UNCODED');
                firstError = json.errors?.[0]?.message;
            }
            catch {
                codes = ['NOT_JSON'];
                firstError = text.slice(0, 200);
            }
            reply = { id: m.id, ms, status: res.status, bytes: text.length, codes, firstError };
        }
        catch (e) {
            reply = { id: m.id, ms: performance.now() - t0, status: 0, bytes: 0, codes: ['FETCH_FAILED'], firstError: String(e) };
        }
        process.send(reply);
    });
    process.on('disconnect', () => process.exit(0));
}
// ---------------------------------------------------------------- parent: server and measurements
async function main() {
    // the app is loaded here only: the probe and the driver (this file, forked) need none of it
    await import('reflect-metadata');
    const { getOperationAST, parse } = await import('graphql');
    const { loadConfig } = await import('../src/config.js');
    const { operationCost } = await import('../src/common/limits.js');
    const { encodeCursor } = await import('../src/common/pagination.js');
    const { generateGraph, rng, SCALES } = await import('../src/generator/generate.js');
    const { loadGraph } = await import('../src/generator/load.js');
    const { buildAppSchema } = await import('../src/schema.js');
    const { startServer } = await import('../src/server.js');
    const { openStore } = await import('../src/store/index.js');
    const { poolsFrom } = await import('./operations.js');
    const opt = (name, fallback) => {
        const i = argv.indexOf(`--${name}`);
        return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
    };
    const scale = opt('scale', 'M');
    if (!(scale in SCALES))
        throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
    const seed = Number(opt('seed', '1'));
    const runs = Number(opt('runs', '5'));
    const config = loadConfig();
    const limits = opt('max-cost', String(config.limits.maxCost)).split(',').map(Number);
    if (limits.some((l) => !(l >= 1)))
        throw new Error('--max-cost: one or more positive numbers, comma-separated');
    const log = (msg) => console.error(`[stall ${new Date().toISOString().slice(11, 19)}] ${msg}`);
    const here = fileURLToPath(import.meta.url);
    const gc = () => globalThis.gc?.();
    // ---- graph
    log(`generating scale ${scale} (seed ${seed})`);
    let graph = generateGraph(scale, seed, new Date());
    const pools = poolsFrom(graph, 40);
    const count = (pairs) => {
        const m = new Map();
        for (const [k] of pairs)
            m.set(k, (m.get(k) ?? 0) + 1);
        return [...m.entries()].sort((a, b) => b[1] - a[1]);
    };
    // the heaviest people: most KNOWS held (their portfolios), most direct reports
    const topHolders = count(graph.knows.map((k) => [k.fromId, k.toId])).slice(0, 64).map(([id]) => id);
    const topManagers = count(graph.reportsTo.map((r) => [r.managerId, r.personId])).slice(0, 64).map(([id]) => id);
    const dmIds = [...pools.dms.values()].flat();
    const sizes = { people: graph.people.length, companies: graph.companies.length, knows: graph.knows.length, influences: graph.influences.length };
    log(`generated: ${JSON.stringify(sizes)}`);
    const dir = mkdtempSync(join(tmpdir(), 'kamgraph-stall-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    process.on('SIGINT', () => process.exit(130));
    const store = await openStore({ ...config, engine: 'ladybug', dbPath: join(dir, 'stall.lbug') });
    log('loading');
    let t = performance.now();
    await loadGraph(store, graph);
    log(`loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    graph = null;
    gc();
    // ---- server, in this process, as configured (limits raised to at least --max-cost)
    const server = await startServer(store, { ...config, port: 0, host: '127.0.0.1', limits: { ...config.limits, maxCost: Math.max(...limits) } });
    t = performance.now();
    for (;;) {
        const r = await fetch(new URL('/readyz', server.url));
        if (r.status === 200)
            break;
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
    log(`server ready in ${((performance.now() - t) / 1000).toFixed(1)} s (workers: ${config.workers})`);
    const schema = await buildAppSchema();
    const costOf = (query) => {
        const doc = parse(query);
        return operationCost(schema, doc, getOperationAST(doc), {}) ?? NaN;
    };
    const maxAliases = config.limits.maxAliases;
    const r = rng(11);
    const pick = (xs) => xs[Math.floor(r.next() * xs.length)];
    const aliased = (n, one) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${one(i)}`).join(' ')} }`;
    const threshold = (run, i = 0) => `minStrength: ${(0.3 + run * 0.001 + i * 0.00001).toFixed(5)}`;
    const P = 'id name title email function decisionLevel buyingRole attitude active leftAt';
    const personWide = `${P} manager { ${P} } directReports { id name title } knownBy { strength lastContactAt since person { id name title } } ` +
        `influencedBy { strength note person { id name } } influences { strength person { id name } } employer { title since company { id name kind team { role person { id name } } units { id name } } } teams { role company { id name } }`;
    const portfolioSel = `totalCount edges { node { accountId accountName contact { id name } holder { id name } strength ageDays severity severityParts { levelWeight influenceScore accountWeight } influencesDecisionMakers } } ` +
        `accounts { accountId accountName riskCount singleThreaded soleHolder { id name } uncoveredDecisionMakers { id name } }`;
    const pathSel = `strength hops nodes { id name } edges { type strength forward from { id } to { id } }`;
    const depSel = `singleThreadedAccounts uncoveredAccounts accounts { accountId accountName becomesUncovered before { covered total } after { covered total } orphanedContacts { id name } orphanedDecisionMakers { contact { id name } successors { person { id name } strength via } } }`;
    const covSel = `overall { total covered singleThreaded multiThreaded uncovered coverageRatio } byLevel { decisionLevel total covered } byFunction { function total covered } byUnit { unitId name depth total covered } decisionMakers { contact { id name } holders { person { id name } strength ageDays } } singleThreaded soleHolder { id }`;
    /** The worst accepted requests under `limit`: each a function of the run number, sized to the limit. */
    const typesFor = (limit) => {
        /** the largest n in [1, max] whose query costs at most the limit */
        const fit = (build, max) => {
            let best = 0;
            for (let n = 1; n <= max; n++)
                if (costOf(build(n)) <= limit)
                    best = n;
            if (best === 0)
                log(`a shape costs ${costOf(build(1))} even at its smallest, over the limit ${limit}: it is refused`);
            return Math.max(1, best);
        };
        const peopleFirst = fit((n) => `{ people(first: ${n}) { edges { node { ${personWide} } } } }`, 100);
        const oursRel = fit((n) => `{ person(id: "u-1") { relationships(first: ${n}) { edges { node { strength person { id name employer { company { name } } knownBy { strength person { id } } } } } } } }`, 100);
        const oursFirst = fit((n) => `{ people(first: ${n}, after: "${encodeCursor('u-')}") { edges { node { id relationships(first: ${oursRel}) { edges { node { strength person { id name employer { company { name } } knownBy { strength person { id } } } } } } } } } }`, 100);
        const types = [];
        const add = (key, what, build) => types.push({ key, what, build });
        {
            const n = Math.min(maxAliases, fit((k) => aliased(k, () => `people(first: ${peopleFirst}) { edges { node { ${personWide} } } }`), maxAliases));
            add('people-wide', `${n} × people(first: ${peopleFirst}) with every field and nested list of a person`, (run) => aliased(n, (i) => `people(first: ${peopleFirst}, after: "${encodeCursor(`g${1 + ((run * n + i) % 150)}`)}") { edges { node { ${personWide} } } }`));
        }
        add('people-ours', `people(first: ${oursFirst}) of ours × relationships(first: ${oursRel}) with the contact's holders`, (run) => `{ people(first: ${oursFirst}, after: "${encodeCursor(`u-${1 + run * 37}`)}") { edges { node { id relationships(first: ${oursRel}) { edges { node { strength person { id name employer { company { name } } knownBy { strength person { id } } } } } } } } } }`);
        {
            // every field of each report when that fits the limit, else their scalars only
            const wide = (sel) => `directReports { ${sel} directReports { ${P} directReports { id name } } }`;
            const sel = costOf(`{ person(id: "u-1") { ${wide(personWide)} } }`) <= limit ? personWide : P;
            const n = Math.min(maxAliases, fit((k) => aliased(k, () => `person(id: "u-1") { ${wide(sel)} }`), maxAliases));
            add('reports', `${n} × the managers with the most reports, three levels of directReports${sel === P ? ' (scalars)' : ''}`, (run) => aliased(n, (i) => `person(id: "${topManagers[(run * n + i) % topManagers.length]}") { ${wide(sel)} }`));
        }
        {
            const n = Math.min(maxAliases, fit((k) => aliased(k, () => `singleContactRisks(first: 100, includeInfluencers: true, minStrength: 0.3) { ${portfolioSel} }`), maxAliases));
            add('portfolio', `${n} × portfolio-wide singleContactRisks(first: 100, includeInfluencers) (fresh thresholds)`, (run) => aliased(n, (i) => `singleContactRisks(first: 100, includeInfluencers: true, ${threshold(run, i)}) { ${portfolioSel} }`));
        }
        for (const hops of [4, 6]) {
            const one = (from, to) => `influencePaths(fromId: "${from}", toId: "${to}", maxHops: ${hops}, k: 20) { ${pathSel} }`;
            const n = Math.min(maxAliases, fit((k) => aliased(k, () => one('u-1', 'g1-p-1')), maxAliases));
            add(`paths-${hops}`, `${n} × influencePaths(maxHops: ${hops}, k: 20), one of ours to a decision maker`, () => aliased(n, () => one(pick(pools.ours), pick(dmIds))));
        }
        {
            const one = (to) => `bestIntroductions(targetId: "${to}", maxHops: 6, k: 20) { person { id name } strength path { ${pathSel} } }`;
            const n = Math.min(maxAliases, fit((k) => aliased(k, () => one('g1-p-1')), maxAliases));
            add('intros', `${n} × bestIntroductions(maxHops: 6, k: 20)`, () => aliased(n, () => one(pick(dmIds))));
        }
        {
            const one = (id, run, i) => `departureImpact(personId: "${id}", successors: 20, ${threshold(run, i)}) { ${depSel} }`;
            const n = Math.min(maxAliases, fit((k) => aliased(k, (i) => one('u-1', 0, i)), maxAliases));
            add('departure', `${n} × departureImpact(successors: 20) of the biggest holders`, (run) => aliased(n, (i) => one(topHolders[(run * n + i) % topHolders.length], run, i)));
        }
        {
            const n = Math.min(maxAliases, fit((k) => aliased(k, (i) => `decisionMakerCoverage(accountId: "g${i + 1}", minStrength: 0.3) { ${covSel} }`), maxAliases));
            add('coverage', `${n} × decisionMakerCoverage, distinct accounts (main thread)`, (run) => aliased(n, (i) => `decisionMakerCoverage(accountId: "${pools.groups[(run * n + i) % pools.groups.length]}", ${threshold(run, i)}) { ${covSel} }`));
        }
        {
            const f = fit((k) => `{ companies(first: ${k}, kind: CUSTOMER, unitLevel: GROUP) { edges { node { id name coverage(minStrength: 0.3) { ${covSel} } } } } }`, 100);
            add('coverage-nested', `companies(first: ${f}, kind: CUSTOMER, unitLevel: GROUP) { coverage } (main thread, fresh thresholds)`, (run) => `{ companies(first: ${f}, kind: CUSTOMER, unitLevel: GROUP, after: "${encodeCursor(`g${run}`)}") { edges { node { id name coverage(${threshold(run)}) { ${covSel} } } } } }`);
        }
        {
            const sel = (id) => `person(id: "${id}") { portfolio { account { id name } contacts { person { id name title } strength ageDays lastContactAt } } }`;
            const n = Math.min(maxAliases, fit((k) => aliased(k, () => sel('u-1')), maxAliases));
            add('portfolio-person', `${n} × person.portfolio of the biggest holders`, (run) => aliased(n, (i) => sel(topHolders[(run * n + i) % topHolders.length])));
        }
        {
            const one = (id) => `influenceRanking(accountId: "${id}", first: 100) { totalCount edges { node { person { id name } score rank formalRank isDecisionMaker } } }`;
            const n = Math.min(maxAliases, fit((k) => aliased(k, () => one('g1')), maxAliases));
            add('ranking', `${n} × influenceRanking(first: 100), distinct accounts`, (run) => aliased(n, (i) => one(pools.groups[(run * n + i + 7) % pools.groups.length])));
        }
        {
            const n = Math.min(maxAliases, fit((k) => aliased(k, () => `people(first: 100, search: "a") { totalCount edges { node { id name } } }`), maxAliases));
            add('search', `${n} × people(search, first: 100) (scans every name)`, (run) => aliased(n, (i) => `people(first: 100, search: "${'aeiou'[(run + i) % 5]}${'nrst'[i % 4]}") { totalCount edges { node { id name } } }`));
        }
        {
            const one = (k, s) => `upsertRelationship(input: { ourPersonId: "${k.fromId}", contactId: "${k.toId}", strength: ${s} }) { strength from { id } to { id } }`;
            const n = Math.min(maxAliases, fit((k) => `mutation ${aliased(k, (i) => one(pools.knows[i], 0.5))}`, maxAliases));
            add('writes', `${n} × upsertRelationship in one request`, (run) => `mutation ${aliased(n, (i) => one(pools.knows[(run * n + i) % pools.knows.length], 0.3 + ((run + i) % 70) / 100))}`);
        }
        return types;
    };
    // ---- children
    const probe = fork(here, ['--role=probe'], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const driver = fork(here, ['--role=driver'], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let seq = 0;
    const waiting = new Map();
    driver.on('message', (m) => {
        waiting.get(m.id)?.(m);
        waiting.delete(m.id);
    });
    driver.on('exit', (code) => {
        for (const [id, resolve] of waiting)
            resolve({ id, ms: 0, status: 0, bytes: 0, codes: ['DRIVER_EXITED'], firstError: `driver exited (${code})` });
        waiting.clear();
    });
    const send = (body) => new Promise((resolve) => {
        const id = ++seq;
        waiting.set(id, resolve);
        driver.send({ type: 'run', id, url: server.url, body });
    });
    probe.send({ type: 'start', url: server.url, every: 10 });
    const eld = monitorEventLoopDelay({ resolution: 1 });
    eld.enable();
    const now = () => performance.timeOrigin + performance.now();
    const windows = [];
    const rows = [];
    const services = server.services;
    // idle baseline: only the probe
    await new Promise((resolve) => setTimeout(resolve, 500));
    gc();
    eld.reset();
    let from = now();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    windows.push({ key: '0:idle', from, to: now() });
    rows.push({ limit: 0, key: 'idle', what: 'no request (probe only)', cost: 0, runs: 0, stallMs: eld.max / 1e6, stallP50Ms: eld.max / 1e6, p50Ms: 0, maxMs: 0, bytes: 0, errors: [] });
    for (const limit of limits)
        for (const type of typesFor(limit)) {
            // one unmeasured run (JIT, first touch), then `runs` measured ones, each with fresh ids and thresholds
            const warm = await send(type.build(runs + 1));
            if (warm.codes.includes('QUERY_TOO_COMPLEX'))
                log(`${limit}/${type.key}: REFUSED (${warm.firstError}); the shape builder and the limit disagree`);
            const ms = [];
            const errors = new Set(warm.codes);
            let bytes = 0;
            const stalls = [];
            from = now();
            for (let run = 0; run < runs; run++) {
                const body = JSON.stringify({ query: type.build(run) });
                services.readModel.dropDerived?.(); // memoised analytics of the main thread dropped, as after a write
                gc();
                await new Promise((resolve) => setTimeout(resolve, 50));
                eld.reset();
                const reply = await send(body);
                stalls.push(eld.max / 1e6);
                ms.push(reply.ms);
                bytes = Math.max(bytes, reply.bytes);
                for (const c of reply.codes)
                    errors.add(c);
                if (reply.codes.length && run === 0)
                    log(`${limit}/${type.key}: ${reply.codes.join(', ')}: ${reply.firstError}`);
            }
            windows.push({ key: `${limit}:${type.key}`, from, to: now() });
            ms.sort((a, b) => a - b);
            stalls.sort((a, b) => a - b);
            const row = { limit, key: type.key, what: type.what, cost: costOf(type.build(0)), runs, stallMs: stalls[stalls.length - 1], stallP50Ms: stalls[Math.floor(stalls.length / 2)], p50Ms: ms[Math.floor(ms.length / 2)], maxMs: ms[ms.length - 1], bytes, errors: [...errors] };
            rows.push(row);
            log(`${limit}/${type.key}: cost ${row.cost}, stall p50 ${row.stallP50Ms.toFixed(1)} / max ${row.stallMs.toFixed(1)} ms, request p50 ${row.p50Ms.toFixed(0)} ms / max ${row.maxMs.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB${row.errors.length ? `, errors ${row.errors.join(',')}` : ''}`);
        }
    eld.disable();
    const samples = await new Promise((resolve) => {
        probe.on('message', (m) => m.type === 'samples' && resolve(m.samples));
        probe.send({ type: 'stop' });
    });
    driver.disconnect();
    const windowOf = (row) => windows.find((x) => x.key === `${row.limit}:${row.key}`);
    const probeMax = (w) => Math.max(0, ...samples.filter(([at]) => at >= w.from && at <= w.to).map(([, ms]) => ms));
    const probeCount = (w) => samples.filter(([at]) => at >= w.from && at <= w.to).length;
    await server.stop();
    await store.close();
    // ---- report
    const f = (x) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
    const lines = [
        `## Event-loop stall of the worst accepted requests — scale ${scale}, ${new Date().toISOString()}`,
        '',
        `${cpus().length} cores (shared), Node ${process.version}, NODE_ENV=${process.env.NODE_ENV}, workers ${config.workers}; aliases ${maxAliases}, tokens ${config.limits.maxTokens}; ` +
            `${sizes.people.toLocaleString('en-US')} people, ${sizes.knows.toLocaleString('en-US')} KNOWS. ${runs} runs per type, each with fresh ids/thresholds and the main thread's memoised analytics dropped. ` +
            `load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} at the end. ` +
            'stall = longest event-loop delay in the server process (monitorEventLoopDelay, 1 ms resolution) during a request, median and worst over the runs; probe = worst `{ __typename }` latency from a separate process sending one every 10 ms.',
        '',
        '| cost limit | type | request | cost | stall p50 / max ms | probe max ms (n) | request p50 / max ms | response KiB | errors |',
        '|---:|---|---|---:|---:|---:|---:|---:|---|',
        ...rows.map((row) => {
            const w = windowOf(row);
            return `| ${row.limit ? row.limit.toLocaleString('en-US') : '–'} | ${row.key} | ${row.what} | ${row.cost.toLocaleString('en-US')} | ${row.runs ? `${f(row.stallP50Ms)} / ` : ''}${f(row.stallMs)}${row.stallMs > 100 ? ' ⚠' : ''} | ${f(probeMax(w))} (${probeCount(w)}) | ${row.runs ? `${f(row.p50Ms)} / ${f(row.maxMs)}` : '–'} | ${(row.bytes / 1024).toFixed(0)} | ${row.errors.join(', ') || '0'} |`;
        }),
    ];
    console.log(lines.join('\n'));
    const resultsDir = fileURLToPath(new URL('../../bench/results/', import.meta.url));
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `stall-${scale}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ scale, seed, limits, maxAliases, workers: config.workers, sizes, rows: rows.map((row) => ({ ...row, probeMaxMs: probeMax(windowOf(row)) })) }, null, 2));
    log(`results written to ${file}`);
    process.exit(rows.some((row) => row.key !== 'idle' && row.stallMs > 100) ? 1 : 0);
}
//# sourceMappingURL=stall.js.map