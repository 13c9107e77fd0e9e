import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { saleId, type CompanyRecord, type SaleRecord } from '../../domain/records.js';
import { commercialServices } from '../commercial/commercial.context.js';
import { Company } from '../company/company.type.js';
import { Product } from '../product/product.type.js';
import { CompanySalesArgs, SaleInput } from './sale.input.js';
import { RecordSalesResult, Sale, SaleConnection } from './sale.type.js';

const EMPTY = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };

@Resolver(() => Sale)
export class SaleResolver {
  @Mutation(() => RecordSalesResult, { description: 'Records sales as one unit of work: each creates or replaces the sale of its account, product and period. All rows are validated first; one bad row writes nothing.' })
  recordSales(@Arg('input', () => [SaleInput]) input: SaleInput[], @Ctx() ctx: Context) {
    return commercialServices(ctx).sale.record(input);
  }

  @Mutation(() => ID, { description: 'Removes the sale of an account, product and period; returns its id.' })
  removeSale(@Arg('accountId', () => ID) accountId: string, @Arg('productId', () => ID) productId: string, @Arg('period', () => String) period: string, @Ctx() ctx: Context) {
    return commercialServices(ctx).sale.remove(accountId, productId, period);
  }

  @FieldResolver(() => ID, { description: 'Derived from its key: account, product and period (`/`-joined, `%` and `/` escaped).' })
  id(@Root() s: SaleRecord) {
    return saleId(s.accountId, s.productId, s.period);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Net unit price: revenue ÷ volume (null for volume 0).' })
  netUnitPrice(@Root() s: SaleRecord) {
    return s.volume > 0 ? s.revenue / s.volume : null;
  }

  @FieldResolver(() => Company, { nullable: true, description: 'Who bought it (BOUGHT).' })
  account(@Root() s: SaleRecord, @Ctx() ctx: Context) {
    return ctx.loaders.company.byId.load(s.accountId);
  }

  @FieldResolver(() => Product, { nullable: true, description: 'What was bought (OF).' })
  product(@Root() s: SaleRecord, @Ctx() ctx: Context) {
    return commercialServices(ctx).product.find(s.productId);
  }
}

@Resolver(() => Company)
export class CompanySaleResolver {
  @FieldResolver(() => SaleConnection, { description: 'What this company bought (with includeUnits, its units too): newest period first, then account, then product.' })
  async sales(@Root() c: CompanyRecord, @Args(() => CompanySalesArgs) args: CompanySalesArgs, @Ctx() ctx: Context) {
    return (await commercialServices(ctx).sale.ofCompany(c.id, args, args)) ?? EMPTY;
  }
}
