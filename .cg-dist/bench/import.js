import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { DEFAULT_ANALYTICS } from '../src/config.js';
import { createServices } from '../src/context.js';
import { writeBundleFolder } from '../src/exchange/bundle-writer.js';
import { graphml, oursOf, selectAll } from '../src/exchange/exporter.js';
import { generateGraph, SCALES } from '../src/generator/generate.js';
import { LadybugStore } from '../src/store/ladybug.store.js';
import { measureBulk } from './bulk.js';
import './env.js';
/**
 * `npm run bench -- --import` (or `npm run bench:import`): data in and out
 * at a generated scale (issue 9 targets; README § Benchmarks):
 * - the bundle written by the exporter (CSV), and GraphML of the whole graph;
 * - `kamgraph import` offline into an empty store, end to end (a child
 *   process: parse, validate, plan, bulk write), beside the engine's own
 *   COPY FROM of the same rows measured in the same run;
 * - the same bundle through a running server (`kamgraph import --url`)
 *   while a probe sends `{ __typename }` every 10 ms: rows/s and the
 *   longest the server kept the probe waiting;
 * - the importer's peak RSS.
 */
const opts = new Command('bench:import')
    .option('--scale <name>', `graph size: ${Object.keys(SCALES).join(', ')}`, 'M')
    .option('--seed <n>', 'generator seed', '1')
    .allowUnknownOption()
    .parse().opts();
const scale = opts.scale;
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin', 'kamgraph.mjs');
const log = (m) => console.error(`[import-bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const dir = mkdtempSync(join(tmpdir(), 'kamgraph-importbench-'));
try {
    log(`generating scale ${scale}`);
    const graph = generateGraph(scale, Number(opts.seed));
    const rows = graph.companies.length + graph.people.length + graph.reportsTo.length + graph.influences.length + graph.knows.length + graph.onTeam.length;
    // the bundle and the GraphML, from a store holding the graph
    const source = new LadybugStore({ path: join(dir, 'source.lbug') });
    await source.init();
    await source.bulkLoad(graph);
    const services = createServices(source, { defaults: DEFAULT_ANALYTICS });
    const g = await services.readModel.ready();
    const bundle = join(dir, 'bundle');
    let t = performance.now();
    await writeBundleFolder(g, selectAll(g), bundle);
    const csvExportMs = performance.now() - t;
    const bundleBytes = readdirSync(bundle).reduce((s, f) => s + statSync(join(bundle, f)).size, 0);
    t = performance.now();
    const out = createWriteStream(join(dir, 'graph.graphml'));
    for (const chunk of graphml(g, selectAll(g), oursOf(g)))
        if (!out.write(chunk))
            await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    const graphmlMs = performance.now() - t;
    const graphmlBytes = statSync(join(dir, 'graph.graphml')).size;
    await services.close();
    await source.close();
    log(`bundle ${(bundleBytes / 2 ** 20).toFixed(1)} MiB in ${(csvExportMs / 1000).toFixed(1)} s; GraphML ${(graphmlBytes / 2 ** 20).toFixed(1)} MiB in ${(graphmlMs / 1000).toFixed(1)} s`);
    // the floor: the engine's COPY FROM of the same rows
    log('floor: COPY FROM');
    const floor = await measureBulk(graph);
    // offline import, end to end, in its own process
    log('kamgraph import (offline)');
    t = performance.now();
    const offline = spawnSync(process.execPath, [cli, 'import', bundle, '--json'], { encoding: 'utf8', env: { ...process.env, KAMGRAPH_DB_PATH: join(dir, 'offline.lbug'), LOG_LEVEL: 'warn' }, maxBuffer: 1 << 28 });
    const offlineMs = performance.now() - t;
    if (offline.status !== 0)
        throw new Error(`offline import failed: ${offline.stderr}${offline.stdout.slice(0, 500)}`);
    const offlineResult = JSON.parse(offline.stdout);
    // through a running server, with a probe
    log('kamgraph import --url (through a running server)');
    const server = spawn(process.execPath, [join(root, 'dist', 'src', 'main.js')], {
        env: { ...process.env, KAMGRAPH_DB_PATH: join(dir, 'served.lbug'), KAMGRAPH_SEED_DEMO: 'false', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise((resolve, reject) => {
        let buf = '';
        server.stdout.on('data', (d) => {
            buf += d;
            const m = /ready at (http:\/\/[^\s"]+)\/graphql/.exec(buf);
            if (m)
                resolve(m[1]);
        });
        server.on('exit', (code) => reject(new Error(`server exited ${code}: ${buf.slice(-500)}`)));
    });
    server.stdout.resume();
    let probing = true;
    let worst = 0;
    let probes = 0;
    const probe = (async () => {
        while (probing) {
            const s = performance.now();
            await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
            worst = Math.max(worst, performance.now() - s);
            probes++;
            await new Promise((r) => setTimeout(r, 10));
        }
    })();
    await new Promise((r) => setTimeout(r, 500));
    worst = 0;
    t = performance.now();
    const served = await new Promise((resolve) => {
        const c = spawn(process.execPath, [cli, 'import', bundle, '--url', url, '--json'], { env: { ...process.env, LOG_LEVEL: 'warn' } });
        let stdout = '';
        let stderr = '';
        c.stdout.on('data', (d) => (stdout += d));
        c.stderr.on('data', (d) => (stderr += d));
        c.on('exit', (status) => resolve({ status, stdout, stderr }));
    });
    const servedMs = performance.now() - t;
    probing = false;
    await probe;
    server.kill('SIGTERM');
    await once(server, 'exit');
    if (served.status !== 0)
        throw new Error(`import through the server failed: ${served.stderr}${served.stdout.slice(0, 500)}`);
    const rate = (ms) => Math.round(rows / (ms / 1000)).toLocaleString('en');
    const s = (ms) => (ms / 1000).toFixed(1);
    console.log([
        `## kamgraph import/export bench — scale ${scale}, ${new Date().toISOString()}`,
        '',
        `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; file stores in a temp dir. ` +
            `${rows.toLocaleString('en')} rows (${graph.people.length.toLocaleString('en')} people, ${graph.knows.length.toLocaleString('en')} relationships, ` +
            `${graph.reportsTo.length.toLocaleString('en')} reporting, ${graph.influences.length.toLocaleString('en')} influence, ${graph.companies.length} companies, ${graph.onTeam.length} team).`,
        '',
        '| step | time | rows/s | note |',
        '|---|---:|---:|---|',
        `| engine floor: COPY FROM of the same rows | ${s(floor.copyFromMs)} s | ${rate(floor.copyFromMs)} | CSV files written beforehand, not timed |`,
        `| \`kamgraph import\` offline, end to end | ${s(offlineMs)} s | ${rate(offlineMs)} | ×${(offlineMs / floor.copyFromMs).toFixed(2)} of the floor; process start and opening the store, read ${s(offlineResult.phases.readMs)} s, validate and plan ${s(offlineResult.phases.planMs)} s, ${offlineResult.mode} write ${s(offlineResult.phases.writeMs)} s; importer peak RSS ${(offlineResult.peakRssBytes / 2 ** 20).toFixed(0)} MiB |`,
        `| \`kamgraph import --url\` through a running server | ${s(servedMs)} s | ${rate(servedMs)} | zip upload, same import; longest \`{ __typename }\` wait ${worst.toFixed(0)} ms over ${probes} probes |`,
        `| export: CSV bundle | ${s(csvExportMs)} s | ${rate(csvExportMs)} | ${(bundleBytes / 2 ** 20).toFixed(1)} MiB |`,
        `| export: GraphML, whole graph | ${s(graphmlMs)} s | | ${(graphmlBytes / 2 ** 20).toFixed(1)} MiB |`,
    ].join('\n'));
}
finally {
    rmSync(dir, { recursive: true, force: true });
}
//# sourceMappingURL=import.js.map