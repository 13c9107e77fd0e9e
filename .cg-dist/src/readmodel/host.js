import { logger } from '../logger.js';
import { BULK_NOTICE } from '../store/index.js';
import { ReadModel, ReadModelBuilder } from './read-model.js';
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
    constructor(store, options = {}) {
        this.store = store;
        this.options = options;
        this.model = new ReadModel();
        this.building = null;
        this.builtAt = 0;
        this.stale = true;
        this.queued = [];
        /** milliseconds the last build took */
        this.lastBuildMs = 0;
        /** a new number each time the model is rebuilt from the store */
        this.generation = 0;
        this.changeListeners = [];
        // a bulk load writes around the change path: rebuild from the store before the next read
        store.onCommit((statements) => {
            if (statements.some((s) => s.query === BULK_NOTICE))
                this.invalidate();
        });
    }
    /**
     * The read model, once it reflects every write this process committed
     * (building it first if it was never built or a bulk load made it stale).
     * When only the refresh period has passed, the rebuild runs in the
     * background and the current model keeps answering.
     */
    async ready() {
        const ttl = (this.options.refreshSeconds ?? 0) * 1000;
        if (this.builtAt > 0 && !this.stale && !this.building && ttl > 0 && Date.now() - this.builtAt > ttl) {
            void this.rebuild().catch((err) => logger.error({ err }, 'read model refresh failed'));
        }
        while (this.stale || (this.building && this.builtAt === 0))
            await this.rebuild();
        return this.model;
    }
    /** The current model without waiting (callers that already awaited `ready`). */
    get current() {
        return this.model;
    }
    /** Registers a listener told of every change applied (worker replicas follow the model with it). */
    onChanges(listener) {
        this.changeListeners.push(listener);
    }
    /** Exports the current model for a worker replica (`ReadModel.exportState`). */
    exportState() {
        return this.model.exportState();
    }
    /** Applies committed changes, in commit order. */
    apply(changes) {
        if (this.building)
            this.queued.push(...changes);
        try {
            for (const c of changes)
                this.model.apply(c);
            for (const l of this.changeListeners)
                l(changes);
        }
        catch (err) {
            // the write is committed whatever happens here: rebuild from the store rather than fail it
            this.stale = true;
            logger.error({ err }, 'read model could not apply a change; it will be rebuilt');
        }
    }
    /** Marks the model stale (after a bulk load that bypassed the change path); the next `ready` rebuilds. */
    invalidate() {
        this.stale = true;
    }
    /** Forgets derived values (the benchmark times cold requests). */
    dropDerived() {
        this.model.dropDerived();
    }
    /** Approximate footprint of the current model. */
    footprint() {
        return this.model.footprint();
    }
    rebuild() {
        // a failed build leaves the model stale, so the next read tries again instead of serving an empty graph
        this.building ??= this.build()
            .catch((err) => {
            this.stale = true;
            throw err;
        })
            .finally(() => (this.building = null));
        return this.building;
    }
    async build() {
        const started = Date.now();
        this.stale = false;
        const b = new ReadModelBuilder();
        const scan = (q, each) => this.store.scan(q, (rows) => { for (const r of rows)
            each(r); });
        // nodes before links: links are resolved to node indexes as they arrive
        await scan('projection.companies', (r) => b.company(r.company));
        await scan('projection.people', (r) => b.person(r.person));
        await scan('projection.partOf', (r) => b.partOf(r));
        await scan('projection.worksAt', (r) => b.worksAt(r));
        await scan('projection.reportsTo', (r) => b.reportsTo(r));
        await scan('projection.influences', (r) => b.influence(r));
        await scan('projection.knows', (r) => b.knows(r));
        await scan('projection.onTeam', (r) => b.onTeam(r));
        await scan('projection.interactions', (r) => b.interaction(r));
        await scan('projection.tookPart', (r) => b.tookPart(r));
        await scan('projection.products', (r) => b.product(r));
        await scan('projection.sales', (r) => b.sale(r));
        await scan('projection.potentials', (r) => b.potential(r));
        const model = b.finish();
        // changes committed while the scans ran: replay them in commit order
        const queued = this.queued;
        this.queued = [];
        for (const c of queued)
            model.apply(c);
        this.model = model;
        this.generation++;
        this.builtAt = Date.now();
        this.lastBuildMs = Date.now() - started;
        logger.debug({ ms: this.lastBuildMs, people: model.personCount }, 'read model built');
    }
}
//# sourceMappingURL=host.js.map