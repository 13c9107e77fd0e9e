import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';

@InputType({ description: 'One sale: its key (account, product, period) and figures. Money in one currency, 0 or more.' })
export class SaleInput {
  @Field(() => ID, { description: 'The company or unit that bought (a customer-side account).' }) accountId!: string;
  @Field(() => ID) productId!: string;
  @Field(() => String, { description: 'YYYY-MM or YYYY; not beginning after this month.' }) period!: string;
  @Field(() => Float) revenue!: number;
  @Field(() => Float) volume!: number;
  @Field(() => Float, { nullable: true }) listRevenue?: number | null;
  @Field(() => Float, { nullable: true, description: 'May be negative; not above the revenue.' }) contributionMargin?: number | null;
}

@ArgsType()
export class CompanySalesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only sales overlapping this period (YYYY, YYYY-MM or FROM..TO).' }) period?: string | null;
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Also the sales of every unit under this company (default false).' }) includeUnits?: boolean | null;
}
