import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../src/generator/generate.js';

const today = new Date('2026-11-01T00:00:00Z');

describe('generated graphs', () => {
  const g = generateGraph('demo', 42, today);

  it('are deterministic for a seed and differ between seeds', () => {
    expect(generateGraph('demo', 42, today)).toEqual(g);
    expect(generateGraph('demo', 43, today).knows).not.toEqual(g.knows);
  });

  it('the demo has the documented shape', () => {
    const customers = g.companies.filter((c) => c.kind === 'CUSTOMER');
    expect(customers.filter((c) => c.unitLevel === 'GROUP')).toHaveLength(8);
    expect(customers.some((c) => c.unitLevel === 'REGIONAL') && customers.some((c) => c.unitLevel === 'LOCAL')).toBe(true);
    expect(g.people.filter((p) => p.id.startsWith('u-'))).toHaveLength(40);
    expect(g.people.filter((p) => !p.id.startsWith('u-'))).toHaveLength(296);
    expect(g.people.some((p) => !p.active && p.leftAt)).toBe(true);
  });

  it('are consistent: every link joins existing nodes, no self-loops, one employer and one manager each', () => {
    const people = new Set(g.people.map((p) => p.id));
    const companies = new Set(g.companies.map((c) => c.id));
    for (const e of g.worksAt) expect(people.has(e.personId) && companies.has(e.companyId)).toBe(true);
    for (const e of [...g.knows, ...g.influences]) {
      expect(people.has(e.fromId) && people.has(e.toId)).toBe(true);
      expect(e.fromId).not.toBe(e.toId);
      expect(e.strength).toBeGreaterThanOrEqual(0);
      expect(e.strength).toBeLessThanOrEqual(1);
    }
    expect(new Set(g.worksAt.map((e) => e.personId)).size).toBe(g.worksAt.length);
    expect(new Set(g.reportsTo.map((e) => e.personId)).size).toBe(g.reportsTo.length);
    // KNOWS always runs from one of ours (u-*) to a contact
    expect(g.knows.every((k) => k.fromId.startsWith('u-') && !k.toId.startsWith('u-'))).toBe(true);
  });

  it('reporting lines form a forest (no cycles)', () => {
    const manager = new Map(g.reportsTo.map((r) => [r.personId, r.managerId]));
    for (const p of g.people) {
      const seen = new Set<string>();
      for (let x: string | undefined = p.id; x; x = manager.get(x)) {
        expect(seen.has(x)).toBe(false);
        seen.add(x);
      }
    }
  });

  it('scale M reaches 50,000 contacts and 250,000 KNOWS edges', { timeout: 120_000 }, () => {
    const m = generateGraph('M', 1, today);
    expect(m.people.length - 2000).toBeGreaterThanOrEqual(50_000);
    expect(m.knows.length).toBeGreaterThanOrEqual(250_000);
  });
});
