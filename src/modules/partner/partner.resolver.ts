import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { CompanyRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { managementServices } from '../plan/plan.context.js';
import type { Position } from './partner.service.js';
import { AreaShares, CompetitorInput, CompetitorPosition, PartnerInput, PartnerPosition, PositionArgs } from './partner.type.js';

/** A position with its two companies loaded (one batch per level through the company loader). */
async function withCompanies(ctx: Context, p: Position) {
  const [company, account] = await Promise.all([ctx.loaders.company.byId.load(p.companyId), ctx.loaders.company.byId.load(p.accountId)]);
  return company && account ? { competitor: company, partner: company, account, area: p.area, estimatedShare: p.estimatedShare } : null;
}
const present = <T>(xs: (T | null)[]): T[] => xs.filter((x): x is T => x !== null);
const all = async (ctx: Context, ps: Position[] | null) => present(await Promise.all((ps ?? []).map((p) => withCompanies(ctx, p))));

/** DESIGN §2 COMPETES_AT / PARTNERS_AT: the mutations (every rule in PartnerService). */
@Resolver()
export class PartnerResolver {
  @Mutation(() => CompetitorPosition, { description: 'Records a competitor at an account in an area (COMPETES_AT), or changes its estimated share.' })
  async setCompetitor(@Arg('input', () => CompetitorInput) input: CompetitorInput, @Ctx() ctx: Context) {
    return withCompanies(ctx, await managementServices(ctx).partner.setCompetitor(input));
  }

  @Mutation(() => Boolean, { description: 'Removes a competitor\'s position at an account in an area.' })
  removeCompetitor(@Arg('competitorId', () => ID) competitorId: string, @Arg('accountId', () => ID) accountId: string, @Arg('area', () => String) area: string, @Ctx() ctx: Context) {
    return managementServices(ctx).partner.removeCompetitor(competitorId, accountId, area);
  }

  @Mutation(() => PartnerPosition, { description: 'Records a partner we can work with at an account in an area (PARTNERS_AT).' })
  async setPartner(@Arg('input', () => PartnerInput) input: PartnerInput, @Ctx() ctx: Context) {
    return withCompanies(ctx, await managementServices(ctx).partner.setPartner(input));
  }

  @Mutation(() => Boolean, { description: 'Removes a partner\'s position at an account in an area.' })
  removePartner(@Arg('partnerId', () => ID) partnerId: string, @Arg('accountId', () => ID) accountId: string, @Arg('area', () => String) area: string, @Ctx() ctx: Context) {
    return managementServices(ctx).partner.removePartner(partnerId, accountId, area);
  }
}

/** Partners and competitors seen from a company: at it (as an account) and where it competes or partners (as a competitor or partner). */
@Resolver(() => Company)
export class CompanyPartnerResolver {
  @FieldResolver(() => [CompetitorPosition], { description: 'Competitors at this account (and, by default, its units): by area, largest share first.' })
  async competitors(@Root() c: CompanyRecord, @Args(() => PositionArgs) args: PositionArgs, @Ctx() ctx: Context) {
    return all(ctx, await managementServices(ctx).partner.competitorsAt(c.id, args));
  }

  @FieldResolver(() => [PartnerPosition], { description: 'Partners we can work with at this account (and, by default, its units): by area.' })
  async partners(@Root() c: CompanyRecord, @Args(() => PositionArgs) args: PositionArgs, @Ctx() ctx: Context) {
    return all(ctx, await managementServices(ctx).partner.partnersAt(c.id, args));
  }

  @FieldResolver(() => [CompetitorPosition], { description: 'Where this competitor competes (the accounts you can see): by account, then area.' })
  async competesAt(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return all(ctx, await managementServices(ctx).partner.competesAt(c.id));
  }

  @FieldResolver(() => [PartnerPosition], { description: 'Where this partner works with us (the accounts you can see): by account, then area.' })
  async partnersAt(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return all(ctx, await managementServices(ctx).partner.partnersWith(c.id));
  }

  @FieldResolver(() => [AreaShares], { description: 'Per area of this company\'s own competitor links: the competitors\' shares, ours and the rest.' })
  async competitionByArea(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    const areas = (await managementServices(ctx).partner.competitionByArea(c.id)) ?? [];
    return Promise.all(areas.map(async (a) => ({ ...a, account: c, competitors: await all(ctx, a.competitors) })));
  }
}
