import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection.type.js';
import { DirectionEnum, InteractionKindEnum, MeetingLevelEnum } from '../../common/enums.type.js';
import type { Direction, InteractionKind, MeetingLevel } from '../../domain/enums.js';

@ObjectType({ description: 'One dated contact between people of both sides (DESIGN §2): participants TOOK_PART, it is ABOUT an account.' })
export class Interaction {
  @Field(() => ID) id!: string;
  @Field(() => InteractionKindEnum) kind!: InteractionKind;
  @Field(() => LocalDateResolver, { description: 'The day it took place (a date: strength decays by whole days, DESIGN §4).' }) at!: string;
  @Field(() => DirectionEnum, { nullable: true, description: 'Emails only.' }) direction!: Direction | null;
  @Field(() => MeetingLevelEnum, { nullable: true, description: 'Meetings and visits only.' }) level!: MeetingLevel | null;
  @Field(() => String, { nullable: true }) subject!: string | null;
}

export const InteractionConnection = Connection('Interaction', Interaction);
