import { ClientError, GraphQLClient } from 'graphql-request';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { generateGraph, type GenerateOptions, type GeneratedGraph, type ScaleName } from '../../src/generator/generate.js';
import { loadGraph } from '../../src/generator/load.js';
import { startServer, type ServerConfig } from '../../src/server.js';
import type { GraphStore } from '../../src/store/index.js';
import { LadybugStore } from '../../src/store/ladybug.store.js';

/** The date every fixture and generated graph is anchored to, so numbers never move. */
export const TODAY = '2026-11-01';

export async function memoryStore(): Promise<LadybugStore> {
  const store = new LadybugStore({ path: ':memory:' });
  await store.init();
  return store;
}

/** A generated graph in a fresh in-memory store; `options.activity: false` leaves out interactions (typed strengths only). */
export async function demoStore(scale: ScaleName = 'demo', seed = 42, options: GenerateOptions = {}): Promise<{ store: LadybugStore; graph: GeneratedGraph }> {
  const store = await memoryStore();
  const graph = generateGraph(scale, seed, new Date(`${TODAY}T00:00:00Z`), options);
  await loadGraph(store, graph);
  return { store, graph };
}

export interface GqlResult<T = any> {
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

/** A running API on a free port, reached through a real GraphQL client over HTTP. */
export interface TestApp {
  url: string;
  store: GraphStore;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  stop(): Promise<void>;
}

/** `options`: any other server settings (e.g. `{ production: true }`, `{ limits }`). */
export async function startApp(store: GraphStore, maxQueryDepth = 10, workers = 0, options: Partial<ServerConfig> = {}): Promise<TestApp> {
  const server = await startServer(store, { port: 0, host: '127.0.0.1', maxQueryDepth, defaults: DEFAULT_ANALYTICS, workers, ...options });
  const client = new GraphQLClient(server.url);
  return {
    url: server.url,
    store,
    async gql(query, variables) {
      try {
        const res = await client.rawRequest(query, variables);
        return { data: res.data as any, errors: res.errors as any };
      } catch (e) {
        if (e instanceof ClientError) return { data: (e.response.data as any) ?? null, errors: e.response.errors as any };
        throw e;
      }
    },
    stop: () => server.stop(),
  };
}
