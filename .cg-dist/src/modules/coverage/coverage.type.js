var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecisionLevelEnum, FunctionEnum, UnitLevelEnum } from '../../common/enums.type.js';
import { PageInfo } from '../../common/connection.type.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
let ThresholdsType = class ThresholdsType {
};
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], ThresholdsType.prototype, "minStrength", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], ThresholdsType.prototype, "maxAgeDays", void 0);
__decorate([
    Field(() => LocalDateResolver),
    __metadata("design:type", String)
], ThresholdsType.prototype, "asOf", void 0);
ThresholdsType = __decorate([
    ObjectType('Thresholds', { description: 'The thresholds an answer was computed with (DESIGN §3 "Effective relationship").' })
], ThresholdsType);
export { ThresholdsType };
let CoverageTally = class CoverageTally {
};
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], CoverageTally.prototype, "total", void 0);
__decorate([
    Field(() => Int, { description: 'held by at least one of our people' }),
    __metadata("design:type", Number)
], CoverageTally.prototype, "covered", void 0);
__decorate([
    Field(() => Int, { description: 'held by exactly one' }),
    __metadata("design:type", Number)
], CoverageTally.prototype, "singleThreaded", void 0);
__decorate([
    Field(() => Int, { description: 'held by two or more' }),
    __metadata("design:type", Number)
], CoverageTally.prototype, "multiThreaded", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], CoverageTally.prototype, "uncovered", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'covered ÷ total; null when there is no decision maker' }),
    __metadata("design:type", Object)
], CoverageTally.prototype, "coverageRatio", void 0);
CoverageTally = __decorate([
    ObjectType({ description: 'Decision makers counted by how many of our people hold an effective relationship to them.' })
], CoverageTally);
export { CoverageTally };
let LevelCoverage = class LevelCoverage extends CoverageTally {
};
__decorate([
    Field(() => DecisionLevelEnum),
    __metadata("design:type", String)
], LevelCoverage.prototype, "decisionLevel", void 0);
LevelCoverage = __decorate([
    ObjectType()
], LevelCoverage);
export { LevelCoverage };
let FunctionCoverage = class FunctionCoverage extends CoverageTally {
};
__decorate([
    Field(() => FunctionEnum, { description: 'OTHER also stands for contacts without a function' }),
    __metadata("design:type", String)
], FunctionCoverage.prototype, "function", void 0);
FunctionCoverage = __decorate([
    ObjectType()
], FunctionCoverage);
export { FunctionCoverage };
let UnitCoverage = class UnitCoverage extends CoverageTally {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], UnitCoverage.prototype, "unitId", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], UnitCoverage.prototype, "name", void 0);
__decorate([
    Field(() => UnitLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], UnitCoverage.prototype, "unitLevel", void 0);
__decorate([
    Field(() => ID, { nullable: true }),
    __metadata("design:type", Object)
], UnitCoverage.prototype, "parentId", void 0);
__decorate([
    Field(() => Int, { description: '0 for the account itself' }),
    __metadata("design:type", Number)
], UnitCoverage.prototype, "depth", void 0);
UnitCoverage = __decorate([
    ObjectType({ description: 'Coverage of the decision makers of one unit and every unit below it.' })
], UnitCoverage);
export { UnitCoverage };
let HolderType = class HolderType {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], HolderType.prototype, "person", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], HolderType.prototype, "strength", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], HolderType.prototype, "lastContactAt", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'days between lastContactAt and asOf' }),
    __metadata("design:type", Object)
], HolderType.prototype, "ageDays", void 0);
HolderType = __decorate([
    ObjectType('Holder', { description: 'One of our people holding an effective relationship with a contact.' })
], HolderType);
export { HolderType };
let DecisionMakerStatus = class DecisionMakerStatus {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], DecisionMakerStatus.prototype, "contact", void 0);
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], DecisionMakerStatus.prototype, "unitId", void 0);
__decorate([
    Field(() => [HolderType], { description: 'strongest first' }),
    __metadata("design:type", Array)
], DecisionMakerStatus.prototype, "holders", void 0);
DecisionMakerStatus = __decorate([
    ObjectType()
], DecisionMakerStatus);
export { DecisionMakerStatus };
let BusFactorType = class BusFactorType {
};
__decorate([
    Field(() => Int, { description: 'how many people; 0 when half the decision makers are uncovered already' }),
    __metadata("design:type", Number)
], BusFactorType.prototype, "size", void 0);
__decorate([
    Field(() => [Person], { description: 'one such set, by id: among the sets of that size, the one whose sorted ids come first' }),
    __metadata("design:type", Array)
], BusFactorType.prototype, "people", void 0);
__decorate([
    Field(() => Int, { description: 'decision makers that must be uncovered: half of them, rounded up' }),
    __metadata("design:type", Number)
], BusFactorType.prototype, "threshold", void 0);
__decorate([
    Field(() => Int, { description: 'decision makers uncovered now' }),
    __metadata("design:type", Number)
], BusFactorType.prototype, "uncoveredBefore", void 0);
__decorate([
    Field(() => Int, { description: 'decision makers uncovered once all of `people` leave' }),
    __metadata("design:type", Number)
], BusFactorType.prototype, "uncoveredAfter", void 0);
__decorate([
    Field(() => [Person], { description: 'decision makers covered now who lose their last holder when `people` leave, by id' }),
    __metadata("design:type", Array)
], BusFactorType.prototype, "decisionMakersLost", void 0);
__decorate([
    Field(() => Boolean, { description: 'true when the set is proven smallest; false only if the search hit its work budget (a pathological account), and `size` is then the smallest found' }),
    __metadata("design:type", Boolean)
], BusFactorType.prototype, "exact", void 0);
BusFactorType = __decorate([
    ObjectType('BusFactor', { description: 'DESIGN §4 "Bus factor": the fewest of our people whose joint departure leaves at least half of the decision makers uncovered (effective relationships, as coverage counts them).' })
], BusFactorType);
export { BusFactorType };
let DecisionMakerCoverageType = class DecisionMakerCoverageType {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], DecisionMakerCoverageType.prototype, "accountId", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], DecisionMakerCoverageType.prototype, "accountName", void 0);
__decorate([
    Field(() => CoverageTally),
    __metadata("design:type", CoverageTally)
], DecisionMakerCoverageType.prototype, "overall", void 0);
__decorate([
    Field(() => [LevelCoverage], { description: 'CENTRAL, REGIONAL, LOCAL (always all three)' }),
    __metadata("design:type", Array)
], DecisionMakerCoverageType.prototype, "byLevel", void 0);
__decorate([
    Field(() => [FunctionCoverage], { description: 'functions that have decision makers' }),
    __metadata("design:type", Array)
], DecisionMakerCoverageType.prototype, "byFunction", void 0);
__decorate([
    Field(() => [UnitCoverage], { description: 'the account and each of its units, top-down' }),
    __metadata("design:type", Array)
], DecisionMakerCoverageType.prototype, "byUnit", void 0);
__decorate([
    Field(() => [DecisionMakerStatus]),
    __metadata("design:type", Array)
], DecisionMakerCoverageType.prototype, "decisionMakers", void 0);
__decorate([
    Field(() => Boolean, { description: 'one of our people holds every effective relationship to the decision makers' }),
    __metadata("design:type", Boolean)
], DecisionMakerCoverageType.prototype, "singleThreaded", void 0);
__decorate([
    Field(() => Person, { nullable: true, description: 'that person, when singleThreaded' }),
    __metadata("design:type", Object)
], DecisionMakerCoverageType.prototype, "soleHolder", void 0);
__decorate([
    Field(() => BusFactorType, { nullable: true, description: 'DESIGN §4 "Bus factor"; null without decision makers' }),
    __metadata("design:type", Object)
], DecisionMakerCoverageType.prototype, "busFactor", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: "DESIGN §4 \"Influence-weighted coverage\": the share of the account's influence (influence scores, which sum to 1 over its contacts) held by contacts with at least one effective relationship; null without contacts" }),
    __metadata("design:type", Object)
], DecisionMakerCoverageType.prototype, "influenceWeightedCoverage", void 0);
__decorate([
    Field(() => ThresholdsType),
    __metadata("design:type", ThresholdsType)
], DecisionMakerCoverageType.prototype, "thresholds", void 0);
DecisionMakerCoverageType = __decorate([
    ObjectType('DecisionMakerCoverage', { description: 'DESIGN §3 "Decision-maker coverage" of an account.' })
], DecisionMakerCoverageType);
export { DecisionMakerCoverageType };
let AccountCoverageType = class AccountCoverageType {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], AccountCoverageType.prototype, "account", void 0);
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], AccountCoverageType.prototype, "accountId", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], AccountCoverageType.prototype, "accountName", void 0);
__decorate([
    Field(() => Int, { description: 'active contacts' }),
    __metadata("design:type", Number)
], AccountCoverageType.prototype, "contacts", void 0);
__decorate([
    Field(() => CoverageTally, { description: 'its decision makers, as decisionMakerCoverage.overall' }),
    __metadata("design:type", CoverageTally)
], AccountCoverageType.prototype, "decisionMakers", void 0);
__decorate([
    Field(() => Boolean, { description: 'one of our people holds every effective relationship to the decision makers' }),
    __metadata("design:type", Boolean)
], AccountCoverageType.prototype, "singleThreaded", void 0);
__decorate([
    Field(() => Person, { nullable: true, description: 'that person, when singleThreaded' }),
    __metadata("design:type", Object)
], AccountCoverageType.prototype, "soleHolder", void 0);
__decorate([
    Field(() => BusFactorType, { nullable: true, description: 'DESIGN §4 "Bus factor"; null without decision makers' }),
    __metadata("design:type", Object)
], AccountCoverageType.prototype, "busFactor", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: "share of the account's influence held by covered contacts; null without contacts" }),
    __metadata("design:type", Object)
], AccountCoverageType.prototype, "influenceWeightedCoverage", void 0);
AccountCoverageType = __decorate([
    ObjectType('AccountCoverage', { description: 'One account of the portfolio: its decision makers, bus factor and influence-weighted coverage.' })
], AccountCoverageType);
export { AccountCoverageType };
let AccountCoverageEdge = class AccountCoverageEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], AccountCoverageEdge.prototype, "cursor", void 0);
__decorate([
    Field(() => AccountCoverageType),
    __metadata("design:type", AccountCoverageType)
], AccountCoverageEdge.prototype, "node", void 0);
AccountCoverageEdge = __decorate([
    ObjectType()
], AccountCoverageEdge);
export { AccountCoverageEdge };
let AccountCoverageConnection = class AccountCoverageConnection {
};
__decorate([
    Field(() => [AccountCoverageEdge]),
    __metadata("design:type", Array)
], AccountCoverageConnection.prototype, "edges", void 0);
__decorate([
    Field(() => PageInfo),
    __metadata("design:type", PageInfo)
], AccountCoverageConnection.prototype, "pageInfo", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], AccountCoverageConnection.prototype, "totalCount", void 0);
__decorate([
    Field(() => ThresholdsType),
    __metadata("design:type", ThresholdsType)
], AccountCoverageConnection.prototype, "thresholds", void 0);
AccountCoverageConnection = __decorate([
    ObjectType({ description: 'The portfolio by account, most fragile first: bus factor ascending (accounts without decision makers last), then id.' })
], AccountCoverageConnection);
export { AccountCoverageConnection };
let SeverityParts = class SeverityParts {
};
__decorate([
    Field(() => Int, { description: 'CENTRAL 3, REGIONAL 2, LOCAL 1 (1 when unknown)' }),
    __metadata("design:type", Number)
], SeverityParts.prototype, "levelWeight", void 0);
__decorate([
    Field(() => Float, { description: "the contact's influence score within the account (PageRank, sums to 1)" }),
    __metadata("design:type", Number)
], SeverityParts.prototype, "influenceScore", void 0);
__decorate([
    Field(() => Float, { description: '1 until revenue exists' }),
    __metadata("design:type", Number)
], SeverityParts.prototype, "accountWeight", void 0);
SeverityParts = __decorate([
    ObjectType({ description: 'The parts severity is the product of (DESIGN §3 "Severity").' })
], SeverityParts);
export { SeverityParts };
let RiskItemType = class RiskItemType {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], RiskItemType.prototype, "accountId", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], RiskItemType.prototype, "accountName", void 0);
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], RiskItemType.prototype, "contact", void 0);
__decorate([
    Field(() => Person, { description: 'the sole holder' }),
    __metadata("design:type", Object)
], RiskItemType.prototype, "holder", void 0);
__decorate([
    Field(() => Float, { description: 'strength of that one relationship' }),
    __metadata("design:type", Number)
], RiskItemType.prototype, "strength", void 0);
__decorate([
    Field(() => LocalDateResolver, { nullable: true }),
    __metadata("design:type", Object)
], RiskItemType.prototype, "lastContactAt", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'age of that relationship in days at asOf' }),
    __metadata("design:type", Object)
], RiskItemType.prototype, "ageDays", void 0);
__decorate([
    Field(() => String, { description: 'DECISION_MAKER, or INFLUENCES_DECISION_MAKER (includeInfluencers)' }),
    __metadata("design:type", String)
], RiskItemType.prototype, "reason", void 0);
__decorate([
    Field(() => [ID], { description: 'decision makers this contact sways with strength ≥ minInfluence' }),
    __metadata("design:type", Array)
], RiskItemType.prototype, "influencesDecisionMakers", void 0);
__decorate([
    Field(() => Float),
    __metadata("design:type", Number)
], RiskItemType.prototype, "severity", void 0);
__decorate([
    Field(() => SeverityParts),
    __metadata("design:type", SeverityParts)
], RiskItemType.prototype, "severityParts", void 0);
RiskItemType = __decorate([
    ObjectType('RiskItem', { description: 'A contact held by exactly one of our people (DESIGN §3 "Single-contact risk").' })
], RiskItemType);
export { RiskItemType };
let RiskItemEdge = class RiskItemEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], RiskItemEdge.prototype, "cursor", void 0);
__decorate([
    Field(() => RiskItemType),
    __metadata("design:type", RiskItemType)
], RiskItemEdge.prototype, "node", void 0);
RiskItemEdge = __decorate([
    ObjectType()
], RiskItemEdge);
export { RiskItemEdge };
let AccountRiskSummary = class AccountRiskSummary {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], AccountRiskSummary.prototype, "accountId", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], AccountRiskSummary.prototype, "accountName", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], AccountRiskSummary.prototype, "singleThreaded", void 0);
__decorate([
    Field(() => Person, { nullable: true }),
    __metadata("design:type", Object)
], AccountRiskSummary.prototype, "soleHolder", void 0);
__decorate([
    Field(() => [Person]),
    __metadata("design:type", Array)
], AccountRiskSummary.prototype, "uncoveredDecisionMakers", void 0);
__decorate([
    Field(() => Int, { description: 'number of risk items in this account' }),
    __metadata("design:type", Number)
], AccountRiskSummary.prototype, "riskCount", void 0);
AccountRiskSummary = __decorate([
    ObjectType({ description: 'Per account: is it single-threaded, and which decision makers are uncovered.' })
], AccountRiskSummary);
export { AccountRiskSummary };
let SingleContactRiskConnection = class SingleContactRiskConnection {
};
__decorate([
    Field(() => [RiskItemEdge]),
    __metadata("design:type", Array)
], SingleContactRiskConnection.prototype, "edges", void 0);
__decorate([
    Field(() => PageInfo),
    __metadata("design:type", PageInfo)
], SingleContactRiskConnection.prototype, "pageInfo", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], SingleContactRiskConnection.prototype, "totalCount", void 0);
__decorate([
    Field(() => [AccountRiskSummary], { description: 'every account looked at, by id' }),
    __metadata("design:type", Array)
], SingleContactRiskConnection.prototype, "accounts", void 0);
__decorate([
    Field(() => ThresholdsType),
    __metadata("design:type", ThresholdsType)
], SingleContactRiskConnection.prototype, "thresholds", void 0);
SingleContactRiskConnection = __decorate([
    ObjectType({ description: 'Single-contact risks, most severe first.' })
], SingleContactRiskConnection);
export { SingleContactRiskConnection };
let SuccessorType = class SuccessorType {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], SuccessorType.prototype, "person", void 0);
__decorate([
    Field(() => Float, { description: 'strength of their strongest influence path to the contact' }),
    __metadata("design:type", Number)
], SuccessorType.prototype, "strength", void 0);
__decorate([
    Field(() => [ID], { description: 'that path: person ids from the colleague to the contact' }),
    __metadata("design:type", Array)
], SuccessorType.prototype, "via", void 0);
SuccessorType = __decorate([
    ObjectType('Successor', { description: 'A colleague well placed to take over a contact.' })
], SuccessorType);
export { SuccessorType };
let OrphanedDecisionMaker = class OrphanedDecisionMaker {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], OrphanedDecisionMaker.prototype, "contact", void 0);
__decorate([
    Field(() => [SuccessorType], { description: 'best placed first' }),
    __metadata("design:type", Array)
], OrphanedDecisionMaker.prototype, "successors", void 0);
OrphanedDecisionMaker = __decorate([
    ObjectType()
], OrphanedDecisionMaker);
export { OrphanedDecisionMaker };
let AccountDepartureImpact = class AccountDepartureImpact {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], AccountDepartureImpact.prototype, "accountId", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], AccountDepartureImpact.prototype, "accountName", void 0);
__decorate([
    Field(() => [Person], { description: 'contacts whose coverage falls to zero' }),
    __metadata("design:type", Array)
], AccountDepartureImpact.prototype, "orphanedContacts", void 0);
__decorate([
    Field(() => [OrphanedDecisionMaker]),
    __metadata("design:type", Array)
], AccountDepartureImpact.prototype, "orphanedDecisionMakers", void 0);
__decorate([
    Field(() => CoverageTally, { description: 'decision-maker coverage now' }),
    __metadata("design:type", CoverageTally)
], AccountDepartureImpact.prototype, "before", void 0);
__decorate([
    Field(() => CoverageTally, { description: 'decision-maker coverage without the person' }),
    __metadata("design:type", CoverageTally)
], AccountDepartureImpact.prototype, "after", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], AccountDepartureImpact.prototype, "becomesUncovered", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], AccountDepartureImpact.prototype, "becomesSingleThreaded", void 0);
AccountDepartureImpact = __decorate([
    ObjectType({ description: 'What one account loses when the person leaves.' })
], AccountDepartureImpact);
export { AccountDepartureImpact };
let DepartureImpact = class DepartureImpact {
};
__decorate([
    Field(() => Person),
    __metadata("design:type", Object)
], DepartureImpact.prototype, "person", void 0);
__decorate([
    Field(() => [AccountDepartureImpact], { description: 'every account in which the person holds an effective relationship, by id' }),
    __metadata("design:type", Array)
], DepartureImpact.prototype, "accounts", void 0);
__decorate([
    Field(() => [ID]),
    __metadata("design:type", Array)
], DepartureImpact.prototype, "uncoveredAccounts", void 0);
__decorate([
    Field(() => [ID]),
    __metadata("design:type", Array)
], DepartureImpact.prototype, "singleThreadedAccounts", void 0);
__decorate([
    Field(() => ThresholdsType),
    __metadata("design:type", ThresholdsType)
], DepartureImpact.prototype, "thresholds", void 0);
DepartureImpact = __decorate([
    ObjectType({ description: 'DESIGN §3 "Departure impact": a what-if, nothing is written.' })
], DepartureImpact);
export { DepartureImpact };
let FunctionPair = class FunctionPair {
};
__decorate([
    Field(() => FunctionEnum, { description: 'function of our holder' }),
    __metadata("design:type", String)
], FunctionPair.prototype, "ours", void 0);
__decorate([
    Field(() => FunctionEnum, { description: "function of the customer's contact" }),
    __metadata("design:type", String)
], FunctionPair.prototype, "theirs", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], FunctionPair.prototype, "relationships", void 0);
FunctionPair = __decorate([
    ObjectType()
], FunctionPair);
export { FunctionPair };
let CrossFunctionalCoverage = class CrossFunctionalCoverage {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], CrossFunctionalCoverage.prototype, "accountId", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], CrossFunctionalCoverage.prototype, "accountName", void 0);
__decorate([
    Field(() => [FunctionPair], { description: 'non-empty cells only' }),
    __metadata("design:type", Array)
], CrossFunctionalCoverage.prototype, "cells", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], CrossFunctionalCoverage.prototype, "total", void 0);
__decorate([
    Field(() => ThresholdsType),
    __metadata("design:type", ThresholdsType)
], CrossFunctionalCoverage.prototype, "thresholds", void 0);
CrossFunctionalCoverage = __decorate([
    ObjectType({ description: 'DESIGN §3 "Cross-functional coverage": effective relationships, our functions × theirs.' })
], CrossFunctionalCoverage);
export { CrossFunctionalCoverage };
let PortfolioAccount = class PortfolioAccount {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], PortfolioAccount.prototype, "account", void 0);
__decorate([
    Field(() => [HolderType], { description: 'here `person` is the contact' }),
    __metadata("design:type", Array)
], PortfolioAccount.prototype, "contacts", void 0);
PortfolioAccount = __decorate([
    ObjectType({ description: 'The contacts one of our people holds in one account.' })
], PortfolioAccount);
export { PortfolioAccount };
export var TrendEveryEnum;
(function (TrendEveryEnum) {
    TrendEveryEnum["MONTH"] = "MONTH";
    TrendEveryEnum["QUARTER"] = "QUARTER";
})(TrendEveryEnum || (TrendEveryEnum = {}));
registerEnumType(TrendEveryEnum, { name: 'TrendEvery', description: 'The step of a trend: the last day of each month or of each quarter.' });
let CoverageTrendPoint = class CoverageTrendPoint {
};
__decorate([
    Field(() => LocalDateResolver),
    __metadata("design:type", String)
], CoverageTrendPoint.prototype, "asOf", void 0);
__decorate([
    Field(() => CoverageTally, { description: 'its decision makers on that day' }),
    __metadata("design:type", CoverageTally)
], CoverageTrendPoint.prototype, "decisionMakers", void 0);
__decorate([
    Field(() => Boolean, { description: 'one of our people held every effective relationship to its decision makers' }),
    __metadata("design:type", Boolean)
], CoverageTrendPoint.prototype, "singleThreaded", void 0);
__decorate([
    Field(() => Int, { description: 'single-contact risks (decision makers held by exactly one of ours)' }),
    __metadata("design:type", Number)
], CoverageTrendPoint.prototype, "risks", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'the bus factor (null without decision makers)' }),
    __metadata("design:type", Object)
], CoverageTrendPoint.prototype, "busFactor", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], CoverageTrendPoint.prototype, "influenceWeightedCoverage", void 0);
__decorate([
    Field(() => Int, { description: 'active contacts on that day' }),
    __metadata("design:type", Number)
], CoverageTrendPoint.prototype, "contacts", void 0);
CoverageTrendPoint = __decorate([
    ObjectType({ description: 'One account on one date of its trend, from the record as it stood that day (docs/definitions.md "Point in time").' })
], CoverageTrendPoint);
export { CoverageTrendPoint };
let CoverageTrend = class CoverageTrend {
};
__decorate([
    Field(() => Company),
    __metadata("design:type", Object)
], CoverageTrend.prototype, "account", void 0);
__decorate([
    Field(() => TrendEveryEnum),
    __metadata("design:type", String)
], CoverageTrend.prototype, "every", void 0);
__decorate([
    Field(() => [CoverageTrendPoint]),
    __metadata("design:type", Array)
], CoverageTrend.prototype, "points", void 0);
CoverageTrend = __decorate([
    ObjectType({ description: 'DESIGN §4 "Trend": one point per period end within [from, to].' })
], CoverageTrend);
export { CoverageTrend };
let PortfolioTrendPoint = class PortfolioTrendPoint {
};
__decorate([
    Field(() => LocalDateResolver),
    __metadata("design:type", String)
], PortfolioTrendPoint.prototype, "asOf", void 0);
__decorate([
    Field(() => Int, { description: 'root customer accounts (today\'s portfolio)' }),
    __metadata("design:type", Number)
], PortfolioTrendPoint.prototype, "accounts", void 0);
__decorate([
    Field(() => Int, { description: 'accounts with at least one decision maker on that day' }),
    __metadata("design:type", Number)
], PortfolioTrendPoint.prototype, "withDecisionMakers", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], PortfolioTrendPoint.prototype, "singleThreadedAccounts", void 0);
__decorate([
    Field(() => Int, { description: 'accounts with decision makers of whom none is covered' }),
    __metadata("design:type", Number)
], PortfolioTrendPoint.prototype, "uncoveredAccounts", void 0);
__decorate([
    Field(() => Int, { description: 'single-contact risks across the portfolio' }),
    __metadata("design:type", Number)
], PortfolioTrendPoint.prototype, "risks", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], PortfolioTrendPoint.prototype, "decisionMakers", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], PortfolioTrendPoint.prototype, "coveredDecisionMakers", void 0);
__decorate([
    Field(() => Float, { nullable: true, description: 'coveredDecisionMakers ÷ decisionMakers' }),
    __metadata("design:type", Object)
], PortfolioTrendPoint.prototype, "coverageRatio", void 0);
PortfolioTrendPoint = __decorate([
    ObjectType({ description: 'The portfolio on one date of its trend.' })
], PortfolioTrendPoint);
export { PortfolioTrendPoint };
let PortfolioTrend = class PortfolioTrend {
};
__decorate([
    Field(() => TrendEveryEnum),
    __metadata("design:type", String)
], PortfolioTrend.prototype, "every", void 0);
__decorate([
    Field(() => [PortfolioTrendPoint]),
    __metadata("design:type", Array)
], PortfolioTrend.prototype, "points", void 0);
PortfolioTrend = __decorate([
    ObjectType({ description: 'DESIGN §4 "Trend" of the portfolio: one point per period end within [from, to].' })
], PortfolioTrend);
export { PortfolioTrend };
//# sourceMappingURL=coverage.type.js.map