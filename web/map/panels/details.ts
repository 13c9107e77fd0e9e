// What the map knows about the node clicked: a contact's role, influence and holders; one of ours and
// what they hold here; a unit's coverage.
import { h, num, pct, replace, words } from '../dom.js';
import { muted, personLink, type Panel } from './panel.js';

export const detailsPanel: Panel = {
  id: 'details',
  title: 'Selected',
  open: true,
  render(body, ctx) {
    const m = ctx.model;
    const show = (d: Record<string, unknown> | null) => {
      if (!d) return replace(body, muted('Click a person or a unit on the map (or use Find).'));
      const id = String(d.id);
      const c = m.contacts.get(id);
      if (c) {
        const hold = (x: { personId: string; strength: number; ageDays: number | null }) => [personLink(ctx, x.personId), ` ${num(x.strength)}, ${x.ageDays ?? '?'} days`];
        return replace(body,
          h('p', {}, h('strong', {}, c.name), ` — ${c.title ?? '–'}`),
          h('p', {}, `${words(c.buyingRole)}${c.isDecisionMaker ? ' (decision maker)' : ''}, ${words(c.decisionLevel)} level, ${words(c.function)}; ${m.units.find((u) => u.unitId === c.unitId)?.name ?? c.unitId}`),
          h('p', {}, `Influence score ${num(c.score, 4)} (rank ${c.rank} of ${m.contacts.size}), ${c.formalRank} levels below the top`, c.hiddenInfluencer ? h('strong', {}, ' · hidden influencer') : null),
          h('p', {}, `Covered by ${c.holders.length}: `, c.holders.length ? c.holders.flatMap((x, i) => [i ? '; ' : '', ...hold(x)]) : 'nobody'),
          c.weak.length ? h('p', { class: 'kg-muted' }, 'Too weak or stale: ', c.weak.flatMap((x, i) => [i ? '; ' : '', ...hold(x)])) : null,
          c.managerId ? h('p', {}, 'Reports to ', personLink(ctx, c.managerId)) : null,
          c.influences.length ? h('p', {}, 'Sways ', c.influences.flatMap((x, i) => [i ? ', ' : '', personLink(ctx, x.personId), ` ${num(x.strength)}`])) : null);
      }
      const o = m.ours.get(id);
      if (o) {
        const held = [...m.contacts.values()].filter((x) => x.holders.some((y) => y.personId === id));
        return replace(body,
          h('p', {}, h('strong', {}, o.name), ` — ours, ${o.title ?? words(o.function)}${o.teamRole ? `, ${words(o.teamRole)} on the account team` : ''}`),
          h('p', {}, `Holds ${held.length} contact${held.length === 1 ? '' : 's'} here effectively`, held.length ? ': ' : '.', held.flatMap((x, i) => [i ? ', ' : '', personLink(ctx, x.id, x.name)])));
      }
      if (d.kind === 'unit') {
        const u = m.units.find((x) => x.unitId === d.unitId);
        if (u) return replace(body, h('p', {}, h('strong', {}, u.name), ` (${words(u.unitLevel)})`),
          h('p', {}, `Decision makers here and below: ${u.covered}/${u.total} covered (${pct(u.coverageRatio)}), ${u.singleThreaded} single-threaded.`),
          u.depth > 0 ? h('button', { type: 'button', onclick: () => ctx.toggleUnit(u.unitId) }, ctx.isCollapsed(u.unitId) ? 'Expand unit' : 'Collapse unit') : null);
      }
      replace(body, h('p', {}, String(d.name ?? d.label ?? id)));
    };
    show(null);
    ctx.onSelect(show);
  },
};
