import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { zipFiles } from '../../src/exchange/bundle-writer.js';
import { loadGraph } from '../../src/generator/load.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { LadybugStore } from '../../src/store/ladybug.store.js';
import { acmeFixture } from '../support/acme.js';
import { networkxPython } from '../support/networkx.js';

/** Import and export over HTTP, with identity (docs/data-exchange.md "Over HTTP"). */
const SECRET = 'exchange-test-secret-exchange-test-secret';
let dir: string;
let store: LadybugStore;
let server: RunningServer;
let origin: string;
const tokens: Record<string, string> = {};
const sign = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(String(claims.sub)).setExpirationTime('10m').sign(new TextEncoder().encode(SECRET));
const auth = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kamgraph-exchange-'));
  store = new LadybugStore({ path: join(dir, 'db.lbug') });
  await store.init();
  await loadGraph(store, acmeFixture());
  server = await startServer(store, {
    port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0,
    auth: { jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null, keysFile: join(dir, 'keys.json') },
  });
  origin = new URL(server.url).origin;
  tokens.admin = await sign({ sub: 'ada', role: 'ADMIN' });
  tokens.viewer = await sign({ sub: 'vic', role: 'VIEWER' });
  tokens.acme = await sign({ sub: 'avery', role: 'ACCOUNT_VIEWER', accounts: ['acme'] });
  tokens.acmeEditor = await sign({ sub: 'erin', role: 'EDITOR', accounts: ['acme'] });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const importZip = (files: Record<string, string>, who: string, query = '') =>
  fetch(`${origin}/import${query}`, { method: 'POST', headers: { 'content-type': 'application/zip', ...auth(who) }, body: Buffer.from(zipFiles(files)) });
const gql = async (query: string) => ((await (await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth('admin') }, body: JSON.stringify({ query }) })).json()) as { data: any });

describe('POST /import', () => {
  it('needs credentials and a writer role', async () => {
    expect((await fetch(`${origin}/import`, { method: 'POST', headers: { 'content-type': 'application/zip' }, body: Buffer.from(zipFiles({})) })).status).toBe(401);
    expect((await importZip({ 'people.csv': 'id,name\nzz,ZZ\n' }, 'viewer')).status).toBe(403);
  });

  it('an EDITOR scoped to Acme imports inside Acme, and gets 403 FORBIDDEN outside it, with nothing written', async () => {
    const outside = await importZip({ 'people.csv': 'id,name,companyId\nx-b,X at Beta,beta\n' }, 'acmeEditor');
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql('{ person(id: "x-b") { id } }')).data.person).toBeNull();
    expect((await importZip({ 'people.csv': 'id,name,companyId\nx-a,X at Acme,acme-s\n' }, 'acmeEditor')).status).toBe(200);
  });

  it('refuses a bundle with a bad row (422, every problem located) and writes nothing', async () => {
    const res = await importZip({
      'people.csv': 'id,name,companyId,buyingRole\nx1,X1,acme-s,DECISION_MAKER\nx2,X2,nowhere,\n',
      'relationships.csv': 'ourPersonId,contactId,strength\no3,x1,0.8\n',
    }, 'admin');
    expect(res.status).toBe(422);
    const body = (await res.json()) as { written: boolean; problems: unknown[] };
    expect(body.written).toBe(false);
    expect(body.problems).toEqual([{ file: 'people.csv', line: 3, column: 'companyId', reason: 'unknown company "nowhere"' }]);
    expect((await gql('{ person(id: "x1") { id } }')).data.person).toBeNull();
  });

  it('imports, and the analytics answer from the imported graph as soon as it returns', async () => {
    // Acme South: s1 was uncovered; with a new KNOWS o3 → s1 it becomes covered
    const before = await gql('{ decisionMakerCoverage(accountId: "acme-s", asOf: "2026-11-01") { overall { covered } } }');
    const res = await importZip({ 'relationships.csv': 'ourPersonId,contactId,strength,lastContactAt\no3,s1,0.8,2026-10-15\n' }, 'admin');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { written: boolean; summary: Record<string, unknown> };
    expect(body.summary.relationships).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0 });
    const after = await gql('{ decisionMakerCoverage(accountId: "acme-s", asOf: "2026-11-01") { overall { covered } } }');
    expect(after.data.decisionMakerCoverage.overall.covered).toBe(before.data.decisionMakerCoverage.overall.covered + 1);
  });
});

describe('GET /export', () => {
  it('csv: a zip of the bundle; an ACCOUNT_VIEWER gets only its accounts', async () => {
    const res = await fetch(`${origin}/export/csv`, { headers: auth('acme') });
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const people = strFromU8(files['people.csv']);
    expect(people.split('\n')[0]).toBe('id,name,email,title,function,decisionLevel,buyingRole,attitude,active,leftAt,companyId,employmentTitle,employedSince');
    expect(people).toContain('\na1,');
    expect(people).not.toMatch(/\nb[12],/);
  });

  it('graphml with metrics opens in networkx with the expected nodes, edges and attributes', async (ctx) => {
    const py = networkxPython();
    if (!py) return ctx.skip();
    const res = await fetch(`${origin}/export/graphml?account=acme&metrics=true`, { headers: auth('viewer') });
    expect(res.status).toBe(200);
    const file = join(dir, 'acme.graphml');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const out = spawnSync(py, ['-c', `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
types = {}
for _, _, d in g.edges(data=True): types[d['type']] = types.get(d['type'], 0) + 1
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'types': types, 'a1': g.nodes['a1'], 'directed': g.is_directed()}))
`, file], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    const r = JSON.parse(out.stdout);
    // companies: acme, acme-n, acme-n1, acme-s + us, us-1 = 6; people: a1–a5, n1–n4, l1–l4, s1–s7 = 20 contacts,
    // x-a (imported by the editor above) = 21, + o1..o6 = 27; 6 + 27 = 33
    expect(r.nodes).toBe(33);
    expect(r.directed).toBe(true);
    // PART_OF: acme-n → acme, acme-s → acme, acme-n1 → acme-n, us-1 → us = 4; WORKS_AT: one per person = 27
    // REPORTS_TO: every acme contact but a1 = 19; INFLUENCES among acme: a4→a1, a4→a3, n3→n1, l2→l1 = 4; ON_TEAM: o1, o4 = 2
    expect(r.types.PART_OF).toBe(4);
    expect(r.types.WORKS_AT).toBe(27);
    expect(r.types.REPORTS_TO).toBe(19);
    expect(r.types.ON_TEAM).toBe(2);
    expect(r.types.INFLUENCES).toBe(4);
    expect(r.a1).toMatchObject({ label: 'Person', name: 'A1', buyingRole: 'DECISION_MAKER', isDecisionMaker: true, ours: false });
    expect(r.a1.coverage).toBe(2); // o1 (0.9, 2026-10-01) and o4 (0.8, 2026-06-01) — both effective
    expect(typeof r.a1.influenceScore).toBe('number');
  });
});
