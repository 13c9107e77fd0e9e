import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { Authenticator, assertProtected, isLoopback } from '../../src/auth/authenticator.js';
import { startServer, type RunningServer } from '../../src/server.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { demoStore } from '../support/app.js';

/** The HTTP surface around GraphQL (docs/operations.md): probes, metrics, CORS, protected mode. */
let store: LadybugStore;
let server: RunningServer;
let origin: string;

beforeAll(async () => {
  ({ store } = await demoStore());
  server = await startServer(store, {
    port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0, corsOrigins: ['https://kam.example'],
  });
  origin = new URL(server.url).origin;
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await store?.close();
});

describe('probes and metrics', () => {
  it('/healthz answers at once; /readyz once the read model is built', async () => {
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    await server.core.readModel.ready();
    let ready = 503;
    for (let i = 0; i < 100 && ready !== 200; i++) {
      ready = (await fetch(`${origin}/readyz`)).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 50));
    }
    expect(ready).toBe(200);
  });

  it('/metrics counts requests per operation and errors per code, and reports the projection', async () => {
    const post = (query: string) => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    await post('query Probe { __typename }');
    await post('query Probe { __typename }');
    await post('{ person(id: "x") { id } }');
    await post('{ decisionMakerCoverage(accountId: "nope") { accountId } }');
    await post('mutation { upsertPerson(input: { id: "metrics-probe", name: "Probe" }) { id } }');
    const text = await (await fetch(`${origin}/metrics`)).text();
    expect(text).toMatch(/kamgraph_graphql_request_duration_seconds_count\{operation="Probe"\} 2/);
    expect(text).toMatch(/kamgraph_graphql_errors_total\{code="NOT_FOUND"\} 1/);
    expect(text).toMatch(/kamgraph_projection_generation 1/);
    expect(text).toMatch(/kamgraph_projection_build_seconds \d/);
    expect(text).toContain('kamgraph_store_wal_bytes');
    // one write: its person statement and its audit record
    expect(text).toMatch(/kamgraph_store_round_trips_total\{kind="write"\} 2/);
  });
});

describe('CORS: only configured origins', () => {
  it('answers a configured origin and not another (a page elsewhere cannot call the API)', async () => {
    const pre = (o: string) => fetch(server.url, { method: 'OPTIONS', headers: { origin: o, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await pre('https://kam.example')).headers.get('access-control-allow-origin')).toBe('https://kam.example');
    expect((await pre('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('protected mode', () => {
  const none = { jwtSecret: null, jwksUrl: null, issuer: null, audience: null, keysFile: '/nonexistent/keys.json' };
  it('runs open on loopback only', () => {
    for (const h of ['127.0.0.1', '::1', 'localhost', '127.1.2.3']) expect(isLoopback(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.5', 'example.com']) expect(isLoopback(h), h).toBe(false);
    expect(() => assertProtected('127.0.0.1', new Authenticator(none))).not.toThrow();
    expect(() => assertProtected('0.0.0.0', new Authenticator(none))).toThrow(/refusing to serve on 0\.0\.0\.0 with no identity configured/);
    expect(() => assertProtected('0.0.0.0', new Authenticator({ ...none, jwtSecret: 'a-secret-of-reasonable-length-000000' }))).not.toThrow();
  });

  it('startServer refuses 0.0.0.0 with no identity, before listening', async () => {
    await expect(startServer(store, { port: 0, host: '0.0.0.0', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS })).rejects.toThrow(/refusing to serve/);
  });
});
