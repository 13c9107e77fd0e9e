import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerFile } from '../../src/analytics/pool.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { demoStore, startApp, TODAY, type TestApp } from '../support/app.js';

/**
 * The analytics worker pool (src/analytics/pool.ts) answers exactly as the
 * main thread does, sees every write committed before a request, and maps
 * domain errors back. Runs against the compiled worker, which `npm test`
 * builds before the tests (tsc emits dist/).
 */
describe('analytics on worker threads', () => {
  let store: LadybugStore;
  let local: TestApp;
  let pooled: TestApp;
  beforeAll(async () => {
    expect(workerFile(), 'the compiled worker is missing: run `npx tsc -p tsconfig.json` (npm test does)').not.toBeNull();
    ({ store } = await demoStore('demo', 3));
    local = await startApp(store, 10, 0);
    pooled = await startApp(store, 10, 2);
  });
  afterAll(async () => {
    await pooled?.stop();
    await local?.stop();
    await store?.close();
  });

  const contactOf = async (account: string) =>
    (await local.gql(`{ company(id: "${account}") { people(first: 1) { edges { node { id } } } } }`)).data.company.people.edges[0].node.id as string;
  const queries = async () => [
    `{ singleContactRisks(asOf: "${TODAY}", first: 100, includeInfluencers: true) { totalCount edges { node { severity accountId contact { id } holder { id } } } } }`,
    `{ departureImpact(personId: "u-3", asOf: "${TODAY}") { uncoveredAccounts accounts { accountId orphanedContacts { id } orphanedDecisionMakers { contact { id } successors { person { id } strength via } } } } }`,
    `{ influencePaths(fromId: "u-3", toId: "${await contactOf('g1')}", maxHops: 4, k: 3) { strength nodes { id } edges { type strength forward } } }`,
    `{ bestIntroductions(targetId: "${await contactOf('g2')}", k: 5) { strength person { id } } }`,
    `{ influenceRanking(accountId: "g1", first: 100) { edges { node { score rank formalRank person { id } } } } }`,
    `{ hiddenInfluencers(accountId: "g1") { score person { id } sways { strength person { id } } } }`,
    `{ accountCoverage(asOf: "${TODAY}", first: 100) { totalCount edges { node { accountId singleThreaded influenceWeightedCoverage soleHolder { id } busFactor { size people { id } } decisionMakers { covered } } } } }`,
  ];

  it('gives the same answers as the main thread for every offloaded analytic', async () => {
    for (const q of await queries()) {
      const a = await local.gql(q);
      const b = await pooled.gql(q);
      expect(a.errors, q).toBeUndefined();
      expect(JSON.stringify(a.data).match(/"id"/g)?.length ?? 0, `${q} answers with something to compare`).toBeGreaterThan(2);
      expect(b, q).toEqual(a);
    }
  });

  it('reads its own writes: a request after a mutation sees it on the worker replica', async () => {
    const risk = `{ departureImpact(personId: "u-3", asOf: "${TODAY}") { accounts { accountId } } }`;
    const before = await pooled.gql(risk);
    expect(before.data.departureImpact.accounts.length).toBeGreaterThan(0);
    // u-3 leaves, through the pooled server: the next request must see it (a person who left holds nothing)
    const r = await pooled.gql(`mutation { upsertPerson(input: { id: "u-3", active: false }) { id active } }`);
    expect(r.errors).toBeUndefined();
    const after = await pooled.gql(risk);
    expect(after.data.departureImpact.accounts).toEqual([]);
  });

  it('maps a domain error raised on a worker back to its code and field', async () => {
    const r = await pooled.gql(`{ influencePaths(fromId: "u-3", toId: "nobody") { strength } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'toId' });
  });
});
