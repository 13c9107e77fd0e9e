import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { commercialServices } from '../commercial/commercial.context.js';
import { ProductInput, ProductsArgs } from './product.input.js';
import { Product, ProductConnection } from './product.type.js';

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, { nullable: true, description: 'A product by id; null when there is none.' })
  product(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return commercialServices(ctx).product.find(id);
  }

  @Query(() => ProductConnection, { description: 'The product catalogue, by id.' })
  products(@Args(() => ProductsArgs) args: ProductsArgs, @Ctx() ctx: Context) {
    return commercialServices(ctx).product.list(args, args);
  }

  @Mutation(() => Product, { description: 'Creates a product or updates the fields given.' })
  upsertProduct(@Arg('input', () => ProductInput) input: ProductInput, @Ctx() ctx: Context) {
    return commercialServices(ctx).product.upsert(input);
  }

  @Mutation(() => ID, { description: 'Removes a product that has no sales; returns its id.' })
  removeProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return commercialServices(ctx).product.remove(id);
  }
}
