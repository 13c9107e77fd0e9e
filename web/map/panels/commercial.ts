// Commercial figures of the account (Company.commercial, docs/commercial.md): revenue and growth against the
// previous period, margin, cross-selling breadth, share of wallet, price mix, and the families its peers buy
// and it does not (white space).
import { h, replace, table } from '../dom.js';
import type { Panel } from './panel.js';

const QUERY = `query MapCommercial($id: ID!) {
  company(id: $id) { commercial { period previousPeriod revenue previousRevenue growth marginPct shareOfWallet portfolioShare
    breadth { bought total } priceMix { share newWithinMonths } whiteSpace { family share } } }
}`;
interface Answer { company: { commercial: {
  period: string; previousPeriod: string; revenue: number; previousRevenue: number; growth: number | null; marginPct: number | null;
  shareOfWallet: number | null; portfolioShare: number | null; breadth: { bought: number; total: number };
  priceMix: { share: number | null; newWithinMonths: number }; whiteSpace: { family: string; share: number }[];
} } }

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
const money = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 0 });

export const commercialPanel: Panel = {
  id: 'commercial',
  title: 'Commercial',
  async render(body, ctx) {
    const { company: { commercial: c } } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId });
    replace(body,
      h('p', { class: 'kg-muted' }, `Period ${c.period}, against ${c.previousPeriod}.`),
      table(['figure', 'value'], [
        ['revenue', `${money(c.revenue)} (was ${money(c.previousRevenue)})`],
        ['growth', pct(c.growth)],
        ['share of our revenue', pct(c.portfolioShare)],
        ['contribution margin', pct(c.marginPct)],
        ['cross-sell breadth', `${c.breadth.bought} of ${c.breadth.total} families`],
        ['share of wallet', pct(c.shareOfWallet)],
        [`new products (≤ ${c.priceMix.newWithinMonths} months)`, pct(c.priceMix.share)],
      ]),
      h('p', {}, 'White space (families its peers buy): ', c.whiteSpace.length
        ? c.whiteSpace.slice(0, 5).map((w) => `${w.family} (${pct(w.share)})`).join(', ') : 'none'));
  },
};
