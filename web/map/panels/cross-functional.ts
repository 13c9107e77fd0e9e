// Cross-functional coverage (Query.crossFunctionalCoverage): effective relationships, our functions × theirs,
// so gaps between functional areas show.
import { h, replace, words } from '../dom.js';
import { muted, type Panel } from './panel.js';

const QUERY = `query MapCrossFunctional($id: ID!) { crossFunctionalCoverage(accountId: $id) { total cells { ours theirs relationships } } }`;
interface Answer { crossFunctionalCoverage: { total: number; cells: { ours: string; theirs: string; relationships: number }[] } }

export const crossFunctionalPanel: Panel = {
  id: 'cross-functional',
  title: 'Cross-functional coverage',
  async render(body, ctx) {
    const { crossFunctionalCoverage: x } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId });
    if (!x.cells.length) return replace(body, muted('No effective relationships.'));
    const ours = [...new Set(x.cells.map((c) => c.ours))].sort();
    const theirs = [...new Set(x.cells.map((c) => c.theirs))].sort();
    const at = new Map(x.cells.map((c) => [`${c.ours}|${c.theirs}`, c.relationships]));
    const max = Math.max(...x.cells.map((c) => c.relationships));
    replace(body,
      h('p', {}, `${x.total} effective relationships; rows: our function, columns: theirs.`),
      h('div', { class: 'kg-scroll' }, h('table', { class: 'kg-table kg-matrix' },
        h('thead', {}, h('tr', {}, h('th', {}, ''), theirs.map((t) => h('th', { scope: 'col' }, words(t))))),
        h('tbody', {}, ours.map((o) => h('tr', {}, h('th', { scope: 'row' }, words(o)), theirs.map((t) => {
          const n = at.get(`${o}|${t}`) ?? 0;
          return h('td', { style: n ? `background:rgba(44,127,184,${(0.15 + 0.7 * n / max).toFixed(2)})` : '' }, n ? String(n) : '');
        })))))));
  },
};
