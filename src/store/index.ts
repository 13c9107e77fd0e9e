import type { Config } from '../config.js';
import type { GraphStore } from './graph-store.js';
import { LadybugStore } from './ladybug.store.js';
import { Neo4jStore } from './neo4j.store.js';

export type { GraphStore, QueryRunner, RunOptions, Row, Params, WrittenStatement, CommitListener } from './graph-store.js';
export { BULK_NOTICE } from './graph-store.js';

/** Opens the configured engine and sets up its schema. */
export async function openStore(config: Pick<Config, 'engine' | 'dbPath' | 'neo4j'> & Partial<Pick<Config, 'bufferPoolMb'>>): Promise<GraphStore> {
  const bufferPoolSize = config.bufferPoolMb ? config.bufferPoolMb * 1024 * 1024 : undefined;
  const store: GraphStore =
    config.engine === 'neo4j' ? new Neo4jStore(config.neo4j) : new LadybugStore({ path: config.dbPath, bufferPoolSize });
  await store.init();
  return store;
}
