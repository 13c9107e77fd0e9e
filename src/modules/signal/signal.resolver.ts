import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import type { CompanyRecord, PersonRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { Person } from '../person/person.type.js';
import type { SignalView } from './signal.service.js';
import { RaiseSignalInput } from './signal.input.js';
import { SignalEvent, SignalStatusEnum, SignalType } from './signal.type.js';

/** Signals and escalation (DESIGN §4): each field one SignalService call. */
@Resolver(() => SignalType)
export class SignalResolver {
  @Query(() => SignalType, { nullable: true, description: 'A signal by id; null when there is none (or it is on an account out of scope).' })
  signal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.signal.byId(id);
  }

  @Query(() => [SignalType], { description: 'Signals under the 24-hour rule (DISSATISFACTION, REDUCE_BUSINESS, TERMINATE), optionally of one status, oldest first.' })
  escalations(@Arg('status', () => SignalStatusEnum, { nullable: true }) status: SignalStatusEnum | null, @Ctx() ctx: Context) {
    return ctx.services.signal.escalations(status);
  }

  @Mutation(() => SignalType, { description: 'Records a signal from a customer.' })
  raiseSignal(@Arg('input', () => RaiseSignalInput) input: RaiseSignalInput, @Ctx() ctx: Context) {
    return ctx.services.signal.raise(input);
  }

  @Mutation(() => SignalType, { description: 'Top management (one of ours at depth ≤ 1 of our reporting tree, or function EXECUTIVE) takes the signal; anyone else is FORBIDDEN, with the reason.' })
  acknowledgeSignal(@Arg('id', () => ID) id: string, @Arg('personId', () => ID, { description: 'who in top management takes it' }) personId: string, @Ctx() ctx: Context) {
    return ctx.services.signal.acknowledge(id, personId);
  }

  @Mutation(() => SignalType, { description: 'Records that the signal was acted on: it is DONE.' })
  closeSignal(@Arg('id', () => ID) id: string, @Arg('actedAt', () => String, { nullable: true, description: 'ISO-8601 instant (default now)' }) actedAt: string | null, @Ctx() ctx: Context) {
    return ctx.services.signal.close(id, actedAt);
  }

  @Subscription(() => SignalEvent, {
    description: 'Pushes a signal when it is raised and when its deadline passes unacknowledged (graphql-ws on /graphql), only for accounts in your scope.',
    subscribe: ({ context }) => (context as Context).services.signal.events(),
  })
  signalEvents(@Root() e: SignalEvent) {
    return e;
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The account (or unit) it is ON.' })
  account(@Root() s: SignalView, @Ctx() ctx: Context): Promise<CompanyRecord | null> {
    return ctx.loaders.company.byId.load(s.accountId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The contact who RAISED it.' })
  raisedBy(@Root() s: SignalView, @Ctx() ctx: Context): Promise<PersonRecord | null> | null {
    return s.raisedById ? ctx.loaders.person.byId.load(s.raisedById) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'One of ours who REPORTED it.' })
  reportedBy(@Root() s: SignalView, @Ctx() ctx: Context): Promise<PersonRecord | null> | null {
    return s.reportedById ? ctx.loaders.person.byId.load(s.reportedById) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who in top management ACKNOWLEDGED it.' })
  acknowledgedBy(@Root() s: SignalView, @Ctx() ctx: Context): Promise<PersonRecord | null> | null {
    return s.acknowledgedById ? ctx.loaders.person.byId.load(s.acknowledgedById) : null;
  }
}

/** `company.signals`: the signals ON the company or any unit under it, newest first. */
@Resolver(() => Company)
export class CompanySignalResolver {
  @FieldResolver(() => [SignalType], { description: 'Signals ON this company or any unit under it, newest first.' })
  signals(@Root() c: CompanyRecord, @Ctx() ctx: Context) {
    return ctx.services.signal.ofCompany(c.id);
  }
}
