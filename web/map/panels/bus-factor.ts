// Bus factor (how many of ours must leave before half the decision makers are uncovered, with one such
// set) and influence-weighted coverage (the share of the account's influence we reach).
import { h, pct, replace } from '../dom.js';
import { muted, personLink, type Panel } from './panel.js';

const QUERY = `query MapBusFactor($id: ID!) {
  decisionMakerCoverage(accountId: $id) {
    overall { coverageRatio } influenceWeightedCoverage
    busFactor { size threshold exact uncoveredBefore uncoveredAfter people { id name } decisionMakersLost { id name } }
  }
}`;

interface Answer {
  decisionMakerCoverage: {
    overall: { coverageRatio: number | null }; influenceWeightedCoverage: number | null;
    busFactor: null | { size: number; threshold: number; exact: boolean; uncoveredBefore: number; uncoveredAfter: number;
      people: { id: string; name: string }[]; decisionMakersLost: { id: string; name: string }[] };
  };
}

export const busFactorPanel: Panel = {
  id: 'bus-factor',
  title: 'Bus factor and influence reached',
  open: true,
  async render(body, ctx) {
    const { decisionMakerCoverage: d } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId });
    const b = d.busFactor;
    replace(body,
      h('p', { 'data-figure': 'influence' }, `We reach ${pct(d.overall.coverageRatio)} of the decision makers but ${pct(d.influenceWeightedCoverage)} of the influence.`),
      !b ? muted('No decision makers: no bus factor.')
        : b.size === 0 ? h('p', { 'data-figure': 'bus-factor' }, h('strong', { class: 'kg-warn' }, 'Bus factor 0'),
          `: ${b.uncoveredBefore} of the decision makers are uncovered already (half is ${b.threshold}).`)
          : h('div', {},
            h('p', { 'data-figure': 'bus-factor' }, h('strong', {}, `Bus factor ${b.size}${b.exact ? '' : ' (search cut short: smallest found)'}`),
              `: if `, b.people.flatMap((p, i) => [i ? ', ' : '', personLink(ctx, p.id, p.name)]), ` left, ${b.uncoveredAfter} decision makers would be uncovered (now ${b.uncoveredBefore}; half is ${b.threshold}).`),
            h('p', {}, 'Decision makers lost: ', b.decisionMakersLost.flatMap((p, i) => [i ? ', ' : '', personLink(ctx, p.id, p.name)])),
            h('button', { type: 'button', onclick: () => { ctx.onOverlay('bus-factor'); ctx.view.highlight([...b.people, ...b.decisionMakersLost].map((p) => p.id)); } }, 'Show on map')));
  },
};
