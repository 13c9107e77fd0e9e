// Signals on the account (Company.signals, docs/decisions.md "Signals and escalation"): newest first, with
// their status under the 24-hour rule. The text is asked for separately: an account viewer may not read it.
import { h, replace, table, words } from '../dom.js';
import type { Panel } from './panel.js';

const QUERY = `query MapSignals($id: ID!) {
  company(id: $id) { signals { id kind at severity status deadline raisedBy { name } acknowledgedBy { name } } }
}`;
interface Signal { id: string; kind: string; at: string; severity: number; status: string; deadline: string | null; raisedBy: { name: string } | null; acknowledgedBy: { name: string } | null }
interface Answer { company: { signals: Signal[] } }

export const signalsPanel: Panel = {
  id: 'signals',
  title: 'Signals',
  async render(body, ctx) {
    const { company: { signals } } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId });
    replace(body, signals.length
      ? table(['when', 'kind', 'sev.', 'status', 'raised by', 'acknowledged by'], signals.map((s) => [
        s.at.slice(0, 16).replace('T', ' '), words(s.kind), String(s.severity),
        s.status === 'BREACHED' ? h('strong', { class: 'kg-warn' }, 'breached') : words(s.status),
        s.raisedBy?.name ?? '–', s.acknowledgedBy?.name ?? '–']))
      : h('p', { class: 'kg-muted' }, 'No signal on this account.'));
  },
};
