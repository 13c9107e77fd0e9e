// The departure what-if (Query.departureImpact): pick one of ours; the map shows whom we would lose
// (orphaned contacts: their coverage falls to zero), and for each orphaned decision maker the colleagues
// best placed to take over, with their path. Nothing is written.
import { h, pct, replace } from '../dom.js';
import { attempt, muted, personLink, type Panel } from './panel.js';

const QUERY = `query MapDeparture($id: ID!) {
  departureImpact(personId: $id, successors: 3) {
    person { id name } uncoveredAccounts singleThreadedAccounts
    accounts { accountId accountName becomesUncovered becomesSingleThreaded
      before { total covered coverageRatio } after { total covered coverageRatio }
      orphanedContacts { id name }
      orphanedDecisionMakers { contact { id name } successors { person { id name } strength via } } }
  }
}`;

type Ref = { id: string; name: string };
interface AccountImpact {
  accountId: string; accountName: string; becomesUncovered: boolean; becomesSingleThreaded: boolean;
  before: { total: number; covered: number; coverageRatio: number | null }; after: { total: number; covered: number; coverageRatio: number | null };
  orphanedContacts: Ref[]; orphanedDecisionMakers: { contact: Ref; successors: { person: Ref; strength: number; via: string[] }[] }[];
}

export const departurePanel: Panel = {
  id: 'departure',
  title: 'What if one of ours leaves?',
  open: true,
  render(body, ctx) {
    const ours = [...ctx.model.ours.values()].sort((a, b) => a.name.localeCompare(b.name));
    const select = h('select', { id: 'kg-dep-person', 'aria-label': 'one of our people' },
      h('option', { value: '' }, '— one of ours —'),
      ours.map((o) => h('option', { value: o.id }, o.teamRole ? `${o.name} (${o.teamRole.toLowerCase().replace(/_/g, ' ')})` : o.name)));
    const out = h('div', { class: 'kg-dep-result', 'aria-live': 'polite' });
    const run = async () => {
      if (!select.value) return;
      replace(out, muted('asking…'));
      const { departureImpact: d } = await ctx.gql<{ departureImpact: { person: Ref; uncoveredAccounts: string[]; singleThreadedAccounts: string[]; accounts: AccountImpact[] } }>(QUERY, { id: select.value });
      const here = d.accounts.find((a) => a.accountId === ctx.accountId);
      const others = d.accounts.filter((a) => a !== here && (a.orphanedContacts.length || a.becomesUncovered || a.becomesSingleThreaded));
      ctx.onOverlay('departure');
      ctx.view.showDeparture(d.person.id, here?.orphanedContacts.map((c) => c.id) ?? [],
        here?.orphanedDecisionMakers.flatMap((o) => o.successors.map((s) => ({ personId: s.person.id, via: s.via }))) ?? []);
      replace(out,
        !here ? h('p', {}, `${d.person.name} holds no effective relationship in this account: nothing here would be orphaned.`)
          : h('div', {},
            h('p', { 'data-figure': 'departure' },
              `Without ${d.person.name}: ${here.orphanedContacts.length} contact${here.orphanedContacts.length === 1 ? '' : 's'} orphaned, of them ${here.orphanedDecisionMakers.length} decision maker${here.orphanedDecisionMakers.length === 1 ? '' : 's'}; decision makers covered ${here.before.covered}/${here.before.total} (${pct(here.before.coverageRatio)}) → ${here.after.covered}/${here.after.total} (${pct(here.after.coverageRatio)}).`,
              here.becomesUncovered ? h('strong', { class: 'kg-warn' }, ' The account becomes uncovered.') : null,
              here.becomesSingleThreaded ? h('strong', { class: 'kg-warn' }, ' The account becomes single-threaded.') : null),
            here.orphanedContacts.length ? h('p', {}, 'Orphaned: ', here.orphanedContacts.flatMap((c, i) => [i ? ', ' : '', personLink(ctx, c.id, c.name)])) : null,
            here.orphanedDecisionMakers.length ? h('ul', { class: 'kg-successors' }, here.orphanedDecisionMakers.map((o) =>
              h('li', {}, personLink(ctx, o.contact.id, o.contact.name), ': ',
                o.successors.length ? o.successors.flatMap((s, i) => [i ? '; ' : '', personLink(ctx, s.person.id, s.person.name), ` (path ${s.strength.toFixed(2)})`]) : 'nobody of ours has a path'))) : null),
        others.length ? h('p', { class: 'kg-muted' }, 'Elsewhere: ', others.map((a) => `${a.accountName} (${a.orphanedContacts.length} orphaned${a.becomesUncovered ? ', uncovered' : a.becomesSingleThreaded ? ', single-threaded' : ''})`).join('; ')) : null,
        h('p', { class: 'kg-muted' }, 'A what-if: nothing was changed.'));
    };
    const useSelected = h('button', { type: 'button', class: 'kg-small', disabled: true }, 'use selected');
    let selected: string | null = null;
    ctx.onSelect((d) => {
      selected = d && d.kind === 'ours' ? String(d.id) : null;
      useSelected.disabled = !selected;
    });
    useSelected.addEventListener('click', () => { if (selected) { select.value = selected; attempt(out, run); } });
    replace(body,
      h('form', { class: 'kg-row', onsubmit: (e: Event) => { e.preventDefault(); attempt(out, run); } },
        select, h('button', { type: 'submit', id: 'kg-dep-run' }, 'What if they leave?'), useSelected),
      out);
  },
};
