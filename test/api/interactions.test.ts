import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { acmeFixture } from '../support/acme.js';
import { startSecured, type Result, type SecuredApp } from '../support/secured.js';

/**
 * Interactions over HTTP (docs/decisions.md "Interactions"): every validation
 * rule with its code and field (and a refused write changes nothing), the
 * connections' order, filters and paging, corrections and removals, and the
 * access rule. Fixture: Acme (a1, a2 at the group, n1 at acme-n), Beta (b1,
 * b2), our people o1..o5 at the supplier `us` and its unit `us-1`.
 */
let app: SecuredApp;
let store: LadybugStore;
const as: Record<string, string> = {};
const token = (claims: Record<string, unknown>) => app.token(claims);
const gql = (who: string, query: string, variables?: Record<string, unknown>) => app.gql(as[who], query, variables);
const refusal = (r: Result) => r.errors?.map((e) => [e.extensions?.code, e.extensions?.field ?? null]);

const RECORD = `mutation ($input: InteractionInput!) { recordInteraction(input: $input) { id kind at direction level subject } }`;
const record = (who: string, input: Record<string, unknown>) => gql(who, RECORD, { input });
const base = { id: 'x', kind: 'MEETING', at: '2026-10-01', participantIds: ['o1', 'a1'], accountId: 'acme' };

const PERSON = `query ($id: ID!, $first: Int, $after: String, $kind: InteractionKind, $from: LocalDate, $to: LocalDate) {
  person(id: $id) { interactions(first: $first, after: $after, kind: $kind, from: $from, to: $to) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id at participants { id } account { id } } } } } }`;
const COMPANY = `query ($id: ID!) { company(id: $id) { interactions { totalCount edges { node { id } } } } }`;
const ids = (conn: any) => conn.edges.map((e: any) => e.node.id);
const dump = async () => (await store.read('graph.dump')).map((r) => `${r.node} ${r.edge}`).sort();

beforeAll(async () => {
  app = await startSecured(acmeFixture(), { prefix: 'kamgraph-interactions-' });
  ({ store } = app);
  as.admin = await token({ sub: 'ada', role: 'ADMIN' });
  as.viewer = await token({ sub: 'vic', role: 'VIEWER' });
  as.acmeEditor = await token({ sub: 'erin', role: 'EDITOR', accounts: ['acme'] });
  as.acme = await token({ sub: 'avery', role: 'ACCOUNT_VIEWER', accounts: ['acme'] });
  as.nobody = await token({ sub: 'o5', role: 'ACCOUNT_VIEWER', person: 'o5' });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('recordInteraction / removeInteraction validation', () => {
  const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  it.each([
    ['an unknown participant', { participantIds: ['o1', 'nobody'] }, 'NOT_FOUND', 'input.participantIds'],
    ['a participant named twice', { participantIds: ['o1', 'a1', 'a1'] }, 'BAD_USER_INPUT', 'input.participantIds'],
    ['a single participant', { participantIds: ['o1'] }, 'BAD_USER_INPUT', 'input.participantIds'],
    ['none of ours', { participantIds: ['a1', 'a2'] }, 'BAD_USER_INPUT', 'input.participantIds'],
    ['no contact', { participantIds: ['o1', 'o2'] }, 'BAD_USER_INPUT', 'input.participantIds'],
    ['a date in the future', { at: future }, 'BAD_USER_INPUT', 'input.at'],
    ['a direction on a meeting', { direction: 'INBOUND' }, 'BAD_USER_INPUT', 'input.direction'],
    ['a level on an email', { kind: 'EMAIL', level: 'STRATEGIC' }, 'BAD_USER_INPUT', 'input.level'],
    ['a level on a call', { kind: 'CALL', level: 'TACTICAL' }, 'BAD_USER_INPUT', 'input.level'],
    ['an unknown account', { accountId: 'nope' }, 'NOT_FOUND', 'input.accountId'],
    ['a supplier unit as account', { accountId: 'us-1' }, 'BAD_USER_INPUT', 'input.accountId'],
    ['an empty id', { id: '' }, 'BAD_USER_INPUT', 'input.id'],
  ])('refuses %s, changing nothing', async (_what, patch, code, field) => {
    const before = await dump();
    const r = await record('admin', { ...base, ...patch });
    expect(r.data).toBeNull();
    expect(refusal(r)).toEqual([[code, field]]);
    expect(await dump()).toEqual(before);
  });

  it('refuses an impossible date and an unknown kind at the schema (BAD_USER_INPUT)', async () => {
    for (const patch of [{ at: '2026-02-30' }, { kind: 'LUNCH' }]) {
      const r = await record('admin', { ...base, ...patch });
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('removing an unknown interaction is NOT_FOUND', async () => {
    const r = await gql('admin', `mutation { removeInteraction(id: "nope") }`);
    expect(refusal(r)).toEqual([['NOT_FOUND', 'id']]);
  });

  it('readers may not write; an editor scoped to Acme may not write about Beta', async () => {
    expect((await record('viewer', base)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const r = await record('acmeEditor', { ...base, id: 'beta-x', participantIds: ['o1', 'b1'], accountId: 'beta' });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('navigation', () => {
  beforeAll(async () => {
    const inputs = [
      { id: 'i1', kind: 'MEETING', at: '2026-10-01', level: 'STRATEGIC', subject: 'Plan', participantIds: ['o1', 'a1'], accountId: 'acme' },
      { id: 'i2', kind: 'EMAIL', at: '2026-10-05', direction: 'OUTBOUND', participantIds: ['a2', 'o1'], accountId: 'acme' },
      { id: 'i3', kind: 'CALL', at: '2026-10-05', participantIds: ['o1', 'n1'], accountId: 'acme-n' },
      { id: 'i4', kind: 'VISIT', at: '2026-09-01', participantIds: ['o1', 'b1'], accountId: 'beta' },
      { id: 'i5', kind: 'MEETING', at: '2026-10-05', participantIds: ['o2', 'a1', 'b2'], accountId: 'acme' },
    ];
    for (const input of inputs) expect((await record('admin', input)).errors).toBeUndefined();
  });

  it('lists a person\'s interactions newest first (ties by id), with totalCount and participants by id', async () => {
    const r = await gql('admin', PERSON, { id: 'o1' });
    const conn = r.data.person.interactions;
    expect(ids(conn)).toEqual(['i2', 'i3', 'i1', 'i4']);
    expect(conn.totalCount).toBe(4);
    expect(conn.edges[0].node).toMatchObject({ at: '2026-10-05', participants: [{ id: 'a2' }, { id: 'o1' }], account: { id: 'acme' } });
  });

  it('filters by kind and by date range (both ends inclusive)', async () => {
    expect(ids((await gql('admin', PERSON, { id: 'o1', kind: 'MEETING' })).data.person.interactions)).toEqual(['i1']);
    const range = (await gql('admin', PERSON, { id: 'o1', from: '2026-10-01', to: '2026-10-04' })).data.person.interactions;
    expect([ids(range), range.totalCount]).toEqual([['i1'], 1]);
    expect(ids((await gql('admin', PERSON, { id: 'o1', from: '2026-10-05' })).data.person.interactions)).toEqual(['i2', 'i3']);
    const bad = await gql('admin', PERSON, { id: 'o1', from: '2026-10-05', to: '2026-10-01' });
    expect(refusal(bad)).toEqual([['BAD_USER_INPUT', 'to']]);
  });

  it('pages with opaque cursors; first is 1..100', async () => {
    const p1 = (await gql('admin', PERSON, { id: 'o1', first: 2 })).data.person.interactions;
    expect([ids(p1), p1.pageInfo.hasNextPage]).toEqual([['i2', 'i3'], true]);
    expect(p1.pageInfo.endCursor).not.toContain('i3');
    const p2 = (await gql('admin', PERSON, { id: 'o1', first: 2, after: p1.pageInfo.endCursor })).data.person.interactions;
    expect([ids(p2), p2.pageInfo.hasNextPage]).toEqual([['i1', 'i4'], false]);
    expect(refusal(await gql('admin', PERSON, { id: 'o1', first: 101 }))).toEqual([['BAD_USER_INPUT', 'first']]);
    expect(refusal(await gql('admin', PERSON, { id: 'o1', after: 'garbage' }))).toEqual([['BAD_USER_INPUT', 'after']]);
  });

  it('lists an account\'s interactions (that company only, not its units)', async () => {
    const conn = (await gql('admin', COMPANY, { id: 'acme' })).data.company.interactions;
    expect([ids(conn), conn.totalCount]).toEqual([['i2', 'i5', 'i1'], 3]);
  });

  it('a correction replaces every field and link; a removal drops it; a company with interactions is not removed', async () => {
    const r = await record('admin', { id: 'i1', kind: 'VISIT', at: '2026-10-06', level: 'TACTICAL', participantIds: ['o3', 'a1'], accountId: 'acme-s' });
    expect(r.data.recordInteraction).toEqual({ id: 'i1', kind: 'VISIT', at: '2026-10-06', direction: null, level: 'TACTICAL', subject: null });
    expect(ids((await gql('admin', COMPANY, { id: 'acme' })).data.company.interactions)).toEqual(['i2', 'i5']);
    expect(ids((await gql('admin', COMPANY, { id: 'acme-s' })).data.company.interactions)).toEqual(['i1']);
    expect(ids((await gql('admin', PERSON, { id: 'o1' })).data.person.interactions)).toEqual(['i2', 'i3', 'i4']);
    expect(ids((await gql('admin', PERSON, { id: 'o3' })).data.person.interactions)).toEqual(['i1']);
    expect((await gql('admin', `mutation { removeInteraction(id: "i2") }`)).data.removeInteraction).toBe('i2');
    expect(ids((await gql('admin', PERSON, { id: 'o1' })).data.person.interactions)).toEqual(['i3', 'i4']);
    // the store agrees with what the API answers
    const stored = (await dump()).filter((l) => l.startsWith('I|'));
    expect(stored).toEqual([
      'I|i1|VISIT|2026-10-06||TACTICAL| acme-s', 'I|i3|CALL|2026-10-05||| acme-n', 'I|i4|VISIT|2026-09-01||| beta', 'I|i5|MEETING|2026-10-05||| acme',
    ]);
    await gql('admin', `mutation { upsertCompany(input: { id: "quiet", name: "Quiet", kind: CUSTOMER }) { id } }`);
    await record('admin', { id: 'q1', kind: 'CALL', at: '2026-10-01', participantIds: ['o1', 'a1'], accountId: 'quiet' });
    expect(refusal(await gql('admin', `mutation { removeCompany(id: "quiet") }`))).toEqual([['BAD_USER_INPUT', 'id']]);
  });
});

describe('access', () => {
  it('an ACCOUNT_VIEWER sees interactions about accounts in scope only, and no participant out of scope', async () => {
    const conn = (await gql('acme', PERSON, { id: 'o1' })).data.person.interactions;
    // o1 took part in i3 (acme-n), i4 (Beta) and q1 (Quiet): only the one about Acme's tree shows
    expect([ids(conn), conn.totalCount]).toEqual([['i3'], 1]);
    const i5 = await gql('acme', `{ interaction(id: "i5") { id participants { id } account { id } } }`);
    expect(i5.data.interaction).toEqual({ id: 'i5', participants: [{ id: 'a1' }, { id: 'o2' }], account: { id: 'acme' } }); // b2 (Beta) hidden
    expect((await gql('acme', `{ interaction(id: "i4") { id } }`)).data.interaction).toBeNull();
    expect(JSON.stringify(await gql('acme', PERSON, { id: 'o1' }))).not.toMatch(/"b1"|"b2"|"beta"|"i4"/);
  });

  it('an ACCOUNT_VIEWER with no account in scope sees none', async () => {
    const conn = (await gql('nobody', PERSON, { id: 'o1' })).data.person.interactions;
    expect([ids(conn), conn.totalCount]).toEqual([[], 0]);
    for (const id of ['i1', 'i3', 'i4', 'i5']) expect((await gql('nobody', `{ interaction(id: "${id}") { id } }`)).data.interaction).toBeNull();
  });
});
