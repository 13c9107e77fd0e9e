import { LadybugStore } from './ladybug.store.js';
import { Neo4jStore } from './neo4j.store.js';
export { BULK_NOTICE } from './graph-store.js';
/**
 * Opens the configured engine and sets up its schema. On LadybugDB the buffer
 * pool is capped at `bufferPoolMb` (0: the engine's default, ~80 % of RAM) and
 * the store checkpoints by `checkpoint` (WAL size, time) and at close.
 */
export async function openStore(config) {
    const bufferPoolSize = config.bufferPoolMb ? config.bufferPoolMb * 1024 * 1024 : undefined;
    const checkpoint = config.checkpoint && { walBytes: config.checkpoint.walMb * 1024 * 1024, seconds: config.checkpoint.seconds };
    const store = config.engine === 'neo4j' ? new Neo4jStore(config.neo4j) : new LadybugStore({ path: config.dbPath, bufferPoolSize, checkpoint });
    await store.init();
    return store;
}
//# sourceMappingURL=index.js.map