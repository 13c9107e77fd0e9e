import type { GraphData } from '../domain/graph-data.js';
import { generateActivity, generateSignals } from './activity.js';
import { generateCommercial } from './commercial.js';
import { generatePlans } from './plans.js';
import type { CompanyRecord, PersonRecord } from '../domain/records.js';
import {
  ATTITUDES, FUNCTIONS, type BuyingRole, type DecisionLevel, type PersonFunction, type UnitLevel,
} from '../domain/enums.js';

/** Sizes of generated graphs. `demo` is what `npm start` serves; S to XL are benchmark sizes. */
export const SCALES = {
  demo: { groups: 8, contactsPerGroup: 37, ours: 40, knowsPerContact: 2.5, teamSize: 5 },
  S: { groups: 20, contactsPerGroup: 250, ours: 200, knowsPerContact: 9, teamSize: 8 },
  M: { groups: 200, contactsPerGroup: 250, ours: 2000, knowsPerContact: 9, teamSize: 10 },
  L: { groups: 2000, contactsPerGroup: 250, ours: 20000, knowsPerContact: 9, teamSize: 10 },
  // 5M contacts, ~25M KNOWS: knowsPerContact is the mean of a capped exponential, deduplicated over
  // holders (mostly the 10-person team), so 8.6 gives ~5.0 KNOWS per contact. ~7 GiB of JS heap to
  // generate (10× L): run with --max-old-space-size (the bench script sets it).
  XL: { groups: 20000, contactsPerGroup: 250, ours: 200000, knowsPerContact: 8.6, teamSize: 10 },
} as const;
export type ScaleName = keyof typeof SCALES;

/** What to generate besides the organisation and its relationships. */
export interface GenerateOptions {
  /** interactions behind the relationships (default true; tests of other things may leave them out) */
  activity?: boolean;
  /** products, sales and potentials (default true; `npm run bench -- --graph-only` leaves them out) */
  commercial?: boolean;
}

/** The organisation and its relationships only: no interactions, signals or sales (the benchmark's `--graph-only`). */
export const GRAPH_ONLY: GenerateOptions = Object.freeze({ activity: false, commercial: false });

/** A generated graph: the rows of every node and relationship type. */
export type GeneratedGraph = GraphData;

/** mulberry32: a small, fast, seeded PRNG, so every run with the same seed builds the same graph. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
    weighted: <T>(pairs: readonly (readonly [T, number])[]): T => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of pairs) if ((r -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
  };
}

const FIRST = ['Anna', 'Ben', 'Clara', 'David', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Lars', 'Mia', 'Noah', 'Olga', 'Paul', 'Rosa', 'Sven', 'Tara', 'Umut', 'Vera', 'Wim', 'Yara', 'Zoe', 'Aiko', 'Bruno', 'Chloé', 'Dario', 'Eva', 'Felix'];
const LAST = ['Keller', 'Novak', 'Rossi', 'Schmidt', 'Dubois', 'Jansen', 'Nowak', 'Silva', 'Berg', 'Lindqvist', 'Moreau', 'Fischer', 'Costa', 'Horvat', 'Meier', 'Varga', 'Olsen', 'Weber', 'Brandt', 'Kovacs', 'Peeters', 'Lopez', 'Yilmaz', 'Haas', 'Ito'];
const FIRMS = ['Nordhafen', 'Alpenwerk', 'Baltica', 'Rheinstahl', 'Ligurian', 'Danubia', 'Iberpack', 'Celtic', 'Vistula', 'Adriatic', 'Helvetia', 'Fjordline'];
const SECTORS = ['Logistics', 'Chemicals', 'Foods', 'Automotive', 'Pharma', 'Retail', 'Energy', 'Machinery'];
const COUNTRIES = ['DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'SE', 'AT', 'CH', 'CZ'];
const REGIONS = ['North', 'South', 'East', 'West'];

const LEVEL_OF: Record<UnitLevel, DecisionLevel> = { GROUP: 'CENTRAL', REGIONAL: 'REGIONAL', LOCAL: 'LOCAL' };
const ROLE_WEIGHTS: readonly (readonly [BuyingRole | null, number])[] = [
  ['DECISION_MAKER', 7], ['ECONOMIC_BUYER', 4], ['TECHNICAL_BUYER', 10], ['INFLUENCER', 14],
  ['CHAMPION', 5], ['GATEKEEPER', 5], ['USER', 30], [null, 25],
];
const OUR_FUNCTIONS: readonly (readonly [PersonFunction, number])[] = [
  ['SALES', 35], ['SERVICE', 15], ['EXECUTIVE', 6], ['RND', 10], ['OPERATIONS', 10], ['FINANCE', 6], ['MARKETING', 8], ['LEGAL', 4], ['IT', 6],
];

const day = (base: Date, minusDays: number) => new Date(base.getTime() - minusDays * 86_400_000).toISOString().slice(0, 10);
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A seeded, deterministic KAM graph (DESIGN §2): a supplier with units and
 * its people; customer groups of central / regional / local units with
 * contacts, reporting trees, informal influence, account teams and KNOWS
 * coverage in which some decision makers are single-threaded, some uncovered,
 * some relationships weak or stale. `today` anchors every date.
 */
export function generateGraph(scale: ScaleName = 'demo', seed = 42, today = new Date(), options: GenerateOptions = {}): GeneratedGraph {
  const size = SCALES[scale];
  const r = rng(seed);
  const g: GeneratedGraph = { companies: [], people: [], worksAt: [], partOf: [], reportsTo: [], influences: [], knows: [], onTeam: [] };
  let pid = 0;
  const person = (fn: PersonFunction | null, extra: Partial<PersonRecord>, domain: string): PersonRecord => {
    const first = r.pick(FIRST);
    const last = r.pick(LAST);
    const id = `${extra.id ?? 'p'}-${++pid}`;
    const p: PersonRecord = {
      id, name: `${first} ${last}`,
      email: `${first}.${last}.${pid}@${domain}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      title: null, function: fn, decisionLevel: null, buyingRole: null, attitude: null, active: true, leftAt: null, ...extra,
    };
    p.id = id;
    g.people.push(p);
    return p;
  };
  const since = () => day(today, r.int(200, 3000));

  // --- the supplier (us)
  const sup: CompanyRecord = { id: 'sup', name: 'Kamtec Group', kind: 'SUPPLIER', unitLevel: 'GROUP', country: 'DE', segment: 'Industrial supplies', isKeyAccount: false, tier: null };
  g.companies.push(sup);
  const supUnits = REGIONS.slice(0, 3).map((reg, i): CompanyRecord => ({ ...sup, id: `sup-${i + 1}`, name: `Kamtec ${reg}`, unitLevel: 'REGIONAL' }));
  for (const u of supUnits) { g.companies.push(u); g.partOf.push({ unitId: u.id, parentId: sup.id }); }
  const ours: PersonRecord[] = [];
  for (let i = 0; i < size.ours; i++) {
    const fn = i === 0 ? 'EXECUTIVE' : r.weighted(OUR_FUNCTIONS);
    const p = person(fn, { id: 'u', title: fn === 'SALES' ? 'Key Account Manager' : `${fn.toLowerCase()} specialist` }, 'kamtec.example');
    const unit = i < 4 ? sup : r.pick(supUnits);
    g.worksAt.push({ personId: p.id, companyId: unit.id, title: p.title, since: since() });
    if (i > 0) g.reportsTo.push({ personId: p.id, managerId: ours[i < 4 ? 0 : r.int(0, Math.min(i - 1, Math.max(3, Math.floor(i / 5))))].id, since: since() });
    ours.push(p);
  }

  // computed once: per-group scans of these grew quadratically with the number of groups (scale XL)
  const salesOfOurs = ours.filter((o) => o.function === 'SALES');
  const parentOf = new Map<string, string>();

  // --- customer groups
  for (let gi = 1; gi <= size.groups; gi++) {
    const firm = `${FIRMS[(gi - 1) % FIRMS.length]} ${SECTORS[Math.floor((gi - 1) / FIRMS.length) % SECTORS.length]}`;
    const domain = `${firm.replace(/\s+/g, '').toLowerCase()}${gi}.example`;
    const country = r.pick(COUNTRIES);
    const group: CompanyRecord = {
      id: `g${gi}`, name: gi > FIRMS.length * SECTORS.length ? `${firm} ${gi}` : `${firm} Group`, kind: 'CUSTOMER', unitLevel: 'GROUP',
      country, segment: SECTORS[(gi - 1) % SECTORS.length], isKeyAccount: r.chance(0.75), tier: r.pick(['A', 'A', 'B', 'C']),
    };
    g.companies.push(group);
    const units: CompanyRecord[] = [group];
    const regions = REGIONS.slice(0, r.int(2, 3));
    for (const [ri, reg] of regions.entries()) {
      const ru: CompanyRecord = { ...group, id: `${group.id}-r${ri + 1}`, name: `${firm} ${reg}`, unitLevel: 'REGIONAL', country: r.pick(COUNTRIES) };
      g.companies.push(ru); g.partOf.push({ unitId: ru.id, parentId: group.id }); parentOf.set(ru.id, group.id); units.push(ru);
      for (let li = 1; li <= r.int(1, 2); li++) {
        const lu: CompanyRecord = { ...ru, id: `${ru.id}-l${li}`, name: `${firm} ${reg} Site ${li}`, unitLevel: 'LOCAL' };
        g.companies.push(lu); g.partOf.push({ unitId: lu.id, parentId: ru.id }); parentOf.set(lu.id, ru.id); units.push(lu);
      }
    }
    // contacts spread over units: ~20% central, ~30% regional, ~50% local
    const byUnit = new Map<string, PersonRecord[]>(units.map((u) => [u.id, []]));
    const contacts: PersonRecord[] = [];
    const level = (u: CompanyRecord) => u.unitLevel as UnitLevel;
    const pools: Record<UnitLevel, CompanyRecord[]> = { GROUP: [], REGIONAL: [], LOCAL: [] };
    for (const u of units) pools[level(u)].push(u);
    for (let ci = 0; ci < size.contactsPerGroup; ci++) {
      // every unit gets a head first, then the rest by weight
      const unit = ci < units.length ? units[ci] : r.pick(pools[r.weighted([['GROUP', 20], ['REGIONAL', 30], ['LOCAL', 50]] as const)]);
      const members = byUnit.get(unit.id)!;
      const isHead = members.length === 0;
      const left = !isHead && r.chance(0.03);
      const fn = isHead ? 'EXECUTIVE' : r.pick(FUNCTIONS);
      const p = person(fn, {
        id: `${group.id}-p`,
        decisionLevel: LEVEL_OF[level(unit)],
        buyingRole: isHead ? 'DECISION_MAKER' : r.weighted(ROLE_WEIGHTS),
        attitude: r.chance(0.8) ? r.pick(ATTITUDES) : null,
        title: isHead ? `Managing Director ${unit.name}` : `${fn.toLowerCase()} ${r.pick(['lead', 'manager', 'specialist', 'head'])}`,
        active: !left,
        leftAt: left ? day(today, r.int(10, 300)) : null,
      }, domain);
      g.worksAt.push({ personId: p.id, companyId: unit.id, title: p.title, since: since() });
      if (!isHead) g.reportsTo.push({ personId: p.id, managerId: members[Math.floor(Math.pow(r.next(), 2) * members.length)].id, since: since() });
      else if (unit !== group) {
        const parentUnit = parentOf.get(unit.id)!;
        g.reportsTo.push({ personId: p.id, managerId: byUnit.get(parentUnit)![0].id, since: since() });
      }
      members.push(p);
      contacts.push(p);
    }
    // informal influence inside the group; a few low-ranked people sway many (hidden influencers)
    const hidden = new Set<string>();
    for (let h = 0; h < Math.max(1, Math.round(contacts.length / 40)); h++) hidden.add(r.pick(contacts.slice(units.length)).id);
    for (const p of contacts) {
      const n = hidden.has(p.id) ? r.int(4, 8) : r.weighted([[0, 40], [1, 35], [2, 18], [3, 7]] as const);
      const seen = new Set<string>([p.id]);
      for (let k = 0; k < n; k++) {
        const target = hidden.has(p.id) && r.chance(0.7)
          ? r.pick(contacts.filter((c) => c.buyingRole === 'DECISION_MAKER' || c.buyingRole === 'ECONOMIC_BUYER'))
          : r.pick(contacts);
        if (!target || seen.has(target.id)) continue;
        seen.add(target.id);
        g.influences.push({ fromId: p.id, toId: target.id, strength: round2(0.2 + 0.8 * r.next()), note: null, since: since() });
      }
    }
    // the account team and its relationships
    const team: PersonRecord[] = [];
    const kamPool = salesOfOurs;
    const kam = r.pick(kamPool.length ? kamPool : ours);
    team.push(kam);
    g.onTeam.push({ personId: kam.id, companyId: group.id, role: 'KAM' });
    while (team.length < size.teamSize) {
      const o = r.pick(ours);
      if (team.includes(o)) continue;
      team.push(o);
      g.onTeam.push({ personId: o.id, companyId: group.id, role: r.pick(['EXECUTIVE_SPONSOR', 'SERVICE_LEAD', 'PROJECT_LEAD', 'SPECIALIST'] as const) });
    }
    for (const c of contacts) {
      const dm = c.buyingRole === 'DECISION_MAKER' || c.buyingRole === 'ECONOMIC_BUYER';
      const mean = size.knowsPerContact * (dm ? 1.3 : 1);
      const n = Math.min(team.length + 3, Math.floor(-Math.log(1 - r.next()) * mean));
      const holders = new Set<PersonRecord>();
      for (let k = 0; k < n; k++) holders.add(r.chance(0.8) ? r.pick(team) : r.pick(ours));
      for (const h of holders) {
        const stale = r.chance(0.15);
        g.knows.push({
          fromId: h.id, toId: c.id,
          strength: round2(r.chance(0.15) ? 0.05 + 0.2 * r.next() : 0.3 + 0.7 * r.next()),
          lastContactAt: r.chance(0.05) ? null : day(today, stale ? r.int(366, 900) : r.int(1, 330)),
          since: since(),
        });
      }
    }
  }
  // interactions behind the relationships (DESIGN §4), from their own seeded stream so the graph above stays as it was
  if (options.activity !== false) {
    g.interactions = generateActivity(g, rng(seed ^ 0x5eed), today);
    g.signals = generateSignals(g, rng(seed ^ 0x516), today);
  }
  // products, sales, potential inputs and KAM load (docs/commercial.md "Demo data"), from their own seeded stream
  if (options.commercial !== false) generateCommercial(g, scale, rng(seed ^ 0xc0ffee), today);
  // competitors, partners, negotiators, key-account plans and activities (docs/plans.md "Demo data"), from their own seeded stream
  generatePlans(g, scale, rng(seed ^ 0x91a7), today);
  return g;
}
