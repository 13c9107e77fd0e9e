import neo4j, { type Driver, type Integer, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { GraphData } from '../domain/graph-data.js';
import { neo4jDdl } from './ddl.js';
import { PART_DEFS, partRows, POTENTIAL_PART, potentialRows, changeParts, uniqueById } from './graph-parts.js';
import { writeChanges } from './change-writer.js';
import {
  BULK_NOTICE, notify, type CommitListener, type GraphStore, type Params, type QueryRunner, type Row, StoreError, type WrittenStatement,
} from './graph-store.js';
import { mapNeo4jError } from './neo4j-errors.js';
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
 * `undefined` goes as null.
 */
export function toNeo4j(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toNeo4j);
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = x === undefined ? null : toNeo4j(x);
    return o;
  }
  return v === undefined ? null : v;
}

/**
 * Driver values → plain JS, as the port promises (graph-store.ts): Integers
 * as numbers (a StoreError when one lies outside ±2^53, rather than a wrong
 * number), temporal values as their ISO strings (`Date` → `YYYY-MM-DD`,
 * `DateTime` → `YYYY-MM-DDTHH:MM:SS[.f]Z|±HH:MM[[zone]]`, local and time
 * types alike, durations as ISO 8601 `P…`), lists and maps recursively.
 */
export function fromNeo4j(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) throw unsafeInteger(v);
    return Number(v);
  }
  if (typeof v !== 'object') return v;
  if (neo4j.isInt(v)) {
    const i = v as Integer;
    if (!i.inSafeRange()) throw unsafeInteger(i);
    return i.toNumber();
  }
  if (isTemporal(v)) return String(v);
  if (Array.isArray(v)) return v.map(fromNeo4j);
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) o[k] = fromNeo4j(x);
  return o;
}

function isTemporal(v: object): boolean {
  const x = v as Parameters<typeof neo4j.isDate>[0];
  return neo4j.isDate(x) || neo4j.isDateTime(x) || neo4j.isLocalDateTime(x) || neo4j.isTime(x) || neo4j.isLocalTime(x) || neo4j.isDuration(x);
}

const unsafeInteger = (v: { toString(): string }) =>
  new StoreError(`Neo4j returned the integer ${v.toString()}, outside the range a JS number holds exactly`);

/** Rows a scan hands over at once, and rows per `UNWIND $rows` statement of a bulk load. */
const CHUNK = 5_000;
const BATCH = 10_000;

/** The name of the statement a unit of work ran last, for the error message once it has failed. */
interface LastQuery {
  name?: string;
}

/** Closes a session without letting a failure to close replace the outcome (a committed write stays committed). */
async function closeQuietly(session: Session): Promise<void> {
  try {
    await session.close();
  } catch {
    /* the connection is gone; the driver's pool drops it */
  }
}

/**
 * The Neo4j adapter (DESIGN §1): one driver per process, managed
 * transactions (`executeRead`/`executeWrite`, with the driver's retries),
 * bolt:// or neo4j:// (routing) URIs and a configurable database name.
 *
 * Errors: inside a transaction function nothing is caught or converted, so
 * the driver sees its own error and retries what it deems transient
 * (deadlocks, leader switches, lost connections); every public method maps
 * what finally comes out with `mapNeo4jError`, outside the driver's retry loop.
 */
export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly queries = loadQueries('neo4j');
  private trips = 0;
  private readonly listeners: CommitListener[] = [];

  /** `driver` is for tests (a stand-in session); by default one is created from the options. */
  constructor(private readonly options: Neo4jOptions, driver?: Driver) {
    this.driver = driver ?? neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
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

  /**
   * Opens a session, runs `use` on it, closes it, and maps whatever failed
   * (opening the session included) once everything has settled.
   */
  private async withSession<T>(mode: 'READ' | 'WRITE', last: LastQuery, use: (session: Session) => Promise<T>): Promise<T> {
    try {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      try {
        return await use(session);
      } finally {
        await closeQuietly(session);
      }
    } catch (e) {
      throw mapNeo4jError(e, last.name);
    }
  }

  /**
   * Runs named statements in a managed transaction. Deliberately no
   * try/catch: a driver error must leave the transaction function as the
   * driver threw it, or the driver would not retry it.
   */
  private runner(tx: ManagedTransaction, last: LastQuery, written?: WrittenStatement[]): QueryRunner {
    return {
      run: async (name, params = {}) => {
        this.trips++;
        last.name = name;
        const res = await tx.run(this.text(name), toNeo4j(params) as Record<string, unknown>);
        written?.push({ query: name, params });
        return res.records.map((r) => fromNeo4j(r.toObject()) as Row);
      },
    };
  }

  async init(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (e) {
      throw mapNeo4jError(e);
    }
    await this.withSession('WRITE', {}, async (session) => {
      for (const stmt of neo4jDdl()) await session.run(stmt);
    });
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    const last: LastQuery = { name };
    return this.withSession('READ', last, (session) => session.executeRead((tx) => this.runner(tx, last).run(name, params)));
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    const { result, written } = await this.transaction(work);
    notify(this.listeners, written);
    return result;
  }

  private async transaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<{ result: T; written: WrittenStatement[] }> {
    const last: LastQuery = {};
    return this.withSession('WRITE', last, async (session) => {
      let written: WrittenStatement[] = [];
      const result = await session.executeWrite((tx) => {
        written = []; // the driver may retry the whole unit of work
        return work(this.runner(tx, last, written));
      });
      return { result, written };
    });
  }

  /**
   * Streams the result with the driver's record callbacks (it pulls records
   * from the server in batches of its fetch size), converting each record to
   * plain JS (Integers → numbers, temporals → ISO strings) and handing them
   * over in chunks. An auto-commit query: no retries, errors mapped as elsewhere.
   */
  async scan(name: string, onRows: (rows: Row[]) => void, params: Params = {}): Promise<void> {
    const text = this.text(name);
    this.trips++;
    await this.withSession('READ', { name }, (session) => new Promise<void>((resolve, reject) => {
      let chunk: Row[] = [];
      let failed: unknown = null;
      const fail = (e: unknown) => {
        failed = e;
        reject(e);
      };
      session.run(text, toNeo4j(params) as Record<string, unknown>).subscribe({
        onNext: (record) => {
          if (failed) return;
          try {
            chunk.push(fromNeo4j(record.toObject()) as Row);
            if (chunk.length >= CHUNK) {
              const rows = chunk;
              chunk = [];
              onRows(rows);
            }
          } catch (e) {
            fail(e);
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
        onError: (e) => reject(e),
      });
    }));
  }

  /**
   * `UNWIND $rows` batches of 10,000 through the merge queries, each its own
   * transaction, nodes first (MERGE on a key is an index lookup on Neo4j).
   * Listeners get one `bulk` notice at the end.
   */
  async bulkLoad(data: GraphData, onProgress?: (part: string, done: number, total: number) => void): Promise<void> {
    for (const def of PART_DEFS) {
      if (def.copyOnly) continue; // written with their node (BOUGHT and OF by sale.upsert)
      const all = partRows(data, def);
      const rows = def.ends ? all : uniqueById(all);
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        await this.transaction((tx) => tx.run(def.merge, { rows: batch }));
        onProgress?.(def.part, Math.min(i + BATCH, rows.length), rows.length);
      }
      if (rows.length === 0) onProgress?.(def.part, 0, 0);
    }
    const potentials = potentialRows(data);
    for (let i = 0; i < potentials.length; i += BATCH) {
      const batch = potentials.slice(i, i + BATCH);
      await this.transaction((tx) => tx.run(POTENTIAL_PART.merge, { rows: batch }));
      onProgress?.(POTENTIAL_PART.part, Math.min(i + BATCH, potentials.length), potentials.length);
    }
    const changes = changeParts(data);
    if (changes.length) await this.transaction((tx) => writeChanges(tx, changes));
    notify(this.listeners, [{ query: BULK_NOTICE, params: {} }]);
  }

  /** Neo4j checkpoints its own transaction log. */
  async checkpoint(): Promise<void> {}

  walBytes(): number {
    return 0;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
