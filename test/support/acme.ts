import type { GeneratedGraph } from '../../src/generator/generate.js';
import type { CompanyRecord, PersonRecord } from '../../src/domain/records.js';

/**
 * The hand-worked fixture for the risk metrics. Judged at asOf 2026-11-01
 * with minStrength 0.3 and maxAgeDays 365 (cutoff 2025-11-01).
 *
 *   us (SUPPLIER) ── us-1                 our people o1..o6 (o6 has left)
 *   acme (GROUP) ─┬─ acme-n (REGIONAL) ── acme-n1 (LOCAL)
 *                 └─ acme-s (REGIONAL)
 *   beta (GROUP): two contacts, no decision maker
 *
 * Decision makers (active): a1 a2 a3 (CENTRAL), n1 n2 s1 s2 (REGIONAL), l1 (LOCAL);
 * l4 is a decision maker who left, so never counted.
 */
const co = (id: string, name: string, kind: CompanyRecord['kind'], unitLevel: CompanyRecord['unitLevel']): CompanyRecord => ({
  id, name, kind, unitLevel, country: 'DE', segment: null, isKeyAccount: true, tier: 'A',
});
const pe = (id: string, fn: PersonRecord['function'], level: PersonRecord['decisionLevel'], role: PersonRecord['buyingRole'], active = true): PersonRecord => ({
  id, name: id.toUpperCase(), email: null, title: null, function: fn, decisionLevel: level, buyingRole: role, attitude: null,
  active, leftAt: active ? null : '2026-09-30',
});

export const ACME_AS_OF = '2026-11-01';

export function acmeFixture(): GeneratedGraph {
  const companies = [
    co('us', 'Us', 'SUPPLIER', 'GROUP'), co('us-1', 'Us East', 'SUPPLIER', 'REGIONAL'),
    co('acme', 'Acme Group', 'CUSTOMER', 'GROUP'), co('acme-n', 'Acme North', 'CUSTOMER', 'REGIONAL'),
    co('acme-s', 'Acme South', 'CUSTOMER', 'REGIONAL'), co('acme-n1', 'Acme North Plant', 'CUSTOMER', 'LOCAL'),
    co('beta', 'Beta Corp', 'CUSTOMER', 'GROUP'),
  ];
  const ours = [
    pe('o1', 'SALES', null, null), pe('o2', 'SALES', null, null), pe('o3', 'SERVICE', null, null),
    pe('o4', 'EXECUTIVE', null, null), pe('o5', 'RND', null, null), pe('o6', 'SALES', null, null, false),
  ];
  const contacts: [PersonRecord, string, string | null][] = [
    // person, unit, manager
    [pe('a1', 'EXECUTIVE', 'CENTRAL', 'DECISION_MAKER'), 'acme', null],
    [pe('a2', 'FINANCE', 'CENTRAL', 'ECONOMIC_BUYER'), 'acme', 'a1'],
    [pe('a3', 'PROCUREMENT', 'CENTRAL', 'DECISION_MAKER'), 'acme', 'a1'],
    [pe('a4', 'EXECUTIVE', 'CENTRAL', 'USER'), 'acme', 'a1'],
    [pe('a5', 'PROCUREMENT', 'CENTRAL', 'TECHNICAL_BUYER'), 'acme', 'a3'],
    [pe('n1', 'EXECUTIVE', 'REGIONAL', 'DECISION_MAKER'), 'acme-n', 'a1'],
    [pe('n2', 'FINANCE', 'REGIONAL', 'ECONOMIC_BUYER'), 'acme-n', 'n1'],
    [pe('n3', 'RND', 'REGIONAL', 'INFLUENCER'), 'acme-n', 'n1'],
    [pe('n4', 'OPERATIONS', 'REGIONAL', 'USER'), 'acme-n', 'n1'],
    [pe('l1', 'OPERATIONS', 'LOCAL', 'DECISION_MAKER'), 'acme-n1', 'n1'],
    [pe('l2', 'OPERATIONS', 'LOCAL', 'USER'), 'acme-n1', 'l1'],
    [pe('l3', 'IT', 'LOCAL', 'USER'), 'acme-n1', 'l1'],
    [pe('l4', 'OPERATIONS', 'LOCAL', 'DECISION_MAKER', false), 'acme-n1', 'l1'],
    [pe('s1', 'EXECUTIVE', 'REGIONAL', 'DECISION_MAKER'), 'acme-s', 'a1'],
    [pe('s2', 'FINANCE', 'REGIONAL', 'ECONOMIC_BUYER'), 'acme-s', 's1'],
    [pe('s3', 'SALES', 'REGIONAL', 'CHAMPION'), 'acme-s', 's1'],
    [pe('s4', 'OPERATIONS', 'REGIONAL', 'USER'), 'acme-s', 's1'],
    [pe('s5', 'LEGAL', 'REGIONAL', 'GATEKEEPER'), 'acme-s', 's1'],
    [pe('s6', null, 'REGIONAL', 'USER'), 'acme-s', 's1'],
    [pe('s7', 'HR', 'REGIONAL', 'USER'), 'acme-s', 's1'],
    [pe('b1', 'IT', 'LOCAL', 'USER'), 'beta', null],
    [pe('b2', 'RND', 'LOCAL', 'INFLUENCER'), 'beta', 'b1'],
  ];
  const k = (fromId: string, toId: string, strength: number, lastContactAt: string | null) => ({ fromId, toId, strength, lastContactAt, since: '2020-01-01' });
  return {
    companies,
    people: [...ours, ...contacts.map(([p]) => p)],
    partOf: [
      { unitId: 'us-1', parentId: 'us' }, { unitId: 'acme-n', parentId: 'acme' },
      { unitId: 'acme-s', parentId: 'acme' }, { unitId: 'acme-n1', parentId: 'acme-n' },
    ],
    worksAt: [
      ...ours.map((o, i) => ({ personId: o.id, companyId: i < 4 ? 'us' : 'us-1', title: null, since: null })),
      ...contacts.map(([p, unit]) => ({ personId: p.id, companyId: unit, title: null, since: null })),
    ],
    reportsTo: contacts.filter(([, , m]) => m).map(([p, , m]) => ({ personId: p.id, managerId: m!, since: null })),
    influences: [
      { fromId: 'a4', toId: 'a1', strength: 0.9, note: 'trusted assistant', since: null },
      { fromId: 'a4', toId: 'a3', strength: 0.6, note: null, since: null },
      { fromId: 'n3', toId: 'n1', strength: 0.7, note: null, since: null },
      { fromId: 'l2', toId: 'l1', strength: 0.4, note: null, since: null },
    ],
    knows: [
      k('o1', 'a1', 0.9, '2026-10-01'), k('o4', 'a1', 0.8, '2026-06-01'),
      k('o1', 'a2', 0.7, '2026-09-01'), k('o2', 'a2', 0.2, '2026-10-01'), // weak: not counted
      k('o3', 'a3', 0.6, '2025-06-01'), // stale: before the cutoff
      k('o2', 'a3', 0.5, null), // no lastContactAt: stale
      k('o1', 'n1', 0.8, '2026-08-01'), k('o6', 'n1', 0.9, '2026-10-01'), // o6 has left
      k('o2', 'n2', 0.6, '2026-07-01'), k('o3', 'n2', 0.4, '2026-05-01'),
      k('o5', 'l1', 0.5, '2026-02-01'),
      k('o1', 's2', 0.3, '2025-11-01'), // exactly at both thresholds: counts
      k('o3', 'a4', 0.7, '2026-09-15'), k('o1', 'n3', 0.6, '2026-03-01'), k('o2', 'l2', 0.9, '2026-10-10'),
      k('o4', 'l4', 0.9, '2026-10-01'), // l4 has left
      k('o2', 's3', 0.8, '2026-04-01'), k('o3', 's3', 0.6, '2026-04-02'),
      k('o1', 'b1', 0.9, '2026-10-01'),
    ],
    onTeam: [{ personId: 'o1', companyId: 'acme', role: 'KAM' }, { personId: 'o4', companyId: 'acme', role: 'EXECUTIVE_SPONSOR' }],
  };
}
