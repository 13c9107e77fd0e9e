import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { demoStore, startApp, type TestApp } from '../support/app.js';

let app: TestApp;
let store: LadybugStore;

const dump = async () => (await store.read('graph.dump')).map((r) => `${r.node} ${r.edge}`).sort();

beforeAll(async () => {
  ({ store } = await demoStore());
  app = await startApp(store);
});
afterAll(async () => {
  await app?.stop();
  await store?.close();
});

describe('reads over HTTP', () => {
  it('answers a nested query across companies, people and every relationship', async () => {
    const res = await app.gql(`{
      company(id: "g1") {
        name kind unitLevel
        units { id unitLevel parent { id } }
        team { role person { id function } }
        people(first: 3) { totalCount edges { node { id decisionLevel buyingRole employer { title company { id } } manager { id } directReports { id } influences { strength person { id } } influencedBy { person { id } } knownBy { strength lastContactAt person { id } } } } }
      }
      person(id: "u-2") { name employer { company { id kind } } teams { role company { id } } relationships(first: 2) { totalCount edges { node { strength person { id } } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const c = res.data.company;
    expect(c).toMatchObject({ name: 'Nordhafen Logistics Group', kind: 'CUSTOMER', unitLevel: 'GROUP' });
    expect(c.units.map((u: any) => u.parent.id)).toEqual(c.units.map(() => 'g1'));
    expect(c.team.some((t: any) => t.role === 'KAM')).toBe(true);
    expect(c.people.edges[0].node.employer.company.id).toBe('g1');
    expect(res.data.person.employer.company.kind).toBe('SUPPLIER');
    expect(res.data.person.relationships.edges).toHaveLength(2);
  });

  it('unknown ids read as null', async () => {
    const res = await app.gql(`{ company(id: "nope") { id } person(id: "nope") { id } }`);
    expect(res.data).toEqual({ company: null, person: null });
  });

  it('pages a connection with opaque cursors and hasNextPage from one extra row', async () => {
    const q = `query($after: String) { companies(first: 5, kind: CUSTOMER, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await app.gql(q, { after });
      seen.push(...res.data.companies.edges.map((e: any) => e.node.id));
      if (!res.data.companies.pageInfo.hasNextPage) break;
      after = res.data.companies.pageInfo.endCursor;
      expect(after).not.toMatch(/^g\d/); // opaque, not the id
    }
    const all = await app.gql(`{ companies(first: 100, kind: CUSTOMER) { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(all.data.companies.pageInfo.hasNextPage).toBe(false);
    expect(seen).toEqual(all.data.companies.edges.map((e: any) => e.node.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters people by role and name', async () => {
    const res = await app.gql(`{ people(first: 100, buyingRole: DECISION_MAKER, decisionLevel: CENTRAL) { edges { node { buyingRole decisionLevel } } } }`);
    const nodes = res.data.people.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: any) => n.buyingRole === 'DECISION_MAKER' && n.decisionLevel === 'CENTRAL')).toBe(true);
    const byName = await app.gql(`{ companies(first: 10, search: "NORDHAFEN") { edges { node { name } } } }`);
    expect(byName.data.companies.edges.length).toBeGreaterThan(0);
    expect(byName.data.companies.edges.every((e: any) => /nordhafen/i.test(e.node.name))).toBe(true);
  });

  it.each([
    ['first above 100', `{ people(first: 101) { edges { cursor } } }`, 'BAD_USER_INPUT', 'first'],
    ['first zero', `{ people(first: 0) { edges { cursor } } }`, 'BAD_USER_INPUT', 'first'],
    ['a forged cursor', `{ people(after: "bm9wZQ") { edges { cursor } } }`, 'BAD_USER_INPUT', 'after'],
    ['an unknown enum', `{ people(buyingRole: BOSS) { edges { cursor } } }`, 'GRAPHQL_VALIDATION_FAILED', undefined],
  ])('refuses %s with a coded error', async (_name, query, code, field) => {
    const res = await app.gql(query);
    expect(res.errors?.[0].extensions?.code).toBe(code);
    if (field) expect(res.errors?.[0].extensions?.field).toBe(field);
    expect(JSON.stringify(res.errors)).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
  });

  it('refuses a query deeper than the limit with QUERY_TOO_COMPLEX', async () => {
    const res = await app.gql(`{ person(id: "u-2") { manager { manager { manager { manager { manager { manager { manager { manager { manager { manager { id } } } } } } } } } } } }`);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('reads answer from the read model: no store round trip, whatever the depth or page size', async () => {
    const q = (n: number) => `{ people(first: ${n}, buyingRole: USER) { edges { node { employer { company { team { person { name } } } } } } } }`;
    const trips = async (n: number) => {
      const before = store.roundTrips;
      const res = await app.gql(q(n));
      expect(res.errors).toBeUndefined();
      expect(res.data.people.edges).toHaveLength(n);
      return store.roundTrips - before;
    };
    expect(await trips(5)).toBe(0);
    expect(await trips(50)).toBe(0);
    // a write is one round trip (one statement, auto-commit), and the next read sees it
    const id = (await app.gql(`{ people(first: 1) { edges { node { id } } } }`)).data.people.edges[0].node.id;
    const before = store.roundTrips;
    const w = await app.gql(`mutation { upsertPerson(input: { id: "${id}", title: "Renamed title" }) { id } }`);
    expect(w.errors).toBeUndefined();
    expect(store.roundTrips - before).toBeGreaterThanOrEqual(1);
    expect((await app.gql(`{ person(id: "${id}") { title } }`)).data.person.title).toBe('Renamed title');
  });
});

describe('mutations', () => {
  it('creates, updates, links and removes, with every relationship type', async () => {
    const m = async (q: string, v?: Record<string, unknown>) => {
      const r = await app.gql(q, v);
      expect(r.errors).toBeUndefined();
      return r.data;
    };
    await m(`mutation { upsertCompany(input: { id: "t-acme", name: "Acme", kind: CUSTOMER, unitLevel: GROUP, isKeyAccount: true }) { id } }`);
    await m(`mutation { upsertCompany(input: { id: "t-acme-n", name: "Acme North", kind: CUSTOMER, unitLevel: REGIONAL }) { id } }`);
    await m(`mutation { setParentUnit(input: { unitId: "t-acme-n", parentId: "t-acme" }) { id } }`);
    await m(`mutation { upsertPerson(input: { id: "t-boss", name: "Boss", buyingRole: DECISION_MAKER, decisionLevel: CENTRAL, email: "boss@acme.example" }) { id active } }`);
    await m(`mutation { upsertPerson(input: { id: "t-aide", name: "Aide", buyingRole: USER }) { id } }`);
    await m(`mutation { setEmployer(input: { personId: "t-boss", companyId: "t-acme", title: "CEO", since: "2020-01-01" }) { id } }`);
    await m(`mutation { setEmployer(input: { personId: "t-aide", companyId: "t-acme-n" }) { id } }`);
    await m(`mutation { setManager(input: { personId: "t-aide", managerId: "t-boss" }) { id } }`);
    const inf = await m(`mutation { upsertInfluence(input: { fromId: "t-aide", toId: "t-boss", strength: 0.9, note: "trusted" }) { strength from { id } to { id } } }`);
    expect(inf.upsertInfluence).toEqual({ strength: 0.9, from: { id: 't-aide' }, to: { id: 't-boss' } });
    const rel = await m(`mutation { upsertRelationship(input: { ourPersonId: "u-2", contactId: "t-boss", strength: 0.7, lastContactAt: "2026-10-01" }) { strength lastContactAt } }`);
    expect(rel.upsertRelationship).toEqual({ strength: 0.7, lastContactAt: '2026-10-01' });
    await m(`mutation { addTeamMember(input: { personId: "u-2", accountId: "t-acme", role: KAM }) { role person { id } } }`);
    const upd = await m(`mutation { upsertPerson(input: { id: "t-boss", title: "Group CEO" }) { name title buyingRole email } }`);
    expect(upd.upsertPerson).toEqual({ name: 'Boss', title: 'Group CEO', buyingRole: 'DECISION_MAKER', email: 'boss@acme.example' });

    const read = await m(`{ company(id: "t-acme") { units { id } team { role person { id } } people { edges { node { id employer { title since } directReports { id } influencedBy { strength note person { id } } knownBy { strength person { id } } } } } } }`);
    expect(read.company.units).toEqual([{ id: 't-acme-n' }]);
    expect(read.company.team).toEqual([{ role: 'KAM', person: { id: 'u-2' } }]);
    expect(read.company.people.edges[0].node).toEqual({
      id: 't-boss', employer: { title: 'CEO', since: '2020-01-01' }, directReports: [{ id: 't-aide' }],
      influencedBy: [{ strength: 0.9, note: 'trusted', person: { id: 't-aide' } }], knownBy: [{ strength: 0.7, person: { id: 'u-2' } }],
    });

    const left = await m(`mutation { upsertPerson(input: { id: "t-aide", leftAt: "2026-10-15" }) { active leftAt } }`);
    expect(left.upsertPerson).toEqual({ active: false, leftAt: '2026-10-15' });

    await m(`mutation { removeTeamMember(personId: "u-2", accountId: "t-acme") }`);
    await m(`mutation { removeRelationship(ourPersonId: "u-2", contactId: "t-boss") }`);
    await m(`mutation { removeInfluence(fromId: "t-aide", toId: "t-boss") }`);
    await m(`mutation { removeManager(personId: "t-aide") { id } }`);
    await m(`mutation { removeEmployer(personId: "t-aide") { id } }`);
    await m(`mutation { removeParentUnit(unitId: "t-acme-n") { id } }`);
    await m(`mutation { removePerson(id: "t-aide") }`);
    await m(`mutation { removePerson(id: "t-boss") }`);
    await m(`mutation { removeCompany(id: "t-acme-n") }`);
    await m(`mutation { removeCompany(id: "t-acme") }`);
    expect((await m(`{ company(id: "t-acme") { id } }`)).company).toBeNull();
  });

  // g1 → g1-r1 → g1-r1-l1 is a unit chain; u-1 is our CEO, u-2 reports to u-1; g1-p-41 heads g1.
  const refused: [string, string, string, string][] = [
    ['upsertCompany without a name', `mutation { upsertCompany(input: { id: "t-x", kind: CUSTOMER }) { id } }`, 'BAD_USER_INPUT', 'input.name'],
    ['upsertCompany without a kind', `mutation { upsertCompany(input: { id: "t-x", name: "X" }) { id } }`, 'BAD_USER_INPUT', 'input.kind'],
    ['upsertCompany with an empty id', `mutation { upsertCompany(input: { id: "", name: "X", kind: CUSTOMER }) { id } }`, 'BAD_USER_INPUT', 'input.id'],
    ['upsertCompany clearing the name', `mutation { upsertCompany(input: { id: "g1", name: null }) { id } }`, 'BAD_USER_INPUT', 'input.name'],
    ['removeCompany unknown', `mutation { removeCompany(id: "nope") }`, 'NOT_FOUND', 'id'],
    ['removeCompany with units and people', `mutation { removeCompany(id: "g1") }`, 'BAD_USER_INPUT', 'id'],
    ['upsertPerson without a name', `mutation { upsertPerson(input: { id: "t-x" }) { id } }`, 'BAD_USER_INPUT', 'input.name'],
    ['upsertPerson left but active', `mutation { upsertPerson(input: { id: "g1-p-42", leftAt: "2026-01-01", active: true }) { id } }`, 'BAD_USER_INPUT', 'input.active'],
    ['upsertPerson with a bad email', `mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }`, 'BAD_USER_INPUT', 'input.email'],
    ['upsertPerson with an impossible date', `mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }`, 'BAD_USER_INPUT', 'input.leftAt'],
    ['removePerson unknown', `mutation { removePerson(id: "nope") }`, 'NOT_FOUND', 'id'],
    ['setEmployer unknown person', `mutation { setEmployer(input: { personId: "nope", companyId: "g1" }) { id } }`, 'NOT_FOUND', 'input.personId'],
    ['setEmployer unknown company', `mutation { setEmployer(input: { personId: "g1-p-42", companyId: "nope" }) { id } }`, 'NOT_FOUND', 'input.companyId'],
    ['removeEmployer of someone without one', `mutation { removeEmployer(personId: "nope") { id } }`, 'NOT_FOUND', 'personId'],
    ['setParentUnit to itself', `mutation { setParentUnit(input: { unitId: "g1", parentId: "g1" }) { id } }`, 'BAD_USER_INPUT', 'input.parentId'],
    ['setParentUnit closing a cycle', `mutation { setParentUnit(input: { unitId: "g1", parentId: "g1-r1-l1" }) { id } }`, 'BAD_USER_INPUT', 'input.parentId'],
    ['setParentUnit unknown parent', `mutation { setParentUnit(input: { unitId: "g1-r1", parentId: "nope" }) { id } }`, 'NOT_FOUND', 'input.parentId'],
    ['removeParentUnit of a root', `mutation { removeParentUnit(unitId: "g1") { id } }`, 'NOT_FOUND', 'unitId'],
    ['setManager to themselves', `mutation { setManager(input: { personId: "u-2", managerId: "u-2" }) { id } }`, 'BAD_USER_INPUT', 'input.managerId'],
    ['setManager closing a cycle', `mutation { setManager(input: { personId: "u-1", managerId: "u-2" }) { id } }`, 'BAD_USER_INPUT', 'input.managerId'],
    ['setManager unknown manager', `mutation { setManager(input: { personId: "u-2", managerId: "nope" }) { id } }`, 'NOT_FOUND', 'input.managerId'],
    ['removeManager of the top', `mutation { removeManager(personId: "u-1") { id } }`, 'NOT_FOUND', 'personId'],
    ['upsertInfluence strength above 1', `mutation { upsertInfluence(input: { fromId: "g1-p-42", toId: "g1-p-41", strength: 1.5 }) { strength } }`, 'BAD_USER_INPUT', 'input.strength'],
    ['upsertInfluence on oneself', `mutation { upsertInfluence(input: { fromId: "g1-p-42", toId: "g1-p-42", strength: 0.5 }) { strength } }`, 'BAD_USER_INPUT', 'input.toId'],
    ['upsertInfluence unknown target', `mutation { upsertInfluence(input: { fromId: "g1-p-42", toId: "nope", strength: 0.5 }) { strength } }`, 'NOT_FOUND', 'input.toId'],
    ['removeInfluence that does not exist', `mutation { removeInfluence(fromId: "u-1", toId: "u-2") }`, 'NOT_FOUND', 'fromId'],
    ['upsertRelationship strength below 0', `mutation { upsertRelationship(input: { ourPersonId: "u-2", contactId: "g1-p-41", strength: -0.1 }) { strength } }`, 'BAD_USER_INPUT', 'input.strength'],
    ['upsertRelationship from a contact', `mutation { upsertRelationship(input: { ourPersonId: "g1-p-42", contactId: "g1-p-41", strength: 0.5 }) { strength } }`, 'BAD_USER_INPUT', 'input.ourPersonId'],
    ['upsertRelationship to one of ours', `mutation { upsertRelationship(input: { ourPersonId: "u-2", contactId: "u-3", strength: 0.5 }) { strength } }`, 'BAD_USER_INPUT', 'input.contactId'],
    ['upsertRelationship unknown contact', `mutation { upsertRelationship(input: { ourPersonId: "u-2", contactId: "nope", strength: 0.5 }) { strength } }`, 'NOT_FOUND', 'input.contactId'],
    ['removeRelationship that does not exist', `mutation { removeRelationship(ourPersonId: "u-1", contactId: "nope") }`, 'NOT_FOUND', 'ourPersonId'],
    ['addTeamMember from the customer side', `mutation { addTeamMember(input: { personId: "g1-p-42", accountId: "g1", role: KAM }) { role } }`, 'BAD_USER_INPUT', 'input.personId'],
    ['addTeamMember on a supplier unit', `mutation { addTeamMember(input: { personId: "u-2", accountId: "sup", role: KAM }) { role } }`, 'BAD_USER_INPUT', 'input.accountId'],
    ['addTeamMember unknown account', `mutation { addTeamMember(input: { personId: "u-2", accountId: "nope", role: KAM }) { role } }`, 'NOT_FOUND', 'input.accountId'],
    ['removeTeamMember that does not exist', `mutation { removeTeamMember(personId: "u-1", accountId: "nope") }`, 'NOT_FOUND', 'personId'],
    // every rule of recordInteraction: test/api/interactions.test.ts
    ['recordInteraction without a contact', `mutation { recordInteraction(input: { id: "t-i", kind: CALL, at: "2026-10-01", participantIds: ["u-1", "u-2"], accountId: "g1" }) { id } }`, 'BAD_USER_INPUT', 'input.participantIds'],
    ['removeInteraction that does not exist', `mutation { removeInteraction(id: "nope") }`, 'NOT_FOUND', 'id'],
    // the commercial portfolio: every rule in test/api/commercial.test.ts
    ['upsertProduct with a negative list price', `mutation { upsertProduct(input: { id: "t-pr", name: "X", family: "F", listPrice: -1 }) { id } }`, 'BAD_USER_INPUT', 'input.listPrice'],
    ['removeProduct unknown', `mutation { removeProduct(id: "nope") }`, 'NOT_FOUND', 'id'],
    ['recordSales with a negative revenue', `mutation { recordSales(input: [{ accountId: "g1", productId: "nope", period: "2025", revenue: 1, volume: 1 }]) { created } }`, 'NOT_FOUND', 'input[0].productId'],
    ['removeSale that does not exist', `mutation { removeSale(accountId: "g1", productId: "nope", period: "2025") }`, 'NOT_FOUND', 'period'],
    ['setCompanyPotential with an image of 6', `mutation { setCompanyPotential(input: { companyId: "g1", image: 6 }) { id } }`, 'BAD_USER_INPUT', 'input.image'],
    // signals: every rule in test/api/signals.test.ts
    ['raiseSignal with severity 4', `mutation { raiseSignal(input: { id: "t-s", kind: DISSATISFACTION, severity: 4, accountId: "g1" }) { id } }`, 'BAD_USER_INPUT', 'input.severity'],
    ['acknowledgeSignal unknown', `mutation { acknowledgeSignal(id: "nope", personId: "u-1") { id } }`, 'NOT_FOUND', 'id'],
    ['closeSignal unknown', `mutation { closeSignal(id: "nope") { id } }`, 'NOT_FOUND', 'id'],
    // account management: every rule in test/api/plans.test.ts
    ['setCompetitor at an unknown account', `mutation { setCompetitor(input: { competitorId: "nope", accountId: "g1", area: "A", estimatedShare: 0.1 }) { area } }`, 'NOT_FOUND', 'input.competitorId'],
    ['removeCompetitor that does not exist', `mutation { removeCompetitor(competitorId: "nope", accountId: "g1", area: "A") }`, 'NOT_FOUND', 'area'],
    ['setPartner unknown partner', `mutation { setPartner(input: { partnerId: "nope", accountId: "g1", area: "A" }) { area } }`, 'NOT_FOUND', 'input.partnerId'],
    ['removePartner that does not exist', `mutation { removePartner(partnerId: "nope", accountId: "g1", area: "A") }`, 'NOT_FOUND', 'area'],
    ['createAccountPlan for an unknown account', `mutation { createAccountPlan(input: { accountId: "nope", year: 2026 }) { id } }`, 'NOT_FOUND', 'input.accountId'],
    ['updateAccountPlan unknown', `mutation { updateAccountPlan(input: { id: "nope/2026", expectedVersion: 1 }) { id } }`, 'NOT_FOUND', 'input.id'],
    ['removeAccountPlan unknown', `mutation { removeAccountPlan(id: "nope/2026") }`, 'NOT_FOUND', 'id'],
    ['upsertActivity unknown plan', `mutation { upsertActivity(input: { id: "t-a", planId: "nope/2026", title: "x", dueAt: "2026-12-01", ownerId: "u-1" }) { id } }`, 'NOT_FOUND', 'input.planId'],
    ['removeActivity unknown', `mutation { removeActivity(id: "nope") }`, 'NOT_FOUND', 'id'],
  ];
  const variables: Record<string, Record<string, unknown>> = {
    'upsertPerson with a bad email': { input: { id: 'g1-p-42', email: 'not-an-email' } },
    'upsertPerson with an impossible date': { input: { id: 'g1-p-42', leftAt: '2026-02-30' } },
  };

  it.each(refused)('%s: coded error, offending field, graph unchanged', async (name, query, code, field) => {
    const before = await dump();
    const res = await app.gql(query, variables[name]);
    expect(res.errors, JSON.stringify(res)).toHaveLength(1);
    expect(res.errors![0].extensions?.code).toBe(code);
    expect(res.errors![0].extensions?.field).toBe(field);
    expect(await dump()).toEqual(before);
  });

  it('the list of refused inputs covers every mutation', async () => {
    const res = await app.gql(`{ __schema { mutationType { fields { name } } } }`);
    const names: string[] = res.data.__schema.mutationType.fields.map((f: any) => f.name);
    const covered = new Set(refused.map(([n]) => n.split(' ')[0]));
    expect(names.filter((n) => !covered.has(n))).toEqual([]);
  });
});
