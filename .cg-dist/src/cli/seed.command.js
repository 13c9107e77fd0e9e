import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { generateGraph, SCALES } from '../generator/generate.js';
import { loadGraph } from '../generator/load.js';
import { openStore } from '../store/index.js';
import { EXIT } from './output.js';
import { progressReporter } from './progress.js';
/** `kamgraph seed`: clear the configured store and load a generated graph (the same as `npm run seed`). */
export function seedCommand(out) {
    return new Command('seed')
        .description('clear the configured store and load a generated graph (demo, S, M, L, XL)')
        .option('--scale <name>', `one of ${Object.keys(SCALES).join(', ')}`, (v) => {
        if (!(v in SCALES))
            throw new InvalidArgumentError(`one of ${Object.keys(SCALES).join(', ')}`);
        return v;
    }, 'demo')
        .option('--seed <n>', 'generator seed', '42')
        .option('--keep', 'do not clear the store first')
        .action(async (flags) => {
        if (!Number.isInteger(Number(flags.seed))) {
            out.fail(EXIT.BAD_INPUT, `--seed must be an integer, got "${flags.seed}"`);
            return;
        }
        const started = performance.now();
        const config = loadConfig();
        const store = await openStore(config);
        const progress = progressReporter(!out.json);
        try {
            if (!flags.keep)
                await store.write((tx) => tx.run('graph.clear'));
            const graph = generateGraph(flags.scale, Number(flags.seed));
            await loadGraph(store, graph, undefined, (part, done, total) => progress.update(`load ${part}`, done, total, done === total));
            out.result({ scale: flags.scale, people: graph.people.length, knows: graph.knows.length, ms: Math.round(performance.now() - started) }, `loaded scale ${flags.scale}: ${graph.people.length} people, ${graph.knows.length} relationships in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        }
        finally {
            progress.stop();
            await store.close();
        }
    });
}
//# sourceMappingURL=seed.command.js.map