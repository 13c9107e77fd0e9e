import type { Change } from '../../src/domain/changes.js';
import type { GraphData } from '../../src/domain/graph-data.js';
import type { GraphStore, Row } from '../../src/store/index.js';
import { emptySections, parseSections, sectionsJson, type PlanVersionData } from '../../src/domain/plans.js';

/** An empty GraphData. */
export const emptyGraph = (): GraphData => ({ companies: [], people: [], worksAt: [], partOf: [], reportsTo: [], influences: [], knows: [], onTeam: [] });

async function scanAll(store: GraphStore, query: string): Promise<Row[]> {
  const out: Row[] = [];
  await store.scan(query, (rows) => {
    for (const r of rows) out.push(r);
  });
  return out;
}

/** The whole graph as the `projection.*` scans return it (interactions with their participants, sorted). */
export async function scanGraph(store: GraphStore): Promise<GraphData> {
  const [companies, people, worksAt, partOf, reportsTo, influences, knows, onTeam, interactions, tookPart, products, sales, potentials, signals, competesAt, partnersAt, plans, activities] = await Promise.all(
    ['companies', 'people', 'worksAt', 'partOf', 'reportsTo', 'influences', 'knows', 'onTeam', 'interactions', 'tookPart', 'products', 'sales', 'potentials', 'signals', 'competesAt', 'partnersAt', 'plans', 'activities'].map((p) => scanAll(store, `projection.${p}`)),
  );
  const participants = new Map<string, string[]>();
  for (const r of tookPart) participants.set(r.interactionId, [...(participants.get(r.interactionId) ?? []), r.personId]);
  const g = {
    companies: companies.map((r) => r.company),
    people: people.map((r) => r.person),
    worksAt, partOf, reportsTo, influences, knows, onTeam,
  } as GraphData;
  if (interactions.length) g.interactions = interactions.map((r) => ({ ...r, participantIds: (participants.get(r.id) ?? []).sort() })) as GraphData['interactions'];
  if (products.length) g.products = products as GraphData['products'];
  if (sales.length) g.sales = sales as GraphData['sales'];
  if (potentials.length) g.potentials = potentials as GraphData['potentials'];
  if (signals.length) g.signals = signals.map((r) => ({ ...r, severity: Number(r.severity) })) as GraphData['signals'];
  // account management (docs/plans.md): numbers as numbers, the sections parsed
  if (competesAt.length) g.competesAt = competesAt.map((r) => ({ ...r, estimatedShare: r.estimatedShare === null ? null : Number(r.estimatedShare) })) as GraphData['competesAt'];
  if (partnersAt.length) g.partnersAt = partnersAt as GraphData['partnersAt'];
  if (plans.length) g.plans = plans.map((r) => ({ ...r, year: Number(r.year), version: Number(r.version), sections: parseSections(r.sections) })) as GraphData['plans'];
  if (activities.length) g.activities = activities.map((r) => ({ ...r, addedIn: Number(r.addedIn) })) as GraphData['activities'];
  return g;
}

/**
 * One sorted line per item, every property included with its JS type, so two
 * graphs compare equal exactly when they hold the same data (`1` and `"1"`,
 * null and `""` differ).
 */
export function canonical(g: GraphData): string[] {
  const line = (part: string, o: object) => {
    const entries = Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `${part} ${JSON.stringify(entries)}`;
  };
  const out: string[] = [];
  for (const [part, rows] of Object.entries(g)) {
    for (const r of rows as object[]) {
      if (part === 'plans') out.push(line(part, { ...r, sections: sectionsJson((r as PlanVersionData).sections) }));
      else out.push(line(part, part === 'interactions' ? { ...r, participantIds: [...(r as { participantIds: string[] }).participantIds].sort() } : r));
    }
  }
  return out.sort();
}

const without = <T>(rows: T[], drop: (r: T) => boolean) => rows.filter((r) => !drop(r));

/** A part only when it has rows (a GraphData without products, sales or potentials has none). */
function withPart<K extends 'products' | 'sales' | 'potentials' | 'signals' | 'competesAt' | 'partnersAt' | 'plans' | 'activities'>(g: GraphData, key: K, xs: NonNullable<GraphData[K]>): GraphData {
  const { [key]: _drop, ...rest } = g;
  return (xs.length ? { ...rest, [key]: xs } : rest) as GraphData;
}
const sameSale = (a: { accountId: string; productId: string; period: string }, b: { accountId: string; productId: string; period: string }) =>
  a.accountId === b.accountId && a.productId === b.productId && a.period === b.period;

const sameLink = (a: { companyId: string; accountId: string; area: string }, b: { companyId: string; accountId: string; area: string }) =>
  a.companyId === b.companyId && a.accountId === b.accountId && a.area === b.area;

/** What removing a company does to account management: its links go, its plans (and their activities) are no longer projected. */
function removedCompany(g: GraphData, id: string): Partial<GraphData> {
  const plans = new Set((g.plans ?? []).filter((x) => x.accountId === id).map((x) => x.planId));
  return {
    competesAt: without(g.competesAt ?? [], (x) => x.companyId === id || x.accountId === id),
    partnersAt: without(g.partnersAt ?? [], (x) => x.companyId === id || x.accountId === id),
    plans: without(g.plans ?? [], (x) => plans.has(x.planId)),
    activities: without(g.activities ?? [], (x) => plans.has(x.planId)),
  };
}

/** The optional parts only when they have rows (as `scanGraph` gives them). */
function stripEmpty(g: GraphData): GraphData {
  const out = { ...g } as Record<string, unknown>;
  for (const k of ['interactions', 'products', 'sales', 'potentials', 'signals', 'competesAt', 'partnersAt', 'plans', 'activities']) {
    if (Array.isArray(out[k]) && (out[k] as unknown[]).length === 0) delete out[k];
  }
  return out as unknown as GraphData;
}

/** `interactions` only when there are some (a GraphData without interactions has none). */
function withInteractions(g: GraphData, xs: NonNullable<GraphData['interactions']>): GraphData {
  const { interactions: _drop, ...rest } = g;
  return xs.length ? { ...rest, interactions: xs } : rest;
}

/**
 * The reference meaning of each change (src/domain/changes.ts), applied to a
 * GraphData: what the store must hold afterwards.
 */
export function applyChange(g: GraphData, c: Change): GraphData {
  switch (c.kind) {
    case 'company.upserted':
      return { ...g, companies: [...without(g.companies, (x) => x.id === c.company.id), { ...c.company }] };
    case 'company.removed':
      return stripEmpty({
        ...withPart(withPart(g, 'potentials', without(g.potentials ?? [], (x) => x.companyId === c.id)), 'sales', without(g.sales ?? [], (x) => x.accountId === c.id)),
        companies: without(g.companies, (x) => x.id === c.id),
        worksAt: without(g.worksAt, (x) => x.companyId === c.id),
        partOf: without(g.partOf, (x) => x.unitId === c.id || x.parentId === c.id),
        onTeam: without(g.onTeam, (x) => x.companyId === c.id),
        ...(g.interactions ? { interactions: g.interactions.map((x) => (x.accountId === c.id ? { ...x, accountId: null } : x)) } : {}),
        ...(g.signals ? { signals: without(g.signals, (x) => x.accountId === c.id) } : {}),
        ...removedCompany(g, c.id),
      });
    case 'person.upserted':
      return { ...g, people: [...without(g.people, (x) => x.id === c.person.id), { ...c.person }] };
    case 'person.removed':
      return {
        ...g,
        people: without(g.people, (x) => x.id === c.id),
        worksAt: without(g.worksAt, (x) => x.personId === c.id),
        reportsTo: without(g.reportsTo, (x) => x.personId === c.id || x.managerId === c.id),
        influences: without(g.influences, (x) => x.fromId === c.id || x.toId === c.id),
        knows: without(g.knows, (x) => x.fromId === c.id || x.toId === c.id),
        onTeam: without(g.onTeam, (x) => x.personId === c.id),
        ...(g.interactions ? { interactions: g.interactions.map((x) => ({ ...x, participantIds: x.participantIds.filter((p) => p !== c.id) })) } : {}),
        ...(g.activities ? { activities: g.activities.map((x) => (x.ownerId === c.id ? { ...x, ownerId: null } : x)) } : {}),
        ...(g.signals ? {
          signals: g.signals.map((x) => ({
            ...x, raisedById: x.raisedById === c.id ? null : x.raisedById, reportedById: x.reportedById === c.id ? null : x.reportedById,
            acknowledgedById: x.acknowledgedById === c.id ? null : x.acknowledgedById,
          })),
        } : {}),
      };
    case 'employment.set':
      return {
        ...g,
        worksAt: [
          ...without(g.worksAt, (x) => x.personId === c.personId && x.companyId === c.previousCompanyId),
          { personId: c.personId, companyId: c.companyId, title: c.title, since: c.since },
        ],
      };
    case 'employment.removed':
      return { ...g, worksAt: without(g.worksAt, (x) => x.personId === c.personId && x.companyId === c.companyId) };
    case 'parent.set':
      return {
        ...g,
        partOf: [...without(g.partOf, (x) => x.unitId === c.unitId && x.parentId === c.previousParentId), { unitId: c.unitId, parentId: c.parentId }],
      };
    case 'parent.removed':
      return { ...g, partOf: without(g.partOf, (x) => x.unitId === c.unitId && x.parentId === c.parentId) };
    case 'manager.set':
      return {
        ...g,
        reportsTo: [
          ...without(g.reportsTo, (x) => x.personId === c.personId && x.managerId === c.previousManagerId),
          { personId: c.personId, managerId: c.managerId, since: c.since },
        ],
      };
    case 'manager.removed':
      return { ...g, reportsTo: without(g.reportsTo, (x) => x.personId === c.personId && x.managerId === c.managerId) };
    case 'influence.upserted':
      return {
        ...g,
        influences: [
          ...without(g.influences, (x) => x.fromId === c.fromId && x.toId === c.toId),
          { fromId: c.fromId, toId: c.toId, strength: c.strength, note: c.note, since: c.since },
        ],
      };
    case 'influence.removed':
      return { ...g, influences: without(g.influences, (x) => x.fromId === c.fromId && x.toId === c.toId) };
    case 'knows.upserted':
      return {
        ...g,
        knows: [
          ...without(g.knows, (x) => x.fromId === c.fromId && x.toId === c.toId),
          { fromId: c.fromId, toId: c.toId, strength: c.strength, lastContactAt: c.lastContactAt, since: c.since },
        ],
      };
    case 'knows.removed':
      return { ...g, knows: without(g.knows, (x) => x.fromId === c.fromId && x.toId === c.toId) };
    case 'team.upserted':
      return {
        ...g,
        onTeam: [...without(g.onTeam, (x) => x.personId === c.personId && x.companyId === c.companyId), { personId: c.personId, companyId: c.companyId, role: c.role }],
      };
    case 'team.removed':
      return { ...g, onTeam: without(g.onTeam, (x) => x.personId === c.personId && x.companyId === c.companyId) };
    case 'interaction.upserted':
      return withInteractions(g, [...without(g.interactions ?? [], (x) => x.id === c.interaction.id), { ...c.interaction, participantIds: [...c.interaction.participantIds].sort() }]);
    case 'interaction.removed':
      return withInteractions(g, without(g.interactions ?? [], (x) => x.id === c.id));
    case 'signal.upserted':
      return withPart(g, 'signals', [...without(g.signals ?? [], (x) => x.id === c.signal.id), { ...c.signal }]);
    case 'potential.set': {
      if (!g.companies.some((x) => x.id === c.potential.companyId)) return g;
      const p = c.potential;
      const rest = without(g.potentials ?? [], (x) => x.companyId === p.companyId);
      // a company with no potential input left is not projected
      return withPart(g, 'potentials', p.annualTurnover === null && p.image === null && p.walletEstimate === null ? rest : [...rest, { ...p }]);
    }
    case 'product.upserted':
      return withPart(g, 'products', [...without(g.products ?? [], (x) => x.id === c.product.id), { ...c.product }]);
    case 'product.removed':
      return withPart(withPart(g, 'products', without(g.products ?? [], (x) => x.id === c.id)), 'sales', without(g.sales ?? [], (x) => x.productId === c.id));
    case 'sale.upserted':
      return withPart(g, 'sales', [...without(g.sales ?? [], (x) => sameSale(x, c.sale)), { ...c.sale }]);
    case 'sale.removed':
      return withPart(g, 'sales', without(g.sales ?? [], (x) => sameSale(x, c)));
    // account management (docs/plans.md)
    case 'competitor.upserted':
      return withPart(g, 'competesAt', [...without(g.competesAt ?? [], (x) => sameLink(x, c.link)), { ...c.link }]);
    case 'competitor.removed':
      return withPart(g, 'competesAt', without(g.competesAt ?? [], (x) => sameLink(x, c)));
    case 'partner.added':
      return withPart(g, 'partnersAt', [...without(g.partnersAt ?? [], (x) => sameLink(x, c.link)), { ...c.link }]);
    case 'partner.removed':
      return withPart(g, 'partnersAt', without(g.partnersAt ?? [], (x) => sameLink(x, c)));
    case 'plan.versioned':
      return withPart(g, 'plans', [...without(g.plans ?? [], (x) => x.planId === c.version.planId && x.version === c.version.version), { ...c.version }]);
    case 'plan.removed':
      // its activities are removed first by their own changes; any left would lose their plan (not projected)
      return withPart(withPart(g, 'plans', without(g.plans ?? [], (x) => x.planId === c.planId)), 'activities', without(g.activities ?? [], (x) => x.planId === c.planId));
    case 'activity.upserted':
      return withPart(g, 'activities', [...without(g.activities ?? [], (x) => x.id === c.activity.id), { ...c.activity }]);
    case 'activity.removed':
      return withPart(g, 'activities', without(g.activities ?? [], (x) => x.id === c.id));
    case 'graph.cleared':
      return emptyGraph();
  }
}

/** A plan version of an account and year with some sections written (the rest empty). */
export function planVersion(accountId: string, year: number, version: number, sections: Partial<PlanVersionData['sections']>): PlanVersionData {
  return {
    planId: `${accountId}/${year}`, accountId, year, version, updatedAt: `2026-0${version}-01T10:00:00.000Z`, updatedBy: version === 1 ? null : 'ada',
    sections: { ...emptySections(), ...sections },
  };
}

/** Person and company records with every property set, or every optional one null. */
export const fullPerson = (id: string, extra: Partial<GraphData['people'][number]> = {}): GraphData['people'][number] => ({
  id, name: `Name ${id}`, email: `${id}@x.example`, title: 'Head of "Things", EMEA', function: 'IT', decisionLevel: 'CENTRAL',
  buyingRole: 'CHAMPION', attitude: 'SUPPORTER', active: false, leftAt: '2026-02-03', ...extra,
});
export const barePerson = (id: string): GraphData['people'][number] => ({
  id, name: `Bare ${id}`, email: null, title: null, function: null, decisionLevel: null, buyingRole: null, attitude: null, active: true, leftAt: null,
});
export const fullCompany = (id: string, extra: Partial<GraphData['companies'][number]> = {}): GraphData['companies'][number] => ({
  id, name: `Company ${id}`, kind: 'CUSTOMER', unitLevel: 'REGIONAL', country: 'DE', segment: 'Foods', isKeyAccount: false, tier: 'B', ...extra,
});
export const bareCompany = (id: string): GraphData['companies'][number] => ({
  id, name: `Bare ${id}`, kind: 'PARTNER', unitLevel: null, country: null, segment: null, isKeyAccount: null, tier: null,
});

/**
 * Every change kind, with null and non-null values, created and not, as a
 * sequence that is valid from an empty graph (each change's preconditions,
 * as a service would check them against the read model, hold).
 */
export function changeSequence(prefix: string): Change[] {
  const p = (n: number) => `${prefix}p${n}`;
  const c = (n: number) => `${prefix}c${n}`;
  const r = (n: number) => `${prefix}r${n}`;
  return [
    { kind: 'company.upserted', company: fullCompany(c(1)), created: true },
    { kind: 'company.upserted', company: bareCompany(c(2)), created: true },
    { kind: 'company.upserted', company: fullCompany(c(3), { isKeyAccount: true, name: 'Comma, "Quote" \\ back' }), created: true },
    { kind: 'company.upserted', company: bareCompany(c(1)), created: false },
    { kind: 'company.upserted', company: fullCompany(c(2)), created: false },
    { kind: 'person.upserted', person: fullPerson(p(1)), created: true },
    { kind: 'person.upserted', person: barePerson(p(2)), created: true },
    { kind: 'person.upserted', person: fullPerson(p(3), { active: true, leftAt: null, name: 'Line\nbreak' }), created: true },
    { kind: 'person.upserted', person: fullPerson(p(4), { email: '' }), created: true },
    { kind: 'person.upserted', person: barePerson(p(1)), created: false },
    { kind: 'person.upserted', person: fullPerson(p(2)), created: false },
    { kind: 'employment.set', personId: p(1), companyId: c(1), title: null, since: null, previousCompanyId: null },
    { kind: 'employment.set', personId: p(2), companyId: c(1), title: 'CFO, "acting"', since: '2020-01-31', previousCompanyId: null },
    { kind: 'employment.set', personId: p(1), companyId: c(2), title: 'Lead', since: '2021-05-06', previousCompanyId: c(1) },
    { kind: 'employment.set', personId: p(1), companyId: c(2), title: null, since: null, previousCompanyId: c(2) },
    { kind: 'employment.removed', personId: p(2), companyId: c(1) },
    { kind: 'parent.set', unitId: c(2), parentId: c(1), previousParentId: null },
    { kind: 'parent.set', unitId: c(2), parentId: c(3), previousParentId: c(1) },
    { kind: 'parent.set', unitId: c(1), parentId: c(3), previousParentId: null },
    { kind: 'parent.removed', unitId: c(1), parentId: c(3) },
    { kind: 'manager.set', personId: p(2), managerId: p(1), since: null, previousManagerId: null },
    { kind: 'manager.set', personId: p(3), managerId: p(1), since: '2019-12-31', previousManagerId: null },
    { kind: 'manager.set', personId: p(2), managerId: p(3), since: '2022-02-02', previousManagerId: p(1) },
    { kind: 'manager.removed', personId: p(3), managerId: p(1) },
    { kind: 'influence.upserted', fromId: p(1), toId: p(2), strength: 1, note: null, since: null, created: true },
    { kind: 'influence.upserted', fromId: p(2), toId: p(3), strength: 0.125, note: 'golf, "weekly"', since: '2023-03-04', created: true },
    { kind: 'influence.upserted', fromId: p(1), toId: p(2), strength: 0.3333333333333333, note: 'n', since: '2024-04-05', created: false },
    { kind: 'influence.upserted', fromId: p(2), toId: p(3), strength: 0, note: null, since: null, created: false },
    { kind: 'influence.removed', fromId: p(2), toId: p(3) },
    { kind: 'knows.upserted', fromId: p(1), toId: p(3), strength: 1, lastContactAt: null, since: '2018-08-08', created: true },
    { kind: 'knows.upserted', fromId: p(2), toId: p(3), strength: 0.75, lastContactAt: '2026-10-01', since: null, created: true },
    { kind: 'knows.upserted', fromId: p(1), toId: p(3), strength: 0.1234567890123, lastContactAt: '2026-09-09', since: null, created: false },
    { kind: 'knows.upserted', fromId: p(2), toId: p(3), strength: 1, lastContactAt: null, since: '2017-07-07', created: false },
    { kind: 'knows.upserted', fromId: p(4), toId: p(3), strength: 0.5, lastContactAt: null, since: null, created: true },
    { kind: 'knows.removed', fromId: p(4), toId: p(3) },
    { kind: 'team.upserted', personId: p(1), companyId: c(3), role: null, created: true },
    { kind: 'team.upserted', personId: p(2), companyId: c(3), role: 'KAM', created: true },
    { kind: 'team.upserted', personId: p(1), companyId: c(3), role: 'SPECIALIST', created: false },
    { kind: 'team.upserted', personId: p(2), companyId: c(3), role: null, created: false },
    { kind: 'team.removed', personId: p(2), companyId: c(3) },
    { kind: 'interaction.upserted', interaction: { id: `${prefix}i1`, kind: 'MEETING', at: '2026-09-01', direction: null, level: 'STRATEGIC', subject: 'Plan, "2027"', accountId: c(3), participantIds: [p(1), p(3)] }, created: true },
    { kind: 'interaction.upserted', interaction: { id: `${prefix}i2`, kind: 'EMAIL', at: '2026-09-02', direction: 'OUTBOUND', level: null, subject: null, accountId: c(1), participantIds: [p(2), p(4), p(3)] }, created: true },
    { kind: 'interaction.upserted', interaction: { id: `${prefix}i1`, kind: 'CALL', at: '2026-09-03', direction: null, level: null, subject: '', accountId: c(2), participantIds: [p(2), p(3)] }, created: false },
    { kind: 'interaction.upserted', interaction: { id: `${prefix}i3`, kind: 'VISIT', at: '2026-08-31', direction: null, level: 'OPERATIONAL', subject: 'x', accountId: c(3), participantIds: [p(1), p(4)] }, created: true },
    { kind: 'interaction.removed', id: `${prefix}i3` },
    // the commercial portfolio (docs/commercial.md): products, potential inputs, sales; runs of creations are grouped in one write
    { kind: 'product.upserted', product: { id: r(1), name: 'Prod, "1"', family: 'Seals', launchedAt: '2025-01-15', listPrice: 10 }, created: true },
    { kind: 'product.upserted', product: { id: r(2), name: 'R2', family: 'Pumps\nline', launchedAt: null, listPrice: null }, created: true },
    { kind: 'product.upserted', product: { id: r(1), name: 'R1b', family: 'Pumps\nline', launchedAt: null, listPrice: 12.5 }, created: false },
    { kind: 'potential.set', potential: { companyId: c(3), annualTurnover: 1e9, image: 4, walletEstimate: 2.5e6 } },
    { kind: 'potential.set', potential: { companyId: c(2), annualTurnover: null, image: null, walletEstimate: 100.5 } },
    { kind: 'potential.set', potential: { companyId: c(3), annualTurnover: 0, image: 2, walletEstimate: null } },
    { kind: 'sale.upserted', sale: { accountId: c(3), productId: r(1), period: '2025-01', revenue: 100, volume: 10, listRevenue: 120, contributionMargin: 30.5 }, created: true },
    { kind: 'sale.upserted', sale: { accountId: c(2), productId: r(2), period: '2025', revenue: 0.5, volume: 1, listRevenue: null, contributionMargin: null }, created: true },
    { kind: 'sale.upserted', sale: { accountId: c(3), productId: r(2), period: '2025-02', revenue: 7, volume: 2.25, listRevenue: null, contributionMargin: -1 }, created: true },
    { kind: 'sale.upserted', sale: { accountId: c(3), productId: r(1), period: '2025-01', revenue: 90.25, volume: 9, listRevenue: null, contributionMargin: null }, created: false },
    { kind: 'sale.upserted', sale: { accountId: c(2), productId: r(2), period: '2025', revenue: 1, volume: 0, listRevenue: 3, contributionMargin: 0 }, created: false },
    { kind: 'sale.removed', accountId: c(3), productId: r(2), period: '2025-02' },
    { kind: 'product.upserted', product: { id: r(3), name: 'R3', family: 'Seals', launchedAt: '2020-02-29', listPrice: 0 }, created: true },
    { kind: 'product.removed', id: r(3) },
    // account management (docs/plans.md): a competitor and a partner at c3, a plan of two versions with activities, another plan removed
    { kind: 'company.upserted', company: fullCompany(c(4), { kind: 'COMPETITOR', unitLevel: null }), created: true },
    { kind: 'company.upserted', company: bareCompany(c(5)), created: true },
    { kind: 'competitor.upserted', link: { companyId: c(4), accountId: c(3), area: 'Seals, "wet"', estimatedShare: 0.25 }, created: true },
    { kind: 'competitor.upserted', link: { companyId: c(4), accountId: c(3), area: 'Pumps', estimatedShare: null }, created: true },
    { kind: 'competitor.upserted', link: { companyId: c(4), accountId: c(3), area: 'Pumps', estimatedShare: 0.5 }, created: false },
    { kind: 'competitor.upserted', link: { companyId: c(4), accountId: c(2), area: 'Tools', estimatedShare: 1 }, created: true },
    { kind: 'competitor.upserted', link: { companyId: c(4), accountId: c(3), area: 'Seals, "wet"', estimatedShare: null }, created: false },
    { kind: 'competitor.removed', companyId: c(4), accountId: c(2), area: 'Tools' },
    { kind: 'partner.added', link: { companyId: c(5), accountId: c(3), area: 'Service' } },
    { kind: 'partner.added', link: { companyId: c(5), accountId: c(3), area: 'Logistics\nline' } },
    { kind: 'partner.removed', companyId: c(5), accountId: c(3), area: 'Service' },
    // a run of new competitor links with no share at all (one statement when grouped: a column of nulls only)
    { kind: 'competitor.upserted', link: { companyId: c(4), accountId: c(2), area: 'Valves', estimatedShare: null }, created: true },
    { kind: 'competitor.upserted', link: { companyId: c(4), accountId: c(2), area: 'Hoses', estimatedShare: null }, created: true },
    { kind: 'plan.versioned', version: planVersion(c(3), 2026, 1, { keyPeople: [{ id: p(1), note: null }], roleToday: 'VENDOR' }) },
    { kind: 'plan.versioned', version: planVersion(c(3), 2026, 2, { business: { market: 'Comma, "quote"\nline', customers: null, geography: 'ünï €', offerings: null, strategy: '' }, targets: [{ family: 'Seals', revenue: 1000.5, volume: null }] }) },
    { kind: 'activity.upserted', activity: { id: `${prefix}a1`, planId: `${c(3)}/2026`, addedIn: 1, title: 'Kick-off, "Q1"', dueAt: '2026-02-01', status: 'OPEN', ownerId: p(1) }, created: true },
    { kind: 'activity.upserted', activity: { id: `${prefix}a2`, planId: `${c(3)}/2026`, addedIn: 2, title: 'Review', dueAt: '2026-03-01', status: 'OPEN', ownerId: p(4) }, created: true },
    { kind: 'activity.upserted', activity: { id: `${prefix}a1`, planId: `${c(3)}/2026`, addedIn: 1, title: 'Kick-off', dueAt: '2026-02-15', status: 'DONE', ownerId: p(2) }, created: false },
    { kind: 'plan.versioned', version: planVersion(c(3), 2027, 1, {}) },
    { kind: 'activity.upserted', activity: { id: `${prefix}a3`, planId: `${c(3)}/2027`, addedIn: 1, title: 'x', dueAt: '2027-01-01', status: 'CANCELLED', ownerId: p(1) }, created: true },
    { kind: 'activity.removed', id: `${prefix}a3` },
    { kind: 'plan.removed', planId: `${c(3)}/2027`, accountId: c(3), versions: 1 },
    { kind: 'person.removed', id: p(4) },
    { kind: 'person.removed', id: p(3) },
    { kind: 'company.removed', id: c(1) },
  ];
}
