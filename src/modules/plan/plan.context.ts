import type { Context, Services } from '../../context.js';
import { NegotiationService } from '../negotiation/negotiation.service.js';
import { PartnerService } from '../partner/partner.service.js';
import { PlanService } from './plan.service.js';

/** The account-management services of one caller (DESIGN §6): partners and competitors, plans and activities, the referee ladder. */
export interface ManagementServices {
  partner: PartnerService;
  plan: PlanService;
  negotiation: NegotiationService;
}

const made = new WeakMap<object, ManagementServices>();

/**
 * The account-management services over a caller's services (`servicesFor`
 * in context.ts): the same scoped read model, the same writer acting for the
 * caller, and the caller's coverage service for key-people coverage (its
 * thresholds and its graph in force). Built once per request.
 */
export function managementServicesFor(services: Pick<Services, 'readModel' | 'writer' | 'coverage'>, actor: string | null = null): ManagementServices {
  let s = made.get(services);
  if (!s) {
    s = {
      partner: new PartnerService(services.readModel, services.writer),
      plan: new PlanService(services.readModel, services.writer, services.coverage, actor),
      negotiation: new NegotiationService(services.readModel),
    };
    made.set(services, s);
  }
  return s;
}

/** The account-management services of the request. */
export const managementServices = (ctx: Context): ManagementServices => managementServicesFor(ctx.services, ctx.identity.subject);
