import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../common/connection.type.js';

@ObjectType('AuditChange', { description: 'One change of a write: the value before and after (null when absent).' })
export class AuditChangeType {
  @Field(() => String, { description: 'The kind of change, e.g. person.upserted, knows.removed.' }) kind!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

@ObjectType('AuditEntry', { description: 'One committed write: who, when, which operation, what it changed.' })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'ISO timestamp of the commit.' }) at!: string;
  @Field(() => String, { description: 'The subject of the caller (JWT sub, key:<id>, or local when the server runs open).' }) actor!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { description: 'The mutation field that wrote.' }) operation!: string;
  @Field(() => [ID], { description: 'Every person and company id touched.' }) ids!: string[];
  @Field(() => [AuditChangeType]) changes!: AuditChangeType[];
}

@ObjectType()
export class AuditEntryConnection extends Connection('AuditEntry', AuditEntryType) {}

@ArgsType()
export class AuditArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only writes that touched this person or company.' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only writes by actors whose subject starts with this.' })
  actor?: string | null;
}
