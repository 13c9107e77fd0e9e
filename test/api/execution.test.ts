import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStore, startApp, type TestApp } from '../support/app.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';

/**
 * Compiled execution (graphql-jit, the default) against graphql-js's
 * interpreter (KAMGRAPH_EXECUTION=interpreted), docs/decisions.md "Compiled
 * execution": two servers over two identical demo stores answer the same
 * requests, reads, writes and refusals, with the same bodies.
 */
describe('compiled and interpreted execution give the same answers', () => {
  const apps: Record<'compiled' | 'interpreted', { app: TestApp; store: LadybugStore }> = {} as never;

  beforeAll(async () => {
    for (const execution of ['compiled', 'interpreted'] as const) {
      const { store } = await demoStore('demo', 42);
      apps[execution] = { store, app: await startApp(store, 10, 0, { execution }) };
    }
  }, 120_000);

  afterAll(async () => {
    for (const { app, store } of Object.values(apps)) {
      await app.stop();
      await store.close();
    }
  });

  // two stores loaded alike may hold links in a different scan order, so sums can differ in the last bit:
  // numbers are compared to 12 significant digits, everything else exactly
  const rounded = (v: unknown): unknown =>
    typeof v === 'number' ? Number(v.toPrecision(12))
      : Array.isArray(v) ? v.map(rounded)
        : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rounded(x)])) : v;
  const both = async (query: string, variables?: Record<string, unknown>) => {
    const compiled = await apps.compiled.app.gql(query, variables);
    const interpreted = await apps.interpreted.app.gql(query, variables);
    expect(rounded(compiled)).toEqual(rounded(interpreted));
    return compiled;
  };

  it('nested reads: a page of people with employers, managers and relationships', async () => {
    const r = await both(`{ people(first: 30) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name buyingRole employer { company { id name } title } manager { id }
        relationships(first: 5) { totalCount edges { node { strength strengthSource person { id } } } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.people.edges).toHaveLength(30);
  });

  it('analytics with their large lists: coverage, risks, paths', async () => {
    const coverage = await both(`{ decisionMakerCoverage(accountId: "g1") { overall { total covered singleThreaded coverageRatio }
      byLevel { decisionLevel covered total } decisionMakers { contact { id } holders { person { id } strength } } busFactor { size } } }`);
    expect(coverage.errors).toBeUndefined();
    expect(coverage.data.decisionMakerCoverage.decisionMakers.length).toBeGreaterThan(0);
    const risks = await both(`{ singleContactRisks(first: 20) { totalCount edges { node { contact { id } holder { id } severity } } } }`);
    expect(risks.errors).toBeUndefined();
    // a decision maker of g1 and one of ours who holds them: at least the direct path exists
    const dm = coverage.data.decisionMakerCoverage.decisionMakers.find((d: { holders: unknown[] }) => d.holders.length > 0);
    const paths = await both(`{ influencePaths(fromId: "${dm.holders[0].person.id}", toId: "${dm.contact.id}", maxHops: 4, k: 3) { strength hops nodes { id } edges { type strength forward } } }`);
    expect(paths.errors).toBeUndefined();
    expect(paths.data.influencePaths.length).toBeGreaterThan(0);
  });

  it('refusals keep their codes and fields: unknown ids, bad variables, out-of-range input', async () => {
    const missing = await both(`{ influencePaths(fromId: "u-1", toId: "nobody") { strength } }`);
    expect(missing.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'toId' });
    const badVariable = await both(`query($id: ID!) { person(id: $id) { id } }`, { id: { not: 'an id' } });
    expect(badVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await both(`mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { strength } }`,
      { input: { ourPersonId: 'u-1', contactId: 'u-2', strength: 0.5, lastContactAt: 'yesterday' } });
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lastContactAt' });
  });

  it('writes: the same mutation answers and is read back the same way', async () => {
    const contact = (await both(`{ company(id: "g1") { people(first: 1) { edges { node { id } } } } }`)).data.company.people.edges[0].node.id;
    const write = await both(`mutation { upsertRelationship(input: { ourPersonId: "u-1", contactId: "${contact}", strength: 0.75, lastContactAt: "2026-10-01" }) { from { id } to { id } strength lastContactAt } }`);
    expect(write.errors).toBeUndefined();
    expect(write.data.upsertRelationship).toMatchObject({ from: { id: 'u-1' }, to: { id: contact }, strength: 0.75 });
    const readBack = await both(`{ person(id: "${contact}") { knownBy { person { id } strength strengthSource } } }`);
    expect(readBack.errors).toBeUndefined();
    const refused = await both(`mutation { upsertRelationship(input: { ourPersonId: "u-1", contactId: "${contact}", strength: 1.5 }) { strength } }`);
    expect(refused.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.strength' });
  });
});
