import type { AnalyticsDefaults } from '../src/config.js';
import type { GeneratedGraph, rng } from '../src/generator/generate.js';
import type { Services } from '../src/context.js';
import type { GraphStore } from '../src/store/index.js';

export interface BenchContext {
  store: GraphStore;
  graph: GeneratedGraph;
  rnd: ReturnType<typeof rng>;
  defaults: AnalyticsDefaults;
  services: Services;
}

/**
 * One timed operation: a GraphQL request, and the raw work behind it: the
 * store queries for lookups, the in-process service call for analytics
 * (which read the in-memory projection, not the store).
 */
export interface Operation {
  name: string;
  query: string;
  args(ctx: BenchContext): Record<string, unknown>;
  raw(ctx: BenchContext, args: Record<string, unknown>): Promise<unknown>;
  iterations?(requested: number): number;
  target?: string;
}

const contacts = (g: GeneratedGraph) => g.people.filter((p) => !p.id.startsWith('u-'));
const groups = (g: GeneratedGraph) => g.companies.filter((c) => c.kind === 'CUSTOMER' && c.unitLevel === 'GROUP');
const cache = new WeakMap<GeneratedGraph, { contacts: string[]; groups: string[] }>();
const pools = (g: GeneratedGraph) => {
  let p = cache.get(g);
  if (!p) cache.set(g, (p = { contacts: contacts(g).map((x) => x.id), groups: groups(g).map((x) => x.id) }));
  return p;
};

export const operations: Operation[] = [
  {
    name: 'person(id)',
    query: `query($id: ID!) { person(id: $id) { id name title buyingRole decisionLevel } }`,
    args: ({ graph, rnd }) => ({ id: rnd.pick(pools(graph).contacts) }),
    raw: ({ store }, a) => store.read('person.byIds', { ids: [a.id] }),
  },
  {
    name: 'company(id)',
    query: `query($id: ID!) { company(id: $id) { id name kind unitLevel } }`,
    args: ({ graph, rnd }) => ({ id: rnd.pick(pools(graph).groups) }),
    raw: ({ store }, a) => store.read('company.byIds', { ids: [a.id] }),
  },
  {
    name: 'people(filter, first 50)',
    query: `query { people(first: 50, buyingRole: DECISION_MAKER, decisionLevel: REGIONAL) { edges { node { id name } } pageInfo { hasNextPage } } }`,
    args: () => ({}),
    raw: ({ store }) => store.read('person.list', { after: '', function: null, buyingRole: 'DECISION_MAKER', decisionLevel: 'REGIONAL', active: null, search: null, limit: 51 }),
  },
  {
    name: 'nested 50→employer→team',
    query: `query($after: String) { people(first: 50, buyingRole: USER, after: $after) { edges { node { id employer { title company { id name team { role person { id name } } } } } } } }`,
    args: () => ({ after: null }),
    raw: async ({ store }) => {
      const page = await store.read('person.list', { after: '', function: null, buyingRole: 'USER', decisionLevel: null, active: null, search: null, limit: 51 });
      const ids = page.slice(0, 50).map((r) => r.id);
      const emp = await store.read('person.employer', { ids });
      await store.read('company.team', { ids: [...new Set(emp.map((r) => r.company.id))] });
    },
  },
];

const ourIds = (g: GeneratedGraph) => g.people.filter((p) => p.id.startsWith('u-')).map((p) => p.id);
const T = `minStrength: 0.3, maxAgeDays: 365`;
const TA = { minStrength: 0.3, maxAgeDays: 365 };

operations.push(
  {
    name: 'decisionMakerCoverage',
    query: `query($id: ID!) { decisionMakerCoverage(accountId: $id, ${T}) { overall { total covered singleThreaded multiThreaded coverageRatio } byLevel { decisionLevel covered total } byFunction { function covered total } byUnit { unitId covered total } decisionMakers { contact { id } holders { person { id } strength } } } }`,
    args: ({ graph, rnd }) => ({ id: rnd.pick(pools(graph).groups) }),
    raw: ({ services }, a) => services.coverage.decisionMakerCoverage(a.id as string, TA),
    target: 'p50 ≤ 20 ms',
  },
  {
    name: 'singleContactRisks(account)',
    query: `query($id: ID!) { singleContactRisks(accountId: $id, first: 20, includeInfluencers: true, ${T}) { totalCount edges { node { contact { id } holder { id } severity } } accounts { singleThreaded uncoveredDecisionMakers { id } } } }`,
    args: ({ graph, rnd }) => ({ id: rnd.pick(pools(graph).groups) }),
    raw: ({ services }, a) => services.coverage.singleContactRisks(a.id as string, { ...TA, includeInfluencers: true }),
    target: 'p50 ≤ 20 ms',
  },
  {
    name: 'singleContactRisks(portfolio)',
    query: `query { singleContactRisks(first: 50, includeInfluencers: true, ${T}) { totalCount edges { node { accountId contact { id } severity } } accounts { accountId singleThreaded } } }`,
    args: () => ({}),
    raw: ({ services }) => services.coverage.singleContactRisks(null, { ...TA, includeInfluencers: true }),
    iterations: (n) => Math.max(5, Math.round(n / 10)),
    target: '≤ 2 s',
  },
  {
    name: 'departureImpact',
    query: `query($id: ID!) { departureImpact(personId: $id, ${T}) { accounts { accountId orphanedContacts { id } orphanedDecisionMakers { contact { id } successors { person { id } strength } } after { covered } becomesUncovered becomesSingleThreaded } } }`,
    args: ({ graph, rnd }) => ({ id: rnd.pick(ourIds(graph)) }),
    raw: ({ services }, a) => services.coverage.departureImpact(a.id as string, TA),
    target: 'p50 ≤ 50 ms',
  },
);

const dmByGroup = new WeakMap<GeneratedGraph, Map<string, string[]>>();
const dmsOf = (g: GeneratedGraph, group: string) => {
  let m = dmByGroup.get(g);
  if (!m) {
    m = new Map();
    for (const p of g.people) {
      if (p.buyingRole !== 'DECISION_MAKER' && p.buyingRole !== 'ECONOMIC_BUYER') continue;
      const grp = p.id.slice(0, p.id.indexOf('-p-'));
      m.set(grp, [...(m.get(grp) ?? []), p.id]);
    }
    dmByGroup.set(g, m);
  }
  return m.get(group) ?? [];
};
const PA = { maxHops: 4, k: 3 };

operations.push(
  {
    name: 'influencePaths(4 hops k 3)',
    query: `query($from: ID!, $to: ID!) { influencePaths(fromId: $from, toId: $to, maxHops: 4, k: 3) { strength hops nodes { id name } edges { type strength forward } } }`,
    args: ({ graph, rnd }) => {
      const t = rnd.pick(graph.onTeam);
      return { from: t.personId, to: rnd.pick(dmsOf(graph, t.companyId)) };
    },
    raw: ({ services }, a) => services.influence.influencePaths(a.from as string, a.to as string, PA),
    target: 'p50 ≤ 50 ms',
  },
  {
    name: 'bestIntroductions(k 5)',
    query: `query($to: ID!) { bestIntroductions(targetId: $to, k: 5) { person { id name } strength path { hops nodes { id } } } }`,
    args: ({ graph, rnd }) => ({ to: rnd.pick(dmsOf(graph, rnd.pick(pools(graph).groups))) }),
    raw: ({ services }, a) => services.influence.bestIntroductions(a.to as string, { k: 5 }),
    target: 'p50 ≤ 200 ms',
  },
  {
    name: 'influenceRanking(account)',
    query: `query($id: ID!) { influenceRanking(accountId: $id, first: 100) { totalCount edges { node { person { id } score rank formalRank isDecisionMaker } } } }`,
    args: ({ graph, rnd }) => ({ id: rnd.pick(pools(graph).groups) }),
    raw: ({ services }, a) => services.influence.influenceRanking(a.id as string),
    target: 'p50 ≤ 50 ms',
  },
  {
    name: 'hiddenInfluencers(account)',
    query: `query($id: ID!) { hiddenInfluencers(accountId: $id) { person { id } score rank formalRank sways { person { id } strength } } }`,
    args: ({ graph, rnd }) => ({ id: rnd.pick(pools(graph).groups) }),
    raw: ({ services }, a) => services.influence.hiddenInfluencers(a.id as string, {}),
  },
);
