// Coverage trend (Query.coverageTrend): the account's decision-maker coverage, single-contact risks and
// bus factor at the end of each of the last twelve months, as the record stood on each date
// (docs/definitions.md "Trend"). A small bar per month shows covered ÷ decision makers.
import { h, replace, table } from '../dom.js';
import type { Panel } from './panel.js';

const QUERY = `query MapTrend($id: ID!, $from: LocalDate!, $to: LocalDate!) {
  coverageTrend(accountId: $id, from: $from, to: $to, every: MONTH) {
    points { asOf risks busFactor singleThreaded decisionMakers { total covered singleThreaded } }
  }
}`;
interface Point { asOf: string; risks: number; busFactor: number | null; singleThreaded: boolean; decisionMakers: { total: number; covered: number; singleThreaded: number } }
interface Answer { coverageTrend: { points: Point[] } }

const day = (d: Date) => d.toISOString().slice(0, 10);

export const trendPanel: Panel = {
  id: 'trend',
  title: 'Coverage trend (12 months)',
  async render(body, ctx) {
    const now = new Date();
    const from = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth() + 1, 1));
    const { coverageTrend: { points } } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId, from: day(from), to: day(now) });
    const bar = (p: Point) => {
      const share = p.decisionMakers.total ? p.decisionMakers.covered / p.decisionMakers.total : 0;
      return h('span', { class: 'kg-bar', title: `${Math.round(share * 100)} % covered`, style: `display:inline-block;height:0.7em;background:#2e7d32;width:${Math.round(share * 80)}px` });
    };
    replace(body,
      h('p', { class: 'kg-muted' }, 'Month ends; each from the record as it stood that day (later interactions did not exist yet).'),
      table(['month end', 'covered', 'single-threaded', 'risks', 'bus factor', ''], points.map((p) => [
        p.asOf, `${p.decisionMakers.covered} / ${p.decisionMakers.total}`, String(p.decisionMakers.singleThreaded), String(p.risks),
        p.busFactor === null ? '–' : String(p.busFactor), bar(p)])));
  },
};
