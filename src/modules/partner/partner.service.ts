/**
 * Partners and competitors at an account (DESIGN §2 `COMPETES_AT`,
 * `PARTNERS_AT`; DESIGN §6; docs/plans.md "Partners and competitors"): who
 * competes with us where and with what estimated share, whom we can work
 * with, navigable from the account and from the competitor or partner.
 */
import { requireId, requireText, unitInterval } from '../../common/validate.js';
import { lastCompleteYear } from '../../domain/period.js';
import type { CompetitorLinkData, PartnerLinkData } from '../../domain/plans.js';
import { rootIndex } from '../../domain/terms.js';
import { badInput, notFound } from '../../errors.js';
import { commercialGraph, type ReadGraph, type ReadModelSource } from '../../readmodel/read-graph.js';
import { managementGraph, type ManagementGraph } from '../../readmodel/management-graph.js';
import type { Writer } from '../../readmodel/writer.js';
import { accountFacts, subtree } from '../commercial/commercial.facts.js';
import { shareOfWallet } from '../commercial/commercial.metrics.js';

/** A competitor's (or, without a share, a partner's) position at one account in one area. */
export interface Position {
  companyId: string;
  accountId: string;
  area: string;
  estimatedShare: number | null;
}

/** One area of one account: its competitors, their shares, ours, and what is left. */
export interface AreaShares {
  accountId: string;
  area: string;
  competitors: Position[];
  /** Σ of the competitors' known shares */
  competitorShare: number;
  /** competitors whose share is unknown */
  unknownShares: number;
  /** docs/plans.md "Our share": our share of the account's wallet in the last complete year, at most 1; null when its wallet is unknown */
  ourShare: number | null;
  /** 1 − ours − the competitors' known shares (what nobody named holds); null when ours is unknown */
  unaccounted: number | null;
}

export interface CompetitorInput { competitorId: string; accountId: string; area: string; estimatedShare?: number | null }
export interface PartnerInput { partnerId: string; accountId: string; area: string }

/** Shares within this of 1 still sum to at most 1 (float noise). */
const EPSILON = 1e-9;
const MAX_AREA = 100;

const byArea = (a: Position, b: Position) =>
  (a.area < b.area ? -1 : a.area > b.area ? 1 : 0) || (b.estimatedShare ?? -1) - (a.estimatedShare ?? -1) || (a.companyId < b.companyId ? -1 : a.companyId > b.companyId ? 1 : 0);
const byAccount = (a: Position, b: Position) =>
  (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0) || (a.area < b.area ? -1 : a.area > b.area ? 1 : 0);

/**
 * docs/plans.md "Our share": revenue of the last complete year (the account
 * and its units) ÷ the account's own wallet estimate, at most 1; null when the
 * estimate is unknown. The same for every area: we know no wallet per area.
 */
export function ourShare(g: ReadGraph, account: number, today = new Date()): number | null {
  const cg = commercialGraph(g);
  const w = lastCompleteYear(today);
  const share = shareOfWallet(accountFacts(cg, account, w).revenue, cg.potential(account).walletEstimate, w.to - w.from);
  return share === null ? null : Math.min(1, share);
}

export class PartnerService {
  constructor(private readonly source: ReadModelSource, private readonly writer: Writer) {}

  private async graph(): Promise<ManagementGraph> {
    return managementGraph(await this.source.ready());
  }

  /** An account a competitor or partner can be at: an existing company (NOT_FOUND) of a customer's tree. */
  private static account(g: ReadGraph, id: string, field: string): number {
    const c = g.companyIndex(requireId(field, id));
    if (c < 0) throw notFound(field, 'company', id);
    if (g.companyKind(rootIndex(g, c)) !== 'CUSTOMER') throw badInput(field, `"${id}" is not a customer account or unit; competitors and partners are recorded at accounts`);
    return c;
  }

  private static company(g: ReadGraph, id: string, field: string, kind: 'COMPETITOR' | 'PARTNER'): number {
    const c = g.companyIndex(requireId(field, id));
    if (c < 0) throw notFound(field, 'company', id);
    if (g.companyKind(c) !== kind) throw badInput(field, `"${id}" is a ${g.companyKind(c)} company; only a ${kind} company can be recorded as a ${kind.toLowerCase()}`);
    return c;
  }

  private static area(field: string, area: string): string {
    const a = requireText(field, area);
    if (a.length > MAX_AREA) throw badInput(field, `${field} is longer than ${MAX_AREA} characters`);
    return a;
  }

  /**
   * Records a competitor's position at an account in an area (COMPETES_AT),
   * or changes its estimated share. The shares of one account and area —
   * the competitors' known ones and ours, when known — may not sum above 1.
   */
  async setCompetitor(input: CompetitorInput): Promise<Position> {
    return this.writer.commit((g0) => {
      const g = managementGraph(g0);
      const competitor = PartnerService.company(g, input.competitorId, 'input.competitorId', 'COMPETITOR');
      const account = PartnerService.account(g, input.accountId, 'input.accountId');
      const area = PartnerService.area('input.area', input.area);
      const before = g.competitorShare(competitor, account, area);
      const share = input.estimatedShare === undefined ? (before ?? null) : input.estimatedShare === null ? null : unitInterval('input.estimatedShare', input.estimatedShare);
      const result: Position = { companyId: g.companyId(competitor), accountId: g.companyId(account), area, estimatedShare: share };
      if (share !== null) {
        let others = 0;
        g.forEachCompetitorAt(account, (c, a, s) => { if (a === area && c !== competitor && s !== null) others += s; });
        const ours = ourShare(g, account);
        const total = others + share + (ours ?? 0);
        if (total > 1 + EPSILON) {
          const parts = [`${share} for ${result.companyId}`, `${round(others)} for the other competitors`, ...(ours === null ? [] : [`${round(ours)} ours (share of wallet)`])];
          throw badInput('input.estimatedShare', `the shares at ${result.accountId} in "${area}" would sum to ${round(total)} (${parts.join(', ')}); they may not exceed 1`);
        }
      }
      if (before !== undefined && before === share) return { changes: [], result };
      const link: CompetitorLinkData = { ...result };
      return { changes: [{ kind: 'competitor.upserted', link, created: before === undefined }], result };
    });
  }

  async removeCompetitor(competitorId: string, accountId: string, area: string): Promise<boolean> {
    return this.writer.commit((g0) => {
      const g = managementGraph(g0);
      const c = g.companyIndex(requireId('competitorId', competitorId));
      const a = g.companyIndex(requireId('accountId', accountId));
      if (c < 0 || a < 0 || g.competitorShare(c, a, area) === undefined) throw notFound('area', 'competitor position', `${competitorId} at ${accountId} in ${area}`);
      return { changes: [{ kind: 'competitor.removed', companyId: competitorId, accountId, area }], result: true };
    });
  }

  /** Records a partner we can work with at an account in an area (PARTNERS_AT); recording it again changes nothing. */
  async setPartner(input: PartnerInput): Promise<Position> {
    return this.writer.commit((g0) => {
      const g = managementGraph(g0);
      const partner = PartnerService.company(g, input.partnerId, 'input.partnerId', 'PARTNER');
      const account = PartnerService.account(g, input.accountId, 'input.accountId');
      const area = PartnerService.area('input.area', input.area);
      const result: Position = { companyId: g.companyId(partner), accountId: g.companyId(account), area, estimatedShare: null };
      if (g.hasPartnerLink(partner, account, area)) return { changes: [], result };
      const link: PartnerLinkData = { companyId: result.companyId, accountId: result.accountId, area };
      return { changes: [{ kind: 'partner.added', link }], result };
    });
  }

  async removePartner(partnerId: string, accountId: string, area: string): Promise<boolean> {
    return this.writer.commit((g0) => {
      const g = managementGraph(g0);
      const p = g.companyIndex(requireId('partnerId', partnerId));
      const a = g.companyIndex(requireId('accountId', accountId));
      if (p < 0 || a < 0 || !g.hasPartnerLink(p, a, area)) throw notFound('area', 'partner position', `${partnerId} at ${accountId} in ${area}`);
      return { changes: [{ kind: 'partner.removed', companyId: partnerId, accountId, area }], result: true };
    });
  }

  /** The competitors at a company (with `includeUnits`, at its units too), by area, largest share first; null when it is not visible. */
  async competitorsAt(companyId: string, opts: { area?: string | null; includeUnits?: boolean | null } = {}): Promise<Position[] | null> {
    const g = await this.graph();
    const c = g.companyIndex(companyId);
    if (c < 0) return null;
    return PartnerService.competitorsIn(g, c, opts);
  }

  static competitorsIn(g: ManagementGraph, c: number, opts: { area?: string | null; includeUnits?: boolean | null } = {}): Position[] {
    const out: Position[] = [];
    for (const u of opts.includeUnits === false ? [c] : subtree(g, c)) {
      g.forEachCompetitorAt(u, (x, area, estimatedShare) => {
        if (opts.area == null || opts.area === area) out.push({ companyId: g.companyId(x), accountId: g.companyId(u), area, estimatedShare });
      });
    }
    return out.sort(byArea);
  }

  /** The partners at a company (and its units), by area. */
  async partnersAt(companyId: string, opts: { area?: string | null; includeUnits?: boolean | null } = {}): Promise<Position[] | null> {
    const g = await this.graph();
    const c = g.companyIndex(companyId);
    if (c < 0) return null;
    return PartnerService.partnersIn(g, c, opts);
  }

  static partnersIn(g: ManagementGraph, c: number, opts: { area?: string | null; includeUnits?: boolean | null } = {}): Position[] {
    const out: Position[] = [];
    for (const u of opts.includeUnits === false ? [c] : subtree(g, c)) {
      g.forEachPartnerAt(u, (x, area) => { if (opts.area == null || opts.area === area) out.push({ companyId: g.companyId(x), accountId: g.companyId(u), area, estimatedShare: null }); });
    }
    return out.sort(byArea);
  }

  /** Where a competitor competes (the accounts the caller can see), by account and area. */
  async competesAt(companyId: string): Promise<Position[]> {
    const g = await this.graph();
    const c = g.companyIndex(companyId);
    if (c < 0) return [];
    const out: Position[] = [];
    g.forEachCompetingAt(c, (a, area, estimatedShare) => out.push({ companyId, accountId: g.companyId(a), area, estimatedShare }));
    return out.sort(byAccount);
  }

  /** Where a partner works with us (the accounts the caller can see), by account and area. */
  async partnersWith(companyId: string): Promise<Position[]> {
    const g = await this.graph();
    const c = g.companyIndex(companyId);
    if (c < 0) return [];
    const out: Position[] = [];
    g.forEachPartneringAt(c, (a, area) => out.push({ companyId, accountId: g.companyId(a), area, estimatedShare: null }));
    return out.sort(byAccount);
  }

  /** docs/plans.md "Shares by area": per area of this company's own links, the competitors, their shares, ours and the rest; by area. */
  async competitionByArea(companyId: string): Promise<AreaShares[] | null> {
    const g = await this.graph();
    const c = g.companyIndex(companyId);
    if (c < 0) return null;
    const byName = new Map<string, Position[]>();
    for (const p of PartnerService.competitorsIn(g, c, { includeUnits: false })) byName.set(p.area, [...(byName.get(p.area) ?? []), p]);
    const ours = g.companyKind(rootIndex(g, c)) === 'CUSTOMER' ? ourShare(g, c) : null;
    return [...byName].map(([area, competitors]) => {
      const known = competitors.filter((p) => p.estimatedShare !== null);
      const competitorShare = known.reduce((s, p) => s + p.estimatedShare!, 0);
      return {
        accountId: companyId, area, competitors, competitorShare, unknownShares: competitors.length - known.length, ourShare: ours,
        unaccounted: ours === null ? null : Math.max(0, 1 - ours - competitorShare),
      };
    });
  }
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
