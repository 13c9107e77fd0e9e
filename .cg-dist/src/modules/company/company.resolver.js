var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
import { pageOf } from '../../common/pagination.js';
import { PersonConnection } from '../person/person.type.js';
import { TeamMember } from '../relationship/relationship.type.js';
import { CompaniesArgs, CompanyInput } from './company.input.js';
import { Company, CompanyConnection } from './company.type.js';
let CompanyResolver = class CompanyResolver {
    company(id, ctx) {
        return ctx.loaders.company.byId.load(id);
    }
    companies(args, ctx) {
        return ctx.services.company.list(args, args);
    }
    upsertCompany(input, ctx) {
        return ctx.services.company.upsert(input);
    }
    removeCompany(id, ctx) {
        return ctx.services.company.remove(id);
    }
    parent(c, ctx) {
        return ctx.loaders.company.parent.load(c.id);
    }
    units(c, ctx) {
        return ctx.loaders.company.units.load(c.id);
    }
    async people(c, page, ctx) {
        return pageOf(await ctx.loaders.company.people.load(c.id), page, (p) => p.id);
    }
    team(c, ctx) {
        return ctx.loaders.company.team.load(c.id);
    }
};
__decorate([
    Query(() => Company, { nullable: true, description: 'A company or unit by id; null when there is none.' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], CompanyResolver.prototype, "company", null);
__decorate([
    Query(() => CompanyConnection, { description: 'Companies ordered by id, filtered.' }),
    __param(0, Args(() => CompaniesArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [CompaniesArgs, Object]),
    __metadata("design:returntype", void 0)
], CompanyResolver.prototype, "companies", null);
__decorate([
    Mutation(() => Company, { description: 'Creates a company or updates the fields given.' }),
    __param(0, Arg('input', () => CompanyInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [CompanyInput, Object]),
    __metadata("design:returntype", void 0)
], CompanyResolver.prototype, "upsertCompany", null);
__decorate([
    Mutation(() => ID, { description: 'Removes a company that has no units and no people left; returns its id.' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], CompanyResolver.prototype, "removeCompany", null);
__decorate([
    FieldResolver(() => Company, { nullable: true, description: 'The unit this one is PART_OF.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], CompanyResolver.prototype, "parent", null);
__decorate([
    FieldResolver(() => [Company], { description: 'Direct units (PART_OF this one), by id.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], CompanyResolver.prototype, "units", null);
__decorate([
    FieldResolver(() => PersonConnection, { description: 'People who work directly at this company or unit, by id.' }),
    __param(0, Root()),
    __param(1, Args(() => PageArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, PageArgs, Object]),
    __metadata("design:returntype", Promise)
], CompanyResolver.prototype, "people", null);
__decorate([
    FieldResolver(() => [TeamMember], { description: 'The account team: our people ON_TEAM for this account.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], CompanyResolver.prototype, "team", null);
CompanyResolver = __decorate([
    Resolver(() => Company)
], CompanyResolver);
export { CompanyResolver };
//# sourceMappingURL=company.resolver.js.map