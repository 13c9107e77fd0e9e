/** Enumerations of DESIGN §2, shared by the GraphQL schema, services and the generator. */
export const COMPANY_KINDS = ['SUPPLIER', 'CUSTOMER', 'PARTNER', 'COMPETITOR'] as const;
export const UNIT_LEVELS = ['GROUP', 'REGIONAL', 'LOCAL'] as const;
export const FUNCTIONS = [
  'EXECUTIVE', 'FINANCE', 'PROCUREMENT', 'OPERATIONS', 'IT', 'RND',
  'SALES', 'MARKETING', 'SERVICE', 'LEGAL', 'HR', 'OTHER',
] as const;
export const DECISION_LEVELS = ['CENTRAL', 'REGIONAL', 'LOCAL'] as const;
export const BUYING_ROLES = [
  'DECISION_MAKER', 'ECONOMIC_BUYER', 'TECHNICAL_BUYER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER',
] as const;
export const ATTITUDES = ['SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'] as const;
/** `NEGOTIATOR` (DESIGN §6): who negotiates for us at the account; the referee ladder starts there (docs/plans.md) */
export const TEAM_ROLES = ['KAM', 'EXECUTIVE_SPONSOR', 'SERVICE_LEAD', 'PROJECT_LEAD', 'SPECIALIST', 'NEGOTIATOR'] as const;
/** DESIGN §2 `Interaction` (docs/decisions.md "Interactions"). */
export const INTERACTION_KINDS = ['MEETING', 'VISIT', 'CALL', 'EMAIL', 'EVENT'] as const;
/** who wrote to whom; emails only */
export const DIRECTIONS = ['INBOUND', 'OUTBOUND', 'BOTH'] as const;
/** the meeting structure's levels (DESIGN §4); meetings and visits only */
export const MEETING_LEVELS = ['STRATEGIC', 'TACTICAL', 'OPERATIONAL'] as const;

export type CompanyKind = (typeof COMPANY_KINDS)[number];
export type UnitLevel = (typeof UNIT_LEVELS)[number];
export type PersonFunction = (typeof FUNCTIONS)[number];
export type DecisionLevel = (typeof DECISION_LEVELS)[number];
export type BuyingRole = (typeof BUYING_ROLES)[number];
export type Attitude = (typeof ATTITUDES)[number];
export type TeamRole = (typeof TEAM_ROLES)[number];
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type MeetingLevel = (typeof MEETING_LEVELS)[number];
/** the kinds that carry a `direction` / a `level` */
export const DIRECTED_KINDS: readonly InteractionKind[] = ['EMAIL'];
export const LEVELLED_KINDS: readonly InteractionKind[] = ['MEETING', 'VISIT'];

/** DESIGN §3 "Decision makers": the buying roles that make a contact a decision maker. */
export const DECISION_ROLES: readonly BuyingRole[] = ['DECISION_MAKER', 'ECONOMIC_BUYER'];
