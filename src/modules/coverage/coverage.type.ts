import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecisionLevelEnum, FunctionEnum, UnitLevelEnum } from '../../common/enums.type.js';
import { PageInfo } from '../../common/connection.type.js';
import type { DecisionLevel, PersonFunction, UnitLevel } from '../../domain/enums.js';
import type { CompanyRecord, PersonRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';

@ObjectType('Thresholds', { description: 'The thresholds an answer was computed with (DESIGN §3 "Effective relationship").' })
export class ThresholdsType {
  @Field(() => Float) minStrength!: number;
  @Field(() => Int) maxAgeDays!: number;
  @Field(() => LocalDateResolver) asOf!: string;
}

@ObjectType({ description: 'Decision makers counted by how many of our people hold an effective relationship to them.' })
export class CoverageTally {
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'held by at least one of our people' }) covered!: number;
  @Field(() => Int, { description: 'held by exactly one' }) singleThreaded!: number;
  @Field(() => Int, { description: 'held by two or more' }) multiThreaded!: number;
  @Field(() => Int) uncovered!: number;
  @Field(() => Float, { nullable: true, description: 'covered ÷ total; null when there is no decision maker' }) coverageRatio!: number | null;
}

@ObjectType()
export class LevelCoverage extends CoverageTally {
  @Field(() => DecisionLevelEnum) decisionLevel!: DecisionLevel;
}

@ObjectType()
export class FunctionCoverage extends CoverageTally {
  @Field(() => FunctionEnum, { description: 'OTHER also stands for contacts without a function' }) function!: PersonFunction;
}

@ObjectType({ description: 'Coverage of the decision makers of one unit and every unit below it.' })
export class UnitCoverage extends CoverageTally {
  @Field(() => ID) unitId!: string;
  @Field(() => String) name!: string;
  @Field(() => UnitLevelEnum, { nullable: true }) unitLevel!: UnitLevel | null;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Int, { description: '0 for the account itself' }) depth!: number;
}

@ObjectType('Holder', { description: 'One of our people holding an effective relationship with a contact.' })
export class HolderType {
  @Field(() => Person) person!: PersonRecord;
  @Field(() => Float) strength!: number;
  @Field(() => LocalDateResolver, { nullable: true }) lastContactAt!: string | null;
  @Field(() => Int, { nullable: true, description: 'days between lastContactAt and asOf' }) ageDays!: number | null;
}

@ObjectType()
export class DecisionMakerStatus {
  @Field(() => Person) contact!: PersonRecord;
  @Field(() => ID) unitId!: string;
  @Field(() => [HolderType], { description: 'strongest first' }) holders!: HolderType[];
}

@ObjectType('BusFactor', { description: 'DESIGN §4 "Bus factor": the fewest of our people whose joint departure leaves at least half of the decision makers uncovered (effective relationships, as coverage counts them).' })
export class BusFactorType {
  @Field(() => Int, { description: 'how many people; 0 when half the decision makers are uncovered already' }) size!: number;
  @Field(() => [Person], { description: 'one such set, by id: among the sets of that size, the one whose sorted ids come first' }) people!: PersonRecord[];
  @Field(() => Int, { description: 'decision makers that must be uncovered: half of them, rounded up' }) threshold!: number;
  @Field(() => Int, { description: 'decision makers uncovered now' }) uncoveredBefore!: number;
  @Field(() => Int, { description: 'decision makers uncovered once all of `people` leave' }) uncoveredAfter!: number;
  @Field(() => [Person], { description: 'decision makers covered now who lose their last holder when `people` leave, by id' }) decisionMakersLost!: PersonRecord[];
  @Field(() => Boolean, { description: 'true when the set is proven smallest; false only if the search hit its work budget (a pathological account), and `size` is then the smallest found' }) exact!: boolean;
}

@ObjectType('DecisionMakerCoverage', { description: 'DESIGN §3 "Decision-maker coverage" of an account.' })
export class DecisionMakerCoverageType {
  @Field(() => ID) accountId!: string;
  @Field(() => String) accountName!: string;
  @Field(() => CoverageTally) overall!: CoverageTally;
  @Field(() => [LevelCoverage], { description: 'CENTRAL, REGIONAL, LOCAL (always all three)' }) byLevel!: LevelCoverage[];
  @Field(() => [FunctionCoverage], { description: 'functions that have decision makers' }) byFunction!: FunctionCoverage[];
  @Field(() => [UnitCoverage], { description: 'the account and each of its units, top-down' }) byUnit!: UnitCoverage[];
  @Field(() => [DecisionMakerStatus]) decisionMakers!: DecisionMakerStatus[];
  @Field(() => Boolean, { description: 'one of our people holds every effective relationship to the decision makers' }) singleThreaded!: boolean;
  @Field(() => Person, { nullable: true, description: 'that person, when singleThreaded' }) soleHolder!: PersonRecord | null;
  @Field(() => BusFactorType, { nullable: true, description: 'DESIGN §4 "Bus factor"; null without decision makers' }) busFactor!: BusFactorType | null;
  @Field(() => Float, { nullable: true, description: "DESIGN §4 \"Influence-weighted coverage\": the share of the account's influence (influence scores, which sum to 1 over its contacts) held by contacts with at least one effective relationship; null without contacts" })
  influenceWeightedCoverage!: number | null;
  @Field(() => ThresholdsType) thresholds!: ThresholdsType;
}

@ObjectType('AccountCoverage', { description: 'One account of the portfolio: its decision makers, bus factor and influence-weighted coverage.' })
export class AccountCoverageType {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => ID) accountId!: string;
  @Field(() => String) accountName!: string;
  @Field(() => Int, { description: 'active contacts' }) contacts!: number;
  @Field(() => CoverageTally, { description: 'its decision makers, as decisionMakerCoverage.overall' }) decisionMakers!: CoverageTally;
  @Field(() => Boolean, { description: 'one of our people holds every effective relationship to the decision makers' }) singleThreaded!: boolean;
  @Field(() => Person, { nullable: true, description: 'that person, when singleThreaded' }) soleHolder!: PersonRecord | null;
  @Field(() => BusFactorType, { nullable: true, description: 'DESIGN §4 "Bus factor"; null without decision makers' }) busFactor!: BusFactorType | null;
  @Field(() => Float, { nullable: true, description: "share of the account's influence held by covered contacts; null without contacts" }) influenceWeightedCoverage!: number | null;
}

@ObjectType()
export class AccountCoverageEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AccountCoverageType) node!: AccountCoverageType;
}

@ObjectType({ description: 'The portfolio by account, most fragile first: bus factor ascending (accounts without decision makers last), then id.' })
export class AccountCoverageConnection {
  @Field(() => [AccountCoverageEdge]) edges!: AccountCoverageEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => ThresholdsType) thresholds!: ThresholdsType;
}

@ObjectType({ description: 'The parts severity is the product of (DESIGN §3 "Severity").' })
export class SeverityParts {
  @Field(() => Int, { description: 'CENTRAL 3, REGIONAL 2, LOCAL 1 (1 when unknown)' }) levelWeight!: number;
  @Field(() => Float, { description: "the contact's influence score within the account (PageRank, sums to 1)" }) influenceScore!: number;
  @Field(() => Float, { description: '1 until revenue exists' }) accountWeight!: number;
}

@ObjectType('RiskItem', { description: 'A contact held by exactly one of our people (DESIGN §3 "Single-contact risk").' })
export class RiskItemType {
  @Field(() => ID) accountId!: string;
  @Field(() => String) accountName!: string;
  @Field(() => Person) contact!: PersonRecord;
  @Field(() => Person, { description: 'the sole holder' }) holder!: PersonRecord;
  @Field(() => Float, { description: 'strength of that one relationship' }) strength!: number;
  @Field(() => LocalDateResolver, { nullable: true }) lastContactAt!: string | null;
  @Field(() => Int, { nullable: true, description: 'age of that relationship in days at asOf' }) ageDays!: number | null;
  @Field(() => String, { description: 'DECISION_MAKER, or INFLUENCES_DECISION_MAKER (includeInfluencers)' }) reason!: string;
  @Field(() => [ID], { description: 'decision makers this contact sways with strength ≥ minInfluence' }) influencesDecisionMakers!: string[];
  @Field(() => Float) severity!: number;
  @Field(() => SeverityParts) severityParts!: SeverityParts;
}

@ObjectType()
export class RiskItemEdge {
  @Field(() => String) cursor!: string;
  @Field(() => RiskItemType) node!: RiskItemType;
}

@ObjectType({ description: 'Per account: is it single-threaded, and which decision makers are uncovered.' })
export class AccountRiskSummary {
  @Field(() => ID) accountId!: string;
  @Field(() => String) accountName!: string;
  @Field(() => Boolean) singleThreaded!: boolean;
  @Field(() => Person, { nullable: true }) soleHolder!: PersonRecord | null;
  @Field(() => [Person]) uncoveredDecisionMakers!: PersonRecord[];
  @Field(() => Int, { description: 'number of risk items in this account' }) riskCount!: number;
}

@ObjectType({ description: 'Single-contact risks, most severe first.' })
export class SingleContactRiskConnection {
  @Field(() => [RiskItemEdge]) edges!: RiskItemEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => [AccountRiskSummary], { description: 'every account looked at, by id' }) accounts!: AccountRiskSummary[];
  @Field(() => ThresholdsType) thresholds!: ThresholdsType;
}

@ObjectType('Successor', { description: 'A colleague well placed to take over a contact.' })
export class SuccessorType {
  @Field(() => Person) person!: PersonRecord;
  @Field(() => Float, { description: 'strength of their strongest influence path to the contact' }) strength!: number;
  @Field(() => [ID], { description: 'that path: person ids from the colleague to the contact' }) via!: string[];
}

@ObjectType()
export class OrphanedDecisionMaker {
  @Field(() => Person) contact!: PersonRecord;
  @Field(() => [SuccessorType], { description: 'best placed first' }) successors!: SuccessorType[];
}

@ObjectType({ description: 'What one account loses when the person leaves.' })
export class AccountDepartureImpact {
  @Field(() => ID) accountId!: string;
  @Field(() => String) accountName!: string;
  @Field(() => [Person], { description: 'contacts whose coverage falls to zero' }) orphanedContacts!: PersonRecord[];
  @Field(() => [OrphanedDecisionMaker]) orphanedDecisionMakers!: OrphanedDecisionMaker[];
  @Field(() => CoverageTally, { description: 'decision-maker coverage now' }) before!: CoverageTally;
  @Field(() => CoverageTally, { description: 'decision-maker coverage without the person' }) after!: CoverageTally;
  @Field(() => Boolean) becomesUncovered!: boolean;
  @Field(() => Boolean) becomesSingleThreaded!: boolean;
}

@ObjectType({ description: 'DESIGN §3 "Departure impact": a what-if, nothing is written.' })
export class DepartureImpact {
  @Field(() => Person) person!: PersonRecord;
  @Field(() => [AccountDepartureImpact], { description: 'every account in which the person holds an effective relationship, by id' }) accounts!: AccountDepartureImpact[];
  @Field(() => [ID]) uncoveredAccounts!: string[];
  @Field(() => [ID]) singleThreadedAccounts!: string[];
  @Field(() => ThresholdsType) thresholds!: ThresholdsType;
}

@ObjectType()
export class FunctionPair {
  @Field(() => FunctionEnum, { description: 'function of our holder' }) ours!: PersonFunction;
  @Field(() => FunctionEnum, { description: "function of the customer's contact" }) theirs!: PersonFunction;
  @Field(() => Int) relationships!: number;
}

@ObjectType({ description: 'DESIGN §3 "Cross-functional coverage": effective relationships, our functions × theirs.' })
export class CrossFunctionalCoverage {
  @Field(() => ID) accountId!: string;
  @Field(() => String) accountName!: string;
  @Field(() => [FunctionPair], { description: 'non-empty cells only' }) cells!: FunctionPair[];
  @Field(() => Int) total!: number;
  @Field(() => ThresholdsType) thresholds!: ThresholdsType;
}

@ObjectType({ description: 'The contacts one of our people holds in one account.' })
export class PortfolioAccount {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => [HolderType], { description: 'here `person` is the contact' }) contacts!: HolderType[];
}

export enum TrendEveryEnum { MONTH = 'MONTH', QUARTER = 'QUARTER' }
registerEnumType(TrendEveryEnum, { name: 'TrendEvery', description: 'The step of a trend: the last day of each month or of each quarter.' });

@ObjectType({ description: 'One account on one date of its trend, from the record as it stood that day (docs/definitions.md "Point in time").' })
export class CoverageTrendPoint {
  @Field(() => LocalDateResolver) asOf!: string;
  @Field(() => CoverageTally, { description: 'its decision makers on that day' }) decisionMakers!: CoverageTally;
  @Field(() => Boolean, { description: 'one of our people held every effective relationship to its decision makers' }) singleThreaded!: boolean;
  @Field(() => Int, { description: 'single-contact risks (decision makers held by exactly one of ours)' }) risks!: number;
  @Field(() => Int, { nullable: true, description: 'the bus factor (null without decision makers)' }) busFactor!: number | null;
  @Field(() => Float, { nullable: true }) influenceWeightedCoverage!: number | null;
  @Field(() => Int, { description: 'active contacts on that day' }) contacts!: number;
}

@ObjectType({ description: 'DESIGN §4 "Trend": one point per period end within [from, to].' })
export class CoverageTrend {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => TrendEveryEnum) every!: TrendEveryEnum;
  @Field(() => [CoverageTrendPoint]) points!: CoverageTrendPoint[];
}

@ObjectType({ description: 'The portfolio on one date of its trend.' })
export class PortfolioTrendPoint {
  @Field(() => LocalDateResolver) asOf!: string;
  @Field(() => Int, { description: 'root customer accounts (today\'s portfolio)' }) accounts!: number;
  @Field(() => Int, { description: 'accounts with at least one decision maker on that day' }) withDecisionMakers!: number;
  @Field(() => Int) singleThreadedAccounts!: number;
  @Field(() => Int, { description: 'accounts with decision makers of whom none is covered' }) uncoveredAccounts!: number;
  @Field(() => Int, { description: 'single-contact risks across the portfolio' }) risks!: number;
  @Field(() => Int) decisionMakers!: number;
  @Field(() => Int) coveredDecisionMakers!: number;
  @Field(() => Float, { nullable: true, description: 'coveredDecisionMakers ÷ decisionMakers' }) coverageRatio!: number | null;
}

@ObjectType({ description: 'DESIGN §4 "Trend" of the portfolio: one point per period end within [from, to].' })
export class PortfolioTrend {
  @Field(() => TrendEveryEnum) every!: TrendEveryEnum;
  @Field(() => [PortfolioTrendPoint]) points!: PortfolioTrendPoint[];
}
