/** Enumerations of DESIGN §2, shared by the GraphQL schema, services and the generator. */
export const COMPANY_KINDS = ['SUPPLIER', 'CUSTOMER', 'PARTNER', 'COMPETITOR'];
export const UNIT_LEVELS = ['GROUP', 'REGIONAL', 'LOCAL'];
export const FUNCTIONS = [
    'EXECUTIVE', 'FINANCE', 'PROCUREMENT', 'OPERATIONS', 'IT', 'RND',
    'SALES', 'MARKETING', 'SERVICE', 'LEGAL', 'HR', 'OTHER',
];
export const DECISION_LEVELS = ['CENTRAL', 'REGIONAL', 'LOCAL'];
export const BUYING_ROLES = [
    'DECISION_MAKER', 'ECONOMIC_BUYER', 'TECHNICAL_BUYER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER',
];
export const ATTITUDES = ['SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'];
export const TEAM_ROLES = ['KAM', 'EXECUTIVE_SPONSOR', 'SERVICE_LEAD', 'PROJECT_LEAD', 'SPECIALIST'];
/** DESIGN §2 `Interaction` (docs/decisions.md "Interactions"). */
export const INTERACTION_KINDS = ['MEETING', 'VISIT', 'CALL', 'EMAIL', 'EVENT'];
/** who wrote to whom; emails only */
export const DIRECTIONS = ['INBOUND', 'OUTBOUND', 'BOTH'];
/** the meeting structure's levels (DESIGN §4); meetings and visits only */
export const MEETING_LEVELS = ['STRATEGIC', 'TACTICAL', 'OPERATIONAL'];
/** the kinds that carry a `direction` / a `level` */
export const DIRECTED_KINDS = ['EMAIL'];
export const LEVELLED_KINDS = ['MEETING', 'VISIT'];
/** DESIGN §3 "Decision makers": the buying roles that make a contact a decision maker. */
export const DECISION_ROLES = ['DECISION_MAKER', 'ECONOMIC_BUYER'];
//# sourceMappingURL=enums.js.map