import { compiledExecution } from './execution.js';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { Authenticator, assertProtected } from './auth/authenticator.js';
import type { Identity } from './auth/identity.js';
import { identityOf } from './http/request-identity.js';
import { limitRules } from './common/limits.js';
import { contextFor, createCore, unrestricted, type Context, type Core, type UnrestrictedServices } from './context.js';
import { DomainError, formatError } from './errors.js';
import { registerGraphiql } from './http/graphiql.js';
import { registerMap } from './http/map.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { registerExchange } from './http/exchange.routes.js';
import { logger } from './logger.js';
import { buildAppSchema } from './schema.js';
import type { GraphStore } from './store/index.js';
import { DEFAULT_ANALYTICS } from './config.js';

export interface RunningServer {
  /** the GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** unrestricted services (benchmarks and tests) */
  services: UnrestrictedServices;
  core: Core;
  auth: Authenticator;
  /** stops accepting, finishes in-flight requests, stops the worker pool (the caller closes the store) */
  stop(): Promise<void>;
}

export type ServerConfig = Pick<Config, 'port' | 'host' | 'maxQueryDepth' | 'defaults'> &
  Partial<Pick<Config, 'projectionRefreshSeconds' | 'workers' | 'auth' | 'corsOrigins' | 'limits' | 'production' | 'execution'>>;

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity;
  }
}

/** Every request's log line and metrics (docs/operations.md "Logs"), and internal errors logged with their stack. */
function observe(metrics: Metrics): ApolloServerPlugin<Context> {
  const seenOperations = new Set<string>();
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      let operation: string | null = null;
      return {
        async didResolveOperation(rc) { operation = rc.operationName ?? rc.operation?.name?.value ?? null; },
        async didEncounterErrors(rc) {
          for (const e of rc.errors) {
            const coded = (e.extensions?.code as string | undefined) ?? null;
            const cause = (e as { originalError?: unknown }).originalError;
            // the client sees a masked message; the server keeps the stack
            if (!coded && !(cause instanceof DomainError)) logger.error({ reqId: contextValue?.requestId, err: cause ?? e }, 'internal error');
          }
        },
        async willSendResponse(rc) {
          const ms = performance.now() - started;
          const body = rc.response.body;
          const errs = body.kind === 'single' ? body.singleResult.errors ?? [] : [];
          const codes = [...new Set(errs.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          for (const c of codes) metrics.errors.inc({ code: c });
          // operation names are the client's choice: bound the label set so metrics cannot grow without limit
          const label = operation === null ? 'anonymous' : seenOperations.has(operation) || seenOperations.size < 200 ? operation : 'other';
          if (label === operation) seenOperations.add(operation);
          metrics.requestSeconds.observe({ operation: label }, ms / 1000);
          logger.info({
            reqId: contextValue?.requestId, operation, subject: contextValue?.identity.subject, role: contextValue?.identity.role,
            ms: Math.round(ms * 100) / 100, ...(codes.length ? { errors: codes } : {}),
          }, 'graphql');
        },
      };
    },
  };
}

/** Apollo over the app schema, with limits, masking and observation. */
export async function createApollo(config: ServerConfig, fastify: FastifyInstance, metrics: Metrics) {
  const schema = await buildAppSchema();
  const limits = limitRules(config);
  return new ApolloServer<Context>({
    // graphql-jit behind Apollo's executor hook (src/execution.ts); KAMGRAPH_EXECUTION=interpreted keeps graphql-js
    ...(config.execution === 'interpreted' ? { schema } : { gateway: compiledExecution(schema) }),
    formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: limits.validationRules,
    introspection: !config.production,
    // main.ts owns SIGINT/SIGTERM: it stops the server, then checkpoints and closes the store
    stopOnTerminationSignals: false,
    plugins: [
      // the default cache-control plugin wraps every resolver to compute HTTP cache hints we never send;
      // it was the largest single cost of a nested query (docs/decisions.md "Read model")
      ApolloServerPluginCacheControlDisabled(),
      // GET /graphql serves the bundled GraphiQL instead (works offline)
      ApolloServerPluginLandingPageDisabled(),
      fastifyApolloDrainPlugin(fastify),
      observe(metrics),
      ...limits.plugins,
    ],
  });
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) on the same port
 * and path as the API: `ws://host:port/graphql`. The caller authenticates in
 * the connection (`connectionParams: { authorization: 'Bearer …' }` or
 * `{ 'x-api-key': 'kg_…' }`, or the upgrade request's own headers); a refused
 * connection is closed with 4403. Each subscription is validated with the same
 * limits as a request and runs with the caller's context, so events are
 * filtered by the caller's scope (docs/access.md).
 */
function serveSubscriptions(fastify: FastifyInstance, schema: GraphQLSchema, config: ServerConfig, core: Core, auth: Authenticator) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.limits?.maxBodyBytes ?? 100_000 });
  fastify.server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  const rules = [...specifiedRules, ...limitRules(config).validationRules];
  type Extra = { identity?: Identity; request: { headers: Record<string, string | string[] | undefined> } };
  const server = useServer<Record<string, unknown> | undefined, Extra>({
    schema,
    onConnect: async (ctx) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(ctx.extra.request.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
      for (const [k, v] of Object.entries(ctx.connectionParams ?? {})) if (typeof v === 'string') headers[k.toLowerCase()] = v;
      try {
        ctx.extra.identity = await auth.identify(headers);
        return true;
      } catch (e) {
        if (e instanceof DomainError) return false;
        throw e;
      }
    },
    onSubscribe: (_ctx, _id, payload) => {
      let document;
      try {
        document = parse(payload.query);
      } catch (e) {
        return [{ message: (e as Error).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } } as never];
      }
      const errors = validate(schema, document, rules);
      if (errors.length) return errors.map((e) => ({ message: e.message, extensions: { code: e.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED', ...e.extensions } }) as never);
    },
    context: (ctx) => contextFor(core, ctx.extra.identity!, `ws-${randomUUID()}`),
    // errors in pushed results go through the same masking as responses (coded domain errors kept, the rest hidden)
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors?.length
      ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) as never }
      : undefined),
    onError: (_ctx, _id, _payload, errors) => { for (const e of errors) logger.warn({ err: e }, 'subscription error'); },
  }, wss);
  return {
    async dispose() {
      await server.dispose();
      wss.close();
    },
  };
}

/** A GraphQL-shaped refusal sent before Apollo runs (401/403). */
function refusal(e: DomainError) {
  return { errors: [{ message: e.message, extensions: { code: e.code } }], data: null };
}

/**
 * Starts the HTTP server: `POST|GET /graphql`, `/healthz`, `/readyz`,
 * `/metrics` (docs/operations.md). `port: 0` picks a free port (tests).
 */
export async function startServer(store: GraphStore, config: ServerConfig): Promise<RunningServer> {
  const auth = new Authenticator(config.auth ?? { jwtSecret: null, jwksUrl: null, issuer: null, audience: null, keysFile: '' });
  assertProtected(config.host, auth);
  const core = createCore(store, config);
  const limits = config.limits;
  const fastify = Fastify({
    logger: false,
    bodyLimit: limits?.maxBodyBytes ?? 100_000,
    genReqId: () => randomUUID(),
  });
  const metrics = createMetrics({
    projection: () => ({ buildMs: core.readModel.lastBuildMs, generation: core.readModel.generation, version: core.readModel.generation > 0 ? core.readModel.current.version : 0 }),
    walBytes: () => (store as { walBytes?: () => number }).walBytes?.() ?? 0,
  });
  // statements of committed writes; reads are answered by the read model (the audit log aside)
  store.onCommit((statements) => metrics.storeCalls.inc({ kind: 'write' }, statements.length));
  let ready = false;
  core.readModel.ready()
    .then(() => core.signalEvents.start())
    .then(() => core.pool?.warm())
    .then(() => { ready = true; })
    .catch((err) => logger.error({ err }, 'read model failed to build'));

  await fastify.register(cors, { origin: config.corsOrigins?.length ? config.corsOrigins : false, methods: ['GET', 'POST'] });

  fastify.get('/healthz', async () => ({ status: 'ok' }));
  fastify.get('/readyz', async (_req, reply) => (ready ? { status: 'ready' } : reply.code(503).send({ status: 'starting' })));
  fastify.get('/metrics', async (_req, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));
  // the relationship map at / (docs/map.md), GraphiQL at GET /graphql from a browser
  await registerMap(fastify);
  await registerGraphiql(fastify);

  // identity before Apollo, on every route but the public ones: decided by the route that matched (Fastify decodes
  // the path before matching, so a check on the raw URL could be bypassed with percent-escapes)
  const PUBLIC = new Set(['/healthz', '/readyz', '/metrics', '/', '/map/:file', '/graphiql/:file']);
  fastify.addHook('preHandler', async (req: FastifyRequest, reply) => {
    const route = req.routeOptions.url;
    if (route === undefined || PUBLIC.has(route)) return;
    try {
      req.identity = await auth.identify(req.headers as Record<string, string>);
    } catch (e) {
      if (e instanceof DomainError) return reply.code(401).header('www-authenticate', 'Bearer').send(refusal(e));
      throw e;
    }
  });

  await registerExchange(fastify, core, config.limits?.maxImportBytes ?? 256 * 2 ** 20);

  const apollo = await createApollo(config, fastify, metrics);
  await apollo.start();
  const subscriptions = serveSubscriptions(fastify, await buildAppSchema(), config, core, auth);
  await fastify.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (req) => contextFor(core, identityOf(req), String(req.id)),
  });
  await fastify.listen({ port: config.port, host: config.host });
  const address = fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const services = unrestricted(core);
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/graphql`,
    services, core, auth,
    stop: async () => {
      await subscriptions.dispose();
      await apollo.stop(); // the drain plugin closes idle connections and waits for in-flight requests
      await fastify.close();
      await core.close();
    },
  };
}

export { DEFAULT_ANALYTICS };
