import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { CompanyRecord, PersonRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
import { AccountCoverageArgs, DepartureArgs, PortfolioRiskArgs, PortfolioTrendArgs, RiskArgsInput, ThresholdArgsInput, TrendArgsInput } from './coverage.input.js';
import {
  AccountCoverageConnection, CoverageTrend, CrossFunctionalCoverage, PortfolioTrend, DecisionMakerCoverageType, DepartureImpact, HolderType, PortfolioAccount, SingleContactRiskConnection,
} from './coverage.type.js';
import { accountCoverageConnectionView, coverageTrendView, coverageWithSummary, portfolioTrendView, crossFunctionalView, departureView, holderView, riskConnectionView } from './coverage.view.js';

/** Decision-maker coverage; its bus factor and influence-weighted coverage are computed only when selected. */
async function coverageOf(ctx: Context, accountId: string, args: ThresholdArgsInput) {
  const coverage = ctx.services.coverage;
  const res = await coverage.decisionMakerCoverage(accountId, args);
  return coverageWithSummary(res, () => coverage.accountSummary(res.account.id, res.thresholds));
}

/** Risk analytics of DESIGN §3: each query is one CoverageService call. */
@Resolver()
export class CoverageResolver {
  @Query(() => DecisionMakerCoverageType, { description: 'Decision-maker coverage of an account, by level, function and unit.' })
  async decisionMakerCoverage(@Arg('accountId', () => ID) accountId: string, @Args(() => ThresholdArgsInput) args: ThresholdArgsInput, @Ctx() ctx: Context) {
    return coverageOf(ctx, accountId, args);
  }

  @Query(() => AccountCoverageConnection, { description: 'The portfolio by account (root customer accounts), most fragile first: decision makers, bus factor, influence-weighted coverage.' })
  async accountCoverage(@Args(() => AccountCoverageArgs) args: AccountCoverageArgs, @Ctx() ctx: Context) {
    return accountCoverageConnectionView(await ctx.services.coverage.accountCoverage(args), args);
  }

  @Query(() => SingleContactRiskConnection, { description: 'Single-contact risks of one account, or of the whole portfolio without accountId; most severe first.' })
  async singleContactRisks(@Arg('accountId', () => ID, { nullable: true }) accountId: string | null, @Args(() => PortfolioRiskArgs) args: PortfolioRiskArgs, @Ctx() ctx: Context) {
    return riskConnectionView(await ctx.services.coverage.singleContactRisks(accountId ?? null, args), args);
  }

  @Query(() => DepartureImpact, { description: 'What-if: what the accounts lose if this person of ours leaves. Nothing is written.' })
  async departureImpact(@Arg('personId', () => ID) personId: string, @Args(() => DepartureArgs) args: DepartureArgs, @Ctx() ctx: Context) {
    return departureView(await ctx.services.coverage.departureImpact(personId, args));
  }

  @Query(() => CoverageTrend, { description: 'DESIGN §4 "Trend": decision-maker coverage, risks and bus factor of an account at the end of each month or quarter in [from, to].' })
  async coverageTrend(@Arg('accountId', () => ID) accountId: string, @Args(() => TrendArgsInput) args: TrendArgsInput, @Ctx() ctx: Context) {
    return coverageTrendView(await ctx.services.coverage.coverageTrend(accountId, args), ctx);
  }

  @Query(() => PortfolioTrend, { description: 'DESIGN §4 "Trend" of the portfolio: single-threaded and uncovered accounts and risks at the end of each month or quarter in [from, to].' })
  async portfolioTrend(@Args(() => PortfolioTrendArgs) args: PortfolioTrendArgs, @Ctx() ctx: Context) {
    return portfolioTrendView(await ctx.services.coverage.portfolioTrend(args));
  }

  @Query(() => CrossFunctionalCoverage, { description: 'Effective relationships into an account, our functions × theirs.' })
  async crossFunctionalCoverage(@Arg('accountId', () => ID) accountId: string, @Args(() => ThresholdArgsInput) args: ThresholdArgsInput, @Ctx() ctx: Context) {
    return crossFunctionalView(await ctx.services.coverage.crossFunctionalCoverage(accountId, args));
  }
}

/** Coverage seen from a company: `company.coverage`, `company.risks`. */
@Resolver(() => Company)
export class CompanyCoverageResolver {
  @FieldResolver(() => DecisionMakerCoverageType, { description: 'Decision-maker coverage of this company as an account.' })
  async coverage(@Root() c: CompanyRecord, @Args(() => ThresholdArgsInput) args: ThresholdArgsInput, @Ctx() ctx: Context) {
    return coverageOf(ctx, c.id, args);
  }

  @FieldResolver(() => SingleContactRiskConnection, { description: 'Single-contact risks of this company as an account.' })
  async risks(@Root() c: CompanyRecord, @Args(() => RiskArgsInput) args: RiskArgsInput, @Ctx() ctx: Context) {
    return riskConnectionView(await ctx.services.coverage.singleContactRisks(c.id, args), args);
  }
}

/** Coverage seen from a person: who of ours holds a contact; whom one of ours holds. */
@Resolver(() => Person)
export class PersonCoverageResolver {
  @FieldResolver(() => [HolderType], { description: 'For a contact: our people holding an effective relationship with them, strongest first.' })
  async coverage(@Root() p: PersonRecord, @Args(() => ThresholdArgsInput) args: ThresholdArgsInput, @Ctx() ctx: Context) {
    const t = ctx.services.coverage.thresholds(args);
    return (await ctx.loaders.coverage.holders(t).load(p.id)).map((h) => holderView(h, t.asOf));
  }

  @FieldResolver(() => [PortfolioAccount], { description: 'For one of our people: the contacts they hold, by account.' })
  async portfolio(@Root() p: PersonRecord, @Args(() => ThresholdArgsInput) args: ThresholdArgsInput, @Ctx() ctx: Context) {
    const t = ctx.services.coverage.thresholds(args);
    return ctx.loaders.coverage.portfolio(t).load(p.id);
  }
}
