import { ArgsType, Field, ObjectType, registerEnumType } from 'type-graphql';
import type { CompanyRecord, PersonRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
import { TeamRoleEnum } from '../../common/enums.type.js';

export const LadderFlagEnum = { NO_NEGOTIATOR: 'NO_NEGOTIATOR', NEGOTIATOR_AT_TOP: 'NEGOTIATOR_AT_TOP' } as const;
registerEnumType(LadderFlagEnum, {
  name: 'LadderFlag',
  description: 'Why an account\'s referee ladder fails (DESIGN §6): no NEGOTIATOR and no KAM on the team, or the negotiator has no manager left to call in.',
});

@ObjectType({ description: 'DESIGN §6 "Negotiation referee ladder": who negotiates, who referees, and the level above (docs/plans.md "The referee ladder").' })
export class NegotiationLadder {
  @Field(() => Company) account!: CompanyRecord;
  @Field(() => Person, { nullable: true, description: 'team role NEGOTIATOR, else the KAM (active people of ours; the first by id)' }) negotiator!: PersonRecord | null;
  @Field(() => TeamRoleEnum, { nullable: true, description: 'NEGOTIATOR or KAM: the role that made them the negotiator' }) negotiatorRole!: string | null;
  @Field(() => Person, { nullable: true, description: 'the negotiator\'s manager in our reporting tree (the nearest active one)' }) referee!: PersonRecord | null;
  @Field(() => Person, { nullable: true, description: 'the referee\'s manager' }) above!: PersonRecord | null;
  @Field(() => [LadderFlagEnum]) flags!: string[];
  @Field(() => Boolean, { description: 'there is no level left to call in' }) flagged!: boolean;
}

@ArgsType()
export class LaddersArgs {
  @Field(() => Boolean, { nullable: true, description: 'only the flagged accounts (default true)' }) flaggedOnly?: boolean | null;
}
