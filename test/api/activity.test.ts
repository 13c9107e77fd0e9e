import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityFixture } from '../support/activity.js';
import { startSecured, type Result, type SecuredApp } from '../support/secured.js';

/**
 * Relationships in force, point in time and trends through real HTTP
 * requests (docs/definitions.md "Values in force", "Point in time",
 * "Trend"), on the hand-worked fixture of test/support/activity.ts.
 */
let app: SecuredApp;
const as: Record<string, string> = {};
const gql = (who: string, query: string, variables?: Record<string, unknown>) => app.gql(as[who], query, variables);
const refusal = (r: Result) => r.errors?.map((e) => [e.extensions?.code, e.extensions?.field ?? null]);

beforeAll(async () => {
  app = await startSecured(activityFixture(), { inMemory: true });
  as.viewer = await app.token({ sub: 'v', role: 'VIEWER' });
  as.acme = await app.token({ sub: 'a', role: 'ACCOUNT_VIEWER', accounts: ['acme'] });
  as.beta = await app.token({ sub: 'b', role: 'ACCOUNT_VIEWER', accounts: ['beta'] });
});
afterAll(async () => { await app?.stop(); });

const TREND = `query ($id: ID!, $from: LocalDate!, $to: LocalDate!, $every: TrendEvery!) {
  coverageTrend(accountId: $id, from: $from, to: $to, every: $every) {
    account { id } every points { asOf risks singleThreaded busFactor contacts decisionMakers { total covered singleThreaded uncovered } }
  } }`;

describe('relationships in force', () => {
  it('a contact\'s relationships show strength in force with the typed and derived values beside it', async () => {
    const r = await gql('viewer', `{ person(id: "c1") { knownBy { person { id } strength typedStrength derivedStrength strengthSource interactionCount } } }`);
    expect(r.errors).toBeUndefined();
    const byId = Object.fromEntries(r.data.person.knownBy.map((x: any) => [x.person.id, x]));
    // u1–c1: i1, i2, i3 (typed 0.9 shown, derived in force); u2–c1: only the group meeting i3, no KNOWS edge
    expect(byId.u1).toMatchObject({ typedStrength: 0.9, strengthSource: 'DERIVED', interactionCount: 3 });
    expect(byId.u1.strength).toBe(byId.u1.derivedStrength);
    expect(byId.u2).toMatchObject({ typedStrength: null, strengthSource: 'DERIVED', interactionCount: 1 });
    // u1–c1 outweighs u2–c1 on any day: 3 interactions against one of them
    expect(byId.u1.strength).toBeGreaterThan(byId.u2.strength);
    const c5 = await gql('viewer', `{ person(id: "c5") { knownBy { person { id } strength typedStrength derivedStrength strengthSource interactionCount } } }`);
    expect(c5.data.person.knownBy).toEqual([{ person: { id: 'u2' }, strength: 0.7, typedStrength: 0.7, derivedStrength: null, strengthSource: 'TYPED', interactionCount: 0 }]);
  });

  it('decision-maker coverage with a past asOf answers from the record', async () => {
    const q = `query ($asOf: LocalDate) { decisionMakerCoverage(accountId: "acme", asOf: $asOf) { overall { total covered singleThreaded uncovered } } }`;
    // worked in test/unit/derived-strength.test.ts: c1 covered by u1 on 2026-06-30, c2 too once i6 (2026-07-15) happened
    expect((await gql('viewer', q, { asOf: '2026-06-30' })).data.decisionMakerCoverage.overall).toEqual({ total: 2, covered: 1, singleThreaded: 1, uncovered: 1 });
    expect((await gql('viewer', q, { asOf: '2026-07-15' })).data.decisionMakerCoverage.overall).toEqual({ total: 2, covered: 2, singleThreaded: 2, uncovered: 0 });
    // 2026-03-01, before any interaction of u1–c1: the typed 0.9 (last contact 2026-01-01) is in force and covers c1
    expect((await gql('viewer', q, { asOf: '2026-03-01' })).data.decisionMakerCoverage.overall).toEqual({ total: 2, covered: 1, singleThreaded: 1, uncovered: 1 });
    // 2026-05-31: the call i2 (2026-04-01) exists, so the derived strength is in force instead: 0.6 × 2^(−60/90) = 0.377976,
    // 1 − e^(−0.188988) = 0.172204 < 0.3: c1 is no longer covered (the record says one call in five months)
    expect((await gql('viewer', q, { asOf: '2026-05-31' })).data.decisionMakerCoverage.overall).toEqual({ total: 2, covered: 0, singleThreaded: 0, uncovered: 2 });
  });

  it('influence paths walk the strengths in force on the day asked', async () => {
    const q = `query ($asOf: LocalDate) { influencePaths(fromId: "u2", toId: "c2", asOf: $asOf, edgeKinds: [KNOWS]) { strength hops } }`;
    const june = await gql('viewer', q, { asOf: '2026-06-30' });
    const july = await gql('viewer', q, { asOf: '2026-07-15' });
    // June: the direct hop is the group meeting alone (0.221199); mid-July i6 adds to it (0.514572)
    expect(june.data.influencePaths[0]).toMatchObject({ hops: 1 });
    expect(june.data.influencePaths[0].strength).toBeCloseTo(1 - Math.exp(-0.25), 9);
    expect(july.data.influencePaths[0].strength).toBeCloseTo(1 - Math.exp(-(0.5 * 2 ** (-15 / 90) + 1) / 2), 9);
  });
});

describe('trends', () => {
  it('coverageTrend: one point per month end, from the record', async () => {
    const r = await gql('viewer', TREND, { id: 'acme', from: '2026-05-15', to: '2026-08-10', every: 'MONTH' });
    expect(r.errors).toBeUndefined();
    const t = r.data.coverageTrend;
    expect(t).toMatchObject({ account: { id: 'acme' }, every: 'MONTH' });
    // May 31: nothing in force yet (i2 of 2026-04-01 alone: 0.6 × 2^(−60/90) = 0.377976 → 1 − e^−0.188988 = 0.172204 < 0.3)
    // June 30: c1 (u1); July 31: c1 (u1) and c2 (u2): both single-threaded, two different holders
    expect(t.points.map((p: any) => [p.asOf, p.decisionMakers.covered, p.decisionMakers.singleThreaded, p.risks, p.singleThreaded])).toEqual([
      ['2026-05-31', 0, 0, 0, false],
      ['2026-06-30', 1, 1, 1, true],
      ['2026-07-31', 2, 2, 2, false],
    ]);
    // bus factor: half of 2 decision makers is 1. May and June: one is uncovered already (0); July: any one departure uncovers one (1)
    expect(t.points.map((p: any) => p.busFactor)).toEqual([0, 0, 1]);
  });

  it('quarters: the quarter ends inside the range', async () => {
    const r = await gql('viewer', TREND, { id: 'acme', from: '2026-01-01', to: '2026-12-31', every: 'QUARTER' });
    expect(r.data.coverageTrend.points.map((p: any) => p.asOf)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
  });

  it('portfolioTrend: single-threaded and uncovered accounts and risks per date', async () => {
    const r = await gql('viewer', `{ portfolioTrend(from: "2026-06-01", to: "2026-07-31", every: MONTH) { every points { asOf accounts withDecisionMakers singleThreadedAccounts uncoveredAccounts risks decisionMakers coveredDecisionMakers coverageRatio } } }`);
    expect(r.errors).toBeUndefined();
    // acme and beta; beta's decision maker b1 is never covered. June: acme single-threaded (u1 holds c1 alone)
    expect(r.data.portfolioTrend.points).toEqual([
      { asOf: '2026-06-30', accounts: 2, withDecisionMakers: 2, singleThreadedAccounts: 1, uncoveredAccounts: 1, risks: 1, decisionMakers: 3, coveredDecisionMakers: 1, coverageRatio: 1 / 3 },
      { asOf: '2026-07-31', accounts: 2, withDecisionMakers: 2, singleThreadedAccounts: 0, uncoveredAccounts: 1, risks: 2, decisionMakers: 3, coveredDecisionMakers: 2, coverageRatio: 2 / 3 },
    ]);
  });

  it('bad ranges get a coded error naming the field', async () => {
    expect(refusal(await gql('viewer', TREND, { id: 'acme', from: '2026-08-01', to: '2026-07-01', every: 'MONTH' }))).toEqual([['BAD_USER_INPUT', 'to']]);
    // 126 month ends: more than the 120 a trend may have (its cost, 40 × 126 = 5,040, is under the limit)
    expect(refusal(await gql('viewer', TREND, { id: 'acme', from: '2016-01-01', to: '2026-07-01', every: 'MONTH' }))).toEqual([['BAD_USER_INPUT', 'from']]);
    // 26 years of months costs 40 × 318 = 12,720: refused before it runs (docs/limits.md)
    expect(refusal(await gql('viewer', TREND, { id: 'acme', from: '2000-01-01', to: '2026-07-01', every: 'MONTH' }))?.[0][0]).toBe('QUERY_TOO_COMPLEX');
    expect(refusal(await gql('viewer', TREND, { id: 'nobody', from: '2026-01-01', to: '2026-07-01', every: 'MONTH' }))).toEqual([['NOT_FOUND', 'accountId']]);
    const bad = await gql('viewer', TREND, { id: 'acme', from: '2026-02-30', to: '2026-07-01', every: 'MONTH' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('access: an account viewer of beta sees no trend of acme, and only beta in the portfolio trend', async () => {
    expect(refusal(await gql('beta', TREND, { id: 'acme', from: '2026-06-01', to: '2026-07-31', every: 'MONTH' }))).toEqual([['NOT_FOUND', 'accountId']]);
    const p = await gql('beta', `{ portfolioTrend(from: "2026-07-01", to: "2026-07-31", every: MONTH) { points { accounts decisionMakers coveredDecisionMakers risks } } }`);
    expect(p.data.portfolioTrend.points).toEqual([{ accounts: 1, decisionMakers: 1, coveredDecisionMakers: 0, risks: 0 }]);
    // and no relationship into acme is visible to it
    expect((await gql('beta', `{ person(id: "c1") { id } }`)).data.person).toBeNull();
    expect((await gql('acme', TREND, { id: 'acme', from: '2026-07-01', to: '2026-07-31', every: 'MONTH' })).data.coverageTrend.points[0].decisionMakers.covered).toBe(2);
  });
});
