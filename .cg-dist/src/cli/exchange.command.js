import { createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { userInfo } from 'node:os';
import { Command } from 'commander';
import { unzipSync, zipSync } from 'fflate';
import { loadConfig } from '../config.js';
import { createServices } from '../context.js';
import { writeBundleFolder } from '../exchange/bundle-writer.js';
import { graphml, jsonLines, oursOf, selectAccount, selectAll } from '../exchange/exporter.js';
import { runImport } from '../exchange/importer.js';
import { contactMetrics } from '../exchange/metrics.js';
import { folderSource, memorySource } from '../exchange/reader.js';
import { salesforceSource } from '../exchange/salesforce.js';
import { openStore } from '../store/index.js';
import { EXIT } from './output.js';
import { progressReporter } from './progress.js';
/** The bundle's files by base name, from a folder or a zip. */
function filesOf(path) {
    if (statSync(path).isDirectory()) {
        const src = folderSource(path);
        return Object.fromEntries(src.names().map((n) => [n, new Uint8Array(readFileSync(join(path, n)))]));
    }
    const all = unzipSync(new Uint8Array(readFileSync(path)));
    return Object.fromEntries(Object.entries(all).filter(([k]) => !k.endsWith('/')).map(([k, v]) => [basename(k), v]));
}
function sourceOf(path, flags) {
    const profile = flags.profile ?? 'kamgraph';
    if (profile === 'salesforce')
        return salesforceSource(filesOf(path), flags.mapping ? JSON.parse(readFileSync(flags.mapping, 'utf8')) : undefined);
    if (profile !== 'kamgraph')
        throw new Error(`--profile must be kamgraph or salesforce, got "${profile}"`);
    return statSync(path).isDirectory() ? folderSource(path) : memorySource(filesOf(path));
}
/** An import or a validation (dry run), offline on the configured store or through a server (`--url`). */
async function importOrValidate(path, flags, dryRun, out) {
    const progress = progressReporter(!out.json);
    let result;
    try {
        const source = sourceOf(path, flags);
        if (flags.url) {
            // the same bundle, normalised to kamgraph files, sent to the server, which runs the same import
            const zipped = zipSync(Object.fromEntries(await Promise.all(source.names().map(async (n) => [n, await streamBytes(source, n)]))));
            const url = new URL('/import', flags.url);
            if (flags.skipInvalid)
                url.searchParams.set('skipInvalid', 'true');
            if (dryRun)
                url.searchParams.set('dryRun', 'true');
            const token = flags.token ?? process.env.KAMGRAPH_TOKEN;
            const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/zip', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: Buffer.from(zipped) });
            const body = (await res.json());
            if (body.errors) {
                out.fail(res.status === 401 || res.status === 403 ? EXIT.BAD_INPUT : EXIT.FAILURE, `${url.origin}: ${body.errors[0].message}`);
                return;
            }
            result = body;
        }
        else {
            const config = loadConfig();
            const store = await openStore(config);
            const services = createServices(store, { defaults: config.defaults, workers: 0 });
            try {
                const writer = services.writer.as({ subject: `cli:${userInfo().username}`, role: 'ADMIN', accounts: null, operation: dryRun ? 'validate' : 'import' });
                result = await runImport(writer, source, { skipInvalid: flags.skipInvalid, dryRun, progress: progress.update });
            }
            finally {
                await services.close();
                await store.close();
            }
        }
    }
    finally {
        progress.stop();
    }
    if (result.rejects && flags.skipInvalid)
        writeFileSync(flags.rejects ?? `${path.replace(/\/+$/, '')}.rejects.csv`, result.rejects);
    const lines = [
        ...result.problems.slice(0, 200).map((p) => `${p.file}${p.line ? `:${p.line}` : ''}${p.column ? ` [${p.column}]` : ''}: ${p.reason}`),
        ...(result.problems.length > 200 ? [`… and ${result.problems.length - 200} more problems`] : []),
        ...Object.entries(result.summary).map(([f, s]) => `${f.padEnd(14)} ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected`),
        result.written ? `written (${result.mode === 'bulk' ? "the engine's bulk load" : `${result.changes} changes`}) in ${(result.ms / 1000).toFixed(1)} s`
            : dryRun ? 'validated: nothing written (validate never writes)'
                : result.problems.length ? 'nothing written: fix the problems above, or import with --skip-invalid' : 'nothing to write: the store already holds this bundle',
    ];
    // the importer's own high-water mark (offline: this process did all the work)
    out.result({ ...result, peakRssBytes: process.resourceUsage().maxRSS * 1024 }, lines.join('\n'));
    if (result.problems.length && !(flags.skipInvalid && result.written))
        process.exitCode = EXIT.BAD_INPUT;
}
async function streamBytes(source, name) {
    const chunks = [];
    for await (const c of source.open(name))
        chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
    return new Uint8Array(Buffer.concat(chunks));
}
/** `kamgraph import`, `kamgraph validate`, `kamgraph export` (docs/data-exchange.md). */
export function exchangeCommands(out) {
    const withImportFlags = (c) => c
        .argument('<bundle>', 'a folder or a .zip of CSV files (docs/data-exchange.md "The bundle")')
        .option('--profile <name>', 'kamgraph (default) or salesforce: an unmodified Salesforce data export')
        .option('--mapping <file>', 'with --profile salesforce: a JSON mapping file (default: docs/salesforce-mapping.json)')
        .option('--url <url>', 'send it through a running server (e.g. http://127.0.0.1:4000) instead of opening the store')
        .option('--token <token>', 'with --url: a bearer JWT or API key (default: KAMGRAPH_TOKEN)');
    const importCmd = withImportFlags(new Command('import').description('validate a bundle completely, then write it (all or nothing by default)'))
        .option('--skip-invalid', 'write the valid rows; the rest go to a rejects CSV with a reason column')
        .option('--rejects <file>', 'with --skip-invalid: where to write the rejects (default: <bundle>.rejects.csv)')
        .action((path, flags) => importOrValidate(path, flags, false, out));
    const validateCmd = withImportFlags(new Command('validate').description('check a bundle against the store as an import would; writes nothing'))
        .action((path, flags) => importOrValidate(path, flags, true, out));
    const exportCmd = new Command('export')
        .description('write the graph (or one account) as GraphML, the CSV bundle, or JSON lines')
        .requiredOption('--out <path>', 'a file (graphml, jsonl) or a folder (csv)')
        .option('--format <format>', 'graphml, csv or jsonl', 'graphml')
        .option('--account <id>', "only this account: its units, contacts, our people who know them, and the links among them")
        .option('--with-metrics', "add each contact's coverage, influence score, decision-maker and risk flags")
        .option('--url <url>', 'export from a running server (GET /export/…) instead of opening the store')
        .option('--token <token>', 'with --url: a bearer JWT or API key (default: KAMGRAPH_TOKEN)')
        .action(async (flags) => {
        if (!['graphml', 'csv', 'jsonl'].includes(flags.format)) {
            out.fail(EXIT.BAD_INPUT, `--format must be graphml, csv or jsonl, got "${flags.format}"`);
            return;
        }
        const started = performance.now();
        if (flags.url) {
            const url = new URL(`/export/${flags.format}`, flags.url);
            if (flags.account)
                url.searchParams.set('account', flags.account);
            if (flags.withMetrics)
                url.searchParams.set('metrics', 'true');
            const token = flags.token ?? process.env.KAMGRAPH_TOKEN;
            const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
            if (!res.ok) {
                out.fail(res.status === 404 || res.status === 401 || res.status === 403 ? EXIT.BAD_INPUT : EXIT.FAILURE, `${url.origin}: HTTP ${res.status} ${await res.text()}`);
                return;
            }
            const bytes = new Uint8Array(await res.arrayBuffer());
            if (flags.format === 'csv') {
                mkdirSync(flags.out, { recursive: true });
                for (const [name, data] of Object.entries(unzipSync(bytes)))
                    writeFileSync(join(flags.out, name), data);
            }
            else
                writeFileSync(flags.out, bytes);
            out.result({ out: flags.out, bytes: bytes.length, ms: Math.round(performance.now() - started) }, `exported to ${flags.out}`);
            return;
        }
        const config = loadConfig();
        const store = await openStore(config);
        const services = createServices(store, { defaults: config.defaults, workers: 0 });
        try {
            const g = await services.readModel.ready();
            const s = flags.account ? selectAccount(g, flags.account) : selectAll(g);
            if (!s) {
                out.fail(EXIT.BAD_INPUT, `account "${flags.account}" does not exist`);
                return;
            }
            if (flags.format === 'csv') {
                const counts = await writeBundleFolder(g, s, flags.out);
                out.result({ out: flags.out, rows: counts, ms: Math.round(performance.now() - started) }, Object.entries(counts).map(([f, n]) => `${f}: ${n} rows`).join('\n'));
                return;
            }
            const metrics = flags.withMetrics ? await contactMetrics(services, g, s) : undefined;
            const file = createWriteStream(flags.out);
            for (const chunk of (flags.format === 'graphml' ? graphml : jsonLines)(g, s, oursOf(g), metrics)) {
                if (!file.write(chunk))
                    await once(file, 'drain');
            }
            file.end();
            await once(file, 'finish');
            out.result({ out: flags.out, people: s.people.length, companies: s.companies.length, ms: Math.round(performance.now() - started) }, `exported ${s.people.length} people and ${s.companies.length} companies to ${flags.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        }
        finally {
            await services.close();
            await store.close();
        }
    });
    return [importCmd, validateCmd, exportCmd];
}
//# sourceMappingURL=exchange.command.js.map