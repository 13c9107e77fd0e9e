import type { CompanyPotential, CompanyRecord, ProductRecord, SaleRecord } from '../domain/records.js';
import { unitTree } from './tree.js';
import { monthIndex, monthLabel } from '../domain/period.js';
import type { GeneratedGraph, ScaleName } from './generate.js';

/** The seeded generator's interface (generate.ts `rng`). */
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

/**
 * Sizes of the commercial part per scale: products in the catalogue,
 * (unit, product) pairs a group buys on average, and KAMs made overloaded.
 * At M: 500 products, ~325 pairs × 200 groups × 24 months × 85 %, less what new products miss: ≈ 1.0M sales.
 */
export const COMMERCIAL_SCALES: Record<ScaleName, { products: number; pairsPerGroup: number; overloadedKams: number; partTimeKams: number; withoutKam: number }> = {
  demo: { products: 40, pairsPerGroup: 18, overloadedKams: 1, partTimeKams: 1, withoutKam: 1 },
  S: { products: 120, pairsPerGroup: 60, overloadedKams: 2, partTimeKams: 2, withoutKam: 1 },
  M: { products: 500, pairsPerGroup: 325, overloadedKams: 4, partTimeKams: 6, withoutKam: 3 },
  L: { products: 500, pairsPerGroup: 60, overloadedKams: 20, partTimeKams: 40, withoutKam: 20 },
  XL: { products: 500, pairsPerGroup: 4, overloadedKams: 100, partTimeKams: 200, withoutKam: 100 },
};

const FAMILIES = ['Fasteners', 'Adhesives', 'Seals', 'Bearings', 'Filters', 'Pumps', 'Valves', 'Sensors', 'Drives', 'Coatings', 'Tools', 'Services'];
const ADJECTIVES = ['Pro', 'Max', 'Eco', 'Flex', 'Prime', 'Ultra', 'Core', 'Nova'];
/** months of sales: the two last complete calendar years */
const MONTHS = 24;
/** chance that a pair buys in a given month */
const BUY = 0.85;

const round2 = (x: number) => Math.round(x * 100) / 100;
const day = (base: Date, minusDays: number) => new Date(base.getTime() - minusDays * 86_400_000).toISOString().slice(0, 10);

/**
 * The commercial part of a generated graph (docs/commercial.md "Demo
 * data"), from its own seeded stream so the rest of the graph stays as it
 * was: a product catalogue (families, launch dates — a quarter launched in
 * the last two years — and list prices); monthly sales over the two last
 * complete years with Pareto-distributed revenue across the customer groups
 * (a few carry most of it), bought by the groups and their units, each group
 * buying from a few families its segment favours; discounts that grow with
 * the customer's size, with a few small customers getting better prices than
 * bigger ones (price exposure); margins the discounts eat into, so some big
 * accounts are thin; wallet estimates for two thirds of the groups and some
 * units; annual turnover and image for most groups; and a few overloaded,
 * part-time and missing KAMs on the account teams (extra ON_TEAM rows).
 */
export function generateCommercial(g: GeneratedGraph, scale: ScaleName, r: Rng, today: Date): void {
  const size = COMMERCIAL_SCALES[scale];
  const lastYear = today.getUTCFullYear() - 1;
  const firstMonth = monthIndex(lastYear - 1, 1);
  const normal = () => Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());

  // --- the catalogue: products in families, a cost ratio per family
  const costRatio = new Map(FAMILIES.map((f) => [f, 0.45 + 0.25 * r.next()]));
  const products: (ProductRecord & { launchMonth: number; family: string })[] = [];
  for (let i = 1; i <= size.products; i++) {
    const family = FAMILIES[(i - 1) % FAMILIES.length];
    const recent = r.chance(0.25);
    const launchedAt = day(today, recent ? r.int(30, 720) : r.int(760, 4000));
    products.push({
      id: `P${String(i).padStart(4, '0')}`, name: `${family.replace(/s$/, '')} ${r.pick(ADJECTIVES)} ${i}`, family,
      launchedAt, listPrice: round2(Math.exp(3.5 + normal())), launchMonth: monthIndex(Number(launchedAt.slice(0, 4)), Number(launchedAt.slice(5, 7))),
    });
  }
  g.products = products.map(({ launchMonth: _m, ...p }) => p);
  const byFamily = new Map<string, typeof products>();
  for (const p of products) byFamily.set(p.family, [...(byFamily.get(p.family) ?? []), p]);

  // --- customer groups and their units
  const units = new Map<string, CompanyRecord[]>();
  const { parent, rootOf } = unitTree(g);
  const groups = g.companies.filter((c) => c.kind === 'CUSTOMER' && !parent.has(c.id));
  for (const c of g.companies) if (c.kind === 'CUSTOMER') {
    const root = rootOf(c.id);
    units.set(root, [...(units.get(root) ?? []), c]);
  }
  // Pareto weights (α ≈ 1.16: 80/20), capped so one group never takes everything
  const weights = groups.map(() => Math.min(60, Math.pow(1 - r.next(), -1 / 1.16)));
  const sortedW = [...weights].sort((a, b) => a - b);
  const median = sortedW[Math.floor(sortedW.length / 2)];
  const rankOf = new Map([...weights.keys()].sort((a, b) => weights[a] - weights[b]).map((gi, k) => [gi, groups.length > 1 ? k / (groups.length - 1) : 0.5]));
  // segments favour families: each segment's weight per family
  const segmentTaste = new Map<string, number[]>();
  const taste = (segment: string | null) => {
    const key = segment ?? '';
    let t = segmentTaste.get(key);
    if (!t) segmentTaste.set(key, (t = FAMILIES.map(() => Math.pow(r.next(), 2))));
    return t;
  };

  const sales: SaleRecord[] = [];
  const potentials: CompanyPotential[] = [];
  const yearRevenue = new Map<string, number>();
  groups.forEach((group, gi) => {
    const w = weights[gi];
    const rank = rankOf.get(gi)!;
    const yearly = 1_000_000 * (w / median);
    const growth = 0.04 + 0.12 * normal();
    // bigger customers: more families, more products, larger discounts; a few small ones get better prices still
    const families = Math.max(2, Math.min(FAMILIES.length, Math.round(2 + 9 * rank + 2 * r.next())));
    const t = taste(group.segment);
    const chosen = [...FAMILIES.keys()].sort((a, b) => t[b] * (0.5 + r.next()) - t[a] * (0.5 + r.next())).slice(0, families).map((k) => FAMILIES[k]);
    const pairs = Math.max(3, Math.round(size.pairsPerGroup * (0.5 + rank)));
    const outlier = rank < 0.5 && r.chance(0.12);
    const discount = outlier ? 0.25 + 0.12 * r.next() : 0.03 + 0.1 * rank + 0.14 * r.next();
    const members = units.get(group.id) ?? [group];
    const seen = new Set<string>();
    const perPair = yearly / 12 / pairs;
    for (let k = 0; k < pairs * 2 && seen.size < pairs; k++) {
      const family = r.pick(chosen);
      const product = r.pick(byFamily.get(family)!);
      const unit = r.pick(members);
      const key = `${unit.id}|${product.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const net = product.listPrice! * (1 - Math.min(0.45, discount + 0.03 * r.next()));
      const cost = product.listPrice! * costRatio.get(family)!;
      const scaleOfPair = Math.exp(0.6 * normal()) * perPair;
      const listed = r.chance(0.9);
      for (let m = 0; m < MONTHS; m++) {
        const month = firstMonth + m;
        if (month < product.launchMonth || !r.chance(BUY)) continue;
        const season = 1 + 0.15 * Math.sin((2 * Math.PI * (month % 12)) / 12);
        const trend = m >= 12 ? 1 + growth : 1;
        const volume = Math.max(1, Math.round((scaleOfPair * season * trend * (0.8 + 0.4 * r.next())) / net));
        const revenue = round2(volume * net);
        sales.push({
          accountId: unit.id, productId: product.id, period: monthLabel(month), revenue, volume,
          listRevenue: listed ? round2(volume * product.listPrice!) : null, contributionMargin: round2(revenue - volume * cost),
        });
        if (m >= 12) yearRevenue.set(group.id, (yearRevenue.get(group.id) ?? 0) + revenue);
      }
    }
  });
  g.sales = sales;

  // --- potential inputs: wallet estimates for two thirds of the groups (and some units), turnover and image for most
  for (const group of groups) {
    const revenue = yearRevenue.get(group.id) ?? 0;
    const wallet = revenue > 0 && r.chance(0.65) ? Math.round(revenue / (0.1 + 0.6 * r.next())) : null;
    const turnover = r.chance(0.85) ? Math.round((wallet ?? revenue / 0.35) / (0.01 + 0.04 * r.next())) : null;
    const image = r.chance(0.8) ? Math.min(5, Math.max(1, Math.round(3 + 1.1 * normal()))) : null;
    if (wallet !== null || turnover !== null || image !== null) potentials.push({ companyId: group.id, annualTurnover: turnover, image, walletEstimate: wallet });
    if (wallet !== null) {
      for (const u of units.get(group.id) ?? []) {
        if (u.id === group.id || u.unitLevel !== 'REGIONAL' || !r.chance(0.4)) continue;
        potentials.push({ companyId: u.id, annualTurnover: null, image: null, walletEstimate: Math.round(wallet / (2 + 2 * r.next())) });
      }
    }
  }
  g.potentials = potentials;

  // --- KAM load: some KAMs overloaded (extra key accounts), some part-time (a non-key account too), some key accounts without a KAM
  const onTeam = new Set(g.onTeam.map((t) => `${t.personId}|${t.companyId}`));
  const kamOf = new Map(g.onTeam.filter((t) => t.role === 'KAM').map((t) => [t.companyId, t.personId]));
  const keys = groups.filter((c) => c.isKeyAccount === true);
  const others = groups.filter((c) => c.isKeyAccount !== true);
  const kams = [...new Set(keys.map((c) => kamOf.get(c.id)).filter((x): x is string => !!x))];
  const addKam = (personId: string, companyId: string) => {
    if (onTeam.has(`${personId}|${companyId}`)) return false;
    onTeam.add(`${personId}|${companyId}`);
    g.onTeam.push({ personId, companyId, role: 'KAM' });
    return true;
  };
  // the last key accounts lose their KAM first (the KAM stays on the team, as a specialist)
  const noKam = new Set(keys.slice(-size.withoutKam).map((c) => c.id));
  for (const t of g.onTeam) if (noKam.has(t.companyId) && t.role === 'KAM') t.role = 'SPECIALIST';
  const open = keys.filter((c) => !noKam.has(c.id));
  for (let k = 0; k < size.overloadedKams && k < kams.length; k++) {
    const kam = kams[k];
    let load = open.filter((c) => kamOf.get(c.id) === kam).length;
    const target = 6 + r.int(0, 2);
    for (let tries = 0; load < target && tries < open.length * 2; tries++) if (addKam(kam, r.pick(open).id)) load++;
  }
  for (let k = 0; k < size.partTimeKams && others.length; k++) {
    const kam = kams[kams.length - 1 - k];
    if (kam) addKam(kam, r.pick(others).id);
  }
}
