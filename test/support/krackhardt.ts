import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { GeneratedGraph } from '../../src/generator/generate.js';
import type { PersonRecord } from '../../src/domain/records.js';

const read = (name: string): Record<string, string>[] =>
  parse(readFileSync(new URL(`../fixtures/krackhardt/${name}`, import.meta.url)), { columns: true, skip_empty_lines: true });

export const managers = read('managers.csv');
export const reportsTo = read('reports_to.csv');
export const advice = read('advice.csv');

/**
 * Krackhardt's 21 high-tech managers (test/fixtures/krackhardt/README.md) as one
 * customer account: the CEO (level 1) is a DECISION_MAKER, vice presidents
 * (level 2) ECONOMIC_BUYERs, managers (level 3) USERs; reporting lines as
 * given; each advice tie "seeker → advisor" becomes advisor INFLUENCES seeker
 * with strength 1.
 */
export function krackhardtGraph(): GeneratedGraph {
  const role = (level: string): PersonRecord['buyingRole'] => (level === '1' ? 'DECISION_MAKER' : level === '2' ? 'ECONOMIC_BUYER' : 'USER');
  const people: PersonRecord[] = managers.map((m) => ({
    id: `k${m.id}`, name: `Manager ${m.id}`, email: null, title: null, function: null,
    decisionLevel: m.level === '3' ? 'LOCAL' : 'CENTRAL', buyingRole: role(m.level), attitude: null, active: true, leftAt: null,
  }));
  return {
    companies: [{ id: 'hitech', name: 'High-tech equipment maker', kind: 'CUSTOMER', unitLevel: 'GROUP', country: 'US', segment: null, isKeyAccount: true, tier: 'A' }],
    people,
    worksAt: people.map((p) => ({ personId: p.id, companyId: 'hitech', title: null, since: null })),
    partOf: [],
    reportsTo: reportsTo.filter((r) => r.reports_to && r.reports_to !== '0').map((r) => ({ personId: `k${r.manager_id}`, managerId: `k${r.reports_to}`, since: null })),
    influences: advice.map((a) => ({ fromId: `k${a.advisor}`, toId: `k${a.seeker}`, strength: 1, note: null, since: null })),
    knows: [],
    onTeam: [],
  };
}
