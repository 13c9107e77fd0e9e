import 'reflect-metadata';
import { loadConfig } from './config.js';
import { generateGraph } from './generator/generate.js';
import { loadGraph } from './generator/load.js';
import { logger } from './logger.js';
import { startServer } from './server.js';
import { openStore } from './store/index.js';

/** `npm start`: opens the configured store, loads the demo graph into an empty one, serves GraphQL. */
async function main() {
  const config = loadConfig();
  const store = await openStore(config);
  logger.info({ engine: config.engine, db: config.engine === 'neo4j' ? config.neo4j.uri : config.dbPath }, 'store open');
  const [{ people }] = await store.read('graph.counts');
  if (people === 0 && config.seedDemoWhenEmpty) {
    const t = Date.now();
    await loadGraph(store, generateGraph('demo'));
    logger.info({ ms: Date.now() - t }, 'demo graph loaded into the empty store');
  }
  const server = await startServer(store, config);
  logger.info(`kamgraph GraphQL API ready at ${server.url}`);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await server.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  logger.fatal({ err }, 'kamgraph failed to start');
  process.exit(1);
});
