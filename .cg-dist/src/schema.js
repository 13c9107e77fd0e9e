import 'reflect-metadata';
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
import { CommercialResolver, CompanyCommercialResolver, ParetoResolver, PriceConsistencyResolver, ProductPriceConsistencyResolver, } from './modules/commercial/commercial.resolver.js';
import { AccessChecker, guardMutations } from './auth/graphql-access.js';
/** Every resolver class of the API; the order fixes nothing (the SDL is sorted). */
export const RESOLVERS = [
    CompanyResolver, PersonResolver, RelationshipResolver, CoverageResolver, CompanyCoverageResolver, PersonCoverageResolver, InfluenceResolver, AuditResolver,
    InteractionResolver, PersonInteractionResolver, CompanyInteractionResolver,
    CompanyMeetingResolver,
    ProductResolver, SaleResolver, CompanySaleResolver,
    CommercialResolver, ParetoResolver, PriceConsistencyResolver, ProductPriceConsistencyResolver, CompanyCommercialResolver,
];
let cached = null;
/** Builds the code-first schema once (type-graphql keeps global metadata). */
export async function buildAppSchema() {
    cached ??= guardMutations(await buildSchema({
        resolvers: [...RESOLVERS],
        validate: false,
        emitSchemaFile: false,
        // docs/access.md: roles per field (@Authorized) and writer roles for every mutation, in one place
        authChecker: AccessChecker,
        authMode: 'error',
    }));
    return cached;
}
//# sourceMappingURL=schema.js.map