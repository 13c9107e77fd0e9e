import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/generator/load.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { ACME_AS_OF, acmeFixture } from '../support/acme.js';
import { memoryStore, startApp, type TestApp } from '../support/app.js';

let app: TestApp;
let store: LadybugStore;
const T = `asOf: "${ACME_AS_OF}", minStrength: 0.3, maxAgeDays: 365`;
const ok = async (q: string) => {
  const r = await app.gql(q);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
};
const tallyFields = 'total covered singleThreaded multiThreaded uncovered coverageRatio';
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

beforeAll(async () => {
  store = await memoryStore();
  await loadGraph(store, acmeFixture());
  app = await startApp(store);
});
afterAll(async () => {
  await app?.stop();
  await store?.close();
});

describe('decision-maker coverage on the hand-worked fixture (test/support/acme.ts)', () => {
  it('counts the account, each level, function and unit', async () => {
    const d = await ok(`{ decisionMakerCoverage(accountId: "acme", ${T}) {
      accountName overall { ${tallyFields} }
      byLevel { decisionLevel ${tallyFields} } byFunction { function ${tallyFields} }
      byUnit { unitId depth parentId ${tallyFields} }
      decisionMakers { contact { id } unitId holders { person { id } strength ageDays } }
      singleThreaded soleHolder { id } thresholds { asOf minStrength maxAgeDays } } }`);
    const c = d.decisionMakerCoverage;
    // DMs a1 a2 a3 n1 n2 s1 s2 l1 (l4 left). a1 {o1,o4}, n2 {o2,o3} multi; a2 {o1}, n1 {o1}, l1 {o5}, s2 {o1} single;
    // a3 (only a stale, a no-date relationship) and s1 (none) uncovered. o2→a2 is weak, o6→n1 is from someone who left.
    expect(c.overall).toEqual({ total: 8, covered: 6, singleThreaded: 4, multiThreaded: 2, uncovered: 2, coverageRatio: 0.75 });
    expect(c.byLevel).toEqual([
      { decisionLevel: 'CENTRAL', total: 3, covered: 2, singleThreaded: 1, multiThreaded: 1, uncovered: 1, coverageRatio: 2 / 3 }, // a1 multi, a2 single, a3 none
      { decisionLevel: 'REGIONAL', total: 4, covered: 3, singleThreaded: 2, multiThreaded: 1, uncovered: 1, coverageRatio: 0.75 }, // n1 s2 single, n2 multi, s1 none
      { decisionLevel: 'LOCAL', total: 1, covered: 1, singleThreaded: 1, multiThreaded: 0, uncovered: 0, coverageRatio: 1 }, // l1
    ]);
    expect(c.byFunction).toEqual([
      { function: 'EXECUTIVE', total: 3, covered: 2, singleThreaded: 1, multiThreaded: 1, uncovered: 1, coverageRatio: 2 / 3 }, // a1 n1 s1
      { function: 'FINANCE', total: 3, covered: 3, singleThreaded: 2, multiThreaded: 1, uncovered: 0, coverageRatio: 1 }, // a2 n2 s2
      { function: 'PROCUREMENT', total: 1, covered: 0, singleThreaded: 0, multiThreaded: 0, uncovered: 1, coverageRatio: 0 }, // a3
      { function: 'OPERATIONS', total: 1, covered: 1, singleThreaded: 1, multiThreaded: 0, uncovered: 0, coverageRatio: 1 }, // l1
    ]);
    expect(c.byUnit).toEqual([
      { unitId: 'acme', depth: 0, parentId: null, total: 8, covered: 6, singleThreaded: 4, multiThreaded: 2, uncovered: 2, coverageRatio: 0.75 },
      { unitId: 'acme-n', depth: 1, parentId: 'acme', total: 3, covered: 3, singleThreaded: 2, multiThreaded: 1, uncovered: 0, coverageRatio: 1 }, // n1 n2 + l1 below
      { unitId: 'acme-s', depth: 1, parentId: 'acme', total: 2, covered: 1, singleThreaded: 1, multiThreaded: 0, uncovered: 1, coverageRatio: 0.5 }, // s1 none, s2 single
      { unitId: 'acme-n1', depth: 2, parentId: 'acme-n', total: 1, covered: 1, singleThreaded: 1, multiThreaded: 0, uncovered: 0, coverageRatio: 1 },
    ]);
    expect(c.decisionMakers.find((x: any) => x.contact.id === 'a1').holders).toEqual([
      { person: { id: 'o1' }, strength: 0.9, ageDays: 31 }, // 2026-10-01
      { person: { id: 'o4' }, strength: 0.8, ageDays: 153 }, // 2026-06-01: 30+31+31+30+31
    ]);
    expect(c.decisionMakers.find((x: any) => x.contact.id === 's2').holders).toEqual([{ person: { id: 'o1' }, strength: 0.3, ageDays: 365 }]);
    expect(c.singleThreaded).toBe(false); // o1 o4 o2 o3 o5 hold DM relationships
    expect(c.thresholds).toEqual({ asOf: ACME_AS_OF, minStrength: 0.3, maxAgeDays: 365 });
  });

  it('thresholds can be set per query: minStrength 0.5 drops o3→n2 (0.4) and o1→s2 (0.3)', async () => {
    const d = await ok(`{ decisionMakerCoverage(accountId: "acme", asOf: "${ACME_AS_OF}", minStrength: 0.5) { overall { ${tallyFields} } } }`);
    // a1 multi; n2 now single (o2); a2 n1 l1 single; s2 uncovered: covered 5, single 4, multi 1, uncovered 3
    expect(d.decisionMakerCoverage.overall).toEqual({ total: 8, covered: 5, singleThreaded: 4, multiThreaded: 1, uncovered: 3, coverageRatio: 5 / 8 });
  });

  it('an account with no decision makers has zero totals and no ratio', async () => {
    const d = await ok(`{ decisionMakerCoverage(accountId: "beta", ${T}) { overall { ${tallyFields} } byLevel { total coverageRatio } singleThreaded } }`);
    expect(d.decisionMakerCoverage.overall).toEqual({ total: 0, covered: 0, singleThreaded: 0, multiThreaded: 0, uncovered: 0, coverageRatio: null });
    expect(d.decisionMakerCoverage.byLevel.every((l: any) => l.total === 0 && l.coverageRatio === null)).toBe(true);
    expect(d.decisionMakerCoverage.singleThreaded).toBe(false);
  });
});

describe('single-contact risk on the fixture', () => {
  // Influence scores (PageRank over the 19 active contacts; every contact has an out-edge, so a contact nobody
  // points at scores (1 - 0.85) / 19 = 0.0078947). a2 and s2 are such leaves; n1 and l1 from networkx
  // (test/support/networkx_pagerank.py) on the same graph: n1 0.066287, l1 0.028078, a4 0.331518, n3 0.034189.
  it('lists the single-threaded decision makers, most severe first, with the parts of severity', async () => {
    const d = await ok(`{ singleContactRisks(accountId: "acme", ${T}) { totalCount
      edges { node { accountId contact { id } holder { id } strength lastContactAt ageDays reason severity severityParts { levelWeight influenceScore accountWeight } } }
      accounts { accountId singleThreaded soleHolder { id } uncoveredDecisionMakers { id } riskCount } } }`);
    const r = d.singleContactRisks;
    expect(r.totalCount).toBe(4);
    const items = r.edges.map((e: any) => e.node);
    expect(items.map((i: any) => i.contact.id)).toEqual(['n1', 'l1', 'a2', 's2']); // 2·0.066287 > 1·0.028078 > 3·0.007895 > 2·0.007895
    expect(items[0]).toMatchObject({ accountId: 'acme', holder: { id: 'o1' }, strength: 0.8, lastContactAt: '2026-08-01', ageDays: 92, reason: 'DECISION_MAKER' });
    expect(items[0].severity).toBeCloseTo(2 * 0.066287, 5);
    expect(items[1]).toMatchObject({ holder: { id: 'o5' }, strength: 0.5, ageDays: 273 }); // 2026-02-01
    expect(items[1].severity).toBeCloseTo(0.028078, 5);
    expect(items[2]).toMatchObject({ holder: { id: 'o1' }, strength: 0.7, ageDays: 61, severityParts: { levelWeight: 3, accountWeight: 1 } });
    expect(items[2].severityParts.influenceScore).toBeCloseTo(0.15 / 19, 6);
    expect(items[2].severity).toBeCloseTo((3 * 0.15) / 19, 6);
    expect(items[3]).toMatchObject({ holder: { id: 'o1' }, strength: 0.3, ageDays: 365 });
    expect(items[3].severity).toBeCloseTo((2 * 0.15) / 19, 6);
    expect(r.accounts).toEqual([{ accountId: 'acme', singleThreaded: false, soleHolder: null, uncoveredDecisionMakers: [{ id: 'a3' }, { id: 's1' }], riskCount: 4 }]);
  });

  it('with includeInfluencers, adds a4 (sways a1 0.9, a3 0.6) and n3 (sways n1 0.7), not l2 (0.4 < 0.5)', async () => {
    const d = await ok(`{ singleContactRisks(accountId: "acme", includeInfluencers: true, ${T}) { totalCount edges { node { contact { id } holder { id } reason influencesDecisionMakers severity } } } }`);
    const items = d.singleContactRisks.edges.map((e: any) => e.node);
    expect(items.map((i: any) => i.contact.id)).toEqual(['a4', 'n1', 'n3', 'l1', 'a2', 's2']);
    expect(items[0]).toMatchObject({ holder: { id: 'o3' }, reason: 'INFLUENCES_DECISION_MAKER', influencesDecisionMakers: ['a1', 'a3'] });
    expect(items[0].severity).toBeCloseTo(3 * 0.331518, 5);
    expect(items[2]).toMatchObject({ holder: { id: 'o1' }, influencesDecisionMakers: ['n1'] });
    const strict = await ok(`{ singleContactRisks(accountId: "acme", includeInfluencers: true, minInfluence: 0.95, ${T}) { totalCount } }`);
    expect(strict.singleContactRisks.totalCount).toBe(4); // nobody sways a decision maker that strongly
  });

  it('pages by severity with cursors', async () => {
    const p1 = await ok(`{ singleContactRisks(accountId: "acme", first: 3, ${T}) { edges { node { contact { id } } } pageInfo { hasNextPage endCursor } } }`);
    expect(p1.singleContactRisks.pageInfo.hasNextPage).toBe(true);
    const p2 = await ok(`{ singleContactRisks(accountId: "acme", first: 3, after: "${p1.singleContactRisks.pageInfo.endCursor}", ${T}) { edges { node { contact { id } } } pageInfo { hasNextPage } } }`);
    expect(p2.singleContactRisks.edges.map((e: any) => e.node.contact.id)).toEqual(['s2']);
    expect(p2.singleContactRisks.pageInfo.hasNextPage).toBe(false);
  });

  it('covers the whole portfolio without accountId; an account held by one person is single-threaded', async () => {
    const d = await ok(`{ singleContactRisks(${T}) { totalCount accounts { accountId singleThreaded riskCount } } }`);
    expect(d.singleContactRisks.accounts).toEqual([
      { accountId: 'acme', singleThreaded: false, riskCount: 4 },
      { accountId: 'beta', singleThreaded: false, riskCount: 0 }, // no decision makers
    ]);
    // Make acme depend on o1 alone: stop counting everyone else by raising the bar to 0.9 (o1→a1 is 0.9)
    const one = await ok(`{ singleContactRisks(accountId: "acme", asOf: "${ACME_AS_OF}", minStrength: 0.9) { accounts { singleThreaded soleHolder { id } } } }`);
    expect(one.singleContactRisks.accounts).toEqual([{ singleThreaded: true, soleHolder: { id: 'o1' } }]);
  });
});

describe('departure impact on the fixture', () => {
  it('o1 leaving orphans a2, n1, n3, s2 in acme and b1 in beta; nothing is written', async () => {
    const before = (await store.read('graph.dump')).length;
    const d = await ok(`{ departureImpact(personId: "o1", ${T}) {
      person { id } uncoveredAccounts singleThreadedAccounts
      accounts { accountId orphanedContacts { id } orphanedDecisionMakers { contact { id } successors { person { id } strength via } }
        before { ${tallyFields} } after { ${tallyFields} } becomesUncovered becomesSingleThreaded } } }`);
    const [acme, beta] = d.departureImpact.accounts;
    expect(acme.accountId).toBe('acme');
    expect(ids(acme.orphanedContacts)).toEqual(['a2', 'n1', 'n3', 's2']); // a1 keeps o4
    expect(acme.before).toEqual({ total: 8, covered: 6, singleThreaded: 4, multiThreaded: 2, uncovered: 2, coverageRatio: 0.75 });
    // after: a1 {o4} and l1 {o5} single, n2 {o2,o3} multi; a2 a3 n1 s1 s2 uncovered
    expect(acme.after).toEqual({ total: 8, covered: 3, singleThreaded: 2, multiThreaded: 1, uncovered: 5, coverageRatio: 3 / 8 });
    expect(acme.becomesUncovered).toBe(false);
    expect(acme.becomesSingleThreaded).toBe(false);
    expect(acme.orphanedDecisionMakers.map((o: any) => o.contact.id)).toEqual(['a2', 'n1', 's2']);
    expect(beta).toMatchObject({ accountId: 'beta', orphanedContacts: [{ id: 'b1' }], orphanedDecisionMakers: [], becomesUncovered: false });
    expect(d.departureImpact.uncoveredAccounts).toEqual([]);
    expect((await store.read('graph.dump')).length).toBe(before);
  });

  it('o5 leaving makes l1 uncovered; acme stays covered', async () => {
    const d = await ok(`{ departureImpact(personId: "o5", ${T}) { accounts { accountId orphanedContacts { id } after { covered } becomesUncovered } } }`);
    expect(d.departureImpact.accounts).toEqual([{ accountId: 'acme', orphanedContacts: [{ id: 'l1' }], after: { covered: 5 }, becomesUncovered: false }]);
  });
});

describe('cross-functional coverage and person views on the fixture', () => {
  it('counts effective relationships by our function × theirs', async () => {
    const d = await ok(`{ crossFunctionalCoverage(accountId: "acme", ${T}) { total cells { ours theirs relationships } } }`);
    // effective into acme: o1→a1 a2 n1 s2 n3 (SALES→EXEC, FIN, EXEC, FIN, RND), o2→n2 l2 s3 (SALES→FIN, OPS, SALES),
    // o3→n2 a4 s3 (SERVICE→FIN, EXEC, SALES), o4→a1 (EXEC→EXEC), o5→l1 (RND→OPS): 13
    expect(d.crossFunctionalCoverage.total).toBe(13);
    expect(d.crossFunctionalCoverage.cells).toEqual([
      { ours: 'EXECUTIVE', theirs: 'EXECUTIVE', relationships: 1 },
      { ours: 'RND', theirs: 'OPERATIONS', relationships: 1 },
      { ours: 'SALES', theirs: 'EXECUTIVE', relationships: 2 },
      { ours: 'SALES', theirs: 'FINANCE', relationships: 3 },
      { ours: 'SALES', theirs: 'OPERATIONS', relationships: 1 },
      { ours: 'SALES', theirs: 'RND', relationships: 1 },
      { ours: 'SALES', theirs: 'SALES', relationships: 1 },
      { ours: 'SERVICE', theirs: 'EXECUTIVE', relationships: 1 },
      { ours: 'SERVICE', theirs: 'FINANCE', relationships: 1 },
      { ours: 'SERVICE', theirs: 'SALES', relationships: 1 },
    ]);
  });

  it('company.coverage / company.risks and person.coverage / person.portfolio agree with the queries', async () => {
    const d = await ok(`{
      company(id: "acme-s") { coverage(${T}) { overall { total covered } } risks(${T}) { totalCount edges { node { contact { id } } } } }
      a1: person(id: "a1") { coverage(${T}) { person { id } strength } }
      a3: person(id: "a3") { coverage(${T}) { person { id } } }
      o1: person(id: "o1") { portfolio(${T}) { account { id } contacts { person { id } strength ageDays } } } }`);
    expect(d.company.coverage.overall).toEqual({ total: 2, covered: 1 }); // s1 none, s2 o1
    expect(d.company.risks.edges.map((e: any) => e.node.contact.id)).toEqual(['s2']);
    expect(d.a1.coverage).toEqual([{ person: { id: 'o1' }, strength: 0.9 }, { person: { id: 'o4' }, strength: 0.8 }]);
    expect(d.a3.coverage).toEqual([]);
    expect(d.o1.portfolio).toEqual([
      { account: { id: 'acme' }, contacts: [
        { person: { id: 'a1' }, strength: 0.9, ageDays: 31 }, { person: { id: 'a2' }, strength: 0.7, ageDays: 61 },
        { person: { id: 'n1' }, strength: 0.8, ageDays: 92 }, { person: { id: 'n3' }, strength: 0.6, ageDays: 245 },
        { person: { id: 's2' }, strength: 0.3, ageDays: 365 },
      ] },
      { account: { id: 'beta' }, contacts: [{ person: { id: 'b1' }, strength: 0.9, ageDays: 31 }] },
    ]);
  });
});

describe('bad input to the risk queries', () => {
  it.each([
    ['unknown account', `{ decisionMakerCoverage(accountId: "nope") { accountId } }`, 'NOT_FOUND', 'accountId'],
    ['our own unit as account', `{ decisionMakerCoverage(accountId: "us") { accountId } }`, 'BAD_USER_INPUT', 'accountId'],
    ['minStrength above 1', `{ decisionMakerCoverage(accountId: "acme", minStrength: 1.5) { accountId } }`, 'BAD_USER_INPUT', 'minStrength'],
    ['negative maxAgeDays', `{ singleContactRisks(maxAgeDays: -1) { totalCount } }`, 'BAD_USER_INPUT', 'maxAgeDays'],
    ['minInfluence below 0', `{ singleContactRisks(minInfluence: -0.5) { totalCount } }`, 'BAD_USER_INPUT', 'minInfluence'],
    ['unknown person', `{ departureImpact(personId: "nope") { accounts { accountId } } }`, 'NOT_FOUND', 'personId'],
    ['too many successors', `{ departureImpact(personId: "o1", successors: 50) { accounts { accountId } } }`, 'BAD_USER_INPUT', 'successors'],
    ['unknown account (cross-functional)', `{ crossFunctionalCoverage(accountId: "nope") { total } }`, 'NOT_FOUND', 'accountId'],
  ])('%s', async (_n, q, code, field) => {
    const r = await app.gql(q);
    expect(r.errors?.[0].extensions).toEqual({ code, field });
  });
});
