import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import type { GraphData } from '../../src/domain/graph-data.js';
import { loadGraph } from '../../src/generator/load.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { LadybugStore } from '../../src/store/ladybug.store.js';
import { memoryStore } from './app.js';

export type Result = { data?: any; errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[] };

/**
 * A real server that requires identity (an HS256 JWT secret), over a graph,
 * for the tests of the access rule: sign tokens with any claims, ask as any of them.
 */
export interface SecuredApp {
  store: LadybugStore;
  server: RunningServer;
  /** a temp dir (the keys file lives there, and the store unless it is in memory) */
  dir: string;
  token(claims: Record<string, unknown>): Promise<string>;
  gql(token: string, query: string, variables?: Record<string, unknown>): Promise<Result>;
  stop(): Promise<void>;
}

export async function startSecured(graph: GraphData, options: { inMemory?: boolean; prefix?: string } = {}): Promise<SecuredApp> {
  const secret = 'secured-test-secret-with-enough-entropy-0001';
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'kamgraph-secured-'));
  let store: LadybugStore;
  if (options.inMemory) store = await memoryStore();
  else {
    store = new LadybugStore({ path: join(dir, 'db.lbug') });
    await store.init();
  }
  await loadGraph(store, graph);
  const server = await startServer(store, {
    port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0,
    auth: { jwtSecret: secret, jwksUrl: null, issuer: null, audience: null, keysFile: join(dir, 'keys.json') },
  });
  return {
    store, server, dir,
    token: (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(String(claims.sub)).setIssuedAt()
      .setExpirationTime('10m').sign(new TextEncoder().encode(secret)),
    async gql(token, query, variables) {
      const res = await fetch(server.url, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as Result;
    },
    async stop() {
      await server.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
