import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
import { pageOf } from '../../common/pagination.js';
import type { Context } from '../../context.js';
import type { CompanyRecord } from '../../domain/records.js';
import { PersonConnection } from '../person/person.type.js';
import { TeamMember } from '../relationship/relationship.type.js';
import { CompaniesArgs, CompanyInput } from './company.input.js';
import { Company, CompanyConnection } from './company.type.js';

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { nullable: true, description: 'A company or unit by id; null when there is none.' })
  company(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.company.byId.load(id);
  }

  @Query(() => CompanyConnection, { description: 'Companies ordered by id, filtered.' })
  companies(@Args(() => CompaniesArgs) args: CompaniesArgs, @Ctx() ctx: Context) {
    return ctx.services.company.list(args, args);
  }

  @Mutation(() => Company, { description: 'Creates a company or updates the fields given.' })
  upsertCompany(@Arg('input', () => CompanyInput) input: CompanyInput, @Ctx() ctx: Context) {
    return ctx.services.company.upsert(input);
  }

  @Mutation(() => ID, { description: 'Removes a company that has no units and no people left; returns its id.' })
  removeCompany(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.company.remove(id);
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The unit this one is PART_OF.' })
  parent(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return ctx.loaders.company.parent.load(c.id);
  }

  @FieldResolver(() => [Company], { description: 'Direct units (PART_OF this one), by id.' })
  units(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return ctx.loaders.company.units.load(c.id);
  }

  @FieldResolver(() => PersonConnection, { description: 'People who work directly at this company or unit, by id.' })
  async people(@Root() c: CompanyRecord, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return pageOf(await ctx.loaders.company.people.load(c.id), page, (p) => p.id);
  }

  @FieldResolver(() => [TeamMember], { description: 'The account team: our people ON_TEAM for this account.' })
  team(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return ctx.loaders.company.team.load(c.id);
  }
}

