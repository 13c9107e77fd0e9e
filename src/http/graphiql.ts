import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { readOrNull, serveBundleFile } from './bundle-files.js';
import { PROJECT_ROOT } from '../paths.js';

/** Where `npm run build:web` (scripts/build-web.mjs) writes the GraphiQL bundle. */
export const GRAPHIQL_DIR = join(PROJECT_ROOT, 'dist', 'web', 'graphiql');
/** The URL prefix of the bundle's files; scripts/build-web.mjs writes it into index.html. */
export const GRAPHIQL_ASSETS = '/graphiql/';

/**
 * Everything the page may load comes from this server: the bundle has no CDN reference, and the
 * browser is told to refuse any. Monaco sets inline styles; fonts are inlined as data: URLs.
 */
const CSP = [
  "default-src 'self'", "script-src 'self'", "worker-src 'self'", "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'", "font-src 'self' data:", "img-src 'self' data:",
  "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The q-value an Accept header gives `type` when it names it explicitly (wildcards do not count). */
function quality(accept: string, types: string[]): number {
  let best = 0;
  for (const range of accept.toLowerCase().split(',')) {
    const [type, ...params] = range.trim().split(';').map((s) => s.trim());
    if (!types.includes(type)) continue;
    const q = params.find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    if (Number.isFinite(value)) best = Math.max(best, value);
  }
  return best;
}

/**
 * Whether a request is a browser opening the page rather than a GraphQL client: it names
 * text/html, and prefers it to every JSON type it names (a tie goes to the API).
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const html = quality(accept, ['text/html']);
  return html > 0 && html > quality(accept, ['application/json', 'application/graphql-response+json', 'application/*']);
}

/** The bundle's index.html, or null when it has not been built (read each time: a rebuild changes the file names). */
async function page(dir: string): Promise<string | null> {
  return (await readOrNull(join(dir, 'index.html')))?.toString('utf8') ?? null;
}

/**
 * GraphiQL, bundled from the npm package (scripts/build-web.mjs), so it works with no internet:
 * `GET /graphql` from a browser (Accept prefers text/html) answers the page; every other
 * request to /graphql reaches Apollo unchanged. The page's files are under `/graphiql/`.
 * Neither needs credentials (they hold no data): the page sends the user's token with each query.
 *
 * Call before Apollo's plugin is registered: the page is answered from an `onRequest` hook, which
 * runs before the credential check and Apollo's own route. `dir` is for tests.
 */
export async function registerGraphiql(fastify: FastifyInstance, dir = GRAPHIQL_DIR): Promise<void> {
  fastify.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' || !(req.url === '/graphql' || req.url.startsWith('/graphql?'))) return;
    if (!prefersHtml(req.headers.accept)) return;
    const html = await page(dir);
    if (html === null) {
      return reply.code(503).type('text/plain; charset=utf-8').header('cache-control', 'no-store')
        .send('GraphiQL is not built: run npm run build\n');
    }
    return reply.type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CSP)
      .header('x-content-type-options', 'nosniff')
      .send(html);
  });
  fastify.get<{ Params: { file: string } }>(`${GRAPHIQL_ASSETS}:file`, (req, reply) => serveBundleFile(dir, TYPES, req, reply));
}
