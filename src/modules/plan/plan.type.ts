import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../common/connection.type.js';
import { ACTIVITY_STATUSES, PLAN_SECTIONS, SUPPLIER_ROLES, type ActivityStatus, type PlanSection, type SupplierRole } from '../../domain/plans.js';
import type { CompanyRecord, PersonRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { HolderType } from '../coverage/coverage.type.js';
import { CompetitorPosition, PartnerPosition } from '../partner/partner.type.js';
import { Person } from '../person/person.type.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const SupplierRoleEnum = asEnum(SUPPLIER_ROLES);
export const ActivityStatusEnum = asEnum(ACTIVITY_STATUSES);
export const PlanSectionEnum = asEnum(PLAN_SECTIONS);
export const ThreadingEnum = asEnum(['UNCOVERED', 'SINGLE_THREADED', 'MULTI_THREADED'] as const);
registerEnumType(SupplierRoleEnum, { name: 'SupplierRole', description: 'Our role as supplier (DESIGN §6), from the least to the most: VENDOR, PREFERRED, PARTNER, STRATEGIC.' });
registerEnumType(ActivityStatusEnum, { name: 'ActivityStatus', description: 'Where a planned activity stands.' });
registerEnumType(PlanSectionEnum, { name: 'PlanSection', description: 'The written sections of a plan that completeness counts (docs/plans.md "Completeness").' });
registerEnumType(ThreadingEnum, { name: 'Threading', description: 'Coverage of a contact (DESIGN §3): held by none, exactly one, or two or more of our people.' });

// ------------------------------------------------------------------ the plan

@ObjectType({ description: 'The customer and its business.' })
export class PlanBusiness {
  @Field(() => String, { nullable: true }) market!: string | null;
  @Field(() => String, { nullable: true, description: 'its own customers' }) customers!: string | null;
  @Field(() => String, { nullable: true }) geography!: string | null;
  @Field(() => String, { nullable: true, description: 'what it sells' }) offerings!: string | null;
  @Field(() => String, { nullable: true }) strategy!: string | null;
}

@ObjectType({ description: 'One year of the customer\'s own results.' })
export class PlanResult {
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true }) turnover!: number | null;
  @Field(() => Float, { nullable: true }) operatingProfit!: number | null;
}

@ObjectType({ description: 'A problem or challenge of the customer, and how we can help.' })
export class PlanChallenge {
  @Field(() => String) challenge!: string;
  @Field(() => String, { nullable: true }) howWeCanHelp!: string | null;
}

@ObjectType({ description: 'A key person of the plan: a contact of the account (a link into the graph).' })
export class PlanKeyPerson {
  @Field(() => Person) person!: PersonRecord;
  @Field(() => String, { nullable: true, description: 'our relationship with them, in the KAM\'s words' }) note!: string | null;
  @Field(() => Boolean, { description: 'still an active contact of the account today (false: left or moved; the plan needs updating)' }) inPlace!: boolean;
}

@ObjectType({ description: 'A partner named by the plan, with its PARTNERS_AT positions at the account today.' })
export class PlanPartner {
  @Field(() => Company) partner!: CompanyRecord;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [PartnerPosition]) positions!: unknown[];
}

@ObjectType({ description: 'A competitor named by the plan, with its COMPETES_AT positions at the account today.' })
export class PlanCompetitor {
  @Field(() => Company) competitor!: CompanyRecord;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [CompetitorPosition]) positions!: unknown[];
}

@ObjectType({ description: 'A target for the plan\'s year and what the account (with its units) bought of that family in that year (docs/plans.md "Targets").' })
export class PlanTarget {
  @Field(() => String) family!: string;
  @Field(() => Float, { nullable: true }) revenue!: number | null;
  @Field(() => Float, { nullable: true }) volume!: number | null;
  @Field(() => Float) actualRevenue!: number;
  @Field(() => Float) actualVolume!: number;
  @Field(() => Float, { nullable: true, description: 'actualRevenue ÷ revenue' }) revenueAttainment!: number | null;
  @Field(() => Float, { nullable: true, description: 'actualVolume ÷ volume' }) volumeAttainment!: number | null;
  @Field(() => Float, { description: 'the share of the year gone by (1 for a past year)' }) yearElapsed!: number;
  @Field(() => Boolean, { nullable: true, description: 'attainment (revenue, else volume) ≥ yearElapsed' }) onTrack!: boolean | null;
}

@ObjectType({ description: 'Our sales to the account (with its units) in one calendar year.' })
export class PlanYearFigures {
  @Field(() => Int) year!: number;
  @Field(() => Float) revenue!: number;
  @Field(() => Float, { nullable: true }) contributionMargin!: number | null;
  @Field(() => Float, { nullable: true, description: 'profitability: margin ÷ the revenue whose margin is known' }) marginPct!: number | null;
  @Field(() => Float, { nullable: true, description: 'revenue ÷ the year before − 1' }) growth!: number | null;
  @Field(() => Boolean, { description: 'false for the current year (to date) and later' }) complete!: boolean;
}

@ObjectType({ description: 'docs/plans.md "Satisfaction index": from the account\'s signals of the window.' })
export class PlanSatisfaction {
  @Field(() => Float, { nullable: true, description: '0..100; null when no signal of the window says anything' }) index!: number | null;
  @Field(() => Float) positive!: number;
  @Field(() => Float) negative!: number;
  @Field(() => Int, { description: 'signals counted' }) signals!: number;
  @Field(() => LocalDateResolver) from!: string;
  @Field(() => LocalDateResolver) to!: string;
}

@ObjectType({ description: 'A key person with the people of ours holding an effective relationship with them (values in force).' })
export class KeyPersonCoverage {
  @Field(() => Person) person!: PersonRecord;
  @Field(() => ThreadingEnum) threading!: string;
  @Field(() => [HolderType], { description: 'strongest first' }) holders!: unknown[];
}

@ObjectType({ description: 'DESIGN §6 key-people coverage: the plan\'s key people who are active contacts today, by how many of ours hold them (DESIGN §3).' })
export class KeyPeopleCoverage {
  @Field(() => Int) total!: number;
  @Field(() => Int) covered!: number;
  @Field(() => Int) singleThreaded!: number;
  @Field(() => Int) multiThreaded!: number;
  @Field(() => Int) uncovered!: number;
  @Field(() => Float, { nullable: true, description: 'covered ÷ total; null without key people' }) coverageRatio!: number | null;
  @Field(() => [KeyPersonCoverage]) people!: unknown[];
  @Field(() => [Person], { description: 'named by the plan but no longer active contacts of the account' }) notInPlace!: PersonRecord[];
}

@ObjectType({ description: 'DESIGN §6: completeness, freshness and key-people coverage (docs/plans.md "Plan health").' })
export class PlanHealth {
  @Field(() => LocalDateResolver, { description: 'the day it is judged on' }) asOf!: string;
  @Field(() => Float, { description: 'filled sections ÷ 8' }) completeness!: number;
  @Field(() => [PlanSectionEnum]) sectionsFilled!: PlanSection[];
  @Field(() => [PlanSectionEnum]) sectionsMissing!: PlanSection[];
  @Field(() => Int, { description: 'days since the plan\'s newest version' }) freshnessDays!: number;
  @Field(() => Int) staleAfterDays!: number;
  @Field(() => Boolean, { description: 'freshnessDays > staleAfterDays' }) stale!: boolean;
  @Field(() => KeyPeopleCoverage) keyPeople!: unknown;
}

@ObjectType({ description: 'A key-account plan at one version (DESIGN §6). Written sections are the version\'s; computed ones are read live from the graph and the sales.' })
export class AccountPlan {
  @Field(() => ID, { description: '<accountId>/<year>' }) id!: string;
  @Field(() => ID, { description: '<id>@<version>: the node of this version' }) versionId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) version!: number;
  @Field(() => Int) latestVersion!: number;
  @Field(() => String, { description: 'ISO-8601 instant this version was written' }) updatedAt!: string;
  @Field(() => String, { nullable: true, description: 'who wrote it' }) updatedBy!: string | null;
  @Field(() => PlanBusiness) business!: unknown;
  @Field(() => [PlanResult], { description: 'by year' }) results!: unknown[];
  @Field(() => [PlanChallenge]) challenges!: unknown[];
  @Field(() => SupplierRoleEnum, { nullable: true, description: 'our role as supplier today' }) roleToday!: SupplierRole | null;
  @Field(() => SupplierRoleEnum, { nullable: true, description: 'our role as supplier in a year' }) roleNextYear!: SupplierRole | null;
}

@ObjectType({ description: 'A planned action of a plan (DESIGN §2 `Activity`): its status moves on without a new plan version.' })
export class Activity {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => LocalDateResolver) dueAt!: string;
  @Field(() => ActivityStatusEnum) status!: ActivityStatus;
  @Field(() => Int, { description: 'the plan version current when it was added' }) addedIn!: number;
}

@ObjectType({ description: 'One owner\'s overdue activities, oldest due first.' })
export class OverdueActivities {
  @Field(() => Person, { nullable: true, description: 'null for activities whose owner was removed' }) owner!: PersonRecord | null;
  @Field(() => Int) count!: number;
  @Field(() => [Activity]) activities!: unknown[];
}

@ObjectType({ description: 'One key account in the plan health list.' })
export class PlanHealthRow {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => AccountPlan, { nullable: true, description: 'its plan for the year (newest version); null when it has none' }) plan!: unknown;
  @Field(() => Boolean) hasPlan!: boolean;
  @Field(() => PlanHealth, { nullable: true }) health!: unknown;
}

@ObjectType()
export class PlanHealthEdge {
  @Field(() => String) cursor!: string;
  @Field(() => PlanHealthRow) node!: unknown;
}

@ObjectType({ description: 'DESIGN §6 plan health of every key account you can see: without a plan first, then the least complete, then the oldest.' })
export class PlanHealthConnection {
  @Field(() => [PlanHealthEdge]) edges!: unknown[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => Int) year!: number;
  @Field(() => LocalDateResolver) asOf!: string;
  @Field(() => Int) staleAfterDays!: number;
  @Field(() => Int, { description: 'key accounts without a plan for the year' }) withoutPlan!: number;
  @Field(() => Int, { description: 'plans older than staleAfterDays' }) stale!: number;
  @Field(() => Int, { description: 'plans with every section filled' }) complete!: number;
}

// ------------------------------------------------------------------ inputs and arguments

@InputType({ description: 'The customer and its business; given, it replaces the whole section.' })
export class PlanBusinessInput {
  @Field(() => String, { nullable: true }) market?: string | null;
  @Field(() => String, { nullable: true }) customers?: string | null;
  @Field(() => String, { nullable: true }) geography?: string | null;
  @Field(() => String, { nullable: true }) offerings?: string | null;
  @Field(() => String, { nullable: true }) strategy?: string | null;
}

@InputType()
export class PlanResultInput {
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true, description: '0 or more' }) turnover?: number | null;
  @Field(() => Float, { nullable: true }) operatingProfit?: number | null;
}

@InputType()
export class PlanChallengeInput {
  @Field(() => String) challenge!: string;
  @Field(() => String, { nullable: true }) howWeCanHelp?: string | null;
}

@InputType({ description: 'A key person: an active contact of the account.' })
export class PlanKeyPersonInput {
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'A partner or competitor: a company recorded at the account (setPartner / setCompetitor).' })
export class PlanCompanyInput {
  @Field(() => ID) companyId!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'A target for the plan\'s year: a product family of the catalogue, with a revenue and / or a volume.' })
export class PlanTargetInput {
  @Field(() => String) family!: string;
  @Field(() => Float, { nullable: true }) revenue?: number | null;
  @Field(() => Float, { nullable: true }) volume?: number | null;
}

/** the sections both plan inputs take (not a GraphQL type of its own: each input lists them) */
@InputType('PlanSectionsInput', { description: 'The written sections of a plan.' })
export class PlanSectionsInput {
  @Field(() => PlanBusinessInput, { nullable: true }) business?: PlanBusinessInput | null;
  @Field(() => [PlanResultInput], { nullable: true }) results?: PlanResultInput[] | null;
  @Field(() => [PlanChallengeInput], { nullable: true }) challenges?: PlanChallengeInput[] | null;
  @Field(() => [PlanKeyPersonInput], { nullable: true }) keyPeople?: PlanKeyPersonInput[] | null;
  @Field(() => [PlanCompanyInput], { nullable: true }) partners?: PlanCompanyInput[] | null;
  @Field(() => [PlanCompanyInput], { nullable: true }) competitors?: PlanCompanyInput[] | null;
  @Field(() => [PlanTargetInput], { nullable: true }) targets?: PlanTargetInput[] | null;
  @Field(() => SupplierRoleEnum, { nullable: true }) roleToday?: SupplierRole | null;
  @Field(() => SupplierRoleEnum, { nullable: true }) roleNextYear?: SupplierRole | null;
}

@InputType({ description: 'A new plan for a key account and year (version 1); every section optional.' })
export class CreateAccountPlanInput extends PlanSectionsInput {
  @Field(() => ID, { description: 'a key account (a customer group marked isKeyAccount)' }) accountId!: string;
  @Field(() => Int) year!: number;
}

@InputType({ description: 'The next version of a plan: each section given replaces that section; omitted ones are carried over; null empties one.' })
export class UpdateAccountPlanInput extends PlanSectionsInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'the version this change is based on: anything but the newest is refused with CONFLICT' }) expectedVersion!: number;
}

@InputType({ description: 'Creates an activity of a plan, or changes the fields given (omitted keep their value).' })
export class ActivityInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'the plan; required when creating, never changes' }) planId?: string | null;
  @Field(() => String, { nullable: true, description: 'required when creating' }) title?: string | null;
  @Field(() => ID, { nullable: true, description: 'one of our active people; required when creating' }) ownerId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'required when creating' }) dueAt?: string | null;
  @Field(() => ActivityStatusEnum, { nullable: true, description: 'default OPEN' }) status?: ActivityStatus | null;
}

@ArgsType()
export class HealthArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: 'judge on this day (default today): freshness up to it, coverage with the relationships in force then' }) asOf?: string | null;
  @Field(() => Int, { nullable: true, description: 'a plan is stale after this many days without a new version (default 90)' }) staleAfterDays?: number | null;
}

@ArgsType()
export class PlanHealthArgs extends HealthArgs {
  @Field(() => Int, { nullable: true, description: 'the plans of this year (default: asOf\'s year)' }) year?: number | null;
  @Field(() => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ArgsType()
export class CompanyPlanArgs {
  @Field(() => Int, { nullable: true, description: 'default: this year' }) year?: number | null;
  @Field(() => Int, { nullable: true, description: 'default: the newest' }) version?: number | null;
}

@ArgsType()
export class OverdueArgs {
  @Field(() => ID, { nullable: true, description: 'one owner only' }) ownerId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'overdue: OPEN and due before this day (default today)' }) asOf?: string | null;
}
