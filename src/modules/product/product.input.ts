import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';

@InputType({ description: 'Creates a product, or updates the fields given (omitted fields keep their value; null clears an optional one).' })
export class ProductInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) family?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) launchedAt?: string | null;
  @Field(() => Float, { nullable: true, description: 'Per unit of volume; 0 or more.' }) listPrice?: number | null;
}

@ArgsType()
export class ProductsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this family.' }) family?: string | null;
}
