import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serving a page bundled by scripts/build-web.mjs (GraphiQL, the relationship map): its files are one flat
 * directory of content-hashed names, each with a gzip copy.
 */

/** A file's bytes, or null when it is not there (a bundle not built yet). */
export async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * One file of a bundle: hashed names, so immutable; the build's gzip copy when the client takes gzip.
 * Only names with a type in `types` (and not the page itself): no dot files (the build stamp), nothing
 * outside the directory.
 */
export async function serveBundleFile(dir: string, types: Readonly<Record<string, string>>, req: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) {
  const { file } = req.params;
  const type = types[extname(file)];
  if (!type || !/^[\w-][\w.-]*$/.test(file) || file === 'index.html') return reply.code(404).type('text/plain').send('not found\n');
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const candidates: [string, string | null][] = gzip ? [[`${file}.gz`, 'gzip'], [file, null]] : [[file, null]];
  for (const [name, encoding] of candidates) {
    const body = await readOrNull(join(dir, name));
    if (!body) continue;
    if (encoding) reply.header('content-encoding', encoding);
    return reply
      .type(type)
      .header('vary', 'accept-encoding')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(body);
  }
  return reply.code(404).type('text/plain').send('not found\n');
}
