import type { TeamRole } from './enums.js';
import type { CompanyPotential, CompanyRecord, InteractionData, PersonRecord, ProductRecord, SaleRecord } from './records.js';
import type { SignalData } from './signals.js';
import type { ActivityData, CompetitorLinkData, PartnerLinkData, PlanVersionData } from './plans.js';

/**
 * A typed change to the graph (docs/decisions.md "Changes, not copies").
 * Services decide what changes, after validating against the read model;
 * each change is then applied to the durable store (one named Cypher
 * statement per kind, `src/store/change-writer.ts`) and, once committed, to
 * the read model (one apply function per kind, `src/readmodel/`). Both
 * switches are exhaustive: a new kind that either side does not handle
 * fails to compile.
 *
 * `created` says whether the item is new: the store then CREATEs it instead
 * of MERGEing (an index-free MERGE scans; CREATE and MATCH-by-key do not).
 * Dates are ISO `YYYY-MM-DD` strings or null.
 */
export type Change =
  | { kind: 'company.upserted'; company: CompanyRecord; created: boolean }
  /** the company has no units and no staff left (the service checks) */
  | { kind: 'company.removed'; id: string }
  | { kind: 'person.upserted'; person: PersonRecord; created: boolean }
  /** the person and every relationship they hold */
  | { kind: 'person.removed'; id: string }
  /** replaces the person's current employer (`previousCompanyId`, null when none) */
  | { kind: 'employment.set'; personId: string; companyId: string; title: string | null; since: string | null; previousCompanyId: string | null }
  | { kind: 'employment.removed'; personId: string; companyId: string }
  /** replaces the unit's current parent (`previousParentId`, null when none) */
  | { kind: 'parent.set'; unitId: string; parentId: string; previousParentId: string | null }
  | { kind: 'parent.removed'; unitId: string; parentId: string }
  /** replaces the person's current manager (`previousManagerId`, null when none) */
  | { kind: 'manager.set'; personId: string; managerId: string; since: string | null; previousManagerId: string | null }
  | { kind: 'manager.removed'; personId: string; managerId: string }
  | { kind: 'influence.upserted'; fromId: string; toId: string; strength: number; note: string | null; since: string | null; created: boolean }
  | { kind: 'influence.removed'; fromId: string; toId: string }
  | { kind: 'knows.upserted'; fromId: string; toId: string; strength: number; lastContactAt: string | null; since: string | null; created: boolean }
  | { kind: 'knows.removed'; fromId: string; toId: string }
  | { kind: 'team.upserted'; personId: string; companyId: string; role: TeamRole | null; created: boolean }
  | { kind: 'team.removed'; personId: string; companyId: string }
  /**
   * creates or replaces an interaction with its links: its participants
   * (TOOK_PART) and account (ABOUT) become exactly those given
   */
  | { kind: 'interaction.upserted'; interaction: InteractionData & { accountId: string }; created: boolean }
  /** the interaction and its links */
  | { kind: 'interaction.removed'; id: string }
  /** replaces the company's potential inputs (annualTurnover, image, walletEstimate) with these values */
  | { kind: 'potential.set'; potential: CompanyPotential }
  | { kind: 'product.upserted'; product: ProductRecord; created: boolean }
  /** the product has no sales (the service checks) */
  | { kind: 'product.removed'; id: string }
  /** creates or replaces the sale of its (account, product, period) with its links (BOUGHT, OF) */
  | { kind: 'sale.upserted'; sale: SaleRecord; created: boolean }
  | { kind: 'sale.removed'; accountId: string; productId: string; period: string }
  /**
   * raises a signal (`created`) or records its acknowledgement / action: a
   * signal's kind, time, account and people never change once raised
   */
  | { kind: 'signal.upserted'; signal: SignalData; created: boolean }
  // account management (DESIGN §6; docs/plans.md): competitors and partners at an account, plans, activities
  /** a competitor's position at an account in an area (COMPETES_AT), or its new estimated share */
  | { kind: 'competitor.upserted'; link: CompetitorLinkData; created: boolean }
  | { kind: 'competitor.removed'; companyId: string; accountId: string; area: string }
  /** a partner at an account in an area (PARTNERS_AT); nothing on it changes but its existence */
  | { kind: 'partner.added'; link: PartnerLinkData }
  | { kind: 'partner.removed'; companyId: string; accountId: string; area: string }
  /** the next version of a plan (version 1 creates it): a new AccountPlan node PLAN_FOR its account; earlier ones never change */
  | { kind: 'plan.versioned'; version: PlanVersionData }
  /** every version of the plan (its activities are removed first, as changes of their own) */
  | { kind: 'plan.removed'; planId: string; accountId: string; versions: number }
  /** creates or replaces an activity with its links: IN_PLAN the version it was added in, OWNS from its owner */
  | { kind: 'activity.upserted'; activity: ActivityData; created: boolean }
  | { kind: 'activity.removed'; id: string }
  | { kind: 'graph.cleared' };

export type ChangeKind = Change['kind'];

/** Every change kind, for tests that check each one is covered. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'company.upserted', 'company.removed', 'person.upserted', 'person.removed', 'employment.set', 'employment.removed',
  'parent.set', 'parent.removed', 'manager.set', 'manager.removed', 'influence.upserted', 'influence.removed',
  'knows.upserted', 'knows.removed', 'team.upserted', 'team.removed', 'interaction.upserted', 'interaction.removed',
  'potential.set', 'product.upserted', 'product.removed', 'sale.upserted', 'sale.removed', 'signal.upserted',
  'competitor.upserted', 'competitor.removed', 'partner.added', 'partner.removed', 'plan.versioned', 'plan.removed', 'activity.upserted', 'activity.removed',
  'graph.cleared',
];

/** Compile-time exhaustiveness for switches over change kinds. */
export function unhandled(x: never): never {
  throw new Error(`unhandled change ${JSON.stringify(x)}`);
}
