import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { CompanyRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { managementServices } from '../plan/plan.context.js';
import type { LadderView } from './negotiation.service.js';
import { LaddersArgs, NegotiationLadder } from './negotiation.type.js';

const ladderObject = (l: LadderView) => ({ ...l, account: l.company, negotiatorRole: l.source, flagged: l.flags.length > 0 });

@Resolver()
export class NegotiationResolver {
  @Query(() => [NegotiationLadder], { description: 'The referee ladder of every key account you can see (by default the flagged ones only), by account id.' })
  async negotiationLadders(@Args(() => LaddersArgs) args: LaddersArgs, @Ctx() ctx: Context) {
    return (await managementServices(ctx).negotiation.ladders(args)).map(ladderObject);
  }
}

@Resolver(() => Company)
export class CompanyNegotiationResolver {
  @FieldResolver(() => NegotiationLadder, { description: 'DESIGN §6 negotiation referee ladder of this account (BAD_USER_INPUT for a company that is not a customer\'s).' })
  async negotiationLadder(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return ladderObject(await managementServices(ctx).negotiation.ladder(c.id));
  }
}
