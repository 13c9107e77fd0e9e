import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { zipSync, strToU8 } from 'fflate';
import { BUNDLE } from './bundle.js';
import { bundleRows, headerOf } from './exporter.js';
/** Booleans as true/false (csv-stringify's default writes 1 and an empty cell). */
const CAST = { boolean: (v) => (v ? 'true' : 'false') };
/** Writes the bundle of a selection into a folder, one streamed CSV per file; returns rows per file. */
export async function writeBundleFolder(g, s, dir, onRows) {
    mkdirSync(dir, { recursive: true });
    const counts = {};
    for (const spec of BUNDLE) {
        const out = createWriteStream(join(dir, spec.file));
        const csv = stringify({ header: true, columns: headerOf(spec.name), cast: CAST });
        csv.pipe(out);
        let n = 0;
        for (const row of bundleRows(g, s, spec.name)) {
            if (!csv.write(row))
                await once(csv, 'drain');
            if (++n % 10_000 === 0)
                onRows?.(spec.file, n);
        }
        csv.end();
        await once(out, 'finish');
        counts[spec.file] = n;
        onRows?.(spec.file, n);
    }
    return counts;
}
/** The bundle's files as CSV text, in memory (HTTP export as a zip, tests). */
export function bundleFiles(g, s) {
    const files = {};
    for (const spec of BUNDLE)
        files[spec.file] = stringifySync([...bundleRows(g, s, spec.name)], { header: true, columns: headerOf(spec.name), cast: CAST });
    return files;
}
/** A zip of bundle files (the HTTP export, and what `kamgraph import --url` uploads). */
export function zipFiles(files) {
    return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])), { level: 6 });
}
//# sourceMappingURL=bundle-writer.js.map