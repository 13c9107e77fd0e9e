import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from './config.js';
import { depthLimit } from './common/depth-limit.js';
import { createLoaders, createServices, type Context, type Services } from './context.js';
import { formatError } from './errors.js';
import { logger } from './logger.js';
import { buildAppSchema } from './schema.js';
import type { GraphStore } from './store/index.js';

export interface RunningServer {
  url: string;
  services: Services;
  stop(): Promise<void>;
}

/** Apollo Server over the given store; loaders are made per request in the context. */
export async function createApollo(config: Pick<Config, 'maxQueryDepth'>) {
  const schema = await buildAppSchema();
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(config.maxQueryDepth)],
    introspection: true,
    // the default cache-control plugin wraps every resolver to compute HTTP cache hints we never send;
    // it was the largest single cost of a nested query (docs/decisions.md "Read model")
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
}

/** Starts the HTTP server (`/graphql` and `/`); `port: 0` picks a free port (tests). */
export async function startServer(
  store: GraphStore,
  config: Pick<Config, 'port' | 'host' | 'maxQueryDepth' | 'defaults'> & Partial<Pick<Config, 'projectionRefreshSeconds' | 'workers'>>,
): Promise<RunningServer> {
  const apollo = await createApollo(config);
  const services = createServices(store, config);
  // build the read model now rather than on the first request
  services.readModel.ready()
    .then(() => services.pool?.warm())
    .catch((err) => logger.error({ err }, 'read model failed to build'));
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: config.port, host: config.host },
    context: async () => ({ services, loaders: createLoaders(services) }),
  });
  return { url: new URL('graphql', url).toString(), services, stop: async () => { await apollo.stop(); await services.close(); } };
}
