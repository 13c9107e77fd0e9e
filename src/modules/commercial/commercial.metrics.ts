/**
 * The commercial metrics of DESIGN §5 as pure functions of plain numbers
 * (docs/commercial.md states each one; the section names below are its
 * headings). Nothing here reads the graph: `commercial.facts.ts` gathers the
 * figures, `commercial.service.ts` feeds them in.
 */

/** docs/commercial.md "Pareto": the top share of accounts the report looks at. */
export const TOP_SHARE = 0.2;
/** docs/commercial.md "Pareto": the share of revenue whose fewest accounts are counted. */
export const PARETO_SHARE = 0.8;
/** Relative difference under which two unit prices count as equal (float noise, not a better price). */
export const PRICE_EPSILON = 1e-9;

/** Descending by value, then ascending by id: the order every ranking here uses. */
export function byValueDesc<T extends { id: string }>(value: (t: T) => number): (a: T, b: T) => number {
  return (a, b) => value(b) - value(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface ParetoRow {
  id: string;
  revenue: number;
  /** 1-based position by revenue (descending, then id) */
  rank: number;
  /** revenue ÷ the total */
  share: number;
  /** the shares of this row and every row above it */
  cumulativeShare: number;
}

export interface Pareto {
  total: number;
  /** every row, ranked: the buying accounts (revenue > 0) first, then the others with share 0 */
  rows: ParetoRow[];
  /** accounts with revenue > 0 in the period */
  buyers: number;
  /** ⌈20 % of the buyers⌉ (0 without buyers) */
  topCount: number;
  /** share of revenue of the `topCount` largest */
  topShare: number;
  /** the fewest accounts whose revenue reaches 80 % of the total (0 without revenue) */
  accountsFor80: number;
  /** accountsFor80 ÷ buyers (null without buyers) */
  accountsFor80Share: number | null;
}

/**
 * docs/commercial.md "Pareto": accounts by revenue, descending (ties by id),
 * with shares and cumulative shares; the top 20 % of the buying accounts
 * (⌈0.2 × buyers⌉) and their share; the fewest accounts that make 80 %.
 */
export function pareto(accounts: readonly { id: string; revenue: number }[]): Pareto {
  const total = accounts.reduce((s, a) => s + a.revenue, 0);
  const sorted = [...accounts].sort(byValueDesc((a) => a.revenue));
  let cum = 0;
  const rows = sorted.map((a, i): ParetoRow => {
    const share = total > 0 ? a.revenue / total : 0;
    cum += share;
    return { id: a.id, revenue: a.revenue, rank: i + 1, share, cumulativeShare: Math.min(1, cum) };
  });
  const buyers = rows.filter((r) => r.revenue > 0).length;
  const topCount = buyers === 0 ? 0 : Math.ceil(TOP_SHARE * buyers - 1e-9);
  const topShare = rows.slice(0, topCount).reduce((s, r) => s + r.share, 0);
  let accountsFor80 = 0;
  if (total > 0) {
    accountsFor80 = rows.findIndex((r) => r.cumulativeShare >= PARETO_SHARE - 1e-12) + 1;
    if (accountsFor80 === 0) accountsFor80 = buyers; // rounding: every buyer
  }
  return { total, rows, buyers, topCount, topShare, accountsFor80, accountsFor80Share: buyers ? accountsFor80 / buyers : null };
}

export interface Concentration {
  /** Herfindahl–Hirschman index Σ s², 0..1 (null without revenue) */
  hhi: number | null;
  /** 1 ÷ HHI: as many equal accounts would be as concentrated (null without revenue) */
  equivalentAccounts: number | null;
  top1Share: number | null;
  /** the five largest shares together (all of them when fewer) */
  top5Share: number | null;
}

/** docs/commercial.md "Concentration", from the revenue shares (which sum to 1, or are all 0). */
export function concentration(shares: readonly number[]): Concentration {
  const s = [...shares].sort((a, b) => b - a);
  const sum = s.reduce((x, y) => x + y, 0);
  if (sum <= 0) return { hhi: null, equivalentAccounts: null, top1Share: null, top5Share: null };
  const hhi = s.reduce((x, y) => x + y * y, 0);
  return { hhi, equivalentAccounts: 1 / hhi, top1Share: s[0], top5Share: s.slice(0, 5).reduce((x, y) => x + y, 0) };
}

export interface DependencyRow {
  id: string;
  revenueShare: number;
  /** its contribution margin ÷ the portfolio's (null when the portfolio's margin is unknown or not positive) */
  marginShare: number | null;
  dependent: boolean;
  /** which share passed the threshold: REVENUE, MARGIN or both */
  reasons: ('REVENUE' | 'MARGIN')[];
}

/**
 * docs/commercial.md "Can we say no?": per account its revenue share and
 * contribution-margin share; dependent when either exceeds `threshold`
 * (strictly). Returns the dependent accounts, the larger of their two shares
 * descending (ties by id).
 */
export function dependencies(accounts: readonly { id: string; revenue: number; margin: number | null }[], threshold: number): DependencyRow[] {
  const revenue = accounts.reduce((s, a) => s + a.revenue, 0);
  const margin = accounts.reduce((s, a) => s + (a.margin ?? 0), 0);
  const marginKnown = accounts.some((a) => a.margin !== null) && margin > 0;
  const out: DependencyRow[] = [];
  for (const a of accounts) {
    const revenueShare = revenue > 0 ? a.revenue / revenue : 0;
    const marginShare = marginKnown ? (a.margin ?? 0) / margin : null;
    const reasons: DependencyRow['reasons'] = [];
    if (revenueShare > threshold) reasons.push('REVENUE');
    if (marginShare !== null && marginShare > threshold) reasons.push('MARGIN');
    if (reasons.length) out.push({ id: a.id, revenueShare, marginShare, dependent: true, reasons });
  }
  return out.sort(byValueDesc((r) => Math.max(r.revenueShare, r.marginShare ?? 0)));
}

/** The median of numbers (the mean of the two middle ones for an even count); null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Contribution margin ÷ revenue; null when either is unknown or revenue is 0. */
export function marginPct(margin: number | null, revenue: number): number | null {
  return margin === null || revenue <= 0 ? null : margin / revenue;
}

export interface BigButThin {
  /** the portfolio's median margin % (over accounts with revenue and a known margin) */
  medianMarginPct: number | null;
  /** the top accounts (by the Pareto's order) whose margin % is below the median, in that order */
  accounts: { id: string; revenue: number; marginPct: number }[];
}

/**
 * docs/commercial.md "Big but thin": among the top 20 % of accounts by
 * revenue (`ranked`, the Pareto's order, and its `topCount`), those whose
 * margin % is strictly below the median margin % of the portfolio's buying
 * accounts with a known margin.
 */
export function bigButThin(ranked: readonly { id: string; revenue: number; marginPct: number | null }[], topCount: number): BigButThin {
  const med = median(ranked.filter((r) => r.revenue > 0 && r.marginPct !== null).map((r) => r.marginPct!));
  const accounts = med === null ? [] : ranked.slice(0, topCount).filter((r) => r.marginPct !== null && r.marginPct < med).map((r) => ({ id: r.id, revenue: r.revenue, marginPct: r.marginPct! }));
  return { medianMarginPct: med, accounts };
}

/** docs/commercial.md "Cross-sell breadth": families bought ÷ families in the catalogue (null for an empty catalogue). */
export function breadth(bought: ReadonlySet<string>, catalogue: readonly string[]): { bought: number; total: number; ratio: number | null } {
  const n = catalogue.filter((f) => bought.has(f)).length;
  return { bought: n, total: catalogue.length, ratio: catalogue.length ? n / catalogue.length : null };
}

export interface WhiteSpace {
  family: string;
  /** the share of the peer accounts that bought the family */
  share: number;
  /** how many peers bought it */
  buyers: number;
  /** how many peers there are */
  peers: number;
}

/**
 * docs/commercial.md "White space": for each family of the catalogue the
 * account did not buy, the share of its peers (the other accounts of its
 * segment) that did; highest first, ties by family name. Empty without peers.
 */
export function whiteSpace(bought: ReadonlySet<string>, peers: readonly ReadonlySet<string>[], catalogue: readonly string[]): WhiteSpace[] {
  if (peers.length === 0) return [];
  const out: WhiteSpace[] = [];
  for (const family of catalogue) {
    if (bought.has(family)) continue;
    const buyers = peers.filter((p) => p.has(family)).length;
    out.push({ family, share: buyers / peers.length, buyers, peers: peers.length });
  }
  return out.sort((a, b) => b.share - a.share || (a.family < b.family ? -1 : a.family > b.family ? 1 : 0));
}

/** docs/commercial.md "Share of wallet": revenue ÷ the wallet of the period (the yearly estimate × months ÷ 12); null when unknown or 0. */
export function shareOfWallet(revenue: number, walletPerYear: number | null, months: number): number | null {
  if (walletPerYear === null || !(walletPerYear > 0)) return null;
  return revenue / ((walletPerYear * months) / 12);
}

/**
 * docs/commercial.md "Price mix": is a product launched in `launchMonth`
 * new at the end of a period whose last month is `lastMonth`? Launched in
 * the `newWithin` months that end with it (or later); never when the launch
 * date is unknown (NaN or a sentinel below every real month).
 */
export function isNew(launchMonth: number, lastMonth: number, newWithin: number): boolean {
  return Number.isFinite(launchMonth) && launchMonth > -1e6 && launchMonth > lastMonth - newWithin;
}

/** docs/commercial.md "Price mix": the share of revenue from new products (null without revenue). */
export function priceMix(byProduct: readonly { revenue: number; launchMonth: number }[], lastMonth: number, newWithin: number): { newRevenue: number; share: number | null } {
  let total = 0;
  let fresh = 0;
  for (const p of byProduct) {
    total += p.revenue;
    if (isNew(p.launchMonth, lastMonth, newWithin)) fresh += p.revenue;
  }
  return { newRevenue: fresh, share: total > 0 ? fresh / total : null };
}

export interface PricePoint {
  id: string;
  volume: number;
  revenue: number;
}

export interface PriceExposure {
  id: string;
  volume: number;
  revenue: number;
  /** net unit price p = revenue ÷ volume */
  price: number;
  /** min{p_b : volume_b ≤ volume} (this account's own price when no one no bigger pays less) */
  bestPrice: number;
  /** the account paying bestPrice, when it is another (the smallest volume among equal prices, then id) */
  bestFrom: string | null;
  /** volume × (price − bestPrice): what it would save claiming the best price given to anyone no bigger */
  exposure: number;
}

export interface ProductExposure {
  /** Σ of the accounts' exposures */
  exposure: number;
  /** coefficient of variation of the accounts' prices (population standard deviation ÷ mean); null without accounts */
  dispersion: number | null;
  meanPrice: number | null;
  minPrice: number | null;
  maxPrice: number | null;
  /** per account with volume > 0, exposure descending then id */
  accounts: PriceExposure[];
}

/**
 * docs/commercial.md "Price consistency" for one product and period: each
 * account's net unit price p_a = revenue ÷ volume (accounts with volume > 0);
 * a is exposed to b when volume_b ≤ volume_a and p_b < p_a; the exposure
 * Σ_a volume_a × (p_a − min{p_b : volume_b ≤ volume_a}). Accounts of equal
 * volume count as no bigger than each other. Prices within PRICE_EPSILON
 * (relative) are equal.
 */
export function priceExposure(points: readonly PricePoint[]): ProductExposure {
  const pts = points.filter((p) => p.volume > 0).map((p) => ({ ...p, price: p.revenue / p.volume }));
  if (pts.length === 0) return { exposure: 0, dispersion: null, meanPrice: null, minPrice: null, maxPrice: null, accounts: [] };
  // ascending volume; within a volume the best price first, then id, so the first of a group is its best
  pts.sort((a, b) => a.volume - b.volume || a.price - b.price || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: PriceExposure[] = [];
  let best = Infinity;
  let bestId: string | null = null;
  for (let i = 0; i < pts.length; ) {
    let j = i;
    // everyone of this volume is no bigger than everyone else of it: the group's best joins the running best first
    while (j < pts.length && pts[j].volume === pts[i].volume) j++;
    if (pts[i].price < best) { best = pts[i].price; bestId = pts[i].id; }
    for (let k = i; k < j; k++) {
      const p = pts[k];
      const gap = p.price - best;
      const exposed = gap > PRICE_EPSILON * Math.max(Math.abs(p.price), 1e-300);
      out.push({ id: p.id, volume: p.volume, revenue: p.revenue, price: p.price, bestPrice: exposed ? best : p.price, bestFrom: exposed ? bestId : null, exposure: exposed ? p.volume * gap : 0 });
    }
    i = j;
  }
  const prices = pts.map((p) => p.price);
  const mean = prices.reduce((s, x) => s + x, 0) / prices.length;
  const variance = prices.reduce((s, x) => s + (x - mean) ** 2, 0) / prices.length;
  return {
    exposure: out.reduce((s, a) => s + a.exposure, 0),
    dispersion: mean > 0 ? Math.sqrt(variance) / mean : null,
    meanPrice: mean,
    minPrice: Math.min(...prices),
    maxPrice: Math.max(...prices),
    accounts: out.sort(byValueDesc((a) => a.exposure)),
  };
}

/**
 * Percentile ranks 0..100 of values (null ones get null and are left out):
 * (the number of values below + half the number equal, itself included) ÷
 * n × 100, the mid-rank definition, so ties share a rank and the ranks of
 * n distinct values are 50/n, 150/n, … (docs/commercial.md "Account analysis matrix").
 */
export function percentileRanks(values: readonly (number | null)[]): (number | null)[] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const n = known.length;
  const lowerBound = (x: number) => { let lo = 0, hi = n; while (lo < hi) { const m = (lo + hi) >> 1; if (known[m] < x) lo = m + 1; else hi = m; } return lo; };
  const upperBound = (x: number) => { let lo = 0, hi = n; while (lo < hi) { const m = (lo + hi) >> 1; if (known[m] <= x) lo = m + 1; else hi = m; } return lo; };
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    const below = lowerBound(v);
    const equal = upperBound(v) - below;
    return ((below + 0.5 * equal) / n) * 100;
  });
}

/** A weighted mean of the known parts (weights renormalised over them); null when none is known or the weights are 0. */
export function weightedMean(parts: readonly { value: number | null; weight: number }[]): number | null {
  let sum = 0;
  let w = 0;
  for (const p of parts) {
    if (p.value === null) continue;
    sum += p.value * p.weight;
    w += p.weight;
  }
  return w > 0 ? sum / w : null;
}

export type Quadrant = 'DEVELOP' | 'INVEST' | 'MAINTAIN' | 'SERVE_INDIRECTLY';

/**
 * docs/commercial.md "Account analysis matrix": high is ≥ split. High
 * potential and position: DEVELOP; high potential, low position: INVEST;
 * low potential, high position: MAINTAIN; both low: SERVE_INDIRECTLY. Null
 * when either score is unknown.
 */
export function quadrant(potential: number | null, position: number | null, split: number): Quadrant | null {
  if (potential === null || position === null) return null;
  const hiPot = potential >= split;
  const hiPos = position >= split;
  return hiPot ? (hiPos ? 'DEVELOP' : 'INVEST') : hiPos ? 'MAINTAIN' : 'SERVE_INDIRECTLY';
}

export interface MatrixInput {
  id: string;
  isKeyAccount: boolean;
  annualTurnover: number | null;
  /** our contribution margin with it in the period */
  margin: number | null;
  image: number | null;
  /** null when its wallet is unknown */
  shareOfWallet: number | null;
  revenueShare: number;
  /** decision-maker coverage ratio (null without decision makers) */
  coverageRatio: number | null;
  /** cross-sell breadth (null for an empty catalogue) */
  breadth: number | null;
}

export interface MatrixWeights {
  turnover: number;
  margin: number;
  image: number;
}

/** DESIGN §5 defaults: potential weights 0.4 / 0.4 / 0.2, quadrants split at 50. */
export const DEFAULT_WEIGHTS: Readonly<MatrixWeights> = Object.freeze({ turnover: 0.4, margin: 0.4, image: 0.2 });
export const DEFAULT_SPLIT = 50;

export interface MatrixRow {
  id: string;
  isKeyAccount: boolean;
  /** 0..100 */
  potential: number | null;
  /** 0..100 */
  position: number | null;
  quadrant: Quadrant | null;
  /** the percentile ranks behind the scores (null when the input is unknown) */
  ranks: { turnover: number | null; margin: number | null; image: number | null; wallet: number | null; walletFrom: 'SHARE_OF_WALLET' | 'REVENUE_SHARE'; coverage: number | null; breadth: number | null };
  /** a non-key account in DEVELOP or INVEST */
  candidate: boolean;
  /** a key account in SERVE_INDIRECTLY */
  review: boolean;
}

/**
 * docs/commercial.md "Account analysis matrix". Potential: the weighted
 * mean of the percentile ranks (among the accounts given) of annual
 * turnover, our contribution margin and image. Position: the mean of the
 * percentile ranks of share of wallet — ranked among the accounts whose
 * wallet is known; an account without one takes the rank of its revenue
 * share among all — decision-maker coverage ratio and cross-sell breadth.
 * An unknown input is left out of its mean (the weights of the rest are
 * renormalised).
 */
export function accountMatrix(inputs: readonly MatrixInput[], weights: MatrixWeights = DEFAULT_WEIGHTS, split = DEFAULT_SPLIT): MatrixRow[] {
  const turnover = percentileRanks(inputs.map((a) => a.annualTurnover));
  const margin = percentileRanks(inputs.map((a) => a.margin));
  const image = percentileRanks(inputs.map((a) => a.image));
  const wallet = percentileRanks(inputs.map((a) => a.shareOfWallet));
  const share = percentileRanks(inputs.map((a) => a.revenueShare));
  const coverage = percentileRanks(inputs.map((a) => a.coverageRatio));
  const breadthRank = percentileRanks(inputs.map((a) => a.breadth));
  return inputs.map((a, i) => {
    const potential = weightedMean([
      { value: turnover[i], weight: weights.turnover }, { value: margin[i], weight: weights.margin }, { value: image[i], weight: weights.image },
    ]);
    const walletRank = a.shareOfWallet !== null ? wallet[i] : share[i];
    const position = weightedMean([{ value: walletRank, weight: 1 }, { value: coverage[i], weight: 1 }, { value: breadthRank[i], weight: 1 }]);
    const q = quadrant(potential, position, split);
    return {
      id: a.id, isKeyAccount: a.isKeyAccount, potential, position, quadrant: q,
      ranks: {
        turnover: turnover[i], margin: margin[i], image: image[i], wallet: walletRank,
        walletFrom: a.shareOfWallet !== null ? 'SHARE_OF_WALLET' : 'REVENUE_SHARE', coverage: coverage[i], breadth: breadthRank[i],
      },
      candidate: !a.isKeyAccount && (q === 'DEVELOP' || q === 'INVEST'),
      review: a.isKeyAccount && q === 'SERVE_INDIRECTLY',
    };
  });
}

/** DESIGN §5 default: more key accounts than this per KAM is overload. */
export const DEFAULT_MAX_ACCOUNTS_PER_KAM = 5;

export interface KamAssignment {
  kamId: string;
  accountId: string;
  isKeyAccount: boolean;
}

export interface KamLoadRow {
  kamId: string;
  keyAccounts: string[];
  otherAccounts: string[];
  overloaded: boolean;
  /** KAM of non-key accounts too: a part-time KAM */
  partTime: boolean;
}

export type KamFlag = 'NO_KAM' | 'PART_TIME_KAM';

/**
 * docs/commercial.md "KAM load": per KAM (someone on an account team as
 * KAM) their key and other accounts; overloaded above `max` key accounts;
 * part-time when KAM of both key and non-key accounts. Each key account with
 * no KAM (NO_KAM) or with a part-time KAM (PART_TIME_KAM) is flagged;
 * `withoutKam` are those with no KAM but part-time ones (a part-time KAM is
 * not a KAM). KAMs by key accounts descending, then id.
 */
export function kamLoad(assignments: readonly KamAssignment[], keyAccounts: readonly string[], max = DEFAULT_MAX_ACCOUNTS_PER_KAM) {
  const byKam = new Map<string, KamLoadRow>();
  for (const a of assignments) {
    let row = byKam.get(a.kamId);
    if (!row) byKam.set(a.kamId, (row = { kamId: a.kamId, keyAccounts: [], otherAccounts: [], overloaded: false, partTime: false }));
    (a.isKeyAccount ? row.keyAccounts : row.otherAccounts).push(a.accountId);
  }
  for (const row of byKam.values()) {
    row.keyAccounts.sort();
    row.otherAccounts.sort();
    row.overloaded = row.keyAccounts.length > max;
    row.partTime = row.keyAccounts.length > 0 && row.otherAccounts.length > 0;
  }
  const kamsOf = new Map<string, string[]>();
  for (const a of assignments) kamsOf.set(a.accountId, [...(kamsOf.get(a.accountId) ?? []), a.kamId]);
  const flagged: { accountId: string; kams: string[]; flags: KamFlag[] }[] = [];
  const withoutKam: string[] = [];
  for (const id of [...keyAccounts].sort()) {
    const kams = (kamsOf.get(id) ?? []).sort();
    const flags: KamFlag[] = [];
    if (kams.length === 0) flags.push('NO_KAM');
    if (kams.some((k) => byKam.get(k)!.partTime)) flags.push('PART_TIME_KAM');
    if (flags.length) flagged.push({ accountId: id, kams, flags });
    if (kams.every((k) => byKam.get(k)!.partTime)) withoutKam.push(id);
  }
  const kams = [...byKam.values()].sort((a, b) => b.keyAccounts.length - a.keyAccounts.length || (a.kamId < b.kamId ? -1 : a.kamId > b.kamId ? 1 : 0));
  return { kams, flagged, withoutKam };
}
