import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');
export function listQueryFiles(dir = CYPHER_DIR) {
    return readdirSync(dir)
        .filter((f) => f.endsWith('.cypher'))
        .sort()
        .map((f) => {
        const m = /^(.+?)(?:\.(ladybug|neo4j))?\.cypher$/.exec(f);
        return { name: m[1], engine: m[2] ?? 'both', file: f, text: readFileSync(join(dir, f), 'utf8').trim() };
    });
}
/** The query texts one engine uses, keyed by name. Loaded once per store. */
export function loadQueries(engine, dir = CYPHER_DIR) {
    const out = new Map();
    const files = listQueryFiles(dir);
    for (const f of files)
        if (f.engine === 'both')
            out.set(f.name, f.text);
    for (const f of files)
        if (f.engine === engine)
            out.set(f.name, f.text);
    return out;
}
//# sourceMappingURL=queries.js.map