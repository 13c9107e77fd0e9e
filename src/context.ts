import type { Config } from './config.js';
import { CompanyService } from './modules/company/company.service.js';
import { createCompanyLoaders } from './modules/company/company.loader.js';
import { PersonService } from './modules/person/person.service.js';
import { createPersonLoaders } from './modules/person/person.loader.js';
import { RelationshipService } from './modules/relationship/relationship.service.js';
import { CoverageService, type SuccessorFinder } from './modules/coverage/coverage.service.js';
import { InfluenceService } from './modules/influence/influence.service.js';
import { createCoverageLoaders } from './modules/coverage/coverage.loader.js';
import { AuditService } from './modules/audit/audit.service.js';
import { InteractionService } from './modules/interaction/interaction.service.js';
import { createInteractionLoaders } from './modules/interaction/interaction.loader.js';
import { MeetingService } from './modules/meeting/meeting.service.js';
import { SignalEvents } from './modules/signal/signal.events.js';
import { SignalService } from './modules/signal/signal.service.js';
import { ReadModelHost } from './readmodel/host.js';
import { GraphWriter, type Actor } from './readmodel/writer.js';
import type { ReadModelSource } from './readmodel/read-graph.js';
import { scopedSource, type ReadScope } from './readmodel/scoped-graph.js';
import type { GraphStore } from './store/index.js';
import { AnalyticsPool, workerFile } from './analytics/pool.js';
import { PooledCoverageService, PooledInfluenceService } from './analytics/pooled-services.js';
import { OPEN_IDENTITY, readScope, writeScope, type Identity } from './auth/identity.js';
import { logger } from './logger.js';

type CoreConfig = Pick<Config, 'defaults'> & { projectionRefreshSeconds?: number; workers?: number };

/** What lives as long as the process: the read model, the writer, the worker pool. */
export function createCore(store: GraphStore, config: CoreConfig) {
  const readModel = new ReadModelHost(store, { refreshSeconds: config.projectionRefreshSeconds ?? 0 });
  const writer = new GraphWriter(store, readModel);
  const file = (config.workers ?? 0) > 0 ? workerFile() : null;
  if ((config.workers ?? 0) > 0 && !file) logger.warn('KAMGRAPH_WORKERS is set but the compiled worker is missing (npm run build); analytics run on the main thread');
  const pool = file ? new AnalyticsPool(readModel, config.defaults, config.workers!, file) : null;
  // signal events and the breach timer (DESIGN §4): one per process; the server starts it once the read model is
  // built (startServer). Building it here would race a bulk load that follows (tests, tools); without a server the
  // timer is armed by the first signal written or subscribed to.
  const signalEvents = new SignalEvents(() => readModel.ready(), config.defaults.escalationHours);
  return {
    store, readModel, writer, pool, config, signalEvents,
    close: async () => {
      signalEvents.stop();
      await pool?.close();
    },
  };
}
export type Core = ReturnType<typeof createCore>;

/**
 * The services as one caller may use them (docs/access.md "The rule"): every
 * read goes through the caller's scope of the read model (and the worker
 * pool gets the same scope), every write through a writer acting for the
 * caller. Services are cheap objects over the shared core, built per request.
 */
export function servicesFor(core: Core, identity: Identity, scope: ReadScope, operation: { field: string } = { field: 'system' }) {
  const source: ReadModelSource = scopedSource(core.readModel, scope);
  const actor: Actor = {
    subject: identity.subject, role: identity.role, accounts: writeScope(identity),
    get operation() { return operation.field; },
  };
  const writer = core.writer.as(actor);
  const company = new CompanyService(source, writer);
  const person = new PersonService(source, writer);
  const relationship = new RelationshipService(writer);
  const { defaults } = core.config;
  // with a worker pool, the heavy analytics run on it (src/analytics/pooled-services.ts)
  const influence = core.pool ? new PooledInfluenceService(source, defaults, core.pool, scope) : new InfluenceService(source, defaults);
  const successors: SuccessorFinder = (g, contactId, without, limit) => influence.successors(g, contactId, without, limit);
  const coverage = core.pool ? new PooledCoverageService(source, defaults, successors, core.pool, scope) : new CoverageService(source, defaults, successors);
  const audit = new AuditService(core.store);
  const interaction = new InteractionService(source, writer);
  const meeting = new MeetingService(source);
  const signal = new SignalService(source, writer, core.signalEvents, core.config.defaults.escalationHours);
  return { company, person, relationship, coverage, influence, audit, interaction, meeting, signal, readModel: source, writer, config: core.config };
}
export type Services = ReturnType<typeof servicesFor>;

/** Unrestricted services (seeding, benchmarks, tests that need no identity). */
export function createServices(store: GraphStore, config: CoreConfig) {
  return unrestricted(createCore(store, config));
}

/** The services with no identity restriction, plus the core's parts (the read-model host, the writer, the pool). */
export function unrestricted(core: Core) {
  return { ...servicesFor(core, OPEN_IDENTITY, null), readModel: core.readModel, core, pool: core.pool, writer: core.writer, close: core.close };
}
export type UnrestrictedServices = ReturnType<typeof unrestricted>;

/**
 * Per-request loaders: a cache lives exactly as long as one GraphQL request,
 * over the caller's scope. Each family is made on first use, so a request
 * pays only for the loaders it reads through.
 */
export function createLoaders(services: Services) {
  let company: ReturnType<typeof createCompanyLoaders> | undefined;
  let person: ReturnType<typeof createPersonLoaders> | undefined;
  let coverage: ReturnType<typeof createCoverageLoaders> | undefined;
  let interaction: ReturnType<typeof createInteractionLoaders> | undefined;
  return {
    get company() { return (company ??= createCompanyLoaders(services.readModel)); },
    get person() { return (person ??= createPersonLoaders(services.readModel, services.config.defaults.strength)); },
    get coverage() { return (coverage ??= createCoverageLoaders(services.coverage)); },
    get interaction() { return (interaction ??= createInteractionLoaders(services.readModel)); },
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  services: Services;
  loaders: Loaders;
  identity: Identity;
  /** the root Mutation field being executed (the audit's operation), set by the access middleware */
  operation: { field: string };
  /** request id, for logs */
  requestId: string;
}

/** The context of one request: the caller's services and loaders. */
export async function contextFor(core: Core, identity: Identity, requestId: string): Promise<Context> {
  const scope = identity.role === 'ACCOUNT_VIEWER' ? readScope(identity, await core.readModel.ready()) : null;
  const operation = { field: 'unknown' };
  const services = servicesFor(core, identity, scope, operation);
  return { services, loaders: createLoaders(services), identity, operation, requestId };
}
