import 'reflect-metadata';
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { generateGraph, SCALES } from '../generator/generate.js';
import { loadGraph } from '../generator/load.js';
import { logger } from '../logger.js';
import { openStore } from '../store/index.js';
/** `npm run seed [-- --scale M --seed 7]`: (re)loads a generated graph into the configured store. */
const program = new Command('seed')
    .option('--scale <name>', `one of ${Object.keys(SCALES).join(', ')}`, 'demo')
    .option('--seed <n>', 'PRNG seed', '42')
    .option('--keep', 'do not delete existing data first')
    .parse();
const opts = program.opts();
if (!(opts.scale in SCALES))
    program.error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
const config = loadConfig();
const store = await openStore(config);
if (!opts.keep) {
    const [{ people }] = await store.read('graph.counts');
    if (people > 0) {
        await store.write((tx) => tx.run('graph.clear'));
        logger.info({ people }, 'cleared the existing graph');
    }
}
const t = Date.now();
const graph = generateGraph(opts.scale, Number(opts.seed));
await loadGraph(store, graph);
logger.info({ scale: opts.scale, people: graph.people.length, knows: graph.knows.length, ms: Date.now() - t }, 'graph loaded');
await store.close();
//# sourceMappingURL=seed.js.map