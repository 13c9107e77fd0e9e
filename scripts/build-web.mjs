#!/usr/bin/env node
// Bundles the browser pages served by the API (today: GraphiQL) into dist/web/, with esbuild.
// Everything a page needs (code, styles, fonts, Monaco's web workers) ends up in its own directory;
// nothing is fetched from a CDN at run time. Names carry a content hash, so the server may cache
// them as immutable; index.html is written last, from web/<page>/index.html, with the hashed names.
// Text files also get a gzip copy (file.gz) that the server sends to clients accepting gzip.
// An unchanged build (same sources, this script, installed packages) is skipped; --force rebuilds.
//   node scripts/build-web.mjs [--force]   (npm run build:web; also part of build and test)
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'web', 'graphiql');
const out = join(root, 'dist', 'web', 'graphiql');
const require = createRequire(join(root, 'package.json'));
const started = performance.now();

// Monaco as GraphiQL itself depends on it (one copy for the page and the workers)
const fromReact = createRequire(require.resolve('@graphiql/react'));
const monacoDir = dirname(fromReact.resolve('monaco-editor/package.json'));
const WORKERS = {
  editor: join(monacoDir, 'esm/vs/editor/editor.worker.js'),
  json: join(monacoDir, 'esm/vs/language/json/json.worker.js'),
  graphql: fromReact.resolve('monaco-graphql/esm/graphql.worker.js'),
};

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: ['es2022'],
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** The output file built from an entry point (paths relative to the project root). */
function outputOf(result, entryPoint) {
  return Object.entries(result.metafile.outputs).find(([, m]) => m.entryPoint === entryPoint)?.[0];
}

/** graphiql/style.css already holds Monaco's styles (fonts inlined); Monaco's own CSS imports would repeat them. */
const monacoCssFromGraphiqlStyle = {
  name: 'monaco-css',
  setup(b) {
    b.onResolve({ filter: /\.css$/ }, (args) => (/[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: 'monaco-css' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'monaco-css' }, () => ({ contents: '', loader: 'css' }));
  },
};

// skip an unchanged build: the stamp hashes every input that can change the output
const stampFile = join(out, '.inputs');
const stampHash = createHash('sha256');
for (const file of [
  fileURLToPath(import.meta.url),
  ...(await readdir(src, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath ?? d.path, d.name)).sort(),
  join(root, 'node_modules', '.package-lock.json'), // npm rewrites it on every install
]) {
  stampHash.update(file).update(existsSync(file) ? await readFile(file) : '');
}
const stamp = stampHash.digest('hex');
if (!process.argv.includes('--force') && existsSync(join(out, 'index.html')) && existsSync(stampFile) && (await readFile(stampFile, 'utf8')) === stamp) {
  console.log(`build-web: ${relative(root, out)} is up to date`);
  process.exit(0);
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

// 1. Monaco's workers: classic scripts, one self-contained file each
const workers = await build({
  ...common,
  entryPoints: Object.entries(WORKERS).map(([label, file]) => ({ in: file, out: `${label}.worker` })),
  entryNames: '[name]-[hash]',
  outdir: out,
  format: 'iife',
  plugins: [monacoCssFromGraphiqlStyle],
});
const workerUrls = Object.fromEntries(Object.entries(WORKERS).map(([label, file]) => [label, `./${basename(outputOf(workers, relative(root, file)))}`]));

// 2. the page: an ES module with lazily loaded chunks (Monaco, prettier), all in one flat directory
//    so that every chunk resolves the others, and the workers, relative to itself
const page = await build({
  ...common,
  entryPoints: [{ in: join(src, 'main.jsx'), out: 'app' }],
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  assetNames: '[name]-[hash]',
  outdir: out,
  format: 'esm',
  splitting: true,
  jsx: 'automatic',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
  define: { ...common.define, __KAMGRAPH_WORKERS__: JSON.stringify(workerUrls) },
  plugins: [monacoCssFromGraphiqlStyle],
});
// (lazily imported modules are entry points too in the metafile: pick the page's own)
const script = outputOf(page, relative(root, join(src, 'main.jsx')));
const entry = script && page.metafile.outputs[script];
if (!script || !entry.cssBundle) throw new Error('build-web: the page bundle has no entry script or stylesheet');

// 3. the html, last: a partial build leaves no index.html (the server then says "not built");
//    /graphiql/ is where src/http/graphiql.ts serves this directory (GRAPHIQL_ASSETS)
const html = (await readFile(join(src, 'index.html'), 'utf8'))
  .replace('%SCRIPT%', `/graphiql/${basename(script)}`)
  .replace('%STYLE%', `/graphiql/${basename(entry.cssBundle)}`);

// 4. gzip copies; Monaco's CSS imports left empty stylesheets behind, which nothing references
const gz = promisify(gzip);
let bytes = 0;
let gzBytes = 0;
await Promise.all([workers, page].flatMap((r) => Object.keys(r.metafile.outputs)).map(async (file) => {
  const path = join(root, file);
  const size = (await stat(path)).size;
  if (size === 0) return rm(path);
  bytes += size;
  if (!/\.(js|css)$/.test(file) || size < 1024) return (gzBytes += size);
  const z = await gz(await readFile(path), { level: 9 });
  gzBytes += z.length;
  await writeFile(`${path}.gz`, z);
}));
await writeFile(join(out, 'index.html'), html);
await writeFile(stampFile, stamp);
const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
console.log(`build-web: ${relative(root, out)} ${mib(bytes)} (${mib(gzBytes)} gzipped) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
