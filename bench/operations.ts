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
