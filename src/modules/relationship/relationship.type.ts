import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TeamRoleEnum } from '../../common/enums.type.js';
import { Connection } from '../../common/connection.type.js';
import type { TeamRole } from '../../domain/enums.js';
import type { CompanyRecord, PersonRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';

@ObjectType({ description: 'A WORKS_AT link seen from the person: the current employer.' })
export class Employment {
  @Field(() => Company) company!: CompanyRecord;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) since!: string | null;
}

@ObjectType({ description: 'An INFLUENCES link seen from one end (the unofficial power).' })
export class Influence {
  @Field(() => Person, { description: 'The person at the other end.' }) person!: PersonRecord;
  @Field(() => Float, { description: '0..1' }) strength!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) since!: string | null;
}

export enum StrengthSourceEnum { TYPED = 'TYPED', DERIVED = 'DERIVED' }
registerEnumType(StrengthSourceEnum, { name: 'StrengthSource', description: 'Where a relationship\'s strength in force comes from (docs/definitions.md "Values in force").' });

@ObjectType({ description: 'A working relationship held by one of our people, seen from one end: a KNOWS link, or a pair who took part in the same interactions, with the values in force today.' })
export class Relationship {
  @Field(() => Person, { description: 'The person at the other end.' }) person!: PersonRecord;
  @Field(() => Float, { description: 'in force, 0..1: derivedStrength when the pair has interactions, else typedStrength' }) strength!: number;
  @Field(() => LocalDateResolver, { nullable: true, description: 'in force: the later of the typed one and the last interaction' }) lastContactAt!: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'the typed since, else the first interaction' }) since!: string | null;
  @Field(() => Float, { nullable: true, description: 'KNOWS.strength as typed (null: no KNOWS edge, the relationship comes from interactions alone)' }) typedStrength!: number | null;
  @Field(() => Float, { nullable: true, description: 'from the pair\'s interactions (null: none)' }) derivedStrength!: number | null;
  @Field(() => StrengthSourceEnum, { description: 'which of the two is in force' }) strengthSource!: StrengthSourceEnum;
  @Field(() => Int, { description: 'interactions both took part in, up to today' }) interactionCount!: number;
}
export const RelationshipConnection = Connection('Relationship', Relationship);

@ObjectType({ description: 'A member of an account team (ON_TEAM).' })
export class TeamMember {
  @Field(() => Person) person!: PersonRecord;
  @Field(() => TeamRoleEnum, { nullable: true }) role!: TeamRole | null;
}

@ObjectType({ description: 'An account team a person sits on (ON_TEAM).' })
export class TeamMembership {
  @Field(() => Company) company!: CompanyRecord;
  @Field(() => TeamRoleEnum, { nullable: true }) role!: TeamRole | null;
}

@ObjectType({ description: 'A directed link between two people, as written by a mutation.' })
export class PersonLink {
  @Field(() => Person) from!: PersonRecord;
  @Field(() => Person) to!: PersonRecord;
  @Field(() => Float, { nullable: true }) strength!: number | null;
  @Field(() => LocalDateResolver, { nullable: true }) lastContactAt!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) since!: string | null;
}
