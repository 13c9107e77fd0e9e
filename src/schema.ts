import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CompanyResolver } from './modules/company/company.resolver.js';
import { PersonResolver } from './modules/person/person.resolver.js';
import { RelationshipResolver } from './modules/relationship/relationship.resolver.js';
import { CompanyCoverageResolver, CoverageResolver, PersonCoverageResolver } from './modules/coverage/coverage.resolver.js';
import { InfluenceResolver } from './modules/influence/influence.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { CompanyInteractionResolver, InteractionResolver, PersonInteractionResolver } from './modules/interaction/interaction.resolver.js';
import { CompanyMeetingResolver } from './modules/meeting/meeting.resolver.js';
import { ProductResolver } from './modules/product/product.resolver.js';
import { CompanySaleResolver, SaleResolver } from './modules/sale/sale.resolver.js';
import {
  CommercialResolver, CompanyCommercialResolver, ParetoResolver, PriceConsistencyResolver, ProductPriceConsistencyResolver,
} from './modules/commercial/commercial.resolver.js';
import { CompanySignalResolver, SignalResolver } from './modules/signal/signal.resolver.js';
import { CompanyPartnerResolver, PartnerResolver } from './modules/partner/partner.resolver.js';
import { ActivityResolver, CompanyPlanResolver, PlanResolver, TopAccountPlanResolver } from './modules/plan/plan.resolver.js';
import { CompanyNegotiationResolver, NegotiationResolver } from './modules/negotiation/negotiation.resolver.js';
import { AccessChecker, guardMutations } from './auth/graphql-access.js';

/** Every resolver class of the API; the order fixes nothing (the SDL is sorted). */
export const RESOLVERS = [
  CompanyResolver, PersonResolver, RelationshipResolver, CoverageResolver, CompanyCoverageResolver, PersonCoverageResolver, InfluenceResolver, AuditResolver,
  InteractionResolver, PersonInteractionResolver, CompanyInteractionResolver,
  CompanyMeetingResolver,
  SignalResolver, CompanySignalResolver,
  ProductResolver, SaleResolver, CompanySaleResolver,
  CommercialResolver, ParetoResolver, PriceConsistencyResolver, ProductPriceConsistencyResolver, CompanyCommercialResolver,
  PartnerResolver, CompanyPartnerResolver, PlanResolver, ActivityResolver, CompanyPlanResolver, TopAccountPlanResolver, NegotiationResolver, CompanyNegotiationResolver,
] as const;

let cached: GraphQLSchema | null = null;

/** Builds the code-first schema once (type-graphql keeps global metadata). */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= guardMutations(await buildSchema({
    resolvers: [...RESOLVERS],
    validate: false,
    emitSchemaFile: false,
    // docs/access.md: roles per field (@Authorized) and writer roles for every mutation, in one place
    authChecker: AccessChecker,
    // subscriptions bring their own event stream (`subscribe:`, signal.events.ts); type-graphql insists on a
    // pubSub all the same: this one refuses topic-based use, which nothing here does
    pubSub: { publish: () => undefined, subscribe: () => { throw new Error('topic subscriptions are not used: see signal.events.ts'); } },
    authMode: 'error',
  }));
  return cached;
}
