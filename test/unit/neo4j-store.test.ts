/**
 * The Neo4j adapter's control flow around the driver's managed transactions, without a server: the store
 * gets a stand-in driver whose sessions call the transaction function the way the driver does, and, where
 * it matters, the driver's own retry loop (its TransactionExecutor) drives it. What is checked: a driver
 * error leaves the transaction function unchanged (so the driver can retry it), and is mapped only after
 * executeRead/executeWrite has given up.
 */
import { createRequire } from 'node:module';
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors.js';
import { StoreError, type WrittenStatement } from '../../src/store/graph-store.js';
import { STORE_UNAVAILABLE_MESSAGE } from '../../src/store/neo4j-errors.js';
import { Neo4jStore } from '../../src/store/neo4j.store.js';

const OPTIONS = { uri: 'bolt://stand-in:7687', user: 'neo4j', password: 'unused' };

const driverError = (code: string, message = `engine says ${code}`) =>
  new Neo4jError(message, code, '50N42', `error: general processing exception - unexpected error. ${message}`);
const deadlock = () => driverError('Neo.TransientError.Transaction.DeadlockDetected', 'ForsetiClient[1] can\'t acquire ExclusiveLock');

type Rows = Record<string, unknown>[];
/** What one attempt's `tx.run` does: return rows, or reject. */
type Script = (attempt: number, query: string, params: Record<string, unknown>) => Promise<Rows>;

const record = (o: Record<string, unknown>) => ({ toObject: () => o });

/** A transaction as the driver hands it to the transaction function (and to its executor). */
function fakeTx(attempt: number, script: Script) {
  let open = true;
  return {
    run: async (query: string, params: Record<string, unknown>) => ({ records: (await script(attempt, query, params)).map(record) }),
    isOpen: () => open,
    commit: async () => {
      open = false;
    },
    rollback: async () => {
      open = false;
    },
  };
}

type Work = (tx: unknown) => Promise<unknown>;
type Executor = (work: Work) => Promise<unknown>;

/** A driver whose sessions run transaction functions with `executor`; counts sessions opened and closed. */
function fakeDriver(executor: Executor, extra: Partial<Record<'verifyConnectivity' | 'session', unknown>> = {}) {
  const stats = { opened: 0, closed: 0 };
  const driver = {
    session: () => {
      stats.opened++;
      return {
        executeRead: executor,
        executeWrite: executor,
        close: async () => {
          stats.closed++;
        },
      };
    },
    verifyConnectivity: async () => ({}),
    close: async () => undefined,
    ...extra,
  };
  return { driver: driver as unknown as Driver, stats };
}

/** The driver's own retry loop (neo4j-driver-core's TransactionExecutor, as neo4j-driver loads it). */
const requireFromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const { TransactionExecutor } = requireFromDriver('neo4j-driver-core').internal.transactionExecutor;

/** executeRead/executeWrite through the driver's executor, with short delays, over stand-in transactions. */
function driverExecutor(script: Script, maxRetryTimeMs = 5_000) {
  const calls = { attempts: 0, commits: 0, rollbacks: 0 };
  const executor = new TransactionExecutor(maxRetryTimeMs, 2, 2, 0);
  const run: Executor = (work) =>
    executor.execute(async () => {
      const tx = fakeTx(++calls.attempts, script);
      return {
        ...tx,
        commit: async () => {
          calls.commits++;
          await tx.commit();
        },
        rollback: async () => {
          calls.rollbacks++;
          await tx.rollback();
        },
      };
    }, work);
  return { run, calls };
}

describe('Neo4j adapter: errors leave the transaction function unchanged', () => {
  it('executeWrite: the function re-throws the driver\'s own error; a retry then succeeds', async () => {
    const thrown: unknown[] = [];
    const original = deadlock();
    let attempt = 0;
    // a stand-in executeWrite that calls the function as the driver does and inspects what it throws
    const { driver, stats } = fakeDriver(async (work) => {
      try {
        return await work(fakeTx(++attempt, async () => Promise.reject(original)));
      } catch (e) {
        thrown.push(e);
      }
      return work(fakeTx(++attempt, async (_a, query) => [{ query }]));
    });
    const store = new Neo4jStore(OPTIONS, driver);
    const committed: (readonly WrittenStatement[])[] = [];
    store.onCommit((s) => committed.push(s));

    const result = await store.write(async (tx) => {
      const rows = await tx.run('person.byIds', { ids: ['p-1'] });
      await tx.run('graph.counts');
      return rows;
    });

    expect(thrown).toHaveLength(1);
    expect(thrown[0]).toBe(original); // the very object the driver threw: not wrapped, not mapped
    expect(Neo4jError.isRetriable(thrown[0] as Error)).toBe(true);
    expect(result).toEqual([{ query: expect.stringContaining('MATCH') }]);
    // only the attempt that committed is reported, once
    expect(committed).toEqual([[{ query: 'person.byIds', params: { ids: ['p-1'] } }, { query: 'graph.counts', params: {} }]]);
    expect(stats).toEqual({ opened: 1, closed: 1 });
  });

  it('executeRead: the function re-throws the driver\'s own error', async () => {
    const original = driverError('SessionExpired', 'leader switched');
    let thrown: unknown;
    const { driver, stats } = fakeDriver(async (work) => {
      try {
        return await work(fakeTx(1, async () => Promise.reject(original)));
      } catch (e) {
        thrown = e;
        throw e; // as the driver does once it gives up
      }
    });
    const store = new Neo4jStore(OPTIONS, driver);
    const err = await store.read('graph.counts').catch((e: unknown) => e);
    expect(thrown).toBe(original);
    // mapped after executeRead rejected
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'STORE_UNAVAILABLE', message: STORE_UNAVAILABLE_MESSAGE });
    expect((err as Error).cause).toBe(original);
    expect(stats).toEqual({ opened: 1, closed: 1 });
  });
});

describe('Neo4j adapter under the driver\'s own retry loop', () => {
  it('a deadlock in a write is retried by the driver and the write succeeds', async () => {
    const { run, calls } = driverExecutor(async (attempt) => (attempt === 1 ? Promise.reject(deadlock()) : [{ n: neo4j.int(7) }]));
    const store = new Neo4jStore(OPTIONS, fakeDriver(run).driver);
    const committed: (readonly WrittenStatement[])[] = [];
    store.onCommit((s) => committed.push(s));
    const rows = await store.write((tx) => tx.run('graph.counts'));
    expect(rows).toEqual([{ n: 7 }]);
    expect(calls).toEqual({ attempts: 2, commits: 1, rollbacks: 1 });
    expect(committed).toEqual([[{ query: 'graph.counts', params: {} }]]);
  });

  it('a lost connection in a read is retried by the driver', async () => {
    const { run, calls } = driverExecutor(async (attempt) =>
      attempt < 3 ? Promise.reject(driverError('ServiceUnavailable', 'connection lost')) : [{ people: 3 }]);
    const store = new Neo4jStore(OPTIONS, fakeDriver(run).driver);
    expect(await store.read('graph.counts')).toEqual([{ people: 3 }]);
    expect(calls.attempts).toBe(3);
  });

  it('still failing when the driver gives up → STORE_UNAVAILABLE', async () => {
    const { run, calls } = driverExecutor(async () => Promise.reject(deadlock()), 40);
    const store = new Neo4jStore(OPTIONS, fakeDriver(run).driver);
    const err = await store.write((tx) => tx.run('graph.counts')).catch((e: unknown) => e);
    expect(calls.attempts).toBeGreaterThan(1);
    expect(err).toMatchObject({ code: 'STORE_UNAVAILABLE', message: STORE_UNAVAILABLE_MESSAGE });
  });

  it('a uniqueness violation is not retried and becomes CONFLICT', async () => {
    const violation = driverError('Neo.ClientError.Schema.ConstraintValidationFailed', "Node(3) already exists with label `Person` and property `id` = 'p-1'");
    const { run, calls } = driverExecutor(async () => Promise.reject(violation));
    const store = new Neo4jStore(OPTIONS, fakeDriver(run).driver);
    const committed: unknown[] = [];
    store.onCommit((s) => committed.push(s));
    const err = await store.write((tx) => tx.run('person.create', { id: 'p-1' })).catch((e: unknown) => e);
    expect(calls).toEqual({ attempts: 1, commits: 0, rollbacks: 1 });
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'CONFLICT', message: 'an item with this id already exists' });
    expect(committed).toEqual([]);
  });

  it('a refusal thrown by the unit of work is neither retried nor changed', async () => {
    const refusal = new DomainError('CONFLICT', 'the graph changed meanwhile (person p-1); reload and retry');
    const { run, calls } = driverExecutor(async () => [{ n: 0 }]);
    const store = new Neo4jStore(OPTIONS, fakeDriver(run).driver);
    const err = await store.write(async (tx) => {
      await tx.run('graph.counts');
      throw refusal;
    }).catch((e: unknown) => e);
    expect(err).toBe(refusal);
    expect(calls).toEqual({ attempts: 1, commits: 0, rollbacks: 1 });
  });

  it('a Cypher error is not retried and becomes a StoreError naming the statement', async () => {
    const { run, calls } = driverExecutor(async () => Promise.reject(driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input')));
    const store = new Neo4jStore(OPTIONS, fakeDriver(run).driver);
    const err = await store.write(async (tx) => {
      await tx.run('graph.counts');
      return tx.run('person.byIds', { ids: [] });
    }).catch((e: unknown) => e);
    expect(calls.attempts).toBe(1);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).query).toBe('graph.counts');
  });
});

describe('Neo4j adapter: sessions and connections', () => {
  it('an error opening a session → STORE_UNAVAILABLE', async () => {
    const refused = driverError('ServiceUnavailable', 'Failed to connect to server. Caused by: connect ECONNREFUSED');
    const { driver } = fakeDriver(async () => [], { session: () => { throw refused; } });
    const store = new Neo4jStore(OPTIONS, driver);
    await expect(store.read('graph.counts')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: STORE_UNAVAILABLE_MESSAGE });
    await expect(store.write((tx) => tx.run('graph.counts'))).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('an authentication failure at connect time → STORE_UNAVAILABLE, the reason kept as cause', async () => {
    const unauthorized = driverError('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.');
    const { driver } = fakeDriver(async () => [], { verifyConnectivity: async () => Promise.reject(unauthorized) });
    const err = await new Neo4jStore(OPTIONS, driver).init().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'STORE_UNAVAILABLE', message: STORE_UNAVAILABLE_MESSAGE });
    expect((err as Error).cause).toBe(unauthorized);
  });

  it('a failure to close the session does not turn a committed write into an error', async () => {
    const { run } = driverExecutor(async () => [{ n: 1 }]);
    const { driver } = fakeDriver(run);
    const wrapped = {
      ...driver,
      session: () => ({ ...(driver.session() as object), close: async () => Promise.reject(driverError('ServiceUnavailable')) }),
    } as unknown as Driver;
    expect(await new Neo4jStore(OPTIONS, wrapped).write((tx) => tx.run('graph.counts'))).toEqual([{ n: 1 }]);
  });

  it('an Integer beyond ±2^53 in a row fails the read with a StoreError, not a wrong number', async () => {
    const { run, calls } = driverExecutor(async () => [{ n: neo4j.int('9007199254740993') }]);
    const store = new Neo4jStore(OPTIONS, fakeDriver(run).driver);
    await expect(store.read('graph.counts')).rejects.toBeInstanceOf(StoreError);
    expect(calls.attempts).toBe(1);
  });
});

describe('Neo4j adapter: scans', () => {
  /** A session whose auto-commit `run` streams `records`, then completes or fails with `error`. */
  function scanDriver(records: Record<string, unknown>[], error?: Error) {
    return fakeDriver(async () => [], {
      session: () => ({
        run: () => ({
          subscribe: (o: { onNext(r: unknown): void; onCompleted(): void; onError(e: unknown): void }) => {
            queueMicrotask(() => {
              for (const r of records) o.onNext(record(r));
              if (error) o.onError(error);
              else o.onCompleted();
            });
          },
        }),
        close: async () => undefined,
      }),
    }).driver;
  }

  it('rows come as plain JS; a connection lost mid-scan → STORE_UNAVAILABLE', async () => {
    const rows: unknown[] = [];
    const store = new Neo4jStore(OPTIONS, scanDriver([{ id: 'p-1', since: new neo4j.types.Date(2020, 1, 2) }], driverError('SessionExpired')));
    const err = await store.scan('projection.people', (r) => rows.push(...r)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    const ok = new Neo4jStore(OPTIONS, scanDriver([{ id: 'p-1', since: new neo4j.types.Date(2020, 1, 2), n: neo4j.int(4) }]));
    await ok.scan('projection.people', (r) => rows.push(...r));
    expect(rows).toEqual([{ id: 'p-1', since: '2020-01-02', n: 4 }]);
  });

  it('an error thrown by the row callback comes back unchanged', async () => {
    const mine = new TypeError('read model rejected a row');
    const store = new Neo4jStore(OPTIONS, scanDriver([{ id: 'p-1' }]));
    const err = await store.scan('projection.people', () => {
      throw mine;
    }).catch((e: unknown) => e);
    expect(err).toBe(mine);
  });
});

describe('Neo4j adapter with the real driver and nothing listening', () => {
  let store: Neo4jStore | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('connection refused → STORE_UNAVAILABLE at init and on a read (after the driver\'s retries)', async () => {
    // port 1 on loopback: nothing listens there, the connection is refused at once
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'wrong'), {
      connectionTimeout: 2_000,
      maxTransactionRetryTime: 0, // one retry after the initial delay (~1 s), then it gives up
      logging: { level: 'error', logger: () => undefined },
    });
    store = new Neo4jStore(OPTIONS, driver);
    const atInit = await store.init().catch((e: unknown) => e);
    expect(atInit).toMatchObject({ code: 'STORE_UNAVAILABLE', message: STORE_UNAVAILABLE_MESSAGE });
    expect((atInit as Error).cause).toMatchObject({ code: 'ServiceUnavailable' });
    const onRead = await store.read('graph.counts').catch((e: unknown) => e);
    expect(onRead).toMatchObject({ code: 'STORE_UNAVAILABLE', message: STORE_UNAVAILABLE_MESSAGE });
  });
});
