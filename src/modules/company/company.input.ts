import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { CompanyKindEnum, UnitLevelEnum } from '../../common/enums.type.js';
import { PageArgs } from '../../common/connection.type.js';
import type { CompanyKind, UnitLevel } from '../../domain/enums.js';

@InputType({ description: 'Creates a company, or updates the fields given (omitted fields keep their value).' })
export class CompanyInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) name?: string | null;
  @Field(() => CompanyKindEnum, { nullable: true, description: 'Required when creating.' }) kind?: CompanyKind | null;
  @Field(() => UnitLevelEnum, { nullable: true }) unitLevel?: UnitLevel | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => String, { nullable: true }) segment?: string | null;
  @Field(() => Boolean, { nullable: true }) isKeyAccount?: boolean | null;
  @Field(() => String, { nullable: true }) tier?: string | null;
}

@ArgsType()
export class CompaniesArgs extends PageArgs {
  @Field(() => CompanyKindEnum, { nullable: true }) kind?: CompanyKind | null;
  @Field(() => Boolean, { nullable: true }) isKeyAccount?: boolean | null;
  @Field(() => UnitLevelEnum, { nullable: true }) unitLevel?: UnitLevel | null;
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' }) search?: string | null;
}
