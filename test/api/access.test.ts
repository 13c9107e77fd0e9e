import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLEnumType, GraphQLScalarType, getNamedType,
  isLeafType, type GraphQLArgument, type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { createKey, revokeKey } from '../../src/auth/keys.js';
import type { Role } from '../../src/auth/identity.js';
import { loadGraph } from '../../src/generator/load.js';
import { buildAppSchema } from '../../src/schema.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { LadybugStore } from '../../src/store/ladybug.store.js';
import { acmeFixture } from '../support/acme.js';

/**
 * DESIGN §7 access, end to end over HTTP (docs/access.md). The fixture is
 * Acme (a group with regional and local units) and Beta (two contacts), plus
 * links that cross between them, so a leak has somewhere to show:
 *   b2 INFLUENCES a1 (0.95): a Beta contact sways Acme's CEO
 *   o5 KNOWS b2 (0.9): one of ours reaches Beta's influencer
 *   b1 is a decision maker known only by o1: a risk in Beta
 * An ACCOUNT_VIEWER scoped to Acme must never see b1, b2 or Beta.
 */
const SECRET = 'access-test-secret-with-enough-entropy-1234';
const fixture = () => {
  const g = acmeFixture();
  g.influences.push({ fromId: 'b2', toId: 'a1', strength: 0.95, note: 'board seat', since: null });
  g.knows.push({ fromId: 'o5', toId: 'b2', strength: 0.9, lastContactAt: '2026-10-20', since: '2020-01-01' });
  // b1 decides at Beta and only o1 knows them: a single-contact risk the portfolio must hide from Acme's viewer
  g.people.find((p) => p.id === 'b1')!.buyingRole = 'DECISION_MAKER';
  // a sensitive field to keep from account viewers, in GraphQL and in exports
  g.people.find((p) => p.id === 'a1')!.attitude = 'SKEPTIC';
  return g;
};
const BETA = ['b1', 'b2', 'beta'];

let dir: string;
let store: LadybugStore;
let server: RunningServer;
let keysFile: string;

async function token(claims: Record<string, unknown>, opts: { exp?: string; secret?: string } = {}) {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(String(claims.sub ?? 'tester')).setIssuedAt()
    .setExpirationTime(opts.exp ?? '10m').sign(new TextEncoder().encode(opts.secret ?? SECRET));
}
const as: Record<string, string> = {};

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}
async function gql(who: string, query: string, variables?: Record<string, unknown>) {
  return (await post({ query, variables }, { authorization: `Bearer ${as[who]}` })).body;
}
const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
const mentionsBeta = (x: unknown) => BETA.some((id) => JSON.stringify(x).includes(`"${id}"`));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kamgraph-access-'));
  store = new LadybugStore({ path: join(dir, 'db.lbug') });
  await store.init();
  await loadGraph(store, fixture());
  keysFile = join(dir, 'keys.json');
  server = await startServer(store, {
    port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0,
    auth: { jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null, keysFile },
  });
  as.admin = await token({ sub: 'ada', role: 'ADMIN' });
  as.editor = await token({ sub: 'eddie', role: 'EDITOR' });
  as.acmeEditor = await token({ sub: 'erin', role: 'EDITOR', accounts: ['acme'] });
  as.viewer = await token({ sub: 'vic', role: 'VIEWER' });
  as.acme = await token({ sub: 'avery', role: 'ACCOUNT_VIEWER', accounts: ['acme'] });
  // o5 is on no team yet: a scope of nothing but our own people
  as.o5 = await token({ sub: 'o5', role: 'ACCOUNT_VIEWER', person: 'o5' });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('identity', () => {
  it('refuses a request without credentials, with a bad, expired or foreign token: 401 UNAUTHENTICATED', async () => {
    const q = { query: '{ __typename }' };
    const cases: Record<string, string>[] = [
      {},
      { authorization: 'Bearer not-a-jwt' },
      { authorization: `Bearer ${await token({ sub: 'x', role: 'ADMIN' }, { exp: '-1m' })}` },
      { authorization: `Bearer ${await token({ sub: 'x', role: 'ADMIN' }, { secret: 'some-other-secret-some-other-secret' })}` },
      { authorization: `Bearer ${await token({ sub: 'x', role: 'OWNER' })}` },
      { authorization: 'Basic YWRhOnNlY3JldA==' },
    ];
    for (const headers of cases) {
      const r = await post(q, headers);
      expect(r.status, JSON.stringify(headers)).toBe(401);
      expect(codes(r.body)).toEqual(['UNAUTHENTICATED']);
    }
    expect((await post(q, { authorization: `Bearer ${as.viewer}` })).body.data).toEqual({ __typename: 'Query' });
  });

  it('accepts an API key until it is revoked; only its hash is stored', async () => {
    const { entry, key } = createKey(keysFile, { name: 'bi-export', role: 'VIEWER' });
    expect(JSON.stringify(entry)).not.toContain(key);
    await new Promise((r) => setTimeout(r, 1100)); // the key ring re-reads the file at most once a second
    const ok = await post({ query: '{ person(id: "b1") { id } }' }, { 'x-api-key': key });
    expect(ok.body.data).toEqual({ person: { id: 'b1' } });
    expect((await post({ query: '{ __typename }' }, { authorization: `Bearer ${key}` })).status).toBe(200);
    revokeKey(keysFile, entry.id);
    await new Promise((r) => setTimeout(r, 1100));
    const gone = await post({ query: '{ __typename }' }, { 'x-api-key': key });
    expect(gone.status).toBe(401);
    expect(codes(gone.body)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('an ACCOUNT_VIEWER scoped to Acme sees nothing of Beta', () => {
  it('lookups: an outside person or company is absent, exactly like one that does not exist', async () => {
    const r = await gql('acme', '{ b1: person(id: "b1") { id } none: person(id: "zz") { id } beta: company(id: "beta") { id } a1: person(id: "a1") { id } o5: person(id: "o5") { id } }');
    expect(r.data).toEqual({ b1: null, none: null, beta: null, a1: { id: 'a1' }, o5: { id: 'o5' } });
  });

  it('lists and their totalCount leave outside people and companies out', async () => {
    const admin = await gql('admin', '{ people(first: 100) { totalCount } companies(first: 100) { totalCount } }');
    const r = await gql('acme', '{ people(first: 100) { totalCount edges { node { id } } } companies(first: 100) { totalCount edges { node { id } } } }');
    // admin: 6 ours + 22 contacts = 28 people; 7 companies. Acme viewer: 28 − b1 − b2 = 26; 7 − beta = 6
    expect(admin.data.people.totalCount).toBe(28);
    expect(admin.data.companies.totalCount).toBe(7);
    expect(r.data.people.totalCount).toBe(26);
    expect(r.data.people.edges).toHaveLength(26);
    expect(r.data.companies.totalCount).toBe(6);
    expect(mentionsBeta(r.data)).toBe(false);
    const search = await gql('acme', '{ people(search: "B", first: 100) { totalCount edges { node { id } } } }');
    expect(mentionsBeta(search.data)).toBe(false);
  });

  it('nested navigation never reaches Beta (manager, influencedBy, knownBy, relationships, teams)', async () => {
    const q = `{ a1: person(id: "a1") { influencedBy { person { id } } knownBy { person { id } } manager { id } directReports { id } }
                 o1: person(id: "o1") { relationships(first: 100) { totalCount edges { node { person { id } } } } teams { company { id } } }
                 o5: person(id: "o5") { relationships(first: 100) { totalCount edges { node { person { id } } } } } }`;
    const admin = await gql('admin', q);
    expect(admin.errors).toBeUndefined();
    // the links exist: the admin sees b2 → a1 and o1 → b1, o5 → b2
    expect(admin.data.a1.influencedBy.map((x: any) => x.person.id)).toContain('b2');
    expect(mentionsBeta(admin.data.o1)).toBe(true);
    const r = await gql('acme', q);
    expect(r.errors).toBeUndefined();
    expect(r.data.a1.influencedBy.map((x: any) => x.person.id)).toEqual(['a4']);
    expect(r.data.o5.relationships.totalCount).toBe(1); // o5 → l1 only; o5 → b2 is hidden
    expect(mentionsBeta(r.data)).toBe(false);
  });

  it('influence paths and introductions never pass through an outside person', async () => {
    const q = `{ paths: influencePaths(fromId: "o5", toId: "a1", k: 3) { strength nodes { id } }
                 intros: bestIntroductions(targetId: "a1", k: 10) { person { id } path { nodes { id } } } }`;
    const admin = await gql('admin', q);
    // admin: o5 → b2 (0.9) → a1 (0.95) = 0.855 is the strongest path
    expect(admin.data.paths[0].nodes.map((n: any) => n.id)).toEqual(['o5', 'b2', 'a1']);
    expect(admin.data.paths[0].strength).toBeCloseTo(0.9 * 0.95, 10);
    const r = await gql('acme', q);
    expect(r.errors).toBeUndefined();
    expect(r.data.paths.length).toBeGreaterThan(0);
    expect(mentionsBeta(r.data)).toBe(false);
  });

  it('an outside target is NOT_FOUND with the same message as one that does not exist', async () => {
    const out = await gql('acme', '{ influencePaths(fromId: "o1", toId: "b1") { strength } }');
    const none = await gql('acme', '{ influencePaths(fromId: "o1", toId: "zz") { strength } }');
    expect(codes(out)).toEqual(['NOT_FOUND']);
    expect(out.errors![0].message.replace('b1', 'X')).toBe(none.errors![0].message.replace('zz', 'X'));
    for (const q of [
      '{ decisionMakerCoverage(accountId: "ID") { accountId } }',
      '{ singleContactRisks(accountId: "ID") { totalCount } }',
      '{ influenceRanking(accountId: "ID") { totalCount } }',
      '{ hiddenInfluencers(accountId: "ID") { rank } }',
      '{ bestIntroductions(targetId: "ID") { strength } }',
    ]) {
      const a = await gql('acme', q.replace('ID', q.includes('targetId') ? 'b2' : 'beta'));
      const b = await gql('acme', q.replace('ID', 'zz'));
      expect(codes(a), q).toEqual(['NOT_FOUND']);
      expect(a.errors![0].message.replace(/"(beta|b2)"/, '"X"'), q).toBe(b.errors![0].message.replace('"zz"', '"X"'));
    }
  });

  it('portfolio risks and departure impact leave Beta out', async () => {
    const q = `{ risks: singleContactRisks(includeInfluencers: true, first: 100) { totalCount edges { node { accountId contact { id } } } }
                 departure: departureImpact(personId: "o5") { accounts { accountId orphanedContacts { id } } uncoveredAccounts } }`;
    const admin = await gql('admin', q);
    expect(admin.errors).toBeUndefined();
    // admin: b1 (decision maker, held only by o1) is a Beta risk; o5 leaving orphans b2
    expect(mentionsBeta(admin.data.risks)).toBe(true);
    expect(admin.data.departure.accounts.map((a: any) => a.accountId)).toContain('beta');
    const r = await gql('acme', q);
    expect(r.errors).toBeUndefined();
    expect(mentionsBeta(r.data)).toBe(false);
    expect(r.data.risks.totalCount).toBeLessThan(admin.data.risks.totalCount);
  });

  it('a contact\'s attitude is FORBIDDEN to an ACCOUNT_VIEWER, readable by a VIEWER', async () => {
    const q = '{ person(id: "a1") { id attitude } }';
    expect(codes(await gql('acme', q))).toEqual(['FORBIDDEN']);
    expect((await gql('viewer', q)).errors).toBeUndefined();
  });

  it('the team widens the scope: o5 sees Beta once on its team, and not before', async () => {
    expect((await gql('o5', '{ person(id: "b2") { id } }')).data.person).toBeNull();
    expect((await gql('o5', '{ person(id: "a1") { id } }')).data.person).toBeNull();
    expect((await gql('admin', 'mutation { addTeamMember(input: { personId: "o5", accountId: "beta", role: KAM }) { role } }')).errors).toBeUndefined();
    expect((await gql('o5', '{ person(id: "b2") { id } }')).data.person).toEqual({ id: 'b2' });
    expect((await gql('admin', 'mutation { removeTeamMember(personId: "o5", accountId: "beta") }')).errors).toBeUndefined();
    expect((await gql('o5', '{ person(id: "b2") { id } }')).data.person).toBeNull();
  });
});

describe('writes', () => {
  it('viewers may not write; nothing is written', async () => {
    for (const who of ['viewer', 'acme']) {
      const r = await gql(who, 'mutation { upsertPerson(input: { id: "a1", name: "Hacked" }) { id } }');
      expect(codes(r)).toEqual(['FORBIDDEN']);
    }
    expect((await gql('admin', '{ person(id: "a1") { name } }')).data.person.name).toBe('A1');
  });

  it('an EDITOR scoped to Acme writes inside Acme only', async () => {
    const inside = await gql('acmeEditor', 'mutation { upsertPerson(input: { id: "a5", name: "A5 renamed" }) { name } }');
    expect(inside.errors).toBeUndefined();
    const knows = await gql('acmeEditor', 'mutation { upsertRelationship(input: { ourPersonId: "o2", contactId: "a5", strength: 0.5 }) { strength } }');
    expect(knows.errors).toBeUndefined();
    for (const m of [
      'mutation { upsertPerson(input: { id: "b1", name: "Nope" }) { id } }',
      'mutation { upsertRelationship(input: { ourPersonId: "o2", contactId: "b1", strength: 0.5 }) { strength } }',
      'mutation { upsertInfluence(input: { fromId: "b2", toId: "a2", strength: 0.5 }) { strength } }',
      'mutation { setEmployer(input: { personId: "a5", companyId: "beta" }) { id } }',
      'mutation { upsertPerson(input: { id: "o1", name: "Our renamed" }) { id } }',
    ]) expect(codes(await gql('acmeEditor', m)), m).toEqual(['FORBIDDEN']);
    const after = await gql('admin', '{ b1: person(id: "b1") { name } o1: person(id: "o1") { name } a5: person(id: "a5") { employer { company { id } } } }');
    expect(after.data).toEqual({ b1: { name: 'B1' }, o1: { name: 'O1' }, a5: { employer: { company: { id: 'acme' } } } });
  });

  it('every committed write is in the audit log with who, what, before and after; admins only', async () => {
    await gql('editor', 'mutation { upsertPerson(input: { id: "n4", name: "N4 audited" }) { id } }');
    const log = await gql('admin', '{ auditLog(entityId: "n4", first: 5) { totalCount edges { node { actor role operation ids changes { kind before after } } } } }');
    expect(log.errors).toBeUndefined();
    const e = log.data.auditLog.edges[0].node;
    expect(e).toMatchObject({ actor: 'eddie', role: 'EDITOR', operation: 'upsertPerson', ids: ['n4'] });
    expect(e.changes[0].kind).toBe('person.upserted');
    expect(e.changes[0].before.name).toBe('N4');
    expect(e.changes[0].after.person.name).toBe('N4 audited');
    expect(codes(await gql('viewer', '{ auditLog { totalCount } }'))).toEqual(['FORBIDDEN']);
    expect(codes(await gql('editor', '{ auditLog { totalCount } }'))).toEqual(['FORBIDDEN']);
    // refused writes leave no record
    const all = await gql('admin', '{ auditLog(first: 100) { edges { node { actor } } } }');
    expect(all.data.auditLog.edges.map((x: any) => x.node.actor)).not.toContain('vic');
  });
});

// ------------------------------------------------------------------ the role matrix
const SAMPLE_IDS: Record<string, string> = {
  id: 'a2', accountId: 'acme', personId: 'o2', fromId: 'o2', toId: 'a2', targetId: 'a2', contactId: 'a2',
  ourPersonId: 'o2', companyId: 'acme', managerId: 'a1', unitId: 'acme-s', parentId: 'acme', entityId: 'a2',
};
function sampleValue(name: string, type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sampleValue(name, type.ofType);
  if (type instanceof GraphQLList) return [sampleValue(name, type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLInputObjectType) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (f.type instanceof GraphQLNonNull) out[f.name] = sampleValue(f.name, f.type);
    return out;
  }
  const scalar = (type as GraphQLScalarType).name;
  if (scalar === 'ID') return SAMPLE_IDS[name] ?? 'a2';
  if (scalar === 'Float') return 0.5;
  if (scalar === 'Int') return 1;
  if (scalar === 'Boolean') return true;
  if (scalar === 'LocalDate') return '2026-01-01';
  return 'x';
}
function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a: GraphQLArgument) => a.type instanceof GraphQLNonNull);
  const vars = Object.fromEntries(required.map((a) => [a.name, sampleValue(a.name, a.type)]));
  const decl = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return { query: `${kind} M${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`, vars };
}
const ROLE_TOKENS: Record<Role, string> = { ADMIN: 'admin', EDITOR: 'editor', VIEWER: 'viewer', ACCOUNT_VIEWER: 'acme' };
/** Fields only some roles may call; every other Query field is open to every role, every Mutation to writers. */
const RESTRICTED: Record<string, Role[]> = { auditLog: ['ADMIN'] };

describe('role matrix: every Query and Mutation field, as every role', async () => {
  const schema = await buildAppSchema();
  const rows = [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ kind: 'query' as const, f })),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ kind: 'mutation' as const, f })),
  ];
  it.each(rows.map((r) => [`${r.kind} ${r.f.name}`, r] as const))('%s', async (_name, { kind, f }) => {
    for (const role of Object.keys(ROLE_TOKENS) as Role[]) {
      const allowed = RESTRICTED[f.name]?.includes(role) ?? (kind === 'query' || role === 'ADMIN' || role === 'EDITOR');
      const { query, vars } = operationOf(kind, f);
      // acknowledging a signal is top management's (a domain FORBIDDEN naming personId, tested in signals.test.ts): o4 is an EXECUTIVE
      if (f.name === 'acknowledgeSignal') vars.personId = 'o4';
      const r = await gql(ROLE_TOKENS[role], query, vars);
      const got = codes(r);
      if (allowed) expect(got.filter((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED' || c === 'INTERNAL_SERVER_ERROR'), `${role} ${query}`).toEqual([]);
      else expect(got, `${role} ${query}`).toContain('FORBIDDEN');
    }
  });
});

describe('the worker pool reads through the same scope', () => {
  it('offloaded analytics (paths, introductions, departure, portfolio) hide Beta from an Acme viewer', async () => {
    const pooled = await startServer(store, {
      port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 1,
      auth: { jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null, keysFile },
    });
    try {
      expect(pooled.core.pool).not.toBeNull();
      const q = `{ paths: influencePaths(fromId: "o5", toId: "a1", k: 3) { nodes { id } }
                   intros: bestIntroductions(targetId: "a1", k: 10) { path { nodes { id } } }
                   departure: departureImpact(personId: "o5") { accounts { accountId orphanedContacts { id } } }
                   risks: singleContactRisks(first: 100) { totalCount edges { node { accountId contact { id } } } } }`;
      const ask = async (t: string) => {
        const res = await fetch(pooled.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${as[t]}` }, body: JSON.stringify({ query: q }) });
        return (await res.json()) as { data: any; errors?: unknown };
      };
      const admin = await ask('admin');
      expect(admin.errors).toBeUndefined();
      expect(mentionsBeta(admin.data.paths)).toBe(true);
      expect(mentionsBeta(admin.data.departure)).toBe(true);
      expect(mentionsBeta(admin.data.risks)).toBe(true);
      const scoped = await ask('acme');
      expect(scoped.errors).toBeUndefined();
      expect(mentionsBeta(scoped.data)).toBe(false);
    } finally {
      await pooled.stop();
    }
  }, 60_000);
});

describe('the audit log survives a restart', () => {
  it('a new server over the reopened store lists the writes made before', async () => {
    const before = await gql('admin', '{ auditLog(first: 100) { totalCount edges { node { id actor operation } } } }');
    expect(before.data.auditLog.totalCount).toBeGreaterThan(0);
    await server.stop();
    await store.close();
    store = new LadybugStore({ path: join(dir, 'db.lbug') });
    await store.init();
    server = await startServer(store, {
      port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0,
      auth: { jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null, keysFile },
    });
    const after = await gql('admin', '{ auditLog(first: 100) { totalCount edges { node { id actor operation } } } }');
    expect(after.data.auditLog).toEqual(before.data.auditLog);
  });
});

describe('findings of the access review, fixed', () => {
  it('a percent-encoded path reaches no route without credentials', async () => {
    const origin = new URL(server.url).origin;
    for (const path of ['/%67raphql', '/graphq%6C', '/%65xport/jsonl', '/%69mport']) {
      const res = await fetch(`${origin}${path}`, { method: path.includes('xport') ? 'GET' : 'POST', headers: { 'content-type': 'application/json' }, body: path.includes('xport') ? undefined : JSON.stringify({ query: '{ companies { totalCount } }' }) });
      expect([401, 404], path).toContain(res.status);
      expect(await res.text(), path).not.toContain('totalCount');
    }
  });

  it('a server protected by API keys alone stays protected when its last key is revoked', async () => {
    const file = join(dir, 'only-keys.json');
    const { entry, key } = createKey(file, { name: 'only', role: 'ADMIN' });
    const keyed = await startServer(store, { port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0, auth: { jwtSecret: null, jwksUrl: null, issuer: null, audience: null, keysFile: file } });
    try {
      const ask = (headers: Record<string, string>) => fetch(keyed.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect((await ask({ 'x-api-key': key })).status).toBe(200);
      revokeKey(file, entry.id);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await ask({})).status).toBe(401);
      expect((await ask({ 'x-api-key': key })).status).toBe(401);
    } finally {
      await keyed.stop();
    }
  });

  it('exports give a contact\'s attitude to a VIEWER and not to an ACCOUNT_VIEWER', async () => {
    const origin = new URL(server.url).origin;
    const as_ = async (who: string) => (await fetch(`${origin}/export/jsonl?account=acme`, { headers: { authorization: `Bearer ${as[who]}` } })).text();
    expect(await as_('viewer')).toContain('"attitude":"SKEPTIC"');
    const scoped = await as_('acme');
    expect(scoped).toContain('"id":"a1"');
    expect(scoped).not.toContain('SKEPTIC');
  });

  it('one definition of ours: someone at a supplier unit under a customer is ours for the metrics and visible to all, in either order', async () => {
    for (const m of [
      'mutation { upsertCompany(input: { id: "beta-lab", name: "Our lab at Beta", kind: SUPPLIER }) { id } }',
      'mutation { setParentUnit(input: { unitId: "beta-lab", parentId: "beta" }) { id } }',
      'mutation { upsertPerson(input: { id: "x-lab", name: "Lab Person" }) { id } }',
      'mutation { setEmployer(input: { personId: "x-lab", companyId: "beta-lab" }) { id } }',
      'mutation { upsertRelationship(input: { ourPersonId: "x-lab", contactId: "a5", strength: 0.9, lastContactAt: "2026-10-30" }) { strength } }',
    ]) expect((await gql('admin', m)).errors, m).toBeUndefined();
    const q = '{ decisionMakerCoverage(accountId: "acme", asOf: "2026-11-01") { overall { covered } decisionMakers { contact { id } holders { person { id } } } } }';
    const scopedFirst = await gql('acme', q);
    const viewer = await gql('viewer', q);
    expect(scopedFirst.errors).toBeUndefined();
    expect(scopedFirst.data).toEqual(viewer.data);
    expect((await gql('acme', '{ person(id: "x-lab") { id } }')).data.person).toEqual({ id: 'x-lab' });
    // and exports say so too
    const jsonl = await (await fetch(`${new URL(server.url).origin}/export/jsonl?account=acme`, { headers: { authorization: `Bearer ${as.viewer}` } })).text();
    expect(jsonl.split('\n').filter((l) => l.includes('"id":"x-lab"')).map((l) => JSON.parse(l).ours)).toEqual([true]);
  });

  it('an EDITOR scoped to Acme may not make a supplier, nor link another account\'s contact to an interaction', async () => {
    expect(codes(await gql('acmeEditor', 'mutation { upsertCompany(input: { id: "acme", name: "Acme Group", kind: SUPPLIER }) { id } }'))).toEqual(['FORBIDDEN']);
    expect(codes(await gql('acmeEditor', 'mutation { upsertCompany(input: { id: "acme-lab", name: "Lab", kind: SUPPLIER }) { id } }'))).toEqual(['FORBIDDEN']);
    expect(codes(await gql('acmeEditor', 'mutation { recordInteraction(input: { id: "ix-1", kind: MEETING, at: "2026-10-01", accountId: "acme", participantIds: ["o1", "a1", "b1"] }) { id } }'))).toEqual(['FORBIDDEN']);
    expect((await gql('acmeEditor', 'mutation { recordInteraction(input: { id: "ix-2", kind: MEETING, at: "2026-10-01", accountId: "acme", participantIds: ["o1", "a1"] }) { id } }')).errors).toBeUndefined();
  });
});
