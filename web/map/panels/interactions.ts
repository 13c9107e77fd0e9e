// Interactions about the account (Company.interactions), newest first; a row shows who took part on
// the map. Only interactions about the account itself, not its units, as the API defines the field.
import { h, replace, words } from '../dom.js';
import { muted, type Panel } from './panel.js';

const QUERY = `query MapInteractions($id: ID!, $after: String) {
  company(id: $id) { interactions(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind at level direction subject participants { id name } } } } }
}`;
interface Item { id: string; kind: string; at: string; level: string | null; direction: string | null; subject: string | null; participants: { id: string; name: string }[] }
interface Answer { company: { interactions: { totalCount: number | null; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Item }[] } } }

export const interactionsPanel: Panel = {
  id: 'interactions',
  title: 'Interactions',
  async render(body, ctx) {
    const list = h('ol', { class: 'kg-interactions' });
    const more = h('button', { type: 'button', hidden: true }, 'more');
    const total = h('p', {});
    let after: string | null = null;
    const load = async () => {
      const { company: { interactions: page } } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId, after });
      total.textContent = `${page.totalCount ?? page.edges.length} interaction${page.totalCount === 1 ? '' : 's'} about this account (not its units), newest first.`;
      for (const { node: i } of page.edges) {
        list.append(h('li', {}, h('button', {
          type: 'button', class: 'kg-link', title: 'show who took part',
          onclick: () => { ctx.onOverlay('interactions'); ctx.view.highlight(i.participants.map((p) => p.id)); },
        }, `${i.at} ${words(i.kind)}${i.level ? ` (${words(i.level)})` : ''}${i.direction ? ` ${words(i.direction)}` : ''}`),
        `: ${i.subject ?? '(no subject)'} — ${i.participants.map((p) => p.name).join(', ')}`));
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      more.hidden = !after;
    };
    more.addEventListener('click', () => void load());
    replace(body, total, list, more);
    await load();
    if (!list.children.length) list.replaceWith(muted('None recorded.'));
  },
};
