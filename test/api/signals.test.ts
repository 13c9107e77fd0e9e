import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { GraphData } from '../../src/domain/graph-data.js';
import type { CompanyRecord, PersonRecord } from '../../src/domain/records.js';
import { startSecured, type Result, type SecuredApp } from '../support/secured.js';

/**
 * DESIGN §4 "Signals and the 24-hour rule" through real HTTP requests and a
 * real graphql-ws client over WebSocket (docs/decisions.md "Signals and
 * escalation"). Our reporting tree: ceo (depth 0) ← vp (1) ← director (2) ←
 * kam (3); exec is function EXECUTIVE at depth 3. Accounts acme (contact a1)
 * and beta (contact b1). escalationHours is the default 24.
 */
const co = (id: string, kind: CompanyRecord['kind']): CompanyRecord => ({ id, name: id.toUpperCase(), kind, unitLevel: 'GROUP', country: null, segment: null, isKeyAccount: true, tier: null });
const pe = (id: string, fn: PersonRecord['function'] = 'SALES'): PersonRecord => ({
  id, name: id.toUpperCase(), email: null, title: null, function: fn, decisionLevel: 'CENTRAL', buyingRole: 'DECISION_MAKER', attitude: null, active: true, leftAt: null,
});
function fixture(): GraphData {
  const ours = [pe('ceo'), pe('vp'), pe('director'), pe('kam'), pe('exec', 'EXECUTIVE')];
  return {
    companies: [co('us', 'SUPPLIER'), co('acme', 'CUSTOMER'), co('beta', 'CUSTOMER')],
    people: [...ours, pe('a1'), pe('b1')],
    worksAt: [...ours.map((p) => ({ personId: p.id, companyId: 'us', title: null, since: null })),
      { personId: 'a1', companyId: 'acme', title: null, since: null }, { personId: 'b1', companyId: 'beta', title: null, since: null }],
    reportsTo: [
      { personId: 'vp', managerId: 'ceo', since: null }, { personId: 'director', managerId: 'vp', since: null },
      { personId: 'kam', managerId: 'director', since: null }, { personId: 'exec', managerId: 'director', since: null },
    ],
    partOf: [], influences: [], knows: [], onTeam: [],
  };
}

let app: SecuredApp;
const as: Record<string, string> = {};
const gql = (who: string, query: string, variables?: Record<string, unknown>) => app.gql(as[who], query, variables);
const refusal = (r: Result) => r.errors?.map((e) => [e.extensions?.code, e.extensions?.field ?? null]);
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

const SIGNAL = 'id kind at severity status deadline breached acknowledgedAt actedAt account { id } raisedBy { id } reportedBy { id } acknowledgedBy { id }';
const RAISE = `mutation ($input: RaiseSignalInput!) { raiseSignal(input: $input) { ${SIGNAL} } }`;
const ACK = `mutation ($id: ID!, $by: ID!) { acknowledgeSignal(id: $id, personId: $by) { ${SIGNAL} } }`;
const raise = (who: string, input: Record<string, unknown>) => gql(who, RAISE, { input: { kind: 'DISSATISFACTION', severity: 2, accountId: 'acme', ...input } });

/** A graphql-ws client as one caller, collecting what it is pushed. */
function subscriber(token: string | null) {
  const url = app.server.url.replace(/^http/, 'ws');
  const events: any[] = [];
  const closed: { code?: number } = {};
  const client: Client = createClient({
    url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: { closed: (e) => { closed.code = (e as { code?: number }).code; } },
  });
  const done = new Promise<void>((resolve) => {
    client.subscribe({ query: `subscription { signalEvents { event signal { id status account { id } } } }` }, {
      next: (v) => events.push(v), error: () => resolve(), complete: () => resolve(),
    });
  });
  return { events, closed, done, dispose: () => client.dispose() };
}
const until = async (cond: () => boolean, ms = 8000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
};

beforeAll(async () => {
  app = await startSecured(fixture(), { inMemory: true });
  as.admin = await app.token({ sub: 'a', role: 'ADMIN' });
  as.viewer = await app.token({ sub: 'v', role: 'VIEWER' });
  as.acmeViewer = await app.token({ sub: 'av', role: 'ACCOUNT_VIEWER', accounts: ['acme'] });
  as.betaViewer = await app.token({ sub: 'bv', role: 'ACCOUNT_VIEWER', accounts: ['beta'] });
  as.betaEditor = await app.token({ sub: 'be', role: 'EDITOR', accounts: ['beta'] });
});
afterAll(async () => { await app?.stop(); });

describe('raising and the 24-hour rule', () => {
  it('a new dissatisfaction is OPEN with a deadline 24 hours after it', async () => {
    const at = hoursAgo(1);
    const r = await raise('admin', { id: 's-open', at, raisedById: 'a1', reportedById: 'kam', text: 'deliveries late again' });
    expect(r.errors).toBeUndefined();
    expect(r.data.raiseSignal).toMatchObject({
      status: 'OPEN', breached: false, deadline: new Date(Date.parse(at) + 24 * 3_600_000).toISOString(),
      account: { id: 'acme' }, raisedBy: { id: 'a1' }, reportedBy: { id: 'kam' }, acknowledgedBy: null,
    });
  });

  it('acknowledged in time by top management (the VP, depth 1) it is ACKNOWLEDGED', async () => {
    await raise('admin', { id: 's-in-time', at: hoursAgo(20) });
    const r = await gql('admin', ACK, { id: 's-in-time', by: 'vp' });
    expect(r.errors).toBeUndefined();
    expect(r.data.acknowledgeSignal).toMatchObject({ status: 'ACKNOWLEDGED', breached: false, acknowledgedBy: { id: 'vp' } });
  });

  it('someone not in top management is FORBIDDEN with the reason, and nothing is written', async () => {
    await raise('admin', { id: 's-refused', at: hoursAgo(2) });
    const r = await gql('admin', ACK, { id: 's-refused', by: 'director' });
    expect(refusal(r)).toEqual([['FORBIDDEN', 'personId']]);
    expect(r.errors![0].message).toMatch(/director is not top management: depth 2 in our reporting tree/);
    const after = await gql('admin', `{ signal(id: "s-refused") { status acknowledgedAt acknowledgedBy { id } } }`);
    expect(after.data.signal).toEqual({ status: 'OPEN', acknowledgedAt: null, acknowledgedBy: null });
    // an EXECUTIVE deep in the tree qualifies by function
    expect((await gql('admin', ACK, { id: 's-refused', by: 'exec' })).data.acknowledgeSignal.status).toBe('ACKNOWLEDGED');
  });

  it('never acknowledged within 24 hours it is BREACHED; acknowledged late it stays breached; acted on it is DONE', async () => {
    await raise('admin', { id: 's-late', at: hoursAgo(30) });
    expect((await gql('admin', `{ signal(id: "s-late") { status breached } }`)).data.signal).toEqual({ status: 'BREACHED', breached: true });
    const late = await gql('admin', ACK, { id: 's-late', by: 'ceo' });
    expect(late.data.acknowledgeSignal).toMatchObject({ status: 'BREACHED', breached: true, acknowledgedBy: { id: 'ceo' } });
    const done = await gql('admin', `mutation { closeSignal(id: "s-late") { status breached actedAt } }`);
    expect(done.data.closeSignal).toMatchObject({ status: 'DONE', breached: true });
  });

  it('praise is never breached', async () => {
    await raise('admin', { id: 's-praise', kind: 'PRAISE', at: hoursAgo(100) });
    expect((await gql('admin', `{ signal(id: "s-praise") { status deadline breached } }`)).data.signal).toEqual({ status: 'OPEN', deadline: null, breached: false });
  });

  it('escalations lists the rule\'s signals by status, oldest first', async () => {
    await raise('admin', { id: 's-older-breach', at: hoursAgo(50) });
    const r = await gql('admin', `{ escalations(status: BREACHED) { id } all: escalations { id status } }`);
    expect(r.data.escalations.map((s: any) => s.id)).toEqual(['s-older-breach']);
    expect(r.data.all.map((s: any) => s.id)).toEqual(['s-older-breach', 's-late', 's-in-time', 's-refused', 's-open']);
    expect(r.data.all.every((s: any) => s.id !== 's-praise')).toBe(true);
  });

  it('bad input gets a coded error naming the field, and nothing is written', async () => {
    expect(refusal(await raise('admin', { id: 'x1', at: new Date(Date.now() + 3_600_000).toISOString() }))).toEqual([['BAD_USER_INPUT', 'input.at']]);
    expect(refusal(await raise('admin', { id: 'x2', at: 'yesterday' }))).toEqual([['BAD_USER_INPUT', 'input.at']]);
    expect(refusal(await raise('admin', { id: 'x3', severity: 4 }))).toEqual([['BAD_USER_INPUT', 'input.severity']]);
    expect(refusal(await raise('admin', { id: 'x4', accountId: 'nope' }))).toEqual([['NOT_FOUND', 'input.accountId']]);
    expect(refusal(await raise('admin', { id: 'x5', accountId: 'us' }))).toEqual([['BAD_USER_INPUT', 'input.accountId']]);
    expect(refusal(await raise('admin', { id: 'x6', raisedById: 'b1' }))).toEqual([['BAD_USER_INPUT', 'input.raisedById']]);
    expect(refusal(await raise('admin', { id: 'x7', reportedById: 'a1' }))).toEqual([['BAD_USER_INPUT', 'input.reportedById']]);
    expect(refusal(await raise('admin', { id: 's-open' }))).toEqual([['CONFLICT', 'input.id']]);
    expect(refusal(await gql('admin', ACK, { id: 's-in-time', by: 'ceo' }))).toEqual([['BAD_USER_INPUT', 'id']]);
    expect(refusal(await gql('admin', `mutation { closeSignal(id: "nope") { id } }`))).toEqual([['NOT_FOUND', 'id']]);
    const none = await gql('admin', `{ a: signal(id: "x1") { id } b: signal(id: "x3") { id } c: signal(id: "x6") { id } }`);
    expect(none.data).toEqual({ a: null, b: null, c: null });
  });
});

describe('access', () => {
  it('an account viewer of beta sees no signal of acme anywhere', async () => {
    const r = await gql('betaViewer', `{ signal(id: "s-open") { id } escalations { id } company(id: "acme") { signals { id } } }`);
    expect(r.data).toEqual({ signal: null, escalations: [], company: null });
  });

  it('the text is sensitive: an account viewer of acme sees the signal but not what was said', async () => {
    const r = await gql('acmeViewer', `{ signal(id: "s-open") { id text } }`);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql('acmeViewer', `{ company(id: "acme") { signals { id status } } }`)).data.company.signals.length).toBe(6);
    expect((await gql('viewer', `{ signal(id: "s-open") { text } }`)).data.signal.text).toBe('deliveries late again');
  });

  it('a scoped editor raises only on its own accounts; a viewer raises nothing', async () => {
    expect(refusal(await raise('betaEditor', { id: 'x8' }))).toEqual([['FORBIDDEN', null]]);
    expect((await raise('betaEditor', { id: 's-beta', accountId: 'beta', at: hoursAgo(1) })).data.raiseSignal.status).toBe('OPEN');
    expect(refusal(await raise('viewer', { id: 'x9' }))?.[0][0]).toBe('FORBIDDEN');
  });
});

describe('the subscription (graphql-ws over WebSocket on /graphql)', () => {
  it('pushes a signal when it is raised and when it breaches, only within the caller\'s scope', async () => {
    const viewer = subscriber(as.viewer);
    const beta = subscriber(as.betaViewer);
    await new Promise((r) => setTimeout(r, 300)); // both connected and subscribed
    // raised 24 hours ago less two seconds: RAISED now, BREACHED when the deadline passes (the timer)
    await raise('admin', { id: 's-live', at: new Date(Date.now() - 24 * 3_600_000 + 2000).toISOString() });
    await until(() => viewer.events.length >= 2);
    expect(viewer.events.map((e) => [e.data.signalEvents.event, e.data.signalEvents.signal.id])).toEqual([['RAISED', 's-live'], ['BREACHED', 's-live']]);
    expect(viewer.events[1].data.signalEvents.signal.status).toBe('BREACHED');
    // back-dated past its deadline: both at once
    await raise('admin', { id: 's-past', at: hoursAgo(48) });
    await until(() => viewer.events.length >= 4);
    expect(viewer.events.slice(2).map((e) => [e.data.signalEvents.event, e.data.signalEvents.signal.id])).toEqual([['RAISED', 's-past'], ['BREACHED', 's-past']]);
    // beta's viewer was told nothing about acme; a signal on beta reaches it
    await raise('admin', { id: 's-beta-2', accountId: 'beta', kind: 'COMPLAINT' });
    await until(() => beta.events.length >= 1);
    expect(beta.events.map((e) => e.data.signalEvents.signal.id)).toEqual(['s-beta-2']);
    viewer.dispose();
    beta.dispose();
  });

  it('refuses a connection without valid credentials', async () => {
    const anon = subscriber(null);
    await anon.done;
    expect(anon.closed.code).toBe(4403);
    expect(anon.events).toEqual([]);
  });
});
