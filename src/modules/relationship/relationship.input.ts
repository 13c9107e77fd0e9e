import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType } from 'type-graphql';
import { TeamRoleEnum } from '../../common/enums.type.js';
import type { TeamRole } from '../../domain/enums.js';

@InputType({ description: 'Sets the employer of a person (WORKS_AT; one employer at a time).' })
export class EmploymentInput {
  @Field(() => ID) personId!: string;
  @Field(() => ID) companyId!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) since?: string | null;
}

@InputType({ description: 'Makes a unit part of a parent unit (PART_OF; one parent at a time, no cycles).' })
export class ParentUnitInput {
  @Field(() => ID) unitId!: string;
  @Field(() => ID) parentId!: string;
}

@InputType({ description: 'Sets the formal manager of a person (REPORTS_TO; one at a time, no cycles).' })
export class ManagerInput {
  @Field(() => ID) personId!: string;
  @Field(() => ID) managerId!: string;
  @Field(() => LocalDateResolver, { nullable: true }) since?: string | null;
}

@InputType({ description: '`fromId` informally influences `toId` (INFLUENCES).' })
export class InfluenceInput {
  @Field(() => ID) fromId!: string;
  @Field(() => ID) toId!: string;
  @Field(() => Float, { description: '0..1' }) strength!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) since?: string | null;
}

@InputType({ description: 'One of our people (`ourPersonId`) holds a working relationship with a contact (KNOWS).' })
export class RelationshipInput {
  @Field(() => ID) ourPersonId!: string;
  @Field(() => ID) contactId!: string;
  @Field(() => Float, { description: '0..1' }) strength!: number;
  @Field(() => LocalDateResolver, { nullable: true }) lastContactAt?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) since?: string | null;
}

@InputType({ description: 'Puts one of our people on an account team (ON_TEAM).' })
export class TeamMemberInput {
  @Field(() => ID) personId!: string;
  @Field(() => ID) accountId!: string;
  @Field(() => TeamRoleEnum) role!: TeamRole;
}
