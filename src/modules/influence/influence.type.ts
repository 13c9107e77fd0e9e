import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/connection.type.js';
import type { PersonRecord } from '../../domain/records.js';
import { Person } from '../person/person.type.js';

export const InfluenceEdgeKindEnum = { KNOWS: 'KNOWS', INFLUENCES: 'INFLUENCES', REPORTS_TO: 'REPORTS_TO' } as const;
registerEnumType(InfluenceEdgeKindEnum, { name: 'InfluenceEdgeKind', description: 'Relationships an influence path may walk (DESIGN §3).' });

@ObjectType('PathEdge', { description: 'One step of an influence path: the stored relationship it uses.' })
export class PathEdgeType {
  @Field(() => InfluenceEdgeKindEnum) type!: string;
  @Field(() => Person, { description: 'start of the stored relationship' }) from!: PersonRecord;
  @Field(() => Person, { description: 'end of the stored relationship' }) to!: PersonRecord;
  @Field(() => Float, { description: 'its strength (REPORTS_TO: formalStrength)' }) strength!: number;
  @Field(() => Boolean, { description: 'true when the path walks the relationship in its stored direction' }) forward!: boolean;
}

@ObjectType('InfluencePath', { description: 'DESIGN §3 "Influence path": its strength is the product of its edge strengths.' })
export class InfluencePathType {
  @Field(() => Float) strength!: number;
  @Field(() => Int) hops!: number;
  @Field(() => [Person], { description: 'from the start to the end of the path' }) nodes!: PersonRecord[];
  @Field(() => [PathEdgeType]) edges!: PathEdgeType[];
}

@ObjectType({ description: 'One of our people and their strongest path to the target: a warm introduction.' })
export class Introduction {
  @Field(() => Person) person!: PersonRecord;
  @Field(() => Float) strength!: number;
  @Field(() => InfluencePathType) path!: InfluencePathType;
}

@ObjectType('RankedContact', { description: "A contact's influence within an account beside their formal position." })
export class RankedContactType {
  @Field(() => Person) person!: PersonRecord;
  @Field(() => Float, { description: 'weighted PageRank within the account; sums to 1 over its contacts' }) score!: number;
  @Field(() => Int, { description: '1 = most influential' }) rank!: number;
  @Field(() => Int, { description: 'depth in the reporting tree, 0 = top' }) formalRank!: number;
  @Field(() => Boolean) isDecisionMaker!: boolean;
}

/** Contacts of an account, most influential first. */
export const InfluenceRankingConnection = Connection('RankedContact', RankedContactType);

@ObjectType({ description: 'Someone this person sways (INFLUENCES), inside the account.' })
export class Sway {
  @Field(() => Person) person!: PersonRecord;
  @Field(() => Float) strength!: number;
}

@ObjectType({ description: 'Unofficial power: high influence, no decision role, low in the reporting tree.' })
export class HiddenInfluencer extends RankedContactType {
  @Field(() => [Sway], { description: 'strongest first' }) sways!: Sway[];
}

