import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pageByPosition } from '../../common/pagination.js';
import type { Context } from '../../context.js';
import { versionId, type ActivityData } from '../../domain/plans.js';
import type { CompanyRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { ageDays } from '../coverage/coverage.metrics.js';
import { Person } from '../person/person.type.js';
import { TeamMember } from '../relationship/relationship.type.js';
import { managementServices } from './plan.context.js';
import { freshnessDays } from './plan.metrics.js';
import { TopAccount } from '../commercial/commercial.type.js';
import type { PlanHealth as Health, PlanView } from './plan.service.js';
import {
  AccountPlan, Activity, ActivityInput, CompanyPlanArgs, CreateAccountPlanInput, HealthArgs, OverdueActivities, OverdueArgs, PlanCompetitor,
  PlanHealth, PlanHealthArgs, PlanHealthConnection, PlanKeyPerson, PlanPartner, PlanSatisfaction, PlanTarget, PlanYearFigures, UpdateAccountPlanInput,
} from './plan.type.js';

/** A plan version as the GraphQL object: its sections spread, its ids named. */
export function planObject(v: PlanView) {
  return { ...v, ...v.sections, id: v.planId, versionId: versionId(v.planId, v.version), view: v };
}
type PlanObject = ReturnType<typeof planObject>;

/** The health of a plan as the GraphQL object. */
export function healthObject(h: Health) {
  return {
    asOf: h.asOf, completeness: h.completeness.ratio, sectionsFilled: h.completeness.filled, sectionsMissing: h.completeness.missing,
    freshnessDays: h.freshnessDays, staleAfterDays: h.staleAfterDays, stale: h.stale,
    keyPeople: {
      ...h.keyPeople.tally,
      people: h.keyPeople.people.map((p) => ({ ...p, holders: p.holders.map((x) => ({ ...x, ageDays: ageDays(x.lastContactAt, h.asOf) })) })),
      notInPlace: h.keyPeople.notInPlace,
    },
  };
}

const positionsOf = async (ctx: Context, ps: { companyId: string; accountId: string; area: string; estimatedShare: number | null }[]) => {
  const out = await Promise.all(ps.map(async (p) => {
    const [company, account] = await Promise.all([ctx.loaders.company.byId.load(p.companyId), ctx.loaders.company.byId.load(p.accountId)]);
    return company && account ? { competitor: company, partner: company, account, area: p.area, estimatedShare: p.estimatedShare } : null;
  }));
  return out.filter((x) => x !== null);
};

/** DESIGN §6 key-account plans (docs/plans.md): every rule in PlanService. */
@Resolver(() => AccountPlan)
export class PlanResolver {
  @Query(() => AccountPlan, { nullable: true, description: 'A plan by id (<accountId>/<year>) at a version (default its newest); null when there is none.' })
  async accountPlan(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: Context) {
    const v = await managementServices(ctx).plan.find(id, version);
    return v && planObject(v);
  }

  @Query(() => PlanHealthConnection, { description: 'Plan health of every key account you can see: without a plan for the year first, then the least complete, then the oldest.' })
  async planHealth(@Args(() => PlanHealthArgs) args: PlanHealthArgs, @Ctx() ctx: Context) {
    const r = await managementServices(ctx).plan.planHealth(args);
    const page = pageByPosition(r.rows, args, (x) => x.company.id);
    return {
      ...page, totalCount: r.rows.length, year: r.year, asOf: r.asOf, staleAfterDays: r.staleAfterDays, withoutPlan: r.withoutPlan, stale: r.stale, complete: r.complete,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: { account: e.node.company, plan: e.node.plan && planObject(e.node.plan), hasPlan: e.node.plan !== null, health: e.node.health && healthObject(e.node.health) },
      })),
    };
  }

  @Query(() => [OverdueActivities], { description: 'OPEN activities due before asOf (default today), per owner (by id), oldest due first.' })
  async overdueActivities(@Args(() => OverdueArgs) args: OverdueArgs, @Ctx() ctx: Context) {
    return (await managementServices(ctx).plan.overdue(args)).map((g) => ({ owner: g.owner, count: g.activities.length, activities: g.activities }));
  }

  @Query(() => Activity, { nullable: true })
  activity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return managementServices(ctx).plan.activity(id);
  }

  @Mutation(() => AccountPlan, { description: 'Creates the plan of a key account for a year (version 1). CONFLICT when it exists.' })
  async createAccountPlan(@Arg('input', () => CreateAccountPlanInput) input: CreateAccountPlanInput, @Ctx() ctx: Context) {
    return planObject(await managementServices(ctx).plan.create(input));
  }

  @Mutation(() => AccountPlan, { description: 'Writes the next version of a plan; CONFLICT when expectedVersion is not the newest (no update is lost).' })
  async updateAccountPlan(@Arg('input', () => UpdateAccountPlanInput) input: UpdateAccountPlanInput, @Ctx() ctx: Context) {
    return planObject(await managementServices(ctx).plan.update(input));
  }

  @Mutation(() => ID, { description: 'Removes a plan with every version and its activities; returns its id.' })
  removeAccountPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return managementServices(ctx).plan.remove(id);
  }

  @Mutation(() => Activity, { description: 'Creates an activity of a plan, or changes the fields given.' })
  upsertActivity(@Arg('input', () => ActivityInput) input: ActivityInput, @Ctx() ctx: Context) {
    return managementServices(ctx).plan.upsertActivity(input);
  }

  @Mutation(() => ID, { description: 'Removes an activity; returns its id.' })
  removeActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return managementServices(ctx).plan.removeActivity(id);
  }

  @FieldResolver(() => Company, { nullable: true, description: 'the key account (PLAN_FOR)' })
  account(@Root() p: PlanObject, @Ctx() ctx: Context) {
    return ctx.loaders.company.byId.load(p.accountId);
  }

  @FieldResolver(() => Boolean)
  isLatest(@Root() p: PlanObject) {
    return p.version === p.latestVersion;
  }

  @FieldResolver(() => [PlanKeyPerson], { description: 'key people and our relationships with them: links to contacts (ones you cannot see, or removed, are left out)' })
  keyPeople(@Root() p: PlanObject, @Ctx() ctx: Context) {
    return managementServices(ctx).plan.keyPeople(p.view);
  }

  @FieldResolver(() => [PlanPartner], { description: 'partners we can work with, with their positions at the account today' })
  async partners(@Root() p: PlanObject, @Ctx() ctx: Context) {
    const xs = await managementServices(ctx).plan.companies(p.view, 'partners');
    return Promise.all(xs.map(async (x) => ({ partner: x.company, note: x.note, positions: await positionsOf(ctx, x.positions) })));
  }

  @FieldResolver(() => [PlanCompetitor], { description: 'competitors, with their positions at the account today' })
  async competitors(@Root() p: PlanObject, @Ctx() ctx: Context) {
    const xs = await managementServices(ctx).plan.companies(p.view, 'competitors');
    return Promise.all(xs.map(async (x) => ({ competitor: x.company, note: x.note, positions: await positionsOf(ctx, x.positions) })));
  }

  @FieldResolver(() => [PlanTarget], { description: 'targets for the year with their attainment (computed from sales)' })
  targets(@Root() p: PlanObject, @Ctx() ctx: Context) {
    return managementServices(ctx).plan.targets(p.view);
  }

  @FieldResolver(() => [PlanYearFigures], { description: 'our sales over time: the plan\'s year and the three before, with margin % (profitability) and growth' })
  salesHistory(@Root() p: PlanObject, @Ctx() ctx: Context) {
    return managementServices(ctx).plan.salesHistory(p.view);
  }

  @FieldResolver(() => PlanSatisfaction, { description: 'satisfaction index from the account\'s signals' })
  satisfaction(@Root() p: PlanObject, @Ctx() ctx: Context) {
    return managementServices(ctx).plan.satisfaction(p.view);
  }

  @FieldResolver(() => [TeamMember], { description: 'our team and roles at the account today (ON_TEAM)' })
  team(@Root() p: PlanObject, @Ctx() ctx: Context) {
    return ctx.loaders.company.team.load(p.accountId);
  }

  @FieldResolver(() => [Activity], { description: 'key activities, by due date (today\'s state: activities are not versioned)' })
  activities(@Root() p: PlanObject, @Ctx() ctx: Context) {
    return managementServices(ctx).plan.activitiesOf(p.planId);
  }

  @FieldResolver(() => PlanHealth, { description: 'completeness of this version, freshness of the plan, coverage of this version\'s key people' })
  async health(@Root() p: PlanObject, @Args(() => HealthArgs) args: HealthArgs, @Ctx() ctx: Context) {
    return healthObject(await managementServices(ctx).plan.health(p.view, args));
  }

  @FieldResolver(() => [AccountPlan], { description: 'every version of the plan, newest first' })
  async history(@Root() p: PlanObject, @Ctx() ctx: Context) {
    return (await managementServices(ctx).plan.history(p.planId)).map(planObject);
  }
}

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'one of our people (OWNS); null when they were removed' })
  owner(@Root() a: ActivityData, @Ctx() ctx: Context) {
    return a.ownerId === null ? null : ctx.loaders.person.byId.load(a.ownerId);
  }

  @FieldResolver(() => AccountPlan, { nullable: true, description: 'its plan, at its newest version' })
  async plan(@Root() a: ActivityData, @Ctx() ctx: Context) {
    const v = await managementServices(ctx).plan.find(a.planId);
    return v && planObject(v);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'days past its due date when OPEN and overdue (asOf default today); null otherwise' })
  daysOverdue(@Root() a: ActivityData, @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null) {
    const day = asOf ?? new Date().toISOString().slice(0, 10);
    if (a.status !== 'OPEN' || a.dueAt >= day) return null;
    return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${a.dueAt}T00:00:00Z`)) / 86_400_000);
  }
}

/** Plans seen from a company. */
@Resolver(() => Company)
export class CompanyPlanResolver {
  @FieldResolver(() => AccountPlan, { nullable: true, description: 'Its key-account plan for a year (default this year), at a version (default the newest).' })
  async accountPlan(@Root() c: CompanyRecord, @Args(() => CompanyPlanArgs) args: CompanyPlanArgs, @Ctx() ctx: Context) {
    const v = await managementServices(ctx).plan.ofAccount(c.id, args.year, args.version);
    return v && planObject(v);
  }

  @FieldResolver(() => [AccountPlan], { description: 'Its key-account plans, newest version each, by year.' })
  async accountPlans(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return (await managementServices(ctx).plan.plansOf(c.id)).map(planObject);
  }
}

/** DESIGN §5's top accounts report, "plan freshness (once those exist)": from the account's plan of this year. */
@Resolver(() => TopAccount)
export class TopAccountPlanResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'Days since the newest version of its key-account plan for this year; null without one (docs/plans.md "Freshness").' })
  async planFreshnessDays(@Root() row: { account: CompanyRecord }, @Ctx() ctx: Context) {
    const v = await managementServices(ctx).plan.ofAccount(row.account.id);
    return v ? freshnessDays(v.updatedAt, new Date().toISOString().slice(0, 10)) : null;
  }
}
