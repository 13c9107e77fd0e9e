import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { pageByPosition } from '../../common/pagination.js';
import type { Context } from '../../context.js';
import { HiddenInfluencerArgs, PathArgsInput, RankingArgs } from './influence.input.js';
import { HiddenInfluencer, InfluencePathType, InfluenceRankingConnection, Introduction } from './influence.type.js';

/** Influence engine of DESIGN §3: each query is one InfluenceService call. */
@Resolver()
export class InfluenceResolver {
  @Query(() => [InfluencePathType], { description: 'The k strongest simple influence paths from one person to another (empty when none within maxHops).' })
  async influencePaths(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Args(() => PathArgsInput) args: PathArgsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.influence.influencePaths(fromId, toId, args);
  }

  @Query(() => [Introduction], { description: 'Our people ranked by their strongest influence path to the target.' })
  async bestIntroductions(@Arg('targetId', () => ID) targetId: string, @Args(() => PathArgsInput) args: PathArgsInput, @Ctx() ctx: Context) {
    return ctx.services.influence.bestIntroductions(targetId, args);
  }

  @Query(() => InfluenceRankingConnection, { description: 'Every contact of an account by influence score, with formal rank and role.' })
  async influenceRanking(@Arg('accountId', () => ID) accountId: string, @Args(() => RankingArgs) page: RankingArgs, @Ctx() ctx: Context) {
    const ranking = await ctx.services.influence.influenceRanking(accountId);
    return pageByPosition(ranking, page, (r) => r.person.id);
  }

  @Query(() => [HiddenInfluencer], { description: 'Contacts with high influence, no decision role, low in the reporting tree.' })
  async hiddenInfluencers(@Arg('accountId', () => ID) accountId: string, @Args(() => HiddenInfluencerArgs) args: HiddenInfluencerArgs, @Ctx() ctx: Context) {
    return ctx.services.influence.hiddenInfluencers(accountId, args);
  }
}
