// Who holds power: the most influential contacts (influence score, from the map's data) and the hidden
// influencers (Query.hiddenInfluencers: high influence, no decision role, low in the reporting tree).
import { h, num, replace, table, words } from '../dom.js';
import { muted, personLink, type Panel } from './panel.js';

const QUERY = `query MapHidden($id: ID!) {
  hiddenInfluencers(accountId: $id) { person { id name title } score rank formalRank sways { person { id name } strength } }
}`;
type Ref = { id: string; name: string };
interface Answer { hiddenInfluencers: { person: Ref & { title: string | null }; score: number; rank: number; formalRank: number; sways: { person: Ref; strength: number }[] }[] }

export const influencePanel: Panel = {
  id: 'influence',
  title: 'Influence and hidden influencers',
  async render(body, ctx) {
    const top = [...ctx.model.contacts.values()].sort((a, b) => a.rank - b.rank).slice(0, 10);
    const { hiddenInfluencers } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId });
    replace(body,
      h('h4', {}, 'Hidden influencers'),
      hiddenInfluencers.length ? h('ul', {}, hiddenInfluencers.map((x) => h('li', {},
        h('button', { type: 'button', class: 'kg-link', onclick: () => { ctx.onOverlay('influence'); ctx.view.highlight([x.person.id, ...x.sways.map((s) => s.person.id)]); } }, x.person.name),
        ` (${x.person.title ?? '–'}), rank ${x.rank}, ${x.formalRank} levels down, sways `,
        x.sways.map((s) => `${s.person.name} ${num(s.strength)}`).join(', ') || 'nobody directly'))) : muted('None in this account.'),
      h('h4', {}, 'Most influential contacts'),
      table(['rank', 'contact', 'score', 'role', 'levels down'], top.map((c) => [String(c.rank), personLink(ctx, c.id, c.name), num(c.score, 3), words(c.buyingRole), String(c.formalRank)])));
  },
};
