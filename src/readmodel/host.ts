import type { SignalData } from '../domain/signals.js';
import { parseSections } from '../domain/plans.js';
import type { Change } from '../domain/changes.js';
import { logger } from '../logger.js';
import { BULK_NOTICE, type GraphStore, type Row } from '../store/index.js';
import { ReadModel, ReadModelBuilder } from './read-model.js';
import type { ReadGraph } from './read-graph.js';

export interface ReadModelOptions {
  /** rebuild from the store when older than this many seconds (0: never; this process's writes apply as they commit) */
  refreshSeconds?: number;
}

/**
 * Owns the read model (docs/decisions.md "Read model"): builds it from the
 * store with one bulk scan per node and relationship type, applies every
 * committed change (`GraphWriter` calls `apply`), and rebuilds it in the
 * background every `refreshSeconds` so that writes of other API instances
 * on a shared Neo4j show up. While a rebuild reads the store, the current
 * model keeps answering and changes committed meanwhile are queued and
 * replayed on the new one (every apply is idempotent).
 */
export class ReadModelHost {
  private model: ReadModel = new ReadModel();
  private building: Promise<void> | null = null;
  private builtAt = 0;
  private stale = true;
  private queued: Change[] = [];
  /** milliseconds the last build took */
  lastBuildMs = 0;
  /** a new number each time the model is rebuilt from the store */
  generation = 0;
  private readonly changeListeners: ((changes: readonly Change[]) => void)[] = [];

  constructor(private readonly store: GraphStore, private readonly options: ReadModelOptions = {}) {
    // a bulk load writes around the change path: rebuild from the store before the next read
    store.onCommit((statements) => {
      if (statements.some((s) => s.query === BULK_NOTICE)) this.invalidate();
    });
  }

  /**
   * The read model, once it reflects every write this process committed
   * (building it first if it was never built or a bulk load made it stale).
   * When only the refresh period has passed, the rebuild runs in the
   * background and the current model keeps answering.
   */
  async ready(): Promise<ReadGraph> {
    const ttl = (this.options.refreshSeconds ?? 0) * 1000;
    if (this.builtAt > 0 && !this.stale && !this.building && ttl > 0 && Date.now() - this.builtAt > ttl) {
      void this.rebuild().catch((err) => logger.error({ err }, 'read model refresh failed'));
    }
    while (this.stale || (this.building && this.builtAt === 0)) await this.rebuild();
    return this.model;
  }

  /** The current model without waiting (callers that already awaited `ready`). */
  get current(): ReadGraph {
    return this.model;
  }

  /** Registers a listener told of every change applied (worker replicas follow the model with it). */
  onChanges(listener: (changes: readonly Change[]) => void): void {
    this.changeListeners.push(listener);
  }

  /** Exports the current model for a worker replica (`ReadModel.exportState`). */
  exportState() {
    return this.model.exportState();
  }

  /** Applies committed changes, in commit order. */
  apply(changes: readonly Change[]): void {
    if (this.building) this.queued.push(...changes);
    try {
      for (const c of changes) this.model.apply(c);
      for (const l of this.changeListeners) l(changes);
    } catch (err) {
      // the write is committed whatever happens here: rebuild from the store rather than fail it
      this.stale = true;
      logger.error({ err }, 'read model could not apply a change; it will be rebuilt');
    }
  }

  /** Marks the model stale (after a bulk load that bypassed the change path); the next `ready` rebuilds. */
  invalidate(): void {
    this.stale = true;
  }

  /** Forgets derived values (the benchmark times cold requests). */
  dropDerived(): void {
    this.model.dropDerived();
  }

  /** Approximate footprint of the current model. */
  footprint() {
    return this.model.footprint();
  }

  private rebuild(): Promise<void> {
    // a failed build leaves the model stale, so the next read tries again instead of serving an empty graph
    this.building ??= this.build()
      .catch((err) => {
        this.stale = true;
        throw err;
      })
      .finally(() => (this.building = null));
    return this.building;
  }

  private async build(): Promise<void> {
    const started = Date.now();
    this.stale = false;
    const b = new ReadModelBuilder();
    const scan = (q: string, each: (r: Row) => void) => this.store.scan(q, (rows) => { for (const r of rows) each(r); });
    // nodes before links: links are resolved to node indexes as they arrive
    await scan('projection.companies', (r) => b.company(r.company));
    await scan('projection.people', (r) => b.person(r.person));
    await scan('projection.partOf', (r) => b.partOf(r as never));
    await scan('projection.worksAt', (r) => b.worksAt(r as never));
    await scan('projection.reportsTo', (r) => b.reportsTo(r as never));
    await scan('projection.influences', (r) => b.influence(r as never));
    await scan('projection.knows', (r) => b.knows(r as never));
    await scan('projection.onTeam', (r) => b.onTeam(r as never));
    await scan('projection.interactions', (r) => b.interaction(r as never));
    await scan('projection.tookPart', (r) => b.tookPart(r as never));
    await scan('projection.products', (r) => b.product(r as never));
    await scan('projection.sales', (r) => b.sale(r as never));
    await scan('projection.potentials', (r) => b.potential(r as never));
    await scan('projection.signals', (r) => { if (r.accountId !== null) b.signal({ ...(r as never as SignalData), severity: Number(r.severity) }); });
    // account management (docs/plans.md): links, then plan versions, then activities (IN_PLAN a version)
    await scan('projection.competesAt', (r) => b.competitor({ companyId: r.companyId, accountId: r.accountId, area: r.area, estimatedShare: r.estimatedShare === null ? null : Number(r.estimatedShare) }));
    await scan('projection.partnersAt', (r) => b.partner({ companyId: r.companyId, accountId: r.accountId, area: r.area }));
    await scan('projection.plans', (r) => b.planVersion({
      planId: r.planId, accountId: r.accountId, year: Number(r.year), version: Number(r.version), updatedAt: r.updatedAt, updatedBy: r.updatedBy ?? null, sections: parseSections(r.sections),
    }));
    await scan('projection.activities', (r) => b.activity({ id: r.id, planId: r.planId, addedIn: Number(r.addedIn), title: r.title, dueAt: r.dueAt, status: r.status, ownerId: r.ownerId ?? null }));
    const model = b.finish();
    // changes committed while the scans ran: replay them in commit order
    const queued = this.queued;
    this.queued = [];
    for (const c of queued) model.apply(c);
    this.model = model;
    this.generation++;
    this.builtAt = Date.now();
    this.lastBuildMs = Date.now() - started;
    logger.debug({ ms: this.lastBuildMs, people: model.personCount }, 'read model built');
  }
}
