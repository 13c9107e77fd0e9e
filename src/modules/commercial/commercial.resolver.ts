import { Arg, Args, Ctx, FieldResolver, Float, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
import { pageByPosition } from '../../common/pagination.js';
import type { Context } from '../../context.js';
import type { CompanyRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { commercialServices } from './commercial.context.js';
import type { Quadrant } from './commercial.metrics.js';
import type { PriceConsistencyResult } from './commercial.service.js';
import {
  AccountExposureConnection, AccountMatrixArgs, AccountMatrixConnection, AccountPriceConnection, CommercialArgs, CompanyCommercial, CompanyPotentialInput,
  KamLoadArgs, KamLoadConnection, Pareto, ParetoAccountConnection, Portfolio, PortfolioArgs, PriceConsistency, PriceConsistencyArgs,
  ProductPriceConsistency, ProductPriceConsistencyConnection, TopAccountConnection, TopAccountsArgs, UnitCommercial, UnitCommercialArgs,
} from './commercial.type.js';
import { accountPriceView, companyPageOf, kamLoadView, matrixView, portfolioView, productPriceView, topAccountsView } from './commercial.view.js';

/** DESIGN §5 "Commercial portfolio" (docs/commercial.md): each query is one CommercialService call. */
@Resolver()
export class CommercialResolver {
  @Query(() => Portfolio, { description: 'Pareto, concentration, dependencies and big-but-thin accounts of the portfolio you can see.' })
  async portfolio(@Args(() => PortfolioArgs) args: PortfolioArgs, @Ctx() ctx: Context) {
    return portfolioView(await commercialServices(ctx).commercial.portfolio(args));
  }

  @Query(() => TopAccountConnection, { description: 'The top accounts report: accounts by revenue, with growth, margin, breadth, price mix, share of wallet and decision-maker coverage.' })
  async topAccounts(@Args(() => TopAccountsArgs) args: TopAccountsArgs, @Ctx() ctx: Context) {
    const s = commercialServices(ctx).commercial;
    return topAccountsView(await s.topAccounts(args), args, s);
  }

  @Query(() => PriceConsistency, { description: 'What if every customer knew every other\'s terms? Net unit prices, exposure and dispersion of one product, a family, or the catalogue.' })
  async priceConsistency(@Args(() => PriceConsistencyArgs) args: PriceConsistencyArgs, @Ctx() ctx: Context) {
    return commercialServices(ctx).commercial.priceConsistency(args);
  }

  @Query(() => AccountMatrixConnection, { description: 'The account analysis matrix: potential, position and quadrant of every account, with candidates and reviews.' })
  async accountMatrix(@Args(() => AccountMatrixArgs) args: AccountMatrixArgs, @Ctx() ctx: Context) {
    return matrixView(await commercialServices(ctx).commercial.accountMatrix(args), args, (args.quadrant ?? null) as Quadrant | null);
  }

  @Query(() => KamLoadConnection, { description: 'Per KAM their key accounts, overload and part-time flags; key accounts without a KAM.' })
  async kamLoad(@Args(() => KamLoadArgs) args: KamLoadArgs, @Ctx() ctx: Context) {
    return kamLoadView(await commercialServices(ctx).commercial.kamLoad(args), args);
  }

  @Mutation(() => Company, { description: 'Sets a company\'s potential inputs (annual turnover, image, wallet estimate); omitted fields keep their value.' })
  async setCompanyPotential(@Arg('input', () => CompanyPotentialInput) input: CompanyPotentialInput, @Ctx() ctx: Context) {
    await commercialServices(ctx).commercial.setPotential(input);
    return ctx.loaders.company.byId.load(input.companyId);
  }
}

@Resolver(() => Pareto)
export class ParetoResolver {
  @FieldResolver(() => ParetoAccountConnection, { description: 'Accounts by revenue, descending, with cumulative shares.' })
  accounts(@Root() p: { rows: { account: CompanyRecord }[] }, @Args(() => PageArgs) page: PageArgs) {
    return pageByPosition(p.rows, page, (r) => r.account.id);
  }
}

@Resolver(() => PriceConsistency)
export class PriceConsistencyResolver {
  @FieldResolver(() => ProductPriceConsistencyConnection, { description: 'Per product, exposure descending.' })
  products(@Root() r: PriceConsistencyResult, @Args(() => PageArgs) page: PageArgs) {
    const p = pageByPosition(r.products, page, (x) => x.product.id);
    return { ...p, edges: p.edges.map((e) => ({ cursor: e.cursor, node: productPriceView(e.node) })) };
  }

  @FieldResolver(() => AccountExposureConnection, { description: 'Per account, its exposure over the products, descending.' })
  accounts(@Root() r: PriceConsistencyResult, @Args(() => PageArgs) page: PageArgs) {
    const p = companyPageOf(r.accounts, page);
    return { ...p, edges: p.edges.map((e) => ({ cursor: e.cursor, node: { ...e.node, account: e.node.company } })) };
  }
}

@Resolver(() => ProductPriceConsistency)
export class ProductPriceConsistencyResolver {
  @FieldResolver(() => AccountPriceConnection, { description: 'Each account\'s net unit price, exposure descending.' })
  accounts(@Root() r: PriceConsistencyResult['products'][number], @Args(() => PageArgs) page: PageArgs) {
    const p = companyPageOf(r.accounts, page);
    return { ...p, edges: p.edges.map((e) => ({ cursor: e.cursor, node: accountPriceView(e.node) })) };
  }
}

/** Commercial figures seen from a company: `company.commercial`, `company.unitCommercials`, its potential inputs. */
@Resolver(() => Company)
export class CompanyCommercialResolver {
  @FieldResolver(() => CompanyCommercial, { description: 'DESIGN §5 figures of this company and its units as an account (BAD_USER_INPUT for our own units).' })
  commercial(@Root() c: CompanyRecord, @Args(() => CommercialArgs) args: CommercialArgs, @Ctx() ctx: Context) {
    return commercialServices(ctx).commercial.companyCommercial(c.id, args);
  }

  @FieldResolver(() => [UnitCommercial], { description: 'Being important to the subsets: revenue, share of wallet and decision-maker coverage of this company and each unit under it.' })
  async unitCommercials(@Root() c: CompanyRecord, @Args(() => UnitCommercialArgs) args: UnitCommercialArgs, @Ctx() ctx: Context) {
    return (await commercialServices(ctx).commercial.unitCommercials(c.id, args)).units;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Potential input: the customer\'s own annual turnover.' })
  async annualTurnover(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return (await commercialServices(ctx).commercial.potentialOf(c.id))?.annualTurnover ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Potential input: our image with it, 1..5.' })
  async image(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return (await commercialServices(ctx).commercial.potentialOf(c.id))?.image ?? null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Potential input: what it spends per year in our categories.' })
  async walletEstimate(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return (await commercialServices(ctx).commercial.potentialOf(c.id))?.walletEstimate ?? null;
  }
}
