import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-data.js';
import type { CompanyRecord, PersonRecord } from '../../src/domain/records.js';
import { deadlineOf, isBreached, notTopManagement, ourDepth, statusOf, type SignalData } from '../../src/domain/signals.js';
import { ReadModel } from '../../src/readmodel/read-model.js';

/**
 * DESIGN §4 "Signals and the 24-hour rule" (docs/definitions.md), the pure
 * rules: deadline = at + 24 h; status DONE once acted on, BREACHED when not
 * acknowledged by the deadline (also if acknowledged later), else
 * ACKNOWLEDGED or OPEN; only DISSATISFACTION, REDUCE_BUSINESS and TERMINATE
 * are ever breached.
 */
const H = 24;
const sig = (over: Partial<SignalData>): SignalData => ({
  id: 's', kind: 'DISSATISFACTION', at: '2026-11-20T10:00:00.000Z', severity: 2, text: null, acknowledgedAt: null, actedAt: null,
  accountId: 'acme', raisedById: null, reportedById: null, acknowledgedById: null, ...over,
});

describe('the 24-hour rule', () => {
  it('deadline is at + escalationHours', () => {
    expect(deadlineOf(sig({}), 24)).toBe('2026-11-21T10:00:00.000Z');
    expect(deadlineOf(sig({}), 36)).toBe('2026-11-21T22:00:00.000Z');
  });

  it('open inside the window, breached one millisecond after the deadline', () => {
    expect(statusOf(sig({}), H, '2026-11-21T10:00:00.000Z')).toBe('OPEN'); // exactly at the deadline: still in time
    expect(statusOf(sig({}), H, '2026-11-21T10:00:00.001Z')).toBe('BREACHED');
  });

  it('acknowledged in time stays ACKNOWLEDGED; acknowledged late is BREACHED; acting makes it DONE, breached or not', () => {
    const inTime = sig({ acknowledgedAt: '2026-11-21T09:59:00.000Z' });
    const late = sig({ acknowledgedAt: '2026-11-21T10:01:00.000Z' });
    expect(statusOf(inTime, H, '2026-12-01T00:00:00.000Z')).toBe('ACKNOWLEDGED');
    expect(isBreached(inTime, H, '2026-12-01T00:00:00.000Z')).toBe(false);
    expect(statusOf(late, H, '2026-12-01T00:00:00.000Z')).toBe('BREACHED');
    const lateDone = { ...late, actedAt: '2026-11-25T00:00:00.000Z' };
    expect(statusOf(lateDone, H, '2026-12-01T00:00:00.000Z')).toBe('DONE');
    expect(isBreached(lateDone, H, '2026-12-01T00:00:00.000Z')).toBe(true);
  });

  it('praise, complaints and other signals are never breached', () => {
    for (const kind of ['PRAISE', 'COMPLAINT', 'OTHER'] as const) {
      expect(statusOf(sig({ kind }), H, '2027-01-01T00:00:00.000Z')).toBe('OPEN');
    }
    for (const kind of ['REDUCE_BUSINESS', 'TERMINATE'] as const) {
      expect(statusOf(sig({ kind }), H, '2027-01-01T00:00:00.000Z')).toBe('BREACHED');
    }
  });
});

describe('top management: depth ≤ 1 in our reporting tree, or function EXECUTIVE', () => {
  // us: ceo (no manager) ← vp ← director ← kam;  exec: function EXECUTIVE at depth 3;  gone: left
  const co = (id: string, kind: CompanyRecord['kind']): CompanyRecord => ({ id, name: id, kind, unitLevel: 'GROUP', country: null, segment: null, isKeyAccount: null, tier: null });
  const pe = (id: string, fn: PersonRecord['function'] = 'SALES', active = true): PersonRecord => ({
    id, name: id, email: null, title: null, function: fn, decisionLevel: null, buyingRole: null, attitude: null, active, leftAt: active ? null : '2026-01-01',
  });
  const people = [pe('ceo'), pe('vp'), pe('director'), pe('kam'), pe('exec', 'EXECUTIVE'), pe('gone', 'SALES', false), pe('client')];
  const data: GraphData = {
    companies: [co('us', 'SUPPLIER'), co('acme', 'CUSTOMER')], people,
    worksAt: people.map((p) => ({ personId: p.id, companyId: p.id === 'client' ? 'acme' : 'us', title: null, since: null })),
    partOf: [], influences: [], knows: [], onTeam: [],
    reportsTo: [
      { personId: 'vp', managerId: 'ceo', since: null }, { personId: 'director', managerId: 'vp', since: null },
      { personId: 'kam', managerId: 'director', since: null }, { personId: 'exec', managerId: 'director', since: null },
      { personId: 'gone', managerId: 'ceo', since: null }, { personId: 'client', managerId: 'kam', since: null },
    ],
  };
  const g = ReadModel.fromData(data);
  const why = (id: string) => notTopManagement(g, g.personIndex(id));

  it('depths', () => {
    expect(['ceo', 'vp', 'director', 'kam', 'exec'].map((id) => ourDepth(g, g.personIndex(id)))).toEqual([0, 1, 2, 3, 3]);
  });
  it('the CEO (0), the VP (1) and an EXECUTIVE at any depth qualify', () => {
    expect([why('ceo'), why('vp'), why('exec')]).toEqual([null, null, null]);
  });
  it('a director (2), a KAM (3), someone who left and a contact do not, each with the reason', () => {
    expect(why('director')).toMatch(/depth 2 in our reporting tree/);
    expect(why('kam')).toMatch(/depth 3/);
    expect(why('gone')).toMatch(/has left/);
    expect(why('client')).toMatch(/not one of our people/);
  });
});
