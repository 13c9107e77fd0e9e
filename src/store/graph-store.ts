/**
 * The GraphStore port (DESIGN §1): the one way services reach a database.
 * Queries are named `.cypher` files (see `queries.ts`); parameters go in as
 * plain JS values and rows come back as plain JS values: numbers (never
 * Neo4j Integers), dates as ISO `YYYY-MM-DD` strings, no engine objects.
 */
import type { GraphData } from '../domain/graph-data.js';

export type EngineName = 'ladybug' | 'neo4j';
export type Params = Record<string, unknown>;
export type Row = Record<string, any>;

/** A statement of a committed write transaction, as the caller ran it. */
export interface WrittenStatement {
  query: string;
  params: Params;
}

/** The one statement commit listeners are told of after a bulk load (read models rebuild). */
export const BULK_NOTICE = 'bulk';

/** Told about every committed write, in commit order (the read model listens for bulk loads, which bypass the change path). */
export type CommitListener = (statements: readonly WrittenStatement[]) => void;

/** Calls each listener; a listener's failure never turns a committed write into an error. */
export function notify(listeners: readonly CommitListener[], statements: readonly WrittenStatement[]): void {
  for (const l of listeners) {
    try {
      l(statements);
    } catch {
      /* listeners handle their own failures */
    }
  }
}

/** Hints a caller may give with a statement. */
export interface RunOptions {
  /**
   * This is the unit of work's last statement. When it is also the first, the
   * embedded adapter runs it without BEGIN/COMMIT (one statement is atomic on
   * its own), saving two round trips; the unit is then committed when the
   * statement returns, so the work must not run another statement, and must
   * not fail afterwards if it wants nothing written (`writeChanges` only checks
   * row counts whose failure means nothing was written).
   */
  last?: boolean;
}

/** Runs named queries inside one unit of work. */
export interface QueryRunner {
  run(query: string, params?: Params, options?: RunOptions): Promise<Row[]>;
}

export interface GraphStore {
  readonly engine: EngineName;
  /** Creates tables / constraints; idempotent, run at start. */
  init(): Promise<void>;
  /** One read query, auto-commit, may run concurrently with others. */
  read(query: string, params?: Params): Promise<Row[]>;
  /**
   * A write transaction: commits when `work` resolves, rolls back (leaving
   * nothing behind) when it throws. Writes are serialised on the embedded engine.
   */
  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  /** Registers a listener called after each committed write with the statements it ran. */
  onCommit(listener: CommitListener): void;
  /**
   * Streams every row of a named read query in chunks, in no particular
   * order: the read model's build at start (millions of rows), using the
   * engine's fastest bulk path. Rows have the same shape as `read` returns.
   * Each chunk is a fresh array, handed to `onRows` in order, one at a time.
   */
  scan(query: string, onRows: (rows: Row[]) => void, params?: Params): Promise<void>;
  /**
   * Writes a whole graph in bulk (seed, benchmark, first import): the
   * engine's bulk path (`COPY FROM` files on LadybugDB when the store is
   * empty; `UNWIND` batches otherwise and on Neo4j). Commit listeners are
   * not told item by item; they get one `bulk` notice, and read models rebuild.
   */
  bulkLoad(data: GraphData, onProgress?: (part: string, done: number, total: number) => void): Promise<void>;
  /** Round trips to the engine so far (each `run`/`read` is one). */
  readonly roundTrips: number;
  /**
   * Folds the write-ahead log into the database files (LadybugDB `CHECKPOINT`),
   * never concurrently with a write; a no-op on Neo4j, which manages its own.
   */
  checkpoint(): Promise<void>;
  /** Current size of the write-ahead log in bytes (0 on Neo4j and in memory). */
  walBytes(): number;
  /** Releases the engine; the embedded one checkpoints first, and refuses later calls with a StoreError. */
  close(): Promise<void>;
}

/** An engine failure that is not the caller's fault; masked by formatError. */
export class StoreError extends Error {
  constructor(message: string, readonly query?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}
