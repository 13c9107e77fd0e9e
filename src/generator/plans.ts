import type { ActivityData, ActivityStatus, CompetitorLinkData, PartnerLinkData, PlanSections, PlanVersionData, SupplierRole } from '../domain/plans.js';
import { unitTree } from './tree.js';
import { emptySections, normaliseSections, planId } from '../domain/plans.js';
import type { CompanyRecord, PersonRecord } from '../domain/records.js';
import type { GeneratedGraph, rng, ScaleName } from './generate.js';

type Rng = ReturnType<typeof rng>;

/**
 * Sizes of the account-management part per scale: competitor and partner
 * companies. Plans are written for most key accounts at every scale.
 */
export const PLAN_SCALES: Record<ScaleName, { competitors: number; partners: number }> = {
  demo: { competitors: 5, partners: 3 },
  S: { competitors: 10, partners: 6 },
  M: { competitors: 40, partners: 20 },
  L: { competitors: 200, partners: 100 },
  XL: { competitors: 600, partners: 300 },
};

const RIVALS = ['Vortex Industrial', 'Hansa Supply', 'Meridian Parts', 'Atlas Components', 'Polaris Technik', 'Ostara Tools', 'Corvid Systems', 'Lumen Fluidtech'];
const ALLIES = ['ServiceNet Europe', 'Nordic Install Partners', 'IntegraTech', 'Logiq Fulfilment', 'Arcadia Engineering'];
const PARTNER_AREAS = ['Installation', 'Service', 'Logistics', 'Integration'];
const CHALLENGES: [string, string][] = [
  ['Unplanned downtime on the packaging lines', 'Condition monitoring with our sensors and a 24-hour service desk'],
  ['Too many suppliers for the same parts', 'A framework agreement over four product families, one catalogue'],
  ['Rising energy costs at the plants', 'Efficient drives and an energy audit by our application engineers'],
  ['New sites to equip within the year', 'A roll-out team and stock held on consignment'],
  ['Pressure on working capital', 'Vendor-managed inventory and longer payment terms against volume'],
  ['Quality claims from their own customers', 'Joint root-cause workshops and certified parts'],
];
const STRATEGIES = ['Consolidate suppliers and standardise parts across sites', 'Grow in the east with two new plants', 'Cut maintenance cost per unit by a fifth', 'Move from buying parts to buying availability'];
const ROLES: SupplierRole[] = ['VENDOR', 'PREFERRED', 'PARTNER', 'STRATEGIC'];
const ACTIVITY_TITLES = ['Quarterly business review', 'Site visit with their operations head', 'Present the framework agreement', 'Energy audit at the main plant',
  'Introduce our new sensor line', 'Joint workshop on quality claims', 'Negotiate next year\'s prices', 'Meet the new procurement director', 'Reference visit at another customer'];

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const date = (ms: number) => iso(ms).slice(0, 10);
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The account-management part of a generated graph (docs/plans.md "Demo
 * data"), from its own seeded stream so the rest of the graph stays as it
 * was: competitor and partner companies, their positions at the customer
 * groups (shares that leave room for ours), NEGOTIATOR roles on the teams —
 * one account negotiated by our top executive, flagged — and key-account
 * plans for the current year for most key accounts, with several versions
 * each, some stale, some incomplete, one whose key people are each held by one
 * of ours only, and their activities (some overdue).
 */
export function generatePlans(g: GeneratedGraph, scale: ScaleName, r: Rng, today: Date): void {
  const size = PLAN_SCALES[scale];
  const now = today.getTime();
  // versions are written on past days, in office hours: never later than today
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const year = today.getUTCFullYear();
  const { parent, rootOf } = unitTree(g);
  const groups = g.companies.filter((c) => c.kind === 'CUSTOMER' && !parent.has(c.id));
  const keys = groups.filter((c) => c.isKeyAccount === true);
  const people = new Map(g.people.map((p) => [p.id, p]));
  const employer = new Map(g.worksAt.map((w) => [w.personId, w.companyId]));
  const ours = (id: string) => id.startsWith('u-');

  // --- competitor and partner companies
  const rivals: CompanyRecord[] = [];
  const allies: CompanyRecord[] = [];
  for (let i = 1; i <= size.competitors; i++) {
    rivals.push({ id: `cmp-${i}`, name: i <= RIVALS.length ? RIVALS[i - 1] : `${RIVALS[(i - 1) % RIVALS.length]} ${Math.ceil(i / RIVALS.length)}`, kind: 'COMPETITOR', unitLevel: 'GROUP', country: r.pick(['DE', 'FR', 'IT', 'SE', 'NL', 'US']), segment: null, isKeyAccount: null, tier: null });
  }
  for (let i = 1; i <= size.partners; i++) {
    allies.push({ id: `prt-${i}`, name: i <= ALLIES.length ? ALLIES[i - 1] : `${ALLIES[(i - 1) % ALLIES.length]} ${Math.ceil(i / ALLIES.length)}`, kind: 'PARTNER', unitLevel: 'GROUP', country: r.pick(['DE', 'SE', 'NL', 'PL']), segment: null, isKeyAccount: null, tier: null });
  }
  g.companies.push(...rivals, ...allies);

  // --- our share of each group's wallet last year (docs/plans.md "Our share"), and the families it bought
  const lastYear = String(year - 1);
  const revenue = new Map<string, number>();
  const familyRevenue = new Map<string, Map<string, number>>();
  const familyOf = new Map((g.products ?? []).map((p) => [p.id, p.family]));
  for (const s of g.sales ?? []) {
    if (!s.period.startsWith(lastYear)) continue;
    const root = rootOf(s.accountId);
    revenue.set(root, (revenue.get(root) ?? 0) + s.revenue);
    const f = familyRevenue.get(root) ?? new Map<string, number>();
    const fam = familyOf.get(s.productId)!;
    f.set(fam, (f.get(fam) ?? 0) + s.revenue);
    familyRevenue.set(root, f);
  }
  const wallet = new Map((g.potentials ?? []).filter((p) => p.walletEstimate !== null).map((p) => [p.companyId, p.walletEstimate!]));
  const ourShare = (id: string) => (wallet.has(id) ? Math.min(1, (revenue.get(id) ?? 0) / wallet.get(id)!) : 0);
  const familiesOf = (id: string) => [...(familyRevenue.get(id) ?? new Map()).entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);

  // --- positions: one to three areas per group with one or two competitors each, shares leaving room for ours
  const competesAt: CompetitorLinkData[] = [];
  const partnersAt: PartnerLinkData[] = [];
  if (rivals.length) for (const group of groups) {
    const families = familiesOf(group.id);
    const areas = (families.length ? families : ['Seals', 'Pumps', 'Drives']).slice(0, r.int(1, 3));
    const room = Math.max(0, 1 - ourShare(group.id));
    for (const area of areas) {
      const n = r.int(1, 2);
      const picked = new Set<string>();
      let left = room * (0.6 + 0.3 * r.next());
      for (let k = 0; k < n; k++) {
        const rival = r.pick(rivals);
        if (picked.has(rival.id)) continue;
        picked.add(rival.id);
        const share = r.chance(0.2) ? null : round2(left * (k === n - 1 ? 1 : 0.4 + 0.4 * r.next()));
        if (share !== null) left = Math.max(0, left - share);
        competesAt.push({ companyId: rival.id, accountId: group.id, area, estimatedShare: share });
      }
    }
  }
  if (allies.length) for (const group of groups) {
    if (!r.chance(0.5)) continue;
    const picked = new Set<string>();
    for (let k = r.int(1, 2); k > 0; k--) {
      const ally = r.pick(allies);
      if (picked.has(ally.id)) continue;
      picked.add(ally.id);
      partnersAt.push({ companyId: ally.id, accountId: group.id, area: r.pick(PARTNER_AREAS) });
    }
  }
  g.competesAt = competesAt;
  g.partnersAt = partnersAt;

  // --- negotiators: a team member of ours negotiates at about half of the key accounts; at the first one, our top
  // executive (who has no manager: no level is left to call in, so the ladder is flagged)
  const managed = new Set(g.reportsTo.map((x) => x.personId));
  const top = g.people.find((p) => ours(p.id) && !managed.has(p.id) && p.active);
  // Indexed once, in row order: a scan per key account made scale XL's plans quadratic (15,000 key accounts ×
  // 200,000 team rows, most of a 15-minute generation). teamOf's rows are the onTeam rows themselves.
  const teams = groupBy(g.onTeam, (t) => t.companyId);
  const teamOf = (id: string) => teams.get(id) ?? [];
  // our top executive negotiates at the first key account where they are not its KAM already (a KAM stays one)
  const topAt = top ? keys.find((c) => !teamOf(c.id).some((t) => t.personId === top.id && t.role === 'KAM'))?.id : undefined;
  keys.forEach((group) => {
    const team = teamOf(group.id);
    if (top && group.id === topAt) {
      const row = team.find((t) => t.personId === top.id);
      if (row) row.role = 'NEGOTIATOR';
      else {
        const added: GeneratedGraph['onTeam'][number] = { personId: top.id, companyId: group.id, role: 'NEGOTIATOR' };
        g.onTeam.push(added);
        teams.set(group.id, [...team, added]);
      }
      return;
    }
    if (!r.chance(0.5)) return;
    const candidates = team.filter((t) => t.role !== 'KAM' && people.get(t.personId)?.active);
    if (candidates.length) r.pick(candidates).role = 'NEGOTIATOR';
  });

  // --- who holds whom (typed KNOWS and shared interactions), to find key people held by one of ours only
  const holders = new Map<string, Set<string>>();
  const hold = (contact: string, person: string) => { const s = holders.get(contact) ?? new Set<string>(); s.add(person); holders.set(contact, s); };
  const cutoff = now - 300 * DAY;
  const effective = new Set<string>();
  for (const k of g.knows) {
    hold(k.toId, k.fromId);
    if (k.strength >= 0.45 && k.lastContactAt && Date.parse(`${k.lastContactAt}T00:00:00Z`) >= cutoff) effective.add(`${k.fromId}|${k.toId}`);
  }
  for (const i of g.interactions ?? []) {
    const us = i.participantIds.filter(ours);
    for (const c of i.participantIds) if (!ours(c)) for (const u of us) hold(c, u);
  }
  const soleHeld = (id: string) => {
    const h = holders.get(id);
    return h !== undefined && h.size === 1 && effective.has(`${[...h][0]}|${id}`);
  };

  // --- plans for most key accounts (the last one or two have none), several versions each
  const contactsOf = new Map<string, PersonRecord[]>();
  for (const p of g.people) {
    const e = employer.get(p.id);
    if (!e || ours(p.id) || !p.active) continue;
    const root = rootOf(e);
    const list = contactsOf.get(root);
    if (list) list.push(p);
    else contactsOf.set(root, [p]);
  }
  const plans: PlanVersionData[] = [];
  const activities: ActivityData[] = [];
  const withoutPlan = Math.max(1, Math.round(keys.length * 0.12));
  const planned = keys.slice(0, keys.length - withoutPlan);
  // the single-threaded one: the first planned account with three decision makers each held by one of ours only
  const single = planned.find((c) => (contactsOf.get(c.id) ?? []).filter((p) => isDm(p) && soleHeld(p.id)).length >= 3)?.id ?? null;
  let act = 0;
  const competesBy = groupBy(competesAt, (x) => x.accountId);
  const partnersBy = groupBy(partnersAt, (x) => x.accountId);
  const turnoverOf = new Map<string, number | null>();
  for (const p of g.potentials ?? []) if (!turnoverOf.has(p.companyId)) turnoverOf.set(p.companyId, p.annualTurnover); // the first, as find() took
  const targeted = new Map<string, Set<string>>();
  planned.forEach((group, k) => {
    const contacts = contactsOf.get(group.id) ?? [];
    const dms = contacts.filter(isDm);
    const keyPeople = group.id === single
      ? dms.filter((p) => soleHeld(p.id)).slice(0, 3)
      : [...dms].sort(() => r.next() - 0.5).slice(0, r.int(2, 4));
    const rivalsHere = [...new Set((competesBy.get(group.id) ?? []).map((x) => x.companyId))];
    const alliesHere = [...new Set((partnersBy.get(group.id) ?? []).map((x) => x.companyId))];
    const families = familiesOf(group.id);
    const fam = familyRevenue.get(group.id) ?? new Map<string, number>();
    // a third are incomplete (some sections never written); one in five stale (the newest version months old)
    const incomplete = k % 3 === 1;
    const stale = k % 5 === 2;
    const versions = r.int(2, 4);
    const newest = midnight - (stale ? r.int(110, 260) : r.int(1, 60)) * DAY;
    const first = newest - (versions - 1) * r.int(15, 45) * DAY;
    const kam = teamOf(group.id).find((t) => t.role === 'KAM')?.personId ?? null;
    let s: PlanSections = emptySections();
    for (let v = 1; v <= versions; v++) {
      s = normaliseSections(s);
      if (v === 1) {
        s.business = {
          market: `${group.segment ?? 'Industrial'} in ${group.country ?? 'Europe'}`, customers: r.chance(0.7) ? 'Retail chains and OEMs' : null,
          geography: r.chance(0.8) ? `${group.country ?? 'EU'} and neighbouring markets` : null, offerings: r.chance(0.5) ? 'Own brands and private label' : null,
          strategy: r.pick(STRATEGIES),
        };
        s.keyPeople = keyPeople.map((p) => ({ id: p.id, note: r.pick([null, 'sponsor of the framework agreement', 'sceptical after last year\'s delays', 'new in the role', 'decides on the budget']) }));
        s.roleToday = r.pick(ROLES.slice(0, 3));
      }
      if (v === 2 || versions === 1) {
        const turnover = turnoverOf.get(group.id) ?? null;
        if (!incomplete && turnover !== null) s.results = [year - 2, year - 1].map((y, i) => ({ year: y, turnover: Math.round(turnover * (0.93 + 0.07 * i)), operatingProfit: Math.round(turnover * (0.04 + 0.06 * r.next())) }));
        s.challenges = (incomplete ? [] : [...CHALLENGES].sort(() => r.next() - 0.5).slice(0, r.int(1, 3))).map(([challenge, howWeCanHelp]) => ({ challenge, howWeCanHelp }));
        s.competitors = rivalsHere.slice(0, 2).map((id) => ({ id, note: r.pick([null, 'undercuts on price in tenders', 'strong with the plant engineers']) }));
      }
      if (v === versions) {
        if (!incomplete) {
          s.targets = families.slice(0, r.int(1, 3)).map((family) => {
            const last = fam.get(family) ?? 0;
            return { family, revenue: Math.round(last * (1.05 + 0.15 * r.next())), volume: null };
          });
          s.roleNextYear = ROLES[Math.min(3, ROLES.indexOf(s.roleToday ?? 'VENDOR') + 1)];
          s.partners = alliesHere.slice(0, 1).map((id) => ({ id, note: 'installs and services at the sites' }));
        }
        if (v > 1 && keyPeople.length > 1 && group.id !== single && r.chance(0.4)) s.keyPeople = s.keyPeople.slice(0, -1); // a key person dropped
      }
      if (v === versions) targeted.set(group.id, new Set(s.targets.map((t) => t.family)));
      plans.push({
        planId: planId(group.id, year), accountId: group.id, year, version: v,
        updatedAt: iso(first + (newest - first) * (versions === 1 ? 1 : (v - 1) / (versions - 1)) + r.int(8, 17) * 3_600_000),
        updatedBy: kam, sections: normaliseSections(s),
      });
    }
    // activities: owned by team members of ours, due around today; past ones mostly done, a few overdue
    const owners = teamOf(group.id).map((t) => t.personId).filter((id) => people.get(id)?.active);
    if (owners.length && !(incomplete && k % 2 === 0)) {
      for (let n = r.int(2, 5); n > 0; n--) {
        const due = now + r.int(-70, 120) * DAY;
        const past = due < now;
        const status: ActivityStatus = past ? r.weighted([['DONE', 6], ['OPEN', 3], ['CANCELLED', 1]] as const) : r.chance(0.9) ? 'OPEN' : 'CANCELLED';
        activities.push({ id: `act-${++act}`, planId: planId(group.id, year), addedIn: r.int(1, versions), title: r.pick(ACTIVITY_TITLES), dueAt: date(due), status, ownerId: r.pick(owners) });
      }
    }
  });
  g.plans = plans;
  g.activities = activities;

  // this year's sales to date, so that the plans' targets and sales have a current year: the planned accounts'
  // purchases month by month as last year's same month, grown or shrunk per account (the commercial generator writes
  // the two last complete years only, and the queries it documents default to the last one). Demo and S only: at M
  // and above the sales' volume stays the commercial benchmark's (docs/commercial.md "Speed")
  if (scale !== 'demo' && scale !== 'S') return;
  const month = today.getUTCMonth(); // the months before this one are complete
  const growth = new Map(planned.map((c) => [c.id, 0.8 + 0.45 * r.next()]));
  const extra: NonNullable<GeneratedGraph['sales']> = [];
  for (const x of g.sales ?? []) {
    if (!x.period.startsWith(`${lastYear}-`)) continue;
    const m = Number(x.period.slice(5, 7));
    if (m > month) continue;
    const root = rootOf(x.accountId);
    if (!targeted.has(root)) continue;
    const f = growth.get(root)! * (0.9 + 0.2 * r.next());
    const volume = Math.max(1, Math.round(x.volume * f));
    const k = volume / x.volume;
    extra.push({
      accountId: x.accountId, productId: x.productId, period: `${year}-${x.period.slice(5, 7)}`, revenue: round2(x.revenue * k), volume,
      listRevenue: x.listRevenue === null ? null : round2(x.listRevenue * k), contributionMargin: x.contributionMargin === null ? null : round2(x.contributionMargin * k),
    });
  }
  g.sales = [...(g.sales ?? []), ...extra];
}

/** rows by key, each list in row order */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

function isDm(p: PersonRecord): boolean {
  return p.buyingRole === 'DECISION_MAKER' || p.buyingRole === 'ECONOMIC_BUYER';
}
