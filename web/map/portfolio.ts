// The portfolio (Query.accountCoverage, most fragile first): each account's decision-maker coverage,
// single-threaded flag, bus factor, influence reached and its most severe single-contact risk. Sortable
// by any column; an account's name opens its map.
import { gql } from './api.js';
import { h, num, pct, replace } from './dom.js';

/** 20 accounts a page: the portfolio analytic and 20 nested risk lists stay inside the API's cost limit. */
const QUERY = `query MapPortfolio($after: String) {
  accountCoverage(first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      accountId accountName contacts singleThreaded soleHolder { name } influenceWeightedCoverage
      decisionMakers { total covered coverageRatio }
      busFactor { size }
      account { isKeyAccount tier risks(first: 1) { totalCount edges { node { contact { name } holder { name } severity } } } }
    } }
  }
}`;

export interface Row {
  accountId: string; accountName: string; contacts: number; singleThreaded: boolean; soleHolder: { name: string } | null;
  influenceWeightedCoverage: number | null; decisionMakers: { total: number; covered: number; coverageRatio: number | null };
  busFactor: { size: number } | null;
  account: { isKeyAccount: boolean | null; tier: string | null; risks: { totalCount: number; edges: { node: { contact: { name: string }; holder: { name: string }; severity: number } }[] } };
}

interface Column { key: string; label: string; value: (r: Row) => string | number | null; cell: (r: Row) => Node | string; numeric?: boolean }

const COLUMNS: Column[] = [
  { key: 'name', label: 'Account', value: (r) => r.accountName, cell: (r) => h('a', { href: `#/account/${encodeURIComponent(r.accountId)}`, class: 'kg-open' }, r.accountName) },
  { key: 'key', label: 'Key', value: (r) => (r.account.isKeyAccount ? 1 : 0), cell: (r) => `${r.account.isKeyAccount ? 'yes' : 'no'}${r.account.tier ? ` (${r.account.tier})` : ''}`, numeric: true },
  { key: 'contacts', label: 'Contacts', value: (r) => r.contacts, cell: (r) => String(r.contacts), numeric: true },
  { key: 'coverage', label: 'DM coverage', value: (r) => r.decisionMakers.coverageRatio, numeric: true,
    cell: (r) => h('span', {}, h('meter', { min: 0, max: 1, low: 0.5, high: 0.75, optimum: 1, value: r.decisionMakers.coverageRatio ?? 0 }), ` ${r.decisionMakers.covered}/${r.decisionMakers.total} ${pct(r.decisionMakers.coverageRatio)}`) },
  { key: 'single', label: 'Single-threaded', value: (r) => (r.singleThreaded ? 1 : 0), numeric: true,
    cell: (r) => (r.singleThreaded ? h('strong', { class: 'kg-warn' }, `yes: ${r.soleHolder?.name ?? ''}`) : 'no') },
  { key: 'bus', label: 'Bus factor', value: (r) => r.busFactor?.size ?? null, cell: (r) => (r.busFactor ? String(r.busFactor.size) : '–'), numeric: true },
  { key: 'influence', label: 'Influence reached', value: (r) => r.influenceWeightedCoverage, cell: (r) => pct(r.influenceWeightedCoverage), numeric: true },
  { key: 'risks', label: 'Risks', value: (r) => r.account.risks.totalCount, cell: (r) => String(r.account.risks.totalCount), numeric: true },
  { key: 'top', label: 'Top risk', value: (r) => r.account.risks.edges[0]?.node.severity ?? null, numeric: true,
    cell: (r) => { const t = r.account.risks.edges[0]?.node; return t ? `${t.contact.name} ← ${t.holder.name} (${num(t.severity, 3)})` : '–'; } },
];

export async function loadPortfolio(): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  do {
    const page: { accountCoverage: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Row }[] } } = await gql(QUERY, { after });
    rows.push(...page.accountCoverage.edges.map((e) => e.node));
    after = page.accountCoverage.pageInfo.hasNextPage ? page.accountCoverage.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

/** The table; `rows` in the API's order (most fragile first) until a column header is clicked. */
export function portfolioTable(rows: Row[]): HTMLElement {
  let sort: { key: string; dir: 1 | -1 } | null = null;
  const tbody = h('tbody');
  const heads = COLUMNS.map((c) => h('th', { scope: 'col', 'aria-sort': 'none' },
    h('button', { type: 'button', class: 'kg-sort', 'data-sort': c.key, onclick: () => {
      sort = sort?.key === c.key ? { key: c.key, dir: sort.dir === 1 ? -1 : 1 } : { key: c.key, dir: c.numeric ? -1 : 1 };
      draw();
    } }, c.label)));
  const draw = () => {
    const col = sort && COLUMNS.find((c) => c.key === sort!.key)!;
    const sorted = !col ? rows : [...rows].sort((a, b) => {
      const x = col.value(a), y = col.value(b);
      // unknown values last, whichever the direction
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sort!.dir;
    });
    heads.forEach((th, i) => th.setAttribute('aria-sort', sort?.key === COLUMNS[i].key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'));
    replace(tbody, sorted.map((r) => h('tr', { 'data-account': r.accountId }, COLUMNS.map((c) => h('td', { class: c.numeric ? 'kg-num' : '' }, c.cell(r))))));
  };
  draw();
  return h('table', { class: 'kg-table kg-portfolio', 'aria-label': 'portfolio' }, h('thead', {}, h('tr', {}, heads)), tbody);
}
