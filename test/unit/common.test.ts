import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageOf, toPage } from '../../src/common/pagination.js';
import { isoDate, requireId, unitInterval } from '../../src/common/validate.js';
import { DomainError, formatError } from '../../src/errors.js';
import { normalizeRows } from '../../src/store/ladybug.store.js';
import { ladybugDdl, neo4jDdl } from '../../src/store/ddl.js';
import { workerHeapLimits } from '../../src/analytics/pool.js';

describe('validation', () => {
  it('strength must lie in 0..1', () => {
    expect(unitInterval('s', 0)).toBe(0);
    expect(unitInterval('s', 1)).toBe(1);
    expect(() => unitInterval('s', 1.01)).toThrow(DomainError);
    expect(() => unitInterval('s', Number.NaN)).toThrow(/between 0 and 1/);
  });
  it('dates must exist on the calendar', () => {
    expect(isoDate('d', '2024-02-29')).toBe('2024-02-29');
    expect(() => isoDate('d', '2023-02-29')).toThrow(DomainError);
    expect(() => isoDate('d', '2024-2-1')).toThrow(DomainError);
    expect(isoDate('d', null)).toBeNull();
  });
  it('ids are non-empty printable strings', () => {
    expect(() => requireId('id', '')).toThrow(DomainError);
    expect(() => requireId('id', 'a\u0000b')).toThrow(DomainError);
    expect(requireId('id', "o'neil \"x\"")).toBe("o'neil \"x\"");
  });
});

describe('pagination', () => {
  it('cursors round-trip and forged ones are refused', () => {
    expect(decodeCursor(encodeCursor('g1-r2'))).toBe('g1-r2');
    expect(() => decodeCursor('garbage!')).toThrow(DomainError);
  });
  it('the extra row only sets hasNextPage', () => {
    const page = toPage(['a', 'b', 'c'], 2, (x) => x);
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(toPage(['a', 'b'], 2, (x) => x).pageInfo.hasNextPage).toBe(false);
  });
  it('pages an in-memory list after a cursor', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const p1 = pageOf(all, { first: 2 }, (x) => x);
    const p2 = pageOf(all, { first: 2, after: p1.pageInfo.endCursor }, (x) => x);
    const p3 = pageOf(all, { first: 2, after: p2.pageInfo.endCursor }, (x) => x);
    expect([p1, p2, p3].flatMap((p) => p.edges.map((e) => e.node))).toEqual(all);
    expect(p3.pageInfo.hasNextPage).toBe(false);
    expect(p1.totalCount).toBe(5);
    expect(() => pageOf(all, { first: 101 }, (x) => x)).toThrow(/1 to 100/);
  });
});

describe('LadybugDB row normalisation (cypher-portability §2.1)', () => {
  it('gives every row the same keys in the same order, nulls for missing ones', () => {
    const rows = normalizeRows([{ b: 1, a: 'x' }, { a: 'y', c: true }]);
    expect(rows.map((r) => Object.keys(r))).toEqual([['a', 'b', 'c'], ['a', 'b', 'c']]);
    expect(rows[1]).toEqual({ a: 'y', b: null, c: true });
  });
  it('sends a field mixing integral and fractional numbers as strings', () => {
    expect(normalizeRows([{ s: 1 }, { s: 0.5 }])).toEqual([{ s: '1' }, { s: '0.5' }]);
    expect(normalizeRows([{ s: 1 }, { s: 2 }])).toEqual([{ s: 1 }, { s: 2 }]);
  });
});

describe('schema DDL from one description', () => {
  it('makes a table per label and relationship type for LadybugDB, constraints for Neo4j', () => {
    const lb = ladybugDdl();
    // Company, Person, Interaction, Product, Sale, Signal, AccountPlan, Activity, and AuditEntry (the audit log lives
    // in the store, outside the graph)
    expect(lb.filter((s) => s.startsWith('CREATE NODE TABLE IF NOT EXISTS'))).toHaveLength(9);
    // WORKS_AT, PART_OF, REPORTS_TO, INFLUENCES, KNOWS, ON_TEAM; TOOK_PART, ABOUT (interactions); BOUGHT, OF (sales);
    // ON, RAISED, REPORTED, ACKNOWLEDGED (signals); COMPETES_AT, PARTNERS_AT, PLAN_FOR, IN_PLAN, OWNS (account management)
    expect(lb.filter((s) => s.startsWith('CREATE REL TABLE IF NOT EXISTS'))).toHaveLength(19);
    expect(lb.find((s) => s.includes('REL TABLE IF NOT EXISTS `ON`'))).toBe('CREATE REL TABLE IF NOT EXISTS `ON`(FROM `Signal` TO `Company`)');
    expect(lb.find((s) => s.includes('`KNOWS`'))).toContain('`strength` DOUBLE, `lastContactAt` DATE');
    const neo = neo4jDdl();
    expect(neo.filter((s) => s.includes('IS UNIQUE'))).toHaveLength(9);
    expect(neo.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });
});

describe('formatError', () => {
  it('keeps domain codes and fields, masks everything else', () => {
    const wrapped = { originalError: new DomainError('NOT_FOUND', 'gone', 'id') };
    expect(formatError({ message: 'x' }, wrapped).extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    const internal = formatError({ message: 'Binder exception: secret', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, { originalError: new Error('Binder exception: secret') });
    expect(internal).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: undefined, path: undefined });
  });
});

describe('worker heap limits (docs/decisions.md "Heap limits per worker")', () => {
  const MiB = 2 ** 20;
  it('caps the old generation at 2× the main thread\'s heap, at least 1 GiB; the young generation at 64 MiB', () => {
    // scale L: 327 MiB used when the workers start → 2 × 327 = 654 < 1024 → the floor
    expect(workerHeapLimits(327 * MiB)).toEqual({ maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64 });
    // a 3,000 MiB heap (XL) → 2 × 3,000 = 6,000 MiB
    expect(workerHeapLimits(3000 * MiB).maxOldGenerationSizeMb).toBe(6000);
    // 600.1 MiB → 1,200.2 → rounded up to 1,201
    expect(workerHeapLimits(600.1 * MiB).maxOldGenerationSizeMb).toBe(1201);
  });
});
