import type { GeneratedGraph } from '../../src/generator/generate.js';
import type { PersonRecord } from '../../src/domain/records.js';

/**
 * Hand-worked fixture for influence paths (REPORTS_TO counts 0.8):
 *
 *   X (ours) ─KNOWS 0.8─ B ─REPORTS_TO─ C ─INFLUENCES 0.5─▶ Y      0.8·0.8·0.5 = 0.32  (3 hops, strongest)
 *   X ─KNOWS 0.5─ A ─INFLUENCES 0.5─▶ Y                              0.25 (2 hops)
 *   X ─KNOWS 0.5─ F ─INFLUENCES 0.5─▶ Y                              0.25 (2 hops, ties with A)
 *   X ─KNOWS 1.0─ E ─INFLUENCES 1.0─▶ Y                              1.0, but E has left: blocked
 *   Y ─INFLUENCES 0.9─▶ A                                            not walkable from A to Y (direction)
 *   Z (ours) ─KNOWS 0.9─ F                                           Z → Y: 0.9·0.5 = 0.45
 */
export function pathsFixture(): GeneratedGraph {
  return pathsGraph({
    people: ['X', 'Z', 'A', 'B', 'C', 'E', 'F', 'Y'],
    ours: ['X', 'Z'],
    left: ['E'],
    reportsTo: [['B', 'C']],
    influences: [['A', 'Y', 0.5], ['F', 'Y', 0.5], ['C', 'Y', 0.5], ['E', 'Y', 1], ['Y', 'A', 0.9]],
    knows: [['X', 'A', 0.5], ['X', 'F', 0.5], ['X', 'B', 0.8], ['X', 'E', 1], ['Z', 'F', 0.9]],
  });
}

type Link = [from: string, to: string, strength: number];

/**
 * A small graph for path tests: `ours` work at the supplier `us`, everyone
 * else at the key account `cust`; people are indexed in the order given,
 * those in `left` left on 2026-01-01; every KNOWS was last contacted on
 * 2026-10-01.
 */
export function pathsGraph(spec: {
  people: string[];
  ours: string[];
  left?: string[];
  reportsTo?: [person: string, manager: string][];
  influences: Link[];
  knows: Link[];
}): GeneratedGraph {
  const left = new Set(spec.left ?? []);
  const people = spec.people.map((id): PersonRecord => ({
    id, name: id, email: null, title: null, function: null, decisionLevel: null, buyingRole: null, attitude: null,
    active: !left.has(id), leftAt: left.has(id) ? '2026-01-01' : null,
  }));
  const ours = new Set(spec.ours);
  return {
    companies: [
      { id: 'us', name: 'Us', kind: 'SUPPLIER', unitLevel: 'GROUP', country: null, segment: null, isKeyAccount: null, tier: null },
      { id: 'cust', name: 'Customer', kind: 'CUSTOMER', unitLevel: 'GROUP', country: null, segment: null, isKeyAccount: true, tier: null },
    ],
    people,
    worksAt: people.map((p) => ({ personId: p.id, companyId: ours.has(p.id) ? 'us' : 'cust', title: null, since: null })),
    partOf: [],
    reportsTo: (spec.reportsTo ?? []).map(([personId, managerId]) => ({ personId, managerId, since: null })),
    influences: spec.influences.map(([fromId, toId, strength]) => ({ fromId, toId, strength, note: null, since: null })),
    knows: spec.knows.map(([fromId, toId, strength]) => ({ fromId, toId, strength, lastContactAt: '2026-10-01', since: null })),
    onTeam: [],
  };
}
