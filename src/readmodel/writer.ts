import { Mutex } from '../common/mutex.js';
import type { Change } from '../domain/changes.js';
import type { GraphStore } from '../store/index.js';
import { writeChanges } from '../store/change-writer.js';
import type { ReadGraph } from './read-graph.js';
import type { ReadModelHost } from './host.js';

/** A planned write: the changes to commit and what the mutation returns. */
export interface Plan<T> {
  changes: Change[];
  result: T;
}

/**
 * The one way a write happens (docs/decisions.md "Changes, not copies"):
 * under one lock, a service plans its changes against the read model
 * (validating: a refusal throws and nothing is written), the changes commit
 * to the store in one transaction, then apply to the read model. So the
 * next request reads its own write, and validation never races another write
 * of this process.
 */
export class GraphWriter {
  private readonly lock = new Mutex();
  constructor(private readonly store: GraphStore, private readonly host: ReadModelHost) {}

  async commit<T>(plan: (g: ReadGraph) => Plan<T> | Promise<Plan<T>>): Promise<T> {
    return this.lock.lock(async () => {
      const g = await this.host.ready();
      const { changes, result } = await plan(g);
      if (changes.length > 0) {
        await this.store.write((tx) => writeChanges(tx, changes));
        this.host.apply(changes);
      }
      return result;
    });
  }
}
