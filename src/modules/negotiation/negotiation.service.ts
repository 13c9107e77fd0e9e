/**
 * DESIGN §6 "Negotiation referee ladder" (docs/plans.md "The referee
 * ladder"), over the caller's scope of the read model: the account team
 * (ON_TEAM) and our reporting tree (REPORTS_TO among our people).
 */
import type { CompanyRecord, PersonRecord } from '../../domain/records.js';
import { accountRoots, isOurs, rootIndex } from '../../domain/terms.js';
import { badInput, notFound } from '../../errors.js';
import type { ReadGraph, ReadModelSource } from '../../readmodel/read-graph.js';
import { negotiationLadder, type LadderFlag, type LadderPerson, type NegotiatorSource } from './negotiation.metrics.js';

export interface LadderView {
  company: CompanyRecord;
  negotiator: PersonRecord | null;
  source: NegotiatorSource | null;
  referee: PersonRecord | null;
  above: PersonRecord | null;
  flags: LadderFlag[];
}

export class NegotiationService {
  constructor(private readonly source: ReadModelSource) {}

  /** The ladder of one account (any customer-side company or unit; NOT_FOUND when it is not there or not visible). */
  async ladder(companyId: string): Promise<LadderView> {
    const g = await this.source.ready();
    const c = g.companyIndex(companyId);
    if (c < 0) throw notFound('id', 'account', companyId);
    if (g.companyKind(rootIndex(g, c)) !== 'CUSTOMER') throw badInput('id', `"${companyId}" is not a customer account; the referee ladder is an account's`);
    return NegotiationService.ladderOf(g, c);
  }

  /** Memoised per account: a team change stamps the account, a change to our reporting tree every account. */
  static ladderOf(g: ReadGraph, c: number): LadderView {
    const id = g.companyId(c);
    return g.memoAccount(id, `negotiation:ladder:${id}`, () => {
      const team: { personId: string; role: string | null }[] = [];
      g.forEachTeamMember(c, (p, role) => team.push({ personId: g.personId(p), role }));
      const person = (pid: string): LadderPerson | null => {
        const i = g.personIndex(pid);
        if (i < 0) return null;
        const m = g.managerOf(i);
        return { id: pid, ours: isOurs(g, i), active: g.isActive(i), managerId: m < 0 ? null : g.personId(m) };
      };
      const l = negotiationLadder(team, person);
      const rec = (pid: string | null) => (pid === null ? null : g.findPerson(pid));
      return { company: g.company(c), negotiator: rec(l.negotiatorId), source: l.source, referee: rec(l.refereeId), above: rec(l.aboveId), flags: l.flags };
    });
  }

  /** Every key account's ladder (the caller's portfolio), flagged ones only unless `flaggedOnly` is false; by account id. */
  async ladders(args: { flaggedOnly?: boolean | null }): Promise<LadderView[]> {
    const g = await this.source.ready();
    const all = accountRoots(g, true).map((a) => NegotiationService.ladderOf(g, g.companyIndex(a.id)));
    return args.flaggedOnly === false ? all : all.filter((l) => l.flags.length > 0);
  }
}
