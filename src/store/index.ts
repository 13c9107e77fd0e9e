import type { Config } from '../config.js';
import type { GraphStore } from './graph-store.js';
import { LadybugStore } from './ladybug.store.js';
import { Neo4jStore } from './neo4j.store.js';

export type { GraphStore, QueryRunner, RunOptions, Row, Params, WrittenStatement, CommitListener } from './graph-store.js';
export { BULK_NOTICE } from './graph-store.js';

/**
 * Opens the configured engine and sets up its schema. On LadybugDB the buffer
 * pool is capped at `bufferPoolMb` (0: the engine's default, ~80 % of RAM) and
 * the store checkpoints by `checkpoint` (WAL size, time) and at close.
 */
export async function openStore(
  config: Pick<Config, 'engine' | 'dbPath' | 'neo4j'> & Partial<Pick<Config, 'bufferPoolMb' | 'checkpoint'>>,
): Promise<GraphStore> {
  const bufferPoolSize = config.bufferPoolMb ? config.bufferPoolMb * 1024 * 1024 : undefined;
  const checkpoint = config.checkpoint && { walBytes: config.checkpoint.walMb * 1024 * 1024, seconds: config.checkpoint.seconds };
  const store: GraphStore =
    config.engine === 'neo4j' ? new Neo4jStore(config.neo4j) : new LadybugStore({ path: config.dbPath, bufferPoolSize, checkpoint, guardCheckpoints: config.checkpoint?.guard });
  await store.init();
  return store;
}
