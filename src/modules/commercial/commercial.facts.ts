/**
 * The figures the commercial metrics start from, read from the (scoped) read
 * model and memoised (docs/commercial.md "Computation"): per account and
 * period, its revenue, volume, margin and revenue by product, gathered from
 * the sales of the account and every unit under it through the per-company
 * sales index — never a scan of all sales. Memoised with `memoSales` (per account), so a
 * sale written to one account recomputes that account only.
 */
import { overlap, parsePeriod, type PeriodWindow } from '../../domain/period.js';
import type { CompanyRecord } from '../../domain/records.js';
import { accountRoots, rootIndex } from '../../domain/terms.js';
import { NO_DAY } from '../../readmodel/days.js';
import { commercialGraph, type CommercialGraph, type ReadGraph } from '../../readmodel/read-graph.js';

/** One product's share of an account's figures in a period. */
export interface ProductFacts {
  revenue: number;
  volume: number;
  /** list revenue of the sales whose list revenue is known (given, or volume × the product's list price) */
  listRevenue: number;
  /** revenue of those sales */
  listBasis: number;
}

/** An account's (or unit's, with the units under it) figures in one period. */
export interface AccountFacts {
  revenue: number;
  volume: number;
  /** contribution margin of the sales whose margin is known; null when none is */
  margin: number | null;
  /** revenue of the sales whose margin is known */
  marginBasis: number;
  listRevenue: number;
  listBasis: number;
  /** product index → figures (products with a sale counted in the period) */
  byProduct: Map<number, ProductFacts>;
  /** the families of the products with revenue > 0 */
  families: Set<string>;
  /** sale rows counted (some share of them in the period) */
  sales: number;
}

/** A company's unit tree (itself first, breadth-first, children by id), as company indexes; memoised per account. */
export function subtree(g: ReadGraph, c: number): number[] {
  const id = g.companyId(c);
  return commercialGraph(g).memoSales(id, `commercial:units:${id}`, () => {
    // breadth-first, children in id order (as `unitTree` lists them)
    const out = [c];
    const seen = new Set(out);
    for (let i = 0; i < out.length; i++) {
      const children: number[] = [];
      g.forEachUnit(out[i], (u) => { if (!seen.has(u)) { seen.add(u); children.push(u); } });
      children.sort((a, b) => (g.companyId(a) < g.companyId(b) ? -1 : 1));
      out.push(...children);
    }
    return out;
  });
}

/** The list revenue of a sale: as given, else volume × the product's list price; NaN when neither is known. */
function listOf(g: CommercialGraph, product: number, volume: number, listRevenue: number): number {
  if (!Number.isNaN(listRevenue)) return listRevenue;
  const price = g.productListPrice(product);
  return Number.isNaN(price) ? NaN : price * volume;
}

/** One more than the largest product index (the size of per-product arrays), per graph version. */
export function productSlots(g: CommercialGraph): number {
  return g.memo('commercial:productSlots', () => {
    let n = 0;
    g.forEachProduct((r) => { if (r + 1 > n) n = r + 1; });
    return n;
  });
}

/** Per-product accumulators reused by every `accountFacts` (a pass runs to its end without yielding). */
let scratch = { revenue: new Float64Array(0), volume: new Float64Array(0), list: new Float64Array(0), listBasis: new Float64Array(0), seen: new Uint8Array(0) };
function scratchFor(n: number) {
  if (scratch.seen.length < n) {
    const m = Math.max(n, scratch.seen.length * 2, 64);
    scratch = { revenue: new Float64Array(m), volume: new Float64Array(m), list: new Float64Array(m), listBasis: new Float64Array(m), seen: new Uint8Array(m) };
  }
  return scratch;
}

/**
 * docs/commercial.md "Revenue": the figures of a company and every unit
 * under it in the window; a yearly sale counts by the share of its months
 * inside it. One pass over the sales of its units (the per-company index and
 * the sale columns), memoised per account (invalidated by writes to its
 * sales, its potential, its unit tree, and the catalogue).
 */
export function accountFacts(g0: ReadGraph, c: number, w: PeriodWindow): AccountFacts {
  const g = commercialGraph(g0);
  const id = g.companyId(c);
  return g.memoSales(id, `commercial:facts:${id}:${w.from}:${w.to}`, () => {
    const f: AccountFacts = { revenue: 0, volume: 0, margin: null, marginBasis: 0, listRevenue: 0, listBasis: 0, byProduct: new Map(), families: new Set(), sales: 0 };
    const col = g.saleColumns;
    const acc = scratchFor(productSlots(g));
    const touched: number[] = [];
    let margin = 0;
    let marginKnown = false;
    const from = w.from;
    const to = w.to;
    for (const u of subtree(g, c)) {
      const list = g.salesOf(u);
      for (let k = 0; k < list.length; k++) {
        const x = list[k];
        const start = col.start[x];
        const length = col.length[x];
        // the share of the sale inside the window (overlap() inlined: this loop runs over every sale of the account)
        const lo = start > from ? start : from;
        const hi = start + length < to ? start + length : to;
        if (hi <= lo) continue;
        const share = (hi - lo) / length;
        const rev = col.revenue[x] * share;
        const vol = col.volume[x] * share;
        const product = col.product[x];
        f.sales++;
        f.revenue += rev;
        f.volume += vol;
        const m = col.margin[x];
        if (m === m) { margin += m * share; f.marginBasis += rev; marginKnown = true; }
        if (acc.seen[product] === 0) { acc.seen[product] = 1; touched.push(product); }
        acc.revenue[product] += rev;
        acc.volume[product] += vol;
        const listed = listOf(g, product, col.volume[x], col.listRevenue[x]);
        if (listed === listed) {
          acc.list[product] += listed * share;
          acc.listBasis[product] += rev;
        }
      }
    }
    f.margin = marginKnown ? margin : null;
    for (const r of touched) {
      f.byProduct.set(r, { revenue: acc.revenue[r], volume: acc.volume[r], listRevenue: acc.list[r], listBasis: acc.listBasis[r] });
      f.listRevenue += acc.list[r];
      f.listBasis += acc.listBasis[r];
      if (acc.revenue[r] > 0) f.families.add(g.productFamily(r));
      acc.seen[r] = 0; acc.revenue[r] = 0; acc.volume[r] = 0; acc.list[r] = 0; acc.listBasis[r] = 0;
    }
    return f;
  });
}

/** Per month of the window: revenue, margin (null when unknown) and revenue by product (the trend). */
export interface MonthFacts {
  month: number;
  revenue: number;
  margin: number | null;
  byProduct: Map<number, number>;
}

/** docs/commercial.md "Trend": an account's figures month by month over the window (a yearly sale: a twelfth each month). */
export function monthlyFacts(g0: ReadGraph, c: number, w: PeriodWindow): MonthFacts[] {
  const g = commercialGraph(g0);
  const id = g.companyId(c);
  return g.memoSales(id, `commercial:months:${id}:${w.from}:${w.to}`, () => {
    const months: MonthFacts[] = [];
    const known: boolean[] = [];
    for (let m = w.from; m < w.to; m++) { months.push({ month: m, revenue: 0, margin: 0, byProduct: new Map() }); known.push(false); }
    for (const u of subtree(g, c)) {
      g.forEachSaleOf(u, (_s, _a, product, start, length, revenue, _v, _l, margin) => {
        const lo = Math.max(start, w.from);
        const hi = Math.min(start + length, w.to);
        for (let m = lo; m < hi; m++) {
          const x = months[m - w.from];
          const rev = revenue / length;
          x.revenue += rev;
          x.byProduct.set(product, (x.byProduct.get(product) ?? 0) + rev);
          if (!Number.isNaN(margin)) { x.margin! += margin / length; known[m - w.from] = true; }
        }
      });
    }
    months.forEach((x, i) => { if (!known[i]) x.margin = null; });
    return months;
  });
}

/** Which accounts a portfolio question is about (docs/commercial.md "The portfolio"). */
export interface Selection {
  segment?: string | null;
  keyAccountsOnly?: boolean | null;
}

/**
 * The portfolio's accounts: the root customer accounts the caller can see
 * (`accountRoots`), optionally only key accounts (`keyAccountsOnly: true`) or
 * only the others (`false`), and of one segment. In id order.
 */
export function portfolioAccounts(g: ReadGraph, sel: Selection = {}): CompanyRecord[] {
  const roots = accountRoots(g, sel.keyAccountsOnly ?? null);
  return sel.segment === null || sel.segment === undefined ? roots : roots.filter((c) => c.segment === sel.segment);
}

/** The product's launch month for the metrics: NaN when unknown. */
export function launchMonth(g: CommercialGraph, product: number): number {
  const m = g.productLaunchMonth(product);
  return m === NO_DAY ? NaN : m;
}

/** One account's figures for one product in a window (price consistency). */
export interface AccountProductFacts {
  account: number;
  revenue: number;
  volume: number;
  listRevenue: number;
  listBasis: number;
}

/**
 * docs/commercial.md "Price consistency": a product's sales in the window
 * gathered by root account, over the product's own sales index (a product's
 * sales, not all sales). Only accounts in `accounts` (company indexes of
 * roots) count.
 */
export function productFacts(g0: ReadGraph, product: number, w: PeriodWindow, accounts: ReadonlySet<number>): AccountProductFacts[] {
  const g = commercialGraph(g0);
  const byRoot = new Map<number, AccountProductFacts>();
  const roots = new Map<number, number>();
  g.forEachSaleOfProduct(product, (_s, a, r, start, length, revenue, volume, listRevenue) => {
    const share = overlap(start, length, w.from, w.to);
    if (share === 0) return;
    let root = roots.get(a);
    if (root === undefined) roots.set(a, (root = rootIndex(g, a)));
    if (!accounts.has(root)) return;
    let f = byRoot.get(root);
    if (!f) byRoot.set(root, (f = { account: root, revenue: 0, volume: 0, listRevenue: 0, listBasis: 0 }));
    f.revenue += revenue * share;
    f.volume += volume * share;
    const list = listOf(g, r, volume, listRevenue);
    if (!Number.isNaN(list)) { f.listRevenue += list * share; f.listBasis += revenue * share; }
  });
  return [...byRoot.values()];
}

/**
 * DESIGN §3 "Severity" / §5 "Revenue share": the account weight of every
 * root customer account the graph shows — its revenue share s_a in the
 * period (default: the last complete year) — or null when there is no
 * revenue in it (the weight stays 1 until revenue exists). Shares sum to 1.
 * For a scoped caller they are shares of the revenue of the accounts it can
 * see. `g` must be the read model or its scoped view (a view without the
 * commercial part, such as the in-force view of a date, answers null:
 * pass the graph it wraps; sales have no point-in-time history).
 */
export function accountWeights(g: ReadGraph, period: string | null = null): Map<string, number> | null {
  if (typeof (g as Partial<CommercialGraph>).forEachSaleOf !== 'function') return null;
  const w = parsePeriod(period);
  return g.memo(`commercial:weights:${w.from}:${w.to}`, () => {
    const revenue = new Map<string, number>();
    let total = 0;
    for (const a of portfolioAccounts(g)) {
      const r = accountFacts(g, g.companyIndex(a.id), w).revenue;
      revenue.set(a.id, r);
      total += r;
    }
    if (!(total > 0)) return null;
    for (const [id, r] of revenue) revenue.set(id, r / total);
    return revenue;
  });
}
