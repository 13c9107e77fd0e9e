import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
/** Where `npm run build:web` (scripts/build-web.mjs) writes the relationship map's bundle. */
export const MAP_DIR = join(PROJECT_ROOT, 'dist', 'web', 'map');
/** The URL prefix of the bundle's files; scripts/build-web.mjs writes it into index.html and the page. */
export const MAP_ASSETS = '/map/';
/**
 * Cytoscape adds one <style> element of its own to the page; the policy allows exactly that text, by
 * its hash, and no other inline style.
 */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`;
/**
 * The page loads nothing but this server's files and talks to nothing but its /graphql; the browser is
 * told to refuse anything else. ELK's layout runs in a worker from this server; exported PNGs are data:
 * URLs and GraphML files blob: URLs (downloads, not loads, but images of both are allowed).
 */
export const MAP_CSP = [
    "default-src 'self'", "script-src 'self'", "worker-src 'self'", "connect-src 'self'",
    `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`, "img-src 'self' data: blob:", "font-src 'self'",
    "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');
const TYPES = {
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
};
/** What `/` answers when the bundle has not been built: where the API is, and how to build the map. */
const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>kamgraph</title>
<body style="font-family:system-ui;margin:3rem"><h1>kamgraph</h1>
<p>The relationship map is not built: run <code>npm run build</code>.</p>
<p>The GraphQL API is at <a href="/graphql">/graphql</a> (open it in a browser for GraphiQL).</p>
<p>Operations: <a href="/healthz">/healthz</a>, <a href="/readyz">/readyz</a>, <a href="/metrics">/metrics</a>.</p></body>`;
async function readOrNull(path) {
    try {
        return await readFile(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return null;
        throw e;
    }
}
/** A file of the bundle: hashed names, so immutable; the build's gzip copy when the client takes gzip. */
async function asset(dir, req, reply) {
    const { file } = req.params;
    const type = TYPES[extname(file)];
    // one flat directory, no dot files (the build stamp), nothing outside it
    if (!type || !/^[\w-][\w.-]*$/.test(file))
        return reply.code(404).type('text/plain').send('not found\n');
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    for (const [name, encoding] of gzip ? [[`${file}.gz`, 'gzip'], [file, null]] : [[file, null]]) {
        const body = await readOrNull(join(dir, name));
        if (!body)
            continue;
        if (encoding)
            reply.header('content-encoding', encoding);
        return reply
            .type(type)
            .header('vary', 'accept-encoding')
            .header('cache-control', 'public, max-age=31536000, immutable')
            .header('x-content-type-options', 'nosniff')
            .send(body);
    }
    return reply.code(404).type('text/plain').send('not found\n');
}
/**
 * The relationship map (docs/map.md): `GET /` answers the page, its files are under `/map/`. Neither
 * needs credentials (they hold no data): the page asks POST /graphql with the user's token, under the
 * same identity and access rules as any client. `dir` is for tests.
 */
export async function registerMap(fastify, dir = MAP_DIR) {
    fastify.get('/', async (_req, reply) => {
        // read each time: a rebuild changes the file names it refers to
        const html = await readOrNull(join(dir, 'index.html'));
        if (!html)
            return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
        return reply.type('text/html; charset=utf-8')
            .header('cache-control', 'no-cache')
            .header('content-security-policy', MAP_CSP)
            .header('x-content-type-options', 'nosniff')
            .header('referrer-policy', 'no-referrer')
            .send(html);
    });
    fastify.get(`${MAP_ASSETS}:file`, (req, reply) => asset(dir, req, reply));
}
//# sourceMappingURL=map.js.map