import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { CompanyRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';

@ObjectType({ description: 'COMPETES_AT (DESIGN §2): a competitor\'s position at an account in one area (docs/plans.md "Partners and competitors").' })
export class CompetitorPosition {
  @Field(() => Company, { description: 'the competitor (a COMPETITOR company)' }) competitor!: CompanyRecord;
  @Field(() => Company, { description: 'the account or unit it competes at' }) account!: CompanyRecord;
  @Field(() => String, { description: 'where it competes: a product family or any area the KAM names' }) area!: string;
  @Field(() => Float, { nullable: true, description: 'its estimated share of the account\'s spend in the area, 0..1; null when unknown' }) estimatedShare!: number | null;
}

@ObjectType({ description: 'PARTNERS_AT (DESIGN §2): a partner we can work with at an account, in one area.' })
export class PartnerPosition {
  @Field(() => Company, { description: 'the partner (a PARTNER company)' }) partner!: CompanyRecord;
  @Field(() => Company, { description: 'the account or unit' }) account!: CompanyRecord;
  @Field(() => String) area!: string;
}

@ObjectType({ description: 'One area of one account: its competitors\' shares, ours, and what nobody named holds (docs/plans.md "Shares by area").' })
export class AreaShares {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => String) area!: string;
  @Field(() => [CompetitorPosition], { description: 'largest share first' }) competitors!: unknown[];
  @Field(() => Float, { description: 'Σ of the competitors\' known shares' }) competitorShare!: number;
  @Field(() => Int, { description: 'competitors whose share is unknown' }) unknownShares!: number;
  @Field(() => Float, { nullable: true, description: 'our share: of the account\'s wallet in the last complete year (at most 1); null when its wallet estimate is unknown' }) ourShare!: number | null;
  @Field(() => Float, { nullable: true, description: '1 − ours − the competitors\' known shares; null when ours is unknown' }) unaccounted!: number | null;
}

@InputType({ description: 'A competitor at an account in an area; setting it again changes the estimated share.' })
export class CompetitorInput {
  @Field(() => ID, { description: 'a COMPETITOR company' }) competitorId!: string;
  @Field(() => ID, { description: 'a customer account or unit' }) accountId!: string;
  @Field(() => String, { description: '1..100 characters, e.g. a product family' }) area!: string;
  @Field(() => Float, { nullable: true, description: '0..1; with the other competitors\' and ours (when known) at most 1 per account and area; omitted keeps the stored one' }) estimatedShare?: number | null;
}

@InputType({ description: 'A partner we can work with at an account in an area.' })
export class PartnerInput {
  @Field(() => ID, { description: 'a PARTNER company' }) partnerId!: string;
  @Field(() => ID, { description: 'a customer account or unit' }) accountId!: string;
  @Field(() => String) area!: string;
}

@ArgsType()
export class PositionArgs {
  @Field(() => String, { nullable: true, description: 'only this area' }) area?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'also the links at every unit under this company (default true)' }) includeUnits?: boolean | null;
}
