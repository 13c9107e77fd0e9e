import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DomainError } from '../errors.js';
import type { GraphData } from '../domain/graph-data.js';
import { neo4jDdl } from './ddl.js';
import { PART_DEFS, partRows, uniqueById } from './graph-parts.js';
import {
  BULK_NOTICE, notify, type CommitListener, type GraphStore, type Params, type QueryRunner, type Row, StoreError, type WrittenStatement,
} from './graph-store.js';
import { loadQueries } from './queries.js';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/**
 * JS → driver values: the driver sends every JS number as FLOAT
 * (cypher-portability §2.1), so integral numbers go as Integers (LIMIT and
 * integer properties need them; float properties are cast with toFloat()).
 */
function toDriver(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toDriver);
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = x === undefined ? null : toDriver(x);
    return o;
  }
  return v === undefined ? null : v;
}

/** Driver values → plain JS: temporal values as ISO strings, Integers as numbers. */
function fromDriver(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return (v as any).toNumber();
  if (neo4j.isDate(v as any) || neo4j.isDateTime(v as any) || neo4j.isLocalDateTime(v as any)) return String(v);
  if (Array.isArray(v)) return v.map(fromDriver);
  if (typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as object)) o[k] = fromDriver(x);
    return o;
  }
  return v;
}

/** Rows a scan hands over at once, and rows per `UNWIND $rows` statement of a bulk load. */
const CHUNK = 5_000;
const BATCH = 10_000;

function mapError(err: unknown, query: string): Error {
  const code = (err as { code?: string })?.code ?? '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new DomainError('CONFLICT', 'an item with this id already exists');
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new DomainError('STORE_UNAVAILABLE', 'the graph database is not reachable');
  }
  return new StoreError(`Neo4j query "${query}" failed: ${(err as Error)?.message}`, query, { cause: err });
}

/**
 * The Neo4j adapter (DESIGN §1): one driver per process, managed
 * transactions (`executeRead`/`executeWrite`, with the driver's retries),
 * bolt:// or neo4j:// (routing) URIs and a configurable database name.
 */
export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly queries = loadQueries('neo4j');
  private trips = 0;
  private readonly listeners: CommitListener[] = [];

  constructor(private readonly options: Neo4jOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
    });
  }

  get roundTrips(): number {
    return this.trips;
  }

  onCommit(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  private text(name: string): string {
    const t = this.queries.get(name);
    if (!t) throw new StoreError(`unknown query "${name}"`);
    return t;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private runner(tx: ManagedTransaction, written?: WrittenStatement[]): QueryRunner {
    return {
      run: async (name, params = {}) => {
        this.trips++;
        try {
          const res = await tx.run(this.text(name), toDriver(params) as Record<string, unknown>);
          written?.push({ query: name, params });
          return res.records.map((r) => fromDriver(r.toObject()) as Row);
        } catch (e) {
          if (e instanceof DomainError || e instanceof StoreError) throw e;
          throw mapError(e, name);
        }
      },
    };
  }

  async init(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.options.database });
    const session = this.session('WRITE');
    try {
      for (const stmt of neo4jDdl()) await session.run(stmt);
    } finally {
      await session.close();
    }
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => this.runner(tx).run(name, params));
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    const { result, written } = await this.transaction(work);
    notify(this.listeners, written);
    return result;
  }

  private async transaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<{ result: T; written: WrittenStatement[] }> {
    const session = this.session('WRITE');
    try {
      let written: WrittenStatement[] = [];
      const result = await session.executeWrite((tx) => {
        written = []; // the driver may retry the whole unit of work
        return work(this.runner(tx, written));
      });
      return { result, written };
    } finally {
      await session.close();
    }
  }

  /**
   * Streams the result with the driver's record callbacks (it pulls records
   * from the server in batches of its fetch size), converting each record to
   * plain JS (Integers → numbers, temporals → ISO strings) and handing them
   * over in chunks.
   */
  async scan(name: string, onRows: (rows: Row[]) => void, params: Params = {}): Promise<void> {
    const text = this.text(name);
    const session = this.session('READ');
    this.trips++;
    try {
      await new Promise<void>((resolve, reject) => {
        let chunk: Row[] = [];
        let failed: unknown = null;
        session.run(text, toDriver(params) as Record<string, unknown>).subscribe({
          onNext: (record) => {
            if (failed) return;
            chunk.push(fromDriver(record.toObject()) as Row);
            if (chunk.length >= CHUNK) {
              const rows = chunk;
              chunk = [];
              try {
                onRows(rows);
              } catch (e) {
                failed = e;
                reject(e);
              }
            }
          },
          onCompleted: () => {
            if (failed) return;
            try {
              if (chunk.length) onRows(chunk);
              resolve();
            } catch (e) {
              reject(e);
            }
          },
          onError: (e) => reject(mapError(e, name)),
        });
      });
    } finally {
      await session.close();
    }
  }

  /**
   * `UNWIND $rows` batches of 10,000 through the merge queries, each its own
   * transaction, nodes first (MERGE on a key is an index lookup on Neo4j).
   * Listeners get one `bulk` notice at the end.
   */
  async bulkLoad(data: GraphData, onProgress?: (part: string, done: number, total: number) => void): Promise<void> {
    for (const def of PART_DEFS) {
      const all = partRows(data, def.part);
      const rows = def.ends ? all : uniqueById(all);
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        await this.transaction((tx) => tx.run(def.merge, { rows: batch }));
        onProgress?.(def.part, Math.min(i + BATCH, rows.length), rows.length);
      }
      if (rows.length === 0) onProgress?.(def.part, 0, 0);
    }
    notify(this.listeners, [{ query: BULK_NOTICE, params: {} }]);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
