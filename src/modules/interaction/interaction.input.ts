import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
import { DirectionEnum, InteractionKindEnum, MeetingLevelEnum } from '../../common/enums.type.js';
import type { Direction, InteractionKind, MeetingLevel } from '../../domain/enums.js';

@InputType({ description: 'Records an interaction, or corrects the one with this id: every field and link is replaced by what is given.' })
export class InteractionInput {
  @Field(() => ID) id!: string;
  @Field(() => InteractionKindEnum) kind!: InteractionKind;
  @Field(() => LocalDateResolver, { description: 'The day it took place; not in the future.' }) at!: string;
  @Field(() => DirectionEnum, { nullable: true, description: 'Emails only.' }) direction?: Direction | null;
  @Field(() => MeetingLevelEnum, { nullable: true, description: 'Meetings and visits only.' }) level?: MeetingLevel | null;
  @Field(() => String, { nullable: true }) subject?: string | null;
  @Field(() => [ID], { description: 'Who took part: at least one of our people and one contact, each once.' }) participantIds!: string[];
  @Field(() => ID, { description: 'The account (a customer-side company or unit) it is about.' }) accountId!: string;
}

@ArgsType()
export class InteractionsArgs extends PageArgs {
  @Field(() => InteractionKindEnum, { nullable: true }) kind?: InteractionKind | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'On or after this day.' }) from?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'On or before this day.' }) to?: string | null;
}
