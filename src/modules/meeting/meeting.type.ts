import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { MeetingLevelEnum } from '../../common/enums.type.js';
import type { MeetingLevel } from '../../domain/enums.js';
import type { PersonRecord } from '../../domain/records.js';
import { Person } from '../person/person.type.js';

@ObjectType({ description: 'One level of the meeting structure (DESIGN §4): its meetings in the 365 days up to asOf and its cadence.' })
export class LevelCadence {
  @Field(() => MeetingLevelEnum) level!: MeetingLevel;
  @Field(() => Int, { description: 'Meetings and visits of this level about the account or any unit under it, dated in (asOf − 365 days, asOf].' }) meetings!: number;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The latest meeting of this level on or before asOf (even before the 365 days); null when there is none.' }) last!: string | null;
  @Field(() => Int, { description: 'The cadence: meetings a year this level should have.' }) target!: number;
  @Field(() => Boolean, { description: 'meetings ≥ target.' }) met!: boolean;
}

@ObjectType({ description: 'DESIGN §4 "Meeting structure" of an account and its units.' })
export class MeetingStructure {
  @Field(() => LocalDateResolver) asOf!: string;
  @Field(() => [LevelCadence], { description: 'STRATEGIC, TACTICAL, OPERATIONAL, in that order.' }) levels!: LevelCadence[];
  @Field(() => [Person], { description: "The account's decision makers (active contacts of it or its units, DECISION_MAKER or ECONOMIC_BUYER) who took part in a strategic meeting in the window, by id." })
  decisionMakersInStrategic!: PersonRecord[];
  @Field(() => [Person], { description: 'The decision makers who took part in none, by id.' })
  decisionMakersNotInStrategic!: PersonRecord[];
}

@ArgsType()
export class MeetingStructureArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day to judge at (default today, UTC); later interactions do not count.' }) asOf?: string | null;
  @Field(() => Int, { nullable: true, description: 'Strategic meetings a year the cadence asks for (default 2).' }) strategicPerYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Tactical meetings a year the cadence asks for (default 4).' }) tacticalPerYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Operational meetings a year the cadence asks for (default 12).' }) operationalPerYear?: number | null;
}
