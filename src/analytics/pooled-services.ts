import type { AnalyticsDefaults } from '../config.js';
import {
  byFragility, CoverageService, mergeRisks, type AccountSummary, type PortfolioTrendPoint, type RiskReport, type SuccessorFinder,
} from '../modules/coverage/coverage.service.js';
import { InfluenceService } from '../modules/influence/influence.service.js';
import type { ReadModelSource } from '../readmodel/read-graph.js';
import type { ReadScope } from '../readmodel/scoped-graph.js';
import type { AnalyticsPool } from './pool.js';

/**
 * CoverageService with its heavy analytics sent to the worker pool: same
 * signatures, same answers. A subclass built per request like any service
 * (a per-request object made the prototype of another costs V8 a new
 * prototype map on every request: it was 6–7 % of the main thread's time
 * even for requests that never use it).
 */
export class PooledCoverageService extends CoverageService {
  constructor(
    readModel: ReadModelSource,
    defaults: AnalyticsDefaults,
    successors: SuccessorFinder,
    private readonly pool: AnalyticsPool,
    private readonly scope: ReadScope,
  ) {
    super(readModel, defaults, successors);
  }

  override async singleContactRisks(accountId: string | null, args: Parameters<CoverageService['singleContactRisks']>[1]): Promise<RiskReport> {
    // one account is a memoised lookup; the whole portfolio is the heavy case: split it over the threads
    if (accountId !== null) return super.singleContactRisks(accountId, args);
    this.thresholds(args);
    const parts = await this.split((ids) => this.pool.run('coverage.risksOf', [ids, args], this.scope) as Promise<RiskReport>, args);
    return parts.length ? mergeRisks(parts) : this.risksOf([], args);
  }

  override departureImpact(...a: Parameters<CoverageService['departureImpact']>): ReturnType<CoverageService['departureImpact']> {
    return this.pool.run('coverage.departureImpact', a, this.scope) as never;
  }

  /** the portfolio's coverage list: each thread summarises its share of the accounts */
  override async accountCoverage(args: Parameters<CoverageService['accountCoverage']>[0]): ReturnType<CoverageService['accountCoverage']> {
    const thresholds = this.thresholds(args);
    const parts = await this.split((ids) => this.pool.run('coverage.summariesOf', [ids, args], this.scope) as Promise<AccountSummary[]>, args);
    return { accounts: parts.flat().sort(byFragility), thresholds };
  }

  override coverageTrend(...a: Parameters<CoverageService['coverageTrend']>): ReturnType<CoverageService['coverageTrend']> {
    return this.pool.run('coverage.coverageTrend', a, this.scope) as never;
  }

  /** a trend's dates are independent: one task per date, the threads share them */
  override async portfolioTrend(args: Parameters<CoverageService['portfolioTrend']>[0]): ReturnType<CoverageService['portfolioTrend']> {
    const dates = this.trendDates(args);
    const ids = await this.portfolioIds(args);
    const points = await Promise.all(dates.map((asOf) => this.pool.run('coverage.portfolioPoint', [ids, { ...args, asOf }], this.scope) as Promise<PortfolioTrendPoint>));
    return { every: args.every, points };
  }

  /** The portfolio's accounts in one share per thread, each share sent to `task`. */
  private async split<T>(task: (ids: string[]) => Promise<T>, args: Parameters<CoverageService['portfolioIds']>[0]): Promise<T[]> {
    const ids = await this.portfolioIds(args);
    const size = Math.ceil(ids.length / this.pool.size) || 1;
    const parts: Promise<T>[] = [];
    for (let i = 0; i < ids.length; i += size) parts.push(task(ids.slice(i, i + size)));
    return Promise.all(parts);
  }
}

/** InfluenceService with paths, introductions and rankings on the worker pool (same signatures, same answers). */
export class PooledInfluenceService extends InfluenceService {
  constructor(readModel: ReadModelSource, defaults: AnalyticsDefaults, private readonly pool: AnalyticsPool, private readonly scope: ReadScope) {
    super(readModel, defaults);
  }

  override influencePaths(...a: Parameters<InfluenceService['influencePaths']>): ReturnType<InfluenceService['influencePaths']> {
    return this.pool.run('influence.influencePaths', a, this.scope) as never;
  }

  override bestIntroductions(...a: Parameters<InfluenceService['bestIntroductions']>): ReturnType<InfluenceService['bestIntroductions']> {
    return this.pool.run('influence.bestIntroductions', a, this.scope) as never;
  }

  override influenceRanking(...a: Parameters<InfluenceService['influenceRanking']>): ReturnType<InfluenceService['influenceRanking']> {
    return this.pool.run('influence.influenceRanking', a, this.scope) as never;
  }

  override hiddenInfluencers(...a: Parameters<InfluenceService['hiddenInfluencers']>): ReturnType<InfluenceService['hiddenInfluencers']> {
    return this.pool.run('influence.hiddenInfluencers', a, this.scope) as never;
  }
}
