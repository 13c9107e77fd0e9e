import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection.type.js';

@ObjectType({ description: 'What one account bought of one product in one period (DESIGN §2): BOUGHT by its account, OF its product (docs/commercial.md).' })
export class Sale {
  @Field(() => String, { description: 'YYYY-MM (a month) or YYYY (a year).' }) period!: string;
  @Field(() => Float) revenue!: number;
  @Field(() => Float, { description: 'Units sold.' }) volume!: number;
  @Field(() => Float, { nullable: true, description: 'What the volume costs at list price; null when not given (the product list price then stands in).' }) listRevenue!: number | null;
  @Field(() => Float, { nullable: true, description: 'Revenue minus variable costs; null when unknown.' }) contributionMargin!: number | null;
}

export const SaleConnection = Connection('Sale', Sale);

@ObjectType({ description: 'What recordSales did: rows created, updated and unchanged (equal to what was stored: nothing written).' })
export class RecordSalesResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => [Sale], { description: 'The sales as given, in input order.' }) sales!: unknown[];
}
