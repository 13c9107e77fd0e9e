import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { inForce } from '../../src/domain/in-force.js';
import { contribution, DEFAULT_STRENGTH, derivedStrength } from '../../src/domain/strength.js';
import { CoverageService } from '../../src/modules/coverage/coverage.service.js';
import { InfluenceService } from '../../src/modules/influence/influence.service.js';
import { fromDay } from '../../src/readmodel/days.js';
import { ReadModel } from '../../src/readmodel/read-model.js';

import { activityFixture as fixture, AS_OF } from '../support/activity.js';

/** The fixture and its arithmetic: test/support/activity.ts. */
describe('derived strength (DESIGN §4), by hand', () => {
  const P = DEFAULT_STRENGTH;

  it('contribution and derived strength: the formula', () => {
    expect(contribution('MEETING', 0, 2, P)).toBe(1); // 1.0 × 2^0 / √1
    expect(contribution('CALL', 90, 2, P)).toBeCloseTo(0.3, 12); // 0.6 × 2^−1 / √1
    expect(contribution('MEETING', 0, 5, P)).toBeCloseTo(0.5, 12); // 1.0 / √4
    expect(contribution('EMAIL', 0, 1, P)).toBeCloseTo(0.3, 12); // n 1: √max(1, 0) = 1
    expect(derivedStrength(1.3, false, P)).toBeCloseTo(1 - Math.exp(-0.65), 12); // 0.477954
    expect(derivedStrength(0.6, true, P)).toBe(0.2); // 1 − e^−0.3 = 0.259182, capped at 0.2
    expect(derivedStrength(0.1, true, P)).toBeCloseTo(1 - Math.exp(-0.05), 12); // 0.048771: under the cap, unchanged
  });

  const g = ReadModel.fromData(fixture());
  const at = (asOf: string) => inForce(g, asOf, P);
  const rel = (asOf: string, ours: string, contact: string) =>
    at(asOf).relationships(g.personIndex(contact), 1).find((r) => r.other === g.personIndex(ours)) ?? null;

  it('a 1:1 meeting, a call and a group meeting: u1–c1 is derived, the typed 0.9 is shown beside it', () => {
    const r = rel(AS_OF, 'u1', 'c1')!;
    // S = 1.0 (i1) + 0.3 (i2) + 0.5 (i3) = 1.8; 1 − e^(−1.8/2) = 1 − e^−0.9 = 0.593430
    expect(r.derivedStrength).toBeCloseTo(1 - Math.exp(-0.9), 12);
    expect(r.derivedStrength).toBeCloseTo(0.59343, 5);
    expect(r.strength).toBe(r.derivedStrength);
    expect(r).toMatchObject({ typedStrength: 0.9, source: 'DERIVED', interactions: 3 });
    // lastContactAt in force: the later of 2026-01-01 (typed) and 2026-06-30 (i1, i3)
    expect(fromDay(r.lastContact)).toBe('2026-06-30');
  });

  it('a group meeting alone: each cross pair gets 1/√(5−1) = 0.5, and no KNOWS edge is needed', () => {
    for (const [o, c] of [['u1', 'c2'], ['u1', 'c3'], ['u2', 'c1'], ['u2', 'c2']]) {
      const r = rel(AS_OF, o, c)!;
      // S = 0.5; 1 − e^−0.25 = 0.221199
      expect(r.strength, `${o}–${c}`).toBeCloseTo(1 - Math.exp(-0.25), 12);
      expect(r).toMatchObject({ typedStrength: null, source: 'DERIVED', interactions: 1 });
    }
    // ours with ours, theirs with theirs: no relationship
    expect(at(AS_OF).relationships(g.personIndex('c2'), 1).map((r) => g.personId(r.other)).sort()).toEqual(['u1', 'u2']);
    expect(at(AS_OF).relationships(g.personIndex('u2'), 1)).toEqual([]);
  });

  it('a one-way mail thread is capped at 0.2', () => {
    const r = rel(AS_OF, 'u1', 'c4')!;
    // S = 0.3 + 0.3 × 2^(−1/90) = 0.597698; 1 − e^(−0.298849) = 0.258329 (e^−0.298849 = 0.741671), capped: one-way mail only
    expect(1 - Math.exp(-(0.3 + 0.3 * 2 ** (-1 / 90)) / 2)).toBeCloseTo(0.258329, 5);
    expect(r.strength).toBe(0.2);
    expect(r.interactions).toBe(2);
  });

  it('an interaction after asOf does not exist yet; on its day it counts', () => {
    // at 2026-06-30 u2–c2 has only i3: 0.221199
    expect(rel(AS_OF, 'u2', 'c2')!.strength).toBeCloseTo(0.221199, 5);
    // at 2026-07-15: i3 is 15 days old (0.5 × 2^(−15/90) = 0.445449) and i6 is new (1.0): S = 1.445449
    // 1 − e^(−0.722725) = 1 − 0.485428 = 0.514572
    const later = rel('2026-07-15', 'u2', 'c2')!;
    expect(later.strength).toBeCloseTo(1 - Math.exp(-(0.5 * 2 ** (-15 / 90) + 1) / 2), 12);
    expect(later.strength).toBeCloseTo(0.514572, 5);
    expect(later.interactions).toBe(2);
  });

  it('a pair with a typed strength and no interactions keeps it; a KNOWS edge since after asOf does not exist yet', () => {
    expect(rel(AS_OF, 'u2', 'c5')).toMatchObject({ strength: 0.7, typedStrength: 0.7, derivedStrength: null, source: 'TYPED', interactions: 0 });
    // u2–c3: typed since 2026-08-01, after asOf; only i3 counts (0.221199), no typed value on that day
    expect(rel(AS_OF, 'u2', 'c3')).toMatchObject({ typedStrength: null, source: 'DERIVED' });
    // on 2026-08-01 the typed edge exists; lastContactAt 2026-08-01 is no longer in the future
    const aug = rel('2026-08-01', 'u2', 'c3')!;
    expect(aug.typedStrength).toBe(0.8);
    expect(fromDay(aug.lastContact)).toBe('2026-08-01');
    // before i3 and before the edge: nothing at all
    expect(rel('2026-06-29', 'u2', 'c3')).toBeNull();
  });

  it('coverage uses the values in force: c1 held by u1 (0.593), c2 held by nobody on asOf, by u2 once i6 happened', async () => {
    const source = { ready: async () => g };
    const influence = new InfluenceService(source, DEFAULT_ANALYTICS);
    const coverage = new CoverageService(source, DEFAULT_ANALYTICS, (x, c, w, l) => influence.successors(x, c, w, l));
    const before = await coverage.decisionMakerCoverage('acme', { asOf: AS_OF });
    // c1: u1 0.593 (≥ 0.3, contact today) covers; u2 0.221 does not. c2: u1 0.221, u2 0.221: uncovered
    expect(before.overall).toMatchObject({ total: 2, covered: 1, singleThreaded: 1, uncovered: 1 });
    const after = await coverage.decisionMakerCoverage('acme', { asOf: '2026-07-15' });
    // c2: u2 0.514572 covers; c1: u1 S = 1.8 × ... decayed 15 days still ≥ 0.3
    expect(after.overall).toMatchObject({ total: 2, covered: 2, singleThreaded: 2, uncovered: 0 });
    // the trend reads the same record: June's end, then July's
    const trend = await coverage.coverageTrend('acme', { from: '2026-06-01', to: '2026-07-31', every: 'MONTH' });
    expect(trend.points.map((p) => [p.asOf, p.overall.covered, p.risks])).toEqual([['2026-06-30', 1, 1], ['2026-07-31', 2, 2]]);
  });
});
