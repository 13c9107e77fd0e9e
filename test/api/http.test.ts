import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger } from '../../src/logger.js';
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
    // one write: its person statement composed with its audit record, one round trip (docs/store-plans.md "One statement per audited write")
    expect(text).toMatch(/kamgraph_store_round_trips_total\{kind="write"\} 1/);
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

describe('logs', () => {
  it('one structured line per request: request id, operation, identity, duration, error codes', async () => {
    const info = vi.spyOn(logger, 'info');
    try {
      await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Who { person(id: "nope-1") { id } decisionMakerCoverage(accountId: "nope") { accountId } }' }) });
      const lines = info.mock.calls.filter((c) => c[1] === 'graphql').map((c) => c[0] as Record<string, unknown>);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ operation: 'Who', subject: 'local', role: 'ADMIN', errors: ['NOT_FOUND'] });
      expect(lines[0].reqId).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof lines[0].ms).toBe('number');
    } finally {
      info.mockRestore();
    }
  });

  it('an internal error is masked for the client and logged with its stack on the server', async () => {
    const error = vi.spyOn(logger, 'error');
    try {
      await store.close(); // every write now fails inside the store: not a domain error
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { upsertPerson(input: { id: "after-close", name: "X" }) { id } }' }) });
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(body)).not.toMatch(/at .*\.js:\d+/);
      const logged = error.mock.calls.find((c) => c[1] === 'internal error');
      expect(logged).toBeDefined();
      expect(String((logged![0] as { err: Error }).err.stack)).toMatch(/\n\s+at /);
    } finally {
      error.mockRestore();
    }
  });
});
