import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config.js';
import { generateGraph } from './generator/generate.js';
import { seedGraph } from './generator/load.js';
import { logger } from './logger.js';
import { startServer, type RunningServer } from './server.js';
import { openStore, type GraphStore } from './store/index.js';
import { logBytesAtOpen } from './store/checkpoint-guard.js';

/** How long a graceful shutdown waits for in-flight requests and the checkpoint before giving up (exit 1). */
const SHUTDOWN_GRACE_MS = 15_000;

/**
 * `npm start`: checks the configuration, opens the configured store, seeds
 * the demo graph into an empty one, serves GraphQL; on SIGINT/SIGTERM stops
 * accepting, lets in-flight requests finish, checkpoints and closes the
 * store, exits 0 (docs/decisions.md "Checkpoints, shutdown and seeding").
 */
async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    logger.fatal({ problems: err.problems }, err.message);
    process.stderr.write(`${err.message}\n`); // for a person at a terminal; the line above is for log collectors
    process.exitCode = 1;
    return;
  }
  logger.level = config.logLevel;
  life.listen();

  const leftWal = config.engine === 'ladybug' && config.dbPath !== ':memory:' ? logBytesAtOpen(config.dbPath) : 0;
  let t = Date.now();
  const store = await openStore(config);
  life.store = store;
  logger.info({ engine: config.engine, db: config.engine === 'neo4j' ? config.neo4j.uri : config.dbPath, ms: Date.now() - t }, 'store open');
  if (leftWal > 0) {
    // the previous process did not close the store (killed, or crashed): the engine replayed its WAL
    logger.warn({ walBytes: leftWal }, 'the store was not closed cleanly last time; its write-ahead log was replayed');
  }
  if (life.stopping) return;

  const [{ people }] = await store.read('graph.counts');
  if (people === 0 && config.seedDemoWhenEmpty) {
    // one transaction: an interrupted seed leaves the store empty, and the next start seeds it again
    logger.info('the store is empty: loading the demo graph (one transaction)');
    t = Date.now();
    const counts = await seedGraph(store, generateGraph('demo'));
    logger.info({ ms: Date.now() - t, ...counts }, 'demo graph loaded into the empty store');
  } else {
    logger.info({ people }, people === 0 ? 'the store is empty; KAMGRAPH_SEED_DEMO is off' : 'store holds a graph; not seeding');
  }
  if (life.stopping) return;

  const server = await startServer(store, config);
  life.server = server;
  if (life.stopping) return;
  logger.info({ url: server.url }, `kamgraph GraphQL API ready at ${server.url}`);
}

/** Owns SIGINT/SIGTERM (Apollo's own handlers are off): one graceful shutdown; a second signal exits at once. */
class Lifecycle {
  stopping = false;
  store: GraphStore | null = null;
  server: RunningServer | null = null;

  listen(): void {
    process.on('SIGINT', () => this.signal('SIGINT'));
    process.on('SIGTERM', () => this.signal('SIGTERM'));
  }

  private signal(signal: NodeJS.Signals): void {
    if (this.stopping) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      process.exit(1);
    }
    this.stopping = true;
    void this.shutdown(signal);
  }

  private async shutdown(signal: NodeJS.Signals): Promise<void> {
    const t = Date.now();
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    const timer = setTimeout(() => {
      logger.error({ ms: SHUTDOWN_GRACE_MS }, 'shutdown took too long; exiting (the store replays its log at the next start)');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    try {
      // in-flight requests finish (and their writes commit) before the store closes
      await this.server?.stop();
      if (this.server) logger.info({ ms: Date.now() - t }, 'server stopped; checkpointing and closing the store');
      // waits for a seed or write still running, then checkpoints and closes
      const wal = this.store?.walBytes() ?? 0;
      await this.store?.close();
      logger.info({ ms: Date.now() - t, checkpointedWalBytes: wal }, 'stopped: store checkpointed and closed');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  }
}

const life = new Lifecycle();

main().catch((err) => {
  // a signal during start-up closes the store under the start-up steps; the shutdown exits
  if (life.stopping) return;
  logger.fatal({ err }, 'kamgraph failed to start');
  process.exit(1);
});
