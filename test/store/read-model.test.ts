import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { createServices, type UnrestrictedServices as Services } from '../../src/context.js';
import { CHANGE_KINDS, type ChangeKind } from '../../src/domain/changes.js';
import { Adjacency } from '../../src/readmodel/adjacency.js';
import { ReadModelHost } from '../../src/readmodel/host.js';
import { ReadModel } from '../../src/readmodel/read-model.js';
import { rootOf } from '../../src/domain/terms.js';
import { CoverageService } from '../../src/modules/coverage/coverage.service.js';
import { InfluenceService } from '../../src/modules/influence/influence.service.js';
import { commercialServicesFor } from '../../src/modules/commercial/commercial.context.js';
import { CommercialService } from '../../src/modules/commercial/commercial.service.js';
import { managementServicesFor } from '../../src/modules/plan/plan.context.js';
import { PlanService } from '../../src/modules/plan/plan.service.js';
import { NegotiationService } from '../../src/modules/negotiation/negotiation.service.js';
import { planId } from '../../src/domain/plans.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { demoStore } from '../support/app.js';

const BUYING = ['DECISION_MAKER', 'ECONOMIC_BUYER', 'USER', null] as const;
const ROLES = ['KAM', 'SPECIALIST', 'EXECUTIVE_SPONSOR'] as const;

/** One mutation of the API, with small integers choosing its targets from pools of ids. */
const op = fc.record({
  kind: fc.integer({ min: 0, max: 34 }),
  a: fc.nat(),
  b: fc.nat(),
  strength: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
  flag: fc.boolean(),
  day: fc.integer({ min: 1, max: 28 }),
});
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
/** the operations below that touch no company and no unit link */
const LOCAL_KINDS = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 14, 15, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34];
/** sales (docs/commercial.md): a few products and periods, yearly and monthly, so that updates, overlaps and removals come up */
const PERIODS = ['2025', '2025-03', '2025-04', '2024-12', '2024'] as const;
const INTERACTION_KINDS = ['MEETING', 'EMAIL', 'CALL', 'VISIT'] as const;
/** account management (docs/plans.md): competitors and partners (made in beforeAll), areas, plan years */
const RIVALS = ['k-1', 'k-2'] as const;
const ALLIES = ['pa-1', 'pa-2'] as const;
const AREAS = ['Seals', 'Pumps', 'Service'] as const;
const STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;

describe('read model', () => {
  let store: LadybugStore;
  let services: Services;
  let ours: string[];
  let contacts: string[];
  let companies: string[];
  let accounts: string[];
  let poolAccounts: string[];
  let products: string[];
  const seen = new Set<ChangeKind>();

  beforeAll(async () => {
    Adjacency.minCompact = 4; // compact all the time, so folding the overlay back is exercised too
    ({ store } = await demoStore('demo', 5));
    services = createServices(store, { defaults: DEFAULT_ANALYTICS });
    const g = await services.readModel.ready();
    const people = g.listPeople({}, null, 10_000).map((i) => g.personId(i));
    // small pools, so that random operations hit the same people and links again (updates, removals)
    ours = people.filter((id) => id.startsWith('u-')).slice(0, 4);
    contacts = [...people.filter((id) => !id.startsWith('u-')).slice(0, 8), 'new-p1', 'new-p2'];
    // the accounts the pools below touch, and one they never do (its memoised values must survive)
    accounts = g.listCompanies({ kind: 'CUSTOMER', unitLevel: 'GROUP' }, null, 1000).map((i) => g.companyId(i));
    // the root accounts of the people in the pools: where the operations land
    poolAccounts = [...new Set(contacts.filter((id) => g.findPerson(id)).map((id) => rootOf(g, g.companyId(g.employerOf(g.personIndex(id))))))];
    companies = [...g.listCompanies({}, null, 1000).map((i) => g.companyId(i)).filter((id) => id !== 'sup').slice(0, 5), 'new-c1', 'new-c2'];
    products = ['P0003', 'P0005', 'P0011', 'new-r1', 'new-r2'];
    for (const id of RIVALS) await services.company.upsert({ id, name: `Rival ${id}`, kind: 'COMPETITOR' });
    for (const id of ALLIES) await services.company.upsert({ id, name: `Ally ${id}`, kind: 'PARTNER' });
    // record which change kinds the random mutations produce
    const writer = services.writer;
    const commit = writer.commit.bind(writer);
    writer.commit = (plan) => commit(async (g) => {
      const p = await plan(g);
      for (const c of p.changes) seen.add(c.kind);
      return p;
    });
  });
  afterAll(async () => {
    Adjacency.minCompact = 8192;
    await store?.close();
  });

  /** The analytics of these accounts through the live (memoising) services and through services that never memoise. */
  /** `portfolio`: also the portfolio-wide lists (once per sequence: they cover every account) */
  async function sameAsUnmemoised(ids: readonly string[], portfolio = false) {
    const live = await services.readModel.ready();
    const unmemoised = new Proxy(live, {
      get(target, key) {
        if (key === 'memo') return (_k: string, compute: () => unknown) => compute();
        if (key === 'memoAccount') return (_a: string, _k: string, compute: () => unknown) => compute();
        if (key === 'memoSales') return (_a: string, _k: string, compute: () => unknown) => compute();
        const v = Reflect.get(target, key);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const source = { ready: async () => unmemoised };
    const influence = new InfluenceService(source, DEFAULT_ANALYTICS);
    const coverage = new CoverageService(source, DEFAULT_ANALYTICS, (g, c, w, l) => influence.successors(g, c, w, l));
    const args = { asOf: '2026-11-01', includeInfluencers: true };
    for (const id of ids) {
      if (!live.findCompany(id)) continue;
      expect(await services.coverage.decisionMakerCoverage(id, args)).toEqual(await coverage.decisionMakerCoverage(id, args));
      expect(await services.coverage.singleContactRisks(id, args)).toEqual(await coverage.singleContactRisks(id, args));
      expect(await services.influence.influenceRanking(id)).toEqual(await influence.influenceRanking(id));
      expect(await services.influence.hiddenInfluencers(id, {})).toEqual(await influence.hiddenInfluencers(id, {}));
      // commercial figures (memoised per account: a sale or a potential stamps its account) equal the unmemoised ones
      const commercial = new CommercialService(source, async () => ({ overall: { total: 0, covered: 0, coverageRatio: null }, singleThreaded: false, byUnit: [] }));
      for (const period of ['2025', '2024..2025']) {
        expect(await commercialServicesFor(services).commercial.companyCommercial(id, { period })).toEqual(await commercial.companyCommercial(id, { period }));
      }
    }
    // portfolio-wide lists memoise each account's result, not its subgraph (docs/decisions.md "Portfolio-wide lists keep results")
    if (portfolio) {
      expect(await services.coverage.singleContactRisks(null, args)).toEqual(await coverage.singleContactRisks(null, args));
      expect(await services.coverage.accountCoverage(args)).toEqual(await coverage.accountCoverage(args));
    }
    const memoised = commercialServicesFor(services).commercial;
    const plain = new CommercialService(source, async () => ({ overall: { total: 0, covered: 0, coverageRatio: null }, singleThreaded: false, byUnit: [] }));
    expect(await memoised.portfolio({ period: '2025' })).toEqual(await plain.portfolio({ period: '2025' }));
    expect(await memoised.priceConsistency({ period: '2025' })).toEqual(await plain.priceConsistency({ period: '2025' }));
    // plan health and the referee ladders (memoised per account: a plan, activity, team or relationship write stamps it)
    const m = managementServicesFor(services);
    const plainPlans = new PlanService(source, null, coverage);
    for (const asOf of ['2026-11-01', '2027-02-01']) expect(await m.plan.planHealth({ asOf })).toEqual(await plainPlans.planHealth({ asOf }));
    expect(await m.negotiation.ladders({ flaggedOnly: false })).toEqual(await new NegotiationService(source).ladders({ flaggedOnly: false }));
  }

  /** where interactions land: the accounts of the pool's people and the existing companies of the pool (not the new ones, whose removal they would block) */
  const accountsOf = () => [...poolAccounts, ...companies.filter((id) => !id.startsWith('new-'))];

  async function run(o: Op) {
    const s = services;
    const mgmt = () => managementServicesFor(s, 'tester');
    const pick = <T>(xs: readonly T[], n: number) => xs[n % xs.length];
    const c = pick(contacts, o.a);
    const c2 = pick(contacts, o.b);
    const u = pick(ours, o.b);
    const co = pick(companies, o.a);
    const co2 = pick(companies, o.b);
    const date = `2026-10-${String(o.day).padStart(2, '0')}`;
    const calls: (() => Promise<unknown>)[] = [
      () => s.relationship.upsertRelationship({ ourPersonId: u, contactId: c, strength: o.strength, lastContactAt: o.flag ? date : null, since: o.flag ? null : date }),
      () => s.relationship.removeRelationship(u, c),
      () => s.relationship.upsertInfluence({ fromId: c, toId: c2, strength: o.strength, note: o.flag ? 'n, "q"' : null, since: o.flag ? date : null }),
      () => {
        // remove one c really has, when there is one (random pairs rarely repeat)
        const g = s.readModel.current;
        let to = c2;
        g.forEachInfluenceOut(g.personIndex(c), (w) => (to = g.personId(w)));
        return s.relationship.removeInfluence(c, to);
      },
      () => s.relationship.setManager({ personId: c, managerId: c2, since: o.flag ? date : null }),
      () => s.relationship.removeManager(c),
      () => s.relationship.setEmployer({ personId: c, companyId: co, title: o.flag ? 'Head of X' : null, since: o.flag ? date : null }),
      () => s.relationship.removeEmployer(c),
      () => s.relationship.setParentUnit({ unitId: co, parentId: co2 }),
      () => s.relationship.removeParentUnit(co),
      () => s.person.upsert({ id: c, name: `P ${o.b}`, active: o.flag, buyingRole: pick(BUYING, o.b), leftAt: o.flag ? null : date }),
      () => s.person.remove(c),
      () => s.company.upsert({ id: co, name: `C ${o.b}`, kind: 'CUSTOMER', isKeyAccount: o.flag ? true : null, country: o.flag ? 'DE' : null }),
      () => {
        // the new companies are the removable ones: prefer one that exists
        const g = s.readModel.current;
        const fresh = companies.filter((id) => id.startsWith('new-') && g.findCompany(id));
        return s.company.remove(o.flag && fresh.length ? pick(fresh, o.b) : co);
      },
      () => s.relationship.addTeamMember({ personId: u, accountId: co, role: pick(ROLES, o.b) }),
      () => s.relationship.removeTeamMember(u, co),
      () => s.relationship.upsertRelationship({ ourPersonId: c, contactId: u, strength: o.strength }), // refused: wrong direction
      () => {
        // a small pool of ids, so that interactions are corrected (new participants, another account) and removed
        const kind = pick(INTERACTION_KINDS, o.b);
        const participantIds = o.flag && c2 !== c ? [u, c, c2] : [c, u];
        return s.interaction.record({
          id: `int-${o.a % 5}`, kind, at: date, accountId: pick(accountsOf(), o.b), participantIds,
          direction: kind === 'EMAIL' ? 'OUTBOUND' : null, level: kind === 'MEETING' && o.flag ? 'STRATEGIC' : null, subject: o.flag ? 'Q4, "review"' : null,
        });
      },
      () => s.interaction.remove(`int-${o.b % 5}`),
      () => {
        // one or two sales; some refused (an unknown product, a yearly sale beside monthly ones, a margin above revenue)
        const row = (k: number) => ({
          accountId: pick(accountsOf(), o.a + k), productId: pick(products, o.b + k), period: pick(PERIODS, o.day + k),
          revenue: o.strength * 1000, volume: o.day, listRevenue: o.flag ? o.strength * 1500 : null, contributionMargin: o.flag ? o.strength * 200 - 50 : null,
        });
        return commercialServicesFor(s).sale.record(o.flag ? [row(0), row(1)] : [row(0)]);
      },
      () => {
        // remove one the account has, when there is one
        const g = commercialServicesFor(s);
        const live = s.readModel.current as ReadModel;
        const c = live.companyIndex(pick(accountsOf(), o.a));
        let key: { accountId: string; productId: string; period: string } | null = null;
        if (c >= 0) live.forEachSaleOf(c, (x) => { key ??= live.sale(x); });
        const k = key as { accountId: string; productId: string; period: string } | null;
        return g.sale.remove(k?.accountId ?? 'nope', k?.productId ?? 'P0001', k?.period ?? '2025');
      },
      () => commercialServicesFor(s).product.upsert({ id: pick(products, o.a), name: `R ${o.b}`, family: pick(['Seals', 'Pumps', 'Tools'], o.b), launchedAt: o.flag ? date : null, listPrice: o.flag ? o.strength * 100 : null }),
      () => {
        // the new products are the removable ones (no sales): prefer one that exists
        const live = s.readModel.current as ReadModel;
        const fresh = products.filter((id) => id.startsWith('new-') && live.findProduct(id));
        return commercialServicesFor(s).product.remove(o.flag && fresh.length ? pick(fresh, o.b) : pick(products, o.a));
      },
      () => commercialServicesFor(s).commercial.setPotential({
        companyId: co, annualTurnover: o.flag ? o.strength * 1e7 : null, image: o.day % 6 || null, ...(o.flag ? { walletEstimate: o.strength * 1e5 } : {}),
      }),
      // signals (docs/decisions.md "Signals and escalation"): raised on a pool account (some refused: a raiser from
      // another account, an id raised already), acknowledged (refused unless top management), closed
      () => s.signal.raise({
        id: `sig-${o.a % 4}`, kind: pick(['DISSATISFACTION', 'PRAISE', 'TERMINATE'], o.b), at: `${date}T0${o.day % 10}:00:00Z`, severity: 1 + (o.b % 3),
        text: o.flag ? 'said, "no"' : null, accountId: pick(accountsOf(), o.b), raisedById: o.flag ? c : null, reportedById: o.flag ? u : null,
      }),
      () => s.signal.acknowledge(`sig-${o.b % 4}`, o.flag ? 'u-1' : u),
      () => s.signal.close(`sig-${o.a % 4}`, o.flag ? null : `${date}T23:00:00Z`),
      // account management (docs/plans.md): competitors and partners at the pool's accounts (some refused: shares above 1),
      // plans (some refused: not a key account, one that exists, a stale expectedVersion), activities, removals
      () => mgmt().partner.setCompetitor({ competitorId: pick(RIVALS, o.a), accountId: pick(accountsOf(), o.b), area: pick(AREAS, o.day), ...(o.flag ? { estimatedShare: o.strength } : {}) }),
      () => {
        const live = s.readModel.current as ReadModel;
        let hit: [string, string, string] = ['k-1', 'nope', 'Seals'];
        live.forEachCompetingAt(live.companyIndex(pick(RIVALS, o.a)), (a, area) => { hit = [pick(RIVALS, o.a), live.companyId(a), area]; });
        return mgmt().partner.removeCompetitor(...hit);
      },
      () => mgmt().partner.setPartner({ partnerId: pick(ALLIES, o.a), accountId: pick(accountsOf(), o.b), area: pick(AREAS, o.day) }),
      () => {
        const live = s.readModel.current as ReadModel;
        let hit: [string, string, string] = ['pa-1', 'nope', 'Seals'];
        live.forEachPartneringAt(live.companyIndex(pick(ALLIES, o.a)), (a, area) => { hit = [pick(ALLIES, o.a), live.companyId(a), area]; });
        return mgmt().partner.removePartner(...hit);
      },
      () => mgmt().plan.create({
        accountId: pick(poolAccounts, o.a), year: 2026 + (o.b % 2), roleToday: o.flag ? 'VENDOR' : null,
        ...(o.flag ? { keyPeople: [{ personId: c, note: 'n, "q"' }], challenges: [{ challenge: `C ${o.day}` }] } : {}),
      }),
      () => {
        const live = s.readModel.current as ReadModel;
        const id = planId(pick(poolAccounts, o.a), 2026 + (o.b % 2));
        const p = live.findPlan(id);
        const latest = p ? p.versions[p.versions.length - 1].version : 1;
        return mgmt().plan.update({
          id, expectedVersion: o.day % 5 === 0 ? Math.max(1, latest - 1) : latest, challenges: o.flag ? [{ challenge: `C ${o.day}`, howWeCanHelp: null }] : null,
          ...(o.day % 3 === 0 ? { keyPeople: [{ personId: c2 }] } : {}), ...(o.day % 4 === 0 ? { roleNextYear: 'STRATEGIC' } : {}),
        });
      },
      () => {
        const live = s.readModel.current as ReadModel;
        const plans = poolAccounts.flatMap((a) => live.plansOf(live.companyIndex(a)).map((p) => p.planId));
        return mgmt().plan.upsertActivity({
          id: `act-${o.a % 4}`, planId: plans.length ? pick(plans, o.b) : 'nope', title: `A ${o.b}`, ownerId: o.flag ? u : c, dueAt: date, status: pick(STATUSES, o.day),
        });
      },
      () => (o.flag ? mgmt().plan.removeActivity(`act-${o.b % 4}`) : mgmt().plan.remove(planId(pick(poolAccounts, o.a), 2026 + (o.b % 2)))),
    ];
    await calls[o.kind]().catch(() => undefined); // refused writes belong to the test: they must change nothing
  }

  it('equals a fresh build from the store after any sequence of mutations (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(op, { minLength: 1, maxLength: 30 }), async (localOnly, ops) => {
        // half the runs leave companies and the unit tree alone, so that memoised values of untouched
        // accounts survive and only the per-account stamps decide what is recomputed
        for (const o of ops) {
          await run(localOnly ? { ...o, kind: LOCAL_KINDS[o.kind % LOCAL_KINDS.length] } : o);
          // after every operation, memoised analytics answer as the same graph computed without memos
          await sameAsUnmemoised(poolAccounts);
        }
        const live = (await services.readModel.ready()) as ReadModel;
        const fresh = (await new ReadModelHost(store).ready()) as ReadModel;
        expect(ReadModel.diff(live, fresh)).toBeNull();
        await sameAsUnmemoised(accounts, true);
      }),
      { numRuns: 150, seed: 7 },
    );
    // every change kind but the clear (below) came up
    expect(CHANGE_KINDS.filter((k) => k !== 'graph.cleared' && !seen.has(k))).toEqual([]);
  });

  it('picks up writes of another process at the periodic refresh, serving the old graph meanwhile', async () => {
    // a second read model over the same store, as in another API instance: it never hears of this process's writes
    const other = new ReadModelHost(store, { refreshSeconds: 0.5 });
    const g = await other.ready();
    const id = contacts.find((x) => g.findPerson(x))!;
    await services.person.upsert({ id, name: 'Renamed Elsewhere' });
    expect((await other.ready()).findPerson(id)!.name).not.toBe('Renamed Elsewhere'); // not yet due
    await new Promise((r) => setTimeout(r, 600));
    // due now: ready() starts a rebuild in the background and answers at once from the current graph
    expect((await other.ready()).findPerson(id)!.name).not.toBe('Renamed Elsewhere');
    for (let i = 0; i < 250 && other.current.findPerson(id)!.name !== 'Renamed Elsewhere'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(other.current.findPerson(id)!.name).toBe('Renamed Elsewhere');
  });

  it('a clear empties it exactly as it empties the store', async () => {
    await services.writer.commit(() => ({ changes: [{ kind: 'graph.cleared' }], result: null }));
    const live = (await services.readModel.ready()) as ReadModel;
    const fresh = (await new ReadModelHost(store).ready()) as ReadModel;
    expect(live.personCount).toBe(0);
    expect(ReadModel.diff(live, fresh)).toBeNull();
  });
});

describe('read model after a bulk load', () => {
  it('rebuilds from the store when a bulk load bypassed the change path', async () => {
    const { store } = await demoStore('demo', 6);
    try {
      const host = new ReadModelHost(store);
      const before = (await host.ready()).personCount;
      await store.bulkLoad({ companies: [], people: [{ id: 'bulk-1', name: 'Bulk One', email: null, title: null, function: null, decisionLevel: null, buyingRole: null, attitude: null, active: true, leftAt: null }], worksAt: [], partOf: [], reportsTo: [], influences: [], knows: [], onTeam: [] });
      const g = await host.ready();
      expect(g.personCount).toBe(before + 1);
      expect(g.findPerson('bulk-1')?.name).toBe('Bulk One');
    } finally {
      await store.close();
    }
  });
});
