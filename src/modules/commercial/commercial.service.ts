/**
 * DESIGN §5 "Commercial portfolio" (docs/commercial.md): each query is one
 * method here, citing the section of docs/commercial.md it computes. Reads go
 * through the caller's scoped read model (docs/access.md): a scoped caller's
 * portfolio is the accounts it can see, and its shares are of their revenue.
 */
import { positiveInt, unitInterval } from '../../common/validate.js';
import { parsePeriod, previousWindow, windowLabel, type PeriodWindow } from '../../domain/period.js';
import type { CompanyPotential, CompanyRecord, PersonRecord, ProductRecord } from '../../domain/records.js';
import { rootIndex } from '../../domain/terms.js';
import { badInput, notFound } from '../../errors.js';
import { commercialGraph, type CommercialGraph, type ReadGraph, type ReadModelSource } from '../../readmodel/read-graph.js';
import type { Writer } from '../../readmodel/writer.js';
import { accountFacts, launchMonth, monthlyFacts, portfolioAccounts, productFacts, subtree, type AccountFacts, type Selection } from './commercial.facts.js';
import {
  accountMatrix, bigButThin, breadth, concentration, DEFAULT_MAX_ACCOUNTS_PER_KAM, DEFAULT_SPLIT, DEFAULT_WEIGHTS, dependencies, kamLoad, marginPct, pareto,
  priceExposure, priceMix, shareOfWallet, whiteSpace, type KamFlag, type MatrixInput, type MatrixRow, type MatrixWeights, type Pareto, type PriceExposure,
  type ProductExposure, type WhiteSpace,
} from './commercial.metrics.js';

/** DESIGN §5's parameters and their defaults (overridable per query). */
export interface CommercialDefaults {
  /** "Can we say no?": a share above this makes an account dependent */
  dependencyShare: number;
  /** "Price mix": a product launched within this many months of the period's end is new */
  newWithinMonths: number;
  /** "Account analysis matrix" */
  matrixSplit: number;
  matrixWeights: MatrixWeights;
  /** "KAM load" */
  maxAccountsPerKam: number;
}

export const COMMERCIAL_DEFAULTS: Readonly<CommercialDefaults> = Object.freeze({
  dependencyShare: 0.1, newWithinMonths: 24, matrixSplit: DEFAULT_SPLIT, matrixWeights: DEFAULT_WEIGHTS, maxAccountsPerKam: DEFAULT_MAX_ACCOUNTS_PER_KAM,
});

/** What the commercial figures take from decision-maker coverage (DESIGN §3), per account: the coverage service's answer. */
export interface CoverageFacts {
  overall: { total: number; covered: number; coverageRatio: number | null };
  singleThreaded: boolean;
  byUnit: { unit: { id: string }; total: number; covered: number; coverageRatio: number | null }[];
}
export type CoverageLookup = (accountId: string) => Promise<CoverageFacts>;
/** Decision-maker tallies of many accounts at once (the top accounts report, the matrix); by default from `CoverageLookup`, one account at a time. */
export type CoverageTallies = (accountIds: readonly string[]) => Promise<{ total: number; covered: number; coverageRatio: number | null; singleThreaded: boolean }[]>;

export interface PeriodArgs {
  period?: string | null;
}
export interface PortfolioArgs extends PeriodArgs, Selection {
  dependencyShare?: number | null;
}
export interface TopAccountsArgs extends PeriodArgs, Selection {
  newWithinMonths?: number | null;
}
export interface MatrixArgs extends PeriodArgs, Selection {
  split?: number | null;
  turnoverWeight?: number | null;
  marginWeight?: number | null;
  imageWeight?: number | null;
}
export interface PriceArgs extends PeriodArgs, Selection {
  productId?: string | null;
  family?: string | null;
}
export interface KamArgs extends PeriodArgs {
  maxAccountsPerKam?: number | null;
}

/** One account of a ranking, with its company record. */
export interface Ranked<T> { company: CompanyRecord; value: T }

export interface PortfolioResult {
  period: string;
  accounts: number;
  revenue: number;
  contributionMargin: number | null;
  marginPct: number | null;
  pareto: Pareto & { companies: Map<string, CompanyRecord> };
  concentration: ReturnType<typeof concentration>;
  dependencyShare: number;
  dependencies: { company: CompanyRecord; revenue: number; revenueShare: number; contributionMargin: number | null; marginShare: number | null; reasons: ('REVENUE' | 'MARGIN')[] }[];
  bigButThin: { medianMarginPct: number | null; accounts: { company: CompanyRecord; rank: number; revenue: number; marginPct: number }[] };
}

export interface TopAccountRow {
  rank: number;
  company: CompanyRecord;
  revenue: number;
  revenueShare: number;
  previousRevenue: number;
  growth: number | null;
  contributionMargin: number | null;
  marginPct: number | null;
  breadth: number | null;
  familiesBought: number;
  priceMix: number | null;
  shareOfWallet: number | null;
}

export interface CompanyCommercial {
  company: CompanyRecord;
  period: string;
  previousPeriod: string;
  revenue: number;
  previousRevenue: number;
  growth: number | null;
  volume: number;
  contributionMargin: number | null;
  marginPct: number | null;
  /** 1 − revenue ÷ list revenue, over the sales whose list revenue is known */
  discount: number | null;
  portfolioShare: number | null;
  breadth: { bought: number; total: number; ratio: number | null; families: string[] };
  whiteSpace: WhiteSpace[];
  peerSegment: string | null;
  walletEstimate: number | null;
  shareOfWallet: number | null;
  priceMix: { newWithinMonths: number; newRevenue: number; share: number | null };
  trend: { period: string; revenue: number; contributionMargin: number | null; marginPct: number | null; newProductShare: number | null }[];
}

export interface UnitCommercial {
  unit: CompanyRecord;
  parentId: string | null;
  depth: number;
  revenue: number;
  shareOfAccount: number | null;
  walletEstimate: number | null;
  shareOfWallet: number | null;
  decisionMakers: number;
  coveredDecisionMakers: number;
  coverageRatio: number | null;
}

export interface AccountPrice extends PriceExposure {
  company: CompanyRecord;
  bestFromCompany: CompanyRecord | null;
  /** 1 − revenue ÷ list revenue (list revenue known) */
  discount: number | null;
}

export interface ProductPriceConsistency extends Omit<ProductExposure, 'accounts'> {
  productIndex: number;
  product: ProductRecord;
  listPrice: number | null;
  accounts: AccountPrice[];
}

export interface PriceConsistencyResult {
  period: string;
  exposure: number;
  products: ProductPriceConsistency[];
  /** per account, its exposure summed over the products; exposure descending */
  accounts: { company: CompanyRecord; exposure: number; exposedProducts: number; products: number }[];
}

export interface MatrixResult {
  period: string;
  split: number;
  weights: MatrixWeights;
  rows: (MatrixRow & { company: CompanyRecord; input: MatrixInput })[];
}

export interface KamLoadResult {
  period: string;
  maxAccountsPerKam: number;
  kams: { person: PersonRecord; keyAccounts: CompanyRecord[]; otherAccounts: CompanyRecord[]; overloaded: boolean; partTime: boolean; keyAccountRevenue: number }[];
  flagged: { company: CompanyRecord; kams: PersonRecord[]; flags: KamFlag[] }[];
  withoutKam: CompanyRecord[];
}

/** What `setCompanyPotential` takes: omitted fields keep their value, null clears one. */
export interface PotentialInput {
  companyId: string;
  annualTurnover?: number | null;
  image?: number | null;
  walletEstimate?: number | null;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** Non-negative money, or null (docs/commercial.md "Validation"). */
export function money(field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw badInput(field, `${field} must be a non-negative amount, got ${value}`);
  return value;
}

export class CommercialService {
  constructor(
    private readonly source: ReadModelSource,
    private readonly coverage: CoverageLookup,
    private readonly writer: Writer | null = null,
    private readonly defaults: CommercialDefaults = COMMERCIAL_DEFAULTS,
    private readonly tallies: CoverageTallies = async (ids) => {
      const out = [];
      for (const id of ids) {
        const c = await this.coverage(id);
        out.push({ ...c.overall, singleThreaded: c.singleThreaded });
      }
      return out;
    },
  ) {}

  private async graph(): Promise<CommercialGraph> {
    return commercialGraph(await this.source.ready());
  }

  /** The selection's accounts with their facts in a window, revenue descending (ties by id). */
  private facts(g: ReadGraph, sel: Selection, w: PeriodWindow): { company: CompanyRecord; index: number; f: AccountFacts }[] {
    return portfolioAccounts(g, sel).map((company) => {
      const index = g.companyIndex(company.id);
      return { company, index, f: accountFacts(g, index, w) };
    });
  }

  /** An account asked for by id: any non-supplier company or unit the caller can see (NOT_FOUND otherwise, as for an id that does not exist). */
  private account(g: ReadGraph, id: string, field: string): number {
    const c = g.companyIndex(id);
    if (c < 0) throw notFound(field, 'account', id);
    if (g.companyKind(rootIndex(g, c)) === 'SUPPLIER') throw badInput(field, `"${id}" is one of our own units, not an account`);
    return c;
  }

  private newWithin(value: number | null | undefined): number {
    return positiveInt('newWithinMonths', value ?? this.defaults.newWithinMonths, 240);
  }

  /** docs/commercial.md "Pareto", "Concentration", "Can we say no?", "Big but thin". */
  async portfolio(args: PortfolioArgs): Promise<PortfolioResult> {
    const w = parsePeriod(args.period);
    const threshold = unitInterval('dependencyShare', args.dependencyShare ?? this.defaults.dependencyShare);
    const g = await this.graph();
    return g.memo(`commercial:portfolio:${w.from}:${w.to}:${args.segment ?? ''}:${args.keyAccountsOnly ?? ''}:${threshold}`, () => {
      const rows = this.facts(g, args, w);
      const companies = new Map(rows.map((r) => [r.company.id, r.company]));
      const p = pareto(rows.map((r) => ({ id: r.company.id, revenue: r.f.revenue })));
      const byId = new Map(rows.map((r) => [r.company.id, r]));
      const margins = rows.filter((r) => r.f.margin !== null);
      const totalMargin = margins.length ? margins.reduce((s, r) => s + r.f.margin!, 0) : null;
      const deps = dependencies(rows.map((r) => ({ id: r.company.id, revenue: r.f.revenue, margin: r.f.margin })), threshold);
      const thin = bigButThin(p.rows.map((r) => ({ id: r.id, revenue: r.revenue, marginPct: marginPct(byId.get(r.id)!.f.margin, byId.get(r.id)!.f.marginBasis) })), p.topCount);
      const rankOf = new Map(p.rows.map((r) => [r.id, r.rank]));
      return {
        period: w.label,
        accounts: rows.length,
        revenue: p.total,
        contributionMargin: totalMargin,
        marginPct: marginPct(totalMargin, margins.reduce((s, r) => s + r.f.marginBasis, 0)),
        pareto: { ...p, companies },
        concentration: concentration(p.rows.map((r) => r.share)),
        dependencyShare: threshold,
        dependencies: deps.map((d) => ({ company: companies.get(d.id)!, revenue: byId.get(d.id)!.f.revenue, revenueShare: d.revenueShare, contributionMargin: byId.get(d.id)!.f.margin, marginShare: d.marginShare, reasons: d.reasons })),
        bigButThin: { medianMarginPct: thin.medianMarginPct, accounts: thin.accounts.map((a) => ({ company: companies.get(a.id)!, rank: rankOf.get(a.id)!, revenue: a.revenue, marginPct: a.marginPct })) },
      };
    });
  }

  /**
   * docs/commercial.md "Top accounts report": every account of the selection
   * ranked by revenue (descending, ties by id), with the report's columns;
   * the coverage columns come per row from `coverageOf`.
   */
  async topAccounts(args: TopAccountsArgs): Promise<{ period: string; previousPeriod: string; rows: TopAccountRow[] }> {
    const w = parsePeriod(args.period);
    const prev = previousWindow(w);
    const newWithin = this.newWithin(args.newWithinMonths);
    const g = await this.graph();
    return g.memo(`commercial:top:${w.from}:${w.to}:${args.segment ?? ''}:${args.keyAccountsOnly ?? ''}:${newWithin}`, () => {
      const rows = this.facts(g, args, w);
      const total = rows.reduce((s, r) => s + r.f.revenue, 0);
      const families = g.families();
      const ranked = rows.sort((a, b) => b.f.revenue - a.f.revenue || (a.company.id < b.company.id ? -1 : 1));
      return {
        period: w.label,
        previousPeriod: prev.label,
        rows: ranked.map(({ company, index, f }, i): TopAccountRow => {
          const before = accountFacts(g, index, prev).revenue;
          return {
            rank: i + 1, company, revenue: f.revenue, revenueShare: total > 0 ? f.revenue / total : 0,
            previousRevenue: before, growth: before > 0 ? f.revenue / before - 1 : null,
            contributionMargin: f.margin, marginPct: marginPct(f.margin, f.marginBasis),
            breadth: breadth(f.families, families).ratio, familiesBought: f.families.size,
            priceMix: this.mix(g, f, w, newWithin).share,
            shareOfWallet: shareOfWallet(f.revenue, g.potential(index).walletEstimate, w.to - w.from),
          };
        }),
      };
    });
  }

  /** Decision-maker coverage tallies of these accounts (DESIGN §3): the report's coverage columns. */
  async coverageOf(accountIds: readonly string[]) {
    return this.tallies(accountIds);
  }

  private mix(g: CommercialGraph, f: AccountFacts, w: PeriodWindow, newWithin: number) {
    return priceMix([...f.byProduct].map(([product, p]) => ({ revenue: p.revenue, launchMonth: launchMonth(g, product) })), w.to - 1, newWithin);
  }

  /** docs/commercial.md "One account": `company.commercial`. */
  async companyCommercial(companyId: string, args: PeriodArgs & { newWithinMonths?: number | null }): Promise<CompanyCommercial> {
    const w = parsePeriod(args.period);
    const prev = previousWindow(w);
    const newWithin = this.newWithin(args.newWithinMonths);
    const g = await this.graph();
    const c = this.account(g, companyId, 'id');
    // peers and the portfolio's total read other accounts: memoised per graph version (each account's facts per account)
    return g.memo(`commercial:company:${companyId}:${w.from}:${w.to}:${newWithin}`, () => {
      const f = accountFacts(g, c, w);
      const before = accountFacts(g, c, prev).revenue;
      const families = g.families();
      const root = rootIndex(g, c);
      // peers: the other accounts of its segment (its own, else its root's); every other account when it has no segment or no peer in it
      let segment = g.company(c).segment ?? g.company(root).segment;
      const others = (sel: Selection) => portfolioAccounts(g, sel).map((a) => g.companyIndex(a.id)).filter((i) => i !== root);
      let peerIndexes = segment === null ? [] : others({ segment });
      if (peerIndexes.length === 0) {
        segment = null;
        peerIndexes = others({});
      }
      const peers = peerIndexes.map((i) => accountFacts(g, i, w).families);
      const portfolioRevenue = portfolioAccounts(g).reduce((s, a) => s + accountFacts(g, g.companyIndex(a.id), w).revenue, 0);
      const wallet = g.potential(c).walletEstimate;
      const b = breadth(f.families, families);
      return {
        company: g.company(c),
        period: w.label, previousPeriod: prev.label,
        revenue: f.revenue, previousRevenue: before, growth: before > 0 ? f.revenue / before - 1 : null, volume: f.volume,
        contributionMargin: f.margin, marginPct: marginPct(f.margin, f.marginBasis),
        discount: f.listBasis > 0 && f.listRevenue > 0 ? 1 - f.listBasis / f.listRevenue : null,
        portfolioShare: ratio(f.revenue, portfolioRevenue),
        breadth: { ...b, families: families.filter((x) => f.families.has(x)) },
        whiteSpace: whiteSpace(f.families, peers, families),
        peerSegment: segment,
        walletEstimate: wallet,
        shareOfWallet: shareOfWallet(f.revenue, wallet, w.to - w.from),
        priceMix: { newWithinMonths: newWithin, ...this.mix(g, f, w, newWithin) },
        trend: monthlyFacts(g, c, w).map((m) => {
          const mix = priceMix([...m.byProduct].map(([product, revenue]) => ({ revenue, launchMonth: launchMonth(g, product) })), m.month, newWithin);
          return { period: windowLabel(m.month, m.month + 1), revenue: m.revenue, contributionMargin: m.margin, marginPct: marginPct(m.margin, m.revenue), newProductShare: mix.share };
        }),
      };
    });
  }

  /** docs/commercial.md "Being important to the subsets": every unit of the company (itself first), with revenue, share of wallet and decision-maker coverage. */
  async unitCommercials(companyId: string, args: PeriodArgs): Promise<{ period: string; units: UnitCommercial[] }> {
    const w = parsePeriod(args.period);
    const g = await this.graph();
    const c = this.account(g, companyId, 'id');
    const coverage = await this.coverage(companyId);
    const byUnit = new Map(coverage.byUnit.map((u) => [u.unit.id, u]));
    const units = subtree(g, c);
    const total = accountFacts(g, c, w).revenue;
    const depth = new Map<number, number>([[c, 0]]);
    const out: UnitCommercial[] = [];
    for (const u of units) {
      const p = g.parentOf(u);
      if (u !== c) depth.set(u, (depth.get(p) ?? 0) + 1);
      const f = accountFacts(g, u, w);
      const wallet = g.potential(u).walletEstimate;
      const cov = byUnit.get(g.companyId(u));
      out.push({
        unit: g.company(u), parentId: u === c || p < 0 ? null : g.companyId(p), depth: depth.get(u)!,
        revenue: f.revenue, shareOfAccount: ratio(f.revenue, total), walletEstimate: wallet, shareOfWallet: shareOfWallet(f.revenue, wallet, w.to - w.from),
        decisionMakers: cov?.total ?? 0, coveredDecisionMakers: cov?.covered ?? 0, coverageRatio: cov?.coverageRatio ?? null,
      });
    }
    return { period: w.label, units: out };
  }

  /** docs/commercial.md "Price consistency": one product, a family, or (neither) the whole catalogue. */
  async priceConsistency(args: PriceArgs): Promise<PriceConsistencyResult> {
    const w = parsePeriod(args.period);
    const g = await this.graph();
    if (args.productId !== null && args.productId !== undefined && args.family !== null && args.family !== undefined) {
      throw badInput('family', 'give a productId or a family, not both');
    }
    let products: number[];
    if (args.productId !== null && args.productId !== undefined) {
      const r = g.productIndex(args.productId);
      if (r < 0) throw notFound('productId', 'product', args.productId);
      products = [r];
    } else {
      products = [];
      g.forEachProduct((r) => { if (args.family === null || args.family === undefined || g.productFamily(r) === args.family) products.push(r); });
      if (args.family !== null && args.family !== undefined && products.length === 0) throw notFound('family', 'product family', args.family);
    }
    const key = `commercial:price:${w.from}:${w.to}:${args.segment ?? ''}:${args.keyAccountsOnly ?? ''}:${args.productId ?? ''}:${args.family ?? ''}`;
    return g.memo(key, () => {
      const accounts = portfolioAccounts(g, args);
      const roots = new Set(accounts.map((a) => g.companyIndex(a.id)));
      const company = (i: number) => g.company(i);
      const perAccount = new Map<number, { exposure: number; exposedProducts: number; products: number }>();
      const out: ProductPriceConsistency[] = [];
      for (const r of products) {
        const facts = productFacts(g, r, w, roots);
        const byId = new Map(facts.map((f) => [g.companyId(f.account), f]));
        const e = priceExposure(facts.map((f) => ({ id: g.companyId(f.account), volume: f.volume, revenue: f.revenue })));
        for (const a of e.accounts) {
          const i = byId.get(a.id)!.account;
          const s = perAccount.get(i) ?? { exposure: 0, exposedProducts: 0, products: 0 };
          s.exposure += a.exposure;
          s.products++;
          if (a.exposure > 0) s.exposedProducts++;
          perAccount.set(i, s);
        }
        const list = g.productListPrice(r);
        out.push({
          ...e, productIndex: r, product: g.product(r), listPrice: Number.isNaN(list) ? null : list,
          accounts: e.accounts.map((a) => {
            const f = byId.get(a.id)!;
            return {
              ...a, company: company(f.account), bestFromCompany: a.bestFrom === null ? null : company(byId.get(a.bestFrom)!.account),
              discount: f.listBasis > 0 && f.listRevenue > 0 ? 1 - f.listBasis / f.listRevenue : null,
            };
          }),
        });
      }
      out.sort((a, b) => b.exposure - a.exposure || (g.productId(a.productIndex) < g.productId(b.productIndex) ? -1 : 1));
      const accountsOut = [...perAccount].map(([i, s]) => ({ company: company(i), ...s }))
        .sort((a, b) => b.exposure - a.exposure || (a.company.id < b.company.id ? -1 : a.company.id > b.company.id ? 1 : 0));
      return { period: w.label, exposure: out.reduce((s, p) => s + p.exposure, 0), products: out, accounts: accountsOut };
    });
  }

  /** docs/commercial.md "Account analysis matrix". */
  async accountMatrix(args: MatrixArgs): Promise<MatrixResult> {
    const w = parsePeriod(args.period);
    const split = args.split ?? this.defaults.matrixSplit;
    if (typeof split !== 'number' || !Number.isFinite(split) || split < 0 || split > 100) throw badInput('split', `split must be from 0 to 100, got ${split}`);
    const d = this.defaults.matrixWeights;
    const weight = (field: string, v: number | null | undefined, fallback: number) => {
      const x = v ?? fallback;
      if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) throw badInput(field, `${field} must be 0 or more, got ${x}`);
      return x;
    };
    const weights = { turnover: weight('turnoverWeight', args.turnoverWeight, d.turnover), margin: weight('marginWeight', args.marginWeight, d.margin), image: weight('imageWeight', args.imageWeight, d.image) };
    if (weights.turnover + weights.margin + weights.image <= 0) throw badInput('turnoverWeight', 'the potential weights must not all be 0');
    const g = await this.graph();
    const rows = this.facts(g, args, w);
    // decision-maker coverage of every account (memoised per account), then one pass
    const tallies = await this.tallies(rows.map((r) => r.company.id));
    const coverage = new Map(rows.map((r, i) => [r.company.id, tallies[i].coverageRatio]));
    {
      const total = rows.reduce((s, r) => s + r.f.revenue, 0);
      const families = g.families();
      const inputs: MatrixInput[] = rows.map(({ company, index, f }) => {
        const pot: CompanyPotential = g.potential(index);
        return {
          id: company.id, isKeyAccount: company.isKeyAccount === true, annualTurnover: pot.annualTurnover, margin: f.margin, image: pot.image,
          shareOfWallet: shareOfWallet(f.revenue, pot.walletEstimate, w.to - w.from), revenueShare: total > 0 ? f.revenue / total : 0,
          coverageRatio: coverage.get(company.id) ?? null, breadth: breadth(f.families, families).ratio,
        };
      });
      const matrix = accountMatrix(inputs, weights, split);
      return { period: w.label, split, weights, rows: matrix.map((m, i) => ({ ...m, company: rows[i].company, input: inputs[i] })) };
    }
  }

  /** docs/commercial.md "KAM load": the portfolio's account teams (all root customer accounts the caller can see). */
  async kamLoad(args: KamArgs): Promise<KamLoadResult> {
    const w = parsePeriod(args.period);
    const max = positiveInt('maxAccountsPerKam', args.maxAccountsPerKam ?? this.defaults.maxAccountsPerKam, 1000);
    const g = await this.graph();
    return g.memo(`commercial:kam:${w.from}:${w.to}:${max}`, () => {
      const accounts = portfolioAccounts(g);
      const byId = new Map(accounts.map((a) => [a.id, a]));
      const assignments: { kamId: string; accountId: string; isKeyAccount: boolean }[] = [];
      const people = new Map<string, PersonRecord>();
      for (const a of accounts) {
        g.forEachTeamMember(g.companyIndex(a.id), (p, role) => {
          if (role !== 'KAM') return;
          const id = g.personId(p);
          people.set(id, g.person(p));
          assignments.push({ kamId: id, accountId: a.id, isKeyAccount: a.isKeyAccount === true });
        });
      }
      const load = kamLoad(assignments, accounts.filter((a) => a.isKeyAccount === true).map((a) => a.id), max);
      const revenue = (id: string) => accountFacts(g, g.companyIndex(id), w).revenue;
      return {
        period: w.label,
        maxAccountsPerKam: max,
        kams: load.kams.map((k) => ({
          person: people.get(k.kamId)!, keyAccounts: k.keyAccounts.map((id) => byId.get(id)!), otherAccounts: k.otherAccounts.map((id) => byId.get(id)!),
          overloaded: k.overloaded, partTime: k.partTime, keyAccountRevenue: k.keyAccounts.reduce((s, id) => s + revenue(id), 0),
        })),
        flagged: load.flagged.map((f) => ({ company: byId.get(f.accountId)!, kams: f.kams.map((id) => people.get(id)!), flags: f.flags })),
        withoutKam: load.withoutKam.map((id) => byId.get(id)!),
      };
    });
  }

  /** The company's potential inputs (DESIGN §2), or null when it is not visible. */
  async potentialOf(companyId: string): Promise<CompanyPotential | null> {
    const g = await this.graph();
    const c = g.companyIndex(companyId);
    return c < 0 ? null : g.potential(c);
  }

  /**
   * Sets a company's potential inputs (docs/commercial.md "Potential
   * inputs"): omitted fields keep their value, null clears one. Annual
   * turnover and wallet estimate are non-negative amounts; image a whole
   * number 1..5. The company must exist and not be one of our own units.
   */
  async setPotential(input: PotentialInput): Promise<CompanyPotential> {
    if (!this.writer) throw new Error('read-only commercial service');
    return this.writer.commit((g0) => {
      const g = commercialGraph(g0);
      const c = g.companyIndex(input.companyId);
      if (c < 0) throw notFound('input.companyId', 'company', input.companyId);
      if (g.companyKind(rootIndex(g, c)) === 'SUPPLIER') throw badInput('input.companyId', `"${input.companyId}" is one of our own units; potential inputs describe an account`);
      const before = g.potential(c);
      const pick = <K extends 'annualTurnover' | 'image' | 'walletEstimate'>(k: K) => (input[k] !== undefined ? input[k] ?? null : before[k]);
      const image = pick('image');
      if (image !== null && (!Number.isInteger(image) || image < 1 || image > 5)) throw badInput('input.image', `input.image must be a whole number from 1 to 5, got ${image}`);
      const next: CompanyPotential = {
        companyId: input.companyId,
        annualTurnover: money('input.annualTurnover', pick('annualTurnover')),
        image,
        walletEstimate: money('input.walletEstimate', pick('walletEstimate')),
      };
      return { changes: [{ kind: 'potential.set', potential: next }], result: next };
    });
  }
}
