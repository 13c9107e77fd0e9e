/**
 * Account management (DESIGN §6; docs/plans.md): competitors and partners at
 * an account (`COMPETES_AT`, `PARTNERS_AT`), key-account plans as versioned
 * documents (`AccountPlan`, `PLAN_FOR`) and their activities (`Activity`,
 * `IN_PLAN`, `OWNS`). The records as the store holds them, and their ids.
 */

/** "Our role as supplier" today and in a year (DESIGN §6), from the least to the most. */
export const SUPPLIER_ROLES = ['VENDOR', 'PREFERRED', 'PARTNER', 'STRATEGIC'] as const;
export type SupplierRole = (typeof SUPPLIER_ROLES)[number];

export const ACTIVITY_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/**
 * The sections a KAM writes, the ones completeness counts (docs/plans.md
 * "Completeness"). The computed sections (sales over time, satisfaction,
 * profitability, target attainment, the team) are read from the graph and
 * never count: a plan is not incomplete because the account bought nothing.
 */
export const PLAN_SECTIONS = ['BUSINESS', 'RESULTS', 'CHALLENGES', 'KEY_PEOPLE', 'PARTNERS_AND_COMPETITORS', 'TARGETS', 'ACTIVITIES', 'SUPPLIER_ROLE'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** The customer and its business. */
export interface PlanBusiness {
  market: string | null;
  customers: string | null;
  geography: string | null;
  offerings: string | null;
  strategy: string | null;
}
/** One year of the customer's own results. */
export interface PlanResult { year: number; turnover: number | null; operatingProfit: number | null }
/** A problem or challenge of the customer, and how we can help with it. */
export interface PlanChallenge { challenge: string; howWeCanHelp: string | null }
/** A link into the graph (a contact, a partner, a competitor), with a note. */
export interface PlanLink { id: string; note: string | null }
/** A target for the plan's year: a product family and its revenue and / or volume. */
export interface PlanTarget { family: string; revenue: number | null; volume: number | null }

/** What a plan version holds: the written sections (the computed ones are read live). */
export interface PlanSections {
  business: PlanBusiness;
  results: PlanResult[];
  challenges: PlanChallenge[];
  keyPeople: PlanLink[];
  partners: PlanLink[];
  competitors: PlanLink[];
  targets: PlanTarget[];
  roleToday: SupplierRole | null;
  roleNextYear: SupplierRole | null;
}

/**
 * One version of a key-account plan: an `AccountPlan` node of its own, id
 * `<planId>@<version>` (`versionId`), `PLAN_FOR` its account. Versions are
 * never changed once written; an update writes the next one.
 */
export interface PlanVersionData {
  planId: string;
  accountId: string;
  year: number;
  /** 1, 2, … */
  version: number;
  /** ISO-8601 UTC instant of the write */
  updatedAt: string;
  /** who wrote it (the audit's actor) */
  updatedBy: string | null;
  sections: PlanSections;
}

/**
 * A planned action of a plan: an `Activity` node, `IN_PLAN` the version
 * current when it was added (`addedIn`), `OWNS` from one of our people. Its
 * title, due date, status and owner change without a new plan version.
 */
export interface ActivityData {
  id: string;
  planId: string;
  addedIn: number;
  title: string;
  /** YYYY-MM-DD */
  dueAt: string;
  status: ActivityStatus;
  /** null only when the owner was removed from the graph */
  ownerId: string | null;
}

/** `COMPETES_AT`: a competitor's position at an account, in one area. */
export interface CompetitorLinkData { companyId: string; accountId: string; area: string; estimatedShare: number | null }
/** `PARTNERS_AT`: a partner we can work with at an account, in one area. */
export interface PartnerLinkData { companyId: string; accountId: string; area: string }

/** The id of the plan of an account and year: `<accountId>/<year>`, the account id with `%` and `/` escaped (as sale ids). */
export function planId(accountId: string, year: number): string {
  return `${accountId.replace(/%/g, '%25').replace(/\//g, '%2F')}/${year}`;
}

/** The id of one version's node: `<planId>@<version>`. */
export const versionId = (plan: string, version: number): string => `${plan}@${version}`;

/** An empty plan: every section empty. */
export function emptySections(): PlanSections {
  return {
    business: { market: null, customers: null, geography: null, offerings: null, strategy: null },
    results: [], challenges: [], keyPeople: [], partners: [], competitors: [], targets: [], roleToday: null, roleNextYear: null,
  };
}

/**
 * The sections in one fixed shape and key order, so that equal sections give
 * equal JSON (the store keeps them as one JSON string: `sectionsJson`).
 */
export function normaliseSections(s: PlanSections): PlanSections {
  const b = s.business;
  return {
    business: { market: b.market ?? null, customers: b.customers ?? null, geography: b.geography ?? null, offerings: b.offerings ?? null, strategy: b.strategy ?? null },
    results: s.results.map((r) => ({ year: r.year, turnover: r.turnover ?? null, operatingProfit: r.operatingProfit ?? null })),
    challenges: s.challenges.map((c) => ({ challenge: c.challenge, howWeCanHelp: c.howWeCanHelp ?? null })),
    keyPeople: s.keyPeople.map((l) => ({ id: l.id, note: l.note ?? null })),
    partners: s.partners.map((l) => ({ id: l.id, note: l.note ?? null })),
    competitors: s.competitors.map((l) => ({ id: l.id, note: l.note ?? null })),
    targets: s.targets.map((t) => ({ family: t.family, revenue: t.revenue ?? null, volume: t.volume ?? null })),
    roleToday: s.roleToday ?? null,
    roleNextYear: s.roleNextYear ?? null,
  };
}

export const sectionsJson = (s: PlanSections): string => JSON.stringify(normaliseSections(s));

/** The sections of a stored JSON string (an unreadable one reads as empty rather than failing the whole read model). */
export function parseSections(json: string | null): PlanSections {
  if (!json) return emptySections();
  try {
    const raw = JSON.parse(json) as Partial<PlanSections>;
    const e = emptySections();
    return normaliseSections({
      business: { ...e.business, ...(raw.business ?? {}) },
      results: raw.results ?? [], challenges: raw.challenges ?? [], keyPeople: raw.keyPeople ?? [], partners: raw.partners ?? [],
      competitors: raw.competitors ?? [], targets: raw.targets ?? [], roleToday: raw.roleToday ?? null, roleNextYear: raw.roleNextYear ?? null,
    });
  } catch {
    return emptySections();
  }
}
