#!/usr/bin/env node
// The `kamgraph` command's launcher (package.json "bin"): runs the compiled CLI, building it first when
// dist/ is missing (right after `npm install`), so `npx kamgraph --help` works on a fresh checkout.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'bin', 'kamgraph.js');
if (!existsSync(cli)) {
  process.stderr.write('kamgraph: building (first run after install)…\n');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
}
await import(pathToFileURL(cli).href);
