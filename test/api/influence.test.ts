import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/generator/load.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { ACME_AS_OF, acmeFixture } from '../support/acme.js';
import { memoryStore, startApp, type TestApp } from '../support/app.js';
import { advice, krackhardtGraph } from '../support/krackhardt.js';
import { hasNetworkx, networkxPagerank } from '../support/networkx.js';
import { pathsFixture } from '../support/paths-fixture.js';

const PATH = `strength hops nodes { id } edges { type from { id } to { id } strength forward }`;

async function appWith(graph: Parameters<typeof loadGraph>[1]) {
  const store = await memoryStore();
  await loadGraph(store, graph);
  return { store, app: await startApp(store) };
}

describe('influence paths on the hand-worked fixture (test/support/paths-fixture.ts)', () => {
  let app: TestApp;
  let store: LadybugStore;
  beforeAll(async () => ({ app, store } = await appWith(pathsFixture())));
  afterAll(async () => {
    await app?.stop();
    await store?.close();
  });
  const paths = async (args: string) => {
    const r = await app.gql(`{ influencePaths(${args}) { ${PATH} } }`);
    expect(r.errors).toBeUndefined();
    return r.data.influencePaths;
  };
  const seq = (ps: any[]) => ps.map((p) => p.nodes.map((n: any) => n.id).join(''));

  it('the strongest path is longer than the shortest; ties are broken by the people on them; E (left) blocks', async () => {
    const ps = await paths(`fromId: "X", toId: "Y", maxHops: 4, k: 3`);
    expect(seq(ps)).toEqual(['XBCY', 'XAY', 'XFY']); // 0.32, then 0.25 and 0.25 (A before F); X-E-Y (1.0) never appears
    expect(ps[0].strength).toBeCloseTo(0.32, 12); // 0.8 · 0.8 · 0.5
    expect(ps[1].strength).toBe(0.25);
    expect(ps[2].strength).toBe(0.25);
    expect(ps[0].edges).toEqual([
      { type: 'KNOWS', from: { id: 'X' }, to: { id: 'B' }, strength: 0.8, forward: true },
      { type: 'REPORTS_TO', from: { id: 'B' }, to: { id: 'C' }, strength: 0.8, forward: true },
      { type: 'INFLUENCES', from: { id: 'C' }, to: { id: 'Y' }, strength: 0.5, forward: true },
    ]);
    expect(ps[0].hops).toBe(3);
  });

  it('INFLUENCES is walked only in its direction: Y→A (0.9) does not make X-A-Y 0.45', async () => {
    const ps = await paths(`fromId: "X", toId: "Y", maxHops: 2, k: 5`);
    expect(seq(ps)).toEqual(['XAY', 'XFY']);
    // the other way round, Y INFLUENCES A and X KNOWS A (walked backwards): 0.9 · 0.5
    const back = await paths(`fromId: "Y", toId: "X", maxHops: 2, k: 1`);
    expect(back[0].edges.map((e: any) => [e.type, e.forward])).toEqual([['INFLUENCES', true], ['KNOWS', false]]);
    expect(back[0].strength).toBeCloseTo(0.45, 12);
  });

  it('k, maxHops, edgeKinds and minStrength restrict the answer; none within maxHops is an empty list', async () => {
    expect(seq(await paths(`fromId: "X", toId: "Y", k: 2`))).toEqual(['XBCY', 'XAY']);
    expect(await paths(`fromId: "X", toId: "Y", maxHops: 1`)).toEqual([]);
    expect(seq(await paths(`fromId: "X", toId: "Y", edgeKinds: [KNOWS, INFLUENCES]`))).toEqual(['XAY', 'XFY']);
    expect(await paths(`fromId: "X", toId: "Y", minStrength: 0.6`)).toEqual([]); // C→Y, A→Y and F→Y are 0.5
    expect(await paths(`fromId: "X", toId: "E"`)).toEqual([]); // E has left
  });

  it('bestIntroductions ranks our people by their strongest path to the target', async () => {
    const r = await app.gql(`{ bestIntroductions(targetId: "Y", k: 5) { person { id } strength path { nodes { id } } } }`);
    expect(r.data.bestIntroductions.map((i: any) => [i.person.id, i.path.nodes.map((n: any) => n.id).join('')])).toEqual([
      ['Z', 'ZFY'], // 0.9 · 0.5 = 0.45
      ['X', 'XBCY'], // 0.32
    ]);
    expect(r.data.bestIntroductions[0].strength).toBeCloseTo(0.45, 12);
  });

  it.each([
    ['unknown person', `{ influencePaths(fromId: "nope", toId: "Y") { hops } }`, 'NOT_FOUND', 'fromId'],
    ['the same person twice', `{ influencePaths(fromId: "X", toId: "X") { hops } }`, 'BAD_USER_INPUT', 'toId'],
    ['maxHops 0', `{ influencePaths(fromId: "X", toId: "Y", maxHops: 0) { hops } }`, 'BAD_USER_INPUT', 'maxHops'],
    ['maxHops 7', `{ influencePaths(fromId: "X", toId: "Y", maxHops: 7) { hops } }`, 'BAD_USER_INPUT', 'maxHops'],
    ['k 21', `{ influencePaths(fromId: "X", toId: "Y", k: 21) { hops } }`, 'BAD_USER_INPUT', 'k'],
    ['no edge kinds', `{ influencePaths(fromId: "X", toId: "Y", edgeKinds: []) { hops } }`, 'BAD_USER_INPUT', 'edgeKinds'],
    ['minStrength 2', `{ bestIntroductions(targetId: "Y", minStrength: 2) { strength } }`, 'BAD_USER_INPUT', 'minStrength'],
    ['unknown target', `{ bestIntroductions(targetId: "nope") { strength } }`, 'NOT_FOUND', 'targetId'],
    ['unknown account', `{ influenceRanking(accountId: "nope") { totalCount } }`, 'NOT_FOUND', 'accountId'],
    ['topShare 1.5', `{ hiddenInfluencers(accountId: "cust", topShare: 1.5) { rank } }`, 'BAD_USER_INPUT', 'topShare'],
  ])('refuses %s', async (_n, q, code, field) => {
    const r = await app.gql(q);
    expect(r.errors?.[0].extensions).toEqual({ code, field });
  });
});

describe('influence ranking, hidden influencers and successors on the risk fixture (test/support/acme.ts)', () => {
  let app: TestApp;
  let store: LadybugStore;
  beforeAll(async () => ({ app, store } = await appWith(acmeFixture())));
  afterAll(async () => {
    await app?.stop();
    await store?.close();
  });

  it('ranks the 19 active contacts by PageRank, with formal rank and role', async () => {
    const r = await app.gql(`{ influenceRanking(accountId: "acme", first: 100) { totalCount edges { node { person { id } score rank formalRank isDecisionMaker } } } }`);
    const nodes = r.data.influenceRanking.edges.map((e: any) => e.node);
    expect(r.data.influenceRanking.totalCount).toBe(19);
    // networkx on the same graph: a1 0.374474, a4 0.331518, n1 0.066287, s1 0.048158, n3 0.034189, l1 0.028078, l2 0.015850, a3 0.014605
    expect(nodes.slice(0, 8).map((n: any) => n.person.id)).toEqual(['a1', 'a4', 'n1', 's1', 'n3', 'l1', 'l2', 'a3']);
    expect(nodes[1].score).toBeCloseTo(0.331518, 5);
    expect(nodes.slice(8).every((n: any) => Math.abs(n.score - 0.15 / 19) < 1e-9)).toBe(true); // nobody points at them
    expect(nodes.reduce((s: number, n: any) => s + n.score, 0)).toBeCloseTo(1, 9);
    const byId = Object.fromEntries(nodes.map((n: any) => [n.person.id, n]));
    expect([byId.a1.formalRank, byId.a4.formalRank, byId.a5.formalRank, byId.l2.formalRank]).toEqual([0, 1, 2, 3]);
    expect(byId.a1.isDecisionMaker && !byId.a4.isDecisionMaker).toBe(true);
  });

  it('finds the CEO assistant a4 as the hidden influencer: rank 2, no decision role, no reports', async () => {
    const r = await app.gql(`{ hiddenInfluencers(accountId: "acme") { person { id } rank formalRank sways { person { id } strength } } }`);
    // top 20 % = ranks 1..4 (a1 a4 n1 s1); above average 1/19: a1 a4 n1; without decision role: a4
    expect(r.data.hiddenInfluencers).toEqual([
      { person: { id: 'a4' }, rank: 2, formalRank: 1, sways: [{ person: { id: 'a1' }, strength: 0.9 }, { person: { id: 'a3' }, strength: 0.6 }] },
    ]);
  });

  it('departure successors are the colleagues with the strongest influence path to the orphaned decision maker', async () => {
    const r = await app.gql(`{ departureImpact(personId: "o1", asOf: "${ACME_AS_OF}") { accounts { accountId orphanedDecisionMakers { contact { id } successors { person { id } strength via } } } } }`);
    const a2 = r.data.departureImpact.accounts[0].orphanedDecisionMakers.find((o: any) => o.contact.id === 'a2');
    // o4 KNOWS a1 (0.8), a2 REPORTS_TO a1 (0.8): 0.64
    // o3 KNOWS a4 (0.7), a4 INFLUENCES a1 (0.9), a2 REPORTS_TO a1: 0.504
    // o2 KNOWS s3 (0.8), s3 → s1 → a1 ← a2 (REPORTS_TO, 0.8 each): 0.8^4 = 0.4096
    expect(a2.successors.map((s: any) => [s.person.id, s.via.join(' ')])).toEqual([['o4', 'o4 a1 a2'], ['o3', 'o3 a4 a1 a2'], ['o2', 'o2 s3 s1 a1 a2']]);
    expect(a2.successors.map((s: any) => s.strength)).toEqual([expect.closeTo(0.64, 12), expect.closeTo(0.504, 12), expect.closeTo(0.4096, 12)]);
  });
});

describe("Krackhardt's high-tech managers (real data: test/fixtures/krackhardt)", () => {
  let app: TestApp;
  let store: LadybugStore;
  beforeAll(async () => ({ app, store } = await appWith(krackhardtGraph())));
  afterAll(async () => {
    await app?.stop();
    await store?.close();
  });

  it('loads the known facts: 190 advice ties; manager 2 is sought by 18, the CEO (7) by 13', () => {
    expect(advice).toHaveLength(190);
    const sought = (id: string) => advice.filter((a) => a.advisor === id).length;
    expect([sought('2'), sought('7')]).toEqual([18, 13]);
  });

  it('influence scores agree with networkx; vice president 21 outranks the CEO', async () => {
    const r = await app.gql(`{ influenceRanking(accountId: "hitech", first: 21) { edges { node { person { id } score formalRank } } } }`);
    const nodes = r.data.influenceRanking.edges.map((e: any) => e.node);
    // networkx.pagerank on the same weighted graph: k21 0.163872, k7 0.125092, k2 0.095803, k18 0.075515, k6 0.065839
    expect(nodes.slice(0, 5).map((n: any) => n.person.id)).toEqual(['k21', 'k7', 'k2', 'k18', 'k6']);
    expect(nodes[0].score).toBeCloseTo(0.163872, 5);
    expect(nodes[4].score).toBeCloseTo(0.065839, 5);
    if (hasNetworkx) {
      const g = krackhardtGraph();
      const nx = networkxPagerank(g.people.map((p) => p.id), [
        ...g.reportsTo.map((e): [string, string, number] => [e.personId, e.managerId, 0.8]),
        ...g.influences.map((e): [string, string, number] => [e.toId, e.fromId, e.strength]),
      ]);
      for (const n of nodes) expect(n.score).toBeCloseTo(nx[n.person.id], 7);
    }
  });

  it('finds manager 6, a level-3 manager ranked 5th, as the hidden influencer', async () => {
    const r = await app.gql(`{ hiddenInfluencers(accountId: "hitech") { person { id } rank formalRank sways { person { id } } } }`);
    expect(r.data.hiddenInfluencers.map((h: any) => [h.person.id, h.rank, h.formalRank])).toEqual([['k6', 5, 2]]);
    expect(r.data.hiddenInfluencers[0].sways.length).toBe(advice.filter((a) => a.advisor === '6').length);
  });
});
