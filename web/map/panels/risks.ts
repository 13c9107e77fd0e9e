// Single-contact risks of the account, most severe first (the API's order): a decision maker, or a
// contact swaying one, held by exactly one of ours. Clicking one shows the contact and its sole holder.
import { h, num, replace, words } from '../dom.js';
import { muted, personLink, type Panel } from './panel.js';

const QUERY = `query MapRisks($id: ID!) {
  singleContactRisks(accountId: $id, first: 50, includeInfluencers: true) {
    totalCount
    edges { node { contact { id name title } holder { id name } strength ageDays reason severity
      severityParts { levelWeight influenceScore accountWeight } } }
    accounts { singleThreaded soleHolder { id name } uncoveredDecisionMakers { id name } }
  }
}`;

interface Answer {
  singleContactRisks: {
    totalCount: number;
    edges: { node: { contact: { id: string; name: string; title: string | null }; holder: { id: string; name: string }; strength: number; ageDays: number | null;
      reason: string; severity: number; severityParts: { levelWeight: number; influenceScore: number; accountWeight: number } } }[];
    accounts: { singleThreaded: boolean; soleHolder: { id: string; name: string } | null; uncoveredDecisionMakers: { id: string; name: string }[] }[];
  };
}

export const risksPanel: Panel = {
  id: 'risks',
  title: 'Single-contact risks',
  open: true,
  async render(body, ctx) {
    const { singleContactRisks: r } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId });
    const summary = r.accounts[0];
    const list = h('ol', { class: 'kg-risks' }, r.edges.map(({ node: n }) =>
      h('li', {},
        h('button', {
          type: 'button', class: 'kg-risk', 'data-contact': n.contact.id, 'data-holder': n.holder.id,
          title: `severity = level weight ${n.severityParts.levelWeight} × influence score ${n.severityParts.influenceScore.toFixed(4)} × account weight ${n.severityParts.accountWeight}`,
          onclick: (e: Event) => {
            for (const b of list.querySelectorAll('.kg-risk[aria-pressed]')) b.removeAttribute('aria-pressed');
            (e.currentTarget as HTMLElement).setAttribute('aria-pressed', 'true');
            ctx.onOverlay('risks');
            ctx.view.highlight([n.contact.id, n.holder.id]);
          },
        },
        h('strong', {}, n.contact.name), ` held only by ${n.holder.name}`,
        h('span', { class: 'kg-muted' }, ` · severity ${num(n.severity, 3)} · strength ${num(n.strength)} · ${n.ageDays ?? '?'} days · ${words(n.reason)}`)))));
    replace(body,
      h('p', {}, `${r.totalCount} risk${r.totalCount === 1 ? '' : 's'}, most severe first.`,
        summary?.singleThreaded ? h('strong', { class: 'kg-warn' }, ` Single-threaded: ${summary.soleHolder?.name} holds every decision maker we reach.`) : null),
      r.edges.length ? list : muted('No decision maker (or contact swaying one) hangs on one person of ours.'),
      summary?.uncoveredDecisionMakers.length
        ? h('p', {}, 'Uncovered decision makers: ', summary.uncoveredDecisionMakers.flatMap((p, i) => [i ? ', ' : '', personLink(ctx, p.id, p.name)]))
        : null);
  },
};
