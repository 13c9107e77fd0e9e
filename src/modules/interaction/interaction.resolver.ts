import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { CompanyRecord, InteractionRecord, PersonRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
import { InteractionInput, InteractionsArgs } from './interaction.input.js';
import { Interaction, InteractionConnection } from './interaction.type.js';

const EMPTY = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };

@Resolver(() => Interaction)
export class InteractionResolver {
  @Query(() => Interaction, { nullable: true, description: 'An interaction by id; null when there is none (or it is about an account out of scope).' })
  interaction(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.interaction.find(id);
  }

  @Mutation(() => Interaction, { description: 'Records an interaction, or corrects the one with this id (every field and link replaced).' })
  recordInteraction(@Arg('input', () => InteractionInput) input: InteractionInput, @Ctx() ctx: Context) {
    return ctx.services.interaction.record(input);
  }

  @Mutation(() => ID, { description: 'Removes an interaction and its links; returns the id.' })
  removeInteraction(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.interaction.remove(id);
  }

  @FieldResolver(() => [Person], { description: 'Who took part (TOOK_PART), by id; people out of your scope are left out.' })
  participants(@Root() i: InteractionRecord, @Ctx() ctx: Context) {
    return ctx.loaders.interaction.participants.load(i.id);
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The account it is about (ABOUT).' })
  account(@Root() i: InteractionRecord, @Ctx() ctx: Context) {
    return ctx.loaders.interaction.account.load(i.id);
  }
}

@Resolver(() => Person)
export class PersonInteractionResolver {
  @FieldResolver(() => InteractionConnection, { description: 'Interactions this person took part in, newest first (date, then id).' })
  async interactions(@Root() p: PersonRecord, @Args(() => InteractionsArgs) args: InteractionsArgs, @Ctx() ctx: Context) {
    return (await ctx.services.interaction.ofPerson(p.id, args, args)) ?? EMPTY;
  }
}

@Resolver(() => Company)
export class CompanyInteractionResolver {
  @FieldResolver(() => InteractionConnection, { description: 'Interactions about this company or unit (not its units), newest first (date, then id).' })
  async interactions(@Root() c: CompanyRecord, @Args(() => InteractionsArgs) args: InteractionsArgs, @Ctx() ctx: Context) {
    return (await ctx.services.interaction.ofCompany(c.id, args, args)) ?? EMPTY;
  }
}
