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
  const pe = (id: string, active = true): PersonRecord => ({
    id, name: id, email: null, title: null, function: null, decisionLevel: null, buyingRole: null, attitude: null, active, leftAt: active ? null : '2026-01-01',
  });
  const people = [pe('X'), pe('Z'), pe('A'), pe('B'), pe('C'), pe('E', false), pe('F'), pe('Y')];
  const k = (fromId: string, toId: string, strength: number) => ({ fromId, toId, strength, lastContactAt: '2026-10-01', since: null });
  const i = (fromId: string, toId: string, strength: number) => ({ fromId, toId, strength, note: null, since: null });
  return {
    companies: [
      { id: 'us', name: 'Us', kind: 'SUPPLIER', unitLevel: 'GROUP', country: null, segment: null, isKeyAccount: null, tier: null },
      { id: 'cust', name: 'Customer', kind: 'CUSTOMER', unitLevel: 'GROUP', country: null, segment: null, isKeyAccount: true, tier: null },
    ],
    people,
    worksAt: people.map((p) => ({ personId: p.id, companyId: p.id === 'X' || p.id === 'Z' ? 'us' : 'cust', title: null, since: null })),
    partOf: [],
    reportsTo: [{ personId: 'B', managerId: 'C', since: null }],
    influences: [i('A', 'Y', 0.5), i('F', 'Y', 0.5), i('C', 'Y', 0.5), i('E', 'Y', 1), i('Y', 'A', 0.9)],
    knows: [k('X', 'A', 0.5), k('X', 'F', 0.5), k('X', 'B', 0.8), k('X', 'E', 1), k('Z', 'F', 0.9)],
    onTeam: [],
  };
}
