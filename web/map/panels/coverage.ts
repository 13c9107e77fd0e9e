// Decision-maker coverage of the account (DecisionMakerCoverage): overall, by level, by unit (where a
// unit can be collapsed into one box) and by function.
import { h, pct, replace, table, words } from '../dom.js';
import type { Tally } from '../model.js';
import { muted, type Panel } from './panel.js';

const QUERY = `query MapCoverageByFunction($id: ID!) {
  decisionMakerCoverage(accountId: $id) { byFunction { function total covered singleThreaded multiThreaded uncovered coverageRatio } }
}`;

const cells = (t: Tally) => [String(t.total), String(t.covered), String(t.singleThreaded), String(t.multiThreaded), String(t.uncovered), pct(t.coverageRatio)];
const HEAD = ['DMs', 'covered', 'single', 'multi', 'uncovered', 'ratio'];

export const coveragePanel: Panel = {
  id: 'coverage',
  title: 'Decision-maker coverage',
  open: true,
  async render(body, ctx) {
    const m = ctx.model;
    const o = m.overall;
    const units = table(['unit', ...HEAD, ''], m.units.map((u) => [
      h('span', { style: `padding-left:${u.depth}em` }, u.name),
      ...cells(u),
      u.depth === 0 ? '' : h('button', {
        type: 'button', class: 'kg-small', 'data-unit': u.unitId, 'aria-pressed': String(ctx.isCollapsed(u.unitId)),
        title: 'draw this unit as one box (or open it again)', onclick: () => ctx.toggleUnit(u.unitId),
      }, ctx.isCollapsed(u.unitId) ? 'expand' : 'collapse'),
    ]), { 'aria-label': 'coverage by unit' });
    replace(body,
      h('p', { class: 'kg-figure', 'data-figure': 'overall' },
        `${o.covered} of ${o.total} decision makers covered (${pct(o.coverageRatio)}): ${o.multiThreaded} multi-threaded, ${o.singleThreaded} single-threaded, ${o.uncovered} uncovered.`),
      h('h4', {}, 'By level'),
      table(['level', ...HEAD], m.byLevel.map((l) => [words(l.decisionLevel), ...cells(l)]), { 'aria-label': 'coverage by level' }),
      h('h4', {}, 'By unit (each counts the units below it)'),
      units,
      h('h4', {}, 'By function'),
      h('div', { class: 'kg-by-function' }, muted('loading…')));
    const { decisionMakerCoverage: d } = await ctx.gql<{ decisionMakerCoverage: { byFunction: (Tally & { function: string })[] } }>(QUERY, { id: ctx.accountId });
    replace(body.querySelector('.kg-by-function')!,
      d.byFunction.length ? table(['function', ...HEAD], d.byFunction.map((f) => [words(f.function), ...cells(f)])) : muted('no decision makers'));
  },
};
