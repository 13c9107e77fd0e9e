import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
import {
  EmploymentInput, InfluenceInput, ManagerInput, ParentUnitInput, RelationshipInput, TeamMemberInput,
} from './relationship.input.js';
import { PersonLink, TeamMember } from './relationship.type.js';

/** Mutations for the relationships of DESIGN §2; every rule lives in RelationshipService. */
@Resolver()
export class RelationshipResolver {
  @Mutation(() => Person, { description: 'Sets the employer (WORKS_AT), replacing any previous one.' })
  setEmployer(@Arg('input', () => EmploymentInput) input: EmploymentInput, @Ctx() ctx: Context) {
    return ctx.services.relationship.setEmployer(input);
  }

  @Mutation(() => Person)
  removeEmployer(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context) {
    return ctx.services.relationship.removeEmployer(personId);
  }

  @Mutation(() => Company, { description: 'Makes a unit PART_OF a parent, replacing any previous parent.' })
  setParentUnit(@Arg('input', () => ParentUnitInput) input: ParentUnitInput, @Ctx() ctx: Context) {
    return ctx.services.relationship.setParentUnit(input);
  }

  @Mutation(() => Company)
  removeParentUnit(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context) {
    return ctx.services.relationship.removeParentUnit(unitId);
  }

  @Mutation(() => Person, { description: 'Sets the formal manager (REPORTS_TO), replacing any previous one.' })
  setManager(@Arg('input', () => ManagerInput) input: ManagerInput, @Ctx() ctx: Context) {
    return ctx.services.relationship.setManager(input);
  }

  @Mutation(() => Person)
  removeManager(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context) {
    return ctx.services.relationship.removeManager(personId);
  }

  @Mutation(() => PersonLink, { description: 'Creates or updates an INFLUENCES link.' })
  upsertInfluence(@Arg('input', () => InfluenceInput) input: InfluenceInput, @Ctx() ctx: Context) {
    return ctx.services.relationship.upsertInfluence(input);
  }

  @Mutation(() => Boolean)
  removeInfluence(@Arg('fromId', () => ID) fromId: string, @Arg('toId', () => ID) toId: string, @Ctx() ctx: Context) {
    return ctx.services.relationship.removeInfluence(fromId, toId);
  }

  @Mutation(() => PersonLink, { description: 'Creates or updates a KNOWS link from one of our people to a contact.' })
  upsertRelationship(@Arg('input', () => RelationshipInput) input: RelationshipInput, @Ctx() ctx: Context) {
    return ctx.services.relationship.upsertRelationship(input);
  }

  @Mutation(() => Boolean)
  removeRelationship(@Arg('ourPersonId', () => ID) ourPersonId: string, @Arg('contactId', () => ID) contactId: string, @Ctx() ctx: Context) {
    return ctx.services.relationship.removeRelationship(ourPersonId, contactId);
  }

  @Mutation(() => TeamMember, { description: 'Puts one of our people on an account team (ON_TEAM).' })
  addTeamMember(@Arg('input', () => TeamMemberInput) input: TeamMemberInput, @Ctx() ctx: Context) {
    return ctx.services.relationship.addTeamMember(input);
  }

  @Mutation(() => Boolean)
  removeTeamMember(@Arg('personId', () => ID) personId: string, @Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context) {
    return ctx.services.relationship.removeTeamMember(personId, accountId);
  }
}
