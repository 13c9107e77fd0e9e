import { Mutex } from '../common/mutex.js';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import lbug from '@ladybugdb/core';
import type { GraphData } from '../domain/graph-data.js';
import { DomainError } from '../errors.js';
import { logger } from '../logger.js';
import { copyOptions, cypherString, writeCsv } from './csv.js';
import { LADYBUG_MACROS, ladybugDdl } from './ddl.js';
import { csvColumns, PART_DEFS, partRows, POTENTIAL_PART, potentialRows, changeParts, uniqueById } from './graph-parts.js';
import { writeChanges } from './change-writer.js';
import {
  BULK_NOTICE, notify, type CommitListener, type GraphStore, type Params, type QueryRunner, type Row, StoreError, type WrittenStatement,
} from './graph-store.js';
import { loadQueries } from './queries.js';
import { afterCheckpoint, beforeCheckpoint, guardedCheckpointBytes, interruptedPath, logBytesAtOpen, recoverInterruptedCheckpoint, type CheckpointRecovery } from './checkpoint-guard.js';

type Connection = InstanceType<typeof lbug.Connection>;
type Prepared = InstanceType<typeof lbug.PreparedStatement>;
type QueryResult = InstanceType<typeof lbug.QueryResult>;

export interface LadybugOptions {
  /** a file path, or `:memory:` */
  path: string;
  /** reader connections (default 4); each runs one statement at a time */
  readers?: number;
  /** buffer pool size in bytes (default: the engine's, ~80% of RAM) */
  bufferPoolSize?: number;
  /**
   * The engine's column compression for data written from now on (default
   * true). Off, `COPY FROM` is 2.4× faster at scale L (KNOWS' strengths make
   * the compressed rel-table copy slow) and the file about 3× bigger; point
   * reads and writes and scans cost the same (docs/store-plans.md).
   */
  compression?: boolean;
  /**
   * Write-ahead log size (bytes) at which a commit checkpoints (default
   * 256 KiB; the engine's own default is 16 MiB). Point updates get slower
   * the more updates wait un-checkpointed (a KNOWS update at scale M: 2.3 ms
   * fresh, 4–8 ms after 3,000 updates), while a checkpoint costs about 0.1 s
   * at M and 0.25 s at L; every ~500 updates keeps the median near its fresh
   * cost (docs/store-plans.md "Checkpoints"). Guarded, it is the threshold
   * for files up to 25 MiB and grows with the square root of the file beyond
   * (`guardedCheckpointBytes`).
   */
  checkpointBytes?: number;
  /**
   * The store's own checkpoint policy (docs/decisions.md "Checkpoints,
   * shutdown and seeding"), on top of the engine's `checkpointBytes`:
   * `CHECKPOINT` when the WAL file is found larger than `walBytes` (checked
   * after a write, at most once a second), and every `seconds` when anything
   * was written since the last one. `close()` always checkpoints.
   * Defaults: 64 MiB, 300 s; `seconds: 0` turns the timer off.
   */
  checkpoint?: { walBytes?: number; seconds?: number };
  /**
   * Copy the database file aside before every checkpoint of a file store and
   * undo an interrupted one from it at the next open (default true;
   * src/store/checkpoint-guard.ts, docs/decisions.md "Checkpoints and kill
   * -9"). Then every checkpoint is the store's own: the engine's automatic
   * one at commit is off, and a write that leaves the WAL past
   * `checkpointBytes` queues one.
   */
  guardCheckpoints?: boolean;
  /** the file size up to which a guarded store keeps `checkpointBytes` (default 25 MiB; tests shrink it) */
  thresholdReferenceBytes?: number;
}

/** The write-ahead log LadybugDB keeps next to a database file. */
export const walPath = (dbPath: string) => `${dbPath}.wal`;

/** How often a write may stat the WAL file (ms). */
const WAL_STAT_EVERY_MS = 1000;

/** An engine checkpoint threshold no WAL reaches: the engine never checkpoints at commit by itself. */
const NO_AUTO_CHECKPOINT = 2 ** 40;

/** The engine's default checkpoint threshold, used while bulk loading (large commits). */
const ENGINE_CHECKPOINT_BYTES = 16 * 1024 * 1024;

/** Rows a scan hands over at once; also how often a long read yields to the event loop. */
const CHUNK = 5_000;
/** Rows per `UNWIND $rows` statement of a bulk load into a non-empty store. */
const BATCH = 10_000;

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

/** DATE values repeat a lot (a few thousand distinct days in millions of rows): format each once. */
const dayStrings = new Map<number, string>();
function dateString(d: Date): string {
  const t = d.getTime();
  let s = dayStrings.get(t);
  if (s === undefined) {
    s = d.toISOString().slice(0, 10);
    if (dayStrings.size < 200_000) dayStrings.set(t, s);
  }
  return s;
}

/** Engine values → plain JS: DATE → `YYYY-MM-DD`, bigint → number. */
function fromEngine(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object') return typeof v === 'bigint' ? Number(v) : v;
  if (v instanceof Date) return dateString(v);
  if (Array.isArray(v)) return v.map(fromEngine);
  const o = v as Record<string, unknown>;
  for (const k in o) {
    const x = o[k];
    if (x !== null && (typeof x === 'object' || typeof x === 'bigint')) o[k] = fromEngine(x);
  }
  return o;
}

/** Maps engine messages that are the caller's fault to domain errors. */
function mapError(err: unknown, query: string): Error {
  if (err instanceof DomainError || err instanceof StoreError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/duplicat(ed|e) primary key|violates the uniqueness/i.test(message)) {
    return new DomainError('CONFLICT', 'an item with this id already exists');
  }
  return new StoreError(`LadybugDB query "${query}" failed: ${message}`, query, { cause: err });
}


/** What a unit of work wrote, and whether a lone auto-commit statement already committed it. */
interface UnitState {
  written: WrittenStatement[];
  committed: boolean;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads a query result in chunks with the binding's synchronous `getNextSync`
 * (the result is already materialised when `execute` resolves), yielding to
 * the event loop between chunks. The async `getAll` costs one thread-pool
 * round trip per row: 15.5 s for the 255k KNOWS rows of scale M, against
 * 0.8 s this way (docs/store-plans.md "Scans").
 */
async function drain(res: QueryResult, onRows: (rows: Row[]) => void): Promise<void> {
  while (res.hasNext()) {
    const rows: Row[] = [];
    for (let i = 0; i < CHUNK && res.hasNext(); i++) rows.push(fromEngine(res.getNextSync()) as Row);
    onRows(rows);
    if (res.hasNext()) await yieldToLoop();
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
    return this.queue.lock(async () => {
      const out: Row[] = [];
      await this.stream(text, params, (rows) => {
        for (const r of rows) out.push(r);
      });
      return out;
    });
  }

  scan(text: string, params: Params, onRows: (rows: Row[]) => void): Promise<void> {
    return this.queue.lock(() => this.stream(text, params, onRows));
  }

  private async stream(text: string, params: Params, onRows: (rows: Row[]) => void): Promise<void> {
    let ps = this.prepared.get(text);
    if (!ps) {
      ps = await this.raw.prepare(text);
      if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
      this.prepared.set(text, ps);
    }
    const res = await this.raw.execute(ps, toEngineParams(params));
    const results = Array.isArray(res) ? res : [res];
    try {
      await drain(results[results.length - 1], onRows);
    } finally {
      for (const r of results) r.close();
    }
  }

  exec(text: string): Promise<Row[]> {
    return this.queue.lock(async () => {
      const res = await this.raw.query(text);
      const results = Array.isArray(res) ? res : [res];
      try {
        return results[results.length - 1].getAllSync().map((r) => fromEngine(r) as Row);
      } finally {
        for (const r of results) r.close();
      }
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
 * writes go through one writer connection under a mutex. LadybugDB's traps
 * (cypher-portability §5) shape this code:
 * - a failed statement ends the transaction and later statements would
 *   auto-commit, so the first error aborts the unit of work (`failed` flag);
 * - a connection whose transaction failed can crash the process on reuse,
 *   so after any failure the writer connection is closed and replaced.
 * A unit of work whose first statement is also its last (`RunOptions.last`)
 * runs in auto-commit: one statement is atomic, and BEGIN/COMMIT would be two
 * more round trips. BEGIN is sent lazily, so a unit that runs nothing costs nothing.
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
  private readonly checkpointBytes: number;
  private readonly wal: string | null;
  private readonly walLimit: number;
  private readonly timer: NodeJS.Timeout | null = null;
  /** a write committed since the last checkpoint */
  private dirty = false;
  private lastWalStat = 0;
  private checkpointQueued = false;
  private closed = false;
  /** WAL bytes found before opening: the last process did not close the store, and the engine replays them */
  readonly walAtOpen: number;
  /** checkpoints run so far, and why (tests, metrics) */
  readonly checkpoints = { size: 0, timer: 0, explicit: 0, failed: 0 };
  /** the database file when every checkpoint copies it aside first (checkpoint-guard.ts); null unguarded or in memory */
  private readonly guardedFile: string | null;
  /** guarded: the WAL size that queues a checkpoint, grown with the file after each one (guardedCheckpointBytes) */
  private guardedThreshold: number;
  private readonly thresholdReference: number | undefined;
  /** the engine's checkpoint threshold outside bulk loads */
  private readonly engineThreshold: number;
  /** what opening did about a checkpoint the last process left unfinished */
  readonly recovery: CheckpointRecovery = { kind: 'none' };

  constructor(options: LadybugOptions) {
    this.checkpointBytes = Math.max(1, Math.floor(options.checkpointBytes ?? 256 * 1024));
    const file = options.path === ':memory:' ? null : options.path;
    this.wal = file && walPath(file);
    this.walLimit = Math.max(1, options.checkpoint?.walBytes ?? 64 * 1024 * 1024);
    this.guardedFile = options.guardCheckpoints !== false ? file : null;
    this.engineThreshold = this.guardedFile ? NO_AUTO_CHECKPOINT : this.checkpointBytes;
    this.guardedThreshold = this.checkpointBytes;
    this.thresholdReference = options.thresholdReferenceBytes;
    // maxDBSize bounds the address space reserved per database (cypher-portability §5)
    const bufferPoolSize = options.bufferPoolSize ?? 0;
    const maxDbSize = 2 ** 38;
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      this.recovery = recoverInterruptedCheckpoint(file, { bufferPoolSize, maxDbSize });
      const r = this.recovery;
      if (r.kind === 'restored') {
        logger.warn({ probe: r.probe, kept: interruptedPath(file) },
          'the last checkpoint was interrupted and the engine could not recover it: the file as it was before that checkpoint is back, and its write-ahead log is replayed into it');
      } else if (r.kind === 'applied') {
        logger.warn({ probe: r.probe, kept: `${interruptedPath(file)}.wal` },
          'the last checkpoint was interrupted after it had been applied: its emptied shadow file and folded write-ahead log are set aside');
      } else if (r.kind === 'failed') {
        logger.error({ probe: r.probe }, 'the last checkpoint was interrupted, the engine cannot recover it, and there is no copy from before it');
      }
    }
    this.walAtOpen = file ? logBytesAtOpen(file) : 0;
    this.rescaleThreshold();
    this.db = new lbug.Database(options.path, bufferPoolSize, options.compression ?? true, false, maxDbSize);
    const n = Math.max(1, options.readers ?? 4);
    for (let i = 0; i < n; i++) this.readers.push(this.newConn());
    this.writer = this.newConn();
    const seconds = options.checkpoint?.seconds ?? 300;
    if (this.wal && seconds > 0) {
      // unref'd: the timer never keeps the process alive; close() clears it
      this.timer = setInterval(() => {
        if (this.dirty || this.walBytes() > 0) this.background('timer');
      }, seconds * 1000);
      this.timer.unref();
    }
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

  /** Closes the writer connection and opens a fresh one (after any failure: cypher-portability §5). */
  private replaceWriter(): void {
    this.writer.close();
    this.writer = this.newConn();
  }

  /** Using a closed native connection could crash the process: refuse instead. */
  private open(): void {
    if (this.closed) throw new StoreError('the store is closed');
  }

  walBytes(): number {
    if (!this.wal) return 0;
    return statSync(this.wal, { throwIfNoEntry: false })?.size ?? 0; // no WAL: everything is checkpointed
  }

  /** `CHECKPOINT` now, after the writes already queued and before any later one. */
  async checkpoint(): Promise<void> {
    this.open();
    await this.writeLock.lock(() => this.checkpointLocked('explicit'));
  }

  /**
   * Runs CHECKPOINT on the writer connection; the caller holds the write lock,
   * so no write runs meanwhile (reads may: the engine lets them finish on
   * their snapshot). A failed CHECKPOINT replaces the writer connection, as
   * any failure does, and is thrown.
   */
  private async checkpointLocked(reason: keyof LadybugStore['checkpoints']): Promise<void> {
    if (!this.wal || this.closed) return;
    try {
      this.trips++;
      await this.checkpointNow();
      this.dirty = false;
      this.checkpoints[reason]++;
    } catch (e) {
      this.checkpoints.failed++;
      this.replaceWriter();
      throw mapError(e, 'CHECKPOINT');
    }
  }

  /** `CHECKPOINT` on the writer connection, the file copied aside first when guarded; the caller holds the write lock. */
  private async checkpointNow(): Promise<void> {
    if (this.guardedFile) beforeCheckpoint(this.guardedFile);
    await this.writer.exec('CHECKPOINT');
    if (this.guardedFile) {
      afterCheckpoint(this.guardedFile);
      this.rescaleThreshold();
    }
  }

  /** The guarded threshold for the file as it is now (docs/decisions.md "Where to checkpoint"). */
  private rescaleThreshold(): void {
    if (!this.guardedFile) return;
    const size = statSync(this.guardedFile, { throwIfNoEntry: false })?.size ?? 0; // not created yet: the base
    this.guardedThreshold = guardedCheckpointBytes(this.checkpointBytes, size, this.thresholdReference);
  }

  /** the WAL size past which a write queues a checkpoint (guarded; unguarded, the engine's threshold) */
  get checkpointThreshold(): number {
    return this.guardedFile ? Math.min(this.guardedThreshold, this.walLimit) : this.checkpointBytes;
  }

  /** A checkpoint queued behind the writes waiting for the lock; failures are logged (the next trigger retries). */
  private background(reason: 'size' | 'timer'): void {
    if (this.checkpointQueued || this.closed) return;
    this.checkpointQueued = true;
    const t = performance.now();
    const before = this.walBytes();
    this.writeLock
      .lock(() => this.checkpointLocked(reason))
      .then(
        () => logger.debug({ reason, walBytes: before, ms: Math.round(performance.now() - t) }, 'store checkpoint'),
        (err) => logger.error({ err, reason }, 'store checkpoint failed; retried at the next trigger'),
      )
      .finally(() => (this.checkpointQueued = false));
  }

  /**
   * After a committed write. Guarded: the WAL past `checkpointBytes` queues
   * a checkpoint (a stat costs microseconds). Otherwise the engine
   * checkpoints at commit by itself, and the WAL is statted at most once a
   * second against the store's own, larger limit.
   */
  private afterWrite(): void {
    this.dirty = true;
    if (!this.wal) return;
    if (this.guardedFile) {
      if (this.walBytes() > this.checkpointThreshold) this.background('size');
      return;
    }
    const now = Date.now();
    if (now - this.lastWalStat < WAL_STAT_EVERY_MS) return;
    this.lastWalStat = now;
    if (this.walBytes() > this.walLimit) this.background('size');
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
      this.replaceWriter();
      // a database-wide setting, for this process only (not persisted)
      await this.writer.exec(`CALL checkpoint_threshold=${this.engineThreshold}`);
      // a replayed WAL stays until the next checkpoint (and would be replayed again after another crash)
      if (this.walAtOpen > 0) await this.checkpointLocked('explicit');
    });
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    this.open();
    const text = this.text(name);
    const conn = this.readers[this.next++ % this.readers.length];
    this.trips++;
    try {
      return await conn.run(text, params);
    } catch (e) {
      throw mapError(e, name);
    }
  }

  /**
   * A connection of its own per scan, so a long scan never queues the pool's
   * point reads; rows are read in chunks straight from the materialised result.
   */
  async scan(name: string, onRows: (rows: Row[]) => void, params: Params = {}): Promise<void> {
    this.open();
    const text = this.text(name);
    const conn = this.newConn();
    this.trips++;
    try {
      await conn.scan(text, params, onRows);
    } catch (e) {
      throw mapError(e, name);
    } finally {
      conn.close();
    }
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.open();
    return this.writeLock.lock(async () => {
      this.open();
      const unit: UnitState = { written: [], committed: false };
      try {
        const result = await this.unit(work, unit);
        if (unit.written.length) this.afterWrite();
        notify(this.listeners, unit.written);
        return result;
      } catch (e) {
        // a lone `last` statement that succeeded is committed even if the work failed afterwards: listeners must hear of it
        if (unit.committed) {
          this.afterWrite();
          notify(this.listeners, unit.written);
        }
        throw e;
      }
    });
  }

  /** Runs one unit of work on the writer connection; the caller holds the write lock. */
  private async unit<T>(work: (tx: QueryRunner) => Promise<T>, unit: UnitState): Promise<T> {
    const conn = this.writer;
    const at: { state: 'idle' | 'tx' | 'done' } = { state: 'idle' };
    let failed: Error | null = null;
    let touched = false;
    const tx: QueryRunner = {
      run: async (name, params = {}, options) => {
        if (failed) throw new StoreError('transaction already failed; no further statements run');
        if (at.state === 'done') throw new StoreError('the unit of work already ran its last statement');
        const text = this.text(name);
        const auto = at.state === 'idle' && options?.last === true;
        try {
          touched = true;
          if (at.state === 'idle' && !auto) {
            this.trips++;
            await conn.exec('BEGIN TRANSACTION');
            at.state = 'tx';
          }
          this.trips++;
          const rows = await conn.run(text, params);
          if (auto) {
            at.state = 'done';
            unit.committed = true;
          }
          unit.written.push({ query: name, params });
          return rows;
        } catch (e) {
          failed = mapError(e, name);
          throw failed;
        }
      },
    };
    try {
      const result = await work(tx);
      if (failed) throw failed;
      if (at.state === 'tx') {
        this.trips++;
        await conn.exec('COMMIT');
      }
      return result;
    } catch (e) {
      if (at.state === 'tx' && !failed) {
        try {
          await conn.exec('ROLLBACK');
        } catch {
          /* the engine already ended it */
        }
      }
      if (touched) this.replaceWriter();
      throw failed ?? e;
    }
  }

  /**
   * Empty store: one CSV file per table in a temporary directory and
   * `COPY <table> FROM` each, nodes first; the next file is written while the
   * engine copies the previous one. If a COPY fails the store is emptied
   * again and the error thrown. Non-empty store: `UNWIND $rows` batches, each
   * its own transaction: node rows split into inserts and updates by a key
   * lookup (an index-free node MERGE would scan the table per row), links
   * through the merge queries.
   */
  async bulkLoad(data: GraphData, onProgress?: (part: string, done: number, total: number) => void): Promise<void> {
    this.open();
    await this.writeLock.lock(async () => {
      this.open();
      const empty = (await this.writer.exec('MATCH (p:Person) RETURN p.id AS id LIMIT 1')).length === 0
        && (await this.writer.exec('MATCH (c:Company) RETURN c.id AS id LIMIT 1')).length === 0;
      // large commits: checkpoint at the engine's usual size, not after every batch
      await this.writer.exec(`CALL checkpoint_threshold=${ENGINE_CHECKPOINT_BYTES}`);
      try {
        if (empty) await this.copyLoad(data, onProgress);
        else await this.unwindLoad(data, onProgress);
        // signals and account management after every other part, as the changes that make them (graph-parts.ts `changeParts`)
        const changes = changeParts(data);
        if (changes.length) await this.unit((tx) => writeChanges(tx, changes), { written: [], committed: false });
        await this.checkpointNow();
      } finally {
        await this.writer.exec(`CALL checkpoint_threshold=${this.engineThreshold}`);
      }
    });
    notify(this.listeners, [{ query: BULK_NOTICE, params: {} }]);
  }

  private async copyLoad(data: GraphData, onProgress?: (part: string, done: number, total: number) => void): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'kamgraph-bulk-'));
    let copying: Promise<void> = Promise.resolve();
    try {
      for (const def of PART_DEFS) {
        const all = partRows(data, def);
        const rows = def.ends ? all : uniqueById(all);
        if (rows.length === 0) {
          await copying;
          onProgress?.(def.part, 0, 0);
          continue;
        }
        const { header, columns } = csvColumns(def);
        const file = join(dir, `${def.table}.csv`);
        const info = await writeCsv(file, header, columns, rows);
        await copying;
        const statement = `COPY \`${def.table}\` FROM ${cypherString(file)} ${copyOptions(info)}`;
        copying = (async () => {
          this.trips++;
          await this.writer.exec(statement);
          onProgress?.(def.part, rows.length, rows.length);
        })();
        copying.catch(() => undefined); // handled when awaited
      }
      await copying;
    } catch (e) {
      await copying.catch(() => undefined);
      this.replaceWriter();
      try {
        await this.writer.exec(this.text('graph.clear'));
      } catch {
        /* best effort: the error below says what went wrong */
      }
      this.replaceWriter();
      throw mapError(e, 'bulkLoad');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  private async unwindLoad(data: GraphData, onProgress?: (part: string, done: number, total: number) => void): Promise<void> {
    for (const def of PART_DEFS) {
      if (def.copyOnly) continue; // written with their node
      const all = partRows(data, def);
      const rows = def.ends ? all : uniqueById(all);
      const label = def.label ?? def.part;
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        await this.unit(async (tx) => {
          if (def.ends) {
            await tx.run(def.merge, { rows: batch });
            return;
          }
          const existing = new Set((await tx.run(`${label}.existing`, { ids: batch.map((r) => r.id) })).map((r) => r.key));
          const inserts = batch.filter((r) => !existing.has(r.id));
          const updates = batch.filter((r) => existing.has(r.id));
          if (inserts.length) await tx.run(`${label}.createMany`, { rows: inserts });
          if (updates.length) await tx.run(`${label}.updateMany`, { rows: updates });
        }, { written: [], committed: false });
        onProgress?.(def.part, Math.min(i + BATCH, rows.length), rows.length);
      }
      if (rows.length === 0) onProgress?.(def.part, 0, 0);
    }
    // potential inputs: properties of the companies written above
    const potentials = potentialRows(data);
    for (let i = 0; i < potentials.length; i += BATCH) {
      const batch = potentials.slice(i, i + BATCH);
      await this.unit((tx) => tx.run(POTENTIAL_PART.merge, { rows: batch }), { written: [], committed: false });
      onProgress?.(POTENTIAL_PART.part, Math.min(i + BATCH, potentials.length), potentials.length);
    }

  }

  /**
   * Waits for the writes already queued, checkpoints (so the next open
   * replays no WAL: docs/decisions.md "Checkpoints, shutdown and seeding"),
   * then closes every connection and the database. Idempotent.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.timer) clearInterval(this.timer);
    await this.writeLock.lock(async () => {
      if (this.closed) return;
      try {
        await this.checkpointLocked('explicit');
      } catch (err) {
        // the WAL stays, and is replayed at the next open: nothing is lost
        logger.error({ err }, 'checkpoint at close failed');
      }
      this.closed = true;
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
