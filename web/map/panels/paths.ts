// The path explorer: the k strongest influence paths from one person to another (Query.influencePaths),
// or the best introductions to a contact (Query.bestIntroductions). Each hop is labelled on the map with
// its kind and strength; a path's strength is the product of its hops'.
import { h, replace } from '../dom.js';
import type { PathOverlay } from '../view.js';
import { attempt, muted, type Panel, type PanelContext } from './panel.js';

const PATH = 'strength hops nodes { id name } edges { type strength forward from { id name } to { id name } }';
const PATHS = `query MapPaths($from: ID!, $to: ID!, $k: Int) { influencePaths(fromId: $from, toId: $to, k: $k) { ${PATH} } }`;
const INTROS = `query MapIntroductions($to: ID!, $k: Int) { bestIntroductions(targetId: $to, k: $k) { strength person { id name } path { ${PATH} } } }`;

/** "A —KNOWS 0.80→ B —INFLUENCES 0.55→ C", following the path's direction. */
function describe(p: PathOverlay): string {
  return p.nodes.map((n, i) => {
    const hop = p.edges[i];
    return hop ? `${n.name} —${hop.type.replace('_', ' ')} ${hop.strength.toFixed(2)}→ ` : n.name;
  }).join('');
}

function list(ctx: PanelContext, out: HTMLElement, paths: PathOverlay[], caption: (p: PathOverlay, i: number) => string) {
  ctx.onOverlay('paths');
  ctx.view.showPaths(paths, 0);
  const items = paths.map((p, i) => h('li', {},
    h('button', {
      type: 'button', class: 'kg-path', 'aria-pressed': String(i === 0), 'data-strength': p.strength,
      onclick: (e: Event) => {
        for (const b of out.querySelectorAll('.kg-path')) b.setAttribute('aria-pressed', 'false');
        (e.currentTarget as HTMLElement).setAttribute('aria-pressed', 'true');
        ctx.view.showPaths(paths, i);
      },
    }, h('strong', {}, caption(p, i)), h('br'), h('span', { class: 'kg-muted' }, describe(p)))));
  replace(out, paths.length ? h('ol', { class: 'kg-paths' }, items) : muted('No path within 4 hops.'));
}

export const pathsPanel: Panel = {
  id: 'paths',
  title: 'Path explorer',
  open: true,
  render(body, ctx) {
    const byName = <T extends { name: string }>(xs: Iterable<T>) => [...xs].sort((a, b) => a.name.localeCompare(b.name));
    const from = h('select', { id: 'kg-path-from', 'aria-label': 'from (one of ours)' }, h('option', { value: '' }, '— from: one of ours —'),
      byName(ctx.model.ours.values()).map((o) => h('option', { value: o.id }, o.name)));
    const to = h('select', { id: 'kg-path-to', 'aria-label': 'to (a contact)' }, h('option', { value: '' }, '— to: a contact —'),
      byName(ctx.model.contacts.values()).map((c) => h('option', { value: c.id }, `${c.name}${c.isDecisionMaker ? ' (DM)' : ''}`)));
    const k = h('input', { id: 'kg-path-k', type: 'number', min: 1, max: 10, value: 3, 'aria-label': 'how many paths', class: 'kg-k' });
    const out = h('div', { class: 'kg-path-result', 'aria-live': 'polite' });
    const paths = async () => {
      if (!from.value || !to.value) return replace(out, muted('Pick one of ours and a contact.'));
      replace(out, muted('searching…'));
      const { influencePaths } = await ctx.gql<{ influencePaths: PathOverlay[] }>(PATHS, { from: from.value, to: to.value, k: Number(k.value) || 3 });
      list(ctx, out, influencePaths, (p, i) => `${i + 1}. strength ${p.strength.toFixed(3)}, ${p.edges.length} hop${p.edges.length === 1 ? '' : 's'}`);
    };
    const intros = async () => {
      if (!to.value) return replace(out, muted('Pick a contact.'));
      replace(out, muted('searching…'));
      const { bestIntroductions } = await ctx.gql<{ bestIntroductions: { strength: number; person: { name: string }; path: PathOverlay }[] }>(INTROS, { to: to.value, k: Number(k.value) || 3 });
      list(ctx, out, bestIntroductions.map((b) => b.path), (p, i) => `${i + 1}. ${bestIntroductions[i].person.name}: strength ${p.strength.toFixed(3)}`);
    };
    // a node clicked on the map fills the matching field
    ctx.onSelect((d) => {
      if (d?.kind === 'ours') from.value = String(d.id);
      if (d?.kind === 'contact') to.value = String(d.id);
    });
    replace(body,
      h('form', { class: 'kg-col', onsubmit: (e: Event) => { e.preventDefault(); attempt(out, paths); } },
        from, to,
        h('div', { class: 'kg-row' },
          h('label', {}, 'k ', k),
          h('button', { type: 'submit', id: 'kg-path-run' }, 'Strongest paths'),
          h('button', { type: 'button', id: 'kg-intro-run', onclick: () => attempt(out, intros) }, 'Best introduction to'))),
      h('p', { class: 'kg-muted' }, 'Clicking a person of ours or a contact on the map fills the fields.'),
      out);
  },
};
