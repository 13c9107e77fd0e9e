import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { AuditArgs, AuditEntryConnection } from './audit.type.js';

@Resolver()
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (ADMIN only).' })
  auditLog(@Args(() => AuditArgs) args: AuditArgs, @Ctx() ctx: Context) {
    return ctx.services.audit.list(args, args);
  }
}
