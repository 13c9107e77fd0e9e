import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { CompanyRecord } from '../../domain/records.js';
import { Company } from '../company/company.type.js';
import { MeetingStructure, MeetingStructureArgs } from './meeting.type.js';

@Resolver(() => Company)
export class CompanyMeetingResolver {
  @FieldResolver(() => MeetingStructure, { description: 'DESIGN §4 meeting structure of this company and its units as an account (BAD_USER_INPUT for our own units).' })
  meetingStructure(@Root() c: CompanyRecord, @Args(() => MeetingStructureArgs) args: MeetingStructureArgs, @Ctx() ctx: Context) {
    return ctx.services.meeting.meetingStructure(c.id, args, 'id');
  }
}
