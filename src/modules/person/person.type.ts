import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { SENSITIVE_READERS } from '../../auth/identity.js';
import { AttitudeEnum, BuyingRoleEnum, DecisionLevelEnum, FunctionEnum } from '../../common/enums.type.js';
import { Connection } from '../../common/connection.type.js';
import type { Attitude, BuyingRole, DecisionLevel, PersonFunction } from '../../domain/enums.js';

@ObjectType({ description: "Anyone: our employees and the customers' contacts alike (DESIGN §2)." })
export class Person {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => FunctionEnum, { nullable: true }) function!: PersonFunction | null;
  @Field(() => DecisionLevelEnum, { nullable: true }) decisionLevel!: DecisionLevel | null;
  @Field(() => BuyingRoleEnum, { nullable: true }) buyingRole!: BuyingRole | null;
  /** sensitive (DESIGN §7): VIEWER and above; an ACCOUNT_VIEWER gets FORBIDDEN on this field */
  @Authorized(SENSITIVE_READERS)
  @Field(() => AttitudeEnum, { nullable: true }) attitude!: Attitude | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) leftAt!: string | null;
}

export const PersonConnection = Connection('Person', Person);
