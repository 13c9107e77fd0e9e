import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection.type.js';

@ObjectType({ description: 'What we sell (DESIGN §2): one item of the catalogue, visible to every identity (docs/commercial.md).' })
export class Product {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Its product family: cross-sell breadth and white space count families.' }) family!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was launched: the price mix counts products launched recently as new.' }) launchedAt!: string | null;
  @Field(() => Float, { nullable: true, description: 'List price per unit of volume, before discounts.' }) listPrice!: number | null;
}

export const ProductConnection = Connection('Product', Product);
