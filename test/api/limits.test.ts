import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, MAX_DIRECTIVES, operationCost, tokenCount } from '../../src/common/limits.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { buildAppSchema } from '../../src/schema.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { demoStore, startApp, type TestApp } from '../support/app.js';

/**
 * DESIGN §7 "Limits" (docs/limits.md): cost, aliases, tokens, depth and
 * directives are checked before execution; every refusal is
 * QUERY_TOO_COMPLEX with the limit and what was measured, HTTP 400.
 * Introspection and field suggestions are off in production.
 */
let store: LadybugStore;
/** default limits, development */
let app: TestApp;
/** maxCost 0: every query with a cost is refused, and the refusal says its cost */
let costs: TestApp;
/** aliases, tokens and body raised: the cost limit alone stands between a client and 1,000 aliases */
let open: TestApp;
/** NODE_ENV=production */
let prod: TestApp;

const dump = async () => (await store.read('graph.dump')).map((r) => `${r.node} ${r.edge}`).sort();

beforeAll(async () => {
  ({ store } = await demoStore());
  app = await startApp(store);
  costs = await startApp(store, 10, 0, { limits: { ...DEFAULT_LIMITS, maxCost: 0 } });
  open = await startApp(store, 10, 0, { limits: { ...DEFAULT_LIMITS, maxAliases: 100_000, maxTokens: 1_000_000, maxBodyBytes: 10_000_000 } });
  prod = await startApp(store, 10, 0, { production: true });
});
afterAll(async () => {
  for (const a of [app, costs, open, prod]) await a?.stop();
  await store?.close();
});

interface Reply { status: number; body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } }
async function post(to: TestApp, query: string, variables?: Record<string, unknown>): Promise<Reply> {
  const res = await fetch(to.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as Reply['body'] };
}
/** the cost the server computed for a query (the `costs` server refuses everything and says how much it was) */
async function costOf(query: string, variables?: Record<string, unknown>): Promise<number> {
  const r = await post(costs, query, variables);
  expect(r.body.errors?.[0]?.extensions, JSON.stringify(r.body)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 0 });
  return r.body.errors![0].extensions!.cost as number;
}
const refusal = (r: Reply) => r.body.errors?.[0]?.extensions;

describe('cost: computed before execution, list sizes multiply', () => {
  it.each<[string, string, number, Record<string, unknown>?]>([
    // person: 1 object; scalars 0
    ['one object', `{ person(id: "u-2") { id name title } }`, 1],
    // two aliased lookups: 1 + 1
    ['aliases add up', `{ a: person(id: "u-1") { id } b: person(id: "u-2") { id } }`, 2],
    // people: fixed 50 (a scan) + connection 1 + first 100 × (edge 1 + node 1)
    ['a page of 100', `{ people(first: 100) { edges { node { id } } } }`, 50 + 1 + 100 * (1 + 1)],
    // no first: the default page 20; per edge: edge 1 + node 1 + manager 1; pageInfo 1 (not multiplied)
    ['the default page of 20', `{ people { totalCount edges { cursor node { id manager { id } } } pageInfo { hasNextPage } } }`, 50 + 1 + 20 * (1 + 1 + 1) + 1],
    // a name search scans every name: 1000 + 1 + 10 × (1 + 1)
    ['a name search', `{ people(first: 10, search: "a") { edges { node { id } } } }`, 1000 + 1 + 10 * 2],
    // first from a variable: 50 + 1 + 5 × (1 + 1)
    ['first from a variable', `query($n: Int) { companies(first: $n) { edges { node { id } } } }`, 50 + 1 + 5 * 2, { n: 5 }],
    // first beyond 100 counts as 100 (the resolver refuses it); -1 counts as 0
    ['first: 10^9 counts as 100', `{ people(first: 1000000000) { edges { node { id } } } }`, 50 + 1 + 100 * 2],
    ['first: -1 counts as 0', `{ people(first: -1) { edges { node { id } } } }`, 50 + 1],
    // unpaged lists: stated fan-out (directReports 20, others 10); nested lists multiply:
    // person 1 + directReports 20 × (1 + knownBy 10 × (1 + person 1))
    ['nested lists multiply', `{ person(id: "u-2") { directReports { knownBy { person { id } } } } }`, 1 + 20 * (1 + 10 * (1 + 1))],
    // a nested connection: company 1 + people (1 + 3 × (1 + node 1 + knownBy 10 × (1 + person 1)))
    ['a connection inside an object', `{ company(id: "g1") { people(first: 3) { edges { node { knownBy { person { id } } } } } } }`, 1 + (1 + 3 * (1 + 1 + 10 * 2))],
    // portfolio-wide risks: fixed 5000 + 1 + 10 × (edge 1 + node 1 + contact 1) + accounts 200 × 1
    ['the whole portfolio', `{ singleContactRisks(first: 10) { totalCount edges { node { contact { id } } } accounts { accountId } } }`, 5000 + 1 + 10 * 3 + 200],
    // one account: fixed 200 + 1 + 10 × 3 + accounts 1 × 1
    ['one account', `{ singleContactRisks(accountId: "g1", first: 10) { edges { node { contact { id } } } accounts { accountId } } }`, 200 + 1 + 10 * 3 + 1],
    // influencePaths at 4 hops: 400 + k 3 × (path 1 + nodes 5 × 1 + edges 4 × (1 + from 1))
    ['influencePaths at 4 hops', `{ influencePaths(fromId: "u-2", toId: "g1-p-41", maxHops: 4, k: 3) { nodes { id } edges { from { id } } } }`, 400 + 3 * (1 + 5 + 4 * 2)],
    // at 6 hops the search costs 8000 + k 5 × (1 + nodes 7 + edges 6 × 2)
    ['influencePaths at 6 hops', `{ influencePaths(fromId: "u-2", toId: "g1-p-41", maxHops: 6, k: 5) { nodes { id } edges { from { id } } } }`, 8000 + 5 * (1 + 7 + 6 * 2)],
    // bestIntroductions: 100 × maxHops 4 (default) + k 3 (default) × (1 + person 1 + path (1 + nodes 7 × 1))
    ['bestIntroductions', `{ bestIntroductions(targetId: "g1-p-41") { person { id } path { nodes { id } } } }`, 400 + 3 * (1 + 1 + (1 + 7))],
    // departureImpact: fixed 1000 + 1 + accounts 10 × (1 + orphanedContacts 25 × 1)
    ['departureImpact', `{ departureImpact(personId: "u-6") { accounts { orphanedContacts { id } } } }`, 1000 + 1 + 10 * (1 + 25)],
    // decisionMakerCoverage: fixed 600 + 1 + overall 1 + decisionMakers 25 × (1 + contact 1)
    ['decisionMakerCoverage', `{ decisionMakerCoverage(accountId: "g1") { overall { total } decisionMakers { contact { id } } } }`, 600 + 1 + 1 + 25 * 2],
    // fragments count where they are spread; @skip(if: true) costs nothing: person 1 + directReports 20 × 1
    ['fragments and @skip', `query($s: Boolean!) { person(id: "u-2") { ...F manager @skip(if: $s) { id } } } fragment F on Person { directReports { id } }`, 1 + 20, { s: true }],
    // a mutation: 100 + the person 1 + manager 1 (refused here, so nothing is written)
    ['a mutation', `mutation { upsertPerson(input: { id: "t-cost", name: "Cost" }) { id manager { id } } }`, 100 + 1 + 1],
  ])('%s', async (_name, query, expected, variables) => {
    expect(await costOf(query, variables)).toBe(expected);
  });

  it('{ __typename } costs 0 and passes even a limit of 0', async () => {
    expect((await post(costs, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('a refused mutation wrote nothing', async () => {
    const before = await dump();
    await post(costs, `mutation { upsertPerson(input: { id: "t-refused", name: "Refused" }) { id } }`);
    expect(await dump()).toEqual(before);
    expect((await app.gql(`{ person(id: "t-refused") { id } }`)).data.person).toBeNull();
  });

  it('operationCost agrees with the server (the exported function the docs describe)', async () => {
    const schema = await buildAppSchema();
    const q = `{ people(first: 100) { edges { node { id } } } }`;
    const doc = parse(q);
    expect(operationCost(schema, doc, getOperationAST(doc)!, {})).toBe(await costOf(q));
  });
});

describe('the cost limit', () => {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: people(first: 100) { edges { node { id name } } }`).join(' ')} }`;

  it('refuses 1,000 aliases of people(first: 100) with the cost and the limit, before executing anything', async () => {
    const t0 = performance.now();
    const r = await post(open, aliases(1000));
    const ms = performance.now() - t0;
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    // 1,000 × (people 50 + 1 + 100 × (edge 1 + node 1))
    expect(refusal(r)).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: 1000 * 251, limit: DEFAULT_LIMITS.maxCost });
    expect(r.body.errors![0].message).toBe(`query cost 251000 exceeds the limit of ${DEFAULT_LIMITS.maxCost}`);
    // the issue measured 3.9 s executing it; refused, it is parsed and costed only
    expect(ms).toBeLessThan(3000);
    expect((await post(open, '{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });

  it('with the default caps the same request is refused even earlier (tokens, then aliases)', async () => {
    const r = await post(app, aliases(1000));
    expect(r.status).toBe(400);
    expect(refusal(r)).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: DEFAULT_LIMITS.maxTokens });
    const fewer = await post(app, aliases(31));
    expect(refusal(fewer)).toEqual({ code: 'QUERY_TOO_COMPLEX', aliases: 31, limit: DEFAULT_LIMITS.maxAliases });
  });

  it(`accepts the largest allowed request and refuses one object more`, async () => {
    // n aliases of 251 each: the largest n within the limit passes, n + 1 does not
    const n = Math.floor(DEFAULT_LIMITS.maxCost / 251);
    const ok = await post(open, aliases(n));
    expect(ok.body.errors).toBeUndefined();
    expect(Object.keys(ok.body.data)).toHaveLength(n);
    const over = await post(open, aliases(n + 1));
    expect(refusal(over)).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: (n + 1) * 251, limit: DEFAULT_LIMITS.maxCost });
  });

  it('a fragment bomb (2^60 expansions) is costed in linear time and refused', async () => {
    let frags = 'fragment F0 on Person { manager { id } }\n';
    for (let i = 1; i <= 60; i++) frags += `fragment F${i} on Person { ...F${i - 1} ...F${i - 1} }\n`;
    const r = await post(app, `{ person(id: "u-2") { ...F60 } }\n${frags}`);
    expect(r.status).toBe(400);
    // person 1 + 2^60 × manager 1
    expect(refusal(r)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: DEFAULT_LIMITS.maxCost, cost: 1 + 2 ** 60 });
  });

  it('every query of the README passes the default limits and answers without error on the demo graph', async () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const queries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(queries.length).toBeGreaterThan(3);
    const schema = await buildAppSchema();
    for (const q of queries) {
      const doc = parse(q);
      const cost = operationCost(schema, doc, getOperationAST(doc)!, {})!;
      expect(cost, q).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      expect(tokenCount(q, DEFAULT_LIMITS.maxTokens), q).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTokens);
      if (q.trim().startsWith('mutation')) continue; // costed only: the demo graph stays as it is
      const r = await post(app, q);
      // and answers without any error on the demo graph: the README's examples are real
      expect(r.body.errors ?? [], q).toEqual([]);
    }
  });
});

describe('caps: aliases, tokens, depth, directives', () => {
  it('aliases: 30 pass, 31 are refused (aliases of __typename count too)', async () => {
    const q = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect((await post(app, q(30))).body.errors).toBeUndefined();
    const r = await post(app, q(31));
    expect(r.status).toBe(400);
    expect(refusal(r)).toEqual({ code: 'QUERY_TOO_COMPLEX', aliases: 31, limit: 30 });
    // aliases inside fragments count where the fragment is spread
    const viaFragment = await post(app, `{ person(id: "u-2") { ...A ...A } } fragment A on Person { ${Array.from({ length: 16 }, (_, i) => `n${i}: name`).join(' ')} }`);
    expect(refusal(viaFragment)).toEqual({ code: 'QUERY_TOO_COMPLEX', aliases: 32, limit: 30 });
  });

  it('tokens: a document of exactly the limit passes, one token more is refused before parsing', async () => {
    // influencePaths(fromId: "u-2", toId: "g1-p-41", edgeKinds: [KNOWS …]) { hops }: every list item is one token
    const q = (kinds: number) => `{ influencePaths(fromId: "u-2", toId: "g1-p-41", edgeKinds: [${'KNOWS '.repeat(kinds)}]) { hops } }`;
    const fixed = tokenCount(q(0), 10_000);
    const atLimit = q(DEFAULT_LIMITS.maxTokens - fixed);
    expect(tokenCount(atLimit, 10_000)).toBe(DEFAULT_LIMITS.maxTokens);
    const ok = await post(app, atLimit);
    expect(ok.body.errors, JSON.stringify(ok.body.errors)).toBeUndefined();
    const r = await post(app, q(DEFAULT_LIMITS.maxTokens - fixed + 1));
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ message: `the document has more than ${DEFAULT_LIMITS.maxTokens} tokens`, extensions: { code: 'QUERY_TOO_COMPLEX', limit: DEFAULT_LIMITS.maxTokens } }]);
    expect((await post(app, '{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });

  it('depth: 10 levels pass, 11 are refused with the depth, also through fragments', async () => {
    const chain = (n: number) => `${'manager { '.repeat(n - 1)}id${' }'.repeat(n - 1)}`;
    expect((await post(app, `{ person(id: "u-2") { ${chain(9)} } }`)).body.errors).toBeUndefined();
    const r = await post(app, `{ person(id: "u-2") { ${chain(10)} } }`);
    expect(r.status).toBe(400);
    expect(refusal(r)).toEqual({ code: 'QUERY_TOO_COMPLEX', depth: 11, limit: 10 });
    const frag = await post(app, `{ person(id: "u-2") { ...D } } fragment D on Person { ${chain(10)} }`);
    expect(refusal(frag)).toEqual({ code: 'QUERY_TOO_COMPLEX', depth: 11, limit: 10 });
  });

  it(`directives: ${MAX_DIRECTIVES} pass, ${MAX_DIRECTIVES + 1} are refused`, async () => {
    const q = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)} }`;
    expect((await post(app, q(MAX_DIRECTIVES))).body.errors).toBeUndefined();
    const r = await post(app, q(MAX_DIRECTIVES + 1));
    expect(r.status).toBe(400);
    expect(refusal(r)).toEqual({ code: 'QUERY_TOO_COMPLEX', directives: MAX_DIRECTIVES + 1, limit: MAX_DIRECTIVES });
  });
});

describe('production: no introspection, no suggestions', () => {
  it('refuses __schema and __type; __typename still answers', async () => {
    for (const q of ['{ __schema { types { name } } }', '{ __type(name: "Person") { fields { name } } }']) {
      const r = await post(prod, q);
      expect(r.status).toBe(400);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.body.errors?.[0].message).toMatch(/introspection/i);
    }
    expect((await post(prod, '{ __typename }')).body.data).toEqual({ __typename: 'Query' });
    // development keeps introspection (GraphiQL needs it)
    expect((await post(app, '{ __type(name: "Person") { name } }')).body.data).toEqual({ __type: { name: 'Person' } });
  });

  it.each<[string, string, Record<string, unknown>?]>([
    ['a misspelt field', `{ person(id: "u-2") { nme } }`],
    ['a misspelt argument', `{ people(frist: 1) { totalCount } }`],
    ['a misspelt enum value', `{ people(buyingRole: DECISION_MAKR) { totalCount } }`],
    ['a misspelt type', `query($f: Functon) { people(function: $f) { totalCount } }`],
    ['a misspelt input field in a variable', `mutation($i: PersonInput!) { upsertPerson(input: $i) { id } }`, { i: { id: 'g1-p-42', nme: 'x' } }],
  ])('%s: suggested in development, not in production', async (_name, query, variables) => {
    const dev = await post(app, query, variables);
    expect(dev.status).toBe(400);
    expect(dev.body.errors?.map((e) => e.message).join(' ')).toMatch(/Did you mean/);
    const r = await post(prod, query, variables);
    expect(r.status).toBe(400);
    expect(r.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(r.body)).not.toMatch(/Did you mean|name"\?|"first"|DECISION_MAKER|"Function"/);
  });
});
