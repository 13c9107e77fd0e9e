import type { GraphData } from '../../src/domain/graph-data.js';
import type { CompanyRecord, InteractionData, PersonRecord } from '../../src/domain/records.js';

/**
 * DESIGN §4 "Derived strength" and "Values in force", worked by hand
 * (docs/definitions.md). asOf 2026-06-30; half-life 90 days, saturation 2,
 * weights MEETING 1, CALL 0.6, EMAIL 0.3.
 *
 *   us: u1, u2 (ours)        acme: c1 (DECISION_MAKER), c2 (DECISION_MAKER), c3, c4, c5
 *
 *   i1 MEETING 2026-06-30  u1 c1            age 0,  n 2: 1.0 × 1     / √1 = 1.0
 *   i2 CALL    2026-04-01  u1 c1            age 90, n 2: 0.6 × 0.5   / √1 = 0.3
 *   i3 MEETING 2026-06-30  u1 u2 c1 c2 c3   age 0,  n 5: 1.0 × 1     / √4 = 0.5 to each of the 6 cross pairs
 *   i4 EMAIL OUTBOUND 2026-06-30  u1 c4     age 0,  n 2: 0.3
 *   i5 EMAIL OUTBOUND 2026-06-29  u1 c4     age 1,  n 2: 0.3 × 2^(−1/90) = 0.297698
 *   i6 MEETING 2026-07-15  u2 c2            after asOf: does not exist yet
 *   KNOWS u1 → c1 typed 0.9, lastContactAt 2026-01-01 (overridden by interactions)
 *   KNOWS u2 → c5 typed 0.7, lastContactAt 2026-05-01, no interactions (typed stays)
 *   KNOWS u2 → c3 typed 0.8, since 2026-08-01: did not exist yet at asOf
 *   beta: b1 (DECISION_MAKER), no relationship (another account, for the access tests)
 */
export const AS_OF = '2026-06-30';
const co = (id: string, kind: CompanyRecord['kind']): CompanyRecord => ({ id, name: id, kind, unitLevel: 'GROUP', country: null, segment: null, isKeyAccount: true, tier: null });
const pe = (id: string, role: PersonRecord['buyingRole'] = null): PersonRecord => ({
  id, name: id, email: null, title: null, function: null, decisionLevel: 'CENTRAL', buyingRole: role, attitude: null, active: true, leftAt: null,
});
const ix = (id: string, kind: InteractionData['kind'], at: string, participantIds: string[], direction: InteractionData['direction'] = null): InteractionData => ({
  id, kind, at, direction, level: kind === 'MEETING' ? 'STRATEGIC' : null, subject: null, accountId: 'acme', participantIds: [...participantIds].sort(),
});

export function activityFixture(): GraphData {
  const ours = ['u1', 'u2'].map((id) => pe(id));
  const contacts = [pe('c1', 'DECISION_MAKER'), pe('c2', 'DECISION_MAKER'), pe('c3'), pe('c4'), pe('c5')];
  return {
    companies: [co('us', 'SUPPLIER'), co('acme', 'CUSTOMER'), co('beta', 'CUSTOMER')],
    people: [...ours, ...contacts, pe('b1', 'DECISION_MAKER')],
    worksAt: [...ours.map((p) => ({ personId: p.id, companyId: 'us', title: null, since: null })), ...contacts.map((p) => ({ personId: p.id, companyId: 'acme', title: null, since: null })), { personId: 'b1', companyId: 'beta', title: null, since: null }],
    partOf: [], reportsTo: [], influences: [], onTeam: [],
    knows: [
      { fromId: 'u1', toId: 'c1', strength: 0.9, lastContactAt: '2026-01-01', since: null },
      { fromId: 'u2', toId: 'c5', strength: 0.7, lastContactAt: '2026-05-01', since: null },
      { fromId: 'u2', toId: 'c3', strength: 0.8, lastContactAt: '2026-08-01', since: '2026-08-01' },
    ],
    interactions: [
      ix('i1', 'MEETING', '2026-06-30', ['u1', 'c1']),
      ix('i2', 'CALL', '2026-04-01', ['u1', 'c1']),
      ix('i3', 'MEETING', '2026-06-30', ['u1', 'u2', 'c1', 'c2', 'c3']),
      ix('i4', 'EMAIL', '2026-06-30', ['u1', 'c4'], 'OUTBOUND'),
      ix('i5', 'EMAIL', '2026-06-29', ['u1', 'c4'], 'OUTBOUND'),
      ix('i6', 'MEETING', '2026-07-15', ['u2', 'c2']),
    ],
  };
}

