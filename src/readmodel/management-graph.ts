import type { ActivityData } from '../domain/plans.js';
import type { PlanData } from './management-book.js';
import type { ReadGraph } from './read-graph.js';

export type { PlanData };

/**
 * The read model with its account-management part (docs/plans.md "Store and
 * read model"): competitors and partners at accounts, plans, activities.
 * Implemented by the read model and by the access scope (`ScopedGraph`: a
 * link, plan or activity is visible when its account is), as the commercial
 * part is (`CommercialGraph`).
 */
export interface ManagementGraph extends ReadGraph {
  /** COMPETES_AT into this account (its own links, not its units'): (competitor, area, estimated share or null) */
  forEachCompetitorAt(account: number, fn: (competitor: number, area: string, estimatedShare: number | null) => void): void;
  /** COMPETES_AT out of this competitor: (account, area, estimated share) */
  forEachCompetingAt(competitor: number, fn: (account: number, area: string, estimatedShare: number | null) => void): void;
  /** PARTNERS_AT into this account: (partner, area) */
  forEachPartnerAt(account: number, fn: (partner: number, area: string) => void): void;
  /** PARTNERS_AT out of this partner: (account, area) */
  forEachPartneringAt(partner: number, fn: (account: number, area: string) => void): void;
  /** the estimated share of a competitor's link (null: unknown), or undefined when there is no such link */
  competitorShare(competitor: number, account: number, area: string): number | null | undefined;
  hasPartnerLink(partner: number, account: number, area: string): boolean;
  /** the plans of an account (this company only), by year */
  plansOf(account: number): readonly PlanData[];
  findPlan(planId: string): PlanData | null;
  findActivity(id: string): ActivityData | null;
  forEachActivityOf(planId: string, fn: (a: ActivityData) => void): void;
  /** every activity (of plans the caller can see) */
  forEachActivity(fn: (a: ActivityData) => void): void;
}

/** The account-management view of a graph the services got from their source (the read model, or its scoped view). */
export function managementGraph(g: ReadGraph): ManagementGraph {
  if (typeof (g as Partial<ManagementGraph>).plansOf !== 'function') throw new Error('this view of the graph has no account-management part');
  return g as ManagementGraph;
}
