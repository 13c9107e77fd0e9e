// Account management (docs/plans.md): this year's key-account plan and its health (completeness, freshness,
// key-people coverage), the negotiation referee ladder, and the competitors' shares by area.
import { h, replace, table, words } from '../dom.js';
import type { Panel } from './panel.js';

const QUERY = `query MapPlan($id: ID!) {
  company(id: $id) {
    accountPlan { id year version updatedAt roleToday roleNextYear
      health { completeness freshnessDays stale sectionsMissing keyPeople { total covered singleThreaded uncovered } } }
    negotiationLadder { negotiator { name } negotiatorRole referee { name } above { name } flags }
    competitionByArea { area ourShare competitorShare competitors { competitor { name } estimatedShare } }
  }
}`;
interface Answer { company: {
  accountPlan: null | { id: string; year: number; version: number; updatedAt: string; roleToday: string | null; roleNextYear: string | null;
    health: { completeness: number; freshnessDays: number; stale: boolean; sectionsMissing: string[]; keyPeople: { total: number; covered: number; singleThreaded: number; uncovered: number } } };
  negotiationLadder: { negotiator: { name: string } | null; negotiatorRole: string | null; referee: { name: string } | null; above: { name: string } | null; flags: string[] };
  competitionByArea: { area: string; ourShare: number | null; competitorShare: number; competitors: { competitor: { name: string }; estimatedShare: number | null }[] }[];
} }

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);

export const planPanel: Panel = {
  id: 'plan',
  title: 'Plan, negotiation and competition',
  async render(body, ctx) {
    const { company: c } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId });
    const p = c.accountPlan;
    const l = c.negotiationLadder;
    replace(body,
      p
        ? h('div', {},
          h('p', {}, `Plan ${p.year}, version ${p.version} (${p.health.freshnessDays} days old${p.health.stale ? ', stale' : ''}); ${pct(p.health.completeness)} complete`,
            p.health.sectionsMissing.length ? ` — missing: ${p.health.sectionsMissing.map(words).join(', ')}` : ''),
          h('p', {}, `Key people: ${p.health.keyPeople.covered} of ${p.health.keyPeople.total} covered, ${p.health.keyPeople.singleThreaded} single-threaded, ${p.health.keyPeople.uncovered} uncovered.`))
        : h('p', { class: 'kg-warn' }, 'No plan for this year.'),
      h('p', {}, 'Negotiation: ', l.negotiator ? `${l.negotiator.name} (${words(l.negotiatorRole)})` : 'nobody', ' → referee ',
        l.referee?.name ?? 'none', ' → above ', l.above?.name ?? 'none',
        l.flags.length ? h('strong', { class: 'kg-warn' }, ` (${l.flags.map(words).join(', ')})`) : ''),
      c.competitionByArea.length
        ? table(['area', 'ours', 'competitors'], c.competitionByArea.map((a) => [
          a.area, pct(a.ourShare), a.competitors.map((x) => `${x.competitor.name} ${pct(x.estimatedShare)}`).join(', ')]))
        : h('p', { class: 'kg-muted' }, 'No competitor recorded.'));
  },
};
