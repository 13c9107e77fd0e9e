import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { readOrNull, serveBundleFile } from './bundle-files.js';
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

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** What `/` answers when the bundle has not been built: where the API is, and how to build the map. */
const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>kamgraph</title>
<body style="font-family:system-ui;margin:3rem"><h1>kamgraph</h1>
<p>The relationship map is not built: run <code>npm run build</code>.</p>
<p>The GraphQL API is at <a href="/graphql">/graphql</a> (open it in a browser for GraphiQL).</p>
<p>Operations: <a href="/healthz">/healthz</a>, <a href="/readyz">/readyz</a>, <a href="/metrics">/metrics</a>.</p></body>`;

/**
 * The relationship map (docs/map.md): `GET /` answers the page, its files are under `/map/`. Neither
 * needs credentials (they hold no data): the page asks POST /graphql with the user's token, under the
 * same identity and access rules as any client. `dir` is for tests.
 */
export async function registerMap(fastify: FastifyInstance, dir = MAP_DIR): Promise<void> {
  fastify.get('/', async (_req, reply) => {
    // read each time: a rebuild changes the file names it refers to
    const html = await readOrNull(join(dir, 'index.html'));
    if (!html) return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
    return reply.type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', MAP_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(html);
  });
  fastify.get<{ Params: { file: string } }>(`${MAP_ASSETS}:file`, (req, reply) => serveBundleFile(dir, TYPES, req, reply));
}
