// The account team (Company.team) and what each member holds here, from the map's own data.
import { h, replace, table, words } from '../dom.js';
import { muted, personLink, type Panel } from './panel.js';

export const teamPanel: Panel = {
  id: 'team',
  title: 'Account team',
  render(body, ctx) {
    const held = new Map<string, { effective: number; weak: number }>();
    for (const c of ctx.model.contacts.values()) {
      for (const x of c.holders) { const t = held.get(x.personId) ?? { effective: 0, weak: 0 }; t.effective++; held.set(x.personId, t); }
      for (const x of c.weak) { const t = held.get(x.personId) ?? { effective: 0, weak: 0 }; t.weak++; held.set(x.personId, t); }
    }
    const team = [...ctx.model.ours.values()].filter((o) => o.teamRole);
    const others = [...ctx.model.ours.values()].filter((o) => !o.teamRole).sort((a, b) => (held.get(b.id)?.effective ?? 0) - (held.get(a.id)?.effective ?? 0));
    const row = (o: { id: string; name: string; teamRole: string | null; function: string | null }) =>
      [personLink(ctx, o.id, o.name), words(o.teamRole), words(o.function), String(held.get(o.id)?.effective ?? 0), String(held.get(o.id)?.weak ?? 0)];
    replace(body,
      team.length ? table(['member', 'role', 'function', 'effective', 'weak/stale'], team.map(row)) : muted('No account team.'),
      others.length ? h('details', {}, h('summary', {}, `${others.length} more of ours hold relationships here`),
        table(['person', 'role', 'function', 'effective', 'weak/stale'], others.map(row))) : null);
  },
};
