import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SENSITIVE_READERS } from '../../auth/identity.js';
import type { SignalKind, SignalStatus } from '../../domain/signals.js';

export enum SignalKindEnum { DISSATISFACTION = 'DISSATISFACTION', REDUCE_BUSINESS = 'REDUCE_BUSINESS', TERMINATE = 'TERMINATE', COMPLAINT = 'COMPLAINT', PRAISE = 'PRAISE', OTHER = 'OTHER' }
registerEnumType(SignalKindEnum, { name: 'SignalKind', description: 'What the customer said or did; the first three fall under the 24-hour rule.' });
export enum SignalStatusEnum { OPEN = 'OPEN', ACKNOWLEDGED = 'ACKNOWLEDGED', DONE = 'DONE', BREACHED = 'BREACHED' }
registerEnumType(SignalStatusEnum, { name: 'SignalStatus', description: 'docs/definitions.md "Signals": DONE once acted on; BREACHED when not acknowledged in time; else ACKNOWLEDGED or OPEN.' });
export enum SignalEventKindEnum { RAISED = 'RAISED', BREACHED = 'BREACHED' }
registerEnumType(SignalEventKindEnum, { name: 'SignalEventKind' });

@ObjectType('Signal', { description: 'Something a customer said or did that management must know (DESIGN §4 "Signals and the 24-hour rule").' })
export class SignalType {
  @Field(() => ID) id!: string;
  @Field(() => SignalKindEnum) kind!: SignalKind;
  @Field(() => String, { description: 'ISO-8601 instant (UTC) the customer said or did it' }) at!: string;
  @Field(() => Int, { description: '1..3' }) severity!: number;
  @Authorized(SENSITIVE_READERS)
  @Field(() => String, { nullable: true, description: 'what was said (sensitive: VIEWER and above)' }) text!: string | null;
  @Field(() => String, { nullable: true }) acknowledgedAt!: string | null;
  @Field(() => String, { nullable: true }) actedAt!: string | null;
  @Field(() => SignalStatusEnum, { description: 'as of now' }) status!: SignalStatus;
  @Field(() => String, { nullable: true, description: 'at + escalationHours, for the kinds the 24-hour rule covers' }) deadline!: string | null;
  @Field(() => Boolean, { description: 'not acknowledged in time (also once acknowledged late or acted on)' }) breached!: boolean;
}

@ObjectType({ description: 'A signal pushed to subscribers: raised, or its deadline passed unacknowledged.' })
export class SignalEvent {
  @Field(() => SignalEventKindEnum) event!: 'RAISED' | 'BREACHED';
  @Field(() => String, { description: 'when it happened (ISO-8601)' }) at!: string;
  @Field(() => SignalType) signal!: SignalType;
}
