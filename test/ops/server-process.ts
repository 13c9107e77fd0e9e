import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lbug from '@ladybugdb/core';
import { recoverInterruptedCheckpoint } from '../../src/store/checkpoint-guard.js';

/** The compiled server (`npx tsc -p tsconfig.json` emits it). */
export const MAIN = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));
export const built = () => existsSync(MAIN);

export interface LogLine {
  msg: string;
  level: number;
  time: number;
  [k: string]: unknown;
}

/**
 * `node dist/src/main.js` as a child process on a loopback port of its own
 * (PORT=0), its pino lines parsed as they arrive. Every child is killed when
 * the test process exits.
 */
export class ServerProcess {
  readonly child: ChildProcess;
  readonly lines: LogLine[] = [];
  readonly started = performance.now();
  url: string | null = null;
  private waiters: { test: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private stderr = '';

  constructor(dbPath: string, env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        KAMGRAPH_DB_PATH: dbPath,
        KAMGRAPH_WORKERS: '0',
        LOG_LEVEL: 'info',
        NODE_ENV: 'production',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(this.child);
    let buf = '';
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const text = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        let line: LogLine;
        try {
          line = JSON.parse(text) as LogLine;
        } catch {
          continue;
        }
        if (line.msg === 'graphql') continue; // per-request lines: not needed here
        this.lines.push(line);
        if (typeof line.url === 'string' && /ready/.test(line.msg)) this.url = line.url;
        this.waiters = this.waiters.filter((w) => (w.test(line) ? (w.resolve(line), false) : true));
      }
    });
    this.child.stderr!.setEncoding('utf8').on('data', (s: string) => (this.stderr += s));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => {
      live.delete(this.child);
      resolve({ code, signal });
    }));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves with the first log line (already seen or to come) whose msg matches; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<LogLine> {
    const seen = this.lines.find((l) => pattern.test(l.msg));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no log line matching ${pattern} within ${timeoutMs} ms\n${this.describe()}`)), timeoutMs);
      this.waiters.push({ test: (l) => pattern.test(l.msg), resolve: (l) => (clearTimeout(timer), resolve(l)) });
      void this.exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code ?? signal}) before a log line matching ${pattern}\n${this.describe()}`));
      });
    });
  }

  /** Waits for the "ready" line; returns the GraphQL URL. */
  async ready(timeoutMs = 30_000): Promise<string> {
    await this.waitFor(/ready at/, timeoutMs);
    return this.url!;
  }

  has(pattern: RegExp): boolean {
    return this.lines.some((l) => pattern.test(l.msg));
  }

  kill9(): Promise<unknown> {
    this.child.kill('SIGKILL');
    return this.exited;
  }

  /** SIGTERM, and the exit code. */
  async stop(): Promise<number | null> {
    this.child.kill('SIGTERM');
    const { code } = await this.exited;
    return code;
  }

  describe(): string {
    return [...this.lines.map((l) => JSON.stringify(l)), this.stderr].join('\n').slice(-4000);
  }

  async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
    const res = await fetch(this.url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: T; errors?: { message: string }[] };
  }
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/** A temp dir and a db path inside it. */
export function tempDb(prefix = 'kamgraph-ops-'): { dir: string; dbPath: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dbPath: join(dir, 'k.lbug'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const TABLES = {
  nodes: ['Person', 'Company'],
  rels: ['KNOWS', 'INFLUENCES', 'REPORTS_TO', 'WORKS_AT', 'PART_OF', 'ON_TEAM'],
} as const;

export type Counts = Record<string, number>;

/**
 * Runs raw Cypher on a database file from this process (no server may have
 * it open). `copy` opens a copy of the file and its WAL, so the original is
 * left exactly as the killed process left it (opening replays and may
 * checkpoint the WAL).
 */
export async function withDb<T>(dbPath: string, fn: (q: (cypher: string) => Promise<Record<string, unknown>[]>) => Promise<T>, copy = false): Promise<T> {
  let path = dbPath;
  let scratch: string | null = null;
  if (copy) {
    scratch = mkdtempSync(join(tmpdir(), 'kamgraph-copy-'));
    path = join(scratch, 'k.lbug');
    copyFileSync(dbPath, path);
    // every file the engine and the store's checkpoint guard keep beside it
    for (const ext of SIDE_FILES) if (existsSync(`${dbPath}${ext}`)) copyFileSync(`${dbPath}${ext}`, `${path}${ext}`);
  }
  // what the store does before the engine opens a file a checkpoint was interrupted on (the engine alone may crash here)
  recoverInterruptedCheckpoint(path, { bufferPoolSize: 64 * 1024 * 1024, maxDbSize: 2 ** 32 });
  // a small address-space reservation: many opens in one process (cypher-portability §5)
  const db = new lbug.Database(path, 64 * 1024 * 1024, true, false, 2 ** 32);
  const conn = new lbug.Connection(db);
  let opened = false;
  try {
    // opened before any query: closing a database still initialising throws (a store left mid-seed may fail its first query)
    await db.init();
    await conn.init();
    opened = true;
    return await fn(async (cypher) => {
      const res = await conn.query(cypher);
      const r = Array.isArray(res) ? res[res.length - 1] : res;
      const rows = (await r.getAll()) as Record<string, unknown>[];
      r.close();
      return rows;
    });
  } finally {
    // after a failed open, closing throws ("ongoing asynchronous initialization") and would hide the open's error
    if (opened) {
      conn.closeSync();
      db.closeSync();
    }
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** Files beside a database file: the engine's WAL, frozen WAL, shadow pages and locks, and the store's pre-checkpoint copy. */
const SIDE_FILES = ['.wal', '.wal.checkpoint', '.shadow', '.checkpoint.intent.lock', '.checkpoint.apply.lock', '.pre-checkpoint'];

/** Rows per node and relationship table. */
export async function countTables(dbPath: string, copy = false): Promise<Counts> {
  return withDb(dbPath, async (q) => {
    const out: Counts = {};
    // a process killed while creating its tables leaves some of them missing: that store holds nothing
    // (the next start creates them), so a missing table counts as empty
    const count = async (text: string) => {
      try {
        return Number((await q(text))[0].n);
      } catch (e) {
        if (!/does not exist/.test(String(e))) throw e;
        // remembered (not enumerable, so comparisons ignore it): such a copy cannot say what the next open will see
        Object.defineProperty(out, 'incomplete', { value: true, enumerable: false });
        return 0;
      }
    };
    for (const t of TABLES.nodes) out[t] = await count(`MATCH (n:${t}) RETURN count(n) AS n`);
    for (const t of TABLES.rels) out[t] = await count(`MATCH ()-[r:${t}]->() RETURN count(r) AS n`);
    return out;
  }, copy);
}
