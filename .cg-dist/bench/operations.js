import { rng } from '../src/generator/generate.js';
/** n distinct items, uniformly (rejection for small samples, else a partial Fisher–Yates over the indices). */
function sample(xs, n, rnd) {
    if (xs.length <= n)
        return [...xs];
    if (n * 4 < xs.length) {
        const seen = new Set();
        while (seen.size < n)
            seen.add(Math.floor(rnd.next() * xs.length));
        return [...seen].map((i) => xs[i]);
    }
    const idx = new Uint32Array(xs.length);
    for (let i = 0; i < idx.length; i++)
        idx[i] = i;
    const out = [];
    for (let i = 0; i < n; i++) {
        const j = i + Math.floor(rnd.next() * (idx.length - i));
        [idx[i], idx[j]] = [idx[j], idx[i]];
        out.push(xs[idx[i]]);
    }
    return out;
}
const isOurs = (id) => id.startsWith('u-');
const groupOf = (contactId) => contactId.slice(0, contactId.indexOf('-p-'));
/** Samples the ids every operation draws from; `writes` sizes the write pools. */
export function poolsFrom(g, writes, seed = 7, size = 1000) {
    const rnd = rng(seed);
    const contactIds = [];
    const ourIds = [];
    for (const p of g.people)
        (isOurs(p.id) ? ourIds : contactIds).push(p.id);
    const holderSet = new Set();
    for (const k of g.knows)
        holderSet.add(k.fromId);
    const groups = sample(g.companies.filter((c) => c.kind === 'CUSTOMER' && c.unitLevel === 'GROUP').map((c) => c.id), size, rnd);
    const groupSet = new Set(groups);
    const dms = new Map();
    for (const p of g.people) {
        if (p.buyingRole !== 'DECISION_MAKER' && p.buyingRole !== 'ECONOMIC_BUYER')
            continue;
        const grp = groupOf(p.id);
        if (!groupSet.has(grp))
            continue;
        const list = dms.get(grp);
        if (list)
            list.push(p.id);
        else
            dms.set(grp, [p.id]);
    }
    const team = sample(g.onTeam.filter((t) => dms.has(t.companyId)), size, rnd).map(({ personId, companyId }) => ({ personId, companyId }));
    const need = 2 * writes + 16;
    const knows = sample(g.knows, need, rnd).map(({ fromId, toId }) => ({ fromId, toId }));
    // new pairs: a contact and one of ours who holds no KNOWS to them yet
    const candidates = sample(contactIds, 2 * need, rnd);
    const heldBy = new Map(candidates.map((c) => [c, new Set()]));
    for (const k of g.knows)
        heldBy.get(k.toId)?.add(k.fromId);
    const newKnows = [];
    for (const c of candidates) {
        if (newKnows.length >= need)
            break;
        const held = heldBy.get(c);
        for (let tries = 0; tries < 20; tries++) {
            const o = rnd.pick(ourIds);
            if (!held.has(o)) {
                held.add(o);
                newKnows.push({ fromId: o, toId: c });
                break;
            }
        }
    }
    return {
        contacts: sample(contactIds, 2 * size, rnd),
        holders: sample([...holderSet], size, rnd),
        ours: sample(ourIds, size, rnd),
        groups,
        dms,
        team,
        knows,
        newKnows,
        newKnowsUsed: 0,
    };
}
function takeNewKnows(p, n) {
    const out = p.newKnows.slice(p.newKnowsUsed, p.newKnowsUsed + n);
    if (out.length < n)
        throw new Error(`only ${p.newKnows.length} new KNOWS pairs prepared`);
    p.newKnowsUsed += n;
    return out;
}
const T = `minStrength: 0.3, maxAgeDays: 365`;
const daysAgo = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const PEOPLE = `query($after: String) { people(first: 50, after: $after) { edges { node { id name employer { company { name } } manager { name } } } pageInfo { endCursor hasNextPage } } }`;
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const dmsOf = (p, group) => p.dms.get(group) ?? [];
const groupsWithDms = (p) => p.groups.filter((g) => dmsOf(p, g).length > 0);
export const readOps = [
    {
        key: 'typename',
        name: '{ __typename }',
        query: `{ __typename }`,
        mode: 'load',
        variables: () => [{}],
    },
    {
        key: 'person',
        name: 'person(id)',
        query: `query($id: ID!) { person(id: $id) { id name title buyingRole decisionLevel } }`,
        mode: 'load',
        floor: 'person',
        variables: ({ pools, rnd, count }) => times(count, () => ({ id: rnd.chance(0.9) ? rnd.pick(pools.contacts) : rnd.pick(pools.ours) })),
    },
    {
        key: 'people',
        name: 'people(first 50) nested',
        query: PEOPLE,
        mode: 'load',
        // the cursors of consecutive pages, walked once over HTTP (cursors are opaque)
        variables: async ({ gql, count }) => {
            const out = [];
            let after = null;
            for (let i = 0; i < Math.min(count, 64); i++) {
                out.push({ after });
                const res = await gql(PEOPLE, { after });
                const page = res.data?.people?.pageInfo;
                if (res.errors || !page?.hasNextPage)
                    break;
                after = page.endCursor;
            }
            return out;
        },
    },
    {
        key: 'coverage',
        name: 'decisionMakerCoverage',
        query: `query($id: ID!) { decisionMakerCoverage(accountId: $id, ${T}) { overall { total covered singleThreaded multiThreaded coverageRatio } byLevel { decisionLevel covered total } byFunction { function covered total } byUnit { unitId covered total } decisionMakers { contact { id } holders { person { id } strength } } } }`,
        mode: 'load',
        floor: 'decisionMakerCoverage',
        variables: ({ pools, rnd, count }) => times(count, () => ({ id: rnd.pick(pools.groups) })),
    },
    {
        key: 'risks',
        name: 'singleContactRisks(account)',
        query: `query($id: ID!) { singleContactRisks(accountId: $id, first: 20, includeInfluencers: true, ${T}) { totalCount edges { node { contact { id } holder { id } severity } } accounts { singleThreaded uncoveredDecisionMakers { id } } } }`,
        mode: 'load',
        floor: 'singleContactRisks',
        variables: ({ pools, rnd, count }) => times(count, () => ({ id: rnd.pick(pools.groups) })),
    },
    {
        key: 'coverage-past',
        name: 'decisionMakerCoverage(asOf 180 days ago)',
        query: `query($id: ID!, $asOf: LocalDate) { decisionMakerCoverage(accountId: $id, asOf: $asOf, ${T}) { overall { total covered singleThreaded multiThreaded coverageRatio } byLevel { decisionLevel covered total } decisionMakers { contact { id } holders { person { id } strength } } } }`,
        mode: 'load',
        variables: ({ pools, rnd, count }) => times(count, () => ({ id: rnd.pick(pools.groups), asOf: daysAgo(180) })),
    },
    {
        key: 'trend',
        name: 'coverageTrend(12 months)',
        query: `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { coverageTrend(accountId: $id, from: $from, to: $to, every: MONTH, ${T}) { points { asOf risks busFactor decisionMakers { covered total } } } }`,
        mode: 'latency',
        // distinct accounts: a repeated one would answer from its memo
        variables: ({ pools, rnd, count }) => sample(pools.groups, Math.min(count, pools.groups.length), rnd).map((id) => ({ id, from: daysAgo(365), to: daysAgo(0) })),
    },
    {
        key: 'portfolio',
        name: 'singleContactRisks(portfolio)',
        query: `query { singleContactRisks(first: 50, includeInfluencers: true, ${T}) { totalCount edges { node { accountId contact { id } severity } } accounts { accountId singleThreaded } } }`,
        mode: 'latency',
        floor: 'singleContactRisks',
        variables: () => [{}],
    },
    {
        key: 'departure',
        name: 'departureImpact(personId)',
        query: `query($id: ID!) { departureImpact(personId: $id, ${T}) { accounts { accountId orphanedContacts { id } orphanedDecisionMakers { contact { id } successors { person { id } strength } } after { covered } becomesUncovered becomesSingleThreaded } } }`,
        mode: 'load',
        floor: 'departureImpact',
        variables: ({ pools, rnd, count }) => times(count, () => ({ id: rnd.pick(pools.holders) })),
    },
    {
        key: 'paths',
        name: 'influencePaths(4 hops, k 3)',
        query: `query($from: ID!, $to: ID!) { influencePaths(fromId: $from, toId: $to, maxHops: 4, k: 3) { strength hops nodes { id name } edges { type strength forward } } }`,
        mode: 'load',
        floor: 'influencePaths',
        variables: ({ pools, rnd, count }) => times(count, () => {
            const t = rnd.pick(pools.team);
            return { from: t.personId, to: rnd.pick(dmsOf(pools, t.companyId)) };
        }),
    },
    {
        key: 'intros',
        name: 'bestIntroductions(targetId)',
        query: `query($to: ID!) { bestIntroductions(targetId: $to, k: 5) { person { id name } strength path { hops nodes { id } } } }`,
        mode: 'load',
        floor: 'bestIntroductions',
        variables: ({ pools, rnd, count }) => {
            const groups = groupsWithDms(pools);
            return times(count, () => ({ to: rnd.pick(dmsOf(pools, rnd.pick(groups))) }));
        },
    },
    {
        key: 'ranking',
        name: 'influenceRanking(accountId)',
        query: `query($id: ID!) { influenceRanking(accountId: $id, first: 100) { totalCount edges { node { person { id } score rank formalRank isDecisionMaker } } } }`,
        mode: 'load',
        floor: 'influenceRanking',
        variables: ({ pools, rnd, count }) => times(count, () => ({ id: rnd.pick(pools.groups) })),
    },
];
const today = () => new Date().toISOString().slice(0, 10);
const strength = (rnd) => Math.round((0.3 + 0.7 * rnd.next()) * 100) / 100;
let personSeq = 0;
const runTag = Date.now().toString(36);
export const writeOps = [
    {
        key: 'knows-update',
        name: 'upsertRelationship (update)',
        query: `mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { from { id } to { id } strength lastContactAt } }`,
        floor: 'upsertRelationship',
        variables: (p, rnd, n) => times(n, (i) => {
            const k = p.knows[i % p.knows.length];
            return { input: { ourPersonId: k.fromId, contactId: k.toId, strength: strength(rnd), lastContactAt: today() } };
        }),
    },
    {
        key: 'knows-create',
        name: 'upsertRelationship (create)',
        query: `mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { from { id } to { id } strength lastContactAt } }`,
        floor: 'upsertRelationship',
        variables: (p, rnd, n) => takeNewKnows(p, n).map((k) => ({ input: { ourPersonId: k.fromId, contactId: k.toId, strength: strength(rnd), lastContactAt: today(), since: today() } })),
    },
    {
        key: 'interaction',
        name: 'recordInteraction + the account\'s coverage',
        // the write and the read that follows it, in one request: the coverage is computed after the commit
        query: `mutation($input: InteractionInput!) { recordInteraction(input: $input) { id account { coverage(${T}) { overall { covered singleThreaded } } } } }`,
        variables: (p, _rnd, n) => times(n, (i) => {
            const k = p.knows[i % p.knows.length];
            return { input: { id: `bench-i-${runTag}-${i}`, kind: 'MEETING', level: 'TACTICAL', at: today(), accountId: groupOf(k.toId), participantIds: [k.fromId, k.toId] } };
        }),
    },
    {
        key: 'person-update',
        name: 'upsertPerson (update)',
        query: `mutation($input: PersonInput!) { upsertPerson(input: $input) { id title } }`,
        floor: 'upsertPerson',
        variables: (p, rnd, n) => times(n, (i) => ({ input: { id: rnd.pick(p.contacts), title: `bench title ${i}` } })),
    },
    {
        key: 'person-create',
        name: 'upsertPerson (create)',
        query: `mutation($input: PersonInput!) { upsertPerson(input: $input) { id name } }`,
        floor: 'upsertPerson',
        variables: (_p, _rnd, n) => times(n, () => {
            const i = ++personSeq;
            return { input: { id: `bench-${runTag}-${i}`, name: `Bench Person ${i}`, email: `bench.${runTag}.${i}@bench.example`, function: 'SALES' } };
        }),
    },
];
//# sourceMappingURL=operations.js.map