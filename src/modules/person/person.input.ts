import { EmailAddressResolver, LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { AttitudeEnum, BuyingRoleEnum, DecisionLevelEnum, FunctionEnum } from '../../common/enums.type.js';
import { PageArgs } from '../../common/connection.type.js';
import type { Attitude, BuyingRole, DecisionLevel, PersonFunction } from '../../domain/enums.js';

@InputType({ description: 'Creates a person, or updates the fields given (omitted fields keep their value).' })
export class PersonInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Required when creating.' }) name?: string | null;
  @Field(() => EmailAddressResolver, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => FunctionEnum, { nullable: true }) function?: PersonFunction | null;
  @Field(() => DecisionLevelEnum, { nullable: true }) decisionLevel?: DecisionLevel | null;
  @Field(() => BuyingRoleEnum, { nullable: true }) buyingRole?: BuyingRole | null;
  @Field(() => AttitudeEnum, { nullable: true }) attitude?: Attitude | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to true when creating; false once the person left.' })
  active?: boolean | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'When the person left; implies active: false.' })
  leftAt?: string | null;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => FunctionEnum, { nullable: true }) function?: PersonFunction | null;
  @Field(() => BuyingRoleEnum, { nullable: true }) buyingRole?: BuyingRole | null;
  @Field(() => DecisionLevelEnum, { nullable: true }) decisionLevel?: DecisionLevel | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' }) search?: string | null;
}
