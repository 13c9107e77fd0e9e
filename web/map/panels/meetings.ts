// Meeting structure (Company.meetingStructure): meetings per level in the past year against the cadence,
// and which decision makers took part in a strategic meeting.
import { h, replace, table, words } from '../dom.js';
import { personLink, type Panel } from './panel.js';

const QUERY = `query MapMeetings($id: ID!) {
  company(id: $id) { meetingStructure { asOf levels { level meetings target met last }
    decisionMakersInStrategic { id name } decisionMakersNotInStrategic { id name } } }
}`;
type Ref = { id: string; name: string };
interface Answer { company: { meetingStructure: { asOf: string; levels: { level: string; meetings: number; target: number; met: boolean; last: string | null }[];
  decisionMakersInStrategic: Ref[]; decisionMakersNotInStrategic: Ref[] } } }

export const meetingsPanel: Panel = {
  id: 'meetings',
  title: 'Meeting structure',
  async render(body, ctx) {
    const { company: { meetingStructure: m } } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId });
    const people = (xs: Ref[]) => (xs.length ? xs.flatMap((p, i) => [i ? ', ' : '', personLink(ctx, p.id, p.name)]) : ['none']);
    replace(body,
      h('p', { class: 'kg-muted' }, `The 365 days up to ${m.asOf}.`),
      table(['level', 'meetings', 'cadence', 'met', 'last'], m.levels.map((l) => [
        words(l.level), String(l.meetings), `≥ ${l.target} a year`, l.met ? 'yes' : h('strong', { class: 'kg-warn' }, 'no'), l.last ?? '–'])),
      h('p', {}, 'Decision makers in a strategic meeting: ', ...people(m.decisionMakersInStrategic)),
      h('p', {}, 'Not in any: ', ...people(m.decisionMakersNotInStrategic)));
  },
};
