import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { requireId } from '../../common/validate.js';
import { monthIndex, overlap, parsePeriod, parseSalePeriod } from '../../domain/period.js';
import { saleId, type SaleRecord } from '../../domain/records.js';
import type { Change } from '../../domain/changes.js';
import { rootIndex } from '../../domain/terms.js';
import { badInput, notFound } from '../../errors.js';
import { commercialGraph, type CommercialGraph, type ReadModelSource } from '../../readmodel/read-graph.js';
import type { Writer } from '../../readmodel/writer.js';
import { money } from '../commercial/commercial.service.js';
import { subtree } from '../commercial/commercial.facts.js';

/** What `recordSales` takes per row: the sale's key (account, product, period) and its figures. */
export interface SaleInputData {
  accountId: string;
  productId: string;
  period: string;
  revenue: number;
  volume: number;
  listRevenue?: number | null;
  contributionMargin?: number | null;
}

/** Most rows one `recordSales` may carry (larger loads: `kamgraph import` with sales.csv). */
export const MAX_SALES_PER_WRITE = 5000;

export interface RecordSalesResult {
  created: number;
  updated: number;
  unchanged: number;
  sales: SaleRecord[];
}

/** Filters of `company.sales`. */
export interface SaleFilter {
  period?: string | null;
  productId?: string | null;
  includeUnits?: boolean | null;
}

const sameFigures = (a: SaleRecord, b: SaleRecord) =>
  a.revenue === b.revenue && a.volume === b.volume && (a.listRevenue ?? null) === (b.listRevenue ?? null) && (a.contributionMargin ?? null) === (b.contributionMargin ?? null);

/** The current month (UTC): a sale's period may not begin after it. */
const thisMonth = (now = new Date()) => monthIndex(now.getUTCFullYear(), now.getUTCMonth() + 1);

/**
 * Sales (DESIGN §2 `Sale`; docs/commercial.md "Sales"): recording them in
 * bulk as one unit of work, removing one, and listing an account's.
 */
export class SaleService {
  constructor(private readonly host: ReadModelSource, private readonly writer: Writer) {}

  /**
   * Validates one row against the graph (`at` names its place: `input[3]`):
   * every rule names its field, in a fixed order.
   */
  static validate(g: CommercialGraph, input: SaleInputData, at: string, now = thisMonth()): SaleRecord {
    const accountId = requireId(`${at}.accountId`, input.accountId);
    const c = g.companyIndex(accountId);
    if (c < 0) throw notFound(`${at}.accountId`, 'company', accountId);
    if (g.companyKind(rootIndex(g, c)) === 'SUPPLIER') throw badInput(`${at}.accountId`, `"${accountId}" is one of our own units; a sale is to an account`);
    const productId = requireId(`${at}.productId`, input.productId);
    if (g.productIndex(productId) < 0) throw notFound(`${at}.productId`, 'product', productId);
    const period = typeof input.period === 'string' ? parseSalePeriod(input.period) : null;
    if (!period) throw badInput(`${at}.period`, `${at}.period must be YYYY-MM or YYYY, got "${input.period}"`);
    if (period.start > now) throw badInput(`${at}.period`, `${at}.period must not begin after this month, got ${input.period}`);
    const revenue = money(`${at}.revenue`, input.revenue);
    if (revenue === null) throw badInput(`${at}.revenue`, `${at}.revenue is required`);
    const volume = money(`${at}.volume`, input.volume);
    if (volume === null) throw badInput(`${at}.volume`, `${at}.volume is required`);
    const listRevenue = money(`${at}.listRevenue`, input.listRevenue);
    const m = input.contributionMargin ?? null;
    if (m !== null && (typeof m !== 'number' || !Number.isFinite(m))) throw badInput(`${at}.contributionMargin`, `${at}.contributionMargin must be a number, got ${m}`);
    if (m !== null && m > revenue) throw badInput(`${at}.contributionMargin`, `${at}.contributionMargin (${m}) cannot exceed the revenue (${revenue})`);
    return { accountId, productId, period: input.period, revenue, volume, listRevenue, contributionMargin: m };
  }

  /**
   * Records sales as one unit of work (docs/commercial.md "Sales"): each row
   * creates the sale of its (account, product, period) or replaces its
   * figures; a row equal to what is stored writes nothing. Every row is
   * validated before anything is written; one bad row refuses them all,
   * naming `input[i].field`. A key given twice, or a yearly sale beside
   * monthly sales of the same year (account and product), is refused: they
   * would count twice.
   */
  async record(inputs: readonly SaleInputData[]): Promise<RecordSalesResult> {
    if (!Array.isArray(inputs) || inputs.length === 0) throw badInput('input', 'give at least one sale');
    if (inputs.length > MAX_SALES_PER_WRITE) throw badInput('input', `at most ${MAX_SALES_PER_WRITE} sales per write, got ${inputs.length}; use kamgraph import for more`);
    return this.writer.commit((g0) => {
      const g = commercialGraph(g0);
      const now = thisMonth();
      const rows = inputs.map((x, i) => SaleService.validate(g, x, `input[${i}]`, now));
      // keys in this write, and the years with monthly / yearly sales per (account, product), for the overlap rule
      const seen = new Map<string, number>();
      const years = new Map<string, { monthly: boolean; yearly: boolean }>();
      const yearKey = (r: SaleRecord) => `${r.accountId}\u0000${r.productId}\u0000${r.period.slice(0, 4)}`;
      rows.forEach((r, i) => {
        const key = saleId(r.accountId, r.productId, r.period);
        const first = seen.get(key);
        if (first !== undefined) throw badInput(`input[${i}].period`, `input[${i}] is the same sale as input[${first}] (${r.accountId}, ${r.productId}, ${r.period})`);
        seen.set(key, i);
        const y = years.get(yearKey(r)) ?? { monthly: false, yearly: false };
        if (r.period.length === 4) y.yearly = true;
        else y.monthly = true;
        years.set(yearKey(r), y);
        if (y.yearly && y.monthly) throw badInput(`input[${i}].period`, `input[${i}]: ${r.accountId} has both a yearly and monthly sales of ${r.productId} in ${r.period.slice(0, 4)} in this write; they would count twice`);
        const clash = SaleService.overlapping(g, r);
        if (clash) throw badInput(`input[${i}].period`, `input[${i}]: ${r.accountId} already has a sale of ${r.productId} for ${clash}, which overlaps ${r.period}; they would count twice`);
      });
      const changes: Change[] = [];
      const result: RecordSalesResult = { created: 0, updated: 0, unchanged: 0, sales: rows };
      for (const r of rows) {
        const x = g.saleIndex(r.accountId, r.productId, r.period);
        if (x >= 0 && sameFigures(g.sale(x), r)) { result.unchanged++; continue; }
        changes.push({ kind: 'sale.upserted', sale: r, created: x < 0 });
        if (x < 0) result.created++;
        else result.updated++;
      }
      return { changes, result };
    });
  }

  /** The period of a stored sale of the same account and product that overlaps this one without being it, or null. */
  static overlapping(g: CommercialGraph, r: SaleRecord): string | null {
    const p = parseSalePeriod(r.period)!;
    const c = g.companyIndex(r.accountId);
    const product = g.productIndex(r.productId);
    let hit: string | null = null;
    g.forEachSaleOf(c, (x, _a, prod, start, length) => {
      if (hit !== null || prod !== product || (start === p.start && length === p.length)) return;
      if (overlap(start, length, p.start, p.start + p.length) > 0) hit = g.sale(x).period;
    });
    return hit;
  }

  /** Removes the sale of (account, product, period); returns its id. */
  async remove(accountId: string, productId: string, period: string): Promise<string> {
    requireId('accountId', accountId);
    requireId('productId', productId);
    return this.writer.commit((g0) => {
      const g = commercialGraph(g0);
      if (g.saleIndex(accountId, productId, period) < 0) throw notFound('period', 'sale', saleId(accountId, productId, period));
      return { changes: [{ kind: 'sale.removed', accountId, productId, period }], result: saleId(accountId, productId, period) };
    });
  }

  /**
   * The sales of a company (with `includeUnits`, of every unit under it too):
   * newest period first, then account id, then product id; filtered by a
   * period (sales overlapping it) and a product. Null when the company is
   * not visible.
   */
  async ofCompany(companyId: string, filter: SaleFilter, page: PageRequest): Promise<Page<SaleRecord> | null> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after);
    const w = filter.period === null || filter.period === undefined ? null : parsePeriod(filter.period);
    const g = commercialGraph(await this.host.ready());
    const c = g.companyIndex(companyId);
    if (c < 0) return null;
    const product = filter.productId === null || filter.productId === undefined ? -2 : g.productIndex(filter.productId);
    const hits: { x: number; key: string }[] = [];
    for (const u of filter.includeUnits ? subtree(g, c) : [c]) {
      g.forEachSaleOf(u, (x, a, r, start, length) => {
        if (product !== -2 && r !== product) return;
        if (w && overlap(start, length, w.from, w.to) === 0) return;
        // newest first: the key sorts ascending, so the month is complemented
        hits.push({ x, key: `${String(99999 - start).padStart(6, '0')}|${String(length).padStart(2, '0')}|${g.companyId(a)}|${g.productId(r)}` });
      });
    }
    hits.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    let start = 0;
    if (after !== null) {
      start = hits.findIndex((h) => h.key > after);
      if (start < 0) start = hits.length;
    }
    const keys = new Map<SaleRecord, string>();
    const rows = hits.slice(start, start + first + 1).map((h) => {
      const sale = g.sale(h.x);
      keys.set(sale, h.key);
      return sale;
    });
    return toPage(rows, first, (s) => keys.get(s)!, hits.length);
  }
}
