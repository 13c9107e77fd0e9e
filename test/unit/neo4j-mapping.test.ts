/**
 * Neo4j value and error mapping, without a server: values and errors are made with the driver's own
 * constructors (neo4j.int, neo4j.types.Date/DateTime/…, Neo4jError, newError).
 */
import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DomainError, formatError } from '../../src/errors.js';
import { StoreError } from '../../src/store/graph-store.js';
import {
  CONFLICT_MESSAGE, isEngineError, isStoreUnavailable, mapNeo4jError, STORE_UNAVAILABLE_MESSAGE,
} from '../../src/store/neo4j-errors.js';
import { fromNeo4j, toNeo4j } from '../../src/store/neo4j.store.js';

const { Date: NeoDate, DateTime, LocalDateTime, LocalTime, Time, Duration } = neo4j.types;

/** An error as the driver builds one itself (its internal `newError`: code 'N/A' when it has none). */
const driverError = (message: string, code = 'N/A', cause?: Error) =>
  new Neo4jError(message, code, '50N42', `error: general processing exception - unexpected error. ${message}`, undefined, cause);
/** A server error as the driver builds it from a FAILURE message. */
const serverError = (code: string, message = `engine says ${code}`) => driverError(message, code);

describe('Neo4j values → JS', () => {
  it('Integers become numbers when JS holds them exactly', () => {
    expect(fromNeo4j(neo4j.int(42))).toBe(42);
    expect(fromNeo4j(neo4j.int(-7))).toBe(-7);
    expect(fromNeo4j(neo4j.int(0))).toBe(0);
    expect(fromNeo4j(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(fromNeo4j(neo4j.int(Number.MIN_SAFE_INTEGER))).toBe(Number.MIN_SAFE_INTEGER);
    expect(fromNeo4j(BigInt(12))).toBe(12);
  });

  it('an Integer outside ±2^53 is an error, not a rounded number', () => {
    expect(() => fromNeo4j(neo4j.int('9007199254740993'))).toThrow(StoreError);
    expect(() => fromNeo4j(neo4j.int('-9007199254740993'))).toThrow(/outside the range/);
    expect(() => fromNeo4j(BigInt('9007199254740993'))).toThrow(StoreError);
  });

  it('temporal values become ISO strings, with plain or Integer fields', () => {
    expect(fromNeo4j(new NeoDate(2026, 1, 5))).toBe('2026-01-05');
    expect(fromNeo4j(new NeoDate(neo4j.int(2024), neo4j.int(2), neo4j.int(29)))).toBe('2024-02-29');
    expect(fromNeo4j(NeoDate.fromStandardDate(new globalThis.Date(2025, 11, 31)))).toBe('2025-12-31');
    expect(fromNeo4j(new DateTime(2026, 1, 5, 10, 30, 0, 0, 0))).toBe('2026-01-05T10:30:00Z');
    expect(fromNeo4j(new DateTime(2026, 1, 5, 10, 30, 15, 500_000_000, 3600))).toBe('2026-01-05T10:30:15.500000000+01:00');
    expect(fromNeo4j(new DateTime(2026, 1, 5, 10, 30, 0, 0, undefined, 'Europe/Berlin'))).toBe('2026-01-05T10:30:00[Europe/Berlin]');
    expect(fromNeo4j(new LocalDateTime(2026, 1, 5, 10, 30, 0, 0))).toBe('2026-01-05T10:30:00');
    expect(fromNeo4j(new LocalTime(8, 5, 0, 0))).toBe('08:05:00');
    expect(fromNeo4j(new Time(8, 5, 0, 0, -7200))).toBe('08:05:00-02:00');
    expect(fromNeo4j(new Duration(1, 2, 3, 0))).toBe('P1M2DT3S');
  });

  it('maps and lists are converted all the way down; null and undefined become null', () => {
    const row = {
      id: 'p-1',
      strength: 0.75,
      active: true,
      count: neo4j.int(3),
      since: new NeoDate(2020, 6, 1),
      missing: null,
      gone: undefined,
      nested: { dates: [new NeoDate(2021, 1, 1), null], n: [neo4j.int(1), neo4j.int(2)] },
    };
    expect(fromNeo4j(row)).toEqual({
      id: 'p-1',
      strength: 0.75,
      active: true,
      count: 3,
      since: '2020-06-01',
      missing: null,
      gone: null,
      nested: { dates: ['2021-01-01', null], n: [1, 2] },
    });
    expect(fromNeo4j(undefined)).toBeNull();
  });
});

describe('JS params → Neo4j', () => {
  it('integral numbers go as Integers, others unchanged, undefined as null', () => {
    const p = toNeo4j({ limit: 10, strength: 0.5, name: 'x', none: undefined, ids: ['a'], rows: [{ n: 2, f: 1.5 }] }) as Record<string, any>;
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect(p.limit.toNumber()).toBe(10);
    expect(p.strength).toBe(0.5);
    expect(p.name).toBe('x');
    expect(p.none).toBeNull();
    expect(p.ids).toEqual(['a']);
    expect(neo4j.isInt(p.rows[0].n)).toBe(true);
    expect(p.rows[0].f).toBe(1.5);
  });

  it('a round trip gives the numbers back', () => {
    expect(fromNeo4j(toNeo4j({ a: [1, 2.5, -3], b: { c: 0 } }))).toEqual({ a: [1, 2.5, -3], b: { c: 0 } });
  });
});

describe('Neo4j errors → domain errors', () => {
  const expectUnavailable = (err: unknown) => {
    const mapped = mapNeo4jError(err, 'person.byIds');
    expect(mapped).toBeInstanceOf(DomainError);
    expect((mapped as DomainError).code).toBe('STORE_UNAVAILABLE');
    expect(mapped.message).toBe(STORE_UNAVAILABLE_MESSAGE);
    expect(mapped.cause).toBe(err); // the engine's reason, for the server log
    expect(Object.keys(mapped)).not.toContain('cause');
  };

  it('connection and session errors (the driver\'s own codes) → STORE_UNAVAILABLE', () => {
    expectUnavailable(driverError('Could not perform discovery. No routing servers available.', neo4j.error.SERVICE_UNAVAILABLE));
    expectUnavailable(driverError('Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable'));
    expectUnavailable(driverError('Database is busy doing store copy', neo4j.error.SESSION_EXPIRED));
    expectUnavailable(driverError('Connection acquisition timed out in 60000 ms. Pool status: Active conn count = 100, Idle conn count = 0.'));
  });

  it('a bare socket error (connection refused) → STORE_UNAVAILABLE', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED', syscall: 'connect' });
    expectUnavailable(refused);
    expect(isStoreUnavailable(driverError('wrapped', 'N/A', refused))).toBe(true);
  });

  it('authentication and authorisation of our connection → STORE_UNAVAILABLE', () => {
    for (const code of [
      'Neo.ClientError.Security.Unauthorized',
      'Neo.ClientError.Security.AuthenticationRateLimit',
      'Neo.ClientError.Security.CredentialsExpired',
      'Neo.ClientError.Security.Forbidden',
      'Neo.ClientError.Security.AuthorizationExpired',
      'Neo.ClientError.Security.TokenExpired',
    ]) {
      expectUnavailable(serverError(code, 'The client is unauthorized due to authentication failure.'));
    }
  });

  it('a transient error still failing after the driver\'s retries, or a missing database → STORE_UNAVAILABLE', () => {
    expectUnavailable(serverError('Neo.TransientError.Transaction.DeadlockDetected'));
    expectUnavailable(serverError('Neo.TransientError.General.DatabaseUnavailable'));
    expectUnavailable(serverError('Neo.ClientError.Database.DatabaseNotFound'));
  });

  it('a uniqueness violation → CONFLICT, with the embedded adapter\'s message', () => {
    const err = serverError('Neo.ClientError.Schema.ConstraintValidationFailed', "Node(12) already exists with label `Person` and property `id` = 'p-1'");
    const mapped = mapNeo4jError(err, 'person.create');
    expect(mapped).toBeInstanceOf(DomainError);
    expect((mapped as DomainError).code).toBe('CONFLICT');
    expect(mapped.message).toBe(CONFLICT_MESSAGE);
    expect(mapped.message).not.toMatch(/Node\(12\)|Person/);
  });

  it('any other engine error (a Cypher error is our bug) → StoreError, masked for clients', () => {
    const err = serverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input \'MATCHX\'');
    const mapped = mapNeo4jError(err, 'person.byIds');
    expect(mapped).toBeInstanceOf(StoreError);
    expect(mapped.message).toMatch(/person\.byIds.*SyntaxError.*MATCHX/);
    expect(mapped.cause).toBe(err);
    const formatted = formatError({ message: mapped.message }, mapped);
    expect(formatted).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('no engine text reaches a client through formatError', () => {
    const err = serverError('Neo.ClientError.Security.Unauthorized', 'secret-user failed to authenticate at 10.0.0.5');
    const formatted = formatError({ message: 'x' }, mapNeo4jError(err));
    expect(formatted).toMatchObject({ message: STORE_UNAVAILABLE_MESSAGE, extensions: { code: 'STORE_UNAVAILABLE' } });
    expect(JSON.stringify(formatted)).not.toMatch(/secret-user|10\.0\.0\.5/);
  });

  it('our own errors, and anything not from the engine, pass through unchanged', () => {
    const refusal = new DomainError('CONFLICT', 'the graph changed meanwhile (person p-1); reload and retry');
    expect(mapNeo4jError(refusal)).toBe(refusal);
    const store = new StoreError('unknown query "x"');
    expect(mapNeo4jError(store)).toBe(store);
    const bug = new TypeError('cannot read properties of undefined');
    expect(isEngineError(bug)).toBe(false);
    expect(mapNeo4jError(bug)).toBe(bug);
  });

  it('the driver itself marks the errors it retries; mapping never hands it one of ours', () => {
    expect(Neo4jError.isRetriable(serverError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(true);
    expect(Neo4jError.isRetriable(driverError('gone', 'SessionExpired'))).toBe(true);
    expect(Neo4jError.isRetriable(serverError('Neo.ClientError.Schema.ConstraintValidationFailed'))).toBe(false);
    // what the old adapter did inside the transaction function: the driver would not retry this
    expect(Neo4jError.isRetriable(mapNeo4jError(serverError('Neo.TransientError.Transaction.DeadlockDetected')))).toBe(false);
  });
});
