import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/common/limits.js';
import { buildAppSchema } from '../../src/schema.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { demoStore, startApp, type TestApp } from '../support/app.js';

/**
 * A hostile-request corpus over real HTTP (fetch, no GraphQL client): each
 * request gets a 4xx or a coded GraphQL error — never a 5xx, an
 * INTERNAL_SERVER_ERROR or a stack trace — the server keeps answering, and
 * the graph is unchanged, except for writes that legitimately succeed with a
 * weird but valid string, whose stored value must then be that string exactly.
 */
let store: LadybugStore;
let app: TestApp;
let schema: GraphQLSchema;

/** Everything the read model is built from (every property of every node and relationship), one sorted line per row. */
const PROJECTIONS = ['people', 'companies', 'worksAt', 'partOf', 'reportsTo', 'influences', 'knows', 'onTeam'];
async function fullDump(): Promise<string[]> {
  const lines: string[] = [];
  for (const p of PROJECTIONS) for (const row of await store.read(`projection.${p}`)) lines.push(`${p} ${JSON.stringify(row)}`);
  return lines.sort();
}

beforeAll(async () => {
  ({ store } = await demoStore());
  app = await startApp(store);
  schema = await buildAppSchema();
});
afterAll(async () => {
  await app?.stop();
  await store?.close();
});

// ---------------------------------------------------------------- requests and the safety check

interface Raw { status: number; text: string; json: any }
async function send(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Uint8Array }): Promise<Raw> {
  const url = init.path ? new URL(init.path, app.url).toString() : app.url;
  const res = await fetch(url, { method: init.method ?? 'POST', headers: init.headers, body: init.body });
  const text = await res.text();
  let json: any = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, text, json };
}
const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  send({ headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const gqlPost = (query: string, variables?: Record<string, unknown>) => postJson({ query, variables });

const STACK = /\n\s+at |\bat [^\s]+ \(.*:\d+:\d+\)|\.(ts|js):\d+:\d+|node_modules|"stacktrace"/;

/**
 * A 4xx, or a 200 whose errors are all coded (never INTERNAL_SERVER_ERROR);
 * no stack trace anywhere in the body. Returns the error codes.
 */
function assertSafe(what: string, r: Raw): string[] {
  expect(r.status, `${what}: ${r.text.slice(0, 300)}`).toBeLessThan(500);
  expect(r.text, what).not.toMatch(STACK);
  expect(r.text, what).not.toMatch(/INTERNAL_SERVER_ERROR|Internal server error/);
  const errors: any[] = r.json?.errors ?? [];
  for (const e of errors) expect(typeof e.extensions?.code, `${what}: uncoded error ${JSON.stringify(e)}`).toBe('string');
  if (r.status === 200) expect(r.json?.data !== undefined || errors.length > 0, `${what}: ${r.text.slice(0, 200)}`).toBe(true);
  else expect(r.status, what).toBeGreaterThanOrEqual(400);
  return errors.map((e) => e.extensions.code);
}

async function stillUp() {
  const r = await gqlPost('{ __typename }');
  expect(r.json).toEqual({ data: { __typename: 'Query' } });
}

// ---------------------------------------------------------------- the corpus (everything except injection strings)

const manager = (n: number) => `{ person(id: "u-2") { ${'manager { '.repeat(n)}id${' }'.repeat(n)} } }`;
const aliases = (n: number, field = 'people(first: 100) { edges { node { id name } } }') => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const MB = 'x'.repeat(1 << 20);
let fragmentBomb = 'fragment F0 on Person { id manager { id } }\n';
for (let i = 1; i <= 40; i++) fragmentBomb += `fragment F${i} on Person { ...F${i - 1} directReports { ...F${i - 1} } }\n`;

/** [name, request, expected status (or any 4xx / 200-with-coded-errors when omitted), expected GraphQL code] */
type Case = [string, () => Promise<Raw>, number?, string?];
const corpus: Case[] = [
  // depth
  ['depth bomb: manager × 12', () => gqlPost(manager(12)), 400, 'QUERY_TOO_COMPLEX'],
  ['depth bomb: manager × 500 (over the token cap)', () => gqlPost(manager(500)), 400, 'QUERY_TOO_COMPLEX'],
  ['depth bomb through fragments', () => gqlPost(`{ person(id: "u-2") { ...F40 } }\n${fragmentBomb}`), 400, 'QUERY_TOO_COMPLEX'],
  ['nested list literal 10,000 deep', () => gqlPost(`{ people(search: ${'['.repeat(10_000)}"x"${']'.repeat(10_000)}) { totalCount } }`), 400, 'QUERY_TOO_COMPLEX'],
  ['nested selection 4,000 deep', () => gqlPost(`{ ${'person(id: "u-2") { '.repeat(4000)} }`), 400, 'QUERY_TOO_COMPLEX'],
  // aliases
  ['alias bomb: 1,000 × people(first: 100)', () => gqlPost(aliases(1000)), 400, 'QUERY_TOO_COMPLEX'],
  ['alias bomb: 600 × the same alias', () => gqlPost(`{ ${'a: __typename '.repeat(600)} }`), 400, 'QUERY_TOO_COMPLEX'],
  ['alias bomb: 40 aliases of the portfolio', () => gqlPost(aliases(40, 'singleContactRisks(first: 100) { totalCount }')), 400, 'QUERY_TOO_COMPLEX'],
  ['30 aliases of the portfolio-wide risk list', () => gqlPost(aliases(30, 'singleContactRisks(first: 100) { accounts { uncoveredDecisionMakers { knownBy { person { id } } } } }')), 400, 'QUERY_TOO_COMPLEX'],
  ['cost bomb: nested lists under the depth cap', () => gqlPost(`{ people(first: 100) { edges { node { knownBy { person { knownBy { person { knownBy { person { id } } } } } } } } } }`), 400, 'QUERY_TOO_COMPLEX'],
  ['fragment cycle', () => gqlPost(`{ person(id: "u-2") { ...A } } fragment A on Person { manager { ...B } } fragment B on Person { directReports { ...A } }`), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['self-spreading fragment', () => gqlPost(`{ person(id: "u-2") { ...A } } fragment A on Person { ...A }`), 400, 'GRAPHQL_VALIDATION_FAILED'],
  // huge first and other numbers
  ['first: 10^9', () => gqlPost(`{ people(first: 1000000000) { edges { node { id } } } }`), 200, 'BAD_USER_INPUT'],
  ['first: -1', () => gqlPost(`{ people(first: -1) { edges { node { id } } } }`), 200, 'BAD_USER_INPUT'],
  ['first: 2^31 (not an Int)', () => gqlPost(`{ people(first: 2147483648) { totalCount } }`), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['first: 10^12 in a variable', () => gqlPost(`query($n: Int) { people(first: $n) { totalCount } }`, { n: 1e12 }), 400, 'BAD_USER_INPUT'],
  ['nested first: 10^9', () => gqlPost(`{ company(id: "g1") { people(first: 1000000000) { totalCount } } person(id: "u-2") { relationships(first: 1000000000) { totalCount } } }`), 200, 'BAD_USER_INPUT'],
  ['influenceRanking first: 10^9', () => gqlPost(`{ influenceRanking(accountId: "g1", first: 1000000000) { totalCount } }`), 200, 'BAD_USER_INPUT'],
  ['k and maxHops far out of range', () => gqlPost(`{ influencePaths(fromId: "u-2", toId: "g1-p-41", maxHops: 1000000, k: 1000000) { hops } }`), 200, 'BAD_USER_INPUT'],
  ['successors: 10^9', () => gqlPost(`{ departureImpact(personId: "u-6", successors: 1000000000) { uncoveredAccounts } }`), 200, 'BAD_USER_INPUT'],
  ['minStrength: 1e308, topShare: -1e308', () => gqlPost(`{ decisionMakerCoverage(accountId: "g1", minStrength: 1e308) { singleThreaded } hiddenInfluencers(accountId: "g1", topShare: -1e308) { rank } }`), 200, 'BAD_USER_INPUT'],
  ['NaN and Infinity as JSON numbers', () => postJson(`{"query":"query($s: Float) { decisionMakerCoverage(accountId: \\"g1\\", minStrength: $s) { singleThreaded } }","variables":{"s":1e999}}`)],
  // huge strings and bodies
  ['1 MB string in search', () => gqlPost(`{ people(search: "${MB}") { totalCount } }`), 413],
  ['1 MB string in a variable', () => gqlPost(`query($s: String) { people(search: $s) { totalCount } }`, { s: MB }), 413],
  ['body one byte over the limit', () => postJson(`{"query":"{ __typename }","variables":{"pad":"${'x'.repeat(DEFAULT_LIMITS.maxBodyBytes)}"}}`), 413],
  ['90 KB search string (under the body limit)', () => gqlPost(`query($s: String) { people(search: $s) { totalCount } companies(search: $s) { totalCount } }`, { s: 'y'.repeat(90_000) }), 200],
  ['90 KB name in a mutation', () => gqlPost(`mutation($i: PersonInput!) { upsertPerson(input: $i) { id } }`, { i: { id: 'g1-p-42', name: 'n'.repeat(90_000) } }), 200, 'BAD_USER_INPUT'],
  ['90 KB id in a mutation', () => gqlPost(`mutation($id: ID!) { removePerson(id: $id) }`, { id: 'i'.repeat(90_000) }), 200],
  // wrong types
  ['a string where an Int goes', () => gqlPost(`{ people(first: "ten") { totalCount } }`), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['a string where an Int goes, in a variable', () => gqlPost(`query($n: Int) { people(first: $n) { totalCount } }`, { n: 'ten' }), 400, 'BAD_USER_INPUT'],
  ['an object where an ID goes', () => gqlPost(`query($id: ID!) { person(id: $id) { id } }`, { id: { $ne: null } }), 400, 'BAD_USER_INPUT'],
  ['an array where an input object goes', () => gqlPost(`mutation($i: PersonInput!) { upsertPerson(input: $i) { id } }`, { i: [1, 2, 3] }), 400, 'BAD_USER_INPUT'],
  ['a string strength', () => gqlPost(`mutation { upsertRelationship(input: { ourPersonId: "u-2", contactId: "g1-p-41", strength: "high" }) { strength } }`), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['an unknown enum in a variable', () => gqlPost(`query($r: BuyingRole) { people(buyingRole: $r) { totalCount } }`, { r: 'BOSS' }), 400, 'BAD_USER_INPUT'],
  ['a null for a non-null argument', () => gqlPost(`query($id: ID!) { person(id: $id) { id } }`, { id: null }), 400, 'BAD_USER_INPUT'],
  ['an undeclared variable', () => gqlPost(`{ person(id: $id) { id } }`, { id: 'u-2' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['variables nested 20,000 deep', () => postJson(`{"query":"query($k: [InfluenceEdgeKind!]) { influencePaths(fromId: \\"u-2\\", toId: \\"g1-p-41\\", edgeKinds: $k) { hops } }","variables":{"k":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`)],
  // the request envelope
  ['malformed JSON', () => postJson('{"query": "{ __typename }"'), 400],
  ['trailing garbage after JSON', () => postJson('{"query": "{ __typename }"}}}'), 400],
  ['invalid UTF-8', () => send({ headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) })],
  ['empty body', () => postJson(''), 400],
  ['empty body without a content type', () => send({})],
  ['null', () => postJson('null'), 400],
  ['a bare string', () => postJson('"{ __typename }"'), 400],
  ['a number', () => postJson('42'), 400],
  ['an empty object', () => postJson('{}'), 400],
  ['query: null', () => postJson({ query: null }), 400],
  ['query: a number', () => postJson({ query: 5 }), 400],
  ['query: an object', () => postJson({ query: { kind: 'Document', definitions: [] } }), 400],
  ['variables: a string', () => postJson({ query: '{ __typename }', variables: 'x' }), 400],
  ['variables: an array', () => postJson({ query: '{ __typename }', variables: [1] }), 400],
  ['operationName: an object', () => postJson({ query: '{ __typename }', operationName: {} }), 400],
  ['extensions: a string', () => postJson({ query: '{ __typename }', extensions: 'x' }), 400],
  ['an unknown operationName', () => postJson({ query: 'query A { __typename }', operationName: 'B' }), 400],
  ['two anonymous operations', () => gqlPost('{ __typename } { __typename }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['a subscription (the schema has none)', () => gqlPost('subscription { people { totalCount } }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['a subscription named among queries', () => postJson({ query: 'query Q { __typename } subscription S { people { totalCount } }', operationName: 'S' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['a syntax error', () => gqlPost('{ person(id: "u-2") { id '), 400, 'GRAPHQL_PARSE_FAILED'],
  ['prototype pollution in variables', () => postJson('{"query":"query($i: PersonInput!) { upsertPerson(input: $i) { id } }","variables":{"i":{"id":"g1-p-42","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}}')],
  ['persisted query hash only', () => postJson({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } })],
  // batching: refused (Apollo's allowBatchedHttpRequests stays false)
  ['a batch of two queries', () => postJson([{ query: '{ __typename }' }, { query: '{ __typename }' }]), 400],
  ['a batch of 1,000 mutations', () => postJson(Array.from({ length: 1000 }, () => ({ query: 'mutation { removePerson(id: "g1-p-42") }' }))), 400],
  ['an empty batch', () => postJson([]), 400],
  // GET mutations: refused (CSRF guard without the preflight header; 405 with it)
  ['GET mutation', () => send({ method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { removePerson(id: "g1-p-42") }')}` }), 400],
  ['GET mutation with the preflight header', () => send({ method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { removePerson(id: "g1-p-42") }')}`, headers: { 'apollo-require-preflight': 'true' } }), 405],
  ['GET mutation named among queries', () => send({ method: 'GET', path: `/graphql?operationName=M&query=${encodeURIComponent('query Q { __typename } mutation M { removePerson(id: "g1-p-42") }')}`, headers: { 'apollo-require-preflight': 'true' } }), 405],
  ['GET with a 20 KB query string', () => send({ method: 'GET', path: `/graphql?query=${'%7B'.repeat(7000)}`, headers: { 'apollo-require-preflight': 'true' } })],
  ['PUT', () => send({ method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })],
  ['DELETE', () => send({ method: 'DELETE' })],
  // content types
  ['text/plain (a CSRF-simple request)', () => send({ headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: 'mutation { removePerson(id: "g1-p-42") }' }) }), 400],
  ['application/xml', () => send({ headers: { 'content-type': 'application/xml' }, body: '<query>{ __typename }</query>' }), 415],
  ['form-urlencoded', () => send({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }), 415],
  ['multipart/form-data', () => send({ headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x--\r\n' }), 415],
  ['application/graphql', () => send({ headers: { 'content-type': 'application/graphql' }, body: '{ __typename }' }), 415],
  ['JSON declared as UTF-16', () => send({ headers: { 'content-type': 'application/json; charset=utf-16' }, body: '{"query":"{ __typename }"}' })],
  ['a made-up content type', () => send({ headers: { 'content-type': 'x-evil/\u00e9' }, body: '{"query":"{ __typename }"}' })],
];

describe('the hostile corpus', () => {
  let before: string[];
  beforeAll(async () => {
    before = await fullDump();
  });

  it.each(corpus)('%s', async (name, request, status, code) => {
    const r = await request();
    const codes = assertSafe(name, r);
    if (status !== undefined) expect(r.status, `${name}: ${r.text.slice(0, 300)}`).toBe(status);
    if (code !== undefined) expect(codes, `${name}: ${r.text.slice(0, 300)}`).toContain(code);
    await stillUp();
  });

  it('left the graph as it was and Object.prototype clean', async () => {
    expect(await fullDump()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// ---------------------------------------------------------------- injection strings in every string argument

/** Cypher and SQL injection, template and path tricks, unicode, NUL bytes. None has leading or trailing spaces (names are trimmed). */
const INJECTIONS = [
  '"}) DETACH DELETE n //',
  "x'}) MATCH (n) DETACH DELETE n //",
  "' OR 1=1 --",
  '" OR ""="',
  '\\"}); MATCH (n) DETACH DELETE n; //',
  '$id} RETURN 1 UNION MATCH (n) DETACH DELETE n //',
  '`x`) DETACH DELETE n //',
  'CALL db.labels() YIELD label RETURN label',
  '${7*7}{{7*7}}%s%n',
  'a\u0000b',
  '\u0000',
  'Zoë 🧨 中文 \u202eevil\u200b',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
];

/** Valid values for arguments and input fields, by `Owner.name`, then by name. */
const BASE: Record<string, unknown> = {
  'Query.person.id': 'u-2', 'Query.company.id': 'g1', 'PersonInput.id': 'g1-p-42', 'CompanyInput.id': 'g1-r1',
  'Query.departureImpact.personId': 'u-6', 'TeamMemberInput.personId': 'u-2', 'Mutation.removeTeamMember.personId': 'u-2',
  'Query.influencePaths.fromId': 'u-2', 'PersonInput.name': 'Hostile Base', 'CompanyInput.name': 'Hostile Base', 'CompanyInput.kind': 'CUSTOMER',
  personId: 'g1-p-42', ourPersonId: 'u-2', contactId: 'g1-p-41', fromId: 'g1-p-42', toId: 'g1-p-41', managerId: 'g1-p-41',
  targetId: 'g1-p-41', accountId: 'g1', companyId: 'g1', unitId: 'g1-r1', parentId: 'g1', strength: 0.5,
};
/** String-like leaves: what a client may send text in. */
const isText = (t: GraphQLInputType) => isScalarType(getNamedType(t)) && !['Int', 'Float', 'Boolean', 'JSON'].includes(getNamedType(t).name);

/** A value for an input type: a valid base, with `inj` at `target` (a path of field names inside it). */
function valueFor(type: GraphQLInputType, owner: string, name: string, target: string[] | null, inj: string): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [valueFor(t.ofType, owner, name, target, inj)];
  if (target && target.length === 0) return inj;
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      const onPath = target?.[0] === f.name;
      const base = BASE[`${t.name}.${f.name}`] ?? BASE[f.name];
      if (onPath) out[f.name] = valueFor(f.type, t.name, f.name, target!.slice(1), inj);
      else if (isNonNullType(f.type) || base !== undefined) out[f.name] = valueFor(f.type, t.name, f.name, null, inj);
    }
    return out;
  }
  const base = BASE[`${owner}.${name}`] ?? BASE[name];
  if (base !== undefined) return base;
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isScalarType(t)) return t.name === 'Int' ? 1 : t.name === 'Float' ? 0.5 : t.name === 'Boolean' ? true : 'x';
  return null;
}

/** Paths to every string-like leaf of an argument (through input objects and lists). */
function textPaths(type: GraphQLInputType, seen = new Set<string>()): string[][] {
  const t = getNamedType(type);
  if (isInputObjectType(t)) {
    if (seen.has(t.name)) return [];
    const inner = new Set([...seen, t.name]);
    return Object.values(t.getFields()).flatMap((f) => textPaths(f.type, inner).map((p) => [f.name, ...p]));
  }
  return isText(type) ? [[]] : [];
}

interface InjectionCase { label: string; query: string; variables: Record<string, unknown>; inj: string }

const opened = (entry: string) => (entry.match(/\{/g)?.length ?? 0) - (entry.match(/\}/g)?.length ?? 0);

/** One request per (field, string leaf, injection): `entry` reaches the field's type (e.g. `person(id: "u-2")`). */
function casesFor(owner: string, field: GraphQLField<unknown, unknown>, entry: string | null, injections: string[]): InjectionCase[] {
  const out: InjectionCase[] = [];
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const kind = owner === 'Mutation' ? 'mutation' : 'query';
  for (const arg of field.args as GraphQLArgument[]) {
    for (const path of textPaths(arg.type)) {
      for (const inj of injections) {
        const variables: Record<string, unknown> = {};
        const used = field.args.filter((a) => a === arg || isNonNullType(a.type) || BASE[`${owner}.${field.name}.${a.name}`] !== undefined || (BASE[a.name] !== undefined && isNonNullType(a.type)));
        for (const a of used) variables[a.name] = valueFor(a.type, `${owner}.${field.name}`, a.name, a === arg ? path : null, inj);
        const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
        const call = `${field.name}${used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${selection}`;
        out.push({
          label: `${owner}.${field.name}(${[arg.name, ...path].join('.')})`,
          // an entry may open several selections (`portfolio { pareto`): close what it opened
          query: `${kind}${defs ? `(${defs})` : ''} { ${entry ? `${entry} { ${call} }${' }'.repeat(opened(entry))}` : call} }`,
          variables,
          inj,
        });
      }
    }
  }
  return out;
}

/** The value anywhere inside a row equals `s` (or `s` trimmed: names and ids are stored trimmed). */
const holds = (row: unknown, s: string): boolean =>
  row === s || row === s.trim() || (typeof row === 'object' && row !== null && Object.values(row).some((v) => holds(v, s)));
/** What a row is about: a write that replaces it (a person's one employer, one manager; a unit's one parent) keeps the key. */
const keyOf = (line: string) => {
  const p = line.slice(0, line.indexOf(' '));
  const r = JSON.parse(line.slice(line.indexOf(' ') + 1));
  const key: Record<string, unknown> = {
    people: r.person?.id, companies: r.company?.id, worksAt: r.personId, reportsTo: r.personId, partOf: r.unitId,
    influences: `${r.fromId}>${r.toId}`, knows: `${r.fromId}>${r.toId}`, onTeam: `${r.personId}>${r.companyId}`,
  };
  return `${p}|${String(key[p])}`;
};

describe('injection strings in every string argument', () => {
  it('queries (variables and literals): coded answers, nothing written', async () => {
    const before = await fullDump();
    const entries: Record<string, string> = {
      Query: '', Person: 'person(id: "u-2")', Company: 'company(id: "g1")',
      Pareto: 'portfolio { pareto', PriceConsistency: 'priceConsistency',
      ProductPriceConsistency: 'priceConsistency { products(first: 1) { edges { node',
      AccountPlan: 'accountPlan(id: "g1/2026")',
      Activity: 'overdueActivities { activities',
    };
    const cases: InjectionCase[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation') continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.args.some((a) => textPaths(a.type).length)) continue;
        expect(type.name in entries, `add an entry path for ${type.name}.${field.name} to this test`).toBe(true);
        cases.push(...casesFor(type.name, field, entries[type.name] || null, INJECTIONS));
      }
    }
    expect(cases.length).toBeGreaterThan(100);
    const seen = new Map<string, number>();
    for (const c of cases) {
      const r = await gqlPost(c.query, c.variables);
      for (const code of assertSafe(`${c.label} ← ${JSON.stringify(c.inj)}`, r)) seen.set(code, (seen.get(code) ?? 0) + 1);
      // the same request with the string as a literal in the document (a JSON string is a GraphQL string)
      let literal = c.query;
      for (const [k, v] of Object.entries(c.variables).sort(([a], [b]) => b.length - a.length)) literal = literal.replaceAll(`$${k}`, toLiteral(v));
      literal = literal.replace(/^(query|mutation)\([^)]*\)/, '$1');
      assertSafe(`${c.label} literal ← ${JSON.stringify(c.inj)}`, await gqlPost(literal));
    }
    await stillUp();
    expect(await fullDump()).toEqual(before);
    // the strings reached the resolvers: lookups answered null, ids were not found, dates and cursors refused
    expect(seen.get('BAD_USER_INPUT')).toBeGreaterThan(0);
    expect(seen.get('NOT_FOUND')).toBeGreaterThan(0);
  });

  it('mutations: refused with nothing written, or written with the string stored exactly', async () => {
    const mutation = schema.getMutationType()!;
    let written = 0;
    let refused = 0;
    for (const field of Object.values(mutation.getFields())) {
      for (const c of casesFor('Mutation', field, null, INJECTIONS)) {
        const before = await fullDump();
        const r = await gqlPost(c.query, c.variables);
        const what = `${c.label} ← ${JSON.stringify(c.inj)}`;
        const codes = assertSafe(what, r);
        const after = await fullDump();
        if (codes.length) {
          refused++;
          expect(after, what).toEqual(before);
          continue;
        }
        written++;
        const was = new Set(before);
        const now = new Set(after);
        const added = after.filter((l) => !was.has(l));
        const removed = before.filter((l) => !now.has(l));
        // every row the write added holds the string exactly; every row it removed was replaced by one of
        // those, or is named by the string (an entity an earlier case created with it as its id, removed by it)
        const rowOf = (l: string) => JSON.parse(l.slice(l.indexOf(' ') + 1));
        for (const l of added) expect(holds(rowOf(l), c.inj), `${what}: ${l}`).toBe(true);
        const replaced = new Set(added.map(keyOf));
        for (const l of removed) expect(replaced.has(keyOf(l)) || holds(rowOf(l), c.inj), `${what} removed ${l}`).toBe(true);
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(written).toBeGreaterThan(0);
    await stillUp();
  });
});

/** A GraphQL literal for a JSON value (strings as JSON strings, which GraphQL accepts). */
function toLiteral(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(toLiteral).join(', ')}]`;
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${toLiteral(x)}`).join(', ')} }`;
  if (typeof v === 'string') {
    // enum values are passed bare
    return /^[A-Z][A-Z_]+$/.test(v) ? v : JSON.stringify(v);
  }
  return JSON.stringify(v);
}
