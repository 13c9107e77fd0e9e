import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, Int } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
import { TrendEveryEnum } from './coverage.type.js';

/** DESIGN §3 thresholds; defaults come from configuration. */
@ArgsType()
export class ThresholdArgsInput {
  @Field(() => Float, { nullable: true, description: 'minimum KNOWS strength, 0..1 (default 0.3)' }) minStrength?: number | null;
  @Field(() => Int, { nullable: true, description: 'maximum days since lastContactAt (default 365)' }) maxAgeDays?: number | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'the day to judge at (default today)' }) asOf?: string | null;
}

@ArgsType()
export class RiskArgsInput extends ThresholdArgsInput {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'also contacts whose INFLUENCES on a decision maker is ≥ minInfluence' }) includeInfluencers?: boolean | null;
  @Field(() => Float, { nullable: true, description: 'default 0.5' }) minInfluence?: number | null;
}

@ArgsType()
export class PortfolioRiskArgs extends RiskArgsInput {
  @Field(() => Boolean, { nullable: true, description: 'only accounts flagged isKeyAccount' }) keyAccountsOnly?: boolean | null;
}

@ArgsType()
export class AccountCoverageArgs extends ThresholdArgsInput {
  @Field(() => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'Opaque cursor: the endCursor of the previous page.' }) after?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'only accounts flagged isKeyAccount' }) keyAccountsOnly?: boolean | null;
}

@ArgsType()
export class DepartureArgs extends ThresholdArgsInput {
  @Field(() => Int, { nullable: true, description: 'successors listed per orphaned decision maker (default 3, at most 20)' }) successors?: number | null;
}

export { PageArgs };

/** docs/definitions.md "Trend": the period ends within [from, to]. */
@ArgsType()
export class TrendArgsInput {
  @Field(() => LocalDateResolver, { description: 'first day of the range' }) from!: string;
  @Field(() => LocalDateResolver, { description: 'last day of the range' }) to!: string;
  @Field(() => TrendEveryEnum, { description: 'one point at the end of each month or quarter' }) every!: TrendEveryEnum;
  @Field(() => Float, { nullable: true, description: 'minimum strength in force, 0..1 (default 0.3)' }) minStrength?: number | null;
  @Field(() => Int, { nullable: true, description: 'maximum days since lastContactAt (default 365)' }) maxAgeDays?: number | null;
}

@ArgsType()
export class PortfolioTrendArgs extends TrendArgsInput {
  @Field(() => Boolean, { nullable: true, description: 'only accounts flagged isKeyAccount' }) keyAccountsOnly?: boolean | null;
}
