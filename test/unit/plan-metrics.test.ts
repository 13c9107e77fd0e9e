import { describe, expect, it } from 'vitest';
import { emptySections, normaliseSections, parseSections, planId, sectionsJson, versionId } from '../../src/domain/plans.js';
import { attainment, completeness, freshnessDays, satisfactionIndex, yearElapsed } from '../../src/modules/plan/plan.metrics.js';
import { managerAbove, negotiationLadder, type LadderPerson } from '../../src/modules/negotiation/negotiation.metrics.js';

describe('plan completeness (docs/plans.md "Completeness")', () => {
  it('counts the eight written sections, each filled or not, by hand', () => {
    const s = emptySections();
    s.business.strategy = 'Consolidate suppliers';          // BUSINESS: one of five parts written → filled
    s.results = [{ year: 2025, turnover: null, operatingProfit: null }]; // a year with neither figure → RESULTS not filled
    s.challenges = [{ challenge: 'Downtime', howWeCanHelp: null }];     // CHALLENGES filled
    s.targets = [];                                           // TARGETS not filled
    s.roleToday = 'PREFERRED';                                // SUPPLIER_ROLE needs both → not filled
    // key people: 2 named, 1 still an active contact → filled; partners/competitors: none in place → not; activities: 1 live → filled
    const c = completeness({ sections: s, keyPeopleInPlace: 1, linksInPlace: 0, liveActivities: 1 });
    // filled: BUSINESS, CHALLENGES, KEY_PEOPLE, ACTIVITIES = 4 of 8 → 0.5
    expect(c.filled).toEqual(['BUSINESS', 'CHALLENGES', 'KEY_PEOPLE', 'ACTIVITIES']);
    expect(c.missing).toEqual(['RESULTS', 'PARTNERS_AND_COMPETITORS', 'TARGETS', 'SUPPLIER_ROLE']);
    expect(c.ratio).toBe(0.5);
  });

  it('an empty plan is 0, a full one 1; blank text does not count as written', () => {
    const s = emptySections();
    s.business.market = '   ';
    expect(completeness({ sections: s, keyPeopleInPlace: 0, linksInPlace: 0, liveActivities: 0 }).ratio).toBe(0);
    const full = emptySections();
    full.business.market = 'M';
    full.results = [{ year: 2025, turnover: 1e9, operatingProfit: null }];
    full.challenges = [{ challenge: 'C', howWeCanHelp: 'H' }];
    full.targets = [{ family: 'Seals', revenue: 100, volume: null }];
    full.roleToday = 'VENDOR';
    full.roleNextYear = 'PREFERRED';
    // 8 of 8
    expect(completeness({ sections: full, keyPeopleInPlace: 3, linksInPlace: 2, liveActivities: 1 })).toEqual({
      filled: ['BUSINESS', 'RESULTS', 'CHALLENGES', 'KEY_PEOPLE', 'PARTNERS_AND_COMPETITORS', 'TARGETS', 'ACTIVITIES', 'SUPPLIER_ROLE'], missing: [], ratio: 1,
    });
    // 7 of 8 once the only live activity is cancelled: 0.875
    expect(completeness({ sections: full, keyPeopleInPlace: 3, linksInPlace: 2, liveActivities: 0 }).ratio).toBe(0.875);
  });
});

describe('freshness, satisfaction, attainment, the year elapsed', () => {
  it('freshness is whole days from the day of the last version', () => {
    expect(freshnessDays('2026-11-01T23:59:00.000Z', '2026-11-01')).toBe(0);
    // 2026-08-03 → 2026-11-01: 28 (rest of Aug) + 30 + 31 + 1 = 90
    expect(freshnessDays('2026-08-03T08:00:00.000Z', '2026-11-01')).toBe(90);
    expect(freshnessDays('2026-11-05T00:00:00.000Z', '2026-11-01')).toBe(0); // a clock ahead never gives a negative age
  });

  it('satisfaction index: 100 × positive ÷ (positive + negative), null without data', () => {
    // praise sev 3 → +3; complaint sev 1 → 1; reduce-business sev 2 → 2 × 2 = 4; other → ignored
    const s = satisfactionIndex([{ kind: 'PRAISE', severity: 3 }, { kind: 'COMPLAINT', severity: 1 }, { kind: 'REDUCE_BUSINESS', severity: 2 }, { kind: 'OTHER', severity: 3 }]);
    // 100 × 3 ÷ (3 + 5) = 37.5
    expect(s).toEqual({ index: 37.5, positive: 3, negative: 5, signals: 3 });
    expect(satisfactionIndex([])).toEqual({ index: null, positive: 0, negative: 0, signals: 0 });
    expect(satisfactionIndex([{ kind: 'OTHER', severity: 2 }]).index).toBeNull();
    expect(satisfactionIndex([{ kind: 'TERMINATE', severity: 1 }]).index).toBe(0);
    expect(satisfactionIndex([{ kind: 'PRAISE', severity: 1 }]).index).toBe(100);
  });

  it('attainment and the year elapsed', () => {
    expect(attainment(450, 1000)).toBe(0.45);
    expect(attainment(450, null)).toBeNull();
    expect(attainment(450, 0)).toBeNull();
    // 2026-11-01: 304 days after 1 January (31+28+31+30+31+30+31+31+30+31) of 365
    expect(yearElapsed(2026, '2026-11-01')).toBeCloseTo(304 / 365, 12);
    expect(yearElapsed(2026, '2026-01-01')).toBe(0);
    expect(yearElapsed(2025, '2026-11-01')).toBe(1);
    expect(yearElapsed(2027, '2026-11-01')).toBe(0);
  });
});

describe('plan ids and sections', () => {
  it('ids escape the account id as sale ids do, and name the version', () => {
    expect(planId('g1', 2026)).toBe('g1/2026');
    expect(planId('a/b%c', 2026)).toBe('a%2Fb%25c/2026');
    expect(versionId('g1/2026', 3)).toBe('g1/2026@3');
  });

  it('sections round-trip through JSON in one key order', () => {
    const s = emptySections();
    s.keyPeople = [{ note: 'n', id: 'p1' } as never];
    s.targets = [{ volume: 5, family: 'Seals' } as never];
    const json = sectionsJson(s);
    expect(parseSections(json)).toEqual(normaliseSections(s));
    expect(json).toContain('{"id":"p1","note":"n"}');
    expect(json).toContain('{"family":"Seals","revenue":null,"volume":5}');
    expect(parseSections('not json')).toEqual(emptySections());
  });
});

describe('negotiation referee ladder (DESIGN §6), by hand', () => {
  /**
   *   ceo (top, no manager)
   *    └─ vp
   *        ├─ kam1 ── (NEGOTIATOR at acme)
   *        └─ gone (has left) ── kam2
   *   partner-x: not ours, manager of nobody
   */
  const people: Record<string, LadderPerson> = {
    ceo: { id: 'ceo', ours: true, active: true, managerId: null },
    vp: { id: 'vp', ours: true, active: true, managerId: 'ceo' },
    kam1: { id: 'kam1', ours: true, active: true, managerId: 'vp' },
    gone: { id: 'gone', ours: true, active: false, managerId: 'vp' },
    kam2: { id: 'kam2', ours: true, active: true, managerId: 'gone' },
    left: { id: 'left', ours: true, active: false, managerId: 'vp' },
    ext: { id: 'ext', ours: false, active: true, managerId: null },
    underExt: { id: 'underExt', ours: true, active: true, managerId: 'ext' },
  };
  const person = (id: string) => people[id] ?? null;

  it('a normal ladder: negotiator, referee (their manager), the level above', () => {
    expect(negotiationLadder([{ personId: 'kam1', role: 'NEGOTIATOR' }, { personId: 'kam2', role: 'KAM' }], person))
      .toEqual({ negotiatorId: 'kam1', source: 'NEGOTIATOR', refereeId: 'vp', aboveId: 'ceo', flags: [] });
  });

  it('without a NEGOTIATOR the KAM negotiates; a manager who left is skipped for the next one up', () => {
    // kam2 → gone (left) → vp: the referee is vp, above them ceo
    expect(negotiationLadder([{ personId: 'kam2', role: 'KAM' }, { personId: 'ceo', role: 'EXECUTIVE_SPONSOR' }], person))
      .toEqual({ negotiatorId: 'kam2', source: 'KAM', refereeId: 'vp', aboveId: 'ceo', flags: [] });
  });

  it('a negotiator at our top level is flagged: no one is left to call in', () => {
    expect(negotiationLadder([{ personId: 'ceo', role: 'NEGOTIATOR' }, { personId: 'kam1', role: 'KAM' }], person))
      .toEqual({ negotiatorId: 'ceo', source: 'NEGOTIATOR', refereeId: null, aboveId: null, flags: ['NEGOTIATOR_AT_TOP'] });
    // the referee at the top is fine (the level above is then empty, not flagged)
    expect(negotiationLadder([{ personId: 'vp', role: 'KAM' }], person)).toEqual({ negotiatorId: 'vp', source: 'KAM', refereeId: 'ceo', aboveId: null, flags: [] });
  });

  it('no negotiator and no KAM (or only people who left) is flagged', () => {
    expect(negotiationLadder([{ personId: 'vp', role: 'EXECUTIVE_SPONSOR' }], person).flags).toEqual(['NO_NEGOTIATOR']);
    expect(negotiationLadder([], person)).toEqual({ negotiatorId: null, source: null, refereeId: null, aboveId: null, flags: ['NO_NEGOTIATOR'] });
    // a NEGOTIATOR who left does not count: the KAM negotiates
    expect(negotiationLadder([{ personId: 'left', role: 'NEGOTIATOR' }, { personId: 'kam1', role: 'KAM' }], person).negotiatorId).toBe('kam1');
    expect(negotiationLadder([{ personId: 'left', role: 'KAM' }], person).flags).toEqual(['NO_NEGOTIATOR']);
  });

  it('several negotiators: the first by id; our tree ends at someone who is not ours', () => {
    expect(negotiationLadder([{ personId: 'kam2', role: 'NEGOTIATOR' }, { personId: 'kam1', role: 'NEGOTIATOR' }], person).negotiatorId).toBe('kam1');
    expect(managerAbove('underExt', person)).toBeNull();
    expect(managerAbove('nobody', person)).toBeNull();
  });
});
