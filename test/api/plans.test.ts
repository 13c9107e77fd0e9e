import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { plansFixture, THIS_YEAR } from '../support/plans.js';
import { startSecured, type Result, type SecuredApp } from '../support/secured.js';
import { docQueries, runOnDemo } from '../support/doc-queries.js';

/**
 * DESIGN §6 account management over real HTTP (docs/plans.md), on the
 * hand-worked fixture of support/plans.ts (figures beside each assertion):
 * partners and competitors, key-account plans with their versions and
 * computed sections, plan health, activities, the referee ladder; every
 * mutation's validation with the graph unchanged after a refusal; and the
 * access rule (an ACCOUNT_VIEWER of Beta sees nothing of Acme; an editor of
 * Beta writes nothing at Acme).
 */
let app: SecuredApp;
let store: LadybugStore;
const as: Record<string, string> = {};
const gql = (who: string, query: string, variables?: Record<string, unknown>) => app.gql(as[who], query, variables);
const ok = async (who: string, query: string, variables?: Record<string, unknown>) => {
  const r = await gql(who, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
};
const refusal = (r: Result) => r.errors?.map((e) => [e.extensions?.code, e.extensions?.field ?? null]);
const dump = async () => (await store.read('graph.dump')).map((r) => `${r.node} ${r.edge}`).sort();
const mentionsAcme = (x: unknown) => /:"(acme(-[a-z0-9]+)?|acme\/2026|act-\d|k1|pa)"/.test(JSON.stringify(x));
/** our share of Acme's wallet: last year's revenue ÷ 10,000 (the 2026 sales count too once 2026 is the last complete year) */
const OUR = (3000 + (THIS_YEAR - 1 === 2026 ? 850 : 0)) / 10_000;
const ASOF = '2026-11-01';

beforeAll(async () => {
  app = await startSecured(plansFixture(), { prefix: 'kamgraph-plans-' });
  ({ store } = app);
  as.admin = await app.token({ sub: 'ada', role: 'ADMIN' });
  as.beta = await app.token({ sub: 'bea', role: 'ACCOUNT_VIEWER', accounts: ['beta'] });
  as.betaEditor = await app.token({ sub: 'ben', role: 'EDITOR', accounts: ['beta'] });
}, 60_000);
afterAll(async () => app?.stop());

describe('partners and competitors', () => {
  it('at an account (with its units), by area, and from the competitor', async () => {
    const d = await ok('admin', `{ acme: company(id: "acme") {
        competitors { competitor { id } account { id } area estimatedShare }
        own: competitors(includeUnits: false) { competitor { id } }
        partners { partner { id } account { id } area }
        competitionByArea { area competitors { competitor { id } } competitorShare unknownShares ourShare unaccounted } }
      k1: company(id: "k1") { kind competesAt { account { id } area estimatedShare } }
      pa: company(id: "pa") { partnersAt { account { id } area } } }`);
    // by area (Pumps before Seals), largest share first, unknown last
    expect(d.acme.competitors.map((p: any) => [p.competitor.id, p.account.id, p.area, p.estimatedShare])).toEqual([
      ['k1', 'acme-n', 'Pumps', 0.5], ['k1', 'acme', 'Seals', 0.3], ['k2', 'acme', 'Seals', null],
    ]);
    expect(d.acme.own.map((p: any) => p.competitor.id)).toEqual(['k1', 'k2']);
    expect(d.acme.partners).toEqual([{ partner: { id: 'pa' }, account: { id: 'acme' }, area: 'Service' }]);
    // Seals at acme itself: k1 0.3 known, k2 unknown; ours 0.3 (3,000 ÷ 10,000); unaccounted 1 − 0.3 − 0.3 = 0.4
    const [seals] = d.acme.competitionByArea;
    expect(seals).toMatchObject({ area: 'Seals', competitorShare: 0.3, unknownShares: 1 });
    expect(seals.ourShare).toBeCloseTo(OUR, 12);
    expect(seals.unaccounted).toBeCloseTo(1 - OUR - 0.3, 12);
    expect(d.k1).toEqual({ kind: 'COMPETITOR', competesAt: [{ account: { id: 'acme' }, area: 'Seals', estimatedShare: 0.3 }, { account: { id: 'acme-n' }, area: 'Pumps', estimatedShare: 0.5 }] });
    expect(d.pa.partnersAt).toEqual([{ account: { id: 'acme' }, area: 'Service' }]);
  });

  it('every refused write is coded, names its field, and changes nothing', async () => {
    const before = await dump();
    const SET = 'mutation ($i: CompetitorInput!) { setCompetitor(input: $i) { area } }';
    const cases: [Result, [string, string | null]][] = [
      [await gql('admin', SET, { i: { competitorId: 'pa', accountId: 'acme', area: 'Seals' } }), ['BAD_USER_INPUT', 'input.competitorId']],
      [await gql('admin', SET, { i: { competitorId: 'zz', accountId: 'acme', area: 'Seals' } }), ['NOT_FOUND', 'input.competitorId']],
      [await gql('admin', SET, { i: { competitorId: 'k1', accountId: 'us', area: 'Seals' } }), ['BAD_USER_INPUT', 'input.accountId']],
      [await gql('admin', SET, { i: { competitorId: 'k1', accountId: 'k2', area: 'Seals' } }), ['BAD_USER_INPUT', 'input.accountId']],
      [await gql('admin', SET, { i: { competitorId: 'k1', accountId: 'acme', area: '  ' } }), ['BAD_USER_INPUT', 'input.area']],
      [await gql('admin', SET, { i: { competitorId: 'k1', accountId: 'acme', area: 'x'.repeat(101) } }), ['BAD_USER_INPUT', 'input.area']],
      [await gql('admin', SET, { i: { competitorId: 'k2', accountId: 'acme', area: 'Seals', estimatedShare: 1.5 } }), ['BAD_USER_INPUT', 'input.estimatedShare']],
      // k1 0.3 + k2 0.5 + ours 0.3 = 1.1 > 1
      [await gql('admin', SET, { i: { competitorId: 'k2', accountId: 'acme', area: 'Seals', estimatedShare: 0.5 } }), ['BAD_USER_INPUT', 'input.estimatedShare']],
      [await gql('admin', 'mutation { setPartner(input: { partnerId: "k1", accountId: "acme", area: "Service" }) { area } }'), ['BAD_USER_INPUT', 'input.partnerId']],
      [await gql('admin', 'mutation { removeCompetitor(competitorId: "k1", accountId: "acme", area: "Nope") }'), ['NOT_FOUND', 'area']],
      [await gql('admin', 'mutation { removePartner(partnerId: "pa", accountId: "beta", area: "Service") }'), ['NOT_FOUND', 'area']],
    ];
    for (const [r, expected] of cases) expect(refusal(r), JSON.stringify(r.errors)).toEqual([expected]);
    expect(cases[7][0].errors![0].message).toMatch(/would sum to 1\.1/);
    expect(await dump()).toEqual(before);
  });

  it('records, changes and removes positions; setting one again changes nothing', async () => {
    // k1 0.3 + k2 0.3 + ours 0.3 = 0.9 ≤ 1
    const set = await ok('admin', 'mutation { setCompetitor(input: { competitorId: "k2", accountId: "acme", area: "Seals", estimatedShare: 0.3 }) { competitor { name } account { id } estimatedShare } }');
    expect(set.setCompetitor).toEqual({ competitor: { name: 'Rival Two' }, account: { id: 'acme' }, estimatedShare: 0.3 });
    const before = await dump();
    await ok('admin', 'mutation { setCompetitor(input: { competitorId: "k2", accountId: "acme", area: "Seals" }) { estimatedShare } }'); // share omitted: kept
    expect(await dump()).toEqual(before);
    await ok('admin', 'mutation { setCompetitor(input: { competitorId: "k2", accountId: "acme", area: "Seals", estimatedShare: null }) { estimatedShare } }');
    await ok('admin', 'mutation { setPartner(input: { partnerId: "pa", accountId: "acme-s", area: "Installation" }) { area } }');
    expect((await ok('admin', '{ company(id: "acme") { partners { account { id } area } } }')).company.partners).toEqual([
      { account: { id: 'acme-s' }, area: 'Installation' }, { account: { id: 'acme' }, area: 'Service' },
    ]);
    expect((await ok('admin', 'mutation { removePartner(partnerId: "pa", accountId: "acme-s", area: "Installation") }')).removePartner).toBe(true);
  });
});

const PLAN = `id versionId year version latestVersion isLatest updatedBy account { id } business { strategy } roleToday roleNextYear
  challenges { challenge howWeCanHelp } keyPeople { person { id } note inPlace } competitors { competitor { id } note positions { account { id } area } }
  partners { partner { id } } targets { family revenue volume actualRevenue actualVolume revenueAttainment volumeAttainment }
  team { role person { id } } activities { id status dueAt owner { id } }`;

describe('a key-account plan: written sections, computed sections, versions', () => {
  it('reads the newest version with its sections resolved in the graph', async () => {
    const d = await ok('admin', `{ accountPlan(id: "acme/2026") { ${PLAN} salesHistory { year revenue contributionMargin marginPct complete }
      satisfaction { index positive negative signals } } }`);
    const p = d.accountPlan;
    expect(p).toMatchObject({ id: 'acme/2026', versionId: 'acme/2026@2', year: 2026, version: 2, latestVersion: 2, isLatest: true, updatedBy: 'o1', account: { id: 'acme' } });
    expect(p.business.strategy).toBe('Consolidate suppliers');
    // key people as links: l4 has left (not in place)
    expect(p.keyPeople.map((k: any) => [k.person.id, k.inPlace])).toEqual([['a1', true], ['a2', true], ['a3', true], ['n1', true], ['s3', true], ['l4', false]]);
    expect(p.competitors).toEqual([{ competitor: { id: 'k1' }, note: 'price fighter', positions: [{ account: { id: 'acme-n' }, area: 'Pumps' }, { account: { id: 'acme' }, area: 'Seals' }] }]);
    // targets, 2026: Seals 450 of 1,000 revenue → 0.45; Pumps 4 of 10 units → 0.4
    const extra = THIS_YEAR - 1 === 2026 ? 3000 : 0;
    expect(p.targets[0]).toMatchObject({ family: 'Seals', revenue: 1000, actualRevenue: 450 + extra, revenueAttainment: (450 + extra) / 1000, volumeAttainment: null });
    expect(p.targets[1]).toMatchObject({ family: 'Pumps', volume: 10, actualVolume: 4, volumeAttainment: 0.4, revenueAttainment: null });
    // the team (ON_TEAM) and the activities by due date
    expect(p.team.map((t: any) => [t.person.id, t.role])).toEqual([['o1', 'KAM'], ['o4', 'EXECUTIVE_SPONSOR']]);
    expect(p.activities.map((a: any) => a.id)).toEqual(['act-2', 'act-1', 'act-4', 'act-3']);
    // sales over time: 2023..2026; 2026: 450 + 400 = 850, margin 90 + 100 = 190
    expect(p.salesHistory.map((y: any) => y.year)).toEqual([2023, 2024, 2025, 2026]);
    const y2026 = p.salesHistory[3];
    expect(y2026.revenue).toBe(850 + extra);
    expect(y2026.marginPct).toBeCloseTo((190 + (extra ? 600 : 0)) / (850 + extra), 12);
    // satisfaction: praise 3 × 1 = 3; complaint 1 + reduce-business 2 × 2 = 5; 100 × 3 ÷ 8 = 37.5 (beta's and OTHER do not count)
    expect(p.satisfaction).toEqual({ index: 37.5, positive: 3, negative: 5, signals: 3 });
  });

  it('health: completeness, freshness and key-people coverage, by hand', async () => {
    const H = 'completeness sectionsFilled sectionsMissing freshnessDays stale staleAfterDays keyPeople { total covered singleThreaded multiThreaded uncovered coverageRatio people { person { id } threading holders { person { id } } } notInPlace { id } }';
    const d = await ok('admin', `{ v2: accountPlan(id: "acme/2026") { health(asOf: "${ASOF}") { ${H} } strict: health(asOf: "${ASOF}", staleAfterDays: 60) { stale } }
      v1: accountPlan(id: "acme/2026", version: 1) { version isLatest health(asOf: "${ASOF}") { completeness sectionsFilled freshnessDays keyPeople { total covered singleThreaded multiThreaded } } } }`);
    const h = d.v2.health;
    // filled: BUSINESS, CHALLENGES, KEY_PEOPLE, PARTNERS_AND_COMPETITORS (k1), TARGETS, ACTIVITIES (act-1 OPEN) = 6 of 8
    expect(h.completeness).toBe(0.75);
    expect(h.sectionsMissing).toEqual(['RESULTS', 'SUPPLIER_ROLE']);
    // the newest version 2026-08-03 → asOf 2026-11-01: 28 + 30 + 31 + 1 = 90 days; stale after 90? no; after 60: yes
    expect([h.freshnessDays, h.stale, h.staleAfterDays, d.v2.strict.stale]).toEqual([90, false, 90, true]);
    // key people in place: a1 (o1 0.9, o4 0.8: multi), a2 (o1; o2 at 0.2 is weak: single), a3 (stale or undated: uncovered),
    // n1 (o1; o6 has left: single), s3 (o2, o3: multi) → 5, covered 4, single 2, multi 2, uncovered 1, 0.8; l4 has left
    expect(h.keyPeople).toMatchObject({ total: 5, covered: 4, singleThreaded: 2, multiThreaded: 2, uncovered: 1, coverageRatio: 0.8, notInPlace: [{ id: 'l4' }] });
    expect(h.keyPeople.people.map((x: any) => [x.person.id, x.threading, x.holders.map((y: any) => y.person.id)])).toEqual([
      ['a1', 'MULTI_THREADED', ['o1', 'o4']], ['a2', 'SINGLE_THREADED', ['o1']], ['a3', 'UNCOVERED', []], ['n1', 'SINGLE_THREADED', ['o1']], ['s3', 'MULTI_THREADED', ['o2', 'o3']],
    ]);
    // version 1 (still readable): BUSINESS, KEY_PEOPLE, ACTIVITIES = 3 of 8; freshness is the plan's (its newest version)
    expect(d.v1).toMatchObject({ version: 1, isLatest: false, health: { completeness: 0.375, sectionsFilled: ['BUSINESS', 'KEY_PEOPLE', 'ACTIVITIES'], freshnessDays: 90 } });
    expect(d.v1.health.keyPeople).toEqual({ total: 2, covered: 2, singleThreaded: 1, multiThreaded: 1 });
  });

  it('planHealth: key accounts without a plan first, then the least complete', async () => {
    const d = await ok('admin', `{ planHealth(year: 2026, asOf: "${ASOF}") { totalCount year withoutPlan stale complete
      edges { node { account { id } hasPlan plan { version } health { completeness freshnessDays keyPeople { coverageRatio } } } } } }`);
    const r = d.planHealth;
    expect([r.totalCount, r.year, r.withoutPlan, r.stale, r.complete]).toEqual([3, 2026, 2, 0, 0]);
    expect(r.edges.map((e: any) => [e.node.account.id, e.node.hasPlan])).toEqual([['beta', false], ['gamma', false], ['acme', true]]);
    expect(r.edges[2].node).toMatchObject({ plan: { version: 2 }, health: { completeness: 0.75, freshnessDays: 90, keyPeople: { coverageRatio: 0.8 } } });
  });

  it('overdue activities per owner', async () => {
    const d = await ok('admin', `{ all: overdueActivities(asOf: "${ASOF}") { owner { id } count activities { id daysOverdue(asOf: "${ASOF}") plan { id } } }
      o2: overdueActivities(ownerId: "o2", asOf: "${ASOF}") { count } }`);
    // act-1 OPEN due 2026-10-15: 17 days overdue; act-3 is due later, act-2 cancelled, act-4 done
    expect(d.all).toEqual([{ owner: { id: 'o1' }, count: 1, activities: [{ id: 'act-1', daysOverdue: 17, plan: { id: 'acme/2026' } }] }]);
    expect(d.o2).toEqual([]);
    expect(refusal(await gql('admin', '{ overdueActivities(ownerId: "zz") { count } }'))).toEqual([['NOT_FOUND', 'ownerId']]);
  });
});

describe('versions and concurrency', () => {
  const CREATE = 'mutation ($i: CreateAccountPlanInput!) { createAccountPlan(input: $i) { id version updatedBy business { strategy } roleToday challenges { challenge } } }';
  const UPDATE = 'mutation ($i: UpdateAccountPlanInput!) { updateAccountPlan(input: $i) { id version roleToday challenges { challenge } } }';
  const gammaPlan = `gamma/${THIS_YEAR}`;

  it('every change is a new version; earlier ones never change', async () => {
    const created = await ok('admin', CREATE, { i: { accountId: 'gamma', year: THIS_YEAR, business: { strategy: 'Grow east' }, roleToday: 'VENDOR' } });
    expect(created.createAccountPlan).toEqual({ id: gammaPlan, version: 1, updatedBy: 'ada', business: { strategy: 'Grow east' }, roleToday: 'VENDOR', challenges: [] });
    const v1 = await ok('admin', `{ accountPlan(id: "${gammaPlan}", version: 1) { ${PLAN} updatedAt } }`);
    const next = await ok('admin', UPDATE, { i: { id: gammaPlan, expectedVersion: 1, challenges: [{ challenge: 'New sites' }], roleToday: 'PREFERRED' } });
    expect(next.updateAccountPlan).toEqual({ id: gammaPlan, version: 2, roleToday: 'PREFERRED', challenges: [{ challenge: 'New sites' }] });
    // version 1 reads as it did; version 2 carried the business over
    expect(await ok('admin', `{ accountPlan(id: "${gammaPlan}", version: 1) { ${PLAN} updatedAt } }`)).toEqual({ accountPlan: { ...v1.accountPlan, latestVersion: 2, isLatest: false } });
    expect((await ok('admin', `{ accountPlan(id: "${gammaPlan}") { version business { strategy } } }`)).accountPlan).toEqual({ version: 2, business: { strategy: 'Grow east' } });
    // an update that changes nothing writes nothing
    const before = await dump();
    expect((await ok('admin', UPDATE, { i: { id: gammaPlan, expectedVersion: 2, roleToday: 'PREFERRED' } })).updateAccountPlan.version).toBe(2);
    expect(await dump()).toEqual(before);
  });

  it('two updates from the same version: one lands, the other is refused with CONFLICT (no lost update)', async () => {
    const [a, b] = await Promise.all([
      gql('admin', UPDATE, { i: { id: gammaPlan, expectedVersion: 2, challenges: [{ challenge: 'From A' }] } }),
      gql('admin', UPDATE, { i: { id: gammaPlan, expectedVersion: 2, roleToday: 'STRATEGIC' } }),
    ]);
    const landed = [a, b].filter((r) => !r.errors);
    const refused = [a, b].filter((r) => r.errors);
    expect(landed).toHaveLength(1);
    expect(refused.map(refusal)).toEqual([[['CONFLICT', 'input.expectedVersion']]]);
    expect(refused[0].errors![0].message).toMatch(/at version 3, and your change was based on version 2/);
    // the landed one is version 3; version 2 is as it was
    expect(landed[0].data.updateAccountPlan.version).toBe(3);
    const h = await ok('admin', `{ accountPlan(id: "${gammaPlan}") { history { version roleToday challenges { challenge } } } }`);
    expect(h.accountPlan.history.map((v: any) => v.version)).toEqual([3, 2, 1]);
    expect(h.accountPlan.history[1]).toEqual({ version: 2, roleToday: 'PREFERRED', challenges: [{ challenge: 'New sites' }] });
    // a stale version is refused again, and creating the same plan twice too
    expect(refusal(await gql('admin', UPDATE, { i: { id: gammaPlan, expectedVersion: 1, roleToday: 'VENDOR' } }))).toEqual([['CONFLICT', 'input.expectedVersion']]);
    expect(refusal(await gql('admin', CREATE, { i: { accountId: 'gamma', year: THIS_YEAR } }))).toEqual([['CONFLICT', 'input.year']]);
  });

  it('every refused plan write is coded, names its field, and changes nothing', async () => {
    const before = await dump();
    const y = THIS_YEAR;
    const cases: [Result, [string, string | null]][] = [
      [await gql('admin', CREATE, { i: { accountId: 'acme-n', year: y } }), ['BAD_USER_INPUT', 'input.accountId']],
      [await gql('admin', CREATE, { i: { accountId: 'us', year: y } }), ['BAD_USER_INPUT', 'input.accountId']],
      [await gql('admin', CREATE, { i: { accountId: 'zz', year: y } }), ['NOT_FOUND', 'input.accountId']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: 1990 } }), ['BAD_USER_INPUT', 'input.year']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: y, keyPeople: [{ personId: 'a1' }] } }), ['BAD_USER_INPUT', 'input.keyPeople[0].personId']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: y, keyPeople: [{ personId: 'zz' }] } }), ['NOT_FOUND', 'input.keyPeople[0].personId']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: y, keyPeople: [{ personId: 'b1' }, { personId: 'b1' }] } }), ['BAD_USER_INPUT', 'input.keyPeople[1].personId']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: y, competitors: [{ companyId: 'k1' }] } }), ['BAD_USER_INPUT', 'input.competitors[0].companyId']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: y, partners: [{ companyId: 'k2' }] } }), ['BAD_USER_INPUT', 'input.partners[0].companyId']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: y, targets: [{ family: 'Nope', revenue: 1 }] } }), ['BAD_USER_INPUT', 'input.targets[0].family']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: y, targets: [{ family: 'Seals' }] } }), ['BAD_USER_INPUT', 'input.targets[0].revenue']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: y, targets: [{ family: 'Seals', revenue: -1 }] } }), ['BAD_USER_INPUT', 'input.targets[0].revenue']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: y, results: [{ year: 2025, turnover: 1 }, { year: 2025 }] } }), ['BAD_USER_INPUT', 'input.results[1].year']],
      [await gql('admin', CREATE, { i: { accountId: 'beta', year: y, challenges: [{ challenge: ' ' }] } }), ['BAD_USER_INPUT', 'input.challenges[0].challenge']],
      [await gql('admin', UPDATE, { i: { id: 'zz/2026', expectedVersion: 1 } }), ['NOT_FOUND', 'input.id']],
      [await gql('admin', UPDATE, { i: { id: 'acme/2026', expectedVersion: 0 } }), ['BAD_USER_INPUT', 'input.expectedVersion']],
      [await gql('admin', 'mutation { removeAccountPlan(id: "zz/2026") }'), ['NOT_FOUND', 'id']],
    ];
    for (const [r, expected] of cases) expect(refusal(r), JSON.stringify(r.errors)).toEqual([expected]);
    // a company with plans is not removed
    expect(refusal(await gql('admin', 'mutation { removeCompany(id: "gamma") }'))).toEqual([['BAD_USER_INPUT', 'id']]);
    expect(await dump()).toEqual(before);
  });
});

describe('activities', () => {
  const UPSERT = 'mutation ($i: ActivityInput!) { upsertActivity(input: $i) { id title status dueAt addedIn owner { id } plan { id version } } }';

  it('are validated, created, changed and removed without a new plan version', async () => {
    const before = await dump();
    const cases: [Result, [string, string | null]][] = [
      [await gql('admin', UPSERT, { i: { id: 'x-1', title: 'T', ownerId: 'o1', dueAt: '2026-12-01' } }), ['BAD_USER_INPUT', 'input.planId']],
      [await gql('admin', UPSERT, { i: { id: 'x-1', planId: 'zz/2026', title: 'T', ownerId: 'o1', dueAt: '2026-12-01' } }), ['NOT_FOUND', 'input.planId']],
      [await gql('admin', UPSERT, { i: { id: 'x-1', planId: 'acme/2026', ownerId: 'o1', dueAt: '2026-12-01' } }), ['BAD_USER_INPUT', 'input.title']],
      [await gql('admin', UPSERT, { i: { id: 'x-1', planId: 'acme/2026', title: 'T', ownerId: 'a1', dueAt: '2026-12-01' } }), ['BAD_USER_INPUT', 'input.ownerId']],
      [await gql('admin', UPSERT, { i: { id: 'x-1', planId: 'acme/2026', title: 'T', ownerId: 'o6', dueAt: '2026-12-01' } }), ['BAD_USER_INPUT', 'input.ownerId']],
      [await gql('admin', UPSERT, { i: { id: 'x-1', planId: 'acme/2026', title: 'T', dueAt: '2026-12-01' } }), ['BAD_USER_INPUT', 'input.ownerId']],
      [await gql('admin', UPSERT, { i: { id: 'x-1', planId: 'acme/2026', title: 'T', ownerId: 'o1' } }), ['BAD_USER_INPUT', 'input.dueAt']],
      [await gql('admin', UPSERT, { i: { id: 'act-1', planId: `gamma/${THIS_YEAR}` } }), ['BAD_USER_INPUT', 'input.planId']],
      [await gql('admin', 'mutation { removeActivity(id: "zz") }'), ['NOT_FOUND', 'id']],
    ];
    for (const [r, expected] of cases) expect(refusal(r), JSON.stringify(r.errors)).toEqual([expected]);
    expect(await dump()).toEqual(before);
    const created = await ok('admin', UPSERT, { i: { id: 'x-1', planId: 'acme/2026', title: 'Pilot at the north plant', ownerId: 'o2', dueAt: '2026-11-15' } });
    expect(created.upsertActivity).toEqual({ id: 'x-1', title: 'Pilot at the north plant', status: 'OPEN', dueAt: '2026-11-15', addedIn: 2, owner: { id: 'o2' }, plan: { id: 'acme/2026', version: 2 } });
    const done = await ok('admin', UPSERT, { i: { id: 'x-1', status: 'DONE', ownerId: 'o1' } });
    expect(done.upsertActivity).toMatchObject({ status: 'DONE', title: 'Pilot at the north plant', owner: { id: 'o1' }, plan: { version: 2 } });
    expect((await ok('admin', 'mutation { removeActivity(id: "x-1") }')).removeActivity).toBe('x-1');
    expect((await ok('admin', '{ activity(id: "x-1") { id } }')).activity).toBeNull();
  });
});

describe('the negotiation referee ladder', () => {
  it('a normal ladder, a negotiator at our top, no negotiator or KAM', async () => {
    const L = 'account { id } negotiator { id } negotiatorRole referee { id } above { id } flags flagged';
    const d = await ok('admin', `{ acme: company(id: "acme") { negotiationLadder { ${L} } } beta: company(id: "beta") { negotiationLadder { ${L} } }
      flagged: negotiationLadders { account { id } flags } all: negotiationLadders(flaggedOnly: false) { account { id } } }`);
    // acme: its KAM o1 negotiates; o1 reports to o3 (referee), o3 to o4 (the level above)
    expect(d.acme.negotiationLadder).toEqual({ account: { id: 'acme' }, negotiator: { id: 'o1' }, negotiatorRole: 'KAM', referee: { id: 'o3' }, above: { id: 'o4' }, flags: [], flagged: false });
    // beta: o4 (NEGOTIATOR) has no manager: no level left to call in
    expect(d.beta.negotiationLadder).toEqual({ account: { id: 'beta' }, negotiator: { id: 'o4' }, negotiatorRole: 'NEGOTIATOR', referee: null, above: null, flags: ['NEGOTIATOR_AT_TOP'], flagged: true });
    // gamma: only a specialist on the team
    expect(d.flagged).toEqual([{ account: { id: 'beta' }, flags: ['NEGOTIATOR_AT_TOP'] }, { account: { id: 'gamma' }, flags: ['NO_NEGOTIATOR'] }]);
    expect(d.all.map((x: any) => x.account.id)).toEqual(['acme', 'beta', 'gamma']);
    // a NEGOTIATOR on acme's team takes over from the KAM
    await ok('admin', 'mutation { addTeamMember(input: { personId: "o3", accountId: "acme", role: NEGOTIATOR }) { role } }');
    expect((await ok('admin', `{ company(id: "acme") { negotiationLadder { ${L} } } }`)).company.negotiationLadder).toMatchObject({ negotiator: { id: 'o3' }, negotiatorRole: 'NEGOTIATOR', referee: { id: 'o4' }, above: null, flags: [] });
    await ok('admin', 'mutation { removeTeamMember(personId: "o3", accountId: "acme") }');
    expect(refusal(await gql('admin', '{ company(id: "us") { negotiationLadder { flags } } }'))).toEqual([['BAD_USER_INPUT', 'id']]);
  });
});

describe('access: an ACCOUNT_VIEWER of Beta sees nothing of Acme; an editor of Beta writes nothing at Acme', () => {
  it('plans, activities, health, ladders, partners and competitors of Acme are absent', async () => {
    const d = await ok('beta', `{
      plan: accountPlan(id: "acme/2026") { id } activity(id: "act-1") { id } acme: company(id: "acme") { id }
      k1: company(id: "k1") { id } pa: company(id: "pa") { id }
      k2: company(id: "k2") { name competesAt { account { id } area estimatedShare } }
      beta: company(id: "beta") { competitors { competitor { id } area } partners { partner { id } } accountPlans { id } }
      health: planHealth(year: 2026, asOf: "${ASOF}") { totalCount withoutPlan edges { node { account { id } } } }
      overdue: overdueActivities(asOf: "${ASOF}") { count }
      ladders: negotiationLadders(flaggedOnly: false) { account { id } }
      companies(first: 100) { totalCount edges { node { id } } } }`);
    expect(d).toMatchObject({ plan: null, activity: null, acme: null, k1: null, pa: null });
    // k2 competes at beta too: visible, with beta's position only
    expect(d.k2).toEqual({ name: 'Rival Two', competesAt: [{ account: { id: 'beta' }, area: 'Seals', estimatedShare: 0.4 }] });
    expect(d.beta).toEqual({ competitors: [{ competitor: { id: 'k2' }, area: 'Seals' }], partners: [], accountPlans: [] });
    expect(d.health).toEqual({ totalCount: 1, withoutPlan: 1, edges: [{ node: { account: { id: 'beta' } } }] });
    expect(d.overdue).toEqual([]);
    expect(d.ladders).toEqual([{ account: { id: 'beta' } }]);
    // the supplier's units, beta and the competitor at beta
    expect(d.companies.edges.map((e: any) => e.node.id)).toEqual(['beta', 'k2', 'us', 'us-1']);
    expect(mentionsAcme(d)).toBe(false);
    // an id out of scope reads exactly as one that does not exist
    const out = await gql('beta', '{ overdueActivities(ownerId: "a1") { count } }');
    const none = await gql('beta', '{ overdueActivities(ownerId: "zz") { count } }');
    expect(refusal(out)).toEqual([['NOT_FOUND', 'ownerId']]);
    expect(out.errors![0].message.replace('a1', 'X')).toBe(none.errors![0].message.replace('zz', 'X'));
  });

  it('an editor scoped to Beta is refused at Acme (FORBIDDEN, nothing written) and writes at Beta', async () => {
    const before = await dump();
    for (const m of [
      'mutation { setCompetitor(input: { competitorId: "k2", accountId: "acme", area: "Pumps", estimatedShare: 0.1 }) { area } }',
      'mutation { removeCompetitor(competitorId: "k1", accountId: "acme", area: "Seals") }',
      'mutation { setPartner(input: { partnerId: "pa", accountId: "acme-s", area: "Service" }) { area } }',
      'mutation { updateAccountPlan(input: { id: "acme/2026", expectedVersion: 2, roleNextYear: PARTNER }) { version } }',
      'mutation { removeAccountPlan(id: "acme/2026") }',
      'mutation { upsertActivity(input: { id: "act-1", status: DONE }) { id } }',
      'mutation { upsertActivity(input: { id: "x-2", planId: "acme/2026", title: "T", ownerId: "o1", dueAt: "2026-12-01" }) { id } }',
      'mutation { removeActivity(id: "act-3") }',
      `mutation { createAccountPlan(input: { accountId: "acme", year: ${THIS_YEAR + 1} }) { id } }`,
    ]) expect(refusal(await gql('betaEditor', m)), m).toEqual([['FORBIDDEN', null]]);
    expect(await dump()).toEqual(before);
    const plan = await ok('betaEditor', `mutation { createAccountPlan(input: { accountId: "beta", year: ${THIS_YEAR}, keyPeople: [{ personId: "b1" }], competitors: [{ companyId: "k2" }] }) { id version keyPeople { person { id } } } }`);
    expect(plan.createAccountPlan).toEqual({ id: `beta/${THIS_YEAR}`, version: 1, keyPeople: [{ person: { id: 'b1' } }] });
    await ok('betaEditor', 'mutation { setCompetitor(input: { competitorId: "k1", accountId: "beta", area: "Pumps" }) { area } }');
    // the audit log names the plan and its account
    const log = await ok('admin', `{ auditLog(entityId: "beta/${THIS_YEAR}", first: 5) { edges { node { actor operation ids changes { kind } } } } }`);
    expect(log.auditLog.edges[0].node).toEqual({ actor: 'ben', operation: 'createAccountPlan', ids: ['beta', `beta/${THIS_YEAR}`], changes: [{ kind: 'plan.versioned' }] });
  });
});

describe('docs/plans.md', () => {
  it('every query of its README section runs on the demo graph, within the default limits', async () => {
    // the demo's plans are this year's: the examples name 2026
    const queries = docQueries('plans.md').map((q) => q.replaceAll('/2026"', `/${THIS_YEAR}"`));
    expect(queries.length).toBeGreaterThanOrEqual(5);
    await runOnDemo(queries, async (open) => {
      // the flagged ladders the README names: our top executive at one account, no negotiator at another
      const r = await open.gql('{ negotiationLadders { flags } planHealth { withoutPlan stale } }');
      expect(r.data.negotiationLadders.map((l: any) => l.flags[0]).sort()).toEqual(['NEGOTIATOR_AT_TOP', 'NO_NEGOTIATOR']);
      expect(r.data.planHealth).toEqual({ withoutPlan: 1, stale: 1 });
    });
  });
});
