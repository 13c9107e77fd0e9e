import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, Int } from 'type-graphql';
import { InfluenceEdgeKindEnum } from './influence.type.js';
import type { EdgeKind } from './influence.paths.js';

@ArgsType()
export class PathArgsInput {
  @Field(() => Int, { nullable: true, description: 'at most this many edges, 1..6 (default 4)' }) maxHops?: number | null;
  @Field(() => Int, { nullable: true, description: 'how many paths, 1..20 (default 3)' }) k?: number | null;
  @Field(() => [InfluenceEdgeKindEnum], { nullable: true, description: 'relationships that may be walked (default all three)' }) edgeKinds?: EdgeKind[] | null;
  @Field(() => Float, { nullable: true, description: 'links weaker than this are not walked, 0..1 (default 0)' }) minStrength?: number | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'walk the graph as it stood on this day, with the relationships in force then (default today)' }) asOf?: string | null;
}

@ArgsType()
export class RankingArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ArgsType()
export class HiddenInfluencerArgs {
  @Field(() => Float, { nullable: true, description: 'only contacts ranked within this top share of the account, 0..1 (default 0.2)' }) topShare?: number | null;
}
