import { registerEnumType } from 'type-graphql';
import { ATTITUDES, BUYING_ROLES, COMPANY_KINDS, DECISION_LEVELS, DIRECTIONS, FUNCTIONS, INTERACTION_KINDS, MEETING_LEVELS, TEAM_ROLES, UNIT_LEVELS, } from '../domain/enums.js';
const asEnum = (values) => Object.fromEntries(values.map((v) => [v, v]));
/** GraphQL enum objects; values equal their names, so records pass through unchanged. */
export const CompanyKindEnum = asEnum(COMPANY_KINDS);
export const UnitLevelEnum = asEnum(UNIT_LEVELS);
export const FunctionEnum = asEnum(FUNCTIONS);
export const DecisionLevelEnum = asEnum(DECISION_LEVELS);
export const BuyingRoleEnum = asEnum(BUYING_ROLES);
export const AttitudeEnum = asEnum(ATTITUDES);
export const TeamRoleEnum = asEnum(TEAM_ROLES);
export const InteractionKindEnum = asEnum(INTERACTION_KINDS);
export const DirectionEnum = asEnum(DIRECTIONS);
export const MeetingLevelEnum = asEnum(MEETING_LEVELS);
registerEnumType(CompanyKindEnum, { name: 'CompanyKind', description: 'What a company is to us (DESIGN §2).' });
registerEnumType(UnitLevelEnum, { name: 'UnitLevel', description: 'Level of a unit in a customer group.' });
registerEnumType(FunctionEnum, { name: 'Function', description: 'Functional area of a person.' });
registerEnumType(DecisionLevelEnum, { name: 'DecisionLevel', description: 'Level at which a contact decides.' });
registerEnumType(BuyingRoleEnum, { name: 'BuyingRole', description: 'Role of a contact in buying decisions.' });
registerEnumType(AttitudeEnum, { name: 'Attitude', description: "A contact's attitude towards us." });
registerEnumType(TeamRoleEnum, { name: 'TeamRole', description: 'Role on an account team.' });
registerEnumType(InteractionKindEnum, { name: 'InteractionKind', description: 'What kind of contact an interaction was (DESIGN §2).' });
registerEnumType(DirectionEnum, { name: 'Direction', description: 'Who wrote to whom (emails only): INBOUND from the contact, OUTBOUND from us, BOTH a thread.' });
registerEnumType(MeetingLevelEnum, { name: 'MeetingLevel', description: 'Level of a meeting or visit in the meeting structure (DESIGN §4).' });
//# sourceMappingURL=enums.type.js.map