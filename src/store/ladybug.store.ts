import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import lbug from '@ladybugdb/core';
import { DomainError } from '../errors.js';
import { LADYBUG_MACROS, ladybugDdl } from './ddl.js';
import { notify, type CommitListener, type GraphStore, type Params, type QueryRunner, type Row, StoreError, type WrittenStatement } from './graph-store.js';
import { loadQueries } from './queries.js';

type Connection = InstanceType<typeof lbug.Connection>;
type Prepared = InstanceType<typeof lbug.PreparedStatement>;

export interface LadybugOptions {
  /** a file path, or `:memory:` */
  path: string;
  /** reader connections (default 4); each runs one statement at a time */
  readers?: number;
  /** buffer pool size in bytes (default: the engine's, ~80% of RAM) */
  bufferPoolSize?: number;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * Makes an `UNWIND $rows` batch acceptable to LadybugDB's parameter binder
 * (cypher-portability §2.1): every row gets the same keys in the same order
 * (missing ones null), and a field mixing integral and fractional numbers is
 * sent as strings, which the query casts back with `toFloat()`.
 */
export function normalizeRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const keys = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) keys.add(k);
  const ordered = [...keys].sort();
  const stringify = new Set<string>();
  for (const k of ordered) {
    let int = false;
    let frac = false;
    for (const r of rows) {
      const v = r[k];
      if (typeof v === 'number') Number.isInteger(v) ? (int = true) : (frac = true);
    }
    if (int && frac) stringify.add(k);
  }
  return rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const k of ordered) {
      const v = r[k] ?? null;
      o[k] = stringify.has(k) && typeof v === 'number' ? String(v) : v;
    }
    return o;
  });
}

function toEngineParams(params: Params): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) out[k] = null;
    else if (Array.isArray(v) && v.length > 0 && v.every(isPlainObject)) out[k] = normalizeRows(v as Record<string, unknown>[]);
    else out[k] = v;
  }
  return out;
}

/** Engine values → plain JS: DATE → `YYYY-MM-DD`, bigint → number. */
function fromEngine(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(fromEngine);
  if (isPlainObject(v)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = fromEngine(x);
    return o;
  }
  return v;
}

/** Maps engine messages that are the caller's fault to domain errors. */
function mapError(err: unknown, query: string): Error {
  const message = err instanceof Error ? err.message : String(err);
  if (/duplicat(ed|e) primary key|violates the uniqueness/i.test(message)) {
    return new DomainError('CONFLICT', 'an item with this id already exists');
  }
  return new StoreError(`LadybugDB query "${query}" failed: ${message}`, query, { cause: err });
}

/** A serial queue: LadybugDB allows one write transaction at a time and fails (not waits) on a second. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async lock<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => (release = r));
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

/**
 * One LadybugDB connection. Its operations run one at a time: concurrent
 * `prepare` calls on one connection segfault the process (seen in
 * Connection::prepare on libuv's thread pool), so parallelism comes from
 * having several connections, never from sharing one.
 */
class Conn {
  private readonly prepared = new Map<string, Prepared>();
  private readonly queue = new Mutex();
  constructor(readonly raw: Connection) {}

  run(text: string, params: Params): Promise<Row[]> {
    return this.queue.lock(() => this.runNow(text, params));
  }

  private async runNow(text: string, params: Params): Promise<Row[]> {
    let ps = this.prepared.get(text);
    if (!ps) {
      ps = await this.raw.prepare(text);
      if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
      this.prepared.set(text, ps);
    }
    const res = await this.raw.execute(ps, toEngineParams(params));
    const last = Array.isArray(res) ? res[res.length - 1] : res;
    const rows = await last.getAll();
    return rows.map((r) => fromEngine(r) as Row);
  }

  exec(text: string): Promise<void> {
    return this.queue.lock(async () => {
      const res = await this.raw.query(text);
      for (const r of Array.isArray(res) ? res : [res]) r.close();
    });
  }

  close(): void {
    try {
      this.raw.closeSync();
    } catch {
      /* already closed */
    }
  }
}

/**
 * The embedded adapter (DESIGN §1). Reads run on a small pool of connections;
 * writes go through one writer connection under a mutex, inside an explicit
 * transaction. LadybugDB's traps (cypher-portability §5) shape this code:
 * - a failed statement ends the transaction and later statements would
 *   auto-commit, so the first error aborts the unit of work (`failed` flag);
 * - a connection whose transaction failed can crash the process on reuse,
 *   so after any failure the writer connection is closed and replaced.
 */
export class LadybugStore implements GraphStore {
  readonly engine = 'ladybug' as const;
  private readonly db: InstanceType<typeof lbug.Database>;
  private readonly queries = loadQueries('ladybug');
  private readonly readers: Conn[] = [];
  private writer: Conn;
  private next = 0;
  private readonly writeLock = new Mutex();
  private trips = 0;
  private readonly listeners: CommitListener[] = [];

  constructor(options: LadybugOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    // maxDBSize bounds the address space reserved per database (cypher-portability §5)
    this.db = new lbug.Database(options.path, options.bufferPoolSize ?? 0, true, false, 2 ** 38);
    const n = Math.max(1, options.readers ?? 4);
    for (let i = 0; i < n; i++) this.readers.push(this.newConn());
    this.writer = this.newConn();
  }

  get roundTrips(): number {
    return this.trips;
  }

  onCommit(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  private newConn(): Conn {
    return new Conn(new lbug.Connection(this.db));
  }

  private text(name: string): string {
    const t = this.queries.get(name);
    if (!t) throw new StoreError(`unknown query "${name}"`);
    return t;
  }

  async init(): Promise<void> {
    await this.writeLock.lock(async () => {
      for (const stmt of ladybugDdl()) await this.writer.exec(stmt);
      for (const m of LADYBUG_MACROS) {
        try {
          await this.writer.exec(m);
        } catch (e) {
          // macros persist in a file database; there is no IF NOT EXISTS
          if (!/already exists/i.test(String(e))) throw e;
        }
      }
      // macro failures above leave the connection in an unknown state
      this.writer.close();
      this.writer = this.newConn();
    });
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    const text = this.text(name);
    const conn = this.readers[this.next++ % this.readers.length];
    this.trips++;
    try {
      return await conn.run(text, params);
    } catch (e) {
      throw mapError(e, name);
    }
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.writeLock.lock(async () => {
      const conn = this.writer;
      let failed: unknown = null;
      const written: WrittenStatement[] = [];
      const tx: QueryRunner = {
        run: async (name, params = {}) => {
          if (failed) throw new StoreError('transaction already failed; no further statements run');
          const text = this.text(name);
          this.trips++;
          try {
            const rows = await conn.run(text, params);
            written.push({ query: name, params });
            return rows;
          } catch (e) {
            failed = e;
            throw mapError(e, name);
          }
        },
      };
      await conn.exec('BEGIN TRANSACTION');
      try {
        const result = await work(tx);
        if (failed) throw failed;
        await conn.exec('COMMIT');
        notify(this.listeners, written);
        return result;
      } catch (e) {
        if (!failed) {
          try {
            await conn.exec('ROLLBACK');
          } catch {
            /* the engine already ended it */
          }
        }
        conn.close();
        this.writer = this.newConn();
        throw e;
      }
    });
  }

  async close(): Promise<void> {
    await this.writeLock.lock(async () => {
      for (const c of this.readers) c.close();
      this.writer.close();
      try {
        this.db.closeSync();
      } catch {
        /* closed */
      }
    });
  }
}
