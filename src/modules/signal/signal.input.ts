import { Field, ID, InputType, Int } from 'type-graphql';
import { SignalKindEnum } from './signal.type.js';

@InputType({ description: 'A signal to raise (DESIGN §4).' })
export class RaiseSignalInput {
  @Field(() => ID) id!: string;
  @Field(() => SignalKindEnum) kind!: string;
  @Field(() => String, { nullable: true, description: 'ISO-8601 instant, e.g. 2026-11-23T09:30:00Z (default now); not in the future' }) at?: string | null;
  @Field(() => Int, { description: '1..3' }) severity!: number;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => ID, { description: 'the account (or one of its units) it is ON' }) accountId!: string;
  @Field(() => ID, { nullable: true, description: 'the contact who RAISED it (a contact of that account)' }) raisedById?: string | null;
  @Field(() => ID, { nullable: true, description: 'one of ours who REPORTED it' }) reportedById?: string | null;
}
