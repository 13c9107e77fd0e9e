import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { createCore, servicesFor } from '../../src/context.js';
import { MeetingService } from '../../src/modules/meeting/meeting.service.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { acmeFixture } from '../support/acme.js';
import { startSecured, type Result, type SecuredApp } from '../support/secured.js';

/**
 * DESIGN §4 "Meeting structure" (docs/decisions.md "Meeting structure") on a
 * hand-worked fixture, judged at AS_OF = 2025-06-30: the window is
 * (2024-06-30, 2025-06-30], i.e. 2024-07-01 ..= 2025-06-30.
 *
 * Acme (group) ─┬─ acme-n ── acme-n1;  └─ acme-s.  Beta is another account.
 * Acme's decision makers (active, DECISION_MAKER or ECONOMIC_BUYER), by id:
 *   a1 a2 a3 l1 n1 n2 s1 s2   (l4 is one who left: never counted)
 *
 * Interactions recorded (id: kind level, date, about, participants):
 *   old   MEETING STRATEGIC   2024-05-26 (asOf − 400: outside)   acme    o1 a1 a3
 *   edge  MEETING STRATEGIC   2024-06-30 (asOf − 365: outside)   acme    o1 a3
 *   s1    MEETING STRATEGIC   2025-01-15 (inside)                acme    o1 a1 a2 a4 (a4 is a USER)
 *   s2    VISIT   STRATEGIC   2025-06-30 (= asOf: inside)        acme-s  o4 s1       (a unit: counts for the group)
 *   late  MEETING STRATEGIC   2025-08-01 (after asOf: ignored)   acme    o1 n1
 *   call  CALL    (no level)  2025-03-01 (ignored)               acme    o2 n2
 *   t1    MEETING TACTICAL    2024-07-01 (asOf − 364: inside)    acme    o1 n2
 *   t2    VISIT   TACTICAL    2025-04-10 (inside)                acme-n1 o2 l1       (a unit two levels down)
 *   op    MEETING OPERATIONAL 2024-01-10 (outside)               acme    o3 s2
 *   beta1 MEETING STRATEGIC   2025-02-01 (inside, but Beta's)    beta    o1 b1
 */
const AS_OF = '2025-06-30';
let app: SecuredApp;
let store: LadybugStore;
const as: Record<string, string> = {};
const token = (claims: Record<string, unknown>) => app.token(claims);
const gql = (who: string, query: string, variables?: Record<string, unknown>) => app.gql(as[who], query, variables);
const refusal = (r: Result) => r.errors?.map((e) => [e.extensions?.code, e.extensions?.field ?? null]);

const RECORD = `mutation ($input: InteractionInput!) { recordInteraction(input: $input) { id } }`;
const MS = `query ($id: ID!, $asOf: LocalDate, $s: Int, $t: Int, $o: Int) { company(id: $id) {
  meetingStructure(asOf: $asOf, strategicPerYear: $s, tacticalPerYear: $t, operationalPerYear: $o) {
    asOf levels { level meetings last target met } decisionMakersInStrategic { id } decisionMakersNotInStrategic { id } } } }`;
const structure = async (who: string, id: string, vars: Record<string, unknown> = {}) => {
  const r = await gql(who, MS, { id, asOf: AS_OF, ...vars });
  expect(r.errors).toBeUndefined();
  const m = r.data.company?.meetingStructure;
  return m && {
    ...m,
    decisionMakersInStrategic: m.decisionMakersInStrategic.map((p: { id: string }) => p.id),
    decisionMakersNotInStrategic: m.decisionMakersNotInStrategic.map((p: { id: string }) => p.id),
  };
};

const interactions: [string, string, string | null, string, string, string[]][] = [
  ['old', 'MEETING', 'STRATEGIC', '2024-05-26', 'acme', ['o1', 'a1', 'a3']],
  ['edge', 'MEETING', 'STRATEGIC', '2024-06-30', 'acme', ['o1', 'a3']],
  ['s1', 'MEETING', 'STRATEGIC', '2025-01-15', 'acme', ['o1', 'a1', 'a2', 'a4']],
  ['s2', 'VISIT', 'STRATEGIC', '2025-06-30', 'acme-s', ['o4', 's1']],
  ['late', 'MEETING', 'STRATEGIC', '2025-08-01', 'acme', ['o1', 'n1']],
  ['call', 'CALL', null, '2025-03-01', 'acme', ['o2', 'n2']],
  ['t1', 'MEETING', 'TACTICAL', '2024-07-01', 'acme', ['o1', 'n2']],
  ['t2', 'VISIT', 'TACTICAL', '2025-04-10', 'acme-n1', ['o2', 'l1']],
  ['op', 'MEETING', 'OPERATIONAL', '2024-01-10', 'acme', ['o3', 's2']],
  ['beta1', 'MEETING', 'STRATEGIC', '2025-02-01', 'beta', ['o1', 'b1']],
];

beforeAll(async () => {
  app = await startSecured(acmeFixture(), { inMemory: true, prefix: 'kamgraph-meetings-' });
  ({ store } = app);
  as.admin = await token({ sub: 'ada', role: 'ADMIN' });
  as.acme = await token({ sub: 'avery', role: 'ACCOUNT_VIEWER', accounts: ['acme'] });
  as.beta = await token({ sub: 'bea', role: 'ACCOUNT_VIEWER', accounts: ['beta'] });
  for (const [id, kind, level, at, accountId, participantIds] of interactions) {
    const r = await gql('admin', RECORD, { input: { id, kind, level, at, accountId, participantIds } });
    expect(r.errors, id).toBeUndefined();
  }
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('company.meetingStructure', () => {
  it('counts per level in (asOf − 365, asOf], over the account and its units', async () => {
    expect(await structure('admin', 'acme')).toEqual({
      asOf: AS_OF,
      levels: [
        // s1 (2025-01-15) + s2 (2025-06-30, about acme-s) = 2; old (−400), edge (−365) outside, late after asOf; 2 ≥ 2
        { level: 'STRATEGIC', meetings: 2, last: '2025-06-30', target: 2, met: true },
        // t1 (2024-07-01, −364) + t2 (2025-04-10, a VISIT about acme-n1) = 2; the CALL has no level; 2 < 4
        { level: 'TACTICAL', meetings: 2, last: '2025-04-10', target: 4, met: false },
        // op (2024-01-10) is outside: 0 < 12; last is still the latest on or before asOf
        { level: 'OPERATIONAL', meetings: 0, last: '2024-01-10', target: 12, met: false },
      ],
      // s1: a1 a2 (a4 is no decision maker); s2: s1.  a3 was only at old/edge (outside), n1 only at late (after asOf)
      decisionMakersInStrategic: ['a1', 'a2', 's1'],
      // the other five of a1 a2 a3 l1 n1 n2 s1 s2, by id (l4 has left)
      decisionMakersNotInStrategic: ['a3', 'l1', 'n1', 'n2', 's2'],
    });
  });

  it('a unit is an account of its own: itself and the units under it', async () => {
    expect(await structure('admin', 'acme-n')).toEqual({
      asOf: AS_OF,
      levels: [
        { level: 'STRATEGIC', meetings: 0, last: null, target: 2, met: false }, // none about acme-n or acme-n1
        { level: 'TACTICAL', meetings: 1, last: '2025-04-10', target: 4, met: false }, // t2, about acme-n1
        { level: 'OPERATIONAL', meetings: 0, last: null, target: 12, met: false },
      ],
      decisionMakersInStrategic: [],
      decisionMakersNotInStrategic: ['l1', 'n1', 'n2'], // acme-n: n1 n2; acme-n1: l1 (l4 left)
    });
  });

  it('another account counts only its own meetings', async () => {
    const beta = await structure('admin', 'beta');
    expect(beta.levels[0]).toEqual({ level: 'STRATEGIC', meetings: 1, last: '2025-02-01', target: 2, met: false }); // beta1
    // b1 is a USER and b2 an INFLUENCER in the fixture: no decision makers
    expect([beta.decisionMakersInStrategic, beta.decisionMakersNotInStrategic]).toEqual([[], []]);
  });

  it('asOf moves the window: at 2025-08-01 `late` counts and s1 still does', async () => {
    const m = await structure('admin', 'acme', { asOf: '2025-08-01' });
    // window (2024-08-01, 2025-08-01]: s1, s2, late = 3 strategic; t1 (2024-07-01) drops out: tactical 1 (t2)
    expect(m.levels.map((l: any) => [l.level, l.meetings, l.last])).toEqual([
      ['STRATEGIC', 3, '2025-08-01'], ['TACTICAL', 1, '2025-04-10'], ['OPERATIONAL', 0, '2024-01-10'],
    ]);
    expect(m.decisionMakersInStrategic).toEqual(['a1', 'a2', 'n1', 's1']);
  });

  it('cadence targets can be overridden per query, 0 included', async () => {
    const m = await structure('admin', 'acme', { s: 3, t: 2, o: 0 });
    expect(m.levels.map((l: any) => [l.level, l.meetings, l.target, l.met])).toEqual([
      ['STRATEGIC', 2, 3, false], // 2 < 3
      ['TACTICAL', 2, 2, true], // 2 ≥ 2
      ['OPERATIONAL', 0, 0, true], // 0 ≥ 0
    ]);
    // and the defaults come back without them (a memo per targets, not one per account)
    expect((await structure('admin', 'acme')).levels.map((l: any) => l.target)).toEqual([2, 4, 12]);
  });

  it('refuses a negative target naming the argument, and a supplier unit', async () => {
    for (const [name, v] of [['strategicPerYear', 's'], ['tacticalPerYear', 't'], ['operationalPerYear', 'o']]) {
      const r = await gql('admin', MS, { id: 'acme', asOf: AS_OF, [v]: -1 });
      expect(refusal(r), name).toEqual([['BAD_USER_INPUT', name]]);
      expect(r.errors![0].message).toContain(name);
    }
    const bad = await gql('admin', MS, { id: 'acme', asOf: '2025-02-30' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refusal(await gql('admin', MS, { id: 'us-1' }))).toEqual([['BAD_USER_INPUT', 'id']]);
  });

  it('a new meeting shows at once (the memo follows the account)', async () => {
    const r = await gql('admin', RECORD, { input: { id: 't3', kind: 'MEETING', level: 'TACTICAL', at: '2025-06-01', accountId: 'acme-s', participantIds: ['o1', 's2'] } });
    expect(r.errors).toBeUndefined();
    const m = await structure('admin', 'acme');
    expect(m.levels[1]).toEqual({ level: 'TACTICAL', meetings: 3, last: '2025-06-01', target: 4, met: false }); // t1 t2 t3
    expect(m.decisionMakersNotInStrategic).toContain('s2'); // a tactical meeting is not a strategic one
    const gone = await gql('admin', 'mutation { removeInteraction(id: "t3") }');
    expect(gone.errors).toBeUndefined();
    expect((await structure('admin', 'acme')).levels[1].meetings).toBe(2);
  });
});

describe('access (docs/access.md)', () => {
  it('an account viewer sees its own account as an admin does', async () => {
    expect(await structure('acme', 'acme')).toEqual(await structure('admin', 'acme'));
  });

  it('an account viewer of another account cannot reach the company at all', async () => {
    const r = await gql('beta', MS, { id: 'acme', asOf: AS_OF });
    expect(r.errors).toBeUndefined();
    expect(r.data.company).toBeNull();
    const none = await gql('beta', MS, { id: 'zz', asOf: AS_OF });
    expect(none).toEqual(r); // the same answer as a company that does not exist
  });

  it('the service through a scope answers NOT_FOUND for an account out of it, like one that does not exist', async () => {
    const core = createCore(store, { defaults: DEFAULT_ANALYTICS });
    const scoped = servicesFor(core, { subject: 'bea', role: 'ACCOUNT_VIEWER', accounts: ['beta'], personId: null, via: 'jwt' }, { accounts: ['beta'] });
    expect(scoped.meeting).toBeInstanceOf(MeetingService);
    const out = await scoped.meeting.meetingStructure('acme', { asOf: AS_OF }).catch((e) => e);
    const none = await scoped.meeting.meetingStructure('zz', { asOf: AS_OF }).catch((e) => e);
    expect(out.code).toBe('NOT_FOUND');
    expect(out.message.replace('acme', 'X')).toBe(none.message.replace('zz', 'X'));
    // its own account works, and knows nothing of Acme's meetings
    expect((await scoped.meeting.meetingStructure('beta', { asOf: AS_OF })).levels[0].meetings).toBe(1);
    await core.close();
  });

  it('service-level validation: a fractional target is refused too (the schema Int stops it over GraphQL)', () => {
    const svc = new MeetingService({ ready: async () => { throw new Error('not reached'); } });
    expect(() => svc.options({ tacticalPerYear: 1.5 })).toThrow(/tacticalPerYear/);
    expect(svc.options({ asOf: AS_OF })).toEqual({ asOf: AS_OF, targets: { STRATEGIC: 2, TACTICAL: 4, OPERATIONAL: 12 } });
    expect(new MeetingService({ ready: async () => { throw new Error('x'); } }, { OPERATIONAL: 6 }).options({ asOf: AS_OF }).targets.OPERATIONAL).toBe(6);
  });
});
