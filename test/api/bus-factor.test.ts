import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { loadGraph } from '../../src/generator/load.js';
import { startServer } from '../../src/server.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { ACME_AS_OF, acmeFixture } from '../support/acme.js';
import { demoStore, memoryStore, startApp, type TestApp } from '../support/app.js';

/**
 * DESIGN §4 "Bus factor" and "Influence-weighted coverage" through real
 * HTTP: on decisionMakerCoverage / company.coverage and in the portfolio list
 * `accountCoverage`. The numbers are worked out in test/unit/bus-factor.test.ts.
 */
const T = `asOf: "${ACME_AS_OF}", minStrength: 0.3, maxAgeDays: 365`;
const BUS = 'busFactor { size people { id name } threshold uncoveredBefore uncoveredAfter decisionMakersLost { id } exact }';

describe('on the hand-worked fixture (test/support/acme.ts)', () => {
  let app: TestApp;
  let store: LadybugStore;
  const ok = async (q: string) => {
    const r = await app.gql(q);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  };
  beforeAll(async () => {
    store = await memoryStore();
    await loadGraph(store, acmeFixture());
    app = await startApp(store);
  });
  afterAll(async () => {
    await app?.stop();
    await store?.close();
  });

  it('decisionMakerCoverage answers the bus factor and influence-weighted coverage', async () => {
    const d = await ok(`{ decisionMakerCoverage(accountId: "acme", ${T}) { overall { coverageRatio } ${BUS} influenceWeightedCoverage } }`);
    const c = d.decisionMakerCoverage;
    // 8 decision makers, a3 and s1 uncovered; o1 leaving takes a2, n1, s2: 5 ≥ ⌈8/2⌉ = 4
    expect(c.busFactor).toEqual({
      size: 1, people: [{ id: 'o1', name: 'O1' }], threshold: 4, uncoveredBefore: 2, uncoveredAfter: 5,
      decisionMakersLost: [{ id: 'a2' }, { id: 'n1' }, { id: 's2' }], exact: true,
    });
    // 75 % of the decision makers, 88.2 % of the influence (a1 0.374474 + a4 0.331518 + … = 0.881974)
    expect(c.overall.coverageRatio).toBe(0.75);
    expect(c.influenceWeightedCoverage).toBeCloseTo(0.881974, 5);
  });

  it('company.coverage of units: two people for North, 0 for South; null without decision makers', async () => {
    const d = await ok(`{
      north: company(id: "acme-n") { coverage(${T}) { busFactor { size people { id } } } }
      south: company(id: "acme-s") { coverage(${T}) { busFactor { size people { id } uncoveredBefore threshold } influenceWeightedCoverage } }
      beta: decisionMakerCoverage(accountId: "beta", ${T}) { busFactor { size } influenceWeightedCoverage } }`);
    expect(d.north.coverage.busFactor).toEqual({ size: 2, people: [{ id: 'o1' }, { id: 'o5' }] });
    expect(d.south.coverage.busFactor).toEqual({ size: 0, people: [], uncoveredBefore: 1, threshold: 1 });
    expect(d.south.coverage.influenceWeightedCoverage).toBeCloseTo(2 / 12.1, 9); // s2, s3 of a 7-star
    expect(d.beta.busFactor).toBeNull();
    expect(d.beta.influenceWeightedCoverage).toBeCloseTo(0.925 / 1.425, 9); // b1
  });

  it('thresholds reach the new fields: at minStrength 0.9 half is uncovered already', async () => {
    const d = await ok(`{ decisionMakerCoverage(accountId: "acme", asOf: "${ACME_AS_OF}", minStrength: 0.9) { busFactor { size uncoveredBefore } } }`);
    expect(d.decisionMakerCoverage.busFactor).toEqual({ size: 0, uncoveredBefore: 7 }); // only o1→a1 (0.9) counts
  });

  it('accountCoverage lists the portfolio most fragile first, pages, and refuses bad arguments', async () => {
    const d = await ok(`{ accountCoverage(${T}) { totalCount thresholds { minStrength }
      edges { node { account { id name } accountId accountName contacts decisionMakers { total covered singleThreaded }
        singleThreaded soleHolder { id } busFactor { size people { id } } influenceWeightedCoverage } }
      pageInfo { hasNextPage } } }`);
    const a = d.accountCoverage;
    expect(a.totalCount).toBe(2);
    expect(a.edges.map((e: any) => e.node)).toEqual([
      {
        account: { id: 'acme', name: 'Acme Group' }, accountId: 'acme', accountName: 'Acme Group', contacts: 19,
        decisionMakers: { total: 8, covered: 6, singleThreaded: 4 }, singleThreaded: false, soleHolder: null,
        busFactor: { size: 1, people: [{ id: 'o1' }] }, influenceWeightedCoverage: expect.closeTo(0.881974, 5),
      },
      {
        account: { id: 'beta', name: 'Beta Corp' }, accountId: 'beta', accountName: 'Beta Corp', contacts: 2,
        decisionMakers: { total: 0, covered: 0, singleThreaded: 0 }, singleThreaded: false, soleHolder: null,
        busFactor: null, influenceWeightedCoverage: expect.closeTo(0.649123, 5),
      },
    ]);
    const p1 = await ok(`{ accountCoverage(first: 1, ${T}) { edges { node { accountId } } pageInfo { hasNextPage endCursor } } }`);
    expect(p1.accountCoverage.edges).toEqual([{ node: { accountId: 'acme' } }]);
    expect(p1.accountCoverage.pageInfo.hasNextPage).toBe(true);
    const p2 = await ok(`{ accountCoverage(first: 1, after: "${p1.accountCoverage.pageInfo.endCursor}", ${T}) { edges { node { accountId } } pageInfo { hasNextPage } } }`);
    expect(p2.accountCoverage).toEqual({ edges: [{ node: { accountId: 'beta' } }], pageInfo: { hasNextPage: false } });
    const key = await ok(`{ accountCoverage(keyAccountsOnly: false, ${T}) { totalCount } }`);
    expect(key.accountCoverage.totalCount).toBe(0); // both are key accounts

    const bad = await app.gql(`{ accountCoverage(first: 0) { totalCount } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const weak = await app.gql(`{ accountCoverage(minStrength: 2) { totalCount } }`);
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minStrength' });
  });
});

describe('on the demo graph', () => {
  let app: TestApp;
  let store: LadybugStore;
  beforeAll(async () => {
    ({ store } = await demoStore());
    app = await startApp(store);
  });
  afterAll(async () => {
    await app?.stop();
    await store?.close();
  });

  it('each row of accountCoverage agrees with decisionMakerCoverage of its account', async () => {
    const list = await app.gql(`{ accountCoverage(first: 100) { totalCount edges { node { accountId decisionMakers { total covered } busFactor { size people { id } exact } influenceWeightedCoverage } } } }`);
    expect(list.errors).toBeUndefined();
    const rows = list.data.accountCoverage.edges.map((e: any) => e.node);
    expect(rows.length).toBe(list.data.accountCoverage.totalCount);
    expect(rows.length).toBe(8); // the demo's customer groups
    const sizes = rows.map((r: any) => r.busFactor?.size ?? Infinity);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    const q = rows.map((r: any, i: number) => `a${i}: decisionMakerCoverage(accountId: "${r.accountId}") { overall { total covered } busFactor { size people { id } exact } influenceWeightedCoverage }`).join('\n');
    const one = await app.gql(`{ ${q} }`);
    expect(one.errors).toBeUndefined();
    rows.forEach((r: any, i: number) => {
      const c = one.data[`a${i}`];
      expect(c.overall).toEqual(r.decisionMakers);
      expect(c.busFactor).toEqual(r.busFactor);
      expect(c.influenceWeightedCoverage).toBe(r.influenceWeightedCoverage);
      // ≥ 0: the demo's quiet group (no interaction for months) reaches nobody today
      expect(r.influenceWeightedCoverage).toBeGreaterThanOrEqual(0);
      expect(r.influenceWeightedCoverage).toBeLessThanOrEqual(1);
    });
    expect(rows.filter((r: any) => r.influenceWeightedCoverage > 0).length).toBeGreaterThanOrEqual(6);
  });
});

describe('through the access rule (docs/access.md)', () => {
  const SECRET = 'bus-factor-test-secret-with-enough-entropy';
  it('an ACCOUNT_VIEWER of Acme sees only Acme in the portfolio list', async () => {
    const store = await memoryStore();
    await loadGraph(store, acmeFixture());
    const server = await startServer(store, {
      port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0,
      auth: { jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null, keysFile: '' },
    });
    try {
      const ask = async (claims: Record<string, unknown>, query: string) => {
        const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('t').setIssuedAt().setExpirationTime('5m')
          .sign(new TextEncoder().encode(SECRET));
        const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
        return (await res.json()) as { data: any; errors?: { extensions?: { code?: string } }[] };
      };
      const q = `{ accountCoverage(${T}) { totalCount edges { node { accountId busFactor { size people { id } } } } } }`;
      const viewer = await ask({ role: 'VIEWER' }, q);
      expect(viewer.data.accountCoverage.edges.map((e: any) => e.node.accountId)).toEqual(['acme', 'beta']);
      const scoped = await ask({ role: 'ACCOUNT_VIEWER', accounts: ['acme'] }, q);
      expect(scoped.errors).toBeUndefined();
      expect(scoped.data.accountCoverage).toEqual({ totalCount: 1, edges: [{ node: { accountId: 'acme', busFactor: { size: 1, people: [{ id: 'o1' }] } } }] });
      const beta = await ask({ role: 'ACCOUNT_VIEWER', accounts: ['acme'] }, `{ decisionMakerCoverage(accountId: "beta") { influenceWeightedCoverage } }`);
      expect(beta.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    } finally {
      await server.stop();
      await store.close();
    }
  });
});
