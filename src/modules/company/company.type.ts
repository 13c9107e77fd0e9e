import { Field, ID, ObjectType } from 'type-graphql';
import { CompanyKindEnum, UnitLevelEnum } from '../../common/enums.type.js';
import { Connection } from '../../common/connection.type.js';
import type { CompanyKind, UnitLevel } from '../../domain/enums.js';

@ObjectType({ description: 'A legal entity or a unit of one; customer groups are trees of units (DESIGN §2).' })
export class Company {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => CompanyKindEnum) kind!: CompanyKind;
  @Field(() => UnitLevelEnum, { nullable: true }) unitLevel!: UnitLevel | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true }) segment!: string | null;
  @Field(() => Boolean, { nullable: true }) isKeyAccount!: boolean | null;
  @Field(() => String, { nullable: true }) tier!: string | null;
}

export const CompanyConnection = Connection('Company', Company);
