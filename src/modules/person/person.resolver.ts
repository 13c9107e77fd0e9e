import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
import { pageOf } from '../../common/pagination.js';
import type { Context } from '../../context.js';
import type { PersonRecord } from '../../domain/records.js';
import { Employment, Influence, Relationship, RelationshipConnection, TeamMembership } from '../relationship/relationship.type.js';
import { PeopleArgs, PersonInput } from './person.input.js';
import { Person, PersonConnection } from './person.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by id; null when there is none.' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.person.byId.load(id);
  }

  @Query(() => PersonConnection, { description: 'People ordered by id, filtered.' })
  people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: Context) {
    return ctx.services.person.list(args, args);
  }

  @Mutation(() => Person, { description: 'Creates a person or updates the fields given.' })
  upsertPerson(@Arg('input', () => PersonInput) input: PersonInput, @Ctx() ctx: Context) {
    return ctx.services.person.upsert(input);
  }

  @Mutation(() => ID, { description: 'Removes a person and all their relationships; returns the id. (A person who leaves is better marked active: false.)' })
  removePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.person.remove(id);
  }

  @FieldResolver(() => Employment, { nullable: true, description: 'Current employer (WORKS_AT).' })
  employer(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return ctx.loaders.person.employer.load(p.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Formal manager (REPORTS_TO): the official power.' })
  async manager(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return (await ctx.loaders.person.manager.load(p.id))?.person ?? null;
  }

  @FieldResolver(() => [Person], { description: 'People who formally report to this person.' })
  async directReports(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return (await ctx.loaders.person.directReports.load(p.id)).map((r) => r.person);
  }

  @FieldResolver(() => [Influence], { description: 'Whom this person informally sways (INFLUENCES out).' })
  influences(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return ctx.loaders.person.influences.load(p.id);
  }

  @FieldResolver(() => [Influence], { description: 'Who informally sways this person (INFLUENCES in).' })
  influencedBy(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return ctx.loaders.person.influencedBy.load(p.id);
  }

  @FieldResolver(() => RelationshipConnection, { description: 'Contacts this person (one of ours) holds a relationship with (KNOWS out).' })
  async relationships(@Root() p: PersonRecord, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return pageOf(await ctx.loaders.person.knows.load(p.id), page, (r) => r.person.id);
  }

  @FieldResolver(() => [Relationship], { description: 'Our people who hold a relationship with this contact (KNOWS in), whatever its strength or age.' })
  knownBy(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return ctx.loaders.person.knownBy.load(p.id);
  }

  @FieldResolver(() => [TeamMembership], { description: 'Account teams this person sits on (ON_TEAM).' })
  teams(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return ctx.loaders.person.teams.load(p.id);
  }
}
