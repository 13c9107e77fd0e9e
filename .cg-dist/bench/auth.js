import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { SignJWT } from 'jose';
import { DEFAULT_ANALYTICS } from '../src/config.js';
import { createKey } from '../src/auth/keys.js';
import { generateGraph } from '../src/generator/generate.js';
import { loadGraph } from '../src/generator/load.js';
import { startServer } from '../src/server.js';
import { LadybugStore } from '../src/store/ladybug.store.js';
import { runLoad } from './load-client.js';
import { runWrk, wrkAvailable } from './wrk-client.js';
import './env.js';
/**
 * `npm run bench:auth`: what identity costs per request. One store, three
 * servers over it in one run — open (no identity), HS256 JWT, API key — each
 * driven by the same client (wrk when installed, else autocannon) with the
 * same bodies; p50 and req/s side by side, plus the ACCOUNT_VIEWER scope.
 */
const opts = new Command('bench:auth')
    .option('--scale <name>', 'graph size', 'S')
    .option('--duration <s>', 'seconds per run', '5')
    .option('--connections <n>', 'concurrency', '10')
    .parse().opts();
const dir = mkdtempSync(join(tmpdir(), 'kamgraph-auth-'));
const store = new LadybugStore({ path: join(dir, 'db.lbug') });
await store.init();
const graph = generateGraph(opts.scale, 1);
await loadGraph(store, graph);
const secret = 'bench-secret-bench-secret-bench-secret';
const keysFile = join(dir, 'keys.json');
const { key } = createKey(keysFile, { name: 'bench', role: 'VIEWER' });
const auth = { jwtSecret: secret, jwksUrl: null, issuer: null, audience: null, keysFile };
const base = { port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0 };
const open = await startServer(store, { ...base, auth: { ...auth, jwtSecret: null, keysFile: join(dir, 'none.json') } });
const secured = await startServer(store, { ...base, auth });
await open.core.readModel.ready();
await secured.core.readModel.ready();
const sign = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('bench').setExpirationTime('1h').sign(new TextEncoder().encode(secret));
const account = graph.companies.find((c) => c.kind === 'CUSTOMER' && !graph.partOf.some((p) => p.unitId === c.id)).id;
const contact = graph.worksAt.find((w) => w.companyId === account).personId;
const jwt = await sign({ role: 'VIEWER' });
const scopedJwt = await sign({ role: 'ACCOUNT_VIEWER', accounts: [account] });
const useWrk = wrkAvailable();
const load = (url, headers, query) => {
    const req = { url, bodies: [JSON.stringify({ query })], connections: Number(opts.connections), duration: Number(opts.duration), timeout: 30, headers };
    return useWrk ? runWrk(req) : runLoad(req);
};
const queries = {
    'person(id)': `{ person(id: "${contact}") { id name title } }`,
    'decisionMakerCoverage': `{ decisionMakerCoverage(accountId: "${account}") { overall { covered coverageRatio } } }`,
};
const rows = [];
for (const [name, query] of Object.entries(queries)) {
    for (const [who, url, headers] of [
        ['open (no identity)', open.url, {}],
        ['JWT HS256, VIEWER', secured.url, { authorization: `Bearer ${jwt}` }],
        ['API key, VIEWER', secured.url, { 'x-api-key': key }],
        ['JWT, ACCOUNT_VIEWER (1 account)', secured.url, { authorization: `Bearer ${scopedJwt}` }],
    ]) {
        await load(url, headers, query); // warm-up, same length
        const r = await load(url, headers, query);
        if (r.graphqlErrors || r.non2xx)
            throw new Error(`${name} as ${who}: ${r.firstError}`);
        rows.push(`| ${name} | ${who} | ${Math.round(r.rps).toLocaleString('en')} | ${r.latencyMs.p50.toFixed(3)} | ${r.latencyMs.p99.toFixed(2)} |`);
        console.error(rows.at(-1));
    }
}
console.log([
    `### Cost of identity per request — scale ${opts.scale}, c=${opts.connections}, ${opts.duration} s per run, client ${useWrk ? 'wrk' : 'autocannon'}`,
    '', '| query | caller | req/s | p50 ms | p99 ms |', '|---|---|---:|---:|---:|', ...rows,
].join('\n'));
await open.stop();
await secured.stop();
await store.close();
rmSync(dir, { recursive: true, force: true });
//# sourceMappingURL=auth.js.map