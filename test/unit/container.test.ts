/**
 * The container files, checked as text (there is no Docker engine where the tests run): a multi-stage
 * Dockerfile on a Node LTS slim image, production dependencies only at run time, non-root, a HEALTHCHECK
 * run by node itself; compose publishes every port on loopback only and health-checks the API. The
 * health-check one-liners are also run, against a stand-in server on loopback.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

const read = (f: string) => readFileSync(join(PROJECT_ROOT, f), 'utf8');

// ---- Dockerfile ----

interface Instruction {
  op: string;
  args: string;
}

/** Instructions, with `\` continuations joined and comments dropped, grouped by stage (one per FROM). */
function dockerStages(text: string): Instruction[][] {
  const logical: string[] = [];
  let cur = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!cur && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      cur += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push(cur + line);
    cur = '';
  }
  if (cur) logical.push(cur);
  const stages: Instruction[][] = [];
  for (const l of logical) {
    const m = /^(\w+)\s+(.*)$/s.exec(l);
    if (!m) continue;
    const ins = { op: m[1].toUpperCase(), args: m[2].trim() };
    if (ins.op === 'FROM') stages.push([]);
    stages.at(-1)?.push(ins);
  }
  return stages;
}

const all = (stage: Instruction[], op: string) => stage.filter((i) => i.op === op).map((i) => i.args);

/** The exec-form command of a HEALTHCHECK or CMD (`["node", "-e", "…"]`). */
function execForm(args: string): string[] {
  const json = args.slice(args.indexOf('['));
  return JSON.parse(json) as string[];
}

// ---- compose (the small YAML subset it uses: block maps and lists, by indentation) ----

/** The lines of the block under `key:` at `indent` spaces (within `lines`). */
function block(lines: string[], key: string, indent: number): string[] {
  const start = lines.findIndex((l) => l === `${' '.repeat(indent)}${key}:` || l.startsWith(`${' '.repeat(indent)}${key}: `));
  if (start < 0) return [];
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l.trim() === '' || l.trim().startsWith('#')) continue;
    if (l.length - l.trimStart().length <= indent) break;
    out.push(l);
  }
  return out;
}

const unquote = (s: string) => s.trim().replace(/\s+#.*$/, '').replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
const listItems = (lines: string[]) => lines.filter((l) => l.trim().startsWith('- ')).map((l) => unquote(l.trim().slice(2)));
function mapEntries(lines: string[]): Record<string, string> {
  const indent = Math.min(...lines.map((l) => l.length - l.trimStart().length));
  const out: Record<string, string> = {};
  for (const l of lines) {
    if (l.length - l.trimStart().length !== indent) continue;
    const m = /^\s*([\w.-]+):\s*(.*)$/.exec(l);
    if (m) out[m[1]] = unquote(m[2]);
  }
  return out;
}

// ---- health-check commands, run for real ----

function runCommand(argv: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0] === 'node' ? process.execPath : argv[0], argv.slice(1), { env: { ...process.env, ...env }, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

describe('Dockerfile', () => {
  const stages = dockerStages(read('Dockerfile'));
  const runtime = stages.at(-1) ?? [];
  const build = stages[0] ?? [];

  it('is multi-stage, every stage on a supported Node LTS slim image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const s of stages) expect(s[0].args).toMatch(/^node:(22|24)(\.\d+)*-(bookworm|trixie)-slim(\s+AS\s+\w+)?$/i);
  });

  it('builds with all dependencies in the first stage', () => {
    const runs = all(build, 'RUN').join('\n');
    expect(runs).toMatch(/npm (ci|install)\b/);
    expect(runs).not.toMatch(/--omit=dev/);
    expect(runs).toMatch(/npm run build/);
  });

  it('runs with production dependencies only, the compiled dist/ and cypher/', () => {
    const runs = all(runtime, 'RUN').join('\n');
    expect(runs).toMatch(/npm (ci|install)\b[^\n]*--omit=dev/);
    expect(runs).not.toMatch(/npm run build/);
    const copies = all(runtime, 'COPY');
    expect(copies).toContainEqual(expect.stringMatching(/^--from=\w+\s+\/app\/dist\s+\.\/dist$/));
    expect(copies).toContainEqual(expect.stringMatching(/(^|\s)(\/app\/)?cypher\s+\.\/cypher$/));
    expect(copies).toContainEqual(expect.stringMatching(/package\.json/)); // with cypher/, marks the project root
    // the command starts what `npm start` starts
    expect(execForm(all(runtime, 'CMD')[0])).toEqual(['node', 'dist/src/main.js']);
    expect(JSON.parse(read('package.json')).scripts.start).toContain('node dist/src/main.js');
  });

  it('runs as the non-root node user, listening on all interfaces, in production mode', () => {
    const users = all(runtime, 'USER');
    expect(users.at(-1)).toBe('node');
    const env = all(runtime, 'ENV').join(' ');
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(all(runtime, 'EXPOSE')).toContain('4000');
  });

  it('keeps data in a volume owned by node', () => {
    const volume = all(runtime, 'VOLUME').join(' ');
    expect(volume).toMatch(/\/app\/data/);
    expect(all(runtime, 'RUN').join('\n')).toMatch(/chown[^\n]*node:node[^\n]*\/app\/data/);
    expect(all(runtime, 'ENV').join(' ')).toMatch(/KAMGRAPH_DB_PATH=\/app\/data\//);
  });

  it('has a HEALTHCHECK that node itself runs against /healthz', () => {
    const checks = all(runtime, 'HEALTHCHECK');
    expect(checks).toHaveLength(1);
    const argv = execForm(checks[0]);
    expect(argv[0]).toBe('node');
    expect(argv.join(' ')).toMatch(/127\.0\.0\.1.*\/healthz/);
    // not installed in slim images, and not installed here either
    for (const s of stages) for (const i of s) expect(i.args).not.toMatch(/\b(curl|wget)\b/);
  });
});

describe('production dependencies', () => {
  /** Packages the server's code loads at run time: value imports (not `import type`), side-effect and dynamic imports. */
  function runtimeImports(dir: string): Map<string, string> {
    const found = new Map<string, string>();
    for (const e of readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !e.name.endsWith('.ts') || e.name.endsWith('.d.ts')) continue;
      const file = join(e.parentPath, e.name);
      const text = readFileSync(file, 'utf8');
      const specs = [
        ...[...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'";]*?\sfrom\s+'([^']+)'/gms)].filter((m) => !m[1]).map((m) => m[2]),
        ...[...text.matchAll(/^\s*import\s+'([^']+)'/gm)].map((m) => m[1]),
        ...[...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]),
      ];
      for (const s of specs) {
        if (s.startsWith('.') || s.startsWith('node:') || builtinModules.includes(s)) continue;
        const pkg = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0];
        if (!found.has(pkg)) found.set(pkg, file.slice(PROJECT_ROOT.length + 1));
      }
    }
    return found;
  }

  it('every package src/ loads is a production dependency (the image installs only those)', () => {
    const deps = Object.keys(JSON.parse(read('package.json')).dependencies ?? {});
    const missing = [...runtimeImports('src')].filter(([pkg]) => !deps.includes(pkg)).map(([pkg, file]) => `${pkg} (${file})`);
    expect(missing).toEqual([]);
  });
});

describe('.dockerignore', () => {
  it('leaves out installed, built and local state', () => {
    const entries = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    for (const e of ['node_modules', 'dist', 'data', 'scratch', 'bench/results', '.git']) expect(entries).toContain(e);
  });
});

describe('docker-compose.yml', () => {
  const lines = read('docker-compose.yml').split('\n');
  const services = block(lines, 'services', 0);
  const service = (name: string) => block(services, name, 2);

  it('publishes every port on loopback only', () => {
    const ports = ['neo4j', 'api'].flatMap((s) => listItems(block(service(s), 'ports', 4)));
    expect(ports.length).toBeGreaterThan(0);
    for (const p of ports) expect(p).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
    expect(listItems(block(service('neo4j'), 'ports', 4)).sort()).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(listItems(block(service('api'), 'ports', 4))).toEqual(['127.0.0.1:4000:4000']);
    // no other service publishes anything
    const names = services.filter((l) => /^ {2}[\w-]+:\s*$/.test(l)).map((l) => l.trim().slice(0, -1));
    for (const n of names.filter((x) => x !== 'neo4j' && x !== 'api')) {
      for (const p of listItems(block(service(n), 'ports', 4))) expect(p).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it('gives the API its identity secret (required), and Neo4j its password', () => {
    const env = mapEntries(block(service('api'), 'environment', 4));
    expect(env.KAMGRAPH_JWT_SECRET).toBe('${KAMGRAPH_JWT_SECRET:?set KAMGRAPH_JWT_SECRET}');
    expect(env.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(env.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD(:\?[^}]*)?\}$/);
    expect(mapEntries(block(service('neo4j'), 'environment', 4)).NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD:\?/);
  });

  it('health-checks the API with node and waits for a healthy Neo4j', () => {
    const hc = block(service('api'), 'healthcheck', 4);
    const test = hc.find((l) => l.trim().startsWith('test:'));
    expect(test).toBeDefined();
    const argv = JSON.parse(test!.trim().slice('test:'.length).trim()) as string[];
    expect(argv.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    expect(argv[3]).toMatch(/127\.0\.0\.1.*\/healthz/);
    expect(argv[3]).not.toContain('$'); // compose would interpolate it
    expect(block(service('neo4j'), 'healthcheck', 4).length).toBeGreaterThan(0);
    expect(block(block(service('api'), 'depends_on', 4), 'neo4j', 6).join('\n')).toMatch(/condition:\s*service_healthy/);
  });
});

describe('the health-check commands, run against a stand-in server', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.statusCode = req.url === '/healthz' ? 200 : 404;
      res.end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const commands = () => {
    const docker = execForm(all(dockerStages(read('Dockerfile')).at(-1) ?? [], 'HEALTHCHECK')[0]);
    const hc = block(block(block(read('docker-compose.yml').split('\n'), 'services', 0), 'api', 2), 'healthcheck', 4);
    const compose = (JSON.parse(hc.find((l) => l.trim().startsWith('test:'))!.trim().slice(5)) as string[]).slice(1);
    return { docker, compose };
  };

  it('exit 0 when /healthz answers 200, 1 when nothing listens', async () => {
    for (const argv of Object.values(commands())) {
      expect(await runCommand(argv, { PORT: String(port) })).toBe(0);
    }
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    for (const argv of Object.values(commands())) {
      expect(await runCommand(argv, { PORT: String(freePort) })).toBe(1);
    }
  });
});
