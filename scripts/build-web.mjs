#!/usr/bin/env node
// Bundles the browser pages served by the API into dist/web/<page>/, with esbuild:
//   graphiql  GraphiQL (GET /graphql from a browser; files under /graphiql/)
//   map       the relationship map (GET /; files under /map/)
// Everything a page needs (code, styles, fonts, web workers) ends up in its own directory; nothing is
// fetched from a CDN at run time. Names carry a content hash, so the server may cache them as
// immutable; index.html is written last, from web/<page>/index.html, with the hashed names. Text
// files also get a gzip copy (file.gz) that the server sends to clients accepting gzip.
// Each page is built on its own: an unchanged page (same sources, this script, installed packages)
// is skipped; --force rebuilds; naming pages builds only those.
//   node scripts/build-web.mjs [--force] [graphiql|map ...]   (npm run build:web; also part of build and test)
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
const require = createRequire(join(root, 'package.json'));

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

const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const gz = promisify(gzip);

/** gzip copies of the text files among `files` (paths relative to the root); drops empty files. Returns [bytes, gzipped bytes]. */
async function compress(files) {
  let bytes = 0;
  let gzBytes = 0;
  await Promise.all(files.map(async (file) => {
    const path = join(root, file);
    const size = (await stat(path)).size;
    if (size === 0) return rm(path);
    bytes += size;
    if (!/\.(js|css)$/.test(file) || size < 1024) return (gzBytes += size);
    const z = await gz(await readFile(path), { level: 9 });
    gzBytes += z.length;
    await writeFile(`${path}.gz`, z);
  }));
  return [bytes, gzBytes];
}

/** A copy of `file` in `out` named `<name>-<content hash>.js`; its name. */
async function copyHashed(file, out, name) {
  const body = await readFile(file);
  const hashed = `${name}-${createHash('sha256').update(body).digest('hex').slice(0, 8).toUpperCase()}.js`;
  await writeFile(join(out, hashed), body);
  return hashed;
}

// ---------------------------------------------------------------------------------------------- GraphiQL

/** graphiql/style.css already holds Monaco's styles (fonts inlined); Monaco's own CSS imports would repeat them. */
const monacoCssFromGraphiqlStyle = {
  name: 'monaco-css',
  setup(b) {
    b.onResolve({ filter: /\.css$/ }, (args) => (/[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: 'monaco-css' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'monaco-css' }, () => ({ contents: '', loader: 'css' }));
  },
};

async function buildGraphiql(src, out) {
  // Monaco as GraphiQL itself depends on it (one copy for the page and the workers)
  const fromReact = createRequire(require.resolve('@graphiql/react'));
  const monacoDir = dirname(fromReact.resolve('monaco-editor/package.json'));
  const WORKERS = {
    editor: join(monacoDir, 'esm/vs/editor/editor.worker.js'),
    json: join(monacoDir, 'esm/vs/language/json/json.worker.js'),
    graphql: fromReact.resolve('monaco-graphql/esm/graphql.worker.js'),
  };

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
  if (!script || !entry.cssBundle) throw new Error('build-web: the GraphiQL bundle has no entry script or stylesheet');

  // 3. the html; /graphiql/ is where src/http/graphiql.ts serves this directory (GRAPHIQL_ASSETS)
  const html = (await readFile(join(src, 'index.html'), 'utf8'))
    .replace('%SCRIPT%', `/graphiql/${basename(script)}`)
    .replace('%STYLE%', `/graphiql/${basename(entry.cssBundle)}`);
  // Monaco's CSS imports left empty stylesheets behind, which nothing references: compress drops them
  const sizes = await compress([workers, page].flatMap((r) => Object.keys(r.metafile.outputs)));
  return { html, sizes };
}

// ---------------------------------------------------------------------------------------------- the map

async function buildMap(src, out) {
  // ELK's layout runs in a web worker so that a 1,000-node layout never freezes the page: elkjs ships
  // that worker as one self-contained classic script (GWT output), copied as it is under a hashed name
  const elkWorker = await copyHashed(require.resolve('elkjs/lib/elk-worker.min.js'), out, 'elk-worker');
  const page = await build({
    ...common,
    entryPoints: [{ in: join(src, 'main.ts'), out: 'app' }],
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    outdir: out,
    format: 'esm',
    // /map/ is where src/http/map.ts serves this directory (MAP_ASSETS)
    define: { ...common.define, __KAMGRAPH_ELK_WORKER__: JSON.stringify(`/map/${elkWorker}`) },
  });
  const script = outputOf(page, relative(root, join(src, 'main.ts')));
  const entry = script && page.metafile.outputs[script];
  if (!script || !entry.cssBundle) throw new Error('build-web: the map bundle has no entry script or stylesheet');
  const html = (await readFile(join(src, 'index.html'), 'utf8'))
    .replace('%SCRIPT%', `/map/${basename(script)}`)
    .replace('%STYLE%', `/map/${basename(entry.cssBundle)}`);
  const sizes = await compress([...Object.keys(page.metafile.outputs), relative(root, join(out, elkWorker))]);
  return { html, sizes };
}

// ---------------------------------------------------------------------------------------------- each page

const PAGES = { graphiql: buildGraphiql, map: buildMap };
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const n of named) if (!(n in PAGES)) throw new Error(`build-web: no page ${n} (pages: ${Object.keys(PAGES).join(', ')})`);

for (const [name, buildPage] of Object.entries(PAGES)) {
  if (named.length && !named.includes(name)) continue;
  const started = performance.now();
  const src = join(root, 'web', name);
  const out = join(root, 'dist', 'web', name);

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
    continue;
  }

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const { html, sizes: [bytes, gzBytes] } = await buildPage(src, out);
  // the html last: a partial build leaves no index.html (the server then says "not built")
  await writeFile(join(out, 'index.html'), html);
  await writeFile(stampFile, stamp);
  console.log(`build-web: ${relative(root, out)} ${mib(bytes)} (${mib(gzBytes)} gzipped) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
